"""The spec is valid, complete against supervisor 4.3 and xml_rpc.rst, and its checks catch errors."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from supervisor import xmlrpc as supervisor_xmlrpc
from supervisor.rpcinterface import SupervisorNamespaceRPCInterface

from codegen import apidoc
from codegen.model import SpecError, load_spec

ROOT = Path(__file__).resolve().parents[2]
SPEC_DIR = ROOT / "spec"


@pytest.fixture(scope="module")
def spec():
    return load_spec(SPEC_DIR)


def test_every_type_reference_resolves(spec):
    # load_spec raises on an unknown name; check again that every reference points at a definition
    for ref in spec.referenced_types():
        while ref.kind == "array":
            ref = ref.item
        assert ref.kind == "scalar" or ref.name in spec.enums or ref.name in spec.structs, ref


def test_supervisor_namespace_matches_supervisor_4_3(spec):
    """Every public method of SupervisorNamespaceRPCInterface (as listMethods sees them) is in the spec."""
    published = {name for name, value in vars(SupervisorNamespaceRPCInterface).items()
                 if callable(value) and not name.startswith("_")}
    in_spec = {m.name for m in spec.namespaces["supervisor"].methods}
    assert in_spec == published


def test_supervisor_params_match_python_signatures(spec):
    import inspect

    for m in spec.namespaces["supervisor"].methods:
        func = getattr(SupervisorNamespaceRPCInterface, m.name)
        sig = inspect.signature(func)
        names = [p for p in sig.parameters if p != "self"]
        assert [p.name for p in m.params] == names, m.name
        for p in m.params:
            default = sig.parameters[p.name].default
            if default is inspect.Parameter.empty:
                assert not p.has_default, (m.name, p.name)
            else:
                assert p.has_default and p.default == default, (m.name, p.name)


def test_system_namespace_matches_supervisor(spec):
    published = {name for name, value in vars(supervisor_xmlrpc.SystemNamespaceRPCInterface).items()
                 if callable(value) and not name.startswith("_")}
    assert {m.name for m in spec.namespaces["system"].methods} == published


def test_supervisor_fault_codes_match(spec):
    for name, code in vars(supervisor_xmlrpc.Faults).items():
        if name.isupper():
            assert spec.faults[name].code == code


def test_design_numbers(spec):
    expected = {
        "SupvisorsStates": ["INITIALIZATION", "DEPLOYMENT", "OPERATION", "CONCILIATION", "RESTARTING",
                            "SHUTTING_DOWN", "SHUTDOWN"],
        "AddressStates": ["UNKNOWN", "CHECKING", "RUNNING", "SILENT", "ISOLATING", "ISOLATED"],
        "ApplicationStates": ["UNKNOWN", "STOPPED", "STARTING", "STOPPING", "RUNNING"],
        "ConciliationStrategies": ["SENICIDE", "INFANTICIDE", "USER", "STOP", "RESTART"],
    }
    for enum, names in expected.items():
        assert [(v.name, v.code) for v in spec.enums[enum].values] == [(n, i) for i, n in enumerate(names)]
    assert [(v.name, v.code) for v in spec.enums["DeploymentStrategies"].values][:3] == [
        ("CONFIG", 0), ("LESS_LOADED", 1), ("MOST_LOADED", 2)]
    assert {f.name: f.code for f in spec.faults.values() if f.code >= 100} == {
        "SUPVISORS_CONF_ERROR": 100, "BAD_SUPVISORS_STATE": 101, "BAD_ADDRESS": 102, "BAD_STRATEGY": 103,
        "BAD_EXTRA_ARGUMENTS": 104}


# ---------------------------------------------------------------- completeness against xml_rpc.rst
def _rst_methods() -> dict[str, dict]:
    """The document's facts (spec/reference/xml_rpc_facts.json, extracted by codegen.apidoc)."""
    return apidoc.load()


def test_facts_match_the_api_document():
    """The facts file is what the document says (when the document is there: beside the repository,
    or $SUPVISORS_API_DOC); the other tests need only the facts file."""
    if not apidoc.DEFAULT_DOC.is_file():
        pytest.skip(f"the API document {apidoc.DEFAULT_DOC} is not here; the facts file stands for it")
    assert apidoc.load() == apidoc.extract(apidoc.DEFAULT_DOC.read_text())


