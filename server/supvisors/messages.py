"""Typed internal messages: one record (records.py) per wire kind (and per op of a `command`), checked once.

wire.py authenticates the envelope; `parse(kind, body)` turns its body into one of the classes below,
checking every key (presence, type, allowed values) and raising MessageError that names the first
problem: the receiver (Cluster._handle) logs it once and drops the message. Senders build a class and
send `kind()`/`body()`. `DISPATCH` is the one table of who handles what; a message whose `to` is
neither this node nor "*" is not for this node. ARCHITECTURE.md's wire table is `markdown_table()`
(written by `make generate`, checked by `make check-generated`).

No `from __future__ import annotations` here: the field annotations are the checked types.
"""

from typing import Any, ClassVar

from ._generated.enums import ConciliationStrategies, ProcessStates, SupvisorsStates
from .processes import check_report
from .records import field, fields, record


class MessageError(ValueError):
    """A message body is ill-formed; the text names the key and the problem."""


def _choices(*values) -> dict:
    return {"choices": values}


def _codes(enum) -> dict:
    return {"choices": tuple(int(m) for m in enum), "enum": enum.__name__}


def _check_reports(kind: str, reports: list) -> None:
    try:
        for report in reports:
            check_report(report)
    except ValueError as exc:
        raise MessageError(f"{kind}: {exc}") from None


@record(frozen=True)
class Msg:
    KIND: ClassVar[str] = ""
    OP: ClassVar[str] = ""          # commands: the op, when the class has a single one
    SENT: ClassVar[str] = ""        # when it is sent (the wire table)

    @classmethod
    def from_body(cls, body: dict[str, Any]):
        values = {}
        for f in fields(cls):
            if f.name not in body:
                raise MessageError(f"{cls.KIND}{'/' + cls.OP if cls.OP else ''}: key {f.name!r} missing")
            value = body[f.name]
            if not isinstance(value, f.type) or (f.type is int and isinstance(value, bool)):
                raise MessageError(f"{cls.KIND}: key {f.name!r} is not a {f.type.__name__}: {value!r:.80}")
            choices = f.metadata.get("choices")
            if choices is not None and value not in choices:
                raise MessageError(f"{cls.KIND}: key {f.name!r} has an unknown value {value!r:.80}")
            values[f.name] = value
        message = cls(**values)
        message.check()
        return message

    def check(self) -> None:
        """Checks that span keys or go into their content (overridden)."""

    def body(self) -> dict[str, Any]:
        body = {f.name: getattr(self, f.name) for f in fields(self)}  # shallow: no deep copy
        if self.OP:
            body["op"] = self.OP
        return body


@record(frozen=True)
class Heartbeat(Msg):
    KIND = "heartbeat"
    SENT = "every `heartbeat_period`, and at once on a state or master change"
    state: int = field(metadata=_codes(SupvisorsStates))
    master: str
    version: int


@record(frozen=True)
class SnapshotRequest(Msg):
    KIND = "request"
    SENT = "when a node is (re)checked, or a heartbeat's version shows a missed event"
    to: str
    what: str = field(metadata=_choices("snapshot"))


@record(frozen=True)
class Snapshot(Msg):
    KIND = "snapshot"
    SENT = "in answer to a request: every process of the sender (a report each)"
    version: int
    processes: list

    def check(self) -> None:
        _check_reports("snapshot", self.processes)


@record(frozen=True)
class ProcessEvent(Msg):
    KIND = "process"
    SENT = ("the local process state changes of one turn of supervisord's loop, in order (a report each, "
            "at most 100), before any other message; version: the last one's")
    version: int
    processes: list

    def check(self) -> None:
        if not self.processes:
            raise MessageError("process: key 'processes' is empty")
        if self.version < len(self.processes):
            raise MessageError(f"process: version {self.version} is lower than the number of reports")
        _check_reports("process", self.processes)


@record(frozen=True)
class Command(Msg):
    KIND = "command"
    SENT = "to the node that must start or stop one of its processes (deployer.py)"
    to: str
    id: str
    op: str = field(metadata=_choices("start", "stop"))
    namespec: str
    extra_args: str


