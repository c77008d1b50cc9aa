// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
#include "supvisors/supervisor.hpp"

#include "supvisors/caller.hpp"
#include "supvisors/codec.hpp"

namespace supvisors {

std::string Supervisor::getAPIVersion() {
    xmlrpc_c::paramList params;
    return wire::decode<std::string>(caller_.call("supervisor.getAPIVersion", params), "supervisor.getAPIVersion");
}

std::string Supervisor::getVersion() {
    xmlrpc_c::paramList params;
    return wire::decode<std::string>(caller_.call("supervisor.getVersion", params), "supervisor.getVersion");
}

std::string Supervisor::getSupervisorVersion() {
    xmlrpc_c::paramList params;
    return wire::decode<std::string>(caller_.call("supervisor.getSupervisorVersion", params), "supervisor.getSupervisorVersion");
}

std::string Supervisor::getIdentification() {
    xmlrpc_c::paramList params;
    return wire::decode<std::string>(caller_.call("supervisor.getIdentification", params), "supervisor.getIdentification");
}

SupervisorState Supervisor::getState() {
    xmlrpc_c::paramList params;
    return wire::decode<SupervisorState>(caller_.call("supervisor.getState", params), "supervisor.getState");
}

int Supervisor::getPID() {
    xmlrpc_c::paramList params;
    return wire::decode<int>(caller_.call("supervisor.getPID", params), "supervisor.getPID");
}

std::string Supervisor::readLog(int offset, int length) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<int>(offset));
    params.add(wire::encode<int>(length));
    return wire::decode<std::string>(caller_.call("supervisor.readLog", params), "supervisor.readLog");
}

std::string Supervisor::readMainLog(int offset, int length) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<int>(offset));
    params.add(wire::encode<int>(length));
    return wire::decode<std::string>(caller_.call("supervisor.readMainLog", params), "supervisor.readMainLog");
}

bool Supervisor::clearLog() {
    xmlrpc_c::paramList params;
    return wire::decode<bool>(caller_.call("supervisor.clearLog", params), "supervisor.clearLog");
}

bool Supervisor::shutdown() {
    xmlrpc_c::paramList params;
    return wire::decode<bool>(caller_.call("supervisor.shutdown", params), "supervisor.shutdown");
}

bool Supervisor::restart() {
    xmlrpc_c::paramList params;
    return wire::decode<bool>(caller_.call("supervisor.restart", params), "supervisor.restart");
}

std::vector<ConfigChanges> Supervisor::reloadConfig() {
    xmlrpc_c::paramList params;
    return wire::decode<std::vector<ConfigChanges>>(caller_.call("supervisor.reloadConfig", params), "supervisor.reloadConfig");
}

bool Supervisor::addProcessGroup(const std::string& name) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<std::string>(name));
    return wire::decode<bool>(caller_.call("supervisor.addProcessGroup", params), "supervisor.addProcessGroup");
}

bool Supervisor::removeProcessGroup(const std::string& name) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<std::string>(name));
    return wire::decode<bool>(caller_.call("supervisor.removeProcessGroup", params), "supervisor.removeProcessGroup");
}

bool Supervisor::startProcess(const std::string& name, bool wait) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<std::string>(name));
    params.add(wire::encode<bool>(wait));
    return wire::decode<bool>(caller_.call("supervisor.startProcess", params), "supervisor.startProcess");
}

std::vector<ProcessStatus> Supervisor::startProcessGroup(const std::string& name, bool wait) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<std::string>(name));
    params.add(wire::encode<bool>(wait));
    return wire::decode<std::vector<ProcessStatus>>(caller_.call("supervisor.startProcessGroup", params), "supervisor.startProcessGroup");
}

std::vector<ProcessStatus> Supervisor::startAllProcesses(bool wait) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<bool>(wait));
    return wire::decode<std::vector<ProcessStatus>>(caller_.call("supervisor.startAllProcesses", params), "supervisor.startAllProcesses");
}

bool Supervisor::stopProcess(const std::string& name, bool wait) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<std::string>(name));
    params.add(wire::encode<bool>(wait));
    return wire::decode<bool>(caller_.call("supervisor.stopProcess", params), "supervisor.stopProcess");
}

std::vector<ProcessStatus> Supervisor::stopProcessGroup(const std::string& name, bool wait) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<std::string>(name));
    params.add(wire::encode<bool>(wait));
    return wire::decode<std::vector<ProcessStatus>>(caller_.call("supervisor.stopProcessGroup", params), "supervisor.stopProcessGroup");
}

std::vector<ProcessStatus> Supervisor::stopAllProcesses(bool wait) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<bool>(wait));
    return wire::decode<std::vector<ProcessStatus>>(caller_.call("supervisor.stopAllProcesses", params), "supervisor.stopAllProcesses");
}

