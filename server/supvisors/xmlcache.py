"""Replies rendered to XML once per version of the view, and reused until the view changes.

A `Marshalled` is the list a method returns, with its XML-RPC rendering made in advance: the type is
registered in xmlrpc.client's Marshaller (which supervisor uses for every reply, also inside a
system.multicall), and the Marshaller writes that rendering as is. Python callers still see the list.
So get_all_process_info costs a lookup while nothing changed, instead of building and marshalling a
struct per process (docs/scaling.md).
"""

from __future__ import annotations

import xmlrpc.client
from collections.abc import Callable


class Marshalled(list):
    __slots__ = ("xml",)


def _write(marshaller, value: Marshalled, write) -> None:
    write(value.xml)


xmlrpc.client.Marshaller.dispatch[Marshalled] = _write

_HEAD, _TAIL = "<params>\n<param>\n", "</param>\n</params>\n"


def marshal(values: list) -> Marshalled:
    """values, with the XML that xmlrpc.client would write for them."""
    rendered = xmlrpc.client.Marshaller().dumps((list(values),))
    assert rendered.startswith(_HEAD) and rendered.endswith(_TAIL)
    out = Marshalled(values)
    out.xml = rendered[len(_HEAD):-len(_TAIL)]
    return out


class VersionCache:
    """One Marshalled reply, rebuilt when the version it was made for is not the current one."""

    def __init__(self, build: Callable[[], list], version: Callable[[], int]):
        self.build, self.version = build, version
        self.made_for: int | None = None
        self.reply: Marshalled | None = None

    def get(self) -> Marshalled:
        version = self.version()
        if self.reply is None or self.made_for != version:
            self.reply, self.made_for = marshal(self.build()), version
        return self.reply
