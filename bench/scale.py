"""Benchmark at scale (issue 15): 10 nodes x 100 processes, big snapshots, idle cost at 10 and 30 nodes.

    .venv/bin/python bench/scale.py [--quick]

Each figure is printed beside its target (and, for the launch, the floor measured in the same run:
the same supervisord configurations without the plugin). Real supervisord daemons on 127.0.0.140-199
(free ports), torn down at the end. --quick skips the 30-node idle measurements and gossip mode.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import gc
import statistics
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import requests
from inprocess import in_process_cluster
from server_core import launch_all

from harness.cluster import SupvisorsCluster
from harness.supervisord import Node, Program, wait_until
from supvisors.options import DEFAULTS
from supvisors.wire import Message
from supvisors_client import SupvisorsClient

PLUGIN_HOSTS = [f"127.0.0.{140 + i}" for i in range(10)]
BARE_HOSTS = [f"127.0.0.{150 + i}" for i in range(10)]
IDLE_HOSTS = [f"127.0.0.{160 + i}" for i in range(30)]


def row(name: str, value: str, target: str) -> None:
    print(f"{name:<58}{value:>16}   target {target}")


def programs(count: int, autostart: bool = True, node: int = 0) -> list[Program]:
    """count programs of this node's own (groups n<node>g<k> of 20): 10 nodes x 100 = 1000 distinct."""
    return [Program(f"p{i:03d}", "/bin/sleep 3600", autostart=autostart, group=f"n{node}g{i // 20}")
            for i in range(count)]


def client(node: Node) -> SupvisorsClient:
    return SupvisorsClient(node.url, node.username, node.password, timeout=(0.5, 10))


def all_running(nodes: list[Node], count: int) -> bool:
    try:
        return all(sum(p["statename"] == "RUNNING" for p in n.proxy().supervisor.getAllProcessInfo()) == count
                   for n in nodes)
    except Exception:
        return False


def mean_rss(nodes: list[Node]) -> float:
    return statistics.mean(psutil.Process(n.proc.pid).memory_info().rss for n in nodes) / 1e6


def mean_cpu(nodes: list[Node]) -> float:
    """CPU seconds (user + system) used so far, mean per node: all its threads, not its programs."""
    return statistics.mean(sum(psutil.Process(n.proc.pid).cpu_times()[:2]) for n in nodes)


def mean_uss(nodes: list[Node]) -> float:
    """Private memory (shared libraries' pages not counted: on one host the nodes share them)."""
    return statistics.mean(psutil.Process(n.proc.pid).memory_full_info().uss for n in nodes) / 1e6


def floor(work: Path) -> tuple[float, float, float, float]:
    """The launch time of bare supervisords with the same programs, their mean CPU time then (s), and
    their mean RSS and USS then (MB)."""
    nodes = [Node(workdir=work / "bare" / h, host=h, programs=programs(100, node=k)) for k, h in enumerate(BARE_HOSTS)]
    try:
        t0 = time.monotonic()
        for n in nodes:
            n.launch()
        wait_until(lambda: all_running(nodes, 100), 60, interval=0.05, what="bare nodes RUNNING")
        return time.monotonic() - t0, mean_cpu(nodes), mean_rss(nodes), mean_uss(nodes)
    finally:
        for n in nodes:
            n.stop()


def first_answer(node: Node, t0: float, deadline: float) -> float:
    session = requests.Session()
    while time.monotonic() < deadline:
        try:
            r = session.post(f"{node.url}/RPC2", auth=(node.username, node.password), timeout=0.5,
                             data=b"<?xml version='1.0'?><methodCall><methodName>supvisors.get_supvisors_state"
                                  b"</methodName><params></params></methodCall>")
            if r.status_code == 200:
                return time.monotonic() - t0
        except requests.RequestException:
            pass
        time.sleep(0.02)
    return float("inf")


