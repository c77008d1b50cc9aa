"""The `supvisors` XML-RPC namespace. Methods stay thin: check the state, delegate, shape the reply.

Docstrings come from the spec (supvisors._generated.api.DOCSTRINGS, @param/@return form), so
system.methodHelp and system.methodSignature describe exactly what the spec says. Every read method
answers from this node's view of the cluster, without any remote call.
"""

from __future__ import annotations

from supervisor.xmlrpc import RPCError

from ._generated.api import DOCSTRINGS, METHODS
from ._generated.faults import Faults
from .cluster import Cluster

API_VERSION = "1.0"


def _api(func):
    """Give the method its docstring from the spec (a method missing from the spec fails here)."""
    func.__doc__ = DOCSTRINGS[func.__name__]
    return func


class SupvisorsNamespaceRPCInterface:
    def __init__(self, cluster: Cluster):
        self._cluster = cluster

    # ------------------------------------------------------------ helpers
    def _check_state(self, method: str) -> None:
        allowed = METHODS[method]["states"]
        state = self._cluster.state
        if allowed and state.name not in allowed:
            raise RPCError(Faults.BAD_SUPVISORS_STATE,
                           f"Supvisors is {state.name}; {method} needs one of {', '.join(allowed)}")

    def _processes(self, namespec: str):
        if not isinstance(namespec, str) or not namespec:
            raise RPCError(Faults.BAD_NAME, f"namespec must be a non-empty string, got {namespec!r}")
        found = self._cluster.view.match(namespec)
        if not found:
            raise RPCError(Faults.BAD_NAME, f"unknown process {namespec!r}")
        return found

    # ------------------------------------------------------------ status
    @_api
    def get_api_version(self):
        return API_VERSION

    @_api
    def get_supvisors_state(self):
        state = self._cluster.state
        return {"statecode": int(state), "statename": state.name}

    @_api
    def get_master_address(self):
        return self._cluster.master

    @_api
    def get_address_info(self, address):
        if address not in self._cluster.membership.nodes:
            raise RPCError(Faults.BAD_ADDRESS, f"address {address!r} is not in address_list")
        return self._cluster.address_info(address)

    @_api
    def get_all_addresses_info(self):
        return [self._cluster.address_info(a) for a in self._cluster.opts.address_list]

    @_api
    def get_application_info(self, application_name):
        self._check_state("get_application_info")
        if application_name not in self._cluster.view.applications():
            raise RPCError(Faults.BAD_NAME, f"unknown application {application_name!r}")
        return self._cluster.application_info(application_name)

    @_api
    def get_all_applications_info(self):
        self._check_state("get_all_applications_info")
        return [self._cluster.application_info(a) for a in self._cluster.view.applications()]

    @_api
    def get_process_info(self, namespec):
        self._check_state("get_process_info")
        return [self._cluster.process_info(s) for s in self._processes(namespec)]

    @_api
    def get_all_process_info(self):
        self._check_state("get_all_process_info")
        view = self._cluster.view
        return [self._cluster.process_info(view.processes[k]) for k in sorted(view.processes)]

    @_api
    def get_process_rules(self, namespec):
        self._check_state("get_process_rules")
        return [self._cluster.process_rules(s) for s in self._processes(namespec)]

    @_api
    def get_conflicts(self):
        self._check_state("get_conflicts")
        return [{"process_name": s.namespec, "state": s.state().name, "address": s.addresses()}
                for s in self._cluster.view.conflicts()]

    # ------------------------------------------------------------ control (deployment and failure layers)
    def _not_yet(self, method: str):
        self._check_state(method)
        raise RPCError(Faults.FAILED, f"{method} is not available in this build yet")

    @_api
    def restart(self):
        return self._not_yet("restart")

    @_api
    def shutdown(self):
        return self._not_yet("shutdown")

    @_api
    def start_application(self, strategy, application_name, wait=True):
        return self._not_yet("start_application")

    @_api
    def stop_application(self, application_name, wait=True):
        return self._not_yet("stop_application")

    @_api
    def restart_application(self, strategy, application_name, wait=True):
        return self._not_yet("restart_application")

    @_api
    def start_args(self, namespec, extra_args="", wait=True):
        return self._not_yet("start_args")

    @_api
    def start_process(self, strategy, namespec, extra_args="", wait=True):
        return self._not_yet("start_process")

    @_api
    def stop_process(self, namespec, wait=True):
        return self._not_yet("stop_process")

    @_api
    def restart_process(self, strategy, namespec, wait=True):
        return self._not_yet("restart_process")


