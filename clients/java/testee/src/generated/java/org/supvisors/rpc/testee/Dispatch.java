// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc.testee;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.supvisors.rpc.*;

/**
 * The testee's dispatch table: wire method name -> typed call. Each entry decodes the wire-shaped
 * parameters (missing trailing ones take the spec's defaults), calls the typed API, and encodes the
 * typed result back to the wire shape (struct field names, enums as int codes).
 */
@SuppressWarnings("deprecation") // the deprecated aliases of supervisor are dispatched too
final class Dispatch {

    /** One typed call. */
    @FunctionalInterface
    interface Call {
        Object invoke(Args args);
    }

    private final Map<String, Call> table = new TreeMap<>();

    Dispatch(SupervisorXmlRpcClient client) {
        SystemXmlRpc systemNs = new SystemXmlRpc(client);
        SupervisorXmlRpc supervisorNs = new SupervisorXmlRpc(client);
        SupvisorsXmlRpc supvisorsNs = new SupvisorsXmlRpc(client);
        table.put("system.listMethods", a -> {
            a.expectCount(0, 0);
            List<String> result = systemNs.listMethods();
            return Wire.encodeList(result, v0 -> v0);
        });
        table.put("system.methodHelp", a -> {
            a.expectCount(1, 1);
            String name = a.get(0, "name", Wire::toStr);
            String result = systemNs.methodHelp(name);
            return result;
        });
        table.put("system.methodSignature", a -> {
            a.expectCount(1, 1);
            String name = a.get(0, "name", Wire::toStr);
            List<String> result = systemNs.methodSignature(name);
            return Wire.encodeList(result, v0 -> v0);
        });
        table.put("system.multicall", a -> {
            a.expectCount(1, 1);
            List<MulticallRequest> calls = a.get(0, "calls", (v0, w0) -> Wire.toList(v0, w0, MulticallRequest::fromWire));
            List<Object> result = systemNs.multicall(calls);
            return Wire.encodeList(result, Wire::encodeAny);
        });
        table.put("supervisor.getAPIVersion", a -> {
            a.expectCount(0, 0);
            String result = supervisorNs.getAPIVersion();
            return result;
        });
        table.put("supervisor.getVersion", a -> {
            a.expectCount(0, 0);
            String result = supervisorNs.getVersion();
            return result;
        });
        table.put("supervisor.getSupervisorVersion", a -> {
            a.expectCount(0, 0);
            String result = supervisorNs.getSupervisorVersion();
            return result;
        });
        table.put("supervisor.getIdentification", a -> {
            a.expectCount(0, 0);
            String result = supervisorNs.getIdentification();
            return result;
        });
        table.put("supervisor.getState", a -> {
            a.expectCount(0, 0);
            SupervisorState result = supervisorNs.getState();
            return result.toWire();
        });
        table.put("supervisor.getPID", a -> {
            a.expectCount(0, 0);
            int result = supervisorNs.getPID();
            return result;
        });
        table.put("supervisor.readLog", a -> {
            a.expectCount(2, 2);
            int offset = a.get(0, "offset", Wire::toInt);
            int length = a.get(1, "length", Wire::toInt);
            String result = supervisorNs.readLog(offset, length);
            return result;
        });
        table.put("supervisor.readMainLog", a -> {
            a.expectCount(2, 2);
            int offset = a.get(0, "offset", Wire::toInt);
            int length = a.get(1, "length", Wire::toInt);
            String result = supervisorNs.readMainLog(offset, length);
            return result;
        });
        table.put("supervisor.clearLog", a -> {
            a.expectCount(0, 0);
            boolean result = supervisorNs.clearLog();
            return result;
        });
        table.put("supervisor.shutdown", a -> {
            a.expectCount(0, 0);
            boolean result = supervisorNs.shutdown();
            return result;
        });
        table.put("supervisor.restart", a -> {
            a.expectCount(0, 0);
            boolean result = supervisorNs.restart();
            return result;
        });
        table.put("supervisor.reloadConfig", a -> {
            a.expectCount(0, 0);
            List<ConfigChanges> result = supervisorNs.reloadConfig();
            return Wire.encodeList(result, ConfigChanges::toWire);
        });
        table.put("supervisor.addProcessGroup", a -> {
            a.expectCount(1, 1);
            String name = a.get(0, "name", Wire::toStr);
            boolean result = supervisorNs.addProcessGroup(name);
            return result;
        });
        table.put("supervisor.removeProcessGroup", a -> {
            a.expectCount(1, 1);
            String name = a.get(0, "name", Wire::toStr);
            boolean result = supervisorNs.removeProcessGroup(name);
            return result;
        });
        table.put("supervisor.startProcess", a -> {
            a.expectCount(1, 2);
            String name = a.get(0, "name", Wire::toStr);
            boolean wait = a.getOr(1, "wait", Wire::toBoolean, true);
            boolean result = supervisorNs.startProcess(name, wait);
            return result;
        });
        table.put("supervisor.startProcessGroup", a -> {
            a.expectCount(1, 2);
            String name = a.get(0, "name", Wire::toStr);
            boolean wait = a.getOr(1, "wait", Wire::toBoolean, true);
            List<ProcessStatus> result = supervisorNs.startProcessGroup(name, wait);
            return Wire.encodeList(result, ProcessStatus::toWire);
        });
        table.put("supervisor.startAllProcesses", a -> {
            a.expectCount(0, 1);
            boolean wait = a.getOr(0, "wait", Wire::toBoolean, true);
            List<ProcessStatus> result = supervisorNs.startAllProcesses(wait);
            return Wire.encodeList(result, ProcessStatus::toWire);
        });
        table.put("supervisor.stopProcess", a -> {
            a.expectCount(1, 2);
            String name = a.get(0, "name", Wire::toStr);
            boolean wait = a.getOr(1, "wait", Wire::toBoolean, true);
            boolean result = supervisorNs.stopProcess(name, wait);
            return result;
        });
        table.put("supervisor.stopProcessGroup", a -> {
            a.expectCount(1, 2);
            String name = a.get(0, "name", Wire::toStr);
            boolean wait = a.getOr(1, "wait", Wire::toBoolean, true);
            List<ProcessStatus> result = supervisorNs.stopProcessGroup(name, wait);
            return Wire.encodeList(result, ProcessStatus::toWire);
        });
        table.put("supervisor.stopAllProcesses", a -> {
            a.expectCount(0, 1);
            boolean wait = a.getOr(0, "wait", Wire::toBoolean, true);
            List<ProcessStatus> result = supervisorNs.stopAllProcesses(wait);
            return Wire.encodeList(result, ProcessStatus::toWire);
        });
        table.put("supervisor.signalProcess", a -> {
            a.expectCount(2, 2);
            String name = a.get(0, "name", Wire::toStr);
            String signal = a.get(1, "signal", Wire::toStr);
            boolean result = supervisorNs.signalProcess(name, signal);
            return result;
        });
        table.put("supervisor.signalProcessGroup", a -> {
            a.expectCount(2, 2);
            String name = a.get(0, "name", Wire::toStr);
            String signal = a.get(1, "signal", Wire::toStr);
            List<ProcessStatus> result = supervisorNs.signalProcessGroup(name, signal);
            return Wire.encodeList(result, ProcessStatus::toWire);
        });
        table.put("supervisor.signalAllProcesses", a -> {
            a.expectCount(1, 1);
            String signal = a.get(0, "signal", Wire::toStr);
            List<ProcessStatus> result = supervisorNs.signalAllProcesses(signal);
            return Wire.encodeList(result, ProcessStatus::toWire);
        });
        table.put("supervisor.getAllConfigInfo", a -> {
            a.expectCount(0, 0);
            List<ConfigInfo> result = supervisorNs.getAllConfigInfo();
            return Wire.encodeList(result, ConfigInfo::toWire);
        });
        table.put("supervisor.getProcessInfo", a -> {
            a.expectCount(1, 1);
            String name = a.get(0, "name", Wire::toStr);
            ProcessInfo result = supervisorNs.getProcessInfo(name);
            return result.toWire();
        });
        table.put("supervisor.getAllProcessInfo", a -> {
            a.expectCount(0, 0);
            List<ProcessInfo> result = supervisorNs.getAllProcessInfo();
            return Wire.encodeList(result, ProcessInfo::toWire);
        });
        table.put("supervisor.readProcessStdoutLog", a -> {
            a.expectCount(3, 3);
            String name = a.get(0, "name", Wire::toStr);
            int offset = a.get(1, "offset", Wire::toInt);
            int length = a.get(2, "length", Wire::toInt);
            String result = supervisorNs.readProcessStdoutLog(name, offset, length);
            return result;
        });
        table.put("supervisor.readProcessLog", a -> {
            a.expectCount(3, 3);
            String name = a.get(0, "name", Wire::toStr);
            int offset = a.get(1, "offset", Wire::toInt);
            int length = a.get(2, "length", Wire::toInt);
            String result = supervisorNs.readProcessLog(name, offset, length);
            return result;
        });
        table.put("supervisor.readProcessStderrLog", a -> {
            a.expectCount(3, 3);
            String name = a.get(0, "name", Wire::toStr);
            int offset = a.get(1, "offset", Wire::toInt);
            int length = a.get(2, "length", Wire::toInt);
            String result = supervisorNs.readProcessStderrLog(name, offset, length);
            return result;
        });
        table.put("supervisor.tailProcessStdoutLog", a -> {
            a.expectCount(3, 3);
            String name = a.get(0, "name", Wire::toStr);
            int offset = a.get(1, "offset", Wire::toInt);
            int length = a.get(2, "length", Wire::toInt);
            LogTail result = supervisorNs.tailProcessStdoutLog(name, offset, length);
            return result.toWire();
        });
        table.put("supervisor.tailProcessLog", a -> {
            a.expectCount(3, 3);
            String name = a.get(0, "name", Wire::toStr);
            int offset = a.get(1, "offset", Wire::toInt);
            int length = a.get(2, "length", Wire::toInt);
            LogTail result = supervisorNs.tailProcessLog(name, offset, length);
            return result.toWire();
        });
        table.put("supervisor.tailProcessStderrLog", a -> {
            a.expectCount(3, 3);
            String name = a.get(0, "name", Wire::toStr);
            int offset = a.get(1, "offset", Wire::toInt);
            int length = a.get(2, "length", Wire::toInt);
            LogTail result = supervisorNs.tailProcessStderrLog(name, offset, length);
            return result.toWire();
        });
        table.put("supervisor.clearProcessLogs", a -> {
            a.expectCount(1, 1);
            String name = a.get(0, "name", Wire::toStr);
            boolean result = supervisorNs.clearProcessLogs(name);
            return result;
        });
        table.put("supervisor.clearProcessLog", a -> {
            a.expectCount(1, 1);
            String name = a.get(0, "name", Wire::toStr);
            boolean result = supervisorNs.clearProcessLog(name);
            return result;
        });
        table.put("supervisor.clearAllProcessLogs", a -> {
            a.expectCount(0, 0);
            List<ProcessStatus> result = supervisorNs.clearAllProcessLogs();
            return Wire.encodeList(result, ProcessStatus::toWire);
        });
        table.put("supervisor.sendProcessStdin", a -> {
            a.expectCount(2, 2);
            String name = a.get(0, "name", Wire::toStr);
            String chars = a.get(1, "chars", Wire::toStr);
            boolean result = supervisorNs.sendProcessStdin(name, chars);
            return result;
        });
        table.put("supervisor.sendRemoteCommEvent", a -> {
            a.expectCount(2, 2);
            String type = a.get(0, "type", Wire::toStr);
            String data = a.get(1, "data", Wire::toStr);
            boolean result = supervisorNs.sendRemoteCommEvent(type, data);
            return result;
        });
        table.put("supvisors.get_api_version", a -> {
            a.expectCount(0, 0);
            String result = supvisorsNs.getApiVersion();
            return result;
        });
        table.put("supvisors.get_supvisors_state", a -> {
            a.expectCount(0, 0);
            SupvisorsState result = supvisorsNs.getSupvisorsState();
            return result.toWire();
        });
        table.put("supvisors.get_master_address", a -> {
            a.expectCount(0, 0);
            String result = supvisorsNs.getMasterAddress();
            return result;
        });
        table.put("supvisors.get_address_info", a -> {
            a.expectCount(1, 1);
            String address = a.get(0, "address", Wire::toStr);
            AddressInfo result = supvisorsNs.getAddressInfo(address);
            return result.toWire();
        });
        table.put("supvisors.get_all_addresses_info", a -> {
            a.expectCount(0, 0);
            List<AddressInfo> result = supvisorsNs.getAllAddressesInfo();
            return Wire.encodeList(result, AddressInfo::toWire);
        });
        table.put("supvisors.get_application_info", a -> {
            a.expectCount(1, 1);
            String applicationName = a.get(0, "application_name", Wire::toStr);
            ApplicationInfo result = supvisorsNs.getApplicationInfo(applicationName);
            return result.toWire();
        });
        table.put("supvisors.get_all_applications_info", a -> {
            a.expectCount(0, 0);
            List<ApplicationInfo> result = supvisorsNs.getAllApplicationsInfo();
            return Wire.encodeList(result, ApplicationInfo::toWire);
        });
        table.put("supvisors.get_process_info", a -> {
            a.expectCount(1, 1);
            String namespec = a.get(0, "namespec", Wire::toStr);
            List<SupvisorsProcessInfo> result = supvisorsNs.getProcessInfo(namespec);
            return Wire.encodeList(result, SupvisorsProcessInfo::toWire);
        });
        table.put("supvisors.get_all_process_info", a -> {
            a.expectCount(0, 0);
            List<SupvisorsProcessInfo> result = supvisorsNs.getAllProcessInfo();
            return Wire.encodeList(result, SupvisorsProcessInfo::toWire);
        });
        table.put("supvisors.get_process_rules", a -> {
            a.expectCount(1, 1);
            String namespec = a.get(0, "namespec", Wire::toStr);
            List<ProcessRules> result = supvisorsNs.getProcessRules(namespec);
            return Wire.encodeList(result, ProcessRules::toWire);
        });
        table.put("supvisors.get_conflicts", a -> {
            a.expectCount(0, 0);
            List<Conflict> result = supvisorsNs.getConflicts();
            return Wire.encodeList(result, Conflict::toWire);
        });
        table.put("supvisors.restart", a -> {
            a.expectCount(0, 0);
            boolean result = supvisorsNs.restart();
            return result;
        });
        table.put("supvisors.shutdown", a -> {
            a.expectCount(0, 0);
            boolean result = supvisorsNs.shutdown();
            return result;
        });
        table.put("supvisors.conciliate", a -> {
            a.expectCount(1, 1);
            ConciliationStrategies strategy = a.get(0, "strategy", ConciliationStrategies::fromWire);
            boolean result = supvisorsNs.conciliate(strategy);
            return result;
        });
        table.put("supvisors.start_application", a -> {
            a.expectCount(2, 3);
            DeploymentStrategies strategy = a.get(0, "strategy", DeploymentStrategies::fromWire);
            String applicationName = a.get(1, "application_name", Wire::toStr);
            boolean wait = a.getOr(2, "wait", Wire::toBoolean, true);
            boolean result = supvisorsNs.startApplication(strategy, applicationName, wait);
            return result;
        });
        table.put("supvisors.stop_application", a -> {
            a.expectCount(1, 2);
            String applicationName = a.get(0, "application_name", Wire::toStr);
            boolean wait = a.getOr(1, "wait", Wire::toBoolean, true);
            boolean result = supvisorsNs.stopApplication(applicationName, wait);
            return result;
        });
        table.put("supvisors.restart_application", a -> {
            a.expectCount(2, 3);
            DeploymentStrategies strategy = a.get(0, "strategy", DeploymentStrategies::fromWire);
            String applicationName = a.get(1, "application_name", Wire::toStr);
            boolean wait = a.getOr(2, "wait", Wire::toBoolean, true);
            boolean result = supvisorsNs.restartApplication(strategy, applicationName, wait);
            return result;
        });
        table.put("supvisors.start_args", a -> {
            a.expectCount(1, 3);
            String namespec = a.get(0, "namespec", Wire::toStr);
            String extraArgs = a.getOr(1, "extra_args", Wire::toStr, "");
            boolean wait = a.getOr(2, "wait", Wire::toBoolean, true);
            boolean result = supvisorsNs.startArgs(namespec, extraArgs, wait);
            return result;
        });
        table.put("supvisors.start_process", a -> {
            a.expectCount(2, 4);
            DeploymentStrategies strategy = a.get(0, "strategy", DeploymentStrategies::fromWire);
            String namespec = a.get(1, "namespec", Wire::toStr);
            String extraArgs = a.getOr(2, "extra_args", Wire::toStr, "");
            boolean wait = a.getOr(3, "wait", Wire::toBoolean, true);
            boolean result = supvisorsNs.startProcess(strategy, namespec, extraArgs, wait);
            return result;
        });
        table.put("supvisors.stop_process", a -> {
            a.expectCount(1, 2);
            String namespec = a.get(0, "namespec", Wire::toStr);
            boolean wait = a.getOr(1, "wait", Wire::toBoolean, true);
            boolean result = supvisorsNs.stopProcess(namespec, wait);
            return result;
        });
        table.put("supvisors.restart_process", a -> {
            a.expectCount(2, 4);
            DeploymentStrategies strategy = a.get(0, "strategy", DeploymentStrategies::fromWire);
            String namespec = a.get(1, "namespec", Wire::toStr);
            String extraArgs = a.getOr(2, "extra_args", Wire::toStr, "");
            boolean wait = a.getOr(3, "wait", Wire::toBoolean, true);
            boolean result = supvisorsNs.restartProcess(strategy, namespec, extraArgs, wait);
            return result;
        });
    }

    /** The call of a wire method name, or null if the spec has no such method. */
    Call get(String method) {
        return table.get(method);
    }

    /** The wire names of every method of the spec, sorted. */
    List<String> methods() {
        return List.copyOf(Collections.unmodifiableSet(table.keySet()));
    }
}
