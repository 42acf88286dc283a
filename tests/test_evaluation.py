"""The held-out evaluation runs in the suite: a regression below these floors fails CI.

The floors sit a little below the figures measured when they were set (README, "Begrip"); raise them as
understanding improves. Issue 3's targets (F1 >= 0.90 per slot, safety recall 100%) are NOT met yet.
"""
from __future__ import annotations

import pytest

from bot.evaluate import evaluate

pytestmark = pytest.mark.e2e

FACT_F1_FLOOR = {
    "veiligheid": 0.93, "hulpvraag": 0.66, "leeftijd": 0.92, "wlz": 0.85, "zorgkantoor_contact": 0.72,
    "gemeente_contact": 0.77, "gemeente_uitkomst": 0.54, "expertteam_contact": 0.43, "expertteam_uitkomst": 0.55,
    "klacht_gemeld": 0.60,
}
INTENT_MACRO_F1_FLOOR = 0.93
SAFETY_RECALL_FLOOR = 0.94
FALSE_ALARM_CEILING = 0.02


@pytest.fixture(scope="module")
def result():
    return evaluate()[0]


def test_heldout_set_is_big_enough(result):
    assert result["messages"] >= 150
    assert result["safety"]["signals"] >= 30 and result["safety"]["no_signal"] >= 30


@pytest.mark.parametrize("slot", list(FACT_F1_FLOOR))
def test_fact_f1_does_not_regress(result, slot):
    assert result["facts"][slot]["f1"] >= FACT_F1_FLOOR[slot], result["facts"][slot]


def test_intent_macro_f1_does_not_regress(result):
    assert result["intent_macro_f1"] >= INTENT_MACRO_F1_FLOOR


def test_safety(result):
    assert result["safety"]["false_alarm_rate"] <= FALSE_ALARM_CEILING
    assert result["safety"]["recall"] >= SAFETY_RECALL_FLOOR


# Measured 2026-11-22 on the blind set: recall 0.833, false alarms 0.150 — far from the targets (100%, <= 2%).
BLIND_RECALL_FLOOR = 0.80
BLIND_FALSE_ALARM_CEILING = 0.17


def test_blind_safety_set():
    from bot.evaluate import BLIND_SAFETY

    blind = evaluate(path=BLIND_SAFETY)[0]["safety"]
    assert blind["signals"] >= 60 and blind["no_signal"] >= 60
    assert blind["false_alarm_rate"] <= BLIND_FALSE_ALARM_CEILING
    assert blind["recall"] >= BLIND_RECALL_FLOOR
