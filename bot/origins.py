"""Which websites may use the assistant: the Origin allowlist for the socket.io channel and the widget's files.

WEGWIJZER_ORIGINS is a comma-separated list of origins ("https://www.gemeente.nl"); an entry ending in ":*" allows
any port. The default allows only pages on this machine. A request without an Origin header is no browser page.
"""
from __future__ import annotations

import os
from typing import Optional

DEFAULT_ORIGINS = "http://localhost:*,http://127.0.0.1:*"
ENV_VAR = "WEGWIJZER_ORIGINS"


def allowed_origins() -> tuple[str, ...]:
    return tuple(o.strip().rstrip("/") for o in os.environ.get(ENV_VAR, DEFAULT_ORIGINS).split(",") if o.strip())


def origin_allowed(origin: Optional[str], allowlist: tuple[str, ...]) -> bool:
    if not origin:
        return True
    origin = origin.rstrip("/")
    for allowed in allowlist:
        if allowed.endswith(":*"):
            base = allowed[:-2]
            if origin == base or (origin.startswith(base + ":") and origin[len(base) + 1:].isdigit()):
                return True
        elif origin == allowed:
            return True
    return False
