"""Demo program: logs a heartbeat line every second until stopped."""

import os
import sys
import time

name = os.environ.get("SUPERVISOR_PROCESS_NAME", "service")
print(f"{name} started with args {sys.argv[1:]}", flush=True)
n = 0
while True:
    time.sleep(1)
    n += 1
    print(f"{name} alive {n}", flush=True)
