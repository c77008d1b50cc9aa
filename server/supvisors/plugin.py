"""Entry point for supervisord:

    [rpcinterface:supvisors]
    supervisor.rpcinterface_factory = supvisors.plugin:make_supvisors_rpcinterface
    address_list = 127.0.0.1 127.0.0.2 127.0.0.3
    ...

supervisord calls the factory once per HTTP server section, and again (in the same process) after
every restart (SIGHUP or supervisor.restart), after clearing its event subscriptions. So the factory
builds one Cluster per supervisord run and shares it between the sections; the sync thread starts
on SupervisorRunningEvent (after daemonize forks) and stops on SupervisorStoppingEvent.
"""

from __future__ import annotations

import socket
import weakref

from supervisor import http
from supervisor.medusa import http_server

from ._generated import faults
from .cluster import Cluster
from .options import parse_options
from .rpcinterface import SupvisorsNamespaceRPCInterface
from .rules import Rules, parse_rules

faults.install()

_clusters: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _tune_http_server() -> None:
    """Two changes to supervisor's HTTP server, for every namespace (see ARCHITECTURE.md):
    - TCP_NODELAY on accepted sockets (no Nagle/delayed-ACK stall on keep-alive connections);
    - 64 KiB writes instead of 4 KiB: supervisord sends one write per loop iteration, and an
      iteration costs ~0.25 ms with a few hundred processes, so a 180 KB reply took ~45 iterations."""
    http.deferring_http_channel.ac_out_buffer_size = 1 << 16
    _enable_tcp_nodelay()


def _enable_tcp_nodelay() -> None:
    """Supervisor's HTTP server writes a reply in pieces; with Nagle on, a keep-alive client waits for
    the delayed ACK (~40 ms) between them. TCP_NODELAY on every accepted HTTP socket removes that stall."""
    original = http_server.http_channel.__init__
    if getattr(original, "_supvisors_nodelay", False):
        return

    def __init__(self, server, conn, addr):
        if conn.family in (socket.AF_INET, socket.AF_INET6):
            try:
                conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            except OSError:
                pass
        original(self, server, conn, addr)

    __init__._supvisors_nodelay = True
    http_server.http_channel.__init__ = __init__


def make_supvisors_rpcinterface(supervisord, **config):
    cluster = _clusters.get(supervisord)
    if cluster is None:
        opts = parse_options(config, supervisord.options.server_configs)
        rules = parse_rules(opts.deployment_file, opts.address_list) if opts.deployment_file else Rules()
        _tune_http_server()
        cluster = Cluster(supervisord, opts, rules)
        cluster.subscribe()
        _clusters[supervisord] = cluster
    return SupvisorsNamespaceRPCInterface(cluster)
