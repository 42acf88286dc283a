"""`bot check`: the content's meaning checked against the situation model (structure is checked on load).

Finds rules that can never fire, situations no rule covers, slots asked that no rule needs, slots needed
without a question, destinations without an organisation, and broken recognition patterns.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Mapping

import yaml

from bot.content import CONTENT_DIR, Content, Problem, Rule, parse
from bot.mentions import Vocabulary
from bot.situation import DEFAULTS, DESTINATIONS, SLOTS

UNKNOWN = "?"  # the parent answered "weet ik niet"
DOMAIN_FILE = CONTENT_DIR.parent.parent / "domain.yml"

Domains = tuple[tuple[str, frozenset[str]], ...]


def _initial_domains() -> dict[str, frozenset[str]]:
    """Every state a slot can end a conversation in: a value, or 'weet ik niet' when it is asked."""
    return {slot: frozenset(values) | (frozenset() if slot in DEFAULTS else {UNKNOWN})
            for slot, values in SLOTS.items()}


def _can_reach(rules: tuple[Rule, ...], target: int) -> bool:
    """Is there a situation in which no rule before `target` holds and rule `target` does?

    `target == len(rules)` asks whether some situation is covered by no rule at all. Depth-first over the
    earlier rules, choosing for each one condition to break; memoised, so it stays fast for any rule set.
    """
    domains = _initial_domains()
    if target < len(rules):
        for slot, allowed in rules[target].conditions.items():
            domains[slot] = domains[slot] & frozenset(allowed)
    if any(not d for d in domains.values()):
        return False

    @lru_cache(maxsize=None)
    def search(index: int, state: Domains) -> bool:
        if index == target:
            return True
        current = dict(state)
        conditions = [(slot, frozenset(allowed)) for slot, allowed in rules[index].conditions.items()]
        if any(not current[slot] & allowed for slot, allowed in conditions):
            return search(index + 1, state)  # already broken: nothing to choose
        for slot, allowed in conditions:
            rest = current[slot] - allowed
            if rest and search(index + 1, tuple(sorted({**current, slot: rest}.items()))):
                return True
        return False  # this earlier rule always holds here, so `target` is shadowed

    return search(0, tuple(sorted(domains.items())))


def _rule_problems(rules: tuple[Rule, ...], organisations: Mapping) -> list[Problem]:
    problems = []
    for index, rule in enumerate(rules):
        where = f"regel {rule.id}"
        for dest in (rule.destination, *rule.also):
            if dest and dest not in DESTINATIONS:
                problems.append(Problem("regels.yml", rule.line, f"{where}: onbekende bestemming '{dest}'"))
            elif dest and dest not in organisations:
                problems.append(Problem("regels.yml", rule.line,
                                        f"{where}: bestemming '{dest}' staat niet in organisaties.yml"))
        organisation = organisations.get(rule.destination)  # a missing one is reported above
        for tip in (rule.tip, *(variant.tip for variant in rule.variants)):
            for sentence in _repeated_sentences(tip, organisation.what_to_do if organisation else ""):
                problems.append(Problem("regels.yml", rule.line,
                                        f"{where}: de tip zegt '{sentence}' en de 'wat_te_doen' van "
                                        f"'{rule.destination}' zegt dat al; de ouder leest ze samen, haal het uit "
                                        f"een van beide"))
        if not _can_reach(rules, index):
            problems.append(Problem("regels.yml", rule.line,
                                    f"{where}: deze regel kan nooit gekozen worden; eerdere regels vangen "
                                    f"al zijn situaties af"))
    if rules and _can_reach(rules, len(rules)):
        problems.append(Problem("regels.yml", rules[-1].line,
                                "er zijn situaties waarvoor geen regel past; eindig met een regel zonder 'als'"))
    return problems


# Sentences that begin with the same five words say the same (shorter ones must be the same sentence).
SAME_START = 5


def _repeated_sentences(tip: str, what_to_do: str) -> list[str]:
    """The sentences of a rule's tip that its organisation's `wat_te_doen` already says: the parent reads both in
    one message (bot.messages), so it said "Vraag om een gesprek." twice (session 32, a smoke test)."""
    def sentences(text: str) -> list[str]:
        return [part.strip() for part in re.split(r"(?<=[.!?])\s+", text or "") if part.strip()]

    def start(sentence: str) -> tuple[str, ...]:
        return tuple(re.findall(r"\w+", sentence.lower()))[:SAME_START]

    said = {start(sentence) for sentence in sentences(what_to_do)}
    return [sentence for sentence in sentences(tip) if start(sentence) in said]


def _question_problems(content: Content) -> list[Problem]:
    needed = {slot for rule in content.rules for slot in rule.conditions}
    problems = []
    for slot, question in content.questions.items():
        if slot in DEFAULTS:
            problems.append(Problem("vragen.yml", question.line,
                                    f"vraag '{slot}': dit feit wordt nooit gevraagd; haal de vraag weg"))
        elif slot not in needed:
            problems.append(Problem("vragen.yml", question.line,
                                    f"vraag '{slot}': geen enkele regel heeft dit feit nodig; haal de vraag weg"))
    for slot in sorted(needed - content.questions.keys() - DEFAULTS.keys()):
        problems.append(Problem("vragen.yml", 0, f"er is geen vraag voor '{slot}', maar een regel heeft het nodig"))
    return problems


def _recognition_problems(recognition: Mapping, vocabulary: Vocabulary | None) -> list[Problem]:
    from bot.understanding import compile_recognition, RecognitionError

    if vocabulary is None:  # its own problem is already reported; the patterns need its word groups
        return []
    try:
        recognizer = compile_recognition(recognition, vocabulary)
    except RecognitionError as error:
        return [Problem("herkenning.yml", error.line, str(error))]
    except re.error as error:  # pragma: no cover - compile_recognition wraps these
        return [Problem("herkenning.yml", 0, f"patroon klopt niet: {error}")]
    known = set(yaml.safe_load(DOMAIN_FILE.read_text(encoding="utf-8"))["intents"])
    line = recognition.line_of("intenties") if hasattr(recognition, "line_of") else 0
    return [Problem("herkenning.yml", line, f"intenties: '{name}' staat niet bij de intents in domain.yml")
            for name in recognizer.intent_facts if name not in known]


def check_content(content: Content) -> list[Problem]:
    """Meaning-level problems of parsed content (empty list: all good)."""
    return (_rule_problems(content.rules, content.organisations) + _question_problems(content)
            + _recognition_problems(content.recognition, content.vocabulary))


def _example_problems(directory: Path | None) -> list[Problem]:
    """The learned reader's examples (data/feiten/): every slot and value must be in the situation model."""
    from bot.fact_classifier import EXAMPLES_DIR, ExamplesError, load_examples

    try:
        load_examples(directory or EXAMPLES_DIR)
    except ExamplesError as error:
        return [Problem(f"../feiten/{error.file}", error.line, str(error))]
    return []


def _glossary_problems(directory: Path) -> list[Problem]:
    """The learned reader's glossary (vertalingen.yml): every form normalizes to a word of its own, for one
    Dutch word."""
    from bot.fact_classifier import GLOSSARY_FILE, GlossaryError, load_glossary

    try:
        load_glossary(directory / GLOSSARY_FILE.name)
    except GlossaryError as error:
        return [Problem(error.file, error.line, str(error))]
    return []


def run_check(directory: Path = CONTENT_DIR, examples: Path | None = None) -> list[Problem]:
    content, problems = parse(directory)
    return problems + check_content(content) + _example_problems(examples) + _glossary_problems(directory)
