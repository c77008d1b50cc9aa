// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

import java.util.List;
import java.util.Objects;

/**
 * The {@code supervisor} namespace: Control of one supervisord, exactly as supervisor 4.3 serves it.
 *
 * <p>Every method sends one XML-RPC call through the {@link SupervisorXmlRpcClient} and decodes the
 * reply strictly. Errors are unchecked: {@link SupvisorsFaultException} (a subclass per fault code),
 * {@link TransportException}, {@link DecodeException}.
 */
public final class SupervisorXmlRpc {
    private final SupervisorXmlRpcClient client;

    public SupervisorXmlRpc(SupervisorXmlRpcClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * Return the version of supervisor's RPC API.
     *
     * <p>Wire name: {@code supervisor.getAPIVersion}.
     *
     * @return The version id, e.g. '3.0'.
     */
    public String getAPIVersion() {
        Object reply = client.call("supervisor.getAPIVersion");
        return Wire.toStr(reply, "supervisor.getAPIVersion");
    }

    /**
     * Deprecated alias of getAPIVersion.
     *
     * <p>Wire name: {@code supervisor.getVersion}.
     *
     * @return The version id.
     * @deprecated Deprecated alias of {@link #getAPIVersion}.
     */
    @Deprecated
    public String getVersion() {
        Object reply = client.call("supervisor.getVersion");
        return Wire.toStr(reply, "supervisor.getVersion");
    }

    /**
     * Return the version of the supervisor package in use.
     *
     * <p>Wire name: {@code supervisor.getSupervisorVersion}.
     *
     * @return The version id.
     */
    public String getSupervisorVersion() {
        Object reply = client.call("supervisor.getSupervisorVersion");
        return Wire.toStr(reply, "supervisor.getSupervisorVersion");
    }

    /**
     * Return the identifier of this supervisord (the `identifier` setting).
     *
     * <p>Wire name: {@code supervisor.getIdentification}.
     *
     * @return The identifier.
     */
    public String getIdentification() {
        Object reply = client.call("supervisor.getIdentification");
        return Wire.toStr(reply, "supervisor.getIdentification");
    }

    /**
     * Return the state of this supervisord.
     *
     * <p>Wire name: {@code supervisor.getState}.
     *
     * @return The state code and name.
     */
    public SupervisorState getState() {
        Object reply = client.call("supervisor.getState");
        return SupervisorState.fromWire(reply, "supervisor.getState");
    }

    /**
     * Return the PID of this supervisord.
     *
     * <p>Wire name: {@code supervisor.getPID}.
     *
     * @return The PID.
     */
    public int getPID() {
        Object reply = client.call("supervisor.getPID");
        return Wire.toInt(reply, "supervisor.getPID");
    }

    /**
     * Read length bytes of the main log from offset (negative offsets count from the end).
     *
     * <p>Wire name: {@code supervisor.readLog}.
     *
     * @param offset Offset to start reading from.
     * @param length Number of bytes to read (0 reads to the end).
     * @return The bytes of the log.
     * @throws NoFileException A file (log, command) does not exist.
     * @throws BadArgumentsException Arguments are not acceptable.
     * @throws FailedException The operation failed.
     */
    public String readLog(int offset, int length) {
        Object reply = client.call("supervisor.readLog", offset, length);
        return Wire.toStr(reply, "supervisor.readLog");
    }

    /**
     * Deprecated alias of readLog.
     *
     * <p>Wire name: {@code supervisor.readMainLog}.
     *
     * @param offset Offset to start reading from.
     * @param length Number of bytes to read.
     * @return The bytes of the log.
     * @throws NoFileException A file (log, command) does not exist.
     * @throws BadArgumentsException Arguments are not acceptable.
     * @throws FailedException The operation failed.
     * @deprecated Deprecated alias of {@link #readLog}.
     */
    @Deprecated
    public String readMainLog(int offset, int length) {
        Object reply = client.call("supervisor.readMainLog", offset, length);
        return Wire.toStr(reply, "supervisor.readMainLog");
    }

    /**
     * Clear the main log.
     *
     * <p>Wire name: {@code supervisor.clearLog}.
     *
     * @return Always True unless error.
     * @throws NoFileException A file (log, command) does not exist.
     * @throws FailedException The operation failed.
     */
    public boolean clearLog() {
        Object reply = client.call("supervisor.clearLog");
        return Wire.toBoolean(reply, "supervisor.clearLog");
    }

    /**
     * Shut down this supervisord.
     *
     * <p>Wire name: {@code supervisor.shutdown}.
     *
     * @return Always True unless error.
     * @throws ShutdownStateException supervisord is shutting down.
     */
    public boolean shutdown() {
        Object reply = client.call("supervisor.shutdown");
        return Wire.toBoolean(reply, "supervisor.shutdown");
    }

    /**
     * Restart this supervisord.
     *
     * <p>Wire name: {@code supervisor.restart}.
     *
     * @return Always True unless error.
     * @throws ShutdownStateException supervisord is shutting down.
     */
    public boolean restart() {
        Object reply = client.call("supervisor.restart");
        return Wire.toBoolean(reply, "supervisor.restart");
    }

    /**
     * Read the configuration again and report the groups added, changed and removed (nothing is applied).
     *
     * <p>Wire name: {@code supervisor.reloadConfig}.
     *
     * @return One item: [[added, changed, removed]].
     * @throws CantRereadException The configuration file cannot be read again.
     * @throws ShutdownStateException supervisord is shutting down.
     */
    public List<ConfigChanges> reloadConfig() {
        Object reply = client.call("supervisor.reloadConfig");
        return Wire.toList(reply, "supervisor.reloadConfig", ConfigChanges::fromWire);
    }

    /**
     * Activate a process group of the configuration.
     *
     * <p>Wire name: {@code supervisor.addProcessGroup}.
     *
     * @param name Name of the group to add.
     * @return True if added.
     * @throws BadNameException No process, group or application of that name.
     * @throws AlreadyAddedException The process group is already active.
     * @throws ShutdownStateException supervisord is shutting down.
     */
    public boolean addProcessGroup(String name) {
        Objects.requireNonNull(name, "name");
        Object reply = client.call("supervisor.addProcessGroup", name);
        return Wire.toBoolean(reply, "supervisor.addProcessGroup");
    }

    /**
     * Remove a stopped process group from the active configuration.
     *
     * <p>Wire name: {@code supervisor.removeProcessGroup}.
     *
     * @param name Name of the group to remove.
     * @return True if removed.
     * @throws BadNameException No process, group or application of that name.
     * @throws StillRunningException The process group still has running processes.
     * @throws ShutdownStateException supervisord is shutting down.
     */
    public boolean removeProcessGroup(String name) {
        Objects.requireNonNull(name, "name");
        Object reply = client.call("supervisor.removeProcessGroup", name);
        return Wire.toBoolean(reply, "supervisor.removeProcessGroup");
    }

    /**
     * Start a process. Typed clients take a process name ('group:name'); a 'group:*' name makes supervisor answer with startProcessGroup's array, which the typed clients refuse as a decoding error: use startProcessGroup for groups.
     *
     * <p>Wire name: {@code supervisor.startProcess}.
     *
     * @param name Process name ('group:name').
     * @param wait Wait for the process to be fully started. Default: true.
     * @return Always True unless error.
     * @throws BadNameException No process, group or application of that name.
     * @throws NoFileException A file (log, command) does not exist.
     * @throws NotExecutableException The command cannot be executed.
     * @throws AlreadyStartedException The process or application is already running.
     * @throws SpawnErrorException The process could not be spawned.
     * @throws AbnormalTerminationException The process could not be started or stopped as asked.
     * @throws ShutdownStateException supervisord is shutting down.
     */
    public boolean startProcess(String name, boolean wait) {
        Objects.requireNonNull(name, "name");
        Object reply = client.call("supervisor.startProcess", name, wait);
        return Wire.toBoolean(reply, "supervisor.startProcess");
    }

    /**
     * {@link #startProcess(String, boolean) startProcess} with wait = true.
     */
    public boolean startProcess(String name) {
        return startProcess(name, true);
    }

    /**
     * Start all processes of a group.
     *
     * <p>Wire name: {@code supervisor.startProcessGroup}.
     *
     * @param name Group name.
     * @param wait Wait for each process to be fully started. Default: true.
     * @return One status per process.
     * @throws BadNameException No process, group or application of that name.
     * @throws ShutdownStateException supervisord is shutting down.
     */
    public List<ProcessStatus> startProcessGroup(String name, boolean wait) {
        Objects.requireNonNull(name, "name");
        Object reply = client.call("supervisor.startProcessGroup", name, wait);
        return Wire.toList(reply, "supervisor.startProcessGroup", ProcessStatus::fromWire);
    }

    /**
     * {@link #startProcessGroup(String, boolean) startProcessGroup} with wait = true.
     */
    public List<ProcessStatus> startProcessGroup(String name) {
        return startProcessGroup(name, true);
    }

    /**
     * Start all processes of the configuration.
     *
     * <p>Wire name: {@code supervisor.startAllProcesses}.
     *
     * @param wait Wait for each process to be fully started. Default: true.
     * @return One status per process.
     * @throws ShutdownStateException supervisord is shutting down.
     */
    public List<ProcessStatus> startAllProcesses(boolean wait) {
        Object reply = client.call("supervisor.startAllProcesses", wait);
        return Wire.toList(reply, "supervisor.startAllProcesses", ProcessStatus::fromWire);
    }

    /**
     * {@link #startAllProcesses(boolean) startAllProcesses} with wait = true.
     */
    public List<ProcessStatus> startAllProcesses() {
        return startAllProcesses(true);
    }

    /**
     * Stop a process. As for startProcess, typed clients take a process name; use stopProcessGroup for groups.
     *
     * <p>Wire name: {@code supervisor.stopProcess}.
     *
     * @param name Process name ('group:name').
     * @param wait Wait for the process to be fully stopped. Default: true.
     * @return Always True unless error.
     * @throws BadNameException No process, group or application of that name.
     * @throws NotRunningException The process is not running.
     * @throws FailedException The operation failed.
     * @throws ShutdownStateException supervisord is shutting down.
     */
    public boolean stopProcess(String name, boolean wait) {
        Objects.requireNonNull(name, "name");
        Object reply = client.call("supervisor.stopProcess", name, wait);
        return Wire.toBoolean(reply, "supervisor.stopProcess");
    }

    /**
     * {@link #stopProcess(String, boolean) stopProcess} with wait = true.
     */
    public boolean stopProcess(String name) {
        return stopProcess(name, true);
    }

    /**
     * Stop all processes of a group.
     *
     * <p>Wire name: {@code supervisor.stopProcessGroup}.
     *
     * @param name Group name.
     * @param wait Wait for each process to be fully stopped. Default: true.
     * @return One status per process.
     * @throws BadNameException No process, group or application of that name.
     * @throws ShutdownStateException supervisord is shutting down.
     */
    public List<ProcessStatus> stopProcessGroup(String name, boolean wait) {
        Objects.requireNonNull(name, "name");
        Object reply = client.call("supervisor.stopProcessGroup", name, wait);
        return Wire.toList(reply, "supervisor.stopProcessGroup", ProcessStatus::fromWire);
    }

    /**
     * {@link #stopProcessGroup(String, boolean) stopProcessGroup} with wait = true.
     */
    public List<ProcessStatus> stopProcessGroup(String name) {
        return stopProcessGroup(name, true);
    }

    /**
     * Stop all processes of the configuration.
     *
     * <p>Wire name: {@code supervisor.stopAllProcesses}.
     *
     * @param wait Wait for each process to be fully stopped. Default: true.
     * @return One status per process.
     * @throws ShutdownStateException supervisord is shutting down.
     */
    public List<ProcessStatus> stopAllProcesses(boolean wait) {
        Object reply = client.call("supervisor.stopAllProcesses", wait);
        return Wire.toList(reply, "supervisor.stopAllProcesses", ProcessStatus::fromWire);
    }

    /**
     * {@link #stopAllProcesses(boolean) stopAllProcesses} with wait = true.
     */
    public List<ProcessStatus> stopAllProcesses() {
        return stopAllProcesses(true);
    }

    /**
     * Send a UNIX signal to a process.
     *
     * <p>Wire name: {@code supervisor.signalProcess}.
     *
     * @param name Process name ('group:name').
     * @param signal Signal name ('HUP') or number ('1').
     * @return Always True unless error.
     * @throws BadNameException No process, group or application of that name.
     * @throws BadSignalException Not a signal name or number.
     * @throws NotRunningException The process is not running.
     * @throws FailedException The operation failed.
     * @throws ShutdownStateException supervisord is shutting down.
     */
    public boolean signalProcess(String name, String signal) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(signal, "signal");
        Object reply = client.call("supervisor.signalProcess", name, signal);
        return Wire.toBoolean(reply, "supervisor.signalProcess");
    }

