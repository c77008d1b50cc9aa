# DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
"""Structs of the Supvisors API, as frozen dataclasses decoded strictly from the wire."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from .. import _wire as _w
from . import enums as _e
from .enums import *  # noqa: F401,F403  (annotations name the enums)

__all__ = ["SupervisorState", "ProcessInfo", "ProcessStatus", "ConfigInfo", "LogTail", "ConfigChanges", "MulticallRequest", "SupvisorsState", "AddressInfo", "ApplicationInfo", "SupvisorsProcessInfo", "ProcessRules", "Conflict"]


@dataclass(frozen=True)
class SupervisorState:
    """State of one supervisord.    """

    statecode: SupervisorStates
    """State code."""
    statename: str
    """State name."""

    @classmethod
    def from_wire(cls, value: Any, where: str = "SupervisorState") -> SupervisorState:
        """Decode the wire value; raise DecodeError if it does not fit."""
        return _w.decode_struct(cls, _SupervisorState_FIELDS, value, where)

    def to_wire(self) -> dict[str, Any]:
        """Encode as the wire value."""
        wire: dict[str, Any] = {}
        wire["statecode"] = _w.enum_enc(_e.SupervisorStates)(self.statecode, "SupervisorState.statecode")
        wire["statename"] = _w.enc_string(self.statename, "SupervisorState.statename")
        return wire


@dataclass(frozen=True)
class ProcessInfo:
    """Supervisor's information on one process of the local supervisord.    """

    name: str
    """Program name."""
    group: str
    """Group name."""
    description: str
    """Human readable status, e.g. 'pid 123, uptime 0:01:02'."""
    start: int
    """Epoch time of the last start, 0 if never started. Unit: s."""
    stop: int
    """Epoch time of the last stop, 0 if never stopped. Unit: s."""
    now: int
    """Epoch time of the supervisord answering. Unit: s."""
    state: ProcessStates
    """State code."""
    statename: str
    """State name."""
    spawnerr: str
    """The last spawn error, or empty."""
    exitstatus: int
    """The last exit status, 0 if still running."""
    logfile: str
    """Deprecated alias of stdout_logfile."""
    stdout_logfile: str
    """Path of the stdout log, or empty."""
    stderr_logfile: str
    """Path of the stderr log, or empty."""
    pid: int
    """PID of the process, 0 if not running."""

    @classmethod
    def from_wire(cls, value: Any, where: str = "ProcessInfo") -> ProcessInfo:
        """Decode the wire value; raise DecodeError if it does not fit."""
        return _w.decode_struct(cls, _ProcessInfo_FIELDS, value, where)

    def to_wire(self) -> dict[str, Any]:
        """Encode as the wire value."""
        wire: dict[str, Any] = {}
        wire["name"] = _w.enc_string(self.name, "ProcessInfo.name")
        wire["group"] = _w.enc_string(self.group, "ProcessInfo.group")
        wire["description"] = _w.enc_string(self.description, "ProcessInfo.description")
        wire["start"] = _w.enc_int(self.start, "ProcessInfo.start")
        wire["stop"] = _w.enc_int(self.stop, "ProcessInfo.stop")
        wire["now"] = _w.enc_int(self.now, "ProcessInfo.now")
        wire["state"] = _w.enum_enc(_e.ProcessStates)(self.state, "ProcessInfo.state")
        wire["statename"] = _w.enc_string(self.statename, "ProcessInfo.statename")
        wire["spawnerr"] = _w.enc_string(self.spawnerr, "ProcessInfo.spawnerr")
        wire["exitstatus"] = _w.enc_int(self.exitstatus, "ProcessInfo.exitstatus")
        wire["logfile"] = _w.enc_string(self.logfile, "ProcessInfo.logfile")
        wire["stdout_logfile"] = _w.enc_string(self.stdout_logfile, "ProcessInfo.stdout_logfile")
        wire["stderr_logfile"] = _w.enc_string(self.stderr_logfile, "ProcessInfo.stderr_logfile")
        wire["pid"] = _w.enc_int(self.pid, "ProcessInfo.pid")
        return wire


