"""On a real cluster: a node whose supervisord is killed is SILENT on its peers long before their
silence threshold, as soon as its port refuses their reconnection (connwatch.py); a frozen node, whose
connections stay open, is judged by its silence only."""

from __future__ import annotations

import time

from harness.live import make_cluster
from harness.supervisord import wait_until
from supvisors_client import AddressStates


def address_state(h, observer, target):
    with h.client(observer) as c:
        return c.supvisors.get_address_info(target).statecode


def test_a_killed_node_is_silent_before_the_threshold_and_a_frozen_one_is_not(xprocess, tmp_path_factory):
    hosts = ["127.0.0.215", "127.0.0.216", "127.0.0.217"]
    n1, n2, n3 = hosts
    h = make_cluster(xprocess, tmp_path_factory, hosts, settings={"silence_threshold": "6"})
    try:
        h.start()
        h.wait_state(hosts, "OPERATION")
        # frozen for 1.5 s: no connection closes, and its silence is far below the threshold
        h.cluster.pause(n2)
        try:
            deadline = time.monotonic() + 1.5
            while time.monotonic() < deadline:
                assert address_state(h, n1, n2) is AddressStates.RUNNING
                time.sleep(0.1)
        finally:
            h.cluster.resume(n2)
        # killed: its kernel closes its connections, and its port refuses the next one
        h.cluster.kill(n3)
        t0 = time.monotonic()
        wait_until(lambda: all(address_state(h, o, n3) is AddressStates.SILENT for o in (n1, n2)), 5,
                   what="node 3 SILENT on nodes 1 and 2")
        took = time.monotonic() - t0
        assert took < 2.0, f"node 3 SILENT after {took:.2f} s: its silence (6 s) told, not its connection"
        assert "127.0.0.217 refuses connections" in h.cluster.nodes[n1].logfile.read_text()
        assert address_state(h, n1, n2) is AddressStates.RUNNING
        # it comes back: checked again, then RUNNING everywhere
        h.start([n3])
        h.wait_state(hosts, "OPERATION", 10)
    finally:
        h.cluster.stop_all()
