"""MOST_LOADED: the eligible address with the highest load (the first in rules order on a tie).

It packs processes on as few nodes as possible; an address whose load plus the process' loading
would exceed 100 is never chosen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._base import Candidates


def most_loaded(candidates: Candidates) -> str | None:
    """Return the eligible address whose load is the highest; ties go to the first in rules order."""
    eligible = candidates.eligible()
    return max(eligible, key=lambda a: candidates.loads.get(a, 0)) if eligible else None
