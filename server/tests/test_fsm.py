"""The Supvisors state machine and election inside Cluster, with an injected clock and fake peers.

No sockets: messages are handed to Cluster._handle as the sync thread would deliver them.
"""

from __future__ import annotations

import pytest

from supvisors._generated.enums import AddressStates, SupvisorsStates
from supvisors.cluster import Cluster
from supvisors.options import SupvisorsOptions
from supvisors.rules import Rules
from supvisors.wire import Message

NODES = ["10.0.0.1", "10.0.0.2", "10.0.0.3"]
S = SupvisorsStates


class Logger:
    def __getattr__(self, name):
        return lambda *args, **kw: None


class FakeSupervisord:
    def __init__(self):
        self.options = type("O", (), {"logger": Logger()})()
        self.process_groups = {}


class Clock:
    now = 1000.0

    def __call__(self):
        return self.now


def make(address=NODES[0], synchro_timeout=10.0, nodes=NODES):
    clock = Clock()
    opts = SupvisorsOptions(address_list=list(nodes), address=address, synchro_timeout=synchro_timeout,
                            secret=b"x")
    cluster = Cluster(FakeSupervisord(), opts, Rules(), clock=clock)
    cluster.sent = []
    cluster.send = lambda msg: cluster.sent.append((msg.KIND, msg.body()))
    return cluster, clock


class Peer:
    def __init__(self, address, boot=1):
        self.address, self.boot, self.seq = address, boot, 0

    def msg(self, kind, body):
        self.seq += 1
        return Message(self.address, f"inc-{self.boot}", self.seq, 0.0, kind, body)

    def join(self, cluster, state=S.INITIALIZATION, master="", processes=()):
        cluster._handle(self.msg("heartbeat", {"state": int(state), "master": master, "version": 0}))
        cluster._handle(self.msg("snapshot", {"version": 0, "processes": list(processes)}))
        cluster.evaluate()


def make_operational():
    """A cluster of NODES in OPERATION, this node (NODES[0]) the master; returns (cluster, clock)."""
    cluster, clock = make()
    for peer in (Peer(NODES[1]), Peer(NODES[2])):
        peer.join(cluster)
    assert cluster.state == S.OPERATION and cluster.master == NODES[0]
    return cluster, clock


def test_initialization_ends_when_all_nodes_run():
    cluster, clock = make()
    peers = [Peer(a) for a in NODES[1:]]
    peers[0].join(cluster)
    assert cluster.state == S.INITIALIZATION and cluster.master == ""
    assert ("request", {"to": NODES[1], "what": "snapshot"}) in cluster.sent
    peers[1].join(cluster)
    assert cluster.master == NODES[0]
    assert cluster.state == S.OPERATION  # this node is the master: DEPLOYMENT is over at once here


def test_synchro_timeout_with_the_nodes_present():
    cluster, clock = make(synchro_timeout=5)
    Peer(NODES[1]).join(cluster)
    clock.now += 4.9
    cluster.evaluate()
    assert cluster.state == S.INITIALIZATION
    clock.now += 0.2
    cluster.evaluate()
    assert cluster.state == S.OPERATION and cluster.master == NODES[0]


def test_non_master_mirrors_the_master():
    cluster, clock = make(address=NODES[2])
    p1, p2 = Peer(NODES[0]), Peer(NODES[1])
    p1.join(cluster)
    p2.join(cluster)
    assert cluster.master == NODES[0]
    assert cluster.state == S.DEPLOYMENT  # the master has not announced more yet
    cluster._handle(p1.msg("heartbeat", {"state": int(S.OPERATION), "master": NODES[0], "version": 0}))
    cluster.evaluate()
    assert cluster.state == S.OPERATION


def test_joining_a_running_cluster_keeps_its_master():
    cluster, clock = make(address=NODES[0])
    Peer(NODES[1]).join(cluster, S.OPERATION, NODES[1])
    # node 3 is down, but a running cluster is there: no need to wait for the synchro timeout
    assert cluster.master == NODES[1] and cluster.state == S.OPERATION


def test_a_peer_that_names_this_node_master_does_not_end_its_initialization():
    # After a cluster restart: node 3 came back first and saw nodes 1 and 2, and elected node 1; node 1
    # has not heard node 2 yet. Taking node 3's word would make node 1 a master that node 2 does not
    # know (a shutdown it sends next would not reach node 2).
    cluster, clock = make(address=NODES[0])
    Peer(NODES[2]).join(cluster, S.DEPLOYMENT, NODES[0])
    assert cluster.state == S.INITIALIZATION and cluster.master == ""
    Peer(NODES[1]).join(cluster, S.INITIALIZATION, NODES[0])
    assert cluster.state != S.INITIALIZATION and cluster.master == NODES[0]  # every node RUNNING


