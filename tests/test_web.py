"""The web server (bot/web.py) and the socket.io channel, without a browser: files, headers, bad socket input."""
from __future__ import annotations

import time

import pytest
import requests
import socketio

from bot.content import WIDGET_TEXTS, ContactFact, load_content
from bot.messages import contact_link, route_card
from bot.engine import Engine, Route

pytestmark = pytest.mark.e2e


def test_widget_content_comes_from_the_content_files(assistant):
    data = requests.get(f"{assistant.web_url}/widget/inhoud.json", timeout=10).json()
    content = load_content()
    assert set(data["teksten"]) == set(WIDGET_TEXTS) and data["teksten"] == dict(content.widget.texts)
    assert [o["id"] for o in data["direct_hulp"]] == list(content.widget.direct_help)


def test_widget_files_only_for_allowed_websites(assistant):
    url = f"{assistant.web_url}/widget/inhoud.json"
    allowed = requests.get(url, headers={"Origin": "http://localhost:3000"}, timeout=10)
    foreign = requests.get(url, headers={"Origin": "https://kwaadwillig.example"}, timeout=10)
    assert allowed.headers.get("Access-Control-Allow-Origin") == "http://localhost:3000"
    assert "Access-Control-Allow-Origin" not in foreign.headers
    assert requests.get(f"{assistant.web_url}/widget/../serve.py", timeout=10).status_code == 404
    assert requests.get(f"{assistant.web_url}/widget/geheim.txt", timeout=10).status_code == 404


def test_demo_page_forbids_inline_scripts_and_points_at_the_assistant(assistant):
    page = requests.get(f"{assistant.web_url}/", timeout=10)
    csp = page.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and assistant.url in csp
    assert f'data-server="{assistant.url}"' in page.text and 'lang="nl"' in page.text


@pytest.mark.parametrize("fact,link", [
    (ContactFact("telefoon", "0800-2000 (gratis)", "x", None), "tel:08002000"),
    (ContactFact("telefoon", "14 + het netnummer van je gemeente", "x", None), None),
    (ContactFact("telefoon", "030 789 78 78", "x", None, unconfirmed=True), None),
    (ContactFact("email", "info@akj.nl", "x", None), "mailto:info@akj.nl"),
    (ContactFact("website", "javascript:alert(1)", "x", None), None),
    (ContactFact("openingstijden", "Dag en nacht", "x", None), None),
])
def test_contact_links_are_only_safe_fixed_addresses(fact, link):
    assert contact_link(fact) == link


def test_route_card_carries_the_same_facts_as_the_text():
    content = load_content()
    decision = Engine(content).decide({"hulpvraag": "regels_en_geld"})
    assert isinstance(decision, Route)
    card = route_card(content, decision, place="Tilburg")
    org = content.organisations[decision.destination]
    assert card["naam"] == org.name and card["waarom"] == decision.reason
    assert [c["waarde"] for c in card["contact"]] == [c.value for c in org.contacts]
    assert [o["id"] for o in card["ook"]] == list(decision.also)


def _socket(assistant) -> tuple[socketio.Client, list]:
    received: list = []
    client = socketio.Client(reconnection=False)
    client.on("bot_uttered", received.append)
    client.connect(assistant.url, transports=["polling"], headers={"Origin": "http://localhost:8000"})
    return client, received


def _wait(received: list, n: int, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while len(received) < n and time.monotonic() < deadline:
        time.sleep(0.1)


def test_socket_channel_sends_each_bot_message_whole_and_ignores_bad_input(assistant):
    client, received = _socket(assistant)
    try:
        for bad in ("kapot", ["lijst"], {"message": "hallo"}, {"message": "hallo", "session_id": "x"},
                    {"message": "hallo", "session_id": "../../etc"}):
            client.emit("user_uttered", bad)
        confirmed: list = []
        client.on("session_confirm", confirmed.append)
        client.emit("session_request", {"session_id": "socket-test-0123456789"})
        _wait(confirmed, 1)
        assert confirmed == ["socket-test-0123456789"] and received == []  # bad input: nothing happened
        client.emit("user_uttered", {"message": '/inform{"hulpvraag": "regels_en_geld"}',
                                     "session_id": "socket-test-0123456789"})
        _wait(received, 1)
        client.sleep(1.5)
        routes = [m for m in received if "custom" in m]
        assert len(routes) == 1 and routes[0]["custom"]["route"]["destination"] == "juiste_loket"
        assert routes[0]["custom"]["kaart"]["naam"] and "\n\n" in routes[0]["text"]  # one event, text whole
        assert routes[0]["buttons"]  # the follow-up buttons travel with it
    finally:
        client.disconnect()
