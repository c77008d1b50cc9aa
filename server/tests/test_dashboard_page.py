"""The dashboard's HTML (unit tier): escaping, conflicts, the states' classes, the live parts."""

from __future__ import annotations

from supvisors import dashboard_page


def _state(**kw):
    state = {"state": {"statecode": 2, "statename": "OPERATION"}, "master": "n1", "address": "n1", "now": 1000.0,
             "nodes": [{"address_name": "n1", "statecode": 2, "statename": "RUNNING", "remote_time": 999,
                        "local_time": 999, "loading": 130}],
             "applications": [{"application_name": "web", "statecode": 4, "statename": "RUNNING",
                               "major_failure": True, "minor_failure": False}],
             "processes": [{"application_name": "web", "process_name": "db", "statecode": 20, "statename": "RUNNING",
                            "addresses": ["n1", "n2"], "expected_exit": True, "last_event_time": 990}],
             "conflicts": [{"process_name": "web:db", "state": "RUNNING", "address": ["n1", "n2"]}]}
    state.update(kw)
    return state


def test_a_conflict_is_highlighted_with_a_conciliate_action():
    page = dashboard_page.page(_state(), "tok")
    assert 'id="proc-web:db" class="proc conflict" data-state="RUNNING"' in page
    assert "1 conflict(s)" in page and 'value="conciliate"' in page and "<option selected>SENICIDE</option>" in page
    assert "major failure" in page and "minor failure" not in page
    assert 'style="width:100%"' in page  # a load over 100% is drawn full, not beyond
    assert dashboard_page.page(_state(conflicts=[]), "tok").count('value="conciliate"') == 0


def test_every_value_is_escaped():
    evil = "<script>alert(1)</script>"
    state = _state(processes=[{"application_name": evil, "process_name": '"><img src=x>', "statecode": 20,
                               "statename": "RUNNING", "addresses": [evil], "last_event_time": 0}], conflicts=[])
    page = dashboard_page.page(state, 'tok"><b>', message=evil, failed=True)
    assert evil not in page and "<img src=x>" not in page and 'tok"><b>' not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and 'class="message failed"' in page


def test_the_live_parts_are_the_page_parts():
    state = _state()
    live = dashboard_page.live_parts(state, "tok")
    page = dashboard_page.page(state, "tok")
    assert set(live["parts"]) == set(dashboard_page.LIVE_PARTS) and live["now"] == 1000.0
    for part in live["parts"].values():
        assert part in page
