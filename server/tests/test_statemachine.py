"""The state machine's table and its one writer; typed messages, their checks and their dispatch."""

from __future__ import annotations

import pytest

from supvisors import messages
from supvisors._generated.enums import SupvisorsStates
from supvisors._generated.faults import Faults
from supvisors.statemachine import TRANSITIONS, StateMachine, path

from .test_fsm import NODES, Peer, make, make_operational

S = SupvisorsStates


class Recorder:
    def __init__(self):
        self.lines = []

    def __getattr__(self, level):
        return lambda text: self.lines.append((level, text))


def test_every_state_is_in_the_table_and_initialization_is_reachable_from_all():
    assert set(TRANSITIONS) == set(S)
    for state in S:
        assert state == S.INITIALIZATION or S.INITIALIZATION in TRANSITIONS[state]


def test_an_illegal_transition_is_refused_and_logged_once():
    logger = Recorder()
    changes = []
    fsm = StateMachine(logger, on_change=lambda old, new: changes.append((old, new)))
    assert fsm.set_state(S.OPERATION, "test") is False
    assert fsm.set_state(S.OPERATION, "test") is False
    assert fsm.state == S.INITIALIZATION and fsm.refused == 2
    assert logger.lines == [("error", "supvisors: illegal transition INITIALIZATION -> OPERATION refused (test)")]
    assert fsm.set_state(S.DEPLOYMENT) and fsm.set_state(S.OPERATION)
    assert changes == [(S.INITIALIZATION, S.DEPLOYMENT), (S.DEPLOYMENT, S.OPERATION)]


def test_entry_and_exit_actions_run_around_the_change():
    calls = []
    fsm = StateMachine(Recorder(), entry={S.DEPLOYMENT: lambda: calls.append(("enter", fsm.state))},
                       exit={S.INITIALIZATION: lambda: calls.append(("exit", fsm.state))})
    fsm.set_state(S.DEPLOYMENT)
    assert calls == [("exit", S.INITIALIZATION), ("enter", S.DEPLOYMENT)]


def test_follow_walks_the_legal_path():
    assert path(S.DEPLOYMENT, S.SHUTDOWN) == [S.SHUTTING_DOWN, S.SHUTDOWN]
    assert path(S.SHUTDOWN, S.OPERATION) == []  # never back without INITIALIZATION
    fsm = StateMachine(Recorder())
    fsm.set_state(S.DEPLOYMENT)
    assert fsm.follow(S.SHUTDOWN) and fsm.state == S.SHUTDOWN
    assert not fsm.follow(S.OPERATION) and fsm.state == S.SHUTDOWN


def test_the_cluster_has_no_other_writer_of_the_state():
    cluster, _ = make()
    with pytest.raises(AttributeError):
        cluster.state = S.OPERATION


@pytest.mark.parametrize("kind, body, error", [
    ("heartbeat", {"state": 99, "master": "", "version": 0}, "key 'state' has an unknown value 99"),
    ("heartbeat", {"state": 0, "master": "", "version": True}, "key 'version' is not a int"),
    ("request", {"to": "x"}, "key 'what' missing"),
    ("snapshot", {"version": 1, "processes": [{"group": "g"}]}, "snapshot: process report: bad 'name'"),
    ("command", {"op": "launch"}, "command: unknown op 'launch'"),
    ("command", {"op": "mark", "to": "x", "namespec": "g:p", "state": 200, "reason": "", "clears": []},
     "key 'to' has an unknown value 'x'"),
    ("command", {"op": "mark", "to": "*", "namespec": "g:p", "state": 200, "reason": "", "clears": [7]},
     "clears [7] are not process state codes"),
    ("reply", {"to": "x", "id": "1", "ok": 1, "code": int(Faults.SUCCESS), "error": ""}, "key 'ok' is not a bool"),
    ("gossip", {}, "unknown kind 'gossip'"),
])
def test_ill_formed_bodies_are_refused_with_their_reason(kind, body, error):
    with pytest.raises(messages.MessageError, match=error.replace("[", r"\[").replace("]", r"\]")):
        messages.parse(kind, body)