    /**
     * Send a UNIX signal to all processes of a group.
     *
     * <p>Wire name: {@code supervisor.signalProcessGroup}.
     *
     * @param name Group name.
     * @param signal Signal name ('HUP') or number ('1').
     * @return One status per process.
     * @throws BadNameException No process, group or application of that name.
     * @throws ShutdownStateException supervisord is shutting down.
     */
    public List<ProcessStatus> signalProcessGroup(String name, String signal) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(signal, "signal");
        Object reply = client.call("supervisor.signalProcessGroup", name, signal);
        return Wire.toList(reply, "supervisor.signalProcessGroup", ProcessStatus::fromWire);
    }

    /**
     * Send a UNIX signal to all processes.
     *
     * <p>Wire name: {@code supervisor.signalAllProcesses}.
     *
     * @param signal Signal name ('HUP') or number ('1').
     * @return One status per process.
     * @throws ShutdownStateException supervisord is shutting down.
     */
    public List<ProcessStatus> signalAllProcesses(String signal) {
        Objects.requireNonNull(signal, "signal");
        Object reply = client.call("supervisor.signalAllProcesses", signal);
        return Wire.toList(reply, "supervisor.signalAllProcesses", ProcessStatus::fromWire);
    }

    /**
     * Return the configuration of every process (groups flattened), sorted by name.
     *
     * <p>Wire name: {@code supervisor.getAllConfigInfo}.
     *
     * @return One struct per process.
     * @throws ShutdownStateException supervisord is shutting down.
     */
    public List<ConfigInfo> getAllConfigInfo() {
        Object reply = client.call("supervisor.getAllConfigInfo");
        return Wire.toList(reply, "supervisor.getAllConfigInfo", ConfigInfo::fromWire);
    }

    /**
     * Return supervisor's information on one process.
     *
     * <p>Wire name: {@code supervisor.getProcessInfo}.
     *
     * @param name Process name ('group:name').
     * @return The process information.
     * @throws BadNameException No process, group or application of that name.
     * @throws ShutdownStateException supervisord is shutting down.
     */
    public ProcessInfo getProcessInfo(String name) {
        Objects.requireNonNull(name, "name");
        Object reply = client.call("supervisor.getProcessInfo", name);
        return ProcessInfo.fromWire(reply, "supervisor.getProcessInfo");
    }

    /**
     * Return supervisor's information on every process.
     *
     * <p>Wire name: {@code supervisor.getAllProcessInfo}.
     *
     * @return One struct per process.
     * @throws ShutdownStateException supervisord is shutting down.
     */
    public List<ProcessInfo> getAllProcessInfo() {
        Object reply = client.call("supervisor.getAllProcessInfo");
        return Wire.toList(reply, "supervisor.getAllProcessInfo", ProcessInfo::fromWire);
    }

    /**
     * Read length bytes of a process' stdout log from offset.
     *
     * <p>Wire name: {@code supervisor.readProcessStdoutLog}.
     *
     * @param name Process name ('group:name').
     * @param offset Offset to start reading from.
     * @param length Number of bytes to read.
     * @return The bytes of the log.
     * @throws BadNameException No process, group or application of that name.
     * @throws NoFileException A file (log, command) does not exist.
     * @throws BadArgumentsException Arguments are not acceptable.
     * @throws FailedException The operation failed.
     * @throws ShutdownStateException supervisord is shutting down.
     */
    public String readProcessStdoutLog(String name, int offset, int length) {
        Objects.requireNonNull(name, "name");
        Object reply = client.call("supervisor.readProcessStdoutLog", name, offset, length);
        return Wire.toStr(reply, "supervisor.readProcessStdoutLog");
    }

    /**
     * Deprecated alias of readProcessStdoutLog.
     *
     * <p>Wire name: {@code supervisor.readProcessLog}.
     *
     * @param name Process name ('group:name').
     * @param offset Offset to start reading from.
     * @param length Number of bytes to read.
     * @return The bytes of the log.
     * @throws BadNameException No process, group or application of that name.
     * @throws NoFileException A file (log, command) does not exist.
     * @throws BadArgumentsException Arguments are not acceptable.
     * @throws FailedException The operation failed.
     * @throws ShutdownStateException supervisord is shutting down.
     * @deprecated Deprecated alias of {@link #readProcessStdoutLog}.
     */
    @Deprecated
    public String readProcessLog(String name, int offset, int length) {
        Objects.requireNonNull(name, "name");
        Object reply = client.call("supervisor.readProcessLog", name, offset, length);
        return Wire.toStr(reply, "supervisor.readProcessLog");
    }

    /**
     * Read length bytes of a process' stderr log from offset.
     *
     * <p>Wire name: {@code supervisor.readProcessStderrLog}.
     *
     * @param name Process name ('group:name').
     * @param offset Offset to start reading from.
     * @param length Number of bytes to read.
     * @return The bytes of the log.
     * @throws BadNameException No process, group or application of that name.
     * @throws NoFileException A file (log, command) does not exist.
     * @throws BadArgumentsException Arguments are not acceptable.
     * @throws FailedException The operation failed.
     * @throws ShutdownStateException supervisord is shutting down.
     */
    public String readProcessStderrLog(String name, int offset, int length) {
        Objects.requireNonNull(name, "name");
        Object reply = client.call("supervisor.readProcessStderrLog", name, offset, length);
        return Wire.toStr(reply, "supervisor.readProcessStderrLog");
    }

    /**
     * Tail a process' stdout log: return up to length bytes before the end of the log if it grew past offset + length (overflow), else from offset.
     *
     * <p>Wire name: {@code supervisor.tailProcessStdoutLog}.
     *
     * @param name Process name ('group:name').
     * @param offset Offset to start reading from.
     * @param length Maximum number of bytes to return.
     * @return [bytes, offset, overflow].
     * @throws BadNameException No process, group or application of that name.
     * @throws ShutdownStateException supervisord is shutting down.
     */
    public LogTail tailProcessStdoutLog(String name, int offset, int length) {
        Objects.requireNonNull(name, "name");
        Object reply = client.call("supervisor.tailProcessStdoutLog", name, offset, length);
        return LogTail.fromWire(reply, "supervisor.tailProcessStdoutLog");
    }

    /**
     * Deprecated alias of tailProcessStdoutLog.
     *
     * <p>Wire name: {@code supervisor.tailProcessLog}.
     *
     * @param name Process name ('group:name').
     * @param offset Offset to start reading from.
     * @param length Maximum number of bytes to return.
     * @return [bytes, offset, overflow].
     * @throws BadNameException No process, group or application of that name.
     * @throws ShutdownStateException supervisord is shutting down.
     * @deprecated Deprecated alias of {@link #tailProcessStdoutLog}.
     */
    @Deprecated
    public LogTail tailProcessLog(String name, int offset, int length) {
        Objects.requireNonNull(name, "name");
        Object reply = client.call("supervisor.tailProcessLog", name, offset, length);
        return LogTail.fromWire(reply, "supervisor.tailProcessLog");
    }

    /**
     * Tail a process' stderr log, as tailProcessStdoutLog does for stdout.
     *
     * <p>Wire name: {@code supervisor.tailProcessStderrLog}.
     *
     * @param name Process name ('group:name').
     * @param offset Offset to start reading from.
     * @param length Maximum number of bytes to return.
     * @return [bytes, offset, overflow].
     * @throws BadNameException No process, group or application of that name.
     * @throws ShutdownStateException supervisord is shutting down.
     */
    public LogTail tailProcessStderrLog(String name, int offset, int length) {
        Objects.requireNonNull(name, "name");
        Object reply = client.call("supervisor.tailProcessStderrLog", name, offset, length);
        return LogTail.fromWire(reply, "supervisor.tailProcessStderrLog");
    }

    /**
     * Clear the stdout and stderr logs of a process and reopen them.
     *
     * <p>Wire name: {@code supervisor.clearProcessLogs}.
     *
     * @param name Process name ('group:name').
     * @return Always True unless error.
     * @throws BadNameException No process, group or application of that name.
     * @throws FailedException The operation failed.
     * @throws ShutdownStateException supervisord is shutting down.
     */
    public boolean clearProcessLogs(String name) {
        Objects.requireNonNull(name, "name");
        Object reply = client.call("supervisor.clearProcessLogs", name);
        return Wire.toBoolean(reply, "supervisor.clearProcessLogs");
    }

    /**
     * Deprecated alias of clearProcessLogs.
     *
     * <p>Wire name: {@code supervisor.clearProcessLog}.
     *
     * @param name Process name ('group:name').
     * @return Always True unless error.
     * @throws BadNameException No process, group or application of that name.
     * @throws FailedException The operation failed.
     * @throws ShutdownStateException supervisord is shutting down.
     * @deprecated Deprecated alias of {@link #clearProcessLogs}.
     */
    @Deprecated
    public boolean clearProcessLog(String name) {
        Objects.requireNonNull(name, "name");
        Object reply = client.call("supervisor.clearProcessLog", name);
        return Wire.toBoolean(reply, "supervisor.clearProcessLog");
    }

    /**
     * Clear the logs of every process.
     *
     * <p>Wire name: {@code supervisor.clearAllProcessLogs}.
     *
     * @return One status per process.
     * @throws ShutdownStateException supervisord is shutting down.
     */
    public List<ProcessStatus> clearAllProcessLogs() {
        Object reply = client.call("supervisor.clearAllProcessLogs");
        return Wire.toList(reply, "supervisor.clearAllProcessLogs", ProcessStatus::fromWire);
    }

    /**
     * Send characters to a process' stdin (encoded as UTF-8).
     *
     * <p>Wire name: {@code supervisor.sendProcessStdin}.
     *
     * @param name Process name ('group:name').
     * @param chars The characters to send.
     * @return Always True unless error.
     * @throws BadNameException No process, group or application of that name.
     * @throws NotRunningException The process is not running.
     * @throws NoFileException A file (log, command) does not exist.
     * @throws IncorrectParametersException Wrong number or type of parameters.
     * @throws ShutdownStateException supervisord is shutting down.
     */
    public boolean sendProcessStdin(String name, String chars) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(chars, "chars");
        Object reply = client.call("supervisor.sendProcessStdin", name, chars);
        return Wire.toBoolean(reply, "supervisor.sendProcessStdin");
    }

    /**
     * Emit a RemoteCommunicationEvent to the event listeners that subscribe to it.
     *
     * <p>Wire name: {@code supervisor.sendRemoteCommEvent}.
     *
     * @param type The 'type' key of the event header.
     * @param data The event body.
     * @return Always True unless error.
     */
    public boolean sendRemoteCommEvent(String type, String data) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
        Object reply = client.call("supervisor.sendRemoteCommEvent", type, data);
        return Wire.toBoolean(reply, "supervisor.sendRemoteCommEvent");
    }
}
