"""What this node publishes on its event stream (topics and bodies: spec/events.yaml, shapes.py).

Events go through the sync thread (`SyncLink.event`, which publishes them on the event port) and to the
watchers (the dashboard's live pages, called with the topic only). No body is built while the
stream has no subscriber (the sync thread follows the subscriptions: SyncLink.listening); the
watchers are called all the same. Inside a batch of the Cluster
(`batching()` true: inbox, run_soon, the end of a turn), the applications of the changed processes go
out once, at its end (`end_batch`), after their processes. Supervisord's thread only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import shapes
from ._generated.enums import SupvisorsStates
from .membership import Membership
from .processes import ProcessView


class EventStream:
    def __init__(self, view: ProcessView, membership: Membership, link: Callable[[], Any],
                 batching: Callable[[], bool]):
        self.view, self.membership, self.link, self.batching = view, membership, link, batching
        self.watchers: list[Callable[[str], None]] = []  # called at each event published (dashboard.py)
        self.apps_pending: dict[str, bool] = {}  # applications to publish at the end of the batch

    def publish(self, topic: str, payload: Callable[[], dict[str, Any]]) -> None:
        """payload: builds the body, only if somebody subscribes."""
        link = self.link()
        if link is not None and link.listening():
            link.event(topic, payload())
        for watcher in self.watchers:
            watcher(topic)

    def process(self, namespec: str, address: str) -> None:
        """One process, its application at the end of the batch."""
        self.apps_pending[namespec.partition(":")[0]] = True
        self.publish("process", lambda: shapes.process_event(self.view, namespec, address))

    def processes(self, namespecs: list[str], address: str) -> None:
        """Publish the processes changed on `address`, then each of their applications once; a process
        (application) that left the view is published once more with "removed": true, UNKNOWN."""
        for namespec in namespecs:
            self.process(namespec, address)
        if not self.batching():
            self.end_batch()

    def end_batch(self) -> None:
        applications, self.apps_pending = self.apps_pending, {}
        for application in applications:
            self.publish("application", lambda app=application: shapes.application_event(self.view, app))

    def address(self, address: str) -> None:
        self.publish("address", lambda: shapes.address_event(self.membership, self.view, address))

    def supvisors(self, state: SupvisorsStates, master: str) -> None:
        self.publish("supvisors", lambda: shapes.supvisors_event(state, master))
