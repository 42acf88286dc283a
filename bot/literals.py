"""A cheap check before a phrase's regular expression runs: the words a match cannot do without.

herkenning.yml holds some 900 phrases, each compiled as `(?<![a-z0-9])(?:...)(?![a-z0-9])`. The look-behind in front
keeps Python's regex engine from skipping ahead to a first letter, so every search tries every position of the
message (about 4 µs per phrase, 3.9 ms per message in all; session 34). Nearly every phrase needs at least one of a few
plain strings ("wijkteam", "klacht|geklaagd", ...); when none of them is in the message the phrase cannot match, and
`str in str` is far cheaper than the search. The check only ever skips a search that would have failed: its strings
are read from the pattern itself, so the phrases' results are exactly the same (tests/test_literals.py). Reading them
takes about 0.6 s for all phrases: bot.understanding does it once, when the recognizer is built.
"""
from __future__ import annotations

import re
import sre_constants  # Python 3.10 (Rasa 3.6 needs < 3.11); 3.11 moved both to re._parser / re._constants
import sre_parse
from typing import Any, Iterable

Needs = frozenset[str]
SHORTEST = 2  # a one-letter string is in nearly every message: no use as a check


def required_literals(pattern: re.Pattern) -> Needs | None:
    """Strings of which every match of the pattern contains at least one; None when the pattern has no such set
    (an optional part, a character class, a case-insensitive flag)."""
    if pattern.flags & re.IGNORECASE:
        return None
    needs = _sequence(sre_parse.parse(pattern.pattern))
    return needs if needs and min(map(len, needs)) >= SHORTEST else None


def _sequence(items: Iterable[tuple[Any, Any]]) -> Needs | None:
    """The best requirement of a sequence: every part of it must match, so any one part's strings will do; a run of
    plain letters is one string. Best: the longest shortest string, then the fewest strings."""
    candidates: list[Needs | None] = []
    run = ""
    for op, argument in items:
        if op is sre_constants.LITERAL:
            run += chr(argument)
            continue
        if run:
            candidates.append(frozenset((run,)))
            run = ""
        candidates.append(_part(op, argument))
    if run:
        candidates.append(frozenset((run,)))
    found = [c for c in candidates if c]
    return max(found, key=lambda c: (min(map(len, c)), -len(c))) if found else None


def _part(op: Any, argument: Any) -> Needs | None:
    if op is sre_constants.SUBPATTERN:  # a group: (?:...), (...), or with inline flags
        _group, add_flags, _del_flags, items = argument
        return None if add_flags & re.IGNORECASE else _sequence(items)
    if op is sre_constants.BRANCH:  # a|b|c: one of the alternatives' requirements, so all of them together
        needs: set[str] = set()
        for alternative in argument[1]:
            one = _sequence(alternative)
            if not one:
                return None
            needs |= one
        return frozenset(needs)
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
        least, _most, items = argument
        return _sequence(items) if least >= 1 else None
    if op is sre_constants.ASSERT:  # a positive look-ahead or look-behind also needs its text in the message
        return _sequence(argument[1])
    return None  # character classes, any character, anchors, negative look-arounds, back references


def may_match(needs: Needs | None, text: str) -> bool:
    """False only when a pattern with these required strings (`required_literals`) cannot match the text."""
    return needs is None or any(need in text for need in needs)
