// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
// The `supvisors` namespace: Cluster-wide status and control, served by the Supvisors plugin on every node.
#pragma once

#include <string>
#include <vector>

#include "supvisors/enums.hpp"
#include "supvisors/structs.hpp"
#include "supvisors/value.hpp"

namespace supvisors {

class Caller;

/// Cluster-wide status and control, served by the Supvisors plugin on every node.
///
/// Every method throws the Fault subclass of a server fault, TransportError or DecodeError.
class Supvisors {
public:
    explicit Supvisors(Caller& caller) : caller_(caller) {}

    /// Return the version of the RPC API used by Supvisors.
    ///
    /// @return The version id.
    std::string get_api_version();

    /// Return the state of Supvisors.
    ///
    /// @return The state code and name.
    SupvisorsState get_supvisors_state();

    /// Return the address of the Supvisors master (an empty string while no master is elected).
    ///
    /// @return The IPv4 address or host name of the master.
    std::string get_master_address();

    /// Return information about the Supvisors node at address.
    ///
    /// @param address The address of the Supvisors node, as in address_list.
    /// @return The node information.
    /// @throws BadAddress The address is unknown to Supvisors.
    AddressInfo get_address_info(const std::string& address);

    /// Return information about all Supvisors nodes, in address_list order.
    ///
    /// @return One struct per node.
    std::vector<AddressInfo> get_all_addresses_info();

    /// Return information about the application named application_name.
    ///
    /// Allowed in Supvisors states: DEPLOYMENT, OPERATION, CONCILIATION, RESTARTING, SHUTTING_DOWN, SHUTDOWN.
    ///
    /// @param application_name The name of the application.
    /// @return The application information.
    /// @throws BadSupvisorsState The request is not allowed in the current Supvisors state.
    /// @throws BadName No process, group or application of that name.
    ApplicationInfo get_application_info(const std::string& application_name);

    /// Return information about all applications managed in Supvisors, sorted by name.
    ///
    /// Allowed in Supvisors states: DEPLOYMENT, OPERATION, CONCILIATION, RESTARTING, SHUTTING_DOWN, SHUTDOWN.
    ///
    /// @return One struct per application.
    /// @throws BadSupvisorsState The request is not allowed in the current Supvisors state.
    std::vector<ApplicationInfo> get_all_applications_info();

    /// Return where the process named namespec runs ('group:name', or 'group:*' for every process of the
    /// group). Always a list, also for one process.
    ///
    /// Allowed in Supvisors states: DEPLOYMENT, OPERATION, CONCILIATION, RESTARTING, SHUTTING_DOWN, SHUTDOWN.
    ///
    /// @param namespec The process name ('group:name', or 'group:*').
    /// @return One struct per process.
    /// @throws BadSupvisorsState The request is not allowed in the current Supvisors state.
    /// @throws BadName No process, group or application of that name.
    std::vector<SupvisorsProcessInfo> get_process_info(const std::string& namespec);

    /// Return where every process managed in Supvisors runs, sorted by namespec.
    ///
    /// Allowed in Supvisors states: DEPLOYMENT, OPERATION, CONCILIATION, RESTARTING, SHUTTING_DOWN, SHUTDOWN.
    ///
    /// @return One struct per process.
    /// @throws BadSupvisorsState The request is not allowed in the current Supvisors state.
    std::vector<SupvisorsProcessInfo> get_all_process_info();

    /// Return the rules used to deploy the process named namespec. Always a list, also for one process.
    ///
    /// Allowed in Supvisors states: DEPLOYMENT, OPERATION, CONCILIATION, RESTARTING, SHUTTING_DOWN, SHUTDOWN.
    ///
    /// @param namespec The process name ('group:name', or 'group:*').
    /// @return One struct per process.
    /// @throws BadSupvisorsState The request is not allowed in the current Supvisors state.
    /// @throws BadName No process, group or application of that name.
    std::vector<ProcessRules> get_process_rules(const std::string& namespec);

    /// Return the processes running on more than one node.
    ///
    /// Allowed in Supvisors states: DEPLOYMENT, OPERATION, CONCILIATION, RESTARTING, SHUTTING_DOWN, SHUTDOWN.
    ///
    /// @return One struct per conflicting process.
    /// @throws BadSupvisorsState The request is not allowed in the current Supvisors state.
    std::vector<Conflict> get_conflicts();

