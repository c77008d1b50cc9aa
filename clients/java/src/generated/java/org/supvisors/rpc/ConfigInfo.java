// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The configuration of one process, as supervisor.getAllConfigInfo reports it. Values that supervisor keeps as None or Automatic travel as the strings 'none' and 'auto'.
 *
 * <p>On the wire: a struct. Unknown members are ignored when decoding; a missing required member or
 * a member of the wrong type is a {@link DecodeException}.
 */
public final class ConfigInfo {
    private final boolean autostart;
    private final String directory;
    private final Object uid;
    private final String command;
    private final List<Integer> exitcodes;
    private final String group;
    private final int groupPrio;
    private final boolean inuse;
    private final boolean killasgroup;
    private final String name;
    private final int processPrio;
    private final boolean redirectStderr;
    private final int startretries;
    private final int startsecs;
    private final int stdoutCaptureMaxbytes;
    private final boolean stdoutEventsEnabled;
    private final String stdoutLogfile;
    private final int stdoutLogfileBackups;
    private final int stdoutLogfileMaxbytes;
    private final boolean stdoutSyslog;
    private final int stopsignal;
    private final int stopwaitsecs;
    private final int stderrCaptureMaxbytes;
    private final boolean stderrEventsEnabled;
    private final String stderrLogfile;
    private final int stderrLogfileBackups;
    private final int stderrLogfileMaxbytes;
    private final boolean stderrSyslog;
    private final String serverurl;

    /**
     * Builds a value.
     *
     * @param autostart Start with supervisord.
     * @param directory Working directory, or 'none'.
     * @param uid User id (int), or the string 'none'.
     * @param command Command line.
     * @param exitcodes Expected exit codes.
     * @param group Group name.
     * @param groupPrio Group priority.
     * @param inuse True if the group is active.
     * @param killasgroup Signal the whole process group on kill.
     * @param name Program name.
     * @param processPrio Process priority.
     * @param redirectStderr stderr goes to the stdout log.
     * @param startretries Start retries before FATAL.
     * @param startsecs Seconds to stay up to count as started.
     * @param stdoutCaptureMaxbytes Capture mode buffer size.
     * @param stdoutEventsEnabled Emit stdout log events.
     * @param stdoutLogfile stdout log path, 'auto' or 'none'.
     * @param stdoutLogfileBackups Number of stdout log backups.
     * @param stdoutLogfileMaxbytes Size of the stdout log before rotation.
     * @param stdoutSyslog Send stdout to syslog.
     * @param stopsignal Stop signal number.
     * @param stopwaitsecs Seconds to wait after the stop signal before SIGKILL.
     * @param stderrCaptureMaxbytes Capture mode buffer size.
     * @param stderrEventsEnabled Emit stderr log events.
     * @param stderrLogfile stderr log path, 'auto' or 'none'.
     * @param stderrLogfileBackups Number of stderr log backups.
     * @param stderrLogfileMaxbytes Size of the stderr log before rotation.
     * @param stderrSyslog Send stderr to syslog.
     * @param serverurl URL given to the process as SUPERVISOR_SERVER_URL, 'auto' or 'none'.
     */
    public ConfigInfo(boolean autostart, String directory, Object uid, String command, List<Integer> exitcodes, String group, int groupPrio, boolean inuse, boolean killasgroup, String name, int processPrio, boolean redirectStderr, int startretries, int startsecs, int stdoutCaptureMaxbytes, boolean stdoutEventsEnabled, String stdoutLogfile, int stdoutLogfileBackups, int stdoutLogfileMaxbytes, boolean stdoutSyslog, int stopsignal, int stopwaitsecs, int stderrCaptureMaxbytes, boolean stderrEventsEnabled, String stderrLogfile, int stderrLogfileBackups, int stderrLogfileMaxbytes, boolean stderrSyslog, String serverurl) {
        this.autostart = autostart;
        this.directory = Objects.requireNonNull(directory, "directory");
        this.uid = Objects.requireNonNull(uid, "uid");
        this.command = Objects.requireNonNull(command, "command");
        this.exitcodes = Wire.immutableList(exitcodes, "exitcodes");
        this.group = Objects.requireNonNull(group, "group");
        this.groupPrio = groupPrio;
        this.inuse = inuse;
        this.killasgroup = killasgroup;
        this.name = Objects.requireNonNull(name, "name");
        this.processPrio = processPrio;
        this.redirectStderr = redirectStderr;
        this.startretries = startretries;
        this.startsecs = startsecs;
        this.stdoutCaptureMaxbytes = stdoutCaptureMaxbytes;
        this.stdoutEventsEnabled = stdoutEventsEnabled;
        this.stdoutLogfile = Objects.requireNonNull(stdoutLogfile, "stdoutLogfile");
        this.stdoutLogfileBackups = stdoutLogfileBackups;
        this.stdoutLogfileMaxbytes = stdoutLogfileMaxbytes;
        this.stdoutSyslog = stdoutSyslog;
        this.stopsignal = stopsignal;
        this.stopwaitsecs = stopwaitsecs;
        this.stderrCaptureMaxbytes = stderrCaptureMaxbytes;
        this.stderrEventsEnabled = stderrEventsEnabled;
        this.stderrLogfile = Objects.requireNonNull(stderrLogfile, "stderrLogfile");
        this.stderrLogfileBackups = stderrLogfileBackups;
        this.stderrLogfileMaxbytes = stderrLogfileMaxbytes;
        this.stderrSyslog = stderrSyslog;
        this.serverurl = Objects.requireNonNull(serverurl, "serverurl");
    }

