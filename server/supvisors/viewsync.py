"""Keeping this node's process view in step with its peers' reports. Supervisord's thread only.

Every node numbers its local process changes (`local_version`, +1 each, carried by its heartbeats and
its process and snapshot messages). The changes of one turn of supervisord's loop go out as one
process message (a launch spawns hundreds in a turn), at the end of the turn or before any other
message of the node (`take_local`), so that a peer applies a node's messages in the order they
happened. A process message whose versions do not follow the last one applied from that peer means
events were missed: the peer counts as behind, and a snapshot is asked (at most every SNAPSHOT_RETRY
seconds, again at its next heartbeats until the snapshot comes). A heartbeat that shows another
version means the same, except that the sync thread may send a heartbeat body and the process
messages around it in either order: a version behind the last applied means nothing, and a version
ahead of it is missed only once the version announced by the previous heartbeat has not come either.
A group added or removed sends the snapshot at once. A snapshot is asked too when a node
is (re)checked, and again while it stays CHECKING, at growing intervals (SNAPSHOT_RETRY doubled at
each, up to CHECKING_RETRY_MAX): a node that is still spawning its autostarts holds its answer
(pacer.py), and every request goes to every node (PUB), so that ten nodes asking each other every
0.3 s would handle thousands of requests in a launch.
The handlers of the view messages are here (messages.DISPATCH, owner "viewsync").
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from . import messages
from ._generated.enums import AddressStates
from .membership import Membership
from .processes import ProcessView

SNAPSHOT_RETRY = 0.3  # seconds between two snapshot requests to the same node
CHECKING_RETRY_MAX = 2.0  # seconds, the longest interval between two requests to a node CHECKING
BATCH_REPORTS = 100   # local changes per process message at most (far below the smallest max_message_size)


class ViewSync:
    def __init__(self, membership: Membership, view: ProcessView, send: Callable[[messages.Msg], None],
                 emit: Callable[[list[str], str], None], local_reports: Callable[[], list[dict[str, Any]]],
                 clock: Callable[[], float], held: Callable[[], bool] = lambda: False):
        self.membership, self.view, self.send, self.emit = membership, view, send, emit
        self.local_reports, self.clock, self.held = local_reports, clock, held
        self.local_version = 0  # bumped at every local process change
        self.sent_version = 0   # the last one handed to the peers: what the heartbeats announce
        self.outgoing: list[dict[str, Any]] = []  # the reports of local_version - len + 1 .. local_version
        self.peer_versions: dict[str, int] = {}
        self.awaited: dict[str, Any] = {}  # peer -> the version its last heartbeat announced
        self.last_request: dict[str, float] = {}
        self.retry_after: dict[str, float] = {}  # CHECKING node -> the interval before the next request
        self.snapshot_due = False

    # ------------------------------------------------------------ requests
    def request_snapshot(self, address: str) -> None:
        self.last_request[address] = self.clock()
        self.send(messages.SnapshotRequest(to=address, what="snapshot"))

    def checked_again(self, address: str) -> None:
        """The node is new or (re)checked: what was applied from it no longer counts; ask its snapshot."""
        self.forget(address)
        self.retry_after[address] = SNAPSHOT_RETRY
        self.request_snapshot(address)

    def forget(self, address: str) -> None:
        self.peer_versions.pop(address, None)
        self.awaited.pop(address, None)

    def retry_checking(self) -> None:
        """At every tick: ask again the nodes still CHECKING (their snapshot may have been lost)."""
        now = self.clock()
        for address, node in self.membership.nodes.items():
            interval = self.retry_after.get(address, SNAPSHOT_RETRY)
            if node.state == AddressStates.CHECKING and now - self.last_request.get(address, 0) > interval:
                self.retry_after[address] = min(2 * interval, CHECKING_RETRY_MAX)
                self.request_snapshot(address)

    def up_to_date(self, address: str, version: Any) -> bool:
        return self.peer_versions.get(address) == version

    def restart(self) -> None:
        """A new sync thread: every request is to be made again."""
        self.last_request.clear()

    # ------------------------------------------------------------ local changes
    def local_changed(self, report: dict[str, Any]) -> None:
        """A local process changed: numbered now, sent with the other changes of the turn (take_local)."""
        self.local_version += 1
        self.outgoing.append(report)

    def take_local(self) -> messages.ProcessEvent | None:
        """The next process message of the local changes not sent yet (None when all are). While the
        snapshot is held (pacer.py), none: every peer is checking this node (a new incarnation) and
        applies no process message of it; the snapshot, sent later, holds these changes."""
        if self.held():
            self.outgoing.clear()
            self.sent_version = self.local_version
        if not self.outgoing:
            return None
        reports, self.outgoing = self.outgoing[:BATCH_REPORTS], self.outgoing[BATCH_REPORTS:]
        self.sent_version += len(reports)
        return messages.ProcessEvent(version=self.sent_version, processes=reports)

    def group_changed(self) -> None:
        """A group added or removed here (after take_local has sent everything): the snapshot goes to
        every peer at once (a request of theirs would wait for the next heartbeat)."""
        self.local_version += 1
        self.sent_version = self.local_version
        self.snapshot_due = True
        self.flush()

    # ------------------------------------------------------------ messages (messages.DISPATCH)
    def on_heartbeat(self, sender: str, msg: messages.Heartbeat) -> None:
        node = self.membership.nodes[sender]
        node.announced_state, node.announced_master = msg.state, msg.master
        known, awaited = self.peer_versions.get(sender), self.awaited.get(sender)
        self.awaited[sender] = msg.version
        if node.state != AddressStates.RUNNING or (known is not None and msg.version <= known):
            return  # up to date (a heartbeat behind was built before the last message it follows)
        if known is not None and (awaited is None or known >= awaited):
            return  # maybe on its way (see the module doc): missed if still not there at the next one
        if self.clock() - self.last_request.get(sender, 0) > SNAPSHOT_RETRY:
            self.request_snapshot(sender)  # an event of that node was missed

    def on_request(self, sender: str, msg: messages.SnapshotRequest) -> None:
        self.snapshot_due = True  # one snapshot per batch answers every request of it (flush)

    def flush(self) -> None:
        """At the end of a batch: the snapshot asked, once; it goes to every peer (PUB), and any peer
        that checks this node applies it, so requests from several peers cost one snapshot. Held while
        the autostarts of supervisord's start wait for their turn (pacer.py): the next flush sends it."""
        if self.snapshot_due and not self.held():
            self.snapshot_due = False
            self.send(messages.Snapshot(version=self.local_version, processes=self.local_reports()))

    def on_snapshot(self, sender: str, msg: messages.Snapshot) -> None:
        state = self.membership.nodes[sender].state
        if state not in (AddressStates.CHECKING, AddressStates.RUNNING):
            return
        if state == AddressStates.RUNNING and self.peer_versions.get(sender) == msg.version:
            return  # the answer to another node's request: nothing changed there since the last one
        self.emit(self.view.apply_snapshot(sender, msg.processes, time.time() * 1000, checked=True), sender)
        self.peer_versions[sender] = msg.version
        self.membership.snapshot_received(sender)

    def on_process(self, sender: str, msg: messages.ProcessEvent) -> None:
        if self.membership.nodes[sender].state != AddressStates.RUNNING:
            return
        known = self.peer_versions.get(sender)
        if known is not None and msg.version == known + len(msg.processes):
            self.peer_versions[sender] = msg.version
        else:  # a gap (events dropped on the way, a group changed there): behind until its next snapshot
            self.peer_versions.pop(sender, None)
            if self.clock() - self.last_request.get(sender, 0) > SNAPSHOT_RETRY:
                self.request_snapshot(sender)
        now = time.time() * 1000
        for report in msg.processes:  # in order, each published: subscribers see every state
            self.emit([self.view.apply_event(sender, report, now, checked=True)], sender)
