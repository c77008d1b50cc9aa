// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
// JSON codecs of the spec's enums and structs, in the wire shape (struct field names, enums as int
// codes, positional arrays for array-shaped structs): what the testee reads and writes.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "supvisors/enums.hpp"
#include "supvisors/events.hpp"
#include "supvisors/structs.hpp"
#include "json_wire.hpp"

namespace supvisors::testee {

template <>
struct Json<SupvisorsStates> : EnumJson<SupvisorsStates> {};

template <>
struct Json<AddressStates> : EnumJson<AddressStates> {};

template <>
struct Json<ApplicationStates> : EnumJson<ApplicationStates> {};

template <>
struct Json<ProcessStates> : EnumJson<ProcessStates> {};

template <>
struct Json<SupervisorStates> : EnumJson<SupervisorStates> {};

template <>
struct Json<DeploymentStrategies> : EnumJson<DeploymentStrategies> {};

template <>
struct Json<ConciliationStrategies> : EnumJson<ConciliationStrategies> {};

template <>
struct Json<SupervisorState> {
    static nlohmann::json to(const SupervisorState& v) {
        nlohmann::json out = nlohmann::json::object();
        out["statecode"] = encode_json(v.statecode);
        out["statename"] = encode_json(v.statename);
        return out;
    }

    static SupervisorState from(const nlohmann::json& j, const std::string& where) {
        SupervisorState out;
        check_object(j, where, "SupervisorState");
        out.statecode = member<SupervisorStates>(j, "statecode", where, "SupervisorState");
        out.statename = member<std::string>(j, "statename", where, "SupervisorState");
        return out;
    }
};

template <>
struct Json<ProcessInfo> {
    static nlohmann::json to(const ProcessInfo& v) {
        nlohmann::json out = nlohmann::json::object();
        out["name"] = encode_json(v.name);
        out["group"] = encode_json(v.group);
        out["description"] = encode_json(v.description);
        out["start"] = encode_json(v.start);
        out["stop"] = encode_json(v.stop);
        out["now"] = encode_json(v.now);
        out["state"] = encode_json(v.state);
        out["statename"] = encode_json(v.statename);
        out["spawnerr"] = encode_json(v.spawnerr);
        out["exitstatus"] = encode_json(v.exitstatus);
        out["logfile"] = encode_json(v.logfile);
        out["stdout_logfile"] = encode_json(v.stdout_logfile);
        out["stderr_logfile"] = encode_json(v.stderr_logfile);
        out["pid"] = encode_json(v.pid);
        return out;
    }

    static ProcessInfo from(const nlohmann::json& j, const std::string& where) {
        ProcessInfo out;
        check_object(j, where, "ProcessInfo");
        out.name = member<std::string>(j, "name", where, "ProcessInfo");
        out.group = member<std::string>(j, "group", where, "ProcessInfo");
        out.description = member<std::string>(j, "description", where, "ProcessInfo");
        out.start = member<int>(j, "start", where, "ProcessInfo");
        out.stop = member<int>(j, "stop", where, "ProcessInfo");
        out.now = member<int>(j, "now", where, "ProcessInfo");
        out.state = member<ProcessStates>(j, "state", where, "ProcessInfo");
        out.statename = member<std::string>(j, "statename", where, "ProcessInfo");
        out.spawnerr = member<std::string>(j, "spawnerr", where, "ProcessInfo");
        out.exitstatus = member<int>(j, "exitstatus", where, "ProcessInfo");
        out.logfile = member<std::string>(j, "logfile", where, "ProcessInfo");
        out.stdout_logfile = member<std::string>(j, "stdout_logfile", where, "ProcessInfo");
        out.stderr_logfile = member<std::string>(j, "stderr_logfile", where, "ProcessInfo");
        out.pid = member<int>(j, "pid", where, "ProcessInfo");
        return out;
    }
};

template <>
struct Json<ProcessStatus> {
    static nlohmann::json to(const ProcessStatus& v) {
        nlohmann::json out = nlohmann::json::object();
        out["name"] = encode_json(v.name);
        out["group"] = encode_json(v.group);
        out["status"] = encode_json(v.status);
        out["description"] = encode_json(v.description);
        return out;
    }

