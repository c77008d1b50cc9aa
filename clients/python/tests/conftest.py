"""Fixtures: one real supervisord 4.3 (pytest-xprocess) on loopback with auth on, and a typed client."""

from __future__ import annotations

import pytest

from harness.fixtures import start_node, stop_node
from harness.programs import standard_programs
from harness.supervisord import Node
from supvisors_client import SupvisorsClient  # noqa: E402


@pytest.fixture(scope="session")
def node(xprocess, tmp_path_factory):
    n = Node(workdir=tmp_path_factory.mktemp("supervisord"), host="127.0.0.1", programs=standard_programs())
    start_node(xprocess, n, "pyclient-supervisord")
    yield n
    stop_node(n)


@pytest.fixture
def client(node):
    c = SupvisorsClient(node.url, node.username, node.password, timeout=(2.0, 20.0))
    yield c
    # leave the node as found: every test program stopped
    try:
        c.supervisor.stopAllProcesses(True)
    finally:
        c.close()
