"""The cross-language suite: one live 3-node cluster, the raw xmlrpc.client reference and one testee per language.

- The cluster (127.0.0.101-103, free ports, started by pytest-xprocess) is session-scoped and torn down
  by pid even when a test fails. Phases (scenarios.PHASES) order the tests: `init` runs with N1 alone
  (INITIALIZATION), then N2 and N3 join; `late` and `disruptive` scenarios run last.
- The testees (one long-lived process per language, tests/PROTOCOL.md) all talk to N1.
- Expected failures: xfail_<language>.yaml (case id + reason), applied as strict xfail (a listed case
  that passes fails the run). Control scenarios are strict xfail while the server's control methods
  are not merged (the `_not_yet` stub is still in server/supvisors/rpcinterface.py).
- A table scenario x language ends the run.
"""

from __future__ import annotations

import json
import sys
import time
import xmlrpc.client
from pathlib import Path

import pytest
import yaml

from codegen.model import load_spec
from harness.live import make_cluster
from harness.programs import standard_programs
from harness.supervisord import PROGRAMS_DIR, Program, wait_until

from .compare import diff, diff_event
from .scenarios import EVENT_PORT, HOSTS, N1, N2, N3, PHASES, Act, Call, Scenario
from .testees import LANGUAGES, Reference, Testee

REPO = Path(__file__).resolve().parents[2]

SPEC = load_spec(REPO / "spec")
METHODS = {m.wire_name: m for m in SPEC.all_methods()}
FAULT_NAMES = {f.code: f.name for f in SPEC.faults.values()}
HERE = Path(__file__).resolve().parent

RULES = """<?xml version="1.0"?>
<root>
  <application name="demo">
    <program name="ticker"><addresses>*</addresses><required>true</required>
      <start_sequence>1</start_sequence><loading>25</loading></program>
    <program name="sleeper"><addresses>#</addresses><start_sequence>2</start_sequence></program>
  </application>
  <application name="ctl">
    <program name="ctl_a"><addresses>*</addresses><required>true</required>
      <start_sequence>1</start_sequence><loading>10</loading></program>
    <program name="ctl_b"><addresses>*</addresses><start_sequence>2</start_sequence><loading>5</loading></program>
  </application>
  <application name="failing">
    <program name="bad_start"><addresses>*</addresses><required>true</required><start_sequence>1</start_sequence></program>
  </application>
</root>
"""


def programs() -> list[Program]:
    sleeper = f"{sys.executable} {PROGRAMS_DIR / 'sleeper.py'}"
    standard = standard_programs()
    for p in standard:
        if p.name == "echo_args":  # its arguments land in the node's directory (checked by start_args)
            p.extra["environment"] = 'ECHO_ARGS_FILE="%(here)s/echo_args.out"'
    return standard + [
        Program("spare", sleeper, group="spare"),  # supervisor-namespace control, on N1 only
        Program("dup", sleeper),  # started on two nodes: a conflict
        Program("ctl_a", sleeper, group="ctl"),
        Program("ctl_b", sleeper, group="ctl"),
        # exits at once, in an application with a start sequence: ABNORMAL_TERMINATION of application starts
        Program("bad_start", f"{sys.executable} -c 'import sys; sys.exit(3)'", group="failing", startsecs=1,
                extra={"exitcodes": "0", "startretries": "0"}),
        Program("missing", "/nonexistent/cross-suite-program",  # NO_FILE (command and logs)
                extra={"stdout_logfile": "NONE", "stderr_logfile": "NONE"}),
        Program("notexec", str(PROGRAMS_DIR / "sleeper.py")),  # not executable: NOT_EXECUTABLE
    ]


def load_xfails(language: str) -> dict[str, str]:
    path = HERE / f"xfail_{language}.yaml"
    entries = yaml.safe_load(path.read_text()) or [] if path.exists() else []
    return {e["case"]: e["reason"] for e in entries}


# ---------------------------------------------------------------- the session: cluster + actions
UNTIL = {
    "ticker_on_n2": lambda r: r[0]["addresses"] == [N2] and r[0]["statename"] == "RUNNING",
    "n2_silent": lambda r: r["statename"] == "SILENT",
    "n2_running": lambda r: r["statename"] == "RUNNING",
    "n3_silent": lambda r: r["statename"] == "SILENT",
    "n3_running": lambda r: r["statename"] == "RUNNING",
    "all_running": lambda r: all(i["statename"] == "RUNNING" for i in r),
    "conflict": lambda r: len(r) > 0 and all(c["state"] == "RUNNING" for c in r),
    "no_conflict": lambda r: r == [],
    "conciliation": lambda r: r["statename"] == "CONCILIATION",
    "operation": lambda r: r["statename"] == "OPERATION",
}


