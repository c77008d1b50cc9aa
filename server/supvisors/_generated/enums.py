# DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
"""Enums of the Supvisors API. Each member's value is its wire code."""

from enum import IntEnum


class SupvisorsStates(IntEnum):
    """State of the Supvisors cluster, as seen by the node that answers."""

    INITIALIZATION = 0
    DEPLOYMENT = 1
    OPERATION = 2
    CONCILIATION = 3
    RESTARTING = 4
    SHUTTING_DOWN = 5
    SHUTDOWN = 6


class AddressStates(IntEnum):
    """State of one Supvisors node (one supervisord) in the cluster."""

    UNKNOWN = 0
    CHECKING = 1
    RUNNING = 2
    SILENT = 3
    ISOLATING = 4
    ISOLATED = 5


class ApplicationStates(IntEnum):
    """State of an application (a supervisor group managed by Supvisors)."""

    UNKNOWN = 0
    STOPPED = 1
    STARTING = 2
    STOPPING = 3
    RUNNING = 4


class ProcessStates(IntEnum):
    """State of a process; the codes are supervisor's own."""

    STOPPED = 0
    STARTING = 10
    RUNNING = 20
    BACKOFF = 30
    STOPPING = 40
    EXITED = 100
    FATAL = 200
    UNKNOWN = 1000


class SupervisorStates(IntEnum):
    """State of one supervisord, as supervisor.getState reports it."""

    FATAL = 2
    RUNNING = 1
    RESTARTING = 0
    SHUTDOWN = -1


class DeploymentStrategies(IntEnum):
    """How Supvisors chooses the node that starts a process."""

    CONFIG = 0
    LESS_LOADED = 1
    MOST_LOADED = 2
    LOCAL = 3


class ConciliationStrategies(IntEnum):
    """How the master settles a conflict (a process running on more than one node)."""

    SENICIDE = 0
    INFANTICIDE = 1
    USER = 2
    STOP = 3
    RESTART = 4
