"""XML-RPC proxies to any Supvisors node that shares the local HTTP configuration.

    from supvisors.rpcrequests import getRPCInterface
    proxy = getRPCInterface(address, os.environ)
    proxy.supvisors.get_supvisors_state()

env is the environment supervisord gives its processes: SUPERVISOR_SERVER_URL (whose port is
reused for the remote address), SUPERVISOR_USERNAME and SUPERVISOR_PASSWORD.
"""

from __future__ import annotations

import xmlrpc.client
from collections.abc import Mapping
from urllib.parse import urlsplit

from supervisor.xmlrpc import SupervisorTransport


def getRPCInterface(address: str, env: Mapping[str, str]) -> xmlrpc.client.ServerProxy:  # noqa: N802 (API name)
    """Return a proxy to the supervisord at address, on the port of env's SUPERVISOR_SERVER_URL."""
    url = env.get("SUPERVISOR_SERVER_URL")
    if not url:
        raise ValueError("SUPERVISOR_SERVER_URL is not set: not a process spawned by supervisord?")
    parts = urlsplit(url)
    if parts.scheme == "unix":
        raise ValueError("SUPERVISOR_SERVER_URL is a UNIX socket: remote nodes need an inet_http_server")
    port = parts.port or 80
    transport = SupervisorTransport(env.get("SUPERVISOR_USERNAME", ""), env.get("SUPERVISOR_PASSWORD", ""),
                                    f"http://{address}:{port}")
    # the URL given to ServerProxy is ignored by SupervisorTransport, which has its own
    return xmlrpc.client.ServerProxy("http://127.0.0.1", transport)
