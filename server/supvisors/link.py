"""The supervisord thread's side of the sync thread: start, hand-offs, watchdog, restarts, stop.

Threading rule (see sync.py for the thread's side): nothing in SyncLink blocks supervisord's thread,
ever. supervisord -> sync: items are appended to `outbox` (a deque, thread-safe for append/popleft,
bounded at OUTBOX_LIMIT: past it new items are dropped and counted, logged at most every 10 s; the
peers notice the gap by the version in the heartbeats and ask a snapshot), and a byte is written on
the thread's Waker: at once for a message to the peers, and once at the end of the turn of
supervisord's loop (`watch`, just before it polls) for the event stream's items of that turn. If the
thread dies, `SyncLink.watch` (called at every turn of supervisord's loop, at least once a second)
notices, tells the cluster once (`on_down`), and starts a new thread after a backoff (RESTART_BACKOFF,
doubled at each failure in a row, up to RESTART_BACKOFF_MAX). A new thread is a new incarnation: the
peers check this node again, as after a restart.
"""

from __future__ import annotations

import collections
import queue
import time
from collections.abc import Callable
from typing import Any

from .options import SupvisorsOptions
from .sync import SyncThread, Waker

OUTBOX_LIMIT = 200_000        # items waiting for the sync thread before new ones are dropped
RESTART_BACKOFF = 0.5         # s before the first restart of a dead sync thread
RESTART_BACKOFF_MAX = 8.0     # s, the longest wait between two restarts
STABLE_AFTER = 10.0           # s of life after which a thread's death starts the backoff afresh
STOP_JOIN = 2.0               # s that supervisord's stop waits for the thread to close its sockets


class SyncLink:
    """The supervisord thread's handle on the sync thread (see the module doc). Never blocks."""

    def __init__(self, opts: SupvisorsOptions, inbox: queue.SimpleQueue, logger,
                 on_down: Callable[[str, float], None], on_up: Callable[[], None],
                 clock: Callable[[], float] = time.monotonic, thread_factory=SyncThread):
        self.opts = opts
        self.inbox = inbox
        self.logger = logger
        self.on_down = on_down
        self.on_up = on_up
        self.clock = clock
        self.thread_factory = thread_factory
        self.in_waker: Waker | None = None
        self.out_waker: Waker | None = None
        self.outbox: collections.deque = collections.deque()
        self.thread: SyncThread | None = None
        self.heartbeat_body: dict[str, Any] = {}
        self.down_since: float | None = None  # the thread is dead since then (clock)
        self.restart_at = 0.0
        self.failures = 0        # deaths in a row (the backoff doubles with each)
        self.restarts = 0        # restarts done in this run of supervisord
        self.backoff, self.backoff_max = RESTART_BACKOFF, RESTART_BACKOFF_MAX
        self.dropped = 0
        self._drop_logged = 0.0
        self.wake_due = False
        self.closed = False

    # ------------------------------------------------------------ life cycle
    def open(self) -> Waker:
        """Create the wakers and start the first thread; return the inbound Waker (for the socket map)."""
        self.in_waker, self.out_waker = Waker(), Waker()
        self._start_thread()
        return self.in_waker

    def _start_thread(self) -> None:
        self.outbox.clear()  # what was queued for a dead thread is stale: the peers resync anyway
        self.out_waker.drain()
        self.thread = self.thread_factory(self.opts, self.outbox, self.out_waker, self.inbox, self.in_waker,
                                          lambda: self.heartbeat_body, self.logger)
        self.thread.started_at = self.clock()
        self.thread.start()

    def listening(self) -> bool:
        """Whether the event stream has a subscriber (read from the thread: a bool, set whole)."""
        return self.thread is not None and self.thread.listening

    def alive(self) -> bool:
        return self.thread is not None and self.thread.is_alive() and self.down_since is None

    def close(self, timeout: float = STOP_JOIN) -> None:
        """Stop the thread (it closes its sockets; queued messages get 0.5 s to go out), close the wakers."""
        if self.closed:
            return
        self.closed = True
        thread = self.thread
        if thread is not None and thread.is_alive():
            self.outbox.append(("stop",))
            self.out_waker.wake()
            thread.join(timeout)
            if thread.is_alive():
                self.logger.warn(f"supvisors: the sync thread did not stop within {timeout}s")
        self.thread = None
        for waker in (self.in_waker, self.out_waker):
            if waker is not None:
                waker.close()

    # ------------------------------------------------------------ hand-offs (supervisord thread)
    def post(self, item: tuple) -> None:
        """Hand an item to the sync thread, without ever blocking (see the module doc)."""
        if self.closed or not self.alive():
            return  # out of the cluster: the peers resync with the next incarnation
        if len(self.outbox) >= OUTBOX_LIMIT:
            self.dropped += 1
            now = self.clock()
            if now - self._drop_logged > 10:
                self._drop_logged = now
                self.logger.error(f"supvisors: the sync thread is behind ({len(self.outbox)} items waiting): "
                                  f"{self.dropped} message(s) dropped so far")
            return
        self.outbox.append(item)
        if item[0] == "event":
            self.wake_due = True  # the thread is woken once, at the end of this turn of the loop (watch)
        else:
            self.out_waker.wake()  # the peers' messages (one per turn at most in a burst) leave at once

    def send(self, kind: str, body: dict[str, Any]) -> None:
        self.post(("send", kind, body))

    def event(self, topic: str, payload: dict[str, Any]) -> None:
        self.post(("event", topic, payload))

    def beat(self, body: dict[str, Any], now: bool = True) -> None:
        """Set the heartbeat body (a new dict each time: the thread reads it from here, whatever the
        outbox holds or drops); publish a heartbeat at once if now."""
        self.heartbeat_body = body
        if now:
            self.post(("beat",))

    # ------------------------------------------------------------ watchdog (supervisord thread)
    def thread_ended(self, reason: str) -> None:
        """The thread reported its own end (("sync-down", reason) in the inbox)."""
        self._down(reason)

    def watch(self) -> None:
        """Called at every turn of supervisord's loop, before it polls: wake the thread for the events
        this turn handed it (once per turn: a thread woken per event would take the interpreter's lock
        from this one at each, and a launch publishes 100s in a turn); notice a dead thread, restart it
        when due."""
        if self.closed or self.thread is None:
            return
        if self.wake_due:
            self.wake_due = False
            self.out_waker.wake()
        if self.down_since is None:
            if not self.thread.is_alive():
                error = self.thread.error
                self._down(f"{type(error).__name__}: {error}" if error else "ended without a reason")
            return
        if self.clock() >= self.restart_at:
            self.restarts += 1
            self.down_since = None
            self.logger.warn(f"supvisors: restarting the sync thread (restart {self.restarts})")
            self._start_thread()
            self.on_up()

    def _down(self, reason: str) -> None:
        if self.down_since is not None or self.closed:
            return
        now = self.clock()
        lived = now - self.thread.started_at if self.thread is not None else 0.0
        self.failures = 1 if lived > STABLE_AFTER else self.failures + 1
        delay = min(self.backoff_max, self.backoff * 2 ** (self.failures - 1))
        self.down_since = now
        self.restart_at = now + delay
        self.on_down(reason, delay)
