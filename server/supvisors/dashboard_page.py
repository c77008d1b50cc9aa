"""The dashboard's HTML, rendered on the server (dashboard.py serves it). One renderer: the first paint
and the live updates (`live_parts`, sent over Server-Sent Events) are the same functions, so the page
without JavaScript and the page with it show the same thing. Every value is escaped."""

from __future__ import annotations

import html
import time
from typing import Any

from ._generated.enums import ConciliationStrategies, DeploymentStrategies

PREFIX = "/supvisors"
LIVE_PARTS = ("summary", "nodes", "applications", "conflicts", "processes")


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _badge(state: str, kind: str) -> str:
    return f'<span class="badge {kind}-{_e(state)}">{_e(state)}</span>'


def _ago(seconds: float, now: float) -> str:
    if seconds <= 0:
        return '<span class="ago">never</span>'
    delta = max(0.0, now - seconds)
    text = f"{delta:.0f} s ago" if delta < 120 else f"{delta / 60:.0f} min ago"
    return f'<span class="ago" data-time="{seconds:.0f}">{text}</span>'


def _since(seconds: float) -> str:
    if seconds <= 0:
        return "-"
    local = time.localtime(seconds)
    today = time.localtime()[:3] == local[:3]  # same year, month and day
    return time.strftime("%H:%M:%S" if today else "%Y-%m-%d %H:%M", local)


def _options(enum, selected: str = "") -> str:
    return "".join(f'<option{" selected" if m.name == selected else ""}>{m.name}</option>' for m in enum)


def _form(token: str, key: str, hidden: dict[str, str], body: str) -> str:
    fields = "".join(f'<input type="hidden" name="{_e(k)}" value="{_e(v)}">' for k, v in hidden.items())
    return (f'<form method="post" action="{PREFIX}/action" class="act" data-key="{_e(key)}">'
            f'<input type="hidden" name="token" value="{_e(token)}">{fields}{body}</form>')


def _button(action: str, label: str, kind: str = "") -> str:
    return f'<button type="submit" name="action" value="{action}" class="{kind}">{label}</button>'


# ---------------------------------------------------------------- live parts
def summary(state: dict[str, Any]) -> str:
    statename = state["state"]["statename"]
    master = state["master"] or "none yet"
    return (f'{_badge(statename, "sv")}<span class="meta">master <strong>{_e(master)}</strong></span>'
            f'<span class="meta">this node <strong>{_e(state["address"])}</strong></span>')


def nodes(state: dict[str, Any]) -> str:
    cards = []
    for n in state["nodes"]:
        load = max(0, min(100, int(n["loading"])))
        cards.append(
            f'<div class="node" id="node-{_e(n["address_name"])}" data-state="{_e(n["statename"])}">'
            f'<div class="node-head"><span class="node-name">{_e(n["address_name"])}</span>'
            f'{_badge(n["statename"], "node")}</div>'
            f'<div class="bar" title="load {load}%"><span style="width:{load}%"></span></div>'
            f'<div class="node-foot"><span>load {load}%</span><span>heard {_ago(n["local_time"], state["now"])}</span>'
            f'</div></div>')
    return "".join(cards)


def applications(state: dict[str, Any], token: str) -> str:
    rows = []
    for a in state["applications"]:
        name = a["application_name"]
        flags = "".join([' <span class="flag major" title="a required process is not running">major failure</span>'
                         if a["major_failure"] else "",
                         ' <span class="flag minor" title="an optional process could not start">minor failure</span>'
                         if a["minor_failure"] else ""])
        actions = _form(token, f"app:{name}", {"application": name},
                        f'<select name="strategy" aria-label="strategy">{_options(DeploymentStrategies)}</select>'
                        f'{_button("start_application", "Start")}{_button("restart_application", "Restart")}'
                        f'{_button("stop_application", "Stop", "danger")}')
        rows.append(f'<tr id="app-{_e(name)}" data-state="{_e(a["statename"])}"><td class="name">{_e(name)}</td>'
                    f'<td class="state">{_badge(a["statename"], "app")}{flags}</td><td>{actions}</td></tr>')
    if not rows:
        return '<p class="empty">No application.</p>'
    return ('<table><thead><tr><th>Application</th><th>State</th><th>Actions</th></tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>')


