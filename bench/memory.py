"""Where the plugin's memory goes, part by part (issue 15: RSS over bare supervisord <= +7 MB).

    .venv/bin/python bench/memory.py [--peers 9] [--processes 1000]

scale.py measures the whole (supervisord with the plugin against bare supervisord, 10 x 100
processes); this one takes the plugin apart, in a fresh interpreter that first imports what a bare
supervisord imports, then adds one part at a time and prints what each adds to its RSS:

- pyzmq: its shared libraries (libzmq, and the libstdc++ and libsodium that libzmq needs: pages
  shared by every process of a host, counted in each one's RSS) and its Python modules;
- the plugin's own modules (and the standard modules only they import);
- ZeroMQ at run time: a context with the sync thread's three sockets (sync.py), its SUB bound and
  reached by `peers` publishers, its PUB connected to `peers` subscribers (another process), after
  heartbeat-sized traffic in both directions;
- the view of `processes` processes, applied as the peers' snapshots, and the cached XML of
  get_all_process_info over them.
"""

from __future__ import annotations

import argparse
import gc
import json
import multiprocessing  # imported before the first measurement: the bench's own, not the plugin's
import multiprocessing.queues  # noqa: F401
import multiprocessing.synchronize  # noqa: F401
import os
import time

from inprocess import in_process_cluster

TARGET_MB = 7.0
OPEN: list = []  # how to close what zeromq_runtime opened: at the end (measured open, as in a node)


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def library_rss_mb(names: tuple[str, ...]) -> float:
    """RSS of this process's mappings of the shared libraries whose file name contains one of names."""
    total, counted = 0, False
    with open("/proc/self/smaps") as f:
        for line in f:
            parts = line.split()
            if "-" in parts[0] and len(parts) >= 5 and ":" in parts[3]:
                path = parts[5] if len(parts) > 5 else ""
                counted = any(n in os.path.basename(path) for n in names)
            elif parts[0] == "Rss:" and counted:
                total += int(parts[1])
    return total / 1024


def row(name: str, value: float, note: str = "") -> None:
    print(f"{name:<66}{value:>+7.2f} MB   {note}")


def peers_process(count: int, node_port: int, ports, ready, stop) -> None:
    """count peers: each a SUB bound (where the node's PUB connects) and a PUB connected to the node."""
    import zmq
    ctx = zmq.Context()
    subs, pubs = [], []
    for _ in range(count):
        s = ctx.socket(zmq.SUB)
        s.setsockopt(zmq.SUBSCRIBE, b"")
        ports.put(s.bind_to_random_port("tcp://127.0.0.1"))
        subs.append(s)
        p = ctx.socket(zmq.PUB)
        p.connect(f"tcp://127.0.0.1:{node_port}")
        pubs.append(p)
    ready.set()
    while not stop.is_set():
        for p in pubs:
            p.send_multipart([b"heartbeat", b"x" * 640])  # a heartbeat's size at 10 nodes (scaling.md)
        for s in subs:
            while s.poll(0):
                s.recv_multipart()
        time.sleep(0.25)
    ctx.destroy(linger=0)


def zeromq_runtime(peers: int) -> int:
    """The sync thread's sockets and their peers' connections, after traffic (still open); the number
    of messages received."""
    import zmq
    ctx = zmq.Context()
    pub, sub, events = (ctx.socket(t) for t in (zmq.PUB, zmq.SUB, zmq.XPUB))
    sub.setsockopt(zmq.SUBSCRIBE, b"")
    node_port = sub.bind_to_random_port("tcp://127.0.0.1")
    events.bind_to_random_port("tcp://127.0.0.1")
    mp = multiprocessing.get_context("fork")
    ports, ready, stop = mp.Queue(), mp.Event(), mp.Event()
    child = mp.Process(target=peers_process, args=(peers, node_port, ports, ready, stop))
    child.start()
    try:
        if not ready.wait(30):
            raise RuntimeError("the peers' process did not start")
        for _ in range(peers):
            pub.connect(f"tcp://127.0.0.1:{ports.get(timeout=10)}")
        received, deadline = 0, time.monotonic() + 3.0
        while time.monotonic() < deadline:
            pub.send_multipart([b"heartbeat", b"y" * 640])
            while sub.poll(0):
                sub.recv_multipart()
                received += 1
            time.sleep(0.25)
        if received < peers:
            raise RuntimeError(f"only {received} messages from {peers} peers: they did not connect")
        return received
    finally:
        OPEN.append(lambda: (stop.set(), child.join(10), ctx.destroy(linger=0)))


