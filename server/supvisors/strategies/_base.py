"""What every deployment strategy shares: the Candidates they choose among, and why none fits."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .._generated.enums import AddressStates
from ..records import record

MAX_LOAD = 100


@record(frozen=True)
class Candidates:
    addresses: Sequence[str]                  # allowed by the rules, in rules order
    states: Mapping[str, AddressStates]       # node state of each address
    loads: Mapping[str, int]                  # current load of each address (0 if absent)
    loading: int                              # the process' own loading
    local: str                                # the node that got the request

    def eligible(self) -> list[str]:
        """Addresses that are RUNNING and can take the process' loading, in rules order."""
        return [a for a in self.addresses
                if self.states.get(a) == AddressStates.RUNNING
                and self.loads.get(a, 0) + self.loading <= MAX_LOAD]


def explain(candidates: Candidates) -> str:
    """Why no address was eligible (for the FATAL reason)."""
    if not candidates.addresses:
        return "no node of its rules has this program"
    parts = []
    for a in candidates.addresses:
        state = candidates.states.get(a)
        if state != AddressStates.RUNNING:
            parts.append(f"{a} is {state.name if state is not None else 'UNKNOWN'}")
        elif candidates.loads.get(a, 0) + candidates.loading > MAX_LOAD:
            parts.append(f"{a} is loaded at {candidates.loads.get(a, 0)}% (+{candidates.loading}% > {MAX_LOAD}%)")
        else:
            parts.append(f"{a} is eligible but not chosen")
    return "; ".join(parts)
