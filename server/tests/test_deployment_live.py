"""Deployment on a real 3-node cluster (127.0.0.81-83): strategies, sequences, failures, faults, waits."""

from __future__ import annotations

import json
import time
import xmlrpc.client

import pytest
import zmq

from harness.live import make_cluster
from harness.programs import deployment_programs
from harness.supervisord import wait_until

H = ["127.0.0.81", "127.0.0.82", "127.0.0.83"]
CONFIG, LESS_LOADED, MOST_LOADED, LOCAL = 0, 1, 2, 3
INCORRECT_PARAMETERS, BAD_NAME, ABNORMAL_TERMINATION, ALREADY_STARTED, NOT_RUNNING = 2, 10, 40, 60, 70
BAD_SUPVISORS_STATE, BAD_STRATEGY, BAD_EXTRA_ARGUMENTS = 101, 103, 104

# command_timeout 4 s: above the programs' stopwaitsecs (3 s), so that a SIGTERM lost in the fork-exec
# window of a just-spawned program (a supervisor race) ends in supervisor's SIGKILL, not in a timeout.
RULES = f"""<?xml version="1.0"?>
<root>
  <application name="seq">
    <program name="first"><start_sequence>1</start_sequence><stop_sequence>3</stop_sequence>
      <required>true</required></program>
    <program name="second_a"><start_sequence>2</start_sequence><stop_sequence>2</stop_sequence></program>
    <program name="second_b"><start_sequence>2</start_sequence><stop_sequence>2</stop_sequence></program>
    <program name="third"><start_sequence>3</start_sequence><stop_sequence>1</stop_sequence></program>
  </application>
  <application name="exiter">
    <program name="init"><start_sequence>1</start_sequence><wait_exit>true</wait_exit></program>
    <program name="after"><start_sequence>2</start_sequence></program>
  </application>
  <application name="optfail">
    <program name="good"><start_sequence>1</start_sequence><required>true</required></program>
    <program name="bad"><start_sequence>1</start_sequence></program>
  </application>
  <application name="reqfail">
    <program name="good"><start_sequence>1</start_sequence></program>
    <program name="bad"><start_sequence>1</start_sequence><required>true</required></program>
  </application>
  <application name="load">
    <pattern name="w"><addresses>{H[2]} {H[1]} {H[0]}</addresses><loading>40</loading></pattern>
  </application>
  <application name="spread">
    <pattern name="s"><start_sequence>1</start_sequence><loading>10</loading></pattern>
  </application>
  <application name="pinned"><program name="p"><addresses>{H[2]}</addresses></program></application>
  <application name="auto"><start_sequence>1</start_sequence>
    <pattern name="a"><addresses>{H[1]}</addresses><start_sequence>1</start_sequence></pattern>
  </application>
  <application name="autofail"><start_sequence>2</start_sequence>
    <program name="bad"><start_sequence>1</start_sequence><required>true</required></program>
  </application>
  <application name="argsruled"><program name="p"><start_sequence>1</start_sequence></program></application>
</root>
"""


@pytest.fixture(scope="module")
def dc(xprocess, tmp_path_factory):
    h = make_cluster(xprocess, tmp_path_factory, H, programs=deployment_programs(), rules_xml=RULES,
                     settings={"command_timeout": "4"})
    try:
        h.start()
        h.wait_state(H, "OPERATION", 20)
        yield h
    finally:
        h.cluster.stop_all()


def rpc(h, i):
    return h.cluster.nodes[H[i]].proxy()


def infos(h, i, namespec):
    return {p["process_name"]: (p["statename"], tuple(p["addresses"]))
            for p in rpc(h, i).supvisors.get_process_info(namespec)}


@pytest.fixture
def clean(dc):
    """Every process stopped on every node after the test, and seen so from node 1."""
    yield dc
    for i in range(3):
        rpc(dc, i).supervisor.stopAllProcesses()
    wait_until(lambda: not any(p["addresses"] for p in rpc(dc, 0).supvisors.get_all_process_info()), 5,
               what="every process stopped")


def fault(code, call, *args):
    with pytest.raises(xmlrpc.client.Fault) as info:
        call(*args)
    assert info.value.faultCode == code, info.value.faultString
    return info.value.faultString


# ---------------------------------------------------------------- automatic deployment (runs first)
def test_automatic_deployment(dc):
    """auto (start_sequence 1) RUNNING on its node; autofail (2) failed but the cluster reached OPERATION."""
    assert infos(dc, 2, "auto:*") == {"a1": ("RUNNING", (H[1],)), "a2": ("RUNNING", (H[1],))}
    assert infos(dc, 0, "autofail:*") == {"bad": ("FATAL", ())}
    app = rpc(dc, 0).supvisors.get_application_info("autofail")
    assert app["major_failure"] is True
    assert infos(dc, 0, "seq:*")["first"] == ("STOPPED", ())  # no application start_sequence: not deployed


