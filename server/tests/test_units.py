"""Unit tests of the server's pure parts: wire, membership (injected clock), election, options, rules, view."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from supvisors._generated.enums import AddressStates, ApplicationStates, ProcessStates
from supvisors.election import elect
from supvisors.membership import Membership
from supvisors.options import ConfigError, parse_options
from supvisors.processes import ProcessView
from supvisors.rules import Rules, RulesError, parse_rules

NODES = ["10.0.0.1", "10.0.0.2", "10.0.0.3"]
SECRET = b"s3cret"


# ---------------------------------------------------------------- membership
class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def _membership(auto_fence=False):
    clock = Clock()
    return clock, Membership(NODES[0], NODES, 1.0, auto_fence, clock=clock, wall=lambda: 1000.0)


def test_node_life_cycle():
    clock, m = _membership()
    assert m.nodes[NODES[1]].state == AddressStates.UNKNOWN
    assert m.heard(NODES[1], (1, "a"), 5.0, True) is True
    assert m.nodes[NODES[1]].state == AddressStates.CHECKING
    assert m.snapshot_received(NODES[1]) is True
    assert m.nodes[NODES[1]].state == AddressStates.RUNNING
    assert m.heard(NODES[1], (1, "a"), 6.0, True) is False
    assert m.nodes[NODES[1]].remote_time == 6.0 and m.nodes[NODES[1]].local_time == 1_000_000.0


def test_silent_after_threshold_only():
    clock, m = _membership()
    m.heard(NODES[1], (1, "a"), 0, True)
    m.snapshot_received(NODES[1])
    for _ in range(9):  # 0.9 s of regular checks without news
        clock.now += 0.1
        assert m.check() == []
    clock.now += 0.2
    assert m.check() == [NODES[1]]
    assert m.nodes[NODES[1]].state == AddressStates.SILENT
    assert m.heard(NODES[1], (1, "a"), 0, True) is True  # back: checked again
    assert m.nodes[NODES[1]].state == AddressStates.CHECKING


def test_own_stall_is_not_held_against_peers():
    clock, m = _membership()
    m.heard(NODES[1], (1, "a"), 0, True)
    m.snapshot_received(NODES[1])
    clock.now += 3.0  # this node was frozen for 3 s: no check ran
    assert m.check() == []
    assert m.nodes[NODES[1]].state == AddressStates.RUNNING


def test_restarted_node_is_checked_again_and_forgets_what_it_announced():
    clock, m = _membership()
    m.heard(NODES[1], (1, "a"), 0, True)
    m.snapshot_received(NODES[1])
    m.nodes[NODES[1]].announced_state, m.nodes[NODES[1]].announced_master = 2, NODES[1]
    assert m.heard(NODES[1], (2, "b"), 0, False) is True
    assert m.nodes[NODES[1]].state == AddressStates.CHECKING
    assert (m.nodes[NODES[1]].announced_state, m.nodes[NODES[1]].announced_master) == (None, "")


def test_auto_fence():
    clock, m = _membership(auto_fence=True)
    m.heard(NODES[1], (1, "a"), 0, True)
    m.snapshot_received(NODES[1])
    for _ in range(11):
        clock.now += 0.1
        m.check()
    assert m.nodes[NODES[1]].state == AddressStates.ISOLATING
    clock.now += 0.1
    m.check()
    assert m.nodes[NODES[1]].state == AddressStates.ISOLATED
    assert m.heard(NODES[1], (1, "a"), 0, True) is False
    assert m.nodes[NODES[1]].state == AddressStates.ISOLATED
    # restarted (a new incarnation): checked again
    assert m.heard(NODES[1], (2, "b"), 0, True) is True
    assert m.nodes[NODES[1]].state == AddressStates.CHECKING


# ---------------------------------------------------------------- election
def test_election_rules():
    assert elect(NODES, NODES, {}, "") == NODES[0]
    assert elect(NODES, NODES[1:], {}, "") == NODES[1]
    assert elect(NODES, [], {}, "") == ""
    # a rejoining lower node adopts the announced master
    assert elect(NODES, NODES, {NODES[1]: NODES[1], NODES[2]: NODES[1]}, "") == NODES[1]
    # keep the current master while it runs
    assert elect(NODES, NODES, {}, NODES[2]) == NODES[2]
    # healed partition: the first announced master in address_list order wins
    assert elect(NODES, NODES, {NODES[1]: NODES[0], NODES[2]: NODES[2]}, NODES[2]) == NODES[0]
    # an announced master that is not running is ignored
    assert elect(NODES, NODES[1:], {NODES[1]: NODES[0]}, "") == NODES[1]
    # a node that names another master is not a candidate (a stale word about it loses to its own)
    assert elect(NODES, NODES, {NODES[0]: NODES[1], NODES[1]: NODES[1]}, NODES[0], NODES[2]) == NODES[1]
    assert elect(NODES, NODES, {NODES[2]: NODES[0]}, NODES[1], NODES[0]) == NODES[1]
    # after a freeze (humble): not itself if another master is named, even by a stale peer
    assert elect(NODES, NODES, {NODES[1]: NODES[1], NODES[2]: NODES[0]}, "", NODES[0], humble=True) == NODES[1]
    assert elect(NODES, NODES, {NODES[1]: NODES[0], NODES[2]: NODES[0]}, "", NODES[0], humble=True) == NODES[0]


# ---------------------------------------------------------------- options
SERVERS = [{"family": socket.AF_INET, "host": "10.0.0.2", "port": 9001, "username": "u", "password": "p"}]


def test_options_defaults_and_self():
    opts = parse_options({"address_list": " ".join(NODES)}, SERVERS)
    assert opts.address == "10.0.0.2" and opts.internal_port == 65001 and opts.silence_threshold == 1.0
    assert opts.secret  # derived from the HTTP credentials


@pytest.mark.parametrize("config, message", [
    ({"internal_port": "x"}, "internal_port='x' is not a port number"),
    ({"internal_port": "70000"}, "not in \\[1;65535\\]"),
    ({"auto_fence": "maybe"}, "auto_fence='maybe' is not a boolean"),
    ({"conciliation_strategy": "NICE"}, "conciliation_strategy='NICE' is not one of"),
    ({"deployment_strategy": "FAST"}, "deployment_strategy='FAST' is not one of"),
    ({"synchro_timeout": "-1"}, "synchro_timeout=-1.0 is not in"),
    ({"silence_threshold": "0.1", "heartbeat_period": "0.2"}, "at least twice"),
    ({"address_list": "10.0.0.1 10.0.0.1"}, "duplicates"),
    ({"address_list": "10.0.0.7"}, "this node is not in address_list"),
    ({"address": "10.0.0.9"}, "not in address_list"),
    ({"deployment_file": "/nonexistent.xml"}, "does not exist"),
    ({"colour": "red"}, "unknown setting"),
])
def test_options_errors(config, message):
    base = {"address_list": " ".join(NODES)}
    with pytest.raises(ConfigError, match=message):
        parse_options({**base, **config}, SERVERS)


def test_options_need_a_secret():
    with pytest.raises(ConfigError, match="must be authenticated"):
        parse_options({"address_list": " ".join(NODES)}, [dict(SERVERS[0], password=None)])


# ---------------------------------------------------------------- rules
RULES = """<?xml version="1.0"?>
<root>
  <model name="worker"><addresses>#</addresses><loading>20</loading></model>
  <application name="web">
    <start_sequence>1</start_sequence>
    <program name="db"><addresses>10.0.0.1 10.0.0.2</addresses><required>true</required>
      <start_sequence>1</start_sequence><stop_sequence>2</stop_sequence><loading>30</loading></program>
    <pattern name="worker_"><reference>worker</reference><start_sequence>2</start_sequence></pattern>
  </application>
