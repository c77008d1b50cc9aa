"""EventSubscriber: the event stream of one Supvisors node (its ZeroMQ PUB socket at `event_port`), typed.

The socket plumbing is here (pyzmq); the topics and the typed events are generated from
spec/events.yaml (_generated/events.py). Each message is two frames, [topic, JSON body]; it becomes
the event class of its topic (`ProcessEvent`, `AddressEvent`, ...), whose `body` is the same struct
that the XML-RPC methods return. A malformed message raises DecodeError, as a malformed reply does
on the RPC side; the subscriber stays usable.

    with EventSubscriber("127.0.0.1", 65002, topics=["process"]) as sub:
        event = sub.next(timeout=5.0)          # None if nothing came within 5 s
        for event in sub:                      # blocks for each event
            print(event.topic, event.body.statename, event.address)

A subscriber is not thread-safe (a ZeroMQ socket belongs to one thread): use it from one thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator

import zmq

from ._generated.events import TOPICS, Event, decode_event
from .errors import DecodeError, TransportError

__all__ = ["EventSubscriber"]


class EventSubscriber:
    """Subscriber of one node's event stream.

    host, port: the node's address and its `event_port`. topics: the topics to receive (names of
    TOPICS; None or empty: every topic). server_key: the node's CURVE public key (Z85, 40 characters)
    when the node has `event_curve` set; the subscriber then uses a fresh key pair of its own.

    ZeroMQ connects in the background and reconnects by itself: the subscriber gets the events
    published once its subscription has reached the node (wait_connected tells when the connection is
    up), and never those published before.
    """

    def __init__(self, host: str, port: int, topics: Iterable[str] | None = None, *,
                 server_key: str | bytes | None = None, context: zmq.Context | None = None):
        wanted = list(topics or ())
        unknown = [t for t in wanted if t not in TOPICS]
        if unknown:
            raise ValueError(f"unknown event topics {unknown} (known: {', '.join(TOPICS)})")
        if isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536:
            raise ValueError(f"port must be an int in [1;65535], got {port!r}")
        self.endpoint = f"tcp://{host}:{port}"
        self.topics = tuple(wanted) if wanted else TOPICS
        self._context = context or zmq.Context.instance()
        self._socket = self._context.socket(zmq.SUB)
        self._socket.linger = 0
        self._monitor: zmq.Socket | None = None
        self._connected = False
        try:
            if server_key is not None:
                public, secret = zmq.curve_keypair()
                self._socket.curve_serverkey = server_key.encode() if isinstance(server_key, str) else server_key
                self._socket.curve_publickey, self._socket.curve_secretkey = public, secret
            self._monitor = self._socket.get_monitor_socket(zmq.EVENT_HANDSHAKE_SUCCEEDED)
            for topic in self.topics:  # no topic is a prefix of another (checked by the spec's model)
                self._socket.subscribe(topic.encode())
            self._socket.connect(self.endpoint)
        except zmq.ZMQError as exc:
            self.close()
            raise TransportError(f"cannot subscribe to {self.endpoint}: {exc}") from None

    # ------------------------------------------------------------ connection
    def wait_connected(self, timeout: float) -> bool:
        """Wait up to timeout seconds until the connection to the node is up (its ZeroMQ handshake
        done); True if it is. Events published after that reach this subscriber."""
        if self._connected:
            return True
        if self._monitor is None:
            raise TransportError("the subscriber is closed")
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if self._monitor.poll(max(0, int(left * 1000))):
                self._monitor.recv_multipart()  # the only event monitored: the handshake succeeded
                self._connected = True
                return True
            if left <= 0:
                return False

    # ------------------------------------------------------------ receiving
    def next(self, timeout: float | None = None) -> Event | None:
        """The next event; None if none came within timeout seconds (None: wait as long as it takes).
        Raise DecodeError for a malformed message (it is consumed: the next call reads the next one)."""
        if self._socket.closed:
            raise TransportError("the subscriber is closed")
        if not self._socket.poll(None if timeout is None else max(0, int(timeout * 1000))):
            return None
        frames = self._socket.recv_multipart(zmq.NOBLOCK)
        if len(frames) != 2:
            raise DecodeError(f"event from {self.endpoint}: {len(frames)} frames, expected 2 (topic, body)")
        return decode_event(frames[0], frames[1])

    def __iter__(self) -> Iterator[Event]:
        """Every event, as it comes (blocks between events); a malformed one raises DecodeError."""
        while True:
            event = self.next(None)
            if event is not None:
                yield event

    def run(self, callback: Callable[[Event], bool | None], timeout: float | None = None) -> int:
        """Call callback(event) for each event until the callback returns False or timeout seconds
        have passed (None: no limit); return the number of events delivered. A malformed message
        raises DecodeError."""
        deadline = None if timeout is None else time.monotonic() + timeout
        count = 0
        while True:
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                return count
            event = self.next(left)
            if event is None:
                continue
            count += 1
            if callback(event) is False:
                return count

    # ------------------------------------------------------------ life cycle
    def close(self) -> None:
        if self._monitor is not None:
            try:
                self._socket.disable_monitor()
            except zmq.ZMQError:
                pass
            self._monitor.close(0)
            self._monitor = None
        if not self._socket.closed:
            self._socket.close(0)

    def __enter__(self) -> EventSubscriber:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
