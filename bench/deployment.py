"""Deployment benchmark: start/stop an application of 30 programs over a real 3-node cluster.

    python bench/deployment.py [--runs 7] [--programs 30]

Prints, over the runs (median, min, max):
- start_application(LESS_LOADED, wait=True) of N programs (start_sequence 1, spread over 3 nodes)
  until the call returns, i.e. all RUNNING (baseline Supvisors 0.19.1: 0.32 s; target <= 0.16 s);
- stop_application(wait=True) until all STOPPED (baseline 0.11-0.14 s; target <= 0.07 s);
- how long after the goal the waiting call returns: the last RUNNING (resp. STOPPED) event as a
  subscriber of a third node's event stream receives it, to the call's return (target <= 100 ms);
- start_process(wait=True) of a program with startsecs=1 on another node: its return after the
  RUNNING event (supervisord's own 1 s poll would add up to 1 s without the deployer's pulse).
Programs: `sleep 3600` (--python-programs: tests/programs/sleeper.py). Nodes: 127.0.0.94-96 on free
ports (never the demo's). Not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

import zmq  # noqa: E402

from harness.cluster import SupvisorsCluster  # noqa: E402
from harness.programs import bench_programs  # noqa: E402
from harness.supervisord import PROGRAMS_DIR, Program, wait_until  # noqa: E402

HOSTS = ["127.0.0.94", "127.0.0.95", "127.0.0.96"]
LESS_LOADED, CONFIG = 1, 0


def rules(count: int) -> str:
    return f"""<?xml version="1.0"?>
<root>
  <application name="bench">
    <pattern name="p"><start_sequence>1</start_sequence><stop_sequence>1</stop_sequence>
      <loading>{max(1, 90 // max(1, count // 3))}</loading></pattern>
  </application>
  <application name="slowstart"><program name="s"><addresses>{HOSTS[2]}</addresses></program></application>
</root>
"""


class EventWatch:
    """Receives the `process` events of one node; remembers when each (process, state) last came."""

    def __init__(self, host: str, port: int):
        self.ctx = zmq.Context()
        self.sub = self.ctx.socket(zmq.SUB)
        self.sub.connect(f"tcp://{host}:{port}")
        self.sub.subscribe(b"process")
        self.seen: dict[tuple[str, str], float] = {}
        self.lock = threading.Lock()
        self.running = True
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while self.running:
            if self.sub.poll(50):
                body = json.loads(self.sub.recv_multipart()[1])
                with self.lock:
                    self.seen[(f"{body['application_name']}:{body['process_name']}", body["statename"])] = \
                        time.monotonic()

    def last(self, names: list[str], state: str) -> float | None:
        with self.lock:
            times = [self.seen.get((n, state)) for n in names]
        return None if any(t is None for t in times) else max(times)

    def clear(self) -> None:
        with self.lock:
            self.seen.clear()

    def close(self) -> None:
        self.running = False
        self.thread.join(1)
        self.sub.close(0)
        self.ctx.term()


def fig(values: list[float]) -> str:
    ms = [v * 1000 for v in values]
    return f"median {statistics.median(ms):7.1f} ms   min {min(ms):7.1f}   max {max(ms):7.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--programs", type=int, default=30)
    parser.add_argument("--python-programs", action="store_true",
                        help="run Python sleepers instead of `sleep 3600` (their start-up CPU then weighs in)")
    args = parser.parse_args()
    programs = bench_programs(args.programs, light=not args.python_programs)
    programs.append(Program("s", f"{sys.executable} {PROGRAMS_DIR / 'sleeper.py'}", group="slowstart", startsecs=1))
    cluster = SupvisorsCluster(Path(tempfile.mkdtemp(prefix="supvisors-bench-")), HOSTS, programs=programs,
                               rules_xml=rules(args.programs))
    names = [f"bench:{p.name}" for p in programs if p.group == "bench"]
    try:
        cluster.start()
        proxies = [cluster.nodes[h].proxy() for h in HOSTS]
        wait_until(lambda: all(p.supvisors.get_supvisors_state()["statename"] == "OPERATION" for p in proxies), 30,
                   what="cluster in OPERATION")
        watch = EventWatch(HOSTS[2], cluster.event_port)
        caller = proxies[0].supvisors
        wait_until(lambda: (proxies[2].supervisor.startProcess("slowstart:s", False),
                            proxies[2].supervisor.stopProcess("slowstart:s"),
                            watch.last(["slowstart:s"], "STOPPED"))[-1], 10, interval=0.2, what="event stream")
        starts, stops, start_lag, stop_lag, single_lag = [], [], [], [], []
        for _ in range(args.runs):
            watch.clear()
            t0 = time.monotonic()
            caller.start_application(LESS_LOADED, "bench", True)
            t1 = time.monotonic()
            reached = wait_until(lambda: watch.last(names, "RUNNING"), 5, what="RUNNING events")
            starts.append(t1 - t0)
            start_lag.append(t1 - reached)
            t0 = time.monotonic()
            caller.stop_application("bench", True)
            t1 = time.monotonic()
            reached = wait_until(lambda: watch.last(names, "STOPPED"), 5, what="STOPPED events")
            stops.append(t1 - t0)
            stop_lag.append(t1 - reached)
            watch.clear()
            caller.start_process(CONFIG, "slowstart:s", "", True)
            t1 = time.monotonic()
            reached = wait_until(lambda: watch.last(["slowstart:s"], "RUNNING"), 5, what="slowstart RUNNING")
            single_lag.append(t1 - reached)
            caller.stop_process("slowstart:s", True)
        placement = {}
        caller.start_application(LESS_LOADED, "bench", True)
        for info in caller.get_process_info("bench:*"):
            placement[info["addresses"][0]] = placement.get(info["addresses"][0], 0) + 1
        caller.stop_application("bench", True)
        watch.close()
        kind = "python sleeper.py" if args.python_programs else "sleep 3600"
        print(f"Supvisors deployment benchmark: {args.programs} programs ({kind}) over {len(HOSTS)} nodes "
              f"({', '.join(f'{h}: {n}' for h, n in sorted(placement.items()))}), {args.runs} runs")
        print(f"  start_application wait=True, all RUNNING   {fig(starts)}   (0.19.1: 320 ms; target <= 160)")
        print(f"  stop_application  wait=True, all STOPPED   {fig(stops)}   (0.19.1: 110-140 ms; target <= 70)")
        print(f"  start return after the last RUNNING event  {fig(start_lag)}   (target <= 100 ms)")
        print(f"  stop return after the last STOPPED event   {fig(stop_lag)}")
        print(f"  start_process startsecs=1 on node 3, return after its RUNNING event {fig(single_lag)}")
        print("  (negative: the call returned before the third node's event reached the subscriber)")
    finally:
        cluster.stop_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
