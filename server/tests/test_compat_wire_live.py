"""What a client written for the original Supvisors sees, through the raw xmlrpc.client (no typed client).

- times (`remote_time`, `local_time`, `last_event_time`) are XML-RPC ints of seconds since the epoch,
  as the original server sent them (its Java client casts them to Integer);
- `get_process_rules` carries `expected_loading` (the original supervisorctl plugin reads it);
- `restart_process` takes the original Java client's (strategy, namespec, extra_args, wait) as well as
  the document's (strategy, namespec, wait); extra arguments reach the start, and are refused with
  BAD_EXTRA_ARGUMENTS for a program that does not take them.

A 2-node cluster on 127.0.0.241-242.
"""

from __future__ import annotations

import time
import xmlrpc.client

import pytest

from harness.live import make_cluster
from harness.programs import standard_programs
from harness.supervisord import wait_until

HOSTS = ["127.0.0.241", "127.0.0.242"]
CONFIG = 0
BAD_EXTRA_ARGUMENTS = 104
INT_MAX = 2**31 - 1


@pytest.fixture(scope="module")
def h(xprocess, tmp_path_factory):
    programs = standard_programs()
    for p in programs:
        if p.name == "echo_args":  # its arguments land in the node's directory
            p.extra["environment"] = 'ECHO_ARGS_FILE="%(here)s/echo_args.out"'
    harness = make_cluster(xprocess, tmp_path_factory, HOSTS, programs=programs)
    try:
        harness.start()
        harness.wait_state(HOSTS, "OPERATION")
        yield harness
    finally:
        harness.cluster.stop_all()


def raw(h, host: str = HOSTS[0]):
    return h.cluster.nodes[host].proxy().supvisors


def _a_recent_time(value) -> bool:
    """An XML-RPC int (xmlrpc.client gives int for <int>/<i4>, float for <double>), within 60 s of now."""
    return type(value) is int and 0 < value <= INT_MAX and abs(value - time.time()) < 60


def _wire_body(h, method: str, *params) -> str:
    """The reply's XML as sent: the type tags themselves."""
    node = h.cluster.nodes[HOSTS[0]]
    transport = xmlrpc.client.Transport()
    transport.parse_response = lambda response: response.read().decode()  # the body, unparsed
    auth = xmlrpc.client.ServerProxy(f"http://{node.username}:{node.password}@{node.host}:{node.port}/RPC2"
                                     .replace(" ", "%20"), transport=transport)
    return getattr(auth.supvisors, method)(*params)


def test_address_times_are_int_seconds(h):
    for info in raw(h).get_all_addresses_info():
        assert _a_recent_time(info["remote_time"]) and _a_recent_time(info["local_time"]), info
    info = raw(h).get_address_info(HOSTS[1])
    assert _a_recent_time(info["remote_time"]) and _a_recent_time(info["local_time"]), info
    body = _wire_body(h, "get_address_info", HOSTS[1])
    assert "<name>remote_time</name>" in body and "<double>" not in body, body


def test_last_event_time_is_int_seconds(h):
    s = raw(h)
    for info in s.get_all_process_info():
        assert type(info["last_event_time"]) is int, info
    h.cluster.nodes[HOSTS[1]].proxy().supervisor.startProcess("demo:sleeper", True)
    try:
        wait_until(lambda: s.get_process_info("demo:sleeper")[0]["statename"] == "RUNNING", 5,
                   what="sleeper RUNNING on node 2, seen from node 1")
        (info,) = s.get_process_info("demo:sleeper")
        assert _a_recent_time(info["last_event_time"]), info
    finally:
        h.cluster.nodes[HOSTS[1]].proxy().supervisor.stopProcess("demo:sleeper", True)


def test_process_rules_carry_expected_loading(h):
    rules = {r["process_name"]: r for r in raw(h).get_process_rules("demo:*")}
    assert rules["ticker"]["expected_loading"] == rules["ticker"]["loading"] == 25
    assert all(type(r["expected_loading"]) is int and r["expected_loading"] == r["loading"] for r in rules.values())


def _echo_args(h) -> list[str] | None:
    path = h.cluster.nodes[HOSTS[0]].workdir / "echo_args.out"  # CONFIG: the first node of address_list
    return path.read_text().split() if path.exists() else None


def _wait_echo_args(h, expected: list[str]) -> None:
    wait_until(lambda: _echo_args(h) == expected, 5, what=f"echo_args started with {expected}")


def test_restart_process_in_both_forms(h):
    s = raw(h)
    try:
        # the original Java client: (strategy, namespec, extra_args, wait)
        assert s.restart_process(CONFIG, "echo_args", "", True) is True
        assert s.get_process_info("echo_args")[0]["statename"] == "RUNNING"
        _wait_echo_args(h, [])
        assert s.restart_process(CONFIG, "echo_args", "-a 1 -b two", True) is True
        _wait_echo_args(h, ["-a", "1", "-b", "two"])
        # the document: (strategy, namespec, wait); a running process: stopped, then started without arguments
        pid = h.cluster.nodes[HOSTS[0]].proxy().supervisor.getProcessInfo("echo_args")["pid"]
        assert s.restart_process(CONFIG, "echo_args", True) is True
        (info,) = s.get_process_info("echo_args")
        assert info["statename"] == "RUNNING" and info["addresses"] == [HOSTS[0]]
        assert h.cluster.nodes[HOSTS[0]].proxy().supervisor.getProcessInfo("echo_args")["pid"] != pid
        _wait_echo_args(h, [])
    finally:
        s.stop_process("echo_args", True)


@pytest.mark.parametrize("namespec, why", [("demo:ticker", "required"), ("demo:sleeper", "in a start sequence")])
def test_restart_process_refuses_extra_args_where_the_rules_do(h, namespec, why):
    with pytest.raises(xmlrpc.client.Fault) as info:
        raw(h).restart_process(CONFIG, namespec, "-x", True)
    assert info.value.faultCode == BAD_EXTRA_ARGUMENTS and why in info.value.faultString, info.value.faultString
    assert raw(h).get_process_info(namespec)[0]["statename"] == "STOPPED"  # nothing was started
