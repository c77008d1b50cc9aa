"""USER: leave the conflict to the user; nothing is stopped (stop_process etc. still work)."""

from __future__ import annotations

from ._base import Decision


def user(instances: dict[str, int], address_list: list[str]) -> Decision:
    return Decision(stop=())