    /**
     * Start with supervisord.
     * <p>Wire name: {@code autostart}.
     */
    public boolean getAutostart() {
        return autostart;
    }

    /**
     * Working directory, or 'none'.
     * <p>Wire name: {@code directory}.
     */
    public String getDirectory() {
        return directory;
    }

    /**
     * User id (int), or the string 'none'.
     * <p>Wire name: {@code uid}.
     */
    public Object getUid() {
        return uid;
    }

    /**
     * Command line.
     * <p>Wire name: {@code command}.
     */
    public String getCommand() {
        return command;
    }

    /**
     * Expected exit codes.
     * <p>Wire name: {@code exitcodes}.
     */
    public List<Integer> getExitcodes() {
        return exitcodes;
    }

    /**
     * Group name.
     * <p>Wire name: {@code group}.
     */
    public String getGroup() {
        return group;
    }

    /**
     * Group priority.
     * <p>Wire name: {@code group_prio}.
     */
    public int getGroupPrio() {
        return groupPrio;
    }

    /**
     * True if the group is active.
     * <p>Wire name: {@code inuse}.
     */
    public boolean getInuse() {
        return inuse;
    }

    /**
     * Signal the whole process group on kill.
     * <p>Wire name: {@code killasgroup}.
     */
    public boolean getKillasgroup() {
        return killasgroup;
    }

    /**
     * Program name.
     * <p>Wire name: {@code name}.
     */
    public String getName() {
        return name;
    }

    /**
     * Process priority.
     * <p>Wire name: {@code process_prio}.
     */
    public int getProcessPrio() {
        return processPrio;
    }

    /**
     * stderr goes to the stdout log.
     * <p>Wire name: {@code redirect_stderr}.
     */
    public boolean getRedirectStderr() {
        return redirectStderr;
    }

    /**
     * Start retries before FATAL.
     * <p>Wire name: {@code startretries}.
     */
    public int getStartretries() {
        return startretries;
    }

    /**
     * Seconds to stay up to count as started. Unit: s.
     * <p>Wire name: {@code startsecs}.
     */
    public int getStartsecs() {
        return startsecs;
    }

    /**
     * Capture mode buffer size. Unit: bytes.
     * <p>Wire name: {@code stdout_capture_maxbytes}.
     */
    public int getStdoutCaptureMaxbytes() {
        return stdoutCaptureMaxbytes;
    }

    /**
     * Emit stdout log events.
     * <p>Wire name: {@code stdout_events_enabled}.
     */
    public boolean getStdoutEventsEnabled() {
        return stdoutEventsEnabled;
    }

