// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
// Structs of the Supvisors API. Fields marked optional in the spec are std::optional; codec.hpp
// decodes them strictly from the wire.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "supvisors/enums.hpp"
#include "supvisors/value.hpp"

namespace supvisors {

/// State of one supervisord.
struct SupervisorState {
    /// State code.
    SupervisorStates statecode{};
    /// State name.
    std::string statename{};
};

inline bool operator==(const SupervisorState& a, const SupervisorState& b) {
    return a.statecode == b.statecode &&
           a.statename == b.statename;
}

inline bool operator!=(const SupervisorState& a, const SupervisorState& b) { return !(a == b); }

/// Supervisor's information on one process of the local supervisord.
struct ProcessInfo {
    /// Program name.
    std::string name{};
    /// Group name.
    std::string group{};
    /// Human readable status, e.g. 'pid 123, uptime 0:01:02'.
    std::string description{};
    /// Epoch time of the last start, 0 if never started. Unit: s.
    int start{};
    /// Epoch time of the last stop, 0 if never stopped. Unit: s.
    int stop{};
    /// Epoch time of the supervisord answering. Unit: s.
    int now{};
    /// State code.
    ProcessStates state{};
    /// State name.
    std::string statename{};
    /// The last spawn error, or empty.
    std::string spawnerr{};
    /// The last exit status, 0 if still running.
    int exitstatus{};
    /// Deprecated alias of stdout_logfile.
    std::string logfile{};
    /// Path of the stdout log, or empty.
    std::string stdout_logfile{};
    /// Path of the stderr log, or empty.
    std::string stderr_logfile{};
    /// PID of the process, 0 if not running.
    int pid{};
};

inline bool operator==(const ProcessInfo& a, const ProcessInfo& b) {
    return a.name == b.name &&
           a.group == b.group &&
           a.description == b.description &&
           a.start == b.start &&
           a.stop == b.stop &&
           a.now == b.now &&
           a.state == b.state &&
           a.statename == b.statename &&
           a.spawnerr == b.spawnerr &&
           a.exitstatus == b.exitstatus &&
           a.logfile == b.logfile &&
           a.stdout_logfile == b.stdout_logfile &&
           a.stderr_logfile == b.stderr_logfile &&
           a.pid == b.pid;
}

inline bool operator!=(const ProcessInfo& a, const ProcessInfo& b) { return !(a == b); }

/// Result of one process in a group operation (startProcessGroup, stopAllProcesses, ...).
struct ProcessStatus {
    /// Program name.
    std::string name{};
    /// Group name.
    std::string group{};
    /// A fault code; SUCCESS (80) when the operation succeeded.
    int status{};
    /// 'OK', or the text of the fault.
    std::string description{};
};

inline bool operator==(const ProcessStatus& a, const ProcessStatus& b) {
    return a.name == b.name &&
           a.group == b.group &&
           a.status == b.status &&
           a.description == b.description;
}

inline bool operator!=(const ProcessStatus& a, const ProcessStatus& b) { return !(a == b); }

/// The configuration of one process, as supervisor.getAllConfigInfo reports it. Values that supervisor keeps
/// as None or Automatic travel as the strings 'none' and 'auto'.
struct ConfigInfo {
    /// Start with supervisord.
    bool autostart{};
    /// Working directory, or 'none'.
    std::string directory{};
    /// User id (int), or the string 'none'.
    Value uid{};
    /// Command line.
    std::string command{};
    /// Expected exit codes.
    std::vector<int> exitcodes{};
    /// Group name.
    std::string group{};
    /// Group priority.
    int group_prio{};
    /// True if the group is active.
    bool inuse{};
    /// Signal the whole process group on kill.
    bool killasgroup{};
    /// Program name.
    std::string name{};
    /// Process priority.
    int process_prio{};
    /// stderr goes to the stdout log.
    bool redirect_stderr{};
    /// Start retries before FATAL.
    int startretries{};
    /// Seconds to stay up to count as started. Unit: s.
    int startsecs{};
    /// Capture mode buffer size. Unit: bytes.
    int stdout_capture_maxbytes{};
    /// Emit stdout log events.
    bool stdout_events_enabled{};
    /// stdout log path, 'auto' or 'none'.
    std::string stdout_logfile{};
    /// Number of stdout log backups.
    int stdout_logfile_backups{};
    /// Size of the stdout log before rotation. Unit: bytes.
    int stdout_logfile_maxbytes{};
    /// Send stdout to syslog.
    bool stdout_syslog{};
    /// Stop signal number.
    int stopsignal{};
    /// Seconds to wait after the stop signal before SIGKILL. Unit: s.
    int stopwaitsecs{};
    /// Capture mode buffer size. Unit: bytes.
    int stderr_capture_maxbytes{};
    /// Emit stderr log events.
    bool stderr_events_enabled{};
    /// stderr log path, 'auto' or 'none'.
    std::string stderr_logfile{};
    /// Number of stderr log backups.
    int stderr_logfile_backups{};
    /// Size of the stderr log before rotation. Unit: bytes.
    int stderr_logfile_maxbytes{};
    /// Send stderr to syslog.
    bool stderr_syslog{};
    /// URL given to the process as SUPERVISOR_SERVER_URL, 'auto' or 'none'.
    std::string serverurl{};
};

inline bool operator==(const ConfigInfo& a, const ConfigInfo& b) {
    return a.autostart == b.autostart &&
           a.directory == b.directory &&
           a.uid == b.uid &&
           a.command == b.command &&
           a.exitcodes == b.exitcodes &&
           a.group == b.group &&
           a.group_prio == b.group_prio &&
           a.inuse == b.inuse &&
           a.killasgroup == b.killasgroup &&
           a.name == b.name &&
           a.process_prio == b.process_prio &&
           a.redirect_stderr == b.redirect_stderr &&
           a.startretries == b.startretries &&
           a.startsecs == b.startsecs &&
           a.stdout_capture_maxbytes == b.stdout_capture_maxbytes &&
           a.stdout_events_enabled == b.stdout_events_enabled &&
           a.stdout_logfile == b.stdout_logfile &&
           a.stdout_logfile_backups == b.stdout_logfile_backups &&
           a.stdout_logfile_maxbytes == b.stdout_logfile_maxbytes &&
           a.stdout_syslog == b.stdout_syslog &&
           a.stopsignal == b.stopsignal &&
           a.stopwaitsecs == b.stopwaitsecs &&
           a.stderr_capture_maxbytes == b.stderr_capture_maxbytes &&
           a.stderr_events_enabled == b.stderr_events_enabled &&
           a.stderr_logfile == b.stderr_logfile &&
           a.stderr_logfile_backups == b.stderr_logfile_backups &&
           a.stderr_logfile_maxbytes == b.stderr_logfile_maxbytes &&
           a.stderr_syslog == b.stderr_syslog &&
           a.serverurl == b.serverurl;
}

inline bool operator!=(const ConfigInfo& a, const ConfigInfo& b) { return !(a == b); }

/// A chunk of a process log, as the tail methods return it.
///
/// On the wire: a positional array [bytes, offset, overflow].
struct LogTail {
    /// The log text.
    std::string bytes{};
    /// Offset of the end of the log plus one; pass it to the next call. Unit: bytes.
    int offset{};
    /// True if the log grew by more than the length asked since offset.
    bool overflow{};
};

inline bool operator==(const LogTail& a, const LogTail& b) {
    return a.bytes == b.bytes &&
           a.offset == b.offset &&
           a.overflow == b.overflow;
}

inline bool operator!=(const LogTail& a, const LogTail& b) { return !(a == b); }

/// The group names that a reloadConfig added, changed and removed.
///
/// On the wire: a positional array [added, changed, removed].
struct ConfigChanges {
    /// Groups added.
    std::vector<std::string> added{};
    /// Groups whose configuration changed.
    std::vector<std::string> changed{};
    /// Groups removed.
    std::vector<std::string> removed{};
};

inline bool operator==(const ConfigChanges& a, const ConfigChanges& b) {
    return a.added == b.added &&
           a.changed == b.changed &&
           a.removed == b.removed;
}

inline bool operator!=(const ConfigChanges& a, const ConfigChanges& b) { return !(a == b); }

/// One call of a system.multicall.
struct MulticallRequest {
    /// Full method name, e.g. 'supervisor.getState'.
    std::string methodName{};
    /// The call's parameters.
    std::vector<Value> params{};
};

inline bool operator==(const MulticallRequest& a, const MulticallRequest& b) {
    return a.methodName == b.methodName &&
           a.params == b.params;
}

inline bool operator!=(const MulticallRequest& a, const MulticallRequest& b) { return !(a == b); }

/// State of Supvisors.
struct SupvisorsState {
    /// The state of Supvisors. Range: [0;6].
    SupvisorsStates statecode{};
    /// The state of Supvisors as a string.
    std::string statename{};
};

inline bool operator==(const SupvisorsState& a, const SupvisorsState& b) {
    return a.statecode == b.statecode &&
           a.statename == b.statename;
}

inline bool operator!=(const SupvisorsState& a, const SupvisorsState& b) { return !(a == b); }

/// Information about one Supvisors node.
struct AddressInfo {
    /// Address of the Supvisors node.
    std::string address_name{};
    /// State of the node. Range: [0;5].
    AddressStates statecode{};
    /// State of the node as a string.
    std::string statename{};
    /// Date of the last heartbeat received from the node, in the remote reference time (seconds since the
    /// epoch; 0 if none was received). In gossip mode (gossip_fanout > 0), after news of the node relayed by
    /// a peer: its clock then, estimated with the offset seen at its last heartbeat received.
    std::chrono::system_clock::time_point remote_time{};
    /// Date of the last heartbeat received from the node, in the local reference time (seconds since the
    /// epoch; 0 if none was received). In gossip mode (gossip_fanout > 0), the date of the last news that the
    /// node lives, received from it or relayed by a peer.
    std::chrono::system_clock::time_point local_time{};
    /// Sum of the expected loading of the processes running on the node. Unit: %. Range: [0;100].
    int loading{};
};

inline bool operator==(const AddressInfo& a, const AddressInfo& b) {
    return a.address_name == b.address_name &&
           a.statecode == b.statecode &&
           a.statename == b.statename &&
           a.remote_time == b.remote_time &&
           a.local_time == b.local_time &&
           a.loading == b.loading;
}

inline bool operator!=(const AddressInfo& a, const AddressInfo& b) { return !(a == b); }

/// Information about one application.
struct ApplicationInfo {
    /// Name of the application.
    std::string application_name{};
    /// State of the application. Range: [0;4].
    ApplicationStates statecode{};
    /// State of the application as a string.
    std::string statename{};
    /// True if at least one required process is not started.
    bool major_failure{};
    /// True if at least one optional process could not be started.
    bool minor_failure{};
};

inline bool operator==(const ApplicationInfo& a, const ApplicationInfo& b) {
    return a.application_name == b.application_name &&
           a.statecode == b.statecode &&
           a.statename == b.statename &&
           a.major_failure == b.major_failure &&
           a.minor_failure == b.minor_failure;
}

inline bool operator!=(const ApplicationInfo& a, const ApplicationInfo& b) { return !(a == b); }

/// Where a process runs in the cluster. A complement of supervisor's ProcessInfo. More than one address means
/// that a conflict is in progress.
struct SupvisorsProcessInfo {
    /// Name of the process' application.
    std::string application_name{};
    /// Name of the process.
    std::string process_name{};
    /// State of the process.
    ProcessStates statecode{};
    /// State of the process as a string.
    std::string statename{};
    /// All addresses where the process is running.
    std::vector<std::string> addresses{};
    /// Extension: True if the last exit was expected. May be absent.
    std::optional<bool> expected_exit{};
    /// Extension: local time of the last event of the process (seconds since the epoch; 0 if none). May be
    /// absent.
    std::optional<std::chrono::system_clock::time_point> last_event_time{};
};

inline bool operator==(const SupvisorsProcessInfo& a, const SupvisorsProcessInfo& b) {
    return a.application_name == b.application_name &&
           a.process_name == b.process_name &&
           a.statecode == b.statecode &&
           a.statename == b.statename &&
           a.addresses == b.addresses &&
           a.expected_exit == b.expected_exit &&
           a.last_event_time == b.last_event_time;
}

inline bool operator!=(const SupvisorsProcessInfo& a, const SupvisorsProcessInfo& b) { return !(a == b); }

/// The rules used to deploy one process.
struct ProcessRules {
    /// Name of the process' application.
    std::string application_name{};
    /// Name of the process.
    std::string process_name{};
    /// All addresses where the process can be started ('*' is expanded).
    std::vector<std::string> addresses{};
    /// Starting order of the process when its application starts. Range: [0;127].
    int start_sequence{};
    /// Stopping order of the process when its application stops. Range: [0;127].
    int stop_sequence{};
    /// Importance of the process in the application.
    bool required{};
    /// True if Supvisors waits for the process to exit before the next start sequence.
    bool wait_exit{};
    /// Expected loading of the process when RUNNING. Unit: %. Range: [0;100].
    int loading{};
    /// Extension: the same value as loading, under the name that the original Supvisors clients read (the
    /// original supervisorctl plugin fails without it). Unit: %. Range: [0;100]. May be absent.
    std::optional<int> expected_loading{};
};

inline bool operator==(const ProcessRules& a, const ProcessRules& b) {
    return a.application_name == b.application_name &&
           a.process_name == b.process_name &&
           a.addresses == b.addresses &&
           a.start_sequence == b.start_sequence &&
           a.stop_sequence == b.stop_sequence &&
           a.required == b.required &&
           a.wait_exit == b.wait_exit &&
           a.loading == b.loading &&
           a.expected_loading == b.expected_loading;
}

inline bool operator!=(const ProcessRules& a, const ProcessRules& b) { return !(a == b); }

/// A process running on more than one node.
struct Conflict {
    /// Namespec of the process.
    std::string process_name{};
    /// State name of the process.
    std::string state{};
    /// All addresses where the process is running.
    std::vector<std::string> address{};
};

inline bool operator==(const Conflict& a, const Conflict& b) {
    return a.process_name == b.process_name &&
           a.state == b.state &&
           a.address == b.address;
}

inline bool operator!=(const Conflict& a, const Conflict& b) { return !(a == b); }

}  // namespace supvisors