@dataclass(frozen=True)
class ProcessStatus:
    """Result of one process in a group operation (startProcessGroup, stopAllProcesses, ...).    """

    name: str
    """Program name."""
    group: str
    """Group name."""
    status: int
    """A fault code; SUCCESS (80) when the operation succeeded."""
    description: str
    """'OK', or the text of the fault."""

    @classmethod
    def from_wire(cls, value: Any, where: str = "ProcessStatus") -> ProcessStatus:
        """Decode the wire value; raise DecodeError if it does not fit."""
        return _w.decode_struct(cls, _ProcessStatus_FIELDS, value, where)

    def to_wire(self) -> dict[str, Any]:
        """Encode as the wire value."""
        wire: dict[str, Any] = {}
        wire["name"] = _w.enc_string(self.name, "ProcessStatus.name")
        wire["group"] = _w.enc_string(self.group, "ProcessStatus.group")
        wire["status"] = _w.enc_int(self.status, "ProcessStatus.status")
        wire["description"] = _w.enc_string(self.description, "ProcessStatus.description")
        return wire


@dataclass(frozen=True)
class ConfigInfo:
    """The configuration of one process, as supervisor.getAllConfigInfo reports it. Values that supervisor keeps as None or Automatic travel as the strings 'none' and 'auto'.    """

    autostart: bool
    """Start with supervisord."""
    directory: str
    """Working directory, or 'none'."""
    uid: Any
    """User id (int), or the string 'none'."""
    command: str
    """Command line."""
    exitcodes: list[int]
    """Expected exit codes."""
    group: str
    """Group name."""
    group_prio: int
    """Group priority."""
    inuse: bool
    """True if the group is active."""
    killasgroup: bool
    """Signal the whole process group on kill."""
    name: str
    """Program name."""
    process_prio: int
    """Process priority."""
    redirect_stderr: bool
    """stderr goes to the stdout log."""
    startretries: int
    """Start retries before FATAL."""
    startsecs: int
    """Seconds to stay up to count as started. Unit: s."""
    stdout_capture_maxbytes: int
    """Capture mode buffer size. Unit: bytes."""
    stdout_events_enabled: bool
    """Emit stdout log events."""
    stdout_logfile: str
    """stdout log path, 'auto' or 'none'."""
    stdout_logfile_backups: int
    """Number of stdout log backups."""
    stdout_logfile_maxbytes: int
    """Size of the stdout log before rotation. Unit: bytes."""
    stdout_syslog: bool
    """Send stdout to syslog."""
    stopsignal: int
    """Stop signal number."""
    stopwaitsecs: int
    """Seconds to wait after the stop signal before SIGKILL. Unit: s."""
    stderr_capture_maxbytes: int
    """Capture mode buffer size. Unit: bytes."""
    stderr_events_enabled: bool
    """Emit stderr log events."""
    stderr_logfile: str
    """stderr log path, 'auto' or 'none'."""
    stderr_logfile_backups: int
    """Number of stderr log backups."""
    stderr_logfile_maxbytes: int
    """Size of the stderr log before rotation. Unit: bytes."""
    stderr_syslog: bool
    """Send stderr to syslog."""
    serverurl: str
    """URL given to the process as SUPERVISOR_SERVER_URL, 'auto' or 'none'."""

    @classmethod
    def from_wire(cls, value: Any, where: str = "ConfigInfo") -> ConfigInfo:
        """Decode the wire value; raise DecodeError if it does not fit."""
        return _w.decode_struct(cls, _ConfigInfo_FIELDS, value, where)

    def to_wire(self) -> dict[str, Any]:
        """Encode as the wire value."""
        wire: dict[str, Any] = {}
        wire["autostart"] = _w.enc_boolean(self.autostart, "ConfigInfo.autostart")
        wire["directory"] = _w.enc_string(self.directory, "ConfigInfo.directory")
        wire["uid"] = _w.enc_any(self.uid, "ConfigInfo.uid")
        wire["command"] = _w.enc_string(self.command, "ConfigInfo.command")
        wire["exitcodes"] = _w.array_enc(_w.enc_int)(self.exitcodes, "ConfigInfo.exitcodes")
        wire["group"] = _w.enc_string(self.group, "ConfigInfo.group")
        wire["group_prio"] = _w.enc_int(self.group_prio, "ConfigInfo.group_prio")
        wire["inuse"] = _w.enc_boolean(self.inuse, "ConfigInfo.inuse")
        wire["killasgroup"] = _w.enc_boolean(self.killasgroup, "ConfigInfo.killasgroup")
        wire["name"] = _w.enc_string(self.name, "ConfigInfo.name")
        wire["process_prio"] = _w.enc_int(self.process_prio, "ConfigInfo.process_prio")
        wire["redirect_stderr"] = _w.enc_boolean(self.redirect_stderr, "ConfigInfo.redirect_stderr")
        wire["startretries"] = _w.enc_int(self.startretries, "ConfigInfo.startretries")
        wire["startsecs"] = _w.enc_int(self.startsecs, "ConfigInfo.startsecs")
        wire["stdout_capture_maxbytes"] = _w.enc_int(self.stdout_capture_maxbytes, "ConfigInfo.stdout_capture_maxbytes")
        wire["stdout_events_enabled"] = _w.enc_boolean(self.stdout_events_enabled, "ConfigInfo.stdout_events_enabled")
        wire["stdout_logfile"] = _w.enc_string(self.stdout_logfile, "ConfigInfo.stdout_logfile")
        wire["stdout_logfile_backups"] = _w.enc_int(self.stdout_logfile_backups, "ConfigInfo.stdout_logfile_backups")
        wire["stdout_logfile_maxbytes"] = _w.enc_int(self.stdout_logfile_maxbytes, "ConfigInfo.stdout_logfile_maxbytes")
        wire["stdout_syslog"] = _w.enc_boolean(self.stdout_syslog, "ConfigInfo.stdout_syslog")
        wire["stopsignal"] = _w.enc_int(self.stopsignal, "ConfigInfo.stopsignal")
        wire["stopwaitsecs"] = _w.enc_int(self.stopwaitsecs, "ConfigInfo.stopwaitsecs")
        wire["stderr_capture_maxbytes"] = _w.enc_int(self.stderr_capture_maxbytes, "ConfigInfo.stderr_capture_maxbytes")
        wire["stderr_events_enabled"] = _w.enc_boolean(self.stderr_events_enabled, "ConfigInfo.stderr_events_enabled")
        wire["stderr_logfile"] = _w.enc_string(self.stderr_logfile, "ConfigInfo.stderr_logfile")
        wire["stderr_logfile_backups"] = _w.enc_int(self.stderr_logfile_backups, "ConfigInfo.stderr_logfile_backups")
        wire["stderr_logfile_maxbytes"] = _w.enc_int(self.stderr_logfile_maxbytes, "ConfigInfo.stderr_logfile_maxbytes")
        wire["stderr_syslog"] = _w.enc_boolean(self.stderr_syslog, "ConfigInfo.stderr_syslog")
        wire["serverurl"] = _w.enc_string(self.serverurl, "ConfigInfo.serverurl")
        return wire


