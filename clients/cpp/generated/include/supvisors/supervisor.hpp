// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
// The `supervisor` namespace: Control of one supervisord, exactly as supervisor 4.3 serves it.
#pragma once

#include <string>
#include <vector>

#include "supvisors/enums.hpp"
#include "supvisors/structs.hpp"
#include "supvisors/value.hpp"

namespace supvisors {

class Caller;

/// Control of one supervisord, exactly as supervisor 4.3 serves it.
///
/// Every method throws the Fault subclass of a server fault, TransportError or DecodeError.
class Supervisor {
public:
    explicit Supervisor(Caller& caller) : caller_(caller) {}

    /// Return the version of supervisor's RPC API.
    ///
    /// @return The version id, e.g. '3.0'.
    std::string getAPIVersion();

    /// Deprecated alias of getAPIVersion.
    ///
    /// @return The version id.
    std::string getVersion();

    /// Return the version of the supervisor package in use.
    ///
    /// @return The version id.
    std::string getSupervisorVersion();

    /// Return the identifier of this supervisord (the `identifier` setting).
    ///
    /// @return The identifier.
    std::string getIdentification();

    /// Return the state of this supervisord.
    ///
    /// @return The state code and name.
    SupervisorState getState();

    /// Return the PID of this supervisord.
    ///
    /// @return The PID.
    int getPID();

    /// Read length bytes of the main log from offset (negative offsets count from the end).
    ///
    /// @param offset Offset to start reading from.
    /// @param length Number of bytes to read (0 reads to the end).
    /// @return The bytes of the log.
    /// @throws NoFile A file (log, command) does not exist.
    /// @throws BadArguments Arguments are not acceptable.
    /// @throws Failed The operation failed.
    std::string readLog(int offset, int length);

    /// Deprecated alias of readLog.
    ///
    /// @param offset Offset to start reading from.
    /// @param length Number of bytes to read.
    /// @return The bytes of the log.
    /// @throws NoFile A file (log, command) does not exist.
    /// @throws BadArguments Arguments are not acceptable.
    /// @throws Failed The operation failed.
    std::string readMainLog(int offset, int length);

    /// Clear the main log.
    ///
    /// @return Always True unless error.
    /// @throws NoFile A file (log, command) does not exist.
    /// @throws Failed The operation failed.
    bool clearLog();

    /// Shut down this supervisord.
    ///
    /// @return Always True unless error.
    /// @throws ShutdownState supervisord is shutting down.
    bool shutdown();

    /// Restart this supervisord.
    ///
    /// @return Always True unless error.
    /// @throws ShutdownState supervisord is shutting down.
    bool restart();

    /// Read the configuration again and report the groups added, changed and removed (nothing is applied).
    ///
    /// @return One item: [[added, changed, removed]].
    /// @throws CantReread The configuration file cannot be read again.
    /// @throws ShutdownState supervisord is shutting down.
    std::vector<ConfigChanges> reloadConfig();

    /// Activate a process group of the configuration.
    ///
    /// @param name Name of the group to add.
    /// @return True if added.
    /// @throws BadName No process, group or application of that name.
    /// @throws AlreadyAdded The process group is already active.
    /// @throws ShutdownState supervisord is shutting down.
    bool addProcessGroup(const std::string& name);

    /// Remove a stopped process group from the active configuration.
    ///
    /// @param name Name of the group to remove.
    /// @return True if removed.
    /// @throws BadName No process, group or application of that name.
    /// @throws StillRunning The process group still has running processes.
    /// @throws ShutdownState supervisord is shutting down.
    bool removeProcessGroup(const std::string& name);

    /// Start a process. Typed clients take a process name ('group:name'); a 'group:*' name makes supervisor
    /// answer with startProcessGroup's array, which the typed clients refuse as a decoding error: use
    /// startProcessGroup for groups.
    ///
    /// @param name Process name ('group:name').
    /// @param wait Wait for the process to be fully started.
    /// @return Always True unless error.
    /// @throws BadName No process, group or application of that name.
    /// @throws NoFile A file (log, command) does not exist.
    /// @throws NotExecutable The command cannot be executed.
    /// @throws AlreadyStarted The process or application is already running.
    /// @throws SpawnError The process could not be spawned.
    /// @throws AbnormalTermination The process could not be started or stopped as asked.
    /// @throws ShutdownState supervisord is shutting down.
    bool startProcess(const std::string& name, bool wait = true);

