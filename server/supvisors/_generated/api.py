# DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
"""The `supvisors` namespace as the spec describes it.

METHODS maps each method name to its parameters, XML-RPC signature, allowed Supvisors states and
faults; DOCSTRINGS holds the docstring of each method, in supervisor's @param/@return form, which
the plugin installs on its methods so that system.methodHelp and system.methodSignature work.
"""

from typing import Any

API_VERSION_NAMESPACE = "supvisors"

METHODS: dict[str, dict[str, Any]] = {
    "get_api_version": {
        "params": [],
        "returns": "string",
        "signature": ['string'],
        "states": [],
        "faults": [],
        "deferred": False,
    },
    "get_supvisors_state": {
        "params": [],
        "returns": "SupvisorsState",
        "signature": ['struct'],
        "states": [],
        "faults": [],
        "deferred": False,
    },
    "get_master_address": {
        "params": [],
        "returns": "string",
        "signature": ['string'],
        "states": [],
        "faults": [],
        "deferred": False,
    },
    "get_address_info": {
        "params": [("address", "string", False, None)],
        "returns": "AddressInfo",
        "signature": ['struct', 'string'],
        "states": [],
        "faults": ['BAD_ADDRESS'],
        "deferred": False,
    },
    "get_all_addresses_info": {
        "params": [],
        "returns": "array<AddressInfo>",
        "signature": ['array'],
        "states": [],
        "faults": [],
        "deferred": False,
    },
    "get_application_info": {
        "params": [("application_name", "string", False, None)],
        "returns": "ApplicationInfo",
        "signature": ['struct', 'string'],
        "states": ['DEPLOYMENT', 'OPERATION', 'CONCILIATION', 'RESTARTING', 'SHUTTING_DOWN', 'SHUTDOWN'],
        "faults": ['BAD_SUPVISORS_STATE', 'BAD_NAME'],
        "deferred": False,
    },
    "get_all_applications_info": {
        "params": [],
        "returns": "array<ApplicationInfo>",
        "signature": ['array'],
        "states": ['DEPLOYMENT', 'OPERATION', 'CONCILIATION', 'RESTARTING', 'SHUTTING_DOWN', 'SHUTDOWN'],
        "faults": ['BAD_SUPVISORS_STATE'],
        "deferred": False,
    },
    "get_process_info": {
        "params": [("namespec", "string", False, None)],
        "returns": "array<SupvisorsProcessInfo>",
        "signature": ['array', 'string'],
        "states": ['DEPLOYMENT', 'OPERATION', 'CONCILIATION', 'RESTARTING', 'SHUTTING_DOWN', 'SHUTDOWN'],
        "faults": ['BAD_SUPVISORS_STATE', 'BAD_NAME'],
        "deferred": False,
    },
    "get_all_process_info": {
        "params": [],
        "returns": "array<SupvisorsProcessInfo>",
        "signature": ['array'],
        "states": ['DEPLOYMENT', 'OPERATION', 'CONCILIATION', 'RESTARTING', 'SHUTTING_DOWN', 'SHUTDOWN'],
        "faults": ['BAD_SUPVISORS_STATE'],
        "deferred": False,
    },
    "get_process_rules": {
        "params": [("namespec", "string", False, None)],
        "returns": "array<ProcessRules>",
        "signature": ['array', 'string'],
        "states": ['DEPLOYMENT', 'OPERATION', 'CONCILIATION', 'RESTARTING', 'SHUTTING_DOWN', 'SHUTDOWN'],
        "faults": ['BAD_SUPVISORS_STATE', 'BAD_NAME'],
        "deferred": False,
    },
    "get_conflicts": {
        "params": [],
        "returns": "array<Conflict>",
        "signature": ['array'],
        "states": ['DEPLOYMENT', 'OPERATION', 'CONCILIATION', 'RESTARTING', 'SHUTTING_DOWN', 'SHUTDOWN'],
        "faults": ['BAD_SUPVISORS_STATE'],
        "deferred": False,
    },
    "restart": {
        "params": [],
        "returns": "boolean",
        "signature": ['boolean'],
        "states": ['DEPLOYMENT', 'OPERATION', 'CONCILIATION'],
        "faults": ['BAD_SUPVISORS_STATE'],
        "deferred": False,
    },
    "shutdown": {
        "params": [],
        "returns": "boolean",
        "signature": ['boolean'],
        "states": ['DEPLOYMENT', 'OPERATION', 'CONCILIATION'],
        "faults": ['BAD_SUPVISORS_STATE'],
        "deferred": False,
    },
    "conciliate": {
        "params": [("strategy", "ConciliationStrategies", False, None)],
        "returns": "boolean",
        "signature": ['boolean', 'int'],
        "states": ['CONCILIATION'],
        "faults": ['BAD_SUPVISORS_STATE', 'BAD_STRATEGY'],
        "deferred": False,
    },
    "start_application": {
        "params": [("strategy", "DeploymentStrategies", False, None), ("application_name", "string", False, None), ("wait", "boolean", True, True)],
        "returns": "boolean",
        "signature": ['boolean', 'int', 'string', 'boolean'],
        "states": ['OPERATION'],
        "faults": ['BAD_SUPVISORS_STATE', 'BAD_STRATEGY', 'BAD_NAME', 'ALREADY_STARTED', 'ABNORMAL_TERMINATION'],
        "deferred": True,
    },
    "stop_application": {
        "params": [("application_name", "string", False, None), ("wait", "boolean", True, True)],
        "returns": "boolean",
        "signature": ['boolean', 'string', 'boolean'],
        "states": ['OPERATION', 'CONCILIATION'],
        "faults": ['BAD_SUPVISORS_STATE', 'BAD_NAME', 'NOT_RUNNING', 'ABNORMAL_TERMINATION'],
        "deferred": True,
    },
    "restart_application": {
        "params": [("strategy", "DeploymentStrategies", False, None), ("application_name", "string", False, None), ("wait", "boolean", True, True)],
        "returns": "boolean",
        "signature": ['boolean', 'int', 'string', 'boolean'],
        "states": ['OPERATION'],
        "faults": ['BAD_SUPVISORS_STATE', 'BAD_STRATEGY', 'BAD_NAME', 'ALREADY_STARTED', 'ABNORMAL_TERMINATION'],
        "deferred": True,
    },
    "start_args": {
        "params": [("namespec", "string", False, None), ("extra_args", "string", True, ''), ("wait", "boolean", True, True)],
        "returns": "boolean",
        "signature": ['boolean', 'string', 'string', 'boolean'],
        "states": [],
        "faults": ['BAD_NAME', 'BAD_EXTRA_ARGUMENTS', 'ALREADY_STARTED', 'ABNORMAL_TERMINATION'],
        "deferred": True,
    },
    "start_process": {
        "params": [("strategy", "DeploymentStrategies", False, None), ("namespec", "string", False, None), ("extra_args", "string", True, ''), ("wait", "boolean", True, True)],
        "returns": "boolean",
        "signature": ['boolean', 'int', 'string', 'string', 'boolean'],
        "states": ['OPERATION'],
        "faults": ['BAD_SUPVISORS_STATE', 'BAD_STRATEGY', 'BAD_NAME', 'BAD_EXTRA_ARGUMENTS', 'ALREADY_STARTED', 'ABNORMAL_TERMINATION'],
        "deferred": True,
    },
    "stop_process": {
        "params": [("namespec", "string", False, None), ("wait", "boolean", True, True)],
        "returns": "boolean",
        "signature": ['boolean', 'string', 'boolean'],
        "states": ['OPERATION', 'CONCILIATION'],
        "faults": ['BAD_SUPVISORS_STATE', 'BAD_NAME', 'NOT_RUNNING', 'ABNORMAL_TERMINATION'],
        "deferred": True,
    },
    "restart_process": {
        "params": [("strategy", "DeploymentStrategies", False, None), ("namespec", "string", False, None), ("extra_args", "string", True, ''), ("wait", "boolean", True, True)],
        "returns": "boolean",
        "signature": ['boolean', 'int', 'string', 'string', 'boolean'],
        "states": ['OPERATION'],
        "faults": ['BAD_SUPVISORS_STATE', 'BAD_STRATEGY', 'BAD_NAME', 'BAD_EXTRA_ARGUMENTS', 'ALREADY_STARTED', 'ABNORMAL_TERMINATION'],
        "deferred": True,
    },
}