def _event(topic: str, **body):
    """An events.next result check: an event of topic whose body has these values."""
    def check(r):
        return r is not None and r["topic"] == topic and all(r["body"].get(k) == v for k, v in body.items())
    check.topic = topic
    return check


# events.next checks (scenarios._events); their topics must cover spec/events.yaml (test_scenarios).
EVENT_UNTIL = {
    "event_spare_running_on_n1": _event("process", process_name="spare", statename="RUNNING", address=N1),
    "event_dup_running_on_n2": _event("process", process_name="dup", statename="RUNNING", addresses=[N2], address=N2),
    "event_dup_stopped_on_n2": _event("process", process_name="dup", statename="STOPPED", addresses=[], address=N2),
    "event_application_dup_stopped": _event("application", application_name="dup", statename="STOPPED"),
    "event_spare_removed": _event("process", process_name="spare", removed=True, address=N1),
    "event_application_spare_removed": _event("application", application_name="spare", removed=True),
    "event_n3_silent": _event("address", address_name=N3, statename="SILENT"),
    "event_conciliation": _event("supvisors", statename="CONCILIATION", master=N1),
    "event_operation": _event("supvisors", statename="OPERATION", master=N1),
}
UNTIL.update(EVENT_UNTIL)


class Session:
    """The live cluster of the suite and the harness actions that scenarios name."""

    def __init__(self, harness):
        self.h = harness
        self.cluster = harness.cluster
        self.started: set[str] = set()
        self.references: dict[str, list] = {}

    def proxy(self, host: str) -> xmlrpc.client.ServerProxy:
        return self.cluster.nodes[host].proxy()

    def state(self, host: str) -> str:
        return self.proxy(host).supvisors.get_supvisors_state()["statename"]

    # ---- phases
    def enter(self, phase: str) -> None:
        if phase == "init":
            if self.started - {N1}:
                pytest.fail("the init phase must run before the other nodes start (phase ordering broken)")
            if N1 not in self.started:
                self.h.start([N1])
                self.started.add(N1)
            assert self.state(N1) == "INITIALIZATION"
            return
        missing = [h for h in HOSTS if h not in self.started]
        if missing:
            self.h.start(missing)
            self.started.update(missing)
        self.wait_operation()

    # ---- actions (named by scenarios.Act)
    def wait_operation(self, timeout: float = 30.0) -> None:
        def ok():
            return all(self.state(h) == "OPERATION" for h in HOSTS) and \
                len({self.proxy(h).supvisors.get_master_address() for h in HOSTS}) == 1
        wait_until(ok, timeout, interval=0.1, what="every node in OPERATION with one master")

    def _quiet(self, func, *args, ignore=(10, 70, 90)):
        try:
            return func(*args)
        except xmlrpc.client.Fault as fault:
            if fault.faultCode not in ignore:
                raise

    def start_on(self, host: str, namespec: str) -> None:
        self.proxy(host).supervisor.startProcess(namespec)

    def stop_on(self, host: str, namespec: str) -> None:
        self._quiet(self.proxy(host).supervisor.stopProcess, namespec)

    ensure_stopped = stop_on

    def ensure_group(self, host: str, group: str) -> None:
        self._quiet(self.proxy(host).supervisor.addProcessGroup, group)

    def stop_all_on(self, host: str) -> None:
        self.proxy(host).supervisor.stopAllProcesses()

    def stop_everywhere(self, group: str) -> None:
        for host in HOSTS:
            self._quiet(self.proxy(host).supervisor.stopProcessGroup, group)

        def stopped():
            infos = self.proxy(N1).supvisors.get_process_info(f"{group}:*")
            return all(not i["addresses"] for i in infos)
        wait_until(stopped, 10, what=f"{group} stopped everywhere, seen from N1")

    def make_conflict(self, namespec: str) -> None:
        self.start_on(N2, namespec)
        self.start_on(N3, namespec)

    def break_config(self, host: str) -> None:
        node = self.cluster.nodes[host]
        node.config_path.write_text(node.config_path.read_text() + "\n[program:broken]\nautostart=false\n")

    def restore_config(self, host: str) -> None:
        self.cluster.nodes[host].write_config()

    def check_echo_args(self, host: str, expected: tuple) -> None:
        path = self.cluster.nodes[host].workdir / "echo_args.out"
        wait_until(lambda: path.exists() and path.read_text().split() == list(expected), 5,
                   what=f"echo_args started with {expected} on {host}")
        path.unlink()

    def kill(self, host: str) -> None:
        self.cluster.kill(host)

    def pause(self, host: str) -> None:
        self.cluster.pause(host)

    def resume(self, host: str) -> None:
        self.cluster.resume(host)

    def _answers(self, host: str) -> bool:
        try:
            return self.cluster.nodes[host].is_ready()
        except Exception:
            return False

    def wait_gone(self, host: str) -> None:
        node = self.cluster.nodes[host]
        wait_until(lambda: node.xprocess_info is None or not node.xprocess_info.isrunning(), 15,
                   what=f"{host} supervisord exited")

    def wait_back(self, host: str) -> None:
        try:  # the restart closes the HTTP server for a moment; not seeing it is fine
            wait_until(lambda: not self._answers(host), 3, interval=0.02, what=f"{host} restarting")
        except TimeoutError:
            pass
        wait_until(lambda: self._answers(host), 20, what=f"{host} back after restart")

    def restart_on(self, host: str, namespec: str) -> None:
        """Stop (if running) then start: the events of a probe."""
        self.stop_on(host, namespec)
        self.start_on(host, namespec)

    def relaunch(self, host: str) -> None:
        self.h.start([host])

    def relaunch_if_down(self, host: str) -> None:
        if not self._answers(host):
            self.relaunch(host)

    def run(self, act: Act) -> None:
        getattr(self, act.action)(*act.args)


