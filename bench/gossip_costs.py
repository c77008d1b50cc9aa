"""What one addressed heartbeat of gossip mode costs the sync thread, as the cluster grows (issue 15).

In process, no daemons: the sender's encoding (HMAC, JSON, its table of N entries), the receiver's
decoding (the same checks as on the wire, the table's validation) and the merge of the table
(gossip.Gossip.received), in microseconds per message, beside a heartbeat to all as all-to-all mode
sends and reads it (the receiver's shorter way for an unchanged one). Per node and period, gossip mode
sends and reads about gossip_fanout of the first kind; all-to-all sends one of the second and reads
N - 1.

    .venv/bin/python bench/gossip_costs.py
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "server"))

from supvisors.gossip import Gossip  # noqa: E402
from supvisors.wire import Decoder, Encoder, Message, Sessions  # noqa: E402

BODY = {"state": 2, "master": "127.0.0.1", "version": 3}


def per_call(f, n: int = 500) -> float:
    """Microseconds per call (the best of 3 runs of n)."""
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        for _ in range(n):
            f()
        best = min(best, time.perf_counter() - t0)
    return best / n * 1e6


def costs(n_nodes: int) -> dict[str, float]:
    nodes = [f"127.{i // 62500}.{i // 250 % 250}.{i % 250 + 1}" for i in range(n_nodes)]
    a, b = nodes[0], nodes[1]
    sa, sb = Sessions(a, nodes), Sessions(b, nodes)
    for sessions in (sa, sb):  # every session open
        for peer in sessions.peers.values():
            peer.established = os.urandom(16).hex()
    sa.peers[b].established, sb.peers[a].established = sb.inc, sa.inc
    encoder, decoder = Encoder(b, b"key", sb), Decoder(a, nodes, b"key", sa)
    sender = Gossip(b, nodes, 1)
    for peer in nodes[2:] + [a]:
        sender.direct(peer, os.urandom(16).hex(), 5, 3)
    heard_b = {p: 0.0 for p in nodes if p != b}
    table = sender.table(heard_b)
    encode = per_call(lambda: encoder.encode("heartbeat", BODY, to=a, seen=sender.table(heard_b)))
    frames = [encoder.encode("heartbeat", BODY, to=a, seen=table) for _ in range(1500)][::-1]  # popped in order
    decode = per_call(lambda: decoder.decode(frames.pop()))
    receiver = Gossip(a, nodes, 1)
    for node, (inc, _, version) in table.items():
        receiver.direct(node, inc, 0, version)
    heard_a = {p: 0.0 for p in nodes if p != a}
    beats = {p: {"version": 3} for p in nodes}
    message = Message(b, sb.inc, 1, 0.0, "heartbeat", BODY, False, table)
    stale = {node: (entry[0], 0, entry[2]) for node, entry in receiver.known.items()}

    def merge():
        receiver.known = dict(stale)  # every entry news again
        receiver.received(message, heard_a, beats)

    merge_cost = per_call(merge) - per_call(lambda: dict(stale))
    to_all = per_call(lambda: encoder.encode("heartbeat", BODY))
    decoder.decode(encoder.encode("heartbeat", BODY))  # remembered: the next ones take the shorter way
    beats_to_all = [encoder.encode("heartbeat", BODY) for _ in range(1500)][::-1]
    read_to_all = per_call(lambda: decoder.decode(beats_to_all.pop()))
    return {"encode": encode, "decode": decode, "merge": merge_cost, "to_all": to_all, "read": read_to_all,
            "bytes": len(encoder.encode("heartbeat", BODY, to=a, seen=table)[0])}


def main() -> None:
    print(f"{'nodes':>5} | addressed heartbeat: {'bytes':>6} {'encode':>7} {'decode':>7} {'merge':>6} (us) | "
          f"to all: encode, read (us) | per period, fanout 1 / all-to-all (us)")
    for n in (10, 30, 100, 1000):
        c = costs(n)
        gossip = c["encode"] + c["decode"] + c["merge"]
        all_to_all = c["to_all"] + (n - 1) * c["read"]
        print(f"{n:>5} | {c['bytes']:>27} {c['encode']:7.0f} {c['decode']:7.0f} {c['merge']:6.0f}      | "
              f"{c['to_all']:6.0f} {c['read']:5.0f}              | {gossip:8.0f} / {all_to_all:8.0f}", flush=True)


if __name__ == "__main__":
    main()
