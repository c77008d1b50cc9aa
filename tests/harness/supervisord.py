"""Write a supervisord configuration, start the daemon, wait until it answers, stop it by pid.

A node is one supervisord listening on a loopback address (127.0.0.x) and a free port, with auth on.
Waits are polls with deadlines; teardown sends SIGTERM to the recorded pid, then SIGKILL.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
import xmlrpc.client
from dataclasses import dataclass, field
from pathlib import Path

PROGRAMS_DIR = Path(__file__).resolve().parent.parent / "programs"
DEMO_PORT = 60000  # reserved for `make run` on 127.0.0.1-3: tests never use it


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port free on host right now (never the demo's port)."""
    while True:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.bind((host, 0))
            port = s.getsockname()[1]
        if port != DEMO_PORT:
            return port


def wait_until(predicate, timeout: float, interval: float = 0.05, what: str = "condition"):
    """Poll predicate until it returns a truthy value or the deadline passes (then TimeoutError)."""
    deadline = time.monotonic() + timeout
    last_exc: Exception | None = None
    while True:
        try:
            value = predicate()
            if value:
                return value
        except Exception as exc:  # the condition may raise while the system starts
            last_exc = exc
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} not reached within {timeout}s (last error: {last_exc!r})")
        time.sleep(interval)


@dataclass
class Program:
    """A [program:x] section; group is the name of an optional [group:x] section."""

    name: str
    command: str
    autostart: bool = False
    group: str | None = None
    startsecs: int = 0
    extra: dict[str, str] = field(default_factory=dict)

    def section(self) -> str:
        lines = [f"[program:{self.name}]", f"command={self.command}",
                 f"autostart={'true' if self.autostart else 'false'}", "autorestart=false",
                 f"startsecs={self.startsecs}", "stopwaitsecs=3"]
        lines += [f"{k}={v}" for k, v in self.extra.items()]
        return "\n".join(lines) + "\n"


@dataclass
class Node:
    """One supervisord daemon of a test."""

    workdir: Path
    host: str = "127.0.0.1"
    port: int = 0
    username: str = "user"
    password: str = "p@ss w0rd"
    programs: list[Program] = field(default_factory=list)
    extra_sections: str = ""
    python: str = sys.executable
    env: dict[str, str] = field(default_factory=dict)  # added to the daemon's environment
    proc: subprocess.Popen | None = None
    xprocess_info: object | None = None

    def __post_init__(self) -> None:
        self.workdir.mkdir(parents=True, exist_ok=True)
        if not self.port:
            self.port = free_port(self.host)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def config_path(self) -> Path:
        return self.workdir / "supervisord.conf"

    @property
    def logfile(self) -> Path:
        return self.workdir / "supervisord.log"

    def write_config(self) -> Path:
        groups: dict[str, list[str]] = {}
        for p in self.programs:
            if p.group:
                groups.setdefault(p.group, []).append(p.name)
        text = textwrap.dedent(f"""\
            [supervisord]
            nodaemon=true
            logfile={self.logfile}
            pidfile={self.workdir / 'supervisord.pid'}
            childlogdir={self.workdir}
            loglevel=info
            identifier={self.host}:{self.port}

            [inet_http_server]
            port={self.host}:{self.port}
            username={self.username}
            password={self.password}

            [rpcinterface:supervisor]
            supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface

            """)
        text += "\n".join(p.section() for p in self.programs)
        text += "".join(f"\n[group:{g}]\nprograms={','.join(names)}\n" for g, names in groups.items())
        text += self.extra_sections
        self.config_path.write_text(text)
        return self.config_path

    def environ(self) -> dict[str, str]:
        return {**os.environ, **self.env}

    def command(self) -> list[str]:
        return [self.python, "-m", "supervisor.supervisord", "-c", str(self.config_path)]

    def proxy(self) -> xmlrpc.client.ServerProxy:
        url = f"http://{self.username}:{self.password}@{self.host}:{self.port}/RPC2"
        return xmlrpc.client.ServerProxy(url.replace(" ", "%20"))

    def is_ready(self) -> bool:
        return self.proxy().supervisor.getState()["statename"] == "RUNNING"

    def launch(self) -> Node:
        """Write the configuration and start the daemon, without waiting for it (stdout and stderr go to
        supervisord.stdout in the workdir)."""
        self.write_config()
        with open(self.workdir / "supervisord.stdout", "ab") as out:
            self.proc = subprocess.Popen(self.command(), stdout=out, stderr=subprocess.STDOUT,
                                         start_new_session=True, env=self.environ())
        return self

    def start(self, timeout: float = 20.0) -> Node:
        self.launch()
        try:
            wait_until(lambda: self.proc.poll() is None and self.is_ready(), timeout,
                       what=f"supervisord at {self.url} ready")
        except TimeoutError:
            self.stop()
            raise RuntimeError(f"supervisord at {self.url} did not start; log:\n{self.tail_log()}") from None
        return self

    def tail_log(self, lines: int = 40) -> str:
        text = ""
        for path in (self.workdir / "supervisord.stdout", self.logfile):
            if path.exists():
                text += f"--- {path.name}\n" + "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
        return text

    @property
    def pid(self) -> int | None:
        if self.xprocess_info is not None:
            return self.xprocess_info.pid
        return self.proc.pid if self.proc else None

    def stop(self, timeout: float = 10.0) -> None:
        """SIGTERM the daemon (its children die with it), SIGKILL its session if it lingers."""
        if self.xprocess_info is not None:
            if self.xprocess_info.isrunning():
                try:
                    os.kill(self.xprocess_info.pid, signal.SIGCONT)
                except ProcessLookupError:
                    pass
                self.xprocess_info.terminate(timeout=timeout)
            self.xprocess_info = None
            return
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                pass
        try:  # whatever the daemon left behind in its session (start_new_session=True)
            os.killpg(self.proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        if self.proc.poll() is None:
            self.proc.wait(timeout)
        self.proc = None

    def kill(self) -> None:
        """SIGKILL the daemon only (its children are left, as after a crash)."""
        if self.xprocess_info is not None:
            os.kill(self.xprocess_info.pid, signal.SIGKILL)
            wait_until(lambda: not self.xprocess_info.isrunning(), 10, what="killed supervisord gone")
            self.xprocess_info = None
        elif self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)
