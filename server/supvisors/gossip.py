"""Gossip mode (gossip_fanout > 0): a node's idle cost stops growing with the size of the cluster.

All-to-all, the default (gossip_fanout = 0): every node publishes its heartbeat to every peer every
heartbeat_period, so every node receives N - 1 heartbeats per period, and its idle CPU grows with N
(docs/scaling.md).

Gossip: a heartbeat whose body has not changed since the node last published it to all goes to
`gossip_fanout` peers only, addressed to them: its payload starts with `topic(peer)`, and a node's
receiving socket subscribes to its own topic and to the messages for all (BROADCAST), so ZeroMQ's
publisher sends it to those peers alone. The first peer of a period is on a schedule, the others are
the peers heard in turn (Gossip.targets). Such a heartbeat carries the sender's table (`seen`): for
every node it hears, the first digits of that node's incarnation, the highest sequence number it
knows of that node's heartbeats (heard from the node or told by another peer), and the version of
the node's processes that heartbeat announced. A receiver that learns a higher number for a node of
the same incarnation has news that the node lives: that counts as hearing the node then, if the
version is the one this node last heard from the node itself (Gossip.merge). A sequence number grows
only when its node sends, so the relays cannot make up news: the number of a dead, frozen or cut-off
node stops everywhere, and its silence reaches silence_threshold as in all-to-all mode, later by the
news' travel time (at most ceil(log2 N) periods: hence silence_threshold >= min_periods(N) x
heartbeat_period). A node reached by nobody (the other side of a partition) is SILENT, as before.

What is not gossiped is what changes: a new body (a process event's version, a state or a master
change) and the handshake are published to all at once, as in all-to-all mode. A peer that is not
heard (not yet, silent, or beyond a partition) gets the heartbeat addressed to it every period, and
so does a peer whose table lacks this node (it does not hear this node), so a partition or a cut
that heals is noticed within a period. Per node and period: `gossip_fanout` heartbeats sent
and, on average, as many received, whatever N; each carries a table of N entries.

Sync thread only.
"""

from __future__ import annotations

import json
import math
import random

INC_PREFIX = 8      # digits of an incarnation in a table: enough to tell two lives of a node apart
BROADCAST = b'{"v":'  # how a message for all starts (wire.Encoder)


def rounds(n_nodes: int) -> int:
    """Periods for news to travel from any node to any other (Gossip.targets): ceil(log2(N))."""
    return max(1, math.ceil(math.log2(max(2, n_nodes))))


def min_periods(n_nodes: int) -> int:
    """silence_threshold >= this many heartbeat periods in gossip mode: the news' travel, one period
    for the phase, and one for a heartbeat late or lost."""
    return rounds(n_nodes) + 2


def topic(address: str) -> bytes:
    """How a message addressed to that node starts (wire.Encoder puts "to" first)."""
    return b'{"to":' + json.dumps(address).encode() + b","


