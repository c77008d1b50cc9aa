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

from collections.abc import Callable

from .._generated.enums import DeploymentStrategies
from ._base import MAX_LOAD, Candidates, explain
from .config import config
from .less_loaded import less_loaded
from .local import local
from .most_loaded import most_loaded

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


__all__ = ["Candidates", "STRATEGIES", "MAX_LOAD", "choose", "explain"]
