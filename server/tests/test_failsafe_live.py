"""Fail-safe node, on real supervisord daemons: refusals at start, a dead sync thread, orphans,
wait=False, deep arguments, and snapshots that remove processes.

Each refusal is read from supervisord's own stderr (foreground and daemon mode): one `Error:` line
naming the problem, exit code 2, nothing left running.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import xmlrpc.client

import psutil
import pytest
import zmq

from harness.cluster import SupvisorsCluster
from harness.live import RULES, make_cluster
from harness.programs import standard_programs
from harness.supervisord import PROGRAMS_DIR, Program, free_port, wait_until
from supvisors._generated.faults import Faults
from supvisors_client import (
    AbnormalTermination,
    AddressStates,
    BadName,
    BadSupvisorsState,
    DeploymentStrategies,
    ProcessStates,
)

# ---------------------------------------------------------------- refusals at start


def _start_refused(tmp_path, host, settings=None, rules=RULES, daemon=False, squat=None, squat_host=None,
                   extra=""):
    """Run supervisord with the plugin; return (cluster, result). squat: a setting whose port is taken (at
    squat_host, by default the node's address). extra: more configuration sections."""
    cluster = SupvisorsCluster(tmp_path, [host], rules_xml=rules, settings=settings)
    node = cluster.nodes[host]
    node.extra_sections += extra
    node.write_config()
    if daemon:
        node.config_path.write_text(node.config_path.read_text().replace("nodaemon=true", "nodaemon=false"))
    squatter = None
    if squat:
        squatter = socket.socket()
        squatter.bind((squat_host or host, int(cluster.settings[squat])))
        squatter.listen()
    try:
        result = subprocess.run(node.command(), capture_output=True, text=True, timeout=30)
    finally:
        if squatter is not None:
            squatter.close()
        pidfile = node.workdir / "supervisord.pid"
        if daemon and pidfile.exists():  # it started after all (a failed test): do not leave it behind
            try:
                os.kill(int(pidfile.read_text()), signal.SIGKILL)
            except (ValueError, ProcessLookupError):
                pass
    return cluster, result


def _assert_error_line(result, line: str) -> None:
    assert result.returncode == 2, result.stderr
    errors = [x for x in result.stderr.splitlines() if x.startswith("Error:")]
    assert errors == [f"Error: {line}"], result.stderr


@pytest.mark.parametrize("daemon", [False, True], ids=["foreground", "daemon"])
@pytest.mark.parametrize("setting", ["internal_port", "event_port"])
def test_taken_port_refuses_the_start(tmp_path, setting, daemon):
    host = "127.0.0.71"
    cluster, result = _start_refused(tmp_path, host, daemon=daemon, squat=setting)
    _assert_error_line(result, f"supvisors: {setting} {host}:{cluster.settings[setting]} is already in use")


def test_event_port_taken_on_localhost_refuses_a_node_alone_on_its_host(tmp_path):
    """A node alone on its host also binds the event stream on 127.0.0.1 (event_addresses auto)."""
    host = "127.0.0.71"
    cluster, result = _start_refused(tmp_path, host, squat="event_port", squat_host="127.0.0.1")
    _assert_error_line(result, f"supvisors: event_port 127.0.0.1:{cluster.settings['event_port']} is already in use")


def test_original_section_disagreeing_refuses_the_start(tmp_path):
    _, result = _start_refused(tmp_path, "127.0.0.72", extra="\n[supvisors]\naddress_list = 127.0.0.9\n")
    _assert_error_line(result, "supvisors: address_list is set differently in [supvisors] ('127.0.0.9') and "
                               "[rpcinterface:supvisors] ('127.0.0.72')")


@pytest.mark.parametrize("daemon", [False, True], ids=["foreground", "daemon"])
def test_address_not_on_this_host_refuses_the_start(tmp_path, daemon):
    host, foreign = "127.0.0.71", "192.0.2.1"  # TEST-NET-1: on no interface of this machine
    cluster, result = _start_refused(tmp_path, host, daemon=daemon,
                                     settings={"address_list": f"{host} {foreign}", "address": foreign})
    port = cluster.settings["internal_port"]
    _assert_error_line(result, f"supvisors: address {foreign} is not an address of this host "
                               f"(internal_port {foreign}:{port} cannot be bound)")


CONFIG_ERRORS = [
    ({"internal_port": "x"}, "supvisors: internal_port='x' is not a port number"),
    ({"event_port": "70000"}, "supvisors: event_port=70000 is not in [1;65535]"),
    ({"auto_fence": "maybe"}, "supvisors: auto_fence='maybe' is not a boolean (true/false)"),
    ({"synchro_timeout": "soon"}, "supvisors: synchro_timeout='soon' is not a number of seconds"),
    ({"heartbeat_period": "100"}, "supvisors: heartbeat_period=100.0 is not in [0.01;60] seconds"),
    ({"conciliation_strategy": "NICE"},
     "supvisors: conciliation_strategy='NICE' is not one of SENICIDE, INFANTICIDE, USER, STOP, RESTART"),
    ({"deployment_strategy": "RANDOM"},
     "supvisors: deployment_strategy='RANDOM' is not one of CONFIG, LESS_LOADED, MOST_LOADED, LOCAL"),
    ({"orphan_signal": "NOPE"}, "supvisors: orphan_signal='NOPE' is not a signal name (KILL, TERM...) or none"),
    ({"address": "127.0.0.99"}, "supvisors: address '127.0.0.99' is not in address_list ['127.0.0.72']"),
    ({"address_list": "127.0.0.72 127.0.0.72"}, "supvisors: address_list ['127.0.0.72', '127.0.0.72'] has duplicates"),
    ({"deployment_file": "/nonexistent/rules.xml"}, "supvisors: deployment_file /nonexistent/rules.xml does not exist"),
    ({"shared_secret_file": "/nonexistent/secret"}, "supvisors: shared_secret_file /nonexistent/secret: No such file or directory"),
    ({"silence_threshold": "0.1"},
     "supvisors: silence_threshold (0.1s) must be at least twice heartbeat_period (0.25s)"),
    ({"gossip_fanout": "many"}, "supvisors: gossip_fanout='many' is not a number of peers (0: all-to-all)"),
    ({"gossip_fanout": "2", "heartbeat_period": "0.4"}, "supvisors: with gossip_fanout and 1 node, silence_threshold "
                                                         "(1.0s) must be at least 3 times heartbeat_period (0.4s)"),
    ({"event_curve": "true"}, "supvisors: event_curve needs curve_keys_dir (the node's key pair)"),
    ({"max_message_size": "12"}, "supvisors: max_message_size=12 is not in [1024;4194304]"),
    ({"loglevel": "loud"}, "supvisors: loglevel='loud' is not one of critical, error, warn, info, debug, trace, blather"),
    ({"logfile_maxbytes": "big"}, "supvisors: logfile_maxbytes='big' is not a size (e.g. 50MB)"),
    ({"event_addresses": "192.0.2.1"}, "supvisors: event_addresses: 192.0.2.1 is not an address of this host"),
    ({"rules_file": "/etc/hosts", "deployment_file": "/etc/passwd"},
     "supvisors: rules_file (the original name of deployment_file) and deployment_file differ"),
    # the ends of these lines are long or the system's words: checked by their start (a trailing "*")
    ({"colour": "red"}, "supvisors: unknown setting(s) ['colour']; known: *"),
    ({"curve_keys_dir": "/nonexistent/keys"}, "supvisors: curve_keys_dir: /nonexistent/keys/127.0.0.72.key_secret: *"),
]


@pytest.mark.parametrize("settings, line", CONFIG_ERRORS, ids=[next(iter(s)) for s, _ in CONFIG_ERRORS])
def test_every_setting_error_is_the_error_line(tmp_path, settings, line):
    rules = None if "deployment_file" in settings else RULES  # the harness would set its own file
    cluster, result = _start_refused(tmp_path, "127.0.0.72", settings=settings, rules=rules)
    if line.endswith("*"):
        errors = [x for x in result.stderr.splitlines() if x.startswith("Error:")]
        assert len(errors) == 1 and errors[0].startswith(f"Error: {line[:-1]}"), result.stderr
        assert result.returncode == 2
    else:
        _assert_error_line(result, line)


def test_ports_must_differ(tmp_path):
    port = str(free_port("127.0.0.72"))
    _, result = _start_refused(tmp_path, "127.0.0.72", settings={"internal_port": port, "event_port": port})
    _assert_error_line(result, "supvisors: internal_port and event_port must differ")


RULES_ERRORS = [
    (RULES.replace("<loading>25</loading>", "<loading>250</loading>"), "line 5: <loading> 250 is not in [0;100]"),
    (RULES.replace("</root>", ""), "line 9: not well-formed XML: no element found"),
    (RULES.replace("<required>true", "<required>sure"), "line 4: <required> 'sure' is not a boolean (true/false)"),
    (RULES.replace('<program name="sleeper">', '<program>'), "line 6: <program> needs a name attribute"),
    (RULES.replace('<program name="sleeper">', '<program name="sleeper"><running_failure_strategy>RESTART_PROCESS'
                   '</running_failure_strategy>'),
     "line 6: <running_failure_strategy> 'RESTART_PROCESS' is not one of CONTINUE (the other values of the original "
     "format are not implemented: docs/rules.md)"),
]


@pytest.mark.parametrize("daemon", [False, True], ids=["foreground", "daemon"])
@pytest.mark.parametrize("rules, reason", RULES_ERRORS, ids=["range", "xml", "boolean", "name", "original"])
def test_every_rules_error_is_the_error_line(tmp_path, rules, reason, daemon):
    cluster, result = _start_refused(tmp_path, "127.0.0.72", rules=rules, daemon=daemon)
    _assert_error_line(result, f"supvisors: {cluster.rules_path}, {reason}")


# ---------------------------------------------------------------- a dead sync thread


def _log_since(node, start: int) -> str:
    return node.logfile.read_text(errors="replace")[start:]


def test_sync_thread_death_restart_and_sigterm(xprocess, tmp_path_factory):
    hosts = ["127.0.0.73", "127.0.0.74", "127.0.0.75"]
    n1, n2, n3 = hosts
    h = make_cluster(xprocess, tmp_path_factory, hosts, faults=True)
    try:
        h.start()
        h.wait_state(hosts, "OPERATION")
        node1 = h.cluster.nodes[n1]
        faults = node1.proxy().faults
        faults.set_backoff(0.2, 1.0)
        c1 = h.client(n1)
        assert c1.supvisors.get_master_address() == n1
        log_start = len(node1.logfile.read_text())

        faults.kill_sync(True)  # on the master, and every new thread dies too until healed
        wait_until(lambda: "CRIT supvisors: the sync thread died" in _log_since(node1, log_start), 3,
                   what="CRIT line in the log")
        # the node drops its mastership at once and says it is out of the cluster
        assert c1.supvisors.get_master_address() == ""
        assert c1.supvisors.get_supvisors_state().statename == "INITIALIZATION"
        with pytest.raises(BadSupvisorsState, match="sync thread is down"):
            c1.supvisors.get_all_process_info()
        assert all(i.statecode is AddressStates.SILENT
                   for i in c1.supvisors.get_all_addresses_info() if i.address_name != n1)
        # supervisor's own namespace keeps working: no call hangs
        assert c1.supervisor.startProcess("demo:sleeper") is True
        assert {p.name for p in c1.supervisor.getAllProcessInfo()} >= {"sleeper", "ticker"}
        # the peers see it SILENT and elect another master
        wait_until(lambda: all(h.client(x).supvisors.get_address_info(n1).statecode is AddressStates.SILENT
                               for x in (n2, n3)), 5, what="node 1 SILENT on its peers")
        wait_until(lambda: {h.client(x).supvisors.get_master_address() for x in (n2, n3)} == {n2}, 5,
                   what="node 2 elected")

        faults.heal_sync()  # the next restart works: the node rejoins, the elected master is kept
        h.wait_state(hosts, "OPERATION", 15)
        wait_until(lambda: all(i.statecode is AddressStates.RUNNING
                               for x in hosts for i in h.client(x).supvisors.get_all_addresses_info()), 5,
                   what="every node RUNNING everywhere")
        assert {h.client(x).supvisors.get_master_address() for x in hosts} == {n2}
        assert "sleeper" in [p.process_name for p in c1.supvisors.get_process_info("demo:sleeper")
                             if p.statecode is ProcessStates.RUNNING]

        # the probe: 20 deaths in a row leave no hung supervisord
        faults.set_backoff(0.05, 0.2)
        for _ in range(20):
            before = faults.sync_status()["restarts"]
            faults.kill_sync(False)
            wait_until(lambda before=before: faults.sync_status()["restarts"] > before, 5, what="sync thread restarted")
            assert c1.supervisor.getState().statename == "RUNNING"
            c1.supvisors.get_supvisors_state()
        h.wait_state(hosts, "OPERATION", 15)

        # SIGTERM with the thread dead: supervisord stops within 5 s
        faults.kill_sync(True)
        wait_until(lambda: faults.sync_status()["down"], 3, what="sync thread down")
        pid = node1.pid
        t0 = time.monotonic()
        os.kill(pid, signal.SIGTERM)
        wait_until(lambda: not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE,
                   5, what="supervisord stopped by SIGTERM")
        assert time.monotonic() - t0 < 5
    finally:
        h.cluster.stop_all()


def test_a_stalled_sync_thread_never_blocks_and_the_peers_resync(xprocess, tmp_path_factory):
    """The sync thread stalls while the queue towards it overflows (its bound lowered to 1 item):
    supervisord's thread goes on answering, starting and stopping processes, and the drop is logged.
    The stop of sleeper is among what was dropped; once the thread runs again, node 2 sees a gap in
    node 1's versions and asks for a snapshot: it does not go on showing sleeper running. No false loss
    (the silence threshold is 2 s here, above the stall)."""
    hosts = ["127.0.0.83", "127.0.0.84"]
    n1, n2 = hosts
    h = make_cluster(xprocess, tmp_path_factory, hosts, faults=True, settings={"silence_threshold": "2"})
    try:
        h.start()
        h.wait_state(hosts, "OPERATION")
        node1 = h.cluster.nodes[n1]
        faults = node1.proxy().faults
        c1, c2 = h.client(n1), h.client(n2)
        assert c1.supervisor.startProcess("demo:sleeper") is True
        wait_until(lambda: c2.supvisors.get_process_info("demo:sleeper")[0].addresses == [n1], 3,
                   what="sleeper seen running on node 1")
        faults.set_outbox_limit(1)  # the changes of one turn are one item: the next ones overflow
        faults.stall_sync(1.5)
        wait_until(lambda: faults.sync_status()["stalled"], 2, interval=0.01, what="sync thread stalled")
        assert c1.supervisor.startProcess("demo:ticker") is True  # its process message fills the queue
        assert c1.supervisor.stopProcess("demo:sleeper") is True  # these are dropped
        status = wait_until(lambda: (s := faults.sync_status())["dropped"] > 0 and s, 1, interval=0.01,
                            what="items dropped")
        assert status["stalled"]  # answered while the thread slept, items dropped
        wait_until(lambda: "the sync thread is behind" in node1.logfile.read_text(), 3, what="drop logged")
        wait_until(lambda: c2.supvisors.get_process_info("demo:sleeper")[0].addresses == [], 5,
                   what="node 2 resynchronized: sleeper stopped")
        wait_until(lambda: c2.supvisors.get_process_info("demo:ticker")[0].addresses == [n1], 5,
                   what="node 2 sees ticker")
        assert "is SILENT" not in h.cluster.nodes[n2].logfile.read_text()
    finally:
        h.cluster.stop_all()


# ---------------------------------------------------------------- orphans


# A program that neither reads its stdin nor writes (test programs that do would die of EOF or
# SIGPIPE with their supervisord anyway, which would prove nothing), required, allowed everywhere.
QUIET = Program("quiet", "/bin/sleep 3600", group="lone")
ORPHAN_RULES = RULES.replace("</root>", """  <application name="lone">
    <program name="quiet"><addresses>*</addresses><required>true</required></program>
  </application>
</root>""")


def _alive(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def test_programs_die_with_their_supervisord(xprocess, tmp_path_factory):
    hosts = ["127.0.0.76", "127.0.0.77", "127.0.0.78"]
    n1, n2, n3 = hosts
    h = make_cluster(xprocess, tmp_path_factory, hosts, programs=[*standard_programs(), QUIET],
                     rules_xml=ORPHAN_RULES)
    try:
        h.start()
        h.wait_state(hosts, "OPERATION")
        proxy3 = h.cluster.nodes[n3].proxy()
        proxy3.supervisor.startProcess("lone:quiet")  # required by the rules: moved if node 3 is lost
        pid = proxy3.supervisor.getProcessInfo("lone:quiet")["pid"]
        assert _alive(pid)
        observer = h.client(n2)
        for peer in (h.client(n1), observer):  # the kill must not beat the news of the start to the peers
            wait_until(lambda c=peer: c.supvisors.get_process_info("lone:quiet")[0].addresses == [n3], 5,
                       what="peers see lone:quiet on node 3")
        h.cluster.kill(n3)
        died_at = None
        deadline = time.monotonic() + 10
        while True:  # poll both: the orphan must be gone before the master starts ticker elsewhere
            if died_at is None and not _alive(pid):
                died_at = time.monotonic()
            (quiet,) = observer.supvisors.get_process_info("lone:quiet")
            if quiet.statecode is ProcessStates.RUNNING and quiet.addresses and n3 not in quiet.addresses:
                assert died_at is not None and not _alive(pid), "lone:quiet ran twice"
                break
            assert time.monotonic() < deadline, "lone:quiet not restarted elsewhere"
            time.sleep(0.01)
    finally:
        h.cluster.stop_all()


def test_orphan_signal_none_leaves_programs_running(tmp_path):
    """The control case: with orphan_signal = none, a program outlives its SIGKILLed supervisord."""
    host = "127.0.0.79"
    cluster = SupvisorsCluster(tmp_path, [host], programs=[QUIET], rules_xml=ORPHAN_RULES,
                               settings={"orphan_signal": "none"})
    try:
        cluster.start()
        proxy = cluster.nodes[host].proxy()
        proxy.supervisor.startProcess("lone:quiet")
        pid = proxy.supervisor.getProcessInfo("lone:quiet")["pid"]
        cluster.kill(host)
        time.sleep(0.5)  # the orphan must still run after a while: nothing to poll for
        assert _alive(pid)
    finally:
        cluster.stop_all()


# ---------------------------------------------------------------- RPC answers


def _deep(depth: int) -> str:
    """An XML-RPC value nested depth arrays deep (written by hand: xmlrpc.client recurses)."""
    return "<value><array><data>" * depth + "<value><int>1</int></value>" + "</data></array></value>" * depth


def _raw_call(node, method: str, params_xml: list[str]):
    """Call method with hand-written parameters; return the result or raise Fault/ProtocolError."""
    body = ("<?xml version='1.0'?><methodCall><methodName>" + method + "</methodName><params>"
            + "".join(f"<param>{p}</param>" for p in params_xml) + "</params></methodCall>")
    host = f"{node.username}:{node.password.replace(' ', '%20')}@{node.host}:{node.port}"
    return xmlrpc.client.Transport().request(host, "/RPC2", body.encode())


def test_wait_false_deep_args_and_removed_processes(xprocess, tmp_path_factory):
    hosts = ["127.0.0.81", "127.0.0.82"]
    n1, n2 = hosts
    programs = standard_programs() + [Program("bad", "/nonexistent/supvisors-test-program", group="bad")]
    h = make_cluster(xprocess, tmp_path_factory, hosts, programs=programs)
    extra = Program("gone", f"{sys.executable} {PROGRAMS_DIR / 'sleeper.py'}", group="extra")
    h.cluster.nodes[n2].programs.append(extra)  # only on node 2
    try:
        h.start()
        h.wait_state(hosts, "OPERATION")
        c1 = h.client(n1)

        # wait=False: True once the checks pass, whatever the outcome, with or without a RUNNING peer
        assert c1.supvisors.start_process(DeploymentStrategies.CONFIG, "bad:bad", "", False) is True
        wait_until(lambda: c1.supvisors.get_process_info("bad:bad")[0].statecode is ProcessStates.FATAL, 5,
                   what="bad:bad FATAL")
        with pytest.raises(AbnormalTermination):
            c1.supvisors.start_process(DeploymentStrategies.CONFIG, "bad:bad", "", True)

        # arguments nested 10,000 deep: a clear fault, never an HTTP 500
        node1 = h.cluster.nodes[n1]
        deep = _deep(10_000)
        for method, params, code in [
            ("supvisors.get_process_info", [deep], Faults.BAD_NAME),
            ("supvisors.get_application_info", [deep], Faults.BAD_NAME),
            ("supvisors.get_address_info", [deep], Faults.BAD_ADDRESS),
            ("supvisors.start_args", [deep], Faults.BAD_NAME),
            ("supvisors.start_process", ["<value><int>0</int></value>", deep], Faults.BAD_NAME),
            ("supvisors.start_process", [deep, "<value><string>demo:ticker</string></value>"], Faults.BAD_STRATEGY),
        ]:
            with pytest.raises(xmlrpc.client.Fault) as info:
                _raw_call(node1, method, params)
            assert info.value.faultCode == code, (method, info.value.faultString[:300])
            assert len(info.value.faultString) < 1000

        # a snapshot replaces what its node reported: a group removed on node 2 leaves the view
        assert [p.process_name for p in c1.supvisors.get_process_info("extra:*")] == ["gone"]
        ctx = zmq.Context()
        sub = ctx.socket(zmq.SUB)
        sub.setsockopt(zmq.SUBSCRIBE, b"")
        sub.connect(f"tcp://{n1}:{h.cluster.event_port}")
        time.sleep(0.3)  # a ZeroMQ subscription takes effect asynchronously: let it settle
        h.cluster.nodes[n2].programs.remove(extra)
        h.cluster.nodes[n2].write_config()
        proxy2 = h.cluster.nodes[n2].proxy()
        proxy2.supervisor.reloadConfig()
        assert proxy2.supervisor.removeProcessGroup("extra") is True
        wait_until(lambda: not any(a.application_name == "extra" for a in c1.supvisors.get_all_applications_info()),
                   5, what="application extra gone from node 1's view")
        with pytest.raises(BadName):
            c1.supvisors.get_process_info("extra:*")
        with pytest.raises(BadName):
            c1.supvisors.get_application_info("extra")
        removed = set()
        deadline = time.monotonic() + 3
        while removed != {b"process", b"application"} and time.monotonic() < deadline:
            if sub.poll(100):
                topic, body = sub.recv_multipart()
                if b'"removed": true' in body and b"extra" in body:
                    removed.add(topic)
        sub.close(0)
        ctx.term()
        assert removed == {b"process", b"application"}

        # no RUNNING peer: wait=False still answers True
        h.cluster.kill(n2)
        wait_until(lambda: c1.supvisors.get_address_info(n2).statecode is AddressStates.SILENT, 5,
                   what="node 2 SILENT")
        h.wait_state([n1], "OPERATION", 5)
        assert c1.supvisors.start_process(DeploymentStrategies.CONFIG, "bad:bad", "", False) is True
    finally:
        h.cluster.stop_all()
