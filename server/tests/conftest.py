"""Fixtures: real Supvisors clusters (supervisord + plugin) on 127.0.0.x, started by pytest-xprocess."""

from __future__ import annotations

import pytest

from harness.live import make_cluster


@pytest.fixture(scope="module")
def cluster3(xprocess, tmp_path_factory):
    h = make_cluster(xprocess, tmp_path_factory, ["127.0.0.41", "127.0.0.42", "127.0.0.43"])
    try:
        h.start()
        h.wait_state(h.hosts, "OPERATION")
        yield h
    finally:
        h.cluster.stop_all()
