"""Forged, garbage and replayed messages on a real node's internal port change nothing.

The test plays the second node of a 2-node cluster itself: it knows the shared secret, so it can
send genuine messages, then replays and forgeries of them.
"""

from __future__ import annotations

import socket

import zmq

from harness.live import make_cluster
from harness.supervisord import wait_until
from supvisors.wire import Encoder
from supvisors_client import AddressStates, ProcessStates

SECRET = "cluster-secret"


def test_forged_garbage_replayed(xprocess, tmp_path_factory):
    real, fake = "127.0.0.61", "127.0.0.62"
    h = make_cluster(xprocess, tmp_path_factory, [real, fake],
                     settings={"shared_secret": SECRET, "synchro_timeout": "30"})
    ctx = zmq.Context()
    push = ctx.socket(zmq.PUB)
    push.setsockopt(zmq.LINGER, 0)
    try:
        h.start([real])
        push.connect(f"tcp://{real}:{h.cluster.internal_port}")
        enc = Encoder(fake, SECRET.encode())
        c = h.client(real)

        def send(frames, times=1):
            for _ in range(times):
                push.send_multipart(frames)

        proc = {"group": "ghost", "name": "g1", "state": int(ProcessStates.RUNNING), "start": 1, "pid": 42}
        # genuine: heartbeat and snapshot make the fake peer RUNNING with one RUNNING process
        snapshot = enc.encode("snapshot", {"version": 1, "processes": [proc]})

        def fake_running():
            send(enc.encode("heartbeat", {"state": 0, "master": "", "version": 1}))
            send(enc.encode("snapshot", {"version": 1, "processes": [proc]}))
            return c.supvisors.get_address_info(fake).statecode is AddressStates.RUNNING

        wait_until(fake_running, 10, interval=0.2, what="fake peer RUNNING")
        h.wait_state([real], "OPERATION", 5)
        stopped = dict(proc, state=int(ProcessStates.STOPPED))
        # forged: a wrong key says the process stopped
        send(Encoder(fake, b"wrong key").encode("process", {"version": 2, "process": stopped}), 3)
        # garbage frames of every shape
        send([b"\x00" * 10])
        send([b"{}", b"x" * 32])
        send([b"not json", b"", b"three"])
        # replayed: an old genuine snapshot whose process list is empty (sent once, now replayed)
        send([snapshot[0], snapshot[1]])
        # raw TCP garbage on the port (not even ZMTP)
        with socket.create_connection((real, h.cluster.internal_port), timeout=2) as s:
            s.sendall(b"GET / HTTP/1.0\r\n\r\n" + bytes(range(256)))
        # a genuine message after all that is still applied: the channel is alive
        send(enc.encode("heartbeat", {"state": 0, "master": "", "version": 1}))
        def logged():
            log = h.cluster.nodes[real].logfile.read_text()
            return "bad MAC" in log and "expected 2 frames" in log and "replayed" in log

        wait_until(logged, 3, what="forged, garbage and replayed messages logged as dropped")
        (ghost,) = c.supvisors.get_process_info("ghost:g1")
        assert ghost.statecode is ProcessStates.RUNNING and ghost.addresses == [fake]
        assert c.supvisors.get_supvisors_state().statename == "OPERATION"
        assert h.cluster.nodes[real].xprocess_info.isrunning()
    finally:
        push.close(0)
        ctx.term()
        h.cluster.stop_all()
