"""The staff pages and /privacy over real HTTP: bot.web's real app with a real Handover on a SQLite file.

No Rasa here: codes are made with Handover.create and summaries with bot.summary, as the action server does.
The clock of the Handover is a test clock, so sessions and codes can be made to expire.
"""
from __future__ import annotations

import asyncio
import html
import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

import pytest
import requests
from aiohttp import web

from bot.content import load_content
from bot.engine import Ask, Engine, Route
from bot.handover import LOOKUP_LIMITS, SESSION_IDLE, Handover
from bot.serve import free_port
from bot.summary import build_summary, summary_text
from bot.web import make_app
from tests.domain_table import DESTINATION, EXAMPLES

CONTENT = load_content()
ENGINE = Engine(CONTENT)
PASSWORD = "een-lang-wachtwoord-42"
DAY = 86400.0
# Every rule's example situation; the catch-all rule 19 is reached when the parent does not know the question.
SITUATIONS = {**EXAMPLES, "19": {"hulpvraag": "?"}}


class Clock:
    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


class Running:
    """An aiohttp app on a free port in a background thread, so the tests talk plain HTTP to it."""

    def __init__(self, app: web.Application):
        self.port = free_port()
        self.loop = asyncio.new_event_loop()
        self.runner = web.AppRunner(app)
        ready = threading.Event()

        def serve() -> None:
            asyncio.set_event_loop(self.loop)
            self.loop.run_until_complete(self.runner.setup())
            self.loop.run_until_complete(web.TCPSite(self.runner, "127.0.0.1", self.port).start())
            ready.set()
            self.loop.run_forever()

        self.thread = threading.Thread(target=serve, daemon=True)
        self.thread.start()
        assert ready.wait(10), "de webserver start niet"

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self.runner.cleanup(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)


@dataclass
class Site:
    url: str
    handover: Handover
    clock: Clock

    def browser(self, origin: str | None = "") -> requests.Session:
        """A session that sends this site's Origin on every request, like a browser posting a form of ours."""
        session = requests.Session()
        if origin is not None:
            session.headers["Origin"] = origin or self.url
        return session

    def logged_in(self, name: str = "Anna") -> requests.Session:
        session = self.browser()
        response = session.post(f"{self.url}/medewerkers/inloggen", data={"naam": name, "wachtwoord": PASSWORD},
                                allow_redirects=False)
        assert response.status_code == 303, response.text
        return session

    def actions(self, action: str) -> list[dict]:
        return [row for row in self.handover.audit_rows(1000) if row["actie"] == action]


@pytest.fixture
def make_site(tmp_path: Path, monkeypatch) -> Iterator[Callable[..., Site]]:
    running: list[Running] = []

    def make(env: dict[str, str] | None = None, retention_days: int = 30) -> Site:
        for key, value in (env or {}).items():
            monkeypatch.setenv(key, value)
        clock = Clock()
        handover = Handover(f"sqlite:///{tmp_path / 'wegwijzer.db'}", retention_days=retention_days, clock=clock)
        handover.add_staff("Anna", PASSWORD)
        server = Running(make_app("http://127.0.0.1:5005", content=CONTENT, handover=handover))
        running.append(server)
        return Site(f"http://127.0.0.1:{server.port}", handover, clock)

    yield make
    for server in running:
        server.stop()


@pytest.fixture
def site(make_site) -> Site:
    return make_site()


def summary_for(situation: dict[str, str], transcript: list[tuple[str, str]] = ()) -> dict:
    facts = {k: v for k, v in situation.items() if v != "?"}
    unknown = [k for k, v in situation.items() if v == "?"]
    return build_summary(CONTENT, facts, ENGINE.decide(facts, unknown), unknown=unknown,
                         transcript=transcript, started=time.time() - 600)


def textarea(page: str) -> str:
    found = re.search(r'<textarea id="samenvatting"[^>]*>(.*?)</textarea>', page, re.S)
    assert found, "geen samenvatting om te kopiëren"
    return html.unescape(found.group(1))


def assert_protected(response: requests.Response) -> None:
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    csp = response.headers["Content-Security-Policy"]
    for part in ("default-src 'self'", "script-src 'self'", "style-src 'self'", "form-action 'self'",
                 "frame-ancestors 'none'"):
        assert part in csp
    assert "unsafe-inline" not in csp


# ---- logging in ----------------------------------------------------------------------------------------------

