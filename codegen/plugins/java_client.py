"""Java plugin: the typed client org.supvisors.rpc (clients/java/src/generated/java).

One file per enum, struct, fault and namespace, plus the fault table (Faults) and the version (Version,
and .mvn/maven.config that gives the POMs their ${revision}); and the testee's
dispatch table (org.supvisors.rpc.testee.Dispatch) in the testee's own project, clients/java/testee.
The hand-written part of the client (transport, error base classes, Wire decoding helpers) lives in
clients/java/src/main/java, the testee's plumbing in clients/java/testee/src/main/java.

Naming rules (documented in clients/java/README.md):
- namespace classes: SystemXmlRpc, SupervisorXmlRpc, SupvisorsXmlRpc;
- methods: camelCase of the wire name for supvisors (get_supvisors_state -> getSupvisorsState),
  unchanged for system and supervisor (getState, listMethods);
- parameters and struct fields: camelCase (application_name -> applicationName); getters getX();
- faults: CamelCase of the fault name + "Exception" (BAD_NAME -> BadNameException).
"""

from __future__ import annotations

import json

from ..model import Field, Method, Param, Spec, Struct, TypeRef, uses_time
from ..render import make_env

NAME = "java"
OUTPUT_DIRS = ["clients/java/src/generated/java", "clients/java/testee/src/generated/java", "clients/java/.mvn"]
_ROOT = "clients/java/src/generated/java"
_PKG_DIR = f"{_ROOT}/org/supvisors/rpc"
# the testee is a project of its own (clients/java/testee), not part of the library
_TESTEE_DIR = "clients/java/testee/src/generated/java/org/supvisors/rpc/testee"

# A `time` (int seconds since the epoch on the wire) is a java.time.Instant (imported where used).
_PRIMITIVE = {"int": "int", "boolean": "boolean", "double": "double", "string": "String", "any": "Object",
              "time": "Instant"}
_BOXED = {"int": "Integer", "boolean": "Boolean", "double": "Double", "string": "String", "any": "Object",
          "time": "Instant"}
_DECODER = {"int": "Wire::toInt", "boolean": "Wire::toBoolean", "double": "Wire::toDouble",
            "string": "Wire::toStr", "any": "Wire::toAny", "time": "Wire::toTime"}
# Encoders of the scalars that are not sent as they are.
_ENCODER = {"any": "Wire::encodeAny", "time": "Wire::encodeTime"}
_KEYWORDS = frozenset("""abstract assert boolean break byte case catch char class const continue default do
    double else enum extends final finally float for goto if implements import instanceof int interface
    long native new package private protected public return short static strictfp super switch
    synchronized this throw throws transient try void volatile while true false null var record yield
    """.split())
NAMESPACE_CLASSES = {"system": "SystemXmlRpc", "supervisor": "SupervisorXmlRpc", "supvisors": "SupvisorsXmlRpc"}


def camel(name: str) -> str:
    """application_name -> applicationName; names without underscores are kept."""
    head, *rest = name.split("_")
    out = head + "".join(part[:1].upper() + part[1:] for part in rest)
    return out + "_" if out in _KEYWORDS else out


def cap(name: str) -> str:
    return name[:1].upper() + name[1:]


def method_name(m: Method) -> str:
    return camel(m.name) if m.namespace == "supvisors" else m.name


def jtype(t: TypeRef, boxed: bool = False) -> str:
    """Java type of a decoded value."""
    if t.kind == "array":
        return f"List<{jtype(t.item, boxed=True)}>"
    if t.kind == "scalar":
        return (_BOXED if boxed else _PRIMITIVE)[t.name]
    return t.name



def is_reference(t: TypeRef) -> bool:
    """True if the Java type may be null (so the generated code checks it)."""
    return not (t.kind == "scalar" and t.name in ("int", "boolean", "double"))


def decoder_ref(t: TypeRef, depth: int = 0) -> str:
    """A Wire.Decoder expression for t."""
    if t.kind == "scalar":
        return _DECODER[t.name]
    if t.kind in ("enum", "struct"):
        return f"{t.name}::fromWire"
    v, w = f"v{depth}", f"w{depth}"
    return f"({v}, {w}) -> Wire.toList({v}, {w}, {decoder_ref(t.item, depth + 1)})"


