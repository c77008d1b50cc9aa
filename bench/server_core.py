"""Benchmark of the server core (issue 3): convergence, failure detection, read latency, memory.

    .venv/bin/python bench/server_core.py [--rounds N]

Prints one line per figure, with the baseline measured on the original Supvisors 0.19.1 and the
target. Runs real supervisord daemons on 127.0.0.201-203 (free ports) and tears them down.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil
import requests
import zmq

ROOT = Path(__file__).resolve().parent.parent

from harness.cluster import SupvisorsCluster  # noqa: E402
from harness.programs import standard_programs  # noqa: E402
from harness.supervisord import Node, Program, wait_until  # noqa: E402
from supvisors_client import SupvisorsClient  # noqa: E402

HOSTS = ["127.0.0.201", "127.0.0.202", "127.0.0.203"]


def row(name: str, value: str, baseline: str, target: str) -> None:
    print(f"{name:<52}{value:>14}   baseline {baseline:<12} target {target}")


def launch_all(cluster: SupvisorsCluster, hosts: list[str]) -> None:
    for h in hosts:
        cluster.nodes[h].launch()


def client(cluster, host) -> SupvisorsClient:
    n = cluster.nodes[host]
    return SupvisorsClient(n.url, n.username, n.password, timeout=(0.5, 5))


def all_in(cluster, hosts, statename) -> bool:
    try:
        return all(client(cluster, h).supvisors.get_supvisors_state().statename == statename for h in hosts)
    except Exception:
        return False


class EventWatcher(threading.Thread):
    """Records (monotonic time, topic, body) of a node's event stream."""

    def __init__(self, ctx, host, port):
        super().__init__(daemon=True)
        self.sock = ctx.socket(zmq.SUB)
        self.sock.setsockopt(zmq.SUBSCRIBE, b"")
        self.sock.setsockopt(zmq.LINGER, 0)
        self.sock.connect(f"tcp://{host}:{port}")
        self.events: list[tuple[float, str, dict]] = []
        self.running = True

    def run(self):
        poller = zmq.Poller()
        poller.register(self.sock, zmq.POLLIN)
        while self.running:
            if poller.poll(100):
                topic, body = self.sock.recv_multipart()
                self.events.append((time.monotonic(), topic.decode(), json.loads(body)))
        self.sock.close(0)


def event_delays(watch_a: EventWatcher, watch_b: EventWatcher, cb: SupvisorsClient, rounds: int) -> list[float]:
    """Start and stop demo:sleeper on B, rounds times; each time, how long after B published the change
    did A publish it (ms, from when this process received each node's process event: one machine, one
    clock, the same path from either publisher; last_event_time is whole seconds on the wire)."""
    delays = []
    for i in range(rounds):
        op = cb.supervisor.startProcess if i % 2 == 0 else cb.supervisor.stopProcess
        mark = time.monotonic()
        op("demo:sleeper", True)

        def seen(watch, mark=mark):
            return [t * 1000 for t, topic, body in watch.events
                    if t >= mark and topic == "process" and body["process_name"] == "sleeper"]

        wait_until(lambda: seen(watch_a) and seen(watch_b), 3, interval=0.001, what="event on A and B")
        delays.append(seen(watch_a)[0] - seen(watch_b)[0])
        wait_until(lambda: len(seen(watch_a)) == len(seen(watch_b)), 1, interval=0.005)
    return delays


