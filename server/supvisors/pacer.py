"""Autostarts spread over the turns of supervisord's loop, so that a node answers from its first second.

Supervisord spawns every autostart program in the first turn of its loop: 100 programs keep it from
answering anything (RPCs, its peers' snapshot requests) for 0.3 s on an idle host, and for several
seconds when a whole cluster starts on few cores. The pacer lets a turn spawn for SPAWN_BUDGET seconds;
the programs left wait for the next turn, and the loop is woken so that it comes at once, after the
poll has served the HTTP clients and the inbox. Supervisor's own code still spawns them
(`Subprocess.transition`, through a wrapper on each waiting process that only decides *when*): same
order (the groups' priority, then the group's own), same autostart, laststart and backoff rules. A
program started or removed before its turn is left alone; the wrapper goes away once it has started.

Only the programs of supervisord's start (SupervisorRunningEvent) are paced. While they wait and the
cluster forms (no peer announces a master yet), this node does not answer snapshot requests (its
peers keep it CHECKING) and stays in INITIALIZATION: the cluster learns its processes once they are all
spawned, as without pacing, so no deployment can start elsewhere a program that was about to
autostart here (Cluster._pacing_held). A node that joins a running cluster (a restart) does not wait:
no deployment starts then, and it joins while its programs spawn.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from supervisor.states import ProcessStates, SupervisorStates

SPAWN_BUDGET = 0.05  # seconds of spawning per turn of supervisord's loop


class Pacer:
    def __init__(self, wake: Callable[[], None], budget: float = SPAWN_BUDGET, clock=time.perf_counter):
        self.wake, self.budget, self.clock = wake, budget, clock
        self.waiting: dict[int, object] = {}  # id -> autostart process not spawned yet
        self.used = 0.0  # seconds spent spawning in this turn
        self.woken = False
        self.pacing = False  # until new_turn has said that the last one went

    def install(self, supervisord) -> None:
        """Pace the autostart programs of this start of supervisord (before the first turn of its loop)."""
        for group in supervisord.process_groups.values():
            for process in group.processes.values():
                if process.config.autostart and not process.laststart and process.state == ProcessStates.STOPPED:
                    self._wrap(process)
        self.pacing = bool(self.waiting)

    def _wrap(self, process) -> None:
        original = process.transition

        def transition() -> None:
            if process.laststart or process.state != ProcessStates.STOPPED:
                self._release(process)  # started by a user meanwhile: supervisor's rules, unchanged
                original()
                return
            if self.used >= self.budget:
                if not self.woken:  # the next turn at once, after the poll
                    self.woken = True
                    self.wake()
                return
            start = self.clock()
            original()
            self.used += self.clock() - start
            if process.laststart or process.state != ProcessStates.STOPPED:
                self._release(process)

        process.transition = transition
        self.waiting[id(process)] = process

    def _release(self, process) -> None:
        self.waiting.pop(id(process), None)
        process.__dict__.pop("transition", None)  # supervisor's own method again

    def new_turn(self, supervisord) -> bool:
        """At each turn, before the poll: a fresh budget. True when the last waiting autostart has just
        gone (spawned, started by a user, removed with its group, or supervisord stopping)."""
        self.used, self.woken = 0.0, False
        if self.waiting:
            if supervisord.options.mood < SupervisorStates.RUNNING:
                live: set[int] = set()  # supervisor autostarts nothing any more
            else:
                live = {id(p) for g in supervisord.process_groups.values() for p in g.processes.values()}
            for key in [k for k in self.waiting if k not in live]:
                self._release(self.waiting[key])
        if self.pacing and not self.waiting:
            self.pacing = False
            return True
        return False
