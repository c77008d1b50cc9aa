"""Records: the part of the standard `dataclasses` that the plugin uses, at a fraction of its cost.

Every supervisord of the cluster loads the plugin. `dataclasses` imports inspect, ast and dis (0.9 MB
of RSS in every node) and writes five or six functions per class when the plugin is imported (about
20 ms of CPU at every start of every node; ten nodes starting at once on two cores wait for it). A
record writes one function, its `__init__`; equality, hash and repr are shared functions that read
the class's field names (docs/scaling.md).

The names and meanings are those of dataclasses, for the options the plugin uses:
- `@record`, `@record(frozen=True)`, `@record(slots=True)`: the fields are the class's annotations
  that are not ClassVar, in order, the record base classes' first; a default is the class attribute
  or `field(...)`; `__post_init__` is called after `__init__` if the class has one. Equality compares
  records of the same class field by field (the `compare` ones); a frozen record refuses attribute
  assignment and hashes its fields; a mutable one is unhashable. A method the class writes itself
  (`__eq__`, `__repr__`, ...) is kept.
- `field(default=, default_factory=, init=, repr=, compare=, metadata=)`, `fields(record)`,
  `replace(record, **changes)`.
Not supported (not used): order, kw_only, InitVar, unsafe_hash, match_args.
"""

from __future__ import annotations

import typing
from operator import attrgetter
from types import MappingProxyType
from typing import Any, dataclass_transform

_MISSING: Any = object()
_FACTORY: Any = object()  # __init__'s default for a field made by its factory
_EMPTY = MappingProxyType({})


class FrozenInstanceError(AttributeError):
    """An attribute of a frozen record was assigned or deleted."""


class Field:
    __slots__ = ("name", "type", "default", "default_factory", "init", "repr", "compare", "metadata")

    def __init__(self, default, default_factory, init, repr, compare, metadata):
        if default is not _MISSING and default_factory is not _MISSING:
            raise ValueError("a field cannot have both a default and a default_factory")
        self.name: str = ""
        self.type: Any = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.compare = init, repr, compare
        self.metadata = _EMPTY if not metadata else MappingProxyType(dict(metadata))

    def __repr__(self) -> str:
        return f"Field(name={self.name!r}, type={self.type!r}, default={self.default!r})"


def field(*, default=_MISSING, default_factory=_MISSING, init: bool = True, repr: bool = True,
          compare: bool = True, metadata: dict | None = None) -> Any:
    return Field(default, default_factory, init, repr, compare, metadata)


def fields(record_or_class) -> tuple[Field, ...]:
    try:
        return record_or_class.__record_fields__
    except AttributeError:
        raise TypeError(f"{record_or_class!r:.60} is not a record") from None


def replace(record, /, **changes):
    """A new record of the same class, with `changes` over the fields of `record`."""
    for f in fields(record):
        if not f.init and f.name in changes:
            raise ValueError(f"field {f.name!r} is not an argument of __init__: it cannot be replaced")
    values = {f.name: getattr(record, f.name) for f in fields(record) if f.init}
    values.update(changes)
    return record.__class__(**values)


def _is_classvar(annotation: Any) -> bool:
    if isinstance(annotation, str):  # from __future__ import annotations
        return annotation.startswith(("ClassVar", "typing.ClassVar"))
    return annotation is typing.ClassVar or typing.get_origin(annotation) is typing.ClassVar


def _collect(cls: type) -> tuple[Field, ...]:
    found: dict[str, Field] = {}
    for base in reversed(cls.__mro__[1:]):
        for f in base.__dict__.get("__record_fields__", ()):
            found[f.name] = f
    for name, annotation in cls.__dict__.get("__annotations__", {}).items():
        if _is_classvar(annotation):
            continue
        value = cls.__dict__.get(name, _MISSING)
        f = value if isinstance(value, Field) else field(default=value)
        if isinstance(f.default, (list, dict, set)):
            raise ValueError(f"{cls.__name__}.{name}: a mutable default ({type(f.default).__name__}) would be "
                             "shared by every instance: use default_factory")
        f.name, f.type = name, annotation
        found[name] = f  # a redefined field keeps its base class's place, as in dataclasses
    return tuple(found.values())


