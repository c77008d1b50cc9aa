"""docs/api (the `docs` plugin): every spec entry is documented, with the signatures the clients have."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from codegen.model import load_spec
from codegen.plugins import api_docs, cpp_client, java_client, python_client
from codegen.render import render

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def spec():
    return load_spec(ROOT / "spec")


@pytest.fixture(scope="module")
def clients(spec):
    """The generated client code, as the plugins write it: path -> text."""
    return render(spec, [python_client, java_client, cpp_client])


@pytest.fixture(scope="module")
def docs(spec):
    return render(spec, [api_docs])


def signature_problems(spec, clients: dict[str, str]) -> list[str]:
    """Each documented signature that the generated client code does not have, word for word."""
    problems = []
    for ns in spec.namespace_list():
        py = clients[f"clients/python/supvisors_client/_generated/{ns.name}.py"]
        java = clients[f"clients/java/src/generated/java/org/supvisors/rpc/{java_client.NAMESPACE_CLASSES[ns.name]}.java"]
        cpp = clients[f"clients/cpp/generated/include/supvisors/{ns.name}.hpp"]
        for m in ns.methods:
            params = api_docs.python_params(m)
            line = f"    def {m.name}(self{', ' + params if params else ''}) -> {python_client.py_type(m.returns)}:"
            if line not in py.splitlines():
                problems.append(f"python {m.wire_name}: {line.strip()}")
            for sig in api_docs.java_signatures(m):
                if f"    public {sig} {{" not in java.splitlines():
                    problems.append(f"java {m.wire_name}: {sig}")
            if f"    {api_docs.cpp_signature(m, spec)};" not in cpp.splitlines():
                problems.append(f"c++ {m.wire_name}: {api_docs.cpp_signature(m, spec)}")
    return problems


def test_documented_signatures_are_the_generated_ones(spec, clients):
    assert signature_problems(spec, clients) == []


def test_a_signature_that_differs_is_reported(spec, clients):
    tampered = dict(clients)
    rel = "clients/cpp/generated/include/supvisors/supvisors.hpp"
    tampered[rel] = tampered[rel].replace("bool start_application(DeploymentStrategies strategy,",
                                          "bool start_application(int strategy,")
    rel = "clients/python/supvisors_client/_generated/system.py"
    tampered[rel] = tampered[rel].replace("def listMethods(self)", "def listMethods(self, extra: int)")
    assert signature_problems(spec, tampered) == ["python system.listMethods: def listMethods(self) -> list[str]:",
                                                   "c++ supvisors.start_application: bool start_application("
                                                   "DeploymentStrategies strategy, const std::string& application_name, "
                                                   "bool wait = true)"]


def test_documented_java_getters_exist(spec, clients):
    for struct in spec.structs.values():
        java = clients[f"clients/java/src/generated/java/org/supvisors/rpc/{struct.name}.java"]
        for f in api_docs.struct_view(struct, "")["fields"]:
            assert re.search(rf"public \S+ {re.escape(f['java'])} \{{", java), f"{struct.name}.{f['java']}"


def test_one_page_per_namespace_with_every_method(spec, docs):
    pages = ["README", "system", "supervisor", "supvisors", "types"] + (["events"] if spec.events else [])
    assert sorted(docs) == sorted(f"docs/api/{n}.md" for n in pages)
    for ns in spec.namespace_list():
        page = docs[f"docs/api/{ns.name}.md"]
        headings = re.findall(r"^## (\S+)$", page, re.M)
        assert headings == [m.name for m in ns.methods]
        for m in ns.methods:
            section = page.split(f"\n## {m.name}\n", 1)[1].split("\n## ", 1)[0]
            assert f"`{api_docs.cell(api_docs.python_signature(m))}`" in section
            assert f"`{api_docs.cell(api_docs.cpp_signature(m, spec))}`" in section
            for p in m.params:
                assert f"| `{p.name}` |" in section, (m.wire_name, p.name)
            for fault in m.faults:
                assert f"| `{fault.name}` | {fault.code} |" in section, (m.wire_name, fault.name)
            if m.states:
                assert f"Allowed in the Supvisors states: {', '.join(m.states)}." in section
            else:
                assert "Allowed in every Supvisors state." in section
            struct = api_docs.returned_struct(m.returns, spec)
            for f in struct.fields if struct else ():
                assert f"| `{f.name}` |" in section, (m.wire_name, f.name)


def test_types_page_has_every_enum_struct_and_fault(spec, docs):
    page = docs["docs/api/types.md"]
    for enum in spec.enums.values():
        section = page.split(f"\n### {enum.name}\n", 1)[1].split("\n### ", 1)[0]
        for value in enum.values:
            assert f"| `{value.name}` | {value.code} |" in section
    for struct in spec.structs.values():
        section = page.split(f"\n### {struct.name}\n", 1)[1].split("\n### ", 1)[0]
        assert [f.name for f in struct.fields] == re.findall(r"^\| `(\w+)` \|", section, re.M)
    for fault in spec.faults.values():
        assert f"| {fault.code} | `{fault.name}` | `{fault.class_name}` |" in page


def test_links_point_at_headings(docs):
    anchors = {rel.rsplit("/", 1)[1]: {api_docs.anchor(h) for h in re.findall(r"^#+ (.+)$", text, re.M)}
               for rel, text in docs.items()}
    anchors["README.md"].add("how-the-clients-spell-the-api")
    for rel, text in docs.items():
        page = rel.rsplit("/", 1)[1]
        for target, frag in re.findall(r"\]\(([\w.]*)#([\w-]+)\)", text):
            assert frag in anchors[target or page], f"{page}: link to {target or page}#{frag}"


def test_events_page_has_every_topic_and_key(spec, docs):
    if spec.events is None:
        pytest.skip("no spec/events.yaml")
    page = docs["docs/api/events.md"]
    for topic in spec.events.topics:
        section = page.split(f"\n## {topic.name}\n", 1)[1].split("\n## ", 1)[0]
        assert f"Topic `{topic.topic}`" in section
        assert [f.name for f in topic.fields] == re.findall(r"^\| `(\w+)` \|", section, re.M)
