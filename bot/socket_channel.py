"""Rasa's socket.io channel with an Origin allowlist and one event per bot message.

Rasa 3.6 creates its socket.io server with `cors_allowed_origins=[]`, which switches python-engineio's Origin check
off: any website could open a chat with the assistant in its visitors' browsers. This channel keeps Rasa's
behaviour and adds the check against WEGWIJZER_ORIGINS (bot/origins.py).

Rasa's socket.io output also splits a text at blank lines into several events and sends a message's `custom`
payload as keyword arguments to `emit` (which fails). The widget needs a bot message whole: its text, its buttons
and its route payload together, so this channel sends each bot message as one `bot_uttered` event.
"""
from __future__ import annotations

import json
import logging
import re
import uuid
from typing import Any, Awaitable, Callable, Optional

from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.core.channels.socketio import SocketIOInput
from sanic import Blueprint
from socketio import AsyncServer

from bot.origins import allowed_origins, origin_allowed

MAX_MESSAGE_CHARS = 10_000  # a parent's story fits; anything longer is cut, never refused silently
logger = logging.getLogger(__name__)
SESSION_ID = re.compile(r"[A-Za-z0-9_-]{8,64}")  # the widget makes 32 random hex characters


def valid_session_id(value: Any) -> bool:
    return isinstance(value, str) and SESSION_ID.fullmatch(value) is not None


def widget_message(message: dict[str, Any]) -> dict[str, Any]:
    """A bot message as the widget reads it: text, buttons as {title, payload}, and the custom payload."""
    out: dict[str, Any] = {}
    if message.get("text"):
        out["text"] = message["text"]
    buttons = message.get("buttons") or message.get("quick_replies") or []
    if buttons:
        out["buttons"] = [{"title": b["title"], "payload": b["payload"]} for b in buttons]
    if isinstance(message.get("custom"), dict):
        out["custom"] = message["custom"]
    return out


class WholeMessageOutput(OutputChannel):
    """Sends each bot message as one event to the room of the conversation."""

    def __init__(self, sio: AsyncServer, bot_message_evt: str) -> None:
        self.sio = sio
        self.bot_message_evt = bot_message_evt

    @classmethod
    def name(cls) -> str:
        return "socketio"

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        data = widget_message(message)
        if data:
            await self.sio.emit(self.bot_message_evt, data, room=recipient_id)

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await self.send_response(recipient_id, {"text": text})


class SocketIOMetToegestaneOrigins(SocketIOInput):
    """Configured in credentials.yml as `bot.socket_channel.SocketIOMetToegestaneOrigins`."""

    def get_output_channel(self) -> Optional[OutputChannel]:
        return WholeMessageOutput(self.sio, self.bot_message_evt) if self.sio else None

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        blueprint = super().blueprint(on_new_message)
        sio = self.sio
        allowlist = allowed_origins()
        # python-engineio calls this for every handshake and refuses the connection when it returns False.
        sio.eio.cors_allowed_origins = lambda origin, environ=None: origin_allowed(origin, allowlist)

        # Rasa calls python-socketio's enter_room without await (it became a coroutine), so the socket never
        # joins its conversation's room and replies get lost; this handler replaces Rasa's.
        @sio.on("session_request", namespace=self.namespace)
        async def session_request(sid: str, data: Any) -> None:
            session_id = data.get("session_id") if isinstance(data, dict) else None
            if not valid_session_id(session_id):
                session_id = uuid.uuid4().hex
            if self.session_persistence:
                await sio.enter_room(sid, session_id, namespace=self.namespace)
            await sio.emit("session_confirm", session_id, room=sid, namespace=self.namespace)

        # Replaces Rasa's handler (same event, same namespace) so replies go out through WholeMessageOutput.
        @sio.on(self.user_message_evt, namespace=self.namespace)
        async def handle_message(sid: str, data: Any) -> None:
            if not isinstance(data, dict):
                logger.warning("socket.io-bericht zonder geldige inhoud genegeerd")
                return
            if self.session_persistence:
                sender_id = data.get("session_id")
                if not valid_session_id(sender_id):
                    logger.warning("socket.io-bericht zonder session_id genegeerd")
                    return
                await sio.enter_room(sid, sender_id, namespace=self.namespace)
            else:
                sender_id = sid
            text = data.get("message", "")
            text = text[:MAX_MESSAGE_CHARS] if isinstance(text, str) else ""
            metadata = data.get(self.metadata_key) or {}
            if isinstance(metadata, str):
                try:
                    metadata = json.loads(metadata)
                except ValueError:
                    metadata = {}
            await on_new_message(UserMessage(text, WholeMessageOutput(sio, self.bot_message_evt), sender_id,
                                             input_channel=self.name(),
                                             metadata=metadata if isinstance(metadata, dict) else {}))

        return blueprint

