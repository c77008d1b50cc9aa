"""The deployment layer of one node: jobs, commands between nodes, automatic deployment, the pulse.

Threading rule: supervisord's thread only (the Pulse's own thread only writes to the Waker).

Commands travel as wire messages (messages.py: Command to the node that must act, Reply back to the
node that asked, Sync to every node when a job ends, Mark to every node for a process that could not
be started or stopped), on the authenticated sync channel.

A `sync` ends every job that a caller waits for: the waiting RPC answers once every RUNNING peer has
replied to it. A peer applies a node's messages in order, so by then it has applied the process
events that ended the job: whichever node the caller asks next shows the state reached (bounded by
command_timeout if a peer does not answer).

A command for this node itself is queued and run at the end of the step that issued it, after the
remote commands are sent, through `Node.run_soon`: the process events it causes update the view and
go out at once, but do not re-enter the state evaluation (the step goes on with their effects).
The state is never evaluated inside supervisor's own process event callback (e.g. the STOPPED of a
restart, raised from `finish()`, which goes on with the process object afterwards): that happens at
the end of supervisord's turn, so no step spawns or kills from there. Progress is read from the
process view, which every node's process events update within milliseconds; a reply matters only
when it is a refusal (unknown process, already started, spawn error...).

The Pulse: supervisord's loop sleeps up to 1 s in poll() when idle, and checks deferred RPC results
and process transitions (STARTING -> RUNNING after startsecs, stop timeouts) only when it wakes up.
While a job runs, or a process commanded here is STARTING, BACKOFF or STOPPING, a small thread
writes to the Waker every `PULSE_PERIOD` seconds so the loop turns (and waiting RPCs are answered)
within a few milliseconds of any change. When idle, it sleeps on an Event: no cost.
"""

from __future__ import annotations

import itertools
import threading
import time
from typing import TYPE_CHECKING

from ._generated.enums import ApplicationStates, DeploymentStrategies, ProcessStates
from ._generated.faults import Faults
from .jobs import Action, Item, Job, Phase
from .messages import Command, Mark, Reply, Sync
from .processes import RUNNING_STATES
from .strategies import Candidates, choose, explain

if TYPE_CHECKING:
    from .ports import Node

PULSE_PERIOD = 0.005
TRANSITIONAL = (ProcessStates.STARTING, ProcessStates.BACKOFF, ProcessStates.STOPPING)


class Pulse(threading.Thread):
    """Wakes supervisord's loop every period while `active` is set."""

    def __init__(self, waker, period: float = PULSE_PERIOD):
        super().__init__(name="supvisors-pulse", daemon=True)
        self.waker = waker
        self.period = period
        self.active = threading.Event()
        self._halt = False

    def run(self) -> None:
        while True:
            self.active.wait()
            if self._halt:
                return
            self.waker.wake()
            time.sleep(self.period)

    def stop(self) -> None:
        self._halt = True
        self.active.set()
        self.join(2)