    static ProcessStatus from(const nlohmann::json& j, const std::string& where) {
        ProcessStatus out;
        check_object(j, where, "ProcessStatus");
        out.name = member<std::string>(j, "name", where, "ProcessStatus");
        out.group = member<std::string>(j, "group", where, "ProcessStatus");
        out.status = member<int>(j, "status", where, "ProcessStatus");
        out.description = member<std::string>(j, "description", where, "ProcessStatus");
        return out;
    }
};

template <>
struct Json<ConfigInfo> {
    static nlohmann::json to(const ConfigInfo& v) {
        nlohmann::json out = nlohmann::json::object();
        out["autostart"] = encode_json(v.autostart);
        out["directory"] = encode_json(v.directory);
        out["uid"] = encode_json(v.uid);
        out["command"] = encode_json(v.command);
        out["exitcodes"] = encode_json(v.exitcodes);
        out["group"] = encode_json(v.group);
        out["group_prio"] = encode_json(v.group_prio);
        out["inuse"] = encode_json(v.inuse);
        out["killasgroup"] = encode_json(v.killasgroup);
        out["name"] = encode_json(v.name);
        out["process_prio"] = encode_json(v.process_prio);
        out["redirect_stderr"] = encode_json(v.redirect_stderr);
        out["startretries"] = encode_json(v.startretries);
        out["startsecs"] = encode_json(v.startsecs);
        out["stdout_capture_maxbytes"] = encode_json(v.stdout_capture_maxbytes);
        out["stdout_events_enabled"] = encode_json(v.stdout_events_enabled);
        out["stdout_logfile"] = encode_json(v.stdout_logfile);
        out["stdout_logfile_backups"] = encode_json(v.stdout_logfile_backups);
        out["stdout_logfile_maxbytes"] = encode_json(v.stdout_logfile_maxbytes);
        out["stdout_syslog"] = encode_json(v.stdout_syslog);
        out["stopsignal"] = encode_json(v.stopsignal);
        out["stopwaitsecs"] = encode_json(v.stopwaitsecs);
        out["stderr_capture_maxbytes"] = encode_json(v.stderr_capture_maxbytes);
        out["stderr_events_enabled"] = encode_json(v.stderr_events_enabled);
        out["stderr_logfile"] = encode_json(v.stderr_logfile);
        out["stderr_logfile_backups"] = encode_json(v.stderr_logfile_backups);
        out["stderr_logfile_maxbytes"] = encode_json(v.stderr_logfile_maxbytes);
        out["stderr_syslog"] = encode_json(v.stderr_syslog);
        out["serverurl"] = encode_json(v.serverurl);
        return out;
    }