def timed_call(node: Node, body: bytes, rounds: int) -> float:
    """Median ms of a call on a fresh connection each time (raw HTTP: the server's part only)."""
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        r = requests.post(f"{node.url}/RPC2", auth=(node.username, node.password), data=body, timeout=10)
        r.raise_for_status()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def call_body(method: str, *params: str) -> bytes:
    args = "".join(f"<param><value><string>{p}</string></value></param>" for p in params)
    return (f"<?xml version='1.0'?><methodCall><methodName>{method}</methodName><params>{args}</params>"
            f"</methodCall>").encode()


def longest_gap(watcher: Node, peers: list[Node]) -> tuple[float, float]:
    """The longest gap between two heartbeats of those peers received by watcher's sync thread since
    its faults.watch_heartbeats() (harness/faults.py), and the longest as the peers sent them (their
    clocks): a late sender, or a late reader."""
    gaps = watcher.proxy().faults.heartbeat_gaps()
    missing = [p.host for p in peers if gaps.get(p.host, [0])[0] < 2]
    assert not missing, f"no heartbeats recorded from {missing}"
    return max(gaps[p.host][1] for p in peers), max(gaps[p.host][2] for p in peers)


def gap_row(name: str, gaps: tuple[float, float], more: str = "") -> None:
    row(name, f"{gaps[0]:.3f} s", f"<= period + 50 % = {DEFAULTS['heartbeat_period'] * 1.5:.3f} s "
        f"(as sent: {gaps[1]:.3f} s{more})")


def read_load(node: Node, clients: int, seconds: float) -> int:
    """clients threads calling get_all_process_info on node, each call on a fresh connection, for that
    long; the number of calls answered."""
    body = call_body("supvisors.get_all_process_info")
    stop = time.monotonic() + seconds

    def loop() -> int:
        done = 0
        while time.monotonic() < stop:
            r = requests.post(f"{node.url}/RPC2", auth=(node.username, node.password), data=body, timeout=10)
            r.raise_for_status()
            done += 1
        return done

    with concurrent.futures.ThreadPoolExecutor(clients) as pool:
        return sum(pool.map(lambda _: loop(), range(clients)))


