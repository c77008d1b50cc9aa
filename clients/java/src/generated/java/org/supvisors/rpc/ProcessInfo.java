// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Supervisor's information on one process of the local supervisord.
 *
 * <p>On the wire: a struct. Unknown members are ignored when decoding; a missing required member or
 * a member of the wrong type is a {@link DecodeException}.
 */
public final class ProcessInfo {
    private final String name;
    private final String group;
    private final String description;
    private final int start;
    private final int stop;
    private final int now;
    private final ProcessStates state;
    private final String statename;
    private final String spawnerr;
    private final int exitstatus;
    private final String logfile;
    private final String stdoutLogfile;
    private final String stderrLogfile;
    private final int pid;

    /**
     * Builds a value.
     *
     * @param name Program name.
     * @param group Group name.
     * @param description Human readable status, e.g. 'pid 123, uptime 0:01:02'.
     * @param start Epoch time of the last start, 0 if never started.
     * @param stop Epoch time of the last stop, 0 if never stopped.
     * @param now Epoch time of the supervisord answering.
     * @param state State code.
     * @param statename State name.
     * @param spawnerr The last spawn error, or empty.
     * @param exitstatus The last exit status, 0 if still running.
     * @param logfile Deprecated alias of stdout_logfile.
     * @param stdoutLogfile Path of the stdout log, or empty.
     * @param stderrLogfile Path of the stderr log, or empty.
     * @param pid PID of the process, 0 if not running.
     */
    public ProcessInfo(String name, String group, String description, int start, int stop, int now, ProcessStates state, String statename, String spawnerr, int exitstatus, String logfile, String stdoutLogfile, String stderrLogfile, int pid) {
        this.name = Objects.requireNonNull(name, "name");
        this.group = Objects.requireNonNull(group, "group");
        this.description = Objects.requireNonNull(description, "description");
        this.start = start;
        this.stop = stop;
        this.now = now;
        this.state = Objects.requireNonNull(state, "state");
        this.statename = Objects.requireNonNull(statename, "statename");
        this.spawnerr = Objects.requireNonNull(spawnerr, "spawnerr");
        this.exitstatus = exitstatus;
        this.logfile = Objects.requireNonNull(logfile, "logfile");
        this.stdoutLogfile = Objects.requireNonNull(stdoutLogfile, "stdoutLogfile");
        this.stderrLogfile = Objects.requireNonNull(stderrLogfile, "stderrLogfile");
        this.pid = pid;
    }

    /**
     * Program name.
     * <p>Wire name: {@code name}.
     */
    public String getName() {
        return name;
    }

    /**
     * Group name.
     * <p>Wire name: {@code group}.
     */
    public String getGroup() {
        return group;
    }

    /**
     * Human readable status, e.g. 'pid 123, uptime 0:01:02'.
     * <p>Wire name: {@code description}.
     */
    public String getDescription() {
        return description;
    }

    /**
     * Epoch time of the last start, 0 if never started. Unit: s.
     * <p>Wire name: {@code start}.
     */
    public int getStart() {
        return start;
    }

    /**
     * Epoch time of the last stop, 0 if never stopped. Unit: s.
     * <p>Wire name: {@code stop}.
     */
    public int getStop() {
        return stop;
    }

    /**
     * Epoch time of the supervisord answering. Unit: s.
     * <p>Wire name: {@code now}.
     */
    public int getNow() {
        return now;
    }

    /**
     * State code.
     * <p>Wire name: {@code state}.
     */
    public ProcessStates getState() {
        return state;
    }

    /**
     * State name.
     * <p>Wire name: {@code statename}.
     */
    public String getStatename() {
        return statename;
    }

    /**
     * The last spawn error, or empty.
     * <p>Wire name: {@code spawnerr}.
     */
    public String getSpawnerr() {
        return spawnerr;
    }

    /**
     * The last exit status, 0 if still running.
     * <p>Wire name: {@code exitstatus}.
     */
    public int getExitstatus() {
        return exitstatus;
    }

    /**
     * Deprecated alias of stdout_logfile.
     * <p>Wire name: {@code logfile}.
     */
    public String getLogfile() {
        return logfile;
    }

