"""RESTART: stop every instance, then start one by the deployment strategy."""

from __future__ import annotations

from ._base import Decision, by_age


def restart(instances: dict[str, int], address_list: list[str]) -> Decision:
    return Decision(stop=tuple(by_age(instances, address_list)), restart_one=True)