def call_until(caller, call: Call, session: Session) -> dict:
    """One call; with `until`, polled (same caller) until the result satisfies the check or the deadline
    (with `poke`: the harness action runs after each poll that got no result)."""
    params = [session.cluster.event_port if p == EVENT_PORT else p for p in call.params]
    if call.until is None:
        return caller.call(call.method, params, call.deadline)
    check = UNTIL[call.until]
    end = time.monotonic() + call.deadline
    while True:
        response = caller.call(call.method, params, call.deadline)
        try:
            if "result" in response and check(response["result"]):
                return response
        except (KeyError, IndexError, TypeError):
            pass
        if time.monotonic() > end:
            return response
        if call.poke is not None and response.get("result", 0) is None:
            session.run(call.poke)
        elif call.method != "events.next" or response.get("result") is None:
            time.sleep(0.1)  # (an event that did not match: the next one is read at once)


def run_scenario(session: Session, scenario: Scenario, caller) -> list[tuple[Call, dict]]:
    for act in scenario.setup:
        session.run(act)
    out = []
    try:
        for step in scenario.steps:
            if isinstance(step, Act):
                session.run(step)
            else:
                out.append((step, call_until(caller, step, session)))
    finally:
        for act in scenario.cleanup:
            session.run(act)
    return out


def check_reference(scenario: Scenario, ref: list[tuple[Call, dict]]) -> list[str]:
    """The reference must get what each call declares: the scenario tests the server too."""
    problems = []
    for i, (call, response) in enumerate(ref):
        where = f"step {i} {call.method}{call.params}"
        if call.fault:
            got = response.get("fault", {}).get("code")
            if got is None or FAULT_NAMES.get(got) != call.fault:
                problems.append(f"{where}: reference expected fault {call.fault}, got {response}")
        elif call.error:
            if response.get("error", {}).get("kind") != call.error:
                problems.append(f"{where}: reference expected a {call.error} error, got {response}")
        elif "result" not in response:
            problems.append(f"{where}: reference expected a result, got {response}")
        elif call.expect is not None and response["result"] != call.expect:
            problems.append(f"{where}: reference expected {call.expect!r}, got {response['result']!r}")
    return problems


def _fault_type_ok(language: str, code: int, type_name: str) -> bool:
    """The testee raised the typed exception generated for that code (e.g. BadName, BadNameException)."""
    fault = SPEC.faults.get(FAULT_NAMES.get(code, ""))
    if fault is None:
        return True  # a code outside the spec: the base fault class is right
    short = type_name.rsplit("::", 1)[-1].rsplit(".", 1)[-1]
    return short == {"java": fault.class_name + "Exception"}.get(language, fault.class_name)


def _item_key(item) -> str:
    return json.dumps([item.get("group"), item.get("name")] if isinstance(item, dict) else item, default=str)


