"""Failures on real clusters: conciliation strategies, auto_fence, cluster restart and shutdown."""

from __future__ import annotations

import time

import pytest

from harness.live import make_cluster
from harness.supervisord import wait_until
from supvisors_client import AddressStates, BadStrategy, BadSupvisorsState, ConciliationStrategies


def make_conflict(h, first: str, second: str, program: str = "demo:ticker") -> None:
    """Start program on first, then on second (a younger instance): a conflict."""
    h.client(first).supervisor.startProcess(program)
    h.client(second).supervisor.startProcess(program)


def where(h, observer: str, program: str = "demo:ticker") -> list[str]:
    (info,) = h.client(observer).supvisors.get_process_info(program)
    return info.addresses


def settled(h, hosts):
    return lambda: all(h.client(x).supvisors.get_conflicts() == [] for x in hosts) and all(
        h.state(x) == "OPERATION" for x in hosts)


def test_user_strategy_then_each_conciliate(xprocess, tmp_path_factory):
    hosts = ["127.0.0.71", "127.0.0.72", "127.0.0.73"]
    n1, n2, n3 = hosts
    h = make_cluster(xprocess, tmp_path_factory, hosts, settings={"conciliation_strategy": "USER"})
    try:
        h.start()
        h.wait_state(hosts, "OPERATION")
        c1 = h.client(n1)
        with pytest.raises(BadSupvisorsState):
            c1.supvisors.conciliate(ConciliationStrategies.SENICIDE)
        expectations = [
            (ConciliationStrategies.SENICIDE, lambda a: a == [n3]),     # the youngest (n3) stays
            (ConciliationStrategies.INFANTICIDE, lambda a: a == [n2]),  # the oldest (n2) stays
            (ConciliationStrategies.STOP, lambda a: a == []),
            (ConciliationStrategies.RESTART, lambda a: len(a) == 1),
        ]
        for strategy, expected in expectations:
            make_conflict(h, n2, n3)
            wait_until(lambda: h.state(n1) == "CONCILIATION" and h.state(n3) == "CONCILIATION", 3,
                       what="CONCILIATION")
            (conflict,) = c1.supvisors.get_conflicts()
            assert conflict.process_name == "demo:ticker" and conflict.address == [n2, n3]
            with pytest.raises(BadStrategy):
                c1.supvisors.conciliate(ConciliationStrategies.USER)
            # asked on a node that is not the master: forwarded to the master
            assert h.client(n3).supvisors.conciliate(strategy) is True
            wait_until(settled(h, hosts), 5, what=f"conflict settled by {strategy.name}")
            wait_until(lambda expected=expected: expected(where(h, n2)), 3, what=f"{strategy.name} outcome")
            for x in hosts:  # clean for the next round
                h.client(x).supervisor.stopAllProcesses()
    finally:
        h.cluster.stop_all()


def test_automatic_infanticide(xprocess, tmp_path_factory):
    hosts = ["127.0.0.74", "127.0.0.75", "127.0.0.76"]
    n1, n2, n3 = hosts
    h = make_cluster(xprocess, tmp_path_factory, hosts, settings={"conciliation_strategy": "INFANTICIDE"})
    try:
        h.start()
        h.wait_state(hosts, "OPERATION")
        make_conflict(h, n3, n1)
        wait_until(settled(h, hosts), 5, what="conflict settled automatically")
        wait_until(lambda: where(h, n2) == [n3], 3, what="the oldest instance (n3) kept")
        assert "conciliation of demo:ticker (INFANTICIDE)" in h.cluster.nodes[n1].logfile.read_text()
    finally:
        h.cluster.stop_all()


def test_auto_fence(xprocess, tmp_path_factory):
    hosts = ["127.0.0.77", "127.0.0.78", "127.0.0.79"]
    n1, n2, n3 = hosts
    h = make_cluster(xprocess, tmp_path_factory, hosts, settings={"auto_fence": "true"})
    try:
        h.start()
        h.wait_state(hosts, "OPERATION")
        h.cluster.pause(n3)
        wait_until(lambda: all(h.client(o).supvisors.get_address_info(n3).statecode is AddressStates.ISOLATED
                               for o in (n1, n2)), 5, what="frozen node ISOLATED")
        h.cluster.resume(n3)
        # the same life of n3 stays fenced: its messages are refused
        wait_until(lambda: "node 127.0.0.79 is ISOLATED" in h.cluster.nodes[n1].logfile.read_text(), 2)
        h.client(n3).supervisor.startProcess("demo:ticker")
        with h.client(n1) as c1:
            # observed throughout one second of heartbeats from the live n3: still ISOLATED, its process unseen
            end = time.monotonic() + 1.0
            while time.monotonic() < end:
                assert c1.supvisors.get_address_info(n3).statecode is AddressStates.ISOLATED
                assert n3 not in c1.supvisors.get_process_info("demo:ticker")[0].addresses
            assert h.client(n3).supervisor.getProcessInfo("demo:ticker").statename == "RUNNING"
        # restarted, it is checked again and joins
        h.cluster.kill(n3)
        h.start([n3])
        wait_until(lambda: h.client(n1).supvisors.get_address_info(n3).statecode is AddressStates.RUNNING, 5,
                   what="restarted node accepted again")
        h.wait_state(hosts, "OPERATION", 5)
    finally:
        h.cluster.stop_all()


def test_cluster_restart_then_shutdown(xprocess, tmp_path_factory):
    hosts = ["127.0.0.86", "127.0.0.87", "127.0.0.88"]
    n1, n2, n3 = hosts
    h = make_cluster(xprocess, tmp_path_factory, hosts)
    try:
        h.start()
        h.wait_state(hosts, "OPERATION")
        pids = {x: h.client(x).supervisor.getPID() for x in hosts}
        h.client(n2).supervisor.startProcess("demo:ticker")
        logs = {x: h.cluster.nodes[x].logfile.read_text().count("supvisors: node") for x in hosts}
        assert h.client(n3).supvisors.restart() is True  # asked on a node that is not the master
        # every plugin restarts (in the same supervisord processes), the cluster comes back
        wait_until(lambda: all(h.cluster.nodes[x].logfile.read_text().count(f"supvisors: node {x} started") >= 2
                               for x in hosts), 15, what="every node restarted")
        h.wait_state(hosts, "OPERATION", 15)
        assert {x: h.client(x).supervisor.getPID() for x in hosts} == pids
        assert h.client(n1).supvisors.get_process_info("demo:ticker")[0].addresses == []
        master_log = h.cluster.nodes[n1].logfile.read_text()
        assert "stop of every application before the cluster restart" in master_log
        assert all(logs[x] >= 1 for x in hosts)

        assert h.client(n2).supvisors.shutdown() is True
        wait_until(lambda: not any(h.cluster.nodes[x].xprocess_info.isrunning() for x in hosts), 15,
                   what="every supervisord shut down")
    finally:
        h.cluster.stop_all()
