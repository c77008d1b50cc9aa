"""Fault injection for live tests: an rpcinterface loaded beside supvisors in a test node only.

    [rpcinterface:faults]
    supervisor.rpcinterface_factory = harness.faults:make_faults_rpcinterface

(the harness package is installed in the venv that runs the daemons: `make venv`). Its methods reach
into the node's own supvisors Cluster; nothing of this ships in the supvisors package.
"""

from __future__ import annotations

import os
import time
import xmlrpc.client

# Wall clock of this node's messages, shifted by this many seconds (a clock stepped back or ahead):
# set in the daemon's environment, applied before the sync thread starts.
WALL_OFFSET_ENV = "SUPVISORS_TEST_WALL_OFFSET"


class InjectedFault(RuntimeError):
    """Raised inside the sync thread by kill_sync."""


def _boom(*args, **kwargs):
    raise InjectedFault("injected fault")


class _DeadThread:
    """A sync thread that dies as soon as it starts (kill_sync(forever=True))."""

    def __init__(self, real_factory):
        self.real_factory = real_factory

    def __call__(self, *args, **kwargs):
        thread = self.real_factory(*args, **kwargs)
        thread.encoder.encode = _boom
        return thread


class FaultsRPCInterface:
    def __init__(self, supervisord):
        self.supervisord = supervisord

    def _cluster(self):
        from supvisors.plugin import _clusters

        return _clusters[self.supervisord]

    def kill_sync(self, forever=False):
        """Make the running sync thread raise at its next heartbeat (forever: every new one too)."""
        link = self._cluster().link
        if forever and not isinstance(link.thread_factory, _DeadThread):
            link.thread_factory = _DeadThread(link.thread_factory)
        if link.thread is not None:
            link.thread.encoder.encode = _boom
        return True

    def heal_sync(self):
        link = self._cluster().link
        if isinstance(link.thread_factory, _DeadThread):
            link.thread_factory = link.thread_factory.real_factory
        return True

    def set_backoff(self, first, longest):
        link = self._cluster().link
        link.backoff, link.backoff_max = float(first), float(longest)
        return True

    def capture(self):
        """Keep a copy of every frame this node's sync thread sends from now on (a wire capture)."""
        thread = self._cluster().link.thread
        encode = thread.encoder.encode
        frames: list = []
        thread.captured = frames

        def recording(*args, **kwargs):
            out = encode(*args, **kwargs)
            frames.append(out)
            return out

        thread.encoder.encode = recording
        return True

    def captured(self):
        """The frames captured so far: [[payload, mac], ...] as binaries."""
        frames = getattr(self._cluster().link.thread, "captured", [])
        return [[xmlrpc.client.Binary(f) for f in pair] for pair in frames]

    def incarnation(self):
        """This node's current incarnation (what its heartbeats show anyone on the wire)."""
        return self._cluster().link.thread.sessions.inc

    def watch_heartbeats(self):
        """Record when this node's sync thread receives each peer's heartbeats, from now on."""
        thread = self._cluster().link.thread
        decode = thread.decoder.decode
        arrivals: dict = {}
        thread.heartbeat_arrivals = arrivals
        thread.heartbeats_addressed = {}

        def recording(frames):
            message = decode(frames)
            if message.kind == "heartbeat":
                arrivals.setdefault(message.sender, []).append((time.monotonic(), message.t / 1000))
                if message.seen is not None:  # addressed to this node (gossip mode)
                    thread.heartbeats_addressed[message.sender] = thread.heartbeats_addressed.get(message.sender, 0) + 1
            return message

        thread.decoder.decode = recording
        return True

    def heartbeat_gaps(self):
        """Per peer: [count, longest gap in seconds between the heartbeats recorded so far, as received
        here, and the same gap as the peer sent them (its clock)]: the second tells a late sender from
        a late reader."""
        arrivals = getattr(self._cluster().link.thread, "heartbeat_arrivals", {})

        def longest(times):
            return max((b - a for a, b in zip(times, times[1:], strict=False)), default=0.0)

        return {peer: [len(times), longest([r for r, _ in times]), longest([t for _, t in times])]
                for peer, times in arrivals.items()}

    def stall_sync(self, seconds):
        """Make the sync thread sleep that long at its next send (while supervisord's thread goes on)."""
        thread = self._cluster().link.thread
        encode = thread.encoder.encode

        def stalling(*args, **kwargs):
            thread.encoder.encode = encode
            thread.stalled = True
            time.sleep(float(seconds))
            thread.stalled = False
            return encode(*args, **kwargs)

        thread.encoder.encode = stalling
        return True

    def set_outbox_limit(self, limit):
        """The bound of the queue towards the sync thread (supvisors.link.OUTBOX_LIMIT), for this daemon."""
        from supvisors import link

        link.OUTBOX_LIMIT = int(limit)
        return True

    def send_oversized(self, size):
        """Publish one message of about size bytes to the peers: over their max_message_size, their
        SUB drops this node's connection (ZeroMQ's MAXMSGSIZE), and it reconnects."""
        self._cluster().link.send("request", {"to": "*", "what": "nothing", "pad": "x" * int(size)})
        return True

    def connection_drops(self):
        """How many of this node's connections to its peers closed (the sync thread's ConnectionWatch)."""
        watch = getattr(self._cluster().link.thread, "watch", None)
        return watch.disconnects if watch is not None else -1

    def deafen(self, peer):
        """From now on, this node's sync thread refuses every message of that peer after reading it: a
        one-way cut (the peer still hears this node)."""
        from supvisors.wire import WireError

        thread = self._cluster().link.thread
        if not hasattr(thread, "deaf_to"):
            thread.deaf_to = set()
            decode = thread.decoder.decode

            def deaf(frames):
                message = decode(frames)
                if message.sender in thread.deaf_to:
                    raise WireError(f"{message.sender}: deafened (test)")
                return message

            thread.decoder.decode = deaf
        thread.deaf_to.add(peer)
        return True

    def hear(self, peer):
        """Undo deafen(peer)."""
        getattr(self._cluster().link.thread, "deaf_to", set()).discard(peer)
        return True

    def gossip_status(self):
        """news: how many times a peer's table told this node that another node lives (gossip.py; -1:
        all-to-all); addressed: per peer, its heartbeats addressed to this node since watch_heartbeats."""
        thread = self._cluster().link.thread
        gossip = getattr(thread, "gossip", None)
        return {"news": gossip.news if gossip is not None else -1,
                "addressed": getattr(thread, "heartbeats_addressed", {})}

    def sync_status(self):
        link = self._cluster().link
        return {"alive": link.alive(), "restarts": link.restarts, "down": link.down_since is not None,
                "stalled": bool(getattr(link.thread, "stalled", False)), "dropped": link.dropped}


def _shift_wall_clock(offset: float) -> None:
    from supvisors import sync, wire

    class ShiftedEncoder(wire.Encoder):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, wall=lambda: time.time() + offset, **kwargs)

    sync.Encoder = ShiftedEncoder


def make_faults_rpcinterface(supervisord, **config):
    if os.environ.get(WALL_OFFSET_ENV):
        _shift_wall_clock(float(os.environ[WALL_OFFSET_ENV]))
    return FaultsRPCInterface(supervisord)
