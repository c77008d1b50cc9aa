"""Gossip mode (gossip.py): addressed heartbeats on the wire, the news a peer's table carries, the
peers told in turn, how far the news travels in a few periods, and its settings."""

from __future__ import annotations

import json
import random

import pytest

from supvisors.gossip import Gossip, min_periods, topic
from supvisors.membership import Membership
from supvisors.options import ConfigError, parse_options
from supvisors.wire import Message, WireError

from .test_units import NODES, SERVERS, Clock
from .test_wire import Node, handshake

A, B, C = NODES


# ---------------------------------------------------------------- the wire
def test_an_addressed_heartbeat_starts_with_its_topic_and_carries_the_table():
    a, b, c = Node(A), Node(B), Node(C)
    handshake(a, b)
    frames = b.enc.encode("heartbeat", {"state": 2}, to=A, seen={C: ["0123abcd", 7, 3]})
    assert frames[0].startswith(topic(A)) and not frames[0].startswith(topic(C))
    msg = a.dec.decode(frames)
    assert (msg.sender, msg.body, msg.seen) == (B, {"state": 2}, {C: ["0123abcd", 7, 3]})
    assert json.loads(frames[0])["acks"] == {A: [a.sessions.inc]}  # only the addressee's
    handshake(c, b)
    with pytest.raises(WireError, match="addressed to '10.0.0.1', not to this node"):
        c.dec.decode(b.enc.encode("heartbeat", {}, to=A))


@pytest.mark.parametrize("seen", [
    [], {"10.9.9.9": ["0123abcd", 1, 0]}, {C: ["0123abcd", 1]}, {C: ["", 1, 0]}, {C: ["0123abcd0", 1, 0]},
    {C: ["0123abcd", -1, 0]}, {C: ["0123abcd", True, 0]}, {C: ["0123abcd", 1.5, 0]}, {C: [7, 1, 0]}, {C: "x"},
    {C: ["0123abcd", 1, -2]}, {C: ["0123abcd", 1, None]}, {C: ["0123abcd", 1, 0, 0]},
])
def test_a_bad_table_is_refused_and_named(seen):
    a, b = Node(A), Node(B)
    handshake(a, b)
    with pytest.raises(WireError, match="bad gossip table"):
        a.dec.decode(b.enc.encode("heartbeat", {}, to=A, seen=seen))


def test_an_addressed_heartbeat_leaves_the_shorter_way_of_the_others_alone():
    a, b = Node(A), Node(B)
    handshake(a, b)
    a.dec.decode(b.send("heartbeat", {"state": 2}))
    head = a.dec.heads[B]
    a.dec.decode(b.enc.encode("heartbeat", {"state": 2}, to=A, seen={}))
    assert a.dec.heads[B] == head and head in a.dec.same  # the layout of the heartbeats to all: kept


# ---------------------------------------------------------------- the news
def _gossip(address=A):
    return Gossip(address, NODES, 1, random.Random(1))


def test_a_higher_sequence_of_the_same_life_and_version_is_news_and_nothing_else_is():
    g = _gossip()
    g.direct(C, "0123abcd" + "0" * 24, 10, 3)
    heard, beats = {B: 5.0, C: 4.0}, {C: {"state": 2, "version": 3}}
    for seen in ({C: ["0123abcd", 10, 3]}, {C: ["0123abcd", 9, 3]}, {C: ["ffffffff", 50, 3]}):
        g.merge(B, seen, heard, 6.0, beats)
        assert heard[C] == 4.0 and not g.vouched
    g.merge(B, {C: ["0123abcd", 11, 3], B: ["aaaaaaaa", 99, 0]}, heard, 6.0, beats)
    assert heard == {B: 5.0, C: 6.0} and g.vouched == {C: (6.0, "0123abcd")} and g.news == 1
    assert g.known[C] == ("0123abcd", 11, 3) and B not in g.known  # the sender's own entry: its messages tell
    assert g.take_vouched() == {C: (6.0, "0123abcd")} and g.vouched == {}
    assert g.table(heard) == {C: ["0123abcd", 11, 3]}


