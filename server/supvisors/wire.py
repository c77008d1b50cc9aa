"""The wire format of the internal channel (version 2): authentication, and per-pair sessions.

A message is two ZeroMQ frames: a UTF-8 JSON object and its HMAC-SHA256 under the shared secret.

    {"v": 2, "from": "<address>", "inc": "<incarnation: 32 random hex digits>", "seq": <int, +1 per
     message of this incarnation>, "t": <sender's wall clock, ms: information only>,
     "acks": {"<peer address>": ["<incarnation of that peer>", ...]}, "kind": "<kind>", "body": {...}}

In gossip mode (gossip.py), a heartbeat may be addressed to one node, "to" first (`{"to": "<address>",
"v": 2, ...`, so that ZeroMQ's subscriptions route it), and carry the sender's table, "seen" last.

Sessions (no wall clock anywhere): every node draws a random incarnation when its sync thread starts
and lists, in every message, the incarnations of its peers that it acknowledges (`acks`). A receiver
applies a message only if it is *fresh*: its acks name the receiver's current incarnation, which did
not exist before the receiver started, so nothing captured before a restart can be fresh. The first
fresh message of a sender's incarnation opens the session with it (its previous incarnation is
retired: its messages are refused, but for fresh ones with a higher `seq` than its last, which can only
come from that incarnation alive: so a made-up incarnation cannot lock a live node out); later ones
must have a higher `seq` (replays refused). A message that
is not fresh only makes the receiver acknowledge the sender's incarnation (a *claim*, forgotten after
CLAIM_TTL), which is the handshake: two nodes that start open their sessions within two messages.
A command addressed to one node must acknowledge exactly that node's current incarnation.

A receiver drops (never applies): a wrong frame count, an oversized frame, a bad MAC, bad JSON, an
unknown version, a sender not in address_list (or itself), a missing or ill-typed key, a retired
incarnation, a message that is not fresh (silently: that is the handshake), and a replay. Pickle is
never used. See ARCHITECTURE.md and docs/security.md.
"""

from __future__ import annotations

import collections
import hmac
import json
import os
import re
import time
from collections.abc import Callable
from typing import Any

from .gossip import valid_table
from .records import field, record

VERSION = 2
KINDS = ("heartbeat", "snapshot", "process", "request", "command", "reply")
MAX_MESSAGE = 4 * 1024 * 1024
CLAIM_TTL = 30.0     # s a claimed incarnation is acknowledged without a fresh message from it
MAX_CLAIMS = 4       # claimed incarnations acknowledged at once per peer (the newest kept)
MAX_RETIRED = 64     # retired incarnations remembered per peer


class WireError(ValueError):
    """A received message was refused; the text says why."""


class Unacknowledged(WireError):
    """The message does not acknowledge this node's incarnation: handshake traffic, not an attack.
    new_claim: the sender's incarnation was not known before (answer soon, to open the session)."""

    def __init__(self, text: str, new_claim: bool):
        super().__init__(text)
        self.new_claim = new_claim


@record(frozen=True)
class Message:
    sender: str
    inc: str
    seq: int
    t: float
    kind: str
    body: dict[str, Any]
    new_session: bool = False  # the first fresh message of this incarnation of the sender
    seen: dict[str, list] | None = None  # a gossiped heartbeat's table (gossip.py)


@record
class PeerSession:
    established: str | None = None      # the sender's incarnation of the open session
    last_seq: int = 0
    claims: dict[str, float] = field(default_factory=dict)  # incarnation -> when first claimed
    retired: collections.OrderedDict = field(default_factory=collections.OrderedDict)  # incarnation -> last seq


