"""Server plugin: enums, faults, the supvisors method table and its reply builders (server/supvisors/_generated)."""

from __future__ import annotations

import re
import textwrap

from ..model import Spec
from ..render import make_env

NAME = "server"
OUTPUT_DIRS = ["server/supvisors/_generated"]
_PKG = "server/supvisors/_generated"


# A `time` builder takes epoch seconds (a float) and sends an XML-RPC int, capped to the 32-bit range.
_SCALARS = {"string": ("str", "str({0})"), "int": ("int", "int({0})"), "double": ("float", "float({0})"),
            "boolean": ("bool", "bool({0})"), "time": ("float", "max(0, min(int({0}), 2**31 - 1))")}


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _field(f, enum_of_statecode) -> dict:
    t = f.type
    if t.kind == "enum":
        pytype, expr = f"{t.name} | int", "int({0})"
    elif t.kind == "array":
        item = _SCALARS[t.item.name][1] if t.item.kind == "scalar" else "int({0})"
        pytype, expr = "list", "[" + item.format("x") + " for x in {0}]"
    else:
        pytype, expr = _SCALARS[t.name]
    if f.name == "statename" and enum_of_statecode:
        return {"name": f.name, "derived": True, "optional": False,
                "expr": f"{enum_of_statecode}(statecode).name"}
    return {"name": f.name, "pytype": pytype, "optional": f.optional, "derived": False,
            "expr": expr.format(f.name)}


def reply_structs(spec: Spec) -> list[dict]:
    """The structs that the supvisors namespace returns, with what the builders template needs."""
    names: list[str] = []
    for method in spec.namespaces["supvisors"].methods:
        t = method.returns.item if method.returns.kind == "array" else method.returns
        if t.kind == "struct" and t.name not in names:
            names.append(t.name)
    structs = []
    for name in names:
        struct = spec.structs[name]
        code = next((f.type.name for f in struct.fields if f.name == "statecode" and f.type.kind == "enum"), None)
        fields = [_field(f, code) for f in struct.fields]
        structs.append({"func": _snake(name), "doc": struct.doc.strip(), "fields": fields,
                        "params": [f for f in fields if not f["derived"]]})
    return structs


def event_topics(spec: Spec) -> list[dict]:
    """The topics of the event stream, with what the body builders template needs."""
    topics = []
    for t in spec.events.topics if spec.events else ():
        doc = textwrap.fill(f"Topic `{t.topic}`: {' '.join(t.doc.split())}", 100, subsequent_indent="    ")
        topics.append({"topic": t.topic, "func": _snake(t.name), "doc": doc,
                       "params": [_field(f, None) for f in t.extra]})
    return topics


def generate(spec: Spec) -> dict[str, str]:
    env = make_env("server_tables")
    structs = reply_structs(spec)
    enums = sorted({p["pytype"].split(" |")[0] for s in structs for p in s["params"] if " | int" in p["pytype"]})
    ctx = {"spec": spec, "ns": spec.namespaces["supvisors"], "structs": structs, "enums": enums}
    return {
        f"{_PKG}/__init__.py": env.get_template("init.py.j2").render(ctx),
        f"{_PKG}/enums.py": env.get_template("enums.py.j2").render(ctx),
        f"{_PKG}/events.py": env.get_template("events.py.j2").render(topics=event_topics(spec)),
        f"{_PKG}/faults.py": env.get_template("faults.py.j2").render(ctx),
        f"{_PKG}/api.py": env.get_template("api.py.j2").render(ctx),
        f"{_PKG}/replies.py": env.get_template("replies.py.j2").render(ctx),
        f"{_PKG}/version.py": env.get_template("version.py.j2").render(version=spec.package_version()),
    }
