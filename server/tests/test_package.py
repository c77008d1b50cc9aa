"""The installed shape of supvisors: its version is VERSION's, and it is typed."""

from __future__ import annotations

from pathlib import Path

import supvisors

ROOT = Path(__file__).resolve().parents[2]


def test_version_is_the_repository_version():
    assert supvisors.__version__ == (ROOT / "VERSION").read_text().strip()


def test_package_is_typed():
    assert (Path(supvisors.__file__).parent / "py.typed").is_file()
