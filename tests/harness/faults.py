"""Fault injection for live tests: an rpcinterface loaded beside supvisors in a test node only.

    [rpcinterface:faults]
    supervisor.rpcinterface_factory = harness.faults:make_faults_rpcinterface

(the harness package is installed in the venv that runs the daemons: `make venv`). Its methods reach
into the node's own supvisors Cluster; nothing of this ships in the supvisors package.
"""

from __future__ import annotations


class InjectedFault(RuntimeError):
    """Raised inside the sync thread by kill_sync."""


def _boom(*args, **kwargs):
    raise InjectedFault("injected fault")


class _DeadThread:
    """A sync thread that dies as soon as it starts (kill_sync(forever=True))."""

    def __init__(self, real_factory):
        self.real_factory = real_factory

    def __call__(self, *args, **kwargs):
        thread = self.real_factory(*args, **kwargs)
        thread.encoder.encode = _boom
        return thread


class FaultsRPCInterface:
    def __init__(self, supervisord):
        self.supervisord = supervisord

    def _cluster(self):
        from supvisors.plugin import _clusters

        return _clusters[self.supervisord]

    def kill_sync(self, forever=False):
        """Make the running sync thread raise at its next heartbeat (forever: every new one too)."""
        link = self._cluster().link
        if forever and not isinstance(link.thread_factory, _DeadThread):
            link.thread_factory = _DeadThread(link.thread_factory)
        if link.thread is not None:
            link.thread.encoder.encode = _boom
        return True

    def heal_sync(self):
        link = self._cluster().link
        if isinstance(link.thread_factory, _DeadThread):
            link.thread_factory = link.thread_factory.real_factory
        return True

    def set_backoff(self, first, longest):
        link = self._cluster().link
        link.backoff, link.backoff_max = float(first), float(longest)
        return True

    def sync_status(self):
        link = self._cluster().link
        return {"alive": link.alive(), "restarts": link.restarts, "down": link.down_since is not None}


def make_faults_rpcinterface(supervisord, **config):
    return FaultsRPCInterface(supervisord)
