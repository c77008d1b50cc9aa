"""API reference plugin: docs/api/, the reference a user reads instead of the YAML.

- README.md: the namespaces and their methods, how each client spells names and types, the version;
- one page per namespace (system.md, supervisor.md, supvisors.md): every method with its signature in
  the three clients, its parameters, what it returns (with the struct's table), its faults and the
  Supvisors states in which it is allowed;
- types.md: every enum (names and codes), struct (keys, types, units, ranges) and fault;
- events.md (with spec/events.yaml): the topics of the event stream and the keys of their bodies.

The signatures come from the helpers that the client plugins' templates use (py_param_type, the Java
method view, cpp_param_type...), and codegen/tests/test_api_docs.py checks that each one stands in the
generated client code, so the reference cannot drift from the clients.
"""

from __future__ import annotations

from ..model import Method, Spec, Struct, TypeRef
from ..render import make_env
from . import cpp_client, java_client, python_client

NAME = "docs"
OUTPUT_DIRS = ["docs/api"]
_OUT = "docs/api"

PY_CLASSES = {"system": "SystemNamespace", "supervisor": "SupervisorNamespace", "supvisors": "SupvisorsNamespace"}


def python_params(m: Method) -> str:
    """The parameters of the generated Python method (without self), as its `def` line spells them."""
    return ", ".join(
        f"{p.name}: {python_client.py_param_type(p.type)}"
        + (f" = {python_client.py_default(p.default)}" if p.has_default else "")
        for p in m.params
    )


def python_signature(m: Method) -> str:
    return f"{m.name}({python_params(m)}) -> {python_client.py_type(m.returns)}"


def java_signatures(m: Method) -> list[str]:
    """The generated Java method and its overloads (trailing parameters with defaults left out)."""
    view = java_client._method_view(m)
    forms = [view["params"]] + [o["kept"] for o in view["overloads"]]
    return [f"{view['returns']} {view['name']}({', '.join(p['type'] + ' ' + p['name'] for p in params)})"
            for params in forms]


def cpp_signature(m: Method, spec: Spec) -> str:
    """The generated C++ member function, as its header declares it."""
    default = cpp_client.make_default(spec)
    params = ", ".join(
        f"{cpp_client.cpp_param_type(p.type)} {cpp_client.ident(p.name)}" + (f" = {default(p)}" if p.has_default else "")
        for p in m.params
    )
    return f"{cpp_client.cpp_type(m.returns)} {cpp_client.ident(m.name)}({params})"


def anchor(name: str) -> str:
    """GitHub's anchor of a heading made of one name."""
    return name.lower()


def type_md(t: TypeRef, types_page: str = "types.md") -> str:
    """A spec type in Markdown, enums and structs linked to their section of types.md."""
    if t.kind == "array":
        return f"array&lt;{type_md(t.item, types_page)}&gt;"
    if t.kind in ("enum", "struct"):
        return f"[{t.name}]({types_page}#{anchor(t.name)})"
    return t.name


def cell(text: str) -> str:
    """Text in a Markdown table cell: one line, pipes escaped."""
    return " ".join(str(text).split()).replace("|", "\\|")


def returned_struct(t: TypeRef, spec: Spec) -> Struct | None:
    while t.kind == "array":
        t = t.item
    return spec.structs[t.name] if t.kind == "struct" else None


def struct_view(s: Struct, types_page: str) -> dict:
    fields = []
    for f in s.fields:
        notes = []
        if f.optional:
            notes.append("Optional (an extra key: may be absent).")
        fields.append({"name": f.name, "type": type_md(f.type, types_page), "unit": f.unit or "",
                       "range": cell(f.range or ""), "java": f"get{java_client.cap(java_client.camel(f.name))}()",
                       "doc": cell(" ".join([f.doc, *notes]))})
    return {"s": s, "fields": fields, "doc": cell(s.doc)}


def method_view(m: Method, spec: Spec) -> dict:
    struct = returned_struct(m.returns, spec)
    return {
        "m": m,
        "doc": " ".join(m.doc.split()),
        "python": python_signature(m),
        "java": java_signatures(m),
        "cpp": cpp_signature(m, spec),
        "params": [{"name": p.name, "type": type_md(p.type), "doc": cell(p.doc),
                    "default": repr(p.default) if isinstance(p.default, str) else
                    (str(p.default).lower() if isinstance(p.default, bool) else str(p.default))
                    if p.has_default else ""}
                   for p in m.params],
        "returns": type_md(m.returns),
        "returns_doc": " ".join(m.returns_doc.split()),
        "struct": struct_view(struct, "types.md") if struct else None,
        "faults": [{"code": f.code, "name": f.name, "doc": cell(f.doc), "cls": f.class_name} for f in m.faults],
        "signature": f"{m.signature[0]} {m.wire_name}({', '.join(m.signature[1:])})",
    }


def generate(spec: Spec) -> dict[str, str]:
    env = make_env("api_docs")
    env.filters.update(cell=cell, type_md=type_md, anchor=anchor)
    version = spec.package_version()
    namespaces = []
    for ns in spec.namespace_list():
        namespaces.append({
            "ns": ns,
            "py_class": PY_CLASSES[ns.name],
            "java_class": java_client.NAMESPACE_CLASSES[ns.name],
            "cpp_class": cpp_client.class_name(ns.name),
            "methods": [method_view(m, spec) for m in ns.methods],
        })
    out = {f"{_OUT}/README.md": env.get_template("index.md.j2").render(spec=spec, namespaces=namespaces, version=version)}
    for view in namespaces:
        out[f"{_OUT}/{view['ns'].name}.md"] = env.get_template("namespace.md.j2").render(
            spec=spec, version=version, **view)
    if spec.events is not None:
        out[f"{_OUT}/events.md"] = env.get_template("events.md.j2").render(events=spec.events, version=version)
    out[f"{_OUT}/types.md"] = env.get_template("types.md.j2").render(
        spec=spec, version=version, structs=[struct_view(s, "") for s in spec.structs.values()],
        faults=list(spec.faults.values()))
    return out
