"""The cluster dashboard, served by supervisord's own HTTP server at /supvisors/ (same port, same
authentication as supervisor's page, which keeps `/`).

- GET /supvisors/           the page, rendered on the server (dashboard_page.py): works with curl and
                            without JavaScript (a refresh shows the new state);
- GET /supvisors/events     Server-Sent Events: one `state` event (the page's live parts as HTML) at
                            once, then one at each change of the cluster, and the nodes' part every
                            second (when each node was last heard);
- GET /supvisors/state.json the same state as JSON (the shapes of the XML-RPC replies);
- POST /supvisors/action    an action (form fields: action, token, and the method's arguments): it goes
                            through the XML-RPC method of the same name with wait=False, so the same
                            checks raise the same faults, shown on the page as one line;
- GET /supvisors/static/... the stylesheet and the script, served by the plugin (nothing from outside).

Changes are pushed without polling: EventStream.publish (every event of the event stream, stream.py) calls
`Dashboard.changed`, which marks the open event streams so that supervisord's loop writes them at its
next turn. Threading: supervisord's thread only.
"""

from __future__ import annotations

import json
import secrets
import time
import urllib.parse
import weakref
from pathlib import Path
from typing import TYPE_CHECKING, Any

from supervisor.http import NOT_DONE_YET, supervisor_auth_handler
from supervisor.xmlrpc import RPCError

from . import dashboard_page, shapes
from ._generated.enums import ConciliationStrategies, DeploymentStrategies

if TYPE_CHECKING:
    from .cluster import Cluster
    from .rpcinterface import SupvisorsNamespaceRPCInterface

PREFIX = "/supvisors"
STATIC = Path(__file__).with_name("static")
STATIC_TYPES = {".css": "text/css; charset=utf-8", ".js": "application/javascript; charset=utf-8",
                ".svg": "image/svg+xml"}
NODES_PERIOD = 1.0  # s: the nodes' part is sent at least this often (it also keeps the stream open)
MAX_BODY = 64 * 1024
# action -> (XML-RPC method, form fields in argument order); wait=False is appended
ACTIONS = {
    "start_application": ("start_application", ("strategy", "application")),
    "stop_application": ("stop_application", ("application",)),
    "restart_application": ("restart_application", ("strategy", "application")),
    "start_process": ("start_process", ("strategy", "namespec", "extra_args")),
    "stop_process": ("stop_process", ("namespec",)),
    "restart_process": ("restart_process", ("strategy", "namespec")),
    "start_args": ("start_args", ("namespec", "extra_args")),
    "conciliate": ("conciliate", ("conciliation",)),
}


class ActionError(ValueError):
    """A request that cannot be an action (missing field, bad strategy name...)."""


def state_of(cluster: Cluster) -> dict[str, Any]:
    """The cluster as the dashboard shows it, in the XML-RPC replies' shapes."""
    view, membership = cluster.view, cluster.membership
    return {
        "state": shapes.supvisors_state(cluster.state),
        "master": cluster.master,
        "address": cluster.address,
        "now": time.time(),
        "nodes": [shapes.address_info(membership, view, a) for a in cluster.opts.address_list],
        "applications": [shapes.application_info(view, a) for a in sorted(view.by_app)],
        "processes": [shapes.process_info(view.processes[k]) for k in sorted(view.processes)],
        "conflicts": [shapes.conflict(s) for s in view.conflicts()],
    }


class EventStream:
    """The producer of one /supvisors/events response (a deferred producer, as supervisor's tail -f)."""

    delay = 0.05  # s: how often supervisord's loop asks when nothing changed

    def __init__(self, dashboard: Dashboard, request):
        self.dashboard = dashboard
        self.request = weakref.ref(request)
        self.sent_version = -1
        self.last_write = time.monotonic()

    def more(self):
        dashboard = self.dashboard
        if self.sent_version != dashboard.version:
            self.sent_version = dashboard.version
            parts = dashboard_page.live_parts(dashboard.state(), dashboard.token)
        elif time.monotonic() - self.last_write >= NODES_PERIOD:
            parts = dashboard.nodes_update()  # heartbeats publish no event: "heard ... ago" stays true
        else:
            return NOT_DONE_YET
        self.last_write = time.monotonic()
        return f"event: state\ndata: {json.dumps(parts)}\n\n".encode()


