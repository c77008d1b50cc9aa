"""A node of the cluster played by the test itself, over real ZeroMQ sockets and the real wire format.

It binds its receiving socket on its own (address, internal_port), as a node does, so the real nodes'
publishers reach it; it publishes to the real nodes; it knows the shared secret, so it speaks wire v2
with sessions (the handshake included) and can send genuine messages, then replays and forgeries.
Every frame it sends is kept in `sent` (a capture to replay).
"""

from __future__ import annotations

import time

import zmq

from harness.supervisord import wait_until
from supvisors.wire import Decoder, Encoder, Message, Sessions, WireError
from supvisors_client import AddressStates, ProcessStates

# the one process of the fake peer's snapshot in the tests that forge messages (test_wire_live.py, ...)
GHOST = {"group": "ghost", "name": "g1", "state": int(ProcessStates.RUNNING), "start": 1, "pid": 42}


def assert_unharmed(harness, real: str, fake: str) -> None:
    """After forged or malformed messages: the real node still runs, in OPERATION, and still shows the
    fake peer's ghost:g1 RUNNING there (what a message applied by mistake would have changed)."""
    client = harness.client(real)
    (ghost,) = client.supvisors.get_process_info("ghost:g1")
    assert ghost.statecode is ProcessStates.RUNNING and ghost.addresses == [fake]
    assert client.supvisors.get_supvisors_state().statename == "OPERATION"
    assert harness.cluster.nodes[real].xprocess_info.isrunning()


class FakePeer:
    def __init__(self, address: str, address_list: list[str], internal_port: int, secret: bytes,
                 targets: list[str]):
        self.address = address
        self.sessions = Sessions(address, address_list)
        self.encoder = Encoder(address, secret, self.sessions)
        self.decoder = Decoder(address, address_list, secret, self.sessions)
        self.ctx = zmq.Context()
        self.sub = self.ctx.socket(zmq.SUB)
        self.sub.setsockopt(zmq.SUBSCRIBE, b"")
        self.sub.setsockopt(zmq.LINGER, 0)
        self.sub.bind(f"tcp://{address}:{internal_port}")
        self.pub = self.ctx.socket(zmq.PUB)
        self.pub.setsockopt(zmq.LINGER, 0)
        for target in targets:
            self.pub.connect(f"tcp://{address}:0;{target}:{internal_port}")
        self.received: list[Message] = []
        self.sent: list[list[bytes]] = []

    def send(self, kind: str, body: dict) -> list[bytes]:
        frames = self.encoder.encode(kind, body)
        self.send_raw(frames)
        return frames

    def send_raw(self, frames: list[bytes]) -> None:
        self.sent.append(frames)
        self.pub.send_multipart(frames)

    def pump(self, seconds: float = 0.05) -> list[Message]:
        """Receive (and check) what the real nodes sent within seconds."""
        got = []
        deadline = time.monotonic() + seconds
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not self.sub.poll(max(1, int(left * 1000))):
                break
            try:
                got.append(self.decoder.decode(self.sub.recv_multipart()))
            except WireError:
                pass
        self.received += got
        return got

    def join(self, real: str, client, processes: list[dict], version: int = 1, timeout: float = 10.0) -> None:
        """Handshake with the real node, then send it this peer's snapshot, until it shows this peer
        RUNNING (client: a SupvisorsClient of the real node)."""

        def running():
            self.send("heartbeat", {"state": 0, "master": "", "version": version})
            self.pump(0.1)
            if self.session_with(real):
                self.send("snapshot", {"version": version, "processes": processes})
                self.send("heartbeat", {"state": 0, "master": "", "version": version})
            return client.supvisors.get_address_info(self.address).statecode is AddressStates.RUNNING

        wait_until(running, timeout, interval=0.2, what=f"fake peer {self.address} RUNNING")

    def session_with(self, address: str) -> bool:
        return self.sessions.peers[address].established is not None

    def close(self) -> None:
        self.sub.close(0)
        self.pub.close(0)
        self.ctx.term()
