"""Each conciliation strategy decides the right stops on a conflict (pure units)."""

from __future__ import annotations

import pytest

from supvisors._generated.enums import ConciliationStrategies as C
from supvisors.conciliation import Decision, decide

NODES = ["n1", "n2", "n3"]
CONFLICT = {"n1": 100, "n2": 300, "n3": 200}  # n1 oldest, n2 youngest


@pytest.mark.parametrize("strategy, expected", [
    (C.SENICIDE, Decision(stop=("n1", "n3"))),            # keep the youngest (n2)
    (C.INFANTICIDE, Decision(stop=("n3", "n2"))),         # keep the oldest (n1)
    (C.USER, Decision(stop=())),
    (C.STOP, Decision(stop=("n1", "n3", "n2"))),
    (C.RESTART, Decision(stop=("n1", "n3", "n2"), restart_one=True)),
])
def test_strategy(strategy, expected):
    assert decide(strategy, CONFLICT, NODES) == expected


def test_ties_follow_address_list():
    assert decide(C.SENICIDE, {"n3": 5, "n1": 5}, NODES) == Decision(stop=("n1",))
    assert decide(C.INFANTICIDE, {"n3": 5, "n1": 5}, NODES) == Decision(stop=("n3",))


def test_every_strategy_has_a_unit():
    for strategy in C:
        assert isinstance(decide(strategy, CONFLICT, NODES), Decision)
