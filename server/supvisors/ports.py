"""The port of the node that the deployment and failure layers use (Cluster implements it).

Like jobs.Context for a job, `Node` is everything deployer.py and failures.py may see of the node:
they never hold the whole Cluster, and nothing below the entry layer (plugin.py, rpcinterface.py)
imports cluster.py. Supervisord's thread only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from ._generated.enums import AddressStates, SupvisorsStates
from .messages import Msg
from .options import SupvisorsOptions
from .processes import ProcessView
from .rules import Rules


class Node(Protocol):
    address: str
    opts: SupvisorsOptions
    rules: Rules
    view: ProcessView
    logger: Any
    master: str  # "" while no master is elected

    @property
    def state(self) -> SupvisorsStates: ...

    def clock(self) -> float:
        """Monotonic seconds (injected in tests)."""

    def send(self, msg: Msg) -> None:
        """Send a message to the peers (never blocks; see sync.SyncLink)."""

    def emit_process(self, namespec: str, address: str) -> None:
        """Publish a process (and its application) on the event stream; address: the node where the
        change happened (spec/events.yaml, ProcessEvent.address)."""

    def run_soon(self, fn: Callable[[], None]) -> None:
        """Run fn now, as a batch (spawning and signalling local processes is safe: the state is
        never evaluated inside supervisor's process state change). The process events fn causes
        update the view at once; the state is evaluated once, after fn."""

    def wake(self) -> None:
        """Make supervisord's loop turn at once (a deferred RPC result is ready)."""

    def request_state(self, state: SupvisorsStates, why: str) -> bool:
        """Ask the state machine for a transition (refused and logged if illegal)."""

    def node_states(self) -> dict[str, AddressStates]:
        """The state of every node of address_list, as this node sees it."""

    def running_nodes(self) -> list[str]:
        """The RUNNING nodes, this one included, in address_list order."""

    def execute(self, op: str, namespec: str, extra_args: str) -> tuple[bool, int, str]:
        """Start or stop a process of the local supervisord (executor.py): (ok, fault code, text)."""

    def end_local_supervisord(self, mood: int) -> None:
        """Restart or shut down the local supervisord at its next loop."""
