"""The sync thread: every ZeroMQ socket of the plugin lives there, and only there (link.py is its
supervisord-side handle).

Threading rule:
- `SyncThread` owns its ZeroMQ context, its sockets (internal PUB/SUB, event PUB) and the Encoder
  (sequence numbers). It never touches supervisor's objects nor the cluster view. It creates its
  context and sockets inside its try/finally, so whatever ends it (a stop, a bind error, a bug) closes
  them with linger 0 and terminates the context: nothing of it can block anybody afterwards.
- `SyncLink` (link.py) is the supervisord thread's side: it starts, watches, restarts and stops the thread, and
  is the only way between the two. Nothing in it blocks supervisord's thread, ever:
  - supervisord -> sync: items are appended to `outbox` (a deque, thread-safe for append/popleft,
    bounded at OUTBOX_LIMIT: past it new items are dropped and counted, logged at most every 10 s;
    the peers notice the gap by the version in the heartbeats and ask a snapshot) and a byte is
    written on the thread's Waker, whose read end the thread polls beside its sockets;
  - sync -> supervisord: received messages are authenticated here (wire.Decoder), then put on `inbox`
    (a SimpleQueue), and supervisord's loop is woken through the inbound Waker (a socketpair in
    supervisord's socket map). Every heartbeat period the thread posts a ("tick", absorbed, vouched),
    which drives the membership checks and carries the peers' unchanged heartbeats of the period (only
    their times matter; a changed heartbeat goes through as a message at once) and, in gossip mode,
    the news of nodes heard through peers (gossip.py); when it ends on an error it posts
    ("sync-down", reason).
- If the thread dies, `SyncLink.watch` (called at every turn of supervisord's loop, at least once a
  second) notices, tells the cluster once (`on_down`), and starts a new thread after a backoff
  (RESTART_BACKOFF, doubled at each failure in a row, up to RESTART_BACKOFF_MAX). A new thread is a
  new incarnation: the peers check this node again, as after a restart.
"""

from __future__ import annotations

import collections
import ipaddress
import json
import math
import queue
import socket
import sys
import threading
import time
from collections.abc import Callable

import zmq
from supervisor.medusa import asyncore_25

from . import connwatch, gossip
from .channel import EVENTS_DOMAIN, INTERNAL_DOMAIN, Curve, DropLog
from .options import SupvisorsOptions
from .wire import Decoder, Encoder, Message, Sessions, Unacknowledged, WireError

# After its own beat, the thread waits this long before reading the peers' heartbeats, which arrive
# then (the beats are phased on the wall clock): one wake-up for all of them, not one each. A message
# that arrives in the window waits at most this long; outside it, it is read at once.
BATCH_WINDOW = 0.004
BATCH_EARLY = 0.002  # s: and from this long before it (peers whose beat comes a little earlier)
PHASE_SLACK = 0.002  # s: a beat due this close to the phase point is that one (no double beat)



def _source_prefix(address: str) -> str:
    """Nodes sharing one machine on loopback addresses connect from their own address (not the kernel's
    default 127.0.0.1), so that each peer sees, and a firewall can tell apart, who talks to whom."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return ""
    return f"{address}:0;" if ip.is_loopback and ip.version == 4 else ""


class Waker:
    """A socketpair: one thread writes a byte, the other's poll wakes on the read end."""

    def __init__(self) -> None:
        self.reader, self.writer = socket.socketpair()
        self.reader.setblocking(False)
        self.writer.setblocking(False)

    def wake(self) -> None:
        try:
            self.writer.send(b"\0")
        except (BlockingIOError, OSError):
            pass  # the pipe is full (the reader will wake anyway) or closed (nobody listens any more)

    def drain(self) -> None:
        try:
            while self.reader.recv(4096):
                pass
        except (BlockingIOError, OSError):
            pass

    def close(self) -> None:
        self.reader.close()
        self.writer.close()


class InboxDispatcher(asyncore_25.dispatcher):
    """Sits in supervisord's socket map on the inbound Waker: the sync thread's wake-up byte makes its
    poll return and `on_read` (Cluster.drain_inbox) run; `on_turn` (the watchdog) runs at every turn
    of supervisord's loop, at least once a second."""

    def __init__(self, waker: Waker, on_read: Callable[[], None], on_turn: Callable[[], None], logger):
        asyncore_25.dispatcher.__init__(self, sock=waker.reader, map=asyncore_25.socket_map)
        self.waker, self.on_read, self.on_turn, self.logger = waker, on_read, on_turn, logger

    def readable(self) -> bool:
        self.on_turn()
        return True

    def writable(self) -> bool:
        return False

    def handle_read(self) -> None:
        self.waker.drain()
        self.on_read()

    def handle_error(self) -> None:
        self.logger.error(f"supvisors: error in the inbox dispatcher: {asyncore_25.compact_traceback()}")

    def handle_close(self) -> None:
        pass


