"""Benchmark of the failure handling (issue 5): conciliation, master loss, freezes, partition heal.

    .venv/bin/python bench/failures.py

Prints one line per figure with its target (every target: <= 2 s with default settings). Runs real
supervisord daemons on 127.0.0.211-213 (free ports); the partition uses iptables (root), and is
skipped with the reason when that is not possible.
"""

from __future__ import annotations

import os
import signal
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

from harness import partition  # noqa: E402
from harness.cluster import SupvisorsCluster  # noqa: E402
from harness.live import RULES  # noqa: E402
from harness.programs import standard_programs  # noqa: E402
from harness.supervisord import wait_until  # noqa: E402
from supvisors_client import SupvisorsClient  # noqa: E402

HOSTS = ["127.0.0.211", "127.0.0.212", "127.0.0.213"]
N1, N2, N3 = HOSTS


def row(name: str, value: str, target: str = "<= 2 s") -> None:
    print(f"{name:<58}{value:>10}   target {target}")


def cluster(settings: dict[str, str] | None = None) -> SupvisorsCluster:
    c = SupvisorsCluster(Path(tempfile.mkdtemp(prefix="bench-fail-")), HOSTS, programs=standard_programs(),
                         rules_xml=RULES, settings=settings)
    c.start()
    wait_until(lambda: all(state(c, h) == "OPERATION" for h in HOSTS), 20, what="OPERATION")
    return c


def client(c: SupvisorsCluster, host: str) -> SupvisorsClient:
    n = c.nodes[host]
    return SupvisorsClient(n.url, n.username, n.password, timeout=(0.5, 5))


def state(c, host) -> str:
    try:
        return client(c, host).supvisors.get_supvisors_state().statename
    except Exception:
        return "?"


def settled(c, hosts) -> bool:
    return all(state(c, h) == "OPERATION" and client(c, h).supvisors.get_conflicts() == [] for h in hosts)


def conflict_to_operation(strategy: str) -> float:
    c = cluster({"conciliation_strategy": strategy})
    try:
        client(c, N2).supervisor.startProcess("demo:ticker")
        t0 = time.monotonic()  # an upper bound: the conflict exists once this second start is RUNNING
        client(c, N3).supervisor.startProcess("demo:ticker")
        if strategy == "USER":
            wait_until(lambda: state(c, N1) == "CONCILIATION", 5, interval=0.005)
            client(c, N1).supvisors.conciliate("SENICIDE")
        wait_until(lambda: settled(c, HOSTS), 10, interval=0.005, what="settled")
        return time.monotonic() - t0
    finally:
        c.stop_all()


def master_loss_and_freeze() -> None:
    c = cluster()
    try:
        n3 = c.nodes[N3]
        os.kill(n3.proc.pid, signal.SIGSTOP)
        time.sleep(0.5)  # the freeze itself is the measured input
        os.kill(n3.proc.pid, signal.SIGCONT)
        time.sleep(1.0)  # observation window for a wrong SILENT
        silent = "is SILENT" in c.nodes[N1].logfile.read_text()
        row("SIGSTOP 0.5 s -> node marked SILENT?", "YES" if silent else "no", "no")
        t0 = time.monotonic()
        c.nodes[N1].proc.send_signal(signal.SIGKILL)
        wait_until(lambda: all(client(c, h).supvisors.get_master_address() == N2 for h in (N2, N3)), 10,
                   interval=0.005, what="new master")
        row("kill -9 of the master -> new master agreed by all", f"{time.monotonic() - t0:.2f} s")
    finally:
        c.stop_all()


def partition_heal() -> None:
    reason = partition.available()
    if reason:
        row("partition heal -> one master, no conflict", "skipped", f"({reason})")
        return
    c = cluster({"conciliation_strategy": "SENICIDE"})
    cut = partition.Partition(c.internal_port, "bench")
    try:
        client(c, N2).supervisor.startProcess("demo:ticker")
        cut.split([N1], [N2, N3])
        wait_until(lambda: client(c, N1).supvisors.get_process_info("demo:ticker")[0].addresses == [N1], 10,
                   what="both sides run the required ticker")
        t0 = time.monotonic()
        cut.heal()
        wait_until(lambda: settled(c, HOSTS) and {client(c, h).supvisors.get_master_address() for h in HOSTS}
                   == {N1} and all(i.statename == "RUNNING" for i in client(c, N3).supvisors.get_all_addresses_info()),
                   20, interval=0.005, what="healed")
        row("partition heal -> one master, no conflict, OPERATION", f"{time.monotonic() - t0:.2f} s")
    finally:
        cut.heal()
        c.stop_all()


if __name__ == "__main__":
    for strategy in ("SENICIDE", "INFANTICIDE", "STOP", "RESTART", "USER"):
        label = f"conflict -> OPERATION, {strategy}" + (" (conciliate(SENICIDE) at once)" if strategy == "USER" else "")
        row(label, f"{conflict_to_operation(strategy):.2f} s")
    master_loss_and_freeze()
    partition_heal()
