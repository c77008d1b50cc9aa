"""C++ plugin: the typed client on xmlrpc-c (clients/cpp/generated) and the testee's dispatch table.

The generated tree mirrors the hand-written one (clients/cpp/include, src, testee):
- include/supvisors/: enums.hpp, faults.hpp, structs.hpp, codec.hpp (xmlrpc-c codecs), methods.hpp
  (the method names) and one header per namespace (system.hpp, supervisor.hpp, supvisors.hpp);
- src/: faults.cpp, codec.cpp and one source per namespace;
- testee/: json_codec.hpp (the wire shape in JSON) and dispatch.cpp (method name -> typed call).
- version.cmake (read by CMakeLists.txt before project()) and include/supvisors/version.hpp: the version
  of the file VERSION at the repository root.
"""

from __future__ import annotations

import textwrap

from ..model import Method, Param, Spec, TypeRef
from ..render import make_env

NAME = "cpp"
OUTPUT_DIRS = ["clients/cpp/generated"]
_OUT = "clients/cpp/generated"

# A `time` (int seconds since the epoch on the wire) is a system_clock time point (codec in wire.hpp).
_CPP_SCALARS = {"int": "int", "boolean": "bool", "double": "double", "string": "std::string", "any": "Value",
                "time": "std::chrono::system_clock::time_point"}
_BY_VALUE = ("int", "boolean", "double", "time")
# C++ keywords that a spec name could collide with; such a name gets a trailing underscore.
_KEYWORDS = frozenset(
    "alignas alignof and and_eq asm auto bitand bitor bool break case catch char char16_t char32_t class "
    "compl const constexpr const_cast continue decltype default delete do double dynamic_cast else enum "
    "explicit export extern false float for friend goto if inline int long mutable namespace new noexcept "
    "not not_eq nullptr operator or or_eq private protected public register reinterpret_cast return short "
    "signed sizeof static static_assert static_cast struct switch template this thread_local throw true try "
    "typedef typeid typename union unsigned using virtual void volatile wchar_t while xor xor_eq".split()
)


def ident(name: str) -> str:
    """A spec name as a C++ identifier."""
    return f"{name}_" if name in _KEYWORDS else name


def cpp_type(t: TypeRef) -> str:
    """C++ type of a decoded value."""
    if t.kind == "array":
        return f"std::vector<{cpp_type(t.item)}>"
    if t.kind == "scalar":
        return _CPP_SCALARS[t.name]
    return t.name


def cpp_field_type(f) -> str:
    return f"std::optional<{cpp_type(f.type)}>" if f.optional else cpp_type(f.type)


def cpp_param_type(t: TypeRef) -> str:
    """C++ type of a parameter: small values by value, the rest by const reference."""
    if t.kind == "enum" or (t.kind == "scalar" and t.name in _BY_VALUE):
        return cpp_type(t)
    return f"const {cpp_type(t)}&"


def cpp_string(value: str) -> str:
    """A C++ string literal."""
    out = []
    for ch in value:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def make_default(spec: Spec):
    def cpp_default(p: Param) -> str:
        """C++ expression of a parameter's default value."""
        t, value = p.type, p.default
        if t.kind == "enum":
            names = [v.name for v in spec.enums[t.name].values if v.code == value]
            return f"{t.name}::{names[0]}" if names else f"static_cast<{t.name}>({value})"
        if t.kind == "scalar" and t.name == "boolean":
            return "true" if value else "false"
        if t.kind == "scalar" and t.name == "int":
            return str(value)
        if t.kind == "scalar" and t.name == "double":
            return repr(float(value))
        if t.kind == "scalar" and t.name == "string":
            return cpp_string(value)
        raise ValueError(f"no C++ default for {p.name} of type {t}")

    return cpp_default


def comment(text: str, indent: int = 0, prefix: str = "///") -> str:
    """Doc text as `///` lines wrapped at 110 columns (no trailing newline)."""
    lead = " " * indent + prefix + " "
    lines = []
    for para in text.strip().split("\n\n"):
        if lines:
            lines.append(" " * indent + prefix)
        lines.extend(
            textwrap.wrap(
                " ".join(para.split()),
                width=110,
                initial_indent=lead,
                subsequent_indent=lead,
                break_long_words=False,
                break_on_hyphens=False,
            )
        )
    return "\n".join(lines)


def class_name(ns_name: str) -> str:
    return ns_name.capitalize()


def required_count(m: Method) -> int:
    return sum(1 for p in m.params if not p.has_default)


def generate(spec: Spec) -> dict[str, str]:
    env = make_env("cpp_client")
    env.filters.update(
        cpp_type=cpp_type,
        cpp_field_type=cpp_field_type,
        cpp_param_type=cpp_param_type,
        cpp_string=cpp_string,
        cpp_default=make_default(spec),
        comment=comment,
        ident=ident,
        class_name=class_name,
        required_count=required_count,
    )
    ctx = {"spec": spec}
    out = {
        f"{_OUT}/include/supvisors/enums.hpp": env.get_template("enums.hpp.j2").render(ctx),
        f"{_OUT}/include/supvisors/faults.hpp": env.get_template("faults.hpp.j2").render(ctx),
        f"{_OUT}/include/supvisors/structs.hpp": env.get_template("structs.hpp.j2").render(ctx),
        f"{_OUT}/include/supvisors/codec.hpp": env.get_template("codec.hpp.j2").render(ctx),
        f"{_OUT}/include/supvisors/methods.hpp": env.get_template("methods.hpp.j2").render(ctx),
        f"{_OUT}/src/faults.cpp": env.get_template("faults.cpp.j2").render(ctx),
        f"{_OUT}/src/codec.cpp": env.get_template("codec.cpp.j2").render(ctx),
        f"{_OUT}/testee/json_codec.hpp": env.get_template("json_codec.hpp.j2").render(ctx),
        **({f"{_OUT}/include/supvisors/events.hpp": env.get_template("events.hpp.j2").render(topics=spec.events.topics),
            f"{_OUT}/src/events.cpp": env.get_template("events.cpp.j2").render(topics=spec.events.topics)}
           if spec.events else {}),
        f"{_OUT}/testee/dispatch.cpp": env.get_template("dispatch.cpp.j2").render(ctx),
    }
    version = spec.package_version()
    major, minor, patch = version.split(".")
    out[f"{_OUT}/version.cmake"] = env.get_template("version.cmake.j2").render(version=version)
    out[f"{_OUT}/include/supvisors/version.hpp"] = env.get_template("version.hpp.j2").render(
        version=version, major=major, minor=minor, patch=patch)
    for ns in spec.namespace_list():
        nctx = {"spec": spec, "ns": ns, "cls": class_name(ns.name)}
        out[f"{_OUT}/include/supvisors/{ns.name}.hpp"] = env.get_template("namespace.hpp.j2").render(nctx)
        out[f"{_OUT}/src/{ns.name}.cpp"] = env.get_template("namespace.cpp.j2").render(nctx)
    return out
