"""What the master does when things go wrong, and the cluster-wide restart and shutdown.

Threading rule: supervisord's thread only (called from Cluster's state evaluation and inbox).

- Conflicts (a process RUNNING on several nodes): in CONCILIATION, the master applies
  `conciliation_strategy` (conciliation/) to each conflict once: a job stops the instances the
  strategy names (and, for RESTART, starts one again with `deployment_strategy`). USER leaves the
  conflicts to the user: stop_process, or `conciliate(strategy)`, which settles every current
  conflict once with the given strategy. The cluster is back in OPERATION when no conflict is left.
- Lost nodes: when a node is declared lost (SILENT, or ISOLATING with auto_fence), the master starts
  again, with `deployment_strategy` on another allowed RUNNING node, every *required* process (rules
  `required`) that was running on the lost node and runs nowhere else. Optional processes are left
  (shown UNKNOWN: they may still run behind a partition). If the node comes back with its processes,
  the duplicates are conflicts, settled as above.
- restart() / shutdown(): any node forwards the request to the master, which enters RESTARTING or
  SHUTTING_DOWN (the other nodes mirror it), stops every application (applications in
  stop_sequence order, each in its own stop order), then tells every other node to restart or shut
  down its supervisord, and does the same for its own last. SHUTDOWN is the final state.

Wire: the `command` messages Conciliate, ClusterAction and SupervisordAction (messages.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from supervisor.states import SupervisorStates

from ._generated.enums import ConciliationStrategies, SupvisorsStates
from .conciliation import decide
from .jobs import Job, Phase
from .messages import ClusterAction, Conciliate, SupervisordAction
from .processes import RUNNING_STATES

if TYPE_CHECKING:
    from .deployer import Deployer
    from .ports import Node

S = SupvisorsStates
ACTIONS = {"restart": (S.RESTARTING, SupervisorStates.RESTARTING),
           "shutdown": (S.SHUTTING_DOWN, SupervisorStates.SHUTDOWN)}


class Failures:
    def __init__(self, node: Node, deployer: Deployer):
        self.node = node
        self.deployer = deployer
        self.conciliating: dict[str, Job] = {}     # namespec -> conciliation job in progress
        self.recovering: dict[str, Job] = {}       # namespec -> restart of a required process
        self.ending: tuple[str, Job] | None = None  # ("restart"|"shutdown", stop job of every application)
        self.final_sent = False

    # ------------------------------------------------------------ conflicts
    def conciliate(self, strategy: ConciliationStrategies) -> int:
        """Master: start one job per current conflict not already being settled; return their number."""
        node = self.node
        self.conciliating = {ns: j for ns, j in self.conciliating.items() if not j.done}
        started = 0
        for status in node.view.conflicts():
            if status.namespec in self.conciliating:
                continue
            instances = {a: status.nodes[a].start for a in status.addresses()}
            decision = decide(strategy, instances, node.opts.address_list)
            if not decision.stop:
                continue
            item = self.deployer.item(status.namespec)
            phases = [Phase("stop", [item], nodes=decision.stop, name=f"stop on {', '.join(decision.stop)}")]
            if decision.restart_one:
                phases.append(Phase("start", [item], node.opts.deployment_strategy, name="start one"))
            job = self.deployer.process_job(f"conciliation of {status.namespec} ({strategy.name})", phases)
            self.conciliating[status.namespec] = job
            self.deployer.submit(job)
            started += 1
        return started

    # ------------------------------------------------------------ lost nodes
    def node_lost(self, address: str, was_running: list[str]) -> None:
        """Master: start elsewhere the required processes that ran on the lost node and nowhere else."""
        node = self.node
        if node.master != node.address or node.state not in (S.OPERATION, S.CONCILIATION, S.DEPLOYMENT):
            return
        self.recovering = {ns: j for ns, j in self.recovering.items() if not j.done}
        items = []
        for namespec in was_running:
            status = node.view.processes.get(namespec)
            item = self.deployer.item(namespec)
            if status is None or not item.required or status.addresses() or namespec in self.recovering:
                continue
            items.append(item)
        if items:
            job = self.deployer.process_job(
                f"restart of the required processes of lost node {address}",
                [Phase("start", items, node.opts.deployment_strategy, name=f"after the loss of {address}")])
            for item in items:
                self.recovering[item.namespec] = job
            self.deployer.submit(job)

    # ------------------------------------------------------------ cluster restart / shutdown
    def request(self, action: str) -> None:
        """Any node: have the master restart or shut down the node."""
        node = self.node
        if node.master == node.address:
            self.begin(action)
        else:
            node.send(ClusterAction(to=node.master, action=action))

    def begin(self, action: str) -> None:
        """Master: stop every application, in order, then end every supervisord."""
        node = self.node
        if self.ending is not None or node.state in (S.RESTARTING, S.SHUTTING_DOWN, S.SHUTDOWN):
            return
        node.logger.warn(f"supvisors: cluster {action} requested")
        deployer = self.deployer
        apps = sorted(node.view.applications(), key=lambda a: (node.rules.application(a).stop_sequence, a))
        phases = [p for app in apps for p in deployer.stop_phases(app)]
        job = deployer.process_job(f"stop of every application before the cluster {action}", phases)
        self.ending = (action, job)
        node.request_state(ACTIONS[action][0], f"cluster {action}")
        deployer.submit(job)

    def step(self) -> None:
        """Master, at each evaluation: conciliation, and the end of a restart/shutdown."""
        node = self.node
        if node.state == S.CONCILIATION and node.opts.conciliation_strategy != ConciliationStrategies.USER:
            self.conciliate(node.opts.conciliation_strategy)
        if self.ending is not None and self.ending[1].done and not self.final_sent:
            action = self.ending[0]
            self.final_sent = True
            if action == "shutdown":
                node.request_state(S.SHUTDOWN, "every application is stopped")
            node.logger.warn(f"supvisors: applications stopped; {action} of every supervisord")
            node.send(SupervisordAction(to="*", action=action))
            node.end_local_supervisord(ACTIONS[action][1])

    # ------------------------------------------------------------ commands from other nodes (messages.DISPATCH)
    def on_supervisord(self, sender: str, msg: SupervisordAction) -> None:
        """The master ends every supervisord: obeyed only from the master."""
        if sender == self.node.master:
            self.node.logger.warn(f"supvisors: {msg.action} requested by the master {sender}")
            self.node.end_local_supervisord(ACTIONS[msg.action][1])

    def on_cluster(self, sender: str, msg: ClusterAction) -> None:
        if self.node.master == self.node.address:
            self.begin(msg.action)

    def on_conciliate(self, sender: str, msg: Conciliate) -> None:
        node = self.node
        if node.master == node.address and node.state == S.CONCILIATION:
            self.conciliate(ConciliationStrategies(msg.strategy))


def running_on(view, address: str) -> list[str]:
    """Namespecs that address reports as running (before it is marked lost)."""
    return [ns for ns, s in view.processes.items()
            if (r := s.nodes.get(address)) is not None and not r.lost and r.state in RUNNING_STATES]
