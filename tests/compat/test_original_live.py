"""Programs and files written for the original Supvisors work unchanged against this server.

One 3-node cluster (127.0.0.121-123) configured the original way: the settings in a `[supvisors]`
section (original names `rules_file`, `starting_strategy`, the statistics settings, the plugin's own log),
`[rpcinterface:supvisors]` holding the factory only, and a rules file in the 2017 format
(tests/compat/original_rules.xml). Against it:
- a Java program that uses raw Apache XML-RPC with the original client's casts (java/OriginalClientStyle.java);
- a Python caller written like the original supervisorctl plugin (supvisors.rpcrequests.getRPCInterface,
  `expected_loading`, times as int seconds);
- an event subscriber connected to tcp://localhost:<event_port>, as the original subscribers are;
- each starting_failure_strategy (ABORT, STOP, CONTINUE) through start_application.
"""

from __future__ import annotations

import glob
import json
import os
import subprocess
import sys
import time
import xmlrpc.client
from pathlib import Path

import pytest
import zmq

from harness.cluster import _free_on_all
from harness.live import Harness
from harness.supervisord import PROGRAMS_DIR, Program, wait_until

HERE = Path(__file__).resolve().parent
H = ["127.0.0.121", "127.0.0.122", "127.0.0.123"]
ABNORMAL_TERMINATION = 40


def _programs() -> list[Program]:
    sleeper = f"{sys.executable} {PROGRAMS_DIR / 'sleeper.py'}"
    bad = {"startretries": "0"}
    groups = {
        "import_database": [("mount_disk", sleeper, {}), ("after_copy", sleeper, {}),
                            ("copy_error", "/bin/sh -c 'sleep 0.3; exit 1'", {"exitcodes": "0"})],
        "database": [(f"movie_server_0{i}", sleeper, {}) for i in range(3)],
        "movies": [("manager", sleeper, {}), ("broken", "/nonexistent/supvisors-compat", bad), ("hmi", sleeper, {}),
                   ("disk_01_a", sleeper, {}), ("disk_02_b", sleeper, {}), ("converter_1", sleeper, {})],
        "player": [("reader", "/nonexistent/supvisors-compat", bad), ("player", sleeper, {})],
    }
    return [Program(name, command, group=group, extra=extra)
            for group, programs in groups.items() for name, command, extra in programs]


def _rules() -> str:
    text = (HERE / "original_rules.xml").read_text()
    for i, host in enumerate(H, start=1):
        text = text.replace(f"127.0.0.{i}<", f"{host}<").replace(f"127.0.0.{i},", f"{host},") \
                   .replace(f"127.0.0.{i} ", f"{host} ")
    return text


def _original_sections(cluster, host: str) -> str:
    """The configuration the original Supvisors documented: settings in [supvisors]."""
    lines = ["", "[supvisors]", f"address_list = {','.join(H)}", f"rules_file = {cluster.rules_path}",
             f"internal_port = {cluster.internal_port}", f"event_port = {cluster.event_port}",
             "synchro_timeout = 10", "starting_strategy = CONFIG", "conciliation_strategy = USER",
             "stats_periods = 5,60,600", "stats_histo = 100", "logfile = %(here)s/supvisors.log",
             "logfile_maxbytes = 50KB", "logfile_backups = 2", "loglevel = info", "",
             "[rpcinterface:supvisors]",
             "supervisor.rpcinterface_factory = supvisors.plugin:make_supvisors_rpcinterface",
             "command_timeout = 5"]
    if host == H[0]:  # as if alone on its host: the event stream on localhost too
        lines.append(f"event_addresses = {host} 127.0.0.1")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def harness(xprocess, tmp_path_factory):
    http = _free_on_all(H, set())
    internal = _free_on_all(H, {http})
    event = _free_on_all([*H, "127.0.0.1"], {http, internal})
    h = Harness(xprocess, tmp_path_factory.mktemp("compat"), H, programs=_programs(), rules_xml=_rules(),
                ports=(http, internal, event))
    for host, node in h.cluster.nodes.items():
        node.extra_sections = _original_sections(h.cluster, host)
    with h.running(timeout=30):
        yield h