bool Supervisor::signalProcess(const std::string& name, const std::string& signal) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<std::string>(name));
    params.add(wire::encode<std::string>(signal));
    return wire::decode<bool>(caller_.call("supervisor.signalProcess", params), "supervisor.signalProcess");
}

std::vector<ProcessStatus> Supervisor::signalProcessGroup(const std::string& name, const std::string& signal) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<std::string>(name));
    params.add(wire::encode<std::string>(signal));
    return wire::decode<std::vector<ProcessStatus>>(caller_.call("supervisor.signalProcessGroup", params), "supervisor.signalProcessGroup");
}

std::vector<ProcessStatus> Supervisor::signalAllProcesses(const std::string& signal) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<std::string>(signal));
    return wire::decode<std::vector<ProcessStatus>>(caller_.call("supervisor.signalAllProcesses", params), "supervisor.signalAllProcesses");
}

std::vector<ConfigInfo> Supervisor::getAllConfigInfo() {
    xmlrpc_c::paramList params;
    return wire::decode<std::vector<ConfigInfo>>(caller_.call("supervisor.getAllConfigInfo", params), "supervisor.getAllConfigInfo");
}

ProcessInfo Supervisor::getProcessInfo(const std::string& name) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<std::string>(name));
    return wire::decode<ProcessInfo>(caller_.call("supervisor.getProcessInfo", params), "supervisor.getProcessInfo");
}

std::vector<ProcessInfo> Supervisor::getAllProcessInfo() {
    xmlrpc_c::paramList params;
    return wire::decode<std::vector<ProcessInfo>>(caller_.call("supervisor.getAllProcessInfo", params), "supervisor.getAllProcessInfo");
}

std::string Supervisor::readProcessStdoutLog(const std::string& name, int offset, int length) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<std::string>(name));
    params.add(wire::encode<int>(offset));
    params.add(wire::encode<int>(length));
    return wire::decode<std::string>(caller_.call("supervisor.readProcessStdoutLog", params), "supervisor.readProcessStdoutLog");
}

std::string Supervisor::readProcessLog(const std::string& name, int offset, int length) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<std::string>(name));
    params.add(wire::encode<int>(offset));
    params.add(wire::encode<int>(length));
    return wire::decode<std::string>(caller_.call("supervisor.readProcessLog", params), "supervisor.readProcessLog");
}

std::string Supervisor::readProcessStderrLog(const std::string& name, int offset, int length) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<std::string>(name));
    params.add(wire::encode<int>(offset));
    params.add(wire::encode<int>(length));
    return wire::decode<std::string>(caller_.call("supervisor.readProcessStderrLog", params), "supervisor.readProcessStderrLog");
}

LogTail Supervisor::tailProcessStdoutLog(const std::string& name, int offset, int length) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<std::string>(name));
    params.add(wire::encode<int>(offset));
    params.add(wire::encode<int>(length));
    return wire::decode<LogTail>(caller_.call("supervisor.tailProcessStdoutLog", params), "supervisor.tailProcessStdoutLog");
}

LogTail Supervisor::tailProcessLog(const std::string& name, int offset, int length) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<std::string>(name));
    params.add(wire::encode<int>(offset));
    params.add(wire::encode<int>(length));
    return wire::decode<LogTail>(caller_.call("supervisor.tailProcessLog", params), "supervisor.tailProcessLog");
}

LogTail Supervisor::tailProcessStderrLog(const std::string& name, int offset, int length) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<std::string>(name));
    params.add(wire::encode<int>(offset));
    params.add(wire::encode<int>(length));
    return wire::decode<LogTail>(caller_.call("supervisor.tailProcessStderrLog", params), "supervisor.tailProcessStderrLog");
}

bool Supervisor::clearProcessLogs(const std::string& name) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<std::string>(name));
    return wire::decode<bool>(caller_.call("supervisor.clearProcessLogs", params), "supervisor.clearProcessLogs");
}

bool Supervisor::clearProcessLog(const std::string& name) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<std::string>(name));
    return wire::decode<bool>(caller_.call("supervisor.clearProcessLog", params), "supervisor.clearProcessLog");
}

std::vector<ProcessStatus> Supervisor::clearAllProcessLogs() {
    xmlrpc_c::paramList params;
    return wire::decode<std::vector<ProcessStatus>>(caller_.call("supervisor.clearAllProcessLogs", params), "supervisor.clearAllProcessLogs");
}

bool Supervisor::sendProcessStdin(const std::string& name, const std::string& chars) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<std::string>(name));
    params.add(wire::encode<std::string>(chars));
    return wire::decode<bool>(caller_.call("supervisor.sendProcessStdin", params), "supervisor.sendProcessStdin");
}

bool Supervisor::sendRemoteCommEvent(const std::string& type, const std::string& data) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<std::string>(type));
    params.add(wire::encode<std::string>(data));
    return wire::decode<bool>(caller_.call("supervisor.sendRemoteCommEvent", params), "supervisor.sendRemoteCommEvent");
}

}  // namespace supvisors