def test_no_access_without_login(site):
    anonymous = site.browser()
    for path in ("/medewerkers/", "/medewerkers/triage"):
        response = anonymous.get(site.url + path, allow_redirects=False)
        assert response.status_code == 303 and response.headers["Location"] == "/medewerkers/inloggen", path
        assert_protected(response)
    code = site.handover.create("gesprek-1", summary_for(EXAMPLES["7"]))
    response = anonymous.post(f"{site.url}/medewerkers/opzoeken", data={"code": code}, allow_redirects=False)
    assert response.status_code == 401 and "Het Juiste Loket" not in response.text
    assert not site.actions("opzoeken") and not site.actions("opzoeken_mislukt")  # not even tried
    response = anonymous.post(f"{site.url}/medewerkers/triage", json={"hulpvraag": "klacht"},
                              headers={"Accept": "application/json"})
    assert response.status_code == 401 and "route" not in response.json()
    # A made-up session cookie is no login either.
    anonymous.cookies.set("wegwijzer_sessie", "verzonnen", path="/medewerkers")
    assert anonymous.get(f"{site.url}/medewerkers/", allow_redirects=False).status_code == 303


def test_wrong_password_is_refused_kindly_and_audited(site):
    response = site.browser().post(f"{site.url}/medewerkers/inloggen",
                                   data={"naam": "Anna", "wachtwoord": "fout-wachtwoord-123"}, allow_redirects=False)
    assert response.status_code == 401 and "klopt niet" in response.text
    assert "wegwijzer_sessie" not in response.headers.get("Set-Cookie", "")
    assert_protected(response)
    assert [row["medewerker"] for row in site.actions("inloggen_mislukt")] == ["Anna"]


def test_too_many_wrong_passwords_give_429(site):
    session = site.browser()
    statuses = [session.post(f"{site.url}/medewerkers/inloggen", data={"naam": "Anna", "wachtwoord": f"fout-{i}"},
                             allow_redirects=False).status_code for i in range(6)]
    assert statuses == [401] * 5 + [429]
    # Even the right password waits now: a guesser must not learn that it was right.
    right = session.post(f"{site.url}/medewerkers/inloggen", data={"naam": "Anna", "wachtwoord": PASSWORD},
                         allow_redirects=False)
    assert right.status_code == 429 and "Wacht" in right.text and "wegwijzer_sessie" not in right.cookies


def test_right_password_gives_a_safe_session_cookie(site):
    session = site.browser()
    response = session.post(f"{site.url}/medewerkers/inloggen", data={"naam": "Anna", "wachtwoord": PASSWORD},
                            allow_redirects=False)
    assert response.status_code == 303 and response.headers["Location"] == "/medewerkers/"
    cookie = response.headers["Set-Cookie"]
    assert cookie.startswith("wegwijzer_sessie=") and "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert "Path=/medewerkers" in cookie and "Secure" not in cookie  # plain http in this test
    assert site.actions("inloggen")[0]["medewerker"] == "Anna"
    home = session.get(f"{site.url}/medewerkers/")
    assert home.status_code == 200 and "Gesprekscode" in home.text and "bijvoorbeeld K7FM-3RX9" in home.text
    assert 'autocomplete="off"' in home.text and 'href="/medewerkers/triage"' in home.text
    assert 'action="/medewerkers/uitloggen"' in home.text and 'lang="nl"' in home.text
    assert_protected(home)
    # Logged in, the login page sends you on.
    assert session.get(f"{site.url}/medewerkers/inloggen", allow_redirects=False).status_code == 303


def test_cookie_is_secure_when_configured(make_site):
    site = make_site({"WEGWIJZER_VEILIGE_COOKIES": "1"})
    response = site.browser().post(f"{site.url}/medewerkers/inloggen", data={"naam": "Anna", "wachtwoord": PASSWORD},
                                   allow_redirects=False)
    assert "Secure" in response.headers["Set-Cookie"]


def test_an_idle_session_expires_and_goes_back_to_login(site):
    session = site.logged_in()
    assert session.get(f"{site.url}/medewerkers/", allow_redirects=False).status_code == 200
    site.clock.now += SESSION_IDLE + 1
    response = session.get(f"{site.url}/medewerkers/", allow_redirects=False)
    assert response.status_code == 303 and response.headers["Location"] == "/medewerkers/inloggen?verlopen=1"
    assert "Log opnieuw in" in session.get(site.url + response.headers["Location"]).text
    code = site.handover.create("gesprek-1", summary_for(EXAMPLES["7"]))
    assert session.post(f"{site.url}/medewerkers/opzoeken", data={"code": code}).status_code == 401


