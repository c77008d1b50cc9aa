"""The Python testee of the cross-language suite: `python clients/python/testee/testee.py URL USER PASSWORD`.

Not part of the client library (nothing of it ships in the wheel): it only uses the installed
`supvisors_client`.

Speaks the protocol of tests/PROTOCOL.md: one JSON request per line on stdin,
{"id": .., "method": "supvisors.get_all_process_info", "params": [..]}, one JSON response per line on
stdout: {"id", "result"} (the typed result in the spec's wire shape), {"id", "fault": {code, text,
type}} or {"id", "error": {kind, text}}. Logs go to stderr; exit 0 at the end of stdin.

The call goes through the typed client: the namespace method is found by name, JSON params become
typed arguments from the method's annotations (enum codes -> IntEnum members, objects -> structs),
and the typed result goes back to the wire shape with to_wire().
"""

from __future__ import annotations

import dataclasses
import enum
import inspect
import json
import sys
import traceback
import types
import typing
from typing import Any

from supvisors_client.client import SupvisorsClient
from supvisors_client.errors import DecodeError, SupvisorsFault, TransportError
from supvisors_client.subscriber import EventSubscriber

CONNECT_TIMEOUT_S = 5.0  # events.subscribe waits this long for the connection to the node


class RequestError(Exception):
    """The request is unusable: not JSON, unknown method, params that do not fit."""


def _log(text: str) -> None:
    print(f"[testee-python] {text}", file=sys.stderr, flush=True)


def _from_json(value: Any, hint: Any, where: str) -> Any:
    """A JSON value as the typed argument that the annotation hint asks for."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(hint)
        for option in options:  # the typed option first: an enum member, a struct
            if isinstance(option, type) and issubclass(option, enum.IntEnum) and isinstance(value, int):
                try:
                    return option(value)
                except ValueError:
                    return value  # an unknown code is sent as is: the server's to refuse
            if dataclasses.is_dataclass(option) and isinstance(value, dict):
                return _from_json(value, option, where)
        return value
    if origin is list:
        if not isinstance(value, list):
            raise RequestError(f"{where}: expected an array")
        (item,) = typing.get_args(hint) or (Any,)
        return [_from_json(v, item, f"{where}[{i}]") for i, v in enumerate(value)]
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        try:
            return hint.from_wire(value, where)
        except DecodeError as exc:
            raise RequestError(str(exc)) from None
    if isinstance(hint, type) and issubclass(hint, enum.IntEnum) and isinstance(value, int):
        return hint(value)
    return value


def to_wire(value: Any) -> Any:
    """A typed result in the spec's wire shape (struct field names, enum codes)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_wire(value.to_wire())  # a dict, or a list for positional (wire: array) structs
    if isinstance(value, enum.IntEnum):
        return int(value)
    if isinstance(value, (list, tuple)):
        return [to_wire(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_wire(v) for k, v in value.items()}
    return value


class Testee:
    def __init__(self, client: SupvisorsClient):
        self.client = client
        self.subscriber: EventSubscriber | None = None

    def events(self, name: str, params: list) -> Any:
        """The event stream through the typed EventSubscriber (tests/PROTOCOL.md, "Events")."""
        if name == "subscribe":
            if (len(params) != 3 or not isinstance(params[0], str) or isinstance(params[1], bool)
                    or not isinstance(params[1], int) or not isinstance(params[2], list)):
                raise RequestError("events.subscribe: params are [host, port, topics]")
            self.close_events()
            self.subscriber = EventSubscriber(params[0], params[1], params[2])
            if not self.subscriber.wait_connected(CONNECT_TIMEOUT_S):
                endpoint = self.subscriber.endpoint
                self.close_events()
                raise TransportError(f"no connection to {endpoint} within {CONNECT_TIMEOUT_S}s")
            return True
        if name == "next":
            if len(params) != 1 or isinstance(params[0], bool) or not isinstance(params[0], int) or params[0] < 0:
                raise RequestError("events.next: params are [timeout_ms]")
            if self.subscriber is None:
                raise RequestError("events.next before events.subscribe")
            event = self.subscriber.next(params[0] / 1000)
            return None if event is None else {"topic": event.topic, "body": to_wire(event.to_wire())}
        if name == "close" and not params:
            self.close_events()
            return True
        raise RequestError(f"unknown method events.{name}")

    def close_events(self) -> None:
        if self.subscriber is not None:
            self.subscriber.close()
            self.subscriber = None

    def _bound(self, method: str):
        namespace, _, name = method.partition(".")
        if namespace not in ("system", "supervisor", "supvisors") or not name or name.startswith("_"):
            raise RequestError(f"unknown method {method}")
        func = getattr(getattr(self.client, namespace), name, None)
        if not callable(func):
            raise RequestError(f"unknown method {method}")
        return func

    def call(self, method: str, params: list) -> Any:
        namespace, _, name = method.partition(".")
        if namespace == "events":
            return self.events(name, params)
        func = self._bound(method)
        signature = inspect.signature(func)
        hints = typing.get_type_hints(func)
        names = list(signature.parameters)
        if len(params) > len(names):
            raise RequestError(f"{method}: expected at most {len(names)} params, got {len(params)}")
        args = [_from_json(v, hints.get(n, Any), f"{method}: param {n}") for n, v in zip(names, params, strict=False)]
        try:
            signature.bind(*args)
        except TypeError as exc:
            raise RequestError(f"{method}: {exc}") from None
        return to_wire(func(*args))

    def handle(self, line: str) -> dict:
        rid = None
        try:
            try:
                request = json.loads(line)
            except ValueError as exc:
                raise RequestError(f"not JSON: {exc}") from None
            if not isinstance(request, dict):
                raise RequestError("the request is not a JSON object")
            rid = request.get("id")
            method = request.get("method")
            if not isinstance(method, str):
                raise RequestError("the request has no string 'method'")
            params = request.get("params") or []
            if not isinstance(params, list):
                raise RequestError(f"{method}: 'params' is not an array")
            _log(method)
            return {"id": rid, "result": self.call(method, params)}
        except SupvisorsFault as fault:
            return {"id": rid, "fault": {"code": fault.code, "text": fault.text, "type": type(fault).__name__}}
        except TransportError as exc:
            return {"id": rid, "error": {"kind": "transport", "text": str(exc)}}
        except DecodeError as exc:
            return {"id": rid, "error": {"kind": "decode", "text": str(exc)}}
        except (RequestError, TypeError, ValueError) as exc:
            return {"id": rid, "error": {"kind": "request", "text": str(exc)}}
        except Exception as exc:  # a testee bug: answer, log, and keep serving
            traceback.print_exc(file=sys.stderr)
            return {"id": rid, "error": {"kind": "request", "text": f"testee failure: {exc!r}"}}


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print("usage: python clients/python/testee/testee.py URL USER PASSWORD", file=sys.stderr)
        return 2
    url, user, password = argv
    with SupvisorsClient(url, user, password, timeout=(5.0, 120.0)) as client:
        _log(f"serving {url}")
        testee = Testee(client)
        for line in sys.stdin:
            if not line.strip():
                continue
            response = testee.handle(line)
            sys.stdout.write(json.dumps(response) + "\n")
            sys.stdout.flush()
        testee.close_events()
    _log("EOF")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
