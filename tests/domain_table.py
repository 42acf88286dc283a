"""DOMAIN.md's routing table, written out independently of data/content, as the oracle for the tests."""
from __future__ import annotations

NOT_WLZ = ("nee", "weet_niet")

# (rule id, conditions, primary destination). Conditions: slot -> allowed values.
RULES = [
    ("1", {"veiligheid": ("acuut_gevaar",)}, "spoed_112"),
    ("2", {"veiligheid": ("suicidegedachten",)}, "zelfmoordpreventie_113"),
    ("3", {"veiligheid": ("zorgen_om_veiligheid",)}, "veilig_thuis"),
    ("4", {"hulpvraag": ("klacht",), "klacht_gemeld": ("nee",)}, "klachtenfunctionaris"),
    ("5", {"hulpvraag": ("klacht",), "klacht_gemeld": ("ja_niet_opgelost",)}, "igj_meldpunt"),
    ("6", {"hulpvraag": ("advies_probleemgedrag",)}, "cce"),
    ("7", {"hulpvraag": ("regels_en_geld",)}, "juiste_loket"),
    ("8", {"hulpvraag": ("ondersteuning",)}, "clientondersteuner"),
    ("9", {"hulpvraag": ("hulp_zoeken",), "wlz": ("ja",), "zorgkantoor_contact": ("nee",)}, "zorgkantoor"),
    ("10", {"hulpvraag": ("hulp_zoeken",), "wlz": ("ja",), "zorgkantoor_contact": ("ja",)}, "juiste_loket"),
    ("11", {"hulpvraag": ("hulp_zoeken",), "wlz": NOT_WLZ, "gemeente_contact": ("nee",)}, "gemeente"),
    ("12", {"hulpvraag": ("hulp_zoeken",), "wlz": NOT_WLZ, "gemeente_uitkomst": ("nog_bezig",)}, "gemeente"),
    ("13", {"hulpvraag": ("hulp_zoeken",), "wlz": NOT_WLZ, "gemeente_uitkomst": ("wachten",)}, "gemeente"),
    ("14", {"hulpvraag": ("hulp_zoeken",), "wlz": NOT_WLZ, "gemeente_uitkomst": ("afgewezen",)},
     "clientondersteuner"),
    ("15", {"hulpvraag": ("hulp_zoeken",), "wlz": NOT_WLZ, "gemeente_uitkomst": ("geen_passende_hulp",),
            "leeftijd": ("23_of_ouder",)}, "juiste_loket"),
    ("16", {"hulpvraag": ("hulp_zoeken",), "wlz": NOT_WLZ, "gemeente_uitkomst": ("geen_passende_hulp",),
            "expertteam_contact": ("nee",)}, "expertteam"),
    ("17", {"hulpvraag": ("hulp_zoeken",), "wlz": NOT_WLZ, "expertteam_uitkomst": ("nog_bezig",)}, "expertteam"),
    ("18", {"hulpvraag": ("hulp_zoeken",), "wlz": NOT_WLZ, "expertteam_uitkomst": ("vastgelopen",)},
     "juiste_loket"),
    ("19", {}, "juiste_loket"),
]

# One minimal, complete situation per rule, as a parent would end up describing it.
EXAMPLES = {
    "1": {"veiligheid": "acuut_gevaar"},
    "2": {"veiligheid": "suicidegedachten"},
    "3": {"veiligheid": "zorgen_om_veiligheid"},
    "4": {"hulpvraag": "klacht", "klacht_gemeld": "nee"},
    "5": {"hulpvraag": "klacht", "klacht_gemeld": "ja_niet_opgelost"},
    "6": {"hulpvraag": "advies_probleemgedrag"},
    "7": {"hulpvraag": "regels_en_geld"},
    "8": {"hulpvraag": "ondersteuning"},
    "9": {"hulpvraag": "hulp_zoeken", "wlz": "ja", "zorgkantoor_contact": "nee"},
    "10": {"hulpvraag": "hulp_zoeken", "wlz": "ja", "zorgkantoor_contact": "ja"},
    "11": {"hulpvraag": "hulp_zoeken", "wlz": "nee", "gemeente_contact": "nee"},
    "12": {"hulpvraag": "hulp_zoeken", "wlz": "nee", "gemeente_contact": "ja", "gemeente_uitkomst": "nog_bezig"},
    "13": {"hulpvraag": "hulp_zoeken", "wlz": "weet_niet", "gemeente_contact": "ja", "gemeente_uitkomst": "wachten"},
    "14": {"hulpvraag": "hulp_zoeken", "wlz": "nee", "gemeente_contact": "ja", "gemeente_uitkomst": "afgewezen"},
    "15": {"hulpvraag": "hulp_zoeken", "wlz": "nee", "gemeente_contact": "ja",
           "gemeente_uitkomst": "geen_passende_hulp", "leeftijd": "23_of_ouder"},
    "16": {"hulpvraag": "hulp_zoeken", "wlz": "nee", "gemeente_contact": "ja",
           "gemeente_uitkomst": "geen_passende_hulp", "leeftijd": "onder_18", "expertteam_contact": "nee"},
    "17": {"hulpvraag": "hulp_zoeken", "wlz": "nee", "gemeente_contact": "ja",
           "gemeente_uitkomst": "geen_passende_hulp", "leeftijd": "18_tot_23", "expertteam_contact": "ja",
           "expertteam_uitkomst": "nog_bezig"},
    "18": {"hulpvraag": "hulp_zoeken", "wlz": "nee", "gemeente_contact": "ja",
           "gemeente_uitkomst": "geen_passende_hulp", "leeftijd": "onder_18", "expertteam_contact": "ja",
           "expertteam_uitkomst": "vastgelopen"},
}
DESTINATION = {rule_id: dest for rule_id, _, dest in RULES}


def oracle(situation: dict[str, str]) -> str:
    """First matching rule for a complete situation; a slot missing from it counts as 'weet ik niet'."""
    facts = {"veiligheid": "veilig", **situation}
    for rule_id, conditions, _ in RULES:
        if all(facts.get(slot) in allowed for slot, allowed in conditions.items()):
            return rule_id
    raise AssertionError("rule 19 always matches")
