"""The scenarios of the cross-language suite, as data.

A scenario is a list of steps run in order by one caller (the raw xmlrpc.client reference, then each
testee), on node N1 of the session cluster. A `Call` is one request; `Act` is a harness action run
by the suite between calls (kill a node, relaunch it, make a conflict). `setup`/`cleanup` actions run
before and after each caller's pass, so that every caller starts from the same cluster state.

A call declares what the reference must get: `fault` (the fault name of the spec) or, by default, a
result (then `expect`, if given, is the exact result). So a server that answers FAILED where a
result is due fails the scenario even though every client agrees with it.

Event scenarios (`_events`) use the protocol's `events.*` calls (tests/PROTOCOL.md, "Events"): each
caller subscribes to N1's event port (EVENT_PORT, resolved by the runner), then `events.next` is
polled (`until=`) until the awaited event comes; `poke` is a harness action run whenever a poll got
nothing (the probe that makes the first event happen until the subscription is live).

Phases order the scenarios (see conftest): `init` runs on N1 alone in INITIALIZATION (before the
other nodes start), `operation` on the full cluster, `late` mutates N1's supervisord (all processes,
configuration file), `disruptive` restarts and shuts down N1.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

N1, N2, N3 = "127.0.0.101", "127.0.0.102", "127.0.0.103"
HOSTS = [N1, N2, N3]
PHASES = ("init", "operation", "late", "disruptive")
STRATEGIES = {"CONFIG": 0, "LESS_LOADED": 1, "MOST_LOADED": 2, "LOCAL": 3}
UNKNOWN_STRATEGY = 99
EVENT_PORT = "<event_port>"  # in a call's params: replaced by the cluster's event_port when it runs


@dataclass(frozen=True)
class Call:
    method: str
    params: tuple = ()
    fault: str | None = None  # the spec's fault name the reference must get
    expect: Any = None  # the exact result the reference must get (None: not checked)
    shape: bool = False  # compare by type only (see compare.py)
    until: str | None = None  # poll until the result satisfies this check of conftest.UNTIL
    deadline: float = 60.0
    typed_refusal: bool = False  # a typed API may refuse the request itself (error kind "request")
    unordered: bool = False  # an array result whose order is not specified: sorted before comparing
    error: str | None = None  # the error kind the reference must get (e.g. "transport" from a node that is down)
    poke: Act | None = None  # with until: run whenever a poll returned no result (events.next timed out)


@dataclass(frozen=True)
class Act:
    action: str  # a method of conftest.Session
    args: tuple = ()


@dataclass(frozen=True)
class Scenario:
    id: str
    steps: tuple
    phase: str = "operation"
    setup: tuple = ()
    cleanup: tuple = ()
    control: bool = False  # needs the server's control methods (deployment work)
    doc: str = ""

    def calls(self) -> list[Call]:
        return [s for s in self.steps if isinstance(s, Call)]


def _reads() -> list[Scenario]:
    s = []
    s.append(Scenario("system_introspection", (
        Call("system.listMethods"),
        Call("system.methodHelp", ("supvisors.get_api_version",)),
        Call("system.methodSignature", ("supvisors.get_process_info",), expect=["array", "string"]),
        Call("system.methodHelp", ("supvisors.nope",), fault="SIGNATURE_UNSUPPORTED"),
        Call("system.methodSignature", ("nope.nope",), fault="SIGNATURE_UNSUPPORTED"),
    )))
    s.append(Scenario("system_multicall", (
        Call("system.multicall", ([
            {"methodName": "supervisor.getAPIVersion", "params": []},
            {"methodName": "supvisors.get_master_address", "params": []},
            {"methodName": "supvisors.get_address_info", "params": ["10.9.9.9"]},
        ],)),
    )))
    s.append(Scenario("supervisor_identity", (
        Call("supervisor.getAPIVersion"), Call("supervisor.getVersion"), Call("supervisor.getSupervisorVersion"),
        Call("supervisor.getIdentification"), Call("supervisor.getState"), Call("supervisor.getPID"),
    )))
    s.append(Scenario("supervisor_main_log", (
        Call("supervisor.readLog", (0, 40)), Call("supervisor.readMainLog", (0, 40)),
        Call("supervisor.readLog", (-100, 0), shape=True),
        Call("supervisor.readLog", (0, -1), fault="BAD_ARGUMENTS"),
        Call("supervisor.readMainLog", (-10, 5), fault="BAD_ARGUMENTS"),
    )))
    s.append(Scenario("supervisor_config", (
        # reloadConfig first: it replaces supervisor's parsed configs, after which getAllConfigInfo
        # reports log files as 'auto' instead of the paths resolved at start.
        Call("supervisor.reloadConfig", expect=[[[], [], []]]),
        Call("supervisor.getAllConfigInfo"),
        Call("supervisor.sendRemoteCommEvent", ("cross", "suite"), expect=True),
    )))
    s.append(Scenario("supervisor_process_reads", (
        Call("supervisor.getProcessInfo", ("demo:ticker",)),
        Call("supervisor.getAllProcessInfo"),
        Call("supervisor.getProcessInfo", ("nope:nope",), fault="BAD_NAME"),
        Call("supervisor.readProcessStdoutLog", ("missing", 0, 10), fault="NO_FILE"),
        Call("supervisor.readProcessLog", ("missing", 0, 10), fault="NO_FILE"),
        Call("supervisor.readProcessStderrLog", ("missing", 0, 10), fault="NO_FILE"),
        Call("supervisor.readProcessStdoutLog", ("nope:nope", 0, 10), fault="BAD_NAME"),
        Call("supervisor.readProcessLog", ("nope:nope", 0, 10), fault="BAD_NAME"),
        Call("supervisor.readProcessStderrLog", ("nope:nope", 0, 10), fault="BAD_NAME"),
        Call("supervisor.tailProcessStdoutLog", ("nope:nope", 0, 10), fault="BAD_NAME"),
        Call("supervisor.tailProcessLog", ("nope:nope", 0, 10), fault="BAD_NAME"),
        Call("supervisor.tailProcessStderrLog", ("nope:nope", 0, 10), fault="BAD_NAME"),
        Call("supervisor.clearProcessLogs", ("nope:nope",), fault="BAD_NAME"),
        Call("supervisor.clearProcessLog", ("nope:nope",), fault="BAD_NAME"),
    )))
    s.append(Scenario("supvisors_status", (
        Call("supvisors.get_api_version"),
        Call("supvisors.get_supvisors_state", expect={"statecode": 2, "statename": "OPERATION"}),
        Call("supvisors.get_master_address", expect=N1),
        Call("supvisors.get_address_info", (N2,)),
        Call("supvisors.get_all_addresses_info"),
        Call("supvisors.get_address_info", ("10.9.9.9",), fault="BAD_ADDRESS"),
    )))
    s.append(Scenario("supvisors_applications", (
        Call("supvisors.get_application_info", ("demo",)),
        Call("supvisors.get_all_applications_info"),
        Call("supvisors.get_application_info", ("nope",), fault="BAD_NAME"),
    )))
    s.append(Scenario("supvisors_processes", (
        Call("supvisors.get_process_info", ("demo:ticker",)),
        Call("supvisors.get_process_info", ("demo:*",)),
        Call("supvisors.get_all_process_info"),
        Call("supvisors.get_process_rules", ("demo:*",)),
        Call("supvisors.get_process_rules", ("echo_args",)),
        Call("supvisors.get_conflicts", expect=[]),
        Call("supvisors.get_process_info", ("nope:nope",), fault="BAD_NAME"),
        Call("supvisors.get_process_info", ("demo:nope",), fault="BAD_NAME"),
        Call("supvisors.get_process_rules", ("nope:*",), fault="BAD_NAME"),
    )))
    s.append(Scenario("supvisors_process_running_elsewhere", (
        Call("supvisors.get_process_info", ("demo:ticker",), until="ticker_on_n2"),
        Call("supvisors.get_address_info", (N2,)),
        Call("supvisors.get_all_applications_info"),
    ), setup=(Act("start_on", (N2, "demo:ticker")),), cleanup=(Act("stop_on", (N2, "demo:ticker")),),
        doc="a process started on N2 seen from N1 through every client (view synced over the cluster)"))
    return s


def _init_phase() -> list[Scenario]:
    """N1 alone, in INITIALIZATION: every method restricted to some states answers BAD_SUPVISORS_STATE."""
    calls = [
        Call("supvisors.get_supvisors_state", expect={"statecode": 0, "statename": "INITIALIZATION"}),
        Call("supvisors.get_master_address", expect=""),
        Call("supvisors.get_address_info", (N3,)),
        Call("supvisors.get_application_info", ("demo",), fault="BAD_SUPVISORS_STATE"),
        Call("supvisors.get_all_applications_info", fault="BAD_SUPVISORS_STATE"),
        Call("supvisors.get_process_info", ("demo:*",), fault="BAD_SUPVISORS_STATE"),
        Call("supvisors.get_all_process_info", fault="BAD_SUPVISORS_STATE"),
        Call("supvisors.get_process_rules", ("demo:*",), fault="BAD_SUPVISORS_STATE"),
        Call("supvisors.get_conflicts", fault="BAD_SUPVISORS_STATE"),
        Call("supvisors.restart", fault="BAD_SUPVISORS_STATE"),
        Call("supvisors.shutdown", fault="BAD_SUPVISORS_STATE"),
        Call("supvisors.conciliate", (0,), fault="BAD_SUPVISORS_STATE"),
        Call("supvisors.start_application", (0, "ctl"), fault="BAD_SUPVISORS_STATE"),
        Call("supvisors.stop_application", ("ctl",), fault="BAD_SUPVISORS_STATE"),
        Call("supvisors.restart_application", (0, "ctl"), fault="BAD_SUPVISORS_STATE"),
        Call("supvisors.start_process", (0, "ctl:ctl_a"), fault="BAD_SUPVISORS_STATE"),
        Call("supvisors.stop_process", ("ctl:ctl_a",), fault="BAD_SUPVISORS_STATE"),
        Call("supvisors.restart_process", (0, "ctl:ctl_a"), fault="BAD_SUPVISORS_STATE"),
    ]
    return [Scenario("supvisors_initialization_guard", tuple(calls), phase="init",
                     doc="N1 started alone: every state-restricted method refuses with BAD_SUPVISORS_STATE")]


def _supervisor_control() -> list[Scenario]:
    stop_spare = (Act("ensure_stopped", (N1, "spare:spare")),)
    s = [Scenario("supervisor_process_control", (
        Call("supervisor.startProcess", ("spare:spare",), expect=True),
        Call("supervisor.startProcess", ("spare:spare",), fault="ALREADY_STARTED"),
        Call("supervisor.getProcessInfo", ("spare:spare",)),
        Call("supervisor.signalProcess", ("spare:spare", "CONT"), expect=True),
        Call("supervisor.signalProcess", ("spare:spare", "NOPE"), fault="BAD_SIGNAL"),
        Call("supervisor.signalProcessGroup", ("spare", "CONT")),
        Call("supervisor.sendProcessStdin", ("spare:spare", "hello\n"), expect=True),
        Call("supervisor.readProcessStdoutLog", ("spare:spare", 0, 0), shape=True),
        Call("supervisor.readProcessLog", ("spare:spare", 0, 0), shape=True),
        Call("supervisor.readProcessStderrLog", ("spare:spare", 0, 0), expect=""),
        Call("supervisor.readProcessStdoutLog", ("spare:spare", 0, -1), fault="BAD_ARGUMENTS"),
        Call("supervisor.readProcessLog", ("spare:spare", -5, 5), fault="BAD_ARGUMENTS"),
        Call("supervisor.readProcessStderrLog", ("spare:spare", 0, -1), fault="BAD_ARGUMENTS"),
        Call("supervisor.tailProcessStdoutLog", ("spare:spare", 0, 100), shape=True),
        Call("supervisor.tailProcessLog", ("spare:spare", 0, 100), shape=True),
        Call("supervisor.tailProcessStderrLog", ("spare:spare", 0, 100), expect=["", 0, False]),
        Call("supervisor.clearProcessLogs", ("spare:spare",), expect=True),
        Call("supervisor.clearProcessLog", ("spare:spare",), expect=True),
        Call("supervisor.stopProcess", ("spare:spare",), expect=True),
        Call("supervisor.stopProcess", ("spare:spare",), fault="NOT_RUNNING"),
        Call("supervisor.signalProcess", ("spare:spare", "CONT"), fault="NOT_RUNNING"),
        Call("supervisor.sendProcessStdin", ("spare:spare", "x"), fault="NOT_RUNNING"),
        Call("supervisor.startProcess", ("nope:nope",), fault="BAD_NAME"),
        Call("supervisor.stopProcess", ("nope:nope",), fault="BAD_NAME"),
        Call("supervisor.signalProcess", ("nope:nope", "HUP"), fault="BAD_NAME"),
        Call("supervisor.sendProcessStdin", ("nope:nope", "x"), fault="BAD_NAME"),
        Call("supervisor.startProcess", ("missing",), fault="NO_FILE"),
        Call("supervisor.startProcess", ("notexec",), fault="NOT_EXECUTABLE"),
        # exits at once with startretries=0: supervisor sets spawnerr, so SPAWN_ERROR (not ABNORMAL_TERMINATION)
        Call("supervisor.startProcess", ("short",), fault="SPAWN_ERROR", deadline=30),
    ), setup=stop_spare, cleanup=stop_spare + (Act("ensure_stopped", (N1, "short")),))]
    s.append(Scenario("supervisor_group_control", (
        Call("supervisor.startProcessGroup", ("spare",)),
        Call("supervisor.stopProcessGroup", ("spare",)),
        Call("supervisor.startProcessGroup", ("nope",), fault="BAD_NAME"),
        Call("supervisor.stopProcessGroup", ("nope",), fault="BAD_NAME"),
        Call("supervisor.signalProcessGroup", ("nope", "HUP"), fault="BAD_NAME"),
        Call("supervisor.removeProcessGroup", ("spare",), expect=True),
        Call("supervisor.removeProcessGroup", ("spare",), fault="BAD_NAME"),
        Call("supervisor.addProcessGroup", ("spare",), expect=True),
        Call("supervisor.addProcessGroup", ("spare",), fault="ALREADY_ADDED"),
        Call("supervisor.addProcessGroup", ("nope",), fault="BAD_NAME"),
        Call("supervisor.startProcess", ("spare:spare",), expect=True),
        Call("supervisor.removeProcessGroup", ("spare",), fault="STILL_RUNNING"),
        Call("supervisor.stopProcess", ("spare:spare",), expect=True),
    ), setup=stop_spare, cleanup=stop_spare + (Act("ensure_group", (N1, "spare")),)))
    return s


def _late() -> list[Scenario]:
    return [
        Scenario("supervisor_all_processes", (
            Call("supervisor.startAllProcesses", deadline=60, unordered=True),
            Call("supervisor.signalAllProcesses", ("CONT",), unordered=True),
            Call("supervisor.clearAllProcessLogs", unordered=True),
            Call("supervisor.stopAllProcesses", deadline=60, unordered=True),
            Call("supervisor.clearLog", expect=True),
        ), phase="late", setup=(Act("stop_all_on", (N1,)),), cleanup=(Act("stop_all_on", (N1,)),),
            doc="every process of N1 started, signalled, logs cleared, stopped (statuses compared per process)"),
        Scenario("supervisor_cant_reread", (
            Call("supervisor.reloadConfig", fault="CANT_REREAD"),
        ), phase="late", setup=(Act("break_config", (N1,)),), cleanup=(Act("restore_config", (N1,)),)),
    ]


def _disruptive() -> list[Scenario]:
    return [
        Scenario("supervisor_restart", (
            Call("supervisor.restart", expect=True),
            Act("wait_back", (N1,)),
            Call("supvisors.get_supvisors_state", until="operation"),
        ), phase="disruptive", cleanup=(Act("wait_operation", ()),),
            doc="N1's supervisord restarts in place and rejoins the cluster"),
        Scenario("supervisor_shutdown", (
            Call("supervisor.shutdown", expect=True),
            Act("wait_gone", (N1,)),
            Call("supervisor.getState", error="transport", deadline=10),
            Act("relaunch", (N1,)),
            Call("supvisors.get_supvisors_state", until="operation"),
        ), phase="disruptive", cleanup=(Act("relaunch_if_down", (N1,)), Act("wait_operation", ())),
            doc="N1's supervisord shuts down (every client sees a transport error), then is relaunched"),
    ]


def _cluster_events() -> list[Scenario]:
    return [
        Scenario("node_killed_and_relaunched", (
            Act("kill", (N3,)),
            Call("supvisors.get_address_info", (N3,), until="n3_silent", deadline=15),
            Call("supvisors.get_process_rules", ("demo:ticker",)),
            Act("relaunch", (N3,)),
            Call("supvisors.get_address_info", (N3,), until="n3_running", deadline=15),
            Call("supvisors.get_all_addresses_info", until="all_running", deadline=15),
            Call("supvisors.get_master_address", expect=N1),
        ), cleanup=(Act("relaunch_if_down", (N3,)), Act("wait_operation", ())),
            doc="N3 SIGKILLed: SILENT on N1 through every client; relaunched: RUNNING again, master kept"),
        Scenario("node_paused_and_resumed", (
            Act("pause", (N2,)),
            Call("supvisors.get_address_info", (N2,), until="n2_silent", deadline=15),
            Act("resume", (N2,)),
            Call("supvisors.get_address_info", (N2,), until="n2_running", deadline=15),
            Call("supvisors.get_master_address", expect=N1),
        ), cleanup=(Act("resume", (N2,)), Act("wait_operation", ())),
            doc="N2 SIGSTOPped: SILENT on N1 through every client; SIGCONT: RUNNING again"),
        Scenario("conflict_reported", (
            Call("supvisors.get_conflicts", until="conflict", deadline=10),
            Call("supvisors.get_supvisors_state", until="conciliation", deadline=10),
            Call("supvisors.get_process_info", ("dup",)),
        ), setup=(Act("make_conflict", ("dup",)),),
            cleanup=(Act("stop_on", (N2, "dup")), Act("stop_on", (N3, "dup")), Act("wait_operation", ())),
            doc="dup running on N2 and N3: the conflict and CONCILIATION seen through every client"),
        Scenario("conflict_settled", (
            Call("supvisors.get_conflicts", until="conflict", deadline=10),
            Call("supvisors.stop_process", ("dup",), expect=True, deadline=30),
            Call("supvisors.get_conflicts", expect=[], until="no_conflict", deadline=10),
            Call("supvisors.get_supvisors_state", until="operation", deadline=15),
            Call("supvisors.get_process_info", ("dup",)),
        ), setup=(Act("make_conflict", ("dup",)),),
            cleanup=(Act("stop_on", (N2, "dup")), Act("stop_on", (N3, "dup")), Act("wait_operation", ())),
            control=True, doc="the user settles a conflict with stop_process (allowed in CONCILIATION)"),
        Scenario("conflict_conciliated", (
            Call("supvisors.get_conflicts", until="conflict", deadline=10),
            Call("supvisors.get_supvisors_state", until="conciliation", deadline=10),
            Call("supvisors.conciliate", (2,), fault="BAD_STRATEGY"),
            Call("supvisors.conciliate", (0,), expect=True),
            Call("supvisors.get_conflicts", expect=[], until="no_conflict", deadline=10),
            Call("supvisors.get_supvisors_state", until="operation", deadline=15),
        ), setup=(Act("make_conflict", ("dup",)),),
            cleanup=(Act("stop_on", (N2, "dup")), Act("stop_on", (N3, "dup")), Act("wait_operation", ())),
            control=True, doc="the user settles a conflict with conciliate(SENICIDE); USER is refused"),
    ]


def _control() -> list[Scenario]:
    s = []
    reset = (Act("stop_everywhere", ("ctl",)), Act("stop_everywhere", ("echo_args",)),
             Act("stop_everywhere", ("short",)), Act("stop_everywhere", ("failing",)))
    for name, code in STRATEGIES.items():
        s.append(Scenario(f"application_control_{name}", (
            Call("supvisors.start_application", (code, "ctl"), expect=True, deadline=60),
            Call("supvisors.get_application_info", ("ctl",)),
            Call("supvisors.get_process_info", ("ctl:*",)),
            Call("supvisors.start_application", (code, "ctl"), fault="ALREADY_STARTED"),
            Call("supvisors.restart_application", (code, "ctl"), expect=True, deadline=60),
            Call("supvisors.get_process_info", ("ctl:*",)),
            Call("supvisors.stop_application", ("ctl",), expect=True, deadline=60),
            Call("supvisors.get_application_info", ("ctl",)),
        ), setup=reset, cleanup=reset, control=True))
        s.append(Scenario(f"process_control_{name}", (
            Call("supvisors.start_process", (code, "ctl:ctl_b"), expect=True, deadline=60),
            Call("supvisors.get_process_info", ("ctl:ctl_b",)),
            Call("supvisors.start_process", (code, "ctl:ctl_b"), fault="ALREADY_STARTED"),
            Call("supvisors.restart_process", (code, "ctl:ctl_b"), expect=True, deadline=60),
            Call("supvisors.get_process_info", ("ctl:ctl_b",)),
            Call("supvisors.stop_process", ("ctl:ctl_b",), expect=True, deadline=60),
            Call("supvisors.get_process_info", ("ctl:ctl_b",)),
            Call("supvisors.start_process", (code, "echo_args", "-n 7"), expect=True, deadline=60),
            Call("supvisors.restart_process", (code, "echo_args", "-n 8"), expect=True, deadline=60),
            Call("supvisors.stop_process", ("echo_args",), expect=True, deadline=60),
        ), setup=reset, cleanup=reset, control=True))
    s.append(Scenario("start_args", (
        Call("supvisors.start_args", ("echo_args", "-a 1 -b two"), expect=True, deadline=60),
        Act("check_echo_args", (N1, ("-a", "1", "-b", "two"))),
        Call("supvisors.get_process_info", ("echo_args",)),
        Call("supervisor.getProcessInfo", ("echo_args",)),
        Call("supvisors.start_args", ("echo_args",), fault="ALREADY_STARTED"),
        Call("supvisors.stop_process", ("echo_args",), expect=True, deadline=60),
        Call("supvisors.start_args", ("demo:ticker", "-x"), fault="BAD_EXTRA_ARGUMENTS"),
        # demo:ticker is required, ctl:ctl_b has a start sequence: neither takes extra arguments
        Call("supvisors.start_process", (0, "demo:ticker", "-x"), fault="BAD_EXTRA_ARGUMENTS"),
        Call("supvisors.restart_process", (0, "ctl:ctl_b", "-x"), fault="BAD_EXTRA_ARGUMENTS"),
        Call("supvisors.restart_process", (0, "echo_args", "-a 3"), expect=True, deadline=60),
        Act("check_echo_args", (N1, ("-a", "3"))),
        Call("supvisors.stop_process", ("echo_args",), expect=True, deadline=60),
        Call("supvisors.start_args", ("nope:nope",), fault="BAD_NAME"),
        Call("supvisors.start_args", ("short",), fault="ABNORMAL_TERMINATION", deadline=30),
    ), setup=reset, cleanup=reset, control=True))
    s.append(Scenario("control_faults", (
        Call("supvisors.start_application", (0, "nope"), fault="BAD_NAME"),
        Call("supvisors.stop_application", ("nope",), fault="BAD_NAME"),
        Call("supvisors.restart_application", (0, "nope"), fault="BAD_NAME"),
        Call("supvisors.start_process", (0, "nope:nope"), fault="BAD_NAME"),
        Call("supvisors.stop_process", ("nope:nope",), fault="BAD_NAME"),
        Call("supvisors.stop_process", ("ctl:ctl_a",), fault="NOT_RUNNING"),
        Call("supvisors.stop_application", ("ctl",), fault="NOT_RUNNING"),
        Call("supvisors.restart_process", (0, "nope:nope"), fault="BAD_NAME"),
        Call("supvisors.start_application", (UNKNOWN_STRATEGY, "ctl"), fault="BAD_STRATEGY", typed_refusal=True),
        Call("supvisors.restart_application", (UNKNOWN_STRATEGY, "ctl"), fault="BAD_STRATEGY", typed_refusal=True),
        Call("supvisors.start_process", (UNKNOWN_STRATEGY, "ctl:ctl_a"), fault="BAD_STRATEGY", typed_refusal=True),
        Call("supvisors.restart_process", (UNKNOWN_STRATEGY, "ctl:ctl_a"), fault="BAD_STRATEGY",
             typed_refusal=True),
        # 'short' has no start sequence: starting its application starts nothing (False); 'failing' has one
        Call("supvisors.start_application", (0, "short"), expect=False, deadline=30),
        Call("supvisors.start_application", (0, "failing"), fault="ABNORMAL_TERMINATION", deadline=30),
        Call("supvisors.restart_application", (0, "failing"), fault="ABNORMAL_TERMINATION", deadline=30),
        Call("supvisors.start_process", (0, "short"), fault="ABNORMAL_TERMINATION", deadline=30),
        Call("supvisors.restart_process", (0, "short"), fault="ABNORMAL_TERMINATION", deadline=30),
    ), setup=reset, cleanup=reset, control=True))
    return s


def _events() -> list[Scenario]:
    """The event stream through each client's typed subscriber. The awaited events (UNTIL names that
    start with `event_`, conftest.EVENT_TOPICS) cover every topic of spec/events.yaml."""
    def subscribe(*topics):
        return Call("events.subscribe", (N1, EVENT_PORT, list(topics)), expect=True)

    # The subscription is live once an event of the probe comes through: spare restarted on N1 whenever
    # a poll got nothing (as the event tests of the server do).
    probe = Call("events.next", (300,), until="event_spare_running_on_n1", poke=Act("restart_on", (N1, "spare:spare")),
                 deadline=20)
    spare_off = (Act("stop_on", (N1, "spare:spare")),)
    dup_off = (Act("stop_on", (N2, "dup")), Act("stop_on", (N3, "dup")))
    return [
        Scenario("events_process_names_the_node", (
            subscribe("process", "application"),
            probe,
            Act("start_on", (N2, "dup")),
            Call("events.next", (1000,), until="event_dup_running_on_n2", deadline=15),
            Act("stop_on", (N2, "dup")),
            Call("events.next", (1000,), until="event_dup_stopped_on_n2", deadline=15),
            Call("events.next", (1000,), until="event_application_dup_stopped", deadline=15),
            Call("events.close", expect=True),
        ), setup=spare_off + dup_off, cleanup=spare_off + dup_off,
            doc="dup started then stopped on N2: the process events name N2 (the STOPPED one has no addresses)"),
        Scenario("events_process_removed", (
            subscribe("process", "application"),
            probe,
            Act("stop_on", (N1, "spare:spare")),
            Call("supervisor.removeProcessGroup", ("spare",), expect=True),
            Call("events.next", (1000,), until="event_spare_removed", deadline=15),
            Call("events.next", (1000,), until="event_application_spare_removed", deadline=15),
            Call("supervisor.addProcessGroup", ("spare",), expect=True),
            Call("events.close", expect=True),
        ), setup=spare_off, cleanup=(Act("ensure_group", (N1, "spare")),) + spare_off,
            doc="spare's group removed on N1: its process and application are published once more, removed"),
        Scenario("events_node_lost", (
            subscribe("address", "process"),
            probe,
            Act("kill", (N3,)),
            Call("events.next", (1000,), until="event_n3_silent", deadline=15),
            Call("events.close", expect=True),
        ), setup=spare_off, cleanup=(Act("relaunch_if_down", (N3,)), Act("wait_operation", ())) + spare_off,
            doc="N3 SIGKILLed: N1 publishes N3 SILENT"),
        Scenario("events_state_changes", (
            subscribe("supvisors", "process"),
            probe,
            Act("make_conflict", ("dup",)),
            Call("events.next", (1000,), until="event_conciliation", deadline=15),
            Act("stop_on", (N2, "dup")),
            Act("stop_on", (N3, "dup")),
            Call("events.next", (1000,), until="event_operation", deadline=15),
            Call("events.close", expect=True),
        ), setup=spare_off + dup_off, cleanup=dup_off + (Act("wait_operation", ()),) + spare_off,
            doc="a conflict: N1 publishes CONCILIATION, then OPERATION once it is settled, master N1"),
    ]


SCENARIOS: list[Scenario] = (_init_phase() + _reads() + _supervisor_control() + _cluster_events() + _events()
                             + _control() + _late() + _disruptive())

# Fault paths of the spec that no scenario reaches, each with the reason. The coverage test fails
# on any (method, fault) of the spec that is neither reached by a scenario nor listed here.
_REASONS = {
    "SHUTDOWN_STATE": "SHUTDOWN_STATE only exists while supervisord is shutting down: no request can be timed into it",
    "FAILED": "supervisor raises it on OS errors (kill, file I/O) that a healthy test node does not produce",
}
UNREACHABLE_SPECIFIC: dict[tuple[str, str], str] = {
    ("supervisor.readLog", "NO_FILE"): "the main log always exists on a running node",
    ("supervisor.readMainLog", "NO_FILE"): "the main log always exists on a running node",
    ("supervisor.clearLog", "NO_FILE"): "the main log always exists on a running node",
    ("supervisor.startProcess", "ABNORMAL_TERMINATION"):
        "needs the process to leave STARTING without a spawn error (stopped by another request while starting)",
    ("supervisor.sendProcessStdin", "NO_FILE"): "needs the process' stdin pipe closed while it runs",
    ("supervisor.sendProcessStdin", "INCORRECT_PARAMETERS"):
        "raised for non-string chars, which no typed client can send (chars is a string parameter)",
    ("supvisors.restart_application", "ALREADY_STARTED"):
        "restart stops the application first, so it is never already started when it starts again",
    ("supvisors.restart_process", "ALREADY_STARTED"):
        "restart stops the process first, so it is never already started when it starts again",
    ("supvisors.stop_process", "ABNORMAL_TERMINATION"):
        "needs a process that outlives its stop for command_timeout; supervisor SIGKILLs it after stopwaitsecs",
    ("supvisors.stop_application", "ABNORMAL_TERMINATION"):
        "needs a process that outlives its stop for command_timeout; supervisor SIGKILLs it after stopwaitsecs",
}


def unreachable_reason(method: str, fault: str) -> str | None:
    return UNREACHABLE_SPECIFIC.get((method, fault)) or _REASONS.get(fault)
