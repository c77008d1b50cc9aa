"""Unit tests of the deployment layer without a cluster: strategies, jobs (sequencing) with a fake context."""

from __future__ import annotations

import pytest

from supvisors._generated.enums import AddressStates, DeploymentStrategies, ProcessStates
from supvisors.jobs import Action, Item, Job, Phase
from supvisors.processes import ProcessView
from supvisors.rules import ApplicationRules, ProgramRules, Rules
from supvisors.strategies import STRATEGIES, Candidates, choose, explain
from supvisors.strategies.config import config
from supvisors.strategies.less_loaded import less_loaded
from supvisors.strategies.local import local
from supvisors.strategies.most_loaded import most_loaded

A, B, C = "10.0.0.1", "10.0.0.2", "10.0.0.3"
RUN = AddressStates.RUNNING
P = ProcessStates


def cands(addresses=(A, B, C), states=None, loads=None, loading=10, here=A):
    states = states or {a: RUN for a in (A, B, C)}
    return Candidates(list(addresses), states, loads or {}, loading, here)


# ---------------------------------------------------------------- strategies
def test_registry_has_every_strategy():
    assert set(STRATEGIES) == set(DeploymentStrategies)
    for func in STRATEGIES.values():
        assert func.__doc__


def test_config_first_in_rules_order():
    assert config(cands((C, B, A))) == C
    assert config(cands((C, B, A), states={A: RUN, B: RUN, C: AddressStates.SILENT})) == B


def test_config_skips_full_nodes():
    assert config(cands((A, B), loads={A: 95}, loading=10)) == B
    assert config(cands((A, B), loads={A: 90}, loading=10)) == A  # 100 exactly fits


def test_less_loaded():
    assert less_loaded(cands(loads={A: 30, B: 10, C: 20})) == B
    assert less_loaded(cands((C, B, A), loads={})) == C  # a tie goes to the first in rules order
    assert less_loaded(cands(loads={A: 30, B: 95, C: 20}, states={A: RUN, B: RUN, C: AddressStates.UNKNOWN})) == A


def test_most_loaded():
    assert most_loaded(cands(loads={A: 30, B: 60, C: 20})) == B
    assert most_loaded(cands(loads={A: 30, B: 95, C: 20})) == A  # B would go past 100
    assert most_loaded(cands((B, A), loads={})) == B


def test_local():
    assert local(cands(here=B)) == B
    assert local(cands((A, C), here=B)) is None  # the rules do not allow the local node
    assert local(cands(here=B, loads={B: 95})) is None


@pytest.mark.parametrize("strategy", list(DeploymentStrategies))
def test_no_candidate(strategy):
    full = cands(loads={A: 100, B: 100, C: 100}, loading=1)
    assert choose(strategy, full) is None
    assert choose(strategy, cands(states={A: AddressStates.SILENT, B: AddressStates.ISOLATED})) is None
    assert choose(strategy, cands(())) is None
    assert "loaded at 100%" in explain(full)
    assert "SILENT" in explain(cands(states={A: AddressStates.SILENT}))


# ---------------------------------------------------------------- jobs
class FakeContext:
    """The Deployer's side of a job: commands are recorded, nodes chosen by CONFIG among RUNNING ones."""

    def __init__(self, view, nodes=(A, B, C)):
        self.view = view
        self.timeout = 10.0
        self.clock = 0.0
        self.nodes = list(nodes)
        self.issued: list[Action] = []
        self.marks: dict[str, tuple] = {}
        self.logs: list[str] = []

    def now(self):
        return self.clock

    def choose(self, item, strategy):
        return (self.nodes[0], "") if self.nodes else (None, "every node is SILENT")

    def issue(self, action):
        """Like a node: a start is spawned (STARTING) and accepted at once."""
        action.sent, action.deadline = 100.0, self.clock + self.timeout
        if action.op == "start":
            group, _, name = action.item.namespec.partition(":")
            report(self.view, action.address, name, P.STARTING, group=group)
            action.reply = (True, 80, "")
        self.issued.append(action)

    def mark(self, namespec, state, reason, clears):
        self.marks[namespec] = (state, reason)
        self.view.set_mark(namespec, state, reason, clears)

    def log(self, text):
        self.logs.append(text)


def _view(names, group="app", rules=None):
    view = ProcessView(rules or Rules())
    for node in (A, B, C):
        view.apply_snapshot(node, [{"group": group, "name": n, "state": int(P.STOPPED)} for n in names], 50.0)
    return view


