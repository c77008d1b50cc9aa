// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
// The full names of every method of the spec, by namespace (for introspection checks and tools).
#pragma once

#include <array>
#include <string_view>

namespace supvisors {

/// The methods of the `system` namespace, in spec order.
inline constexpr std::array<std::string_view, 4> kSystemMethods{
    "system.listMethods",
    "system.methodHelp",
    "system.methodSignature",
    "system.multicall",
};

/// The methods of the `supervisor` namespace, in spec order.
inline constexpr std::array<std::string_view, 37> kSupervisorMethods{
    "supervisor.getAPIVersion",
    "supervisor.getVersion",
    "supervisor.getSupervisorVersion",
    "supervisor.getIdentification",
    "supervisor.getState",
    "supervisor.getPID",
    "supervisor.readLog",
    "supervisor.readMainLog",
    "supervisor.clearLog",
    "supervisor.shutdown",
    "supervisor.restart",
    "supervisor.reloadConfig",
    "supervisor.addProcessGroup",
    "supervisor.removeProcessGroup",
    "supervisor.startProcess",
    "supervisor.startProcessGroup",
    "supervisor.startAllProcesses",
    "supervisor.stopProcess",
    "supervisor.stopProcessGroup",
    "supervisor.stopAllProcesses",
    "supervisor.signalProcess",
    "supervisor.signalProcessGroup",
    "supervisor.signalAllProcesses",
    "supervisor.getAllConfigInfo",
    "supervisor.getProcessInfo",
    "supervisor.getAllProcessInfo",
    "supervisor.readProcessStdoutLog",
    "supervisor.readProcessLog",
    "supervisor.readProcessStderrLog",
    "supervisor.tailProcessStdoutLog",
    "supervisor.tailProcessLog",
    "supervisor.tailProcessStderrLog",
    "supervisor.clearProcessLogs",
    "supervisor.clearProcessLog",
    "supervisor.clearAllProcessLogs",
    "supervisor.sendProcessStdin",
    "supervisor.sendRemoteCommEvent",
};

/// The methods of the `supvisors` namespace, in spec order.
inline constexpr std::array<std::string_view, 21> kSupvisorsMethods{
    "supvisors.get_api_version",
    "supvisors.get_supvisors_state",
    "supvisors.get_master_address",
    "supvisors.get_address_info",
    "supvisors.get_all_addresses_info",
    "supvisors.get_application_info",
    "supvisors.get_all_applications_info",
    "supvisors.get_process_info",
    "supvisors.get_all_process_info",
    "supvisors.get_process_rules",
    "supvisors.get_conflicts",
    "supvisors.restart",
    "supvisors.shutdown",
    "supvisors.conciliate",
    "supvisors.start_application",
    "supvisors.stop_application",
    "supvisors.restart_application",
    "supvisors.start_args",
    "supvisors.start_process",
    "supvisors.stop_process",
    "supvisors.restart_process",
};

}  // namespace supvisors