def conflicts(state: dict[str, Any], token: str) -> str:
    if not state["conflicts"]:
        return ""
    items = "".join(f'<li><strong>{_e(c["process_name"])}</strong> {_e(c["state"])} on '
                    f'{_e(", ".join(c["address"]))}</li>' for c in state["conflicts"])
    form = _form(token, "conciliate", {},
                 f'<select name="conciliation" aria-label="conciliation strategy">'
                 f'{_options(ConciliationStrategies, "SENICIDE")}</select>{_button("conciliate", "Conciliate", "warn")}')
    return (f'<div class="conflicts" role="alert"><h3>{len(state["conflicts"])} conflict(s): a process runs on '
            f'more than one node</h3><ul>{items}</ul>{form}</div>')


def processes(state: dict[str, Any], token: str) -> str:
    rows = []
    for p in state["processes"]:
        namespec = f'{p["application_name"]}:{p["process_name"]}'
        where = ", ".join(p["addresses"]) or "-"
        conflict = " conflict" if len(p["addresses"]) > 1 else ""
        actions = _form(token, f"proc:{namespec}", {"namespec": namespec},
                        f'<select name="strategy" aria-label="strategy">{_options(DeploymentStrategies)}</select>'
                        f'<input name="extra_args" placeholder="arguments" aria-label="extra arguments" size="10">'
                        f'{_button("start_process", "Start")}{_button("restart_process", "Restart")}'
                        f'{_button("stop_process", "Stop", "danger")}')
        search = f"{namespec} {p['statename']} {where}".lower()
        rows.append(f'<tr id="proc-{_e(namespec)}" class="proc{conflict}" data-state="{_e(p["statename"])}" '
                    f'data-search="{_e(search)}"><td>{_e(p["application_name"])}</td>'
                    f'<td class="name">{_e(p["process_name"])}</td><td class="state">{_badge(p["statename"], "proc")}</td>'
                    f'<td class="where">{_e(where)}</td><td class="since">{_since(p.get("last_event_time", 0))}</td>'
                    f'<td>{actions}</td></tr>')
    if not rows:
        return '<p class="empty">No process.</p>'
    return ('<table><thead><tr><th>Application</th><th>Process</th><th>State</th><th>Where</th><th>Since</th>'
            f'<th>Actions</th></tr></thead><tbody>{"".join(rows)}</tbody></table>')


def live_parts(state: dict[str, Any], token: str) -> dict[str, Any]:
    """What a live update replaces: element id -> inner HTML; plus the title and the server's clock."""
    return {"parts": {"summary": summary(state), "nodes": nodes(state), "applications": applications(state, token),
                      "conflicts": conflicts(state, token), "processes": processes(state, token)},
            "title": title(state), "now": state["now"]}


def title(state: dict[str, Any]) -> str:
    return f'Supvisors: {state["state"]["statename"]} ({state["address"]})'


# ---------------------------------------------------------------- pages
def page(state: dict[str, Any], token: str, message: str = "", failed: bool = False) -> str:
    live = live_parts(state, token)["parts"]
    note = (f'<div id="message" class="message {"failed" if failed else "ok"}" role="status">{_e(message)}</div>'
            if message else '<div id="message" class="message" role="status" hidden></div>')
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(title(state))}</title><link rel="icon" href="data:,"><link rel="stylesheet" href="{PREFIX}/static/dashboard.css"></head>
<body data-now="{state["now"]:.3f}">
<header><div class="brand">Supvisors <span>cluster dashboard</span></div>
<div id="summary" class="summary">{live["summary"]}</div>
<div class="links"><span id="live" class="live" title="live updates">static</span>
<a href="{PREFIX}/">refresh</a><a href="/">supervisor page</a></div></header>
<main>{note}
<section><h2>Nodes</h2><div id="nodes" class="nodes">{live["nodes"]}</div></section>
<section><h2>Applications</h2><div id="applications">{live["applications"]}</div></section>
<section><div class="section-head"><h2>Processes</h2>
<input id="filter" type="search" placeholder="Filter: name, state, node" aria-label="filter processes"></div>
<div id="conflicts">{live["conflicts"]}</div><div id="processes">{live["processes"]}</div></section>
</main>
<footer>Without JavaScript, reload the page to see changes. Actions are the XML-RPC methods of the
<code>supvisors</code> namespace, with the same checks.</footer>
<script src="{PREFIX}/static/dashboard.js" defer></script>
</body></html>
"""


def error_page(text: str) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Supvisors</title></head>'
            f'<body><p>{_e(text)}</p><p><a href="{PREFIX}/">Back to the dashboard</a></p></body></html>')
