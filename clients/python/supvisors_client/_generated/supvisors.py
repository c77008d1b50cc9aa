# DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
"""The `supvisors` namespace: Cluster-wide status and control, served by the Supvisors plugin on every node."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .. import _wire as _w
from . import enums as _e  # noqa: F401
from .enums import *  # noqa: F401,F403
from .faults import *  # noqa: F401,F403
from .structs import *  # noqa: F401,F403


class SupvisorsNamespace:
    """Cluster-wide status and control, served by the Supvisors plugin on every node."""

    def __init__(self, call: Callable[[str, list[Any]], Any]):
        self._call = call

    def get_api_version(self) -> str:
        """Return the version of the RPC API used by Supvisors.

        :returns: The version id.
        """
        where = "supvisors.get_api_version"
        params = []
        return _w.dec_string(self._call("supvisors.get_api_version", params), where)

    def get_supvisors_state(self) -> SupvisorsState:
        """Return the state of Supvisors.

        :returns: The state code and name.
        """
        where = "supvisors.get_supvisors_state"
        params = []
        return SupvisorsState.from_wire(self._call("supvisors.get_supvisors_state", params), where)

    def get_master_address(self) -> str:
        """Return the address of the Supvisors master (an empty string while no master is elected).

        :returns: The IPv4 address or host name of the master.
        """
        where = "supvisors.get_master_address"
        params = []
        return _w.dec_string(self._call("supvisors.get_master_address", params), where)

    def get_address_info(self, address: str) -> AddressInfo:
        """Return information about the Supvisors node at address.

        :param address: The address of the Supvisors node, as in address_list.
        :returns: The node information.
        :raises BadAddress: The address is unknown to Supvisors.
        """
        where = "supvisors.get_address_info"
        params = [_w.enc_string(address, where + ": address")]
        return AddressInfo.from_wire(self._call("supvisors.get_address_info", params), where)

    def get_all_addresses_info(self) -> list[AddressInfo]:
        """Return information about all Supvisors nodes, in address_list order.

        :returns: One struct per node.
        """
        where = "supvisors.get_all_addresses_info"
        params = []
        return _w.array_of(AddressInfo.from_wire)(self._call("supvisors.get_all_addresses_info", params), where)

    def get_application_info(self, application_name: str) -> ApplicationInfo:
        """Return information about the application named application_name.

        Allowed in Supvisors states: DEPLOYMENT, OPERATION, CONCILIATION, RESTARTING, SHUTTING_DOWN, SHUTDOWN.

        :param application_name: The name of the application.
        :returns: The application information.
        :raises BadSupvisorsState: The request is not allowed in the current Supvisors state.
        :raises BadName: No process, group or application of that name.
        """
        where = "supvisors.get_application_info"
        params = [_w.enc_string(application_name, where + ": application_name")]
        return ApplicationInfo.from_wire(self._call("supvisors.get_application_info", params), where)

    def get_all_applications_info(self) -> list[ApplicationInfo]:
        """Return information about all applications managed in Supvisors, sorted by name.

        Allowed in Supvisors states: DEPLOYMENT, OPERATION, CONCILIATION, RESTARTING, SHUTTING_DOWN, SHUTDOWN.

        :returns: One struct per application.
        :raises BadSupvisorsState: The request is not allowed in the current Supvisors state.
        """
        where = "supvisors.get_all_applications_info"
        params = []
        return _w.array_of(ApplicationInfo.from_wire)(self._call("supvisors.get_all_applications_info", params), where)

    def get_process_info(self, namespec: str) -> list[SupvisorsProcessInfo]:
        """Return where the process named namespec runs ('group:name', or 'group:*' for every process of the group). Always a list, also for one process.

        Allowed in Supvisors states: DEPLOYMENT, OPERATION, CONCILIATION, RESTARTING, SHUTTING_DOWN, SHUTDOWN.

        :param namespec: The process name ('group:name', or 'group:*').
        :returns: One struct per process.
        :raises BadSupvisorsState: The request is not allowed in the current Supvisors state.
        :raises BadName: No process, group or application of that name.
        """
        where = "supvisors.get_process_info"
        params = [_w.enc_string(namespec, where + ": namespec")]
        return _w.array_of(SupvisorsProcessInfo.from_wire)(self._call("supvisors.get_process_info", params), where)

    def get_all_process_info(self) -> list[SupvisorsProcessInfo]:
        """Return where every process managed in Supvisors runs, sorted by namespec.

        Allowed in Supvisors states: DEPLOYMENT, OPERATION, CONCILIATION, RESTARTING, SHUTTING_DOWN, SHUTDOWN.

        :returns: One struct per process.
        :raises BadSupvisorsState: The request is not allowed in the current Supvisors state.
        """
        where = "supvisors.get_all_process_info"
        params = []
        return _w.array_of(SupvisorsProcessInfo.from_wire)(self._call("supvisors.get_all_process_info", params), where)

    def get_process_rules(self, namespec: str) -> list[ProcessRules]:
        """Return the rules used to deploy the process named namespec. Always a list, also for one process.

        Allowed in Supvisors states: DEPLOYMENT, OPERATION, CONCILIATION, RESTARTING, SHUTTING_DOWN, SHUTDOWN.

        :param namespec: The process name ('group:name', or 'group:*').
        :returns: One struct per process.
        :raises BadSupvisorsState: The request is not allowed in the current Supvisors state.
        :raises BadName: No process, group or application of that name.
        """
        where = "supvisors.get_process_rules"
        params = [_w.enc_string(namespec, where + ": namespec")]
        return _w.array_of(ProcessRules.from_wire)(self._call("supvisors.get_process_rules", params), where)

    def get_conflicts(self) -> list[Conflict]:
        """Return the processes running on more than one node.

        Allowed in Supvisors states: DEPLOYMENT, OPERATION, CONCILIATION, RESTARTING, SHUTTING_DOWN, SHUTDOWN.

        :returns: One struct per conflicting process.
        :raises BadSupvisorsState: The request is not allowed in the current Supvisors state.
        """
        where = "supvisors.get_conflicts"
        params = []
        return _w.array_of(Conflict.from_wire)(self._call("supvisors.get_conflicts", params), where)

    def restart(self) -> bool:
        """Stop all applications, then restart every supervisord of the cluster, the local one last.

        Allowed in Supvisors states: DEPLOYMENT, OPERATION, CONCILIATION.

        :returns: Always True unless error.
        :raises BadSupvisorsState: The request is not allowed in the current Supvisors state.
        """
        where = "supvisors.restart"
        params = []
        return _w.dec_boolean(self._call("supvisors.restart", params), where)

    def shutdown(self) -> bool:
        """Stop all applications, then shut down every supervisord of the cluster, the local one last.

        Allowed in Supvisors states: DEPLOYMENT, OPERATION, CONCILIATION.

        :returns: Always True unless error.
        :raises BadSupvisorsState: The request is not allowed in the current Supvisors state.
        """
        where = "supvisors.shutdown"
        params = []
        return _w.dec_boolean(self._call("supvisors.shutdown", params), where)

    def conciliate(self, strategy: ConciliationStrategies | str | int) -> bool:
        """Extension: settle every current conflict once with the given strategy, on the master (for clusters whose conciliation_strategy is USER). Returns at once; get_conflicts shows the progress, and the cluster returns to OPERATION when no conflict is left.

        Allowed in Supvisors states: CONCILIATION.

        :param strategy: The strategy: SENICIDE, INFANTICIDE, STOP or RESTART (USER settles nothing and is refused).
        :returns: Always True unless error.
        :raises BadSupvisorsState: The request is not allowed in the current Supvisors state.
        :raises BadStrategy: The strategy is unknown to Supvisors.
        """
        where = "supvisors.conciliate"
        params = [_w.enum_enc(_e.ConciliationStrategies)(strategy, where + ": strategy")]
        return _w.dec_boolean(self._call("supvisors.conciliate", params), where)

    def start_application(self, strategy: DeploymentStrategies | str | int, application_name: str, wait: bool = True) -> bool:
        """Start the processes of the application named application_name, following the strategy and the rules of the deployment file.

        Allowed in Supvisors states: OPERATION.

        :param strategy: The strategy used to choose the nodes.
        :param application_name: The name of the application.
        :param wait: Wait for the application to be fully started. False: the arguments and the state are checked at once (their faults are raised), then the job runs and the reply is True whatever its outcome.
        :returns: Always True unless error or nothing to start.
        :raises BadSupvisorsState: The request is not allowed in the current Supvisors state.
        :raises BadStrategy: The strategy is unknown to Supvisors.
        :raises BadName: No process, group or application of that name.
        :raises AlreadyStarted: The process or application is already running.
        :raises AbnormalTermination: The process could not be started or stopped as asked.
        """
        where = "supvisors.start_application"
        params = [_w.enum_enc(_e.DeploymentStrategies)(strategy, where + ": strategy"), _w.enc_string(application_name, where + ": application_name"), _w.enc_boolean(wait, where + ": wait")]
        return _w.dec_boolean(self._call("supvisors.start_application", params), where)

    def stop_application(self, application_name: str, wait: bool = True) -> bool:
        """Stop the running processes of the application named application_name, in stop_sequence order. NOT_RUNNING if none of them runs; ABNORMAL_TERMINATION (with wait) if a process could not be stopped within command_timeout.

        Allowed in Supvisors states: OPERATION, CONCILIATION.

        :param application_name: The name of the application.
        :param wait: Wait for the application to be fully stopped. False: the arguments and the state are checked at once (their faults are raised), then the job runs and the reply is True whatever its outcome.
        :returns: Always True unless error.
        :raises BadSupvisorsState: The request is not allowed in the current Supvisors state.
        :raises BadName: No process, group or application of that name.
        :raises NotRunning: The process is not running.
        :raises AbnormalTermination: The process could not be started or stopped as asked.
        """
        where = "supvisors.stop_application"
        params = [_w.enc_string(application_name, where + ": application_name"), _w.enc_boolean(wait, where + ": wait")]
        return _w.dec_boolean(self._call("supvisors.stop_application", params), where)

    def restart_application(self, strategy: DeploymentStrategies | str | int, application_name: str, wait: bool = True) -> bool:
        """Stop the application named application_name, then start it again following the strategy and the rules of the deployment file.

        Allowed in Supvisors states: OPERATION.

        :param strategy: The strategy used to choose the nodes.
        :param application_name: The name of the application.
        :param wait: Wait for the application to be fully restarted. False: the arguments and the state are checked at once (their faults are raised), then the job runs and the reply is True whatever its outcome.
        :returns: Always True unless error.
        :raises BadSupvisorsState: The request is not allowed in the current Supvisors state.
        :raises BadStrategy: The strategy is unknown to Supvisors.
        :raises BadName: No process, group or application of that name.
        :raises AlreadyStarted: The process or application is already running.
        :raises AbnormalTermination: The process could not be started or stopped as asked.
        """
        where = "supvisors.restart_application"
        params = [_w.enum_enc(_e.DeploymentStrategies)(strategy, where + ": strategy"), _w.enc_string(application_name, where + ": application_name"), _w.enc_boolean(wait, where + ": wait")]
        return _w.dec_boolean(self._call("supvisors.restart_application", params), where)

    def start_args(self, namespec: str, extra_args: str = '', wait: bool = True) -> bool:
        """Start a process on the local node, with extra arguments added to its command line. Unlike supervisor.startProcess, a start failure sets the process FATAL instead of raising (the caller that waits gets ABNORMAL_TERMINATION).

        :param namespec: The process name.
        :param extra_args: Arguments added to the command line ('' for none: XML-RPC has no nil).
        :param wait: Wait for the process to be fully started. False: the arguments and the state are checked at once (their faults are raised), then the job runs and the reply is True whatever its outcome.
        :returns: Always True unless error.
        :raises BadName: No process, group or application of that name.
        :raises BadExtraArguments: Extra arguments are not allowed for this program.
        :raises AlreadyStarted: The process or application is already running.
        :raises AbnormalTermination: The process could not be started or stopped as asked.
        """
        where = "supvisors.start_args"
        params = [_w.enc_string(namespec, where + ": namespec"), _w.enc_string(extra_args, where + ": extra_args"), _w.enc_boolean(wait, where + ": wait")]
        return _w.dec_boolean(self._call("supvisors.start_args", params), where)

    def start_process(self, strategy: DeploymentStrategies | str | int, namespec: str, extra_args: str = '', wait: bool = True) -> bool:
        """Start the process named namespec following the strategy and the rules of the deployment file, with extra arguments added to its command line. The wait_exit rule is not considered here. As with start_args, extra arguments are refused (BAD_EXTRA_ARGUMENTS) for a program that is required or has a start sequence in the rules.

        Allowed in Supvisors states: OPERATION.

        :param strategy: The strategy used to choose the node.
        :param namespec: The process name ('group:name', or 'group:*').
        :param extra_args: Arguments added to the command line ('' for none).
        :param wait: Wait for the process to be fully started. False: the arguments and the state are checked at once (their faults are raised), then the job runs and the reply is True whatever its outcome.
        :returns: Always True unless error.
        :raises BadSupvisorsState: The request is not allowed in the current Supvisors state.
        :raises BadStrategy: The strategy is unknown to Supvisors.
        :raises BadName: No process, group or application of that name.
        :raises BadExtraArguments: Extra arguments are not allowed for this program.
        :raises AlreadyStarted: The process or application is already running.
        :raises AbnormalTermination: The process could not be started or stopped as asked.
        """
        where = "supvisors.start_process"
        params = [_w.enum_enc(_e.DeploymentStrategies)(strategy, where + ": strategy"), _w.enc_string(namespec, where + ": namespec"), _w.enc_string(extra_args, where + ": extra_args"), _w.enc_boolean(wait, where + ": wait")]
        return _w.dec_boolean(self._call("supvisors.start_process", params), where)

    def stop_process(self, namespec: str, wait: bool = True) -> bool:
        """Stop the process named namespec wherever it runs. NOT_RUNNING if it runs nowhere; ABNORMAL_TERMINATION (with wait) if it could not be stopped within command_timeout.

        Allowed in Supvisors states: OPERATION, CONCILIATION.

        :param namespec: The process name ('group:name', or 'group:*').
        :param wait: Wait for the process to be fully stopped. False: the arguments and the state are checked at once (their faults are raised), then the job runs and the reply is True whatever its outcome.
        :returns: Always True unless error.
        :raises BadSupvisorsState: The request is not allowed in the current Supvisors state.
        :raises BadName: No process, group or application of that name.
        :raises NotRunning: The process is not running.
        :raises AbnormalTermination: The process could not be started or stopped as asked.
        """
        where = "supvisors.stop_process"
        params = [_w.enc_string(namespec, where + ": namespec"), _w.enc_boolean(wait, where + ": wait")]
        return _w.dec_boolean(self._call("supvisors.stop_process", params), where)

    def restart_process(self, strategy: DeploymentStrategies | str | int, namespec: str, extra_args: str = '', wait: bool = True) -> bool:
        """Stop the process named namespec wherever it runs, then start it following the strategy and the rules of the deployment file, with extra arguments added to its command line (refused as by start_process). The wait_exit rule is not considered here. The document's 3-argument form (strategy, namespec, wait) is accepted too: a third argument that is not a string is wait.

        Allowed in Supvisors states: OPERATION.

        :param strategy: The strategy used to choose the node.
        :param namespec: The process name ('group:name', or 'group:*').
        :param extra_args: Arguments added to the command line ('' for none). Not in the document: the original Java client sends it.
        :param wait: Wait for the process to be fully restarted. False: the arguments and the state are checked at once (their faults are raised), then the job runs and the reply is True whatever its outcome.
        :returns: Always True unless error.
        :raises BadSupvisorsState: The request is not allowed in the current Supvisors state.
        :raises BadStrategy: The strategy is unknown to Supvisors.
        :raises BadName: No process, group or application of that name.
        :raises BadExtraArguments: Extra arguments are not allowed for this program.
        :raises AlreadyStarted: The process or application is already running.
        :raises AbnormalTermination: The process could not be started or stopped as asked.
        """
        where = "supvisors.restart_process"
        params = [_w.enum_enc(_e.DeploymentStrategies)(strategy, where + ": strategy"), _w.enc_string(namespec, where + ": namespec"), _w.enc_string(extra_args, where + ": extra_args"), _w.enc_boolean(wait, where + ": wait")]
        return _w.dec_boolean(self._call("supvisors.restart_process", params), where)