class SyncThread(threading.Thread):
    """One life of the sync thread. Items of the outbox: ("send", kind, body), ("event", topic, payload),
    ("beat",) (publish a heartbeat at once) and ("stop",). The heartbeat body is not queued: the thread
    reads the latest one from `body_source` (SyncLink.heartbeat_body, swapped whole by supervisord's
    thread), so no overflow of the outbox can leave the peers with a stale version."""

    def __init__(self, opts: SupvisorsOptions, outbox: collections.deque, out_waker: Waker,
                 inbox: queue.SimpleQueue, in_waker: Waker, body_source: Callable[[], dict], logger=None):
        super().__init__(name="supvisors-sync", daemon=True)
        self.opts = opts
        self.outbox = outbox
        self.out_waker = out_waker
        self.inbox = inbox
        self.in_waker = in_waker
        self.logger = logger
        self.sessions = Sessions(opts.address, opts.address_list)
        self.encoder = Encoder(opts.address, opts.secret, self.sessions)
        self.decoder = Decoder(opts.address, opts.address_list, opts.secret, self.sessions, opts.max_message_size)
        self.drops = DropLog(self._warn)
        self.beat_now = False  # a handshake step: publish a heartbeat at once
        # Unchanged heartbeats do not wake supervisord's thread: the last of each peer goes with the
        # next tick, which only moves its times (Membership.touch). That thread's idle cost stays flat in N.
        self.last_beat: dict[str, dict] = {}
        self.absorbed: dict[str, tuple[float, Message]] = {}
        self.arrivals: dict[str, float] = {}  # peer -> when its last message came (until it goes silent)
        self.body_source = body_source
        self.hidden: dict | None = None  # a body whose master is not announced (after a freeze)
        self.error: BaseException | None = None
        self.curve: Curve | None = None
        self.started_at = time.monotonic()
        self.stopped = False  # ended by a ("stop",) item, not by an error
        self.topics: set[bytes] = set()  # the event stream's subscribed prefixes (_subscriptions)
        self.watch: connwatch.ConnectionWatch | None = None  # the peers' connections (_serve)
        self.listening = False
        # gossip mode: unchanged heartbeats go to a few peers only, with news of the others (gossip.py)
        self.gossip = gossip.Gossip(opts.address, opts.address_list, opts.gossip_fanout) if opts.gossip_fanout else None
        self.sent_body: dict | None = None  # the last body published to all

    def _warn(self, text: str) -> None:
        if self.logger is not None:
            self.logger.warn(f"supvisors: {text}")
        else:
            print(f"supvisors: {text}", file=sys.stderr)  # no supervisord logger (tests, tools)

    def run(self) -> None:
        zctx = zmq.Context()
        sockets: list[zmq.Socket] = []
        linger = 0
        try:
            linger = self._serve(zctx, sockets)
        except BaseException as exc:  # reported to the supervisord thread (inbox + SyncLink.watch)
            self.error = exc
        finally:
            for s in sockets:
                s.close(linger if s.type == zmq.PUB else 0)
            if self.curve is not None:
                self.curve.stop()
            zctx.term()
            if self.error is not None:
                self.inbox.put(("sync-down", f"{type(self.error).__name__}: {self.error}"))
                self.in_waker.wake()

    def _serve(self, zctx: zmq.Context, sockets: list[zmq.Socket]) -> int:
        """Run until a ("stop",) item; return the linger (ms) for the publishing socket."""
        opts = self.opts
        # The event stream is an XPUB: the subscriptions come back, so that nothing is built for nobody
        pub, sub, events = (zctx.socket(t) for t in (zmq.PUB, zmq.SUB, zmq.XPUB))
        sockets += [pub, sub, events]
        for s in sockets:
            s.setsockopt(zmq.LINGER, 0)
        for prefix in [gossip.BROADCAST, gossip.topic(opts.address)] if self.gossip else [b""]:
            sub.setsockopt(zmq.SUBSCRIBE, prefix)
        # A frame above the largest legitimate message closes the connection at once: no memory for it.
        sub.setsockopt(zmq.MAXMSGSIZE, opts.max_message_size + 64)
        sub.setsockopt(zmq.RCVHWM, 1000)
        if opts.curve_keys_dir is not None:
            self.curve = Curve(zctx, opts.curve_keys_dir, opts.curve_keys, opts.event_curve)
            self.curve.server(sub, INTERNAL_DOMAIN)
            if opts.event_curve:
                self.curve.server(events, EVENTS_DOMAIN)
        # The receiving socket binds the internal port; the publishing one connects to every peer's.
        # So the internal port is where anything that reaches this node arrives, and is checked.
        sub.bind(f"tcp://{opts.address}:{opts.internal_port}")
        for address in opts.event_binds:  # the node's address, and 127.0.0.1 when it is alone on its host
            events.bind(f"tcp://{address}:{opts.event_port}")
        pub.setsockopt(zmq.RECONNECT_IVL, 100)
        pub.setsockopt(zmq.RECONNECT_IVL_MAX, 100)  # a session needs both directions: reconnect soon
        # a peer's connection closed and its reconnection refused: that supervisord is gone (connwatch.py)
        self.watch = watch = connwatch.ConnectionWatch([p for p in opts.address_list if p != opts.address])
        monitor = pub.get_monitor_socket(connwatch.EVENTS)
        sockets.append(monitor)
        source = _source_prefix(opts.address)
        for peer in opts.address_list:
            if peer != opts.address:
                if self.curve is not None:
                    self.curve.client(pub, peer)
                pub.connect(f"tcp://{source}{peer}:{opts.internal_port}")
        poller = zmq.Poller()
        poller.register(sub, zmq.POLLIN)
        out_fd = self.out_waker.reader.fileno()
        poller.register(out_fd, zmq.POLLIN)
        poller.register(events, zmq.POLLIN)
        holding = zmq.Poller()  # the batch window: the outbox only, the peers' heartbeats wait
        holding.register(out_fd, zmq.POLLIN)
        period, threshold = opts.heartbeat_period, opts.silence_threshold
        now = last_loop = time.monotonic()
        next_beat, hold_until = now, 0.0  # the first beat at once, the next ones on the phase
        while True:
            now = time.monotonic()
            if now - last_loop > threshold and self.body_source().get("master"):
                # this process was frozen: the peers may have elected another master meanwhile,
                # so do not announce the old one until the supervisord thread has re-elected
                self.hidden = self.body_source()
            last_loop = now
            if now >= next_beat:
                self._beat(pub)
                self._tick()
                self.drops.flush()
                next_beat, hold_until = self._phase(now, period), now + BATCH_WINDOW
            # wake at the beat, or when a peer's silence reaches the threshold (checked at once, not at
            # the next beat); whole milliseconds, rounded up: 0.4 ms would be 0 and spin until then
            wake_at = next_beat
            if self.arrivals:
                wake_at = min(wake_at, min(self.arrivals.values()) + threshold + 0.001)
            held = now < hold_until or next_beat - now < BATCH_EARLY  # the beats of the phase are arriving
            if held:
                wake_at = min(wake_at, hold_until if now < hold_until else next_beat)
                ready = holding.poll(math.ceil(max(0.0, wake_at - time.monotonic()) * 1000))
                woke = False
            else:
                ready = poller.poll(math.ceil(max(0.0, wake_at - time.monotonic()) * 1000))
                woke = any(r[0] is sub for r in ready) and self._receive(sub)
            now = time.monotonic()
            if self.arrivals and min(self.arrivals.values()) + threshold < now:
                if held:  # what waits on the socket may say they are alive
                    woke |= self._receive(sub)
                silent = [p for p, t in self.arrivals.items() if now - t > threshold]
                if silent:  # a tick now: the supervisord thread declares them SILENT without waiting
                    for peer in silent:
                        del self.arrivals[peer]
                    self._tick()
            if self.beat_now:  # the handshake goes on at once, not at the next heartbeat
                self.beat_now = False
                self._beat(pub, to_all=True)
            if any(r[0] is events for r in ready):
                self._subscriptions(events)
            # The monitor is read at every wake-up, and wakes the thread only while a peer's connection
            # is down: the refusals while the cluster starts would cost a wake-up each.
            if monitor.get(zmq.EVENTS) & zmq.POLLIN:
                self._connections(monitor, watch)
                if watch.dropped and monitor not in poller:
                    poller.register(monitor, zmq.POLLIN)
                elif not watch.dropped and monitor in poller:
                    poller.unregister(monitor)
            if any(r[0] == out_fd for r in ready):
                self.out_waker.drain()
            while self.outbox:
                item = self.outbox.popleft()
                op = item[0]
                if op == "stop":
                    self.stopped = True
                    return 500  # messages queued at the end (cluster restart/shutdown) still go out
                if op == "send":
                    pub.send_multipart(self.encoder.encode(item[1], item[2]))
                elif op == "event":
                    events.send_multipart([item[1].encode(), json.dumps(item[2]).encode()])
                elif op == "beat":
                    self._beat(pub, to_all=True)
                if time.monotonic() >= next_beat:
                    break  # heartbeats keep their period, whatever waits in the outbox
            if self.outbox:
                self.out_waker.wake()
            if woke:
                self.in_waker.wake()

    @staticmethod
    def _phase(now: float, period: float) -> float:
        """The next beat: on the wall clock's multiples of the period, so that the nodes' heartbeats
        (NTP-synchronised hosts, or nodes sharing one) arrive together and are read in one wake-up
        (BATCH_WINDOW) instead of one each. Scheduling only: no decision depends on the wall clock; a
        step of it moves one beat earlier, and no beat comes later than a period (+ PHASE_SLACK)."""
        into = time.time() % period
        if into > period - PHASE_SLACK:  # woke just before the phase point (monotonic vs wall drift)
            into -= period
        return now + period - into

    def _tick(self) -> None:
        """Drives the supervisord thread's membership checks, with the unchanged heartbeats of the
        period (only their times matter) and, in gossip mode, the news of the nodes heard through
        peers."""
        self.inbox.put(("tick", self.absorbed, self.gossip.take_vouched() if self.gossip else {}))
        self.absorbed = {}
        self.in_waker.wake()

    def _beat(self, pub: zmq.Socket, to_all: bool = False) -> None:
        """A heartbeat: to all, or in gossip mode, if its body is the one last published to all and
        to_all is not asked, to `gossip_fanout` peers heard and to every peer not heard, with the table."""
        body = self._body()
        g = self.gossip
        if to_all or g is None or body != self.sent_body:
            pub.send_multipart(self.encoder.encode("heartbeat", body))
            self.sent_body = body
            return
        seen = g.table(self.arrivals)
        turn = round(time.time() / self.opts.heartbeat_period)  # the same on every node (_phase)
        targets = g.targets(self.arrivals, turn)
        for peer in targets + [p for p in g.missing(self.arrivals) if p not in targets]:
            pub.send_multipart(self.encoder.encode("heartbeat", body, to=peer, seen=seen))

    def _body(self) -> dict:
        body = self.body_source()
        return dict(body, master="") if body is self.hidden else body

    def _subscriptions(self, events: zmq.Socket) -> None:
        """The event stream's subscriptions: a topic prefix comes once when its first subscriber
        subscribes, and goes when its last one leaves (XPUB, not verbose). `listening` is read by
        supervisord's thread (SyncLink.listening): no subscriber, no event body built."""
        for _ in range(1000):
            try:
                frame = events.recv(zmq.NOBLOCK)
            except zmq.Again:
                break
            if frame[:1] == b"\x01":
                self.topics.add(frame[1:])
            elif frame[:1] == b"\x00":
                self.topics.discard(frame[1:])
        self.listening = bool(self.topics)

    def _connections(self, monitor: zmq.Socket, watch: connwatch.ConnectionWatch) -> None:
        """The publishing socket's connection events: a peer whose supervisord is gone is told to the
        supervisord thread at once (its unchanged heartbeats held for the tick go with it)."""
        for _ in range(1000):
            try:
                frames = monitor.recv_multipart(zmq.NOBLOCK)
            except zmq.Again:
                break
            event = connwatch.parse(frames)
            peer = watch.event(*event) if event is not None else None
            if peer is not None:
                self.arrivals.pop(peer, None)
                self.absorbed.pop(peer, None)
                if self.gossip is not None:
                    self.gossip.forget(peer)
                self.inbox.put(("gone", peer))
                self.in_waker.wake()

    def _receive(self, sub: zmq.Socket) -> bool:
        got = False
        for _ in range(1000):  # bounded: heartbeats must still go out under a flood
            if not sub.get(zmq.EVENTS) & zmq.POLLIN:  # cheaper than a recv that raises Again
                break
            try:
                frames = sub.recv_multipart(zmq.NOBLOCK)
            except zmq.Again:
                break
            try:
                message = self.decoder.decode(frames)
            except Unacknowledged as exc:
                self.beat_now |= exc.new_claim  # a peer's new incarnation: acknowledge it at once
                continue
            except WireError as exc:
                self.drops.dropped(frames, str(exc))
                continue
            self.beat_now |= message.new_session  # let the peer open its session with us too
            self.arrivals[message.sender] = time.monotonic()
            if self.gossip is not None and message.kind == "heartbeat":
                self.gossip.received(message, self.arrivals, self.last_beat)
            if message.body.get("to", "*") not in ("*", self.opts.address):
                continue  # for another node (a PUB reaches every peer): its liveness is all that counts
            if message.kind == "heartbeat":
                if not message.new_session and self.last_beat.get(message.sender) == message.body:
                    self.absorbed[message.sender] = (time.monotonic(), message)
                    continue  # nothing new: only its time goes to the supervisord thread, with the tick
                self.last_beat[message.sender] = message.body
            self.inbox.put(("message", message))
            got = True
        return got