class Dashboard:
    """The HTTP handler of /supvisors/ (medusa's match / handle_request)."""

    IDENT = "Supvisors dashboard"

    def __init__(self, cluster: Cluster, rpc: SupvisorsNamespaceRPCInterface):
        self.cluster = cluster
        self.rpc = rpc
        self.version = 0
        self.token = secrets.token_urlsafe(16)  # in every form: a POST without it is refused (CSRF)
        self.streams: weakref.WeakSet = weakref.WeakSet()
        self._state: dict[str, Any] | None = None

    # ------------------------------------------------------------ changes
    def changed(self, topic: str = "") -> None:
        """The cluster published an event: every open stream writes at the loop's next turn."""
        self.version += 1
        self._state = None
        for stream in list(self.streams):
            request = stream.request()
            channel = getattr(request, "channel", None)
            if channel is not None:
                channel.last_writable_check = 0.0  # deferring_http_channel: writable at once, not after delay

    def nodes_update(self) -> dict[str, Any]:
        """The nodes' part alone, fresh: when each node was last heard changes without any event."""
        cluster = self.cluster
        state = {"now": time.time(), "address": cluster.address, "state": shapes.supvisors_state(cluster.state),
                 "nodes": [shapes.address_info(cluster.membership, cluster.view, a) for a in cluster.opts.address_list]}
        return {"parts": {"nodes": dashboard_page.nodes(state)}, "title": dashboard_page.title(state), "now": state["now"]}

    def state(self) -> dict[str, Any]:
        if self._state is None:
            self.cluster.drain_inbox()
            self._state = state_of(self.cluster)
        return self._state

    # ------------------------------------------------------------ medusa handler
    def match(self, request) -> bool:
        path = request.split_uri()[0]
        return path == PREFIX or path.startswith(PREFIX + "/")

    def handle_request(self, request) -> None:
        path = urllib.parse.unquote(request.split_uri()[0])
        try:
            if path in (PREFIX, PREFIX + "/") and request.command == "GET":
                self._page(request)
            elif path == PREFIX + "/events" and request.command == "GET":
                self._events(request)
            elif path == PREFIX + "/state.json" and request.command == "GET":
                self._reply(request, 200, json.dumps(self.state()).encode(), "application/json")
            elif path.startswith(PREFIX + "/static/") and request.command == "GET":
                self._static(request, path[len(PREFIX + "/static/"):])
            elif path == PREFIX + "/action" and request.command == "POST":
                self._collect(request)
            else:
                request.error(404 if request.command in ("GET", "POST") else 405)
        except Exception as exc:  # never a traceback to the browser; the log has it
            self.cluster.logger.error(f"supvisors: dashboard {request.command} {path}: {exc!r}")
            self._reply(request, 500, dashboard_page.error_page(f"internal error: {exc}").encode())

    def _reply(self, request, status: int, body: bytes, kind: str = "text/html; charset=utf-8") -> None:
        request.reply_code = status
        request["Content-Type"] = kind
        request["Content-Length"] = len(body)
        request["Cache-Control"] = "no-store"
        request.push(body)
        request.done()

    def _page(self, request) -> None:
        query = urllib.parse.parse_qs((request.split_uri()[2] or "").lstrip("?"))
        message = query.get("message", [""])[0][:500]
        failed = query.get("failed", ["0"])[0] == "1"
        body = dashboard_page.page(self.state(), self.token, message, failed)
        self._reply(request, 200, body.encode())

    def _events(self, request) -> None:
        request["Content-Type"] = "text/event-stream"
        request["Cache-Control"] = "no-store"
        request["X-Accel-Buffering"] = "no"
        stream = EventStream(self, request)
        self.streams.add(stream)
        request.push(stream)
        request.done()

    def _static(self, request, name: str) -> None:
        path = STATIC / name
        if "/" in name or path.suffix not in STATIC_TYPES or not path.is_file():
            request.error(404)
            return
        self._reply(request, 200, path.read_bytes(), STATIC_TYPES[path.suffix])

    # ------------------------------------------------------------ actions
    def _collect(self, request) -> None:
        """The body arrives after the headers: medusa hands it to a collector, then calls found_terminator."""
        length = int(request.get_header("content-length") or 0)
        if length <= 0 or length > MAX_BODY:
            self._reply(request, 400, dashboard_page.error_page("an action needs a form body").encode())
            return
        request.collector = _Collector(self, request, length)
        request.channel.set_terminator(length)

    def act(self, request, body: bytes) -> None:
        fields = {k: v[0] for k, v in urllib.parse.parse_qs(body.decode("utf-8", "replace"),
                                                           keep_blank_values=True).items()}
        wants_json = "application/json" in (request.get_header("accept") or "")
        try:
            if not secrets.compare_digest(fields.get("token", ""), self.token):
                raise ActionError("the page is out of date (reload it)")
            ok, message = True, self._run(fields)
        except ActionError as exc:
            ok, message = False, str(exc)
        except RPCError as exc:
            ok, message = False, f"{fields.get('action')}: {exc.text}"  # supervisor: "NAME: reason"
        self.changed()
        if wants_json:
            self._reply(request, 200 if ok else 400, json.dumps({"ok": ok, "message": message}).encode(),
                        "application/json")
        else:  # without JavaScript: back to the page, with the message
            query = urllib.parse.urlencode({"message": message, "failed": "0" if ok else "1"})
            request["Location"] = f"{PREFIX}/?{query}"
            self._reply(request, 303, b"")

    def _run(self, fields: dict[str, str]) -> str:
        action = fields.get("action", "")
        if action not in ACTIONS:
            raise ActionError(f"unknown action {action[:40]!r}")
        method, names = ACTIONS[action]
        args: list[Any] = []
        for name in names:
            value = fields.get(name)
            if value is None:
                raise ActionError(f"{action}: missing {name}")
            if name == "strategy":
                args.append(_enum(DeploymentStrategies, value))
            elif name == "conciliation":
                args.append(_enum(ConciliationStrategies, value))
            else:
                args.append(value)
        getattr(self.rpc, method)(*args, False)
        target = fields.get("namespec") or fields.get("application") or fields.get("conciliation", "")
        return f"{action.replace('_', ' ')} {target}: requested"


