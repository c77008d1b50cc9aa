"""The sync thread: every ZeroMQ socket of the plugin lives here, and only here.

Threading rule: this thread owns the sockets (internal PUB/SUB, event PUB, its end of the control
PAIR) and the Encoder (sequence numbers). It never touches supervisor's objects nor the cluster view.
- Received messages are authenticated here (wire.Decoder), then put on `inbox` (a thread-safe queue),
  and the supervisord thread is woken through the Waker (a socketpair in supervisord's socket map).
- The supervisord thread sends through its end of the control PAIR (inproc): messages to publish to
  the peers, events for the clients' event stream, the heartbeat body, "heartbeat now", "stop".
- Every heartbeat period it publishes a heartbeat and posts a ("tick",) to the inbox, which drives the
  membership checks of the supervisord thread.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import queue
import socket
import threading
import time

import zmq

from .options import SupvisorsOptions
from .wire import Decoder, Encoder, WireError

log = logging.getLogger("supvisors.sync")


def _source_prefix(address: str) -> str:
    """Nodes sharing one machine on loopback addresses connect from their own address (not the kernel's
    default 127.0.0.1), so that each peer sees, and a firewall can tell apart, who talks to whom."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return ""
    return f"{address}:0;" if ip.is_loopback and ip.version == 4 else ""


class Waker:
    """A socketpair: the sync thread writes a byte, supervisord's poll loop wakes on the other end."""

    def __init__(self) -> None:
        self.reader, self.writer = socket.socketpair()
        self.reader.setblocking(False)
        self.writer.setblocking(False)

    def wake(self) -> None:
        try:
            self.writer.send(b"\0")
        except BlockingIOError:
            pass  # the pipe is full: the reader will wake anyway

    def drain(self) -> None:
        try:
            while self.reader.recv(4096):
                pass
        except BlockingIOError:
            pass

    def close(self) -> None:
        self.reader.close()
        self.writer.close()


class SyncThread(threading.Thread):
    def __init__(self, opts: SupvisorsOptions, zctx: zmq.Context, ctl_endpoint: str,
                 inbox: queue.SimpleQueue, waker: Waker, logger=None):
        super().__init__(name="supvisors-sync", daemon=True)
        self.opts = opts
        self.zctx = zctx
        self.ctl_endpoint = ctl_endpoint
        self.inbox = inbox
        self.waker = waker
        self.logger = logger
        self.encoder = Encoder(opts.address, opts.secret)
        self.decoder = Decoder(opts.address, opts.address_list, opts.secret)
        self.heartbeat_body: dict = {}
        self.error: Exception | None = None
        self.ready = threading.Event()

    def _warn(self, text: str) -> None:
        if self.logger is not None:
            self.logger.warn(f"supvisors: {text}")
        else:
            log.warning(text)

    def run(self) -> None:
        try:
            self._run()
        except Exception as exc:  # reported to the supervisord thread, which logs it
            self.error = exc
            self._warn(f"sync thread stopped: {exc!r}")
            self.ready.set()

    def _run(self) -> None:
        opts = self.opts
        pub = self.zctx.socket(zmq.PUB)
        sub = self.zctx.socket(zmq.SUB)
        events = self.zctx.socket(zmq.PUB)
        ctl = self.zctx.socket(zmq.PAIR)
        for s in (sub, events, ctl):
            s.setsockopt(zmq.LINGER, 0)
        # messages queued when the node stops (the cluster restart/shutdown commands) still go out
        pub.setsockopt(zmq.LINGER, 500)
        sub.setsockopt(zmq.SUBSCRIBE, b"")
        sub.setsockopt(zmq.MAXMSGSIZE, 4 * 1024 * 1024 + 64)
        # The receiving socket binds the internal port; the publishing one connects to every peer's.
        # So the internal port is where anything that reaches this node arrives, and is checked.
        sub.bind(f"tcp://{opts.address}:{opts.internal_port}")
        events.bind(f"tcp://{opts.address}:{opts.event_port}")
        pub.setsockopt(zmq.RECONNECT_IVL, 100)
        pub.setsockopt(zmq.RECONNECT_IVL_MAX, 500)
        source = _source_prefix(opts.address)
        for peer in opts.address_list:
            if peer != opts.address:
                pub.connect(f"tcp://{source}{peer}:{opts.internal_port}")
        ctl.connect(self.ctl_endpoint)
        self.ready.set()
        poller = zmq.Poller()
        poller.register(sub, zmq.POLLIN)
        poller.register(ctl, zmq.POLLIN)
        period = opts.heartbeat_period
        next_beat = last_loop = time.monotonic()
        try:
            while True:
                now = time.monotonic()
                if now - last_loop > opts.silence_threshold and self.heartbeat_body.get("master"):
                    # this process was frozen: the peers may have elected another master meanwhile,
                    # so do not announce the old one until the supervisord thread has re-elected
                    self.heartbeat_body = dict(self.heartbeat_body, master="")
                last_loop = now
                if now >= next_beat:
                    pub.send_multipart(self.encoder.encode("heartbeat", self.heartbeat_body))
                    self.inbox.put(("tick",))
                    self.waker.wake()
                    next_beat = max(next_beat + period, now)
                ready = dict(poller.poll(max(0.0, next_beat - time.monotonic()) * 1000))
                woke = False
                if sub in ready:
                    woke = self._receive(sub)
                if ctl in ready:
                    while True:
                        try:
                            frames = ctl.recv_multipart(zmq.NOBLOCK)
                        except zmq.Again:
                            break
                        op = frames[0]
                        if op == b"stop":
                            return
                        if op == b"send":
                            pub.send_multipart(self.encoder.encode(frames[1].decode(), json.loads(frames[2])))
                        elif op == b"event":
                            events.send_multipart([frames[1], frames[2]])
                        elif op == b"beat":
                            self.heartbeat_body = json.loads(frames[1])
                            pub.send_multipart(self.encoder.encode("heartbeat", self.heartbeat_body))
                if woke:
                    self.waker.wake()
        finally:
            for s in (sub, events, ctl):
                s.close(0)
            pub.close(500)

    def _receive(self, sub: zmq.Socket) -> bool:
        got = False
        for _ in range(1000):  # bounded: heartbeats must still go out under a flood
            try:
                frames = sub.recv_multipart(zmq.NOBLOCK)
            except zmq.Again:
                break
            try:
                message = self.decoder.decode(frames)
            except WireError as exc:
                self._warn(f"dropped a message on the internal port: {exc}")
                continue
            self.inbox.put(("message", message))
            got = True
        return got