def test_extract_reads_a_method_its_keys_and_faults():
    text = ("get_x(name, wait=True)\n\n    Doc.\n\n        'name'\tstr\tThe name.\n"
            "        'state'code\tint\tThe state.\n\n    @throws Faults.BAD_NAME if unknown\n")
    assert apidoc.extract(text) == {"get_x": {"params": [["name", None], ["wait", "True"]],
                                              "keys": ["name", "statecode"], "faults": ["BAD_NAME"]}}


RST_STRUCTS = {  # method -> spec struct carrying the keys that the document lists under it
    "get_supvisors_state": "SupvisorsState",
    "get_address_info": "AddressInfo",
    "get_application_info": "ApplicationInfo",
    "get_process_info": "SupvisorsProcessInfo",
    "get_process_rules": "ProcessRules",
    "get_conflicts": "Conflict",
}


def test_rst_has_20_methods_all_in_spec(spec):
    rst = _rst_methods()
    assert len(rst) == 20
    assert set(rst) <= {m.name for m in spec.namespaces["supvisors"].methods}


# Parameters that the spec adds to the document's, each with the reason (spec/README.md): the server
# accepts the document's form too, so each has a default and the document's parameters keep their order.
ADDED_PARAMS = {
    ("restart_process", "extra_args"): "the original Java client sends (strategy, namespec, extra_args, wait)",
}


def test_rst_params_and_defaults(spec):
    by_name = {m.name: m for m in spec.namespaces["supvisors"].methods}
    for name, doc in _rst_methods().items():
        m = by_name[name]
        added = [p for p in m.params if (name, p.name) in ADDED_PARAMS]
        assert all(p.has_default for p in added), name
        params = [p for p in m.params if p not in added]
        assert [p.name for p in params] == [p for p, _ in doc["params"]], name
        for (pname, default), p in zip(doc["params"], params, strict=True):
            if default is None:
                assert not p.has_default, (name, pname)
            elif default == "None":  # XML-RPC has no nil: the spec uses the empty string
                assert p.has_default and p.default == "", (name, pname)
            else:
                assert p.has_default and repr(p.default) == default, (name, pname)


def test_rst_struct_keys(spec):
    rst = _rst_methods()
    for method, struct in RST_STRUCTS.items():
        required = [f.name for f in spec.structs[struct].fields if not f.optional]
        assert required == rst[method]["keys"], method


def test_rst_faults(spec):
    by_name = {m.name: m for m in spec.namespaces["supvisors"].methods}
    for name, doc in _rst_methods().items():
        assert set(doc["faults"]) <= {f.name for f in by_name[name].faults}, name


def test_times_are_ints_on_the_wire(spec):
    """remote_time, local_time and last_event_time: `time`, an XML-RPC int of seconds (as the original
    server sent them), never a double."""
    times = [(s.name, f.name, f.type.wire) for s in spec.structs.values() for f in s.fields if f.type.name == "time"]
    assert times == [("AddressInfo", "remote_time", "int"), ("AddressInfo", "local_time", "int"),
                     ("SupvisorsProcessInfo", "last_event_time", "int")]


def test_extra_keys_use_types_of_the_document(spec):
    from codegen.model import DOCUMENT_WIRE_TYPES

    for s in spec.structs.values():
        for f in s.fields:
            if f.optional:
                t = f.type.item if f.type.kind == "array" else f.type
                assert t.wire in DOCUMENT_WIRE_TYPES, (s.name, f.name)


def test_restart_process_takes_extra_args_and_start_process_refuses_them(spec):
    by_name = {m.name: m for m in spec.namespaces["supvisors"].methods}
    restart = by_name["restart_process"]
    assert [(p.name, p.default) for p in restart.params] == [
        ("strategy", None), ("namespec", None), ("extra_args", ""), ("wait", True)]
    assert restart.signature == ["boolean", "int", "string", "string", "boolean"]
    for name in ("start_args", "start_process", "restart_process"):
        assert "BAD_EXTRA_ARGUMENTS" in {f.name for f in by_name[name].faults}, name


