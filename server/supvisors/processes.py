"""The cluster's view of processes and applications. Owned by the supervisord thread.

Every node reports its own processes (a full snapshot when it joins, then one message per state
change). The view keeps, per process, the last report of every node, and derives:
- `addresses`: the nodes where the process is STARTING, RUNNING or BACKOFF (more than one: conflict);
- the process state: the newest state among those nodes if it runs somewhere, else the newest report;
  UNKNOWN if it runs nowhere but was running on a node that is now lost;
- the application state and failures from its processes and the rules.

A *mark* is what the deployment layer knows and no node reports: a process that could not be
started (no candidate node, a node that refused the command, a start timeout) is marked FATAL, a
process stuck in STOPPING past the command timeout is marked UNKNOWN, each with a reason. A mark
shows while the process runs nowhere, and goes away with the first report in one of its `clears`
states (a new start for FATAL, anything but STOPPING for UNKNOWN).
"""

from __future__ import annotations

from typing import Any

from ._generated.enums import ApplicationStates, ProcessStates
from .records import field, record
from .rules import Rules

P = ProcessStates
RUNNING_STATES = (P.STARTING, P.RUNNING, P.BACKOFF)
STOPPED_STATES = (P.STOPPED, P.EXITED, P.FATAL, P.UNKNOWN)


def namespec(group: str, name: str) -> str:
    return f"{group}:{name}"


def check_report(report: Any) -> None:
    """Raise ValueError naming the problem if a process report from the wire is malformed."""
    if not isinstance(report, dict):
        raise ValueError(f"process report is not an object: {report!r:.80}")
    for key in ("group", "name"):
        if not isinstance(report.get(key), str) or not report[key] or ":" in report[key]:
            raise ValueError(f"process report: bad {key!r}: {report.get(key)!r:.80}")
    state = report.get("state")
    if isinstance(state, bool) or not isinstance(state, int) or state not in P._value2member_map_:
        raise ValueError(f"process report: bad state {state!r:.80}")
    for key, types in (("start", (int, float)), ("pid", int)):
        if key in report and (isinstance(report[key], bool) or not isinstance(report[key], types)):
            raise ValueError(f"process report: bad {key!r}: {report[key]!r:.80}")


@record(slots=True)
class NodeProcess:
    """What one node last reported about one process."""

    state: ProcessStates
    start: float = 0.0  # epoch seconds of the last start (supervisor's laststart)
    pid: int = 0
    expected: bool = True
    spawnerr: str = ""
    seen: float = 0.0  # local wall ms of the report
    lost: bool = False

    def key(self) -> tuple:
        """What the node said (not when it was seen)."""
        return self.state, self.start, self.pid, self.expected, self.spawnerr

    @classmethod
    def from_report(cls, report: dict[str, Any], seen: float) -> NodeProcess:
        # the state was checked (check_report): the member by a lookup, not Enum's slower call
        return cls(P._value2member_map_[report["state"]], float(report.get("start", 0)), int(report.get("pid", 0)),
                   bool(report.get("expected", True)), str(report.get("spawnerr", "")), seen)


@record(frozen=True)
class Mark:
    state: ProcessStates
    reason: str
    clears: tuple[ProcessStates, ...]


@record(slots=True)
class ProcessStatus:
    application: str
    name: str
    nodes: dict[str, NodeProcess] = field(default_factory=dict)
    mark: Mark | None = None
    namespec: str = field(init=False, repr=False, compare=False)  # application:name, computed once

    def __post_init__(self) -> None:
        self.namespec = namespec(self.application, self.name)

    def reported(self, report_state: ProcessStates) -> None:
        if self.mark is not None and report_state in self.mark.clears:
            self.mark = None

    def addresses(self) -> list[str]:
        return sorted(a for a, p in self.nodes.items() if not p.lost and p.state in RUNNING_STATES)

    def state(self) -> ProcessStates:
        if len(self.nodes) == 1:  # the common case, without the lists below
            (only,) = self.nodes.values()
            if not only.lost:
                return only.state if only.state in RUNNING_STATES or self.mark is None else self.mark.state
        live = [p for p in self.nodes.values() if not p.lost]
        running = [p for p in live if p.state in RUNNING_STATES]
        if running:
            return max(running, key=lambda p: p.seen).state
        if self.mark is not None:
            return self.mark.state
        if not live or any(p.lost and p.state in RUNNING_STATES for p in self.nodes.values()):
            return P.UNKNOWN  # it ran on a lost node: nobody knows whether it still runs
        return max(live, key=lambda p: p.seen).state

    def last_report(self) -> NodeProcess | None:
        live = [p for p in self.nodes.values() if not p.lost]
        return max(live, key=lambda p: p.seen) if live else None