def bench_cluster(rounds: int) -> None:
    work = Path(tempfile.mkdtemp(prefix="bench-core-"))
    cluster = SupvisorsCluster(work, HOSTS, programs=standard_programs())
    ctx = zmq.Context()
    try:
        t0 = time.monotonic()
        launch_all(cluster, HOSTS)
        wait_until(lambda: all_in(cluster, HOSTS, "OPERATION"), 30, interval=0.01, what="OPERATION")
        row("launch -> all OPERATION (3 nodes)", f"{time.monotonic() - t0:.2f} s", "17.5 s", "<= 1.5 s")

        a, b, c = HOSTS
        watch_a = EventWatcher(ctx, a, cluster.event_port)
        watch_b = EventWatcher(ctx, b, cluster.event_port)
        watch_a.start()
        watch_b.start()
        cb = client(cluster, b)
        wait_until(lambda: (cb.supervisor.getState(), len(watch_a.events) + len(watch_b.events) >= 0)[1], 2)
        time.sleep(0.3)  # let the SUB sockets connect (slow joiner); not a wait for a condition
        delays = event_delays(watch_a, watch_b, cb, rounds)
        row("event on B visible on A after B's own view (median)", f"{statistics.median(delays):.2f} ms",
            "-", "<= 5 ms")
        row("  (max over the rounds)", f"{max(delays):.2f} ms", "-", "-")

        # 0.5 s stall: no SILENT
        mark = time.monotonic()
        os.kill(cluster.nodes[c].proc.pid, signal.SIGSTOP)
        time.sleep(0.5)  # the stall itself is the measured input
        os.kill(cluster.nodes[c].proc.pid, signal.SIGCONT)
        time.sleep(1.5)  # observation window for a wrong SILENT
        silent = [body for t, topic, body in watch_a.events if t >= mark and topic == "address"
                  and body["statename"] == "SILENT"]
        row("SIGSTOP 0.5 s -> node marked SILENT?", "no" if not silent else "YES", "yes (1 tick)", "no")

        # kill -9 -> SILENT
        mark = time.monotonic()
        cluster.nodes[c].proc.send_signal(signal.SIGKILL)
        cluster.nodes[c].proc.wait()

        def silent_at():
            return [t for t, topic, body in watch_a.events if t >= mark and topic == "address"
                    and body["address_name"] == c and body["statename"] == "SILENT"]

        wait_until(silent_at, 10, interval=0.005, what="SILENT")
        row("kill -9 -> peer reported SILENT", f"{silent_at()[0] - mark:.2f} s", "4.2 s", "<= 1.5 s")

        mark = time.monotonic()
        launch_all(cluster, [c])
        wait_until(lambda: all_in(cluster, HOSTS, "OPERATION") and all(
            i.statename == "RUNNING" for i in client(cluster, a).supvisors.get_all_addresses_info()), 30,
            interval=0.01, what="rejoin")
        row("relaunched node -> all back in OPERATION", f"{time.monotonic() - mark:.2f} s", "19.5 s", "<= 2 s")
        watch_a.running = watch_b.running = False
        watch_a.join()
        watch_b.join()
    finally:
        cluster.stop_all()
        ctx.term()


def bench_reads_and_memory(rounds: int) -> None:
    programs = [Program(f"p{i:03d}", f"{sys.executable} -c pass", group=f"g{i // 30}") for i in range(300)]
    work = Path(tempfile.mkdtemp(prefix="bench-reads-"))
    cluster = SupvisorsCluster(work, HOSTS, programs=programs)
    bare = Node(workdir=work / "bare", host=HOSTS[0], programs=programs)
    try:
        launch_all(cluster, HOSTS)
        wait_until(lambda: all_in(cluster, HOSTS, "OPERATION"), 30, what="OPERATION")
        c = client(cluster, HOSTS[0])
        n = len(c.supvisors.get_all_process_info())
        keep, fresh = [], []
        node = cluster.nodes[HOSTS[0]]
        for _ in range(rounds):
            t = time.perf_counter()
            c.supvisors.get_all_process_info()
            keep.append((time.perf_counter() - t) * 1000)
            with SupvisorsClient(node.url, node.username, node.password) as once:
                t = time.perf_counter()
                once.supvisors.get_all_process_info()
                fresh.append((time.perf_counter() - t) * 1000)
        row(f"get_all_process_info, {n} processes, keep-alive (median)", f"{statistics.median(keep):.1f} ms",
            "26 ms", "<= 13 ms")
        row(f"get_all_process_info, {n} processes, fresh conn. (median)", f"{statistics.median(fresh):.1f} ms",
            "-", ">= keep-alive")
        # the raw HTTP cost on a reused connection, without client-side decoding
        s = requests.Session()
        s.auth = (node.username, node.password)
        body = b"<?xml version='1.0'?><methodCall><methodName>supvisors.get_all_process_info</methodName><params/></methodCall>"
        raw = []
        for _ in range(rounds):
            t = time.perf_counter()
            r = s.post(node.url + "/RPC2", data=body)
            r.raise_for_status()
            raw.append((time.perf_counter() - t) * 1000)
        row(f"  same, raw HTTP keep-alive ({len(r.content) // 1024} KB reply, median)",
            f"{statistics.median(raw):.1f} ms", "45 ms (30 procs)", "no Nagle stall")
        import xmlrpc.client

        url = f"http://{node.username}:{node.password}@{node.host}:{node.port}/RPC2".replace(" ", "%20")
        stdlib = []
        for _ in range(rounds):
            t = time.perf_counter()
            xmlrpc.client.ServerProxy(url).supvisors.get_all_process_info()
            stdlib.append((time.perf_counter() - t) * 1000)
        row("  same, stdlib xmlrpc.client (fresh conn., median)", f"{statistics.median(stdlib):.1f} ms", "26 ms",
            "<= 13 ms")
        rss_plugin = psutil.Process(node.proc.pid).memory_info().rss
        cluster.stop_all()
        bare.start()
        rss_bare = psutil.Process(bare.proc.pid).memory_info().rss
        row("supervisord RSS: with plugin - bare", f"{(rss_plugin - rss_bare) / 2**20:+.1f} MB", "+7-10 MB",
            "<= +10 MB")
    finally:
        cluster.stop_all()
        bare.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=40)
    args = parser.parse_args()
    bench_cluster(args.rounds)
    bench_reads_and_memory(args.rounds)