    /**
     * stdout log path, 'auto' or 'none'.
     * <p>Wire name: {@code stdout_logfile}.
     */
    public String getStdoutLogfile() {
        return stdoutLogfile;
    }

    /**
     * Number of stdout log backups.
     * <p>Wire name: {@code stdout_logfile_backups}.
     */
    public int getStdoutLogfileBackups() {
        return stdoutLogfileBackups;
    }

    /**
     * Size of the stdout log before rotation. Unit: bytes.
     * <p>Wire name: {@code stdout_logfile_maxbytes}.
     */
    public int getStdoutLogfileMaxbytes() {
        return stdoutLogfileMaxbytes;
    }

    /**
     * Send stdout to syslog.
     * <p>Wire name: {@code stdout_syslog}.
     */
    public boolean getStdoutSyslog() {
        return stdoutSyslog;
    }

    /**
     * Stop signal number.
     * <p>Wire name: {@code stopsignal}.
     */
    public int getStopsignal() {
        return stopsignal;
    }

    /**
     * Seconds to wait after the stop signal before SIGKILL. Unit: s.
     * <p>Wire name: {@code stopwaitsecs}.
     */
    public int getStopwaitsecs() {
        return stopwaitsecs;
    }

    /**
     * Capture mode buffer size. Unit: bytes.
     * <p>Wire name: {@code stderr_capture_maxbytes}.
     */
    public int getStderrCaptureMaxbytes() {
        return stderrCaptureMaxbytes;
    }

    /**
     * Emit stderr log events.
     * <p>Wire name: {@code stderr_events_enabled}.
     */
    public boolean getStderrEventsEnabled() {
        return stderrEventsEnabled;
    }

    /**
     * stderr log path, 'auto' or 'none'.
     * <p>Wire name: {@code stderr_logfile}.
     */
    public String getStderrLogfile() {
        return stderrLogfile;
    }

    /**
     * Number of stderr log backups.
     * <p>Wire name: {@code stderr_logfile_backups}.
     */
    public int getStderrLogfileBackups() {
        return stderrLogfileBackups;
    }

    /**
     * Size of the stderr log before rotation. Unit: bytes.
     * <p>Wire name: {@code stderr_logfile_maxbytes}.
     */
    public int getStderrLogfileMaxbytes() {
        return stderrLogfileMaxbytes;
    }

    /**
     * Send stderr to syslog.
     * <p>Wire name: {@code stderr_syslog}.
     */
    public boolean getStderrSyslog() {
        return stderrSyslog;
    }

    /**
     * URL given to the process as SUPERVISOR_SERVER_URL, 'auto' or 'none'.
     * <p>Wire name: {@code serverurl}.
     */
    public String getServerurl() {
        return serverurl;
    }

