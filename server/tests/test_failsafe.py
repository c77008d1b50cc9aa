"""Fail-safe node, unit level: the sync link never blocks and restarts a dead thread; a node out of the
cluster says so; reads apply the inbox first; snapshots remove processes; bounded fault texts; the
factory's port checks and refusal line."""

from __future__ import annotations

import collections
import queue
import socket
import threading
import time

import pytest
from supervisor.xmlrpc import RPCError

from supvisors import link as sync
from supvisors._generated.enums import AddressStates, ProcessStates, SupvisorsStates
from supvisors._generated.faults import Faults
from supvisors.link import SyncLink
from supvisors.options import ConfigError, SupvisorsOptions, parse_options
from supvisors.plugin import _refuse, check_ports
from supvisors.processes import ProcessView
from supvisors.rpcchecks import show
from supvisors.rpcinterface import SupvisorsNamespaceRPCInterface
from supvisors.rules import Rules
from supvisors.sync import SyncThread
from supvisors.wire import Message

from .test_fsm import NODES, Logger, Peer, make_operational
from .test_units import Clock

S = SupvisorsStates


class DyingThread(threading.Thread):
    """Stands for a SyncThread that raises at once."""

    def __init__(self, opts, outbox, out_waker, inbox, in_waker, body_source, logger):
        super().__init__(daemon=True)
        self.error = RuntimeError("boom")
        self.started_at = 0.0

    def run(self):
        pass


def _opts(**kw):
    return SupvisorsOptions(address_list=["127.0.0.1"], address="127.0.0.1", secret=b"k", **kw)


def test_link_notices_a_dead_thread_and_restarts_it_with_a_backoff():
    clock, downs, ups = Clock(), [], []
    link = SyncLink(_opts(), queue.SimpleQueue(), Logger(), lambda r, d: downs.append((r, d)),
                    lambda: ups.append(clock.now), clock, thread_factory=DyingThread)
    link.open()
    link.thread.join(1)
    link.watch()
    assert downs == [("RuntimeError: boom", 0.5)] and not link.alive()
    link.watch()  # told once
    assert len(downs) == 1
    link.post(("send", "x", {}))  # out of the cluster: dropped, never blocks, never raises
    assert not link.outbox
    clock.now += 0.4
    link.watch()
    assert ups == []
    clock.now += 0.2
    link.watch()
    assert ups == [clock.now] and link.restarts == 1
    link.thread.join(1)
    link.watch()  # second death in a row: twice the wait
    assert downs[-1][1] == 1.0
    for _ in range(10):
        clock.now += 10
        link.watch()
        link.thread.join(1)
        link.watch()
    assert downs[-1][1] == sync.RESTART_BACKOFF_MAX
    link.close()


def test_link_outbox_is_bounded(monkeypatch):
    monkeypatch.setattr(sync, "OUTBOX_LIMIT", 3)
    gate = threading.Event()

    class Stuck(DyingThread):
        def run(self):
            gate.wait(5)

    link = SyncLink(_opts(), queue.SimpleQueue(), Logger(), lambda r, d: None, lambda: None, Clock(),
                    thread_factory=Stuck)
    link.open()
    for i in range(5):
        link.send("process", {"i": i})
    assert len(link.outbox) == 3 and link.dropped == 2
    gate.set()
    link.close()


def test_real_thread_that_cannot_bind_reports_and_closes_everything():
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        port = squatter.getsockname()[1]
        inbox = queue.SimpleQueue()
        link = SyncLink(_opts(internal_port=port, event_port=port + 1 if port < 65535 else port - 1), inbox,
                        Logger(), lambda r, d: None, lambda: None)
        link.open()
        link.thread.join(5)
        assert not link.thread.is_alive()
        kind, reason = inbox.get(timeout=1)
        assert kind == "sync-down" and "Address already in use" in reason
    link.close(timeout=1)


def test_real_thread_stops_fast_and_posts_ticks():
    inbox = queue.SimpleQueue()
    with socket.socket() as a, socket.socket() as b:
        a.bind(("127.0.0.1", 0))
        b.bind(("127.0.0.1", 0))
        ports = a.getsockname()[1], b.getsockname()[1]
    link = SyncLink(_opts(internal_port=ports[0], event_port=ports[1]), inbox, Logger(),
                    lambda r, d: None, lambda: None)
    link.open()
    assert inbox.get(timeout=2) == ("tick", {}, {})
    assert isinstance(link.thread, SyncThread) and link.alive()
    t0 = time.monotonic()
    link.close()
    assert time.monotonic() - t0 < 1.5 and link.thread is None
    link.send("process", {})  # closed: dropped, never raises


class DownLink:
    """Stands for a SyncLink whose thread is dead (down_since set) or running again (None)."""

    down_since: float | None = 1.0

    def send(self, kind, body):
        pass

    event = send

    def listening(self):
        return True

    def beat(self, body, now=True):
        pass


