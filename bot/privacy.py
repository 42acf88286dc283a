"""Masks personal data in text before it is stored: the assistant never needs a BSN, phone number or name.

Each kind is replaced by a label in square brackets ("[bsn]", "[telefoon]"), so a stored conversation still reads
naturally and staff see that something was there. Numbers are only masked as a BSN or IBAN when their check digit
is right (11-proef, mod 97): a parent's "15" or "0800-2000" stays readable, a real BSN never survives.
Person names are masked where a cue makes them certain ("ik heet Petra", "mijn zoon Daan"); a name without a cue
is not recognised, which is why the widget asks parents not to type names.
"""
from __future__ import annotations

import logging
import re
from typing import Any, Callable

from bot.gesprekscode import PATTERN as CODE_PATTERN

MONTHS = ("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
          "jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec")
CHILD_WORDS = ("zoon|zoontje|dochter|dochtertje|kind|kindje|jongen|meisje|pleegzoon|pleegdochter|stiefzoon|"
               "stiefdochter|broer|zus|broertje|zusje|man|vrouw|partner|vriend|vriendin|moeder|vader")
# Capitalised words after a child word that are no name ("mijn zoon Heeft" does not happen; these do).
NOT_NAMES = frozenset("De Het Een En Is Zit Was Heeft Had Wil Kan Moet Gaat Komt Krijgt Met Van Op In Bij Die Dat "
                      "Ik Hij Zij Ze Wij We Maar Want Of Ook Al Nog Niet Geen".split())


def _bsn_ok(digits: str) -> bool:
    if len(digits) != 9 or digits == "0" * 9:
        return False
    total = sum(int(d) * w for d, w in zip(digits, (9, 8, 7, 6, 5, 4, 3, 2, -1)))
    return total % 11 == 0


def _iban_ok(iban: str) -> bool:
    iban = iban.replace(" ", "").upper()
    moved = iban[4:] + iban[:4]
    number = "".join(str(int(ch, 36)) for ch in moved)
    return 15 <= len(iban) <= 34 and int(number) % 97 == 1


def _checked(label: str, check: Callable[[str], bool], digits_only: bool = True) -> Callable[[re.Match], str]:
    def replace(match: re.Match) -> str:
        value = re.sub(r"\D", "", match.group(0)) if digits_only else match.group(0)
        return label if check(value) else match.group(0)
    return replace


# Order matters: the longest, most certain patterns first, so a phone number is not half-eaten by a date.
PATTERNS: tuple[tuple[str, re.Pattern, Any], ...] = (
    ("email", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.I), "[e-mail]"),
    ("iban", re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", re.I),
     _checked("[iban]", _iban_ok, digits_only=False)),
    ("telefoon", re.compile(r"(?<![\w+])(?:\+31|0031)[\s-]?\(?0?\)?[\s-]?[1-9](?:[\s-]?\d){8}\b"), "[telefoon]"),
    ("telefoon", re.compile(r"(?<![\w+])06[\s-]?(?:\d[\s-]?){7}\d\b"), "[telefoon]"),
    ("bsn", re.compile(r"(?<![\w.])\d{4}\.?\d{2}\.?\d{3}\b|(?<![\w.])\d{3}[.\s]\d{3}[.\s]\d{3}\b"),
     _checked("[bsn]", _bsn_ok)),
    ("telefoon", re.compile(r"(?<![\w+])0[1-9]\d{1,2}[\s-]?\d{3}[\s-]?\d{2}[\s-]?\d{2}\b|(?<![\w+])0[1-9]\d{8}\b"),
     "[telefoon]"),
    ("geboortedatum", re.compile(r"\b(?:[0-3]?\d)[-/.](?:[01]?\d)[-/.](?:19|20)\d{2}\b"), "[datum]"),
    ("geboortedatum", re.compile(rf"\b[0-3]?\d\s+(?:{MONTHS})\.?\s+(?:19|20)\d{{2}}\b", re.I), "[datum]"),
    ("adres", re.compile(r"\b[1-9]\d{3}\s?[A-Z]{2}\b(?:\s+\d{1,5}(?:\s?[a-zA-Z]\b)?)?"), "[adres]"),
    ("adres", re.compile(r"\b[A-Z][a-z]+(?:straat|laan|weg|plein|singel|gracht|kade|dijk|hof|park|dreef|steeg|pad|"
                         r"markt|veld|erf|baan|ring|straatweg)\s+\d{1,5}(?:\s?[a-zA-Z]\b)?"), "[adres]"),
    ("naam", re.compile(r"\b(?:ik heet|heet|genaamd|mijn naam is|naam is|ik ben)\s+"
                       r"([A-Z][a-z]+(?:\s+(?:(?:van|de|der|den|ter|te|het)\s+){0,2}[A-Z][a-z]+)?)"),
     lambda m: m.group(0)[: m.start(1) - m.start(0)] + "[naam]"),
    # A gesprekscode (bot.handover) is a key to the summary: the stored conversation must not hold it.
    ("gesprekscode", CODE_PATTERN, "[code]"),
    ("naam", re.compile(rf"\b(?:mijn|mn|m'n|onze|ons)\s+(?:{CHILD_WORDS})\s+([A-Z][a-z]+)\b", re.I),
     lambda m: m.group(0) if m.group(1) in NOT_NAMES or not m.group(1)[0].isupper()
     else m.group(0)[: m.start(1) - m.start(0)] + "[naam]"),
)


def mask(text: str) -> str:
    for _, pattern, replacement in PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def mask_tree(value: Any) -> Any:
    """Every string in a JSON-like structure masked (an event's text, its parse data, metadata, entity values)."""
    if isinstance(value, str):
        return mask(value)
    if isinstance(value, dict):
        return {key: mask_tree(item) for key, item in value.items()}
    if isinstance(value, list):
        return [mask_tree(item) for item in value]
    return value


def install_log_masking() -> None:
    """Mask every log record of this process before any handler sees it (also Rasa's structured logs, which
    pass through the standard library). A record factory, not a filter: a filter on a logger misses the
    records of its children, and handlers are set up by Rasa after our code is imported."""
    previous = logging.getLogRecordFactory()
    if getattr(previous, "masks_personal_data", False):
        return

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        if isinstance(record.msg, str):
            record.msg = mask(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(mask(a) if isinstance(a, str) else a for a in record.args)
        elif isinstance(record.args, dict):
            record.args = {k: mask(v) if isinstance(v, str) else v for k, v in record.args.items()}
        return record

    factory.masks_personal_data = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(factory)