def compare_runs(language: str, ref: list[tuple[Call, dict]], got: list[tuple[Call, dict]]) -> list[str]:
    problems = []
    for i, ((call, r), (_, g)) in enumerate(zip(ref, got, strict=True)):
        where = f"step {i} {call.method}{list(call.params)}"
        if "fault" in r:
            if call.typed_refusal and g.get("error", {}).get("kind") == "request":
                continue  # the typed API cannot even express the request (documented in README)
            if "fault" not in g:
                problems.append(f"{where}: expected fault {r['fault']}, got {g}")
                continue
            if (g["fault"]["code"], g["fault"]["text"]) != (r["fault"]["code"], r["fault"]["text"]):
                problems.append(f"{where}: fault {g['fault']} vs reference {r['fault']}")
            if not _fault_type_ok(language, g["fault"]["code"], g["fault"].get("type", "")):
                problems.append(f"{where}: fault code {g['fault']['code']} raised as {g['fault'].get('type')}, "
                                f"not its typed exception")
        elif "error" in r:
            if g.get("error", {}).get("kind") != r["error"]["kind"]:
                problems.append(f"{where}: expected a {r['error']['kind']} error, got {g}")
        else:
            if "result" not in g:
                problems.append(f"{where}: expected a result, got {g}")
                continue
            rr, gg = r["result"], g["result"]
            if call.method == "events.next":  # an event: {"topic", "body"}, the body compared by the spec
                problems += [f"{where}: {d}" for d in diff_event(SPEC, rr, gg)]
                continue
            if call.method.startswith("events."):
                if gg != rr:
                    problems.append(f"{where}: {gg!r} vs reference {rr!r}")
                continue
            method = METHODS[call.method]
            if call.unordered and isinstance(rr, list) and isinstance(gg, list):
                rr, gg = sorted(rr, key=_item_key), sorted(gg, key=_item_key)
            problems += [f"{where}: {d}" for d in diff(SPEC, method.returns, rr, gg, shape_only=call.shape)]
    return problems


# ---------------------------------------------------------------- fixtures
@pytest.fixture(scope="session")
def session(xprocess, tmp_path_factory):
    harness = make_cluster(xprocess, tmp_path_factory, HOSTS, programs=programs(), rules_xml=RULES,
                           settings={"synchro_timeout": "45"})
    s = Session(harness)
    try:
        yield s
    finally:
        harness.cluster.stop_all()


@pytest.fixture(scope="session")
def callers(session, tmp_path_factory):
    node = session.cluster.nodes[N1]
    logdir = tmp_path_factory.mktemp("testees")
    found = {"reference": Reference(node.host, node.port, node.username, node.password)}
    try:
        for language in LANGUAGES:
            found[language] = Testee(language, node.url, node.username, node.password, logdir)
        yield found
    finally:
        codes = {lang: found[lang].close() for lang in LANGUAGES if lang in found}
        bad = {lang: code for lang, code in codes.items() if code != 0}
        if bad:
            raise AssertionError(f"testees did not exit 0 at EOF: {bad} (logs in {logdir})")


# ---------------------------------------------------------------- collection: phases, xfail lists
def pytest_collection_modifyitems(config, items):
    xfails = {lang: load_xfails(lang) for lang in LANGUAGES}

    def order(item):
        scenario = getattr(item, "callspec", None) and item.callspec.params.get("scenario")
        return PHASES.index(scenario.phase) + 1 if scenario else 0

    items.sort(key=order)
    for item in items:
        params = getattr(item, "callspec", None) and item.callspec.params
        if not params or "scenario" not in params:
            continue
        scenario, language = params["scenario"], params["language"]
        if scenario.id in xfails[language]:
            item.add_marker(pytest.mark.xfail(strict=True, reason=xfails[language][scenario.id]))


# ---------------------------------------------------------------- summary table
_OUTCOMES: dict[tuple[str, str], str] = {}


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    params = getattr(item, "callspec", None) and item.callspec.params
    if not params or "scenario" not in params:
        return
    key = (params["scenario"].id, params["language"])
    if report.when == "call" or (report.when == "setup" and report.outcome != "passed"):
        if hasattr(report, "wasxfail"):
            label = "xfail" if report.outcome == "skipped" else "XPASS"
        else:
            label = {"passed": "pass", "failed": "FAIL", "skipped": "skip"}[report.outcome]
        _OUTCOMES[key] = label


def pytest_terminal_summary(terminalreporter):
    if not _OUTCOMES:
        return
    ids = list(dict.fromkeys(k[0] for k in _OUTCOMES))
    width = max(len(i) for i in ids) + 2
    tr = terminalreporter
    tr.section("cross-language summary: scenario x language")
    tr.write_line("scenario".ljust(width) + "".join(lang.ljust(8) for lang in LANGUAGES))
    for sid in ids:
        tr.write_line(sid.ljust(width) + "".join(_OUTCOMES.get((sid, lang), "-").ljust(8) for lang in LANGUAGES))
    totals = {lang: sum(1 for (s, lg), o in _OUTCOMES.items() if lg == lang and o == "pass") for lang in LANGUAGES}
    tr.write_line("passed".ljust(width) + "".join(f"{totals[lang]}/{len(ids)}".ljust(8) for lang in LANGUAGES))
