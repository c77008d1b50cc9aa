"""Replays, forgeries, clock steps, floods and CURVE, against a live cluster (see README.md)."""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

import psutil
import zmq
import zmq.auth

from harness.faults import WALL_OFFSET_ENV
from harness.live import make_cluster
from harness.supervisord import wait_until
from supvisors.wire import Encoder
from supvisors_client import AddressStates, DeploymentStrategies, ProcessStates

SECRET = "security-suite-secret"
TEN_YEARS = 10 * 365 * 86400


class Sender:
    """A ZeroMQ publisher connected to a node's internal port: replays, forgeries, floods. An XPUB, so
    that it sees the node's subscription arrive: what it sends from then on reaches the node (poll with
    a deadline). subscribed=False: do not wait (a connection that must never complete, as plaintext
    against CURVE)."""

    def __init__(self, host: str, port: int, subscribed: bool = True):
        self.ctx = zmq.Context()
        self.pub = self.ctx.socket(zmq.XPUB)
        self.pub.setsockopt(zmq.LINGER, 0)
        self.pub.setsockopt(zmq.SNDHWM, 0)
        self.pub.connect(f"tcp://{host}:{port}")
        if subscribed:
            assert self.pub.poll(5000), f"{host}:{port} did not subscribe"
            assert self.pub.recv()[:1] == b"\x01"

    def send(self, frames) -> None:
        self.pub.send_multipart(frames)

    def close(self) -> None:
        self.pub.close(0)
        self.ctx.term()


@contextlib.contextmanager
def running_cluster(xprocess, tmp_path_factory, hosts, **kw):
    """A started cluster in OPERATION with every node RUNNING everywhere; its Senders closed and its
    daemons stopped at the end."""
    h = make_cluster(xprocess, tmp_path_factory, hosts, **kw)
    h.senders = []
    try:
        h.start()
        h.wait_state(hosts, "OPERATION")
        yield h
    finally:
        for sender in h.senders:
            sender.close()
        h.cluster.stop_all()


def _sender(h, host, subscribed: bool = True) -> Sender:
    sender = Sender(host, h.cluster.internal_port, subscribed)
    h.senders.append(sender)
    return sender


def _all_running_one_master(h) -> bool:
    masters = set()
    for host in h.hosts:
        with h.client(host) as c:
            if any(i.statecode is not AddressStates.RUNNING for i in c.supvisors.get_all_addresses_info()):
                return False
            if c.supvisors.get_supvisors_state().statename != "OPERATION":
                return False
            masters.add(c.supvisors.get_master_address())
    return len(masters) == 1 and "" not in masters


def test_replay_after_restart_applies_nothing(xprocess, tmp_path_factory):
    """Capture every frame nodes 2 and 3 send while node 2 starts and stops demo:ticker on node 1 (a
    command to node 1), restart node 1, replay it all: before node 1 rejoined, and after."""
    hosts = ["127.0.0.111", "127.0.0.112", "127.0.0.113"]
    n1, n2, n3 = hosts
    with running_cluster(xprocess, tmp_path_factory, hosts, faults=True, settings={"shared_secret": SECRET}) as h:
        for host in (n2, n3):
            h.cluster.nodes[host].proxy().faults.capture()
        c2 = h.client(n2)
        assert c2.supvisors.start_process(DeploymentStrategies.CONFIG, "demo:ticker") is True
        assert c2.supvisors.get_process_info("demo:ticker")[0].addresses == [n1]  # commanded to node 1
        assert c2.supvisors.stop_process("demo:ticker") is True
        frames = [[b.data for b in pair] for host in (n2, n3)
                  for pair in h.cluster.nodes[host].proxy().faults.captured()]
        assert any(b'"op":"start"' in p and f'"to":"{n1}"'.encode() in p for p, _ in frames)

        node1 = h.cluster.nodes[n1]
        node1.stop()
        h.start([n1])
        sender = _sender(h, n1)
        for _ in range(2):
            for pair in frames:  # before node 1 has a session with anybody
                sender.send(pair)
        h.wait_state(hosts, "OPERATION", 10)
        wait_until(lambda: _all_running_one_master(h), 5, what="cluster back")
        start_of_log = len(node1.logfile.read_text())
        for pair in frames:  # and once it has sessions with the real nodes again
            sender.send(pair)
        deadline = time.monotonic() + 1.5
        while time.monotonic() < deadline:  # the replayed start command must never act
            assert node1.proxy().supervisor.getProcessInfo("demo:ticker")["statename"] == "STOPPED"
            time.sleep(0.05)
        assert _all_running_one_master(h)
        assert "is CHECKING" not in node1.logfile.read_text()[start_of_log:]  # no session was disturbed


