# DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
"""Typed events of the event stream (spec/events.yaml), decoded strictly from the wire.

One frozen dataclass per topic: `body` is the reply struct of the XML-RPC side (the same class that
the `supvisors` namespace returns), the topic's extra keys are fields of their own. The hand-written
EventSubscriber (supvisors_client/subscriber.py) receives the two frames and calls decode_event.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from .. import _wire as _w
from ..errors import DecodeError
from . import enums as _e  # noqa: F401  (decoders of enum extra keys)
from .structs import AddressInfo, ApplicationInfo, SupvisorsProcessInfo, SupvisorsState

__all__ = ["Event", "EVENT_CLASSES", "TOPICS", "decode_event", "SupvisorsEvent", "AddressEvent", "ApplicationEvent", "ProcessEvent"]


@dataclass(frozen=True)
class SupvisorsEvent:
    """Topic `supvisors`: The Supvisors state or the master of the publishing node changed."""

    TOPIC: ClassVar[str] = "supvisors"
    body: SupvisorsState
    """The body: State of Supvisors."""
    master: str
    """Address of the master node; empty while no master is elected."""

    @property
    def topic(self) -> str:
        return self.TOPIC

    @classmethod
    def from_wire(cls, value: Any, where: str = "event supvisors") -> SupvisorsEvent:
        """Decode a JSON body (already parsed); raise DecodeError if it does not fit."""
        return _w.decode_event(cls, SupvisorsState, _SupvisorsEvent_EXTRA, value, where)

    def to_wire(self) -> dict[str, Any]:
        """Encode as the wire body: the body struct's keys plus the extra ones."""
        wire = self.body.to_wire()
        wire["master"] = _w.enc_string(self.master, "SupvisorsEvent.master")
        return wire


@dataclass(frozen=True)
class AddressEvent:
    """Topic `address`: A node changed state (e.g. RUNNING, then SILENT when it stops answering)."""

    TOPIC: ClassVar[str] = "address"
    body: AddressInfo
    """The body: Information about one Supvisors node."""

    @property
    def topic(self) -> str:
        return self.TOPIC

    @classmethod
    def from_wire(cls, value: Any, where: str = "event address") -> AddressEvent:
        """Decode a JSON body (already parsed); raise DecodeError if it does not fit."""
        return _w.decode_event(cls, AddressInfo, _AddressEvent_EXTRA, value, where)

    def to_wire(self) -> dict[str, Any]:
        """Encode as the wire body: the body struct's keys plus the extra ones."""
        wire = self.body.to_wire()
        return wire


@dataclass(frozen=True)
class ApplicationEvent:
    """Topic `application`: An application changed: published after the process events that changed it. An application that left the view (its last process was removed) is published once more, UNKNOWN, with `removed` true."""

    TOPIC: ClassVar[str] = "application"
    body: ApplicationInfo
    """The body: Information about one application."""
    removed: bool | None = None
    """True when the application left the view; absent otherwise. None when absent."""

    @property
    def topic(self) -> str:
        return self.TOPIC

    @classmethod
    def from_wire(cls, value: Any, where: str = "event application") -> ApplicationEvent:
        """Decode a JSON body (already parsed); raise DecodeError if it does not fit."""
        return _w.decode_event(cls, ApplicationInfo, _ApplicationEvent_EXTRA, value, where)

    def to_wire(self) -> dict[str, Any]:
        """Encode as the wire body: the body struct's keys plus the extra ones."""
        wire = self.body.to_wire()
        if self.removed is not None:
            wire["removed"] = _w.enc_boolean(self.removed, "ApplicationEvent.removed")
        return wire


@dataclass(frozen=True)
class ProcessEvent:
    """Topic `process`: A process changed state, or where it runs, on any node of the cluster. `address` names the node where the change happened (`addresses` is empty once the process is stopped, so it is the only way to tell which node stopped). A process that left the view (no node reports it any more) is published once more, UNKNOWN, with no address in `addresses` and `removed` true."""

    TOPIC: ClassVar[str] = "process"
    body: SupvisorsProcessInfo
    """The body: Where a process runs in the cluster. A complement of supervisor's ProcessInfo. More than one address means that a conflict is in progress."""
    address: str
    """The node where the change happened: the node whose report (a process event or a snapshot) changed the process, the node that was lost (its processes become UNKNOWN), or the node that marked the process (a start that failed, a stop that timed out)."""
    removed: bool | None = None
    """True when the process left the view; absent otherwise. None when absent."""

    @property
    def topic(self) -> str:
        return self.TOPIC

    @classmethod
    def from_wire(cls, value: Any, where: str = "event process") -> ProcessEvent:
        """Decode a JSON body (already parsed); raise DecodeError if it does not fit."""
        return _w.decode_event(cls, SupvisorsProcessInfo, _ProcessEvent_EXTRA, value, where)

    def to_wire(self) -> dict[str, Any]:
        """Encode as the wire body: the body struct's keys plus the extra ones."""
        wire = self.body.to_wire()
        wire["address"] = _w.enc_string(self.address, "ProcessEvent.address")
        if self.removed is not None:
            wire["removed"] = _w.enc_boolean(self.removed, "ProcessEvent.removed")
        return wire


Event = SupvisorsEvent | AddressEvent | ApplicationEvent | ProcessEvent
"""Any typed event; `event.topic` tells which (or use isinstance / match)."""

# Extra keys of each topic: (wire name, decoder, optional).
_SupvisorsEvent_EXTRA: _w.Fields = (("master", _w.dec_string, False), )
_AddressEvent_EXTRA: _w.Fields = ()
_ApplicationEvent_EXTRA: _w.Fields = (("removed", _w.dec_boolean, True), )
_ProcessEvent_EXTRA: _w.Fields = (("address", _w.dec_string, False), ("removed", _w.dec_boolean, True), )

EVENT_CLASSES: dict[str, type[Event]] = {
    "supvisors": SupvisorsEvent,
    "address": AddressEvent,
    "application": ApplicationEvent,
    "process": ProcessEvent,
}
TOPICS: tuple[str, ...] = tuple(EVENT_CLASSES)


def decode_event(topic: bytes | str, body: bytes | str) -> Event:
    """The typed event of one message (topic frame, JSON body frame); DecodeError if it is malformed:
    an unknown topic, a body that is not JSON, or a JSON body that does not fit the topic's struct."""
    if isinstance(topic, bytes):
        try:
            topic = topic.decode("utf-8")
        except UnicodeDecodeError:
            raise DecodeError(f"event topic is not UTF-8: {topic!r:.80}") from None
    cls = EVENT_CLASSES.get(topic)
    if cls is None:
        raise DecodeError(f"unknown event topic {topic!r:.80} (known: {', '.join(TOPICS)})")
    return cls.from_wire(_w.parse_json(body, f"event {topic}"), f"event {topic}")