class Deployer:
    def __init__(self, node: Node):
        self.node = node
        self.view = node.view
        self.rules = node.rules
        self.address = node.address
        self.timeout = node.opts.command_timeout
        self.jobs: list[Job] = []
        self.pending: dict[str, Action] = {}          # command id -> action waiting for its reply
        self.watched: set[str] = set()                # local namespecs commanded, maybe in transition
        self.auto: list[list[str]] | None = None      # automatic deployment: groups of applications left
        self.auto_jobs: list[Job] = []
        self._ids = itertools.count(1)
        self.syncing: dict[str, tuple[list[Job], set[str], float]] = {}  # token -> jobs, peers left, deadline
        self._stepping = False
        self._again = False
        self.pulse: Pulse | None = None
        self.local: list[Command] = []          # commands of this node for itself, run by step()
        self.waiting: list[Job] = []                   # jobs whose result a deferred RPC will collect

    # ------------------------------------------------------------ life cycle (Cluster.start/stop)
    def start_pulse(self, waker) -> None:
        self.pulse = Pulse(waker)
        self.pulse.start()

    def stop_pulse(self) -> None:
        if self.pulse is not None:
            self.pulse.stop()
            self.pulse = None

    # ------------------------------------------------------------ context of the jobs
    def now(self) -> float:
        return self.node.clock()

    def log(self, text: str) -> None:
        self.node.logger.info(f"supvisors: {text}")

    def loads(self) -> dict[str, int]:
        """Load of every node: the processes running there plus the starts in flight there."""
        loads = {a: self.view.loading(a) for a in self.node.opts.address_list}
        for job in [*self.jobs, *self.auto_jobs]:
            for action in job.pending():
                if action.op != "start" or not action.address:
                    continue
                status = self.view.processes.get(action.item.namespec)
                report = status.nodes.get(action.address) if status else None
                if not (report and report.state in RUNNING_STATES and action.reply and action.reply[0]):
                    loads[action.address] = loads.get(action.address, 0) + action.item.loading
        return loads

    def candidates(self, item: Item) -> Candidates:
        group, _, name = item.namespec.partition(":")
        rules = self.rules.program_rules(group, name)
        status = self.view.processes.get(item.namespec)
        known = {a for a, r in status.nodes.items() if not r.lost} if status else set()
        allowed = [a for a in rules.resolve_addresses(name, self.node.opts.address_list) if a in known]
        states = self.node.node_states()
        return Candidates(allowed, states, self.loads(), rules.loading, self.address)

    def choose(self, item: Item, strategy: DeploymentStrategies) -> tuple[str | None, str]:
        candidates = self.candidates(item)
        address = choose(strategy, candidates)
        return address, "" if address else f"{strategy.name}: {explain(candidates)}"

    def issue(self, action: Action) -> None:
        action.id = f"{self.address}-{next(self._ids)}"
        action.sent = time.time() * 1000
        action.deadline = self.now() + self.timeout
        self.pending[action.id] = action
        command = Command(to=action.address, id=action.id, op=action.op, namespec=action.item.namespec,
                          extra_args=action.extra_args)
        if action.address == self.address:
            self.local.append(command)
        else:
            self.node.send(command)

    def mark(self, namespec: str, state: ProcessStates, reason: str, clears: tuple) -> None:
        """Mark a process on this node's view and on every other node's (a `mark` command to "*")."""
        if self.view.set_mark(namespec, state, reason, clears):
            self.node.emit_process(namespec, self.address)
        self.node.send(Mark(to="*", namespec=namespec, state=int(state), reason=reason,
                               clears=[int(c) for c in clears]))

    # ------------------------------------------------------------ commands and replies (messages.DISPATCH)
    def on_mark(self, sender: str, msg: Mark) -> None:
        if self.view.set_mark(msg.namespec, ProcessStates(msg.state), msg.reason,
                              tuple(ProcessStates(c) for c in msg.clears)):
            self.node.emit_process(msg.namespec, sender)

    def on_sync(self, sender: str, msg: Sync) -> None:
        self.node.send(Reply(to=sender, id=msg.id, ok=True, code=int(Faults.SUCCESS), error=""))

    def on_command(self, sender: str, msg: Command) -> None:
        self.execute(msg, sender)

    def on_reply(self, sender: str, msg: Reply) -> None:
        if msg.id in self.syncing:
            self.syncing[msg.id][1].discard(sender)
            self._check_syncs()
            return
        action = self.pending.pop(msg.id, None)
        if action is not None:
            action.reply = (msg.ok, msg.code, msg.error)
            self.step()

    def execute(self, command: Command, requester: str) -> None:
        """Carry out a command on this node (supervisord's thread, from the inbox), then answer it."""
        try:
            ok, code, error = self.node.execute(command.op, command.namespec, command.extra_args)
        except Exception as exc:  # a command must never take supervisord down
            ok, code, error = False, Faults.FAILED, f"{command.namespec}: {exc!r}"
        if ok:
            self.watched.add(command.namespec)
        else:
            self.node.logger.warn(f"supvisors: command {command.op} {command.namespec} from {requester}: {error}")
        reply = Reply(to=requester, id=command.id, ok=ok, code=int(code), error="" if ok else error)
        if requester == self.address:
            action = self.pending.pop(command.id, None)
            if action is not None:
                action.reply = (reply.ok, reply.code, reply.error)
        else:
            self.node.send(reply)
        self.step()

    def _run_local(self) -> None:
        """The commands of this node for itself (Node.run_soon: where spawning is safe)."""
        batch, self.local = self.local, []
        for command in batch:
            self.execute(command, self.address)  # sets _again: the jobs see the replies

    # ------------------------------------------------------------ jobs
    def submit(self, job: Job) -> Job:
        self.jobs.append(job)
        self.log(f"{job.title}: begins")
        self.step()
        return job

    def step(self) -> None:
        """Advance every job (called after any change of the view, on ticks and pulses)."""
        if self._stepping:
            self._again = True
            return
        self._stepping = True
        finished: list[Job] = []
        try:
            self._again = True
            while self._again:
                self._again = False
                for job in [*self.jobs, *self.auto_jobs]:
                    if job.step(self):
                        finished.append(job)
                self.jobs = [j for j in self.jobs if not j.done]
                self._step_auto()
                if self.local:  # after the remote commands are sent: the peers work meanwhile
                    self.node.run_soon(self._run_local)
        finally:
            self._stepping = False
        if finished:
            peers = {a for a in self.node.running_nodes() if a != self.address}
            token = f"{self.address}-sync-{next(self._ids)}"
            self.syncing[token] = (finished, peers, self.now() + self.timeout)
            if peers:
                self.node.send(Sync(to="*", id=token))
        self._check_syncs()
        self._update_pulse()

    def _check_syncs(self) -> None:
        """Answer the jobs whose sync every peer still RUNNING has replied to (or past the timeout)."""
        running, now = set(self.node.running_nodes()), self.now()
        for token, (jobs, peers, deadline) in list(self.syncing.items()):
            if not (peers & running) or now > deadline:
                del self.syncing[token]
                for job in jobs:
                    job.published, job.published_at = True, now
                self.node.wake()  # the deferred RPC waits for this: let the loop turn at once

    def wait_for(self, job: Job) -> None:
        """A deferred RPC will collect job's result: keep the loop turning until it does."""
        self.waiting.append(job)

    def _update_pulse(self) -> None:
        # a result not collected 1 s after it was ready: the caller went away
        now = self.now()
        self.waiting = [j for j in self.waiting if not j.collected and not (j.published and now - j.published_at > 1)]
        self.watched = {ns for ns in self.watched if self._local_state(ns) in TRANSITIONAL}
        if self.pulse is not None:
            if self.jobs or self.watched or self.syncing or self.waiting or any(not j.done for j in self.auto_jobs):
                self.pulse.active.set()
            else:
                self.pulse.active.clear()

    def _local_state(self, namespec: str) -> ProcessStates | None:
        status = self.view.processes.get(namespec)
        report = status.nodes.get(self.address) if status is not None else None
        return report.state if report is not None else None

    # ------------------------------------------------------------ plans (from the rules)
    def item(self, namespec: str) -> Item:
        group, _, name = namespec.partition(":")
        rules = self.rules.program_rules(group, name)
        return Item(namespec, rules.required, rules.wait_exit, rules.loading)

    def start_phases(self, application: str, strategy: DeploymentStrategies) -> list[Phase]:
        """The start sequences of an application: programs with start_sequence > 0, in order."""
        by_seq: dict[int, list[Item]] = {}
        for status in self.view.of_application(application):
            seq = self.rules.program_rules(application, status.name).start_sequence
            if seq > 0:
                by_seq.setdefault(seq, []).append(self.item(status.namespec))
        return [Phase("start", items, strategy, name=f"{application} start sequence {seq}")
                for seq, items in sorted(by_seq.items())]

    def stop_phases(self, application: str, active_only: bool = True) -> list[Phase]:
        """The stop sequences of an application's active processes (all of its processes if not
        active_only: the phases stop what is active when they begin), in stop_sequence order."""
        by_seq: dict[int, list[Item]] = {}
        for status in self.view.of_application(application):
            if not active_only or any(not r.lost and r.state in (*RUNNING_STATES, ProcessStates.STOPPING)
                                      for r in status.nodes.values()):
                seq = self.rules.program_rules(application, status.name).stop_sequence
                by_seq.setdefault(seq, []).append(self.item(status.namespec))
        return [Phase("stop", items, name=f"{application} stop sequence {seq}")
                for seq, items in sorted(by_seq.items())]

    def application_job(self, title: str, phases: list[Phase]) -> Job:
        """A job on one application (its phases' processes): a failed required process applies the
        application's starting_failure_strategy (ABORT, STOP or CONTINUE; rules.py)."""
        application = next((i.namespec.partition(":")[0] for p in phases for i in p.items), "")
        strategy = self.rules.application(application).starting_failure_strategy
        rollback = self.stop_phases(application, active_only=False) if strategy == "STOP" else []
        return Job(title, phases, policy="application", starting_failure=strategy, rollback=rollback)

    def process_job(self, title: str, phases: list[Phase]) -> Job:
        return Job(title, phases, policy="all")

    # ------------------------------------------------------------ automatic deployment (master)
    def deployment_done(self) -> bool:
        """Start the deployment at the first call (DEPLOYMENT, on the master); True once it is over.

        Applications with an application-level start_sequence > 0 are started in that order (those of
        one sequence in parallel) with deployment_strategy; each is over when RUNNING or failed.
        """
        if self.auto is None:
            seqs: dict[int, list[str]] = {}
            for app in self.view.applications():
                seq = self.rules.application(app).start_sequence
                if seq > 0:
                    seqs.setdefault(seq, []).append(app)
            self.auto = [apps for _, apps in sorted(seqs.items())]
            self.log(f"deployment of {self.auto or 'nothing'} with {self.node.opts.deployment_strategy.name}")
            self.step()
        return not self.auto and all(j.done for j in self.auto_jobs)

    def _step_auto(self) -> None:
        if self.auto_jobs and all(j.done for j in self.auto_jobs):
            self.auto_jobs = []
        while self.auto and not self.auto_jobs:
            strategy = self.node.opts.deployment_strategy
            for app in self.auto.pop(0):
                state = self.view.application_state(app)[0]
                phases = self.start_phases(app, strategy)
                if state == ApplicationStates.STOPPED and phases:
                    job = self.application_job(f"deployment of {app}", phases)
                    self.auto_jobs.append(job)
                    job.step(self)
            if self.auto_jobs and all(j.done for j in self.auto_jobs):
                self.auto_jobs = []