    static ConfigInfo from(const nlohmann::json& j, const std::string& where) {
        ConfigInfo out;
        check_object(j, where, "ConfigInfo");
        out.autostart = member<bool>(j, "autostart", where, "ConfigInfo");
        out.directory = member<std::string>(j, "directory", where, "ConfigInfo");
        out.uid = member<Value>(j, "uid", where, "ConfigInfo");
        out.command = member<std::string>(j, "command", where, "ConfigInfo");
        out.exitcodes = member<std::vector<int>>(j, "exitcodes", where, "ConfigInfo");
        out.group = member<std::string>(j, "group", where, "ConfigInfo");
        out.group_prio = member<int>(j, "group_prio", where, "ConfigInfo");
        out.inuse = member<bool>(j, "inuse", where, "ConfigInfo");
        out.killasgroup = member<bool>(j, "killasgroup", where, "ConfigInfo");
        out.name = member<std::string>(j, "name", where, "ConfigInfo");
        out.process_prio = member<int>(j, "process_prio", where, "ConfigInfo");
        out.redirect_stderr = member<bool>(j, "redirect_stderr", where, "ConfigInfo");
        out.startretries = member<int>(j, "startretries", where, "ConfigInfo");
        out.startsecs = member<int>(j, "startsecs", where, "ConfigInfo");
        out.stdout_capture_maxbytes = member<int>(j, "stdout_capture_maxbytes", where, "ConfigInfo");
        out.stdout_events_enabled = member<bool>(j, "stdout_events_enabled", where, "ConfigInfo");
        out.stdout_logfile = member<std::string>(j, "stdout_logfile", where, "ConfigInfo");
        out.stdout_logfile_backups = member<int>(j, "stdout_logfile_backups", where, "ConfigInfo");
        out.stdout_logfile_maxbytes = member<int>(j, "stdout_logfile_maxbytes", where, "ConfigInfo");
        out.stdout_syslog = member<bool>(j, "stdout_syslog", where, "ConfigInfo");
        out.stopsignal = member<int>(j, "stopsignal", where, "ConfigInfo");
        out.stopwaitsecs = member<int>(j, "stopwaitsecs", where, "ConfigInfo");
        out.stderr_capture_maxbytes = member<int>(j, "stderr_capture_maxbytes", where, "ConfigInfo");
        out.stderr_events_enabled = member<bool>(j, "stderr_events_enabled", where, "ConfigInfo");
        out.stderr_logfile = member<std::string>(j, "stderr_logfile", where, "ConfigInfo");
        out.stderr_logfile_backups = member<int>(j, "stderr_logfile_backups", where, "ConfigInfo");
        out.stderr_logfile_maxbytes = member<int>(j, "stderr_logfile_maxbytes", where, "ConfigInfo");
        out.stderr_syslog = member<bool>(j, "stderr_syslog", where, "ConfigInfo");
        out.serverurl = member<std::string>(j, "serverurl", where, "ConfigInfo");
        return out;
    }
};

template <>
struct Json<LogTail> {
    static nlohmann::json to(const LogTail& v) {
        nlohmann::json out = nlohmann::json::array();
        out.push_back(encode_json(v.bytes));
        out.push_back(encode_json(v.offset));
        out.push_back(encode_json(v.overflow));
        return out;
    }

    static LogTail from(const nlohmann::json& j, const std::string& where) {
        LogTail out;
        check_tuple(j, where, 3, "LogTail");
        out.bytes = decode_json<std::string>(j[0], where + ".bytes");
        out.offset = decode_json<int>(j[1], where + ".offset");
        out.overflow = decode_json<bool>(j[2], where + ".overflow");
        return out;
    }
};

template <>
struct Json<ConfigChanges> {
    static nlohmann::json to(const ConfigChanges& v) {
        nlohmann::json out = nlohmann::json::array();
        out.push_back(encode_json(v.added));
        out.push_back(encode_json(v.changed));
        out.push_back(encode_json(v.removed));
        return out;
    }

    static ConfigChanges from(const nlohmann::json& j, const std::string& where) {
        ConfigChanges out;
        check_tuple(j, where, 3, "ConfigChanges");
        out.added = decode_json<std::vector<std::string>>(j[0], where + ".added");
        out.changed = decode_json<std::vector<std::string>>(j[1], where + ".changed");
        out.removed = decode_json<std::vector<std::string>>(j[2], where + ".removed");
        return out;
    }
};

template <>
struct Json<MulticallRequest> {
    static nlohmann::json to(const MulticallRequest& v) {
        nlohmann::json out = nlohmann::json::object();
        out["methodName"] = encode_json(v.methodName);
        out["params"] = encode_json(v.params);
        return out;
    }

    static MulticallRequest from(const nlohmann::json& j, const std::string& where) {
        MulticallRequest out;
        check_object(j, where, "MulticallRequest");
        out.methodName = member<std::string>(j, "methodName", where, "MulticallRequest");
        out.params = member<std::vector<Value>>(j, "params", where, "MulticallRequest");
        return out;
    }
};

template <>
struct Json<SupvisorsState> {
    static nlohmann::json to(const SupvisorsState& v) {
        nlohmann::json out = nlohmann::json::object();
        out["statecode"] = encode_json(v.statecode);
        out["statename"] = encode_json(v.statename);
        return out;
    }