@record(frozen=True)
class Mark(Msg):
    KIND, OP = "command", "mark"
    SENT = "a process that could not be started (FATAL) or stopped (UNKNOWN), to every node"
    to: str = field(metadata=_choices("*"))
    namespec: str
    state: int = field(metadata=_codes(ProcessStates))
    reason: str
    clears: list

    def check(self) -> None:
        if not all(isinstance(c, int) and c in ProcessStates._value2member_map_ for c in self.clears):
            raise MessageError(f"command/mark: clears {self.clears!r:.80} are not process state codes")


@record(frozen=True)
class Sync(Msg):
    KIND, OP = "command", "sync"
    SENT = "when a job ends: every peer answers with a `reply`"
    to: str = field(metadata=_choices("*"))
    id: str


@record(frozen=True)
class Reply(Msg):
    KIND = "reply"
    SENT = "answer to a start/stop command or a sync"
    to: str
    id: str
    ok: bool
    code: int
    error: str


@record(frozen=True)
class Conciliate(Msg):
    KIND, OP = "command", "conciliate"
    SENT = "`conciliate()` asked on a node that is not the master"
    to: str
    strategy: int = field(metadata=_codes(ConciliationStrategies))


@record(frozen=True)
class ClusterAction(Msg):
    KIND, OP = "command", "cluster"
    SENT = "`restart()`/`shutdown()` asked on a node that is not the master"
    to: str
    action: str = field(metadata=_choices("restart", "shutdown"))


@record(frozen=True)
class SupervisordAction(Msg):
    KIND, OP = "command", "supervisord"
    SENT = "the master, once every application is stopped (obeyed only from the master)"
    to: str = field(metadata=_choices("*"))
    action: str = field(metadata=_choices("restart", "shutdown"))


# message class -> (owner, method): who handles it. The owners are named by Cluster._handlers
# (viewsync.py, deployer.py, failures.py).
DISPATCH: dict[type, tuple[str, str]] = {
    Heartbeat: ("viewsync", "on_heartbeat"),
    SnapshotRequest: ("viewsync", "on_request"),
    Snapshot: ("viewsync", "on_snapshot"),
    ProcessEvent: ("viewsync", "on_process"),
    Command: ("deployer", "on_command"),
    Mark: ("deployer", "on_mark"),
    Sync: ("deployer", "on_sync"),
    Reply: ("deployer", "on_reply"),
    Conciliate: ("failures", "on_conciliate"),
    ClusterAction: ("failures", "on_cluster"),
    SupervisordAction: ("failures", "on_supervisord"),
}
_BY_KIND = {cls.KIND: cls for cls in DISPATCH if cls.KIND != "command"}
_BY_OP = {cls.OP: cls for cls in DISPATCH if cls.KIND == "command" and cls.OP}
_BY_OP.update({op: Command for op in next(f for f in fields(Command) if f.name == "op").metadata["choices"]})


def parse(kind: str, body: dict[str, Any]) -> Msg:
    """The typed message of an authenticated envelope's kind and body; MessageError if ill-formed."""
    if kind == "command":
        op = body.get("op")
        cls = _BY_OP.get(op) if isinstance(op, str) else None
        if cls is None:
            raise MessageError(f"command: unknown op {op!r:.40}")
    else:
        cls = _BY_KIND.get(kind)
        if cls is None:
            raise MessageError(f"unknown kind {kind!r:.40}")
    return cls.from_body(body)


def markdown_table() -> str:
    """The wire table of ARCHITECTURE.md: one row per message class."""
    lines = ["| kind | body | handled by | sent |", "|---|---|---|---|"]
    for cls, (owner, method) in DISPATCH.items():
        keys = [f'"op": "{cls.OP}"'] if cls.OP else []
        for f in fields(cls):
            if "choices" in f.metadata and "enum" not in f.metadata:
                kind = " or ".join(f'"{c}"' for c in f.metadata["choices"])
            else:
                kind = f"<{f.metadata['enum']} code>" if "enum" in f.metadata else f.type.__name__
            keys.append(f'"{f.name}": {kind}')
        body = "{" + ", ".join(keys) + "}"
        lines.append(f"| `{cls.KIND}` | `{body}` | {owner}.{method} | {cls.SENT} |")
    return "\n".join(lines)
