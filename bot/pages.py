"""Server-rendered pages next to the demo: the shared page frame and the public privacy statement (GET /privacy).

Pages are plain HTML built from escaped text (`esc` on everything that is not our own markup), with one style
sheet and, for staff pages, one small script; no inline script or style, so the strict CSP below holds.
"""
from __future__ import annotations

import html

from aiohttp import web

from bot.content import Content, PrivacyStatement

# Only our own files, no inline code, no framing, forms only to ourselves (against injected HTML and clickjacking).
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
       "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
STYLE = "/widget/paginas.css"
SCRIPT = "/widget/medewerkers.js"


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def layout(title: str, main: str, *, nav: str = "", staff: bool = False) -> str:
    """The frame of every page: lang, skip link, header, main landmark, footer with the privacy link."""
    script = f'\n  <script src="{SCRIPT}" defer></script>' if staff else ""
    for_whom = ' <span class="voor">voor medewerkers</span>' if staff else ""
    return f"""<!doctype html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(title)} - Wegwijzer Jeugdhulp</title>
  <link rel="stylesheet" href="{STYLE}">{script}
</head>
<body>
  <a class="skip" href="#inhoud">Naar de inhoud</a>
  <header class="site">
    <p class="logo">Wegwijzer Jeugdhulp{for_whom}</p>
    {nav}
  </header>
  <main id="inhoud" tabindex="-1">
{main}
  </main>
  <footer class="site">
    <p><a href="/privacy">Hoe we met gegevens omgaan</a></p>
  </footer>
</body>
</html>
"""


def html_response(body: str, status: int = 200, cache: str = "no-store") -> web.Response:
    return web.Response(text=body, status=status, content_type="text/html", charset="utf-8",
                        headers={"Content-Security-Policy": CSP, "Cache-Control": cache,
                                 "Referrer-Policy": "no-referrer"})


def privacy_page(statement: PrivacyStatement, days: int) -> str:
    """The statement with {dagen} filled in; editors' text is escaped, never trusted as HTML."""
    def fill(text: str) -> str:
        return esc(text.replace("{dagen}", str(days)))

    parts = [f"    <h1>{fill(statement.title)}</h1>", f"    <p class=\"inleiding\">{fill(statement.intro)}</p>"]
    for number, section in enumerate(statement.sections, 1):
        parts.append(f'    <section aria-labelledby="deel-{number}">')
        parts.append(f'      <h2 id="deel-{number}">{fill(section.heading)}</h2>')
        parts += [f"      <p>{fill(paragraph)}</p>" for paragraph in section.paragraphs]
        parts.append("    </section>")
    return layout(statement.title, "\n".join(parts))


def add_privacy_route(app: web.Application, content: Content, days: int) -> None:
    page = privacy_page(content.privacy, days)  # content is read once at start, like the widget's texts

    async def privacy(_: web.Request) -> web.Response:
        return html_response(page, cache="no-cache")

    app.add_routes([web.get("/privacy", privacy)])