# ---------------------------------------------------------------- strategies
def _place(h, strategy, names, caller=0):
    where = []
    for name in names:
        rpc(h, caller).supvisors.start_process(strategy, f"load:{name}", "", True)
        where.append(list(infos(h, 2, f"load:{name}")[name][1]))
    return where


def test_config_strategy(clean):
    # rules order is node 3, 2, 1: node 3 takes two (80%), then is full for a third (120%)
    assert _place(clean, CONFIG, ["w1", "w2", "w3"]) == [[H[2]], [H[2]], [H[1]]]


def test_less_loaded_strategy_and_full_nodes(clean):
    assert _place(clean, LESS_LOADED, ["w1", "w2", "w3", "w4", "w5", "w6"]) == [
        [H[2]], [H[1]], [H[0]], [H[2]], [H[1]], [H[0]]]
    text = fault(ABNORMAL_TERMINATION, rpc(clean, 0).supvisors.start_process, LESS_LOADED, "load:w7", "", True)
    assert "no candidate node" in text and "loaded at 80%" in text
    assert infos(clean, 1, "load:w7") == {"w7": ("FATAL", ())}
    assert [a["loading"] for a in rpc(clean, 1).supvisors.get_all_addresses_info()] == [80, 80, 80]


def test_most_loaded_strategy(clean):
    assert _place(clean, MOST_LOADED, ["w1", "w2", "w3", "w4", "w5"]) == [[H[2]], [H[2]], [H[1]], [H[1]], [H[0]]]


def test_local_strategy(clean):
    assert _place(clean, LOCAL, ["w1", "w2"], caller=1) == [[H[1]], [H[1]]]
    fault(ABNORMAL_TERMINATION, rpc(clean, 1).supvisors.start_process, LOCAL, "load:w3", "", True)


def test_less_loaded_application_spreads_one_sequence(clean):
    assert rpc(clean, 0).supvisors.start_application(LESS_LOADED, "spread", True) is True
    placed = [addresses[0] for _, addresses in infos(clean, 2, "spread:*").values()]
    assert sorted(placed) == sorted(H * 2)


# ---------------------------------------------------------------- sequences, seen on the event stream
@pytest.fixture
def events(clean):
    ctx = zmq.Context()
    sub = ctx.socket(zmq.SUB)
    sub.connect(f"tcp://{H[2]}:{clean.cluster.event_port}")
    sub.subscribe(b"process")
    node3 = rpc(clean, 2).supervisor

    def probe():  # the subscription is live once an event of a probe process comes through
        node3.startProcess("spread:s6")
        node3.stopProcess("spread:s6")
        return sub.poll(300) and drain()

    def drain():
        got = []
        while sub.poll(0):
            got.append(json.loads(sub.recv_multipart()[1]))
        return got

    wait_until(probe, 5, what="event stream subscribed")
    wait_until(lambda: drain() == [] or None, 2, interval=0.1, what="probe events drained")

    def collect(until, timeout=5.0):
        got, deadline = [], time.monotonic() + timeout
        while time.monotonic() < deadline and not until(got):
            if sub.poll(100):
                got.append(json.loads(sub.recv_multipart()[1]))
        return [(e["process_name"], e["statename"]) for e in got if e["application_name"] == "seq"]

    yield collect
    sub.close(0)
    ctx.term()


def test_start_and_stop_sequences_in_order(clean, events):
    c = rpc(clean, 1).supvisors
    assert c.start_application(CONFIG, "seq", True) is True
    seen = events(lambda got: any(e["process_name"] == "third" and e["statename"] == "RUNNING" for e in got))
    order = [e for e in seen if e[1] in ("STARTING", "RUNNING")]
    assert order.index(("first", "RUNNING")) < order.index(("second_a", "STARTING"))
    assert order.index(("first", "RUNNING")) < order.index(("second_b", "STARTING"))
    assert max(order.index(("second_a", "RUNNING")), order.index(("second_b", "RUNNING"))) < \
        order.index(("third", "STARTING"))
    assert c.stop_application("seq", True) is True
    seen = events(lambda got: any(e["process_name"] == "first" and e["statename"] == "STOPPED" for e in got))
    stops = [e for e in seen if e[1] in ("STOPPING", "STOPPED")]
    assert stops.index(("third", "STOPPED")) < min(stops.index(("second_a", "STOPPING")),
                                                    stops.index(("second_b", "STOPPING")))
    assert max(stops.index(("second_a", "STOPPED")), stops.index(("second_b", "STOPPED"))) < \
        stops.index(("first", "STOPPING"))
    assert set(infos(clean, 2, "seq:*").values()) == {("STOPPED", ())}