    /// Start all processes of a group.
    ///
    /// @param name Group name.
    /// @param wait Wait for each process to be fully started.
    /// @return One status per process.
    /// @throws BadName No process, group or application of that name.
    /// @throws ShutdownState supervisord is shutting down.
    std::vector<ProcessStatus> startProcessGroup(const std::string& name, bool wait = true);

    /// Start all processes of the configuration.
    ///
    /// @param wait Wait for each process to be fully started.
    /// @return One status per process.
    /// @throws ShutdownState supervisord is shutting down.
    std::vector<ProcessStatus> startAllProcesses(bool wait = true);

    /// Stop a process. As for startProcess, typed clients take a process name; use stopProcessGroup for
    /// groups.
    ///
    /// @param name Process name ('group:name').
    /// @param wait Wait for the process to be fully stopped.
    /// @return Always True unless error.
    /// @throws BadName No process, group or application of that name.
    /// @throws NotRunning The process is not running.
    /// @throws Failed The operation failed.
    /// @throws ShutdownState supervisord is shutting down.
    bool stopProcess(const std::string& name, bool wait = true);

    /// Stop all processes of a group.
    ///
    /// @param name Group name.
    /// @param wait Wait for each process to be fully stopped.
    /// @return One status per process.
    /// @throws BadName No process, group or application of that name.
    /// @throws ShutdownState supervisord is shutting down.
    std::vector<ProcessStatus> stopProcessGroup(const std::string& name, bool wait = true);

    /// Stop all processes of the configuration.
    ///
    /// @param wait Wait for each process to be fully stopped.
    /// @return One status per process.
    /// @throws ShutdownState supervisord is shutting down.
    std::vector<ProcessStatus> stopAllProcesses(bool wait = true);

    /// Send a UNIX signal to a process.
    ///
    /// @param name Process name ('group:name').
    /// @param signal Signal name ('HUP') or number ('1').
    /// @return Always True unless error.
    /// @throws BadName No process, group or application of that name.
    /// @throws BadSignal Not a signal name or number.
    /// @throws NotRunning The process is not running.
    /// @throws Failed The operation failed.
    /// @throws ShutdownState supervisord is shutting down.
    bool signalProcess(const std::string& name, const std::string& signal);

    /// Send a UNIX signal to all processes of a group.
    ///
    /// @param name Group name.
    /// @param signal Signal name ('HUP') or number ('1').
    /// @return One status per process.
    /// @throws BadName No process, group or application of that name.
    /// @throws ShutdownState supervisord is shutting down.
    std::vector<ProcessStatus> signalProcessGroup(const std::string& name, const std::string& signal);

    /// Send a UNIX signal to all processes.
    ///
    /// @param signal Signal name ('HUP') or number ('1').
    /// @return One status per process.
    /// @throws ShutdownState supervisord is shutting down.
    std::vector<ProcessStatus> signalAllProcesses(const std::string& signal);

    /// Return the configuration of every process (groups flattened), sorted by name.
    ///
    /// @return One struct per process.
    /// @throws ShutdownState supervisord is shutting down.
    std::vector<ConfigInfo> getAllConfigInfo();

    /// Return supervisor's information on one process.
    ///
    /// @param name Process name ('group:name').
    /// @return The process information.
    /// @throws BadName No process, group or application of that name.
    /// @throws ShutdownState supervisord is shutting down.
    ProcessInfo getProcessInfo(const std::string& name);

    /// Return supervisor's information on every process.
    ///
    /// @return One struct per process.
    /// @throws ShutdownState supervisord is shutting down.
    std::vector<ProcessInfo> getAllProcessInfo();

    /// Read length bytes of a process' stdout log from offset.
    ///
    /// @param name Process name ('group:name').
    /// @param offset Offset to start reading from.
    /// @param length Number of bytes to read.
    /// @return The bytes of the log.
    /// @throws BadName No process, group or application of that name.
    /// @throws NoFile A file (log, command) does not exist.
    /// @throws BadArguments Arguments are not acceptable.
    /// @throws Failed The operation failed.
    /// @throws ShutdownState supervisord is shutting down.
    std::string readProcessStdoutLog(const std::string& name, int offset, int length);

