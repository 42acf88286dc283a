"""The handover summary: what the parent told, what the assistant advised and why, in plain Dutch for staff.

One summary serves the gesprekscode lookup, the triage screen and the "kopieer samenvatting" text, so staff see
the same thing everywhere. It is data (a dict that can be stored as JSON); `summary_text` makes the plain text.
The transcript is masked again here (bot.privacy): the action server gets the raw text from Rasa.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Iterable, Mapping
from zoneinfo import ZoneInfo

from bot.content import Content
from bot.engine import Ask, Decision
from bot.messages import contact_line, route_card
from bot.privacy import mask
from bot.situation import SLOTS, has_safety_signal
from bot.understanding import SAFETY, payload_facts

ZONE = ZoneInfo("Europe/Amsterdam")
SPEAKERS = {"ouder": "Ouder", "assistent": "Assistent"}
CLICKS = {"greet": "begint het gesprek", "dont_know": "weet ik niet", "opnieuw": "opnieuw beginnen",
          "gesprekscode_ja": "wil een gesprekscode", "gesprekscode_nee": "wil geen gesprekscode",
          "explain": "wat bedoel je?", "goodbye": "klaar"}


def build_summary(content: Content, facts: Mapping[str, str], decision: Decision, *,
                  unknown: Iterable[str] = (), place: str | None = None,
                  transcript: Iterable[tuple[str, str]] = (), started: float | None = None,
                  withdrawn: str | None = None) -> dict[str, Any]:
    """`transcript`: (speaker, text) with speaker 'ouder' or 'assistent'; `started`: epoch seconds;
    `withdrawn`: the safety signal the assistant read and the parent then said was no danger now."""
    labels = content.fact_labels
    summary: dict[str, Any] = {
        "gesprek_op": started,
        "feiten": [{"feit": slot, "waarde": facts[slot], "naam": labels[slot].name,
                    "tekst": labels[slot].values[facts[slot]]} for slot in SLOTS if slot in facts],
        # Staff should know, without reading the transcript, that the assistant once read danger here.
        "ingetrokken_signaal": ({"waarde": withdrawn, "tekst": labels[SAFETY].values[withdrawn]}
                                if withdrawn else None),
        "onbekend": [labels[slot].name for slot in SLOTS if slot in set(unknown)],
        "gemeente": place,
        "route": None,
        "volgende_vraag": None,
        # Only the parent's words are masked: the assistant's own texts hold the organisations' numbers.
        "transcript": [{"wie": who, "tekst": _readable(mask(text), content) if who == "ouder" else text}
                       for who, text in transcript if text and who in SPEAKERS],
    }
    if isinstance(decision, Ask):
        summary["volgende_vraag"] = {"feit": decision.slot, "vraag": content.questions[decision.slot].text}
        return summary
    card = route_card(content, decision, place)
    summary["route"] = {
        "regel": decision.rule, "bestemming": decision.destination, "naam": card["naam"], "uitleg": card["uitleg"],
        "waarom": card["waarom"], "bron": decision.source, "wat_te_doen": card["wat_te_doen"],
        "contact": [_staff_line(item) for item in card["contact"]] + ([card["zo_vind_je_het"]]
                                                                      if card["zo_vind_je_het"] else []),
        "ook": [{"naam": o["naam"], "uitleg": o["uitleg"], "contact": [_staff_line(i) for i in o["contact"]]}
                for o in card["ook"]],
    }
    return summary


def withdrawn_signal(facts: Mapping[str, str], events: Iterable[Mapping[str, Any]]) -> str | None:
    """The last safety signal since the conversation (re)started (Rasa's tracker `events`), when the parent has
    since said there is no danger now (the "er is nu geen gevaar" button sets 'veilig')."""
    if SAFETY not in facts or has_safety_signal(facts):
        return None
    last = None
    for event in events:
        if event.get("event") in ("reset_slots", "restart"):  # "opnieuw beginnen" forgets the earlier story
            last = None
        elif (event.get("event") == "slot" and event.get("name") == SAFETY and event.get("value")
              and has_safety_signal({SAFETY: event["value"]})):
            last = event["value"]
    return last


def _readable(text: str, content: Content) -> str:
    """A button click is stored as its payload ('/inform{"wlz": "nee"}'); staff read what was chosen."""
    clicked = payload_facts(text)
    if clicked is None:
        return text
    facts, _ = clicked
    labels = content.fact_labels
    chosen = "; ".join(f"{labels[slot].name}: {labels[slot].values[value]}" for slot, value in facts.items())
    intent = text.strip().lstrip("/").split("{")[0]
    return f"[knop] {chosen or CLICKS.get(intent, intent)}"


def withdrawn_line(signal: Mapping[str, str]) -> str:
    return (f"Let op: de assistent las eerst een veiligheidssignaal ({signal['tekst'].lower()}). "
            "De ouder gaf daarna aan dat er nu geen gevaar is.")


def _staff_line(item: Mapping[str, Any]) -> str:
    return contact_line(dict(item), unsure="niet zeker, eerst nakijken")


def when(epoch: float | None) -> str:
    if not epoch:
        return "onbekend"
    return dt.datetime.fromtimestamp(epoch, ZONE).strftime("%d-%m-%Y %H:%M")


def summary_text(summary: Mapping[str, Any], code: str | None = None) -> str:
    """Plain text to paste into a case system. Without the transcript: only what the next step needs."""
    lines = ["Wegwijzer Jeugdhulp: samenvatting"]
    if summary.get("gesprek_op"):
        lines.append(f"Gesprek met de assistent: {when(summary['gesprek_op'])}")
    if code:
        lines.append(f"Gesprekscode: {code}")
    lines += ["", "Wat bekend is:"]
    lines += [f"- {f['naam']}: {f['tekst']}" for f in summary["feiten"]] or ["- (nog niets)"]
    if summary.get("onbekend"):
        lines.append("- Weet de ouder niet: " + ", ".join(summary["onbekend"]))
    if summary.get("gemeente"):
        lines.append(f"- Gemeente: {summary['gemeente']}")
    if summary.get("ingetrokken_signaal"):
        lines.append(f"- {withdrawn_line(summary['ingetrokken_signaal'])}")
    route = summary.get("route")
    if route:
        lines += ["", f"Advies: {route['naam']} (regel {route['regel']})", f"Waarom: {route['waarom']}",
                  f"Bron: {route['bron']}"]
        if route["wat_te_doen"]:
            lines.append(f"Wat te doen: {route['wat_te_doen']}")
        lines += [f"Contact: {c}" for c in route["contact"]]
        if route["ook"]:
            lines.append("Andere opties: " + "; ".join(o["naam"] for o in route["ook"]))
    elif summary.get("volgende_vraag"):
        lines += ["", f"Nog geen advies. Eerst nodig: {summary['volgende_vraag']['vraag']}"]
    return "\n".join(lines)