    static SupvisorsState from(const nlohmann::json& j, const std::string& where) {
        SupvisorsState out;
        check_object(j, where, "SupvisorsState");
        out.statecode = member<SupvisorsStates>(j, "statecode", where, "SupvisorsState");
        out.statename = member<std::string>(j, "statename", where, "SupvisorsState");
        return out;
    }
};

template <>
struct Json<AddressInfo> {
    static nlohmann::json to(const AddressInfo& v) {
        nlohmann::json out = nlohmann::json::object();
        out["address_name"] = encode_json(v.address_name);
        out["statecode"] = encode_json(v.statecode);
        out["statename"] = encode_json(v.statename);
        out["remote_time"] = encode_json(v.remote_time);
        out["local_time"] = encode_json(v.local_time);
        out["loading"] = encode_json(v.loading);
        return out;
    }

    static AddressInfo from(const nlohmann::json& j, const std::string& where) {
        AddressInfo out;
        check_object(j, where, "AddressInfo");
        out.address_name = member<std::string>(j, "address_name", where, "AddressInfo");
        out.statecode = member<AddressStates>(j, "statecode", where, "AddressInfo");
        out.statename = member<std::string>(j, "statename", where, "AddressInfo");
        out.remote_time = member<std::chrono::system_clock::time_point>(j, "remote_time", where, "AddressInfo");
        out.local_time = member<std::chrono::system_clock::time_point>(j, "local_time", where, "AddressInfo");
        out.loading = member<int>(j, "loading", where, "AddressInfo");
        return out;
    }
};

template <>
struct Json<ApplicationInfo> {
    static nlohmann::json to(const ApplicationInfo& v) {
        nlohmann::json out = nlohmann::json::object();
        out["application_name"] = encode_json(v.application_name);
        out["statecode"] = encode_json(v.statecode);
        out["statename"] = encode_json(v.statename);
        out["major_failure"] = encode_json(v.major_failure);
        out["minor_failure"] = encode_json(v.minor_failure);
        return out;
    }

    static ApplicationInfo from(const nlohmann::json& j, const std::string& where) {
        ApplicationInfo out;
        check_object(j, where, "ApplicationInfo");
        out.application_name = member<std::string>(j, "application_name", where, "ApplicationInfo");
        out.statecode = member<ApplicationStates>(j, "statecode", where, "ApplicationInfo");
        out.statename = member<std::string>(j, "statename", where, "ApplicationInfo");
        out.major_failure = member<bool>(j, "major_failure", where, "ApplicationInfo");
        out.minor_failure = member<bool>(j, "minor_failure", where, "ApplicationInfo");
        return out;
    }
};

template <>
struct Json<SupvisorsProcessInfo> {
    static nlohmann::json to(const SupvisorsProcessInfo& v) {
        nlohmann::json out = nlohmann::json::object();
        out["application_name"] = encode_json(v.application_name);
        out["process_name"] = encode_json(v.process_name);
        out["statecode"] = encode_json(v.statecode);
        out["statename"] = encode_json(v.statename);
        out["addresses"] = encode_json(v.addresses);
        if (v.expected_exit) out["expected_exit"] = encode_json(*v.expected_exit);
        if (v.last_event_time) out["last_event_time"] = encode_json(*v.last_event_time);
        return out;
    }

    static SupvisorsProcessInfo from(const nlohmann::json& j, const std::string& where) {
        SupvisorsProcessInfo out;
        check_object(j, where, "SupvisorsProcessInfo");
        out.application_name = member<std::string>(j, "application_name", where, "SupvisorsProcessInfo");
        out.process_name = member<std::string>(j, "process_name", where, "SupvisorsProcessInfo");
        out.statecode = member<ProcessStates>(j, "statecode", where, "SupvisorsProcessInfo");
        out.statename = member<std::string>(j, "statename", where, "SupvisorsProcessInfo");
        out.addresses = member<std::vector<std::string>>(j, "addresses", where, "SupvisorsProcessInfo");
        out.expected_exit = optional_member<bool>(j, "expected_exit", where);
        out.last_event_time = optional_member<std::chrono::system_clock::time_point>(j, "last_event_time", where);
        return out;
    }
};

template <>
struct Json<ProcessRules> {
    static nlohmann::json to(const ProcessRules& v) {
        nlohmann::json out = nlohmann::json::object();
        out["application_name"] = encode_json(v.application_name);
        out["process_name"] = encode_json(v.process_name);
        out["addresses"] = encode_json(v.addresses);
        out["start_sequence"] = encode_json(v.start_sequence);
        out["stop_sequence"] = encode_json(v.stop_sequence);
        out["required"] = encode_json(v.required);
        out["wait_exit"] = encode_json(v.wait_exit);
        out["loading"] = encode_json(v.loading);
        if (v.expected_loading) out["expected_loading"] = encode_json(*v.expected_loading);
        return out;
    }

