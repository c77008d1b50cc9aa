"""What every conciliation strategy shares: the Decision and the ordering of instances by age."""

from __future__ import annotations

from ..records import record


@record(frozen=True)
class Decision:
    stop: tuple[str, ...]        # nodes where the instance is stopped
    restart_one: bool = False    # then start one instance by the deployment strategy


def by_age(instances: dict[str, int], address_list: list[str]) -> list[str]:
    """Nodes from the oldest instance (earliest start) to the youngest; ties by address_list order."""
    rank = {a: i for i, a in enumerate(address_list)}
    return sorted(instances, key=lambda a: (instances[a], rank.get(a, len(rank))))