def test_news_of_a_version_not_heard_here_is_not_counted_but_relayed():
    """C changed (version 4) and its change did not reach this node (a one-way cut): the news does
    not keep C alive here, so its silence tells, as in all-to-all mode; once the change is heard, the
    news counts again."""
    g = _gossip()
    g.direct(C, "0123abcd", 10, 3)
    heard, beats = {B: 5.0, C: 4.0}, {C: {"version": 3}}
    g.merge(B, {C: ["0123abcd", 12, 4]}, heard, 6.0, beats)
    assert heard[C] == 4.0 and not g.vouched and g.table(heard)[C] == ["0123abcd", 12, 4]
    beats[C] = {"version": 4}
    g.merge(B, {C: ["0123abcd", 13, 4]}, heard, 7.0, beats)
    assert heard[C] == 7.0 and C in g.vouched


def test_a_peer_whose_table_lacks_this_node_is_told_directly_once():
    g = _gossip()
    heard = {B: 5.0, C: 5.0}

    def beat(sender, seen):
        return Message(sender, "0123abcd", 1, 0.0, "heartbeat", {"version": 0}, False, seen)

    g.received(beat(B, {A: ["aaaaaaaa", 3, 0]}), heard, {})
    g.received(beat(C, {}), heard, {})  # C's table lacks this node: C does not hear it
    assert g.missing(heard) == [C] and g.missing(heard) == []
    del heard[B]
    assert g.missing(heard) == [B]  # not heard: every period
    assert g.missing(heard) == [B]


def test_news_does_not_bring_back_a_node_not_heard():
    g = _gossip()
    g.direct(C, "0123abcd", 10, 3)
    heard = {B: 5.0}  # C is silent here
    g.merge(B, {C: ["0123abcd", 11, 3]}, heard, 6.0, {C: {"version": 3}})
    assert heard == {B: 5.0} and not g.vouched


def test_the_peers_are_told_on_the_schedule_and_in_turn_and_only_those_heard():
    nodes = [f"10.0.1.{i}" for i in range(1, 11)]
    g = Gossip(nodes[3], nodes, 3, random.Random(2))
    heard = {p: 0.0 for p in nodes if p != nodes[3]}
    ring = sorted(nodes)
    others = []
    for turn in range(12):  # 4 rounds (10 nodes): +1, +2, +4, +8 places in the sorted list, and again
        out = g.targets(heard, turn)
        assert out[0] == ring[(ring.index(nodes[3]) + 2 ** (turn % 4)) % 10] and len(set(out)) == 3
        others += out[1:]
    counts = [others.count(p) for p in heard]  # 24 picks of 9 peers in turn: each 2 or 3 times
    assert sorted(set(others)) == sorted(heard) and min(counts) >= 2 and max(counts) <= 3
    del heard[nodes[5]]
    for turn in range(10):
        out = g.targets(heard, turn)
        assert len(out) == 3 == len(set(out)) and nodes[5] not in out and nodes[3] not in out
    assert g.missing(heard) == [nodes[5]]
    step = next(t for t in range(4) if ring[(ring.index(nodes[3]) + 2 ** t) % 10] == nodes[5])
    assert g.targets(heard, step)[0] == ring[(ring.index(nodes[5]) + 1) % 10]  # not heard: the next one
    assert Gossip(nodes[0], nodes, 3).targets({nodes[1]: 0.0}, 2) == [nodes[1]]
    assert Gossip(nodes[0], nodes, 3).targets({}, 0) == []


