"""The wire format v2: authentication, per-pair sessions (handshake, freshness, retired incarnations,
commands bound to an incarnation), replays, and no wall clock anywhere."""

from __future__ import annotations

import hashlib
import hmac
import json

import pytest

from supvisors.wire import CLAIM_TTL, MAX_CLAIMS, Decoder, Encoder, Sessions, Unacknowledged, WireError

from .test_units import NODES, SECRET, Clock


class Node:
    """One incarnation of a node: its sessions, encoder and decoder."""

    def __init__(self, address, clock=None, wall=None):
        self.sessions = Sessions(address, NODES, **({"clock": clock} if clock else {}))
        self.enc = Encoder(address, SECRET, self.sessions, **({"wall": wall} if wall else {}))
        self.dec = Decoder(address, NODES, SECRET, self.sessions)

    def send(self, kind="heartbeat", body=None):
        return self.enc.encode(kind, body if body is not None else {})


def handshake(a: Node, b: Node, new_claim: bool = True) -> None:
    """b's first message is a claim for a; a's answer opens b's session; b's next opens a's."""
    with pytest.raises(Unacknowledged) as info:
        a.dec.decode(b.send())
    assert info.value.new_claim is new_claim
    assert b.dec.decode(a.send()).new_session
    assert a.dec.decode(b.send()).new_session


def test_handshake_then_messages_flow():
    a, b = Node(NODES[0]), Node(NODES[1])
    handshake(a, b)
    msg = a.dec.decode(b.send("process", {"x": 1}))
    assert (msg.sender, msg.kind, msg.body, msg.inc, msg.new_session) == (NODES[1], "process", {"x": 1},
                                                                          b.sessions.inc, False)
    assert a.sessions.acks() == {NODES[1]: [b.sessions.inc]}


def test_replay_in_a_session_is_refused():
    a, b = Node(NODES[0]), Node(NODES[1])
    handshake(a, b)
    first, second = b.send(), b.send()
    a.dec.decode(second)
    for frames in (first, second):
        with pytest.raises(WireError, match="replayed"):
            a.dec.decode(frames)


def test_nothing_captured_before_a_restart_is_applied_after_it():
    a1, b = Node(NODES[0]), Node(NODES[1])
    handshake(a1, b)
    captured = [b.send("command", {"to": NODES[0], "op": "start"}) for _ in range(3)] + [b.send()]
    for frames in captured:
        a1.dec.decode(frames)
    a2 = Node(NODES[0])  # a restarts: a new incarnation
    for frames in captured:
        with pytest.raises(Unacknowledged):
            a2.dec.decode(frames)
    handshake(a2, b, new_claim=False)  # the replays made a2 acknowledge b already: nothing more
    for frames in captured:  # still refused once the new session is open
        with pytest.raises(WireError):
            a2.dec.decode(frames)


def test_a_retired_incarnation_is_refused():
    a, b1 = Node(NODES[0]), Node(NODES[1])
    handshake(a, b1)
    old = b1.send()
    a.dec.decode(old)
    b2 = Node(NODES[1])
    handshake(a, b2)
    with pytest.raises(WireError, match="retired incarnation"):
        a.dec.decode(old)


def test_a_command_must_acknowledge_exactly_the_current_incarnation():
    a, b = Node(NODES[0]), Node(NODES[1])
    handshake(a, b)
    loose = b.enc.encode("command", {"to": NODES[0], "op": "start"}, acks={NODES[0]: [a.sessions.inc, "old"]})
    with pytest.raises(WireError, match="not bound to this incarnation"):
        a.dec.decode(loose)
    a.dec.decode(b.send("command", {"to": NODES[0], "op": "start"}))


def test_no_wall_clock_a_restart_with_a_clock_stepped_back_or_far_ahead_is_accepted():
    a, b = Node(NODES[0]), Node(NODES[1], wall=lambda: 4e9)  # year 2096
    handshake(a, b)
    b_back = Node(NODES[1], wall=lambda: 1e9)  # restarted with the clock stepped back to 2001
    handshake(a, b_back)
    assert a.dec.decode(b_back.send()).sender == NODES[1]


def test_a_forged_incarnation_cannot_lock_the_real_one_out():
    """Even a holder of the secret who opens a session under a made-up incarnation (with a clock 300
    years ahead) does not lock the live node out: its next fresh message takes the session back."""
    a, b = Node(NODES[0]), Node(NODES[1])
    handshake(a, b)
    forger = Node(NODES[1], wall=lambda: 1e13)
    handshake(a, forger)
    msg = a.dec.decode(b.send())
    assert msg.new_session and msg.inc == b.sessions.inc
    b2 = Node(NODES[1])  # and after a restart, the new incarnation is accepted at once
    handshake(a, b2)


