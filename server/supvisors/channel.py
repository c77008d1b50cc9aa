"""Protections of the node channel and the event stream around the wire format (sync thread only).

- CURVE (optional, `curve_keys_dir`): ZeroMQ's CurveZMQ encrypts and authenticates every connection.
  The directory holds every node's public certificate `<address>.key` and this node's secret
  certificate `<address>.key_secret` (the files of `zmq.auth.create_certificates`). Each node's
  receiving socket is a CURVE server with its own key pair and accepts only the clients whose public
  key is in the directory (a ZAP authenticator in the sync thread); its publishing socket connects to
  each peer with that peer's public key. The HMAC layer (wire.py) still checks every message. With
  `event_curve`, the event stream is a CURVE server too: subscribers must know the node's public key
  (any client key pair is accepted: this protects against sniffing, not against subscribers).
- DropLog: refused frames are logged at most once per claimed sender and period (the first at once,
  then one line with the count), so a flood cannot fill the log.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path

import zmq

from .records import record

# zmq.auth (and its authenticator thread) is imported only when CURVE is configured: it costs memory.

INTERNAL_DOMAIN = "supvisors-internal"
EVENTS_DOMAIN = "supvisors-events"
DROP_PERIOD = 10.0   # s: one line per claimed sender per period
MAX_SENDERS = 64     # distinct claimed senders tracked; the others are counted as "others"


class CurveError(ValueError):
    """The CURVE key directory is unusable; the text names the file."""


@record(frozen=True)
class CurveKeys:
    public: bytes
    secret: bytes
    peers: dict[str, bytes]  # address -> public key


def load_keys(directory: Path, address: str, address_list: list[str]) -> CurveKeys:
    """This node's key pair and every peer's public key, from directory; CurveError if one is missing."""
    import zmq.auth

    try:
        public, secret = zmq.auth.load_certificate(directory / f"{address}.key_secret")
    except (OSError, ValueError) as exc:
        raise CurveError(f"{directory / (address + '.key_secret')}: {exc}") from None
    if not secret:
        raise CurveError(f"{directory / (address + '.key_secret')}: no secret key in it")
    peers = {}
    for peer in address_list:
        if peer != address:
            try:
                peers[peer] = zmq.auth.load_certificate(directory / f"{peer}.key")[0]
            except (OSError, ValueError) as exc:
                raise CurveError(f"{directory / (peer + '.key')}: {exc}") from None
    return CurveKeys(public, secret, peers)


class Curve:
    """Sets CURVE up on the sync thread's sockets; owns the ZAP authenticator (stop() it at the end)."""

    def __init__(self, zctx: zmq.Context, directory: Path, keys: CurveKeys, events: bool):
        import zmq.auth
        from zmq.auth.thread import ThreadAuthenticator

        self.keys = keys
        self.events = events
        self.auth = ThreadAuthenticator(zctx)
        self.auth.start()
        self.auth.configure_curve(domain=INTERNAL_DOMAIN, location=str(directory))
        if events:
            self.auth.configure_curve(domain=EVENTS_DOMAIN, location=zmq.auth.CURVE_ALLOW_ANY)

    def server(self, sock: zmq.Socket, domain: str) -> None:
        sock.zap_domain = domain.encode()
        sock.curve_secretkey, sock.curve_publickey = self.keys.secret, self.keys.public
        sock.curve_server = True

    def client(self, sock: zmq.Socket, peer: str) -> None:
        """Before connecting sock to peer: the options in force at connect time are the connection's."""
        sock.curve_secretkey, sock.curve_publickey = self.keys.secret, self.keys.public
        sock.curve_serverkey = self.keys.peers[peer]

    def stop(self) -> None:
        self.auth.stop()


_FROM = re.compile(rb'"from":"([^"\\]{1,64})"')


@record
class _Entry:
    since: float
    count: int = 0
    last: str = ""


class DropLog:
    """Rate-limited log of refused frames (see the module doc)."""

    def __init__(self, warn: Callable[[str], None], period: float = DROP_PERIOD,
                 clock: Callable[[], float] = time.monotonic):
        self.warn = warn
        self.period = period
        self.clock = clock
        self.entries: dict[str, _Entry] = {}
        self.total = 0

    @staticmethod
    def claimed_sender(frames: list[bytes]) -> str:
        match = _FROM.search(frames[0][:256]) if frames else None
        return match.group(1).decode(errors="replace") if match else "an unknown sender"

    def dropped(self, frames: list[bytes], reason: str) -> None:
        self.total += 1
        who = self.claimed_sender(frames)
        if who not in self.entries and len(self.entries) >= MAX_SENDERS:
            who = "other senders"
        entry = self.entries.get(who)
        if entry is None:
            self.entries[who] = _Entry(self.clock(), 0, reason)
            self.warn(f"dropped a message on the internal port from {who}: {reason}")
        else:
            entry.count += 1
            entry.last = reason

    def flush(self) -> None:
        """At every heartbeat: the counts of the periods that are over, one line per sender."""
        now = self.clock()
        for who, entry in list(self.entries.items()):
            if now - entry.since >= self.period:
                if entry.count:
                    self.warn(f"dropped {entry.count} more message(s) on the internal port from {who} in "
                              f"{now - entry.since:.0f}s; the last: {entry.last}")
                del self.entries[who]