    /// Stop all applications, then restart every supervisord of the cluster, the local one last.
    ///
    /// Allowed in Supvisors states: DEPLOYMENT, OPERATION, CONCILIATION.
    ///
    /// @return Always True unless error.
    /// @throws BadSupvisorsState The request is not allowed in the current Supvisors state.
    bool restart();

    /// Stop all applications, then shut down every supervisord of the cluster, the local one last.
    ///
    /// Allowed in Supvisors states: DEPLOYMENT, OPERATION, CONCILIATION.
    ///
    /// @return Always True unless error.
    /// @throws BadSupvisorsState The request is not allowed in the current Supvisors state.
    bool shutdown();

    /// Extension: settle every current conflict once with the given strategy, on the master (for clusters
    /// whose conciliation_strategy is USER). Returns at once; get_conflicts shows the progress, and the
    /// cluster returns to OPERATION when no conflict is left.
    ///
    /// Allowed in Supvisors states: CONCILIATION.
    ///
    /// @param strategy The strategy: SENICIDE, INFANTICIDE, STOP or RESTART (USER settles nothing and is
    /// refused).
    /// @return Always True unless error.
    /// @throws BadSupvisorsState The request is not allowed in the current Supvisors state.
    /// @throws BadStrategy The strategy is unknown to Supvisors.
    bool conciliate(ConciliationStrategies strategy);

    /// Start the processes of the application named application_name, following the strategy and the rules of
    /// the deployment file.
    ///
    /// Allowed in Supvisors states: OPERATION.
    ///
    /// @param strategy The strategy used to choose the nodes.
    /// @param application_name The name of the application.
    /// @param wait Wait for the application to be fully started. False: the arguments and the state are
    /// checked at once (their faults are raised), then the job runs and the reply is True whatever its
    /// outcome.
    /// @return Always True unless error or nothing to start.
    /// @throws BadSupvisorsState The request is not allowed in the current Supvisors state.
    /// @throws BadStrategy The strategy is unknown to Supvisors.
    /// @throws BadName No process, group or application of that name.
    /// @throws AlreadyStarted The process or application is already running.
    /// @throws AbnormalTermination The process could not be started or stopped as asked.
    bool start_application(DeploymentStrategies strategy, const std::string& application_name, bool wait = true);

    /// Stop the running processes of the application named application_name, in stop_sequence order.
    /// NOT_RUNNING if none of them runs; ABNORMAL_TERMINATION (with wait) if a process could not be stopped
    /// within command_timeout.
    ///
    /// Allowed in Supvisors states: OPERATION, CONCILIATION.
    ///
    /// @param application_name The name of the application.
    /// @param wait Wait for the application to be fully stopped. False: the arguments and the state are
    /// checked at once (their faults are raised), then the job runs and the reply is True whatever its
    /// outcome.
    /// @return Always True unless error.
    /// @throws BadSupvisorsState The request is not allowed in the current Supvisors state.
    /// @throws BadName No process, group or application of that name.
    /// @throws NotRunning The process is not running.
    /// @throws AbnormalTermination The process could not be started or stopped as asked.
    bool stop_application(const std::string& application_name, bool wait = true);

    /// Stop the application named application_name, then start it again following the strategy and the rules
    /// of the deployment file.
    ///
    /// Allowed in Supvisors states: OPERATION.
    ///
    /// @param strategy The strategy used to choose the nodes.
    /// @param application_name The name of the application.
    /// @param wait Wait for the application to be fully restarted. False: the arguments and the state are
    /// checked at once (their faults are raised), then the job runs and the reply is True whatever its
    /// outcome.
    /// @return Always True unless error.
    /// @throws BadSupvisorsState The request is not allowed in the current Supvisors state.
    /// @throws BadStrategy The strategy is unknown to Supvisors.
    /// @throws BadName No process, group or application of that name.
    /// @throws AlreadyStarted The process or application is already running.
    /// @throws AbnormalTermination The process could not be started or stopped as asked.
    bool restart_application(DeploymentStrategies strategy, const std::string& application_name, bool wait = true);

