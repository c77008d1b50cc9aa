"""Lost and returning nodes on a real cluster, and the INITIALIZATION guard."""

from __future__ import annotations

import time

import pytest

from harness.live import make_cluster
from harness.supervisord import wait_until
from supvisors_client import AddressStates, BadSupvisorsState, ProcessStates


def test_kill_worker_then_master_then_rejoin(xprocess, tmp_path_factory):
    hosts = ["127.0.0.51", "127.0.0.52", "127.0.0.53"]
    h = make_cluster(xprocess, tmp_path_factory, hosts)
    try:
        h.start()
        h.wait_state(hosts, "OPERATION")
        n1, n2, n3 = hosts
        with h.client(n3) as c:
            c.supervisor.startProcess("demo:ticker")
        wait_until(lambda: h.client(n1).supvisors.get_process_info("demo:ticker")[0].addresses == [n3], 2,
                   what="ticker on node 3 seen")
        # a worker dies: SILENT on the others, its processes no longer shown RUNNING
        h.cluster.kill(n3)
        t0 = time.monotonic()
        wait_until(lambda: all(h.address_state(o, n3) is AddressStates.SILENT for o in (n1, n2)), 5,
                   what="node 3 SILENT on nodes 1 and 2")
        assert time.monotonic() - t0 < 3
        # ticker is required (rules): the master starts it again on another allowed node
        def ticker_elsewhere():
            (ticker,) = h.client(n2).supvisors.get_process_info("demo:ticker")
            return ticker.statecode is ProcessStates.RUNNING and ticker.addresses and n3 not in ticker.addresses

        wait_until(ticker_elsewhere, 5, what="required ticker restarted on another node")
        # sleeper is optional: it was not running anyway; an optional process of a lost node is not moved
        assert h.client(n2).supvisors.get_master_address() == n1
        # the master dies: node 2 is elected by node 2 (node 3 is down)
        h.cluster.kill(n1)
        wait_until(lambda: h.client(n2).supvisors.get_master_address() == n2, 5, what="node 2 elected")
        # both come back: one master, all in OPERATION, the elected master is kept
        h.start([n3, n1])
        h.wait_state(hosts, "OPERATION", 10)
        masters = lambda: [h.client(x).supvisors.get_master_address() for x in hosts]  # noqa: E731
        try:
            wait_until(lambda: set(masters()) == {n2}, 5, what="one master agreed by all")
        except TimeoutError:
            raise AssertionError(f"masters {masters()}; logs:\n" + "\n".join(h.cluster.nodes[x].tail_log(15) for x in hosts)) from None
        # a node joins a running cluster (OPERATION) while it may still be CHECKING a peer: poll
        wait_until(lambda: all(i.statecode is AddressStates.RUNNING
                               for x in hosts for i in h.client(x).supvisors.get_all_addresses_info()), 3,
                   what="every node RUNNING everywhere")
    finally:
        h.cluster.stop_all()


def test_initialization_guard(xprocess, tmp_path_factory):
    """A node whose peer never comes stays in INITIALIZATION until synchro_timeout and refuses reads."""
    hosts = ["127.0.0.56", "127.0.0.57"]
    h = make_cluster(xprocess, tmp_path_factory, hosts, settings={"synchro_timeout": "3"})
    try:
        h.start([hosts[0]])
        c = h.client(hosts[0])
        assert c.supvisors.get_supvisors_state().statename == "INITIALIZATION"
        assert c.supvisors.get_master_address() == ""
        for call in (lambda: c.supvisors.get_all_process_info(), lambda: c.supvisors.get_application_info("demo"),
                     lambda: c.supvisors.get_all_applications_info(), lambda: c.supvisors.get_process_info("demo:*"),
                     lambda: c.supvisors.get_process_rules("demo:*"), lambda: c.supvisors.get_conflicts()):
            with pytest.raises(BadSupvisorsState):
                call()
        assert c.supvisors.get_address_info(hosts[1]).statecode is AddressStates.UNKNOWN
        # the synchro timeout ends INITIALIZATION with the nodes present
        h.wait_state([hosts[0]], "OPERATION", 8)
        assert c.supvisors.get_master_address() == hosts[0]
        # the late node joins the running cluster at once and keeps its master
        h.start([hosts[1]])
        h.wait_state(hosts, "OPERATION", 3)
        assert h.client(hosts[1]).supvisors.get_master_address() == hosts[0]
    finally:
        h.cluster.stop_all()


def test_supervisord_restart_rebuilds_the_plugin(xprocess, tmp_path_factory):
    """supervisor.restart (same process, factory called again) and two HTTP server sections."""
    hosts = ["127.0.0.58", "127.0.0.59"]
    h = make_cluster(xprocess, tmp_path_factory, hosts)
    node = h.cluster.nodes[hosts[1]]
    node.extra_sections += f"\n[unix_http_server]\nfile={node.workdir / 'supervisor.sock'}\n"
    try:
        h.start()
        h.wait_state(hosts, "OPERATION")
        with h.client(hosts[1]) as c:
            pid = c.supervisor.getPID()
            # a running process: stopping it raises process events after the plugin has stopped
            c.supervisor.startProcess("demo:ticker")
            boot_log = node.logfile.read_text().count("supvisors: node")
            assert c.supervisor.restart() is True
        # the restarted node comes back as a new incarnation: checked again, then RUNNING everywhere
        wait_until(lambda: node.logfile.read_text().count("supvisors: node 127.0.0.59 started") == 2, 10,
                   what="plugin restarted")
        h.wait_state(hosts, "OPERATION", 10)
        wait_until(lambda: all(i.statecode is AddressStates.RUNNING
                               for i in h.client(hosts[0]).supvisors.get_all_addresses_info()), 5,
                   what="both nodes RUNNING after the restart")
        assert h.client(hosts[1]).supervisor.getPID() == pid
        assert boot_log >= 1
        log = node.logfile.read_text()
        assert "Traceback" not in log and "Address already in use" not in log
    finally:
        h.cluster.stop_all()
