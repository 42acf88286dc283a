"""The check before a phrase's search (bot.literals): it may only skip searches that would fail."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.content import load_content
from bot.literals import may_match, required_literals
from bot.understanding import compile_recognition, normalize

EVALUATION = Path(__file__).parent / "evaluation"


@pytest.mark.parametrize("pattern,needs", [
    (r"wijkteam", {"wijkteam"}),
    (r"(?<![a-z0-9])(?:klacht|geklaagd)(?![a-z0-9])", {"klacht", "geklaagd"}),
    # the longest shortest string of the parts that must all match
    (r"(?:al|ook) (?:expertteam|wijkteam)", {"expertteam", "wijkteam"}),
    (r"(?:al|ook) bij de (?:ggd|cjg)", {" bij de "}),
    (r"nog (?:niet|geen) gemeld", {" gemeld"}),
    (r"(?:heel )?erg bang", {"erg bang"}),
    (r"(?:ze|hij) wil (?:echt )+doodgaan", {"doodgaan"}),
    (r"(?:ze|hij) wil (?:echt )+dood", {" wil "}),
    (r"wachtlijst(?=.{0,40}maanden)", {"wachtlijst"}),
])
def test_the_strings_a_match_needs(pattern, needs):
    assert required_literals(re.compile(pattern)) == needs


@pytest.mark.parametrize("pattern", [
    r"(?:heel )?[a-z]+",  # nothing plain that must be there
    r"(?:klacht|\w+)",  # one alternative needs no plain string: the others are no requirement
    r"(?i)wijkteam",  # case-insensitive: 'WIJKTEAM' matches without containing 'wijkteam'
    r"a\d",  # one letter is in nearly every message
    r"(?:bang)?",
])
def test_no_requirement_where_a_match_can_do_without(pattern):
    assert required_literals(re.compile(pattern)) is None


def test_it_skips_only_what_cannot_match():
    pattern = re.compile(r"(?<![a-z0-9])(?:ze|hij) (?:wil|gaat) dood(?![a-z0-9])")
    needs = required_literals(pattern)
    assert not may_match(needs, "ze wil naar school")
    assert may_match(needs, "ze wil dood")
    assert may_match(needs, "ze wil niet dood")  # the check says 'may': the search still decides


def _texts() -> list[str]:
    """Every twelfth message of the evaluation sets, normalized as the phrases see it."""
    texts = [m["tekst"] for path in sorted(EVALUATION.glob("*.yml"))
             for m in yaml.safe_load(path.read_text(encoding="utf-8"))["berichten"]]
    return [normalize(text) for text in texts[::12]]


def test_the_content_reads_the_same_with_the_check():
    """Every phrase of herkenning.yml (the blocks and the words for an open question) against real messages: where
    the check says a phrase cannot match, its search finds nothing. About 580 messages x 1,000 phrases."""
    content = load_content()
    recognizer = compile_recognition(content.recognition, content.vocabulary)
    patterns = {p for entry in recognizer.entries for p in entry.patterns}
    patterns |= {p for values in recognizer.context.values() for _value, ps in values for p in ps}
    assert set(recognizer.needs) == patterns  # the recognizer holds the strings for every phrase it searches
    assert sum(recognizer.needs[p] is not None for p in patterns) > 0.95 * len(patterns)
    texts = _texts()
    assert len(texts) > 500
    skipped = wrong = 0
    for pattern in patterns:
        for text in texts:
            if not may_match(recognizer.needs[pattern], text):
                skipped += 1
                wrong += pattern.search(text) is not None
    assert wrong == 0
    assert skipped > 0.8 * len(patterns) * len(texts)  # the check does its job
