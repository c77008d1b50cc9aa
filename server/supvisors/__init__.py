"""Supvisors: a cluster layer for supervisord.

The plugin is loaded by supervisord through `[rpcinterface:supvisors]` (see supvisors.plugin).
"""

from ._generated.version import __version__  # noqa: F401  (from VERSION at the repository root)
