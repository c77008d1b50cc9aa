"""supervisorctl commands for a Supvisors cluster (the original Supvisors' plugin name and command set).

Enabled in the configuration file that supervisorctl reads:

    [ctlplugin:supvisors]
    supervisor.ctl_factory = supvisors.supvisorsctl:make_supvisors_controller_plugin

The commands call the `supvisors` namespace of the supervisord that supervisorctl talks to (its
`serverurl`, credentials and transport, unix socket included) through the typed Python client
(`supvisors_client`): replies are decoded strictly, faults are the client's typed exceptions. Output
follows supervisorctl's own commands: aligned columns, one line per item, `name: ERROR (reason)` for an
item that failed; exit codes as supervisorctl sets them (2: bad arguments, 1: an item failed or the
server could not be reached). Tab completion of application and process names, and of strategy names,
goes through supervisorctl's completer.
"""

from __future__ import annotations

import shlex
import xmlrpc.client
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from supervisor.supervisorctl import ControllerPluginBase, LSBInitExitStatuses

import supvisors_client as sc
from supvisors_client import ClientError, ConciliationStrategies, DeploymentStrategies, SupvisorsFault

GENERIC, INVALID_ARGS = LSBInitExitStatuses.GENERIC, LSBInitExitStatuses.INVALID_ARGS
# commands whose arguments are applications / processes (after a strategy for some), for completion
APPLICATION_COMMANDS = {"application_info": False, "start_application": True, "stop_application": False,
                        "restart_application": True}
PROCESS_COMMANDS = {"sstatus": False, "rules": False, "start_args": False, "start_process": True,
                    "stop_process": False, "restart_process": True}
# the words of supervisorctl's "name: ERROR (words)" lines, by the client's fault classes
FAULT_WORDS = {sc.BadName: "no such name", sc.AlreadyStarted: "already started", sc.NotRunning: "not running",
               sc.BadSupvisorsState: "not allowed now", sc.BadStrategy: "bad strategy",
               sc.BadExtraArguments: "extra arguments not allowed", sc.AbnormalTermination: "abnormal termination"}


class _Usage(Exception):
    """Wrong arguments: the message, then the command's help, exit code 2."""


def _when(value: Any) -> str:
    """A time as people read it: HH:MM:SS today, else the date too; '-' for never."""
    if not isinstance(value, datetime) or value.timestamp() <= 0:
        return "-"
    local = value.astimezone()
    today = datetime.now().astimezone().date()
    return local.strftime("%H:%M:%S" if local.date() == today else "%Y-%m-%d %H:%M:%S")


def _table(header: list[str], rows: Iterable[list[str]]) -> list[str]:
    rows = [header, *rows]
    widths = [max(len(r[i]) for r in rows) for i in range(len(header) - 1)]
    return ["  ".join([*(c.ljust(w) for c, w in zip(r, widths, strict=False)), r[-1]]).rstrip() for r in rows]


