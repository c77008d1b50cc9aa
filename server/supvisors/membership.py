"""Node life cycle, seen from this node. Owned by the supervisord thread; the clock is injected.

    UNKNOWN --any message--> CHECKING --snapshot received--> RUNNING
    CHECKING/RUNNING --silent for silence_threshold--> SILENT (auto_fence: ISOLATING -> ISOLATED)
    CHECKING/RUNNING --its supervisord gone (connwatch.py)--> SILENT at once (same path)
    (gossip mode: a peer's news that a node lives counts as hearing it, gossip.py)
    SILENT --any message--> CHECKING (a new snapshot is asked)
    ISOLATED stays ISOLATED: that node's messages are refused until it restarts (a new incarnation is
    checked again, like a new node).

A node that restarts (new incarnation) goes back to CHECKING. If this node itself stalls (its own
loop did not run for half the threshold, e.g. SIGSTOP), the silence of the others is not held against
them: their last-heard times move forward by the stall. A stall longer than the threshold means the
others may have declared this node lost (and elected another master): see Cluster._tick.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from ._generated.enums import AddressStates
from .records import record

S = AddressStates


@record
class NodeStatus:
    address: str
    state: AddressStates = S.UNKNOWN
    incarnation: str | None = None  # the random id of the node's current sync thread (wire.py)
    last_heard: float = 0.0          # monotonic seconds, local
    remote_time: float = 0.0         # ms since epoch, sender's clock (last heartbeat)
    local_time: float = 0.0          # ms since epoch, this node's clock (last heartbeat)
    announced_state: int | None = None
    announced_master: str = ""


class Membership:
    def __init__(self, address: str, address_list: list[str], silence_threshold: float, auto_fence: bool,
                 clock: Callable[[], float] = time.monotonic, wall: Callable[[], float] = time.time):
        self.address = address
        self.threshold = silence_threshold
        self.auto_fence = auto_fence
        self.clock = clock
        self.wall = wall
        self.nodes = {a: NodeStatus(a) for a in address_list}
        me = self.nodes[address]
        me.state = S.RUNNING
        self.last_check = clock()
        self.last_stall = 0.0  # duration of the last gap between two checks (a stall of this node)

    def running(self) -> list[str]:
        return [a for a, n in self.nodes.items() if n.state == S.RUNNING]

    def all_running(self) -> bool:
        return all(n.state == S.RUNNING for n in self.nodes.values())

    def heard(self, address: str, incarnation: str, remote_ms: float,
              heartbeat: bool) -> bool:
        """Record a message of address; return True if a snapshot must be asked (node (re)checked)."""
        node = self.nodes[address]
        if node.state in (S.ISOLATING, S.ISOLATED) and node.incarnation == incarnation:
            return False  # fenced: the same life of that node is refused; a restarted one is checked
        now = self.clock()
        node.last_heard = now
        if heartbeat:
            node.remote_time = remote_ms
            node.local_time = self.wall() * 1000
        if node.incarnation != incarnation or node.state in (S.UNKNOWN, S.SILENT):
            node.incarnation = incarnation
            node.state = S.CHECKING
            # what it announced before (another life, or before its silence) no longer holds
            node.announced_state, node.announced_master = None, ""
            return True
        return False

    def touch(self, address: str, incarnation: str, heard_at: float, remote_ms: float) -> bool:
        """An unchanged heartbeat of a node CHECKING or RUNNING with that incarnation, whose announcement
        is known: only its times move (heard_at: monotonic, when the sync thread received it). False
        if the heartbeat must go the full way (heard)."""
        node = self.nodes.get(address)
        if (node is None or node.state not in (S.CHECKING, S.RUNNING) or node.incarnation != incarnation
                or node.announced_state is None):
            return False
        node.last_heard = max(node.last_heard, heard_at)
        node.remote_time, node.local_time = remote_ms, self.wall() * 1000
        return True

    def vouch(self, vouched: dict[str, tuple[float, str]]) -> None:
        """Peers' news that nodes live (gossip.py: address -> (monotonic, incarnation prefix)): each counts
        as heard then if it is CHECKING or RUNNING in that incarnation. A node lost is not brought back by
        news: it must be heard itself."""
        now, wall = self.clock(), self.wall() * 1000
        for address, (heard_at, inc) in vouched.items():
            node = self.nodes.get(address)
            if (node is not None and node.state in (S.CHECKING, S.RUNNING) and node.incarnation
                    and node.incarnation.startswith(inc)):
                node.last_heard = max(node.last_heard, heard_at)
                # its times: local_time when the news came, remote_time its clock then, estimated by
                # the offset seen at its last heartbeat heard here (what the dashboard's "heard" shows)
                local = wall - (now - heard_at) * 1000
                if local > node.local_time:
                    node.remote_time += local - node.local_time
                    node.local_time = local

    def snapshot_received(self, address: str) -> bool:
        """Return True if the node becomes RUNNING."""
        node = self.nodes[address]
        if node.state == S.CHECKING:
            node.state = S.RUNNING
            return True
        return False

    def forget_announcements(self) -> None:
        """What the peers announced (state, master) is stale: this node was frozen past the threshold."""
        for node in self.nodes.values():
            if node.address != self.address:
                node.announced_state, node.announced_master = None, ""

    def silence_all(self) -> list[str]:
        """This node can no longer hear anybody (its sync thread died): every CHECKING/RUNNING peer is
        SILENT, with what it announced forgotten; return those peers."""
        changed = []
        for node in self.nodes.values():
            if node.address != self.address and node.state in (S.CHECKING, S.RUNNING):
                node.state = S.SILENT
                node.announced_state, node.announced_master = None, ""
                changed.append(node.address)
        return changed

    def gone(self, address: str) -> bool:
        """That node's supervisord has ended (connwatch.py): its silence is complete now. True if
        the next check declares it."""
        node = self.nodes.get(address)
        if node is None or node.state not in (S.CHECKING, S.RUNNING):
            return False
        node.last_heard = float("-inf")
        return True

    def check(self) -> list[str]:
        """Declare silent nodes; return the addresses that changed state."""
        now = self.clock()
        stall = now - self.last_check
        self.last_check = now
        self.last_stall = stall
        if stall > self.threshold / 2:
            for node in self.nodes.values():
                node.last_heard += stall
        changed = []
        me = self.nodes[self.address]
        me.last_heard, me.local_time, me.remote_time = now, self.wall() * 1000, self.wall() * 1000
        for node in self.nodes.values():
            if node.address == self.address:
                continue
            if node.state in (S.CHECKING, S.RUNNING) and now - node.last_heard > self.threshold:
                node.state = S.ISOLATING if self.auto_fence else S.SILENT
                node.announced_state, node.announced_master = None, ""
                changed.append(node.address)
            elif node.state == S.ISOLATING:
                node.state = S.ISOLATED
                changed.append(node.address)
        return changed
