# DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
"""Enums of the Supvisors API. Each member's value is its wire code."""

from enum import IntEnum

__all__ = ["SupvisorsStates", "AddressStates", "ApplicationStates", "ProcessStates", "SupervisorStates", "DeploymentStrategies", "ConciliationStrategies"]


class SupvisorsStates(IntEnum):
    """State of the Supvisors cluster, as seen by the node that answers."""

    INITIALIZATION = 0
    """The nodes are being synchronized; most requests are refused."""
    DEPLOYMENT = 1
    """The master starts the applications that have a start sequence."""
    OPERATION = 2
    """Normal operation."""
    CONCILIATION = 3
    """Conflicts (a process running on several nodes) are being settled."""
    RESTARTING = 4
    """Applications are being stopped before every supervisord restarts."""
    SHUTTING_DOWN = 5
    """Applications are being stopped before every supervisord shuts down."""
    SHUTDOWN = 6
    """Final state."""


class AddressStates(IntEnum):
    """State of one Supvisors node (one supervisord) in the cluster."""

    UNKNOWN = 0
    """Nothing heard from the node yet."""
    CHECKING = 1
    """The node was heard and its snapshot is being checked."""
    RUNNING = 2
    """The node is an active member of the cluster."""
    SILENT = 3
    """The node stopped sending heartbeats."""
    ISOLATING = 4
    """The silent node is being fenced (auto_fence)."""
    ISOLATED = 5
    """The node is fenced until it restarts."""


class ApplicationStates(IntEnum):
    """State of an application (a supervisor group managed by Supvisors)."""

    UNKNOWN = 0
    """Not evaluated yet."""
    STOPPED = 1
    """No process of the application is running."""
    STARTING = 2
    """At least one process is starting."""
    STOPPING = 3
    """At least one process is stopping."""
    RUNNING = 4
    """At least one process is running and none is starting or stopping."""


class ProcessStates(IntEnum):
    """State of a process; the codes are supervisor's own."""

    STOPPED = 0
    """Stopped, or never started."""
    STARTING = 10
    """Starting."""
    RUNNING = 20
    """Running."""
    BACKOFF = 30
    """Exited too quickly and will be retried."""
    STOPPING = 40
    """Stopping."""
    EXITED = 100
    """Exited from RUNNING."""
    FATAL = 200
    """Could not be started."""
    UNKNOWN = 1000
    """Unknown (e.g. on a lost node)."""


class SupervisorStates(IntEnum):
    """State of one supervisord, as supervisor.getState reports it."""

    FATAL = 2
    """supervisord met an unrecoverable error."""
    RUNNING = 1
    """supervisord is working normally."""
    RESTARTING = 0
    """supervisord is restarting."""
    SHUTDOWN = -1
    """supervisord is shutting down."""


class DeploymentStrategies(IntEnum):
    """How Supvisors chooses the node that starts a process."""

    CONFIG = 0
    """The first RUNNING node of the process' address list, in rules order."""
    LESS_LOADED = 1
    """The RUNNING node with the lowest load that can take the process."""
    MOST_LOADED = 2
    """The RUNNING node with the highest load that can still take the process."""
    LOCAL = 3
    """Extension: the node that received the request, if the rules allow it."""


class ConciliationStrategies(IntEnum):
    """How the master settles a conflict (a process running on more than one node)."""

    SENICIDE = 0
    """Keep the youngest process, stop the others."""
    INFANTICIDE = 1
    """Keep the oldest process, stop the others."""
    USER = 2
    """Leave the conflict to the user."""
    STOP = 3
    """Stop every instance."""
    RESTART = 4
    """Stop every instance, then start one by the deployment strategy."""