def test_replayed_unchanged_heartbeats_are_dropped_in_an_open_session(xprocess, tmp_path_factory):
    """Node 2's heartbeats while nothing changes, replayed to node 1 while their session is open: they
    take the short decode (wire.Decoder: same bytes but seq and t) and must still be refused as
    replays, logged, and leave the session alone."""
    hosts = ["127.0.0.114", "127.0.0.115"]
    n1, n2 = hosts
    with running_cluster(xprocess, tmp_path_factory, hosts, faults=True, settings={"shared_secret": SECRET}) as h:
        node1, proxy2 = h.cluster.nodes[n1], h.cluster.nodes[n2].proxy()
        proxy2.faults.capture()
        wait_until(lambda: len(proxy2.faults.captured()) >= 10, 5, what="10 heartbeats of node 2")
        frames = [[b.data for b in pair] for pair in proxy2.faults.captured()]
        assert all(b'"kind":"heartbeat"' in payload for payload, _ in frames)
        start_of_log = len(node1.logfile.read_text())
        sender = _sender(h, n1)
        for pair in frames:
            sender.send(pair)
        wait_until(lambda: f"dropped a message on the internal port from {n2}: {n2}: replayed or out-of-order "
                           "sequence" in node1.logfile.read_text()[start_of_log:], 5, what="the replays dropped")
        wait_until(lambda: len(proxy2.faults.captured()) >= len(frames) + 10, 5, what="2 more seconds of beats")
        assert _all_running_one_master(h)
        assert "is CHECKING" not in node1.logfile.read_text()[start_of_log:]  # the session went on


def test_forged_incarnation_and_clock_steps(xprocess, tmp_path_factory):
    """A holder of the secret forges node 2 (a made-up incarnation, a clock 10 years ahead) and opens a
    session with node 1 under it: node 2's live traffic takes it back. Then node 2 restarts with its
    clock 10 years back: accepted at once. One master throughout the end states."""
    hosts = ["127.0.0.114", "127.0.0.115", "127.0.0.116"]
    n1, n2, n3 = hosts
    with running_cluster(xprocess, tmp_path_factory, hosts, faults=True, settings={"shared_secret": SECRET}) as h:
        inc1 = h.cluster.nodes[n1].proxy().faults.incarnation()
        forger = Encoder(n2, SECRET.encode(), wall=lambda: time.time() + TEN_YEARS)
        sender = _sender(h, n1)
        for _ in range(3):
            sender.send(forger.encode("heartbeat", {"state": 2, "master": n2, "version": 0}, acks={n1: [inc1]}))
        wait_until(lambda: _all_running_one_master(h), 5, what="node 2 back in its session")
        assert {h.client(x).supvisors.get_master_address() for x in hosts} == {n1}

        node2 = h.cluster.nodes[n2]
        node2.stop()
        node2.env[WALL_OFFSET_ENV] = str(-TEN_YEARS)
        h.start([n2])
        wait_until(lambda: _all_running_one_master(h), 10, what="node 2 with its clock 10 years back accepted")
        with h.client(n1) as c:
            remote = c.supvisors.get_address_info(n2).remote_time.timestamp()  # a datetime (int seconds on the wire)
        assert remote < time.time() - TEN_YEARS / 2  # its clock is indeed far behind


