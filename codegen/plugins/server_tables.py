"""Server plugin: enums, faults and the supvisors method table (server/supvisors/_generated)."""

from __future__ import annotations

from ..model import Spec
from ..render import make_env

NAME = "server"
OUTPUT_DIRS = ["server/supvisors/_generated"]
_PKG = "server/supvisors/_generated"


def generate(spec: Spec) -> dict[str, str]:
    env = make_env("server_tables")
    ctx = {"spec": spec, "ns": spec.namespaces["supvisors"]}
    return {
        f"{_PKG}/__init__.py": env.get_template("init.py.j2").render(ctx),
        f"{_PKG}/enums.py": env.get_template("enums.py.j2").render(ctx),
        f"{_PKG}/faults.py": env.get_template("faults.py.j2").render(ctx),
        f"{_PKG}/api.py": env.get_template("api.py.j2").render(ctx),
    }