def test_logout_ends_the_session(site):
    session = site.logged_in()
    token = session.cookies.get("wegwijzer_sessie")
    response = session.post(f"{site.url}/medewerkers/uitloggen", allow_redirects=False)
    assert response.status_code == 303 and response.headers["Location"].startswith("/medewerkers/inloggen")
    assert site.handover.session_user(token) is None and site.actions("uitloggen")[0]["medewerker"] == "Anna"
    again = requests.get(f"{site.url}/medewerkers/", cookies={"wegwijzer_sessie": token}, allow_redirects=False)
    assert again.status_code == 303


def test_posts_from_another_site_are_refused(site):
    session = site.logged_in()
    code = site.handover.create("gesprek-1", summary_for(EXAMPLES["7"]))
    token = session.cookies.get("wegwijzer_sessie")
    forgeries = [{"Origin": "https://kwaadwillig.example"}, {"Origin": "null"}, {},
                 {"Origin": "null", "Sec-Fetch-Site": "cross-site"}, {"Sec-Fetch-Site": "same-site"},
                 {"Origin": "https://kwaadwillig.example", "Sec-Fetch-Site": "same-origin"}]
    for headers in forgeries:
        forged = requests.post(f"{site.url}/medewerkers/opzoeken", data={"code": code}, headers=headers,
                               cookies={"wegwijzer_sessie": token})
        assert forged.status_code == 403 and "Het Juiste Loket" not in forged.text, headers
        assert_protected(forged)
        out = requests.post(f"{site.url}/medewerkers/uitloggen", headers=headers, cookies={"wegwijzer_sessie": token},
                            allow_redirects=False)
        assert out.status_code == 403
    assert not site.actions("opzoeken") and site.handover.session_user(token) == "Anna"
    # Our own form, as a browser posts it under Referrer-Policy no-referrer: Origin null, but same-origin.
    own = requests.post(f"{site.url}/medewerkers/opzoeken", data={"code": code}, cookies={"wegwijzer_sessie": token},
                        headers={"Origin": "null", "Sec-Fetch-Site": "same-origin"})
    assert own.status_code == 200 and "Het Juiste Loket" in own.text
    login = site.browser("https://kwaadwillig.example").post(
        f"{site.url}/medewerkers/inloggen", data={"naam": "Anna", "wachtwoord": PASSWORD}, allow_redirects=False)
    assert login.status_code == 403 and "wegwijzer_sessie" not in login.headers.get("Set-Cookie", "")


def test_single_sign_on_only_when_configured_and_only_for_staff(make_site, monkeypatch):
    plain = make_site()
    response = requests.get(f"{plain.url}/medewerkers/", headers={"X-Remote-User": "Anna"}, allow_redirects=False)
    assert response.status_code == 303  # the header means nothing without WEGWIJZER_SSO_HEADER

    site = make_site({"WEGWIJZER_SSO_HEADER": "X-Remote-User"})
    site.handover.add_staff("Bram", None)  # an account for single sign-on only: no password
    browser = requests.Session()
    response = browser.get(f"{site.url}/medewerkers/", headers={"X-Remote-User": "Bram"}, allow_redirects=False)
    assert response.status_code == 200 and "Uitloggen (Bram)" in response.text
    assert "HttpOnly" in response.headers["Set-Cookie"] and site.actions("inloggen_sso")[0]["medewerker"] == "Bram"
    assert browser.get(f"{site.url}/medewerkers/triage", headers={"X-Remote-User": "Bram"}).status_code == 200
    assert len(site.actions("inloggen_sso")) == 1  # one session, not one per page
    for stranger in ("Onbekend", ""):
        response = requests.get(f"{site.url}/medewerkers/", headers={"X-Remote-User": stranger},
                                allow_redirects=False)
        assert response.status_code == 303, stranger
    no_password = site.browser().post(f"{site.url}/medewerkers/inloggen",
                                      data={"naam": "Bram", "wachtwoord": "geraden-wachtwoord"}, allow_redirects=False)
    assert no_password.status_code == 401  # a single sign-on account has no password to guess


# ---- looking up a code ---------------------------------------------------------------------------------------