class _Collector:
    def __init__(self, dashboard: Dashboard, request, length: int):
        self.dashboard, self.request, self.length = dashboard, request, length
        self.data = bytearray()

    def collect_incoming_data(self, data: bytes) -> None:
        self.data += data

    def found_terminator(self) -> None:
        self.request.channel.set_terminator(b"\r\n\r\n")
        self.request.collector = None
        self.dashboard.act(self.request, bytes(self.data))


def _enum(enum, value: str) -> int:
    try:
        return int(enum[value.strip().upper()])
    except KeyError:
        raise ActionError(f"{value[:40]!r} is not one of {', '.join(m.name for m in enum)}") from None



def install(supervisord, cluster: Cluster, rpc: SupvisorsNamespaceRPCInterface) -> Dashboard:
    """Add the dashboard to every HTTP server of supervisord (once each), with supervisor's authentication."""
    dashboard = getattr(cluster, "dashboard", None) or Dashboard(cluster, rpc)
    cluster.dashboard = dashboard
    if dashboard.changed not in cluster.watchers:
        cluster.watchers.append(dashboard.changed)
    for config, server in supervisord.options.httpservers:
        if getattr(server, "_supvisors_dashboard", False):
            continue
        handler = dashboard
        if config.get("username"):
            handler = supervisor_auth_handler({config["username"]: config["password"]}, dashboard)
        server.install_handler(handler)  # first checked: /supvisors/ before supervisor's catch-all
        server._supvisors_dashboard = True
    return dashboard