def test_claims_are_bounded_and_expire():
    clock = Clock()
    a = Node(NODES[0], clock=clock)
    for _ in range(MAX_CLAIMS + 3):
        with pytest.raises(Unacknowledged):
            a.dec.decode(Node(NODES[1]).send())
    assert len(a.sessions.acks()[NODES[1]]) == MAX_CLAIMS
    clock.now += CLAIM_TTL + 1
    assert a.sessions.acks() == {}


def test_wrong_key_and_altered_payload():
    a, b = Node(NODES[0]), Node(NODES[1])
    forged = Encoder(NODES[1], b"other").encode("process", {})
    with pytest.raises(WireError, match="bad MAC"):
        a.dec.decode(forged)
    payload, mac = b.send("heartbeat", {"state": 2})
    with pytest.raises(WireError, match="bad MAC"):
        a.dec.decode([payload.replace(b'"state":2', b'"state":3'), mac])
    assert a.dec.dropped == 2


def _signed(data) -> list[bytes]:
    payload = data if isinstance(data, bytes) else json.dumps(data).encode()
    return [payload, hmac.new(SECRET, payload, hashlib.sha256).digest()]


GOOD = {"v": 2, "from": NODES[1], "inc": "x", "seq": 1, "t": 1, "acks": {}, "kind": "heartbeat", "body": {}}


@pytest.mark.parametrize("data, message", [
    ([b"garbage"], "expected 2 frames"),
    ([b"a", b"b", b"c"], "expected 2 frames"),
    (_signed(b"\xff\xfe not json"), "not JSON"),
    (_signed([1, 2]), "not a JSON object"),
    (_signed({"v": 2}), "missing or of the wrong type"),
    (_signed(dict(GOOD, v=1)), "unknown version"),
    (_signed(dict(GOOD, **{"from": "10.9.9.9"})), "not a peer"),
    (_signed(dict(GOOD, **{"from": NODES[0]})), "not a peer"),
    (_signed(dict(GOOD, kind="pickle")), "unknown kind"),
    (_signed(dict(GOOD, seq=True)), "wrong type"),
    (_signed(dict(GOOD, acks=[])), "wrong type"),
])
def test_malformed_frames(data, message):
    with pytest.raises(WireError, match=message):
        Node(NODES[0]).dec.decode(data)


def test_oversized_frame():
    dec = Decoder(NODES[0], NODES, SECRET, max_message=1024)
    with pytest.raises(WireError, match="too large"):
        dec.decode(_signed(b"x" * 2000))


def test_unchanged_heartbeats_take_the_shorter_way_with_the_same_checks():
    a, b = Node(NODES[0]), Node(NODES[1])
    handshake(a, b)
    body = {"state": 2, "master": NODES[0], "version": 7}
    full = a.dec.decode(b.send(body=body))
    assert a.dec.heads[NODES[1]] in a.dec.same  # laid out as Encoder does: remembered
    frames = b.send(body=dict(body))
    short = a.dec.decode(frames)
    assert (short.sender, short.inc, short.kind, short.body, short.new_session) == (
        full.sender, full.inc, "heartbeat", body, False)
    assert short.seq == full.seq + 1 and short.t == json.loads(frames[0])["t"]
    with pytest.raises(WireError, match="replayed"):  # a replay of a short one: refused
        a.dec.decode(frames)
    older = b.send(body=body)
    a.dec.decode(b.send(body=body))
    with pytest.raises(WireError, match="replayed"):  # out of order: refused
        a.dec.decode(older)
    altered = b.send(body=body)
    with pytest.raises(WireError, match="bad MAC"):  # the MAC is checked first
        a.dec.decode([altered[0].replace(b'"seq":', b'"seq":9'), altered[1]])
    changed = a.dec.decode(b.send(body=dict(body, version=8)))  # a change goes the full way
    assert changed.body["version"] == 8


def test_the_shorter_way_needs_the_open_session_and_the_same_acks():
    a, b1 = Node(NODES[0]), Node(NODES[1])
    handshake(a, b1)
    a.dec.decode(b1.send(body={"state": 2}))
    a.dec.decode(b1.send(body={"state": 2}))
    b2 = Node(NODES[1])  # the peer restarts: a new incarnation, which a must check again
    handshake(a, b2, new_claim=True)
    a.dec.decode(b2.send(body={"state": 2}))
    assert list(a.dec.same.values()) == [(NODES[1], b2.sessions.inc, a.dec.same[a.dec.heads[NODES[1]]][2],
                                          {"state": 2})]  # one per peer: the old incarnation's is gone
    a2 = Node(NODES[0])  # a restarts: b2's unchanged heartbeats do not acknowledge it
    a2.dec.same, a2.dec.heads = a.dec.same, a.dec.heads  # even with the same bytes remembered
    with pytest.raises(Unacknowledged):
        a2.dec.decode(b2.send(body={"state": 2}))
