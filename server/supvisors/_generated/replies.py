# DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
"""Reply builders of the `supvisors` namespace: one function per struct that its methods return.

Each takes the struct's fields as keyword arguments and returns the XML-RPC struct with exactly the
keys of the spec, each converted to its wire type (an enum field goes as its int code, a string
field `statename` beside an enum `statecode` is that code's name, and a `time` field takes seconds
since the epoch and goes as an int, capped to [0; 2^31-1]). The server builds no reply by hand.
"""

from typing import Any

from .enums import AddressStates, ApplicationStates, ProcessStates, SupvisorsStates


def supvisors_state(
    *,
    statecode: SupvisorsStates | int,
) -> dict[str, Any]:
    """State of Supvisors."""
    reply = {
        "statecode": int(statecode),
        "statename": SupvisorsStates(statecode).name,
    }
    return reply


def address_info(
    *,
    address_name: str,
    statecode: AddressStates | int,
    remote_time: float,
    local_time: float,
    loading: int,
) -> dict[str, Any]:
    """Information about one Supvisors node."""
    reply = {
        "address_name": str(address_name),
        "statecode": int(statecode),
        "statename": AddressStates(statecode).name,
        "remote_time": max(0, min(int(remote_time), 2**31 - 1)),
        "local_time": max(0, min(int(local_time), 2**31 - 1)),
        "loading": int(loading),
    }
    return reply


def application_info(
    *,
    application_name: str,
    statecode: ApplicationStates | int,
    major_failure: bool,
    minor_failure: bool,
) -> dict[str, Any]:
    """Information about one application."""
    reply = {
        "application_name": str(application_name),
        "statecode": int(statecode),
        "statename": ApplicationStates(statecode).name,
        "major_failure": bool(major_failure),
        "minor_failure": bool(minor_failure),
    }
    return reply


def supvisors_process_info(
    *,
    application_name: str,
    process_name: str,
    statecode: ProcessStates | int,
    addresses: list,
    expected_exit: bool | None = None,
    last_event_time: float | None = None,
) -> dict[str, Any]:
    """Where a process runs in the cluster. A complement of supervisor's ProcessInfo. More than one address means that a conflict is in progress."""
    reply = {
        "application_name": str(application_name),
        "process_name": str(process_name),
        "statecode": int(statecode),
        "statename": ProcessStates(statecode).name,
        "addresses": [str(x) for x in addresses],
    }
    if expected_exit is not None:
        reply["expected_exit"] = bool(expected_exit)
    if last_event_time is not None:
        reply["last_event_time"] = max(0, min(int(last_event_time), 2**31 - 1))
    return reply


def process_rules(
    *,
    application_name: str,
    process_name: str,
    addresses: list,
    start_sequence: int,
    stop_sequence: int,
    required: bool,
    wait_exit: bool,
    loading: int,
    expected_loading: int | None = None,
) -> dict[str, Any]:
    """The rules used to deploy one process."""
    reply = {
        "application_name": str(application_name),
        "process_name": str(process_name),
        "addresses": [str(x) for x in addresses],
        "start_sequence": int(start_sequence),
        "stop_sequence": int(stop_sequence),
        "required": bool(required),
        "wait_exit": bool(wait_exit),
        "loading": int(loading),
    }
    if expected_loading is not None:
        reply["expected_loading"] = int(expected_loading)
    return reply


def conflict(
    *,
    process_name: str,
    state: str,
    address: list,
) -> dict[str, Any]:
    """A process running on more than one node."""
    reply = {
        "process_name": str(process_name),
        "state": str(state),
        "address": [str(x) for x in address],
    }
    return reply
