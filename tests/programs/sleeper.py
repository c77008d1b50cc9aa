"""Test program: does nothing until stopped; reads stdin lines and echoes them to stdout."""

import sys

for line in sys.stdin:
    print(f"got {line.strip()}", flush=True)
