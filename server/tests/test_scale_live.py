"""Scale, live: a 10,000-process snapshot applied by a node while its peer watches its heartbeats (no
SILENT); a node with 400 autostart programs answers at once and joins with them all spawned."""

from __future__ import annotations

import time

from harness.cluster import SupvisorsCluster
from harness.fakepeer import FakePeer
from harness.live import make_cluster
from harness.supervisord import Program, wait_until
from supvisors.options import DEFAULTS
from supvisors_client import AddressStates, SupvisorsClient

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
        count, longest, _ = watcher.heartbeat_gaps()[n1]
        period = DEFAULTS["heartbeat_period"]
        assert count > 5 and longest < period * 1.5 + 0.2, (count, longest)  # the period, within +50 % (+ jitter)
        assert "is SILENT" not in h.cluster.nodes[n2].logfile.read_text()
    finally:
        if peer is not None:
            peer.close()
        h.cluster.stop_all()


def test_a_node_answers_while_its_autostarts_spawn_and_shows_them_all_spawned(tmp_path):
    """pacer.py: 400 autostart programs are spawned over several turns of supervisord's loop, so the node
    answers RPCs before they are all spawned (supervisord alone answers only after the last one); while the
    cluster forms, its peer sees it RUNNING only once all are spawned (the snapshot is held until then);
    restarted into the running cluster, it joins while they spawn."""
    busy, calm = "127.0.0.134", "127.0.0.135"
    cluster = SupvisorsCluster(tmp_path, [busy, calm], settings={"shared_secret": SECRET, "synchro_timeout": "30"})
    cluster.nodes[busy].programs = [Program(f"p{i:03d}", "/bin/sleep 600", autostart=True, group=f"g{i // 50}")
                                    for i in range(400)]
    try:
        for host in (busy, calm):
            cluster.nodes[host].launch()
        node = cluster.nodes[busy]
        first = wait_until(lambda: node.proxy().supervisor.getAllProcessInfo(), 20, interval=0.01,
                           what="a first answer of the busy node")
        assert any(p["statename"] == "STOPPED" for p in first), "answered only once every autostart was spawned"
        peer = cluster.nodes[calm]
        calm_client = SupvisorsClient(peer.url, peer.username, peer.password, timeout=(0.5, 10))
        wait_until(lambda: calm_client.supvisors.get_address_info(busy).statecode is AddressStates.RUNNING, 30,
                   interval=0.01, what="the busy node RUNNING for its peer")
        seen = calm_client.supvisors.get_all_process_info()
        assert len(seen) == 400 and not [p.namespec for p in seen if p.statename == "STOPPED"]
        wait_until(lambda: all(p["statename"] == "RUNNING" for p in node.proxy().supervisor.getAllProcessInfo()),
                   30, what="every autostart RUNNING")
        wait_until(lambda: calm_client.supvisors.get_supvisors_state().statename == "OPERATION", 30)
        # Restarted into a running cluster: no deployment can start anything, so it joins at once and its
        # programs show up as they spawn (the peer sees it RUNNING while some are not spawned yet).
        node.kill()
        wait_until(lambda: calm_client.supvisors.get_address_info(busy).statecode is AddressStates.SILENT, 10,
                   interval=0.02, what="the busy node SILENT")
        node.launch()
        wait_until(lambda: calm_client.supvisors.get_address_info(busy).statecode is AddressStates.RUNNING, 30,
                   interval=0.01, what="the restarted node RUNNING for its peer")
        spawned = [p for p in node.proxy().supervisor.getAllProcessInfo() if p["statename"] != "STOPPED"]
        assert len(spawned) < 400, "joined only once every autostart was spawned"
        wait_until(lambda: len([p for p in calm_client.supvisors.get_all_process_info()
                                if p.statename == "RUNNING"]) == 400, 30, what="all 400 seen RUNNING by the peer")
    finally:
        cluster.stop_all()

