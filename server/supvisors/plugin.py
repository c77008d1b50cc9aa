"""Entry point for supervisord:

    [rpcinterface:supvisors]
    supervisor.rpcinterface_factory = supvisors.plugin:make_supvisors_rpcinterface
    address_list = 127.0.0.1 127.0.0.2 127.0.0.3
    ...

supervisord calls the factory once per HTTP server section, and again (in the same process) after
every restart (SIGHUP or supervisor.restart), after clearing its event subscriptions. So the factory
builds one Cluster per supervisord run and shares it between the sections; the sync thread starts
on SupervisorRunningEvent (after daemonize forks) and stops on SupervisorStoppingEvent.

The factory runs before supervisord daemonizes, while its stderr is still the terminal. Everything
that would keep the node from working is checked here, the way supervisor binds its own HTTP port:
the settings, the rules file, and that internal_port and event_port can be bound at the node's
address (a taken port, or an address that is not on this host). A refusal ends supervisord with
exit code 2 and one line on stderr: `Error: supvisors: <reason>` (see `_refuse`).
"""

from __future__ import annotations

import errno
import os
import socket
import weakref

from supervisor import events, http, loggers
from supervisor.medusa import http_server
from supervisor.options import UnhosedConfigParser

from . import dashboard, orphans
from ._generated import faults
from .cluster import Cluster
from .options import ConfigError, SupvisorsOptions, parse_options
from .rpcinterface import SupvisorsNamespaceRPCInterface
from .rules import Rules, RulesError, parse_rules

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


def check_ports(opts: SupvisorsOptions) -> None:
    """Bind internal_port at the node's address and event_port at each event address for a moment;
    ConfigError if one cannot be (taken, or an address that is not on this host), naming the setting,
    address and port."""
    binds = [("internal_port", opts.address, opts.internal_port)]
    binds += [("event_port", a, opts.event_port) for a in opts.event_binds]
    for name, address, port in binds:
        host = "0.0.0.0" if address == "*" else address
        where = f"{address}:{port}"
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as exc:
            raise ConfigError(f"supvisors: address {address} of this node cannot be resolved: "
                              f"{exc.strerror or exc}") from None
        family, kind, proto, _, sockaddr = infos[0]
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as ZeroMQ binds: TIME_WAIT is fine
            try:
                probe.bind(sockaddr)
            except OSError as exc:
                if exc.errno == errno.EADDRINUSE:
                    raise ConfigError(f"supvisors: {name} {where} is already in use") from None
                if exc.errno == errno.EADDRNOTAVAIL:
                    raise ConfigError(f"supvisors: address {address} is not an address of this host "
                                      f"({name} {where} cannot be bound)") from None
                raise ConfigError(f"supvisors: {name} {where} cannot be bound: {exc.strerror or exc}") from None


def _refuse(supervisord, reason: str) -> None:
    """Make supervisord print `Error: <reason>` instead of its generic `Could not make supvisors rpc
    interface`. supervisor catches everything a factory raises (also SystemExit), logs the traceback and
    raises that generic ValueError, which ServerOptions.usage prints before exiting with code 2: so
    `usage`, for this one call, prints our reason."""
    options = supervisord.options
    original = options.usage

    def usage(msg):
        options.usage = original
        original(reason if str(msg).startswith("Could not make ") else msg)

    options.usage = usage


def original_section(configfile: str | None) -> dict[str, str]:
    """The `[supvisors]` section of the supervisord configuration file, where the original Supvisors
    read its settings (`%(here)s` expanded); {} if there is none."""
    if not configfile:
        return {}
    parser = UnhosedConfigParser()
    try:
        parser.read(configfile)
    except Exception as exc:  # supervisord has read this file already: this is not expected
        raise ConfigError(f"supvisors: cannot read the [supvisors] section of {configfile}: {exc}") from None
    if not parser.has_section("supvisors"):
        return {}
    parser.expand_here(os.path.dirname(os.path.abspath(configfile)))
    return {key: parser.saneget("supvisors", key) for key in parser.options("supvisors")}


def merged_settings(config: dict[str, str], section: dict[str, str]) -> dict[str, str]:
    """The settings of `[rpcinterface:supvisors]` and of an original `[supvisors]` section: a key in
    both must have the same value."""
    for key in set(config) & set(section):
        if str(config[key]).strip() != str(section[key]).strip():
            raise ConfigError(f"supvisors: {key} is set differently in [supvisors] ({section[key]!r}) and "
                              f"[rpcinterface:supvisors] ({config[key]!r})")
    return {**section, **config}


def plugin_logger(supervisord_logger, opts: SupvisorsOptions):
    """supervisord's logger, or the plugin's own log file (`logfile`, rotated like supervisord's)."""
    if opts.logfile is None:
        return supervisord_logger
    logger = loggers.getLogger(opts.loglevel)
    loggers.handle_file(logger, str(opts.logfile), "%(asctime)s %(levelname)s %(message)s\n", rotating=True,
                        maxbytes=opts.logfile_maxbytes, backups=opts.logfile_backups)
    return logger


def make_supvisors_rpcinterface(supervisord, **config):
    cluster = _clusters.get(supervisord)
    if cluster is None:
        try:
            config = merged_settings(config, original_section(supervisord.options.configfile))
            opts = parse_options(config, supervisord.options.server_configs)
            rules = parse_rules(opts.deployment_file, opts.address_list) if opts.deployment_file else Rules()
            check_ports(opts)
        except ConfigError as exc:
            _refuse(supervisord, str(exc))
            raise
        except RulesError as exc:
            _refuse(supervisord, f"supvisors: {exc}")
            raise
        if opts.secret_derived:
            supervisord.options.logger.warn(
                "supvisors: the node channel's key is derived from the inet_http_server credentials; set "
                "shared_secret_file to a long random secret (docs/security.md)")
        for key in opts.not_provided:
            supervisord.options.logger.warn(
                f"supvisors: {key} is accepted for compatibility with the original Supvisors and has no effect "
                "(docs/configuration.md)")
        orphans.install(supervisord.options, opts.orphan_signal)
        _tune_http_server()
        cluster = Cluster(supervisord, opts, rules, logger=plugin_logger(supervisord.options.logger, opts))
        cluster.subscribe()
        _clusters[supervisord] = cluster
    rpc = SupvisorsNamespaceRPCInterface(cluster)
    # The dashboard joins supervisord's HTTP servers once they exist (this factory runs while they are
    # being made); supervisord clears the subscriptions at each (re)start, and calls this factory again.
    events.subscribe(events.SupervisorRunningEvent, lambda event: dashboard.install(supervisord, cluster, rpc))
    return rpc
