"""Benchmark of the node channel's protections (issue 18): what CURVE costs, and the handshake.

    .venv/bin/python bench/security.py [--rounds N]

Two 3-node clusters, one plaintext (HMAC only, the default) and one with `curve_keys_dir` and
`event_curve`; for each: launch -> every node RUNNING everywhere and OPERATION (the sessions'
handshake included), the propagation of a process event between nodes (from the nodes' own view
timestamps, as bench/server_core.py), and the idle CPU of the nodes. Real supervisord daemons on
127.0.0.204-209 (free ports), torn down at the end.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import psutil
import zmq
import zmq.auth
from server_core import EventWatcher, all_in, client, event_delays, launch_all

from harness.cluster import SupvisorsCluster
from harness.programs import standard_programs
from harness.supervisord import wait_until

MODES = {"plaintext (HMAC)": ["127.0.0.204", "127.0.0.205", "127.0.0.206"],
         "CURVE + HMAC": ["127.0.0.207", "127.0.0.208", "127.0.0.209"]}


class SecureWatcher(EventWatcher):
    def __init__(self, ctx, host, port, server_key: bytes):
        super().__init__(ctx, host, port)
        self.sock.close(0)
        self.sock = ctx.socket(zmq.SUB)
        self.sock.curve_publickey, self.sock.curve_secretkey = zmq.curve_keypair()
        self.sock.curve_serverkey = server_key
        self.sock.setsockopt(zmq.SUBSCRIBE, b"")
        self.sock.setsockopt(zmq.LINGER, 0)
        self.sock.connect(f"tcp://{host}:{port}")


def measure(name: str, hosts: list[str], rounds: int) -> dict[str, float]:
    work = Path(tempfile.mkdtemp(prefix="bench-security-"))
    settings, keys = {}, None
    if "CURVE" in name:
        keys = work / "keys"
        keys.mkdir()
        for h in hosts:
            zmq.auth.create_certificates(str(keys), h)
        settings = {"curve_keys_dir": str(keys), "event_curve": "true"}
    cluster = SupvisorsCluster(work / "cluster", hosts, programs=standard_programs(), settings=settings)
    ctx = zmq.Context()
    out: dict[str, float] = {}
    try:
        t0 = time.monotonic()
        launch_all(cluster, hosts)

        def ready():
            return all_in(cluster, hosts, "OPERATION") and all(
                i.statename == "RUNNING" for h in hosts for i in client(cluster, h).supvisors.get_all_addresses_info())

        wait_until(ready, 30, interval=0.01, what="ready")
        out["launch"] = time.monotonic() - t0
        a, b = hosts[:2]

        def watcher(host):
            if keys is None:
                return EventWatcher(ctx, host, cluster.event_port)
            return SecureWatcher(ctx, host, cluster.event_port, zmq.auth.load_certificate(str(keys / f"{host}.key"))[0])

        watch_a, watch_b = watcher(a), watcher(b)
        watch_a.start()
        watch_b.start()
        time.sleep(0.3)  # let the SUB sockets connect (slow joiner)
        cb = client(cluster, b)
        delays = event_delays(watch_a, watch_b, cb, rounds)
        out["event_median"], out["event_max"] = statistics.median(delays), max(delays)
        watch_a.running = watch_b.running = False
        watch_a.join()
        watch_b.join()
        procs = [psutil.Process(cluster.nodes[h].proc.pid) for h in hosts]
        for p in procs:
            p.cpu_percent(None)
        time.sleep(3.0)  # the measured idle window
        out["cpu"] = statistics.mean(p.cpu_percent(None) for p in procs)
    finally:
        cluster.stop_all()
        ctx.term()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=40)
    args = parser.parse_args()
    results = {name: measure(name, hosts, args.rounds) for name, hosts in MODES.items()}
    names = list(results)
    print(f"{'':<52}{names[0]:>18}{names[1]:>18}")
    for key, label, unit in [("launch", "launch -> all RUNNING everywhere + OPERATION", "s"),
                             ("event_median", "process event, B's view -> A's view (median)", "ms"),
                             ("event_max", "  (max over the rounds)", "ms"),
                             ("cpu", "idle CPU per node (3 nodes, 3 s)", "%")]:
        print(f"{label:<52}" + "".join(f"{results[n][key]:>15.2f} {unit:<2}" for n in names))


if __name__ == "__main__":
    main()
