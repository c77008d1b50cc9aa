# DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
"""The event stream of spec/events.yaml: its topics and one body builder per topic.

A body is the reply struct of its topic (built by replies.py) plus the topic's extra keys, each
converted to its wire type; an optional extra key left at None is not sent. The server publishes no
event body built by hand.
"""

from typing import Any

TOPICS: tuple[str, ...] = ("supvisors", "address", "application", "process")


def supvisors_event(
    body: dict[str, Any],
    *,
    master: str,
) -> dict[str, Any]:
    """Topic `supvisors`: The Supvisors state or the master of the publishing node changed."""
    event = dict(body)
    event["master"] = str(master)
    return event


def address_event(
    body: dict[str, Any],
) -> dict[str, Any]:
    """Topic `address`: A node changed state (e.g. RUNNING, then SILENT when it stops answering)."""
    event = dict(body)
    return event


def application_event(
    body: dict[str, Any],
    *,
    removed: bool | None = None,
) -> dict[str, Any]:
    """Topic `application`: An application changed: published after the process events that changed it. An
    application that left the view (its last process was removed) is published once more, UNKNOWN,
    with `removed` true."""
    event = dict(body)
    if removed is not None:
        event["removed"] = bool(removed)
    return event


def process_event(
    body: dict[str, Any],
    *,
    address: str,
    removed: bool | None = None,
) -> dict[str, Any]:
    """Topic `process`: A process changed state, or where it runs, on any node of the cluster. `address`
    names the node where the change happened (`addresses` is empty once the process is stopped, so
    it is the only way to tell which node stopped). A process that left the view (no node reports it
    any more) is published once more, UNKNOWN, with no address in `addresses` and `removed` true."""
    event = dict(body)
    event["address"] = str(address)
    if removed is not None:
        event["removed"] = bool(removed)
    return event
