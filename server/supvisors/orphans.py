"""Programs of a node do not outlive its supervisord (setting `orphan_signal`, default KILL).

When a supervisord dies without stopping its programs (kill -9, OOM killer, a crash), its programs
would go on running unmanaged; the master restarts the required ones on another node, and they would
run twice. So every program is started with Linux's parent-death signal (prctl PR_SET_PDEATHSIG):
when the supervisord that forked it dies, the kernel sends it `orphan_signal`. It is set in the child
between supervisor's fork and exec (ServerOptions.fork and .execve are wrapped on the options object),
and the child checks that its parent did not die before the setting took effect. A program started
through a shell gets the signal in the shell only (its own children are its business, as with
supervisor's stopasgroup). `orphan_signal = none` turns this off. Linux only (elsewhere: no effect).

The same wrappers close a window of supervisor's: a signal sent to a child between its fork and its
exec (supervisord stopping a process that has just spawned, e.g. RUNNING at once with startsecs=0)
ran the child's copy of supervisord's handlers, which only record it, and was lost: the program then
ran on. The signals supervisord handles are blocked across the fork; the child sets them back to
their default action just before exec, and unblocks them: a signal sent meanwhile acts then.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys

PR_SET_PDEATHSIG = 1
# the signals that supervisord handles (supervisor.options.SignalReceiver)
HANDLED = (signal.SIGTERM, signal.SIGINT, signal.SIGQUIT, signal.SIGHUP, signal.SIGUSR2, signal.SIGCHLD)


def _prctl():
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None


def install(options, signum: int | None) -> bool:
    """Wrap options.fork/.execve (once per options object); return True if the signal is set up."""
    if getattr(options, "_supvisors_orphans", None) is not None:
        options._supvisors_orphans["signal"] = signum  # a restart of supervisord may change the setting
        return signum is not None
    prctl = _prctl()
    if prctl is None:
        return False
    state: dict = {"signal": signum, "parent": 0}
    fork, execve = options.fork, options.execve

    def fork_wrapper():
        state["parent"] = os.getpid()  # inherited by the child: its supervisord
        mask = signal.pthread_sigmask(signal.SIG_BLOCK, HANDLED)
        try:
            pid = fork()
        except BaseException:
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)
            raise
        if pid == 0:
            state["mask"] = mask  # the child's own copy: restored just before its exec
        else:
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        return pid

    def execve_wrapper(filename, argv, env):
        mask = state.pop("mask", None)
        if mask is not None:  # in the child: default actions, then what was sent since the fork acts
            for signum in HANDLED:
                signal.signal(signum, signal.SIG_DFL)
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        if state["signal"] is not None:  # in the child, just before exec
            prctl(PR_SET_PDEATHSIG, state["signal"], 0, 0, 0)
            if os.getppid() != state["parent"]:
                os.kill(os.getpid(), state["signal"])  # supervisord died before the signal was set up
        return execve(filename, argv, env)

    options.fork, options.execve = fork_wrapper, execve_wrapper
    options._supvisors_orphans = state
    return signum is not None
