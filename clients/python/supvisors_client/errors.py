"""Exceptions of the client that are not generated from the spec.

Faults (errors reported by the server with a code) are generated: see _generated/faults.py, whose
classes all derive from SupvisorsFault below. Anything else is a ClientError.
"""

from __future__ import annotations


class SupvisorsFault(Exception):
    """An XML-RPC fault returned by the server; subclasses exist for every code of the spec."""

    code: int = 0

    def __init__(self, code: int, text: str):
        super().__init__(f"[{code}] {text}")
        self.code = code
        self.text = text


class ClientError(Exception):
    """Not a server fault: the request did not get a usable answer."""


class TransportError(ClientError):
    """The server could not be reached, or answered with an HTTP error or a timeout."""


class AuthenticationError(TransportError):
    """The server refused the credentials (HTTP 401)."""


class DecodeError(ClientError):
    """The reply does not have the shape that the spec describes."""
