"""The routing engine against DOMAIN.md's table: every rule, every value, and the asking order."""
from __future__ import annotations

import itertools
import random

import pytest

from bot.engine import Ask, Engine, Route
from bot.situation import SLOTS, SituationError
from tests.domain_table import DESTINATION, EXAMPLES, RULES, oracle

RULE_SLOTS = [s for s in SLOTS if s != "veiligheid"]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("rule_id", list(EXAMPLES))
def test_every_rule_routes_to_its_destination(engine, rule_id):
    decision = engine.decide(EXAMPLES[rule_id])
    assert isinstance(decision, Route)
    assert (decision.rule, decision.destination) == (rule_id, DESTINATION[rule_id])
    assert decision.reason and decision.source


def test_rule_19_when_the_parent_does_not_know(engine):
    decision = engine.decide({}, unknown={"hulpvraag"})
    assert (decision.rule, decision.destination) == ("19", "juiste_loket")
    decision = engine.decide({"hulpvraag": "hulp_zoeken", "wlz": "nee"}, unknown={"gemeente_contact",
                                                                                   "gemeente_uitkomst"})
    assert isinstance(decision, Ask) and decision.slot == "expertteam_uitkomst"


def test_content_agrees_with_domain_table(engine):
    rules = engine.content.rules
    assert [r.id for r in rules] == [r[0] for r in RULES]
    for rule, (rule_id, conditions, destination) in zip(rules, RULES):
        assert dict(rule.conditions) == conditions, rule_id
        assert rule.destination == destination, rule_id


def test_route_payload_follows_the_contract(engine):
    route = engine.decide(EXAMPLES["16"])
    payload = route.payload()
    assert payload == {"destination": "expertteam", "also": list(route.also), "rule": "16",
                       "facts": {"veiligheid": "veilig", **EXAMPLES["16"]}}
    assert "clientondersteuner" in payload["also"]


@pytest.mark.parametrize("slot,value", [(s, v) for s, values in SLOTS.items() for v in values])
def test_every_value_of_every_slot_is_accepted_and_leads_to_a_route(engine, slot, value):
    facts = {slot: value}
    for _ in range(12):
        decision = engine.decide(facts)
        if isinstance(decision, Route):
            break
        assert decision.slot not in facts
        facts[decision.slot] = SLOTS[decision.slot][0]
    assert isinstance(decision, Route)
    assert decision.facts[slot] == value


@pytest.mark.parametrize("facts,unknown", [
    ({"wlz": "misschien"}, ()),
    ({"leeftijd": "15"}, ()),
    ({"kleur": "rood"}, ()),
    ({}, ("kleur",)),
    ({"hulpvraag": None}, ()),
])
def test_invalid_input_is_refused(engine, facts, unknown):
    with pytest.raises(SituationError):
        engine.decide(facts, unknown)


def _simulate(engine: Engine, situation: dict[str, str]) -> tuple[Route, list[str]]:
    """Answer the engine's questions from `situation`; a slot not in it is answered 'weet ik niet'."""
    facts = {k: v for k, v in situation.items() if k == "veiligheid"}
    unknown: set[str] = set()
    asked: list[str] = []
    while True:
        decision = engine.decide(facts, unknown)
        if isinstance(decision, Route):
            return decision, asked
        slot = decision.slot
        assert slot not in asked, f"asked {slot} twice"
        assert slot not in facts and slot not in unknown
        asked.append(slot)
        if slot in situation:
            facts[slot] = situation[slot]
        else:
            unknown.add(slot)


def _first_undecided_needs(situation: dict[str, str], known: set[str]) -> set[str]:
    """The slots of the first rule that the known part of the situation neither matches nor rules out."""
    facts = {"veiligheid": "veilig", **{k: v for k, v in situation.items() if k in known}}
    for _, conditions, _ in RULES:
        if any(s in facts and facts[s] not in allowed for s, allowed in conditions.items()):
            continue
        if any(s in known and s not in facts for s in conditions):  # answered 'weet ik niet'
            continue
        missing = [s for s in conditions if s not in facts]
        return set(missing)
    return set()


def _check(engine, situation):
    route, asked = _simulate(engine, situation)
    assert route.rule == oracle(situation), (situation, asked)
    known: set[str] = {"veiligheid"}
    for slot in asked:
        needed = _first_undecided_needs(situation, known)
        assert slot in needed, f"{slot} asked while the first open rule needs {needed} ({situation})"
        known.add(slot)


def test_asks_only_what_it_needs_in_order_for_every_complete_situation(engine):
    """All 46,080 complete situations (safe): the route matches the table and every question was needed."""
    values = [SLOTS[s] for s in RULE_SLOTS]
    for combination in itertools.product(*values):
        _check(engine, dict(zip(RULE_SLOTS, combination)))


def test_asks_only_what_it_needs_with_weet_ik_niet_answers(engine):
    """Random situations where some questions are answered 'weet ik niet' (absent from the situation)."""
    rng = random.Random(20261122)
    for _ in range(20000):
        situation = {s: rng.choice(SLOTS[s]) for s in RULE_SLOTS if rng.random() < 0.75}
        _check(engine, situation)


@pytest.mark.parametrize("signal", ["acuut_gevaar", "suicidegedachten", "zorgen_om_veiligheid"])
def test_safety_overrides_everything_known(engine, signal):
    for rule_id, facts in EXAMPLES.items():
        route = engine.decide({**facts, "veiligheid": signal})
        assert route.destination == {"acuut_gevaar": "spoed_112", "suicidegedachten": "zelfmoordpreventie_113",
                                     "zorgen_om_veiligheid": "veilig_thuis"}[signal]
