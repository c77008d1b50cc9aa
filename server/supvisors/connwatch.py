"""A peer whose supervisord is gone, told by TCP before its silence does (docs/failures.md).

The sync thread's publishing socket connects to every peer's internal port. When a peer's process
ends (a crash, kill -9, a stop or a restart of its supervisord), its kernel closes that connection at
once, and libzmq tries again after RECONNECT_IVL (100 ms). That attempt refused means that nothing
listens on the peer's internal port any more: its supervisord is gone, and the peer is declared
SILENT then (0.1 s after its end, or at the thread's next wake-up: within a heartbeat period)
instead of after silence_threshold.

Nothing else does it: a live peer that dropped the connection (a frame over max_message_size, a
failed CURVE handshake) accepts the next one; a frozen peer (SIGSTOP, a VM stall) and a partition
close no connection, so their silence decides, as before. Read by the sync thread (sync.py) from the
socket monitor of its publishing socket; the supervisord thread gets ("gone", peer).
"""

from __future__ import annotations

import ipaddress
import socket
import struct

import zmq

EVENTS = zmq.EVENT_CONNECTED | zmq.EVENT_DISCONNECTED | zmq.EVENT_CLOSED


def parse(frames: list[bytes]) -> tuple[int, bytes] | None:
    """A socket monitor's message (libzmq's format: a 16-bit event and a 32-bit value, native order;
    then the endpoint): (event, endpoint), or None if malformed. Not zmq.utils.monitor's parser: that
    module imports zmq.asyncio, and with it asyncio, inspect and ast (memory of every node)."""
    if len(frames) != 2 or len(frames[0]) != 6:
        return None
    return struct.unpack("=Hi", frames[0])[0], frames[1]


def endpoint_host(endpoint: bytes | str) -> str:
    """The peer's host in a libzmq endpoint: tcp://HOST:PORT, tcp://SOURCE:0;HOST:PORT, tcp://[V6]:PORT."""
    text = endpoint.decode(errors="replace") if isinstance(endpoint, bytes) else endpoint
    return text.split("://", 1)[-1].rsplit(";", 1)[-1].rsplit(":", 1)[0].strip("[]")


class ConnectionWatch:
    """Follows the connections to the peers; `event` returns a peer when its supervisord is gone."""

    def __init__(self, peers: list[str]):
        self.peers: dict[str, str] = {p: p for p in peers}
        # libzmq names a reconnection by the resolved address: a peer given by name is resolved once,
        # here (before the thread's loop: no name lookup ever delays a heartbeat)
        for peer in peers:
            try:
                ipaddress.ip_address(peer)
            except ValueError:
                try:
                    for info in socket.getaddrinfo(peer, None, type=socket.SOCK_STREAM):
                        self.peers.setdefault(str(info[4][0]), peer)
                except OSError:
                    pass  # unknown name: its silence will tell
        self.dropped: set[str] = set()  # peers whose connection closed, not reconnected since
        self.disconnects = 0  # connections closed so far, whatever came next (diagnostics, tests)

    def event(self, event: int, endpoint: bytes | str) -> str | None:
        peer = self.peers.get(endpoint_host(endpoint))
        if peer is None:
            return None
        if event == zmq.EVENT_DISCONNECTED:
            self.dropped.add(peer)
            self.disconnects += 1
        elif event == zmq.EVENT_CONNECTED:
            self.dropped.discard(peer)
        elif event == zmq.EVENT_CLOSED and peer in self.dropped:  # a reconnection failed: refused
            self.dropped.discard(peer)
            return peer
        return None
