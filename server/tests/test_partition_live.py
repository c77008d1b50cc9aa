"""A partition of a 3-node cluster into {n1} and {n2, n3}, then the heal (iptables on loopback).

During the partition (documented in docs/failures.md):
- {n2, n3} declare n1 SILENT, elect n2, and start again the required processes that ran on n1;
- {n1} declares n2 and n3 SILENT, stays master of itself, and starts again the required processes
  that ran on n2 or n3.
After the heal: every node sees every node RUNNING, the first master in address_list order among the
announced ones (n1) is the only master, and the duplicates are conflicts settled by the strategy.
"""

from __future__ import annotations

import pytest

from harness import partition
from harness.live import make_cluster
from harness.supervisord import wait_until
from supvisors_client import AddressStates

REASON = partition.available()


@pytest.mark.skipif(bool(REASON), reason=f"no partition possible: {REASON}")
@pytest.mark.parametrize("gossip", ["0", "1"])  # all-to-all, and gossip mode (gossip.py): the same story
def test_partition_and_heal(xprocess, tmp_path_factory, gossip):
    hosts = ["127.0.0.231", "127.0.0.232", "127.0.0.233"]
    n1, n2, n3 = hosts
    h = make_cluster(xprocess, tmp_path_factory, hosts,
                     settings={"conciliation_strategy": "SENICIDE", "gossip_fanout": gossip})
    cut = partition.Partition(h.cluster.internal_port, "partition")
    try:
        h.start()
        h.wait_state(hosts, "OPERATION")
        h.client(n2).supervisor.startProcess("demo:ticker")  # required, runs on n2

        def ticker_addresses(observer):
            return h.client(observer).supvisors.get_process_info("demo:ticker")[0].addresses

        # n1 restarts the ticker only if it knew it ran on n2 before the cut
        wait_until(lambda: all(ticker_addresses(x) == [n2] for x in hosts), 5, what="every node sees the ticker on n2")
        cut.split([n1], [n2, n3])

        def state_of(observer, target):
            return h.client(observer).supvisors.get_address_info(target).statecode

        wait_until(lambda: state_of(n1, n2) is AddressStates.SILENT and state_of(n1, n3) is AddressStates.SILENT
                   and state_of(n2, n1) is AddressStates.SILENT and state_of(n3, n1) is AddressStates.SILENT,
                   5, what="both sides declare the other SILENT")
        wait_until(lambda: h.client(n2).supvisors.get_master_address() == n2
                   and h.client(n3).supvisors.get_master_address() == n2, 3, what="n2 master of {n2, n3}")
        assert h.client(n1).supvisors.get_master_address() == n1
        # n1's side restarts the required ticker that it lost with n2: it runs on both sides now
        wait_until(lambda: ticker_addresses(n1) == [n1], 5, what="ticker started again on n1's side")
        assert n2 in ticker_addresses(n3)

        cut.heal()
        wait_until(lambda: all(i.statecode is AddressStates.RUNNING
                               for x in hosts for i in h.client(x).supvisors.get_all_addresses_info()), 10,
                   what="every node RUNNING everywhere after the heal")
        wait_until(lambda: {h.client(x).supvisors.get_master_address() for x in hosts} == {n1}, 5,
                   what="a single master after the heal")
        wait_until(lambda: all(h.client(x).supvisors.get_conflicts() == [] for x in hosts)
                   and all(h.state(x) == "OPERATION" for x in hosts), 10, what="conflicts settled")
        (ticker,) = h.client(n3).supvisors.get_process_info("demo:ticker")
        assert len(ticker.addresses) == 1  # SENICIDE kept one instance
    finally:
        cut.heal()
        h.cluster.stop_all()