def decode(t: TypeRef, value: str, where: str) -> str:
    """Expression decoding the wire value `value` found at `where` (both Java expressions)."""
    if t.kind == "scalar":
        return f"{_DECODER[t.name].replace('::', '.')}({value}, {where})"
    if t.kind in ("enum", "struct"):
        return f"{t.name}.fromWire({value}, {where})"
    return f"Wire.toList({value}, {where}, {decoder_ref(t.item)})"


def encoder_ref(t: TypeRef, depth: int = 0) -> str:
    """A Function<T, Object> expression encoding a typed value to the wire."""
    v = f"v{depth}"
    if t.kind == "scalar":
        return _ENCODER.get(t.name, f"{v} -> {v}")
    if t.kind == "enum":
        return f"{t.name}::getCode"
    if t.kind == "struct":
        return f"{t.name}::toWire"
    return f"{v} -> Wire.encodeList({v}, {encoder_ref(t.item, depth + 1)})"


def encode(t: TypeRef, expr: str) -> str:
    """Expression encoding the typed value `expr` to the wire."""
    if t.kind == "scalar":
        return f"{_ENCODER[t.name].replace('::', '.')}({expr})" if t.name in _ENCODER else expr
    if t.kind == "enum":
        return f"{expr}.getCode()"
    if t.kind == "struct":
        return f"{expr}.toWire()"
    return f"Wire.encodeList({expr}, {encoder_ref(t.item)})"


def java_literal(value, t: TypeRef) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value)  # a JSON string literal is a valid Java one for these characters
    if t.kind == "scalar" and t.name == "double":
        return repr(float(value))
    if t.kind == "enum" or t.name == "time":
        raise ValueError(f"{t} defaults are not supported by the Java plugin")
    return str(value)


