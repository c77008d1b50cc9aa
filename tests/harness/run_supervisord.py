"""Run a command next to a real supervisord, then tear the daemon down by pid.

    python -m harness.run_supervisord [--workdir DIR] -- COMMAND...

The daemon listens on 127.0.0.1 and a free port, with auth on and the test programs of
harness.programs; the command gets SUPVISORS_TEST_URL, SUPVISORS_TEST_HOST, SUPVISORS_TEST_PORT,
SUPVISORS_TEST_USER and SUPVISORS_TEST_PASSWORD in its environment. Exit code: the command's.
Used by the Java and C++ integration tests (`make test`).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from .programs import standard_programs
from .supervisord import Node


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("no command given")
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="supvisors-run-"))
    node = Node(workdir=workdir, programs=standard_programs())
    node.start()
    env = dict(os.environ, SUPVISORS_TEST_URL=node.url, SUPVISORS_TEST_HOST=node.host,
               SUPVISORS_TEST_PORT=str(node.port), SUPVISORS_TEST_USER=node.username,
               SUPVISORS_TEST_PASSWORD=node.password)
    print(f"[run_supervisord] supervisord pid {node.pid} at {node.url} (workdir {workdir})", file=sys.stderr)
    try:
        return subprocess.call(command, env=env)
    finally:
        node.stop()


if __name__ == "__main__":
    sys.exit(main())
