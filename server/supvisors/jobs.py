"""Jobs: starting and stopping processes in sequence, followed from the process view.

A job is a list of phases run one after the other; a phase is a set of processes started (or
stopped) in parallel, each on its node. A phase is over when every one of its actions is settled:

- start on node A (the node chosen by the strategy when the phase begins):
  ok when the view shows the process RUNNING on A (wait_exit: EXITED with an expected status);
  failed when, once A has accepted the command, A reports FATAL, EXITED (unexpected) or STOPPED, when A refuses
  the command (a reply with an error), when A is lost, or when `timeout` (command_timeout) passes
  first; then the process is stopped on A if it still runs there and marked FATAL with the reason.
  No eligible node at all: failed at once and marked FATAL ("no candidate node ...").
- stop on node A (every node where the process is STARTING, RUNNING, BACKOFF or STOPPING; only the
  phase's `nodes` if it names some, as conciliation does):
  ok when A reports it STOPPED, EXITED or FATAL (or A is lost); failed when A refuses the command
  or `timeout` passes first (then the process is marked UNKNOWN with the reason).

A process already running somewhere when its start phase begins is left alone (not an action).
`policy` says when the job failed (its `error`): "all": any failed action; "application": a failed
required process, or no start succeeded while some failed. `starting_failure` (an application's
starting_failure_strategy, rules.py) says what a failed required process does to the rest of the job,
after its phase: "ABORT": the next phases are not run; "STOP": they are not run, and the `rollback`
phases (the application's stop sequences) run instead; "CONTINUE" or "": the job goes on.

Jobs never block and never send anything themselves: the context (the Deployer) chooses nodes,
issues commands, marks processes and gives the clocks, so that jobs are unit-tested with fakes.
"""

from __future__ import annotations

from typing import Protocol

from ._generated.enums import DeploymentStrategies, ProcessStates
from .processes import RUNNING_STATES, ProcessView
from .records import field, record

P = ProcessStates
ACTIVE = (*RUNNING_STATES, P.STOPPING)  # a stop command has something to do
NOT_STOPPING = tuple(s for s in ProcessStates if s != P.STOPPING)


@record(frozen=True)
class Item:
    """One process of a phase, with the rules that matter for sequencing."""

    namespec: str
    required: bool = True
    wait_exit: bool = False
    loading: int = 0


@record
class Phase:
    op: str                                       # "start" | "stop"
    items: list[Item]
    strategy: DeploymentStrategies = DeploymentStrategies.CONFIG
    address: str = ""                             # start: a fixed node (start_args), else the strategy's
    extra_args: str = ""
    name: str = ""                                # for logs: "sequence 2"
    nodes: tuple[str, ...] = ()                   # stop: only on these nodes (conciliation); () = everywhere


@record
class Action:
    item: Item
    op: str
    address: str
    extra_args: str = ""
    id: str = ""
    sent: float = 0.0            # wall ms when the command was issued
    deadline: float = 0.0        # monotonic seconds
    reply: tuple[bool, int, str] | None = None
    outcome: str | None = None   # None (pending), "ok", "failed"
    reason: str = ""


class Context(Protocol):
    view: ProcessView
    timeout: float

    def now(self) -> float: ...
    def choose(self, item: Item, strategy: DeploymentStrategies) -> tuple[str | None, str]: ...
    def issue(self, action: Action) -> None: ...
    def mark(self, namespec: str, state: ProcessStates, reason: str, clears: tuple) -> None: ...
    def log(self, text: str) -> None: ...