</root>
"""


def _rules(tmp_path: Path, text: str) -> Rules:
    path = tmp_path / "rules.xml"
    path.write_text(text)
    return parse_rules(path, NODES)


def test_rules_parse(tmp_path):
    rules = _rules(tmp_path, RULES)
    db = rules.program_rules("web", "db")
    assert (db.required, db.start_sequence, db.stop_sequence, db.loading) == (True, 1, 2, 30)
    assert db.resolve_addresses("db", NODES) == NODES[:2]
    worker = rules.program_rules("web", "worker_4")
    assert (worker.loading, worker.start_sequence) == (20, 2)
    assert worker.resolve_addresses("worker_4", NODES) == [NODES[1]]
    assert rules.program_rules("other", "x").resolve_addresses("x", NODES) == NODES
    assert rules.application("web").start_sequence == 1


@pytest.mark.parametrize("old, new, message", [
    ("<loading>30</loading>", "<loading>300</loading>", "line 7: <loading> 300 is not in \\[0;100\\]"),
    ("<required>true</required>", "<required>yes</required>", "line 6: .*required"),
    ("10.0.0.1 10.0.0.2", "10.0.0.1 10.9.9.9", "line 6: .*not in address_list"),
    ("<reference>worker</reference>", "<reference>nope</reference>", "line 8: unknown model 'nope'"),
    ("<application name=\"web\">", "<application>", "line 4: .*name"),
    ("</root>", "</rot>", "not well-formed"),
    ("<start_sequence>1</start_sequence>\n    <program", "<colour>1</colour>\n    <program", "line 5: .*colour"),
])
def test_rules_errors_name_the_line(tmp_path, old, new, message):
    assert old in RULES
    with pytest.raises(RulesError, match=message):
        _rules(tmp_path, RULES.replace(old, new, 1))


# ---------------------------------------------------------------- process view
def _report(name, state, group="web", **kw):
    return {"group": group, "name": name, "state": int(state), **kw}


def test_view_aggregates_nodes(tmp_path):
    view = ProcessView(_rules(tmp_path, RULES))
    view.apply_snapshot(NODES[0], [_report("db", ProcessStates.RUNNING), _report("worker_1", ProcessStates.STOPPED)], 1)
    view.apply_snapshot(NODES[1], [_report("db", ProcessStates.STOPPED), _report("worker_1", ProcessStates.STOPPED)], 2)
    db = view.processes["web:db"]
    assert db.state() == ProcessStates.RUNNING and db.addresses() == [NODES[0]]
    assert view.loading(NODES[0]) == 30 and view.loading(NODES[1]) == 0
    assert view.application_state("web") == (ApplicationStates.RUNNING, False, False)
    view.apply_event(NODES[1], _report("db", ProcessStates.RUNNING), 3)
    assert [c.namespec for c in view.conflicts()] == ["web:db"]
    assert view.node_lost(NODES[0]) == ["web:db", "web:worker_1"]
    assert db.addresses() == [NODES[1]]
    view.apply_event(NODES[1], _report("db", ProcessStates.FATAL), 4)
    assert db.state() == ProcessStates.UNKNOWN  # it ran on the lost node: nobody knows
    view.apply_snapshot(NODES[0], [_report("db", ProcessStates.STOPPED)], 5)  # the node is back
    assert db.state() == ProcessStates.STOPPED
    assert view.application_state("web") == (ApplicationStates.STOPPED, False, False)


def test_view_failures(tmp_path):
    view = ProcessView(_rules(tmp_path, RULES))
    view.apply_snapshot(NODES[0], [_report("db", ProcessStates.STOPPED), _report("worker_1", ProcessStates.RUNNING),
                                   _report("worker_2", ProcessStates.FATAL)], 1)
    assert view.application_state("web") == (ApplicationStates.RUNNING, True, True)


def test_view_match(tmp_path):
    view = ProcessView(Rules())
    view.apply_snapshot(NODES[0], [_report("a", 0, group="g"), _report("b", 0, group="g"), _report("x", 0, group="x")], 1)
    assert [s.namespec for s in view.match("g:*")] == ["g:a", "g:b"]
    assert [s.namespec for s in view.match("x")] == ["x:x"]
    assert view.match("g:zz") == [] and view.match("nope:*") == []


# ---------------------------------------------------------------- replies (shapes.py): times and names of the original
def test_times_are_int_seconds_on_the_wire(tmp_path):
    """The view keeps wall-clock ms; the replies carry int seconds since the epoch, capped to 2^31-1,
    as the original Supvisors sent them (its Java client casts them to Integer)."""
    from supvisors import shapes

    clock, m = _membership()  # this node's wall clock: 1000.0 s
    m.heard(NODES[1], (1, "a"), 1_700_000_000_123.9, True)
    view = ProcessView(_rules(tmp_path, RULES))
    info = shapes.address_info(m, view, NODES[1])
    assert (info["remote_time"], info["local_time"]) == (1_700_000_000, 1000)
    assert all(type(info[k]) is int for k in ("remote_time", "local_time"))
    never = shapes.address_info(m, view, NODES[2])
    assert (never["remote_time"], never["local_time"]) == (0, 0)
    m.heard(NODES[1], (1, "a"), 2**31 * 1000.0 + 5, True)  # past 2038: capped, never a larger int
    assert shapes.address_info(m, view, NODES[1])["remote_time"] == 2**31 - 1
    m.heard(NODES[1], (1, "a"), -5000.0, True)  # a clock before 1970: 0
    assert shapes.address_info(m, view, NODES[1])["remote_time"] == 0

    view.apply_snapshot(NODES[0], [_report("db", ProcessStates.RUNNING)], 1_700_000_000_999.0)
    process = shapes.process_info(view.processes["web:db"])
    assert process["last_event_time"] == 1_700_000_000 and type(process["last_event_time"]) is int
    removed = shapes.process_event(view, "web:gone", NODES[1])
    assert removed["last_event_time"] == 0 and removed["removed"] is True and removed["address"] == NODES[1]
    event = shapes.process_event(view, "web:db", NODES[0])  # the reply's keys, plus the node, not removed
    assert event == {**process, "address": NODES[0]}


def test_process_rules_carry_expected_loading(tmp_path):
    from supvisors import shapes

    rules = _rules(tmp_path, RULES)
    view = ProcessView(rules)
    view.apply_snapshot(NODES[0], [_report("db", ProcessStates.RUNNING)], 1)
    reply = shapes.process_rules(rules, NODES, view.processes["web:db"])
    assert reply["loading"] == reply["expected_loading"] == 30
