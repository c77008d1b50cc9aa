"""Supvisors: a cluster layer for supervisord.

The plugin is loaded by supervisord through `[rpcinterface:supvisors]` (see supvisors.plugin).
"""

__version__ = "0.1.0"
