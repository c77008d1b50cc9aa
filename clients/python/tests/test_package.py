"""The installed shape of supvisors_client: its version is VERSION's, it is typed, it ships no test code."""

from __future__ import annotations

from pathlib import Path

import supvisors_client

ROOT = Path(__file__).resolve().parents[3]
PACKAGE = Path(supvisors_client.__file__).parent


def test_version_is_the_repository_version():
    assert supvisors_client.__version__ == (ROOT / "VERSION").read_text().strip()


def test_package_is_typed_and_ships_no_testee():
    assert (PACKAGE / "py.typed").is_file()
    assert not list(PACKAGE.rglob("*testee*"))
