"""The wire format of the internal channel (version 1), and its authentication.

A message is two ZeroMQ frames: a UTF-8 JSON object and its HMAC-SHA256 under the shared secret.

    {"v": 1, "from": "<address>", "boot": <ms since epoch of the sender's start>, "inc": "<random id>",
     "seq": <int, +1 per message of this incarnation>, "t": <sender's wall clock, ms>,
     "kind": "<heartbeat|snapshot|process|request|command|reply>", "body": {...}}

A receiver drops, logs and counts (never applies): a wrong frame count, a bad MAC, bad JSON, an
unknown version, a sender not in address_list (or itself), a missing or ill-typed key, an older
incarnation than the one it knows, and a sequence number not above the last one of the incarnation
(a replay). Pickle is never used. See ARCHITECTURE.md for the body of each kind.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import time
from dataclasses import dataclass
from typing import Any

VERSION = 1
KINDS = ("heartbeat", "snapshot", "process", "request", "command", "reply")
MAX_MESSAGE = 4 * 1024 * 1024


class WireError(ValueError):
    """A received message was refused; the text says why."""


@dataclass(frozen=True)
class Message:
    sender: str
    boot: int
    inc: str
    seq: int
    t: float
    kind: str
    body: dict[str, Any]


class Encoder:
    """Builds the authenticated frames of this node's messages (one incarnation per process start)."""

    def __init__(self, address: str, secret: bytes):
        self.address = address
        self.secret = secret
        self.boot = int(time.time() * 1000)
        self.inc = os.urandom(8).hex()
        self.seq = 0

    def encode(self, kind: str, body: dict[str, Any]) -> list[bytes]:
        self.seq += 1
        payload = json.dumps({"v": VERSION, "from": self.address, "boot": self.boot, "inc": self.inc,
                              "seq": self.seq, "t": time.time() * 1000, "kind": kind, "body": body},
                             separators=(",", ":")).encode()
        return [payload, hmac.new(self.secret, payload, hashlib.sha256).digest()]


_FIELDS = {"v": int, "from": str, "boot": int, "inc": str, "seq": int, "t": (int, float), "kind": str,
           "body": dict}


class Decoder:
    """Checks received frames; keeps the last (boot, inc, seq) of every sender against replays."""

    def __init__(self, address: str, address_list: list[str], secret: bytes):
        self.address = address
        self.peers = set(address_list) - {address}
        self.secret = secret
        self.last: dict[str, tuple[int, str, int]] = {}
        self.dropped = 0

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
        if len(payload) > MAX_MESSAGE:
            raise WireError(f"message of {len(payload)} bytes is too large")
        expected = hmac.new(self.secret, payload, hashlib.sha256).digest()
        if not hmac.compare_digest(expected, mac):
            raise WireError("bad MAC (wrong secret or altered message)")
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
            raise WireError(f"unknown kind {data['kind']!r}")
        sender = data["from"]
        if sender not in self.peers:
            raise WireError(f"sender {sender!r} is not a peer")
        boot, inc, seq = data["boot"], data["inc"], data["seq"]
        last = self.last.get(sender)
        if last is not None:
            if (boot, inc) < last[:2]:
                raise WireError(f"{sender}: message of an older incarnation")
            if (boot, inc) == last[:2] and seq <= last[2]:
                raise WireError(f"{sender}: replayed or out-of-order sequence {seq} (last {last[2]})")
        self.last[sender] = (boot, inc, seq)
        return Message(sender, boot, inc, seq, float(data["t"]), data["kind"], data["body"])
