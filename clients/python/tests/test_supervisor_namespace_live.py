"""The typed client's system and supervisor namespaces against a real supervisord 4.3."""

from __future__ import annotations

import os

import pytest

from harness.supervisord import wait_until
from supvisors_client import (
    AlreadyStarted,
    AuthenticationError,
    BadName,
    BadSignal,
    ConfigChanges,
    ConfigInfo,
    LogTail,
    MulticallRequest,
    NotRunning,
    ProcessInfo,
    ProcessStates,
    ProcessStatus,
    SignatureUnsupported,
    SupervisorStates,
    SupvisorsClient,
    SupvisorsFault,
    TransportError,
)
from supvisors_client._generated.faults import AlreadyAdded, IncorrectParameters

# ---------------------------------------------------------------- system


def test_list_methods(client):
    methods = client.system.listMethods()
    assert "supervisor.getState" in methods and "system.multicall" in methods
    assert methods == sorted(methods)


def test_method_help_and_signature(client):
    assert "state of supervisord" in client.system.methodHelp("supervisor.getState")
    assert client.system.methodSignature("supervisor.startProcess") == ["boolean", "string", "boolean"]


def test_method_help_unknown_is_typed_fault(client):
    with pytest.raises(SignatureUnsupported) as info:
        client.system.methodHelp("supervisor.nope")
    assert info.value.code == SignatureUnsupported.code


def test_multicall(client):
    results = client.system.multicall([
        MulticallRequest(methodName="supervisor.getAPIVersion", params=[]),
        {"methodName": "supervisor.getProcessInfo", "params": ["nope"]},
    ])
    assert results[0] == "3.0"
    assert results[1]["faultCode"] == BadName.code


# ---------------------------------------------------------------- supervisor: status


def test_versions_and_identification(client, node):
    assert client.supervisor.getAPIVersion() == "3.0"
    assert client.supervisor.getVersion() == "3.0"
    assert client.supervisor.getSupervisorVersion() == "4.3.0"
    assert client.supervisor.getIdentification() == f"{node.host}:{node.port}"


def test_state_is_typed(client):
    state = client.supervisor.getState()
    assert state.statecode is SupervisorStates.RUNNING
    assert state.statename == "RUNNING"


def test_pid_is_the_daemon(client, node):
    assert client.supervisor.getPID() == node.pid


def test_read_main_log(client):
    text = client.supervisor.readLog(0, 0)
    assert "supervisord started" in text
    assert client.supervisor.readMainLog(0, 0).startswith(text[:20])


def test_all_config_info_decodes(client):
    infos = client.supervisor.getAllConfigInfo()
    assert all(isinstance(i, ConfigInfo) for i in infos)
    by_name = {i.name: i for i in infos}
    assert by_name["ticker"].group == "demo" and by_name["ticker"].autostart is False
    assert by_name["short"].exitcodes == [0]


# ---------------------------------------------------------------- supervisor: process control


def test_start_stop_process(client):
    assert client.supervisor.startProcess("demo:ticker") is True
    info = client.supervisor.getProcessInfo("demo:ticker")
    assert isinstance(info, ProcessInfo)
    assert info.state is ProcessStates.RUNNING and info.pid > 0
    with pytest.raises(AlreadyStarted):
        client.supervisor.startProcess("demo:ticker")
    assert client.supervisor.stopProcess("demo:ticker") is True
    assert client.supervisor.getProcessInfo("demo:ticker").state is ProcessStates.STOPPED
    with pytest.raises(NotRunning) as info:
        client.supervisor.stopProcess("demo:ticker")
    assert info.value.code == NotRunning.code


def test_group_control_returns_statuses(client):
    statuses = client.supervisor.startProcessGroup("demo")
    assert {s.name for s in statuses} == {"ticker", "sleeper"}
    assert all(isinstance(s, ProcessStatus) and s.status == 80 for s in statuses)
    stopped = client.supervisor.stopProcessGroup("demo")
    assert {s.name for s in stopped} == {"ticker", "sleeper"}


def test_start_without_wait(client):
    assert client.supervisor.startProcess("demo:sleeper", False) is True
    wait_until(lambda: client.supervisor.getProcessInfo("demo:sleeper").state is ProcessStates.RUNNING,
               5, what="sleeper RUNNING")


def test_signal_process(client):
    client.supervisor.startProcess("demo:sleeper")
    # RUNNING (startsecs=0) can come before the child's exec: a signal sent before it is caught by
    # the handler the child inherited from supervisord, and lost. The echo shows the program runs.
    earlier = len(client.supervisor.readProcessStdoutLog("demo:sleeper", 0, 0))  # the log keeps earlier runs
    client.supervisor.sendProcessStdin("demo:sleeper", "up\n")
    wait_until(lambda: "got up" in client.supervisor.readProcessStdoutLog("demo:sleeper", 0, 0)[earlier:], 5,
               what="sleeper running its own code")
    with pytest.raises(BadSignal):
        client.supervisor.signalProcess("demo:sleeper", "NOTASIGNAL")
    assert client.supervisor.signalProcess("demo:sleeper", "TERM") is True
    wait_until(lambda: client.supervisor.getProcessInfo("demo:sleeper").state is not ProcessStates.RUNNING,
               5, what="sleeper gone after SIGTERM")


def test_signal_group_and_all(client):
    client.supervisor.startProcessGroup("demo")
    statuses = client.supervisor.signalProcessGroup("demo", "CONT")
    assert {s.name for s in statuses} == {"ticker", "sleeper"}
    assert all(s.status == 80 for s in client.supervisor.signalAllProcesses("CONT"))


