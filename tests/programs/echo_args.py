"""Test program: writes its arguments (one per line) to $ECHO_ARGS_FILE, then sleeps until stopped."""

import os
import sys
import time

path = os.environ.get("ECHO_ARGS_FILE")
if path:
    with open(path, "w") as f:
        f.write("\n".join(sys.argv[1:]) + "\n")
while True:
    time.sleep(1)
