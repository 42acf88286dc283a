"""The evaluation sets run in the suite: a regression below these floors fails CI.

The floors sit a little below the figures measured when they were set (README, "Begrip meten"); raise them as
understanding improves. Issue 3's targets (F1 >= 0.90 per slot, safety recall 100%, false alarms <= 2%) are NOT
all met on the blind set yet: the floors guard what is, the README says what is missing.
"""
from __future__ import annotations

import pytest

from bot.evaluate import evaluate_all

pytestmark = pytest.mark.e2e

# Measured 2026-12-01 (session 5, with the learned fact reader); floors ~0.03-0.05 below. Heldout's misses were
# read in sessions 1, 3 and 4, those of openingen-3 in session 5 after one blind measurement (both optimistic);
# of openingen-4 (written blind in session 5) only totals were looked at. The two older openings sets are
# training data since session 5.
FACT_F1_FLOOR = {
    "heldout": {"veiligheid": 0.92, "hulpvraag": 0.84, "leeftijd": 0.95, "wlz": 0.95, "zorgkantoor_contact": 0.95,
                "gemeente_contact": 0.90, "gemeente_uitkomst": 0.82, "expertteam_contact": 0.90,
                "expertteam_uitkomst": 0.95, "klacht_gemeld": 0.90},
    "openingen-3": {"veiligheid": 0.88, "hulpvraag": 0.90, "leeftijd": 0.92, "wlz": 0.90, "zorgkantoor_contact": 0.95,
                    "gemeente_contact": 0.90, "gemeente_uitkomst": 0.86, "expertteam_contact": 0.95,
                    "expertteam_uitkomst": 0.70, "klacht_gemeld": 0.75},
    "openingen-4": {"veiligheid": 0.77, "hulpvraag": 0.84, "leeftijd": 0.92, "wlz": 0.75, "zorgkantoor_contact": 0.95,
                    "gemeente_contact": 0.86, "gemeente_uitkomst": 0.83, "expertteam_contact": 0.80,
                    "expertteam_uitkomst": 0.58, "klacht_gemeld": 0.85},
}
INTENT_MACRO_F1_FLOOR = 0.94
# (recall floor, false-alarm ceiling) per set; 'veiligheid' is the blind set of alarming-but-safe messages.
SAFETY = {"heldout": (0.97, 0.02), "openingen-3": (0.97, 0.05), "openingen-4": (0.95, 0.06),
          "veiligheid": (0.97, 0.27)}


@pytest.fixture(scope="module")
def results():
    return {name: result for name, (result, _, _) in evaluate_all().items()}


def test_sets_are_big_enough(results):
    for name in FACT_F1_FLOOR:
        assert results[name]["messages"] >= 150
        assert results[name]["safety"]["signals"] >= 30 and results[name]["safety"]["no_signal"] >= 30


@pytest.mark.parametrize("name,slot", [(n, s) for n, floors in FACT_F1_FLOOR.items() for s in floors])
def test_fact_f1_does_not_regress(results, name, slot):
    assert results[name]["facts"][slot]["f1"] >= FACT_F1_FLOOR[name][slot], results[name]["facts"][slot]


@pytest.mark.parametrize("name", list(FACT_F1_FLOOR))
def test_intent_macro_f1_does_not_regress(results, name):
    assert results[name]["intent_macro_f1"] >= INTENT_MACRO_F1_FLOOR


@pytest.mark.parametrize("name", list(SAFETY))
def test_safety(results, name):
    recall_floor, false_alarm_ceiling = SAFETY[name]
    assert results[name]["safety"]["recall"] >= recall_floor, results[name]["safety"]
    assert results[name]["safety"]["false_alarm_rate"] <= false_alarm_ceiling, results[name]["safety"]
