"""The warm handover end to end in a real browser (Debian's Chromium, Playwright), against the running assistant.

A parent gets a gesprekscode in the widget on the demo page; a staff member logs in, looks the code up, sees the
same route and copies the summary; triage works with the keyboard only. Every page passes axe-core. The pages
run under their real CSP here (axe is evaluated through the DevTools protocol, which the CSP does not block).
"""
from __future__ import annotations

import json
import time

import pytest

from bot.content import load_content
from bot.engine import Engine, Route
from bot.gesprekscode import PATTERN
from bot.handover import Handover
from bot.summary import build_summary, summary_text
from tests.domain_table import EXAMPLES
from tests.test_widget import (ARTIFACTS, AXE, WAIT_MS, WCAG_TAGS, bot_count, drive_by_clicking, last_route,
                               open_widget, wait_for_bot)

pytest.importorskip("playwright.sync_api", reason="playwright ontbreekt: draai scripts/setup")

CONTENT = load_content()
ENGINE = Engine(CONTENT)
T = CONTENT.widget.texts
CODE = PATTERN
STAFF, PASSWORD = "Medewerker Browsertest", "een-lang-wachtwoord-voor-de-test"

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def staff(assistant) -> str:
    """A staff account, made directly in the assistant's own database."""
    Handover(assistant.settings.db_url()).add_staff(STAFF, PASSWORD)
    return STAFF


@pytest.fixture
def staff_page(browser, assistant, staff):
    """A fresh browser context that may use the clipboard, logged in as the staff member."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, reduced_motion="reduce",
                                  permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    # CSP violations are reported as console errors; "Failed to load resource" is an intended 401/404 page.
    page.on("console", lambda msg: page.errors.append(msg.text) if msg.type == "error"
            and not msg.text.startswith("Failed to load resource") else None)
    yield page
    assert not page.errors, page.errors
    context.close()


def axe_violations(page) -> list[dict]:
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS)
    return [{"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:3]}
            for v in result["violations"]]


def log_in(page, url: str) -> None:
    page.goto(f"{url}/medewerkers/inloggen")
    page.get_by_label("Naam").fill(STAFF)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.get_by_label("Gesprekscode").wait_for()


def code_from_the_widget(browser, assistant) -> tuple[str, str]:
    """A parent's conversation on the demo page up to a gesprekscode; returns the code and the route's name."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, reduced_motion="reduce")
    page = context.new_page()
    page.goto(assistant.web_url + "/")
    open_widget(page)
    link = page.locator(".wwj-privacy a")  # the privacy statement is one click away from the notice
    assert link.inner_text() == T["privacy"] and link.get_attribute("target") == "_blank"
    assert link.get_attribute("href") == assistant.web_url + "/privacy"
    drive_by_clicking(page, EXAMPLES["18"])
    route = last_route(page)
    name = CONTENT.organisations[route["destination"]].name
    assert name in page.locator(".wwj-kaart h3").last.inner_text()
    yes = page.locator(".wwj-knoppen").get_by_role("button", name="Ja, geef me een code", exact=True)
    yes.wait_for(timeout=WAIT_MS)
    before = bot_count(page)
    yes.click()
    wait_for_bot(page, before)
    deadline = time.monotonic() + WAIT_MS / 1000
    while not (found := CODE.search(page.locator(".wwj-van-bot").last.inner_text())):
        assert time.monotonic() < deadline, "geen gesprekscode van de assistent"
        page.wait_for_timeout(200)
    context.close()
    return found.group(0), name


