"""Settings of the plugin: the keys of the `[rpcinterface:supvisors]` section, validated at startup.

Every setting has a documented default (see docs/configuration.md). A wrong value raises
ConfigError (a ValueError, which supervisord reports as a usage error before it starts): the node
never starts half-configured.
"""

from __future__ import annotations

import hashlib
import signal
import socket
from pathlib import Path
from typing import Any

from ._generated.enums import ConciliationStrategies, DeploymentStrategies
from .channel import CurveError, CurveKeys, load_keys
from .gossip import min_periods
from .records import field, record
from .wire import MAX_MESSAGE

DEFAULTS: dict[str, Any] = {
    "internal_port": 65001,
    "event_port": 65002,
    "auto_fence": False,
    "synchro_timeout": 10.0,
    "conciliation_strategy": "USER",
    "deployment_strategy": "CONFIG",
    "heartbeat_period": 0.25,
    "silence_threshold": 1.0,
    "gossip_fanout": 0,  # 0: heartbeats all-to-all; k: unchanged ones to k peers, with news (gossip.py)
    "command_timeout": 10.0,  # s: bound of each start/stop step of the deployment (ARCHITECTURE.md)
    "orphan_signal": "KILL",  # sent to the programs when their supervisord dies (orphans.py); none: off
    "max_message_size": "auto",  # bytes of the largest message accepted from a peer (docs/security.md)
    "event_curve": False,  # the event stream requires CURVE (needs curve_keys_dir)
    "event_addresses": "auto",  # where the event stream is bound: auto = the node's address (+ 127.0.0.1)
    # the plugin's own log, as the original Supvisors had (AUTO: supervisord's log)
    "logfile": "AUTO",
    "logfile_maxbytes": "50MB",
    "logfile_backups": 10,
    "loglevel": "info",
}
# Settings of the original Supvisors that are accepted with one WARN: statistics are not provided, and
# INITIALIZATION ends when every node is RUNNING or after synchro_timeout (docs/configuration.md).
NOT_PROVIDED = ("stats_periods", "stats_histo", "stats_irix_mode", "force_synchro_if")
# The original names of two settings.
ALIASES = {"rules_file": "deployment_file", "starting_strategy": "deployment_strategy"}
KDF_ITERATIONS = 200_000  # PBKDF2-HMAC-SHA256 of the derived key: ~0.1 s once per start, per guess too
MAX_FANOUT = 16  # gossip_fanout: above, all-to-all costs less
MIN_MESSAGE_SIZE = 256 * 1024  # "auto": at least this, else 8 x the local snapshot (Cluster.start)


class ConfigError(ValueError):
    """A setting of [rpcinterface:supvisors] is wrong; the message names it."""


def _bool(name: str, raw: str) -> bool:
    value = str(raw).strip().lower()
    if value in ("true", "yes", "on", "1"):
        return True
    if value in ("false", "no", "off", "0"):
        return False
    raise ConfigError(f"supvisors: {name}={raw!r} is not a boolean (true/false)")


def _port(name: str, raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"supvisors: {name}={raw!r} is not a port number") from None
    if not 1 <= value <= 65535:
        raise ConfigError(f"supvisors: {name}={value} is not in [1;65535]")
    return value


def _seconds(name: str, raw: str, low: float, high: float) -> float:
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"supvisors: {name}={raw!r} is not a number of seconds") from None
    if not low <= value <= high:
        raise ConfigError(f"supvisors: {name}={value} is not in [{low};{high}] seconds")
    return value


def _enum(name: str, raw: str, enum) -> Any:
    try:
        return enum[str(raw).strip().upper()]
    except KeyError:
        names = ", ".join(m.name for m in enum)
        raise ConfigError(f"supvisors: {name}={raw!r} is not one of {names}") from None


def _signal(name: str, raw: str) -> int | None:
    value = str(raw).strip().upper()
    if value in ("NONE", "OFF", "FALSE", "NO", "0"):
        return None
    try:
        return int(signal.Signals[value if value.startswith("SIG") else f"SIG{value}"])
    except KeyError:
        raise ConfigError(f"supvisors: {name}={raw!r} is not a signal name (KILL, TERM...) or none") from None


