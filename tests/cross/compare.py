"""Field-by-field comparison of a testee's result with the raw xmlrpc.client result, led by the spec.

Both sides are wire-shaped values (struct field names, enum codes). The comparison walks the spec's
return type: every struct field the reference has must be present with the same value, except the
fields below that legitimately differ between two calls, which are compared by type and tolerance:

| field | rule |
|---|---|
| ProcessInfo.now | int, within NOW_TOLERANCE_S of the reference |
| ProcessInfo.description | string; equal once the uptime ('uptime 0:00:12'), pid and stop date ('Nov 28 03:04 PM') are masked |
| ProcessInfo.start | int; zero on both sides or non-zero on both sides |
| ProcessInfo.stop | int >= 0 (the last stop of an earlier pass of the scenario shows here) |
| ProcessInfo.pid | int; zero on both sides or non-zero on both sides |
| AddressInfo.remote_time, .local_time | int seconds (a `time`); zero on both sides, or both within TIME_TOLERANCE_S |
| SupvisorsProcessInfo.last_event_time | int seconds (a `time`, optional); present on both sides, positive |
| any value of a step marked `shape` | same type only (e.g. log text, which grows between calls) |

A reference that carries an optional field the testee dropped is a difference (extensions must
survive typed decoding); unknown extra keys are not compared.
"""

from __future__ import annotations

import re
from typing import Any

from codegen.model import Spec, TypeRef

NOW_TOLERANCE_S = 120
TIME_TOLERANCE_S = 120
_UPTIME = re.compile(r"(pid )\d+|(uptime )\d+ days?, [\d:]+|(uptime )[\d:]+")
_STOP_DATE = re.compile(r"^[A-Z][a-z]{2} \d{2} \d{2}:\d{2} [AP]M$")  # a stopped process: its stop time


def _mask(text: str) -> str:
    if _STOP_DATE.match(text):
        return "<stop date>"
    return _UPTIME.sub(lambda m: (m.group(1) or m.group(2) or m.group(3)) + "#", text)


def _zero_nonzero(ref: Any, got: Any) -> bool:
    return isinstance(got, int) and not isinstance(got, bool) and (ref == 0) == (got == 0)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _time_s(ref: Any, got: Any) -> bool:
    """A `time` travels as an int of seconds: a server that sends, or a client that reports, a double
    is wrong."""
    if not (_is_int(ref) and _is_int(got)):
        return False
    if ref == 0 or got == 0:
        return ref == got
    return abs(ref - got) <= TIME_TOLERANCE_S


TOLERANT: dict[tuple[str, str], Any] = {
    ("ProcessInfo", "now"): lambda r, g: isinstance(g, int) and abs(r - g) <= NOW_TOLERANCE_S,
    ("ProcessInfo", "description"): lambda r, g: isinstance(g, str) and _mask(r) == _mask(g),
    ("ProcessInfo", "start"): _zero_nonzero,
    ("ProcessInfo", "stop"): lambda r, g: isinstance(g, int) and not isinstance(g, bool) and g >= 0,
    ("ProcessInfo", "pid"): _zero_nonzero,
    ("AddressInfo", "remote_time"): _time_s,
    ("AddressInfo", "local_time"): _time_s,
    ("SupvisorsProcessInfo", "last_event_time"): lambda r, g: _is_int(r) and _is_int(g) and g > 0,
}


def _same_type(ref: Any, got: Any) -> bool:
    if isinstance(ref, bool) or isinstance(got, bool):
        return isinstance(ref, bool) and isinstance(got, bool)
    if isinstance(ref, (int, float)) and isinstance(got, (int, float)):
        return True
    if isinstance(ref, list):
        return isinstance(got, list)
    if isinstance(ref, dict):
        return isinstance(got, dict)
    return type(ref) is type(got)


