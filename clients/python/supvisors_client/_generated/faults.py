# DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
"""One exception class per fault code of the spec, all subclasses of SupvisorsFault."""

from ..errors import SupvisorsFault

__all__ = ["FAULT_CLASSES", "fault_from_code", "UnknownMethod", "IncorrectParameters", "BadArguments", "SignatureUnsupported", "ShutdownState", "BadName", "BadSignal", "NoFile", "NotExecutable", "Failed", "AbnormalTermination", "SpawnError", "AlreadyStarted", "NotRunning", "Success", "AlreadyAdded", "StillRunning", "CantReread", "SupvisorsConfError", "BadSupvisorsState", "BadAddress", "BadStrategy", "BadExtraArguments"]


class UnknownMethod(SupvisorsFault):
    """Fault UNKNOWN_METHOD (1): The method does not exist."""

    code = 1


class IncorrectParameters(SupvisorsFault):
    """Fault INCORRECT_PARAMETERS (2): Wrong number or type of parameters."""

    code = 2


class BadArguments(SupvisorsFault):
    """Fault BAD_ARGUMENTS (3): Arguments are not acceptable."""

    code = 3


class SignatureUnsupported(SupvisorsFault):
    """Fault SIGNATURE_UNSUPPORTED (4): The method has no signature or help."""

    code = 4


class ShutdownState(SupvisorsFault):
    """Fault SHUTDOWN_STATE (6): supervisord is shutting down."""

    code = 6


class BadName(SupvisorsFault):
    """Fault BAD_NAME (10): No process, group or application of that name."""

    code = 10


class BadSignal(SupvisorsFault):
    """Fault BAD_SIGNAL (11): Not a signal name or number."""

    code = 11


class NoFile(SupvisorsFault):
    """Fault NO_FILE (20): A file (log, command) does not exist."""

    code = 20


class NotExecutable(SupvisorsFault):
    """Fault NOT_EXECUTABLE (21): The command cannot be executed."""

    code = 21


class Failed(SupvisorsFault):
    """Fault FAILED (30): The operation failed."""

    code = 30


class AbnormalTermination(SupvisorsFault):
    """Fault ABNORMAL_TERMINATION (40): The process could not be started or stopped as asked."""

    code = 40


class SpawnError(SupvisorsFault):
    """Fault SPAWN_ERROR (50): The process could not be spawned."""

    code = 50


class AlreadyStarted(SupvisorsFault):
    """Fault ALREADY_STARTED (60): The process or application is already running."""

    code = 60


class NotRunning(SupvisorsFault):
    """Fault NOT_RUNNING (70): The process is not running."""

    code = 70


class Success(SupvisorsFault):
    """Fault SUCCESS (80): Not a fault: the status code of a successful item in a group result."""

    code = 80


class AlreadyAdded(SupvisorsFault):
    """Fault ALREADY_ADDED (90): The process group is already active."""

    code = 90


class StillRunning(SupvisorsFault):
    """Fault STILL_RUNNING (91): The process group still has running processes."""

    code = 91


class CantReread(SupvisorsFault):
    """Fault CANT_REREAD (92): The configuration file cannot be read again."""

    code = 92


class SupvisorsConfError(SupvisorsFault):
    """Fault SUPVISORS_CONF_ERROR (100): The Supvisors configuration or rules file is wrong."""

    code = 100


class BadSupvisorsState(SupvisorsFault):
    """Fault BAD_SUPVISORS_STATE (101): The request is not allowed in the current Supvisors state."""

    code = 101


class BadAddress(SupvisorsFault):
    """Fault BAD_ADDRESS (102): The address is unknown to Supvisors."""

    code = 102


class BadStrategy(SupvisorsFault):
    """Fault BAD_STRATEGY (103): The strategy is unknown to Supvisors."""

    code = 103


class BadExtraArguments(SupvisorsFault):
    """Fault BAD_EXTRA_ARGUMENTS (104): Extra arguments are not allowed for this program."""

    code = 104


FAULT_CLASSES: dict[int, type[SupvisorsFault]] = {
    1: UnknownMethod,
    2: IncorrectParameters,
    3: BadArguments,
    4: SignatureUnsupported,
    6: ShutdownState,
    10: BadName,
    11: BadSignal,
    20: NoFile,
    21: NotExecutable,
    30: Failed,
    40: AbnormalTermination,
    50: SpawnError,
    60: AlreadyStarted,
    70: NotRunning,
    80: Success,
    90: AlreadyAdded,
    91: StillRunning,
    92: CantReread,
    100: SupvisorsConfError,
    101: BadSupvisorsState,
    102: BadAddress,
    103: BadStrategy,
    104: BadExtraArguments,
}


def fault_from_code(code: int, text: str) -> SupvisorsFault:
    """The typed exception of a fault code (SupvisorsFault itself for an unknown code)."""
    return FAULT_CLASSES.get(code, SupvisorsFault)(code, text)
