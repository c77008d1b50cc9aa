"""Master election. Rule: keep the master that the RUNNING nodes announce; if they announce none
(or a node that is not RUNNING), the first RUNNING node in address_list order wins; if they announce
several (a healed partition), the first of those in address_list order wins.

Every node applies the rule to its own view; in a stable network all views are equal, so all nodes
agree on one master. A node only elects once INITIALIZATION is over (all nodes seen or the synchro
timeout), so a node that starts alone does not crown itself while its peers are still coming up.
"""

from __future__ import annotations


def elect(address_list: list[str], running: list[str], announced: dict[str, str], current: str) -> str:
    """Return the master address ('' if no node is RUNNING).

    running: the RUNNING nodes (this one included); announced: node -> master it announces.
    """
    running_set = set(running)
    candidates = {m for a, m in announced.items() if a in running_set and m in running_set}
    if current in running_set:
        candidates.add(current)
    if candidates:
        return min(candidates, key=address_list.index)
    for address in address_list:
        if address in running_set:
            return address
    return ""
