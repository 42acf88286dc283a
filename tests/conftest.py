"""Shared fixtures: a real trained model, a real action server and Rasa server on free ports, real SQLite."""
from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any, Iterator

import pytest
import requests

from bot.serve import Servers, Settings, ensure_model, free_port


def start_servers(tmp: Path, db: Path | None = None, **overrides: Any) -> Servers:
    # the token starts with '-' as a generated one may (secrets.token_urlsafe): the Rasa server must still start
    settings = Settings(rasa_port=free_port(), action_port=free_port(), web_port=free_port(),
                        token=f"-{uuid.uuid4().hex}",
                        sqlite_path=db or tmp / "gesprekken.db", log_dir=tmp / "logs", **overrides)
    return Servers(settings, ensure_model(quiet=True)).start()


CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser() -> Iterator:
    """Debian's Chromium driven by Playwright (the widget and staff page tests); no browser is downloaded."""
    if not CHROMIUM.exists():
        pytest.fail("/usr/bin/chromium ontbreekt: scripts/test installeert het Debian-pakket chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def assistant(tmp_path_factory) -> Iterator[Servers]:
    servers = start_servers(tmp_path_factory.mktemp("assistant"))
    yield servers
    servers.stop()


class Chat:
    """One parent's conversation through the REST channel."""

    def __init__(self, servers: Servers, sender: str | None = None):
        self.servers = servers
        self.sender = sender or f"test-{uuid.uuid4().hex[:10]}"
        self.replies: list[dict] = []

    def say(self, text: str) -> list[dict]:
        response = requests.post(f"{self.servers.url}/webhooks/rest/webhook",
                                 json={"sender": self.sender, "message": text}, timeout=60)
        response.raise_for_status()
        self.replies = response.json()
        return self.replies

    @property
    def texts(self) -> list[str]:
        return [m["text"] for m in self.replies if m.get("text")]

    @property
    def buttons(self) -> list[dict]:
        return [b for m in self.replies for b in m.get("buttons") or []]

    @property
    def route(self) -> dict | None:
        routes = [m["custom"]["route"] for m in self.replies if isinstance(m.get("custom"), dict)
                  and "route" in m["custom"]]
        return routes[-1] if routes else None

    @property
    def asked(self) -> str | None:
        """The situation slot the last reply asks about, read from its button payloads."""
        for button in self.buttons:
            if button["payload"].startswith("/inform{"):
                return next(iter(json.loads(button["payload"][len("/inform"):])))
        return None

    def tracker(self) -> dict:
        response = requests.get(f"{self.servers.url}/conversations/{self.sender}/tracker",
                                params={"token": self.servers.settings.token}, timeout=30)
        response.raise_for_status()
        return response.json()

    def slots(self) -> dict:
        return self.tracker()["slots"]


@pytest.fixture
def chat(assistant) -> Chat:
    return Chat(assistant)