@pytest.mark.parametrize("n_nodes, fanout", [(3, 1), (10, 1), (30, 2), (100, 1), (100, 3)])
def test_news_of_every_node_reaches_every_node_within_the_periods_allowed(n_nodes, fanout):
    """Every node sends its addressed heartbeats each period (its sequence grows), with its table. The
    longest a node goes without news of another live one must stay below min_periods, else that node
    would be declared SILENT; also while a node is dead and not yet declared so (the schedule's paths
    through it are cut). Nobody makes up news of the dead node, whose last news stops travelling."""
    nodes = [f"10.1.{i // 250}.{i % 250 + 1}" for i in range(n_nodes)]
    rng = random.Random(n_nodes)
    gossips = {a: Gossip(a, nodes, fanout, rng) for a in nodes}
    heard = {a: {p: 0.0 for p in nodes if p != a} for a in nodes}
    seq = dict.fromkeys(nodes, 0)
    beats = {a: {"version": 0} for a in nodes}  # every node's processes unchanged (version 0)
    for a in nodes:  # the handshake: every node heard every other once
        for p in nodes:
            if p != a:
                gossips[a].direct(p, "inc" + p[-4:], 0, 0)
    dead, stop, declared = nodes[n_nodes // 2], 30, 30 + min_periods(n_nodes)
    worst = 0.0
    for period in range(1, 60):
        now = float(period)
        mail = []
        for a in nodes:
            if a == dead and period > stop:
                continue
            table = gossips[a].table(heard[a])
            for peer in gossips[a].targets(heard[a], period):
                seq[a] += 1
                mail.append((a, "inc" + a[-4:], seq[a], peer, table))
        for sender, inc, s, peer, table in mail:
            heard[peer][sender] = now
            gossips[peer].direct(sender, inc, s, 0)
            gossips[peer].merge(sender, {k: list(v) for k, v in table.items()}, heard[peer], now, beats)
        for a in nodes:
            if period == declared:
                heard[a].pop(dead, None)
            vouched = gossips[a].take_vouched()
            assert gossips[a].known.get(dead, ("", 0))[1] <= seq[dead], "news made up"
            if period > stop + min_periods(n_nodes):  # its last news has travelled: nobody vouches for it
                assert dead not in vouched, f"news of a node that stopped, {period - stop} periods after"
            if a != dead:
                worst = max(worst, max(now - t for p, t in heard[a].items() if p != dead))
    assert worst < min_periods(n_nodes) - 1, f"{n_nodes} nodes, fanout {fanout}: {worst} periods without news"


def test_membership_counts_news_as_hearing_the_node_in_that_life_only():
    clock = Clock()
    m = Membership(A, NODES, 1.0, False, clock=clock, wall=lambda: 1000.0)

    def quiet(seconds, vouched):  # checks every 0.25 s (this node does not stall), news at every one
        lost = []
        for _ in range(round(seconds / 0.25)):
            clock.now += 0.25
            m.vouch({a: (clock.now, inc) for a, inc in vouched.items()})
            lost += m.check()
        return lost

    m.heard(B, "0123abcd" + "0" * 24, 5.0, True)
    assert quiet(1.5, {B: "ffffffff"}) == [B]  # news of another life: silent all the same
    m.heard(B, "0123abcd" + "1" * 24, 5.0, True)
    assert quiet(3.0, {B: "0123abcd", C: "0123abcd"}) == []  # news of its life: heard
    assert m.nodes[B].state.name == "CHECKING" and m.nodes[C].state.name == "UNKNOWN"  # C: never heard
    assert quiet(1.5, {}) == [B]


def test_news_moves_the_times_shown_and_keeps_the_clock_offset():
    clock, wall = Clock(), [1000.0]
    m = Membership(A, NODES, 1.0, False, clock=clock, wall=lambda: wall[0])
    m.heard(B, "0123abcd" + "0" * 24, 4_000_000.0, True)  # its clock 3,000 s ahead of this node's
    node = m.nodes[B]
    assert (node.local_time, node.remote_time) == (1_000_000.0, 4_000_000.0)
    clock.now += 0.5
    wall[0] += 0.5
    m.vouch({B: (clock.now - 0.1, "0123abcd")})  # news that came 0.1 s ago
    assert (node.local_time, node.remote_time) == (1_000_400.0, 4_000_400.0)
    m.vouch({B: (clock.now - 0.3, "0123abcd")})  # older news: nothing moves back
    assert node.local_time == 1_000_400.0


# ---------------------------------------------------------------- settings
def test_gossip_settings():
    base = {"address_list": " ".join(NODES)}
    assert parse_options(base, SERVERS).gossip_fanout == 0
    assert parse_options({**base, "gossip_fanout": "2", "silence_threshold": "1.5"}, SERVERS).gossip_fanout == 2
    for config, message in [({"gossip_fanout": "x"}, "gossip_fanout='x' is not a number of peers"),
                            ({"gossip_fanout": "17"}, r"gossip_fanout=17 is not in \[0;16\]"),
                            ({"gossip_fanout": "2", "heartbeat_period": "0.3"},
                             r"with gossip_fanout and 3 nodes, silence_threshold \(1.0s\) must be at least 4 times "
                             r"heartbeat_period \(0.3s\)")]:
        with pytest.raises(ConfigError, match=message):
            parse_options({**base, **config}, SERVERS)