def test_a_node_whose_sync_thread_died_leaves_the_cluster():
    cluster, clock = make_operational()
    cluster.link = DownLink()
    cluster._sync_down("RuntimeError: boom", 0.5)
    assert cluster.master == "" and cluster.state == S.INITIALIZATION
    assert [n.state for a, n in cluster.membership.nodes.items() if a != NODES[0]] == [AddressStates.SILENT] * 2
    clock.now += 100  # past synchro_timeout: still out of the cluster while the thread is down
    cluster.evaluate()
    assert cluster.state == S.INITIALIZATION
    rpc = SupvisorsNamespaceRPCInterface(cluster)
    with pytest.raises(RPCError) as info:
        rpc.get_all_process_info()
    assert info.value.code == Faults.BAD_SUPVISORS_STATE and "sync thread is down" in info.value.text
    assert rpc.get_supvisors_state()["statename"] == "INITIALIZATION"
    cluster.link.down_since = None  # restarted
    cluster._sync_up()
    for peer in (Peer(NODES[1], boot=2), Peer(NODES[2], boot=2)):
        peer.join(cluster, state=S.OPERATION, master=NODES[1])
    assert cluster.state == S.OPERATION and cluster.master == NODES[1]


@pytest.mark.parametrize("call", [
    lambda rpc: rpc.get_api_version(),
    lambda rpc: rpc.get_supvisors_state(),
    lambda rpc: rpc.get_master_address(),
    lambda rpc: rpc.get_address_info(NODES[1]),
    lambda rpc: rpc.get_all_addresses_info(),
    lambda rpc: rpc.get_all_process_info(),
    lambda rpc: rpc.start_args("nope:nope"),
], ids=["api_version", "state", "master", "address", "all_addresses", "all_process", "start_args"])
def test_every_read_applies_the_inbox_first(call):
    cluster, clock = make_operational()
    # node 2 restarted (new incarnation): the message waits in the inbox when the request comes
    cluster.inbox.put(("message", Message(NODES[1], "new", 1, 5.0, "heartbeat",
                                          {"state": int(S.OPERATION), "master": NODES[0], "version": 0})))
    rpc = SupvisorsNamespaceRPCInterface(cluster)
    try:
        call(rpc)
    except RPCError:
        pass  # start_args of an unknown process: the inbox was applied before the check
    assert cluster.inbox.empty()
    assert cluster.membership.nodes[NODES[1]].state == AddressStates.CHECKING


def test_a_snapshot_removes_what_its_node_no_longer_reports():
    view = ProcessView(Rules())

    def report(group, name):
        return {"group": group, "name": name, "state": int(ProcessStates.STOPPED)}

    view.apply_snapshot("a", [report("g", "x"), report("h", "y")], 1)
    view.apply_snapshot("b", [report("g", "x"), report("g", "z")], 1)
    changed = view.apply_snapshot("a", [report("g", "x")], 2)
    assert changed == ["h:y"] and "h:y" not in view.processes and view.applications() == ["g"]
    view.apply_snapshot("b", [], 3)
    assert sorted(view.processes) == ["g:x"]


def test_the_cluster_publishes_removals():
    cluster, _ = make_operational()
    events = []
    cluster.stream.publish = lambda topic, payload: events.append((topic, payload()))
    cluster._handle(Peer(NODES[1]).msg("snapshot", {"version": 1, "processes": [
        {"group": "g", "name": "x", "state": int(ProcessStates.STOPPED)}]}))
    events.clear()
    peer = Peer(NODES[1])
    peer.seq = 10
    cluster._handle(peer.msg("snapshot", {"version": 2, "processes": []}))
    assert [(t, p.get("removed")) for t, p in events] == [("process", True), ("application", True)]
    assert events[0][1]["process_name"] == "x" and events[1][1]["application_name"] == "g"
    assert events[0][1]["address"] == NODES[1]  # the node whose snapshot removed it


def test_process_events_name_the_node_where_the_change_happened():
    """A stopped process has no `addresses`: the event's `address` tells which node stopped it."""
    cluster, clock = make_operational()
    events = []
    cluster.stream.publish = lambda topic, payload: events.append((topic, payload()))
    peer = Peer(NODES[1])
    peer.seq = 10
    cluster._handle(peer.msg("snapshot", {"version": 1, "processes": [
        {"group": "g", "name": "x", "state": int(ProcessStates.RUNNING)}]}))
    cluster._handle(peer.msg("process", {"version": 2, "processes": [{
        "group": "g", "name": "x", "state": int(ProcessStates.STOPPED)}]}))
    cluster._handle(peer.msg("process", {"version": 3, "processes": [{
        "group": "g", "name": "x", "state": int(ProcessStates.RUNNING)}]}))
    for _ in range(10):  # NODES[1] and NODES[2] go silent: what ran there becomes UNKNOWN
        clock.now += 0.3
        cluster._tick()
    seen = [(p["statename"], p["addresses"], p["address"]) for t, p in events if t == "process"]
    assert seen == [("RUNNING", [NODES[1]], NODES[1]), ("STOPPED", [], NODES[1]),
                    ("RUNNING", [NODES[1]], NODES[1]), ("UNKNOWN", [], NODES[1])]
    assert all("removed" not in p for _, p in events)
    assert [p["statename"] for t, p in events if t == "address"] == ["SILENT", "SILENT"]


