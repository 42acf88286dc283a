"""Parent-facing messages built from the content: questions with buttons, and the route message."""
from __future__ import annotations

import json
import re
from typing import Any

from bot.content import Content, ContactFact, Organisation, Question
from bot.engine import Route
from bot.situation import DEFAULTS, has_safety_signal

CONTACT_LABELS = {"telefoon": "Bel", "email": "Mail", "website": "Website", "chat": "Chat",
                  "openingstijden": "Open"}


def payload(intent: str, slot: str | None = None, value: str | None = None) -> str:
    """A button payload in DOMAIN.md's form: /<intent>{"<slot>": "<value>"}."""
    return f"/{intent}" + (json.dumps({slot: value}, ensure_ascii=False) if slot else "")


def question_buttons(question: Question) -> list[dict[str, str]]:
    buttons = [{"title": label, "payload": payload("inform", question.slot, value)}
               for value, label in question.buttons.items()]
    if question.dont_know:
        buttons.append({"title": question.dont_know, "payload": payload("dont_know")})
    return buttons


def contact_line(item: dict[str, Any], unsure: str = "dit gegeven is niet zeker: kijk het even na") -> str:
    """One contact item of a card as a line of text: 'Bel: 030 789 78 78'; `unsure` follows an unconfirmed one."""
    line = f"{item['label']}: {item['waarde']}"
    return line + (f" ({unsure})" if item["onbevestigd"] else "")


def short_contact(org: Organisation) -> str:
    """'Het Juiste Loket (telefoon 030 …, e-mail …)': for one-line mentions in fixed texts."""
    words = {"telefoon": "telefoon", "email": "e-mail", "website": "website", "chat": "chat"}
    facts = [f"{words[f.kind]} {f.value}" for f in org.contacts if f.kind in words and not f.unconfirmed]
    return f"{org.name} ({', '.join(facts[:2])})" if facts else org.name


PHONE = re.compile(r"\+?[0-9][0-9 -]{1,18}[0-9]")


def _number(fact: ContactFact) -> str | None:
    """The number of a phone fact without its note ("0800-2000 (gratis)" -> "0800-2000"), if it is one number."""
    number = fact.value.strip().split("(")[0].strip()
    return number if PHONE.fullmatch(number) else None


def phone_number(org: Organisation) -> str | None:
    """The organisation's first confirmed phone number, for texts that name it ("0800-2000")."""
    numbers = (_number(f) for f in org.contacts if f.kind == "telefoon" and not f.unconfirmed)
    return next((n for n in numbers if n), None)


def contact_link(fact: ContactFact) -> str | None:
    """A tap-able address for a contact fact (tel:, mailto:, https:), or None when it is not one fixed address.

    Unconfirmed facts never get a link: a parent should not tap a number we could not check.
    """
    if fact.unconfirmed:
        return None
    value = fact.value.strip()
    if fact.kind == "telefoon":
        number = _number(fact)
        return "tel:" + re.sub(r"[ -]", "", number) if number else None
    if fact.kind == "email" and re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", value):
        return "mailto:" + value
    if fact.kind in ("website", "chat") and re.fullmatch(r"https?://\S+", value):
        return value
    return None


def contact_items(org: Organisation) -> list[dict[str, Any]]:
    return [{"soort": f.kind, "label": CONTACT_LABELS.get(f.kind, f.kind.capitalize()), "waarde": f.value,
             "href": contact_link(f), "onbevestigd": f.unconfirmed} for f in org.contacts]


def organisation_card(org: Organisation) -> dict[str, Any]:
    """An organisation as data for the widget and staff tools (no HTML: the reader escapes and lays it out)."""
    return {"id": org.id, "naam": org.name, "uitleg": org.explanation, "contact": contact_items(org),
            "zo_vind_je_het": org.how_to_find}


def route_card(content: Content, route: Route, place: str | None = None) -> dict[str, Any]:
    """The route as a card: the same facts as route_text, structured."""
    org = content.organisations[route.destination]
    return {**organisation_card(org), "waarom": route.reason,
            "wat_te_doen": " ".join(t for t in (route.tip, org.what_to_do) if t),
            "jouw_gemeente": org.with_place.replace("{gemeente}", place) if place and org.with_place else "",
            "ook": [organisation_card(content.organisations[other]) for other in route.also]}


def contact_block(card: dict[str, Any]) -> str:
    """An organisation card's contact facts, one per line, and how to find it where that differs per region."""
    return "\n".join([contact_line(item) for item in card["contact"]]
                     + ([card["zo_vind_je_het"]] if card["zo_vind_je_het"] else []))


def organisation_text(org: Organisation) -> str:
    """An organisation in a few lines: what it is and how to reach or find it (for "wat is het expertteam?")."""
    card = organisation_card(org)
    return "\n\n".join(p for p in (f"{card['naam']}: {card['uitleg']}", contact_block(card)) if p)


def route_text(card: dict[str, Any]) -> str:
    """The route in words, from its card: the text and the widget's card always say the same."""
    parts = [f"Mijn advies: neem contact op met {card['naam']}.", card["uitleg"], f"Waarom? {card['waarom']}"]
    if card["wat_te_doen"]:
        parts.append(f"Wat kun je doen? {card['wat_te_doen']}")
    parts.append(contact_block(card))
    parts.append(card["jouw_gemeente"])
    if card["ook"]:
        others = []
        for other in card["ook"]:
            first = next((contact_line(i) for i in other["contact"] if not i["onbevestigd"]), "")
            others.append(f"- {other['naam']}: {other['uitleg']}" + (f" {first}." if first else ""))
        parts.append("Andere opties:\n" + "\n".join(others))
    return "\n\n".join(p for p in parts if p)


CODE_BUTTONS = [
    {"title": "Ja, geef me een code", "payload": payload("gesprekscode_ja")},
    {"title": "Nee, liever niet", "payload": payload("gesprekscode_nee")},
]
# A typed wish to start over, while facts are known: "opnieuw" is also a word in stories ("bij de nieuwe gemeente
# begint alles opnieuw"), so the assistant asks before it forgets anything. The widget's own button does not ask.
RESTART_BUTTONS = [
    {"title": "Ja, opnieuw beginnen", "payload": payload("opnieuw")},
    {"title": "Nee, ga verder", "payload": payload("deny")},
]
AFTER_ROUTE_BUTTONS = [
    {"title": "Opnieuw beginnen (bijvoorbeeld voor een ander kind)", "payload": payload("opnieuw")},
    {"title": "Klaar, dank je", "payload": payload("goodbye")},
]


# Under a safety route: the assistant reads signals from free text and sometimes reads one that is not there
# (a past incident, a figure of speech). The parent can say so with one click, and is not stuck at 112/113.
NO_DANGER_BUTTON = {"title": "Er is nu geen gevaar: verder met mijn vraag",
                    "payload": payload("inform", "veiligheid", DEFAULTS["veiligheid"])}


def route_message(content: Content, route: Route, place: str | None = None) -> dict[str, Any]:
    """Arguments for the dispatcher: the text, the follow-up buttons, the route payload (DOMAIN.md) and its card."""
    card = route_card(content, route, place)
    buttons = [NO_DANGER_BUTTON, *AFTER_ROUTE_BUTTONS] if has_safety_signal(route.facts) else AFTER_ROUTE_BUTTONS
    return {"text": route_text(card), "buttons": buttons,
            "json_message": {"route": route.payload(), "kaart": card}}
