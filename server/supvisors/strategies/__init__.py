"""Deployment strategies: which node starts a process.

Each strategy is one small pure function in its own module, taking a `Candidates` (the addresses the
rules allow, in rules order, with their node states and loads, the process' loading and the local
address) and returning the chosen address, or None when no node fits.

Common rule (every strategy): an address is eligible only if its node is RUNNING and its load plus
the process' loading stays <= 100 (`Candidates.eligible`). Loads are the sum of the `loading` rules
of the processes running on each address, plus the processes being started there.

| code | name        | module            | choice among the eligible addresses          |
|------|-------------|-------------------|----------------------------------------------|
| 0    | CONFIG      | config.py         | the first, in rules order                    |
| 1    | LESS_LOADED | less_loaded.py    | the least loaded (first in rules order on a tie) |
| 2    | MOST_LOADED | most_loaded.py    | the most loaded (first in rules order on a tie)  |
| 3    | LOCAL       | local.py          | the local node, if eligible (extension)      |
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from .._generated.enums import AddressStates, DeploymentStrategies
from .config import config
from .less_loaded import less_loaded
from .local import local
from .most_loaded import most_loaded

MAX_LOAD = 100


@dataclass(frozen=True)
class Candidates:
    addresses: Sequence[str]                  # allowed by the rules, in rules order
    states: Mapping[str, AddressStates]       # node state of each address
    loads: Mapping[str, int]                  # current load of each address (0 if absent)
    loading: int                              # the process' own loading
    local: str                                # the node that got the request

    def eligible(self) -> list[str]:
        """Addresses that are RUNNING and can take the process' loading, in rules order."""
        return [a for a in self.addresses
                if self.states.get(a) == AddressStates.RUNNING
                and self.loads.get(a, 0) + self.loading <= MAX_LOAD]


Strategy = Callable[[Candidates], str | None]

STRATEGIES: dict[DeploymentStrategies, Strategy] = {
    DeploymentStrategies.CONFIG: config,
    DeploymentStrategies.LESS_LOADED: less_loaded,
    DeploymentStrategies.MOST_LOADED: most_loaded,
    DeploymentStrategies.LOCAL: local,
}


def choose(strategy: DeploymentStrategies, candidates: Candidates) -> str | None:
    """The address chosen by strategy, or None if no address is eligible."""
    return STRATEGIES[strategy](candidates)


def explain(candidates: Candidates) -> str:
    """Why no address was eligible (for the FATAL reason)."""
    if not candidates.addresses:
        return "no node of its rules has this program"
    parts = []
    for a in candidates.addresses:
        state = candidates.states.get(a)
        if state != AddressStates.RUNNING:
            parts.append(f"{a} is {state.name if state is not None else 'UNKNOWN'}")
        elif candidates.loads.get(a, 0) + candidates.loading > MAX_LOAD:
            parts.append(f"{a} is loaded at {candidates.loads.get(a, 0)}% (+{candidates.loading}% > {MAX_LOAD}%)")
        else:
            parts.append(f"{a} is eligible but not chosen")
    return "; ".join(parts)


__all__ = ["Candidates", "STRATEGIES", "MAX_LOAD", "choose", "explain"]
