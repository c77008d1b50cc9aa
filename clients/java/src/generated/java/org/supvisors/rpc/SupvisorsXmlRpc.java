// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

import java.util.List;
import java.util.Objects;

/**
 * The {@code supvisors} namespace: Cluster-wide status and control, served by the Supvisors plugin on every node.
 *
 * <p>Every method sends one XML-RPC call through the {@link SupervisorXmlRpcClient} and decodes the
 * reply strictly. Errors are unchecked: {@link SupvisorsFaultException} (a subclass per fault code),
 * {@link TransportException}, {@link DecodeException}.
 */
public final class SupvisorsXmlRpc {
    private final SupervisorXmlRpcClient client;

    public SupvisorsXmlRpc(SupervisorXmlRpcClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * Return the version of the RPC API used by Supvisors.
     *
     * <p>Wire name: {@code supvisors.get_api_version}.
     *
     * @return The version id.
     */
    public String getApiVersion() {
        Object reply = client.call("supvisors.get_api_version");
        return Wire.toStr(reply, "supvisors.get_api_version");
    }

    /**
     * Return the state of Supvisors.
     *
     * <p>Wire name: {@code supvisors.get_supvisors_state}.
     *
     * @return The state code and name.
     */
    public SupvisorsState getSupvisorsState() {
        Object reply = client.call("supvisors.get_supvisors_state");
        return SupvisorsState.fromWire(reply, "supvisors.get_supvisors_state");
    }

    /**
     * Return the address of the Supvisors master (an empty string while no master is elected).
     *
     * <p>Wire name: {@code supvisors.get_master_address}.
     *
     * @return The IPv4 address or host name of the master.
     */
    public String getMasterAddress() {
        Object reply = client.call("supvisors.get_master_address");
        return Wire.toStr(reply, "supvisors.get_master_address");
    }

    /**
     * Return information about the Supvisors node at address.
     *
     * <p>Wire name: {@code supvisors.get_address_info}.
     *
     * @param address The address of the Supvisors node, as in address_list.
     * @return The node information.
     * @throws BadAddressException The address is unknown to Supvisors.
     */
    public AddressInfo getAddressInfo(String address) {
        Objects.requireNonNull(address, "address");
        Object reply = client.call("supvisors.get_address_info", address);
        return AddressInfo.fromWire(reply, "supvisors.get_address_info");
    }

    /**
     * Return information about all Supvisors nodes, in address_list order.
     *
     * <p>Wire name: {@code supvisors.get_all_addresses_info}.
     *
     * @return One struct per node.
     */
    public List<AddressInfo> getAllAddressesInfo() {
        Object reply = client.call("supvisors.get_all_addresses_info");
        return Wire.toList(reply, "supvisors.get_all_addresses_info", AddressInfo::fromWire);
    }

    /**
     * Return information about the application named application_name.
     *
     * <p>Allowed in Supvisors states: DEPLOYMENT, OPERATION, CONCILIATION, RESTARTING, SHUTTING_DOWN, SHUTDOWN.
     *
     * <p>Wire name: {@code supvisors.get_application_info}.
     *
     * @param applicationName The name of the application.
     * @return The application information.
     * @throws BadSupvisorsStateException The request is not allowed in the current Supvisors state.
     * @throws BadNameException No process, group or application of that name.
     */
    public ApplicationInfo getApplicationInfo(String applicationName) {
        Objects.requireNonNull(applicationName, "applicationName");
        Object reply = client.call("supvisors.get_application_info", applicationName);
        return ApplicationInfo.fromWire(reply, "supvisors.get_application_info");
    }

    /**
     * Return information about all applications managed in Supvisors, sorted by name.
     *
     * <p>Allowed in Supvisors states: DEPLOYMENT, OPERATION, CONCILIATION, RESTARTING, SHUTTING_DOWN, SHUTDOWN.
     *
     * <p>Wire name: {@code supvisors.get_all_applications_info}.
     *
     * @return One struct per application.
     * @throws BadSupvisorsStateException The request is not allowed in the current Supvisors state.
     */
    public List<ApplicationInfo> getAllApplicationsInfo() {
        Object reply = client.call("supvisors.get_all_applications_info");
        return Wire.toList(reply, "supvisors.get_all_applications_info", ApplicationInfo::fromWire);
    }

    /**
     * Return where the process named namespec runs ('group:name', or 'group:*' for every process of the group). Always a list, also for one process.
     *
     * <p>Allowed in Supvisors states: DEPLOYMENT, OPERATION, CONCILIATION, RESTARTING, SHUTTING_DOWN, SHUTDOWN.
     *
     * <p>Wire name: {@code supvisors.get_process_info}.
     *
     * @param namespec The process name ('group:name', or 'group:*').
     * @return One struct per process.
     * @throws BadSupvisorsStateException The request is not allowed in the current Supvisors state.
     * @throws BadNameException No process, group or application of that name.
     */
    public List<SupvisorsProcessInfo> getProcessInfo(String namespec) {
        Objects.requireNonNull(namespec, "namespec");
        Object reply = client.call("supvisors.get_process_info", namespec);
        return Wire.toList(reply, "supvisors.get_process_info", SupvisorsProcessInfo::fromWire);
    }

    /**
     * Return where every process managed in Supvisors runs, sorted by namespec.
     *
     * <p>Allowed in Supvisors states: DEPLOYMENT, OPERATION, CONCILIATION, RESTARTING, SHUTTING_DOWN, SHUTDOWN.
     *
     * <p>Wire name: {@code supvisors.get_all_process_info}.
     *
     * @return One struct per process.
     * @throws BadSupvisorsStateException The request is not allowed in the current Supvisors state.
     */
    public List<SupvisorsProcessInfo> getAllProcessInfo() {
        Object reply = client.call("supvisors.get_all_process_info");
        return Wire.toList(reply, "supvisors.get_all_process_info", SupvisorsProcessInfo::fromWire);
    }

    /**
     * Return the rules used to deploy the process named namespec. Always a list, also for one process.
     *
     * <p>Allowed in Supvisors states: DEPLOYMENT, OPERATION, CONCILIATION, RESTARTING, SHUTTING_DOWN, SHUTDOWN.
     *
     * <p>Wire name: {@code supvisors.get_process_rules}.
     *
     * @param namespec The process name ('group:name', or 'group:*').
     * @return One struct per process.
     * @throws BadSupvisorsStateException The request is not allowed in the current Supvisors state.
     * @throws BadNameException No process, group or application of that name.
     */
    public List<ProcessRules> getProcessRules(String namespec) {
        Objects.requireNonNull(namespec, "namespec");
        Object reply = client.call("supvisors.get_process_rules", namespec);
        return Wire.toList(reply, "supvisors.get_process_rules", ProcessRules::fromWire);
    }

    /**
     * Return the processes running on more than one node.
     *
     * <p>Allowed in Supvisors states: DEPLOYMENT, OPERATION, CONCILIATION, RESTARTING, SHUTTING_DOWN, SHUTDOWN.
     *
     * <p>Wire name: {@code supvisors.get_conflicts}.
     *
     * @return One struct per conflicting process.
     * @throws BadSupvisorsStateException The request is not allowed in the current Supvisors state.
     */
    public List<Conflict> getConflicts() {
        Object reply = client.call("supvisors.get_conflicts");
        return Wire.toList(reply, "supvisors.get_conflicts", Conflict::fromWire);
    }

    /**
     * Stop all applications, then restart every supervisord of the cluster, the local one last.
     *
     * <p>Allowed in Supvisors states: DEPLOYMENT, OPERATION, CONCILIATION.
     *
     * <p>Wire name: {@code supvisors.restart}.
     *
     * @return Always True unless error.
     * @throws BadSupvisorsStateException The request is not allowed in the current Supvisors state.
     */
    public boolean restart() {
        Object reply = client.call("supvisors.restart");
        return Wire.toBoolean(reply, "supvisors.restart");
    }

    /**
     * Stop all applications, then shut down every supervisord of the cluster, the local one last.
     *
     * <p>Allowed in Supvisors states: DEPLOYMENT, OPERATION, CONCILIATION.
     *
     * <p>Wire name: {@code supvisors.shutdown}.
     *
     * @return Always True unless error.
     * @throws BadSupvisorsStateException The request is not allowed in the current Supvisors state.
     */
    public boolean shutdown() {
        Object reply = client.call("supvisors.shutdown");
        return Wire.toBoolean(reply, "supvisors.shutdown");
    }

    /**
     * Extension: settle every current conflict once with the given strategy, on the master (for clusters whose conciliation_strategy is USER). Returns at once; get_conflicts shows the progress, and the cluster returns to OPERATION when no conflict is left.
     *
     * <p>Allowed in Supvisors states: CONCILIATION.
     *
     * <p>Wire name: {@code supvisors.conciliate}.
     *
     * @param strategy The strategy: SENICIDE, INFANTICIDE, STOP or RESTART (USER settles nothing and is refused).
     * @return Always True unless error.
     * @throws BadSupvisorsStateException The request is not allowed in the current Supvisors state.
     * @throws BadStrategyException The strategy is unknown to Supvisors.
     */
    public boolean conciliate(ConciliationStrategies strategy) {
        Objects.requireNonNull(strategy, "strategy");
        Object reply = client.call("supvisors.conciliate", strategy.getCode());
        return Wire.toBoolean(reply, "supvisors.conciliate");
    }

    /**
     * Start the processes of the application named application_name, following the strategy and the rules of the deployment file.
     *
     * <p>Allowed in Supvisors states: OPERATION.
     *
     * <p>Wire name: {@code supvisors.start_application}.
     *
     * @param strategy The strategy used to choose the nodes.
     * @param applicationName The name of the application.
     * @param wait Wait for the application to be fully started. False: the arguments and the state are checked at once (their faults are raised), then the job runs and the reply is True whatever its outcome. Default: true.
     * @return Always True unless error or nothing to start.
     * @throws BadSupvisorsStateException The request is not allowed in the current Supvisors state.
     * @throws BadStrategyException The strategy is unknown to Supvisors.
     * @throws BadNameException No process, group or application of that name.
     * @throws AlreadyStartedException The process or application is already running.
     * @throws AbnormalTerminationException The process could not be started or stopped as asked.
     */
    public boolean startApplication(DeploymentStrategies strategy, String applicationName, boolean wait) {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(applicationName, "applicationName");
        Object reply = client.call("supvisors.start_application", strategy.getCode(), applicationName, wait);
        return Wire.toBoolean(reply, "supvisors.start_application");
    }

    /**
     * {@link #startApplication(DeploymentStrategies, String, boolean) startApplication} with wait = true.
     */
    public boolean startApplication(DeploymentStrategies strategy, String applicationName) {
        return startApplication(strategy, applicationName, true);
    }

    /**
     * Stop the running processes of the application named application_name, in stop_sequence order. NOT_RUNNING if none of them runs; ABNORMAL_TERMINATION (with wait) if a process could not be stopped within command_timeout.
     *
     * <p>Allowed in Supvisors states: OPERATION, CONCILIATION.
     *
     * <p>Wire name: {@code supvisors.stop_application}.
     *
     * @param applicationName The name of the application.
     * @param wait Wait for the application to be fully stopped. False: the arguments and the state are checked at once (their faults are raised), then the job runs and the reply is True whatever its outcome. Default: true.
     * @return Always True unless error.
     * @throws BadSupvisorsStateException The request is not allowed in the current Supvisors state.
     * @throws BadNameException No process, group or application of that name.
     * @throws NotRunningException The process is not running.
     * @throws AbnormalTerminationException The process could not be started or stopped as asked.
     */
    public boolean stopApplication(String applicationName, boolean wait) {
        Objects.requireNonNull(applicationName, "applicationName");
        Object reply = client.call("supvisors.stop_application", applicationName, wait);
        return Wire.toBoolean(reply, "supvisors.stop_application");
    }

    /**
     * {@link #stopApplication(String, boolean) stopApplication} with wait = true.
     */
    public boolean stopApplication(String applicationName) {
        return stopApplication(applicationName, true);
    }

    /**
     * Stop the application named application_name, then start it again following the strategy and the rules of the deployment file.
     *
     * <p>Allowed in Supvisors states: OPERATION.
     *
     * <p>Wire name: {@code supvisors.restart_application}.
     *
     * @param strategy The strategy used to choose the nodes.
     * @param applicationName The name of the application.
     * @param wait Wait for the application to be fully restarted. False: the arguments and the state are checked at once (their faults are raised), then the job runs and the reply is True whatever its outcome. Default: true.
     * @return Always True unless error.
     * @throws BadSupvisorsStateException The request is not allowed in the current Supvisors state.
     * @throws BadStrategyException The strategy is unknown to Supvisors.
     * @throws BadNameException No process, group or application of that name.
     * @throws AlreadyStartedException The process or application is already running.
     * @throws AbnormalTerminationException The process could not be started or stopped as asked.
     */
    public boolean restartApplication(DeploymentStrategies strategy, String applicationName, boolean wait) {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(applicationName, "applicationName");
        Object reply = client.call("supvisors.restart_application", strategy.getCode(), applicationName, wait);
        return Wire.toBoolean(reply, "supvisors.restart_application");
    }

    /**
     * {@link #restartApplication(DeploymentStrategies, String, boolean) restartApplication} with wait = true.
     */
    public boolean restartApplication(DeploymentStrategies strategy, String applicationName) {
        return restartApplication(strategy, applicationName, true);
    }

    /**
     * Start a process on the local node, with extra arguments added to its command line. Unlike supervisor.startProcess, a start failure sets the process FATAL instead of raising (the caller that waits gets ABNORMAL_TERMINATION).
     *
     * <p>Wire name: {@code supvisors.start_args}.
     *
     * @param namespec The process name.
     * @param extraArgs Arguments added to the command line ('' for none: XML-RPC has no nil). Default: "".
     * @param wait Wait for the process to be fully started. False: the arguments and the state are checked at once (their faults are raised), then the job runs and the reply is True whatever its outcome. Default: true.
     * @return Always True unless error.
     * @throws BadNameException No process, group or application of that name.
     * @throws BadExtraArgumentsException Extra arguments are not allowed for this program.
     * @throws AlreadyStartedException The process or application is already running.
     * @throws AbnormalTerminationException The process could not be started or stopped as asked.
     */
    public boolean startArgs(String namespec, String extraArgs, boolean wait) {
        Objects.requireNonNull(namespec, "namespec");
        Objects.requireNonNull(extraArgs, "extraArgs");
        Object reply = client.call("supvisors.start_args", namespec, extraArgs, wait);
        return Wire.toBoolean(reply, "supvisors.start_args");
    }

    /**
     * {@link #startArgs(String, String, boolean) startArgs} with extraArgs = "", wait = true.
     */
    public boolean startArgs(String namespec) {
        return startArgs(namespec, "", true);
    }

    /**
     * {@link #startArgs(String, String, boolean) startArgs} with wait = true.
     */
    public boolean startArgs(String namespec, String extraArgs) {
        return startArgs(namespec, extraArgs, true);
    }

    /**
     * Start the process named namespec following the strategy and the rules of the deployment file, with extra arguments added to its command line. The wait_exit rule is not considered here. As with start_args, extra arguments are refused (BAD_EXTRA_ARGUMENTS) for a program that is required or has a start sequence in the rules.
     *
     * <p>Allowed in Supvisors states: OPERATION.
     *
     * <p>Wire name: {@code supvisors.start_process}.
     *
     * @param strategy The strategy used to choose the node.
     * @param namespec The process name ('group:name', or 'group:*').
     * @param extraArgs Arguments added to the command line ('' for none). Default: "".
     * @param wait Wait for the process to be fully started. False: the arguments and the state are checked at once (their faults are raised), then the job runs and the reply is True whatever its outcome. Default: true.
     * @return Always True unless error.
     * @throws BadSupvisorsStateException The request is not allowed in the current Supvisors state.
     * @throws BadStrategyException The strategy is unknown to Supvisors.
     * @throws BadNameException No process, group or application of that name.
     * @throws BadExtraArgumentsException Extra arguments are not allowed for this program.
     * @throws AlreadyStartedException The process or application is already running.
     * @throws AbnormalTerminationException The process could not be started or stopped as asked.
     */
    public boolean startProcess(DeploymentStrategies strategy, String namespec, String extraArgs, boolean wait) {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(namespec, "namespec");
        Objects.requireNonNull(extraArgs, "extraArgs");
        Object reply = client.call("supvisors.start_process", strategy.getCode(), namespec, extraArgs, wait);
        return Wire.toBoolean(reply, "supvisors.start_process");
    }

    /**
     * {@link #startProcess(DeploymentStrategies, String, String, boolean) startProcess} with extraArgs = "", wait = true.
     */
    public boolean startProcess(DeploymentStrategies strategy, String namespec) {
        return startProcess(strategy, namespec, "", true);
    }

    /**
     * {@link #startProcess(DeploymentStrategies, String, String, boolean) startProcess} with wait = true.
     */
    public boolean startProcess(DeploymentStrategies strategy, String namespec, String extraArgs) {
        return startProcess(strategy, namespec, extraArgs, true);
    }

    /**
     * Stop the process named namespec wherever it runs. NOT_RUNNING if it runs nowhere; ABNORMAL_TERMINATION (with wait) if it could not be stopped within command_timeout.
     *
     * <p>Allowed in Supvisors states: OPERATION, CONCILIATION.
     *
     * <p>Wire name: {@code supvisors.stop_process}.
     *
     * @param namespec The process name ('group:name', or 'group:*').
     * @param wait Wait for the process to be fully stopped. False: the arguments and the state are checked at once (their faults are raised), then the job runs and the reply is True whatever its outcome. Default: true.
     * @return Always True unless error.
     * @throws BadSupvisorsStateException The request is not allowed in the current Supvisors state.
     * @throws BadNameException No process, group or application of that name.
     * @throws NotRunningException The process is not running.
     * @throws AbnormalTerminationException The process could not be started or stopped as asked.
     */
    public boolean stopProcess(String namespec, boolean wait) {
        Objects.requireNonNull(namespec, "namespec");
        Object reply = client.call("supvisors.stop_process", namespec, wait);
        return Wire.toBoolean(reply, "supvisors.stop_process");
    }

    /**
     * {@link #stopProcess(String, boolean) stopProcess} with wait = true.
     */
    public boolean stopProcess(String namespec) {
        return stopProcess(namespec, true);
    }

    /**
     * Stop the process named namespec wherever it runs, then start it following the strategy and the rules of the deployment file, with extra arguments added to its command line (refused as by start_process). The wait_exit rule is not considered here. The document's 3-argument form (strategy, namespec, wait) is accepted too: a third argument that is not a string is wait.
     *
     * <p>Allowed in Supvisors states: OPERATION.
     *
     * <p>Wire name: {@code supvisors.restart_process}.
     *
     * @param strategy The strategy used to choose the node.
     * @param namespec The process name ('group:name', or 'group:*').
     * @param extraArgs Arguments added to the command line ('' for none). Not in the document: the original Java client sends it. Default: "".
     * @param wait Wait for the process to be fully restarted. False: the arguments and the state are checked at once (their faults are raised), then the job runs and the reply is True whatever its outcome. Default: true.
     * @return Always True unless error.
     * @throws BadSupvisorsStateException The request is not allowed in the current Supvisors state.
     * @throws BadStrategyException The strategy is unknown to Supvisors.
     * @throws BadNameException No process, group or application of that name.
     * @throws BadExtraArgumentsException Extra arguments are not allowed for this program.
     * @throws AlreadyStartedException The process or application is already running.
     * @throws AbnormalTerminationException The process could not be started or stopped as asked.
     */
    public boolean restartProcess(DeploymentStrategies strategy, String namespec, String extraArgs, boolean wait) {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(namespec, "namespec");
        Objects.requireNonNull(extraArgs, "extraArgs");
        Object reply = client.call("supvisors.restart_process", strategy.getCode(), namespec, extraArgs, wait);
        return Wire.toBoolean(reply, "supvisors.restart_process");
    }

    /**
     * {@link #restartProcess(DeploymentStrategies, String, String, boolean) restartProcess} with extraArgs = "", wait = true.
     */
    public boolean restartProcess(DeploymentStrategies strategy, String namespec) {
        return restartProcess(strategy, namespec, "", true);
    }

    /**
     * {@link #restartProcess(DeploymentStrategies, String, String, boolean) restartProcess} with wait = true.
     */
    public boolean restartProcess(DeploymentStrategies strategy, String namespec, String extraArgs) {
        return restartProcess(strategy, namespec, extraArgs, true);
    }
}
