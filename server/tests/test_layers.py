"""The server's layering, read from its imports: entry -> cluster -> deployer/failures (through
ports.Node) -> the core modules -> _generated; no import cycle; no module over 400 lines."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import supvisors

PACKAGE = Path(supvisors.__file__).parent
ENTRY = {"plugin", "rpcinterface", "rpcchecks", "dashboard"}
RANKS = {**{m: 4 for m in ENTRY}, "cluster": 3, "deployer": 2, "failures": 2}
MAX_LINES = 400


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _top(name: str) -> str:
    return name.split(".")[0]


def imports() -> dict[str, set[str]]:
    """module -> the package's modules it imports (TYPE_CHECKING imports included)."""
    graph: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        name = _module_name(path)
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        found = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.level:
                base = package.split(".") if package else []
                base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
                target = ".".join([*base, node.module] if node.module else base)
                if node.module is None:  # from . import a, b
                    found |= {".".join([*base, a.name]).strip(".") for a in node.names}
                else:
                    found.add(target.strip("."))
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("supvisors"):
                found.add(node.module.removeprefix("supvisors").strip("."))
        graph[name] = {m for m in found if m and m != name}
    return graph


def rank(module: str) -> int:
    top = _top(module)
    return 0 if top == "_generated" else RANKS.get(top, 1)


def test_no_import_cycle():
    graph = imports()
    state: dict[str, int] = {}

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if nxt not in graph:
                continue
            if state.get(nxt) == 1:
                raise AssertionError("import cycle: " + " -> ".join([*stack[stack.index(nxt):], nxt]))
            if nxt not in state:
                visit(nxt, [*stack, nxt])
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])


def test_layers():
    graph = imports()
    assert graph["deployer"] and graph["failures"], "the import graph was not read"
    wrong = []
    for module, targets in graph.items():
        for target in targets:
            if _top(target) == _top(module):
                continue  # inside a subpackage
            same_ok = rank(module) != 3  # among entry modules, core modules, deployer <- failures
            if rank(target) > rank(module) or (rank(target) == rank(module) and not same_ok):
                wrong.append(f"{module} imports {target}")
    assert not wrong, wrong
    assert {m for m, t in graph.items() if "cluster" in t} <= ENTRY


def test_module_size():
    sizes = {_module_name(p): len(p.read_text().splitlines()) for p in PACKAGE.rglob("*.py")}
    assert len(sizes) > 20
    assert {m: n for m, n in sizes.items() if n > MAX_LINES} == {}


def test_the_checker_sees_a_cycle_and_a_layer_breach(monkeypatch):
    """The checks above can fail: a made-up graph with a cycle and a low module importing cluster."""
    fake = {"a": {"b"}, "b": {"a"}, "jobs": {"cluster"}, "cluster": set()}
    this = sys.modules[__name__]
    monkeypatch.setattr(this, "imports", lambda: fake)
    try:
        this.test_no_import_cycle()
    except AssertionError as exc:
        assert "a -> b -> a" in str(exc) or "b -> a -> b" in str(exc)
    else:
        raise AssertionError("cycle not seen")
    fake["deployer"], fake["failures"] = {"x"}, {"x"}
    try:
        this.test_layers()
    except AssertionError as exc:
        assert "jobs imports cluster" in str(exc)
    else:
        raise AssertionError("layer breach not seen")
