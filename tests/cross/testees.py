"""The callers of the suite: the raw xmlrpc.client reference and one long-lived testee process per language.

Every caller answers `call(method, params, deadline)` with a response dict of tests/PROTOCOL.md
(`result`, `fault` or `error`), so that the runner treats them alike.
"""

from __future__ import annotations

import http.client
import json
import os
import select
import subprocess
import sys
import time
import xmlrpc.client
from pathlib import Path

import jsonschema
import zmq

REPO = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((REPO / "tests" / "protocol.schema.json").read_text())
_REQUEST = jsonschema.Draft202012Validator({**SCHEMA["$defs"]["request"], "$defs": SCHEMA["$defs"]})
_RESPONSE = jsonschema.Draft202012Validator({**SCHEMA["$defs"]["response"], "$defs": SCHEMA["$defs"]})

PY_TESTEE = REPO / "clients" / "python" / "testee" / "testee.py"
JAVA_JAR = REPO / "clients" / "java" / "testee" / "target" / "supvisors-client-testee.jar"
CPP_BIN = REPO / "clients" / "cpp" / "build" / "supvisors_testee"
LANGUAGES = ("python", "java", "cpp")


class _TimeoutTransport(xmlrpc.client.Transport):
    def __init__(self, timeout: float):
        super().__init__()
        self.timeout = timeout

    def make_connection(self, host):
        conn = super().make_connection(host)
        conn.timeout = self.timeout
        return conn


class Reference:
    """The raw xmlrpc.client: what the server really sent, untyped."""

    name = "reference"

    def __init__(self, host: str, port: int, user: str, password: str):
        self.host, self.port, self.user, self.password = host, port, user, password
        self._context: zmq.Context | None = None
        self._sub: zmq.Socket | None = None

    def _events(self, name: str, params: list) -> dict:
        """The event stream read raw (pyzmq, json): what the node really published."""
        if name == "subscribe":
            self.close()
            host, port, topics = params
            self._context = self._context or zmq.Context()
            self._sub = self._context.socket(zmq.SUB)
            self._sub.linger = 0
            for topic in topics or [""]:
                self._sub.subscribe(topic.encode())
            self._sub.connect(f"tcp://{host}:{port}")
            return {"result": True}
        if name == "next":
            if self._sub is None or not self._sub.poll(params[0]):
                return {"result": None}
            topic, body = self._sub.recv_multipart()
            return {"result": {"topic": topic.decode(), "body": json.loads(body)}}
        self.close()
        return {"result": True}

    def close(self) -> None:
        if self._sub is not None:
            self._sub.close(0)
            self._sub = None

    def call(self, method: str, params: list, deadline: float = 60.0) -> dict:
        if method.startswith("events."):
            return self._events(method.partition(".")[2], params)
        url = f"http://{self.user}:{self.password}@{self.host}:{self.port}/RPC2".replace(" ", "%20")
        proxy = xmlrpc.client.ServerProxy(url, transport=_TimeoutTransport(deadline))
        try:
            func = proxy
            for part in method.split("."):
                func = getattr(func, part)
            return {"result": func(*params)}
        except xmlrpc.client.Fault as fault:
            return {"fault": {"code": fault.faultCode, "text": fault.faultString}}
        except (OSError, http.client.HTTPException, xmlrpc.client.ProtocolError) as exc:
            return {"error": {"kind": "transport", "text": repr(exc)}}


def build_command(language: str) -> list[str]:
    """The testee's command line (without URL USER PASSWORD); builds the Java/C++ testee if missing."""
    if language == "python":
        return [sys.executable, str(PY_TESTEE)]
    target, make_args = {
        "java": (JAVA_JAR, ["make", "-C", str(REPO / "clients" / "java"), "testee"]),
        "cpp": (CPP_BIN, ["make", "-C", str(REPO / "clients" / "cpp"), "build"]),
    }[language]
    if not target.exists():
        done = subprocess.run(make_args, capture_output=True, text=True)
        if done.returncode != 0 or not target.exists():
            raise RuntimeError(f"cannot build the {language} testee with {' '.join(make_args)}:\n"
                               f"{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return ["java", "-jar", str(JAVA_JAR)] if language == "java" else [str(CPP_BIN)]


class Testee:
    """One long-lived testee process; a request that misses its deadline kills it (restarted on next call)."""

    def __init__(self, language: str, url: str, user: str, password: str, logdir: Path):
        self.name = language
        self.args = build_command(language) + [url, user, password]
        self.logpath = logdir / f"testee-{language}.log"
        self.proc: subprocess.Popen | None = None
        self._buffer = b""
        self._next_id = 0
        self.restarts = 0

    def _start(self) -> None:
        log = open(self.logpath, "ab")
        self.proc = subprocess.Popen(self.args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log,
                                     env={**os.environ, "SUPVISORS_TESTEE_TIMEOUT_MS": "120000"})
        log.close()
        self._buffer = b""

    def _readline(self, deadline: float) -> bytes | None:
        end = time.monotonic() + deadline
        fd = self.proc.stdout.fileno()
        while b"\n" not in self._buffer:
            left = end - time.monotonic()
            if left <= 0:
                return None
            ready, _, _ = select.select([fd], [], [], left)
            if ready:
                chunk = os.read(fd, 65536)
                if not chunk:  # the testee exited
                    return None
                self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\n")
        return line

    def call(self, method: str, params: list, deadline: float = 60.0) -> dict:
        if self.proc is None or self.proc.poll() is not None:
            if self.proc is not None:
                self.restarts += 1
            self._start()
        self._next_id += 1
        request = {"id": self._next_id, "method": method, "params": params}
        _REQUEST.validate(request)
        try:
            self.proc.stdin.write((json.dumps(request) + "\n").encode())
            self.proc.stdin.flush()
        except BrokenPipeError:
            return {"error": {"kind": "testee", "text": f"{self.name} testee died; see {self.logpath}"}}
        line = self._readline(deadline)
        if line is None:
            died = self.proc.poll() is not None
            self.kill()
            what = f"exited with {self.proc.returncode}" if died else f"gave no answer within {deadline}s"
            return {"error": {"kind": "testee", "text": f"the {self.name} testee {what}; see {self.logpath}"}}
        response = json.loads(line)
        _RESPONSE.validate(response)
        if response["id"] != request["id"]:
            raise AssertionError(f"{self.name} testee answered id {response['id']} to request {request['id']}")
        return response

    def close(self, timeout: float = 10.0) -> int | None:
        """EOF on stdin: the testee must exit 0; returns its exit code."""
        if self.proc is None:
            return 0
        try:
            self.proc.stdin.close()
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            return None

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(5)