    /// Start a process on the local node, with extra arguments added to its command line. Unlike
    /// supervisor.startProcess, a start failure sets the process FATAL instead of raising (the caller that
    /// waits gets ABNORMAL_TERMINATION).
    ///
    /// @param namespec The process name.
    /// @param extra_args Arguments added to the command line ('' for none: XML-RPC has no nil).
    /// @param wait Wait for the process to be fully started. False: the arguments and the state are checked
    /// at once (their faults are raised), then the job runs and the reply is True whatever its outcome.
    /// @return Always True unless error.
    /// @throws BadName No process, group or application of that name.
    /// @throws BadExtraArguments Extra arguments are not allowed for this program.
    /// @throws AlreadyStarted The process or application is already running.
    /// @throws AbnormalTermination The process could not be started or stopped as asked.
    bool start_args(const std::string& namespec, const std::string& extra_args = "", bool wait = true);

    /// Start the process named namespec following the strategy and the rules of the deployment file, with
    /// extra arguments added to its command line. The wait_exit rule is not considered here. As with
    /// start_args, extra arguments are refused (BAD_EXTRA_ARGUMENTS) for a program that is required or has a
    /// start sequence in the rules.
    ///
    /// Allowed in Supvisors states: OPERATION.
    ///
    /// @param strategy The strategy used to choose the node.
    /// @param namespec The process name ('group:name', or 'group:*').
    /// @param extra_args Arguments added to the command line ('' for none).
    /// @param wait Wait for the process to be fully started. False: the arguments and the state are checked
    /// at once (their faults are raised), then the job runs and the reply is True whatever its outcome.
    /// @return Always True unless error.
    /// @throws BadSupvisorsState The request is not allowed in the current Supvisors state.
    /// @throws BadStrategy The strategy is unknown to Supvisors.
    /// @throws BadName No process, group or application of that name.
    /// @throws BadExtraArguments Extra arguments are not allowed for this program.
    /// @throws AlreadyStarted The process or application is already running.
    /// @throws AbnormalTermination The process could not be started or stopped as asked.
    bool start_process(DeploymentStrategies strategy, const std::string& namespec, const std::string& extra_args = "", bool wait = true);

    /// Stop the process named namespec wherever it runs. NOT_RUNNING if it runs nowhere; ABNORMAL_TERMINATION
    /// (with wait) if it could not be stopped within command_timeout.
    ///
    /// Allowed in Supvisors states: OPERATION, CONCILIATION.
    ///
    /// @param namespec The process name ('group:name', or 'group:*').
    /// @param wait Wait for the process to be fully stopped. False: the arguments and the state are checked
    /// at once (their faults are raised), then the job runs and the reply is True whatever its outcome.
    /// @return Always True unless error.
    /// @throws BadSupvisorsState The request is not allowed in the current Supvisors state.
    /// @throws BadName No process, group or application of that name.
    /// @throws NotRunning The process is not running.
    /// @throws AbnormalTermination The process could not be started or stopped as asked.
    bool stop_process(const std::string& namespec, bool wait = true);

    /// Stop the process named namespec wherever it runs, then start it following the strategy and the rules
    /// of the deployment file, with extra arguments added to its command line (refused as by start_process).
    /// The wait_exit rule is not considered here. The document's 3-argument form (strategy, namespec, wait)
    /// is accepted too: a third argument that is not a string is wait.
    ///
    /// Allowed in Supvisors states: OPERATION.
    ///
    /// @param strategy The strategy used to choose the node.
    /// @param namespec The process name ('group:name', or 'group:*').
    /// @param extra_args Arguments added to the command line ('' for none). Not in the document: the original
    /// Java client sends it.
    /// @param wait Wait for the process to be fully restarted. False: the arguments and the state are checked
    /// at once (their faults are raised), then the job runs and the reply is True whatever its outcome.
    /// @return Always True unless error.
    /// @throws BadSupvisorsState The request is not allowed in the current Supvisors state.
    /// @throws BadStrategy The strategy is unknown to Supvisors.
    /// @throws BadName No process, group or application of that name.
    /// @throws BadExtraArguments Extra arguments are not allowed for this program.
    /// @throws AlreadyStarted The process or application is already running.
    /// @throws AbnormalTermination The process could not be started or stopped as asked.
    bool restart_process(DeploymentStrategies strategy, const std::string& namespec, const std::string& extra_args = "", bool wait = true);

private:
    Caller& caller_;
};

}  // namespace supvisors
