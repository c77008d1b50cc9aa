"""The supervisorctl plugin (supvisors.supvisorsctl): a real supervisorctl process against a live 3-node
cluster (127.0.0.131-133), every command's output and exit code; one interactive session through tmux
(help, and the completion of a process name and of a strategy)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import uuid

import psutil
import pytest

from harness.live import make_cluster
from harness.supervisord import wait_until

H = ["127.0.0.131", "127.0.0.132", "127.0.0.133"]
COMMANDS = ["sversion", "master", "sstate", "address_status", "application_info", "sstatus", "rules", "conflicts",
            "start_application", "stop_application", "restart_application", "start_args", "start_process",
            "stop_process", "restart_process", "conciliate", "sreload", "sshutdown"]


def _ctl_sections(node) -> str:
    return (f"\n[supervisorctl]\nserverurl = {node.url}\nusername = {node.username}\npassword = {node.password}\n"
            "\n[ctlplugin:supvisors]\nsupervisor.ctl_factory = supvisors.supvisorsctl:make_supvisors_controller_plugin\n")


@pytest.fixture(scope="module")
def cluster(xprocess, tmp_path_factory):
    h = make_cluster(xprocess, tmp_path_factory, H)
    for node in h.cluster.nodes.values():
        node.extra_sections += _ctl_sections(node)
    with h.running(timeout=30):
        yield h


def ctl(cluster, *words, host=H[0]) -> tuple[int, str]:
    conf = cluster.cluster.nodes[host].config_path
    run = subprocess.run([sys.executable, "-m", "supervisor.supervisorctl", "-c", str(conf), *words],
                         capture_output=True, text=True, timeout=60)
    assert "Traceback" not in run.stdout + run.stderr and "error: <class" not in run.stdout, run.stdout + run.stderr
    return run.returncode, run.stdout


def rows(output: str) -> dict[str, list[str]]:
    """First column -> the other columns, header included."""
    return {line.split()[0]: line.split()[1:] for line in output.splitlines() if line.strip()}


def test_help_lists_every_command_and_explains_each(cluster):
    code, out = ctl(cluster, "help")
    assert code == 0 and "supvisors commands (type help <topic>):" in out
    listed = out.split("supvisors commands (type help <topic>):")[1].split()
    assert sorted(c for c in listed if not c.startswith("=")) == sorted(COMMANDS)
    for command in COMMANDS:
        code, out = ctl(cluster, "help", command)
        assert code == 0 and out.startswith(command), (command, out)


def test_status_commands(cluster):
    assert ctl(cluster, "sstate") == (0, "OPERATION (2)\n")
    code, out = ctl(cluster, "master")
    assert code == 0 and out.strip() in H
    code, out = ctl(cluster, "sversion")
    assert code == 0 and out.strip()
    code, out = ctl(cluster, "address_status")
    table = rows(out)
    assert code == 0 and table["ADDRESS"] == ["STATE", "LOAD", "LAST", "HEARD", "REMOTE", "TIME"]
    assert all(table[h][0] == "RUNNING" and table[h][1].endswith("%") and ":" in table[h][2] for h in H), out
    code, out = ctl(cluster, "address_status", H[1])
    assert code == 0 and list(rows(out)) == ["ADDRESS", H[1]]
    code, out = ctl(cluster, "application_info")
    assert code == 0 and rows(out)["demo"][0] in ("STOPPED", "RUNNING"), out
    code, out = ctl(cluster, "rules", "demo:ticker")
    assert code == 0 and rows(out)["demo:ticker"] == [",".join(H), "1", "0", "yes", "no", "25%"], out
    code, out = ctl(cluster, "conflicts")
    assert code == 0 and list(rows(out)) == ["NAME"]


def test_unknown_names_say_so_in_one_line(cluster):
    code, out = ctl(cluster, "application_info", "nosuch")
    assert code == 1 and out.startswith("ERROR (no such application:") and len(out.splitlines()) == 1
    code, out = ctl(cluster, "sstatus", "demo:nosuch")
    assert code == 1 and out.startswith("ERROR (no such process:") and len(out.splitlines()) == 1
    code, out = ctl(cluster, "stop_process", "demo:nosuch")
    assert code == 1 and out.startswith("demo:nosuch: ERROR (no such name") and len(out.splitlines()) == 1
    code, out = ctl(cluster, "address_status", "127.0.0.9")
    assert code == 1 and out.startswith("ERROR (") and len(out.splitlines()) == 1


def test_bad_arguments_give_the_usage(cluster):
    code, out = ctl(cluster, "start_process", "nice", "demo:ticker")
    assert code == 2 and out.startswith("Error: 'nice' is not a strategy (CONFIG, LESS_LOADED, MOST_LOADED, LOCAL)")
    assert "start_process <strategy> <name>..." in out
    code, out = ctl(cluster, "stop_process")
    assert code == 2 and out.startswith("Error: stop_process requires a process name")
    code, out = ctl(cluster, "conciliate")
    assert code == 2 and out.startswith("Error: conciliate requires a strategy")


def _where(cluster, namespec: str) -> list[str]:
    return rows(ctl(cluster, "sstatus", namespec)[1])[namespec]


def test_process_control(cluster):
    assert ctl(cluster, "start_process", "less_loaded", "demo:ticker") == (0, "demo:ticker: started\n")
    state, where, since = _where(cluster, "demo:ticker")
    assert state == "RUNNING" and where in H and ":" in since
    assert ctl(cluster, "restart_process", "CONFIG", "demo:ticker") == (0, "demo:ticker: restarted\n")
    assert _where(cluster, "demo:ticker")[:2] == ["RUNNING", H[0]]  # CONFIG: the first node of its rules
    code, out = ctl(cluster, "start_process", "CONFIG", "demo:ticker")
    assert code == 1 and out.startswith("demo:ticker: ERROR (already started")
    assert ctl(cluster, "stop_process", "demo:ticker") == (0, "demo:ticker: stopped\n")
    assert _where(cluster, "demo:ticker")[:2] == ["STOPPED", "-"]
    # start_args: on the node that supervisorctl talks to, with the arguments
    assert ctl(cluster, "start_args", "echo_args:echo_args", "one", "two", host=H[1]) == \
        (0, "echo_args:echo_args: started\n")
    assert _where(cluster, "echo_args:echo_args")[:2] == ["RUNNING", H[1]]
    assert ctl(cluster, "stop_process", "echo_args:echo_args") == (0, "echo_args:echo_args: stopped\n")
    code, out = ctl(cluster, "conciliate", "senicide")
    assert code == 1 and out.startswith("conciliate: ERROR (not allowed now:"), out  # no conflict: OPERATION


def test_application_control(cluster):
    assert ctl(cluster, "start_application", "config", "demo") == (0, "demo: started\n")
    assert rows(ctl(cluster, "application_info", "demo")[1])["demo"][0] == "RUNNING"
    code, out = ctl(cluster, "restart_application", "LESS_LOADED", "all")  # every application, one line each
    assert code == 0 and out.splitlines() == ["demo: restarted", "echo_args: restarted", "short: restarted"]
    assert ctl(cluster, "stop_application", "demo") == (0, "demo: stopped\n")
    assert rows(ctl(cluster, "application_info", "demo")[1])["demo"][0] == "STOPPED"


def _tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], check=True, capture_output=True, text=True).stdout


def test_an_interactive_session(cluster):
    assert shutil.which("tmux"), "tmux is needed (scripts/install-deps.sh installs it)"
    session = f"supvisorsctl-{uuid.uuid4().hex[:8]}"
    conf = cluster.cluster.nodes[H[0]].config_path
    _tmux("new-session", "-d", "-s", session, "-x", "200", "-y", "50",
          f"{sys.executable} -m supervisor.supervisorctl -c {conf}")
    try:
        screen = lambda: _tmux("capture-pane", "-p", "-t", session)  # noqa: E731
        wait_until(lambda: "supervisor>" in screen(), 10, what="the supervisorctl prompt")
        _tmux("send-keys", "-t", session, "help sstatus", "Enter")
        wait_until(lambda: "Show every process of the cluster" in screen(), 10, what="help sstatus")
        _tmux("send-keys", "-t", session, "sstatus demo:tic", "Tab")
        wait_until(lambda: "sstatus demo:ticker" in screen(), 10, what="completion of demo:tic")
        _tmux("send-keys", "-t", session, "Enter")
        wait_until(lambda: any(line.startswith("demo:ticker") for line in screen().splitlines()), 10,
                   what="sstatus demo:ticker")
        _tmux("send-keys", "-t", session, "start_process less", "Tab")
        wait_until(lambda: "start_process LESS_LOADED" in screen(), 10, what="completion of a strategy")
        _tmux("send-keys", "-t", session, "C-u", "quit", "Enter")
        wait_until(lambda: subprocess.run(["tmux", "has-session", "-t", session], capture_output=True).returncode != 0,
                   10, what="supervisorctl quits")
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)


def test_sreload_then_sshutdown(cluster):
    """Last: the cluster restarts every supervisord, then shuts them all down."""
    pids = {h: cluster.cluster.nodes[h].pid for h in H}
    starts = {h: _starts(cluster, h) for h in H}
    assert ctl(cluster, "sreload") == (0, "supvisors: restarting\n")
    # every supervisord restarts in its process (it logs its start again), and the cluster comes back
    wait_until(lambda: all(_starts(cluster, h) > starts[h] for h in H), 20, what="every supervisord restarted")
    wait_until(lambda: ctl(cluster, "sstate")[1] == "OPERATION (2)\n", 40, interval=0.5,
               what="OPERATION after sreload")
    assert {h: cluster.cluster.nodes[h].pid for h in H} == pids
    assert ctl(cluster, "sshutdown") == (0, "supvisors: shutting down\n")
    wait_until(lambda: not any(_alive(pids[h]) for h in H), 40, interval=0.5,
               what="every supervisord gone after sshutdown")


def _starts(cluster, host: str) -> int:
    return cluster.cluster.nodes[host].logfile.read_text().count("supervisord started with pid")


def _alive(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False
