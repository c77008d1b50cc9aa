"""Typed model of the API spec (spec/*.yaml), built after schema validation.

The model is what every generator plugin reads: it never sees raw YAML. `load_spec` validates each
file against spec/schema.json, builds the model, then runs the semantic checks that a JSON Schema
cannot express (references resolve, names are unique, defaults fit their types).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema
import yaml

SCALARS = ("int", "boolean", "double", "string", "time", "any")
# A `time` is seconds since the epoch as an XML-RPC int (0 = never): the typed clients expose a real
# time type, the wire carries an int.
WIRE_OF_SCALAR = {"time": "int"}
# What a client written for xml_rpc.rst can read: an extra (optional) struct key uses only these.
DOCUMENT_WIRE_TYPES = ("int", "boolean", "string", "array", "struct")
NAMESPACE_ORDER = ("system", "supervisor", "supvisors")
# The one version of every package (the two wheels, the Java jars, the C++ package): the file VERSION
# beside spec/, read here and written by the plugins wherever a build needs it. MAJOR.MINOR.PATCH only:
# CMake's project(VERSION) takes nothing else, and the same string must mean the same in PEP 440 and Maven.
VERSION_RE = re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
_ARRAY_RE = re.compile(r"^array<(.+)>$")


class SpecError(Exception):
    """The spec is invalid; the message names the file and the place."""


@dataclass(frozen=True)
class TypeRef:
    """A type expression: a scalar, an enum, a struct, or an array of a type."""

    kind: str  # "scalar" | "enum" | "struct" | "array"
    name: str  # scalar name, enum name, struct name, or "array"
    item: TypeRef | None = None

    @property
    def wire(self) -> str:
        """The XML-RPC type name, as supervisor's methodSignature reports it."""
        if self.kind == "array":
            return "array"
        if self.kind == "enum":
            return "int"
        if self.kind == "struct":
            return "struct"
        return WIRE_OF_SCALAR.get(self.name, self.name)

    def __str__(self) -> str:
        return f"array<{self.item}>" if self.kind == "array" else self.name


@dataclass(frozen=True)
class EnumValue:
    name: str
    code: int
    doc: str


@dataclass(frozen=True)
class Enum:
    name: str
    doc: str
    values: tuple[EnumValue, ...]


@dataclass(frozen=True)
class Fault:
    name: str
    code: int
    doc: str

    @property
    def class_name(self) -> str:
        """CamelCase name used for exception classes: BAD_NAME -> BadName."""
        return "".join(part.capitalize() for part in self.name.split("_"))


@dataclass(frozen=True)
class Field:
    name: str
    type: TypeRef
    doc: str
    unit: str | None = None
    range: str | None = None
    optional: bool = False


@dataclass(frozen=True)
class Struct:
    name: str
    doc: str
    fields: tuple[Field, ...]
    wire: str = "struct"  # "struct" (XML-RPC struct) or "array" (positional array)


@dataclass(frozen=True)
class Param:
    name: str
    type: TypeRef
    doc: str
    has_default: bool = False
    default: Any = None


@dataclass(frozen=True)
class Method:
    namespace: str
    name: str
    doc: str
    params: tuple[Param, ...]
    returns: TypeRef
    returns_doc: str
    faults: tuple[Fault, ...] = ()
    states: tuple[str, ...] = ()
    deferred: bool = False
    alias_of: str | None = None
    extension: bool = False

    @property
    def wire_name(self) -> str:
        return f"{self.namespace}.{self.name}"

    @property
    def signature(self) -> list[str]:
        """[return type, param types...] as system.methodSignature reports it."""
        return [self.returns.wire] + [p.type.wire for p in self.params]


@dataclass(frozen=True)
class Namespace:
    name: str
    doc: str
    methods: tuple[Method, ...]


@dataclass(frozen=True)
class EventTopic:
    """One topic of the event stream (spec/events.yaml): its body is the struct `body` plus `extra` keys."""

    topic: str  # the first frame, e.g. "process"
    name: str  # the typed event's class name, e.g. ProcessEvent
    doc: str
    body: Struct
    extra: tuple[Field, ...] = ()

    @property
    def fields(self) -> tuple[Field, ...]:
        """Every key of the body on the wire: the struct's, then the extra ones."""
        return self.body.fields + self.extra


