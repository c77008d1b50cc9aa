// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
// The testee's dispatch table: one entry per method of the spec, decoding the JSON params into
// typed arguments, calling the typed API and encoding the typed result in the wire shape.
#include "dispatch.hpp"

#include "json_codec.hpp"

namespace supvisors::testee {

const std::map<std::string, Handler>& dispatch_table() {
    static const std::map<std::string, Handler> table{
        {"system.listMethods",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 0, 0);
             return encode_json(client.system().listMethods());
         }},
        {"system.methodHelp",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 1, 1);
             const auto name = argument<std::string>(params, 0, "name");
             return encode_json(client.system().methodHelp(name));
         }},
        {"system.methodSignature",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 1, 1);
             const auto name = argument<std::string>(params, 0, "name");
             return encode_json(client.system().methodSignature(name));
         }},
        {"system.multicall",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 1, 1);
             const auto calls = argument<std::vector<MulticallRequest>>(params, 0, "calls");
             return encode_json(client.system().multicall(calls));
         }},
        {"supervisor.getAPIVersion",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 0, 0);
             return encode_json(client.supervisor().getAPIVersion());
         }},
        {"supervisor.getVersion",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 0, 0);
             return encode_json(client.supervisor().getVersion());
         }},
        {"supervisor.getSupervisorVersion",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 0, 0);
             return encode_json(client.supervisor().getSupervisorVersion());
         }},
        {"supervisor.getIdentification",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 0, 0);
             return encode_json(client.supervisor().getIdentification());
         }},
        {"supervisor.getState",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 0, 0);
             return encode_json(client.supervisor().getState());
         }},
        {"supervisor.getPID",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 0, 0);
             return encode_json(client.supervisor().getPID());
         }},
        {"supervisor.readLog",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 2, 2);
             const auto offset = argument<int>(params, 0, "offset");
             const auto length = argument<int>(params, 1, "length");
             return encode_json(client.supervisor().readLog(offset, length));
         }},
        {"supervisor.readMainLog",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 2, 2);
             const auto offset = argument<int>(params, 0, "offset");
             const auto length = argument<int>(params, 1, "length");
             return encode_json(client.supervisor().readMainLog(offset, length));
         }},
        {"supervisor.clearLog",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 0, 0);
             return encode_json(client.supervisor().clearLog());
         }},
        {"supervisor.shutdown",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 0, 0);
             return encode_json(client.supervisor().shutdown());
         }},
        {"supervisor.restart",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 0, 0);
             return encode_json(client.supervisor().restart());
         }},
        {"supervisor.reloadConfig",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 0, 0);
             return encode_json(client.supervisor().reloadConfig());
         }},
        {"supervisor.addProcessGroup",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 1, 1);
             const auto name = argument<std::string>(params, 0, "name");
             return encode_json(client.supervisor().addProcessGroup(name));
         }},
        {"supervisor.removeProcessGroup",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 1, 1);
             const auto name = argument<std::string>(params, 0, "name");
             return encode_json(client.supervisor().removeProcessGroup(name));
         }},
        {"supervisor.startProcess",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 1, 2);
             const auto name = argument<std::string>(params, 0, "name");
             const auto wait = params.size() > 1 ? argument<bool>(params, 1, "wait") : bool(true);
             return encode_json(client.supervisor().startProcess(name, wait));
         }},
        {"supervisor.startProcessGroup",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 1, 2);
             const auto name = argument<std::string>(params, 0, "name");
             const auto wait = params.size() > 1 ? argument<bool>(params, 1, "wait") : bool(true);
             return encode_json(client.supervisor().startProcessGroup(name, wait));
         }},
        {"supervisor.startAllProcesses",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 0, 1);
             const auto wait = params.size() > 0 ? argument<bool>(params, 0, "wait") : bool(true);
             return encode_json(client.supervisor().startAllProcesses(wait));
         }},
        {"supervisor.stopProcess",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 1, 2);
             const auto name = argument<std::string>(params, 0, "name");
             const auto wait = params.size() > 1 ? argument<bool>(params, 1, "wait") : bool(true);
             return encode_json(client.supervisor().stopProcess(name, wait));
         }},
        {"supervisor.stopProcessGroup",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 1, 2);
             const auto name = argument<std::string>(params, 0, "name");
             const auto wait = params.size() > 1 ? argument<bool>(params, 1, "wait") : bool(true);
             return encode_json(client.supervisor().stopProcessGroup(name, wait));
         }},
        {"supervisor.stopAllProcesses",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 0, 1);
             const auto wait = params.size() > 0 ? argument<bool>(params, 0, "wait") : bool(true);
             return encode_json(client.supervisor().stopAllProcesses(wait));
         }},
        {"supervisor.signalProcess",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 2, 2);
             const auto name = argument<std::string>(params, 0, "name");
             const auto signal = argument<std::string>(params, 1, "signal");
             return encode_json(client.supervisor().signalProcess(name, signal));
         }},
        {"supervisor.signalProcessGroup",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 2, 2);
             const auto name = argument<std::string>(params, 0, "name");
             const auto signal = argument<std::string>(params, 1, "signal");
             return encode_json(client.supervisor().signalProcessGroup(name, signal));
         }},
        {"supervisor.signalAllProcesses",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 1, 1);
             const auto signal = argument<std::string>(params, 0, "signal");
             return encode_json(client.supervisor().signalAllProcesses(signal));
         }},
        {"supervisor.getAllConfigInfo",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 0, 0);
             return encode_json(client.supervisor().getAllConfigInfo());
         }},
        {"supervisor.getProcessInfo",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 1, 1);
             const auto name = argument<std::string>(params, 0, "name");
             return encode_json(client.supervisor().getProcessInfo(name));
         }},
        {"supervisor.getAllProcessInfo",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 0, 0);
             return encode_json(client.supervisor().getAllProcessInfo());
         }},
        {"supervisor.readProcessStdoutLog",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 3, 3);
             const auto name = argument<std::string>(params, 0, "name");
             const auto offset = argument<int>(params, 1, "offset");
             const auto length = argument<int>(params, 2, "length");
             return encode_json(client.supervisor().readProcessStdoutLog(name, offset, length));
         }},
        {"supervisor.readProcessLog",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 3, 3);
             const auto name = argument<std::string>(params, 0, "name");
             const auto offset = argument<int>(params, 1, "offset");
             const auto length = argument<int>(params, 2, "length");
             return encode_json(client.supervisor().readProcessLog(name, offset, length));
         }},
        {"supervisor.readProcessStderrLog",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 3, 3);
             const auto name = argument<std::string>(params, 0, "name");
             const auto offset = argument<int>(params, 1, "offset");
             const auto length = argument<int>(params, 2, "length");
             return encode_json(client.supervisor().readProcessStderrLog(name, offset, length));
         }},
        {"supervisor.tailProcessStdoutLog",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 3, 3);
             const auto name = argument<std::string>(params, 0, "name");
             const auto offset = argument<int>(params, 1, "offset");
             const auto length = argument<int>(params, 2, "length");
             return encode_json(client.supervisor().tailProcessStdoutLog(name, offset, length));
         }},
        {"supervisor.tailProcessLog",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 3, 3);
             const auto name = argument<std::string>(params, 0, "name");
             const auto offset = argument<int>(params, 1, "offset");
             const auto length = argument<int>(params, 2, "length");
             return encode_json(client.supervisor().tailProcessLog(name, offset, length));
         }},
        {"supervisor.tailProcessStderrLog",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 3, 3);
             const auto name = argument<std::string>(params, 0, "name");
             const auto offset = argument<int>(params, 1, "offset");
             const auto length = argument<int>(params, 2, "length");
             return encode_json(client.supervisor().tailProcessStderrLog(name, offset, length));
         }},
        {"supervisor.clearProcessLogs",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 1, 1);
             const auto name = argument<std::string>(params, 0, "name");
             return encode_json(client.supervisor().clearProcessLogs(name));
         }},
        {"supervisor.clearProcessLog",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 1, 1);
             const auto name = argument<std::string>(params, 0, "name");
             return encode_json(client.supervisor().clearProcessLog(name));
         }},
        {"supervisor.clearAllProcessLogs",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 0, 0);
             return encode_json(client.supervisor().clearAllProcessLogs());
         }},
        {"supervisor.sendProcessStdin",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 2, 2);
             const auto name = argument<std::string>(params, 0, "name");
             const auto chars = argument<std::string>(params, 1, "chars");
             return encode_json(client.supervisor().sendProcessStdin(name, chars));
         }},
        {"supervisor.sendRemoteCommEvent",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 2, 2);
             const auto type = argument<std::string>(params, 0, "type");
             const auto data = argument<std::string>(params, 1, "data");
             return encode_json(client.supervisor().sendRemoteCommEvent(type, data));
         }},
        {"supvisors.get_api_version",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 0, 0);
             return encode_json(client.supvisors().get_api_version());
         }},
        {"supvisors.get_supvisors_state",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 0, 0);
             return encode_json(client.supvisors().get_supvisors_state());
         }},
        {"supvisors.get_master_address",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 0, 0);
             return encode_json(client.supvisors().get_master_address());
         }},
        {"supvisors.get_address_info",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 1, 1);
             const auto address = argument<std::string>(params, 0, "address");
             return encode_json(client.supvisors().get_address_info(address));
         }},
        {"supvisors.get_all_addresses_info",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 0, 0);
             return encode_json(client.supvisors().get_all_addresses_info());
         }},
        {"supvisors.get_application_info",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 1, 1);
             const auto application_name = argument<std::string>(params, 0, "application_name");
             return encode_json(client.supvisors().get_application_info(application_name));
         }},
        {"supvisors.get_all_applications_info",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 0, 0);
             return encode_json(client.supvisors().get_all_applications_info());
         }},
        {"supvisors.get_process_info",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 1, 1);
             const auto namespec = argument<std::string>(params, 0, "namespec");
             return encode_json(client.supvisors().get_process_info(namespec));
         }},
        {"supvisors.get_all_process_info",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 0, 0);
             return encode_json(client.supvisors().get_all_process_info());
         }},
        {"supvisors.get_process_rules",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 1, 1);
             const auto namespec = argument<std::string>(params, 0, "namespec");
             return encode_json(client.supvisors().get_process_rules(namespec));
         }},
        {"supvisors.get_conflicts",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 0, 0);
             return encode_json(client.supvisors().get_conflicts());
         }},
        {"supvisors.restart",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 0, 0);
             return encode_json(client.supvisors().restart());
         }},
        {"supvisors.shutdown",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 0, 0);
             return encode_json(client.supvisors().shutdown());
         }},
        {"supvisors.conciliate",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 1, 1);
             const auto strategy = argument<ConciliationStrategies>(params, 0, "strategy");
             return encode_json(client.supvisors().conciliate(strategy));
         }},
        {"supvisors.start_application",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 2, 3);
             const auto strategy = argument<DeploymentStrategies>(params, 0, "strategy");
             const auto application_name = argument<std::string>(params, 1, "application_name");
             const auto wait = params.size() > 2 ? argument<bool>(params, 2, "wait") : bool(true);
             return encode_json(client.supvisors().start_application(strategy, application_name, wait));
         }},
        {"supvisors.stop_application",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 1, 2);
             const auto application_name = argument<std::string>(params, 0, "application_name");
             const auto wait = params.size() > 1 ? argument<bool>(params, 1, "wait") : bool(true);
             return encode_json(client.supvisors().stop_application(application_name, wait));
         }},
        {"supvisors.restart_application",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 2, 3);
             const auto strategy = argument<DeploymentStrategies>(params, 0, "strategy");
             const auto application_name = argument<std::string>(params, 1, "application_name");
             const auto wait = params.size() > 2 ? argument<bool>(params, 2, "wait") : bool(true);
             return encode_json(client.supvisors().restart_application(strategy, application_name, wait));
         }},
        {"supvisors.start_args",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 1, 3);
             const auto namespec = argument<std::string>(params, 0, "namespec");
             const auto extra_args = params.size() > 1 ? argument<std::string>(params, 1, "extra_args") : std::string("");
             const auto wait = params.size() > 2 ? argument<bool>(params, 2, "wait") : bool(true);
             return encode_json(client.supvisors().start_args(namespec, extra_args, wait));
         }},
        {"supvisors.start_process",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 2, 4);
             const auto strategy = argument<DeploymentStrategies>(params, 0, "strategy");
             const auto namespec = argument<std::string>(params, 1, "namespec");
             const auto extra_args = params.size() > 2 ? argument<std::string>(params, 2, "extra_args") : std::string("");
             const auto wait = params.size() > 3 ? argument<bool>(params, 3, "wait") : bool(true);
             return encode_json(client.supvisors().start_process(strategy, namespec, extra_args, wait));
         }},
        {"supvisors.stop_process",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 1, 2);
             const auto namespec = argument<std::string>(params, 0, "namespec");
             const auto wait = params.size() > 1 ? argument<bool>(params, 1, "wait") : bool(true);
             return encode_json(client.supvisors().stop_process(namespec, wait));
         }},
        {"supvisors.restart_process",
         [](Client& client, const nlohmann::json& params) {
             check_arity(params, 2, 4);
             const auto strategy = argument<DeploymentStrategies>(params, 0, "strategy");
             const auto namespec = argument<std::string>(params, 1, "namespec");
             const auto extra_args = params.size() > 2 ? argument<std::string>(params, 2, "extra_args") : std::string("");
             const auto wait = params.size() > 3 ? argument<bool>(params, 3, "wait") : bool(true);
             return encode_json(client.supvisors().restart_process(strategy, namespec, extra_args, wait));
         }},
    };
    return table;
}

}  // namespace supvisors::testee
