# DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
"""The `system` namespace: XML-RPC introspection and batching, served by supervisord for every namespace."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .. import _wire as _w
from . import enums as _e  # noqa: F401
from .enums import *  # noqa: F401,F403
from .faults import *  # noqa: F401,F403
from .structs import *  # noqa: F401,F403


class SystemNamespace:
    """XML-RPC introspection and batching, served by supervisord for every namespace."""

    def __init__(self, call: Callable[[str, list[Any]], Any]):
        self._call = call

    def listMethods(self) -> list[str]:
        """Return the names of all methods of all namespaces, sorted.

        :returns: The full method names.
        """
        where = "system.listMethods"
        params = []
        return _w.array_of(_w.dec_string)(self._call("system.listMethods", params), where)

    def methodHelp(self, name: str) -> str:
        """Return the documentation of a method.

        :param name: Full method name, e.g. 'supvisors.get_api_version'.
        :returns: The method's docstring.
        :raises SignatureUnsupported: The method has no signature or help.
        """
        where = "system.methodHelp"
        params = [_w.enc_string(name, where + ": name")]
        return _w.dec_string(self._call("system.methodHelp", params), where)

    def methodSignature(self, name: str) -> list[str]:
        """Return the signature of a method as [return type, parameter types...], read from the @param and @return tags of its docstring.

        :param name: Full method name.
        :returns: The return type, then the parameter types.
        :raises SignatureUnsupported: The method has no signature or help.
        """
        where = "system.methodSignature"
        params = [_w.enc_string(name, where + ": name")]
        return _w.array_of(_w.dec_string)(self._call("system.methodSignature", params), where)

    def multicall(self, calls: list[MulticallRequest | dict[str, Any]]) -> list[Any]:
        """Run several calls in one request. Each result is the call's value, or a struct {faultCode, faultString} for a call that raised a fault. Nested multicalls are refused.

        :param calls: The calls to run, in order.
        :returns: One result per call, in order.
        """
        where = "system.multicall"
        params = [_w.array_enc(_w.struct_enc(MulticallRequest))(calls, where + ": calls")]
        return _w.array_of(_w.dec_any)(self._call("system.multicall", params), where)
