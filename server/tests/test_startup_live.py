"""rpcrequests.getRPCInterface against a live cluster (refused starts: test_failsafe_live.py)."""

from __future__ import annotations

import pytest

from harness.live import make_cluster
from harness.supervisord import wait_until
from supvisors.rpcrequests import getRPCInterface


def test_rpcrequests_get_rpc_interface(xprocess, tmp_path_factory):
    hosts = ["127.0.0.65", "127.0.0.69"]
    h = make_cluster(xprocess, tmp_path_factory, hosts)
    try:
        h.start()
        h.wait_state(hosts, "OPERATION")
        node = h.cluster.nodes[hosts[0]]
        # the environment supervisord gives its processes on node 1
        env = {"SUPERVISOR_SERVER_URL": f"http://{hosts[0]}:{node.port}",
               "SUPERVISOR_USERNAME": node.username, "SUPERVISOR_PASSWORD": node.password}
        proxy = getRPCInterface(hosts[1], env)  # the same HTTP configuration, on the other node
        assert proxy.supervisor.getIdentification() == f"{hosts[1]}:{node.port}"
        wait_until(lambda: proxy.supvisors.get_supvisors_state()["statename"] == "OPERATION", 3)
        with pytest.raises(ValueError, match="SUPERVISOR_SERVER_URL is not set"):
            getRPCInterface(hosts[1], {})
    finally:
        h.cluster.stop_all()
