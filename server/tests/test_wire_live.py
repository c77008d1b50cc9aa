"""Forged, garbage and replayed messages on a real node's internal port change nothing.

The test plays the second node of a 2-node cluster itself (harness.fakepeer: real sockets, wire v2,
the handshake): it knows the shared secret, so it can send genuine messages, then replays and
forgeries of them.
"""

from __future__ import annotations

import socket

from harness.fakepeer import GHOST, FakePeer, assert_unharmed
from harness.live import make_cluster
from harness.supervisord import wait_until
from supvisors.wire import Encoder
from supvisors_client import ProcessStates

SECRET = "cluster-secret"


def test_forged_garbage_replayed(xprocess, tmp_path_factory):
    real, fake = "127.0.0.61", "127.0.0.62"
    h = make_cluster(xprocess, tmp_path_factory, [real, fake],
                     settings={"shared_secret": SECRET, "synchro_timeout": "30", "silence_threshold": "30"})
    peer = None
    try:
        h.start([real])
        peer = FakePeer(fake, [real, fake], h.cluster.internal_port, SECRET.encode(), [real])
        c = h.client(real)

        def send(frames, times=1):
            for _ in range(times):
                peer.send_raw(frames)

        proc = GHOST
        peer.join(real, c, [proc])  # genuine: heartbeat and snapshot, the fake peer RUNNING with one process
        h.wait_state([real], "OPERATION", 5)
        stopped = dict(proc, state=int(ProcessStates.STOPPED))
        # forged: a wrong key says the process stopped
        send(Encoder(fake, b"wrong key", peer.sessions).encode("process", {"version": 2, "processes": [stopped]}), 3)
        # garbage frames of every shape
        send([b"\x00" * 10])
        send([b"{}", b"x" * 32])
        send([b"not json", b"", b"three"])
        # replayed: a genuine STOPPED, once applied, then overtaken by a genuine RUNNING
        old_stop = peer.send("process", {"version": 2, "processes": [stopped]})
        wait_until(lambda: c.supvisors.get_process_info("ghost:g1")[0].statecode is ProcessStates.STOPPED, 3,
                   what="the genuine STOPPED applied")
        peer.send("process", {"version": 3, "processes": [proc]})
        wait_until(lambda: c.supvisors.get_process_info("ghost:g1")[0].statecode is ProcessStates.RUNNING, 3,
                   what="the genuine RUNNING applied")
        send(old_stop, 3)
        # raw TCP garbage on the port (not even ZMTP)
        with socket.create_connection((real, h.cluster.internal_port), timeout=2) as s:
            s.sendall(b"GET / HTTP/1.0\r\n\r\n" + bytes(range(256)))
        # a genuine message after all that is still applied: the channel is alive
        peer.send("heartbeat", {"state": 0, "master": "", "version": 1})

        def logged():
            log = h.cluster.nodes[real].logfile.read_text()
            # one line per claimed sender and period (channel.DropLog): the first of each at once
            return "from 127.0.0.62: bad MAC" in log and "from an unknown sender: expected 2 frames" in log

        wait_until(logged, 3, what="forged and garbage messages logged as dropped")
        assert_unharmed(h, real, fake)
    finally:
        if peer is not None:
            peer.close()
        h.cluster.stop_all()
