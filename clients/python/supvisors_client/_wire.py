"""Encoding of parameters and strict decoding of replies, used by the generated code.

Decoders take (value, where) and return the typed value, or raise DecodeError naming the place
(e.g. "supvisors.get_address_info: AddressInfo.statecode") and the problem. Unknown struct keys
are ignored; a missing required key or a wrong type is an error, never a silent None.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from enum import IntEnum
from typing import Any

from .errors import DecodeError

XMLRPC_INT_MIN, XMLRPC_INT_MAX = -(2**31), 2**31 - 1
# A `time` of the spec: seconds since the epoch as an XML-RPC int; 0 (the epoch itself) means never.
EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)


# ---------------------------------------------------------------- decoding
def _fail(where: str, expected: str, value: Any) -> DecodeError:
    return DecodeError(f"{where}: expected {expected}, got {type(value).__name__} {value!r:.80}")


def dec_int(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail(where, "int", value)
    return value


def dec_boolean(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise _fail(where, "boolean", value)
    return value


def dec_double(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _fail(where, "double", value)
    return float(value)


def dec_time(value: Any, where: str) -> datetime.datetime:
    """An XML-RPC int of seconds since the epoch, as an aware UTC datetime (0: the epoch, i.e. never).
    A double or a boolean is refused, as by dec_int."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail(where, "int (seconds since the epoch)", value)
    return EPOCH + datetime.timedelta(seconds=value)


def dec_string(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise _fail(where, "string", value)
    return value


def dec_any(value: Any, where: str) -> Any:
    return value


def array_of(item: Callable[[Any, str], Any]) -> Callable[[Any, str], list]:
    def decode(value: Any, where: str) -> list:
        if not isinstance(value, list):
            raise _fail(where, "array", value)
        return [item(v, f"{where}[{i}]") for i, v in enumerate(value)]

    return decode


def enum_of(enum: type[IntEnum]) -> Callable[[Any, str], IntEnum]:
    def decode(value: Any, where: str) -> IntEnum:
        code = dec_int(value, where)
        try:
            return enum(code)
        except ValueError:
            raise DecodeError(f"{where}: {code} is not a code of {enum.__name__}") from None

    return decode


Fields = tuple[tuple[str, Callable[[Any, str], Any], bool], ...]


def decode_struct(cls: type, fields: Fields, value: Any, where: str) -> Any:
    """Decode an XML-RPC struct into cls; fields are (name, decoder, optional)."""
    if not isinstance(value, dict):
        raise _fail(where, f"struct {cls.__name__}", value)
    return cls(**_decode_fields(cls, fields, value, where))


def _decode_fields(cls: type, fields: Fields, value: dict, where: str) -> dict[str, Any]:
    """The fields found in the struct value, decoded; DecodeError for a missing required one."""
    kwargs = {}
    for name, dec, optional in fields:
        if name in value:
            kwargs[name] = dec(value[name], f"{where}.{name}")
        elif not optional:
            raise DecodeError(f"{where}: missing field {name!r} of {cls.__name__}")
    return kwargs


def decode_tuple(cls: type, fields: Fields, value: Any, where: str) -> Any:
    """Decode a positional XML-RPC array into cls."""
    if not isinstance(value, list) or len(value) != len(fields):
        raise _fail(where, f"array of {len(fields)} items ({cls.__name__})", value)
    return cls(**{name: dec(v, f"{where}.{name}") for (name, dec, _), v in zip(fields, value, strict=True)})


def decode_event(cls: type, body: type, extra: Fields, value: Any, where: str) -> Any:
    """Decode an event body (a JSON object): the body struct from the whole object (its unknown keys,
    the extra ones among them, are ignored), then the topic's extra keys."""
    decoded = body.from_wire(value, where)  # value is a dict from here on
    return cls(decoded, **_decode_fields(cls, extra, value, where))


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def parse_json(data: bytes | str, where: str) -> Any:
    """Strict JSON (UTF-8; NaN and Infinity refused), or DecodeError naming where."""
    try:
        return json.loads(data, parse_constant=_no_constant)
    except (ValueError, UnicodeDecodeError) as exc:
        raise DecodeError(f"{where}: not JSON: {exc}") from None


# ---------------------------------------------------------------- encoding
def enc_int(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{where}: expected int, got {type(value).__name__}")
    if not XMLRPC_INT_MIN <= value <= XMLRPC_INT_MAX:
        raise ValueError(f"{where}: {value} does not fit an XML-RPC 32-bit int")
    return value


def enc_boolean(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{where}: expected bool, got {type(value).__name__}")
    return value


def enc_double(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{where}: expected float, got {type(value).__name__}")
    return float(value)


def enc_time(value: Any, where: str) -> int:
    """An aware datetime as int seconds since the epoch (rounded down); a naive one is refused (its
    time zone is unknown)."""
    if not isinstance(value, datetime.datetime):
        raise TypeError(f"{where}: expected datetime.datetime, got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{where}: a naive datetime has no time zone; give an aware one (e.g. UTC)")
    delta = value - EPOCH  # normalized: microseconds in [0; 1e6), so days * 86400 + seconds is the floor
    return enc_int(delta.days * 86400 + delta.seconds, where)


def enc_string(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{where}: expected str, got {type(value).__name__}")
    return value


def enc_any(value: Any, where: str) -> Any:
    if value is None:
        raise TypeError(f"{where}: XML-RPC has no nil")
    return value


def array_enc(item: Callable[[Any, str], Any]) -> Callable[[Any, str], list]:
    def encode(value: Any, where: str) -> list:
        if not isinstance(value, (list, tuple)):
            raise TypeError(f"{where}: expected a list, got {type(value).__name__}")
        return [item(v, f"{where}[{i}]") for i, v in enumerate(value)]

    return encode


def enum_enc(enum: type[IntEnum]) -> Callable[[Any, str], int]:
    """Accept an enum member, its name (any case) or its code; send the code."""

    def encode(value: Any, where: str) -> int:
        if isinstance(value, enum):
            return int(value)
        if isinstance(value, str):
            try:
                return int(enum[value.upper()])
            except KeyError:
                names = ", ".join(m.name for m in enum)
                raise ValueError(f"{where}: {value!r} is not a {enum.__name__} ({names})") from None
        # A bare int is sent as is: an unknown code is the server's to refuse (e.g. BAD_STRATEGY).
        return enc_int(value, where)

    return encode


def struct_enc(cls: type) -> Callable[[Any, str], dict]:
    def encode(value: Any, where: str) -> Any:
        if isinstance(value, cls):
            return value.to_wire()
        if isinstance(value, dict):
            return value
        raise TypeError(f"{where}: expected {cls.__name__} or dict, got {type(value).__name__}")

    return encode