class Gossip:
    def __init__(self, address: str, address_list: list[str], fanout: int, rng: random.Random | None = None):
        self.address = address
        self.peers = [a for a in address_list if a != address]
        self.ring = sorted(address_list)  # the same order on every node, whatever the configs' order
        self.index = self.ring.index(address)
        self.rounds = rounds(len(address_list))
        self.fanout = fanout
        self.rng = rng or random.Random()
        # node -> (incarnation prefix, highest sequence known, the version of its processes then; -1: none)
        self.known: dict[str, tuple[str, int, int]] = {}
        self.round: list[str] = []  # the peers still to be told in this round
        self.unheard: set[str] = set()  # peers whose last table did not list this node
        self.vouched: dict[str, tuple[float, str]] = {}  # node -> (monotonic, inc prefix): news, for the tick
        self.news = 0  # how many times a peer's table told that a node lives (tests, benches)

    def received(self, message, heard: dict[str, float], beats: dict[str, dict]) -> None:
        """A heartbeat of a peer, accepted (its session checked its sequence): its own news, then its
        table's (heard: peer -> last arrival, moved for the news; beats: peer -> the body of its last
        heartbeat that reached this node itself)."""
        self.direct(message.sender, message.inc, message.seq, message.body.get("version"))
        if message.seen is not None and self.address not in message.seen:
            self.unheard.add(message.sender)  # that peer does not hear this node: tell it directly
        if message.seen:
            self.merge(message.sender, message.seen, heard, heard[message.sender], beats)

    def direct(self, sender: str, inc: str, seq: int, version: object) -> None:
        inc = inc[:INC_PREFIX]
        known = self.known.get(sender)
        if known is None or known[0] != inc or seq > known[1]:
            self.known[sender] = (inc, seq, version if type(version) is int else -1)

    def merge(self, sender: str, seen: dict[str, list], heard: dict[str, float], now: float,
              beats: dict[str, dict]) -> None:
        """A peer's table. A node heard (in `heard`) with the same incarnation and a higher sequence than
        known has lived since: its arrival moves to now, if the news is of the version of its processes
        that this node last heard from it. A node whose changes stopped reaching this node (a one-way
        cut) is thus not kept RUNNING on news while its processes change unseen here: its silence
        tells, as in all-to-all mode. A node not heard stays so: it must be heard itself to come back
        (a new snapshot is asked then)."""
        for node, (inc, seq, version) in seen.items():
            if node == sender or node not in heard:
                continue
            known = self.known.get(node)
            if known is not None and known[0] == inc and seq > known[1]:
                self.known[node] = (inc, seq, version)
                if version == beats.get(node, {}).get("version", -1):
                    heard[node] = now
                    self.vouched[node] = (now, inc)
                    self.news += 1

    def table(self, heard: dict[str, float]) -> dict[str, list]:
        return {node: list(entry) for node, entry in self.known.items() if node in heard}

    def targets(self, heard: dict[str, float], turn: int) -> list[str]:
        """The peers that get this period's unchanged heartbeat (turn: the period's number, the same on
        every node: the wall clock's multiples of the period). The first one is on a schedule: the node
        `2 ** (turn mod ROUNDS)` places further in the sorted address list (the next heard one if that
        one is not heard), so that within any ROUNDS periods in a row a path of these heartbeats leads
        from every node to every node: news is never more than ROUNDS periods old (a bound, not an
        average). The other `fanout - 1` are the peers heard in turn, from a list shuffled at each round,
        so that every pair of nodes also talks directly every (N - 1) / (fanout - 1) periods."""
        out: list[str] = []
        alive = [p for p in self.peers if p in heard]
        if not alive:
            return out
        n = len(self.ring)
        step = 1 << (turn % self.rounds)
        for j in range(n - 1):
            peer = self.ring[(self.index + step + j) % n]
            if peer in heard and peer != self.address:
                out.append(peer)
                break
        want, skipped = min(self.fanout, len(alive)), []
        while len(out) < want:
            if not self.round:
                self.round = alive[:]
                self.rng.shuffle(self.round)
            peer = self.round.pop()
            if peer in out:
                skipped.append(peer)  # told by the schedule: its turn waits for the next period
            elif peer in heard:
                out.append(peer)
        self.round += [p for p in dict.fromkeys(skipped) if p not in self.round]
        return out

    def missing(self, heard: dict[str, float]) -> list[str]:
        """The peers not heard, and those whose last table did not list this node (they do not hear it:
        say, they declared it SILENT while it still heard them): each gets the heartbeat, addressed to
        it, this period (the first ones every period). The schedule alone might never send them one."""
        out = [p for p in self.peers if p not in heard or p in self.unheard]
        self.unheard.clear()
        return out

    def take_vouched(self) -> dict[str, tuple[float, str]]:
        out, self.vouched = self.vouched, {}
        return out

    def forget(self, node: str) -> None:
        """That node's supervisord is gone (connwatch.py): no news of it holds any more."""
        self.vouched.pop(node, None)


def valid_table(seen: object, names: set[str]) -> bool:
    """A received table: {node of the cluster: [incarnation prefix, sequence >= 0, version >= -1]}."""
    if not isinstance(seen, dict) or len(seen) > len(names):
        return False
    for node, entry in seen.items():
        if (node not in names or not isinstance(entry, list) or len(entry) != 3 or not isinstance(entry[0], str)
                or not 0 < len(entry[0]) <= INC_PREFIX or type(entry[1]) is not int or entry[1] < 0
                or type(entry[2]) is not int or entry[2] < -1):
            return False
    return True
