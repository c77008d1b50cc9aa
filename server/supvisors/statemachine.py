"""The Supvisors state machine: the seven states, the transitions allowed, and the one writer of the state.

Owned by the supervisord thread. `set_state` is the only way the state changes: a transition that is
not in TRANSITIONS is refused and logged (never silent), and the state stays. A node that is not the
master follows the master's state with `follow`, which walks the shortest legal path (so a node that
missed SHUTTING_DOWN still passes through it on its way to SHUTDOWN). Entry and exit actions are given
once, by the owner (Cluster), in one table; every change is then reported to `on_change`.

ARCHITECTURE.md's state table is `markdown_table()` (checked by server/tests/test_layers.py).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from ._generated.enums import SupvisorsStates

S = SupvisorsStates

# state -> {next state: why this transition happens}
TRANSITIONS: dict[SupvisorsStates, dict[SupvisorsStates, str]] = {
    S.INITIALIZATION: {
        S.DEPLOYMENT: "every node RUNNING, or synchro_timeout with the nodes present, or a RUNNING peer "
                      "announces another master, which says it is past INITIALIZATION (joining a running cluster)",
    },
    S.DEPLOYMENT: {
        S.OPERATION: "master: the automatic deployment is over, no conflict (others: the master's state)",
        S.CONCILIATION: "master: the automatic deployment is over, with conflicts",
        S.RESTARTING: "restart() on the master (others: the master's state)",
        S.SHUTTING_DOWN: "shutdown() on the master (others: the master's state)",
        S.INITIALIZATION: "this node's sync thread died: it is out of the cluster",
    },
    S.OPERATION: {
        S.CONCILIATION: "master: a conflict appeared",
        S.RESTARTING: "restart()",
        S.SHUTTING_DOWN: "shutdown()",
        S.INITIALIZATION: "this node's sync thread died",
    },
    S.CONCILIATION: {
        S.OPERATION: "master: every conflict is settled",
        S.RESTARTING: "restart()",
        S.SHUTTING_DOWN: "shutdown()",
        S.INITIALIZATION: "this node's sync thread died",
    },
    S.RESTARTING: {
        S.INITIALIZATION: "this node's sync thread died (the supervisords restart afterwards anyway)",
    },
    S.SHUTTING_DOWN: {
        S.SHUTDOWN: "master: every application is stopped; every supervisord is told to shut down",
        S.INITIALIZATION: "this node's sync thread died",
    },
    S.SHUTDOWN: {
        S.INITIALIZATION: "this node's sync thread died",
    },
}

Action = Callable[[], None]


def path(start: SupvisorsStates, goal: SupvisorsStates) -> list[SupvisorsStates]:
    """The shortest list of states that leads from start to goal through legal transitions ([] if none)."""
    seen = {start: [start]}
    todo = deque([start])
    while todo:
        state = todo.popleft()
        if state == goal:
            return seen[state][1:]
        for nxt in TRANSITIONS[state]:
            if nxt not in seen and nxt != S.INITIALIZATION:  # never a way through INITIALIZATION
                seen[nxt] = [*seen[state], nxt]
                todo.append(nxt)
    return []


class StateMachine:
    def __init__(self, logger, on_change: Callable[[SupvisorsStates, SupvisorsStates], None] | None = None,
                 entry: dict[SupvisorsStates, Action] | None = None,
                 exit: dict[SupvisorsStates, Action] | None = None):
        self.logger = logger
        self.state = S.INITIALIZATION
        self.on_change = on_change
        self.entry = entry or {}
        self.exit = exit or {}
        self.refused = 0
        self._last_refused: tuple[SupvisorsStates, SupvisorsStates] | None = None

    def set_state(self, new: SupvisorsStates, why: str = "") -> bool:
        """Make the transition if the table allows it (True); otherwise log it and stay (False)."""
        old = self.state
        if new == old:
            return True
        if new not in TRANSITIONS[old]:
            self.refused += 1
            if self._last_refused != (old, new):  # logged once per attempt, not at every evaluation
                self._last_refused = (old, new)
                self.logger.error(f"supvisors: illegal transition {old.name} -> {new.name} refused"
                                  + (f" ({why})" if why else ""))
            return False
        self._last_refused = None
        if old in self.exit:
            self.exit[old]()
        self.state = new
        if new in self.entry:
            self.entry[new]()
        if self.on_change is not None:
            self.on_change(old, new)
        return True

    def follow(self, goal: SupvisorsStates) -> bool:
        """A node that is not the master takes the master's state, through the legal path."""
        if goal == self.state:
            return True
        steps = path(self.state, goal)
        if not steps:
            return self.set_state(goal, "following the master")  # refused and logged
        for state in steps:
            self.set_state(state, "following the master")
        return True


def markdown_table() -> str:
    """The transition table as ARCHITECTURE.md shows it."""
    lines = ["| from | to | when |", "|---|---|---|"]
    for old, targets in TRANSITIONS.items():
        for new, why in targets.items():
            lines.append(f"| {old.name} | {new.name} | {why} |")
    return "\n".join(lines)
