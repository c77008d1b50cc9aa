"""Replies and event bodies made from the cluster view, with the spec's reply and event builders.

Every struct that the `supvisors` namespace returns is built by _generated/replies.py (generated from
spec/types.yaml), and every event body by _generated/events.py (spec/events.yaml: the reply struct of
the topic plus its extra keys): keys and wire types exist only in the spec. This module only says
where each field comes from. Supervisord's thread only.

Times: the cluster view keeps wall-clock milliseconds (membership.py `remote_time` / `local_time`,
processes.py `NodeProcess.seen`); the builders of a `time` field take seconds since the epoch (and send
an int, as the original Supvisors did), so every time goes through `_seconds`.
"""

from __future__ import annotations

from typing import Any

from ._generated import events, replies
from ._generated.enums import ApplicationStates, ProcessStates, SupvisorsStates
from .membership import Membership
from .processes import ProcessStatus, ProcessView
from .rules import Rules


def _seconds(ms: float) -> float:
    """Wall-clock milliseconds since the epoch as the seconds that a `time` builder takes."""
    return ms / 1000.0


def supvisors_state(state: SupvisorsStates) -> dict[str, Any]:
    return replies.supvisors_state(statecode=state)


def address_info(membership: Membership, view: ProcessView, address: str) -> dict[str, Any]:
    node = membership.nodes[address]
    return replies.address_info(address_name=address, statecode=node.state, remote_time=_seconds(node.remote_time),
                                local_time=_seconds(node.local_time), loading=min(100, view.loading(address)))


def application_info(view: ProcessView, application: str) -> dict[str, Any]:
    state, major, minor = view.application_state(application)
    return replies.application_info(application_name=application, statecode=state, major_failure=major,
                                    minor_failure=minor)


def process_info(status: ProcessStatus) -> dict[str, Any]:
    last = status.last_report()
    return replies.supvisors_process_info(
        application_name=status.application, process_name=status.name, statecode=status.state(),
        addresses=status.addresses(), expected_exit=last.expected if last else True,
        last_event_time=_seconds(last.seen) if last else 0.0)


def process_rules(rules: Rules, address_list: list[str], status: ProcessStatus) -> dict[str, Any]:
    r = rules.program_rules(status.application, status.name)
    return replies.process_rules(
        application_name=status.application, process_name=status.name,
        addresses=r.resolve_addresses(status.name, address_list), start_sequence=r.start_sequence,
        stop_sequence=r.stop_sequence, required=r.required, wait_exit=r.wait_exit, loading=r.loading,
        expected_loading=r.loading)


def conflict(status: ProcessStatus) -> dict[str, Any]:
    return replies.conflict(process_name=status.namespec, state=status.state().name, address=status.addresses())


# ---------------------------------------------------------------- event bodies (topics of spec/events.yaml)
def supvisors_event(state: SupvisorsStates, master: str) -> dict[str, Any]:
    return events.supvisors_event(supvisors_state(state), master=master)


def address_event(membership: Membership, view: ProcessView, address: str) -> dict[str, Any]:
    return events.address_event(address_info(membership, view, address))


def process_event(view: ProcessView, namespec: str, address: str) -> dict[str, Any]:
    """A process that changed on `address`; one that left the view: UNKNOWN, nowhere, "removed": true."""
    status = view.processes.get(namespec)
    if status is not None:
        return events.process_event(process_info(status), address=address)
    application, _, name = namespec.partition(":")
    body = replies.supvisors_process_info(application_name=application, process_name=name,
                                          statecode=ProcessStates.UNKNOWN, addresses=[], expected_exit=True,
                                          last_event_time=0.0)
    return events.process_event(body, address=address, removed=True)


def application_event(view: ProcessView, application: str) -> dict[str, Any]:
    """An application; one that left the view with its last process: UNKNOWN, "removed": true."""
    if application in view.by_app:
        return events.application_event(application_info(view, application))
    body = replies.application_info(application_name=application, statecode=ApplicationStates.UNKNOWN,
                                    major_failure=False, minor_failure=False)
    return events.application_event(body, removed=True)
