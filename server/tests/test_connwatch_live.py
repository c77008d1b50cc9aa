"""On a real cluster: a node whose supervisord is killed is SILENT on its peers long before their
silence threshold, as soon as its port refuses their reconnection (connwatch.py); a frozen node, whose
connections stay open, is judged by its silence only, and a live node that drops a peer's connection
accepts the next one: not lost."""

from __future__ import annotations

import time

from harness.live import make_cluster
from harness.supervisord import wait_until
from supvisors_client import AddressStates


def test_a_killed_node_is_silent_before_the_threshold_and_a_frozen_one_is_not(xprocess, tmp_path_factory):
    hosts = ["127.0.0.215", "127.0.0.216", "127.0.0.217"]
    n1, n2, n3 = hosts
    h = make_cluster(xprocess, tmp_path_factory, hosts, faults=True, settings={"silence_threshold": "6"})
    try:
        h.start()
        h.wait_state(hosts, "OPERATION")
        # frozen for 1.5 s: no connection closes, and its silence is far below the threshold
        h.cluster.pause(n2)
        try:
            deadline = time.monotonic() + 1.5
            while time.monotonic() < deadline:
                assert h.address_state(n1, n2) is AddressStates.RUNNING
                time.sleep(0.1)
        finally:
            h.cluster.resume(n2)
        # alive, it drops a connection (a frame over its max_message_size): the reconnection is accepted
        faults = h.cluster.nodes[n1].proxy().faults
        drops = faults.connection_drops()
        assert drops >= 0
        faults.send_oversized(1_000_000)
        wait_until(lambda: faults.connection_drops() >= drops + 2, 5, what="nodes 2 and 3 dropped node 1's connection")
        deadline = time.monotonic() + 1.0  # past the reconnection (100 ms)
        while time.monotonic() < deadline:
            assert h.address_state(n1, n2) is AddressStates.RUNNING
            time.sleep(0.1)
        assert "refuses connections" not in h.cluster.nodes[n1].logfile.read_text()
        # killed: its kernel closes its connections, and its port refuses the next one
        h.cluster.kill(n3)
        t0 = time.monotonic()
        wait_until(lambda: all(h.address_state(o, n3) is AddressStates.SILENT for o in (n1, n2)), 5,
                   what="node 3 SILENT on nodes 1 and 2")
        took = time.monotonic() - t0
        assert took < 2.0, f"node 3 SILENT after {took:.2f} s: its silence (6 s) told, not its connection"
        assert "127.0.0.217 refuses connections" in h.cluster.nodes[n1].logfile.read_text()
        assert h.address_state(n1, n2) is AddressStates.RUNNING
        # it comes back: checked again, then RUNNING everywhere
        h.start([n3])
        h.wait_state(hosts, "OPERATION", 10)
    finally:
        h.cluster.stop_all()
