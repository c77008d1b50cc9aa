"""Freezes (SIGSTOP/SIGCONT) below and above the silence threshold on a real cluster."""

from __future__ import annotations

import time

from harness.live import make_cluster
from harness.supervisord import wait_until
from supvisors_client import AddressStates


def test_short_and_long_freeze(xprocess, tmp_path_factory):
    hosts = ["127.0.0.66", "127.0.0.67", "127.0.0.68"]
    h = make_cluster(xprocess, tmp_path_factory, hosts)
    n1, n2, n3 = hosts
    try:
        h.start()
        h.wait_state(hosts, "OPERATION")
        observer = h.client(n2)
        start_of_log = len(h.cluster.nodes[n2].logfile.read_text())

        # 0.5 s freeze (half the default threshold): never SILENT, seen from anywhere
        h.cluster.pause(n3)
        deadline = time.monotonic() + 0.5
        while time.monotonic() < deadline:  # the freeze itself: poll the observer meanwhile
            assert observer.supvisors.get_address_info(n3).statecode is AddressStates.RUNNING
        h.cluster.resume(n3)
        h.wait_state(hosts, "OPERATION", 3)
        assert "is SILENT" not in h.cluster.nodes[n2].logfile.read_text()[start_of_log:]

        # freeze of the master longer than the threshold: SILENT, a new master, then a clean return
        h.cluster.pause(n1)
        wait_until(lambda: observer.supvisors.get_address_info(n1).statecode is AddressStates.SILENT, 5,
                   what="frozen master SILENT")
        wait_until(lambda: {h.client(x).supvisors.get_master_address() for x in (n2, n3)} == {n2}, 3,
                   what="node 2 elected by nodes 2 and 3")
        h.cluster.resume(n1)
        wait_until(lambda: all(i.statecode is AddressStates.RUNNING
                               for x in hosts for i in h.client(x).supvisors.get_all_addresses_info()), 5,
                   what="every node RUNNING everywhere after SIGCONT")
        h.wait_state(hosts, "OPERATION", 5)
        wait_until(lambda: {h.client(x).supvisors.get_master_address() for x in hosts} == {n2}, 3,
                   what="a single master after the freeze")
    finally:
        h.cluster.stop_all()
