"""The `supvisors` XML-RPC namespace. Methods stay thin: check the state, delegate, shape the reply.

Control methods validate their arguments and the state, build a job (jobs.py) from the rules
(deployer.py) and hand it to the Deployer; with wait=True they return a deferred result (supervisor's
NOT_DONE_YET protocol) that answers True, or ABNORMAL_TERMINATION with the reasons, once the job is
over. Nothing here blocks supervisord's loop.

Every method is wrapped by rpcchecks.api, from the spec: its docstring (system.methodHelp and
methodSignature say exactly what the spec says), the inbox applied first, its allowed states, its
boolean and strategy parameters. Replies are built by shapes.py with the spec's reply builders.
Every read method answers from this node's view of the cluster, without any remote call.
"""

from __future__ import annotations

from supervisor.http import NOT_DONE_YET
from supervisor.xmlrpc import RPCError

from . import rpcchecks, shapes
from ._generated.enums import ApplicationStates, ConciliationStrategies, ProcessStates
from ._generated.faults import Faults
from .cluster import Cluster
from .executor import find_process
from .jobs import Job, Phase
from .messages import Conciliate
from .processes import RUNNING_STATES
from .rpcchecks import api, show
from .xmlcache import VersionCache

API_VERSION = "1.0"
# A deferred result is checked when supervisord's loop turns and at most every DEFERRED_DELAY seconds;
# the deployer's Pulse makes the loop turn every few milliseconds while a job runs (deployer.py).
DEFERRED_DELAY = 0.002