def test_process_rules_carry_expected_loading(spec):
    fields = {f.name: f for f in spec.structs["ProcessRules"].fields}
    assert list(fields)[-2:] == ["loading", "expected_loading"]
    expected, loading = fields["expected_loading"], fields["loading"]
    assert expected.optional and (expected.type, expected.range, expected.unit) == (loading.type, loading.range,
                                                                                      loading.unit)


def test_event_topics_reuse_the_reply_structs(spec):
    """Each topic's body is the struct of the XML-RPC replies plus declared extra keys (events.yaml)."""
    topics = {t.topic: t for t in spec.events.topics}
    assert {k: t.body.name for k, t in topics.items()} == {
        "supvisors": "SupvisorsState", "address": "AddressInfo", "application": "ApplicationInfo",
        "process": "SupvisorsProcessInfo"}
    extra = {k: [(f.name, str(f.type), f.optional) for f in t.extra] for k, t in topics.items()}
    assert extra == {"supvisors": [("master", "string", False)], "address": [],
                     "application": [("removed", "boolean", True)],
                     "process": [("address", "string", False), ("removed", "boolean", True)]}


# ---------------------------------------------------------------- the checks catch broken specs
@pytest.fixture
def spec_copy(tmp_path):
    target = tmp_path / "spec"
    shutil.copytree(SPEC_DIR, target)
    return target


@pytest.mark.parametrize("old, new, message", [
    ("type: AddressStates, range", "type: AdressStates, range", "unknown type 'AdressStates'"),
    ("{name: BAD_ADDRESS, code: 102", "{name: BAD_ADDRESS, code: 101", "duplicate fault code"),
    ("faults: [BAD_ADDRESS]", "faults: [BAD_ADRESS]", "unknown fault 'BAD_ADRESS'"),
    ("{name: loading, type: int, unit", "{name: loading, type: integer, unit", "schema violation"),
    ("states: [OPERATION, CONCILIATION]", "states: [OPERATIONAL]", "unknown Supvisors state"),
    # an extra key must be readable by a client written for the document: no double (nor any)
    ("{name: expected_exit, type: boolean, optional: true", "{name: expected_exit, type: double, optional: true",
     "extra field 'expected_exit' travels as double"),
    ("{name: last_event_time, type: time, optional: true", "{name: last_event_time, type: double, optional: true",
     "extra field 'last_event_time' travels as double"),
    ("{name: expected_exit, type: boolean, optional: true", "{name: expected_exit, type: \"array<double>\", optional: true",
     "extra field 'expected_exit' travels as double"),
    ("{name: expected_exit, type: boolean, optional: true", "{name: expected_exit, type: any, optional: true",
     "extra field 'expected_exit' travels as any"),
    ("{name: expected_exit, type: boolean, optional: true", "{name: expected_exit, type: tme, optional: true",
     "schema violation"),
    # the event stream (events.yaml)
    ("body: SupvisorsProcessInfo", "body: SupvisorsProcesInfo", "unknown body struct 'SupvisorsProcesInfo'"),
    ("body: AddressInfo", "body: LogTail", "the body LogTail is not a struct on the wire"),
    ("- topic: address", "- topic: supvisors_address", "topic 'supvisors' is a prefix of topic 'supvisors_address'"),
    ("{name: master, type: string", "{name: statename, type: string",
     "extra keys ['statename'] are already keys of SupvisorsState"),
    ("name: ProcessEvent", "name: ConfigInfo", "schema violation"),
    ("name: ProcessEvent", "name: AddressEvent", "duplicate event name"),
])
def test_broken_spec_is_refused(spec_copy, old, new, message):
    for path in spec_copy.glob("*.yaml"):
        text = path.read_text()
        if old in text:
            path.write_text(text.replace(old, new, 1))
            break
    else:
        pytest.fail(f"{old!r} not found in spec")
    with pytest.raises(SpecError, match=re.escape(message)):
        load_spec(spec_copy)