    /**
     * Decodes a wire value found at where (e.g. "supervisor.getState").
     *
     * @throws DecodeException if the value does not have the shape of ConfigInfo
     */
    public static ConfigInfo fromWire(Object value, String where) {
        Map<?, ?> struct = Wire.toStruct(value, where, "ConfigInfo");
        return new ConfigInfo(
                Wire.field(struct, "autostart", where, "ConfigInfo", Wire::toBoolean),
                Wire.field(struct, "directory", where, "ConfigInfo", Wire::toStr),
                Wire.field(struct, "uid", where, "ConfigInfo", Wire::toAny),
                Wire.field(struct, "command", where, "ConfigInfo", Wire::toStr),
                Wire.field(struct, "exitcodes", where, "ConfigInfo", (v0, w0) -> Wire.toList(v0, w0, Wire::toInt)),
                Wire.field(struct, "group", where, "ConfigInfo", Wire::toStr),
                Wire.field(struct, "group_prio", where, "ConfigInfo", Wire::toInt),
                Wire.field(struct, "inuse", where, "ConfigInfo", Wire::toBoolean),
                Wire.field(struct, "killasgroup", where, "ConfigInfo", Wire::toBoolean),
                Wire.field(struct, "name", where, "ConfigInfo", Wire::toStr),
                Wire.field(struct, "process_prio", where, "ConfigInfo", Wire::toInt),
                Wire.field(struct, "redirect_stderr", where, "ConfigInfo", Wire::toBoolean),
                Wire.field(struct, "startretries", where, "ConfigInfo", Wire::toInt),
                Wire.field(struct, "startsecs", where, "ConfigInfo", Wire::toInt),
                Wire.field(struct, "stdout_capture_maxbytes", where, "ConfigInfo", Wire::toInt),
                Wire.field(struct, "stdout_events_enabled", where, "ConfigInfo", Wire::toBoolean),
                Wire.field(struct, "stdout_logfile", where, "ConfigInfo", Wire::toStr),
                Wire.field(struct, "stdout_logfile_backups", where, "ConfigInfo", Wire::toInt),
                Wire.field(struct, "stdout_logfile_maxbytes", where, "ConfigInfo", Wire::toInt),
                Wire.field(struct, "stdout_syslog", where, "ConfigInfo", Wire::toBoolean),
                Wire.field(struct, "stopsignal", where, "ConfigInfo", Wire::toInt),
                Wire.field(struct, "stopwaitsecs", where, "ConfigInfo", Wire::toInt),
                Wire.field(struct, "stderr_capture_maxbytes", where, "ConfigInfo", Wire::toInt),
                Wire.field(struct, "stderr_events_enabled", where, "ConfigInfo", Wire::toBoolean),
                Wire.field(struct, "stderr_logfile", where, "ConfigInfo", Wire::toStr),
                Wire.field(struct, "stderr_logfile_backups", where, "ConfigInfo", Wire::toInt),
                Wire.field(struct, "stderr_logfile_maxbytes", where, "ConfigInfo", Wire::toInt),
                Wire.field(struct, "stderr_syslog", where, "ConfigInfo", Wire::toBoolean),
                Wire.field(struct, "serverurl", where, "ConfigInfo", Wire::toStr));
    }