def _proxy(h, host=H[0]) -> xmlrpc.client.ServerProxy:
    node = h.cluster.nodes[host]
    return node.proxy()


def _state(proxy, namespec: str) -> str:
    return proxy.supvisors.get_process_info(namespec)[0]["statename"]


# ---------------------------------------------------------------- configuration
def test_the_original_configuration_is_honoured(harness):
    node = harness.cluster.nodes[H[0]]
    supervisord_log = node.logfile.read_text()
    for key in ("stats_periods", "stats_histo"):
        assert f"{key} is accepted for compatibility with the original Supvisors and has no effect" in supervisord_log
    own_log = node.workdir / "supvisors.log"
    wait_until(lambda: own_log.exists() and "started, address_list" in own_log.read_text(), 5,
               what="the plugin's own log")
    rules = _proxy(harness).supvisors.get_process_rules("movies:disk_02_b")[0]
    assert rules["addresses"] == [H[1]] and rules["expected_loading"] == 7  # a model through a model


# ---------------------------------------------------------------- the original Java client's way
def _java_classpath() -> str:
    repo = Path.home() / ".m2" / "repository"
    jars = []
    for pattern in ("org/apache/xmlrpc/xmlrpc-client/3.1.3/*.jar", "org/apache/xmlrpc/xmlrpc-common/3.1.3/*.jar",
                    "org/apache/ws/commons/util/ws-commons-util/1.0.2/*.jar"):
        found = glob.glob(str(repo / pattern))
        assert found, f"{pattern} is not in {repo}: run `make test-java` first (it fetches Apache XML-RPC)"
        jars += found
    return os.pathsep.join(jars)


def test_a_program_written_for_the_original_java_client(harness, tmp_path):
    classpath = _java_classpath()
    subprocess.run(["javac", "-d", str(tmp_path), "-cp", classpath, str(HERE / "java" / "OriginalClientStyle.java")],
                   check=True, capture_output=True, text=True)
    node = harness.cluster.nodes[H[0]]
    run = subprocess.run(["java", "-cp", os.pathsep.join([str(tmp_path), classpath]), "OriginalClientStyle",
                          node.url, node.username, node.password, H[0]],
                         capture_output=True, text=True, timeout=120)
    print(run.stdout, run.stderr)
    assert run.returncode == 0, run.stdout + run.stderr
    assert sum(line.startswith("ok ") for line in run.stdout.splitlines()) == 19, run.stdout


# ---------------------------------------------------------------- the original supervisorctl plugin's way
def test_a_caller_written_like_the_original_supervisorctl_plugin(harness):
    from supvisors.rpcrequests import getRPCInterface

    node = harness.cluster.nodes[H[1]]
    env = {"SUPERVISOR_SERVER_URL": node.url, "SUPERVISOR_USERNAME": node.username,
           "SUPERVISOR_PASSWORD": node.password}
    proxy = getRPCInterface(H[1], env)
    # address_status: the times are formatted with time.localtime, which needs int seconds
    lines = []
    for info in proxy.supvisors.get_all_addresses_info():
        assert isinstance(info["remote_time"], int) and isinstance(info["local_time"], int)
        assert abs(info["local_time"] - time.time()) < 60
        lines.append("{:20s}{:12s}{:>10s}{:>10s}{:>5d}%".format(
            info["address_name"], info["statename"], time.strftime("%H:%M:%S", time.localtime(info["remote_time"])),
            time.strftime("%H:%M:%S", time.localtime(info["local_time"])), info["loading"]))
    assert len(lines) == 3 and all("RUNNING" in line for line in lines)
    # rules: the plugin printed expected_loading
    for rules in proxy.supvisors.get_process_rules("movies:*"):
        line = "{}:{} {} {} {} {} {} {}".format(
            rules["application_name"], rules["process_name"], rules["addresses"], rules["start_sequence"],
            rules["stop_sequence"], rules["required"], rules["wait_exit"], rules["expected_loading"])
        assert rules["expected_loading"] == rules["loading"], line
    by_name = {r["process_name"]: r for r in proxy.supvisors.get_process_rules("movies:*")}
    assert by_name["converter_1"]["expected_loading"] == 25 and by_name["disk_01_a"]["addresses"] == [H[0]]
    # sstatus: every process, with an int last_event_time if the key is there
    for info in proxy.supvisors.get_all_process_info():
        assert isinstance(info.get("last_event_time", 0), int), info