def test_a_code_shows_facts_route_and_masked_transcript(site):
    summary = summary_for(EXAMPLES["18"], [("ouder", "het expertteam komt er ook niet uit"),
                                           ("assistent", "Dat is vervelend.")])
    code = site.handover.create("gesprek-18", summary)
    session = site.logged_in()
    typed = code.lower().replace("-", " ")  # as read aloud over the phone
    page = session.post(f"{site.url}/medewerkers/opzoeken", data={"code": typed})
    assert page.status_code == 200
    assert_protected(page)
    text = html.unescape(page.text)
    for fact in summary["feiten"]:
        assert f"{fact['naam']}</dt><dd>{fact['tekst']}" in text
    route = summary["route"]
    assert route["bestemming"] == DESTINATION["18"] and route["naam"] == "Het Juiste Loket"
    for part in (route["naam"], route["uitleg"], route["waarom"], route["bron"], route["wat_te_doen"],
                 *route["contact"], *(o["naam"] for o in route["ook"])):
        assert part in text, part
    assert "persoonsgegevens afgeschermd" in text and "het expertteam komt er ook niet uit" in text
    assert textarea(page.text) == summary_text(summary, code)
    assert "Kopieer" in page.text and 'data-kopieer="samenvatting"' in page.text
    rows = site.actions("opzoeken")
    assert [(r["medewerker"], r["code"]) for r in rows] == [("Anna", code)]  # one audit row per lookup
    session.post(f"{site.url}/medewerkers/opzoeken", data={"code": code})
    assert len(site.actions("opzoeken")) == 2


def test_a_withdrawn_signal_is_shown_with_the_facts(site):
    facts = {**EXAMPLES["13"], "veiligheid": "veilig"}
    summary = build_summary(CONTENT, facts, ENGINE.decide(facts, []), withdrawn="acuut_gevaar")
    code = site.handover.create("gesprek-ingetrokken", summary)
    page = site.logged_in().post(f"{site.url}/medewerkers/opzoeken", data={"code": code})
    text = html.unescape(page.text)
    assert ("Ingetrokken signaal</dt><dd>Let op: de assistent las eerst een veiligheidssignaal (nu acuut gevaar). "
            "De ouder gaf daarna aan dat er nu geen gevaar is.") in text
    assert "Let op: de assistent las eerst" in textarea(page.text)


def test_an_unknown_or_expired_code_gives_404_and_is_audited(site):
    session = site.logged_in()
    response = session.post(f"{site.url}/medewerkers/opzoeken", data={"code": "K7FM-3RX9"})
    assert response.status_code == 404 and "Deze code kennen we niet (of hij is verlopen)" in response.text
    assert_protected(response)
    assert [(r["medewerker"], r["code"]) for r in site.actions("opzoeken_mislukt")] == [("Anna", "K7FM-3RX9")]
    code = site.handover.create("gesprek-1", summary_for(EXAMPLES["7"]))
    site.clock.now += 31 * DAY
    session = site.logged_in()  # the old session expired with the clock too
    expired = session.post(f"{site.url}/medewerkers/opzoeken", data={"code": code})
    assert expired.status_code == 404 and "Het Juiste Loket" not in expired.text


def test_too_many_wrong_codes_give_429_also_for_a_right_one(site):
    session = site.logged_in()
    _, limit = LOOKUP_LIMITS["medewerker"]
    for i in range(limit):
        assert session.post(f"{site.url}/medewerkers/opzoeken", data={"code": f"AAAA-AAA{'346789'[i % 6]}"}
                            ).status_code == 404
    code = site.handover.create("gesprek-1", summary_for(EXAMPLES["7"]))
    response = session.post(f"{site.url}/medewerkers/opzoeken", data={"code": code})
    assert response.status_code == 429 and "te veel verkeerde codes" in response.text
    assert response.headers["Retry-After"] == str(LOOKUP_LIMITS["medewerker"][0])
    assert "Het Juiste Loket" not in response.text and site.actions("opzoeken_geweigerd")


def test_summary_page_and_copied_text_hold_no_personal_data(site):
    phone, email, bsn = "06-12345678", "petra.jansen@voorbeeld.nl", "111222333"
    summary = summary_for(EXAMPLES["11"], [
        ("ouder", f"bel me op {phone} of mail {email}"), ("assistent", "Schrijf liever geen nummers."),
        ("ouder", f"zijn bsn is {bsn}"), ("ouder", "ik heet Petra en mijn zoon Daan is 12")])
    code = site.handover.create("gesprek-11", summary)
    page = site.logged_in().post(f"{site.url}/medewerkers/opzoeken", data={"code": code})
    assert page.status_code == 200
    copied = textarea(page.text)
    for secret in (phone, "12345678", email, bsn, "Petra", "Daan"):
        assert secret not in page.text and secret not in copied, secret
    assert "[telefoon]" in page.text and "[e-mail]" in page.text and "[bsn]" in page.text


