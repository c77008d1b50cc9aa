"""Typed Python client of Supvisors: `SupvisorsClient(url, username, password)`.

Structs are frozen dataclasses, enum fields IntEnum members, faults typed exceptions (all
subclasses of SupvisorsFault); transport and decoding problems raise ClientError subclasses.
"""

from ._generated import *  # noqa: F401,F403
from ._generated.version import __version__  # noqa: F401  (from VERSION at the repository root)
from .client import SupvisorsClient  # noqa: F401
from .errors import (  # noqa: F401
    AuthenticationError,
    ClientError,
    DecodeError,
    SupvisorsFault,
    TransportError,
)
from .subscriber import EventSubscriber  # noqa: F401
