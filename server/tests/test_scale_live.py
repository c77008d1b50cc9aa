"""A 10,000-process snapshot applied by a node while its peer watches its heartbeats: no SILENT."""

from __future__ import annotations

import time

from harness.fakepeer import FakePeer
from harness.live import make_cluster
from harness.supervisord import wait_until
from supvisors_client import AddressStates

SECRET = "scale-secret"


def test_big_snapshot_does_not_starve_heartbeats(xprocess, tmp_path_factory):
    n1, n2, fake = "127.0.0.131", "127.0.0.132", "127.0.0.133"
    h = make_cluster(xprocess, tmp_path_factory, [n1, n2, fake], faults=True,
                     settings={"shared_secret": SECRET, "synchro_timeout": "1", "max_message_size": "4000000"})
    h.hosts = [n1, n2]  # the third node is the test itself
    peer = None
    try:
        h.start([n1, n2])
        h.wait_state([n1, n2], "OPERATION")
        watcher = h.cluster.nodes[n2].proxy().faults
        watcher.watch_heartbeats()
        peer = FakePeer(fake, [n1, n2, fake], h.cluster.internal_port, SECRET.encode(), [n1])
        wait_until(lambda: (peer.send("heartbeat", {"state": 0, "master": "", "version": 1}), peer.pump(0.1),
                            peer.session_with(n1))[-1], 5, interval=0.1, what="session with node 1")
        processes = [{"group": f"big{i // 100}", "name": f"p{i}", "state": 20, "start": 1.0, "pid": 1000 + i}
                     for i in range(10_000)]
        peer.send("snapshot", {"version": 1, "processes": processes})
        peer.send("heartbeat", {"state": 0, "master": "", "version": 1})
        c1, c2 = h.client(n1), h.client(n2)
        deadline = time.monotonic() + 15
        while True:  # while node 1 applies it, node 2 must never see node 1 SILENT
            assert c2.supvisors.get_address_info(n1).statecode is AddressStates.RUNNING
            if len(c1.supvisors.get_all_process_info()) >= 10_000:
                break
            assert time.monotonic() < deadline, "the snapshot was not applied"
            time.sleep(0.05)
        for _ in range(10):  # and a moment after
            assert c2.supvisors.get_address_info(n1).statecode is AddressStates.RUNNING
            time.sleep(0.05)
        count, longest = watcher.heartbeat_gaps()[n1]
        assert count > 5 and longest < 0.2 * 1.5 + 0.2, (count, longest)  # the period, within +50 % (+ jitter)
        assert "is SILENT" not in h.cluster.nodes[n2].logfile.read_text()
    finally:
        if peer is not None:
            peer.close()
        h.cluster.stop_all()
