// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
#include "supvisors/supvisors.hpp"

#include "supvisors/caller.hpp"
#include "supvisors/codec.hpp"

namespace supvisors {

std::string Supvisors::get_api_version() {
    xmlrpc_c::paramList params;
    return wire::decode<std::string>(caller_.call("supvisors.get_api_version", params), "supvisors.get_api_version");
}

SupvisorsState Supvisors::get_supvisors_state() {
    xmlrpc_c::paramList params;
    return wire::decode<SupvisorsState>(caller_.call("supvisors.get_supvisors_state", params), "supvisors.get_supvisors_state");
}

std::string Supvisors::get_master_address() {
    xmlrpc_c::paramList params;
    return wire::decode<std::string>(caller_.call("supvisors.get_master_address", params), "supvisors.get_master_address");
}

AddressInfo Supvisors::get_address_info(const std::string& address) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<std::string>(address));
    return wire::decode<AddressInfo>(caller_.call("supvisors.get_address_info", params), "supvisors.get_address_info");
}

std::vector<AddressInfo> Supvisors::get_all_addresses_info() {
    xmlrpc_c::paramList params;
    return wire::decode<std::vector<AddressInfo>>(caller_.call("supvisors.get_all_addresses_info", params), "supvisors.get_all_addresses_info");
}

ApplicationInfo Supvisors::get_application_info(const std::string& application_name) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<std::string>(application_name));
    return wire::decode<ApplicationInfo>(caller_.call("supvisors.get_application_info", params), "supvisors.get_application_info");
}

std::vector<ApplicationInfo> Supvisors::get_all_applications_info() {
    xmlrpc_c::paramList params;
    return wire::decode<std::vector<ApplicationInfo>>(caller_.call("supvisors.get_all_applications_info", params), "supvisors.get_all_applications_info");
}

std::vector<SupvisorsProcessInfo> Supvisors::get_process_info(const std::string& namespec) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<std::string>(namespec));
    return wire::decode<std::vector<SupvisorsProcessInfo>>(caller_.call("supvisors.get_process_info", params), "supvisors.get_process_info");
}

std::vector<SupvisorsProcessInfo> Supvisors::get_all_process_info() {
    xmlrpc_c::paramList params;
    return wire::decode<std::vector<SupvisorsProcessInfo>>(caller_.call("supvisors.get_all_process_info", params), "supvisors.get_all_process_info");
}

std::vector<ProcessRules> Supvisors::get_process_rules(const std::string& namespec) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<std::string>(namespec));
    return wire::decode<std::vector<ProcessRules>>(caller_.call("supvisors.get_process_rules", params), "supvisors.get_process_rules");
}

std::vector<Conflict> Supvisors::get_conflicts() {
    xmlrpc_c::paramList params;
    return wire::decode<std::vector<Conflict>>(caller_.call("supvisors.get_conflicts", params), "supvisors.get_conflicts");
}

bool Supvisors::restart() {
    xmlrpc_c::paramList params;
    return wire::decode<bool>(caller_.call("supvisors.restart", params), "supvisors.restart");
}

bool Supvisors::shutdown() {
    xmlrpc_c::paramList params;
    return wire::decode<bool>(caller_.call("supvisors.shutdown", params), "supvisors.shutdown");
}

bool Supvisors::conciliate(ConciliationStrategies strategy) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<ConciliationStrategies>(strategy));
    return wire::decode<bool>(caller_.call("supvisors.conciliate", params), "supvisors.conciliate");
}

bool Supvisors::start_application(DeploymentStrategies strategy, const std::string& application_name, bool wait) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<DeploymentStrategies>(strategy));
    params.add(wire::encode<std::string>(application_name));
    params.add(wire::encode<bool>(wait));
    return wire::decode<bool>(caller_.call("supvisors.start_application", params), "supvisors.start_application");
}

bool Supvisors::stop_application(const std::string& application_name, bool wait) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<std::string>(application_name));
    params.add(wire::encode<bool>(wait));
    return wire::decode<bool>(caller_.call("supvisors.stop_application", params), "supvisors.stop_application");
}

bool Supvisors::restart_application(DeploymentStrategies strategy, const std::string& application_name, bool wait) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<DeploymentStrategies>(strategy));
    params.add(wire::encode<std::string>(application_name));
    params.add(wire::encode<bool>(wait));
    return wire::decode<bool>(caller_.call("supvisors.restart_application", params), "supvisors.restart_application");
}

bool Supvisors::start_args(const std::string& namespec, const std::string& extra_args, bool wait) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<std::string>(namespec));
    params.add(wire::encode<std::string>(extra_args));
    params.add(wire::encode<bool>(wait));
    return wire::decode<bool>(caller_.call("supvisors.start_args", params), "supvisors.start_args");
}

bool Supvisors::start_process(DeploymentStrategies strategy, const std::string& namespec, const std::string& extra_args, bool wait) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<DeploymentStrategies>(strategy));
    params.add(wire::encode<std::string>(namespec));
    params.add(wire::encode<std::string>(extra_args));
    params.add(wire::encode<bool>(wait));
    return wire::decode<bool>(caller_.call("supvisors.start_process", params), "supvisors.start_process");
}

bool Supvisors::stop_process(const std::string& namespec, bool wait) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<std::string>(namespec));
    params.add(wire::encode<bool>(wait));
    return wire::decode<bool>(caller_.call("supvisors.stop_process", params), "supvisors.stop_process");
}

bool Supvisors::restart_process(DeploymentStrategies strategy, const std::string& namespec, const std::string& extra_args, bool wait) {
    xmlrpc_c::paramList params;
    params.add(wire::encode<DeploymentStrategies>(strategy));
    params.add(wire::encode<std::string>(namespec));
    params.add(wire::encode<std::string>(extra_args));
    params.add(wire::encode<bool>(wait));
    return wire::decode<bool>(caller_.call("supvisors.restart_process", params), "supvisors.restart_process");
}

}  // namespace supvisors
