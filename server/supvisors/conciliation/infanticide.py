"""INFANTICIDE: keep the oldest instance (earliest start), stop the younger ones."""

from __future__ import annotations

from ._base import Decision, by_age


def infanticide(instances: dict[str, int], address_list: list[str]) -> Decision:
    ordered = by_age(instances, address_list)
    return Decision(stop=tuple(ordered[1:]))