def jdoc(text: str) -> str:
    """Text safe in a Javadoc comment."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("*/", "*&#47;").replace("@", "{@literal @}").strip())


def _field_view(s: Struct, f: Field, index: int) -> dict:
    name = camel(f.name)
    where = f'where + ".{f.name}"'
    if s.wire == "array":
        dec = decode(f.type, f"items.get({index})", where)
    elif f.optional:
        dec = f'Wire.optionalField(struct, "{f.name}", where, {decoder_ref(f.type)})'
    else:
        dec = f'Wire.field(struct, "{f.name}", where, "{s.name}", {decoder_ref(f.type)})'
    if f.type.kind == "array":
        init = (f"{name} == null ? null : List.copyOf({name})" if f.optional
                else f'Wire.immutableList({name}, "{name}")')
    elif is_reference(f.type) and not f.optional:
        init = f'Objects.requireNonNull({name}, "{name}")'
    else:
        init = name
    return {
        "f": f,
        "name": name,
        "getter": "get" + cap(name),
        "type": jtype(f.type, boxed=f.optional),
        "value_type": jtype(f.type, boxed=True),
        "decode": dec,
        "encode": encode(f.type, name),
        "init": init,
    }


def _struct_view(s: Struct) -> dict:
    return {"s": s, "fields": [_field_view(s, f, i) for i, f in enumerate(s.fields)],
            "imports_optional": any(f.optional for f in s.fields),
            "imports_instant": uses_time([f.type for f in s.fields]),
            "imports_list": s.wire == "array" or any(f.type.kind == "array" for f in s.fields)}


def _param_view(p: Param, index: int) -> dict:
    return {
        "p": p,
        "name": camel(p.name),
        "type": jtype(p.type),
        "encode": encode(p.type, camel(p.name)),
        "check": is_reference(p.type),
        "decoder": decoder_ref(p.type),
        "default": java_literal(p.default, p.type) if p.has_default else None,
        "index": index,
    }


def _method_view(m: Method) -> dict:
    params = [_param_view(p, i) for i, p in enumerate(m.params)]
    required = sum(1 for p in m.params if not p.has_default)
    # Overloads without the trailing parameters that have defaults, shortest first.
    overloads = [{"kept": params[:n], "dropped": params[n:]} for n in range(required, len(params))]
    return {
        "m": m,
        "name": method_name(m),
        "params": params,
        "required": required,
        "overloads": overloads,
        "returns": jtype(m.returns),
        "link": f"#{method_name(m)}({', '.join(p['type'].split('<')[0] for p in params)})",
        "decode": decode(m.returns, "reply", f"\"{m.wire_name}\""),
        "encode_result": encode(m.returns, "result"),
    }


def _event_view(t) -> dict:
    """An event topic with what event.java.j2 needs (the extra keys as fields of the event)."""
    holder = Struct(t.name, t.doc, t.extra)
    extra = [_field_view(holder, f, i) for i, f in enumerate(t.extra)]
    listener = "on" + cap(camel(t.topic))
    return {"t": {"topic": t.topic, "name": t.name, "doc": t.doc, "body": t.body, "listener": listener},
            "extra": extra, "imports_optional": any(f.optional for f in t.extra),
            "imports_instant": uses_time([f.type for f in t.extra]),
            "imports_list": any(f.type.kind == "array" for f in t.extra)}


def generate(spec: Spec) -> dict[str, str]:
    env = make_env("java_client")
    env.filters.update(jdoc=jdoc, jtype=jtype)
    out: dict[str, str] = {}
    for enum in spec.enums.values():
        out[f"{_PKG_DIR}/{enum.name}.java"] = env.get_template("enum.java.j2").render(enum=enum)
    for struct in spec.structs.values():
        out[f"{_PKG_DIR}/{struct.name}.java"] = env.get_template("struct.java.j2").render(**_struct_view(struct))
    faults = list(spec.faults.values())
    for fault in faults:
        out[f"{_PKG_DIR}/{fault.class_name}Exception.java"] = env.get_template("fault.java.j2").render(fault=fault)
    out[f"{_PKG_DIR}/Faults.java"] = env.get_template("faults.java.j2").render(faults=faults)
    if spec.events is not None:
        views = [_event_view(t) for t in spec.events.topics]
        for view in views:
            out[f"{_PKG_DIR}/{view['t']['name']}.java"] = env.get_template("event.java.j2").render(**view)
        topics = [v["t"] for v in views]
        out[f"{_PKG_DIR}/Event.java"] = env.get_template("event_iface.java.j2").render(topics=topics)
        out[f"{_PKG_DIR}/EventListener.java"] = env.get_template("event_listener.java.j2").render(topics=topics)
        out[f"{_PKG_DIR}/Events.java"] = env.get_template("events.java.j2").render(topics=topics)
    version = spec.package_version()
    out[f"{_PKG_DIR}/Version.java"] = env.get_template("version.java.j2").render(version=version)
    # The POMs' ${revision} (Maven reads .mvn/maven.config of the project or of a directory above it).
    out["clients/java/.mvn/maven.config"] = f"-Drevision={version}\n"
    out["clients/java/.mvn/README.md"] = env.get_template("mvn_readme.md.j2").render(version=version)
    namespaces = []
    for ns in spec.namespace_list():
        view = {"ns": ns, "class_name": NAMESPACE_CLASSES[ns.name], "field": f"{ns.name}Ns",
                "methods": [_method_view(m) for m in ns.methods]}
        view["imports_instant"] = uses_time([t for m in ns.methods for t in (m.returns, *(p.type for p in m.params))])
        view["imports_list"] = any(v["returns"].startswith("List") or any(p["type"].startswith("List") for p in v["params"])
                                   for v in view["methods"])
        namespaces.append(view)
        out[f"{_PKG_DIR}/{view['class_name']}.java"] = env.get_template("namespace.java.j2").render(**view)
    out[f"{_TESTEE_DIR}/Dispatch.java"] = env.get_template("dispatch.java.j2").render(
        namespaces=namespaces, imports_instant=any(n["imports_instant"] for n in namespaces))
    return out