def test_floods_are_bounded(xprocess, tmp_path_factory):
    """300,000 junk frames, then 150 frames of 4 MB: the log grows < 1 MB, RSS < +20 MB, and the node
    stays in the cluster."""
    hosts = ["127.0.0.117", "127.0.0.118"]
    n1, n2 = hosts
    with running_cluster(xprocess, tmp_path_factory, hosts, settings={"shared_secret": SECRET}) as h:
        node1 = h.cluster.nodes[n1]
        daemon = psutil.Process(node1.pid)
        log0, rss0 = node1.logfile.stat().st_size, daemon.memory_info().rss
        sender = _sender(h, n1)
        junk = [b'{"v":2,"from":"%s","inc":"x","seq":1}' % n2.encode(), b"\x00" * 32]
        t0 = time.monotonic()
        for i in range(300_000):
            sender.send(junk if i % 3 else [b"garbage %d" % i])
        flood_seconds = time.monotonic() - t0
        big = [b"x" * (4 * 1024 * 1024), b"\x00" * 32]
        for _ in range(150):
            sender.send(big)
        wait_until(lambda: _all_running_one_master(h), 10, what="the node still in the cluster")
        time.sleep(1.0)  # let the node work through what reached it; then measure
        assert _all_running_one_master(h)
        grown = node1.logfile.stat().st_size - log0
        rss = daemon.memory_info().rss - rss0
        print(f"junk flood sent in {flood_seconds:.1f}s; log +{grown} bytes; RSS +{rss / 1e6:.1f} MB")
        assert grown < 1_000_000
        assert rss < 20_000_000
        assert "dropped a message on the internal port" in node1.logfile.read_text()


def test_curve_cluster_and_event_stream(xprocess, tmp_path_factory):
    """With curve_keys_dir and event_curve, the cluster works; a plaintext sender is not heard (not even
    dropped: it never gets through the CURVE handshake); a plaintext subscriber gets no event, one with
    the node's public key does."""
    hosts = ["127.0.0.119", "127.0.0.120"]
    n1, n2 = hosts
    keys: Path = tmp_path_factory.mktemp("curve")
    for host in hosts:
        zmq.auth.create_certificates(str(keys), host)
    settings = {"shared_secret": SECRET, "curve_keys_dir": str(keys), "event_curve": "true"}
    ctx = zmq.Context()
    sockets = []
    with running_cluster(xprocess, tmp_path_factory, hosts, settings=settings) as h:
        try:
            node1 = h.cluster.nodes[n1]
            _sender(h, n1, subscribed=False).send([b'{"v":2,"from":"%s"}' % n2.encode(), b"\x00" * 32])
            plain = ctx.socket(zmq.SUB)
            secure = ctx.socket(zmq.SUB)
            sockets += [plain, secure]
            plain.setsockopt(zmq.SUBSCRIBE, b"")
            plain.connect(f"tcp://{n1}:{h.cluster.event_port}")
            secure.curve_publickey, secure.curve_secretkey = zmq.curve_keypair()
            secure.curve_serverkey = zmq.auth.load_certificate(str(keys / f"{n1}.key"))[0]
            secure.setsockopt(zmq.SUBSCRIBE, b"process")
            secure.connect(f"tcp://{n1}:{h.cluster.event_port}")
            time.sleep(0.3)  # subscriptions take effect asynchronously
            node1.proxy().supervisor.startProcess("demo:sleeper")
            assert secure.poll(3000), "no event for the subscriber that has the node's public key"
            topic, body = secure.recv_multipart()
            assert topic == b"process" and b"sleeper" in body
            assert not plain.poll(500), "a plaintext subscriber got an event"
            assert "dropped a message" not in node1.logfile.read_text()
            assert _all_running_one_master(h)
            with h.client(n2) as c:
                (sleeper,) = c.supvisors.get_process_info("demo:sleeper")
                assert sleeper.statecode is ProcessStates.RUNNING and sleeper.addresses == [n1]
        finally:
            for sock in sockets:
                sock.close(0)
            ctx.term()
