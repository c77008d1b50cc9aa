"""Record the XML-RPC replies that the Java unit tests decode (src/test/resources/replies/).

    cd tests && PYTHONPATH=. python -m harness.run_supervisord -- python ../clients/java/scripts/record_replies.py
    python clients/java/scripts/record_replies.py --written-only   # supvisors.* and broken.* only

supervisor.* and system.* replies are recorded from the real supervisord that the harness starts.
supvisors.* replies are written by Python's xmlrpc.client from values shaped exactly as
spec/types.yaml describes (files named supvisors.*.xml: a `time` is an int of seconds), with an
unknown extra member to prove that decoders ignore it; so are the broken.* replies. --written-only
rewrites these without a server.
"""

from __future__ import annotations

import base64
import os
import sys
import time
import urllib.request
import xmlrpc.client
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "test" / "resources" / "replies"


def post(method: str, *params) -> bytes:
    url = os.environ["SUPVISORS_TEST_URL"] + "/RPC2"
    auth = f"{os.environ['SUPVISORS_TEST_USER']}:{os.environ['SUPVISORS_TEST_PASSWORD']}"
    request = urllib.request.Request(url, data=xmlrpc.client.dumps(params, method).encode(), headers={
        "Content-Type": "text/xml", "Authorization": "Basic " + base64.b64encode(auth.encode()).decode()})
    with urllib.request.urlopen(request, timeout=30) as reply:
        return reply.read()


def record(name: str, method: str, *params) -> None:
    (OUT / f"{name}.xml").write_bytes(post(method, *params))


def write(name: str, value) -> None:
    (OUT / f"{name}.xml").write_text(xmlrpc.client.dumps((value,), methodresponse=True))


def record_all() -> None:
    record("supervisor.getState", "supervisor.getState")
    post("supervisor.startProcess", "demo:ticker", True)
    time.sleep(0.5)  # let the ticker write a few lines
    record("supervisor.getProcessInfo", "supervisor.getProcessInfo", "demo:ticker")
    record("supervisor.getAllProcessInfo", "supervisor.getAllProcessInfo")
    record("supervisor.getAllConfigInfo", "supervisor.getAllConfigInfo")
    record("supervisor.tailProcessStdoutLog", "supervisor.tailProcessStdoutLog", "demo:ticker", 0, 30)
    record("supervisor.reloadConfig", "supervisor.reloadConfig")
    record("supervisor.startProcessGroup", "supervisor.startProcessGroup", "demo", True)
    record("fault.BAD_NAME", "supervisor.getProcessInfo", "demo:nope")
    record("system.multicall", "system.multicall", [
        {"methodName": "supervisor.getState", "params": []},
        {"methodName": "supervisor.getProcessInfo", "params": ["demo:nope"]}])
    record("system.methodSignature", "system.methodSignature", "supervisor.getState")
    post("supervisor.stopAllProcesses", True)


def write_all() -> None:
    now = 1_700_000_000  # a `time`: int seconds since the epoch
    write("supvisors.get_supvisors_state", {"statecode": 2, "statename": "OPERATION"})
    write("supvisors.get_all_addresses_info", [
        {"address_name": "127.0.0.1", "statecode": 2, "statename": "RUNNING", "remote_time": now,
         "local_time": now + 3, "loading": 25},
        {"address_name": "127.0.0.2", "statecode": 3, "statename": "SILENT", "remote_time": 0,
         "local_time": 0, "loading": 0, "future_member": "ignored"}])
    write("supvisors.get_all_process_info", [
        {"application_name": "demo", "process_name": "sleeper", "statecode": 0, "statename": "STOPPED",
         "addresses": []},
        {"application_name": "demo", "process_name": "ticker", "statecode": 20, "statename": "RUNNING",
         "addresses": ["127.0.0.1", "127.0.0.2"], "expected_exit": True, "last_event_time": now,
         "future_member": {"nested": [1, 2]}}])
    write("supvisors.get_process_rules", [
        {"application_name": "demo", "process_name": "ticker", "addresses": ["127.0.0.1", "127.0.0.2"],
         "start_sequence": 1, "stop_sequence": 0, "required": True, "wait_exit": False, "loading": 5,
         "expected_loading": 5}])
    write("supvisors.get_conflicts", [
        {"process_name": "demo:ticker", "state": "RUNNING", "address": ["127.0.0.1", "127.0.0.2"]}])
    write("supvisors.get_all_applications_info", [
        {"application_name": "demo", "statecode": 4, "statename": "RUNNING", "major_failure": False,
         "minor_failure": True}])
    # Broken replies: each must be a DecodeException naming the place.
    write("broken.missing_field", {"statename": "OPERATION"})
    write("broken.wrong_type", {"statecode": "2", "statename": "OPERATION"})
    write("broken.unknown_code", {"statecode": 42, "statename": "OPERATION"})
    write("broken.not_a_struct", [2, "OPERATION"])


def main(argv: list[str]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    if "--written-only" not in argv:
        record_all()
    write_all()
    print(f"{len(list(OUT.glob('*.xml')))} replies in {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
