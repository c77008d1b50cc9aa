"""Fixtures: real Supvisors clusters (supervisord + plugin) on 127.0.0.x, started by pytest-xprocess."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests"))
# The supervisord daemons inherit PYTHONPATH but run in another directory (pytest-xprocess's): make it
# absolute, so that a relative `PYTHONPATH=server:...` keeps pointing at the code under test.
if os.environ.get("PYTHONPATH"):
    os.environ["PYTHONPATH"] = os.pathsep.join(str(Path(p).resolve()) for p in os.environ["PYTHONPATH"].split(os.pathsep) if p)

from harness.live import make_cluster  # noqa: E402


@pytest.fixture(scope="module")
def cluster3(xprocess, tmp_path_factory):
    h = make_cluster(xprocess, tmp_path_factory, ["127.0.0.41", "127.0.0.42", "127.0.0.43"])
    try:
        h.start()
        h.wait_state(h.hosts, "OPERATION")
        h.wait_all_running()
        yield h
    finally:
        h.cluster.stop_all()
