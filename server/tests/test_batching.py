"""Local process changes go to the peers as one message per turn of supervisord's loop, in order with
the node's other messages; a heartbeat ahead of the process messages in flight does not cost a
snapshot (viewsync.py). No sockets: a fake link records what would go out."""

from __future__ import annotations

import types

import pytest

from supvisors import messages
from supvisors._generated.enums import ProcessStates

from .test_fsm import NODES, Peer, make_operational


class FakeLink:
    closed = False
    down_since = None
    subscribed = True

    def __init__(self):
        self.out: list[tuple] = []
        self.heartbeat_body: dict = {}

    def send(self, kind, body):
        self.out.append((kind, body))

    def event(self, topic, payload):
        self.out.append(("event:" + topic, payload))

    def listening(self):
        return self.subscribed

    def beat(self, body, now=True):
        self.heartbeat_body = body

    def sent(self, kind):
        return [body for k, body in self.out if k == kind]


def _process(name, state, group="g"):
    config = types.SimpleNamespace(name=name, exitcodes=[0])
    process = types.SimpleNamespace(config=config, exitstatus=None, laststart=1.0, pid=7, spawnerr="",
                                    group=types.SimpleNamespace(config=types.SimpleNamespace(name=group)))
    process.get_state = lambda: state
    return process


def _cluster_with_link():
    cluster, clock = make_operational()
    del cluster.send  # the real one, through the link
    cluster.link = FakeLink()
    cluster.wake = lambda: None
    return cluster, clock


def _event(cluster, name, state):
    cluster._on_process_event(types.SimpleNamespace(process=_process(name, state)))


def test_the_changes_of_a_turn_go_out_as_one_message_at_its_end():
    cluster, _ = _cluster_with_link()
    for i in range(150):
        _event(cluster, f"p{i}", ProcessStates.STARTING)
    _event(cluster, "p0", ProcessStates.RUNNING)
    assert cluster.link.sent("process") == []  # nothing yet: the view only
    assert cluster.view.processes["g:p0"].state() == ProcessStates.RUNNING
    assert cluster.link.heartbeat_body.get("version", 0) == 0  # not announced before it is sent
    cluster.drain_inbox()  # the next turn of the loop: the end of this one
    batches = cluster.link.sent("process")
    assert [(b["version"], len(b["processes"])) for b in batches] == [(100, 100), (151, 51)]
    reports = [r for b in batches for r in b["processes"]]
    assert [(r["name"], r["state"]) for r in reports[:2]] == [("p0", 10), ("p1", 10)]
    assert (reports[-1]["name"], reports[-1]["state"]) == ("p0", 20)  # in order: STARTING, then RUNNING
    assert cluster.link.heartbeat_body["version"] == 151


def test_another_message_takes_the_pending_changes_out_first():
    """A reply to a command must not overtake the process events the command caused (jobs.py)."""
    cluster, _ = _cluster_with_link()
    _event(cluster, "x", ProcessStates.STARTING)
    cluster.send(messages.Reply(to=NODES[1], id="1", ok=True, code=0, error=""))
    assert [k for k, _ in cluster.link.out if ":" not in k] == ["process", "reply"]
    cluster.drain_inbox()
    assert [k for k, _ in cluster.link.out if ":" not in k] == ["process", "reply"]  # nothing twice


def test_no_event_body_is_built_without_a_subscriber():
    cluster, _ = _cluster_with_link()
    shown = []
    cluster.watchers.append(shown.append)
    cluster.link.subscribed = False
    _event(cluster, "x", ProcessStates.STARTING)
    cluster.drain_inbox()
    assert not cluster.link.sent("event:process") and shown == ["process", "application"]
    cluster.link.subscribed = True
    _event(cluster, "x", ProcessStates.RUNNING)
    cluster.drain_inbox()
    assert [b["statename"] for b in cluster.link.sent("event:process")] == ["RUNNING"]
    assert [b["application_name"] for b in cluster.link.sent("event:application")] == ["g"]