def _init_source(cls: type, all_fields: tuple[Field, ...], frozen: bool) -> tuple[str, dict]:
    """The source of __init__ and the names it reads."""
    names: dict[str, Any] = {"_FACTORY": _FACTORY, "_set": object.__setattr__}
    params, body, seen_default = ["self"], [], False
    for f in all_fields:
        value = f.name
        if f.init:
            if f.default is not _MISSING:
                names[f"_d_{f.name}"] = f.default
                params.append(f"{f.name}=_d_{f.name}")
                seen_default = True
            elif f.default_factory is not _MISSING:
                names[f"_f_{f.name}"] = f.default_factory
                params.append(f"{f.name}=_FACTORY")
                value = f"_f_{f.name}() if {f.name} is _FACTORY else {f.name}"
                seen_default = True
            elif seen_default:
                raise TypeError(f"{cls.__name__}: field {f.name!r} without a default follows a field with one")
            else:
                params.append(f.name)
        elif f.default_factory is not _MISSING:
            names[f"_f_{f.name}"] = f.default_factory
            value = f"_f_{f.name}()"
        elif f.default is not _MISSING:
            names[f"_d_{f.name}"] = f.default
            value = f"_d_{f.name}"
        else:
            continue  # init=False and no default: __post_init__ sets it
        body.append(f"_set(self, {f.name!r}, {value})" if frozen else f"self.{f.name} = {value}")
    if hasattr(cls, "__post_init__"):
        body.append("self.__post_init__()")
    return f"def __init__({', '.join(params)}):\n    " + "\n    ".join(body or ["pass"]) + "\n", names


def _key(names: tuple[str, ...]):
    if len(names) == 1:
        get = attrgetter(names[0])
        return lambda record: (get(record),)
    return attrgetter(*names) if names else (lambda record: ())


def _methods(cls: type, all_fields: tuple[Field, ...], frozen: bool) -> dict[str, Any]:
    source, names = _init_source(cls, all_fields, frozen)
    exec(source, names)  # one function per class, as fast to call as a hand-written __init__
    init = names["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    key = _key(tuple(f.name for f in all_fields if f.compare))
    shown = tuple(f.name for f in all_fields if f.repr)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return key(self) == key(other)
        return NotImplemented

    def __repr__(self):
        inner = ", ".join(f"{name}={getattr(self, name, '<unset>')!r}" for name in shown)
        return f"{self.__class__.__qualname__}({inner})"

    methods = {"__init__": init, "__eq__": __eq__, "__repr__": __repr__}
    if frozen:
        def __setattr__(self, name, value):
            raise FrozenInstanceError(f"cannot assign to field {name!r} of a frozen {cls.__name__}")

        def __delattr__(self, name):
            raise FrozenInstanceError(f"cannot delete field {name!r} of a frozen {cls.__name__}")

        methods.update(__setattr__=__setattr__, __delattr__=__delattr__, __hash__=lambda self: hash(key(self)))
    else:
        methods["__hash__"] = None  # mutable and compared by value: unhashable, as a dataclass
    return methods


def _make(cls: type, frozen: bool, slots: bool) -> type:
    all_fields = _collect(cls)
    own = {f.name for f in all_fields}
    if slots:
        namespace = {k: v for k, v in cls.__dict__.items() if k not in own and k not in ("__dict__", "__weakref__")}
        namespace["__slots__"] = tuple(f.name for f in all_fields if f.name not in _inherited_slots(cls))
        cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    else:
        for f in all_fields:  # the class attribute is the default, or nothing (a factory, no default)
            if f.name in cls.__dict__:
                if f.default is _MISSING:
                    delattr(cls, f.name)
                else:
                    setattr(cls, f.name, f.default)
    for name, method in _methods(cls, all_fields, frozen).items():
        if name not in cls.__dict__ or (name == "__hash__" and cls.__dict__[name] is None):
            setattr(cls, name, method)
    cls.__record_fields__ = all_fields
    return cls


def _inherited_slots(cls: type) -> set[str]:
    return {name for base in cls.__mro__[1:] for name in base.__dict__.get("__slots__", ())}


@dataclass_transform(field_specifiers=(field,))
def record(cls: type | None = None, /, *, frozen: bool = False, slots: bool = False):
    """The class with the methods of a record (module docstring); usable with or without arguments."""
    if cls is None:
        return lambda c: _make(c, frozen, slots)
    return _make(cls, frozen, slots)
