"""The situation model: the fixed contract of ../shared/DOMAIN.md.

Slot names, their values and destination ids are shared with the Rasa domain, button payloads, tests and
staff tools. They live in code, not in the editable content, because changing them breaks that contract.
"""
from __future__ import annotations

from types import MappingProxyType
from typing import Mapping

SLOTS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "veiligheid": ("acuut_gevaar", "zorgen_om_veiligheid", "suicidegedachten", "veilig"),
    "hulpvraag": ("hulp_zoeken", "klacht", "advies_probleemgedrag", "regels_en_geld", "ondersteuning"),
    "leeftijd": ("onder_18", "18_tot_23", "23_of_ouder"),
    "wlz": ("ja", "nee", "weet_niet"),
    "zorgkantoor_contact": ("ja", "nee"),
    "gemeente_contact": ("ja", "nee"),
    "gemeente_uitkomst": ("nog_bezig", "wachten", "geen_passende_hulp", "afgewezen"),
    "expertteam_contact": ("ja", "nee"),
    "expertteam_uitkomst": ("nog_bezig", "vastgelopen"),
    "klacht_gemeld": ("nee", "ja_niet_opgelost"),
})

# Slots with a value that holds until a signal says otherwise; they are never asked.
DEFAULTS: Mapping[str, str] = MappingProxyType({"veiligheid": "veilig"})

# An outcome at a door implies contact with it (DOMAIN.md: how it went at the gemeente, at the expertteam).
OUTCOME_CONTACT: Mapping[str, str] = MappingProxyType({"gemeente_uitkomst": "gemeente_contact",
                                                       "expertteam_uitkomst": "expertteam_contact"})


def has_safety_signal(facts: Mapping[str, str]) -> bool:
    """Whether these facts hold a safety signal (not set counts as 'veilig')."""
    return facts.get("veiligheid", DEFAULTS["veiligheid"]) != DEFAULTS["veiligheid"]


DESTINATIONS: tuple[str, ...] = (
    "gemeente", "expertteam", "juiste_loket", "clientondersteuner", "igj_meldpunt", "cce", "zorgkantoor",
    "klachtenfunctionaris", "akj", "geschillencommissie", "huisarts", "spoed_112", "veilig_thuis",
    "zelfmoordpreventie_113", "kindertelefoon",
)

# Age boundaries of the `leeftijd` values, in whole years.
AGE_BANDS: tuple[tuple[int, str], ...] = ((18, "onder_18"), (23, "18_tot_23"), (200, "23_of_ouder"))


class SituationError(ValueError):
    """A slot name or value outside the contract."""


def age_band(years: int) -> str:
    """The `leeftijd` value for an age in years."""
    if years < 0:
        raise SituationError(f"leeftijd kan niet negatief zijn: {years}")
    return next(band for limit, band in AGE_BANDS if years < limit)


def validate_fact(slot: str, value: str) -> None:
    """Raise SituationError unless slot=value is part of the contract."""
    if slot not in SLOTS:
        raise SituationError(f"onbekend feit '{slot}'; bekende feiten: {', '.join(SLOTS)}")
    if value not in SLOTS[slot]:
        raise SituationError(
            f"onbekende waarde '{value}' voor '{slot}'; toegestaan: {', '.join(SLOTS[slot])}")


def validate_facts(facts: Mapping[str, str]) -> dict[str, str]:
    """A checked copy of `facts`; raises on the first unknown slot or value."""
    for slot, value in facts.items():
        validate_fact(slot, value)
    return dict(facts)
