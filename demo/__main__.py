"""`python -m demo start|stop|status`: a 3-node Supvisors cluster on this machine.

Nodes: http://127.0.0.1:60000, http://127.0.0.2:60000, http://127.0.0.3:60000 (user demo, password
demo); internal port 65001, event port 65002 (the defaults: above Linux's ephemeral range, 32768-60999,
so that no client connection of another program, e.g. `make test`, can hold them for a moment);
files under run/demo/<address>/. `start` launches the
three supervisord daemons (they daemonize), waits until all are in OPERATION, prints the status and
returns leaving the cluster running. `stop` stops all of it, also when a node already died (its
orphaned programs are found by their SUPERVISOR_SERVER_URL and killed).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil

from supvisors_client import ClientError, SupvisorsClient

ROOT = Path(__file__).resolve().parent.parent
RUN = ROOT / "run" / "demo"
HOSTS = ["127.0.0.1", "127.0.0.2", "127.0.0.3"]
PORT, INTERNAL_PORT, EVENT_PORT = 60000, 65001, 65002
USER = PASSWORD = "demo"
PROGRAMS = {
    "web": ["database", "frontend", "worker_1", "worker_2", "worker_3"],
    "batch": ["init_db", "scheduler", "reporter"],
}
JOBS = {"init_db"}


def config(host: str) -> str:
    workdir = RUN / host
    python = sys.executable
    lines = [
        "[supervisord]",
        f"logfile={workdir / 'supervisord.log'}",
        f"pidfile={workdir / 'supervisord.pid'}",
        f"childlogdir={workdir}",
        f"identifier=demo-{host}",
        "",
        "[inet_http_server]",
        f"port={host}:{PORT}",
        f"username={USER}",
        f"password={PASSWORD}",
        "",
        "[rpcinterface:supervisor]",
        "supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface",
        "",
        "[rpcinterface:supvisors]",
        "supervisor.rpcinterface_factory = supvisors.plugin:make_supvisors_rpcinterface",
        f"address_list = {' '.join(HOSTS)}",
        f"deployment_file = {Path(__file__).resolve().parent / 'rules.xml'}",
        f"internal_port = {INTERNAL_PORT}",
        f"event_port = {EVENT_PORT}",
        "deployment_strategy = LESS_LOADED",
        "conciliation_strategy = SENICIDE",
        "",
        "[supervisorctl]",
        f"serverurl = http://{host}:{PORT}",
        f"username = {USER}",
        f"password = {PASSWORD}",
        "",
        "[ctlplugin:supvisors]",
        "supervisor.ctl_factory = supvisors.supvisorsctl:make_supvisors_controller_plugin",
        "",
    ]
    for group, names in PROGRAMS.items():
        for name in names:
            script = "job.py" if name in JOBS else "service.py"
            lines += [f"[program:{name}]",
                      f"command={python} -u {Path(__file__).resolve().parent / 'programs' / script}",
                      "autostart=false", "autorestart=false", "startsecs=0" if name in JOBS else "startsecs=1",
                      "stopwaitsecs=3", ""]
        lines += [f"[group:{group}]", f"programs={','.join(names)}", ""]
    return "\n".join(lines)


def client(host: str) -> SupvisorsClient:
    return SupvisorsClient(f"http://{host}:{PORT}", USER, PASSWORD, timeout=(1.0, 5.0))


def pid_of(host: str) -> int | None:
    try:
        pid = int((RUN / host / "supervisord.pid").read_text().strip())
    except (OSError, ValueError):
        return None
    return pid if psutil.pid_exists(pid) else None


def start() -> int:
    env = dict(os.environ)
    for host in HOSTS:
        if pid_of(host):
            print(f"{host}: already running (pid {pid_of(host)})")
            continue
        workdir = RUN / host
        workdir.mkdir(parents=True, exist_ok=True)
        (workdir / "supervisord.conf").write_text(config(host))
        result = subprocess.run([sys.executable, "-m", "supervisor.supervisord", "-c",
                                 str(workdir / "supervisord.conf")], env=env, capture_output=True, text=True)
        if result.returncode != 0:
            print(f"{host}: supervisord failed to start:\n{result.stdout}{result.stderr}", file=sys.stderr)
            return 1
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if all(client(h).supvisors.get_supvisors_state().statename == "OPERATION" for h in HOSTS):
                break
        except ClientError:
            pass
        time.sleep(0.1)
    else:
        print("the demo cluster did not reach OPERATION within 30 s; see run/demo/*/supervisord.log",
              file=sys.stderr)
        return 1
    # Settle: the automatic deployment is over when OPERATION is reached; let started programs report.
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(
            p.statename in ("STARTING", "BACKOFF") for p in client(HOSTS[0]).supvisors.get_all_process_info()):
        time.sleep(0.1)
    return status()


def status() -> int:
    try:
        c = client(HOSTS[0])
        state = c.supvisors.get_supvisors_state()
        master = c.supvisors.get_master_address()
        nodes = c.supvisors.get_all_addresses_info()
        apps = c.supvisors.get_all_applications_info()
        procs = c.supvisors.get_all_process_info()
    except ClientError as exc:
        print(f"cannot reach the demo cluster at {HOSTS[0]}:{PORT}: {exc}", file=sys.stderr)
        return 1
    print(f"Supvisors demo cluster: {state.statename}, master {master or '-'}")
    print(f"\n{'NODE':<14}{'STATE':<12}{'LOAD':>5}")
    for n in nodes:
        print(f"{n.address_name:<14}{n.statename:<12}{n.loading:>4}%")
    print(f"\n{'APPLICATION':<14}{'STATE':<12}{'MAJOR':<7}{'MINOR':<7}")
    for a in apps:
        print(f"{a.application_name:<14}{a.statename:<12}{str(a.major_failure):<7}{str(a.minor_failure):<7}")
    print(f"\n{'PROCESS':<22}{'STATE':<10}WHERE")
    for p in procs:
        print(f"{p.application_name + ':' + p.process_name:<22}{p.statename:<10}{' '.join(p.addresses) or '-'}")
    print(f"\nURLs: {', '.join(f'http://{h}:{PORT}' for h in HOSTS)} (user {USER}, password {PASSWORD}); "
          f"`make stop` stops the cluster.")
    conf = (RUN / HOSTS[0] / "supervisord.conf").relative_to(Path.cwd()) if Path.cwd() in RUN.parents else \
        RUN / HOSTS[0] / "supervisord.conf"
    print(f"supervisorctl: {Path(sys.executable).parent / 'supervisorctl'} -c {conf} sstatus   (`help` lists the "
          "Supvisors commands)")
    print(f"Dashboard: http://{HOSTS[0]}:{PORT}/supvisors/")
    return 0


def stop() -> int:
    for host in HOSTS:
        pid = pid_of(host)
        if pid:
            os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(pid_of(h) for h in HOSTS):
        time.sleep(0.1)
    for host in HOSTS:
        pid = pid_of(host)
        if pid:
            os.kill(pid, signal.SIGKILL)
    urls = {f"http://{h}:{PORT}" for h in HOSTS}

    def programs() -> list[psutil.Process]:
        found = []
        for proc in psutil.process_iter(["environ"]):
            try:
                if (proc.info["environ"] or {}).get("SUPERVISOR_SERVER_URL") in urls:
                    found.append(proc)
            except (psutil.Error, OSError):
                continue
        return found

    # programs still stopping (supervisord lets them go gracefully), or orphaned by a node that died
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and programs():
        time.sleep(0.1)
    leftovers = 0
    for proc in programs():
        try:
            proc.kill()
            leftovers += 1
        except psutil.Error:
            continue
    print("demo cluster stopped" + (f" ({leftovers} orphaned programs killed)" if leftovers else ""))
    return 0


def main(argv: list[str]) -> int:
    commands = {"start": start, "stop": stop, "status": status}
    if len(argv) != 1 or argv[0] not in commands:
        print("usage: python -m demo start|stop|status", file=sys.stderr)
        return 2
    return commands[argv[0]]()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
