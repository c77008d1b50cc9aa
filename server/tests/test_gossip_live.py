"""On a real cluster in gossip mode (gossip_fanout, gossip.py): the nodes stay RUNNING everywhere on
news alone, each node receiving a few heartbeats a period instead of N - 1; a change still reaches
every node at once; a frozen node is SILENT everywhere soon after silence_threshold, and comes back;
a node cut one way from another is RUNNING there on news only while its processes do not change;
a killed master is replaced, and comes back."""

from __future__ import annotations

import hmac
import json
import time

from harness.fakepeer import GHOST, FakePeer, assert_unharmed
from harness.live import make_cluster
from harness.supervisord import wait_until
from supvisors_client import AddressStates, ProcessStates

HOSTS = [f"127.0.0.{i}" for i in range(221, 229)]  # 8 nodes: news travels in 3 periods
PERIOD, THRESHOLD = 0.15, 1.2
# fanout 1: each node tells one peer a period, on the schedule only (+1, +2, +4 places): most pairs
# never talk directly while the cluster is idle, and live on news
SETTINGS = {"gossip_fanout": "1", "heartbeat_period": str(PERIOD), "silence_threshold": str(THRESHOLD)}


def test_gossip_cluster_lives_on_news_tells_changes_and_a_freeze(xprocess, tmp_path_factory):
    h = make_cluster(xprocess, tmp_path_factory, HOSTS, faults=True, settings=SETTINGS)
    n1, frozen = HOSTS[0], HOSTS[-1]
    try:
        h.start()
        h.wait_state(HOSTS, "OPERATION", 30)
        faults = h.cluster.nodes[n1].proxy().faults
        faults.watch_heartbeats()
        news = faults.gossip_status()["news"]
        window = 3.0
        deadline = time.monotonic() + window
        while time.monotonic() < deadline:  # every node sees every node RUNNING, all along
            for observer in HOSTS:
                with h.client(observer) as c:
                    states = {i.address_name: i.statecode for i in c.supvisors.get_all_addresses_info()}
                assert set(states.values()) == {AddressStates.RUNNING}, f"seen from {observer}: {states}"
        counts = {peer: c for peer, (c, _, _) in faults.heartbeat_gaps().items()}
        received, all_to_all = sum(counts.values()), (len(HOSTS) - 1) * window / PERIOD
        assert received < 0.3 * all_to_all, f"{received} heartbeats received in {window} s: {counts}"
        status = faults.gossip_status()
        quiet = [p for p in HOSTS[1:] if status["addressed"].get(p, 0) == 0]  # a change goes to all: not counted
        assert quiet, f"every peer's heartbeats came to node 1: {status}"  # the others lived on news alone
        assert status["news"] > news
        with h.client(n1) as c:  # "heard": when the news came, also of the peers that never sent here
            for peer in quiet:
                heard = c.supvisors.get_address_info(peer).local_time.timestamp()
                assert time.time() - heard < 2.5, f"{peer} heard {time.time() - heard:.1f} s ago on node 1"
        # a change goes to all at once
        where = HOSTS[3]
        h.cluster.nodes[where].proxy().supervisor.startProcess("demo:ticker")

        def everywhere(statename):
            for observer in HOSTS:
                with h.client(observer) as c:
                    if c.supvisors.get_process_info("demo:ticker")[0].statename != statename:
                        return False
            return True

        wait_until(lambda: everywhere("RUNNING"), 3, what="demo:ticker RUNNING in every node's view")
        h.cluster.nodes[where].proxy().supervisor.stopProcess("demo:ticker")
        wait_until(lambda: everywhere("STOPPED"), 3, what="demo:ticker STOPPED in every node's view")
        # frozen: no news of it any more; SILENT everywhere after the threshold and the news' travel
        h.cluster.pause(frozen)
        t0 = time.monotonic()
        try:
            wait_until(lambda: all(h.address_state(o, frozen) is AddressStates.SILENT for o in HOSTS[:-1]), 6,
                       what="the frozen node SILENT everywhere")
            took = time.monotonic() - t0
            assert took > THRESHOLD - 0.1, f"SILENT after {took:.2f} s, before its silence reached the threshold"
            assert took < THRESHOLD + 1.5, f"SILENT everywhere only after {took:.2f} s"
            assert all(h.address_state(n1, o) is AddressStates.RUNNING for o in HOSTS[1:-1])
        finally:
            h.cluster.resume(frozen)
        h.wait_state(HOSTS, "OPERATION", 15)  # it is heard again, checked, RUNNING everywhere
        # a one-way cut: node 1 no longer hears node 4, which still hears node 1. While node 4 does not
        # change, the news keeps it RUNNING on node 1 (its view of node 4 is still true); once its
        # processes change unseen by node 1, the news no longer counts there, and its silence tells
        cut = HOSTS[3]  # not on node 1's schedule (+1, +2, +4), nor node 1 on its own (+1, +2, +4)
        faults.deafen(cut)
        deadline = time.monotonic() + 2 * THRESHOLD
        while time.monotonic() < deadline:
            assert h.address_state(n1, cut) is AddressStates.RUNNING
            time.sleep(0.1)
        h.cluster.nodes[cut].proxy().supervisor.startProcess("demo:ticker")
        t0 = time.monotonic()
        wait_until(lambda: h.address_state(n1, cut) is AddressStates.SILENT, 5,
                   what="node 4 SILENT on node 1, whose view of it is behind")
        assert time.monotonic() - t0 < THRESHOLD + 1.5
        with h.client(HOSTS[1]) as c:  # the others heard the change, and still hear node 4
            assert c.supvisors.get_process_info("demo:ticker")[0].statename == "RUNNING"
            assert c.supvisors.get_address_info(cut).statecode is AddressStates.RUNNING
        # the cut heals: node 4 hears that node 1 does not hear it (node 1's table lacks it) and tells
        # node 1 directly, though neither is on the other's schedule: RUNNING again, its processes too
        faults.hear(cut)
        wait_until(lambda: h.address_state(n1, cut) is AddressStates.RUNNING, 3, what="node 4 RUNNING again on node 1")
        with h.client(n1) as c:
            assert c.supvisors.get_process_info("demo:ticker")[0].statename == "RUNNING"
        # the master killed: SILENT everywhere by its connections, another master elected, OPERATION;
        # it restarts (a new incarnation): checked, and RUNNING everywhere again
        with h.client(n1) as c:
            master = c.supvisors.get_master_address()
        others = [o for o in HOSTS if o != master]
        h.cluster.kill(master)
        wait_until(lambda: all(h.address_state(o, master) is AddressStates.SILENT for o in others), 3,
                   what="the killed master SILENT everywhere")

        def new_master():
            masters = set()
            for o in others:
                with h.client(o) as c:
                    masters.add(c.supvisors.get_master_address())
            return len(masters) == 1 and masters != {master} and masters != {""}

        wait_until(new_master, 5, what="one new master on every other node")
        h.wait_state(others, "OPERATION", 10)
        h.start([master])
        h.wait_state(HOSTS, "OPERATION", 15)
    finally:
        h.cluster.stop_all()


