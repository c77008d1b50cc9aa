# DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
"""Fault codes of the spec. install() adds Supvisors' codes to supervisor's Faults table."""


class Faults:
    """Every fault code of the spec (supervisor's own and Supvisors' additions)."""

    UNKNOWN_METHOD = 1
    INCORRECT_PARAMETERS = 2
    BAD_ARGUMENTS = 3
    SIGNATURE_UNSUPPORTED = 4
    SHUTDOWN_STATE = 6
    BAD_NAME = 10
    BAD_SIGNAL = 11
    NO_FILE = 20
    NOT_EXECUTABLE = 21
    FAILED = 30
    ABNORMAL_TERMINATION = 40
    SPAWN_ERROR = 50
    ALREADY_STARTED = 60
    NOT_RUNNING = 70
    SUCCESS = 80
    ALREADY_ADDED = 90
    STILL_RUNNING = 91
    CANT_REREAD = 92
    SUPVISORS_CONF_ERROR = 100
    BAD_SUPVISORS_STATE = 101
    BAD_ADDRESS = 102
    BAD_STRATEGY = 103
    BAD_EXTRA_ARGUMENTS = 104


def install() -> None:
    """Make supervisor.xmlrpc.Faults (and getFaultDescription) know every code of the spec."""
    from supervisor import xmlrpc

    for name, code in vars(Faults).items():
        if name.isupper():
            existing = getattr(xmlrpc.Faults, name, code)
            if existing != code:
                raise RuntimeError(f"fault {name} is {existing} in supervisor, {code} in the spec")
            setattr(xmlrpc.Faults, name, code)
