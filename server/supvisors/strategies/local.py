"""LOCAL (extension, code 3): the node that got the request, if the rules allow it and it is eligible."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._base import Candidates


def local(candidates: Candidates) -> str | None:
    """Return the local address if it is eligible (allowed by the rules, RUNNING, load fits), else None."""
    return candidates.local if candidates.local in candidates.eligible() else None
