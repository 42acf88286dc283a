"""The website part: the demo page with the parent's chat widget, and the widget's files for other websites.

`python -m bot.web` is started by bot.serve next to the Rasa server. The widget itself talks to Rasa's socket.io
channel (WEGWIJZER_RASA_URL, as the browser sees it); this server only serves pages and files:

- `/`                       a plain municipal information page with the widget on it (the demo);
- `/widget/wegwijzer.js`    the one script a website embeds (see README, "De widget op je eigen website");
- `/widget/wegwijzer.css`, `/widget/socket.io.esm.min.js`  loaded by that script (the latter from npm, no CDN);
- `/widget/inhoud.json`     the widget's texts and the "Direct hulp nodig?" contacts, from data/content;
- `/privacy`                the privacy statement (data/content/privacy.yml; bot/pages.py);
- `/medewerkers/`           the staff pages (bot/staff_web.py), when a database is configured (WEGWIJZER_DB_URL).
"""
from __future__ import annotations

import argparse
import html
import json
import os
from pathlib import Path
from typing import Awaitable, Callable
from urllib.parse import urlsplit

from aiohttp import web

from bot.content import Content, load_content
from bot.handover import Handover, retention_days_from_env
from bot.messages import organisation_card
from bot.origins import allowed_origins, origin_allowed
from bot.pages import add_privacy_route
from bot.staff_web import add_staff_routes

ROOT = Path(__file__).resolve().parent.parent
STATIC = Path(__file__).resolve().parent / "static"
NODE_MODULES = ROOT / "node_modules"
WIDGET_FILES = {
    "wegwijzer.js": (STATIC / "wegwijzer.js", "text/javascript"),
    "wegwijzer.css": (STATIC / "wegwijzer.css", "text/css"),
    "demo.css": (STATIC / "demo.css", "text/css"),
    "paginas.css": (STATIC / "paginas.css", "text/css"),            # the staff pages and /privacy
    "medewerkers.js": (STATIC / "medewerkers.js", "text/javascript"),
    "socket.io.esm.min.js": (NODE_MODULES / "socket.io-client" / "dist" / "socket.io.esm.min.js", "text/javascript"),
}
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def widget_content(content: Content) -> dict:
    """What the widget needs from the content files; one place for every text and number it shows."""
    return {"teksten": dict(content.widget.texts),
            "direct_hulp": [organisation_card(content.organisations[i]) for i in content.widget.direct_help]}


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def demo_page(rasa_url: str) -> str:
    template = (STATIC / "demo.html").read_text(encoding="utf-8")
    return template.replace("{{RASA_URL}}", html.escape(rasa_url, quote=True))


@web.middleware
async def security_headers(request: web.Request, handler: Handler) -> web.StreamResponse:
    response = await handler(request)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    origin = request.headers.get("Origin")
    # Websites on the allowlist may load the widget's files (the script, its module and its texts).
    if request.path.startswith("/widget/") and origin and origin_allowed(origin, request.app["origins"]):
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Vary"] = "Origin"
    return response


def make_app(rasa_url: str, content: Content | None = None, handover: Handover | None = None,
             retention_days: int | None = None) -> web.Application:
    """`handover`: the database of codes and staff; without it there are no staff pages (nothing to look up)."""
    app = web.Application(middlewares=[security_headers])
    app["origins"] = allowed_origins()
    content = content or load_content()
    inhoud = json.dumps(widget_content(content), ensure_ascii=False)
    page = demo_page(rasa_url)
    files = {name: (path.read_bytes(), kind) for name, (path, kind) in WIDGET_FILES.items()}  # read once
    rasa_origin = origin_of(rasa_url)
    ws_origin = rasa_origin.replace("http", "ws", 1)
    # The demo page runs only our own files; no inline script, so injected HTML could not run even if it got in.
    csp = (f"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
           f"connect-src 'self' {rasa_origin} {ws_origin}; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")

    async def demo(_: web.Request) -> web.Response:
        return web.Response(text=page, content_type="text/html", charset="utf-8",
                            headers={"Content-Security-Policy": csp, "Cache-Control": "no-cache"})

    async def widget_file(request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        if name == "inhoud.json":
            return web.Response(text=inhoud, content_type="application/json", charset="utf-8",
                                headers={"Cache-Control": "no-cache"})
        if name not in files:
            raise web.HTTPNotFound()
        body, kind = files[name]
        return web.Response(body=body, content_type=kind, charset="utf-8",
                            headers={"Cache-Control": "no-cache"})

    async def health(_: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    async def no_icon(_: web.Request) -> web.Response:
        return web.Response(status=204)

    app.add_routes([web.get("/", demo), web.get("/widget/{name}", widget_file), web.get("/gezond", health),
                    web.get("/favicon.ico", no_icon)])
    days = retention_days or (handover.retention_days if handover else retention_days_from_env())
    add_privacy_route(app, content, days)
    if handover is not None:
        add_staff_routes(app, handover, content)
    return app


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Wegwijzer Jeugdhulp: demopagina en widgetbestanden")
    parser.add_argument("--host", default=os.environ.get("WEGWIJZER_HOST", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("WEGWIJZER_WEB_PORT", "8000")))
    parser.add_argument("--rasa-url", default=os.environ.get("WEGWIJZER_RASA_URL", "http://127.0.0.1:5005"))
    args = parser.parse_args(argv)
    missing = [str(path) for path, _ in WIDGET_FILES.values() if not path.exists()]
    if missing:
        raise SystemExit(f"Widgetbestanden ontbreken ({', '.join(missing)}); draai eerst scripts/setup.")
    db_url = os.environ.get("WEGWIJZER_DB_URL", "")
    handover = Handover(db_url, retention_days_from_env()) if db_url else None
    web.run_app(make_app(args.rasa_url, handover=handover), host=args.host, port=args.port, print=None,
                access_log=None)


if __name__ == "__main__":
    main()
