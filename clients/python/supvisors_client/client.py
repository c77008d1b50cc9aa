"""SupvisorsClient: one node's three namespaces (system, supervisor, supvisors), typed."""

from __future__ import annotations

from ._generated import SupervisorNamespace, SupvisorsNamespace, SystemNamespace
from .transport import Transport


class SupvisorsClient:
    """Typed client of one Supvisors node (one supervisord with the Supvisors plugin).

    >>> client = SupvisorsClient("http://127.0.0.1:60000", "demo", "demo")
    >>> client.supvisors.get_supvisors_state().statename
    'OPERATION'

    timeout is a number of seconds, or a (connect, read) pair; calls with wait=True may take as long
    as the operation, so give the read timeout room for it.
    """

    def __init__(self, url: str, username: str | None = None, password: str | None = None,
                 timeout: float | tuple[float, float] = (3.0, 30.0)):
        self.transport = Transport(url, username, password, timeout)
        self.system = SystemNamespace(self.transport.call)
        self.supervisor = SupervisorNamespace(self.transport.call)
        self.supvisors = SupvisorsNamespace(self.transport.call)

    @property
    def url(self) -> str:
        return self.transport.url

    def close(self) -> None:
        self.transport.close()

    def __enter__(self) -> SupvisorsClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
