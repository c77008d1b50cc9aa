"""Every scenario through every client, compared with the raw xmlrpc.client; spec coverage."""

from __future__ import annotations

import pytest

from .conftest import (
    EVENT_UNTIL,
    LANGUAGES,
    METHODS,
    SPEC,
    check_reference,
    compare_runs,
    load_xfails,
    run_scenario,
)
from .scenarios import SCENARIOS, unreachable_reason


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.id for s in SCENARIOS])
def test_scenario(scenario, language, session, callers):
    session.enter(scenario.phase)
    if scenario.id not in session.references:
        session.references[scenario.id] = run_scenario(session, scenario, callers["reference"])
    ref = session.references[scenario.id]
    problems = check_reference(scenario, ref)
    assert not problems, "the server does not answer as the scenario declares:\n" + "\n".join(problems)
    got = run_scenario(session, scenario, callers[language])
    problems = compare_runs(language, ref, got)
    assert not problems, f"{language} differs from the reference:\n" + "\n".join(problems)


def test_every_method_has_a_scenario():
    called = {c.method for s in SCENARIOS for c in s.calls()}
    missing = sorted(set(METHODS) - called)
    assert not missing, f"methods of the spec without a scenario: {missing}"
    unknown = sorted(m for m in called - set(METHODS) if not m.startswith("events."))
    assert not unknown, f"scenarios call methods that the spec does not have: {unknown}"


def test_every_event_topic_is_awaited_by_a_scenario():
    """Each topic of spec/events.yaml comes through every client's subscriber in some scenario."""
    awaited = {EVENT_UNTIL[c.until].topic for s in SCENARIOS for c in s.calls()
               if c.method == "events.next" and c.until in EVENT_UNTIL}
    assert awaited == {t.topic for t in SPEC.events.topics}
    assert all(c.until in EVENT_UNTIL for s in SCENARIOS for c in s.calls() if c.method == "events.next")


def test_every_fault_path_has_a_scenario_or_a_reason():
    reached = {(c.method, c.fault) for s in SCENARIOS for c in s.calls() if c.fault}
    missing = []
    for method in SPEC.all_methods():
        for fault in method.faults:
            key = (method.wire_name, fault.name)
            if key not in reached and not unreachable_reason(*key):
                missing.append(key)
    assert not missing, f"fault paths of the spec with no scenario and no reason: {missing}"
    declared = {(m.wire_name, f.name) for m in SPEC.all_methods() for f in m.faults}
    assert not reached - declared, f"scenarios expect faults that the spec does not list: {reached - declared}"


def test_scenario_ids_are_unique():
    ids = [s.id for s in SCENARIOS]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("language", LANGUAGES)
def test_xfail_lists_name_real_cases(language):
    known = {s.id for s in SCENARIOS}
    for case, reason in load_xfails(language).items():
        assert case in known, f"xfail_{language}.yaml lists unknown case {case!r}"
        assert reason and reason.strip(), f"xfail_{language}.yaml: {case} has no reason"


def test_events_compare_by_the_spec():
    from .compare import diff_event

    body = {"application_name": "a", "process_name": "p", "statecode": 0, "statename": "STOPPED", "addresses": [],
            "expected_exit": True, "last_event_time": 1_700_000_000, "address": "n2"}
    ref = {"topic": "process", "body": body}
    assert diff_event(SPEC, ref, {"topic": "process", "body": dict(body, last_event_time=1_700_000_003)}) == []
    assert diff_event(SPEC, ref, {"topic": "process", "body": dict(body, address="n1")})  # the node named
    assert diff_event(SPEC, ref, {"topic": "process", "body": {k: v for k, v in body.items() if k != "address"}})
    assert diff_event(SPEC, ref, {"topic": "application", "body": body})
    assert diff_event(SPEC, ref, None) and diff_event(SPEC, None, None) == []
    removed = dict(body, removed=True)
    assert diff_event(SPEC, {"topic": "process", "body": removed}, ref)  # a dropped extra key


def test_times_compare_as_int_seconds():
    """remote_time, local_time and last_event_time are `time`s: int seconds on both sides."""
    from codegen.model import TypeRef

    from .compare import diff

    address = {"address_name": "n", "statecode": 2, "statename": "RUNNING", "remote_time": 1_700_000_000,
               "local_time": 1_700_000_001, "loading": 0}
    t = TypeRef("struct", "AddressInfo")
    assert diff(SPEC, t, address, dict(address, remote_time=1_700_000_030)) == []  # within the tolerance
    assert diff(SPEC, t, address, dict(address, remote_time=1_700_000_000_000))  # ms: not seconds
    assert diff(SPEC, t, address, dict(address, remote_time=1_700_000_000.0))  # a double
    assert diff(SPEC, t, dict(address, local_time=1.7e12), address)  # a server sending a double
    assert diff(SPEC, t, dict(address, remote_time=0), dict(address, remote_time=0)) == []
    assert diff(SPEC, t, dict(address, remote_time=0), address)  # never heard vs heard
    process = {"application_name": "a", "process_name": "p", "statecode": 20, "statename": "RUNNING",
               "addresses": [], "last_event_time": 1_700_000_000}
    p = TypeRef("struct", "SupvisorsProcessInfo")
    assert diff(SPEC, p, process, dict(process, last_event_time=1_700_000_005)) == []
    assert diff(SPEC, p, process, dict(process, last_event_time=1.7e9))
