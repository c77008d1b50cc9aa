"""A real 3-node cluster: convergence, read RPCs, faults, introspection against the spec."""

from __future__ import annotations

import time
import xmlrpc.client
from pathlib import Path

import pytest

from codegen.model import load_spec
from harness.supervisord import wait_until
from supvisors_client import (
    AddressInfo,
    AddressStates,
    ApplicationInfo,
    BadAddress,
    BadName,
    ProcessRules,
    ProcessStates,
    SupvisorsProcessInfo,
)

SPEC = load_spec(Path(__file__).resolve().parents[2] / "spec")
SUPVISORS = SPEC.namespaces["supvisors"]


def raw(h, host):
    node = h.cluster.nodes[host]
    return node.proxy()


def test_same_master_everywhere(cluster3):
    masters = {cluster3.client(h).supvisors.get_master_address() for h in cluster3.hosts}
    assert masters == {cluster3.hosts[0]}


def test_all_nodes_running_everywhere(cluster3):
    for h in cluster3.hosts:
        infos = cluster3.client(h).supvisors.get_all_addresses_info()
        assert [i.address_name for i in infos] == cluster3.hosts
        assert all(i.statecode is AddressStates.RUNNING for i in infos)
        # a `time`: int seconds on the wire, an aware datetime in the typed client, within a minute of now
        assert all(isinstance(i, AddressInfo) and abs(i.local_time.timestamp() - time.time()) < 60 for i in infos)


def test_same_process_table_everywhere(cluster3):
    # last_event_time is each node's own receipt time: every other field must be equal everywhere
    tables = [[(p.application_name, p.process_name, p.statecode, p.addresses, p.expected_exit)
               for p in cluster3.client(h).supvisors.get_all_process_info()] for h in cluster3.hosts]
    assert tables[0] == tables[1] == tables[2]
    assert {p[1] for p in tables[0]} == {"ticker", "sleeper", "echo_args", "short"}


def test_process_change_on_node2_seen_on_node1(cluster3):
    n1, n2 = (cluster3.client(h) for h in cluster3.hosts[:2])
    n2.supervisor.startProcess("demo:ticker")
    # startProcess answers at RUNNING on node 2; node 1 may still show the STARTING event for a moment
    wait_until(lambda: n1.supvisors.get_process_info("demo:ticker")[0].statecode is ProcessStates.RUNNING, 2,
               what="ticker RUNNING on node 2 seen from node 1")
    assert n1.supvisors.get_process_info("demo:ticker")[0].addresses == [cluster3.hosts[1]]
    assert n1.supvisors.get_address_info(cluster3.hosts[1]).loading == 25
    n2.supervisor.stopProcess("demo:ticker")
    wait_until(lambda: n1.supvisors.get_process_info("demo:ticker")[0].statecode is ProcessStates.STOPPED, 2,
               what="ticker STOPPED seen from node 1")
    assert n1.supvisors.get_process_info("demo:ticker")[0].addresses == []


def test_conflict_is_reported(cluster3):
    c = [cluster3.client(h) for h in cluster3.hosts]
    c[1].supervisor.startProcess("demo:sleeper")
    c[2].supervisor.startProcess("demo:sleeper")
    try:
        wait_until(lambda: c[0].supvisors.get_conflicts(), 3, what="conflict seen")
        (conflict,) = c[0].supvisors.get_conflicts()
        assert conflict.process_name == "demo:sleeper" and conflict.state == "RUNNING"
        assert conflict.address == cluster3.hosts[1:]
        wait_until(lambda: c[2].supvisors.get_supvisors_state().statename == "CONCILIATION", 3,
                   what="CONCILIATION")
    finally:
        c[1].supervisor.stopProcess("demo:sleeper")
        c[2].supervisor.stopProcess("demo:sleeper")
    cluster3.wait_state(cluster3.hosts, "OPERATION", 5)
    assert c[0].supvisors.get_conflicts() == []


# ---------------------------------------------------------------- read RPCs: exact keys and types
def _check_struct(value, struct_name):
    struct = SPEC.structs[struct_name]
    required = {f.name for f in struct.fields if not f.optional}
    allowed = {f.name for f in struct.fields}
    assert required <= set(value) <= allowed, (struct_name, set(value) ^ allowed)
    types = {"int": int, "time": int, "boolean": bool, "double": float, "string": str}  # a time: int seconds
    for f in struct.fields:
        if f.name not in value:
            continue
        v = value[f.name]
        if f.type.kind == "array":
            assert isinstance(v, list)
        elif f.type.kind == "enum":
            assert isinstance(v, int) and v in {e.code for e in SPEC.enums[f.type.name].values}
        else:
            assert isinstance(v, types[f.type.name]) and (types[f.type.name] is not int or not isinstance(v, bool)), f.name


def test_read_methods_match_spec_shapes(cluster3):
    p = raw(cluster3, cluster3.hosts[0])
    assert isinstance(p.supvisors.get_api_version(), str)
    _check_struct(p.supvisors.get_supvisors_state(), "SupvisorsState")
    assert p.supvisors.get_master_address() == cluster3.hosts[0]
    _check_struct(p.supvisors.get_address_info(cluster3.hosts[1]), "AddressInfo")
    for info in p.supvisors.get_all_addresses_info():
        _check_struct(info, "AddressInfo")
    _check_struct(p.supvisors.get_application_info("demo"), "ApplicationInfo")
    for info in p.supvisors.get_all_applications_info():
        _check_struct(info, "ApplicationInfo")
    for info in p.supvisors.get_process_info("demo:*"):
        _check_struct(info, "SupvisorsProcessInfo")
    for info in p.supvisors.get_all_process_info():
        _check_struct(info, "SupvisorsProcessInfo")
    for info in p.supvisors.get_process_rules("demo:*"):
        _check_struct(info, "ProcessRules")
    assert p.supvisors.get_conflicts() == []


