"""orphans.py wraps supervisor's fork and exec: a signal sent to a child before its exec acts on it
(by default: the stop of a process that has just spawned), instead of running the copy of
supervisord's handlers that the child inherited, and being lost. Run in a subprocess of its own:
the test installs handlers and forks, as supervisord does."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap

CHILD = textwrap.dedent("""
    import os, signal, sys, types
    from supvisors import orphans

    caught = []
    for s in (signal.SIGTERM, signal.SIGHUP, signal.SIGCHLD):
        signal.signal(s, lambda n, f: caught.append(n))  # supervisord's handlers only record
    options = types.SimpleNamespace(fork=os.fork, execve=os.execve)
    orphans.install(options, None)  # the wrappers, without the parent-death signal
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, [])
    pid = options.fork()
    if pid == 0:
        os.kill(os.getpid(), signal.SIGTERM)  # supervisord stops the process before its exec
        options.execve("/bin/sh", ["sh", "-c", "exit 3"], dict(os.environ))
    _, status = os.waitpid(pid, 0)
    assert signal.pthread_sigmask(signal.SIG_BLOCK, []) == mask, "the parent's mask was not restored"
    os.kill(os.getpid(), signal.SIGHUP)  # and the parent still handles its signals
    print(os.WTERMSIG(status) if os.WIFSIGNALED(status) else f"exit {os.WEXITSTATUS(status)}",
          signal.SIGHUP in caught)
""")


def test_a_signal_before_exec_acts_on_the_child_not_on_a_copy_of_supervisord():
    out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == [str(int(signal.SIGTERM)), "True"], out.stdout  # killed by SIGTERM, not 'exit 3'