@record
class SupvisorsOptions:
    address_list: list[str]
    address: str
    deployment_file: Path | None = None
    internal_port: int = DEFAULTS["internal_port"]
    event_port: int = DEFAULTS["event_port"]
    auto_fence: bool = DEFAULTS["auto_fence"]
    synchro_timeout: float = DEFAULTS["synchro_timeout"]
    conciliation_strategy: ConciliationStrategies = ConciliationStrategies.USER
    deployment_strategy: DeploymentStrategies = DeploymentStrategies.CONFIG
    heartbeat_period: float = DEFAULTS["heartbeat_period"]
    silence_threshold: float = DEFAULTS["silence_threshold"]
    gossip_fanout: int = DEFAULTS["gossip_fanout"]
    command_timeout: float = DEFAULTS["command_timeout"]
    orphan_signal: int | None = int(signal.SIGKILL)
    max_message_size: int = MIN_MESSAGE_SIZE
    max_message_auto: bool = True
    curve_keys_dir: Path | None = None
    curve_keys: CurveKeys | None = field(default=None, repr=False)
    event_curve: bool = False
    secret_derived: bool = False  # no shared_secret(_file): the key comes from the HTTP credentials
    secret: bytes = field(default=b"", repr=False)
    event_addresses: list[str] = field(default_factory=list)  # [] = [address]
    logfile: Path | None = None       # None: supervisord's own log
    logfile_maxbytes: int = 50 * 1024 * 1024
    logfile_backups: int = 10
    loglevel: int = 20                # supervisor.loggers.LevelsByName.INFO
    not_provided: list[str] = field(default_factory=list)  # original settings given but not implemented

    @property
    def event_binds(self) -> list[str]:
        return self.event_addresses or [self.address]


def local_names(server_configs: list[dict]) -> list[str]:
    """The names this host answers to: the inet_http_server host first, then host names and IPs."""
    names = [c["host"] for c in server_configs if c.get("family") == socket.AF_INET and c.get("host")]
    hostname = socket.gethostname()
    names += [hostname, socket.getfqdn()]
    try:
        names += socket.gethostbyname_ex(hostname)[2]
    except OSError:
        pass
    return names


def find_self(address_list: list[str], server_configs: list[dict]) -> str:
    """The entry of address_list that designates this node (see docs/configuration.md)."""
    http_hosts = [c["host"] for c in server_configs if c.get("family") == socket.AF_INET and c.get("host")]
    # The inet_http_server host is the most precise: several nodes on one machine differ only by it.
    for host in http_hosts:
        if host in address_list:
            return host
    for name in local_names(server_configs):
        if name in address_list:
            return name
    raise ConfigError(
        f"supvisors: this node is not in address_list {address_list}: set `address` in "
        f"[rpcinterface:supvisors] or list one of {sorted(set(local_names(server_configs)))}")


def _secret(config: dict, server_configs: list[dict], address_list: list[str]) -> bytes:
    if config.get("shared_secret"):
        return str(config["shared_secret"]).encode()
    if config.get("shared_secret_file"):
        path = Path(config["shared_secret_file"])
        try:
            data = path.read_bytes().strip()
        except OSError as exc:
            raise ConfigError(f"supvisors: shared_secret_file {path}: {exc.strerror}") from None
        if not data:
            raise ConfigError(f"supvisors: shared_secret_file {path} is empty")
        return data
    # No explicit secret: derive one from the HTTP credentials, which every node of a cluster shares,
    # with a slow KDF and a cluster salt, so that a sniffed message is costly to brute-force offline.
    for c in server_configs:
        if c.get("password"):
            salt = ("supvisors:" + " ".join(sorted(address_list))).encode()
            return hashlib.pbkdf2_hmac("sha256", f"{c.get('username')}:{c['password']}".encode(), salt,
                                       KDF_ITERATIONS)
    raise ConfigError("supvisors: no shared_secret, shared_secret_file or inet_http_server password: "
                      "the sync channel must be authenticated")


