"""pytest helpers: start a harness Node under pytest-xprocess, tear it down by pid."""

from __future__ import annotations

from xprocess import ProcessStarter

from .supervisord import Node


def start_node(xprocess, node: Node, name: str, timeout: float = 30.0) -> Node:
    """Start node's supervisord as xprocess `name`; restart=True so that a stale one is never reused."""
    node.write_config()

    class Starter(ProcessStarter):
        args = node.command()
        env = node.environ()
        terminate_on_interrupt = True
        max_read_lines = 200

        def startup_check(self) -> bool:
            try:
                return node.is_ready()
            except Exception:
                return False

    Starter.timeout = timeout
    xprocess.ensure(name, Starter, restart=True)
    node.xprocess_info = xprocess.getinfo(name)
    return node


def stop_node(node: Node) -> None:
    info = getattr(node, "xprocess_info", None)
    if info is not None and info.isrunning():
        info.terminate(timeout=10)
