"""Python plugin: the typed client `supvisors_client` (clients/python/supvisors_client/_generated)."""

from __future__ import annotations

from ..model import Spec, TypeRef, uses_time
from ..render import make_env

NAME = "python"
OUTPUT_DIRS = ["clients/python/supvisors_client/_generated"]
_PKG = "clients/python/supvisors_client/_generated"

_PY_SCALARS = {"int": "int", "boolean": "bool", "double": "float", "string": "str", "any": "Any",
               "time": "datetime.datetime"}



def py_type(t: TypeRef) -> str:
    """Python annotation of a decoded value."""
    if t.kind == "array":
        return f"list[{py_type(t.item)}]"
    if t.kind == "scalar":
        return _PY_SCALARS[t.name]
    return t.name


def py_param_type(t: TypeRef) -> str:
    """Python annotation of a parameter: enums also accept their name or code."""
    if t.kind == "enum":
        return f"{t.name} | str | int"
    if t.kind == "array":
        return f"list[{py_param_type(t.item)}]"
    if t.kind == "struct":
        return f"{t.name} | dict[str, Any]"
    return py_type(t)


def decoder(t: TypeRef) -> str:
    """Expression of a decoder callable (value, where) -> decoded value."""
    if t.kind == "array":
        return f"_w.array_of({decoder(t.item)})"
    if t.kind == "scalar":
        return f"_w.dec_{t.name}"
    if t.kind == "enum":
        return f"_w.enum_of(_e.{t.name})"
    return f"{t.name}.from_wire"


def encoder(t: TypeRef) -> str:
    """Expression of an encoder callable (value, where) -> wire value."""
    if t.kind == "array":
        return f"_w.array_enc({encoder(t.item)})"
    if t.kind == "scalar":
        return f"_w.enc_{t.name}"
    if t.kind == "enum":
        return f"_w.enum_enc(_e.{t.name})"
    return f"_w.struct_enc({t.name})"


def py_default(value) -> str:
    return repr(value)


def generate(spec: Spec) -> dict[str, str]:
    env = make_env("python_client")
    env.filters.update(py_type=py_type, py_param_type=py_param_type, decoder=decoder,
                       encoder=encoder, py_default=py_default)
    ctx = {"spec": spec, "uses_time": uses_time([f.type for s in spec.structs.values() for f in s.fields])}
    out = {
        f"{_PKG}/__init__.py": env.get_template("init.py.j2").render(ctx),
        f"{_PKG}/enums.py": env.get_template("enums.py.j2").render(ctx),
        f"{_PKG}/faults.py": env.get_template("faults.py.j2").render(ctx),
        f"{_PKG}/structs.py": env.get_template("structs.py.j2").render(ctx),
        f"{_PKG}/version.py": env.get_template("version.py.j2").render(version=spec.package_version()),
    }
    if spec.events is not None:
        topics = spec.events.topics
        out[f"{_PKG}/events.py"] = env.get_template("events.py.j2").render(
            topics=topics, bodies=sorted({t.body.name for t in topics}),
            uses_time=uses_time([f.type for t in topics for f in t.extra]))
    for ns in spec.namespace_list():
        types = [t for m in ns.methods for t in (m.returns, *(p.type for p in m.params))]
        out[f"{_PKG}/{ns.name}.py"] = env.get_template("namespace.py.j2").render(
            ns=ns, spec=spec, class_name=f"{ns.name.capitalize()}Namespace", uses_time=uses_time(types))
    return out