def test_a_master_still_in_initialization_is_not_a_running_cluster():
    cluster, clock = make(address=NODES[0], nodes=[*NODES, "10.0.0.4"])  # node 4 not there yet
    p2 = Peer(NODES[1])
    p2.join(cluster, S.INITIALIZATION, "")
    Peer(NODES[2]).join(cluster, S.DEPLOYMENT, NODES[1])  # names node 2, which has not said it is past it
    assert cluster.state == S.INITIALIZATION
    cluster._handle(p2.msg("heartbeat", {"state": int(S.OPERATION), "master": NODES[1], "version": 0}))
    cluster.evaluate()
    assert cluster.state == S.OPERATION and cluster.master == NODES[1]


def test_master_lost_then_reelected():
    cluster, clock = make(address=NODES[1])
    p1, p3 = Peer(NODES[0]), Peer(NODES[2])
    p1.join(cluster)
    p3.join(cluster)
    assert cluster.master == NODES[0]
    for _ in range(6):  # p3 keeps talking, p1 is silent
        clock.now += 0.2
        cluster._handle(p3.msg("heartbeat", {"state": int(S.OPERATION), "master": NODES[0], "version": 0}))
        cluster._tick()
        cluster.evaluate()
    assert cluster.membership.nodes[NODES[0]].state == AddressStates.SILENT
    assert cluster.master == NODES[1]


def test_conflict_drives_conciliation():
    cluster, clock = make()
    report = {"group": "g", "name": "p", "state": 20}
    cluster.view.apply_snapshot(NODES[0], [report], 1)
    Peer(NODES[1]).join(cluster, processes=[report])
    Peer(NODES[2]).join(cluster)
    assert cluster.state == S.CONCILIATION
    cluster.view.apply_event(NODES[1], dict(report, state=0), 2)
    cluster.evaluate()
    assert cluster.state == S.OPERATION


def test_restarted_peer_is_checked_again():
    cluster, clock = make()
    Peer(NODES[1]).join(cluster)
    Peer(NODES[2]).join(cluster)
    cluster.sent.clear()
    reborn = Peer(NODES[2], boot=2)
    cluster._handle(reborn.msg("heartbeat", {"state": 0, "master": "", "version": 0}))
    assert cluster.membership.nodes[NODES[2]].state == AddressStates.CHECKING
    assert ("request", {"to": NODES[2], "what": "snapshot"}) in cluster.sent


@pytest.mark.parametrize("body", [{"processes": "nope"}, {"processes": [{"group": "g"}]},
                                  {"processes": [{"group": "g", "name": "p", "state": 12345}]}])
def test_bad_snapshot_is_dropped(body):
    cluster, clock = make()
    peer = Peer(NODES[1])
    cluster._handle(peer.msg("heartbeat", {"state": 0, "master": "", "version": 0}))
    cluster._handle(peer.msg("snapshot", body))
    assert cluster.membership.nodes[NODES[1]].state == AddressStates.CHECKING
    assert cluster.view.processes == {}


def test_bad_heartbeat_state_is_ignored():
    cluster, clock = make(address=NODES[2])
    p1 = Peer(NODES[0])
    p1.join(cluster)
    Peer(NODES[1]).join(cluster)
    cluster._handle(p1.msg("heartbeat", {"state": 99, "master": NODES[0], "version": 0}))
    cluster.evaluate()
    assert cluster.state == S.DEPLOYMENT and cluster.membership.nodes[NODES[0]].announced_state is None


def test_frozen_master_rejoins_without_taking_back_the_mastership():
    cluster, clock = make(address=NODES[0])
    p2, p3 = Peer(NODES[1]), Peer(NODES[2])
    p2.join(cluster)
    p3.join(cluster)
    assert cluster.master == NODES[0]
    clock.now += 2.0  # frozen past the threshold: the tick after SIGCONT sees the stall
    cluster._tick()
    cluster.evaluate()
    assert cluster.master == ""  # no claim until every peer has spoken again
    # p3 still names the old master (its word predates its own detection); p2 has elected itself
    cluster._handle(p3.msg("heartbeat", {"state": int(S.OPERATION), "master": NODES[0], "version": 0}))
    cluster.evaluate()
    assert cluster.master == ""
    cluster._handle(p2.msg("heartbeat", {"state": int(S.OPERATION), "master": NODES[1], "version": 0}))
    cluster.evaluate()
    assert cluster.master == NODES[1]
    # p3 catches up with p2: one master, kept
    cluster._handle(p3.msg("heartbeat", {"state": int(S.OPERATION), "master": NODES[1], "version": 0}))
    cluster.evaluate()
    assert cluster.master == NODES[1]