    /** Encodes as the wire value: a struct (absent optional fields are left out). */
    public Map<String, Object> toWire() {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("autostart", autostart);
        wire.put("directory", directory);
        wire.put("uid", Wire.encodeAny(uid));
        wire.put("command", command);
        wire.put("exitcodes", Wire.encodeList(exitcodes, v0 -> v0));
        wire.put("group", group);
        wire.put("group_prio", groupPrio);
        wire.put("inuse", inuse);
        wire.put("killasgroup", killasgroup);
        wire.put("name", name);
        wire.put("process_prio", processPrio);
        wire.put("redirect_stderr", redirectStderr);
        wire.put("startretries", startretries);
        wire.put("startsecs", startsecs);
        wire.put("stdout_capture_maxbytes", stdoutCaptureMaxbytes);
        wire.put("stdout_events_enabled", stdoutEventsEnabled);
        wire.put("stdout_logfile", stdoutLogfile);
        wire.put("stdout_logfile_backups", stdoutLogfileBackups);
        wire.put("stdout_logfile_maxbytes", stdoutLogfileMaxbytes);
        wire.put("stdout_syslog", stdoutSyslog);
        wire.put("stopsignal", stopsignal);
        wire.put("stopwaitsecs", stopwaitsecs);
        wire.put("stderr_capture_maxbytes", stderrCaptureMaxbytes);
        wire.put("stderr_events_enabled", stderrEventsEnabled);
        wire.put("stderr_logfile", stderrLogfile);
        wire.put("stderr_logfile_backups", stderrLogfileBackups);
        wire.put("stderr_logfile_maxbytes", stderrLogfileMaxbytes);
        wire.put("stderr_syslog", stderrSyslog);
        wire.put("serverurl", serverurl);
        return Collections.unmodifiableMap(wire);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ConfigInfo)) {
            return false;
        }
        ConfigInfo that = (ConfigInfo) other;
        return Objects.equals(autostart, that.autostart)
                && Objects.equals(directory, that.directory)
                && Objects.equals(uid, that.uid)
                && Objects.equals(command, that.command)
                && Objects.equals(exitcodes, that.exitcodes)
                && Objects.equals(group, that.group)
                && Objects.equals(groupPrio, that.groupPrio)
                && Objects.equals(inuse, that.inuse)
                && Objects.equals(killasgroup, that.killasgroup)
                && Objects.equals(name, that.name)
                && Objects.equals(processPrio, that.processPrio)
                && Objects.equals(redirectStderr, that.redirectStderr)
                && Objects.equals(startretries, that.startretries)
                && Objects.equals(startsecs, that.startsecs)
                && Objects.equals(stdoutCaptureMaxbytes, that.stdoutCaptureMaxbytes)
                && Objects.equals(stdoutEventsEnabled, that.stdoutEventsEnabled)
                && Objects.equals(stdoutLogfile, that.stdoutLogfile)
                && Objects.equals(stdoutLogfileBackups, that.stdoutLogfileBackups)
                && Objects.equals(stdoutLogfileMaxbytes, that.stdoutLogfileMaxbytes)
                && Objects.equals(stdoutSyslog, that.stdoutSyslog)
                && Objects.equals(stopsignal, that.stopsignal)
                && Objects.equals(stopwaitsecs, that.stopwaitsecs)
                && Objects.equals(stderrCaptureMaxbytes, that.stderrCaptureMaxbytes)
                && Objects.equals(stderrEventsEnabled, that.stderrEventsEnabled)
                && Objects.equals(stderrLogfile, that.stderrLogfile)
                && Objects.equals(stderrLogfileBackups, that.stderrLogfileBackups)
                && Objects.equals(stderrLogfileMaxbytes, that.stderrLogfileMaxbytes)
                && Objects.equals(stderrSyslog, that.stderrSyslog)
                && Objects.equals(serverurl, that.serverurl);
    }

    @Override
    public int hashCode() {
        return Objects.hash(autostart, directory, uid, command, exitcodes, group, groupPrio, inuse, killasgroup, name, processPrio, redirectStderr, startretries, startsecs, stdoutCaptureMaxbytes, stdoutEventsEnabled, stdoutLogfile, stdoutLogfileBackups, stdoutLogfileMaxbytes, stdoutSyslog, stopsignal, stopwaitsecs, stderrCaptureMaxbytes, stderrEventsEnabled, stderrLogfile, stderrLogfileBackups, stderrLogfileMaxbytes, stderrSyslog, serverurl);
    }

    @Override
    public String toString() {
        return "ConfigInfo{"
                + "autostart=" + autostart
                + ", directory=" + directory
                + ", uid=" + uid
                + ", command=" + command
                + ", exitcodes=" + exitcodes
                + ", group=" + group
                + ", groupPrio=" + groupPrio
                + ", inuse=" + inuse
                + ", killasgroup=" + killasgroup
                + ", name=" + name
                + ", processPrio=" + processPrio
                + ", redirectStderr=" + redirectStderr
                + ", startretries=" + startretries
                + ", startsecs=" + startsecs
                + ", stdoutCaptureMaxbytes=" + stdoutCaptureMaxbytes
                + ", stdoutEventsEnabled=" + stdoutEventsEnabled
                + ", stdoutLogfile=" + stdoutLogfile
                + ", stdoutLogfileBackups=" + stdoutLogfileBackups
                + ", stdoutLogfileMaxbytes=" + stdoutLogfileMaxbytes
                + ", stdoutSyslog=" + stdoutSyslog
                + ", stopsignal=" + stopsignal
                + ", stopwaitsecs=" + stopwaitsecs
                + ", stderrCaptureMaxbytes=" + stderrCaptureMaxbytes
                + ", stderrEventsEnabled=" + stderrEventsEnabled
                + ", stderrLogfile=" + stderrLogfile
                + ", stderrLogfileBackups=" + stderrLogfileBackups
                + ", stderrLogfileMaxbytes=" + stderrLogfileMaxbytes
                + ", stderrSyslog=" + stderrSyslog
                + ", serverurl=" + serverurl
                + "}";
    }
}