def diff(spec: Spec, t: TypeRef | None, ref: Any, got: Any, where: str = "result", shape_only: bool = False) -> list[str]:
    """Differences between got and ref (empty: equal under the rules above)."""
    if shape_only:
        return [] if _same_type(ref, got) else [f"{where}: type {type(got).__name__}, expected {type(ref).__name__}"]
    if t is None or (t.kind == "scalar" and t.name == "any"):
        return _diff_any(ref, got, where)
    if t.kind == "array":
        if not isinstance(got, list):
            return [f"{where}: expected an array, got {got!r:.80}"]
        if len(got) != len(ref):
            return [f"{where}: {len(got)} items, expected {len(ref)}: {got!r:.200} vs {ref!r:.200}"]
        out: list[str] = []
        for i, (r, g) in enumerate(zip(ref, got, strict=True)):
            out += diff(spec, t.item, r, g, f"{where}[{i}]")
        return out
    if t.kind == "struct":
        struct = spec.structs[t.name]
        if struct.wire == "array":
            if not isinstance(got, list) or len(got) != len(struct.fields):
                return [f"{where}: expected a {len(struct.fields)}-item array ({t.name}), got {got!r:.80}"]
            pairs = [(f, r, g) for f, r, g in zip(struct.fields, ref, got, strict=True)]
        else:
            if not isinstance(got, dict):
                return [f"{where}: expected a struct {t.name}, got {got!r:.80}"]
            pairs = []
            for f in struct.fields:
                if f.name not in ref:
                    continue
                if f.name not in got:
                    return [f"{where}.{f.name}: missing (reference has {ref[f.name]!r:.80})"]
                pairs.append((f, ref[f.name], got[f.name]))
        out = []
        for f, r, g in pairs:
            rule = TOLERANT.get((t.name, f.name))
            if rule is not None:
                if not rule(r, g):
                    out.append(f"{where}.{f.name}: {g!r:.80} vs reference {r!r:.80} (tolerant rule)")
            else:
                out += diff(spec, f.type, r, g, f"{where}.{f.name}")
        return out
    # scalar or enum
    if t.kind == "scalar" and t.name == "double":
        ok = not isinstance(got, bool) and isinstance(got, (int, float)) and float(got) == float(ref)
    elif t.kind == "enum" or t.name in ("int", "time"):
        ok = not isinstance(got, bool) and isinstance(got, int) and got == ref
    else:
        ok = type(got) is type(ref) and got == ref
    return [] if ok else [f"{where}: {got!r:.120} vs reference {ref!r:.120}"]


def _diff_any(ref: Any, got: Any, where: str) -> list[str]:
    """Untyped values (type `any`, e.g. multicall results): same JSON value, numbers by value."""
    if isinstance(ref, dict):
        if not isinstance(got, dict) or set(got) != set(ref):
            return [f"{where}: {got!r:.120} vs reference {ref!r:.120}"]
        return [d for k in ref for d in _diff_any(ref[k], got[k], f"{where}.{k}")]
    if isinstance(ref, list):
        if not isinstance(got, list) or len(got) != len(ref):
            return [f"{where}: {got!r:.120} vs reference {ref!r:.120}"]
        return [d for i, (r, g) in enumerate(zip(ref, got, strict=True)) for d in _diff_any(r, g, f"{where}[{i}]")]
    if _same_type(ref, got) and ref == got:
        return []
    return [f"{where}: {got!r:.120} vs reference {ref!r:.120}"]


def diff_event(spec: Spec, ref: Any, got: Any, where: str = "event") -> list[str]:
    """Differences between two events.next results ({"topic", "body"}, or None): same topic, the body
    compared as the topic's struct (tolerances included), then its extra keys (spec/events.yaml)."""
    if ref is None or got is None:
        return [] if ref is got else [f"{where}: {got!r:.120} vs reference {ref!r:.120}"]
    if not isinstance(got, dict) or got.get("topic") != ref["topic"] or not isinstance(got.get("body"), dict):
        return [f"{where}: {got!r:.120} vs reference {ref!r:.120}"]
    topic = next(t for t in spec.events.topics if t.topic == ref["topic"])
    out = diff(spec, TypeRef("struct", topic.body.name), ref["body"], got["body"], f"{where}.body")
    for f in topic.extra:
        if f.name not in ref["body"]:
            continue
        if f.name not in got["body"]:
            out.append(f"{where}.body.{f.name}: missing (reference has {ref['body'][f.name]!r:.80})")
        else:
            out += diff(spec, f.type, ref["body"][f.name], got["body"][f.name], f"{where}.body.{f.name}")
    return out