# ---- triage --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("rule", [rule.id for rule in CONTENT.rules])
def test_triage_gives_exactly_the_engines_route_for_every_rule(site, rule):
    situation = SITUATIONS[rule]  # KeyError: a new rule needs an example situation here
    session = site.logged_in()
    response = session.post(f"{site.url}/medewerkers/triage", json=situation, headers={"Accept": "application/json"})
    assert response.status_code == 200
    assert_protected(response)
    result = response.json()
    facts = {k: v for k, v in situation.items() if v != "?"}
    decision = ENGINE.decide(facts, [k for k, v in situation.items() if v == "?"])
    assert isinstance(decision, Route)
    assert (result["route"]["bestemming"], result["route"]["regel"]) == (decision.destination, decision.rule)
    assert (decision.destination, decision.rule) == (DESTINATION[rule], rule)
    assert result["uitkomst"] == f"Advies: {result['route']['naam']} (regel {rule})"
    assert result["tekst"] == summary_text(build_summary(CONTENT, facts, decision, unknown=[
        k for k, v in situation.items() if v == "?"]))


def test_triage_names_the_next_question_and_refuses_unknown_values(site):
    session = site.logged_in()
    ask = {"Accept": "application/json"}
    result = session.post(f"{site.url}/medewerkers/triage", json={"hulpvraag": "hulp_zoeken", "wlz": "ja"},
                          headers=ask).json()
    decision = ENGINE.decide({"hulpvraag": "hulp_zoeken", "wlz": "ja"})
    assert isinstance(decision, Ask) and result["route"] is None
    assert result["uitkomst"] == f"Nog nodig: {CONTENT.questions[decision.slot].text}"
    for bad in ({"wlz": "misschien"}, {"onzin": "ja"}, {"veiligheid": "?"}):
        assert session.post(f"{site.url}/medewerkers/triage", json=bad, headers=ask).status_code == 400, bad
    assert not site.actions("triage")  # no personal data: nothing audited per click


def test_triage_works_without_javascript(site):
    session = site.logged_in()
    page = session.get(f"{site.url}/medewerkers/triage")
    assert page.status_code == 200
    for slot, question in CONTENT.questions.items():
        assert f"<legend>{html.escape(question.text)}</legend>" in page.text
        if question.dont_know:
            assert f'id="{slot}-weet-niet"' in page.text
    for value in CONTENT.fact_labels["veiligheid"].values:
        assert f'name="veiligheid" value="{value}"' in page.text  # staff can set what the bot never asks
    posted = session.post(f"{site.url}/medewerkers/triage", data={**EXAMPLES["5"], "wlz": ""})
    assert posted.status_code == 200
    assert 'id="hulpvraag-klacht" name="hulpvraag" value="klacht" checked' in posted.text
    name = CONTENT.organisations[DESTINATION["5"]].name
    assert f"Advies: {name} (regel 5)" in html.unescape(posted.text)
    assert textarea(posted.text).startswith("Wegwijzer Jeugdhulp: samenvatting")


def test_unknown_staff_address_is_404_with_the_same_headers(site):
    response = site.logged_in().get(f"{site.url}/medewerkers/geheim")
    assert response.status_code == 404
    assert_protected(response)


# ---- privacy statement ---------------------------------------------------------------------------------------

def test_privacy_statement_shows_every_section_and_the_retention_days(make_site):
    site = make_site(retention_days=17)
    response = requests.get(f"{site.url}/privacy")  # public: no login
    assert response.status_code == 200 and 'lang="nl"' in response.text
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    text = html.unescape(response.text)
    statement = CONTENT.privacy
    assert statement.title in text and statement.intro in text and "{dagen}" not in text
    assert "17 dagen" in text
    for section in statement.sections:
        assert f">{section.heading}</h2>" in text
        for paragraph in section.paragraphs:
            assert paragraph.replace("{dagen}", "17") in text


def test_without_a_database_there_are_no_staff_pages_but_privacy_works(monkeypatch):
    monkeypatch.setenv("WEGWIJZER_BEWAARDAGEN", "12")
    server = Running(make_app("http://127.0.0.1:5005", content=CONTENT))
    try:
        url = f"http://127.0.0.1:{server.port}"
        assert requests.get(f"{url}/medewerkers/", allow_redirects=False).status_code == 404
        assert "12 dagen" in requests.get(f"{url}/privacy").text
    finally:
        server.stop()


def test_the_staff_script_never_writes_html():
    code = (Path(__file__).resolve().parent.parent / "bot" / "static" / "medewerkers.js").read_text()
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function", code)


def test_the_widget_links_to_the_privacy_statement():
    assert CONTENT.widget.texts["privacy"]
    code = (Path(__file__).resolve().parent.parent / "bot" / "static" / "wegwijzer.js").read_text()
    assert 'new URL("../privacy", base)' in code and "t.privacy" in code
