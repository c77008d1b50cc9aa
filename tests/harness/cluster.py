"""A Supvisors cluster of real supervisord daemons on 127.0.0.x loopback addresses.

All nodes share the HTTP, internal and event ports (distinct addresses, as on distinct hosts); the
ports are picked free on every address. Nodes can be started, killed (SIGKILL), paused (SIGSTOP),
resumed and relaunched; `stop_all` tears everything down by pid.
"""

from __future__ import annotations

import os
import signal
import socket
from pathlib import Path

from .supervisord import DEMO_PORT, Node, Program

FAULTS_SECTION = """
[rpcinterface:faults]
supervisor.rpcinterface_factory = harness.faults:make_faults_rpcinterface
"""


def _free_on_all(hosts: list[str], avoid: set[int]) -> int:
    while True:
        with socket.socket() as s:
            s.bind((hosts[0], 0))
            port = s.getsockname()[1]
        if port in avoid or port == DEMO_PORT:
            continue
        try:
            for h in hosts[1:]:
                with socket.socket() as s:
                    s.bind((h, port))
        except OSError:
            continue
        return port


class SupvisorsCluster:
    def __init__(self, workdir: Path, hosts: list[str], programs: list[Program] | None = None,
                 rules_xml: str | None = None, settings: dict[str, str] | None = None,
                 username: str = "user", password: str = "p@ss w0rd", ports: tuple[int, int, int] | None = None,
                 faults: bool = False):
        """faults: load the fault-injection namespace `faults` (harness/faults.py) in every node."""
        self.workdir = workdir
        self.hosts = hosts
        if ports is None:
            http = _free_on_all(hosts, set())
            internal = _free_on_all(hosts, {http})
            # a node alone in its cluster binds the event stream on 127.0.0.1 too (event_addresses auto)
            event = _free_on_all(hosts if len(hosts) > 1 else [*hosts, "127.0.0.1"], {http, internal})
            ports = (http, internal, event)
        self.http_port, self.internal_port, self.event_port = ports
        self.rules_path = None
        if rules_xml is not None:
            self.rules_path = workdir / "rules.xml"
            workdir.mkdir(parents=True, exist_ok=True)
            self.rules_path.write_text(rules_xml)
        self.settings = {
            "address_list": " ".join(hosts),
            "internal_port": str(self.internal_port),
            "event_port": str(self.event_port),
            "synchro_timeout": "10",
            **(settings or {}),
        }
        if self.rules_path:
            self.settings["deployment_file"] = str(self.rules_path)
        sections = self.section() + (FAULTS_SECTION if faults else "")
        self.nodes = {h: Node(workdir=workdir / h, host=h, port=self.http_port, username=username,
                              password=password, programs=list(programs or []),
                              extra_sections=sections) for h in hosts}

    def section(self) -> str:
        lines = ["", "[rpcinterface:supvisors]",
                 "supervisor.rpcinterface_factory = supvisors.plugin:make_supvisors_rpcinterface"]
        lines += [f"{k} = {v}" for k, v in self.settings.items()]
        return "\n".join(lines) + "\n"

    def start(self, hosts: list[str] | None = None, starter=None) -> None:
        """Start nodes; starter(node) does it (e.g. under pytest-xprocess), else Node.start()."""
        for h in hosts or self.hosts:
            (starter or Node.start)(self.nodes[h])

    def kill(self, host: str) -> None:
        self.nodes[host].kill()

    def pause(self, host: str) -> None:
        os.kill(self.nodes[host].pid, signal.SIGSTOP)

    def resume(self, host: str) -> None:
        os.kill(self.nodes[host].pid, signal.SIGCONT)

    def stop_all(self) -> None:
        for node in self.nodes.values():
            try:
                if node.pid:
                    os.kill(node.pid, signal.SIGCONT)
            except ProcessLookupError:
                pass
            node.stop()
            self._kill_leftovers(node)

    @staticmethod
    def _kill_leftovers(node: Node) -> None:
        """Programs orphaned by a SIGKILLed daemon: found by their supervisor environment."""
        import psutil

        for proc in psutil.process_iter(["environ"]):
            try:
                env = proc.info["environ"] or {}
            except (psutil.Error, OSError):
                continue
            if env.get("SUPERVISOR_SERVER_URL", "").startswith(f"http://{node.host}:{node.port}"):
                try:
                    proc.kill()
                except psutil.Error:
                    pass
