"""Runs the plugins and writes or compares their output.

Every plugin owns whole directories (OUTPUT_DIRS): writing replaces their content, and the check
reports files that differ, are missing, or should not be there.
"""

from __future__ import annotations

import filecmp
import shutil
import tempfile
from pathlib import Path
from types import ModuleType

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from .model import Spec

TEMPLATES = Path(__file__).resolve().parent / "templates"
REGEN_COMMAND = "make generate (python -m codegen)"


def make_env(subdir: str) -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES / subdir)),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.globals["REGEN_COMMAND"] = REGEN_COMMAND
    env.filters["py"] = repr
    return env


def render(spec: Spec, plugins: list[ModuleType]) -> dict[str, str]:
    files: dict[str, str] = {}
    for plugin in plugins:
        for rel, text in plugin.generate(spec).items():
            if not any(rel.startswith(d.rstrip("/") + "/") for d in plugin.OUTPUT_DIRS):
                raise RuntimeError(f"plugin {plugin.NAME} wrote {rel} outside its OUTPUT_DIRS")
            files[rel] = text
    return files


def _owned_files(root: Path, plugins: list[ModuleType]) -> set[str]:
    owned = set()
    for plugin in plugins:
        for d in plugin.OUTPUT_DIRS:
            base = root / d
            if base.is_dir():
                owned.update(str(p.relative_to(root)) for p in base.rglob("*")
                             if p.is_file() and "__pycache__" not in p.parts)
    return owned


def write(spec: Spec, plugins: list[ModuleType], root: Path) -> list[Path]:
    files = render(spec, plugins)
    for plugin in plugins:
        for d in plugin.OUTPUT_DIRS:
            shutil.rmtree(root / d, ignore_errors=True)
    written = []
    for rel, text in sorted(files.items()):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        written.append(path)
    return written


def check(spec: Spec, plugins: list[ModuleType], root: Path) -> list[str]:
    """Regenerate into a temporary tree and list every difference with the committed tree."""
    with tempfile.TemporaryDirectory(prefix="codegen-check-") as tmp:
        fresh = Path(tmp)
        write(spec, plugins, fresh)
        expected = _owned_files(fresh, plugins)
        actual = _owned_files(root, plugins)
        problems = [f"missing: {rel}" for rel in sorted(expected - actual)]
        problems += [f"not generated (stale or hand-made): {rel}" for rel in sorted(actual - expected)]
        for rel in sorted(expected & actual):
            if not filecmp.cmp(fresh / rel, root / rel, shallow=False):
                problems.append(f"differs: {rel}")
        return problems
