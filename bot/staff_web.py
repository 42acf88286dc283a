"""The staff pages under /medewerkers/: log in, look up a gesprekscode, triage, log out.

Registered by bot/web.py's make_app when a database is configured (WEGWIJZER_DB_URL); everything they store or
check goes through bot.handover (sessions, rate limits, the audit log). Security, and why:
- the session cookie `wegwijzer_sessie` is HttpOnly (scripts cannot read it), SameSite=Strict (no other site can
  make the browser send it), Path=/medewerkers, and Secure on https or with WEGWIJZER_VEILIGE_COOKIES=1 (set
  that behind a reverse proxy that ends TLS, where this server itself only sees http);
- every POST must come from this same site (against cross-site request forgery): its Origin header is this
  site, or, as browsers send for our own forms because of Referrer-Policy no-referrer, Origin is "null" and
  the browser's own Sec-Fetch-Site header says same-origin. Behind a reverse proxy, the proxy must pass the
  original Host header;
- single sign-on: with WEGWIJZER_SSO_HEADER=X-Remote-User, a request whose X-Remote-User names a staff account
  is logged in without a password. Only turn this on behind a reverse proxy that sets this header after its
  own login AND removes it from every incoming request, or anyone could send it;
- every response: Cache-Control no-store (summaries must not stay in a shared browser's cache), a strict CSP,
  Referrer-Policy no-referrer. A code is only ever sent in a POST body, never in an address.
"""
from __future__ import annotations

import asyncio
import json
import os
from typing import Any, Callable, Mapping, TypeVar

from aiohttp import web

from bot.content import Content
from bot.engine import Engine
from bot.handover import LOOKUP_LIMITS, Handover, TooManyAttempts
from bot.pages import CSP, esc, html_response, layout
from bot.situation import SLOTS, SituationError
from bot.summary import SPEAKERS, build_summary, summary_text, when, withdrawn_line

COOKIE = "wegwijzer_sessie"
BASE = "/medewerkers"
HOME = f"{BASE}/"
LOGIN = f"{BASE}/inloggen"
UNKNOWN = "?"      # triage: "weet ik niet"
RADIO_IDS = {"": "leeg", UNKNOWN: "weet-niet"}  # element ids for the two values that are no fact value
NEW_TOKEN = "wegwijzer_nieuw_token"  # request key: a session started during this request, to set as cookie
T = TypeVar("T")


async def in_thread(func: Callable[..., T], *args: Any) -> T:
    """Database work and password hashing (scrypt) off the event loop, so the demo page stays quick."""
    return await asyncio.to_thread(func, *args)


def redirect(location: str) -> web.Response:
    return web.Response(status=303, headers={"Location": location})


def secure_cookies(request: web.Request) -> bool:
    return request.secure or os.environ.get("WEGWIJZER_VEILIGE_COOKIES") == "1"


def same_origin(request: web.Request) -> bool:
    """A POST must come from a page of this site."""
    origin = request.headers.get("Origin")
    own = {f"{request.scheme}://{request.host}"}
    if os.environ.get("WEGWIJZER_VEILIGE_COOKIES") == "1":
        own.add(f"https://{request.host}")  # TLS ends at the reverse proxy
    if origin in own:
        return True
    # Our pages send Referrer-Policy: no-referrer, and then browsers post our own forms with "Origin: null".
    # Sec-Fetch-Site is set by the browser itself (no page can change it) and says where the post came from.
    return origin in (None, "null") and request.headers.get("Sec-Fetch-Site") == "same-origin"


