"""XML-RPC over HTTP with requests: one keep-alive session, basic auth, connect/read timeouts.

The stdlib's default transport opens a connection per call and has no connect timeout; a cluster
client polls often, so it keeps one connection per node alive.
"""

from __future__ import annotations

import xmlrpc.client
from typing import Any

import requests

from ._generated.faults import fault_from_code
from .errors import AuthenticationError, DecodeError, TransportError


class Transport:
    """Sends one XML-RPC call and returns the decoded value, or raises a typed error."""

    def __init__(self, url: str, username: str | None = None, password: str | None = None,
                 timeout: float | tuple[float, float] = (3.0, 30.0)):
        self.url = url.rstrip("/") + "/RPC2" if not url.rstrip("/").endswith("/RPC2") else url
        self.timeout = timeout
        self.session = requests.Session()
        if username is not None:
            self.session.auth = (username, password or "")
        self.session.headers.update({"Content-Type": "text/xml", "Accept": "text/xml"})

    def call(self, method: str, params: list[Any]) -> Any:
        body = xmlrpc.client.dumps(tuple(params), method, allow_none=False).encode("utf-8")
        try:
            response = self.session.post(self.url, data=body, timeout=self.timeout)
        except requests.Timeout as exc:
            raise TransportError(f"{method}: timeout talking to {self.url}: {exc}") from exc
        except requests.RequestException as exc:
            raise TransportError(f"{method}: cannot reach {self.url}: {exc}") from exc
        if response.status_code == 401:
            raise AuthenticationError(f"{method}: {self.url} refused the credentials (HTTP 401)")
        if response.status_code != 200:
            raise TransportError(f"{method}: {self.url} answered HTTP {response.status_code} {response.reason}")
        try:
            (value,), _ = xmlrpc.client.loads(response.content, use_builtin_types=True)
        except xmlrpc.client.Fault as fault:
            raise fault_from_code(fault.faultCode, fault.faultString) from None
        except Exception as exc:  # expat errors, wrong arity: the reply is not XML-RPC
            raise DecodeError(f"{method}: the reply is not a valid XML-RPC response: {exc}") from exc
        return value

    def close(self) -> None:
        self.session.close()
