"""VERSION, the one version of every package: validated, and written by the plugins where builds read it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from codegen.model import SpecError, load_spec, load_version
from codegen.plugins import PLUGINS
from codegen.render import render

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("text", ["0.1.0-SNAPSHOT", "v1.0.0", "1.0", "1.0.0.0", "01.0.0", "1.0.0rc1", ""])
def test_a_version_that_not_every_build_takes_is_refused(tmp_path, text):
    path = tmp_path / "VERSION"
    path.write_text(text + "\n")
    with pytest.raises(SpecError, match="is not a version MAJOR.MINOR.PATCH"):
        load_version(path)


def test_every_package_gets_the_version_of_VERSION(tmp_path):
    shutil.copytree(ROOT / "spec", tmp_path / "spec")
    (tmp_path / "VERSION").write_text("7.8.9\n")
    files = render(load_spec(tmp_path / "spec"), list(PLUGINS.values()))
    expected = {
        "server/supvisors/_generated/version.py": '__version__ = "7.8.9"',
        "clients/python/supvisors_client/_generated/version.py": '__version__ = "7.8.9"',
        "clients/java/.mvn/maven.config": "-Drevision=7.8.9",
        "clients/java/src/generated/java/org/supvisors/rpc/Version.java": 'String VERSION = "7.8.9";',
        "clients/cpp/generated/version.cmake": 'set(SUPVISORS_CLIENT_VERSION "7.8.9")',
        "clients/cpp/generated/include/supvisors/version.hpp": "#define SUPVISORS_CLIENT_VERSION_MINOR 8",
        "docs/api/README.md": "# Supvisors API reference (7.8.9)",
    }
    for rel, text in expected.items():
        assert text in files[rel], rel
    current = (ROOT / "VERSION").read_text().strip()  # the repository's: no generated file keeps it
    assert [rel for rel, text in files.items() if f"{current}\"" in text or f"={current}" in text] == []


def test_the_packages_version_is_needed_to_generate(tmp_path):
    shutil.copytree(ROOT / "spec", tmp_path / "spec")
    spec = load_spec(tmp_path / "spec")
    assert spec.version is None
    with pytest.raises(SpecError, match="no VERSION file"):
        render(spec, [PLUGINS["python"]])


def test_hand_written_build_files_take_the_version_from_the_generated_ones():
    """No build file of a package states a version of its own (the issue's five copies of 0.1.0)."""
    version = (ROOT / "VERSION").read_text().strip()
    for rel in ("server/pyproject.toml", "clients/python/pyproject.toml", "pyproject.toml",
                "clients/java/pom.xml", "clients/java/testee/pom.xml", "clients/cpp/CMakeLists.txt",
                "server/supvisors/__init__.py", "clients/python/supvisors_client/__init__.py"):
        assert version not in (ROOT / rel).read_text(), rel