@dataclass(frozen=True)
class LogTail:
    """A chunk of a process log, as the tail methods return it.

    On the wire: a positional array [bytes, offset, overflow].    """

    bytes: str
    """The log text."""
    offset: int
    """Offset of the end of the log plus one; pass it to the next call. Unit: bytes."""
    overflow: bool
    """True if the log grew by more than the length asked since offset."""

    @classmethod
    def from_wire(cls, value: Any, where: str = "LogTail") -> LogTail:
        """Decode the wire value; raise DecodeError if it does not fit."""
        return _w.decode_tuple(cls, _LogTail_FIELDS, value, where)

    def to_wire(self) -> list[Any]:
        """Encode as the wire value."""
        return [_w.enc_string(self.bytes, "LogTail.bytes"), _w.enc_int(self.offset, "LogTail.offset"), _w.enc_boolean(self.overflow, "LogTail.overflow")]


@dataclass(frozen=True)
class ConfigChanges:
    """The group names that a reloadConfig added, changed and removed.

    On the wire: a positional array [added, changed, removed].    """

    added: list[str]
    """Groups added."""
    changed: list[str]
    """Groups whose configuration changed."""
    removed: list[str]
    """Groups removed."""

    @classmethod
    def from_wire(cls, value: Any, where: str = "ConfigChanges") -> ConfigChanges:
        """Decode the wire value; raise DecodeError if it does not fit."""
        return _w.decode_tuple(cls, _ConfigChanges_FIELDS, value, where)

    def to_wire(self) -> list[Any]:
        """Encode as the wire value."""
        return [_w.array_enc(_w.enc_string)(self.added, "ConfigChanges.added"), _w.array_enc(_w.enc_string)(self.changed, "ConfigChanges.changed"), _w.array_enc(_w.enc_string)(self.removed, "ConfigChanges.removed")]