def test_a_bad_table_or_a_message_for_another_node_is_refused_and_named(xprocess, tmp_path_factory):
    """A real node in gossip mode; the test plays its peer (harness.fakepeer), with the secret: a heartbeat
    with a malformed table and a process message addressed to another node are refused (the first one
    logged with its reason), the node keeps running and still applies the genuine messages."""
    real, fake, secret = "127.0.0.229", "127.0.0.230", "gossip-secret"
    h = make_cluster(xprocess, tmp_path_factory, [real, fake], settings={
        "shared_secret": secret, "gossip_fanout": "1", "synchro_timeout": "30", "silence_threshold": "30"})
    peer = None
    try:
        h.start([real])
        peer = FakePeer(fake, [real, fake], h.cluster.internal_port, secret.encode(), [real])
        c = h.client(real)
        ghost = GHOST
        peer.join(real, c, [ghost])
        peer.pump(0.3)
        assert any(m.seen is not None for m in peer.received), "the real node sent no addressed heartbeat"
        peer.send_raw(peer.encoder.encode("heartbeat", {"state": 0, "master": "", "version": 1}, to=real,
                                          seen={real: ["0123abcd", -5, 0]}))
        # a STOPPED for the ghost, addressed to another node: it starts as a message for all does, so
        # ZeroMQ lets it through; applied, it would stop the ghost
        data = json.loads(peer.encoder.encode("process", {"version": 2, "processes": [
            dict(ghost, state=int(ProcessStates.STOPPED))]})[0])
        payload = json.dumps(dict(data, to="127.0.0.231"), separators=(",", ":")).encode()
        peer.send_raw([payload, hmac.digest(secret.encode(), payload, "sha256")])
        wait_until(lambda: f"from {fake}: bad gossip table ('seen')" in h.cluster.nodes[real].logfile.read_text(),
                   3, what="the bad table logged")
        peer.send("heartbeat", {"state": 0, "master": "", "version": 1})  # genuine: still applied
        assert c.supvisors.get_address_info(fake).statecode is AddressStates.RUNNING
        assert_unharmed(h, real, fake)
    finally:
        if peer is not None:
            peer.close()
        h.cluster.stop_all()
