"""Test program: a line on stdout and on stderr every 0.2 s until stopped."""

import sys
import time

n = 0
while True:
    print(f"tick {n}", flush=True)
    print(f"tock {n}", file=sys.stderr, flush=True)
    n += 1
    time.sleep(0.2)
