"""The autostarts of supervisord's start spread over the turns of its loop (pacer.py), with fake
processes: what each turn spawns, in supervisor's order, and when the pacing is over."""

from __future__ import annotations

import types

from supervisor.states import ProcessStates, SupervisorStates

from supvisors.pacer import Pacer


class Clock:
    now = 0.0

    def __call__(self):
        return self.now


class FakeProcess:
    """Spawning costs `cost` seconds of the clock; transition spawns an autostart STOPPED process."""

    def __init__(self, name, clock, spawned, autostart=True, cost=0.011):
        self.config = types.SimpleNamespace(name=name, autostart=autostart)
        self.state, self.laststart = ProcessStates.STOPPED, 0
        self.clock, self.spawned, self.cost = clock, spawned, cost

    def transition(self):
        if self.state == ProcessStates.STOPPED and not self.laststart and self.config.autostart:
            self.clock.now += self.cost
            self.state, self.laststart = ProcessStates.STARTING, 1
            self.spawned.append(self.config.name)


def make(count, **kw):
    clock, spawned, woken = Clock(), [], []
    processes = {f"p{i}": FakeProcess(f"p{i}", clock, spawned, **kw) for i in range(count)}
    group = types.SimpleNamespace(processes=processes)
    supervisord = types.SimpleNamespace(process_groups={"g": group},
                                        options=types.SimpleNamespace(mood=SupervisorStates.RUNNING))
    pacer = Pacer(lambda: woken.append(1), budget=0.05, clock=clock)
    pacer.install(supervisord)
    return pacer, supervisord, group, spawned, woken


def turn(pacer, supervisord, group):
    over = pacer.new_turn(supervisord)
    for process in list(group.processes.values()):
        process.transition()
    return over


def test_each_turn_spawns_within_its_budget_in_order_and_wakes_the_next():
    pacer, supervisord, group, spawned, woken = make(12)
    assert not turn(pacer, supervisord, group)
    assert spawned == ["p0", "p1", "p2", "p3", "p4"] and woken == [1]  # 5 x 11 ms: the budget (50 ms) is spent
    assert not turn(pacer, supervisord, group)
    assert spawned[5:] == ["p5", "p6", "p7", "p8", "p9"] and woken == [1, 1]
    assert not turn(pacer, supervisord, group) and len(spawned) == 12 and pacer.pacing
    assert pacer.new_turn(supervisord) and not pacer.pacing  # said once, at the turn after the last
    assert not pacer.new_turn(supervisord)
    assert all("transition" not in vars(p) for p in group.processes.values())  # supervisor's own again


def test_a_program_started_by_a_user_or_removed_before_its_turn_is_left_alone():
    pacer, supervisord, group, spawned, _ = make(12)
    turn(pacer, supervisord, group)
    group.processes["p9"].state, group.processes["p9"].laststart = ProcessStates.RUNNING, 5  # startProcess
    del group.processes["p10"]  # supervisorctl remove
    del group.processes["p11"]
    turn(pacer, supervisord, group)
    assert spawned == [f"p{i}" for i in range(9)] and not pacer.waiting
    assert pacer.new_turn(supervisord)


def test_nothing_is_paced_without_autostart_and_a_stop_ends_the_pacing():
    pacer, *_ = make(3, autostart=False)
    assert not pacer.pacing and not pacer.waiting
    pacer, supervisord, group, spawned, _ = make(12, cost=0.1)
    turn(pacer, supervisord, group)
    supervisord.options.mood = SupervisorStates.SHUTDOWN  # supervisor spawns nothing any more
    assert pacer.new_turn(supervisord) and not pacer.waiting and spawned == ["p0"]
