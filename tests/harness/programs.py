"""The test programs every single-node test suite finds on its supervisord.

- group `demo`: `demo:ticker` (prints a line every 0.2 s on stdout and stderr), `demo:sleeper`;
- `echo_args` (writes its arguments to the file named by $ECHO_ARGS_FILE, then sleeps);
- `short` (exits at once with code 3: it never reaches RUNNING and ends FATAL).
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
        Program("short", f"{python} -c 'import sys; sys.exit(3)'", startsecs=1,
                extra={"exitcodes": "0", "startretries": "0"}),
    ]