def report(view, node, name, state, seen=200.0, group="app", **kw):
    view.apply_event(node, {"group": group, "name": name, "state": int(state), **kw}, seen)


def test_start_sequences_in_order():
    view = _view(["a", "b1", "b2"])
    ctx = FakeContext(view)
    job = Job("start", [Phase("start", [Item("app:a")]), Phase("start", [Item("app:b1"), Item("app:b2")])])
    assert not job.step(ctx)
    assert [a.item.namespec for a in ctx.issued] == ["app:a"]
    report(view, A, "a", P.STARTING)
    assert not job.step(ctx) and len(ctx.issued) == 1  # STARTING is not enough
    report(view, A, "a", P.RUNNING)
    assert not job.step(ctx)
    assert [a.item.namespec for a in ctx.issued] == ["app:a", "app:b1", "app:b2"]  # the sequence in parallel
    report(view, A, "b1", P.RUNNING)
    assert not job.step(ctx)
    report(view, A, "b2", P.RUNNING)
    assert job.step(ctx) and job.done and job.error is None


def test_wait_exit_waits_for_the_expected_exit():
    view = _view(["init", "next"])
    ctx = FakeContext(view)
    job = Job("start", [Phase("start", [Item("app:init", wait_exit=True)]), Phase("start", [Item("app:next")])])
    job.step(ctx)
    report(view, A, "init", P.RUNNING)
    job.step(ctx)
    assert len(ctx.issued) == 1  # RUNNING is not the goal of a wait_exit program
    report(view, A, "init", P.EXITED, expected=True)
    job.step(ctx)
    assert len(ctx.issued) == 2


def test_wait_exit_unexpected_exit_fails():
    view = _view(["init"])
    ctx = FakeContext(view)
    job = Job("start", [Phase("start", [Item("app:init", wait_exit=True)])])
    job.step(ctx)
    report(view, A, "init", P.EXITED, expected=False)
    assert job.step(ctx) and "unexpected status" in job.error


def test_required_failure_aborts_next_sequences_and_fails():
    view = _view(["req", "opt", "later"])
    ctx = FakeContext(view)
    job = Job("start", [Phase("start", [Item("app:req", required=True), Item("app:opt", required=False)]),
                        Phase("start", [Item("app:later")])], policy="application", starting_failure="ABORT")
    job.step(ctx)
    report(view, A, "req", P.FATAL, spawnerr="no such file")
    report(view, A, "opt", P.RUNNING)
    assert job.step(ctx)
    assert [a.item.namespec for a in ctx.issued] == ["app:req", "app:opt"]
    assert "no such file" in job.error and "next sequences not started" in job.error


def test_required_failure_with_stop_stops_what_was_started():
    view = _view(["req", "opt", "later"])
    ctx = FakeContext(view)
    items = [Item("app:req", required=True), Item("app:opt", required=False), Item("app:later")]
    job = Job("start", [Phase("start", items[:2]), Phase("start", items[2:])], policy="application",
              starting_failure="STOP", rollback=[Phase("stop", items)])
    job.step(ctx)
    report(view, A, "req", P.FATAL, spawnerr="no such file")
    report(view, A, "opt", P.RUNNING)
    assert not job.step(ctx)  # the rollback phase is running: opt is being stopped
    assert [(a.op, a.item.namespec) for a in ctx.issued] == [("start", "app:req"), ("start", "app:opt"),
                                                             ("stop", "app:opt")]
    report(view, A, "opt", P.STOPPED)
    assert job.step(ctx)
    assert "next sequences not started" in job.error and "the application is stopped" in job.error


def test_required_failure_with_continue_starts_the_next_sequences_and_still_fails():
    view = _view(["req", "later"])
    ctx = FakeContext(view)
    job = Job("start", [Phase("start", [Item("app:req", required=True)]), Phase("start", [Item("app:later")])],
              policy="application", starting_failure="CONTINUE")
    job.step(ctx)
    report(view, A, "req", P.FATAL, spawnerr="no such file")
    assert not job.step(ctx)
    assert [a.item.namespec for a in ctx.issued] == ["app:req", "app:later"]
    report(view, A, "later", P.RUNNING)
    assert job.step(ctx)
    assert "no such file" in job.error and "next sequences" not in job.error


def test_optional_failure_is_not_an_error_of_the_application():
    view = _view(["req", "opt"])
    ctx = FakeContext(view)
    job = Job("start", [Phase("start", [Item("app:req", required=True), Item("app:opt", required=False)])],
              policy="application", starting_failure="ABORT")
    job.step(ctx)
    report(view, A, "req", P.RUNNING)
    report(view, A, "opt", P.FATAL)
    assert job.step(ctx) and job.error is None and len(job.failures) == 1