def wants_json(request: web.Request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


@web.middleware
async def staff_headers(request: web.Request, handler: Callable) -> web.StreamResponse:
    """The same protective headers on every staff response, also on redirects and errors."""
    if not (request.path == BASE or request.path.startswith(HOME)):
        return await handler(request)
    try:
        response = await handler(request)
    except web.HTTPException as error:  # e.g. the router's 404 for an unknown address
        response = error
    response.headers["Cache-Control"] = "no-store"
    response.headers["Content-Security-Policy"] = CSP
    response.headers["Referrer-Policy"] = "no-referrer"
    if request.get(NEW_TOKEN):
        set_session_cookie(response, request, request[NEW_TOKEN])
    if isinstance(response, web.HTTPException):
        raise response
    return response


def set_session_cookie(response: web.StreamResponse, request: web.Request, token: str) -> None:
    response.set_cookie(COOKIE, token, path=BASE, httponly=True, samesite="Strict", secure=secure_cookies(request))


def clear_session_cookie(response: web.StreamResponse, request: web.Request) -> None:
    response.set_cookie(COOKIE, "", path=BASE, max_age=0, httponly=True, samesite="Strict",
                        secure=secure_cookies(request))


# ---- HTML pieces ---------------------------------------------------------------------------------------------

def nav(name: str, current: str) -> str:
    links = [(HOME, "Code opzoeken"), (f"{BASE}/triage", "Triage")]
    here = ' aria-current="page"'
    items = "".join(f'<li><a href="{href}"{here if href == current else ""}>{text}</a></li>' for href, text in links)
    return (f'<nav aria-label="Medewerkers"><ul>{items}<li><form method="post" action="{BASE}/uitloggen">'
            f'<button type="submit" class="link">Uitloggen ({esc(name)})</button></form></li></ul></nav>')


def message(text: str, kind: str = "fout") -> str:
    role = "alert" if kind == "fout" else "status"
    return f'<p class="melding {kind}" role="{role}">{esc(text)}</p>'


def lookup_form(code: str = "", note: str = "") -> str:
    return f"""<h1>Gesprekscode opzoeken</h1>
{note}
<form method="post" action="{BASE}/opzoeken" class="opzoeken">
  <label for="code">Gesprekscode</label>
  <p class="hint" id="code-hint">bijvoorbeeld K7FM-3RX9</p>
  <input id="code" name="code" type="text" value="{esc(code)}" aria-describedby="code-hint" autocomplete="off"
         autocapitalize="characters" spellcheck="false" maxlength="20" required>
  <button type="submit">Opzoeken</button>
</form>
<p>Geen code? Loop de vragen zelf na met de <a href="{BASE}/triage">triage</a>.</p>"""


def login_form(name: str = "", note: str = "") -> str:
    return f"""<h1>Inloggen voor medewerkers</h1>
{note}
<form method="post" action="{LOGIN}" class="inloggen">
  <label for="naam">Naam</label>
  <input id="naam" name="naam" type="text" value="{esc(name)}" autocomplete="username" required maxlength="100">
  <label for="wachtwoord">Wachtwoord</label>
  <input id="wachtwoord" name="wachtwoord" type="password" autocomplete="current-password" required>
  <button type="submit">Inloggen</button>
</form>"""


def items(lines: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{esc(line)}</li>" for line in lines) + "</ul>"


def outcome_line(summary: Mapping[str, Any]) -> str:
    """One line for the live region: what the facts lead to right now."""
    route = summary.get("route")
    if route:
        return f"Advies: {route['naam']} (regel {route['regel']})"
    return f"Nog nodig: {summary['volgende_vraag']['vraag']}"


def route_details(route: Mapping[str, Any] | None) -> str:
    """The route as staff read it; medewerkers.js builds the same structure from JSON on the triage page."""
    if not route:
        return ""
    rows = [("Waarom", esc(route["waarom"])), ("Bron", esc(f"regel {route['regel']}: {route['bron']}"))]
    if route["wat_te_doen"]:
        rows.append(("Wat te doen", esc(route["wat_te_doen"])))
    if route["contact"]:
        rows.append(("Contact", items(route["contact"])))
    if route["ook"]:
        rows.append(("Ook mogelijk", "<ul>" + "".join(
            f"<li><strong>{esc(o['naam'])}</strong>: {esc(o['uitleg'])}"
            + (f" ({esc('; '.join(o['contact']))})" if o["contact"] else "") + "</li>" for o in route["ook"])
            + "</ul>"))
    body = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in rows)
    return f'<h3>{esc(route["naam"])}</h3><p>{esc(route["uitleg"])}</p><dl class="route">{body}</dl>'


def copy_block(text: str, level: int = 2) -> str:
    """The text for the case system: visible and selectable without JS; the button (JS) copies it."""
    rows = min(30, text.count("\n") + 2)
    return f"""<h{level} id="kopie-kop">Samenvatting om te kopiëren</h{level}>
<textarea id="samenvatting" readonly rows="{rows}" aria-labelledby="kopie-kop">{esc(text)}</textarea>
<p class="kopieer"><button type="button" data-kopieer="samenvatting" data-status="kopieer-status" hidden>Kopieer
  samenvatting</button> <span id="kopieer-status" role="status" aria-live="polite"></span></p>"""


def facts_list(summary: Mapping[str, Any]) -> str:
    rows = [(f["naam"], f["tekst"]) for f in summary["feiten"]]
    if summary.get("onbekend"):
        rows.append(("Weet de ouder niet", ", ".join(summary["onbekend"])))
    if summary.get("gemeente"):
        rows.append(("Gemeente", summary["gemeente"]))
    if summary.get("ingetrokken_signaal"):
        rows.append(("Ingetrokken signaal", withdrawn_line(summary["ingetrokken_signaal"])))
    if not rows:
        return "<p>De ouder heeft nog niets verteld.</p>"
    return '<dl class="feiten">' + "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in rows) + "</dl>"


def summary_page(code: str, expires: float, summary: Mapping[str, Any]) -> str:
    route = summary.get("route")
    advice = (route_details(route) if route else
              f"<p>Nog geen advies. {esc(outcome_line(summary))}</p>")
    said = "".join(f'<li class="{esc(m["wie"])}"><span class="wie">{SPEAKERS[m["wie"]]}'
                   f':</span> {esc(m["tekst"])}</li>' for m in summary.get("transcript") or [])
    return f"""<h1>Samenvatting bij code {esc(code)}</h1>
<p class="meta">Gesprek met de assistent: {esc(when(summary.get("gesprek_op")))}. De code werkt tot
  {esc(when(expires))}.</p>
<section aria-labelledby="feiten-kop">
  <h2 id="feiten-kop">Wat de ouder vertelde</h2>
  {facts_list(summary)}
</section>
<section aria-labelledby="advies-kop" class="advies">
  <h2 id="advies-kop">Advies van de assistent</h2>
  {advice}
</section>
<section aria-labelledby="kopie-kop">
  {copy_block(summary_text(summary, code))}
</section>
<section aria-labelledby="gesprek-kop">
  <h2 id="gesprek-kop">Het gesprek (persoonsgegevens afgeschermd)</h2>
  <p>Namen, telefoonnummers, e-mailadressen, adressen en BSN zijn vervangen door een woord tussen haken, zoals
    [telefoon].</p>
  {f'<ol class="gesprek">{said}</ol>' if said else "<p>Er is geen gesprek bewaard.</p>"}
</section>
<p><a href="{HOME}">Nog een code opzoeken</a></p>"""


# ---- the site ------------------------------------------------------------------------------------------------

class StaffSite:
    def __init__(self, handover: Handover, content: Content):
        self.handover = handover
        self.content = content
        self.engine = Engine(content)
        self.sso_header = os.environ.get("WEGWIJZER_SSO_HEADER", "").strip()

    # -- who is this
    async def user(self, request: web.Request) -> str | None:
        """The logged-in staff member, from the session cookie or (when configured) the single sign-on header."""
        token = request.cookies.get(COOKIE)
        name = await in_thread(self.handover.session_user, token) if token else None
        if not self.sso_header or self.sso_header not in request.headers:
            return name
        sso = request.headers[self.sso_header].strip()
        if sso == name:
            return name
        if not sso or not await in_thread(self.handover.is_staff, sso):
            return None  # the proxy names someone who is no staff member: no access, not even by cookie
        request[NEW_TOKEN] = await in_thread(self.handover.start_session, sso)
        await in_thread(self.handover.log, sso, "inloggen_sso")
        return sso

    async def page_user(self, request: web.Request) -> str | web.Response:
        """For GET pages: the user, or a redirect to the login page (saying so when a session ran out)."""
        name = await self.user(request)
        if name:
            return name
        response = redirect(LOGIN + ("?verlopen=1" if request.cookies.get(COOKIE) else ""))
        if request.cookies.get(COOKIE):
            clear_session_cookie(response, request)
        return response

    async def post_user(self, request: web.Request) -> str | web.Response:
        """For POSTs: same site first (403), then logged in (401)."""
        if not same_origin(request):
            return self.refused(request, 403, "Dit formulier komt niet van deze website. Laad de pagina opnieuw "
                                              "en probeer het nog een keer.")
        name = await self.user(request)
        if name:
            return name
        return self.refused(request, 401, "Je bent niet (meer) ingelogd. Log opnieuw in.", link=True)

    def refused(self, request: web.Request, status: int, text: str, link: bool = False) -> web.Response:
        if wants_json(request):
            return web.json_response({"fout": text}, status=status)
        more = f'<p><a href="{LOGIN}">Naar inloggen</a></p>' if link else ""
        return html_response(layout("Niet gelukt", f"<h1>Niet gelukt</h1>{message(text)}{more}", staff=True),
                             status=status)

    def page(self, title: str, main: str, name: str, current: str, status: int = 200) -> web.Response:
        return html_response(layout(title, main, nav=nav(name, current), staff=True), status=status)

    # -- logging in and out
    async def login_get(self, request: web.Request) -> web.Response:
        if await self.user(request):
            return redirect(HOME)
        notes = {"verlopen": ("Je was een tijd niet actief. Log opnieuw in.", "info"),
                 "uitgelogd": ("Je bent uitgelogd.", "info")}
        note = next((message(*notes[k]) for k in notes if k in request.query), "")
        return html_response(layout("Inloggen", login_form(note=note), staff=True))

    async def login_post(self, request: web.Request) -> web.Response:
        if not same_origin(request):
            return self.refused(request, 403, "Dit formulier komt niet van deze website. Laad de pagina opnieuw "
                                              "en probeer het nog een keer.")
        form = await request.post()
        name, password = str(form.get("naam", "")).strip()[:100], str(form.get("wachtwoord", ""))

        def again(text: str, status: int) -> web.Response:
            return html_response(layout("Inloggen", login_form(name, message(text)), staff=True), status=status)

        if not name or not password:
            return again("Vul je naam en je wachtwoord in.", 400)
        try:
            token = await in_thread(self.handover.login, name, password, request.remote or "")
        except TooManyAttempts:
            response = again("Er is te vaak een verkeerd wachtwoord gebruikt. Wacht een kwartier en probeer het "
                             "dan opnieuw.", 429)
            response.headers["Retry-After"] = "900"
            return response
        if token is None:
            return again("Je naam of wachtwoord klopt niet. Probeer het nog een keer.", 401)
        response = redirect(HOME)
        set_session_cookie(response, request, token)
        return response

    async def logout(self, request: web.Request) -> web.Response:
        if not same_origin(request):
            return self.refused(request, 403, "Dit formulier komt niet van deze website.")
        token = request.cookies.get(COOKIE)
        if token:
            name = await in_thread(self.handover.session_user, token)
            await in_thread(self.handover.end_session, token)
            if name:
                await in_thread(self.handover.log, name, "uitloggen")
        response = redirect(LOGIN + "?uitgelogd=1")
        clear_session_cookie(response, request)
        return response

    # -- looking up a code
    async def home(self, request: web.Request) -> web.Response:
        name = await self.page_user(request)
        if isinstance(name, web.Response):
            return name
        return self.page("Code opzoeken", lookup_form(), name, HOME)

    async def lookup(self, request: web.Request) -> web.Response:
        name = await self.post_user(request)
        if isinstance(name, web.Response):
            return name
        code = str((await request.post()).get("code", "")).strip()[:40]
        if not code:
            return self.page("Code opzoeken", lookup_form(note=message("Vul een gesprekscode in.")), name, HOME, 400)
        try:
            found = await in_thread(self.handover.lookup, code, name)
        except TooManyAttempts as limit:
            response = self.page("Code opzoeken", lookup_form(note=message(
                "Er zijn te veel verkeerde codes geprobeerd. Wacht even en probeer het later opnieuw. Lukt het dan "
                "nog niet? Vraag het de beheerder.")), name, HOME, 429)
            window, _ = LOOKUP_LIMITS.get(str(limit), (900, 0))  # per staff member or for all staff together
            response.headers["Retry-After"] = str(int(window))
            return response
        if found is None:
            return self.page("Code niet gevonden", lookup_form(code, message(
                "Deze code kennen we niet (of hij is verlopen). Kijk of je hem goed hebt overgenomen.")), name, HOME,
                404)
        return self.page(f"Samenvatting {found.code}", summary_page(found.code, found.expires, found.summary),
                         name, "")

    # -- triage
    def triage_input(self, data: Mapping[str, Any]) -> tuple[dict[str, str], set[str]]:
        """Form or JSON fields slot -> value ('' not filled in, '?' don't know); anything else is refused."""
        facts, unknown = {}, set()
        for slot, value in data.items():
            value = str(value)
            if slot not in SLOTS:
                raise SituationError(f"onbekend feit '{slot}'")
            if value == "":
                continue
            if value == UNKNOWN and slot in self.content.questions and self.content.questions[slot].dont_know:
                unknown.add(slot)
            elif value in SLOTS[slot]:
                facts[slot] = value
            else:
                raise SituationError(f"onbekende waarde '{value}' voor '{slot}'")
        return facts, unknown

    def triage_result(self, facts: dict[str, str], unknown: set[str]) -> dict[str, Any]:
        summary = build_summary(self.content, facts, self.engine.decide(facts, unknown), unknown=unknown)
        return {**summary, "uitkomst": outcome_line(summary), "tekst": summary_text(summary)}

    def triage_form(self, chosen: Mapping[str, str]) -> str:
        labels = self.content.fact_labels
        groups = [("veiligheid", labels["veiligheid"].name, dict(labels["veiligheid"].values))]
        for slot, question in self.content.questions.items():
            options = dict(question.buttons)
            if question.dont_know:
                options[UNKNOWN] = question.dont_know
            groups.append((slot, question.text, options))
        fieldsets = []
        for slot, legend, options in groups:
            radios = []
            for value, label in [("", "Niet ingevuld"), *options.items()]:
                ident = f"{slot}-{RADIO_IDS.get(value, value)}"
                checked = " checked" if chosen.get(slot, "") == value else ""
                radios.append(f'<span class="keuze"><input type="radio" id="{esc(ident)}" name="{esc(slot)}" '
                              f'value="{esc(value)}"{checked}><label for="{esc(ident)}">{esc(label)}</label></span>')
            fieldsets.append(f'<fieldset id="feit-{esc(slot)}"><legend>{esc(legend)}</legend>{"".join(radios)}'
                             f'</fieldset>')
        return (f'<form method="post" action="{BASE}/triage" id="triage" class="triage">{"".join(fieldsets)}'
                f'<p><button type="submit">Bepaal route</button></p></form>')

    def triage_page(self, name: str, chosen: Mapping[str, str], result: Mapping[str, Any], status: int = 200,
                    note: str = "") -> web.Response:
        main = f"""<h1>Triage</h1>
<p class="intro">Vul in wat je weet. Onder Resultaat zie je de route of de vraag die nog nodig is. Er wordt niets
  bewaard.</p>
{note}
<div class="triage-vlak">
{self.triage_form(chosen)}
<section aria-labelledby="resultaat-kop" class="resultaat">
  <h2 id="resultaat-kop">Resultaat</h2>
  <p id="uitkomst" class="uitkomst" role="status" aria-live="polite">{esc(result["uitkomst"])}</p>
  <div id="route-details">{route_details(result.get("route"))}</div>
  {copy_block(result["tekst"], level=3)}
</section>
</div>"""
        return self.page("Triage", main, name, f"{BASE}/triage", status)

    async def triage_get(self, request: web.Request) -> web.Response:
        name = await self.page_user(request)
        if isinstance(name, web.Response):
            return name
        return self.triage_page(name, {}, self.triage_result({}, set()))

    async def triage_post(self, request: web.Request) -> web.Response:
        name = await self.post_user(request)
        if isinstance(name, web.Response):
            return name
        try:
            data = await request.json() if request.content_type == "application/json" else dict(await request.post())
            if not isinstance(data, dict):
                raise SituationError("verwacht feit: waarde")
            facts, unknown = self.triage_input(data)
        except (SituationError, ValueError, json.JSONDecodeError) as error:
            if wants_json(request):
                return web.json_response({"fout": str(error)}, status=400)
            return self.triage_page(name, {}, self.triage_result({}, set()), 400,
                                    message(f"Dat kan niet: {error}"))
        result = self.triage_result(facts, unknown)
        if wants_json(request):
            return web.json_response(result)
        chosen = {**facts, **{slot: UNKNOWN for slot in unknown}}
        return self.triage_page(name, chosen, result)


def add_staff_routes(app: web.Application, handover: Handover, content: Content) -> None:
    site = StaffSite(handover, content)
    app.middlewares.append(staff_headers)

    async def to_home(_: web.Request) -> web.Response:
        return redirect(HOME)

    app.add_routes([
        web.get(BASE, to_home),
        web.get(HOME, site.home),
        web.get(LOGIN, site.login_get), web.post(LOGIN, site.login_post),
        web.post(f"{BASE}/uitloggen", site.logout),
        web.post(f"{BASE}/opzoeken", site.lookup),
        web.get(f"{BASE}/triage", site.triage_get), web.post(f"{BASE}/triage", site.triage_post),
    ])
