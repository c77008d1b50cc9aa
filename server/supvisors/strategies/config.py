"""CONFIG: the first eligible address in the order of the rules' <addresses>."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._base import Candidates


def config(candidates: Candidates) -> str | None:
    """Return the first RUNNING address of the rules (in rules order) that can take the loading."""
    eligible = candidates.eligible()
    return eligible[0] if eligible else None