@record
class Job:
    title: str
    phases: list[Phase]
    policy: str = "all"                # "all" | "application"
    starting_failure: str = ""         # "" | "ABORT" | "STOP" | "CONTINUE"
    rollback: list[Phase] = field(default_factory=list)  # STOP: run after a required process failed
    index: int = 0
    actions: list[Action] | None = None
    done: bool = False
    succeeded: int = 0
    failures: list[tuple[Item, str]] = field(default_factory=list)
    aborted: str = ""
    published: bool = False  # every RUNNING peer has applied what this node sent before the job ended
    published_at: float = 0.0
    collected: bool = False  # a waiting RPC has taken the result

    @property
    def answered(self) -> bool:
        """Done, and the peers have caught up: a peer asked next sees the same state."""
        return self.done and self.published

    # ------------------------------------------------------------ result
    @property
    def error(self) -> str | None:
        """None if the job succeeded (or is not done yet), else the reasons."""
        if not self.done:
            return None
        reasons = [r for _, r in self.failures]
        if self.aborted:
            reasons.append(self.aborted)
        if self.policy == "all":
            failed = bool(self.failures)
        else:
            failed = any(i.required for i, _ in self.failures) or (self.succeeded == 0 and bool(self.failures))
        return f"{self.title}: " + "; ".join(reasons) if failed else None

    def pending(self) -> list[Action]:
        return [a for a in self.actions or [] if a.outcome is None]

    # ------------------------------------------------------------ progress
    def step(self, ctx: Context) -> bool:
        """Advance as far as the view allows; return True when the job has just finished."""
        if self.done:
            return False
        while True:
            if self.actions is None:
                if self.index >= len(self.phases):
                    self.done = True
                    ctx.log(f"{self.title}: done" + (f" ({self.error})" if self.error else ""))
                    return True
                self._begin(ctx, self.phases[self.index])
            for action in self.pending():
                self._check(ctx, action)
            if self.pending():
                return False
            phase = self.phases[self.index]
            self.index += 1
            self.actions = None
            if (self.starting_failure in ("ABORT", "STOP") and not self.aborted and phase.op == "start"
                    and any(i.required for i, _ in self.failures)):
                self.aborted = f"next sequences not started after the failure of a required process ({phase.name})"
                if self.starting_failure == "STOP":
                    self.aborted += "; the application is stopped (starting_failure_strategy STOP)"
                self.phases = self.phases[:self.index] + (self.rollback if self.starting_failure == "STOP" else [])
                ctx.log(f"{self.title}: {self.aborted}")

    def _begin(self, ctx: Context, phase: Phase) -> None:
        self.actions = []
        view = ctx.view
        for item in phase.items:
            status = view.processes.get(item.namespec)
            if phase.op == "start":
                if status is not None and status.addresses():
                    continue  # already running somewhere
                if phase.address:
                    address, why = phase.address, ""
                else:
                    address, why = ctx.choose(item, phase.strategy)
                action = Action(item, "start", address or "", phase.extra_args)
                self.actions.append(action)
                if address is None:
                    self._fail(ctx, action, f"{item.namespec}: no candidate node ({why})", P.FATAL)
                else:
                    ctx.issue(action)
            else:
                for address, report in sorted((status.nodes if status else {}).items()):
                    if phase.nodes and address not in phase.nodes:
                        continue
                    if not report.lost and report.state in ACTIVE:
                        action = Action(item, "stop", address)
                        self.actions.append(action)
                        ctx.issue(action)

    def _check(self, ctx: Context, action: Action) -> None:
        status = ctx.view.processes.get(action.item.namespec)
        report = status.nodes.get(action.address) if status is not None else None
        ns, where = action.item.namespec, action.address
        if action.op == "stop":
            if report is None or report.lost or report.state not in ACTIVE:
                self._ok(action)
            elif action.reply is not None and not action.reply[0]:
                self._fail(ctx, action, f"{ns}: stop refused on {where}: {action.reply[2]}", None)
            elif ctx.now() > action.deadline:
                self._fail(ctx, action, f"{ns}: still {report.state.name} on {where} after {ctx.timeout:g}s "
                           "(command_timeout)", P.UNKNOWN, NOT_STOPPING)
            return
        wait_exit = action.item.wait_exit
        # An end state counts only once the node has answered the command: the node's messages are
        # ordered, so what the view shows then is what followed the spawn (an older snapshot or event
        # still in flight when the command left cannot be mistaken for its outcome).
        fresh = report is not None and action.reply is not None and action.reply[0]
        if report is not None and report.lost:
            self._fail(ctx, action, f"{ns}: node {where} lost while starting", None)
        elif report is not None and report.state == P.RUNNING and not wait_exit:
            self._ok(action)
        elif action.reply is not None and not action.reply[0] and not (report and report.state in RUNNING_STATES):
            self._fail(ctx, action, f"{ns}: start refused on {where}: {action.reply[2]}", P.FATAL)
        elif fresh and report.state == P.EXITED:
            if wait_exit and report.expected:
                self._ok(action)
            else:
                self._fail(ctx, action, f"{ns}: exited on {where} with an unexpected status", None)
        elif fresh and report.state == P.FATAL:
            self._fail(ctx, action, f"{ns}: FATAL on {where}: {report.spawnerr or 'could not start'}", None)
        elif fresh and report.state == P.STOPPED:
            self._fail(ctx, action, f"{ns}: stopped on {where} before it was RUNNING", None)
        elif ctx.now() > action.deadline:
            state = report.state.name if report is not None else "unknown"
            goal = "EXITED" if wait_exit else "RUNNING"
            if report is not None and report.state in RUNNING_STATES:
                ctx.issue(Action(action.item, "stop", where))  # do not leave it half-started
            self._fail(ctx, action, f"{ns}: not {goal} on {where} within {ctx.timeout:g}s (command_timeout; "
                       f"state {state})", P.FATAL)

    def _ok(self, action: Action) -> None:
        action.outcome = "ok"
        if action.op == "start":
            self.succeeded += 1

    def _fail(self, ctx: Context, action: Action, reason: str, mark: ProcessStates | None,
              clears: tuple = RUNNING_STATES) -> None:
        action.outcome, action.reason = "failed", reason
        self.failures.append((action.item, reason))
        ctx.log(reason)
        if mark is not None:
            ctx.mark(action.item.namespec, mark, reason, clears)