def test_a_batch_is_applied_in_order_and_its_versions_followed():
    cluster, clock = make_operational()
    peer = Peer(NODES[1])
    peer.seq = 100
    x = {"group": "g", "name": "x", "state": int(ProcessStates.STARTING)}
    cluster._handle(peer.msg("snapshot", {"version": 5, "processes": []}))
    cluster.sent.clear()
    cluster._handle(peer.msg("process", {"version": 8, "processes": [
        x, dict(x, name="y"), dict(x, state=int(ProcessStates.RUNNING))]}))
    assert cluster.sent == [] and cluster.sync.up_to_date(NODES[1], 8)
    assert cluster.view.processes["g:x"].state() == ProcessStates.RUNNING
    clock.now += 1
    cluster._handle(peer.msg("process", {"version": 12, "processes": [x, x]}))  # 9 and 10 were lost
    assert ("request", {"to": NODES[1], "what": "snapshot"}) in cluster.sent


def test_a_heartbeat_ahead_waits_one_period_before_a_snapshot_is_asked():
    """The sender's heartbeat may leave before the process message queued just before it."""
    cluster, clock = make_operational()
    peer = Peer(NODES[1])
    peer.seq = 100
    beat = {"state": 2, "master": NODES[0]}
    cluster._handle(peer.msg("snapshot", {"version": 5, "processes": []}))
    cluster.sent.clear()
    clock.now += 1
    cluster._handle(peer.msg("heartbeat", dict(beat, version=7)))
    assert cluster.sent == []  # 6 and 7 may be on their way
    cluster._handle(peer.msg("process", {"version": 7, "processes": [
        {"group": "g", "name": "x", "state": 10}, {"group": "g", "name": "x", "state": 20}]}))
    cluster._handle(peer.msg("heartbeat", dict(beat, version=9)))
    assert cluster.sent == []  # 7 came: 8 and 9 may be on their way too
    clock.now += 1
    cluster._handle(peer.msg("heartbeat", dict(beat, version=9)))
    assert ("request", {"to": NODES[1], "what": "snapshot"}) in cluster.sent  # 8 and 9 never came
    cluster._handle(peer.msg("snapshot", {"version": 9, "processes": []}))
    cluster._handle(peer.msg("process", {"version": 10, "processes": [{"group": "g", "name": "x", "state": 0}]}))
    cluster.sent.clear()
    clock.now += 1
    cluster._handle(peer.msg("heartbeat", dict(beat, version=9)))  # built before the message of 10
    assert cluster.sent == []


@pytest.mark.parametrize("body, error", [
    ({"version": 1, "processes": []}, "process: key 'processes' is empty"),
    ({"version": 1, "processes": [{"group": "g", "name": "x", "state": 0}] * 2},
     "process: version 1 is lower than the number of reports"),
    ({"version": 1, "process": {"group": "g", "name": "x", "state": 0}}, "process: key 'processes' missing"),
])
def test_malformed_process_messages_are_named(body, error):
    with pytest.raises(messages.MessageError, match=error):
        messages.parse("process", body)


def test_the_sync_thread_follows_the_event_stream_subscriptions():
    """XPUB (not verbose): a prefix comes with its first subscriber and goes with its last one."""
    import zmq

    from supvisors.options import SupvisorsOptions
    from supvisors.sync import SyncThread

    class Frames:
        def __init__(self, *frames):
            self.frames = list(frames)

        def recv(self, flags=0):
            if not self.frames:
                raise zmq.Again()
            return self.frames.pop(0)

    opts = SupvisorsOptions(address_list=list(NODES), address=NODES[0], secret=b"x")
    thread = SyncThread(opts, None, None, None, None, dict)
    thread._subscriptions(Frames(b"\x01process", b"\x01"))
    assert thread.listening and thread.topics == {b"process", b""}
    thread._subscriptions(Frames(b"\x00process"))
    assert thread.listening
    thread._subscriptions(Frames(b"\x00", b"garbage"))
    assert not thread.listening