DOCSTRINGS: dict[str, str] = {
    "get_api_version": """Return the version of the RPC API used by Supvisors.

        @return string result The version id.
        """,
    "get_supvisors_state": """Return the state of Supvisors.

        @return struct result The state code and name.
        """,
    "get_master_address": """Return the address of the Supvisors master (an empty string while no master is elected).

        @return string result The IPv4 address or host name of the master.
        """,
    "get_address_info": """Return information about the Supvisors node at address.

        @param string address The address of the Supvisors node, as in address_list.
        @return struct result The node information.
        """,
    "get_all_addresses_info": """Return information about all Supvisors nodes, in address_list order.

        @return array result One struct per node.
        """,
    "get_application_info": """Return information about the application named application_name.

        @param string application_name The name of the application.
        @return struct result The application information.
        """,
    "get_all_applications_info": """Return information about all applications managed in Supvisors, sorted by name.

        @return array result One struct per application.
        """,
    "get_process_info": """Return where the process named namespec runs ('group:name', or 'group:*' for every process of the group). Always a list, also for one process.

        @param string namespec The process name ('group:name', or 'group:*').
        @return array result One struct per process.
        """,
    "get_all_process_info": """Return where every process managed in Supvisors runs, sorted by namespec.

        @return array result One struct per process.
        """,
    "get_process_rules": """Return the rules used to deploy the process named namespec. Always a list, also for one process.

        @param string namespec The process name ('group:name', or 'group:*').
        @return array result One struct per process.
        """,
    "get_conflicts": """Return the processes running on more than one node.

        @return array result One struct per conflicting process.
        """,
    "restart": """Stop all applications, then restart every supervisord of the cluster, the local one last.

        @return boolean result Always True unless error.
        """,
    "shutdown": """Stop all applications, then shut down every supervisord of the cluster, the local one last.

        @return boolean result Always True unless error.
        """,
    "conciliate": """Extension: settle every current conflict once with the given strategy, on the master (for clusters whose conciliation_strategy is USER). Returns at once; get_conflicts shows the progress, and the cluster returns to OPERATION when no conflict is left.

        @param int strategy The strategy: SENICIDE, INFANTICIDE, STOP or RESTART (USER settles nothing and is refused).
        @return boolean result Always True unless error.
        """,
    "start_application": """Start the processes of the application named application_name, following the strategy and the rules of the deployment file.

        @param int strategy The strategy used to choose the nodes.
        @param string application_name The name of the application.
        @param boolean wait Wait for the application to be fully started. False: the arguments and the state are checked at once (their faults are raised), then the job runs and the reply is True whatever its outcome.
        @return boolean result Always True unless error or nothing to start.
        """,
    "stop_application": """Stop the running processes of the application named application_name, in stop_sequence order. NOT_RUNNING if none of them runs; ABNORMAL_TERMINATION (with wait) if a process could not be stopped within command_timeout.

        @param string application_name The name of the application.
        @param boolean wait Wait for the application to be fully stopped. False: the arguments and the state are checked at once (their faults are raised), then the job runs and the reply is True whatever its outcome.
        @return boolean result Always True unless error.
        """,
    "restart_application": """Stop the application named application_name, then start it again following the strategy and the rules of the deployment file.

        @param int strategy The strategy used to choose the nodes.
        @param string application_name The name of the application.
        @param boolean wait Wait for the application to be fully restarted. False: the arguments and the state are checked at once (their faults are raised), then the job runs and the reply is True whatever its outcome.
        @return boolean result Always True unless error.
        """,
    "start_args": """Start a process on the local node, with extra arguments added to its command line. Unlike supervisor.startProcess, a start failure sets the process FATAL instead of raising (the caller that waits gets ABNORMAL_TERMINATION).

        @param string namespec The process name.
        @param string extra_args Arguments added to the command line ('' for none: XML-RPC has no nil).
        @param boolean wait Wait for the process to be fully started. False: the arguments and the state are checked at once (their faults are raised), then the job runs and the reply is True whatever its outcome.
        @return boolean result Always True unless error.
        """,
    "start_process": """Start the process named namespec following the strategy and the rules of the deployment file, with extra arguments added to its command line. The wait_exit rule is not considered here. As with start_args, extra arguments are refused (BAD_EXTRA_ARGUMENTS) for a program that is required or has a start sequence in the rules.

        @param int strategy The strategy used to choose the node.
        @param string namespec The process name ('group:name', or 'group:*').
        @param string extra_args Arguments added to the command line ('' for none).
        @param boolean wait Wait for the process to be fully started. False: the arguments and the state are checked at once (their faults are raised), then the job runs and the reply is True whatever its outcome.
        @return boolean result Always True unless error.
        """,
    "stop_process": """Stop the process named namespec wherever it runs. NOT_RUNNING if it runs nowhere; ABNORMAL_TERMINATION (with wait) if it could not be stopped within command_timeout.

        @param string namespec The process name ('group:name', or 'group:*').
        @param boolean wait Wait for the process to be fully stopped. False: the arguments and the state are checked at once (their faults are raised), then the job runs and the reply is True whatever its outcome.
        @return boolean result Always True unless error.
        """,
    "restart_process": """Stop the process named namespec wherever it runs, then start it following the strategy and the rules of the deployment file, with extra arguments added to its command line (refused as by start_process). The wait_exit rule is not considered here. The document's 3-argument form (strategy, namespec, wait) is accepted too: a third argument that is not a string is wait.

        @param int strategy The strategy used to choose the node.
        @param string namespec The process name ('group:name', or 'group:*').
        @param string extra_args Arguments added to the command line ('' for none). Not in the document: the original Java client sends it.
        @param boolean wait Wait for the process to be fully restarted. False: the arguments and the state are checked at once (their faults are raised), then the job runs and the reply is True whatever its outcome.
        @return boolean result Always True unless error.
        """,
}
