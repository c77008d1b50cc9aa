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
from collections.abc import Callable, Iterable


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
_ARRAY_HEAD, _ARRAY_TAIL = "<value><array><data>\n", "</data></array></value>\n"


def marshal(values: Iterable) -> Marshalled:
    """The XML that xmlrpc.client would write for the list of values. They are rendered one at a time
    (values may be a generator): the Marshaller's fragments of a whole 1000-process reply (some 70,000
    small strings) would leave the memory they freed scattered, and the process's RSS grown by 1 MB."""
    marshaller = xmlrpc.client.Marshaller()
    items = []
    for value in values:
        dump = marshaller.dispatch.get(type(value))  # what Marshaller.dumps calls for each value
        if dump is None:  # a subclass: the Marshaller's own lookup
            items.append(marshaller.dumps((value,))[len(_HEAD):-len(_TAIL)])
            continue
        out: list[str] = []
        dump(marshaller, value, out.append)
        items.append("".join(out))
    return Marshalled(f"{_ARRAY_HEAD}{''.join(items)}{_ARRAY_TAIL}")


class VersionCache:
    """One Marshalled reply, rebuilt when the version it was made for is not the current one."""

    def __init__(self, build: Callable[[], Iterable], version: Callable[[], int]):
        self.build, self.version = build, version
        self.made_for: int | None = None
        self.reply: Marshalled | None = None

    def get(self) -> Marshalled:
        version = self.version()
        if self.reply is None or self.made_for != version:
            self.reply, self.made_for = marshal(self.build()), version
        return self.reply
