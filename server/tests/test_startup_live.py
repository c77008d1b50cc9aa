"""A node with a bad setting or a bad rules file does not start, and says why; rpcrequests works."""

from __future__ import annotations

import subprocess

import pytest

from harness.cluster import SupvisorsCluster
from harness.live import RULES, make_cluster
from harness.supervisord import wait_until
from supvisors.rpcrequests import getRPCInterface


@pytest.mark.parametrize("settings, rules, message", [
    ({"internal_port": "x"}, RULES, "supvisors: internal_port='x' is not a port number"),
    ({"conciliation_strategy": "NICE"}, RULES, "conciliation_strategy='NICE' is not one of"),
    ({"colour": "red"}, RULES, "unknown setting(s) ['colour']"),
    ({}, RULES.replace("<loading>25</loading>", "<loading>250</loading>"), "line 5: <loading> 250 is not in [0;100]"),
    ({}, RULES.replace("</root>", ""), "not well-formed XML"),
])
def test_bad_configuration_refused_with_its_reason(tmp_path, settings, rules, message):
    cluster = SupvisorsCluster(tmp_path, ["127.0.0.64"], rules_xml=rules, settings=settings)
    node = cluster.nodes["127.0.0.64"]
    node.write_config()
    result = subprocess.run(node.command(), capture_output=True, text=True, timeout=30)
    assert result.returncode != 0
    assert message in result.stdout + result.stderr


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
