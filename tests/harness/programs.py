"""The test programs every single-node test suite finds on its supervisord.

- group `demo`: `demo:ticker` (prints a line every 0.2 s on stdout and stderr), `demo:sleeper`;
- `echo_args` (writes its arguments to the file named by $ECHO_ARGS_FILE, then sleeps);
- `short` (exits at once with code 3: it never reaches RUNNING and ends FATAL).
`deployment_programs` and `bench_programs` serve the deployment tests and benchmark.
All are autostart=false, so each test controls them.
"""

from __future__ import annotations

import sys

from .supervisord import PROGRAMS_DIR, Program


def standard_programs(python: str = sys.executable) -> list[Program]:
    ticker = f"{python} -u {PROGRAMS_DIR / 'ticker.py'}"
    return [
        Program("ticker", ticker, group="demo"),
        Program("sleeper", f"{python} {PROGRAMS_DIR / 'sleeper.py'}", group="demo"),
        Program("echo_args", f"{python} {PROGRAMS_DIR / 'echo_args.py'}"),
        Program("short", "/bin/sh -c 'exit 3'", startsecs=3,  # a shell: no interpreter start-up under load
                extra={"exitcodes": "0", "startretries": "0"}),
    ]


def deployment_programs(python: str = sys.executable) -> list[Program]:
    """The programs of the deployment tests (server/tests/test_deployment_live.py), on every node.

    - `seq`: first (start_sequence 1), second_a/second_b (2), third (3); stop sequences reversed;
    - `exiter`: init (wait_exit: runs 0.3 s and exits 0), after (sequence 2);
    - `optfail` / `reqfail`: good (RUNNING) and bad (a command that does not exist: spawn error);
    - `load`: w1..w7 of loading 40; `spread`: s1..s6 of loading 10; `pinned`: runs on node 3 only;
    - `auto` (application start_sequence 1) and `autofail` (2, its only program cannot start): the
      automatic deployment; `slow`: never RUNNING (startsecs 60) to hit command_timeout;
    - `echo_args` (writes its arguments to <node workdir>/echo_args.out), `argsruled:p` (start_sequence 1: extra arguments refused).
    """
    sleeper = f"{python} {PROGRAMS_DIR / 'sleeper.py'}"
    echo = f"{python} {PROGRAMS_DIR / 'echo_args.py'}"
    bad = "/nonexistent/supvisors-test-program"
    exiter = f"{python} -c 'import time; time.sleep(0.3)'"
    progs = [Program(n, sleeper, group="seq") for n in ("first", "second_a", "second_b", "third")]
    progs += [Program("init", exiter, group="exiter", extra={"exitcodes": "0"}),
              Program("after", sleeper, group="exiter")]
    for group in ("optfail", "reqfail"):
        progs += [Program("good", sleeper, group=group), Program("bad", bad, group=group)]
    progs += [Program(f"w{i}", sleeper, group="load") for i in range(1, 8)]
    progs += [Program(f"s{i}", sleeper, group="spread") for i in range(1, 7)]
    progs += [Program("p", sleeper, group="pinned"), Program("a1", sleeper, group="auto"),
              Program("a2", sleeper, group="auto"), Program("bad", bad, group="autofail"),
              Program("slow", sleeper, group="slow", startsecs=60),
              Program("echo_args", echo, extra={"environment": 'ECHO_ARGS_FILE="%(here)s/echo_args.out"'}),
              Program("p", echo, group="argsruled")]
    return progs


def bench_programs(count: int, python: str = sys.executable, light: bool = True) -> list[Program]:
    """`bench:p01`..: `count` idle programs for the deployment benchmark (bench/deployment.py).

    light: `sleep 3600` (exec'd at once), so that the figures measure the deployment and not the CPU
    that 30 Python interpreters starting at once take from the daemons; else tests/programs/sleeper.py.
    """
    command = "sleep 3600" if light else f"{python} {PROGRAMS_DIR / 'sleeper.py'}"
    return [Program(f"p{i:02d}", command, group="bench") for i in range(1, count + 1)]
