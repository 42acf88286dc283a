"""The socket.io channel refuses pages from websites that are not on the allowlist (issue 4, channel security)."""
from __future__ import annotations

import pytest
import requests

from bot.origins import DEFAULT_ORIGINS, origin_allowed

HANDSHAKE = "/socket.io/?EIO=4&transport=polling"


@pytest.mark.parametrize("origin,allowed", [
    ("http://localhost:8080", True), ("http://127.0.0.1:5005", True), ("http://localhost", True),
    ("https://kwaadwillig.example", False), ("http://localhost.kwaadwillig.example", False),
    ("http://localhost:80abc", False), (None, True),
])
def test_default_allowlist(origin, allowed):
    assert origin_allowed(origin, tuple(DEFAULT_ORIGINS.split(","))) is allowed


def test_exact_origins():
    allowlist = ("https://www.gemeente.nl",)
    assert origin_allowed("https://www.gemeente.nl/", allowlist)
    assert not origin_allowed("http://www.gemeente.nl", allowlist)
    assert not origin_allowed("https://www.gemeente.nl:8443", allowlist)


@pytest.mark.e2e
def test_the_running_channel_enforces_the_allowlist(assistant):
    refused = requests.get(assistant.url + HANDSHAKE, headers={"Origin": "https://kwaadwillig.example"}, timeout=10)
    assert refused.status_code == 400
    accepted = requests.get(assistant.url + HANDSHAKE, headers={"Origin": "http://localhost:8080"}, timeout=10)
    assert accepted.status_code == 200 and accepted.text.startswith("0{"), accepted.text[:80]