class Sessions:
    """This node's incarnation and its sessions with every peer. Sync thread only."""

    def __init__(self, address: str, address_list: list[str], clock: Callable[[], float] = time.monotonic,
                 inc: str | None = None):
        self.address = address
        self.inc = inc or os.urandom(16).hex()
        self.clock = clock
        self.peers = {a: PeerSession() for a in address_list if a != address}

    def acks(self, only: str | None = None) -> dict[str, list[str]]:
        """What this node acknowledges of every peer (or of `only`, for a message addressed to it): the
        open session, and the recent claims."""
        now = self.clock()
        out = {}
        peers = self.peers.items() if only is None else [(only, self.peers[only])] if only in self.peers else []
        for address, peer in peers:
            for inc, since in list(peer.claims.items()):
                if now - since > CLAIM_TTL:
                    del peer.claims[inc]
            incs = ([peer.established] if peer.established else []) + list(peer.claims)
            if incs:
                out[address] = incs
        return out

    def accept(self, sender: str, inc: str, seq: int, acks: Any, kind: str, body: dict) -> bool:
        """Check a message's session fields; return True if it opens a new session (else raise)."""
        peer = self.peers[sender]
        mine = acks.get(self.address) if isinstance(acks, dict) else None
        if not isinstance(mine, list) or self.inc not in mine:
            if inc in peer.retired:
                raise WireError(f"{sender}: message of a retired incarnation")
            new = inc != peer.established and inc not in peer.claims
            if new:
                peer.claims[inc] = self.clock()
                while len(peer.claims) > MAX_CLAIMS:
                    del peer.claims[next(iter(peer.claims))]
            raise Unacknowledged(f"{sender}: does not acknowledge this incarnation (handshake)", new)
        if kind == "command" and body.get("to") == self.address and mine != [self.inc]:
            raise WireError(f"{sender}: command not bound to this incarnation")
        if inc != peer.established:
            if inc in peer.retired:  # alive after all (a forged incarnation had taken its place)?
                if seq <= peer.retired[inc]:
                    raise WireError(f"{sender}: message of a retired incarnation (sequence {seq})")
                del peer.retired[inc]
            if peer.established is not None:
                peer.retired[peer.established] = peer.last_seq
                while len(peer.retired) > MAX_RETIRED:
                    peer.retired.popitem(last=False)
            peer.established, peer.last_seq = inc, seq
            peer.claims.pop(inc, None)
            return True
        if seq <= peer.last_seq:
            raise WireError(f"{sender}: replayed or out-of-order sequence {seq} (last {peer.last_seq})")
        peer.last_seq = seq
        return False


class Encoder:
    """Builds the authenticated frames of this node's messages (one incarnation per sync thread)."""

    def __init__(self, address: str, secret: bytes, sessions: Sessions | None = None,
                 wall: Callable[[], float] = time.time):
        self.address = address
        self.secret = secret
        self.sessions = sessions
        self.inc = sessions.inc if sessions is not None else os.urandom(16).hex()
        self.wall = wall
        self.seq = 0

    def encode(self, kind: str, body: dict[str, Any], acks: dict[str, list[str]] | None = None,
               to: str | None = None, seen: dict[str, list] | None = None) -> list[bytes]:
        """to: the one node this is for (gossip.py: its payload starts with gossip.topic(to)); seen:
        a gossiped heartbeat's table."""
        self.seq += 1
        if acks is None:  # addressed: only the addressee reads them, so its entry alone (flat in N)
            acks = self.sessions.acks(to) if self.sessions is not None else {}
        data = {"to": to} if to is not None else {}
        data.update({"v": VERSION, "from": self.address, "inc": self.inc, "seq": self.seq,
                     "t": self.wall() * 1000, "acks": acks, "kind": kind, "body": body})
        if seen is not None:
            data["seen"] = seen
        payload = json.dumps(data, separators=(",", ":")).encode()
        return [payload, hmac.digest(self.secret, payload, "sha256")]


_FIELDS = {"v": int, "from": str, "inc": str, "seq": int, "t": (int, float), "acks": dict, "kind": str,
           "body": dict}


# An unchanged heartbeat differs from the sender's previous one only by "seq" and "t", which sit between
# the first keys and "acks" (Encoder's key order): these bytes alone are parsed, strictly.
_SEQ_T = re.compile(rb"(\d{1,18}),\"t\":(\d{1,18}(?:\.\d{1,18})?)")


