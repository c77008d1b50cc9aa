"""Keeping this node's process view in step with its peers' reports. Supervisord's thread only.

Every node numbers its local process changes (`local_version`, +1 each, carried by its heartbeats and
its process and snapshot messages). A process message whose version does not follow the last one
applied from that peer, or a heartbeat that shows another version, means events were missed: the peer
counts as behind, and a snapshot is asked (at most every SNAPSHOT_RETRY seconds, again at its next
heartbeats until the snapshot comes). A
snapshot is asked too when a node is (re)checked, and again at every tick while it stays CHECKING.
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


class ViewSync:
    def __init__(self, membership: Membership, view: ProcessView, send: Callable[[messages.Msg], None],
                 emit: Callable[[list[str], str], None], local_reports: Callable[[], list[dict[str, Any]]],
                 clock: Callable[[], float]):
        self.membership, self.view, self.send, self.emit = membership, view, send, emit
        self.local_reports, self.clock = local_reports, clock
        self.local_version = 0  # bumped at every local process change
        self.peer_versions: dict[str, int] = {}
        self.last_request: dict[str, float] = {}
        self.snapshot_due = False

    # ------------------------------------------------------------ requests
    def request_snapshot(self, address: str) -> None:
        self.last_request[address] = self.clock()
        self.send(messages.SnapshotRequest(to=address, what="snapshot"))

    def checked_again(self, address: str) -> None:
        """The node is new or (re)checked: what was applied from it no longer counts; ask its snapshot."""
        self.peer_versions.pop(address, None)
        self.request_snapshot(address)

    def forget(self, address: str) -> None:
        self.peer_versions.pop(address, None)

    def retry_checking(self) -> None:
        """At every tick: ask again the nodes still CHECKING (their snapshot may have been lost)."""
        now = self.clock()
        for address, node in self.membership.nodes.items():
            if node.state == AddressStates.CHECKING and now - self.last_request.get(address, 0) > SNAPSHOT_RETRY:
                self.request_snapshot(address)

    def up_to_date(self, address: str, version: Any) -> bool:
        return self.peer_versions.get(address) == version

    def restart(self) -> None:
        """A new sync thread: every request is to be made again."""
        self.last_request.clear()

    # ------------------------------------------------------------ local changes
    def local_changed(self) -> int:
        self.local_version += 1
        return self.local_version

    # ------------------------------------------------------------ messages (messages.DISPATCH)
    def on_heartbeat(self, sender: str, msg: messages.Heartbeat) -> None:
        node = self.membership.nodes[sender]
        node.announced_state, node.announced_master = msg.state, msg.master
        if (node.state == AddressStates.RUNNING and self.peer_versions.get(sender) != msg.version
                and self.clock() - self.last_request.get(sender, 0) > SNAPSHOT_RETRY):
            self.request_snapshot(sender)  # an event of that node was missed

    def on_request(self, sender: str, msg: messages.SnapshotRequest) -> None:
        self.snapshot_due = True  # one snapshot per batch answers every request of it (flush)

    def flush(self) -> None:
        """At the end of a batch: the snapshot asked, once; it goes to every peer (PUB), and any peer
        that checks this node applies it, so requests from several peers cost one snapshot."""
        if self.snapshot_due:
            self.snapshot_due = False
            self.send(messages.Snapshot(version=self.local_version, processes=self.local_reports()))

    def on_snapshot(self, sender: str, msg: messages.Snapshot) -> None:
        if self.membership.nodes[sender].state not in (AddressStates.CHECKING, AddressStates.RUNNING):
            return
        self.emit(self.view.apply_snapshot(sender, msg.processes, time.time() * 1000), sender)
        self.peer_versions[sender] = msg.version
        self.membership.snapshot_received(sender)

    def on_process(self, sender: str, msg: messages.ProcessEvent) -> None:
        if self.membership.nodes[sender].state != AddressStates.RUNNING:
            return
        namespec = self.view.apply_event(sender, msg.process, time.time() * 1000)
        known = self.peer_versions.get(sender)
        if known is not None and msg.version == known + 1:
            self.peer_versions[sender] = msg.version
        else:  # a gap (events dropped on the way, a group changed there): behind until its next snapshot
            self.peer_versions.pop(sender, None)
            if self.clock() - self.last_request.get(sender, 0) > SNAPSHOT_RETRY:
                self.request_snapshot(sender)
        self.emit([namespec], sender)