@dataclass(frozen=True)
class MulticallRequest:
    """One call of a system.multicall.    """

    methodName: str
    """Full method name, e.g. 'supervisor.getState'."""
    params: list[Any]
    """The call's parameters."""

    @classmethod
    def from_wire(cls, value: Any, where: str = "MulticallRequest") -> MulticallRequest:
        """Decode the wire value; raise DecodeError if it does not fit."""
        return _w.decode_struct(cls, _MulticallRequest_FIELDS, value, where)

    def to_wire(self) -> dict[str, Any]:
        """Encode as the wire value."""
        wire: dict[str, Any] = {}
        wire["methodName"] = _w.enc_string(self.methodName, "MulticallRequest.methodName")
        wire["params"] = _w.array_enc(_w.enc_any)(self.params, "MulticallRequest.params")
        return wire


@dataclass(frozen=True)
class SupvisorsState:
    """State of Supvisors.    """

    statecode: SupvisorsStates
    """The state of Supvisors. Range: [0;6]."""
    statename: str
    """The state of Supvisors as a string."""

    @classmethod
    def from_wire(cls, value: Any, where: str = "SupvisorsState") -> SupvisorsState:
        """Decode the wire value; raise DecodeError if it does not fit."""
        return _w.decode_struct(cls, _SupvisorsState_FIELDS, value, where)

    def to_wire(self) -> dict[str, Any]:
        """Encode as the wire value."""
        wire: dict[str, Any] = {}
        wire["statecode"] = _w.enum_enc(_e.SupvisorsStates)(self.statecode, "SupvisorsState.statecode")
        wire["statename"] = _w.enc_string(self.statename, "SupvisorsState.statename")
        return wire


@dataclass(frozen=True)
class AddressInfo:
    """Information about one Supvisors node.    """

    address_name: str
    """Address of the Supvisors node."""
    statecode: AddressStates
    """State of the node. Range: [0;5]."""
    statename: str
    """State of the node as a string."""
    remote_time: datetime.datetime
    """Date of the last heartbeat received from the node, in the remote reference time (seconds since the epoch; 0 if none was received). In gossip mode (gossip_fanout > 0), after news of the node relayed by a peer: its clock then, estimated with the offset seen at its last heartbeat received."""
    local_time: datetime.datetime
    """Date of the last heartbeat received from the node, in the local reference time (seconds since the epoch; 0 if none was received). In gossip mode (gossip_fanout > 0), the date of the last news that the node lives, received from it or relayed by a peer."""
    loading: int
    """Sum of the expected loading of the processes running on the node. Unit: %. Range: [0;100]."""

    @classmethod
    def from_wire(cls, value: Any, where: str = "AddressInfo") -> AddressInfo:
        """Decode the wire value; raise DecodeError if it does not fit."""
        return _w.decode_struct(cls, _AddressInfo_FIELDS, value, where)

    def to_wire(self) -> dict[str, Any]:
        """Encode as the wire value."""
        wire: dict[str, Any] = {}
        wire["address_name"] = _w.enc_string(self.address_name, "AddressInfo.address_name")
        wire["statecode"] = _w.enum_enc(_e.AddressStates)(self.statecode, "AddressInfo.statecode")
        wire["statename"] = _w.enc_string(self.statename, "AddressInfo.statename")
        wire["remote_time"] = _w.enc_time(self.remote_time, "AddressInfo.remote_time")
        wire["local_time"] = _w.enc_time(self.local_time, "AddressInfo.local_time")
        wire["loading"] = _w.enc_int(self.loading, "AddressInfo.loading")
        return wire


