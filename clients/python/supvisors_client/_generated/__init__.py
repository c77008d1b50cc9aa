# DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
"""Generated part of supvisors_client: enums, structs, faults, events and one class per namespace."""

from .enums import *  # noqa: F401,F403
from .faults import *  # noqa: F401,F403
from .structs import *  # noqa: F401,F403
from .events import *  # noqa: F401,F403
from .system import SystemNamespace  # noqa: F401
from .supervisor import SupervisorNamespace  # noqa: F401
from .supvisors import SupvisorsNamespace  # noqa: F401
