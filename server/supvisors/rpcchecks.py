"""What every `supvisors` RPC method gets from the spec before its body runs (the `api` decorator).

- its docstring, in supervisor's @param/@return form (system.methodHelp / methodSignature);
- freshness: what the sync thread has already received is applied first (`Cluster.drain_inbox`), so
  no reply is older than a change that reached this node before the request;
- its allowed Supvisors states (BAD_SUPVISORS_STATE otherwise, and always while the node is out of
  the cluster because its sync thread is down);
- the other argument forms it accepts besides the spec's (DOCUMENT_FORMS: restart_process's
  3-argument form of xml_rpc.rst), rewritten into the spec's form first;
- its typed parameters: `boolean` (INCORRECT_PARAMETERS) and the strategy enums (BAD_STRATEGY; a
  code or a name, made the enum). String parameters are names whose fault the method knows (BAD_NAME,
  BAD_ADDRESS...), checked in its body.

Fault texts show arguments through `show`: bounded, whatever the argument.
"""

from __future__ import annotations

import functools
import reprlib

from supervisor.xmlrpc import RPCError

from ._generated.api import DOCSTRINGS, METHODS
from ._generated.enums import ConciliationStrategies, DeploymentStrategies
from ._generated.faults import Faults

_REPR = reprlib.Repr()
_REPR.maxlevel, _REPR.maxstring, _REPR.maxother = 3, 120, 120
_REPR.maxlist = _REPR.maxtuple = _REPR.maxdict = _REPR.maxset = 8


def show(value) -> str:
    """A bounded, safe rendering of an argument for a fault message: never longer than a few hundred
    characters, whatever the value (a 10,000-deep list, a megabyte string)."""
    return _REPR.repr(value)


def boolean(name: str, value):
    if not isinstance(value, bool | int):
        raise RPCError(Faults.INCORRECT_PARAMETERS, f"{name} must be a boolean, got {show(value)}")
    return value


def strategy(enum, name: str, value, refused: tuple = ()):
    """An int code of a strategy enum (its name is accepted too), made the enum; BAD_STRATEGY otherwise
    (also for the members in refused)."""
    member = None
    if isinstance(value, str) and value.upper() in enum.__members__:
        member = enum[value.upper()]
    elif isinstance(value, int) and not isinstance(value, bool) and value in enum._value2member_map_:
        member = enum(value)
    if member is None or member in refused:
        known = ", ".join(f"{m.value} {m.name}" for m in enum if m not in refused)
        raise RPCError(Faults.BAD_STRATEGY, f"{name} must be one of {known}; got {show(value)} "
                                            f"({type(value).__name__})")
    return member


CHECKS = {"boolean": boolean,
          "DeploymentStrategies": functools.partial(strategy, DeploymentStrategies),
          "ConciliationStrategies": functools.partial(strategy, ConciliationStrategies)}


def _restart_process_form(args: list) -> list:
    """restart_process is (strategy, namespec, extra_args="", wait=True), as the original Java client
    calls it; xml_rpc.rst documents (strategy, namespec, wait): a third and last argument that is not
    a string is that wait."""
    if len(args) == 3 and not isinstance(args[2], str):
        return [args[0], args[1], "", args[2]]
    return args


# Argument forms accepted besides the spec's, rewritten into it before the typed checks.
DOCUMENT_FORMS = {"restart_process": _restart_process_form}


def check_state(cluster, method: str) -> None:
    allowed = METHODS[method]["states"]
    if not allowed:
        return
    if cluster.sync_down():
        raise RPCError(Faults.BAD_SUPVISORS_STATE,
                       f"this node is out of the cluster: its sync thread is down (restarting); "
                       f"{method} needs one of {', '.join(allowed)}")
    state = cluster.state
    if state.name not in allowed:
        raise RPCError(Faults.BAD_SUPVISORS_STATE,
                       f"Supvisors is {state.name}; {method} needs one of {', '.join(allowed)}")


def api(func):
    """The method as the spec declares it (see the module doc); a method missing from the spec fails here."""
    name = func.__name__
    checks = [(i, pname, CHECKS[ptype]) for i, (pname, ptype, _, _) in enumerate(METHODS[name]["params"])
              if ptype in CHECKS]
    form = DOCUMENT_FORMS.get(name, list)

    @functools.wraps(func)
    def method(self, *args):
        cluster = self._cluster
        cluster.drain_inbox()
        check_state(cluster, name)
        args = form(list(args))
        for i, pname, check in checks:
            if i < len(args):
                args[i] = check(pname, args[i])
        return func(self, *args)

    method.__doc__ = DOCSTRINGS[name]
    return method