@dataclass(frozen=True)
class ApplicationInfo:
    """Information about one application.    """

    application_name: str
    """Name of the application."""
    statecode: ApplicationStates
    """State of the application. Range: [0;4]."""
    statename: str
    """State of the application as a string."""
    major_failure: bool
    """True if at least one required process is not started."""
    minor_failure: bool
    """True if at least one optional process could not be started."""

    @classmethod
    def from_wire(cls, value: Any, where: str = "ApplicationInfo") -> ApplicationInfo:
        """Decode the wire value; raise DecodeError if it does not fit."""
        return _w.decode_struct(cls, _ApplicationInfo_FIELDS, value, where)

    def to_wire(self) -> dict[str, Any]:
        """Encode as the wire value."""
        wire: dict[str, Any] = {}
        wire["application_name"] = _w.enc_string(self.application_name, "ApplicationInfo.application_name")
        wire["statecode"] = _w.enum_enc(_e.ApplicationStates)(self.statecode, "ApplicationInfo.statecode")
        wire["statename"] = _w.enc_string(self.statename, "ApplicationInfo.statename")
        wire["major_failure"] = _w.enc_boolean(self.major_failure, "ApplicationInfo.major_failure")
        wire["minor_failure"] = _w.enc_boolean(self.minor_failure, "ApplicationInfo.minor_failure")
        return wire


@dataclass(frozen=True)
class SupvisorsProcessInfo:
    """Where a process runs in the cluster. A complement of supervisor's ProcessInfo. More than one address means that a conflict is in progress.    """

    application_name: str
    """Name of the process' application."""
    process_name: str
    """Name of the process."""
    statecode: ProcessStates
    """State of the process."""
    statename: str
    """State of the process as a string."""
    addresses: list[str]
    """All addresses where the process is running."""
    expected_exit: bool | None = None
    """Extension: True if the last exit was expected."""
    last_event_time: datetime.datetime | None = None
    """Extension: local time of the last event of the process (seconds since the epoch; 0 if none)."""

    @classmethod
    def from_wire(cls, value: Any, where: str = "SupvisorsProcessInfo") -> SupvisorsProcessInfo:
        """Decode the wire value; raise DecodeError if it does not fit."""
        return _w.decode_struct(cls, _SupvisorsProcessInfo_FIELDS, value, where)

    def to_wire(self) -> dict[str, Any]:
        """Encode as the wire value."""
        wire: dict[str, Any] = {}
        wire["application_name"] = _w.enc_string(self.application_name, "SupvisorsProcessInfo.application_name")
        wire["process_name"] = _w.enc_string(self.process_name, "SupvisorsProcessInfo.process_name")
        wire["statecode"] = _w.enum_enc(_e.ProcessStates)(self.statecode, "SupvisorsProcessInfo.statecode")
        wire["statename"] = _w.enc_string(self.statename, "SupvisorsProcessInfo.statename")
        wire["addresses"] = _w.array_enc(_w.enc_string)(self.addresses, "SupvisorsProcessInfo.addresses")
        if self.expected_exit is not None:
            wire["expected_exit"] = _w.enc_boolean(self.expected_exit, "SupvisorsProcessInfo.expected_exit")
        if self.last_event_time is not None:
            wire["last_event_time"] = _w.enc_time(self.last_event_time, "SupvisorsProcessInfo.last_event_time")
        return wire