def test_end_states_before_the_answer_are_ignored():
    view = _view(["a"])
    ctx = FakeContext(view)
    job = Job("start", [Phase("start", [Item("app:a")])])
    job.step(ctx)
    ctx.issued[0].reply = None  # not answered yet
    report(view, A, "a", P.FATAL)  # e.g. a snapshot taken before the command
    assert not job.step(ctx)
    ctx.issued[0].reply = (True, 80, "")
    report(view, A, "a", P.RUNNING)
    assert job.step(ctx) and job.error is None


def test_no_candidate_marks_fatal_and_job_ends():
    view = _view(["a"])
    ctx = FakeContext(view, nodes=())
    job = Job("start", [Phase("start", [Item("app:a")])])
    assert job.step(ctx) and "no candidate node" in job.error
    assert view.processes["app:a"].state() == P.FATAL and ctx.marks["app:a"][0] == P.FATAL
    report(view, B, "a", P.STARTING, seen=300.0)  # a later start clears the mark
    assert view.processes["app:a"].mark is None


def test_start_timeout_stops_and_marks_fatal():
    view = _view(["a"])
    ctx = FakeContext(view)
    job = Job("start", [Phase("start", [Item("app:a")])])
    job.step(ctx)
    report(view, A, "a", P.STARTING)
    ctx.clock = 11.0
    assert job.step(ctx) and "within 10s" in job.error
    assert [(a.op, a.address) for a in ctx.issued] == [("start", A), ("stop", A)]
    report(view, A, "a", P.STOPPED, seen=300.0)
    assert view.processes["app:a"].state() == P.FATAL


def test_refused_command_fails():
    view = _view(["a"])
    ctx = FakeContext(view)
    job = Job("start", [Phase("start", [Item("app:a")])])
    job.step(ctx)
    report(view, A, "a", P.STOPPED)
    ctx.issued[0].reply = (False, 10, "no process app:a on this node")
    assert job.step(ctx) and "refused" in job.error


def test_already_running_is_skipped():
    view = _view(["a", "b"])
    report(view, B, "a", P.RUNNING, seen=60.0)
    ctx = FakeContext(view)
    job = Job("start", [Phase("start", [Item("app:a"), Item("app:b")])])
    job.step(ctx)
    assert [a.item.namespec for a in ctx.issued] == ["app:b"]


def test_stop_everywhere_in_sequence_and_timeout():
    view = _view(["x", "y"])
    report(view, A, "x", P.RUNNING, seen=60.0)
    report(view, B, "x", P.RUNNING, seen=60.0)  # a conflict: stopped on both nodes
    report(view, C, "y", P.RUNNING, seen=60.0)
    ctx = FakeContext(view)
    job = Job("stop", [Phase("stop", [Item("app:x")]), Phase("stop", [Item("app:y")])])
    job.step(ctx)
    assert [(a.item.namespec, a.address) for a in ctx.issued] == [("app:x", A), ("app:x", B)]
    report(view, A, "x", P.STOPPED)
    report(view, B, "x", P.STOPPING)
    job.step(ctx)
    assert len(ctx.issued) == 2  # y waits for x to be stopped everywhere
    report(view, B, "x", P.STOPPED)
    job.step(ctx)
    assert ctx.issued[-1].address == C
    report(view, C, "y", P.STOPPING)
    ctx.clock = 20.0
    assert job.step(ctx) and "still STOPPING" in job.error
    assert view.processes["app:y"].state() == P.UNKNOWN
    report(view, C, "y", P.STOPPED, seen=400.0)
    assert view.processes["app:y"].state() == P.STOPPED


def test_node_lost_fails_the_start():
    view = _view(["a"])
    ctx = FakeContext(view)
    job = Job("start", [Phase("start", [Item("app:a")])])
    job.step(ctx)
    report(view, A, "a", P.STARTING)
    view.node_lost(A)
    assert job.step(ctx) and "lost" in job.error


def test_stopped_application_shows_failures():
    rules = Rules({"app": ApplicationRules("app", programs={"r": ProgramRules(required=True)})})
    view = _view(["r", "o"], rules=rules)
    report(view, A, "r", P.FATAL)
    report(view, A, "o", P.FATAL)
    assert view.application_state("app")[1:] == (True, True)
