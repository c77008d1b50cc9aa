"""Idle CPU of an idle cluster, per node and per thread (issue 15).

Starts N supervisords with the plugin on 127.0.0.x loopback addresses, waits for OPERATION, then
measures every node's CPU, and that of each of its threads, over a window (psutil). Threads are told
apart by their kernel names: supervisord's own thread (the process's main thread), ZeroMQ's I/O and
reaper threads ("ZMQbg/..."), and the sync thread (the other Python thread).

    .venv/bin/python bench/idle_threads.py 10             # 10 nodes, 10 s window
    .venv/bin/python bench/idle_threads.py 3 10 30 --window 10
    .venv/bin/python bench/idle_threads.py 10 --period 0.4
    .venv/bin/python bench/idle_threads.py 10 30 --period 1 --threshold 4
    .venv/bin/python bench/idle_threads.py 10 30 --gossip 2 --threshold 1.75    # gossip mode (gossip.py)
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import psutil  # noqa: E402
from scale import IDLE_HOSTS, client, idle_cluster  # noqa: E402

from supvisors_client import AddressStates  # noqa: E402

TARGET = 1.0  # % of a core per node at 10 nodes, and flat in N


def thread_kind(pid: int, tid: int) -> str:
    if tid == pid:
        return "supervisord"
    try:
        name = Path(f"/proc/{pid}/task/{tid}/comm").read_text().strip()
    except OSError:
        return "other"
    if name.startswith("ZMQbg/IO"):
        return "zmq-io"
    if name.startswith("ZMQbg"):
        return "zmq-other"
    return "sync"


def thread_times(p: psutil.Process) -> dict[int, tuple[str, float]]:
    return {t.id: (thread_kind(p.pid, t.id), t.user_time + t.system_time) for t in p.threads()}


def sync_wakeups(p: psutil.Process) -> int:
    """Voluntary context switches of the sync thread so far: how many times it slept and woke."""
    for t in p.threads():
        if thread_kind(p.pid, t.id) == "sync":
            status = Path(f"/proc/{p.pid}/task/{t.id}/status").read_text()
            return int(status.split("voluntary_ctxt_switches:")[1].split()[0])
    return 0


def measure(n_nodes: int, period: str | None, window: float, threshold: str | None = None,
            gossip: str | None = None) -> dict[str, float]:
    settings = {"heartbeat_period": period} if period else {}
    if threshold:
        settings["silence_threshold"] = threshold
    if gossip:
        settings["gossip_fanout"] = gossip
    with idle_cluster(Path(tempfile.mkdtemp(prefix="bench-idle-")), IDLE_HOSTS[:n_nodes], **settings) as nodes:
        time.sleep(2.0)  # let the start-up settle before the measured window
        procs = [psutil.Process(n.proc.pid) for n in nodes]
        logs = [n.logfile.stat().st_size for n in nodes]
        before = [(p.cpu_times(), thread_times(p)) for p in procs]
        wakes = [sync_wakeups(p) for p in procs]
        time.sleep(window)
        wakes = [sync_wakeups(p) - w for p, w in zip(procs, wakes, strict=True)]
        lost = 0  # a node declared lost in the idle window: a false loss (every node lives)
        for n, size in zip(nodes, logs, strict=True):
            with n.logfile.open("rb") as f:
                f.seek(size)
                lost += sum(1 for line in f if b" is SILENT" in line or b" is ISOLATING" in line)
        total, kinds = [], {}
        for p, (c0, t0) in zip(procs, before, strict=True):
            c1 = p.cpu_times()
            total.append((c1.user + c1.system - c0.user - c0.system) / window * 100)
            per: dict[str, float] = {}
            for tid, (kind, t) in thread_times(p).items():
                per[kind] = per.get(kind, 0.0) + (t - t0.get(tid, (kind, 0.0))[1]) / window * 100
            for kind, v in per.items():
                kinds.setdefault(kind, []).append(v)
        out = {"node": statistics.mean(total), "node max": max(total), "lost": lost,
               "wakes": statistics.mean(wakes) / window}
        out.update({k: statistics.mean(v) for k, v in sorted(kinds.items())})
        out["freeze"] = freeze_detection(nodes)
        return out


def freeze_detection(nodes: list) -> float:
    """SIGSTOP the last node; seconds until every other node shows it SILENT (polled, 15 s at most)."""
    frozen, others = nodes[-1], nodes[:-1]
    os.kill(frozen.proc.pid, signal.SIGSTOP)
    t0 = time.monotonic()
    try:
        pending = list(others)
        while pending and time.monotonic() - t0 < 15:
            pending = [n for n in pending
                       if client(n).supvisors.get_address_info(frozen.host).statecode is not AddressStates.SILENT]
        return time.monotonic() - t0 if not pending else float("nan")
    finally:
        os.kill(frozen.proc.pid, signal.SIGCONT)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("nodes", nargs="*", type=int, default=[10])
    parser.add_argument("--period", help="heartbeat_period (default: the plugin's)")
    parser.add_argument("--threshold", help="silence_threshold (default: the plugin's; at least twice the period)")
    parser.add_argument("--gossip", help="gossip_fanout (default: 0, all-to-all)")
    parser.add_argument("--window", type=float, default=10.0, help="measured idle window, s")
    args = parser.parse_args()
    print(f"{'nodes':>5} | {'per node':>8} | {'max':>6} | per thread (% of a core)  [target <= {TARGET} % at 10, flat in N]")
    for n in args.nodes:
        r = measure(n, args.period, args.window, args.threshold, args.gossip)
        threads = ", ".join(f"{k} {v:.2f}" for k, v in r.items() if k not in ("node", "node max", "lost", "freeze", "wakes"))
        verdict = "" if n != 10 else ("  OK" if r["node"] <= TARGET else "  ABOVE TARGET")
        print(f"{n:>5} | {r['node']:7.2f}% | {r['node max']:5.2f}% | {threads}{verdict} | sync thread wake-ups {r['wakes']:.1f}/s | false losses: {r['lost']} | "
              f"a freeze SILENT everywhere after {r['freeze']:.2f} s",
              flush=True)


if __name__ == "__main__":
    main()
