"""A node's Cluster in the bench's own process (scale.py, memory.py): no supervisord, nothing sent.

supvisors is imported when the first one is made, not with this module: memory.py measures what
importing it costs."""

from __future__ import annotations


def in_process_cluster(hosts: list[str]):
    """The Cluster of node hosts[0], with a dummy supervisord whose logger drops everything."""
    from supvisors.cluster import Cluster
    from supvisors.options import SupvisorsOptions
    from supvisors.rules import Rules

    opts = SupvisorsOptions(address_list=hosts, address=hosts[0], secret=b"k")
    logger = type("L", (), {"__getattr__": lambda self, name: (lambda *a, **k: None)})()
    supervisord = type("S", (), {"options": type("O", (), {"logger": logger})(), "process_groups": {}})()
    cluster = Cluster(supervisord, opts, Rules())
    cluster.send = lambda msg: None
    return cluster
