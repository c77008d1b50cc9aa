"""Commands carried out on this node's supervisord, in supervisord's thread, without blocking.

A command asks this node to start or stop one of its processes. It comes from the deployment layer
of any node (a `command` message on the authenticated sync channel, or directly for this node) and
is executed with supervisor's own in-process API: `process.spawn()` / `process.stop()`, which only
fork or signal and return at once. Progress is then seen by everyone through the process events.

- start: refused if the process is unknown here, already STARTING/RUNNING/BACKOFF, STOPPING or
  UNKNOWN. `extra_args` are appended to the program's command line for this spawn only (the
  configured command is restored right after the fork, so supervisor's own retries from BACKOFF use
  the configured command). A spawn that fails at once (no such file, not executable, no more file
  descriptors...) is not retried: the process is set FATAL with supervisor's `spawnerr` as reason.
- stop: a process that is not running is already where the command wants it (success).

`execute` returns (ok, fault code, text); the code is one of supervisor's Faults when not ok.

`report` / `local_reports` describe the local processes as the wire carries them (a report:
{"group", "name", "state", "start", "pid", "expected", "spawnerr"}, see messages.py).
"""

from __future__ import annotations

from typing import Any

from supervisor.process import ProcessStates as SP

from ._generated.faults import Faults
from .processes import RUNNING_STATES

RUNNING = RUNNING_STATES  # supervisor's codes are the spec's ProcessStates: one set (processes.py)


def find_process(supervisord, namespec: str):
    """The supervisor process object of 'group:name' (or 'name' for 'name:name'), or None."""
    group_name, _, name = namespec.partition(":")
    group = supervisord.process_groups.get(group_name)
    if group is None:
        return None
    return group.processes.get(name or group_name)


def report(group: str, process) -> dict[str, Any]:
    """The report of one supervisor process. `expected`: its last exit status is one of its exitcodes
    (True before any exit), computed the same way for an event and a snapshot (supervisor's events say
    expected=True for every state but an unexpected EXITED, so the event's own flag would make the
    same STOPPED read differently in an event and in a snapshot)."""
    state = process.get_state()
    expected = process.exitstatus in process.config.exitcodes if process.exitstatus is not None else True
    return {"group": group, "name": process.config.name, "state": int(state),
            "start": float(process.laststart or 0), "pid": int(process.pid or 0),
            "expected": bool(expected), "spawnerr": process.spawnerr or ""}


def local_reports(supervisord) -> list[dict[str, Any]]:
    return [report(group.config.name, process)
            for group in supervisord.process_groups.values() for process in group.processes.values()]


def execute(supervisord, op: str, namespec: str, extra_args: str = "") -> tuple[bool, int, str]:
    process = find_process(supervisord, namespec)
    if process is None:
        return False, Faults.BAD_NAME, f"no process {namespec} on this node"
    if op == "start":
        return _start(process, namespec, extra_args)
    if op == "stop":
        return _stop(process, namespec)
    return False, Faults.INCORRECT_PARAMETERS, f"unknown command {op!r}"


def _start(process, namespec: str, extra_args: str) -> tuple[bool, int, str]:
    state = process.get_state()
    if state in RUNNING:
        return False, Faults.ALREADY_STARTED, f"{namespec} is already {_name(state)}"
    if state in (SP.STOPPING, SP.UNKNOWN):
        return False, Faults.FAILED, f"{namespec} is {_name(state)}"
    base = process.config.command
    if extra_args:
        process.config.command = f"{base} {extra_args}"
    try:
        process.spawn()
    finally:
        process.config.command = base
    if process.spawnerr and process.get_state() == SP.BACKOFF:
        reason = process.spawnerr
        process.give_up()  # FATAL now, with spawnerr, rather than retrying what cannot work
        return False, Faults.SPAWN_ERROR, f"{namespec}: {reason}"
    return True, Faults.SUCCESS, "OK"


def _stop(process, namespec: str) -> tuple[bool, int, str]:
    if process.get_state() not in RUNNING:
        return True, Faults.SUCCESS, "OK"  # STOPPING: on its way; stopped: already there
    error = process.stop()
    if error:
        return False, Faults.FAILED, f"{namespec}: {error}"
    return True, Faults.SUCCESS, "OK"


def _name(state) -> str:
    for name, value in vars(SP).items():
        if value == state and name.isupper():
            return name
    return str(state)