@dataclass(frozen=True)
class ProcessRules:
    """The rules used to deploy one process.    """

    application_name: str
    """Name of the process' application."""
    process_name: str
    """Name of the process."""
    addresses: list[str]
    """All addresses where the process can be started ('*' is expanded)."""
    start_sequence: int
    """Starting order of the process when its application starts. Range: [0;127]."""
    stop_sequence: int
    """Stopping order of the process when its application stops. Range: [0;127]."""
    required: bool
    """Importance of the process in the application."""
    wait_exit: bool
    """True if Supvisors waits for the process to exit before the next start sequence."""
    loading: int
    """Expected loading of the process when RUNNING. Unit: %. Range: [0;100]."""
    expected_loading: int | None = None
    """Extension: the same value as loading, under the name that the original Supvisors clients read (the original supervisorctl plugin fails without it). Unit: %. Range: [0;100]."""

    @classmethod
    def from_wire(cls, value: Any, where: str = "ProcessRules") -> ProcessRules:
        """Decode the wire value; raise DecodeError if it does not fit."""
        return _w.decode_struct(cls, _ProcessRules_FIELDS, value, where)

    def to_wire(self) -> dict[str, Any]:
        """Encode as the wire value."""
        wire: dict[str, Any] = {}
        wire["application_name"] = _w.enc_string(self.application_name, "ProcessRules.application_name")
        wire["process_name"] = _w.enc_string(self.process_name, "ProcessRules.process_name")
        wire["addresses"] = _w.array_enc(_w.enc_string)(self.addresses, "ProcessRules.addresses")
        wire["start_sequence"] = _w.enc_int(self.start_sequence, "ProcessRules.start_sequence")
        wire["stop_sequence"] = _w.enc_int(self.stop_sequence, "ProcessRules.stop_sequence")
        wire["required"] = _w.enc_boolean(self.required, "ProcessRules.required")
        wire["wait_exit"] = _w.enc_boolean(self.wait_exit, "ProcessRules.wait_exit")
        wire["loading"] = _w.enc_int(self.loading, "ProcessRules.loading")
        if self.expected_loading is not None:
            wire["expected_loading"] = _w.enc_int(self.expected_loading, "ProcessRules.expected_loading")
        return wire


@dataclass(frozen=True)
class Conflict:
    """A process running on more than one node.    """

    process_name: str
    """Namespec of the process."""
    state: str
    """State name of the process."""
    address: list[str]
    """All addresses where the process is running."""

    @classmethod
    def from_wire(cls, value: Any, where: str = "Conflict") -> Conflict:
        """Decode the wire value; raise DecodeError if it does not fit."""
        return _w.decode_struct(cls, _Conflict_FIELDS, value, where)

    def to_wire(self) -> dict[str, Any]:
        """Encode as the wire value."""
        wire: dict[str, Any] = {}
        wire["process_name"] = _w.enc_string(self.process_name, "Conflict.process_name")
        wire["state"] = _w.enc_string(self.state, "Conflict.state")
        wire["address"] = _w.array_enc(_w.enc_string)(self.address, "Conflict.address")
        return wire