def test_every_message_class_round_trips_and_is_dispatched():
    samples = [messages.Heartbeat(state=2, master="a", version=3), messages.SnapshotRequest(to="a", what="snapshot"),
               messages.Snapshot(version=1, processes=[]), messages.ProcessEvent(version=1, processes=[{
                   "group": "g", "name": "p", "state": 0}]),
               messages.Command(to="a", id="1", op="start", namespec="g:p", extra_args=""),
               messages.Mark(to="*", namespec="g:p", state=200, reason="r", clears=[10]),
               messages.Sync(to="*", id="1"), messages.Reply(to="a", id="1", ok=True, code=int(Faults.SUCCESS), error=""),
               messages.Conciliate(to="a", strategy=0), messages.ClusterAction(to="a", action="restart"),
               messages.SupervisordAction(to="*", action="shutdown")]
    assert {type(m) for m in samples} == set(messages.DISPATCH)
    cluster, _ = make()
    for m in samples:
        assert messages.parse(m.KIND, m.body()) == m
        owner, method = messages.DISPATCH[type(m)]
        assert callable(getattr(cluster._handlers[owner], method))


def test_a_command_for_another_node_is_not_handled():
    cluster, _ = make(address=NODES[0])
    peer = Peer(NODES[1])
    peer.join(cluster)
    cluster.sent.clear()
    cluster._handle(peer.msg("request", {"to": NODES[2], "what": "snapshot"}))
    assert cluster.sent == []
    cluster._handle(peer.msg("request", {"to": NODES[0], "what": "snapshot"}))
    assert [kind for kind, _ in cluster.sent] == ["snapshot"]


# ---------------------------------------------------------------- rpcchecks.api: the spec, before every body
def _rpc_in_operation():
    from supvisors.rpcinterface import SupvisorsNamespaceRPCInterface

    cluster, _ = make_operational()
    return cluster, SupvisorsNamespaceRPCInterface(cluster)


@pytest.mark.parametrize("call, code", [
    (lambda rpc: rpc.conciliate(2), "BAD_SUPVISORS_STATE"),              # CONCILIATION only
    (lambda rpc: rpc.start_process("FASTEST", "g:p"), "BAD_STRATEGY"),
    (lambda rpc: rpc.start_process(1, "g:p", "", "yes"), "INCORRECT_PARAMETERS"),
    (lambda rpc: rpc.start_process(True, "g:p"), "BAD_STRATEGY"),
    (lambda rpc: rpc.start_process("less_loaded", "nope:nope"), "BAD_NAME"),  # a name is a strategy too
])
def test_api_checks_states_and_typed_parameters_from_the_spec(call, code):
    from supervisor.xmlrpc import RPCError

    _, rpc = _rpc_in_operation()
    with pytest.raises(RPCError) as info:
        call(rpc)
    assert info.value.code == getattr(Faults, code), info.value.text


def test_conciliate_refuses_user_and_takes_names():
    from supervisor.xmlrpc import RPCError

    from supvisors._generated.enums import ConciliationStrategies as C
    from supvisors.rpcchecks import strategy

    assert strategy(C, "strategy", "senicide") is C.SENICIDE
    with pytest.raises(RPCError) as info:
        strategy(C, "strategy", C.USER, (C.USER,))
    assert info.value.code == Faults.BAD_STRATEGY and "USER" not in info.value.text.split(";")[0]


def test_api_keeps_the_spec_docstring_and_signature():
    import inspect

    from supvisors._generated.api import DOCSTRINGS
    from supvisors.rpcinterface import SupvisorsNamespaceRPCInterface

    method = SupvisorsNamespaceRPCInterface.start_process
    assert method.__doc__ == DOCSTRINGS["start_process"]
    assert list(inspect.signature(method).parameters) == ["self", "strategy", "namespec", "extra_args", "wait"]