class SupvisorsControllerPlugin(ControllerPluginBase):
    name = "supvisors"

    def __init__(self, controller, **config):
        super().__init__(controller)
        self.supvisors = sc.SupvisorsNamespace(self._call)
        self._complete = controller.complete
        controller.complete = self.complete  # cmd.Cmd binds self.complete when the loop starts
        self._help = controller.do_help
        controller.do_help = self._controller_help  # `help <ours>`: only ours answers, without "No help" lines

    def _controller_help(self, arg):
        if arg.strip() and hasattr(self, f"help_{arg.strip()}"):
            getattr(self, f"help_{arg.strip()}")()
        else:
            self._help(arg)

    # ------------------------------------------------------------ plumbing
    def _call(self, method: str, params: list[Any]) -> Any:
        """The typed client's transport: supervisorctl's own proxy (its URL, credentials, unix socket)."""
        namespace, _, name = method.partition(".")
        try:
            return getattr(self.ctl.get_server_proxy(namespace), name)(*params)
        except xmlrpc.client.Fault as exc:
            raise sc.fault_from_code(exc.faultCode, exc.faultString) from None

    def _run(self, command: str, arg: str, body: Callable[[list[str]], None]) -> None:
        try:
            words = shlex.split(arg)
        except ValueError as exc:
            words = None
            self._usage(command, f"Error: {exc}")
        if words is None:
            return
        try:
            body(words)
        except _Usage as exc:
            self._usage(command, str(exc))
        except SupvisorsFault as exc:
            self.ctl.output(f"ERROR ({exc.text})")
            self.ctl.exitstatus = GENERIC
        except xmlrpc.client.ProtocolError:
            raise  # supervisorctl asks for credentials on a 401
        except (ClientError, OSError) as exc:
            self.ctl.output(f"ERROR: {self.ctl.options.serverurl}: {exc}")
            self.ctl.exitstatus = GENERIC

    def _usage(self, command: str, message: str) -> None:
        self.ctl.output(message)
        self.ctl.exitstatus = INVALID_ARGS
        getattr(self, f"help_{command}")()

    def _item(self, name: str, action: Callable[[], Any], done: str) -> None:
        """One item of a control command: `name: done`, or `name: ERROR (reason)`."""
        try:
            action()
        except SupvisorsFault as exc:
            words = FAULT_WORDS.get(type(exc), "failed")
            self.ctl.output(f"{name}: ERROR ({words}: {exc.text})" if exc.text else f"{name}: ERROR ({words})")
            self.ctl.exitstatus = GENERIC
        else:
            self.ctl.output(f"{name}: {done}")

    @staticmethod
    def _strategy(word: str, enum) -> Any:
        try:
            return enum[word.upper()]
        except KeyError:
            raise _Usage(f"Error: {word!r} is not a strategy ({', '.join(m.name for m in enum)})") from None

    def _applications(self, names: list[str]) -> list[str]:
        if not names or "all" in names:
            return [a.application_name for a in self.supvisors.get_all_applications_info()]
        return names

    def _namespecs(self, names: list[str]) -> list[str]:
        if "all" in names:
            return [f"{p.application_name}:{p.process_name}" for p in self.supvisors.get_all_process_info()]
        return names

    # ------------------------------------------------------------ status
    def do_sversion(self, arg):
        self._run("sversion", arg, lambda words: self.ctl.output(self.supvisors.get_api_version()))

    def help_sversion(self):
        self.ctl.output("sversion\t\t\tShow the version of the Supvisors API")

    def do_master(self, arg):
        self._run("master", arg, lambda words: self.ctl.output(self.supvisors.get_master_address() or "-"))

    def help_master(self):
        self.ctl.output("master\t\t\t\tShow the address of the Supvisors master ('-' while none is elected)")

    def do_sstate(self, arg):
        def body(words):
            state = self.supvisors.get_supvisors_state()
            self.ctl.output(f"{state.statename} ({state.statecode.value})")
        self._run("sstate", arg, body)

    def help_sstate(self):
        self.ctl.output("sstate\t\t\t\tShow the state of Supvisors")

    def do_address_status(self, arg):
        def body(words):
            infos = ([self.supvisors.get_address_info(a) for a in words] if words and "all" not in words
                     else self.supvisors.get_all_addresses_info())
            for line in _table(["ADDRESS", "STATE", "LOAD", "LAST HEARD", "REMOTE TIME"],
                               ([i.address_name, i.statename, f"{i.loading}%", _when(i.local_time),
                                 _when(i.remote_time)] for i in infos)):
                self.ctl.output(line)
        self._run("address_status", arg, self._per_name(body, "address"))

    def help_address_status(self):
        self.ctl.output("address_status\t\t\tShow the state of every node")
        self.ctl.output("address_status <addr>...\tShow the state of the nodes named")

    def do_application_info(self, arg):
        def body(words):
            infos = ([self.supvisors.get_application_info(a) for a in words] if words and "all" not in words
                     else self.supvisors.get_all_applications_info())
            for line in _table(["APPLICATION", "STATE", "MAJOR FAILURE", "MINOR FAILURE"],
                               ([i.application_name, i.statename, "yes" if i.major_failure else "no",
                                 "yes" if i.minor_failure else "no"] for i in infos)):
                self.ctl.output(line)
        self._run("application_info", arg, self._per_name(body, "application"))

    def help_application_info(self):
        self.ctl.output("application_info\t\tShow the state of every application")
        self.ctl.output("application_info <app>...\tShow the state of the applications named")

    def do_sstatus(self, arg):
        def body(words):
            infos = ([p for n in words for p in self.supvisors.get_process_info(n)] if words and "all" not in words
                     else self.supvisors.get_all_process_info())
            for line in _table(["NAME", "STATE", "WHERE", "SINCE"],
                               ([f"{p.application_name}:{p.process_name}", p.statename, ",".join(p.addresses) or "-",
                                 _when(p.last_event_time)] for p in infos)):
                self.ctl.output(line)
        self._run("sstatus", arg, self._per_name(body, "process"))

    def help_sstatus(self):
        self.ctl.output("sstatus\t\t\t\tShow every process of the cluster: state, where it runs, since when")
        self.ctl.output("sstatus <name>...\t\tShow the processes named (<app>:<name> or <app>:*)")

    def do_rules(self, arg):
        def body(words):
            names = words if words and "all" not in words else [f"{a}:*" for a in self._applications([])]
            rules = [r for n in names for r in self.supvisors.get_process_rules(n)]
            for line in _table(["NAME", "ADDRESSES", "START", "STOP", "REQUIRED", "WAIT EXIT", "LOADING"],
                               ([f"{r.application_name}:{r.process_name}", ",".join(r.addresses),
                                 str(r.start_sequence), str(r.stop_sequence), "yes" if r.required else "no",
                                 "yes" if r.wait_exit else "no", f"{r.loading}%"] for r in rules)):
                self.ctl.output(line)
        self._run("rules", arg, self._per_name(body, "process"))

    def help_rules(self):
        self.ctl.output("rules\t\t\t\tShow the deployment rules of every process")
        self.ctl.output("rules <name>...\t\t\tShow the rules of the processes named (<app>:<name> or <app>:*)")

    def do_conflicts(self, arg):
        def body(words):
            for line in _table(["NAME", "STATE", "ADDRESSES"],
                               ([c.process_name, c.state, ",".join(c.address)] for c in self.supvisors.get_conflicts())):
                self.ctl.output(line)
        self._run("conflicts", arg, body)

    def help_conflicts(self):
        self.ctl.output("conflicts\t\t\tShow the processes running on more than one node")

    def _per_name(self, body: Callable[[list[str]], None], kind: str) -> Callable[[list[str]], None]:
        """An unknown name says so in one line (supervisorctl's `name: ERROR (no such process)`)."""
        def run(words):
            try:
                body(words)
            except SupvisorsFault as exc:
                if not isinstance(exc, sc.BadName):
                    raise
                self.ctl.output(f"ERROR (no such {kind}: {exc.text})")
                self.ctl.exitstatus = GENERIC
        return run

    # ------------------------------------------------------------ control
    def do_start_application(self, arg):
        def body(words):
            if len(words) < 2:
                raise _Usage("Error: start_application requires a strategy and an application name")
            strategy = self._strategy(words[0], DeploymentStrategies)
            for app in self._applications(words[1:]):
                self._item(app, lambda a=app: self.supvisors.start_application(strategy, a), "started")
        self._run("start_application", arg, body)

    def help_start_application(self):
        self.ctl.output("start_application <strategy> <app>...\tStart applications with a strategy "
                        "(CONFIG, LESS_LOADED, MOST_LOADED, LOCAL)")
        self.ctl.output("start_application <strategy> all\tStart every application")

    def do_stop_application(self, arg):
        def body(words):
            if not words:
                raise _Usage("Error: stop_application requires an application name")
            for app in self._applications(words):
                self._item(app, lambda a=app: self.supvisors.stop_application(a), "stopped")
        self._run("stop_application", arg, body)

    def help_stop_application(self):
        self.ctl.output("stop_application <app>...\tStop applications")
        self.ctl.output("stop_application all\t\tStop every application")

    def do_restart_application(self, arg):
        def body(words):
            if len(words) < 2:
                raise _Usage("Error: restart_application requires a strategy and an application name")
            strategy = self._strategy(words[0], DeploymentStrategies)
            for app in self._applications(words[1:]):
                self._item(app, lambda a=app: self.supvisors.restart_application(strategy, a), "restarted")
        self._run("restart_application", arg, body)

    def help_restart_application(self):
        self.ctl.output("restart_application <strategy> <app>...\tRestart applications with a strategy")
        self.ctl.output("restart_application <strategy> all\tRestart every application")

    def do_start_args(self, arg):
        def body(words):
            if len(words) < 2:
                raise _Usage("Error: start_args requires a process name and arguments")
            self._item(words[0], lambda: self.supvisors.start_args(words[0], " ".join(words[1:])), "started")
        self._run("start_args", arg, body)

    def help_start_args(self):
        self.ctl.output("start_args <name> <arg>...\tStart a process of this node with extra arguments")

    def do_start_process(self, arg):
        def body(words):
            extra = ""
            if "--" in words:
                cut = words.index("--")
                words, extra = words[:cut], " ".join(words[cut + 1:])
            if len(words) < 2:
                raise _Usage("Error: start_process requires a strategy and a process name")
            strategy = self._strategy(words[0], DeploymentStrategies)
            for name in self._namespecs(words[1:]):
                self._item(name, lambda n=name: self.supvisors.start_process(strategy, n, extra), "started")
        self._run("start_process", arg, body)

    def help_start_process(self):
        self.ctl.output("start_process <strategy> <name>...\tStart processes with a strategy (<app>:<name> or "
                        "<app>:*)")
        self.ctl.output("start_process <strategy> <name>... -- <arg>...\tThe same, with extra arguments")
        self.ctl.output("start_process <strategy> all\tStart every process")

    def do_stop_process(self, arg):
        def body(words):
            if not words:
                raise _Usage("Error: stop_process requires a process name")
            for name in self._namespecs(words):
                self._item(name, lambda n=name: self.supvisors.stop_process(n), "stopped")
        self._run("stop_process", arg, body)

    def help_stop_process(self):
        self.ctl.output("stop_process <name>...\t\tStop processes wherever they run")
        self.ctl.output("stop_process all\t\tStop every process")

    def do_restart_process(self, arg):
        def body(words):
            if len(words) < 2:
                raise _Usage("Error: restart_process requires a strategy and a process name")
            strategy = self._strategy(words[0], DeploymentStrategies)
            for name in self._namespecs(words[1:]):
                self._item(name, lambda n=name: self.supvisors.restart_process(strategy, n), "restarted")
        self._run("restart_process", arg, body)

    def help_restart_process(self):
        self.ctl.output("restart_process <strategy> <name>...\tRestart processes with a strategy")
        self.ctl.output("restart_process <strategy> all\tRestart every process")

    def do_conciliate(self, arg):
        def body(words):
            if len(words) != 1:
                raise _Usage("Error: conciliate requires a strategy")
            strategy = self._strategy(words[0], ConciliationStrategies)
            self._item("conciliate", lambda: self.supvisors.conciliate(strategy), "done")
        self._run("conciliate", arg, body)

    def help_conciliate(self):
        self.ctl.output("conciliate <strategy>\t\tSettle the conflicts (SENICIDE, INFANTICIDE, USER, STOP, RESTART)")

    def do_sreload(self, arg):
        self._run("sreload", arg, lambda words: self._item("supvisors", self.supvisors.restart, "restarting"))

    def help_sreload(self):
        self.ctl.output("sreload\t\t\t\tRestart every supervisord of the cluster (applications stopped first)")

    def do_sshutdown(self, arg):
        self._run("sshutdown", arg, lambda words: self._item("supvisors", self.supvisors.shutdown, "shutting down"))

    def help_sshutdown(self):
        self.ctl.output("sshutdown\t\t\tShut down every supervisord of the cluster (applications stopped first)")

    # ------------------------------------------------------------ completion
    def complete(self, text, state, line=None):
        if line is None:
            import readline
            line = readline.get_line_buffer()
        words = line.split()
        command = words[0] if words else ""
        if command not in APPLICATION_COMMANDS and command not in PROCESS_COMMANDS and command != "conciliate":
            return self._complete(text, state, line)
        position = len(words) - (0 if line.endswith(" ") else 1)  # index of the word being completed
        try:
            matches = self._matches(command, position, text)
        except (ClientError, SupvisorsFault, OSError, xmlrpc.client.Error):
            matches = []
        return matches[state] if state < len(matches) else None

    def _matches(self, command: str, position: int, text: str) -> list[str]:
        strategies = None
        if command == "conciliate":
            strategies = ConciliationStrategies if position == 1 else ()
        elif position == 1 and (APPLICATION_COMMANDS.get(command) or PROCESS_COMMANDS.get(command)):
            strategies = DeploymentStrategies
        if strategies is not None:  # strategy names are case-insensitive
            return [m.name + " " for m in strategies if m.name.startswith(text.upper())]
        if command in APPLICATION_COMMANDS:
            names = [a.application_name for a in self.supvisors.get_all_applications_info()]
        else:
            infos = self.supvisors.get_all_process_info()
            names = sorted({f"{p.application_name}:*" for p in infos}) + \
                [f"{p.application_name}:{p.process_name}" for p in infos]
        return [n + " " for n in names if n.startswith(text)]


def make_supvisors_controller_plugin(controller, **config):
    """supervisorctl's factory (`supervisor.ctl_factory` of `[ctlplugin:supvisors]`)."""
    return SupvisorsControllerPlugin(controller, **config)