class Decoder:
    """Checks received frames: authentication, then the sender's session (Sessions.accept).

    Unchanged heartbeats take a shorter way, after the same MAC check: when the bytes before "seq" (v,
    from, inc) and from "acks" on (acks, kind, body) are those of the sender's last heartbeat that went
    the full way, only "seq" and "t" are parsed (digits only), and the session check is the one
    Sessions.accept makes of an open session's message (same incarnation, higher seq). Anything else,
    or any doubt, goes the full way."""

    def __init__(self, address: str, address_list: list[str], secret: bytes, sessions: Sessions | None = None,
                 max_message: int = MAX_MESSAGE):
        self.address = address
        self.peers = set(address_list) - {address}
        self.secret = secret
        self.sessions = sessions or Sessions(address, address_list)
        self.max_message = max_message
        self.dropped = 0
        self.same: dict[bytes, tuple[str, str, bytes, dict]] = {}  # head -> sender, inc, tail, body
        self.heads: dict[str, bytes] = {}  # sender -> its head in `same`

    def decode(self, frames: list[bytes]) -> Message:
        try:
            return self._decode(frames)
        except WireError:
            self.dropped += 1
            raise

    def _decode(self, frames: list[bytes]) -> Message:
        if len(frames) != 2:
            raise WireError(f"expected 2 frames, got {len(frames)}")
        payload, mac = frames
        if len(payload) > self.max_message:
            raise WireError(f"message of {len(payload)} bytes is too large")
        expected = hmac.digest(self.secret, payload, "sha256")
        if not hmac.compare_digest(expected, mac):
            raise WireError("bad MAC (wrong secret or altered message)")
        cut = payload.find(b',"seq":')
        known = self.same.get(payload[:cut]) if cut > 0 else None
        if known is not None:
            sender, inc, tail, body = known
            seq_t = _SEQ_T.fullmatch(payload, cut + 7, len(payload) - len(tail)) if payload.endswith(tail) else None
            peer = self.sessions.peers[sender]
            if seq_t is not None and inc == peer.established and int(seq_t[1]) > peer.last_seq:
                peer.last_seq = int(seq_t[1])
                return Message(sender, inc, peer.last_seq, float(seq_t[2]), "heartbeat", body)
        try:
            data = json.loads(payload)
        except (ValueError, UnicodeDecodeError) as exc:
            raise WireError(f"not JSON: {exc}") from None
        if not isinstance(data, dict):
            raise WireError("not a JSON object")
        for key, typ in _FIELDS.items():
            if not isinstance(data.get(key), typ) or isinstance(data.get(key), bool):
                raise WireError(f"key {key!r} missing or of the wrong type")
        if data["v"] != VERSION:
            raise WireError(f"unknown version {data['v']}")
        if data["kind"] not in KINDS:
            raise WireError(f"unknown kind {data['kind']!r:.40}")
        sender = data["from"]
        if sender not in self.peers:
            raise WireError(f"sender {sender!r:.60} is not a peer")
        to, seen = data.get("to"), data.get("seen")
        if to is not None and to != self.address:
            raise WireError(f"addressed to {to!r:.60}, not to this node")
        if seen is not None and not valid_table(seen, self.peers | {self.address}):
            raise WireError("bad gossip table ('seen')")
        new = self.sessions.accept(sender, data["inc"], data["seq"], data["acks"], data["kind"], data["body"])
        if data["kind"] == "heartbeat" and to is None:
            self._remember(payload, data)
        return Message(sender, data["inc"], data["seq"], float(data["t"]), data["kind"], data["body"], new, seen)

    def _remember(self, payload: bytes, data: dict) -> None:
        """Keep an accepted heartbeat's bytes around "seq" and "t" for the shorter way, if they are laid
        out as Encoder does (else the sender's heartbeats all go the full way)."""
        sender = data["from"]
        self.same.pop(self.heads.pop(sender, b""), None)
        head = b'{"v":%d,"from":%s,"inc":%s' % (VERSION, json.dumps(sender).encode(), json.dumps(data["inc"]).encode())
        if not payload.startswith(head + b',"seq":'):
            return
        cut = payload.find(b',"acks":', len(head))
        seq_t = _SEQ_T.fullmatch(payload, len(head) + 7, cut) if cut > 0 else None
        tail = payload[cut:]
        if (seq_t is None or int(seq_t[1]) != data["seq"] or float(seq_t[2]) != data["t"]
                or b'"seq"' in tail or b'"t"' in tail or b'"inc"' in tail or b'"from"' in tail or b'"v"' in tail):
            return
        self.same[head] = (sender, data["inc"], tail, data["body"])
        self.heads[sender] = head
