"""The generator is deterministic and its check catches any drift of the committed output."""

from __future__ import annotations

import shutil
from pathlib import Path

from codegen.model import load_spec
from codegen.plugins import PLUGINS
from codegen.render import check, render, write

ROOT = Path(__file__).resolve().parents[2]


def test_two_runs_same_bytes():
    spec = load_spec(ROOT / "spec")
    plugins = list(PLUGINS.values())
    first = render(spec, plugins)
    second = render(load_spec(ROOT / "spec"), plugins)
    assert first == second
    assert first, "the generator produced nothing"


def test_every_generated_file_has_the_banner():
    spec = load_spec(ROOT / "spec")
    for rel, text in render(spec, list(PLUGINS.values())).items():
        if rel.endswith((".json", "maven.config")):  # neither format has comments
            continue
        assert "DO NOT EDIT" in "\n".join(text.splitlines()[:3]), rel


def test_committed_output_is_up_to_date():
    assert check(load_spec(ROOT / "spec"), list(PLUGINS.values()), ROOT) == []


def test_check_detects_hand_edit_and_stray_file(tmp_path):
    spec = load_spec(ROOT / "spec")
    plugins = [PLUGINS["python"]]
    write(spec, plugins, tmp_path)
    assert check(spec, plugins, tmp_path) == []
    target = tmp_path / "clients/python/supvisors_client/_generated/supvisors.py"
    target.write_text(target.read_text() + "# hand edit\n")
    stray = target.parent / "extra.py"
    stray.write_text("x = 1\n")
    problems = check(spec, plugins, tmp_path)
    assert any("differs" in p and p.endswith("supvisors.py") for p in problems)
    assert any("not generated" in p and p.endswith("extra.py") for p in problems)
    shutil.rmtree(target.parent)
    assert any(p.startswith("missing") for p in check(spec, plugins, tmp_path))


def test_generated_python_client_covers_every_method():
    import supvisors_client

    spec = load_spec(ROOT / "spec")
    for ns in spec.namespace_list():
        cls = getattr(supvisors_client, f"{ns.name.capitalize()}Namespace")
        for m in ns.methods:
            assert callable(getattr(cls, m.name, None)), m.wire_name


def test_server_tables_match_spec():
    from supvisors._generated import api, enums, faults

    spec = load_spec(ROOT / "spec")
    assert set(api.METHODS) == {m.name for m in spec.namespaces["supvisors"].methods}
    for f in spec.faults.values():
        assert getattr(faults.Faults, f.name) == f.code
    for e in spec.enums.values():
        assert {m.name: m.value for m in getattr(enums, e.name)} == {v.name: v.code for v in e.values}