@dataclass(frozen=True)
class EventStream:
    doc: str
    topics: tuple[EventTopic, ...]


@dataclass
class Spec:
    events: EventStream | None = None  # spec/events.yaml (None: a spec without an event stream)
    enums: dict[str, Enum] = field(default_factory=dict)
    faults: dict[str, Fault] = field(default_factory=dict)
    structs: dict[str, Struct] = field(default_factory=dict)
    namespaces: dict[str, Namespace] = field(default_factory=dict)
    version: str | None = None  # from VERSION beside the spec directory (None: no such file)

    def package_version(self) -> str:
        """The packages' version; a plugin that writes it calls this (a spec without VERSION fails here)."""
        if self.version is None:
            raise SpecError("no VERSION file beside the spec directory: the packages' version is unknown")
        return self.version

    def namespace_list(self) -> list[Namespace]:
        return [self.namespaces[n] for n in NAMESPACE_ORDER if n in self.namespaces]

    def all_methods(self) -> list[Method]:
        return [m for ns in self.namespace_list() for m in ns.methods]

    def referenced_types(self) -> list[TypeRef]:
        refs = [f.type for s in self.structs.values() for f in s.fields]
        for m in self.all_methods():
            refs.append(m.returns)
            refs.extend(p.type for p in m.params)
        return refs


def parse_type(expr: str, spec: Spec, where: str) -> TypeRef:
    """Parse a type expression; enums and structs must exist in spec."""
    match = _ARRAY_RE.match(expr)
    if match:
        return TypeRef("array", "array", parse_type(match.group(1), spec, where))
    if expr in SCALARS:
        return TypeRef("scalar", expr)
    if expr in spec.enums:
        return TypeRef("enum", expr)
    if expr in spec.structs:
        return TypeRef("struct", expr)
    raise SpecError(f"{where}: unknown type {expr!r}")


def _load_yaml(path: Path, validator: jsonschema.Validator) -> dict:
    try:
        data = yaml.safe_load(path.read_text())
    except yaml.YAMLError as exc:
        raise SpecError(f"{path.name}: not valid YAML: {exc}") from exc
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        # oneOf hides the useful message: report the best match's deepest context.
        best = jsonschema.exceptions.best_match(errors)
        place = "/".join(str(p) for p in best.absolute_path) or "<root>"
        raise SpecError(f"{path.name}: schema violation at {place}: {best.message}")
    return data


def _check_unique(names: list, what: str) -> None:
    seen = set()
    for name in names:
        if name in seen:
            raise SpecError(f"duplicate {what}: {name!r}")
        seen.add(name)


def _default_fits(value: Any, t: TypeRef) -> bool:
    if t.kind == "enum" or (t.kind == "scalar" and t.name in ("int", "time")):
        return isinstance(value, int) and not isinstance(value, bool)
    if t.kind == "scalar" and t.name == "boolean":
        return isinstance(value, bool)
    if t.kind == "scalar" and t.name == "string":
        return isinstance(value, str)
    if t.kind == "scalar" and t.name == "double":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return False


def _non_document_wire_type(t: TypeRef, spec: Spec, seen: set[str]) -> str | None:
    """The first wire type inside t (array items and struct fields included) that is not one of
    DOCUMENT_WIRE_TYPES, or None."""
    if t.kind == "array":
        return _non_document_wire_type(t.item, spec, seen)
    if t.kind == "struct":
        if t.name in seen:
            return None
        seen.add(t.name)
        for f in spec.structs[t.name].fields:
            odd = _non_document_wire_type(f.type, spec, seen)
            if odd:
                return odd
        return None
    if t.kind == "scalar" and t.name == "any":
        return "any"
    return None if t.wire in DOCUMENT_WIRE_TYPES else t.wire