def test_process_logs(client):
    # the log keeps the output of the ticker's earlier runs: wait for this run's own (startsecs=0, so
    # startProcess returns before the program has written anything)
    earlier = len(client.supervisor.readProcessStdoutLog("demo:ticker", 0, 0))
    client.supervisor.startProcess("demo:ticker")
    wait_until(lambda: "tick 2" in client.supervisor.readProcessStdoutLog("demo:ticker", 0, 0)[earlier:], 5,
               what="ticker output")
    assert "tock" in client.supervisor.readProcessStderrLog("demo:ticker", 0, 0)
    assert "tick" in client.supervisor.readProcessLog("demo:ticker", 0, 0)
    tail = client.supervisor.tailProcessStdoutLog("demo:ticker", 0, 10)
    assert isinstance(tail, LogTail) and tail.overflow is True and len(tail.bytes) <= 10 and tail.offset > 10
    assert isinstance(client.supervisor.tailProcessStderrLog("demo:ticker", 0, 1000), LogTail)
    assert isinstance(client.supervisor.tailProcessLog("demo:ticker", 0, 1000), LogTail)
    assert client.supervisor.clearProcessLogs("demo:ticker") is True
    wait_until(lambda: "tick" in client.supervisor.readProcessStdoutLog("demo:ticker", 0, 0), 5,
               what="ticker output after clear")
    assert "tick 0\n" not in client.supervisor.readProcessStdoutLog("demo:ticker", 0, 0)
    assert client.supervisor.clearProcessLog("demo:ticker") is True
    assert all(isinstance(s, ProcessStatus) for s in client.supervisor.clearAllProcessLogs())


def test_send_stdin(client):
    client.supervisor.startProcess("demo:sleeper")
    assert client.supervisor.sendProcessStdin("demo:sleeper", "hello\n") is True
    wait_until(lambda: "got hello" in client.supervisor.readProcessStdoutLog("demo:sleeper", 0, 0), 5,
               what="sleeper echo")


def test_send_stdin_not_running(client):
    with pytest.raises(NotRunning):
        client.supervisor.sendProcessStdin("demo:sleeper", "x")


def test_send_remote_comm_event(client):
    assert client.supervisor.sendRemoteCommEvent("test", "data") is True


def test_start_all_and_stop_all(client):
    statuses = client.supervisor.startAllProcesses()
    names = {s.name: s for s in statuses}
    assert names["ticker"].status == 80
    assert names["short"].status != 80  # exits at once: never RUNNING
    assert all(isinstance(s, ProcessStatus) for s in client.supervisor.stopAllProcesses())


def test_echo_args_environment(client, node, tmp_path):
    # a program's output file proves it really ran under the daemon
    client.supervisor.startProcess("echo_args")
    info = client.supervisor.getProcessInfo("echo_args")
    assert info.state is ProcessStates.RUNNING
    assert os.path.exists(f"/proc/{info.pid}")


def test_reload_config_and_groups(client, node):
    changes = client.supervisor.reloadConfig()
    assert changes == [ConfigChanges(added=[], changed=[], removed=[])]
    with pytest.raises(SupvisorsFault) as info:  # ALREADY_ADDED
        client.supervisor.addProcessGroup("demo")
    assert info.value.code == AlreadyAdded.code
    assert client.supervisor.removeProcessGroup("short") is True
    assert client.supervisor.addProcessGroup("short") is True


def test_clear_main_log(client):
    assert client.supervisor.clearLog() is True


# ---------------------------------------------------------------- faults and transport errors


def test_bad_name_is_typed(client):
    with pytest.raises(BadName) as info:
        client.supervisor.getProcessInfo("nope:nope")
    assert info.value.code == BadName.code and "nope" in info.value.text
    assert isinstance(info.value, SupvisorsFault)


def test_incorrect_parameters_from_server(client):
    with pytest.raises(IncorrectParameters):
        client.transport.call("supervisor.getProcessInfo", [])


def test_wrong_password_is_auth_error(node):
    with SupvisorsClient(node.url, node.username, "wrong") as bad:
        with pytest.raises(AuthenticationError):
            bad.supervisor.getState()


def test_unreachable_is_transport_error():
    from harness.supervisord import free_port

    with SupvisorsClient(f"http://127.0.0.1:{free_port()}", "u", "p", timeout=1) as nobody:
        with pytest.raises(TransportError) as info:
            nobody.supervisor.getState()
    assert not isinstance(info.value, AuthenticationError)


def test_client_refuses_wrong_param_types(client):
    with pytest.raises(TypeError):
        client.supervisor.getProcessInfo(3)


# ---------------------------------------------------------------- restart and shutdown (own daemon)


def test_restart_then_shutdown(xprocess, tmp_path):
    from harness.fixtures import start_node, stop_node
    from harness.supervisord import Node

    own = start_node(xprocess, Node(workdir=tmp_path), "pyclient-shutdown")
    try:
        with SupvisorsClient(own.url, own.username, own.password, timeout=2) as c:
            pid = c.supervisor.getPID()
            assert c.supervisor.restart() is True
            wait_until(lambda: c.supervisor.getState().statecode is SupervisorStates.RUNNING
                       and "supervisord started" in c.supervisor.readLog(-2000, 0), 10, what="restarted")
            assert c.supervisor.getPID() == pid  # supervisord restarts in the same process
            assert c.supervisor.shutdown() is True
            wait_until(lambda: not own.xprocess_info.isrunning(), 10, what="supervisord exited")
    finally:
        stop_node(own)