def test_fault_texts_are_bounded():
    deep: list = []
    for _ in range(10_000):
        deep = [deep]
    assert len(show(deep)) < 100
    assert len(show("x" * 1_000_000)) < 200
    cluster, _ = make_operational()
    rpc = SupvisorsNamespaceRPCInterface(cluster)
    for call, code in [(lambda: rpc.get_process_info(deep), Faults.BAD_NAME),
                       (lambda: rpc.get_application_info(deep), Faults.BAD_NAME),
                       (lambda: rpc.get_address_info(deep), Faults.BAD_ADDRESS),
                       (lambda: rpc.start_args(deep), Faults.BAD_NAME),
                       (lambda: rpc.start_process(deep, "g:x"), Faults.BAD_STRATEGY)]:
        with pytest.raises(RPCError) as info:
            call()
        assert info.value.code == code and len(info.value.text) < 500


def test_check_ports_names_the_setting_address_and_port():
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        port = squatter.getsockname()[1]
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            free = probe.getsockname()[1]
        with pytest.raises(ConfigError, match=f"^supvisors: event_port 127.0.0.1:{port} is already in use$"):
            check_ports(_opts(internal_port=free, event_port=port))
    opts = SupvisorsOptions(address_list=["192.0.2.1"], address="192.0.2.1", secret=b"k")
    with pytest.raises(ConfigError, match="address 192.0.2.1 is not an address of this host"):
        check_ports(opts)


def test_refuse_puts_the_reason_on_the_error_line():
    printed = []

    class Options:
        def usage(self, msg):
            printed.append(msg)

    supervisord = type("S", (), {"options": Options()})()
    _refuse(supervisord, "supvisors: internal_port='x' is not a port number")
    supervisord.options.usage("Could not make supvisors rpc interface")
    supervisord.options.usage("Could not make supvisors rpc interface")  # once only
    assert printed == ["supvisors: internal_port='x' is not a port number", "Could not make supvisors rpc interface"]


@pytest.mark.parametrize("raw, value", [("KILL", 9), ("sigterm", 15), ("none", None), ("off", None)])
def test_orphan_signal_setting(raw, value):
    opts = parse_options({"address_list": "h", "address": "h", "shared_secret": "s", "orphan_signal": raw}, [])
    assert opts.orphan_signal == value


def test_a_gap_in_a_peer_versions_asks_for_its_snapshot():
    """Events of a peer dropped on the way (its queue overflowed): the next process message does not
    follow the last version applied; the peer counts as behind and its snapshot is asked."""
    cluster, clock = make_operational()
    peer = Peer(NODES[1])
    peer.seq = 100
    report = {"group": "g", "name": "x", "state": int(ProcessStates.RUNNING)}
    cluster._handle(peer.msg("snapshot", {"version": 5, "processes": [report]}))
    cluster.sent.clear()
    cluster._handle(peer.msg("process", {"version": 6, "processes": [report]}))
    assert cluster.sent == [] and cluster.sync.up_to_date(NODES[1], 6)
    clock.now += 1  # past the pacing of snapshot requests
    cluster._handle(peer.msg("process", {"version": 9, "processes": [report]}))  # 7 and 8 were lost
    assert ("request", {"to": NODES[1], "what": "snapshot"}) in cluster.sent
    assert not cluster.sync.up_to_date(NODES[1], 9)


def test_the_heartbeat_body_is_read_from_the_link_not_queued():
    """Whatever the queue holds or drops, the next heartbeat carries the newest body; after a freeze,
    the old master is hidden until supervisord's thread sets a new body."""
    holder = {"body": {"state": 2, "master": "a", "version": 1}}
    thread = SyncThread(_opts(), collections.deque(), sync.Waker(), queue.SimpleQueue(), sync.Waker(),
                        lambda: holder["body"])
    assert thread._body()["version"] == 1
    holder["body"] = {"state": 2, "master": "a", "version": 7}
    assert thread._body()["version"] == 7
    thread.hidden = holder["body"]
    assert thread._body() == {"state": 2, "master": "", "version": 7}
    holder["body"] = {"state": 2, "master": "b", "version": 8}
    assert thread._body()["master"] == "b"
