"""Scale, unit level: the view's indexes follow every change; replies marshalled once per version."""

from __future__ import annotations

import xmlrpc.client

from supvisors._generated.enums import ProcessStates
from supvisors.processes import ProcessView
from supvisors.rules import Rules
from supvisors.xmlcache import Marshalled, VersionCache, marshal

P = ProcessStates


def _report(group, name, state=P.STOPPED):
    return {"group": group, "name": name, "state": int(state)}


def test_indexes_follow_snapshots_events_and_losses():
    view = ProcessView(Rules())
    view.apply_snapshot("a", [_report("g", "x", P.RUNNING), _report("h", "y")], 1)
    view.apply_snapshot("b", [_report("g", "x", P.RUNNING), _report("g", "z")], 1)
    assert view.applications() == ["g", "h"]
    assert [s.name for s in view.of_application("g")] == ["x", "z"]
    assert [s.namespec for s in view.conflicts()] == ["g:x"]
    version = view.version
    view.apply_event("b", _report("g", "x", P.STOPPED), 2)
    assert view.conflicts() == [] and view.version > version
    view.apply_snapshot("a", [], 3)
    assert view.applications() == ["g"] and "h:y" not in view.processes
    view.apply_event("a", _report("g", "x", P.RUNNING), 4)
    view.apply_event("b", _report("g", "x", P.RUNNING), 4)
    assert [s.namespec for s in view.conflicts()] == ["g:x"]
    view.node_lost("b")
    assert view.conflicts() == []
    assert [s.namespec for s in view.match("g:*")] == ["g:x", "g:z"]


def test_loads_are_recomputed_after_a_change():
    class LoadRules(Rules):
        def program_rules(self, application, name):
            rules = super().program_rules(application, name)
            return type(rules)(**{**rules.__dict__, "loading": 10})

    view = ProcessView(LoadRules())
    view.apply_snapshot("a", [_report("g", "x", P.RUNNING), _report("g", "y", P.RUNNING)], 1)
    assert view.loading("a") == 20 and view.loading("b") == 0
    view.apply_event("a", _report("g", "y", P.STOPPED), 2)
    assert view.loading("a") == 10


def test_a_marshalled_reply_is_what_xmlrpc_would_write_also_in_a_multicall():
    values = [{"name": "x<&>", "pid": 3, "ok": True, "at": 1.5, "where": ["a", "b"]}] * 3
    cached = marshal(values)
    assert isinstance(cached, Marshalled) and cached.values() == values
    assert not hasattr(cached, "__dict__")  # the XML only: the values are not kept
    assert marshal(iter(values)).xml == cached.xml  # rendered one by one, from a generator too
    assert xmlrpc.client.dumps((marshal([]),)) == xmlrpc.client.dumps(([],))
    instance = type("Instance", (), {})()  # no entry of its own in the Marshaller: its fallback
    instance.k = 1
    odd = [True, 2**31 - 1, "s", [1, "x"], {"k": 0}, xmlrpc.client.DateTime(0), ("t",), instance]
    assert xmlrpc.client.dumps((marshal(odd),)) == xmlrpc.client.dumps((odd,))
    assert xmlrpc.client.dumps((cached,), methodresponse=True) == xmlrpc.client.dumps((values,), methodresponse=True)
    multicall = [cached, {"faultCode": 10, "faultString": "BAD_NAME"}]
    plain = [values, {"faultCode": 10, "faultString": "BAD_NAME"}]
    assert xmlrpc.client.dumps((multicall,), methodresponse=True) == xmlrpc.client.dumps((plain,), methodresponse=True)
    assert xmlrpc.client.loads(xmlrpc.client.dumps((cached,), methodresponse=True))[0][0] == values


def test_version_cache_rebuilds_only_when_the_version_moves():
    builds = []
    state = {"version": 1}
    cache = VersionCache(lambda: builds.append(1) or [{"n": len(builds)}], lambda: state["version"])
    first = cache.get()
    assert cache.get() is first and len(builds) == 1
    state["version"] = 2
    assert cache.get().values() == [{"n": 2}] and len(builds) == 2


def test_a_snapshot_repeating_a_report_keeps_when_it_was_seen():
    """last_event_time (and which node's report is the newest) must not move with a mere snapshot."""
    view = ProcessView(Rules())
    view.apply_snapshot("a", [_report("g", "x", P.RUNNING)], 1.0)
    view.apply_event("b", dict(_report("g", "x", P.STOPPED), expected=False), 2.0)
    assert view.processes["g:x"].last_report().seen == 2.0
    view.apply_snapshot("a", [_report("g", "x", P.RUNNING)], 3.0)  # same report of node a again
    last = view.processes["g:x"].last_report()
    assert last.seen == 2.0 and last.expected is False
    view.apply_snapshot("a", [dict(_report("g", "x", P.RUNNING), pid=7)], 4.0)  # a new life: a new time
    assert view.processes["g:x"].last_report().seen == 4.0