def test_wait_exit_is_honoured(clean):
    c = rpc(clean, 0).supvisors
    t0 = time.monotonic()
    assert c.start_application(CONFIG, "exiter", True) is True
    assert time.monotonic() - t0 >= 0.3  # init ran 0.3 s before `after` could start
    assert infos(clean, 2, "exiter:*") == {"init": ("EXITED", ()), "after": ("RUNNING", (H[0],))}


def test_optional_failure_gives_minor_failure(clean):
    c = rpc(clean, 0).supvisors
    assert c.start_application(CONFIG, "optfail", True) is True
    app = rpc(clean, 2).supvisors.get_application_info("optfail")
    assert (app["statename"], app["major_failure"], app["minor_failure"]) == ("RUNNING", False, True)


def test_required_failure_gives_major_failure(clean):
    c = rpc(clean, 0).supvisors
    text = fault(ABNORMAL_TERMINATION, c.start_application, CONFIG, "reqfail", True)
    assert "reqfail:bad" in text and "can't find command" in text
    app = rpc(clean, 2).supvisors.get_application_info("reqfail")
    assert (app["major_failure"], app["minor_failure"]) == (True, False)


# ---------------------------------------------------------------- process control across nodes
def test_control_on_node1_for_a_process_of_node3_seen_from_node2(clean):
    c1, c2 = rpc(clean, 0).supvisors, rpc(clean, 1).supvisors
    assert c1.start_process(CONFIG, "pinned:p", "", True) is True
    assert infos(clean, 1, "pinned:p") == {"p": ("RUNNING", (H[2],))}  # at once, from a third node
    assert c1.restart_process(LESS_LOADED, "pinned:p", True) is True
    assert infos(clean, 1, "pinned:p") == {"p": ("RUNNING", (H[2],))}
    assert c1.stop_process("pinned:p", True) is True
    assert infos(clean, 1, "pinned:p") == {"p": ("STOPPED", ())}
    assert c2.start_process(CONFIG, "pinned:p", "", False) is True  # returns at once
    wait_until(lambda: infos(clean, 0, "pinned:p")["p"][0] == "RUNNING", 3, what="pinned:p RUNNING")


def test_group_namespecs(clean):
    c = rpc(clean, 2).supvisors
    assert c.start_process(LESS_LOADED, "spread:*", "", True) is True
    assert all(state == "RUNNING" for state, _ in infos(clean, 0, "spread:*").values())
    assert c.restart_process(CONFIG, "spread:*", True) is True
    assert c.stop_process("spread:*", True) is True
    assert all(state == "STOPPED" for state, _ in infos(clean, 0, "spread:*").values())


def test_restart_application(clean):
    c = rpc(clean, 0).supvisors
    assert c.start_application(CONFIG, "seq", True) is True
    pids = {p["pid"] for p in rpc(clean, 0).supervisor.getAllProcessInfo() if p["group"] == "seq"}
    assert c.restart_application(CONFIG, "seq", True) is True
    after = {p["pid"] for p in rpc(clean, 0).supervisor.getAllProcessInfo() if p["group"] == "seq"}
    assert not pids & after and set(infos(clean, 1, "seq:*").values()) == {("RUNNING", (H[0],))}


def test_start_args_passes_extra_arguments(clean):
    assert rpc(clean, 1).supvisors.start_args("echo_args", "-x 'hello world' 42", True) is True
    out = clean.cluster.nodes[H[1]].workdir / "echo_args.out"
    text = wait_until(lambda: out.exists() and out.read_text(), 3, what="echo_args output")
    assert text.splitlines() == ["-x", "hello world", "42"]
    assert infos(clean, 0, "echo_args") == {"echo_args": ("RUNNING", (H[1],))}


def test_start_args_failure_sets_fatal(clean):
    assert rpc(clean, 0).supvisors.start_args("optfail:bad", "", False) is True  # no exception
    wait_until(lambda: infos(clean, 2, "optfail:bad")["bad"][0] == "FATAL", 3, what="optfail:bad FATAL")
    text = fault(ABNORMAL_TERMINATION, rpc(clean, 0).supvisors.start_args, "optfail:bad", "", True)
    assert "can't find command" in text


def test_start_timeout_gives_fatal_with_a_reason(clean):
    text = fault(ABNORMAL_TERMINATION, rpc(clean, 0).supvisors.start_process, CONFIG, "slow:slow", "", True)
    assert "within 4s (command_timeout" in text
    # the caller is answered at the timeout; the half-started process is then stopped, and shown FATAL
    wait_until(lambda: infos(clean, 1, "slow:slow") == {"slow": ("FATAL", ())}, 5, what="slow:slow FATAL")


