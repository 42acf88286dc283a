"""Rasa's socket.io channel with an Origin allowlist.

Rasa 3.6 creates its socket.io server with `cors_allowed_origins=[]`, which switches python-engineio's Origin check
off: any website could open a chat with the assistant in its visitors' browsers. This channel keeps Rasa's
behaviour and adds the check. Allowed origins come from WEGWIJZER_ORIGINS (comma-separated, e.g.
"https://www.gemeente.nl,https://wegwijzer.gemeente.nl"); an entry ending in ":*" allows any port. The default
only allows pages on this machine. A request without an Origin header is no browser page and is let through.
"""
from __future__ import annotations

import os
from typing import Any, Awaitable, Callable, Optional

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput
from sanic import Blueprint

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


class SocketIOMetToegestaneOrigins(SocketIOInput):
    """Configured in credentials.yml as `bot.socket_channel.SocketIOMetToegestaneOrigins`."""

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        blueprint = super().blueprint(on_new_message)
        allowlist = allowed_origins()
        # python-engineio calls this for every handshake and refuses the connection when it returns False.
        self.sio.eio.cors_allowed_origins = lambda origin, environ=None: origin_allowed(origin, allowlist)
        return blueprint