class SupvisorsNamespaceRPCInterface:
    def __init__(self, cluster: Cluster):
        self._cluster = cluster
        view = cluster.view
        self._all_processes = VersionCache(
            lambda: (shapes.process_info(view.processes[k]) for k in sorted(view.processes)), lambda: view.version)

    # ------------------------------------------------------------ helpers
    def _processes(self, namespec: str):
        if not isinstance(namespec, str) or not namespec:
            raise RPCError(Faults.BAD_NAME, f"namespec must be a non-empty string, got {show(namespec)}")
        found = self._cluster.view.match(namespec)
        if not found:
            raise RPCError(Faults.BAD_NAME, f"unknown process {show(namespec)}")
        return found

    # ------------------------------------------------------------ status
    @api
    def get_api_version(self):
        return API_VERSION

    @api
    def get_supvisors_state(self):
        return shapes.supvisors_state(self._cluster.state)

    @api
    def get_master_address(self):
        return self._cluster.master

    @api
    def get_address_info(self, address):
        if not isinstance(address, str) or address not in self._cluster.membership.nodes:
            raise RPCError(Faults.BAD_ADDRESS, f"address {show(address)} is not in address_list")
        return shapes.address_info(self._cluster.membership, self._cluster.view, address)

    @api
    def get_all_addresses_info(self):
        cluster = self._cluster
        return [shapes.address_info(cluster.membership, cluster.view, a) for a in cluster.opts.address_list]

    @api
    def get_application_info(self, application_name):
        return shapes.application_info(self._cluster.view, self._application(application_name))

    @api
    def get_all_applications_info(self):
        view = self._cluster.view
        return [shapes.application_info(view, a) for a in view.applications()]

    @api
    def get_process_info(self, namespec):
        return [shapes.process_info(s) for s in self._processes(namespec)]

    @api
    def get_all_process_info(self):
        return self._all_processes.get()  # marshalled once per version of the view (xmlcache.py)

    @api
    def get_process_rules(self, namespec):
        cluster = self._cluster
        return [shapes.process_rules(cluster.rules, cluster.opts.address_list, s) for s in self._processes(namespec)]

    @api
    def get_conflicts(self):
        return [shapes.conflict(s) for s in self._cluster.view.conflicts()]

    # ------------------------------------------------------------ control helpers
    def _application(self, application_name) -> str:
        if not isinstance(application_name, str) or application_name not in self._cluster.view.applications():
            raise RPCError(Faults.BAD_NAME, f"unknown application {show(application_name)}")
        return application_name

    def _check_extra_args(self, extra_args, programs) -> None:
        """extra_args is a string, and empty unless every program (group, name) accepts extra arguments:
        as in Supvisors, a program that is required or in a start sequence does not (BAD_EXTRA_ARGUMENTS)."""
        if not isinstance(extra_args, str):
            raise RPCError(Faults.INCORRECT_PARAMETERS, f"extra_args must be a string, got {show(extra_args)}")
        if not extra_args:
            return
        for group, name in programs:
            rules = self._cluster.rules.program_rules(group, name)
            if rules.required or rules.start_sequence > 0:
                raise RPCError(Faults.BAD_EXTRA_ARGUMENTS,
                               f"{group}:{name} is {'required' if rules.required else 'in a start sequence'} in "
                               "the rules: its command line cannot take extra arguments")

    def _submit(self, job: Job, wait):
        """Run the job; with wait, a deferred result that answers once the job is over."""
        self._cluster.deployer.submit(job)

        def onwait():
            if not job.answered:
                return NOT_DONE_YET
            job.collected = True
            if job.error:
                raise RPCError(Faults.ABNORMAL_TERMINATION, job.error)
            return True

        onwait.delay = DEFERRED_DELAY
        if not wait:
            return True  # the arguments and the state were checked: the job's outcome never changes this
        if job.answered:
            return onwait()
        self._cluster.deployer.wait_for(job)
        return onwait

    # ------------------------------------------------------------ supvisors control (failures.py)
    @api
    def restart(self):
        self._cluster.failures.request("restart")
        return True

    @api
    def shutdown(self):
        self._cluster.failures.request("shutdown")
        return True

    @api
    def conciliate(self, strategy):
        if strategy == ConciliationStrategies.USER:  # USER settles nothing (a code, made the enum by api)
            strategy = rpcchecks.strategy(ConciliationStrategies, "strategy", strategy, (ConciliationStrategies.USER,))
        cluster = self._cluster
        if cluster.master == cluster.address:
            cluster.failures.conciliate(strategy)
        else:
            cluster.send(Conciliate(to=cluster.master, strategy=int(strategy)))
        return True

    # ------------------------------------------------------------ application control
    @api
    def start_application(self, strategy, application_name, wait=True):
        app = self._application(application_name)
        state = self._cluster.view.application_state(app)[0]
        if state != ApplicationStates.STOPPED:
            raise RPCError(Faults.ALREADY_STARTED, f"application {app} is {state.name}")
        deployer = self._cluster.deployer
        phases = deployer.start_phases(app, strategy)
        if not phases:
            return False  # no program with a start_sequence > 0: nothing to start
        return self._submit(deployer.application_job(f"start of {app}", phases), wait)

    @api
    def stop_application(self, application_name, wait=True):
        app = self._application(application_name)
        deployer = self._cluster.deployer
        phases = deployer.stop_phases(app)
        if not phases:
            raise RPCError(Faults.NOT_RUNNING, f"application {app} has no running process")
        return self._submit(deployer.process_job(f"stop of {app}", phases), wait)

    @api
    def restart_application(self, strategy, application_name, wait=True):
        app = self._application(application_name)
        deployer = self._cluster.deployer
        phases = deployer.stop_phases(app) + deployer.start_phases(app, strategy)
        if not phases:
            return False  # not running, and nothing to start
        return self._submit(deployer.application_job(f"restart of {app}", phases), wait)

    # ------------------------------------------------------------ process control
    @api
    def start_args(self, namespec, extra_args="", wait=True):
        if not isinstance(namespec, str) or find_process(self._cluster.supervisord, namespec) is None:
            raise RPCError(Faults.BAD_NAME, f"no process {show(namespec)} in the local supervisord")
        process = find_process(self._cluster.supervisord, namespec)
        group = process.group.config.name if process.group else process.config.name
        spec = f"{group}:{process.config.name}"
        self._check_extra_args(extra_args, [(group, process.config.name)])
        if process.get_state() in RUNNING_STATES:
            raise RPCError(Faults.ALREADY_STARTED, f"{spec} is already {ProcessStates(process.get_state()).name}")
        item = self._cluster.deployer.item(spec)
        phase = Phase("start", [item], address=self._cluster.address, extra_args=extra_args)
        return self._submit(self._cluster.deployer.process_job(f"start_args of {spec}", [phase]), wait)

    def _start_items(self, namespec):
        statuses = self._processes(namespec)
        items = [self._cluster.deployer.item(s.namespec) for s in statuses if not s.addresses()]
        return statuses, items

    @api
    def start_process(self, strategy, namespec, extra_args="", wait=True):
        statuses, items = self._start_items(namespec)
        self._check_extra_args(extra_args, [(s.application, s.name) for s in statuses])
        if not items:
            raise RPCError(Faults.ALREADY_STARTED, f"{namespec} is already running on "
                           f"{', '.join(sorted({a for s in statuses for a in s.addresses()}))}")
        phase = Phase("start", items, strategy, extra_args=extra_args)
        return self._submit(self._cluster.deployer.process_job(f"start of {namespec}", [phase]), wait)

    def _stop_phase(self, namespec) -> Phase | None:
        active = (*RUNNING_STATES, ProcessStates.STOPPING)
        items = [self._cluster.deployer.item(s.namespec) for s in self._processes(namespec)
                 if any(not r.lost and r.state in active for r in s.nodes.values())]
        return Phase("stop", items) if items else None

    @api
    def stop_process(self, namespec, wait=True):
        phase = self._stop_phase(namespec)
        if phase is None:
            raise RPCError(Faults.NOT_RUNNING, f"{namespec} is not running")
        return self._submit(self._cluster.deployer.process_job(f"stop of {namespec}", [phase]), wait)

    @api
    def restart_process(self, strategy, namespec, extra_args="", wait=True):
        # the document's (strategy, namespec, wait) reaches here as (strategy, namespec, "", wait): rpcchecks
        statuses = self._processes(namespec)
        self._check_extra_args(extra_args, [(s.application, s.name) for s in statuses])
        stop = self._stop_phase(namespec)
        items = [self._cluster.deployer.item(s.namespec) for s in statuses]
        phases = ([stop] if stop else []) + [Phase("start", items, strategy, extra_args=extra_args)]
        return self._submit(self._cluster.deployer.process_job(f"restart of {namespec}", phases), wait)
