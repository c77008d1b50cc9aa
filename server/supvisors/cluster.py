"""The cluster as this node sees it: membership, election, process view, and what drives the state
machine (statemachine.py holds its table and is the only writer of the state).

Threading rule: everything in this module runs in supervisord's thread: RPC handlers read it,
supervisor's event callbacks and the inbox dispatcher (woken by the sync thread) write it. The sync
thread is reached only through `link` (sync.SyncLink: non-blocking hand-offs, watchdog, restarts).
Deployer and Failures see this class only through its port (ports.Node).
"""

from __future__ import annotations

import contextlib
import json
import queue
import time
from typing import Any

from supervisor import events

from . import executor, messages
from ._generated.enums import AddressStates, SupvisorsStates
from .deployer import Deployer
from .election import elect, informed, initialization_over
from .failures import Failures, running_on
from .link import SyncLink
from .membership import Membership
from .options import MIN_MESSAGE_SIZE, SupvisorsOptions
from .pacer import Pacer
from .processes import ProcessView
from .rules import Rules
from .statemachine import StateMachine
from .stream import EventStream
from .sync import InboxDispatcher, Waker
from .viewsync import ViewSync
from .wire import Message

S = SupvisorsStates


class Cluster:
    def __init__(self, supervisord, opts: SupvisorsOptions, rules: Rules, clock=time.monotonic, logger=None):
        self.supervisord = supervisord
        self.opts = opts
        self.rules = rules
        self.clock = clock
        self.logger = logger or supervisord.options.logger  # the plugin's own log if `logfile` is set
        self.address = opts.address
        self.membership = Membership(opts.address, opts.address_list, opts.silence_threshold, opts.auto_fence,
                                     clock=clock)
        self.view = ProcessView(rules)
        self.stream = EventStream(self.view, self.membership, lambda: self.link, lambda: self._hold > 0)
        self.watchers = self.stream.watchers  # the dashboard's live pages (dashboard.py)
        # the entry and exit actions of the states, all of them (statemachine.py holds the transitions)
        self.fsm = StateMachine(self.logger, entry={S.INITIALIZATION: self._leave_cluster,
                                                    S.DEPLOYMENT: self._begin_deployment})
        self.master = ""
        self.start_time = clock()
        self.pacer = Pacer(self.wake)  # autostarts over several turns; the snapshot waits for them
        self.sync = ViewSync(self.membership, self.view, lambda msg: self.send(msg), self.stream.processes,
                             lambda: executor.local_reports(self.supervisord), clock, self._pacing_held)
        self.inbox: queue.SimpleQueue = queue.SimpleQueue()
        self.link: SyncLink | None = None
        self.waker: Waker | None = None
        self.dispatcher: InboxDispatcher | None = None
        # Re-entrancy, private to this class (collaborators use run_soon):
        self._hold = 0  # > 0: a batch is running (inbox, run_soon); it evaluates once at its end
        self._turn_pending = False  # local process events wait for the end of the turn (_on_process_event)
        self.deployer = Deployer(self)
        self.failures = Failures(self, self.deployer)
        self.after_stall = False  # frozen past the silence threshold: re-elect once informed
        self.lost_pending: list[tuple[str, list[str]]] = []  # (lost node, what ran there) for the master

    # ------------------------------------------------------------ life cycle
    def subscribe(self) -> None:
        for kind, handler in ((events.SupervisorRunningEvent, lambda event: self.start()),
                              (events.SupervisorStoppingEvent, lambda event: self.stop()),
                              (events.ProcessStateEvent, self._on_process_event),
                              (events.ProcessGroupAddedEvent, self._on_group_change),
                              (events.ProcessGroupRemovedEvent, self._on_group_change)):
            events.subscribe(kind, handler)

    def start(self) -> None:
        """Start the sync thread (after daemonize: threads do not survive a fork). Never waits for it:
        a thread that cannot work reports it through the inbox, and SyncLink.watch restarts it."""
        if self.link is not None:
            return
        self.link = SyncLink(self.opts, self.inbox, self.logger, self._sync_down, self._sync_up, self.clock)
        self.start_time = self.clock()
        self.membership.last_check = self.clock()
        self.pacer.install(self.supervisord)
        reports = executor.local_reports(self.supervisord)
        self.view.apply_snapshot(self.address, reports, time.time() * 1000)
        if self.opts.max_message_auto:  # room for peers with more programs than this one
            self.opts.max_message_size = max(MIN_MESSAGE_SIZE, 8 * len(json.dumps(reports)))
        self._publish_heartbeat_body(now=False)
        self.waker = self.link.open()
        self.dispatcher = InboxDispatcher(self.waker, self.drain_inbox, self._on_turn, self.logger)
        self.deployer.start_pulse(self.waker)
        self.logger.info(f"supvisors: node {self.address} started, address_list {self.opts.address_list}")

    def stop(self) -> None:
        if self.link is None or self.link.closed:
            return
        self._send_local()
        self.deployer.stop_pulse()
        # Supervisor goes on stopping its processes after this event: their process events still come
        # here, and every hand-off is dropped by the closed link (never blocks, never raises).
        self.link.close()
        if self.dispatcher is not None:
            self.dispatcher.del_channel()
        self.waker = None

    def _on_turn(self) -> None:
        """At every turn of supervisord's loop, before it polls: the local changes of the turn that just
        ended go to the peers (before anything this turn writes, e.g. the dashboard's pushes); the
        pacer's new budget (its last autostart gone: the snapshot held goes out, at the next turn);
        the sync thread's wake-up and watchdog."""
        if self._turn_pending:
            self._send_local()
        if self.pacer.new_turn(self.supervisord):
            self.run_later(self.sync.flush)
        if self.link is not None:
            self.link.watch()

    def _pacing_held(self) -> bool:
        """Autostarts wait (pacer.py) while the cluster forms (no peer announces a master): until they
        are spawned, no snapshot of this node and no end of INITIALIZATION, so no deployment starts."""
        return self.pacer.pacing and not any(n.announced_master for a, n in self.membership.nodes.items()
                                             if a != self.address)

    def sync_down(self) -> bool:
        """True while the sync thread is dead (between its death and its restart)."""
        return self.link is not None and self.link.down_since is not None

    def _sync_down(self, reason: str, restart_in: float) -> None:
        """The sync thread died: this node cannot hear nor tell the cluster. It leaves it at once: no
        master (it drops its own mastership), INITIALIZATION, every peer SILENT (their processes show
        UNKNOWN where they ran); the peers see it SILENT too, as no heartbeat goes out."""
        self.logger.critical(f"supvisors: the sync thread died ({reason}); node {self.address} leaves the "
                             f"cluster and restarts the thread in {restart_in:.1f}s")
        if self.state == S.INITIALIZATION:
            self._leave_cluster()  # the entry action, when the state does not change
        self.fsm.set_state(S.INITIALIZATION, "the sync thread died")
        self.evaluate()  # jobs waiting on a peer fail now (node lost), waiting RPCs answer

    def _leave_cluster(self) -> None:
        """Entry of INITIALIZATION (only after the sync thread died): no master, every peer SILENT."""
        self.master = ""
        self.after_stall = False
        self.lost_pending = []
        for address in self.membership.silence_all():
            self.view.node_lost(address)
            self.sync.forget(address)

    def _begin_deployment(self) -> None:
        """Entry of DEPLOYMENT: the master starts the automatic deployment (deployer.py)."""
        if self.master == self.address:
            self.deployer.deployment_done()

    def _sync_up(self) -> None:
        """A new sync thread runs: rejoin as a node that just started (a new incarnation for the peers)."""
        self.start_time = self.clock()
        self.membership.last_check = self.clock()
        self.sync.restart()
        self._publish_heartbeat_body(now=False)

    # ------------------------------------------------------------ talking to the sync thread
    def send(self, msg: messages.Msg) -> None:
        self._send_local()  # the local changes first: a peer applies a node's messages in order
        if self.link is not None:
            self.link.send(msg.KIND, msg.body())

    def _send_local(self) -> None:
        """Hand the local process changes not sent yet to the peers, then announce their version."""
        self._turn_pending = False
        sent = self.sync.sent_version
        while (batch := self.sync.take_local()) is not None:
            if self.link is not None:
                self.link.send(batch.KIND, batch.body())
        if self.sync.sent_version != sent:
            self._publish_heartbeat_body(now=False)

    def _publish_heartbeat_body(self, now: bool = True) -> None:
        body = {"state": int(self.state), "master": self.master, "version": self.sync.sent_version}
        if self.link is not None:
            self.link.beat(body, now)

    # ------------------------------------------------------------ local processes
    def _on_group_change(self, event) -> None:
        """A group added or removed here (supervisorctl update): the view takes the new local snapshot,
        which goes to every peer at once (ViewSync.group_changed)."""
        self._send_local()
        self.sync.group_changed()
        reports = executor.local_reports(self.supervisord)
        self.stream.processes(self.view.apply_snapshot(self.address, reports, time.time() * 1000), self.address)
        self._publish_heartbeat_body(now=True)

    def _on_process_event(self, event) -> None:
        """A local process changed: the view learns it at once (jobs count on it: deployer.py); the
        rest waits for the end of supervisord's turn, once for all the events of the turn (a launch
        spawns 100s in one turn): the peers' message (before any other message: viewsync.py), the
        applications' events, the evaluation."""
        process = event.process
        group = process.group.config.name if process.group else process.config.name
        report = executor.report(group, process)  # as in a snapshot: the same state reads the same
        self.sync.local_changed(report)
        namespec = self.view.apply_event(self.address, report, time.time() * 1000)
        self.stream.process(namespec, self.address)  # its application at the end of the batch
        if not self._hold and not self._turn_pending:
            self._turn_pending = True  # a batch at the next turn: applications published, evaluated
            self.run_later(self._send_local)

    def run_later(self, fn) -> None:
        """fn in a batch at the next turn of supervisord's loop (drain_inbox), where spawning is safe."""
        self.inbox.put(("call", fn))
        self.wake()

    def run_soon(self, fn) -> None:
        """See ports.Node.run_soon: now, as a batch (its process events evaluate once, after). Never
        called inside supervisor's process event callback: that callback evaluates nothing itself."""
        with self._batch():
            fn()

    @contextlib.contextmanager
    def _batch(self):
        """A batch (inbox, run_soon): process events are applied at once, the applications' events go
        out once at its end, and the state is evaluated once by the caller."""
        self._hold += 1
        try:
            yield
        finally:
            self._hold -= 1
            if not self._hold:
                self.sync.flush()
                self._send_local()
                self.stream.end_batch()

    def wake(self) -> None:
        if self.waker is not None:
            self.waker.wake()

    def node_states(self) -> dict[str, AddressStates]:
        return {a: n.state for a, n in self.membership.nodes.items()}

    def running_nodes(self) -> list[str]:
        return self.membership.running()

    def execute(self, op: str, namespec: str, extra_args: str) -> tuple[bool, int, str]:
        return executor.execute(self.supervisord, op, namespec, extra_args)

    # ------------------------------------------------------------ inbox (woken by the sync thread)
    def drain_inbox(self) -> None:
        with self._batch():  # local process events of commands run here: one evaluation at the end
            while True:
                try:
                    item = self.inbox.get_nowait()
                except queue.Empty:
                    break
                if item[0] == "tick":
                    self._tick(*item[1:])
                elif item[0] == "gone":  # the peer's supervisord refuses connections (connwatch.py)
                    if self.membership.gone(item[1]):
                        self.logger.info(f"supvisors: node {item[1]} refuses connections: its supervisord is gone")
                        self._tick()
                elif item[0] == "sync-down":
                    if self.link is not None:
                        self.link.thread_ended(item[1])
                elif item[0] == "call":  # run_soon from inside a process event callback
                    item[1]()
                else:
                    self._handle(item[1])
        self.evaluate()  # also on a bare tick: the synchro timeout depends on time only

    def _tick(self, absorbed: dict | None = None, vouched: dict | None = None) -> None:
        for sender, (mono, msg) in (absorbed or {}).items():  # heartbeats that the sync thread found unchanged
            if (not self.sync.up_to_date(sender, msg.body.get("version"))
                    or not self.membership.touch(sender, msg.inc, mono, msg.t)):
                self._handle(msg)  # a node lost, being checked, or behind: the full path
        self.membership.vouch(vouched or {})  # nodes heard through peers (gossip.py)
        lost = self.membership.check()
        if self.membership.last_stall > self.opts.silence_threshold and self.master:
            # This node was frozen longer than the silence threshold: the others have declared it
            # lost and may have elected another master. Drop the claim; the election adopts theirs.
            self.logger.warn(f"supvisors: this node stalled {self.membership.last_stall:.1f}s; "
                             f"dropping its view of the master ({self.master})")
            self.master = ""
            self.after_stall = True
            self.membership.forget_announcements()  # what they said before the freeze is stale
        for address in lost:
            node = self.membership.nodes[address]
            self.logger.warn(f"supvisors: node {address} is {node.state.name}")
            self.lost_pending.append((address, running_on(self.view, address)))
            self.stream.processes(self.view.node_lost(address), address)
            self.sync.forget(address)
            self.stream.address(address)
        self.sync.retry_checking()

    def _handle(self, msg: Message) -> bool:
        """An authenticated message of a peer: liveness first (any message), then its typed body,
        dispatched by messages.DISPATCH. Return True if it may have changed the state machine's input."""
        node = self.membership.nodes.get(msg.sender)
        if node is None:
            return False
        before = node.state
        if self.membership.heard(msg.sender, msg.inc, msg.t, msg.kind == "heartbeat"):
            self.sync.checked_again(msg.sender)
        if node.state in (AddressStates.ISOLATING, AddressStates.ISOLATED):
            return False  # fenced (auto_fence): nothing of this life of the node is applied
        try:
            typed = messages.parse(msg.kind, msg.body)
        except messages.MessageError as exc:
            self.logger.warn(f"supvisors: dropped a message from {msg.sender}: {exc}")
            if msg.kind == "heartbeat":  # what it announces is unknown now
                node.announced_state, node.announced_master = None, ""
            return False
        if getattr(typed, "to", "*") in (self.address, "*"):
            owner, method = messages.DISPATCH[type(typed)]
            getattr(self._handlers[owner], method)(msg.sender, typed)
            if not self._hold:  # outside a batch (which flushes at its end)
                self.sync.flush()
        if node.state != before:
            self.logger.info(f"supvisors: node {msg.sender} is {node.state.name}")
            self.stream.address(msg.sender)
            return True
        return msg.kind in ("snapshot", "process", "heartbeat")

    @property
    def _handlers(self) -> dict[str, Any]:
        return {"viewsync": self.sync, "deployer": self.deployer, "failures": self.failures}

    # ------------------------------------------------------------ state machine
    @property
    def state(self) -> SupvisorsStates:
        """The Supvisors state; statemachine.StateMachine.set_state is its only writer."""
        return self.fsm.state

    def request_state(self, state: SupvisorsStates, why: str) -> bool:
        """The state change asked by a collaborator (failures.py): through the transition table."""
        return self.fsm.set_state(state, why)

    def evaluate(self) -> None:
        """Re-run the election and the state machine after any change."""
        old_state, old_master = self.state, self.master
        running = self.membership.running()
        nodes = self.membership.nodes
        announced = {a: n.announced_master for a, n in nodes.items()
                     if a != self.address and n.state == AddressStates.RUNNING and n.announced_master}
        states = {a: n.announced_state for a, n in nodes.items() if n.state == AddressStates.RUNNING}
        if self.sync_down() or (self.state == S.INITIALIZATION and self._pacing_held()):
            pass  # out of the cluster until the sync thread runs again (_sync_down); autostarts (pacer.py)
        elif self.state == S.INITIALIZATION:
            timed_out = self.clock() - self.start_time >= self.opts.synchro_timeout
            if initialization_over(states, announced, running, self.membership.all_running(), timed_out,
                                   self.address):
                self.master = elect(self.opts.address_list, running, announced, "")
                self.fsm.set_state(S.DEPLOYMENT, "the nodes are known")
        elif self.after_stall:
            # after a freeze: no master until every RUNNING peer has spoken again, then not this node
            # if the others named another one meanwhile
            if informed(states, running, self.address):
                self.master = elect(self.opts.address_list, running, announced, "", self.address, humble=True)
                self.after_stall = False
        else:
            self.master = elect(self.opts.address_list, running, announced, self.master, self.address)
        if self.state != S.INITIALIZATION:
            if self.master == self.address:
                for address, was_running in self.lost_pending:
                    self.failures.node_lost(address, was_running)
                self._master_step()
            else:
                announced_state = nodes[self.master].announced_state if self.master in nodes else None
                if announced_state is not None and announced_state != int(S.INITIALIZATION):
                    self.fsm.follow(S(announced_state))
        self.lost_pending = [] if self.state != S.INITIALIZATION else self.lost_pending
        self.deployer.step()
        if (self.state, self.master) != (old_state, old_master):
            self.logger.info(f"supvisors: state {self.state.name}, master {self.master or '-'}")
            self._publish_heartbeat_body(now=True)
            self.stream.supvisors(self.state, self.master)

    def end_local_supervisord(self, mood: int) -> None:
        """Restart or shut down this supervisord (as supervisor.restart/shutdown do: at its next loop)."""
        self.supervisord.options.mood = mood

    def _master_step(self) -> None:
        """The master's transitions; failures.py settles conflicts and ends restart/shutdown."""
        self.failures.step()
        conflicts = bool(self.view.conflicts())
        if self.state == S.DEPLOYMENT:
            if self.deployer.deployment_done():  # never stuck: every start settles
                self.fsm.set_state(S.CONCILIATION if conflicts else S.OPERATION, "the deployment is over")
        elif self.state == S.OPERATION and conflicts:
            self.fsm.set_state(S.CONCILIATION, "conflicts")
        elif self.state == S.CONCILIATION and not conflicts:
            self.fsm.set_state(S.OPERATION, "no conflict left")

    # ------------------------------------------------------------ event stream (stream.py)
    def emit_process(self, namespec: str, address: str) -> None:
        self.stream.processes([namespec], address)