def view_of(processes: int, peers: int):
    """A Cluster whose view holds `processes` processes, applied as the peers' snapshots."""
    from supvisors.wire import Message

    hosts = [f"h{i}" for i in range(peers + 1)]
    cluster = in_process_cluster(hosts)
    cluster.stream.publish = lambda topic, payload: None
    for host in hosts[1:]:
        cluster._handle(Message(host, "inc", 1, 0.0, "heartbeat", {"state": 0, "master": "", "version": 1}))
    per_peer = -(-processes // peers)
    for k, host in enumerate(hosts[1:]):
        reports = [{"group": f"n{k}g{i // 20}", "name": f"p{i:03d}", "state": 20, "start": 1.0, "pid": 1000 + i}
                   for i in range(min(per_peer, processes - k * per_peer))]
        body = json.loads(json.dumps({"version": 1, "processes": reports}))  # as a message carries it
        cluster._handle(Message(host, "inc", 2, 0.0, "snapshot", body))
        del body, reports
    assert len(cluster.view.processes) == processes, len(cluster.view.processes)
    return cluster


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--peers", type=int, default=9, help="the other nodes (default 9: a 10-node cluster)")
    parser.add_argument("--processes", type=int, default=1000, help="processes in the cluster (default 1000)")
    args = parser.parse_args()

    # what a bare supervisord has imported (its RPC interface and HTTP server: xmlrpc.client, ssl, ...)
    import supervisor.dispatchers  # noqa: F401
    import supervisor.http  # noqa: F401
    import supervisor.process  # noqa: F401
    import supervisor.rpcinterface  # noqa: F401
    import supervisor.supervisord  # noqa: F401
    import supervisor.xmlrpc  # noqa: F401
    gc.collect()
    libraries = ("libzmq", "libstdc++", "libsodium", "libgcc_s", "_zmq.", "_ctypes.", "libffi", "_pickle.")
    start, libs = rss_mb(), library_rss_mb(libraries)

    def step() -> tuple[float, float]:
        """RSS added since the last step: outside the libraries above, and in their pages."""
        nonlocal start, libs
        gc.collect()
        now, now_libs = rss_mb(), library_rss_mb(libraries)
        added = (now - start - (now_libs - libs), now_libs - libs)
        start, libs = now, now_libs
        return added

    first = start
    import zmq  # noqa: F401
    own, pages = step()
    row("pyzmq's Python modules (and pickle, json, which it imports)", own)
    row("  pages of its shared libraries (libzmq, libstdc++, libsodium, _zmq)", pages, "shared by the nodes of a host")
    import supvisors.plugin  # noqa: F401
    own, pages = step()
    row("the plugin's modules (and ctypes, queue, ... which only they import)", own)
    row("  pages of shared libraries (_ctypes, libffi, ...)", pages)
    received = zeromq_runtime(args.peers)
    own, pages = step()
    row(f"ZeroMQ at run time: a context, 3 sockets, {args.peers} + {args.peers} connections", own,
        f"({received} messages received; ~{own / (2 * args.peers) * 1000:.0f} kB per connection)")
    row("  more pages of the shared libraries, touched at run time", pages)
    from supvisors.rpcinterface import SupvisorsNamespaceRPCInterface
    step()
    cluster = view_of(args.processes, args.peers)
    row(f"the view of {args.processes} processes", sum(step()))
    xml = SupvisorsNamespaceRPCInterface(cluster).get_all_process_info()  # made and cached as a node does
    row(f"the cached get_all_process_info XML of {args.processes} processes", sum(step()),
        f"(only on a node that is read: {len(xml.xml) / 1e6:.2f} MB of XML)")
    for close in OPEN:
        close()
    total = start - first
    print(f"{'total added (RSS of this process)':<66}{total:>+7.2f} MB   target <= +{TARGET_MB:.0f} MB over "
          f"bare supervisord, {total - library_rss_mb(libraries):+.2f} MB without the libraries' pages")


if __name__ == "__main__":
    main()