def _build_types(data: dict, spec: Spec) -> None:
    for name, raw in data["enums"].items():
        values = tuple(EnumValue(v["name"], v["code"], v["doc"]) for v in raw["values"])
        _check_unique([v.name for v in values], f"value name in enum {name}")
        _check_unique([v.code for v in values], f"value code in enum {name}")
        spec.enums[name] = Enum(name, raw["doc"], values)
    faults = [Fault(f["name"], f["code"], f["doc"]) for f in data["faults"]]
    _check_unique([f.name for f in faults], "fault name")
    _check_unique([f.code for f in faults], "fault code")
    spec.faults = {f.name: f for f in faults}
    clash = set(spec.enums) & set(data["structs"])
    if clash:
        raise SpecError(f"names used for both an enum and a struct: {sorted(clash)}")
    # Two passes: declare struct names first so that fields may reference any struct.
    for name in data["structs"]:
        spec.structs[name] = Struct(name, "", ())
    for name, raw in data["structs"].items():
        fields = tuple(
            Field(
                f["name"],
                parse_type(f["type"], spec, f"struct {name}.{f['name']}"),
                f["doc"],
                f.get("unit"),
                f.get("range"),
                f.get("optional", False),
            )
            for f in raw["fields"]
        )
        _check_unique([f.name for f in fields], f"field of struct {name}")
        seen_optional = False
        for f in fields:
            if f.optional:
                seen_optional = True
            elif seen_optional:
                raise SpecError(f"struct {name}: required field {f.name!r} after an optional one")
        wire = raw.get("wire", "struct")
        if wire == "array" and any(f.optional for f in fields):
            raise SpecError(f"struct {name}: an array-shaped struct cannot have optional fields")
        spec.structs[name] = Struct(name, raw["doc"], fields, wire)
    # An extra (optional, non-document) key must be readable by a client written for the document.
    for struct in spec.structs.values():
        for f in struct.fields:
            odd = _non_document_wire_type(f.type, spec, set()) if f.optional else None
            if odd:
                raise SpecError(f"struct {struct.name}: extra field {f.name!r} travels as {odd}, which a client "
                                f"written for the document may not read (an extra key uses only "
                                f"{', '.join(DOCUMENT_WIRE_TYPES)})")


def _build_namespace(data: dict, spec: Spec, filename: str) -> Namespace:
    ns = data["namespace"]
    state_enum = spec.enums.get("SupvisorsStates")
    state_names = {v.name for v in state_enum.values} if state_enum else set()
    methods = []
    for raw in data["methods"]:
        where = f"{filename}: {ns}.{raw['name']}"
        params = []
        for p in raw.get("params", []):
            t = parse_type(p["type"], spec, f"{where} param {p['name']}")
            has_default = "default" in p
            if has_default and not _default_fits(p["default"], t):
                raise SpecError(f"{where}: default {p['default']!r} does not fit type {t} of {p['name']}")
            if params and params[-1].has_default and not has_default:
                raise SpecError(f"{where}: param {p['name']!r} without default after one with a default")
            params.append(Param(p["name"], t, p["doc"], has_default, p.get("default")))
        _check_unique([p.name for p in params], f"param of {where}")
        for fault in raw.get("faults", []):
            if fault not in spec.faults:
                raise SpecError(f"{where}: unknown fault {fault!r}")
        for state in raw.get("states", []):
            if state not in state_names:
                raise SpecError(f"{where}: unknown Supvisors state {state!r}")
        methods.append(
            Method(
                namespace=ns,
                name=raw["name"],
                doc=raw["doc"],
                params=tuple(params),
                returns=parse_type(raw["returns"]["type"], spec, f"{where} return"),
                returns_doc=raw["returns"]["doc"],
                faults=tuple(spec.faults[f] for f in raw.get("faults", [])),
                states=tuple(raw.get("states", [])),
                deferred=raw.get("deferred", False),
                alias_of=raw.get("alias_of"),
                extension=raw.get("extension", False),
            )
        )
    _check_unique([m.name for m in methods], f"method of namespace {ns}")
    by_name = {m.name: m for m in methods}
    for m in methods:
        if m.alias_of is not None:
            target = by_name.get(m.alias_of)
            if target is None or target.alias_of is not None:
                raise SpecError(f"{filename}: {ns}.{m.name} is an alias of unknown method {m.alias_of!r}")
            if m.signature != target.signature:
                raise SpecError(f"{filename}: alias {ns}.{m.name} does not have the signature of {m.alias_of}")
    return Namespace(ns, data["doc"], tuple(methods))