def test_a_code_from_the_widget_is_found_by_staff_and_the_summary_is_copied(browser, assistant, staff_page):
    code, route_name = code_from_the_widget(browser, assistant)
    page = staff_page
    states = {}
    page.goto(f"{assistant.web_url}/medewerkers/inloggen")
    states["inloggen"] = axe_violations(page)
    page.get_by_label("Naam").fill(STAFF)
    page.get_by_label("Wachtwoord").fill("dit-is-niet-het-wachtwoord")
    page.get_by_role("button", name="Inloggen").click()
    page.get_by_role("alert").wait_for()
    assert "klopt niet" in page.get_by_role("alert").inner_text()
    states["inloggen, fout wachtwoord"] = axe_violations(page)
    log_in(page, assistant.web_url)
    states["opzoeken"] = axe_violations(page)

    page.get_by_label("Gesprekscode").fill(code.lower())
    page.get_by_label("Gesprekscode").press("Enter")
    page.get_by_role("heading", level=1, name=f"Samenvatting bij code {code}").wait_for()
    advice = page.locator("section.advies")
    assert advice.get_by_role("heading", level=3).inner_text() == route_name
    assert "persoonsgegevens afgeschermd" in page.get_by_role("heading", level=2, name="Het gesprek").inner_text()
    states["samenvatting"] = axe_violations(page)

    shown = page.locator("#samenvatting").input_value()
    page.get_by_role("button", name="Kopieer samenvatting").click()
    page.locator("#kopieer-status").get_by_text("Gekopieerd").wait_for()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == shown and route_name in copied and f"Gesprekscode: {code}" in copied
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "medewerkers-samenvatting.png"), full_page=True)

    page.goto(f"{assistant.web_url}/privacy")
    assert page.get_by_role("heading", level=2).count() == len(CONTENT.privacy.sections)
    states["privacy"] = axe_violations(page)
    assert states == {name: [] for name in states}, json.dumps(states, indent=1)


def focused(page) -> dict:
    return page.evaluate("""() => { const e = document.activeElement;
        return {tag: e.tagName, type: e.type || '', name: e.name || '', value: e.value || '', checked: !!e.checked,
                outline: getComputedStyle(e).outlineStyle}; }""")


def tab_to_group(page, slot: str, backwards: bool = False) -> None:
    for _ in range(60):
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
        if focused(page)["name"] == slot:
            return
    raise AssertionError(f"met Tab niet bij de vraag {slot} gekomen")


def choose_with_arrows(page, slot: str, value: str) -> None:
    for _ in range(8):
        if focused(page)["value"] == value:
            break
        page.keyboard.press("ArrowDown")  # moves to the next option and selects it, as in any radio group
    now = focused(page)
    assert now == {**now, "name": slot, "value": value, "checked": True}
    assert now["outline"] != "none"  # visible focus


def wait_for_outcome(page, text: str) -> None:
    page.locator("#uitkomst").get_by_text(text, exact=True).wait_for(timeout=WAIT_MS)


def test_triage_with_the_keyboard_only(browser, assistant, staff_page):
    page = staff_page
    log_in(page, assistant.web_url)
    page.goto(f"{assistant.web_url}/medewerkers/triage")
    assert axe_violations(page) == []
    first = ENGINE.decide({})
    wait_for_outcome(page, f"Nog nodig: {CONTENT.questions[first.slot].text}")

    situation = EXAMPLES["10"]  # hulp_zoeken, Wlz ja, al bij het zorgkantoor: Het Juiste Loket
    chosen: dict[str, str] = {}
    for slot in CONTENT.questions:  # in the order of the page, the way Tab goes
        if slot not in situation:
            continue
        tab_to_group(page, slot)
        choose_with_arrows(page, slot, situation[slot])
        chosen[slot] = situation[slot]
        decision = ENGINE.decide(chosen)
        if isinstance(decision, Route):
            wait_for_outcome(page, f"Advies: {CONTENT.organisations[decision.destination].name} (regel "
                                   f"{decision.rule})")
        else:
            wait_for_outcome(page, f"Nog nodig: {CONTENT.questions[decision.slot].text}")
    assert isinstance(decision, Route) and decision.rule == "10"
    assert page.url.endswith("/medewerkers/triage")  # updated in place, no page load
    expected = summary_text(build_summary(CONTENT, chosen, decision))
    deadline = time.monotonic() + WAIT_MS / 1000
    while page.locator("#samenvatting").input_value() != expected:  # polled: the CSP forbids eval'd predicates
        assert time.monotonic() < deadline, page.locator("#samenvatting").input_value()
        page.wait_for_timeout(100)
    assert page.locator("#route-details h3").inner_text() == CONTENT.organisations[decision.destination].name
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "medewerkers-triage.png"), full_page=True)
    assert axe_violations(page) == []

    # Safety first: staff can set what the assistant never asks, and it overrides everything.
    tab_to_group(page, "veiligheid", backwards=True)
    choose_with_arrows(page, "veiligheid", "acuut_gevaar")
    danger = ENGINE.decide({**chosen, "veiligheid": "acuut_gevaar"})
    wait_for_outcome(page, f"Advies: {CONTENT.organisations[danger.destination].name} (regel {danger.rule})")
