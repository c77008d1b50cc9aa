// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
#include "supvisors/codec.hpp"

namespace supvisors::wire {

SupervisorState Codec<SupervisorState>::decode(const xmlrpc_c::value& v, const std::string& where) {
    const xmlrpc_c::cstruct members = as_struct(v, where, "SupervisorState");
    SupervisorState out;
    out.statecode = field<SupervisorStates>(members, "statecode", where, "SupervisorState");
    out.statename = field<std::string>(members, "statename", where, "SupervisorState");
    return out;
}

xmlrpc_c::value Codec<SupervisorState>::encode(const SupervisorState& v) {
    xmlrpc_c::cstruct members;
    members.emplace("statecode", Codec<SupervisorStates>::encode(v.statecode));
    members.emplace("statename", Codec<std::string>::encode(v.statename));
    return xmlrpc_c::value_struct(members);
}

ProcessInfo Codec<ProcessInfo>::decode(const xmlrpc_c::value& v, const std::string& where) {
    const xmlrpc_c::cstruct members = as_struct(v, where, "ProcessInfo");
    ProcessInfo out;
    out.name = field<std::string>(members, "name", where, "ProcessInfo");
    out.group = field<std::string>(members, "group", where, "ProcessInfo");
    out.description = field<std::string>(members, "description", where, "ProcessInfo");
    out.start = field<int>(members, "start", where, "ProcessInfo");
    out.stop = field<int>(members, "stop", where, "ProcessInfo");
    out.now = field<int>(members, "now", where, "ProcessInfo");
    out.state = field<ProcessStates>(members, "state", where, "ProcessInfo");
    out.statename = field<std::string>(members, "statename", where, "ProcessInfo");
    out.spawnerr = field<std::string>(members, "spawnerr", where, "ProcessInfo");
    out.exitstatus = field<int>(members, "exitstatus", where, "ProcessInfo");
    out.logfile = field<std::string>(members, "logfile", where, "ProcessInfo");
    out.stdout_logfile = field<std::string>(members, "stdout_logfile", where, "ProcessInfo");
    out.stderr_logfile = field<std::string>(members, "stderr_logfile", where, "ProcessInfo");
    out.pid = field<int>(members, "pid", where, "ProcessInfo");
    return out;
}

xmlrpc_c::value Codec<ProcessInfo>::encode(const ProcessInfo& v) {
    xmlrpc_c::cstruct members;
    members.emplace("name", Codec<std::string>::encode(v.name));
    members.emplace("group", Codec<std::string>::encode(v.group));
    members.emplace("description", Codec<std::string>::encode(v.description));
    members.emplace("start", Codec<int>::encode(v.start));
    members.emplace("stop", Codec<int>::encode(v.stop));
    members.emplace("now", Codec<int>::encode(v.now));
    members.emplace("state", Codec<ProcessStates>::encode(v.state));
    members.emplace("statename", Codec<std::string>::encode(v.statename));
    members.emplace("spawnerr", Codec<std::string>::encode(v.spawnerr));
    members.emplace("exitstatus", Codec<int>::encode(v.exitstatus));
    members.emplace("logfile", Codec<std::string>::encode(v.logfile));
    members.emplace("stdout_logfile", Codec<std::string>::encode(v.stdout_logfile));
    members.emplace("stderr_logfile", Codec<std::string>::encode(v.stderr_logfile));
    members.emplace("pid", Codec<int>::encode(v.pid));
    return xmlrpc_c::value_struct(members);
}

ProcessStatus Codec<ProcessStatus>::decode(const xmlrpc_c::value& v, const std::string& where) {
    const xmlrpc_c::cstruct members = as_struct(v, where, "ProcessStatus");
    ProcessStatus out;
    out.name = field<std::string>(members, "name", where, "ProcessStatus");
    out.group = field<std::string>(members, "group", where, "ProcessStatus");
    out.status = field<int>(members, "status", where, "ProcessStatus");
    out.description = field<std::string>(members, "description", where, "ProcessStatus");
    return out;
}

xmlrpc_c::value Codec<ProcessStatus>::encode(const ProcessStatus& v) {
    xmlrpc_c::cstruct members;
    members.emplace("name", Codec<std::string>::encode(v.name));
    members.emplace("group", Codec<std::string>::encode(v.group));
    members.emplace("status", Codec<int>::encode(v.status));
    members.emplace("description", Codec<std::string>::encode(v.description));
    return xmlrpc_c::value_struct(members);
}

ConfigInfo Codec<ConfigInfo>::decode(const xmlrpc_c::value& v, const std::string& where) {
    const xmlrpc_c::cstruct members = as_struct(v, where, "ConfigInfo");
    ConfigInfo out;
    out.autostart = field<bool>(members, "autostart", where, "ConfigInfo");
    out.directory = field<std::string>(members, "directory", where, "ConfigInfo");
    out.uid = field<Value>(members, "uid", where, "ConfigInfo");
    out.command = field<std::string>(members, "command", where, "ConfigInfo");
    out.exitcodes = field<std::vector<int>>(members, "exitcodes", where, "ConfigInfo");
    out.group = field<std::string>(members, "group", where, "ConfigInfo");
    out.group_prio = field<int>(members, "group_prio", where, "ConfigInfo");
    out.inuse = field<bool>(members, "inuse", where, "ConfigInfo");
    out.killasgroup = field<bool>(members, "killasgroup", where, "ConfigInfo");
    out.name = field<std::string>(members, "name", where, "ConfigInfo");
    out.process_prio = field<int>(members, "process_prio", where, "ConfigInfo");
    out.redirect_stderr = field<bool>(members, "redirect_stderr", where, "ConfigInfo");
    out.startretries = field<int>(members, "startretries", where, "ConfigInfo");
    out.startsecs = field<int>(members, "startsecs", where, "ConfigInfo");
    out.stdout_capture_maxbytes = field<int>(members, "stdout_capture_maxbytes", where, "ConfigInfo");
    out.stdout_events_enabled = field<bool>(members, "stdout_events_enabled", where, "ConfigInfo");
    out.stdout_logfile = field<std::string>(members, "stdout_logfile", where, "ConfigInfo");
    out.stdout_logfile_backups = field<int>(members, "stdout_logfile_backups", where, "ConfigInfo");
    out.stdout_logfile_maxbytes = field<int>(members, "stdout_logfile_maxbytes", where, "ConfigInfo");
    out.stdout_syslog = field<bool>(members, "stdout_syslog", where, "ConfigInfo");
    out.stopsignal = field<int>(members, "stopsignal", where, "ConfigInfo");
    out.stopwaitsecs = field<int>(members, "stopwaitsecs", where, "ConfigInfo");
    out.stderr_capture_maxbytes = field<int>(members, "stderr_capture_maxbytes", where, "ConfigInfo");
    out.stderr_events_enabled = field<bool>(members, "stderr_events_enabled", where, "ConfigInfo");
    out.stderr_logfile = field<std::string>(members, "stderr_logfile", where, "ConfigInfo");
    out.stderr_logfile_backups = field<int>(members, "stderr_logfile_backups", where, "ConfigInfo");
    out.stderr_logfile_maxbytes = field<int>(members, "stderr_logfile_maxbytes", where, "ConfigInfo");
    out.stderr_syslog = field<bool>(members, "stderr_syslog", where, "ConfigInfo");
    out.serverurl = field<std::string>(members, "serverurl", where, "ConfigInfo");
    return out;
}

xmlrpc_c::value Codec<ConfigInfo>::encode(const ConfigInfo& v) {
    xmlrpc_c::cstruct members;
    members.emplace("autostart", Codec<bool>::encode(v.autostart));
    members.emplace("directory", Codec<std::string>::encode(v.directory));
    members.emplace("uid", Codec<Value>::encode(v.uid));
    members.emplace("command", Codec<std::string>::encode(v.command));
    members.emplace("exitcodes", Codec<std::vector<int>>::encode(v.exitcodes));
    members.emplace("group", Codec<std::string>::encode(v.group));
    members.emplace("group_prio", Codec<int>::encode(v.group_prio));
    members.emplace("inuse", Codec<bool>::encode(v.inuse));
    members.emplace("killasgroup", Codec<bool>::encode(v.killasgroup));
    members.emplace("name", Codec<std::string>::encode(v.name));
    members.emplace("process_prio", Codec<int>::encode(v.process_prio));
    members.emplace("redirect_stderr", Codec<bool>::encode(v.redirect_stderr));
    members.emplace("startretries", Codec<int>::encode(v.startretries));
    members.emplace("startsecs", Codec<int>::encode(v.startsecs));
    members.emplace("stdout_capture_maxbytes", Codec<int>::encode(v.stdout_capture_maxbytes));
    members.emplace("stdout_events_enabled", Codec<bool>::encode(v.stdout_events_enabled));
    members.emplace("stdout_logfile", Codec<std::string>::encode(v.stdout_logfile));
    members.emplace("stdout_logfile_backups", Codec<int>::encode(v.stdout_logfile_backups));
    members.emplace("stdout_logfile_maxbytes", Codec<int>::encode(v.stdout_logfile_maxbytes));
    members.emplace("stdout_syslog", Codec<bool>::encode(v.stdout_syslog));
    members.emplace("stopsignal", Codec<int>::encode(v.stopsignal));
    members.emplace("stopwaitsecs", Codec<int>::encode(v.stopwaitsecs));
    members.emplace("stderr_capture_maxbytes", Codec<int>::encode(v.stderr_capture_maxbytes));
    members.emplace("stderr_events_enabled", Codec<bool>::encode(v.stderr_events_enabled));
    members.emplace("stderr_logfile", Codec<std::string>::encode(v.stderr_logfile));
    members.emplace("stderr_logfile_backups", Codec<int>::encode(v.stderr_logfile_backups));
    members.emplace("stderr_logfile_maxbytes", Codec<int>::encode(v.stderr_logfile_maxbytes));
    members.emplace("stderr_syslog", Codec<bool>::encode(v.stderr_syslog));
    members.emplace("serverurl", Codec<std::string>::encode(v.serverurl));
    return xmlrpc_c::value_struct(members);
}

LogTail Codec<LogTail>::decode(const xmlrpc_c::value& v, const std::string& where) {
    const xmlrpc_c::carray items = as_tuple(v, where, 3, "LogTail");
    LogTail out;
    out.bytes = Codec<std::string>::decode(items[0], where + ".bytes");
    out.offset = Codec<int>::decode(items[1], where + ".offset");
    out.overflow = Codec<bool>::decode(items[2], where + ".overflow");
    return out;
}

xmlrpc_c::value Codec<LogTail>::encode(const LogTail& v) {
    xmlrpc_c::carray items;
    items.push_back(Codec<std::string>::encode(v.bytes));
    items.push_back(Codec<int>::encode(v.offset));
    items.push_back(Codec<bool>::encode(v.overflow));
    return xmlrpc_c::value_array(items);
}

ConfigChanges Codec<ConfigChanges>::decode(const xmlrpc_c::value& v, const std::string& where) {
    const xmlrpc_c::carray items = as_tuple(v, where, 3, "ConfigChanges");
    ConfigChanges out;
    out.added = Codec<std::vector<std::string>>::decode(items[0], where + ".added");
    out.changed = Codec<std::vector<std::string>>::decode(items[1], where + ".changed");
    out.removed = Codec<std::vector<std::string>>::decode(items[2], where + ".removed");
    return out;
}

xmlrpc_c::value Codec<ConfigChanges>::encode(const ConfigChanges& v) {
    xmlrpc_c::carray items;
    items.push_back(Codec<std::vector<std::string>>::encode(v.added));
    items.push_back(Codec<std::vector<std::string>>::encode(v.changed));
    items.push_back(Codec<std::vector<std::string>>::encode(v.removed));
    return xmlrpc_c::value_array(items);
}

MulticallRequest Codec<MulticallRequest>::decode(const xmlrpc_c::value& v, const std::string& where) {
    const xmlrpc_c::cstruct members = as_struct(v, where, "MulticallRequest");
    MulticallRequest out;
    out.methodName = field<std::string>(members, "methodName", where, "MulticallRequest");
    out.params = field<std::vector<Value>>(members, "params", where, "MulticallRequest");
    return out;
}

xmlrpc_c::value Codec<MulticallRequest>::encode(const MulticallRequest& v) {
    xmlrpc_c::cstruct members;
    members.emplace("methodName", Codec<std::string>::encode(v.methodName));
    members.emplace("params", Codec<std::vector<Value>>::encode(v.params));
    return xmlrpc_c::value_struct(members);
}

SupvisorsState Codec<SupvisorsState>::decode(const xmlrpc_c::value& v, const std::string& where) {
    const xmlrpc_c::cstruct members = as_struct(v, where, "SupvisorsState");
    SupvisorsState out;
    out.statecode = field<SupvisorsStates>(members, "statecode", where, "SupvisorsState");
    out.statename = field<std::string>(members, "statename", where, "SupvisorsState");
    return out;
}

xmlrpc_c::value Codec<SupvisorsState>::encode(const SupvisorsState& v) {
    xmlrpc_c::cstruct members;
    members.emplace("statecode", Codec<SupvisorsStates>::encode(v.statecode));
    members.emplace("statename", Codec<std::string>::encode(v.statename));
    return xmlrpc_c::value_struct(members);
}

AddressInfo Codec<AddressInfo>::decode(const xmlrpc_c::value& v, const std::string& where) {
    const xmlrpc_c::cstruct members = as_struct(v, where, "AddressInfo");
    AddressInfo out;
    out.address_name = field<std::string>(members, "address_name", where, "AddressInfo");
    out.statecode = field<AddressStates>(members, "statecode", where, "AddressInfo");
    out.statename = field<std::string>(members, "statename", where, "AddressInfo");
    out.remote_time = field<std::chrono::system_clock::time_point>(members, "remote_time", where, "AddressInfo");
    out.local_time = field<std::chrono::system_clock::time_point>(members, "local_time", where, "AddressInfo");
    out.loading = field<int>(members, "loading", where, "AddressInfo");
    return out;
}

xmlrpc_c::value Codec<AddressInfo>::encode(const AddressInfo& v) {
    xmlrpc_c::cstruct members;
    members.emplace("address_name", Codec<std::string>::encode(v.address_name));
    members.emplace("statecode", Codec<AddressStates>::encode(v.statecode));
    members.emplace("statename", Codec<std::string>::encode(v.statename));
    members.emplace("remote_time", Codec<std::chrono::system_clock::time_point>::encode(v.remote_time));
    members.emplace("local_time", Codec<std::chrono::system_clock::time_point>::encode(v.local_time));
    members.emplace("loading", Codec<int>::encode(v.loading));
    return xmlrpc_c::value_struct(members);
}

ApplicationInfo Codec<ApplicationInfo>::decode(const xmlrpc_c::value& v, const std::string& where) {
    const xmlrpc_c::cstruct members = as_struct(v, where, "ApplicationInfo");
    ApplicationInfo out;
    out.application_name = field<std::string>(members, "application_name", where, "ApplicationInfo");
    out.statecode = field<ApplicationStates>(members, "statecode", where, "ApplicationInfo");
    out.statename = field<std::string>(members, "statename", where, "ApplicationInfo");
    out.major_failure = field<bool>(members, "major_failure", where, "ApplicationInfo");
    out.minor_failure = field<bool>(members, "minor_failure", where, "ApplicationInfo");
    return out;
}

xmlrpc_c::value Codec<ApplicationInfo>::encode(const ApplicationInfo& v) {
    xmlrpc_c::cstruct members;
    members.emplace("application_name", Codec<std::string>::encode(v.application_name));
    members.emplace("statecode", Codec<ApplicationStates>::encode(v.statecode));
    members.emplace("statename", Codec<std::string>::encode(v.statename));
    members.emplace("major_failure", Codec<bool>::encode(v.major_failure));
    members.emplace("minor_failure", Codec<bool>::encode(v.minor_failure));
    return xmlrpc_c::value_struct(members);
}

SupvisorsProcessInfo Codec<SupvisorsProcessInfo>::decode(const xmlrpc_c::value& v, const std::string& where) {
    const xmlrpc_c::cstruct members = as_struct(v, where, "SupvisorsProcessInfo");
    SupvisorsProcessInfo out;
    out.application_name = field<std::string>(members, "application_name", where, "SupvisorsProcessInfo");
    out.process_name = field<std::string>(members, "process_name", where, "SupvisorsProcessInfo");
    out.statecode = field<ProcessStates>(members, "statecode", where, "SupvisorsProcessInfo");
    out.statename = field<std::string>(members, "statename", where, "SupvisorsProcessInfo");
    out.addresses = field<std::vector<std::string>>(members, "addresses", where, "SupvisorsProcessInfo");
    out.expected_exit = optional_field<bool>(members, "expected_exit", where);
    out.last_event_time = optional_field<std::chrono::system_clock::time_point>(members, "last_event_time", where);
    return out;
}

xmlrpc_c::value Codec<SupvisorsProcessInfo>::encode(const SupvisorsProcessInfo& v) {
    xmlrpc_c::cstruct members;
    members.emplace("application_name", Codec<std::string>::encode(v.application_name));
    members.emplace("process_name", Codec<std::string>::encode(v.process_name));
    members.emplace("statecode", Codec<ProcessStates>::encode(v.statecode));
    members.emplace("statename", Codec<std::string>::encode(v.statename));
    members.emplace("addresses", Codec<std::vector<std::string>>::encode(v.addresses));
    if (v.expected_exit) members.emplace("expected_exit", Codec<bool>::encode(*v.expected_exit));
    if (v.last_event_time) members.emplace("last_event_time", Codec<std::chrono::system_clock::time_point>::encode(*v.last_event_time));
    return xmlrpc_c::value_struct(members);
}

ProcessRules Codec<ProcessRules>::decode(const xmlrpc_c::value& v, const std::string& where) {
    const xmlrpc_c::cstruct members = as_struct(v, where, "ProcessRules");
    ProcessRules out;
    out.application_name = field<std::string>(members, "application_name", where, "ProcessRules");
    out.process_name = field<std::string>(members, "process_name", where, "ProcessRules");
    out.addresses = field<std::vector<std::string>>(members, "addresses", where, "ProcessRules");
    out.start_sequence = field<int>(members, "start_sequence", where, "ProcessRules");
    out.stop_sequence = field<int>(members, "stop_sequence", where, "ProcessRules");
    out.required = field<bool>(members, "required", where, "ProcessRules");
    out.wait_exit = field<bool>(members, "wait_exit", where, "ProcessRules");
    out.loading = field<int>(members, "loading", where, "ProcessRules");
    out.expected_loading = optional_field<int>(members, "expected_loading", where);
    return out;
}

xmlrpc_c::value Codec<ProcessRules>::encode(const ProcessRules& v) {
    xmlrpc_c::cstruct members;
    members.emplace("application_name", Codec<std::string>::encode(v.application_name));
    members.emplace("process_name", Codec<std::string>::encode(v.process_name));
    members.emplace("addresses", Codec<std::vector<std::string>>::encode(v.addresses));
    members.emplace("start_sequence", Codec<int>::encode(v.start_sequence));
    members.emplace("stop_sequence", Codec<int>::encode(v.stop_sequence));
    members.emplace("required", Codec<bool>::encode(v.required));
    members.emplace("wait_exit", Codec<bool>::encode(v.wait_exit));
    members.emplace("loading", Codec<int>::encode(v.loading));
    if (v.expected_loading) members.emplace("expected_loading", Codec<int>::encode(*v.expected_loading));
    return xmlrpc_c::value_struct(members);
}

Conflict Codec<Conflict>::decode(const xmlrpc_c::value& v, const std::string& where) {
    const xmlrpc_c::cstruct members = as_struct(v, where, "Conflict");
    Conflict out;
    out.process_name = field<std::string>(members, "process_name", where, "Conflict");
    out.state = field<std::string>(members, "state", where, "Conflict");
    out.address = field<std::vector<std::string>>(members, "address", where, "Conflict");
    return out;
}

xmlrpc_c::value Codec<Conflict>::encode(const Conflict& v) {
    xmlrpc_c::cstruct members;
    members.emplace("process_name", Codec<std::string>::encode(v.process_name));
    members.emplace("state", Codec<std::string>::encode(v.state));
    members.emplace("address", Codec<std::vector<std::string>>::encode(v.address));
    return xmlrpc_c::value_struct(members);
}

}  // namespace supvisors::wire