def bench_cluster(work: Path, bare: float, bare_cpu: float, bare_rss: float, bare_uss: float) -> None:
    cluster = SupvisorsCluster(work / "plugin", PLUGIN_HOSTS, settings={"synchro_timeout": "30", "shared_secret": "bench"},
                               faults=True)  # faults: node 0 records when the peers' heartbeats arrive
    nodes = [cluster.nodes[h] for h in PLUGIN_HOSTS]
    for k, n in enumerate(nodes):
        n.programs = programs(100, node=k)
    try:
        t0 = time.monotonic()
        launch_all(cluster, PLUGIN_HOSTS)
        with concurrent.futures.ThreadPoolExecutor(len(nodes)) as pool:  # every node polled at once
            answers = list(pool.map(lambda n: first_answer(n, t0, t0 + 30), nodes))
        nodes[0].proxy().faults.watch_heartbeats()  # from its first answer: the spawning is still going on

        def operation():
            try:
                return all(client(n).supvisors.get_supvisors_state().statename == "OPERATION" for n in nodes)
            except Exception:
                return False

        def seen_by_first():  # one node polled: nodes answer during their launch, and polling costs them
            try:
                c = client(nodes[0])
                return (c.supvisors.get_supvisors_state().statename == "OPERATION"
                        and all(i.statename == "RUNNING" for i in c.supvisors.get_all_addresses_info()))
            except Exception:
                return False

        wait_until(seen_by_first, 60, interval=0.05, what="OPERATION seen by the first node")
        wait_until(lambda: operation() and all_running(nodes, 100), 60, interval=0.05, what="OPERATION")
        launch = time.monotonic() - t0
        cpu = mean_cpu(nodes)
        row("launch -> all OPERATION, 10 nodes x 100 processes", f"{launch:.2f} s", f"<= floor + 1 s = {bare + 1:.2f} s")
        row("  (floor: bare supervisords, all RUNNING)", f"{bare:.2f} s", "-")
        # what the launch costs each supervisord: on one host the nodes share its cores, so with 10
        # nodes on 2 cores the plugin's extra CPU time per node shows about 5 times in the wall time
        row("  CPU time per node until then (all its threads)", f"{cpu:.2f} s",
            f"- (bare: {bare_cpu:.2f} s; plugin: {cpu - bare_cpu:+.2f} s)")
        row("  slowest node's first RPC answer after launch", f"{max(answers):.2f} s", "<= 1 s")
        gap_row("  longest heartbeat gap seen by node 0 during the launch", longest_gap(nodes[0], nodes[1:]))

        n0 = nodes[0]
        wait_until(lambda: len(client(n0).supvisors.get_all_process_info()) == 1000, 10)
        row("get_all_process_info, 1000 processes, fresh conn. (median)",
            f"{timed_call(n0, call_body('supvisors.get_all_process_info'), 30):.1f} ms", "<= 10 ms")
        row("get_process_info('n0g0:*'), 20 of 1000, fresh conn. (median)",
            f"{timed_call(n0, call_body('supvisors.get_process_info', 'n0g0:*'), 30):.1f} ms", "proportional to the group")
        rss = mean_rss(nodes)
        row("RSS per node minus bare supervisord (1000 in the cluster)", f"+{rss - bare_rss:.1f} MB",
            f"<= +7 MB ({rss:.1f} vs {bare_rss:.1f} MB)")
        uss = mean_uss(nodes)
        row("  (the same in private memory, USS: shared libraries not counted)", f"+{uss - bare_uss:.1f} MB",
            f"- ({uss:.1f} vs {bare_uss:.1f} MB)")
        nodes[0].proxy().faults.watch_heartbeats()  # from now on
        calls = read_load(nodes[1], 50, 3.0)
        gap_row("longest heartbeat gap of node 1 under 50 readers (node 0)", longest_gap(nodes[0], nodes[1:2]),
                f"; {calls} calls of 1000 processes in 3 s")
        assert client(nodes[0]).supvisors.get_address_info(nodes[1].host).statename == "RUNNING"

        cpu = [psutil.Process(n.proc.pid) for n in nodes]
        for p in cpu:
            p.cpu_percent(None)
        time.sleep(3.0)  # the measured idle window
        row("idle CPU per node, 10 nodes (mean of 3 s)", f"{statistics.mean(p.cpu_percent(None) for p in cpu):.2f} %", "<= 1 %")

        victim = nodes[-1]
        mark = time.monotonic()
        victim.proc.kill()
        victim.proc.wait()
        wait_until(lambda: client(n0).supvisors.get_address_info(victim.host).statename == "SILENT", 10, interval=0.01)
        row("kill -9 -> peers see SILENT, 10 nodes", f"{time.monotonic() - mark:.2f} s", "<= 1.0 s")
        mark = time.monotonic()
        launch_all(cluster, [victim.host])
        started = first_answer(victim, mark, mark + 30)
        wait_until(seen_by_first, 30, interval=0.01)
        wait_until(operation, 30, interval=0.01)
        row("rejoin -> all OPERATION, 10 nodes", f"{time.monotonic() - mark:.2f} s", "<= 1.0 s")
        row("  of which: relaunched supervisord's first RPC answer", f"{started:.2f} s", "-")
    finally:
        cluster.stop_all()


def snapshot_once() -> tuple[float, float]:
    """A 10,000-process snapshot applied by the supervisord thread (view, indexes, events) of a fresh
    in-process Cluster; ms for the first application and for one with a single change."""
    cluster = in_process_cluster(["a", "b"])
    cluster.stream.publish = lambda topic, payload: payload()  # as if a subscriber listened
    body = {"version": 1, "processes": [{"group": f"g{i // 100}", "name": f"p{i}", "state": 20, "start": 1.0,
                                          "pid": i} for i in range(10_000)]}
    cluster._handle(Message("b", "inc", 1, 0.0, "heartbeat", {"state": 0, "master": "", "version": 1}))
    t0 = time.perf_counter()
    cluster._handle(Message("b", "inc", 2, 0.0, "snapshot", body))
    first = (time.perf_counter() - t0) * 1000
    body["processes"][0]["state"] = 0
    body["version"] = 2  # a changed snapshot has a new version (the same one is skipped: viewsync.py)
    t0 = time.perf_counter()
    cluster._handle(Message("b", "inc", 3, 0.0, "snapshot", body))
    return first, (time.perf_counter() - t0) * 1000