# ---------------------------------------------------------------- the original event subscribers' way
def test_an_event_subscriber_on_localhost(harness):
    ctx = zmq.Context()
    sub = ctx.socket(zmq.SUB)
    try:
        sub.setsockopt(zmq.LINGER, 0)
        sub.setsockopt(zmq.SUBSCRIBE, b"")
        sub.connect(f"tcp://localhost:{harness.cluster.event_port}")
        proxy = _proxy(harness)
        seen: list[tuple[str, dict]] = []

        def got_hmi_running():
            if not seen:  # the subscription may not be through yet: keep making events
                proxy.supvisors.start_process(0, "movies:converter_1", "", True)
                proxy.supvisors.stop_process("movies:converter_1", True)
            while sub.poll(50):
                topic, body = sub.recv_multipart()
                seen.append((topic.decode(), json.loads(body)))
            return any(t == "process" and b.get("process_name") == "converter_1" and b["statename"] == "STOPPED"
                       for t, b in seen)

        wait_until(got_hmi_running, 20, interval=0.1, what="a process event on tcp://localhost")
        for topic, body in seen:
            if topic == "process":
                assert isinstance(body.get("last_event_time", 0), int), body
            if topic == "address":
                assert isinstance(body["remote_time"], int) and isinstance(body["local_time"], int), body
    finally:
        sub.close()
        ctx.term()


# ---------------------------------------------------------------- starting_failure_strategy
def _start_fails(proxy, application: str) -> str:
    with pytest.raises(xmlrpc.client.Fault) as fault:
        proxy.supvisors.start_application(0, application, True)
    assert fault.value.faultCode == ABNORMAL_TERMINATION, fault.value.faultString
    return fault.value.faultString


def test_abort_leaves_the_next_sequences_unstarted(harness):
    proxy = _proxy(harness)
    text = _start_fails(proxy, "player")
    assert "player:reader" in text and "next sequences not started" in text
    assert _state(proxy, "player:reader") == "FATAL" and _state(proxy, "player:player") == "STOPPED"


def test_stop_stops_what_was_started(harness):
    proxy = _proxy(harness)
    text = _start_fails(proxy, "import_database")
    assert "import_database:copy_error" in text and "the application is stopped" in text
    # mount_disk (sequence 1) had started: the application's stop took it down; after_copy never started
    wait_until(lambda: _state(proxy, "import_database:mount_disk") == "STOPPED", 5, what="mount_disk STOPPED")
    assert _state(proxy, "import_database:after_copy") == "STOPPED"
    assert proxy.supvisors.get_application_info("import_database")["statename"] == "STOPPED"


def test_continue_starts_the_next_sequences(harness):
    proxy = _proxy(harness)
    try:
        text = _start_fails(proxy, "movies")
        assert "movies:broken" in text and "next sequences" not in text
        assert _state(proxy, "movies:manager") == "RUNNING" and _state(proxy, "movies:hmi") == "RUNNING"
        info = proxy.supvisors.get_application_info("movies")
        assert info["statename"] == "RUNNING" and info["major_failure"] is True
    finally:
        proxy.supvisors.stop_application("movies", True)
