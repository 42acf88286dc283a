"""The routing engine: for the facts known, the route or the next question. Pure Python, no Rasa.

Semantics (see data/content/regels.yml): rules are tried in order and the first whose conditions all hold wins.
A rule fails as soon as one known fact contradicts it, or a fact it needs is one the parent could not give
("weet ik niet"). A rule that is neither matched nor failed is undecided: its first missing fact is the next
question. So the engine never asks what is known and never asks what cannot change the outcome.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Mapping

from bot.content import Content, Rule, load_content
from bot.situation import DEFAULTS, SituationError, validate_facts, SLOTS


@dataclass(frozen=True)
class Ask:
    slot: str


@dataclass(frozen=True)
class Route:
    destination: str
    also: tuple[str, ...]
    rule: str
    reason: str
    tip: str
    source: str
    facts: Mapping[str, str] = field(default_factory=dict)

    def payload(self) -> dict:
        """The route payload of DOMAIN.md's route message contract."""
        return {"destination": self.destination, "also": list(self.also), "rule": self.rule,
                "facts": dict(self.facts)}


Decision = Ask | Route


def _rule_status(rule: Rule, facts: Mapping[str, str], unknown: frozenset[str]) -> str | bool:
    """True when the rule holds, False when it cannot hold, else the first slot still to ask."""
    missing = None
    for slot, allowed in rule.conditions.items():
        if slot in facts:
            if facts[slot] not in allowed:
                return False
        elif slot in unknown:
            return False
        elif missing is None:
            missing = slot
    return missing if missing is not None else True


def _tip(rule: Rule, facts: Mapping[str, str]) -> str:
    for variant in rule.variants:
        if all(facts.get(slot) in allowed for slot, allowed in variant.when.items()):
            return variant.tip
    return rule.tip


class Engine:
    def __init__(self, content: Content | None = None):
        self.content = content or load_content()

    def decide(self, facts: Mapping[str, str], unknown: Iterable[str] = ()) -> Decision:
        """The route when the facts decide it, else the next question.

        `facts` maps slots to values; `unknown` names slots the parent could not answer. Both are checked
        against the situation model; anything outside it is refused with SituationError.
        """
        known = validate_facts(facts)
        unknown_set = frozenset(unknown)
        for slot in unknown_set:
            if slot not in SLOTS:
                raise SituationError(f"onbekend feit '{slot}' in 'weet niet'")
        effective = {**DEFAULTS, **known}
        for rule in self.content.rules:
            status = _rule_status(rule, effective, unknown_set - known.keys())
            if status is True:
                return Route(rule.destination, rule.also, rule.id, rule.reason, _tip(rule, effective),
                             rule.source, effective)
            if status is not False:
                return Ask(status)
        raise SituationError("geen enkele regel past; de laatste regel hoort altijd te passen")
