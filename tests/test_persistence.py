"""Conversations live in a real SQL tracker store: they survive a server restart. The production set-up
(PostgreSQL tracker store + Redis lock store) is tested where those servers run on this machine."""
from __future__ import annotations

import os
import socket
import uuid

import pytest

from tests.conftest import Chat, start_servers

pytestmark = pytest.mark.e2e


def _reachable(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def _continue_after_restart(tmp_path, **settings):
    sender = f"herstart-{uuid.uuid4().hex[:8]}"
    servers = start_servers(tmp_path / "eerste", **settings)
    try:
        chat = Chat(servers, sender)
        chat.say("mijn zoon is 15 en we staan bij de gemeente op een wachtlijst")
        assert chat.asked == "wlz"
    finally:
        servers.stop()
    servers = start_servers(tmp_path / "tweede", **settings)
    try:
        chat = Chat(servers, sender)
        assert chat.slots()["gemeente_uitkomst"] == "wachten", "the facts came back from the database"
        chat.say('/inform{"wlz": "nee"}')
        assert chat.route and chat.route["rule"] == "13", chat.replies
        events = [e["event"] for e in chat.tracker()["events"]]
        assert events.count("user") == 2, "nothing from before the restart was lost"
    finally:
        servers.stop()


def test_conversation_survives_a_restart_sqlite(tmp_path):
    db = tmp_path / "gesprekken.db"
    _continue_after_restart(tmp_path, db=db)
    assert db.stat().st_size > 0


@pytest.mark.skipif(not _reachable(5432), reason="no PostgreSQL on 127.0.0.1:5432 on this machine")
@pytest.mark.skipif(not _reachable(6379), reason="no Redis on 127.0.0.1:6379 on this machine")
def test_conversation_survives_a_restart_postgres_and_redis(tmp_path):
    env = {"DB_HOST": os.environ.get("DB_HOST", "127.0.0.1"), "DB_PORT": os.environ.get("DB_PORT", "5432"),
           "DB_NAME": os.environ.get("DB_NAME", "test"), "DB_USER": os.environ.get("DB_USER", "postgres"),
           "DB_PASSWORD": os.environ.get("DB_PASSWORD", ""), "REDIS_HOST": "127.0.0.1", "REDIS_PORT": "6379"}
    _continue_after_restart(tmp_path, store="postgres", extra_env=env)
