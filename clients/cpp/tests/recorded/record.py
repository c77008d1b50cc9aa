"""Record raw XML-RPC replies of a real supervisord for the unit tests (tests/recorded/*.xml).

    PYTHONPATH=tests python clients/cpp/tests/recorded/record.py    # from the repository root

Starts a supervisord with the test programs (harness.programs), sends each call below and writes
the reply body verbatim. The supvisors_*.xml files are written by hand from the spec: no server
plugin exists to record them from.
"""

from __future__ import annotations

import base64
import tempfile
import time
import urllib.request
import xmlrpc.client
from pathlib import Path

from harness.programs import standard_programs
from harness.supervisord import Node

HERE = Path(__file__).resolve().parent

CALLS = {
    "getState": ("supervisor.getState", ()),
    "getAllProcessInfo": ("supervisor.getAllProcessInfo", ()),
    "getProcessInfo_running": ("supervisor.getProcessInfo", ("demo:ticker",)),
    "getProcessInfo_bad_name": ("supervisor.getProcessInfo", ("nope",)),
    "getAllConfigInfo": ("supervisor.getAllConfigInfo", ()),
    "tailProcessStdoutLog": ("supervisor.tailProcessStdoutLog", ("demo:ticker", 0, 40)),
    "reloadConfig": ("supervisor.reloadConfig", ()),
    "startProcessGroup": ("supervisor.startProcessGroup", ("demo",)),
    "listMethods": ("system.listMethods", ()),
    "methodSignature": ("system.methodSignature", ("supervisor.getProcessInfo",)),
    "multicall": ("system.multicall", ([{"methodName": "supervisor.getAPIVersion", "params": []},
                                        {"methodName": "supervisor.getProcessInfo", "params": ["nope"]}],)),
}


def post(node: Node, method: str, params: tuple) -> bytes:
    body = xmlrpc.client.dumps(params, method).encode()
    request = urllib.request.Request(f"{node.url}/RPC2", data=body, headers={"Content-Type": "text/xml"})
    token = base64.b64encode(f"{node.username}:{node.password}".encode()).decode()
    request.add_header("Authorization", f"Basic {token}")
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.read()


def main() -> None:
    node = Node(workdir=Path(tempfile.mkdtemp(prefix="record-")), programs=standard_programs()).start()
    try:
        node.proxy().supervisor.startProcess("demo:ticker")
        time.sleep(0.5)  # let the ticker write a few lines for the tail
        node.proxy().supervisor.stopProcess("demo:ticker")
        node.proxy().supervisor.startProcess("demo:ticker")
        for name, (method, params) in CALLS.items():
            (HERE / f"{name}.xml").write_bytes(post(node, method, params))
            print(f"recorded {name}.xml")
    finally:
        node.stop()


if __name__ == "__main__":
    main()
