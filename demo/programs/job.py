"""Demo program: a short job that does its work and exits with 0."""

import time

print("job running", flush=True)
time.sleep(0.5)
print("job done", flush=True)
