"""The Rasa domain, the content and the situation model tell the same story (shared/DOMAIN.md)."""
from __future__ import annotations

from pathlib import Path

import yaml

from bot.content import load_content
from bot.mentions import (ASKED_ABOUT_ENTITY, ASKED_ONLY_ENTITY, DENIED_OUTCOME_ENTITY, MUNICIPALITY_ENTITY,
                          UNOWNED_OUTCOME_ENTITY)
from bot.messages import question_buttons
from bot.situation import DESTINATIONS, SLOTS

ROOT = Path(__file__).resolve().parent.parent


def test_domain_declares_every_situation_slot_and_entity():
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    assert set(SLOTS) <= set(domain["slots"])
    # the place: named in advice, never routed on; a door only asked about: read by the actions, never stored
    assert set(domain["entities"]) == set(SLOTS) | {MUNICIPALITY_ENTITY, ASKED_ONLY_ENTITY, DENIED_OUTCOME_ENTITY,
                                                    ASKED_ABOUT_ENTITY, UNOWNED_OUTCOME_ENTITY}
    assert "inform" in domain["intents"] and "dont_know" in domain["intents"]


def test_every_destination_has_an_organisation_with_contact_or_a_way_to_find_it():
    organisations = load_content().organisations
    assert set(organisations) == set(DESTINATIONS)
    for org in organisations.values():
        assert org.contacts or org.how_to_find, org.id
        for fact in org.contacts:
            assert fact.source and fact.checked, (org.id, fact)


def test_button_payloads_follow_the_contract():
    for slot, question in load_content().questions.items():
        payloads = [b["payload"] for b in question_buttons(question)]
        for value in SLOTS[slot]:
            assert f'/inform{{"{slot}": "{value}"}}' in payloads