KNOWN_KEYS = {"address_list", "address", "deployment_file", "shared_secret", "shared_secret_file",
              "curve_keys_dir", *DEFAULTS, *NOT_PROVIDED, *ALIASES}


def _is_local(address: str) -> bool:
    """True if address can be bound on this host."""
    try:
        infos = socket.getaddrinfo(address, 0, type=socket.SOCK_STREAM)
        with socket.socket(infos[0][0], infos[0][1]) as probe:
            probe.bind(infos[0][4])
        return True
    except OSError:
        return False


def _event_addresses(raw: str, address: str, address_list: list[str]) -> list[str]:
    """auto: the node's address, plus 127.0.0.1 when no other node of address_list is on this host
    (the original subscribers connect to localhost); else the addresses given."""
    raw = str(raw).strip()
    if raw.lower() == "auto":
        alone = not any(_is_local(a) for a in address_list if a != address)
        loopback = "127.0.0.1"
        extra = [loopback] if alone and address != loopback and not _same_host_name(address, loopback) else []
        return [address, *extra]
    addresses = [a for a in raw.replace(",", " ").split() if a]
    if not addresses:
        raise ConfigError("supvisors: event_addresses is empty (auto, or addresses of this host)")
    for a in addresses:
        if a != "*" and not _is_local(a):
            raise ConfigError(f"supvisors: event_addresses: {a} is not an address of this host")
    return list(dict.fromkeys(addresses))


def _same_host_name(a: str, b: str) -> bool:
    try:
        return socket.gethostbyname(a) == socket.gethostbyname(b)
    except OSError:
        return False


def _parsed(config: dict[str, str], name: str, parse, what: str):
    raw = config.get(name, DEFAULTS[name])
    try:
        return parse(str(raw))
    except ValueError:
        raise ConfigError(f"supvisors: {name}={raw!r} is not {what}") from None


def _logging(config: dict[str, str], opts: SupvisorsOptions) -> None:
    from supervisor.datatypes import byte_size, logging_level
    raw = str(config.get("logfile", "AUTO")).strip()
    if raw and raw.upper() != "AUTO":
        opts.logfile = Path(raw)
        if not opts.logfile.parent.is_dir():
            raise ConfigError(f"supvisors: logfile {raw}: directory {opts.logfile.parent} does not exist")
    opts.logfile_maxbytes = _parsed(config, "logfile_maxbytes", byte_size, "a size (e.g. 50MB)")
    opts.logfile_backups = _parsed(config, "logfile_backups", int, "an integer")
    if opts.logfile_backups < 0:
        raise ConfigError(f"supvisors: logfile_backups={opts.logfile_backups} is negative")
    opts.loglevel = _parsed(config, "loglevel", logging_level,
                            "one of critical, error, warn, info, debug, trace, blather")


def _aliases(config: dict[str, str]) -> dict[str, str]:
    config = dict(config)
    for old, new in ALIASES.items():
        if old in config:
            if new in config and config[new] != config[old]:
                raise ConfigError(f"supvisors: {old} (the original name of {new}) and {new} differ")
            config[new] = config.pop(old)
    return config


