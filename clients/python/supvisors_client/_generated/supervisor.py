# DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
"""The `supervisor` namespace: Control of one supervisord, exactly as supervisor 4.3 serves it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .. import _wire as _w
from . import enums as _e  # noqa: F401
from .enums import *  # noqa: F401,F403
from .faults import *  # noqa: F401,F403
from .structs import *  # noqa: F401,F403


class SupervisorNamespace:
    """Control of one supervisord, exactly as supervisor 4.3 serves it."""

    def __init__(self, call: Callable[[str, list[Any]], Any]):
        self._call = call

    def getAPIVersion(self) -> str:
        """Return the version of supervisor's RPC API.

        :returns: The version id, e.g. '3.0'.
        """
        where = "supervisor.getAPIVersion"
        params = []
        return _w.dec_string(self._call("supervisor.getAPIVersion", params), where)

    def getVersion(self) -> str:
        """Deprecated alias of getAPIVersion.

        Deprecated alias of getAPIVersion.

        :returns: The version id.
        """
        where = "supervisor.getVersion"
        params = []
        return _w.dec_string(self._call("supervisor.getVersion", params), where)

    def getSupervisorVersion(self) -> str:
        """Return the version of the supervisor package in use.

        :returns: The version id.
        """
        where = "supervisor.getSupervisorVersion"
        params = []
        return _w.dec_string(self._call("supervisor.getSupervisorVersion", params), where)

    def getIdentification(self) -> str:
        """Return the identifier of this supervisord (the `identifier` setting).

        :returns: The identifier.
        """
        where = "supervisor.getIdentification"
        params = []
        return _w.dec_string(self._call("supervisor.getIdentification", params), where)

    def getState(self) -> SupervisorState:
        """Return the state of this supervisord.

        :returns: The state code and name.
        """
        where = "supervisor.getState"
        params = []
        return SupervisorState.from_wire(self._call("supervisor.getState", params), where)

    def getPID(self) -> int:
        """Return the PID of this supervisord.

        :returns: The PID.
        """
        where = "supervisor.getPID"
        params = []
        return _w.dec_int(self._call("supervisor.getPID", params), where)

    def readLog(self, offset: int, length: int) -> str:
        """Read length bytes of the main log from offset (negative offsets count from the end).

        :param offset: Offset to start reading from.
        :param length: Number of bytes to read (0 reads to the end).
        :returns: The bytes of the log.
        :raises NoFile: A file (log, command) does not exist.
        :raises BadArguments: Arguments are not acceptable.
        :raises Failed: The operation failed.
        """
        where = "supervisor.readLog"
        params = [_w.enc_int(offset, where + ": offset"), _w.enc_int(length, where + ": length")]
        return _w.dec_string(self._call("supervisor.readLog", params), where)

    def readMainLog(self, offset: int, length: int) -> str:
        """Deprecated alias of readLog.

        Deprecated alias of readLog.

        :param offset: Offset to start reading from.
        :param length: Number of bytes to read.
        :returns: The bytes of the log.
        :raises NoFile: A file (log, command) does not exist.
        :raises BadArguments: Arguments are not acceptable.
        :raises Failed: The operation failed.
        """
        where = "supervisor.readMainLog"
        params = [_w.enc_int(offset, where + ": offset"), _w.enc_int(length, where + ": length")]
        return _w.dec_string(self._call("supervisor.readMainLog", params), where)

    def clearLog(self) -> bool:
        """Clear the main log.

        :returns: Always True unless error.
        :raises NoFile: A file (log, command) does not exist.
        :raises Failed: The operation failed.
        """
        where = "supervisor.clearLog"
        params = []
        return _w.dec_boolean(self._call("supervisor.clearLog", params), where)

    def shutdown(self) -> bool:
        """Shut down this supervisord.

        :returns: Always True unless error.
        :raises ShutdownState: supervisord is shutting down.
        """
        where = "supervisor.shutdown"
        params = []
        return _w.dec_boolean(self._call("supervisor.shutdown", params), where)

    def restart(self) -> bool:
        """Restart this supervisord.

        :returns: Always True unless error.
        :raises ShutdownState: supervisord is shutting down.
        """
        where = "supervisor.restart"
        params = []
        return _w.dec_boolean(self._call("supervisor.restart", params), where)

    def reloadConfig(self) -> list[ConfigChanges]:
        """Read the configuration again and report the groups added, changed and removed (nothing is applied).

        :returns: One item: [[added, changed, removed]].
        :raises CantReread: The configuration file cannot be read again.
        :raises ShutdownState: supervisord is shutting down.
        """
        where = "supervisor.reloadConfig"
        params = []
        return _w.array_of(ConfigChanges.from_wire)(self._call("supervisor.reloadConfig", params), where)

    def addProcessGroup(self, name: str) -> bool:
        """Activate a process group of the configuration.

        :param name: Name of the group to add.
        :returns: True if added.
        :raises BadName: No process, group or application of that name.
        :raises AlreadyAdded: The process group is already active.
        :raises ShutdownState: supervisord is shutting down.
        """
        where = "supervisor.addProcessGroup"
        params = [_w.enc_string(name, where + ": name")]
        return _w.dec_boolean(self._call("supervisor.addProcessGroup", params), where)

    def removeProcessGroup(self, name: str) -> bool:
        """Remove a stopped process group from the active configuration.

        :param name: Name of the group to remove.
        :returns: True if removed.
        :raises BadName: No process, group or application of that name.
        :raises StillRunning: The process group still has running processes.
        :raises ShutdownState: supervisord is shutting down.
        """
        where = "supervisor.removeProcessGroup"
        params = [_w.enc_string(name, where + ": name")]
        return _w.dec_boolean(self._call("supervisor.removeProcessGroup", params), where)

    def startProcess(self, name: str, wait: bool = True) -> bool:
        """Start a process. Typed clients take a process name ('group:name'); a 'group:*' name makes supervisor answer with startProcessGroup's array, which the typed clients refuse as a decoding error: use startProcessGroup for groups.

        :param name: Process name ('group:name').
        :param wait: Wait for the process to be fully started.
        :returns: Always True unless error.
        :raises BadName: No process, group or application of that name.
        :raises NoFile: A file (log, command) does not exist.
        :raises NotExecutable: The command cannot be executed.
        :raises AlreadyStarted: The process or application is already running.
        :raises SpawnError: The process could not be spawned.
        :raises AbnormalTermination: The process could not be started or stopped as asked.
        :raises ShutdownState: supervisord is shutting down.
        """
        where = "supervisor.startProcess"
        params = [_w.enc_string(name, where + ": name"), _w.enc_boolean(wait, where + ": wait")]
        return _w.dec_boolean(self._call("supervisor.startProcess", params), where)

    def startProcessGroup(self, name: str, wait: bool = True) -> list[ProcessStatus]:
        """Start all processes of a group.

        :param name: Group name.
        :param wait: Wait for each process to be fully started.
        :returns: One status per process.
        :raises BadName: No process, group or application of that name.
        :raises ShutdownState: supervisord is shutting down.
        """
        where = "supervisor.startProcessGroup"
        params = [_w.enc_string(name, where + ": name"), _w.enc_boolean(wait, where + ": wait")]
        return _w.array_of(ProcessStatus.from_wire)(self._call("supervisor.startProcessGroup", params), where)

    def startAllProcesses(self, wait: bool = True) -> list[ProcessStatus]:
        """Start all processes of the configuration.

        :param wait: Wait for each process to be fully started.
        :returns: One status per process.
        :raises ShutdownState: supervisord is shutting down.
        """
        where = "supervisor.startAllProcesses"
        params = [_w.enc_boolean(wait, where + ": wait")]
        return _w.array_of(ProcessStatus.from_wire)(self._call("supervisor.startAllProcesses", params), where)

    def stopProcess(self, name: str, wait: bool = True) -> bool:
        """Stop a process. As for startProcess, typed clients take a process name; use stopProcessGroup for groups.

        :param name: Process name ('group:name').
        :param wait: Wait for the process to be fully stopped.
        :returns: Always True unless error.
        :raises BadName: No process, group or application of that name.
        :raises NotRunning: The process is not running.
        :raises Failed: The operation failed.
        :raises ShutdownState: supervisord is shutting down.
        """
        where = "supervisor.stopProcess"
        params = [_w.enc_string(name, where + ": name"), _w.enc_boolean(wait, where + ": wait")]
        return _w.dec_boolean(self._call("supervisor.stopProcess", params), where)

    def stopProcessGroup(self, name: str, wait: bool = True) -> list[ProcessStatus]:
        """Stop all processes of a group.

        :param name: Group name.
        :param wait: Wait for each process to be fully stopped.
        :returns: One status per process.
        :raises BadName: No process, group or application of that name.
        :raises ShutdownState: supervisord is shutting down.
        """
        where = "supervisor.stopProcessGroup"
        params = [_w.enc_string(name, where + ": name"), _w.enc_boolean(wait, where + ": wait")]
        return _w.array_of(ProcessStatus.from_wire)(self._call("supervisor.stopProcessGroup", params), where)

    def stopAllProcesses(self, wait: bool = True) -> list[ProcessStatus]:
        """Stop all processes of the configuration.

        :param wait: Wait for each process to be fully stopped.
        :returns: One status per process.
        :raises ShutdownState: supervisord is shutting down.
        """
        where = "supervisor.stopAllProcesses"
        params = [_w.enc_boolean(wait, where + ": wait")]
        return _w.array_of(ProcessStatus.from_wire)(self._call("supervisor.stopAllProcesses", params), where)

    def signalProcess(self, name: str, signal: str) -> bool:
        """Send a UNIX signal to a process.

        :param name: Process name ('group:name').
        :param signal: Signal name ('HUP') or number ('1').
        :returns: Always True unless error.
        :raises BadName: No process, group or application of that name.
        :raises BadSignal: Not a signal name or number.
        :raises NotRunning: The process is not running.
        :raises Failed: The operation failed.
        :raises ShutdownState: supervisord is shutting down.
        """
        where = "supervisor.signalProcess"
        params = [_w.enc_string(name, where + ": name"), _w.enc_string(signal, where + ": signal")]
        return _w.dec_boolean(self._call("supervisor.signalProcess", params), where)

    def signalProcessGroup(self, name: str, signal: str) -> list[ProcessStatus]:
        """Send a UNIX signal to all processes of a group.

        :param name: Group name.
        :param signal: Signal name ('HUP') or number ('1').
        :returns: One status per process.
        :raises BadName: No process, group or application of that name.
        :raises ShutdownState: supervisord is shutting down.
        """
        where = "supervisor.signalProcessGroup"
        params = [_w.enc_string(name, where + ": name"), _w.enc_string(signal, where + ": signal")]
        return _w.array_of(ProcessStatus.from_wire)(self._call("supervisor.signalProcessGroup", params), where)

    def signalAllProcesses(self, signal: str) -> list[ProcessStatus]:
        """Send a UNIX signal to all processes.

        :param signal: Signal name ('HUP') or number ('1').
        :returns: One status per process.
        :raises ShutdownState: supervisord is shutting down.
        """
        where = "supervisor.signalAllProcesses"
        params = [_w.enc_string(signal, where + ": signal")]
        return _w.array_of(ProcessStatus.from_wire)(self._call("supervisor.signalAllProcesses", params), where)

    def getAllConfigInfo(self) -> list[ConfigInfo]:
        """Return the configuration of every process (groups flattened), sorted by name.

        :returns: One struct per process.
        :raises ShutdownState: supervisord is shutting down.
        """
        where = "supervisor.getAllConfigInfo"
        params = []
        return _w.array_of(ConfigInfo.from_wire)(self._call("supervisor.getAllConfigInfo", params), where)

    def getProcessInfo(self, name: str) -> ProcessInfo:
        """Return supervisor's information on one process.

        :param name: Process name ('group:name').
        :returns: The process information.
        :raises BadName: No process, group or application of that name.
        :raises ShutdownState: supervisord is shutting down.
        """
        where = "supervisor.getProcessInfo"
        params = [_w.enc_string(name, where + ": name")]
        return ProcessInfo.from_wire(self._call("supervisor.getProcessInfo", params), where)

    def getAllProcessInfo(self) -> list[ProcessInfo]:
        """Return supervisor's information on every process.

        :returns: One struct per process.
        :raises ShutdownState: supervisord is shutting down.
        """
        where = "supervisor.getAllProcessInfo"
        params = []
        return _w.array_of(ProcessInfo.from_wire)(self._call("supervisor.getAllProcessInfo", params), where)

    def readProcessStdoutLog(self, name: str, offset: int, length: int) -> str:
        """Read length bytes of a process' stdout log from offset.

        :param name: Process name ('group:name').
        :param offset: Offset to start reading from.
        :param length: Number of bytes to read.
        :returns: The bytes of the log.
        :raises BadName: No process, group or application of that name.
        :raises NoFile: A file (log, command) does not exist.
        :raises BadArguments: Arguments are not acceptable.
        :raises Failed: The operation failed.
        :raises ShutdownState: supervisord is shutting down.
        """
        where = "supervisor.readProcessStdoutLog"
        params = [_w.enc_string(name, where + ": name"), _w.enc_int(offset, where + ": offset"), _w.enc_int(length, where + ": length")]
        return _w.dec_string(self._call("supervisor.readProcessStdoutLog", params), where)

    def readProcessLog(self, name: str, offset: int, length: int) -> str:
        """Deprecated alias of readProcessStdoutLog.

        Deprecated alias of readProcessStdoutLog.

        :param name: Process name ('group:name').
        :param offset: Offset to start reading from.
        :param length: Number of bytes to read.
        :returns: The bytes of the log.
        :raises BadName: No process, group or application of that name.
        :raises NoFile: A file (log, command) does not exist.
        :raises BadArguments: Arguments are not acceptable.
        :raises Failed: The operation failed.
        :raises ShutdownState: supervisord is shutting down.
        """
        where = "supervisor.readProcessLog"
        params = [_w.enc_string(name, where + ": name"), _w.enc_int(offset, where + ": offset"), _w.enc_int(length, where + ": length")]
        return _w.dec_string(self._call("supervisor.readProcessLog", params), where)

    def readProcessStderrLog(self, name: str, offset: int, length: int) -> str:
        """Read length bytes of a process' stderr log from offset.

        :param name: Process name ('group:name').
        :param offset: Offset to start reading from.
        :param length: Number of bytes to read.
        :returns: The bytes of the log.
        :raises BadName: No process, group or application of that name.
        :raises NoFile: A file (log, command) does not exist.
        :raises BadArguments: Arguments are not acceptable.
        :raises Failed: The operation failed.
        :raises ShutdownState: supervisord is shutting down.
        """
        where = "supervisor.readProcessStderrLog"
        params = [_w.enc_string(name, where + ": name"), _w.enc_int(offset, where + ": offset"), _w.enc_int(length, where + ": length")]
        return _w.dec_string(self._call("supervisor.readProcessStderrLog", params), where)

    def tailProcessStdoutLog(self, name: str, offset: int, length: int) -> LogTail:
        """Tail a process' stdout log: return up to length bytes before the end of the log if it grew past offset + length (overflow), else from offset.

        :param name: Process name ('group:name').
        :param offset: Offset to start reading from.
        :param length: Maximum number of bytes to return.
        :returns: [bytes, offset, overflow].
        :raises BadName: No process, group or application of that name.
        :raises ShutdownState: supervisord is shutting down.
        """
        where = "supervisor.tailProcessStdoutLog"
        params = [_w.enc_string(name, where + ": name"), _w.enc_int(offset, where + ": offset"), _w.enc_int(length, where + ": length")]
        return LogTail.from_wire(self._call("supervisor.tailProcessStdoutLog", params), where)

    def tailProcessLog(self, name: str, offset: int, length: int) -> LogTail:
        """Deprecated alias of tailProcessStdoutLog.

        Deprecated alias of tailProcessStdoutLog.

        :param name: Process name ('group:name').
        :param offset: Offset to start reading from.
        :param length: Maximum number of bytes to return.
        :returns: [bytes, offset, overflow].
        :raises BadName: No process, group or application of that name.
        :raises ShutdownState: supervisord is shutting down.
        """
        where = "supervisor.tailProcessLog"
        params = [_w.enc_string(name, where + ": name"), _w.enc_int(offset, where + ": offset"), _w.enc_int(length, where + ": length")]
        return LogTail.from_wire(self._call("supervisor.tailProcessLog", params), where)

    def tailProcessStderrLog(self, name: str, offset: int, length: int) -> LogTail:
        """Tail a process' stderr log, as tailProcessStdoutLog does for stdout.

        :param name: Process name ('group:name').
        :param offset: Offset to start reading from.
        :param length: Maximum number of bytes to return.
        :returns: [bytes, offset, overflow].
        :raises BadName: No process, group or application of that name.
        :raises ShutdownState: supervisord is shutting down.
        """
        where = "supervisor.tailProcessStderrLog"
        params = [_w.enc_string(name, where + ": name"), _w.enc_int(offset, where + ": offset"), _w.enc_int(length, where + ": length")]
        return LogTail.from_wire(self._call("supervisor.tailProcessStderrLog", params), where)

    def clearProcessLogs(self, name: str) -> bool:
        """Clear the stdout and stderr logs of a process and reopen them.

        :param name: Process name ('group:name').
        :returns: Always True unless error.
        :raises BadName: No process, group or application of that name.
        :raises Failed: The operation failed.
        :raises ShutdownState: supervisord is shutting down.
        """
        where = "supervisor.clearProcessLogs"
        params = [_w.enc_string(name, where + ": name")]
        return _w.dec_boolean(self._call("supervisor.clearProcessLogs", params), where)

    def clearProcessLog(self, name: str) -> bool:
        """Deprecated alias of clearProcessLogs.

        Deprecated alias of clearProcessLogs.

        :param name: Process name ('group:name').
        :returns: Always True unless error.
        :raises BadName: No process, group or application of that name.
        :raises Failed: The operation failed.
        :raises ShutdownState: supervisord is shutting down.
        """
        where = "supervisor.clearProcessLog"
        params = [_w.enc_string(name, where + ": name")]
        return _w.dec_boolean(self._call("supervisor.clearProcessLog", params), where)

    def clearAllProcessLogs(self) -> list[ProcessStatus]:
        """Clear the logs of every process.

        :returns: One status per process.
        :raises ShutdownState: supervisord is shutting down.
        """
        where = "supervisor.clearAllProcessLogs"
        params = []
        return _w.array_of(ProcessStatus.from_wire)(self._call("supervisor.clearAllProcessLogs", params), where)

    def sendProcessStdin(self, name: str, chars: str) -> bool:
        """Send characters to a process' stdin (encoded as UTF-8).

        :param name: Process name ('group:name').
        :param chars: The characters to send.
        :returns: Always True unless error.
        :raises BadName: No process, group or application of that name.
        :raises NotRunning: The process is not running.
        :raises NoFile: A file (log, command) does not exist.
        :raises IncorrectParameters: Wrong number or type of parameters.
        :raises ShutdownState: supervisord is shutting down.
        """
        where = "supervisor.sendProcessStdin"
        params = [_w.enc_string(name, where + ": name"), _w.enc_string(chars, where + ": chars")]
        return _w.dec_boolean(self._call("supervisor.sendProcessStdin", params), where)

    def sendRemoteCommEvent(self, type: str, data: str) -> bool:
        """Emit a RemoteCommunicationEvent to the event listeners that subscribe to it.

        :param type: The 'type' key of the event header.
        :param data: The event body.
        :returns: Always True unless error.
        """
        where = "supervisor.sendRemoteCommEvent"
        params = [_w.enc_string(type, where + ": type"), _w.enc_string(data, where + ": data")]
        return _w.dec_boolean(self._call("supervisor.sendRemoteCommEvent", params), where)