# Field tables: (wire name, decoder, optional). Defined last so that structs may nest.
_SupervisorState_FIELDS: _w.Fields = (
    ("statecode", _w.enum_of(_e.SupervisorStates), False),
    ("statename", _w.dec_string, False),
)
_ProcessInfo_FIELDS: _w.Fields = (
    ("name", _w.dec_string, False),
    ("group", _w.dec_string, False),
    ("description", _w.dec_string, False),
    ("start", _w.dec_int, False),
    ("stop", _w.dec_int, False),
    ("now", _w.dec_int, False),
    ("state", _w.enum_of(_e.ProcessStates), False),
    ("statename", _w.dec_string, False),
    ("spawnerr", _w.dec_string, False),
    ("exitstatus", _w.dec_int, False),
    ("logfile", _w.dec_string, False),
    ("stdout_logfile", _w.dec_string, False),
    ("stderr_logfile", _w.dec_string, False),
    ("pid", _w.dec_int, False),
)
_ProcessStatus_FIELDS: _w.Fields = (
    ("name", _w.dec_string, False),
    ("group", _w.dec_string, False),
    ("status", _w.dec_int, False),
    ("description", _w.dec_string, False),
)
_ConfigInfo_FIELDS: _w.Fields = (
    ("autostart", _w.dec_boolean, False),
    ("directory", _w.dec_string, False),
    ("uid", _w.dec_any, False),
    ("command", _w.dec_string, False),
    ("exitcodes", _w.array_of(_w.dec_int), False),
    ("group", _w.dec_string, False),
    ("group_prio", _w.dec_int, False),
    ("inuse", _w.dec_boolean, False),
    ("killasgroup", _w.dec_boolean, False),
    ("name", _w.dec_string, False),
    ("process_prio", _w.dec_int, False),
    ("redirect_stderr", _w.dec_boolean, False),
    ("startretries", _w.dec_int, False),
    ("startsecs", _w.dec_int, False),
    ("stdout_capture_maxbytes", _w.dec_int, False),
    ("stdout_events_enabled", _w.dec_boolean, False),
    ("stdout_logfile", _w.dec_string, False),
    ("stdout_logfile_backups", _w.dec_int, False),
    ("stdout_logfile_maxbytes", _w.dec_int, False),
    ("stdout_syslog", _w.dec_boolean, False),
    ("stopsignal", _w.dec_int, False),
    ("stopwaitsecs", _w.dec_int, False),
    ("stderr_capture_maxbytes", _w.dec_int, False),
    ("stderr_events_enabled", _w.dec_boolean, False),
    ("stderr_logfile", _w.dec_string, False),
    ("stderr_logfile_backups", _w.dec_int, False),
    ("stderr_logfile_maxbytes", _w.dec_int, False),
    ("stderr_syslog", _w.dec_boolean, False),
    ("serverurl", _w.dec_string, False),
)
_LogTail_FIELDS: _w.Fields = (
    ("bytes", _w.dec_string, False),
    ("offset", _w.dec_int, False),
    ("overflow", _w.dec_boolean, False),
)
_ConfigChanges_FIELDS: _w.Fields = (
    ("added", _w.array_of(_w.dec_string), False),
    ("changed", _w.array_of(_w.dec_string), False),
    ("removed", _w.array_of(_w.dec_string), False),
)
_MulticallRequest_FIELDS: _w.Fields = (
    ("methodName", _w.dec_string, False),
    ("params", _w.array_of(_w.dec_any), False),
)
_SupvisorsState_FIELDS: _w.Fields = (
    ("statecode", _w.enum_of(_e.SupvisorsStates), False),
    ("statename", _w.dec_string, False),
)
_AddressInfo_FIELDS: _w.Fields = (
    ("address_name", _w.dec_string, False),
    ("statecode", _w.enum_of(_e.AddressStates), False),
    ("statename", _w.dec_string, False),
    ("remote_time", _w.dec_time, False),
    ("local_time", _w.dec_time, False),
    ("loading", _w.dec_int, False),
)
_ApplicationInfo_FIELDS: _w.Fields = (
    ("application_name", _w.dec_string, False),
    ("statecode", _w.enum_of(_e.ApplicationStates), False),
    ("statename", _w.dec_string, False),
    ("major_failure", _w.dec_boolean, False),
    ("minor_failure", _w.dec_boolean, False),
)
_SupvisorsProcessInfo_FIELDS: _w.Fields = (
    ("application_name", _w.dec_string, False),
    ("process_name", _w.dec_string, False),
    ("statecode", _w.enum_of(_e.ProcessStates), False),
    ("statename", _w.dec_string, False),
    ("addresses", _w.array_of(_w.dec_string), False),
    ("expected_exit", _w.dec_boolean, True),
    ("last_event_time", _w.dec_time, True),
)
_ProcessRules_FIELDS: _w.Fields = (
    ("application_name", _w.dec_string, False),
    ("process_name", _w.dec_string, False),
    ("addresses", _w.array_of(_w.dec_string), False),
    ("start_sequence", _w.dec_int, False),
    ("stop_sequence", _w.dec_int, False),
    ("required", _w.dec_boolean, False),
    ("wait_exit", _w.dec_boolean, False),
    ("loading", _w.dec_int, False),
    ("expected_loading", _w.dec_int, True),
)
_Conflict_FIELDS: _w.Fields = (
    ("process_name", _w.dec_string, False),
    ("state", _w.dec_string, False),
    ("address", _w.array_of(_w.dec_string), False),
)