    static ProcessRules from(const nlohmann::json& j, const std::string& where) {
        ProcessRules out;
        check_object(j, where, "ProcessRules");
        out.application_name = member<std::string>(j, "application_name", where, "ProcessRules");
        out.process_name = member<std::string>(j, "process_name", where, "ProcessRules");
        out.addresses = member<std::vector<std::string>>(j, "addresses", where, "ProcessRules");
        out.start_sequence = member<int>(j, "start_sequence", where, "ProcessRules");
        out.stop_sequence = member<int>(j, "stop_sequence", where, "ProcessRules");
        out.required = member<bool>(j, "required", where, "ProcessRules");
        out.wait_exit = member<bool>(j, "wait_exit", where, "ProcessRules");
        out.loading = member<int>(j, "loading", where, "ProcessRules");
        out.expected_loading = optional_member<int>(j, "expected_loading", where);
        return out;
    }
};

template <>
struct Json<Conflict> {
    static nlohmann::json to(const Conflict& v) {
        nlohmann::json out = nlohmann::json::object();
        out["process_name"] = encode_json(v.process_name);
        out["state"] = encode_json(v.state);
        out["address"] = encode_json(v.address);
        return out;
    }

    static Conflict from(const nlohmann::json& j, const std::string& where) {
        Conflict out;
        check_object(j, where, "Conflict");
        out.process_name = member<std::string>(j, "process_name", where, "Conflict");
        out.state = member<std::string>(j, "state", where, "Conflict");
        out.address = member<std::vector<std::string>>(j, "address", where, "Conflict");
        return out;
    }
};

template <>
struct Json<SupvisorsEvent> {
    static nlohmann::json to(const SupvisorsEvent& v) {
        nlohmann::json out = Json<SupvisorsState>::to(v.body);
        out["master"] = encode_json(v.master);
        return out;
    }

    static SupvisorsEvent from(const nlohmann::json& j, const std::string& where) {
        SupvisorsEvent out;
        out.body = Json<SupvisorsState>::from(j, where);
        out.master = member<std::string>(j, "master", where, "SupvisorsEvent");
        return out;
    }
};

template <>
struct Json<AddressEvent> {
    static nlohmann::json to(const AddressEvent& v) {
        nlohmann::json out = Json<AddressInfo>::to(v.body);
        return out;
    }

    static AddressEvent from(const nlohmann::json& j, const std::string& where) {
        AddressEvent out;
        out.body = Json<AddressInfo>::from(j, where);
        return out;
    }
};

template <>
struct Json<ApplicationEvent> {
    static nlohmann::json to(const ApplicationEvent& v) {
        nlohmann::json out = Json<ApplicationInfo>::to(v.body);
        if (v.removed) out["removed"] = encode_json(*v.removed);
        return out;
    }

    static ApplicationEvent from(const nlohmann::json& j, const std::string& where) {
        ApplicationEvent out;
        out.body = Json<ApplicationInfo>::from(j, where);
        out.removed = optional_member<bool>(j, "removed", where);
        return out;
    }
};

template <>
struct Json<ProcessEvent> {
    static nlohmann::json to(const ProcessEvent& v) {
        nlohmann::json out = Json<SupvisorsProcessInfo>::to(v.body);
        out["address"] = encode_json(v.address);
        if (v.removed) out["removed"] = encode_json(*v.removed);
        return out;
    }

    static ProcessEvent from(const nlohmann::json& j, const std::string& where) {
        ProcessEvent out;
        out.body = Json<SupvisorsProcessInfo>::from(j, where);
        out.address = member<std::string>(j, "address", where, "ProcessEvent");
        out.removed = optional_member<bool>(j, "removed", where);
        return out;
    }
};

}  // namespace supvisors::testee
