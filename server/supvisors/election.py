"""Master election. Rule: keep the master that the RUNNING nodes announce; if they announce none
(or a node that is not RUNNING), the first RUNNING node in address_list order wins; if they announce
several (a healed partition), the first of those in address_list order wins. A node that itself
announces another master is never a candidate (its own word is the freshest about itself).

Every node applies the rule to its own view; in a stable network all views are equal, so all nodes
agree on one master. A node only elects once INITIALIZATION is over (all nodes seen or the synchro
timeout), so a node that starts alone does not crown itself while its peers are still coming up.
A node that was frozen past the silence threshold elects again once it has heard every RUNNING peer,
and then does not choose itself if anyone names another master: the others have moved on without it.
"""

from __future__ import annotations


def elect(address_list: list[str], running: list[str], announced: dict[str, str], current: str,
          me: str = "", humble: bool = False) -> str:
    """Return the master address ('' if no node is RUNNING).

    running: the RUNNING nodes (this one included); announced: peer -> master it announces;
    current: this node's master ('' for none); me: this node; humble: do not choose me if another
    candidate exists (after a long freeze of this node).
    """
    running_set = set(running)
    claims = {a: m for a, m in announced.items() if a in running_set and m}
    if me and current:
        claims[me] = current
    candidates = {m for m in [*claims.values(), current] if m in running_set}
    candidates = {m for m in candidates if claims.get(m, m) == m}  # not one that names another master
    if humble and candidates - {me}:
        candidates.discard(me)
    if candidates:
        return min(candidates, key=address_list.index)
    for address in address_list:
        if address in running_set:
            return address
    return ""


def informed(announced_states: dict[str, int | None], running: list[str], me: str) -> bool:
    """True once every RUNNING peer's heartbeat (its state and master) is known: a snapshot can arrive
    before the first heartbeat, and electing blind could crown this node."""
    return all(announced_states.get(a) is not None for a in running if a != me)


def initialization_over(announced_states: dict[str, int | None], announced: dict[str, str], running: list[str],
                        all_running: bool, timed_out: bool, me: str) -> bool:
    """INITIALIZATION ends (and the first election is held) once informed, and: every node is RUNNING,
    or synchro_timeout passed with the nodes present, or a RUNNING peer announces a RUNNING master that
    is past INITIALIZATION by its own word (this node joins a running cluster). INITIALIZATION is code 0.

    A peer that names this node as master does not make a running cluster: this node is in
    INITIALIZATION, so that cluster has just formed in the peer's view, not in this node's (after a
    cluster restart, a node that came back first saw every node before the others saw each other).
    Nor does a peer that names a master still in INITIALIZATION."""
    joined = any(m != me and m in running and announced_states.get(m) not in (None, 0) for m in announced.values())
    return informed(announced_states, running, me) and (all_running or timed_out or joined)