def bench_snapshot(rounds: int = 5) -> None:
    """Median of `rounds` fresh applications (a shared machine: one run alone moves by 30 %)."""
    runs = []
    for _ in range(rounds):
        gc.collect()  # the previous round's 10,000s of objects gone: each round as in a fresh node
        runs.append(snapshot_once())
    first, again = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
    row(f"10,000-process snapshot applied (new processes, median of {rounds})", f"{first:.0f} ms", "<= 200 ms")
    row(f"10,000-process snapshot applied again (1 change, median of {rounds})", f"{again:.0f} ms", "<= 200 ms")


@contextlib.contextmanager
def idle_cluster(workdir: Path, hosts: list[str], count: int = 2, **settings: str) -> Iterator[list[Node]]:
    """An idle cluster (count programs per node, none started) in OPERATION; stopped at the end."""
    cluster = SupvisorsCluster(workdir, hosts, settings={"synchro_timeout": "30", "shared_secret": "bench", **settings})
    nodes = [cluster.nodes[h] for h in hosts]
    for k, n in enumerate(nodes):
        n.programs = programs(count, autostart=False, node=k)
    try:
        launch_all(cluster, hosts)
        wait_until(lambda: all(client(n).supvisors.get_supvisors_state().statename == "OPERATION" for n in nodes),
                   90, interval=0.2, what="OPERATION")
        yield nodes
    finally:
        cluster.stop_all()


def bench_reads_300(work: Path) -> None:
    """get_all_process_info of 300 processes (3 nodes x 100, stopped: in the view all the same)."""
    with idle_cluster(work / "reads300", IDLE_HOSTS[:3], count=100) as nodes:
        wait_until(lambda: len(client(nodes[0]).supvisors.get_all_process_info()) == 300, 10)
        row("get_all_process_info, 300 processes, fresh conn. (median)",
            f"{timed_call(nodes[0], call_body('supvisors.get_all_process_info'), 30):.1f} ms", "<= 3 ms")


def bench_idle(work: Path, hosts: list[str], gossip: int = 0) -> float:
    """Idle CPU per node; gossip: gossip_fanout (with silence_threshold 1.75 s, enough up to 30 nodes)."""
    settings = {"gossip_fanout": str(gossip), "silence_threshold": "1.75"} if gossip else {}
    mode = f", gossip_fanout {gossip}" if gossip else ""
    with idle_cluster(work / f"idle{len(hosts)}g{gossip}", hosts, **settings) as nodes:
        rss = statistics.mean(psutil.Process(n.proc.pid).memory_info().rss for n in nodes) / 1e6
        cpu = [psutil.Process(n.proc.pid) for n in nodes]
        for p in cpu:
            p.cpu_percent(None)
        time.sleep(5.0)  # the measured idle window
        value = statistics.mean(p.cpu_percent(None) for p in cpu)
        row(f"idle CPU per node, {len(hosts)} nodes{mode} (mean of 5 s)", f"{value:.2f} %",
            "<= 1 %" if len(hosts) == 10 else "flat in N")
        if not gossip:
            row(f"  supervisord RSS per node, {len(hosts)} nodes", f"{rss:.1f} MB", "-")
        return value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    bench_snapshot()
    bench_cluster(work, *floor(work))
    bench_reads_300(work)
    at10 = bench_idle(work, IDLE_HOSTS[:10])
    if not args.quick:  # 10 -> 30 nodes, all-to-all (the default), then gossip mode (docs/scaling.md)
        for gossip in (0, 1):
            at10 = at10 if not gossip else bench_idle(work, IDLE_HOSTS[:10], gossip)
            at30 = bench_idle(work, IDLE_HOSTS, gossip)
            row(f"  idle CPU growth 10 -> 30 nodes, gossip_fanout {gossip}", f"{at30 - at10:+.2f} points", "flat in N")


if __name__ == "__main__":
    main()