def parse_options(config: dict[str, str], server_configs: list[dict]) -> SupvisorsOptions:
    """Validate the section's keys (strings, as supervisord passes them)."""
    unknown = set(config) - KNOWN_KEYS
    if unknown:
        raise ConfigError(f"supvisors: unknown setting(s) {sorted(unknown)}; known: {sorted(KNOWN_KEYS)}")
    config = _aliases(config)
    raw_list = config.get("address_list", "")
    address_list = [a for a in raw_list.replace(",", " ").split() if a]
    if not address_list:
        address_list = [socket.gethostname()]
    if len(set(address_list)) != len(address_list):
        raise ConfigError(f"supvisors: address_list {address_list} has duplicates")
    address = config.get("address") or find_self(address_list, server_configs)
    if address not in address_list:
        raise ConfigError(f"supvisors: address {address!r} is not in address_list {address_list}")
    deployment_file = None
    if config.get("deployment_file"):
        deployment_file = Path(config["deployment_file"])
        if not deployment_file.is_file():
            raise ConfigError(f"supvisors: deployment_file {deployment_file} does not exist")
    opts = SupvisorsOptions(
        address_list=address_list,
        address=address,
        deployment_file=deployment_file,
        internal_port=_port("internal_port", config.get("internal_port", DEFAULTS["internal_port"])),
        event_port=_port("event_port", config.get("event_port", DEFAULTS["event_port"])),
        auto_fence=_bool("auto_fence", config.get("auto_fence", DEFAULTS["auto_fence"])),
        synchro_timeout=_seconds("synchro_timeout", config.get("synchro_timeout", DEFAULTS["synchro_timeout"]),
                                 0.1, 3600),
        conciliation_strategy=_enum("conciliation_strategy",
                                    config.get("conciliation_strategy", DEFAULTS["conciliation_strategy"]),
                                    ConciliationStrategies),
        deployment_strategy=_enum("deployment_strategy",
                                  config.get("deployment_strategy", DEFAULTS["deployment_strategy"]),
                                  DeploymentStrategies),
        heartbeat_period=_seconds("heartbeat_period", config.get("heartbeat_period", DEFAULTS["heartbeat_period"]),
                                  0.01, 60),
        silence_threshold=_seconds("silence_threshold",
                                   config.get("silence_threshold", DEFAULTS["silence_threshold"]), 0.05, 600),
        command_timeout=_seconds("command_timeout", config.get("command_timeout", DEFAULTS["command_timeout"]),
                                 0.1, 3600),
        orphan_signal=_signal("orphan_signal", config.get("orphan_signal", DEFAULTS["orphan_signal"])),
        event_curve=_bool("event_curve", config.get("event_curve", DEFAULTS["event_curve"])),
        secret=_secret(config, server_configs, address_list),
    )
    opts.secret_derived = not (config.get("shared_secret") or config.get("shared_secret_file"))
    opts.event_addresses = _event_addresses(config.get("event_addresses", "auto"), address, address_list)
    _logging(config, opts)
    opts.not_provided = [k for k in NOT_PROVIDED if k in config]
    raw_size = str(config.get("max_message_size", "auto")).strip().lower()
    if raw_size != "auto":
        try:
            opts.max_message_size, opts.max_message_auto = int(raw_size), False
        except ValueError:
            raise ConfigError(f"supvisors: max_message_size={raw_size!r} is not a number of bytes or auto") from None
        if not 1024 <= opts.max_message_size <= MAX_MESSAGE:
            raise ConfigError(f"supvisors: max_message_size={opts.max_message_size} is not in [1024;{MAX_MESSAGE}]")
    if config.get("curve_keys_dir"):
        opts.curve_keys_dir = Path(config["curve_keys_dir"])
        try:
            opts.curve_keys = load_keys(opts.curve_keys_dir, address, address_list)
        except CurveError as exc:
            raise ConfigError(f"supvisors: curve_keys_dir: {exc}") from None
    elif opts.event_curve:
        raise ConfigError("supvisors: event_curve needs curve_keys_dir (the node's key pair)")
    if opts.internal_port == opts.event_port:
        raise ConfigError("supvisors: internal_port and event_port must differ")
    opts.gossip_fanout = _parsed(config, "gossip_fanout", int, "a number of peers (0: all-to-all)")
    if not 0 <= opts.gossip_fanout <= MAX_FANOUT:
        raise ConfigError(f"supvisors: gossip_fanout={opts.gossip_fanout} is not in [0;{MAX_FANOUT}]")
    periods = min_periods(len(address_list))
    if opts.gossip_fanout and opts.silence_threshold < periods * opts.heartbeat_period:
        nodes = f"{len(address_list)} node{'s' if len(address_list) > 1 else ''}"
        raise ConfigError(f"supvisors: with gossip_fanout and {nodes}, silence_threshold "
                          f"({opts.silence_threshold}s) must be at least {periods} times heartbeat_period "
                          f"({opts.heartbeat_period}s)")
    if opts.silence_threshold < 2 * opts.heartbeat_period:
        raise ConfigError(f"supvisors: silence_threshold ({opts.silence_threshold}s) must be at least twice "
                          f"heartbeat_period ({opts.heartbeat_period}s)")
    return opts
