"""LESS_LOADED: the eligible address with the lowest load (the first in rules order on a tie)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._base import Candidates


def less_loaded(candidates: Candidates) -> str | None:
    """Return the eligible address whose load is the lowest; ties go to the first in rules order."""
    eligible = candidates.eligible()
    return min(eligible, key=lambda a: candidates.loads.get(a, 0)) if eligible else None