# ---------------------------------------------------------------- fault paths
def test_faults_start_application(clean):
    c = rpc(clean, 0).supvisors
    assert "strategy must be one of" in fault(BAD_STRATEGY, c.start_application, 99, "seq", True)
    fault(BAD_STRATEGY, c.start_application, "FASTEST", "seq", True)
    fault(BAD_STRATEGY, c.start_application, 1.5, "seq", True)
    fault(BAD_NAME, c.start_application, CONFIG, "nope", True)
    assert c.start_application(CONFIG, "seq", True) is True
    fault(ALREADY_STARTED, c.start_application, CONFIG, "seq", True)
    fault(ABNORMAL_TERMINATION, c.start_application, CONFIG, "reqfail", True)
    assert c.start_application(CONFIG, "load", True) is False  # no program with a start_sequence: nothing to do


def test_faults_stop_application(clean):
    c = rpc(clean, 0).supvisors
    fault(BAD_NAME, c.stop_application, "nope", True)
    fault(NOT_RUNNING, c.stop_application, "seq", True)


def test_faults_restart_application(clean):
    c = rpc(clean, 0).supvisors
    fault(BAD_STRATEGY, c.restart_application, -1, "seq", True)
    fault(BAD_NAME, c.restart_application, CONFIG, "nope", True)
    fault(ABNORMAL_TERMINATION, c.restart_application, CONFIG, "reqfail", True)


def test_faults_start_args(clean):
    c = rpc(clean, 0).supvisors
    fault(BAD_NAME, c.start_args, "nope", "", True)
    fault(BAD_NAME, c.start_args, "spread:*", "", True)
    fault(BAD_EXTRA_ARGUMENTS, c.start_args, "argsruled:p", "-x", True)  # start_sequence 1
    fault(BAD_EXTRA_ARGUMENTS, c.start_args, "optfail:good", "-x", True)  # required
    assert c.start_args("echo_args", "", True) is True
    fault(ALREADY_STARTED, c.start_args, "echo_args", "", True)
    fault(ABNORMAL_TERMINATION, c.start_args, "reqfail:bad", "", True)


def test_faults_start_process(clean):
    c = rpc(clean, 0).supvisors
    fault(BAD_STRATEGY, c.start_process, 7, "pinned:p", "", True)
    assert "extra_args must be a string" in fault(INCORRECT_PARAMETERS, c.start_process, CONFIG, "pinned:p", 5, True)
    assert "wait must be a boolean" in fault(INCORRECT_PARAMETERS, c.start_process, CONFIG, "pinned:p", "", "yes")
    fault(BAD_NAME, c.start_process, CONFIG, "pinned:nope", "", True)
    fault(BAD_NAME, c.start_process, CONFIG, "nope:*", "", True)
    assert c.start_process(CONFIG, "pinned:p", "", True) is True
    fault(ALREADY_STARTED, c.start_process, CONFIG, "pinned:p", "", True)
    fault(ABNORMAL_TERMINATION, c.start_process, CONFIG, "optfail:bad", "", True)


def test_faults_stop_process(clean):
    c = rpc(clean, 0).supvisors
    fault(BAD_NAME, c.stop_process, "pinned:nope", True)
    fault(NOT_RUNNING, c.stop_process, "pinned:p", True)


def test_faults_restart_process(clean):
    c = rpc(clean, 0).supvisors
    fault(BAD_STRATEGY, c.restart_process, "x", "pinned:p", True)
    fault(BAD_NAME, c.restart_process, CONFIG, "pinned:nope", True)
    fault(ABNORMAL_TERMINATION, c.restart_process, CONFIG, "reqfail:bad", True)


def test_bad_supvisors_state_outside_operation(xprocess, tmp_path_factory):
    """A node whose peer never comes stays in INITIALIZATION: every cluster control call is refused."""
    hosts = ["127.0.0.91", "127.0.0.92"]
    h = make_cluster(xprocess, tmp_path_factory, hosts, settings={"synchro_timeout": "600"})
    try:
        h.start([hosts[0]])
        c = h.cluster.nodes[hosts[0]].proxy().supvisors
        assert c.get_supvisors_state()["statename"] == "INITIALIZATION"
        fault(BAD_SUPVISORS_STATE, c.start_application, CONFIG, "demo", True)
        fault(BAD_SUPVISORS_STATE, c.stop_application, "demo", True)
        fault(BAD_SUPVISORS_STATE, c.restart_application, CONFIG, "demo", True)
        fault(BAD_SUPVISORS_STATE, c.start_process, CONFIG, "demo:sleeper", "", True)
        fault(BAD_SUPVISORS_STATE, c.stop_process, "demo:sleeper", True)
        fault(BAD_SUPVISORS_STATE, c.restart_process, CONFIG, "demo:sleeper", True)
        assert c.start_args("demo:sleeper", "", True) is True  # local: allowed in any state
    finally:
        h.cluster.stop_all()