    /**
     * Path of the stdout log, or empty.
     * <p>Wire name: {@code stdout_logfile}.
     */
    public String getStdoutLogfile() {
        return stdoutLogfile;
    }

    /**
     * Path of the stderr log, or empty.
     * <p>Wire name: {@code stderr_logfile}.
     */
    public String getStderrLogfile() {
        return stderrLogfile;
    }

    /**
     * PID of the process, 0 if not running.
     * <p>Wire name: {@code pid}.
     */
    public int getPid() {
        return pid;
    }

    /**
     * Decodes a wire value found at where (e.g. "supervisor.getState").
     *
     * @throws DecodeException if the value does not have the shape of ProcessInfo
     */
    public static ProcessInfo fromWire(Object value, String where) {
        Map<?, ?> struct = Wire.toStruct(value, where, "ProcessInfo");
        return new ProcessInfo(
                Wire.field(struct, "name", where, "ProcessInfo", Wire::toStr),
                Wire.field(struct, "group", where, "ProcessInfo", Wire::toStr),
                Wire.field(struct, "description", where, "ProcessInfo", Wire::toStr),
                Wire.field(struct, "start", where, "ProcessInfo", Wire::toInt),
                Wire.field(struct, "stop", where, "ProcessInfo", Wire::toInt),
                Wire.field(struct, "now", where, "ProcessInfo", Wire::toInt),
                Wire.field(struct, "state", where, "ProcessInfo", ProcessStates::fromWire),
                Wire.field(struct, "statename", where, "ProcessInfo", Wire::toStr),
                Wire.field(struct, "spawnerr", where, "ProcessInfo", Wire::toStr),
                Wire.field(struct, "exitstatus", where, "ProcessInfo", Wire::toInt),
                Wire.field(struct, "logfile", where, "ProcessInfo", Wire::toStr),
                Wire.field(struct, "stdout_logfile", where, "ProcessInfo", Wire::toStr),
                Wire.field(struct, "stderr_logfile", where, "ProcessInfo", Wire::toStr),
                Wire.field(struct, "pid", where, "ProcessInfo", Wire::toInt));
    }

    /** Encodes as the wire value: a struct (absent optional fields are left out). */
    public Map<String, Object> toWire() {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("name", name);
        wire.put("group", group);
        wire.put("description", description);
        wire.put("start", start);
        wire.put("stop", stop);
        wire.put("now", now);
        wire.put("state", state.getCode());
        wire.put("statename", statename);
        wire.put("spawnerr", spawnerr);
        wire.put("exitstatus", exitstatus);
        wire.put("logfile", logfile);
        wire.put("stdout_logfile", stdoutLogfile);
        wire.put("stderr_logfile", stderrLogfile);
        wire.put("pid", pid);
        return Collections.unmodifiableMap(wire);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ProcessInfo)) {
            return false;
        }
        ProcessInfo that = (ProcessInfo) other;
        return Objects.equals(name, that.name)
                && Objects.equals(group, that.group)
                && Objects.equals(description, that.description)
                && Objects.equals(start, that.start)
                && Objects.equals(stop, that.stop)
                && Objects.equals(now, that.now)
                && Objects.equals(state, that.state)
                && Objects.equals(statename, that.statename)
                && Objects.equals(spawnerr, that.spawnerr)
                && Objects.equals(exitstatus, that.exitstatus)
                && Objects.equals(logfile, that.logfile)
                && Objects.equals(stdoutLogfile, that.stdoutLogfile)
                && Objects.equals(stderrLogfile, that.stderrLogfile)
                && Objects.equals(pid, that.pid);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, group, description, start, stop, now, state, statename, spawnerr, exitstatus, logfile, stdoutLogfile, stderrLogfile, pid);
    }

    @Override
    public String toString() {
        return "ProcessInfo{"
                + "name=" + name
                + ", group=" + group
                + ", description=" + description
                + ", start=" + start
                + ", stop=" + stop
                + ", now=" + now
                + ", state=" + state
                + ", statename=" + statename
                + ", spawnerr=" + spawnerr
                + ", exitstatus=" + exitstatus
                + ", logfile=" + logfile
                + ", stdoutLogfile=" + stdoutLogfile
                + ", stderrLogfile=" + stderrLogfile
                + ", pid=" + pid
                + "}";
    }
}