def test_typed_reads(cluster3):
    c = cluster3.client(cluster3.hosts[2])
    app = c.supvisors.get_application_info("demo")
    assert isinstance(app, ApplicationInfo) and app.application_name == "demo"
    assert [a.application_name for a in c.supvisors.get_all_applications_info()] == ["demo", "echo_args", "short"]
    infos = c.supvisors.get_process_info("demo:*")
    assert [i.process_name for i in infos] == ["sleeper", "ticker"]
    assert all(isinstance(i, SupvisorsProcessInfo) for i in infos)
    (one,) = c.supvisors.get_process_info("demo:ticker")
    assert one.process_name == "ticker"
    rules = {r.process_name: r for r in c.supvisors.get_process_rules("demo:*")}
    assert isinstance(rules["ticker"], ProcessRules)
    assert (rules["ticker"].required, rules["ticker"].start_sequence, rules["ticker"].loading) == (True, 1, 25)
    assert rules["ticker"].expected_loading == 25  # the original clients' name of loading
    assert rules["ticker"].addresses == cluster3.hosts
    assert rules["sleeper"].addresses == []  # '#' needs a trailing number in the program name
    (echo,) = c.supvisors.get_process_rules("echo_args")
    assert (echo.required, echo.start_sequence, echo.loading, echo.addresses) == (False, 0, 1, cluster3.hosts)


# ---------------------------------------------------------------- faults
def test_bad_address(cluster3):
    with pytest.raises(BadAddress):
        cluster3.client(cluster3.hosts[0]).supvisors.get_address_info("10.1.2.3")


@pytest.mark.parametrize("call", [
    lambda s: s.get_application_info("nope"),
    lambda s: s.get_process_info("nope:nope"),
    lambda s: s.get_process_info("nope:*"),
    lambda s: s.get_process_info("demo:nope"),
    lambda s: s.get_process_rules("nope:nope"),
])
def test_bad_name(cluster3, call):
    with pytest.raises(BadName):
        call(cluster3.client(cluster3.hosts[1]).supvisors)


# ---------------------------------------------------------------- introspection = spec
def test_methods_and_signatures_match_spec(cluster3):
    p = raw(cluster3, cluster3.hosts[0])
    listed = {m.split(".", 1)[1] for m in p.system.listMethods() if m.startswith("supvisors.")}
    assert listed == {m.name for m in SUPVISORS.methods}
    for m in SUPVISORS.methods:
        assert p.system.methodSignature(f"supvisors.{m.name}") == m.signature, m.name
        assert m.doc.split()[0] in p.system.methodHelp(f"supvisors.{m.name}")


def test_wrong_arity_is_a_fault_not_a_crash(cluster3):
    p = raw(cluster3, cluster3.hosts[0])
    with pytest.raises(xmlrpc.client.Fault):
        p.supvisors.get_address_info()
    assert p.supvisors.get_supvisors_state()["statename"] == "OPERATION"


# ---------------------------------------------------------------- event stream for clients
def test_event_stream(cluster3):
    import json

    import zmq

    ctx = zmq.Context()
    sub = ctx.socket(zmq.SUB)
    sub.setsockopt(zmq.LINGER, 0)
    sub.setsockopt(zmq.SUBSCRIBE, b"process")
    sub.setsockopt(zmq.SUBSCRIBE, b"application")
    sub.connect(f"tcp://{cluster3.hosts[0]}:{cluster3.cluster.event_port}")
    received = []
    n3 = cluster3.client(cluster3.hosts[2])
    try:
        def got_running():
            # a subscription takes a moment to reach the publisher: toggle the process until seen
            while sub.poll(50):
                topic, body = sub.recv_multipart()
                received.append((topic.decode(), json.loads(body)))
            if any(t == "process" and b["process_name"] == "echo_args" and b["statename"] == "RUNNING"
                   for t, b in received):
                return True
            if n3.supervisor.getProcessInfo("echo_args").statename == "RUNNING":
                n3.supervisor.stopProcess("echo_args")
            n3.supervisor.startProcess("echo_args")
            return False

        wait_until(got_running, 5, interval=0.01, what="process event from node 3 seen on node 1's stream")
    finally:
        n3.supervisor.stopProcess("echo_args")
        sub.close(0)
        ctx.term()
    topics = {t.topic: t for t in SPEC.events.topics}  # body struct + extra keys (spec/events.yaml)
    for topic, body in received:
        extra = {f.name: f for f in topics[topic].extra}
        _check_struct({k: v for k, v in body.items() if k not in extra}, topics[topic].body.name)
        assert all(f.optional or f.name in body for f in extra.values()), (topic, body)
        assert body.get("removed", True) is True and isinstance(body.get("address", ""), str)
    event = next(b for t, b in received if t == "process" and b["statename"] == "RUNNING")
    assert event["addresses"] == [cluster3.hosts[2]] and event["address"] == cluster3.hosts[2]
