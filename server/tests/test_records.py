"""records.py: the dataclasses subset the plugin uses, and the plugin loaded without dataclasses."""

from __future__ import annotations

import subprocess
import sys
from typing import ClassVar

import pytest

from supvisors.records import FrozenInstanceError, field, fields, record, replace


@record
class Job:
    title: str
    steps: list[str] = field(default_factory=list)
    tries: int = 0
    note: str = field(default="", repr=False, compare=False)
    KIND: ClassVar[str] = "job"


@record(frozen=True)
class Key:
    name: str
    size: int = 1


@record(frozen=True)
class Sub(Key):
    extra: str = field(default="x", metadata={"choices": ("x", "y")})


@record(slots=True)
class Slotted:
    application: str
    name: str
    full: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.full = f"{self.application}:{self.name}"


def test_init_defaults_and_factories():
    a, b = Job("a"), Job("b", tries=2)
    assert (a.title, a.steps, a.tries, a.note) == ("a", [], 0, "")
    assert b.tries == 2
    a.steps.append("s")
    assert b.steps == [] and Job("c").steps == []  # one list per instance
    assert Job("d", ["x"]).steps == ["x"]
    with pytest.raises(TypeError):
        Job()
    assert Job.KIND == "job" and [f.name for f in fields(Job)] == ["title", "steps", "tries", "note"]


def test_eq_repr_hash():
    assert Job("a", tries=1) == Job("a", tries=1)
    assert Job("a", tries=1) != Job("a", tries=2)
    assert Job("a", note="n1") == Job("a", note="n2")  # compare=False
    assert Key("k") != Sub("k")  # another class is never equal
    assert repr(Job("a", note="hidden")) == "Job(title='a', steps=[], tries=0)"
    with pytest.raises(TypeError):
        hash(Job("a"))  # mutable and compared by value
    assert hash(Key("k", 2)) == hash(Key("k", 2)) and {Key("k"): 1}[Key("k")] == 1


def test_frozen_and_inheritance():
    key = Sub("k", 3, "y")
    with pytest.raises(FrozenInstanceError):
        key.name = "other"
    with pytest.raises(AttributeError):
        del key.size
    assert [(f.name, f.type) for f in fields(key)] == [("name", "str"), ("size", "int"), ("extra", "str")]
    assert fields(Sub)[2].metadata["choices"] == ("x", "y") and dict(fields(Sub)[0].metadata) == {}
    assert replace(key, size=4) == Sub("k", 4, "y") and key.size == 3


def test_slots_and_post_init():
    s = Slotted("app", "p")
    assert s.full == "app:p" and not hasattr(s, "__dict__")
    with pytest.raises(AttributeError):
        s.other = 1
    assert s == Slotted("app", "p") and repr(s) == "Slotted(application='app', name='p')"
    with pytest.raises(ValueError, match="full"):
        replace(s, full="x")


def test_refused_definitions():
    with pytest.raises(ValueError, match="mutable default"):
        @record
        class Shared:
            items: list = []
    with pytest.raises(TypeError, match="without a default"):
        @record
        class Order:
            a: int = 0
            b: int
    with pytest.raises(TypeError, match="not a record"):
        fields(object())


def test_the_plugin_does_not_import_dataclasses():
    """The point of records.py: inspect, ast and dis (0.9 MB per node) stay out of supervisord."""
    code = ("import sys, supvisors.plugin, supvisors.rpcinterface; "
            "print(sorted(m for m in ('dataclasses', 'inspect', 'ast', 'dis') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr
