"""Replies rendered to XML once per version of the view, and reused until the view changes.

A `Marshalled` is a method's reply kept as its XML-RPC rendering only: its type is registered in
xmlrpc.client's Marshaller (which supervisor uses for every reply, also inside a system.multicall),
and the Marshaller writes that rendering as is. So get_all_process_info costs a lookup while nothing
changed, instead of building and marshalling a struct per process (docs/scaling.md). The values it
was made from are not kept (0.57 MB at 1000 processes, as much as the XML): an in-process caller
reads them back with `values()`.
"""

from __future__ import annotations

import xmlrpc.client
from collections.abc import Callable


class Marshalled:
    __slots__ = ("xml",)

    def __init__(self, xml: str):
        self.xml = xml

    def values(self) -> list:
        """The reply as xmlrpc.client would give it to a remote caller (parsed back from the XML)."""
        return xmlrpc.client.loads(f"<methodResponse>{_HEAD}{self.xml}{_TAIL}</methodResponse>")[0][0]

    def __repr__(self) -> str:
        return f"Marshalled({len(self.xml)} characters of XML)"


def _write(marshaller, value: Marshalled, write) -> None:
    write(value.xml)


xmlrpc.client.Marshaller.dispatch[Marshalled] = _write

_HEAD, _TAIL = "<params>\n<param>\n", "</param>\n</params>\n"


def marshal(values: list) -> Marshalled:
    """The XML that xmlrpc.client would write for values."""
    rendered = xmlrpc.client.Marshaller().dumps((list(values),))
    assert rendered.startswith(_HEAD) and rendered.endswith(_TAIL)
    return Marshalled(rendered[len(_HEAD):-len(_TAIL)])


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
