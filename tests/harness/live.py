"""pytest side of the cluster harness: a started cluster with typed clients, nodes under pytest-xprocess."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from supvisors_client import SupvisorsClient

from .cluster import SupvisorsCluster
from .fixtures import start_node
from .programs import standard_programs
from .supervisord import wait_until

RULES = """<?xml version="1.0"?>
<root>
  <application name="demo">
    <program name="ticker"><addresses>*</addresses><required>true</required>
      <start_sequence>1</start_sequence><loading>25</loading></program>
    <program name="sleeper"><addresses>#</addresses><start_sequence>2</start_sequence></program>
  </application>
</root>
"""


class Harness:
    """A started cluster with one typed client per node."""

    def __init__(self, xprocess, workdir: Path, hosts: list[str], **kw):
        self.xprocess = xprocess
        self.cluster = SupvisorsCluster(workdir, hosts, **kw)
        self.hosts = hosts

    def start(self, hosts=None):
        self.cluster.start(hosts, starter=lambda n: start_node(self.xprocess, n, f"supvisors-{n.host}-{n.port}"))

    @contextmanager
    def running(self, timeout: float = 30.0) -> Iterator[Harness]:
        """Every node started and the cluster in OPERATION; every node stopped at the end, whatever happens."""
        try:
            self.start()
            self.wait_state(self.hosts, "OPERATION", timeout=timeout)
            yield self
        finally:
            self.cluster.stop_all()

    def client(self, host: str) -> SupvisorsClient:
        node = self.cluster.nodes[host]
        return SupvisorsClient(node.url, node.username, node.password, timeout=(2.0, 10.0))

    def state(self, host: str) -> str:
        with self.client(host) as c:
            return c.supvisors.get_supvisors_state().statename

    def address_state(self, observer: str, target: str):
        """The state of node target as node observer sees it (an AddressStates)."""
        with self.client(observer) as c:
            return c.supvisors.get_address_info(target).statecode

    def wait_state(self, hosts, statename: str, timeout: float = 15.0):
        """Every node of hosts in statename; when that is OPERATION on every node of the cluster, also
        every node RUNNING in the view of every node (the cluster is ready)."""
        wait_until(lambda: all(self.state(h) == statename for h in hosts), timeout,
                   what=f"{hosts} in {statename}")
        if statename == "OPERATION" and set(hosts) == set(self.hosts):
            self.wait_all_running(hosts, timeout)

    def wait_all_running(self, hosts=None, timeout: float = 5.0):
        """Every node RUNNING in the view of every node of hosts. A node that joins a running cluster
        is in OPERATION at once, while it may still be checking a peer that it has not heard yet."""
        hosts = hosts or self.hosts

        def all_running():
            for h in hosts:
                with self.client(h) as c:
                    if any(i.statename != "RUNNING" for i in c.supvisors.get_all_addresses_info()
                           if i.address_name in self.hosts):
                        return False
            return True

        wait_until(all_running, timeout, what=f"every node RUNNING on {hosts}")


def make_cluster(xprocess, tmp_path_factory, hosts, **kw) -> Harness:
    kw.setdefault("programs", standard_programs())
    kw.setdefault("rules_xml", RULES)
    return Harness(xprocess, tmp_path_factory.mktemp("cluster"), hosts, **kw)