class ProcessView:
    def __init__(self, rules: Rules):
        self.rules = rules
        self.processes: dict[str, ProcessStatus] = {}
        # Indexes, so that no update or query costs more than its own processes (docs/scaling.md):
        self.by_app: dict[str, dict[str, ProcessStatus]] = {}  # application -> name -> status
        self.conflicting: set[str] = set()                      # namespecs running on several nodes
        self.version = 0                                        # +1 at every change (reply caches)
        self._loads: dict[str, int] | None = None               # per-node load, computed on demand

    # ------------------------------------------------------------ updates
    def _status(self, group: str, name: str) -> ProcessStatus:
        status = self.processes.get(namespec(group, name))
        if status is None:
            status = ProcessStatus(group, name)
            self.processes[status.namespec] = status  # the key is the status's own string (not a copy)
            self.by_app.setdefault(group, {})[name] = status
        return status

    def _changed(self, status: ProcessStatus) -> None:
        """After any change of status: the indexes and the version follow."""
        self.version += 1
        self._loads = None
        if len(status.addresses()) > 1:
            self.conflicting.add(status.namespec)
        else:
            self.conflicting.discard(status.namespec)

    def _remove(self, status: ProcessStatus) -> None:
        del self.processes[status.namespec]
        app = self.by_app[status.application]
        del app[status.name]
        if not app:
            del self.by_app[status.application]
        self.conflicting.discard(status.namespec)
        self.version += 1

    def apply_snapshot(self, address: str, reports: list[dict[str, Any]], seen: float,
                       checked: bool = False) -> list[str]:
        """Replace everything address reported; return the namespecs whose view changed. A process
        that no node reports any more leaves the view (its application with its last process). A
        report equal to the one held keeps its time: a snapshot is not an event of the process.

        The whole snapshot is checked first (unless `checked`: a parsed message, local reports): a
        malformed one raises ValueError and changes nothing."""
        if not isinstance(reports, list):
            raise ValueError("snapshot processes is not a list")
        if not checked:
            for report in reports:
                check_report(report)
        changed = set()
        reported = set()
        for report in reports:
            status = self._status(report["group"], report["name"])
            reported.add(status.namespec)
            new, old = NodeProcess.from_report(report, seen), status.nodes.get(address)
            if old is not None and not old.lost and old.key() == new.key() and status.mark is None:
                continue  # the same report again: nothing changes, and it keeps when it was seen
            before = (status.state(), status.addresses()) if status.nodes or status.mark else None
            if old is None or old.lost or old.key() != new.key():
                status.nodes[address] = new
            status.reported(new.state)
            if before is None or (status.state(), status.addresses()) != before:
                changed.add(status.namespec)
                self._changed(status)
        for key, status in list(self.processes.items()):
            if key not in reported and address in status.nodes:
                del status.nodes[address]
                changed.add(key)
                self._changed(status)
                if not status.nodes:  # no node reports it any more: it leaves the view
                    self._remove(status)
        self._loads = None  # a report may change a load without changing the state shown
        return sorted(changed)

    def apply_event(self, address: str, report: dict[str, Any], seen: float, checked: bool = False) -> str:
        if not checked:
            check_report(report)
        status = self._status(report["group"], report["name"])
        status.nodes[address] = NodeProcess.from_report(report, seen)
        status.reported(status.nodes[address].state)
        self._changed(status)
        return status.namespec

    def set_mark(self, spec: str, state: ProcessStates, reason: str, clears: tuple[ProcessStates, ...]) -> bool:
        """Mark a known process (see the module doc); return False if the process is unknown."""
        status = self.processes.get(spec)
        if status is None:
            return False
        status.mark = Mark(state, reason, clears)
        self._changed(status)
        return True

    def node_lost(self, address: str) -> list[str]:
        """Mark every report of a lost node as lost; return the namespecs affected."""
        affected = []
        for status in self.processes.values():
            node = status.nodes.get(address)
            if node is not None and not node.lost:
                node.lost = True
                affected.append(status.namespec)
                self._changed(status)
        return affected

    # ------------------------------------------------------------ queries
    def applications(self) -> list[str]:
        return sorted(self.by_app)

    def of_application(self, application: str) -> list[ProcessStatus]:
        app = self.by_app.get(application, {})
        return [app[name] for name in sorted(app)]

    def application_state(self, application: str) -> tuple[ApplicationStates, bool, bool]:
        """(state, major_failure, minor_failure) of an application."""
        procs = self.of_application(application)
        states = [p.state() for p in procs]
        if any(s in (P.STARTING, P.BACKOFF) for s in states):
            state = ApplicationStates.STARTING
        elif any(s == P.STOPPING for s in states):
            state = ApplicationStates.STOPPING
        elif any(s == P.RUNNING for s in states):
            state = ApplicationStates.RUNNING
        elif procs:
            state = ApplicationStates.STOPPED
        else:
            state = ApplicationStates.UNKNOWN
        major = minor = False
        if state != ApplicationStates.STOPPED:
            for p, s in zip(procs, states, strict=True):
                rules = self.rules.program_rules(p.application, p.name)
                failed = s == P.FATAL or s == P.UNKNOWN or (s == P.EXITED and not self._expected(p))
                if rules.required and (s in STOPPED_STATES and not (rules.wait_exit and s == P.EXITED
                                                                    and self._expected(p))):
                    major = True
                elif not rules.required and failed:
                    minor = True
        else:  # a stopped application shows the processes that failed to start (FATAL)
            for p, s in zip(procs, states, strict=True):
                if s == P.FATAL:
                    if self.rules.program_rules(p.application, p.name).required:
                        major = True
                    else:
                        minor = True
        return state, major, minor

    @staticmethod
    def _expected(status: ProcessStatus) -> bool:
        last = status.last_report()
        return bool(last and last.expected)

    def loading(self, address: str) -> int:
        if self._loads is None:  # once per change of the view, for every node at once
            loads: dict[str, int] = {}
            for s in self.processes.values():
                for where, node in s.nodes.items():
                    if not node.lost and node.state in RUNNING_STATES:
                        loads[where] = loads.get(where, 0) + self.rules.program_rules(s.application, s.name).loading
            self._loads = loads
        return self._loads.get(address, 0)

    def conflicts(self) -> list[ProcessStatus]:
        return [self.processes[k] for k in sorted(self.conflicting)]

    def match(self, spec: str) -> list[ProcessStatus]:
        """Processes of a namespec ('group:name', 'group:*', or 'name' for 'name:name'); [] if none."""
        group, _, name = spec.partition(":")
        if not name:
            name = group
        if name == "*":
            return self.of_application(group)
        status = self.processes.get(namespec(group, name))
        return [status] if status else []