# ---------------------------------------------------------------- restart_process: both forms, extra_args
def _rpc_with_programs():
    """In OPERATION, node 2 reports g:p (no rules: takes extra arguments) and g:req (required: does not)."""
    from supvisors.rpcinterface import SupvisorsNamespaceRPCInterface
    from supvisors.rules import ApplicationRules, ProgramRules

    cluster, _ = make()
    cluster.rules.applications["g"] = ApplicationRules("g", programs={"req": ProgramRules(required=True)})
    Peer(NODES[1]).join(cluster, processes=[{"group": "g", "name": "p", "state": 0},
                                            {"group": "g", "name": "req", "state": 0}])
    Peer(NODES[2]).join(cluster)
    assert cluster.state == S.OPERATION
    jobs = []
    cluster.deployer.submit = jobs.append  # the job is only recorded: wait=False answers at once
    return SupvisorsNamespaceRPCInterface(cluster), jobs


@pytest.mark.parametrize("args, extra_args", [
    ((0, "g:p", False), ""),              # the document's (strategy, namespec, wait)
    ((0, "g:p", 0), ""),                  # an int wait, as everywhere else
    ((0, "g:p", "-x 1", False), "-x 1"),  # the original Java client's (strategy, namespec, extra_args, wait)
    ((0, "g:p", "-x 1"), "-x 1"),         # wait left out: True, so a deferred result
])
def test_restart_process_takes_both_forms(args, extra_args):
    rpc, jobs = _rpc_with_programs()
    result = rpc.restart_process(*args)
    assert len(jobs) == 1
    start = jobs[0].phases[-1]
    assert (start.op, [i.namespec for i in start.items], start.extra_args) == ("start", ["g:p"], extra_args)
    if len(args) == 3 and isinstance(args[2], str):
        assert callable(result)  # wait=True by default: a deferred result
    else:
        assert result is True


@pytest.mark.parametrize("call, code, text", [
    (lambda rpc: rpc.restart_process(0, "g:req", "-x", False), "BAD_EXTRA_ARGUMENTS", "g:req is required"),
    (lambda rpc: rpc.restart_process(0, "g:*", "-x", False), "BAD_EXTRA_ARGUMENTS", "g:req is required"),
    (lambda rpc: rpc.start_process(0, "g:req", "-x", False), "BAD_EXTRA_ARGUMENTS", "g:req is required"),
    (lambda rpc: rpc.restart_process(0, "g:p", ["x"]), "INCORRECT_PARAMETERS", "wait must be a boolean"),
    (lambda rpc: rpc.restart_process(0, "g:p", "", "yes"), "INCORRECT_PARAMETERS", "wait must be a boolean"),
    (lambda rpc: rpc.restart_process(0, "g:p", 5, True), "INCORRECT_PARAMETERS", "extra_args must be a string"),
    (lambda rpc: rpc.restart_process(0, "g:p", True, True), "INCORRECT_PARAMETERS", "extra_args must be a string"),
    (lambda rpc: rpc.restart_process(9, "g:p", "", True), "BAD_STRATEGY", "strategy must be one of"),
    (lambda rpc: rpc.restart_process(0, "g:nope", True), "BAD_NAME", "unknown process"),
])
def test_restart_process_faults(call, code, text):
    from supervisor.xmlrpc import RPCError

    rpc, jobs = _rpc_with_programs()
    with pytest.raises(RPCError) as info:
        call(rpc)
    assert info.value.code == getattr(Faults, code) and text in info.value.text, info.value.text
    assert jobs == []


def test_extra_args_are_accepted_where_the_rules_allow_them():
    rpc, jobs = _rpc_with_programs()
    assert rpc.start_process(0, "g:p", "-x", False) is True
    assert rpc.start_process(0, "g:req", "", False) is True  # no extra arguments: nothing to refuse
    assert [j.phases[-1].extra_args for j in jobs] == ["-x", ""]