    /// Deprecated alias of readProcessStdoutLog.
    ///
    /// @param name Process name ('group:name').
    /// @param offset Offset to start reading from.
    /// @param length Number of bytes to read.
    /// @return The bytes of the log.
    /// @throws BadName No process, group or application of that name.
    /// @throws NoFile A file (log, command) does not exist.
    /// @throws BadArguments Arguments are not acceptable.
    /// @throws Failed The operation failed.
    /// @throws ShutdownState supervisord is shutting down.
    std::string readProcessLog(const std::string& name, int offset, int length);

    /// Read length bytes of a process' stderr log from offset.
    ///
    /// @param name Process name ('group:name').
    /// @param offset Offset to start reading from.
    /// @param length Number of bytes to read.
    /// @return The bytes of the log.
    /// @throws BadName No process, group or application of that name.
    /// @throws NoFile A file (log, command) does not exist.
    /// @throws BadArguments Arguments are not acceptable.
    /// @throws Failed The operation failed.
    /// @throws ShutdownState supervisord is shutting down.
    std::string readProcessStderrLog(const std::string& name, int offset, int length);

    /// Tail a process' stdout log: return up to length bytes before the end of the log if it grew past offset
    /// + length (overflow), else from offset.
    ///
    /// @param name Process name ('group:name').
    /// @param offset Offset to start reading from.
    /// @param length Maximum number of bytes to return.
    /// @return [bytes, offset, overflow].
    /// @throws BadName No process, group or application of that name.
    /// @throws ShutdownState supervisord is shutting down.
    LogTail tailProcessStdoutLog(const std::string& name, int offset, int length);

    /// Deprecated alias of tailProcessStdoutLog.
    ///
    /// @param name Process name ('group:name').
    /// @param offset Offset to start reading from.
    /// @param length Maximum number of bytes to return.
    /// @return [bytes, offset, overflow].
    /// @throws BadName No process, group or application of that name.
    /// @throws ShutdownState supervisord is shutting down.
    LogTail tailProcessLog(const std::string& name, int offset, int length);

    /// Tail a process' stderr log, as tailProcessStdoutLog does for stdout.
    ///
    /// @param name Process name ('group:name').
    /// @param offset Offset to start reading from.
    /// @param length Maximum number of bytes to return.
    /// @return [bytes, offset, overflow].
    /// @throws BadName No process, group or application of that name.
    /// @throws ShutdownState supervisord is shutting down.
    LogTail tailProcessStderrLog(const std::string& name, int offset, int length);

    /// Clear the stdout and stderr logs of a process and reopen them.
    ///
    /// @param name Process name ('group:name').
    /// @return Always True unless error.
    /// @throws BadName No process, group or application of that name.
    /// @throws Failed The operation failed.
    /// @throws ShutdownState supervisord is shutting down.
    bool clearProcessLogs(const std::string& name);

    /// Deprecated alias of clearProcessLogs.
    ///
    /// @param name Process name ('group:name').
    /// @return Always True unless error.
    /// @throws BadName No process, group or application of that name.
    /// @throws Failed The operation failed.
    /// @throws ShutdownState supervisord is shutting down.
    bool clearProcessLog(const std::string& name);

    /// Clear the logs of every process.
    ///
    /// @return One status per process.
    /// @throws ShutdownState supervisord is shutting down.
    std::vector<ProcessStatus> clearAllProcessLogs();

    /// Send characters to a process' stdin (encoded as UTF-8).
    ///
    /// @param name Process name ('group:name').
    /// @param chars The characters to send.
    /// @return Always True unless error.
    /// @throws BadName No process, group or application of that name.
    /// @throws NotRunning The process is not running.
    /// @throws NoFile A file (log, command) does not exist.
    /// @throws IncorrectParameters Wrong number or type of parameters.
    /// @throws ShutdownState supervisord is shutting down.
    bool sendProcessStdin(const std::string& name, const std::string& chars);

    /// Emit a RemoteCommunicationEvent to the event listeners that subscribe to it.
    ///
    /// @param type The 'type' key of the event header.
    /// @param data The event body.
    /// @return Always True unless error.
    bool sendRemoteCommEvent(const std::string& type, const std::string& data);

private:
    Caller& caller_;
};

}  // namespace supvisors
