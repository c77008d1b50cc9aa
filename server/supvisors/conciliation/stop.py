"""STOP: stop every instance."""

from __future__ import annotations

from ._base import Decision, by_age


def stop(instances: dict[str, int], address_list: list[str]) -> Decision:
    return Decision(stop=tuple(by_age(instances, address_list)))
