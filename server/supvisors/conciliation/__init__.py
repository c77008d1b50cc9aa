"""Conciliation strategies: how the master settles a conflict (a process running on several nodes).

Each strategy is a pure function of the conflicting instances (node -> start time) that returns a
Decision: the nodes where the process must be stopped, and whether one instance must then be started
again by the deployment strategy. USER decides nothing: the conflict waits for the user (stop_process,
conciliate).
"""

from __future__ import annotations

from collections.abc import Callable

from .._generated.enums import ConciliationStrategies
from ._base import Decision
from .infanticide import infanticide
from .restart import restart
from .senicide import senicide
from .stop import stop
from .user import user

__all__ = ["Decision", "STRATEGIES", "decide"]

Instances = dict[str, int]  # node address -> start time of the instance there (epoch seconds)

STRATEGIES: dict[ConciliationStrategies, Callable[[Instances, list[str]], Decision]] = {
    ConciliationStrategies.SENICIDE: senicide,
    ConciliationStrategies.INFANTICIDE: infanticide,
    ConciliationStrategies.USER: user,
    ConciliationStrategies.STOP: stop,
    ConciliationStrategies.RESTART: restart,
}


def decide(strategy: ConciliationStrategies, instances: Instances, address_list: list[str]) -> Decision:
    return STRATEGIES[strategy](instances, address_list)