def load_version(path: Path) -> str:
    """The version in the file at path: one line MAJOR.MINOR.PATCH."""
    text = path.read_text().strip()
    if not VERSION_RE.match(text):
        raise SpecError(f"{path.name}: {text!r} is not a version MAJOR.MINOR.PATCH (digits only)")
    return text


def _build_events(data: dict, spec: Spec, filename: str) -> EventStream:
    """The event stream: topic -> body struct + extra keys; what a JSON Schema cannot check."""
    raw = data["events"]
    topics = []
    for t in raw["topics"]:
        where = f"{filename}: topic {t['topic']!r}"
        body = spec.structs.get(t["body"])
        if body is None:
            raise SpecError(f"{where}: unknown body struct {t['body']!r}")
        if body.wire != "struct":
            raise SpecError(f"{where}: the body {body.name} is not a struct on the wire (a JSON object is due)")
        if t["name"] in spec.structs or t["name"] in spec.enums:
            raise SpecError(f"{where}: event name {t['name']!r} is already a struct or an enum")
        extra = tuple(Field(f["name"], parse_type(f["type"], spec, f"{where} extra {f['name']}"), f["doc"],
                            f.get("unit"), f.get("range"), f.get("optional", False)) for f in t.get("extra", []))
        clash = {f.name for f in extra} & {f.name for f in body.fields}
        if clash:
            raise SpecError(f"{where}: extra keys {sorted(clash)} are already keys of {body.name}")
        _check_unique([f.name for f in extra], f"extra key of {where}")
        if any(not f.optional and any(e.optional for e in extra[:i]) for i, f in enumerate(extra)):
            raise SpecError(f"{where}: a required extra key after an optional one")
        topics.append(EventTopic(t["topic"], t["name"], t["doc"], body, extra))
    _check_unique([t.topic for t in topics], "event topic")
    _check_unique([t.name for t in topics], "event name")
    for a in topics:  # subscriptions are prefixes: subscribing to one topic must get only that one
        for b in topics:
            if a is not b and b.topic.startswith(a.topic):
                raise SpecError(f"{filename}: topic {a.topic!r} is a prefix of topic {b.topic!r}")
    return EventStream(raw["doc"], tuple(topics))


def load_spec(spec_dir: Path) -> Spec:
    """Validate and load every YAML file of spec_dir into a Spec, with the version of VERSION beside it."""
    schema = json.loads((spec_dir / "schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    files = sorted(spec_dir.glob("*.yaml"))
    docs = [(path, _load_yaml(path, validator)) for path in files]
    types_docs = [(p, d) for p, d in docs if "enums" in d]
    if len(types_docs) != 1:
        raise SpecError(f"expected exactly one types file (with enums/faults/structs), found {len(types_docs)}")
    spec = Spec()
    version_file = spec_dir.parent / "VERSION"
    if version_file.is_file():
        spec.version = load_version(version_file)
    _build_types(types_docs[0][1], spec)
    for path, data in docs:
        if "namespace" in data:
            if data["namespace"] in spec.namespaces:
                raise SpecError(f"{path.name}: namespace {data['namespace']!r} defined twice")
            spec.namespaces[data["namespace"]] = _build_namespace(data, spec, path.name)
        elif "events" in data:
            if spec.events is not None:
                raise SpecError(f"{path.name}: the event stream is defined twice")
            spec.events = _build_events(data, spec, path.name)
    missing = [n for n in NAMESPACE_ORDER if n not in spec.namespaces]
    if missing:
        raise SpecError(f"missing namespace files: {missing}")
    return spec


def uses_time(types) -> bool:
    """True if one of the types is (or is an array of) the scalar `time`: the generated file then imports
    its language's time type."""
    for t in types:
        while t.kind == "array":
            t = t.item
        if t.kind == "scalar" and t.name == "time":
            return True
    return False
