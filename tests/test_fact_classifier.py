"""The learned fact reader (bot/fact_classifier.py) and how the actions weigh what it says (bot/understanding.py).

The model-level tests train on small made-up example sets, so they show what the reader learns from its
examples, not what the shipped examples happen to contain; the shipped examples are checked for their format.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from bot.check import run_check
from bot.content import load_content
from bot.fact_classifier import (FACTLESS_INTENTS, SAFETY, Example, ExamplesError, FactReader, Glossary,
                                 SecondOpinion, examples_fingerprint, features, from_rasa_data, learned_from_entities,
                                 latin_words, load_examples, load_glossary)
from bot.understanding import RecognitionError, compile_recognition, understand

KINDS = {
    "klacht": ["de begeleiding is onbeschoft tegen mijn zoon", "ik ben ontevreden over de zorgaanbieder",
               "de begeleiders vergeten zijn medicijnen", "slechte zorg op de groep, niemand luistert",
               "de therapeut is onbeschoft en komt afspraken niet na", "ontevreden over de begeleiding op school"],
    "ondersteuning": ["is er iemand die met mij mee kan gaan naar de gesprekken",
                      "ik kan al dat geregel niet meer aan, wie helpt mij regelen",
                      "iemand onafhankelijk die naast me staat", "wie gaat er met mij mee naar het gesprek",
                      "ik zoek iemand die meedenkt en mee kan gaan", "hulp bij het regelen van alle papieren"],
}
NEUTRAL = ["hallo", "dank je wel", "tot ziens", "goedemorgen", "bedankt", "doei"]


def _reader() -> FactReader:
    examples = [Example(text, {"hulpvraag": kind}) for kind, texts in KINDS.items() for text in texts]
    return FactReader.train(examples + [Example(t, {}) for t in NEUTRAL], slots=("hulpvraag",))


def test_the_reader_learns_the_kind_of_question_from_its_examples():
    reader = _reader()
    assert reader.read("de begeleiding is echt onbeschoft")["hulpvraag"][0] == "klacht"
    assert reader.read("kan er iemand met mij mee naar gesprekken")["hulpvraag"][0] == "ondersteuning"
    # A greeting states no kind of question: the reader says nothing rather than guess.
    assert "hulpvraag" not in reader.read("hallo, goedemorgen")


def test_too_few_examples_give_a_reader_that_says_nothing():
    reader = FactReader.train([Example("ik heb een klacht", {"hulpvraag": "klacht"})] + [Example(t, {}) for t in NEUTRAL])
    assert reader.classes == {} and reader.read("ik heb een klacht") == {}


def test_a_saved_reader_loads_to_the_same_answers_without_pickles(tmp_path: Path):
    reader = _reader()
    reader.save(tmp_path)
    with np.load(tmp_path / "feitenlezer.npz", allow_pickle=False) as arrays:  # plain arrays only
        assert set(arrays.files) == {"idf", "weights", "bias"}
    loaded = FactReader.load(tmp_path)
    for text in ["de begeleiding is onbeschoft", "wie gaat er mee naar het gesprek", "hallo"]:
        assert loaded.read(text) == reader.read(text)


def test_each_slot_learns_only_from_examples_that_speak_for_it():
    # 'inform' messages of Rasa's data say only that there is no safety signal; they must not teach the
    # hulpvraag classifier that these stories state no kind of question.
    stories = [f"wij zoeken hulp voor ons kind, verhaal {i}" for i in range(8)]
    examples = [Example(t, {"hulpvraag": "hulp_zoeken"}) for t in stories]
    examples += [Example(f"wij zoeken hulp voor ons kind, deel {i}", {}, frozenset((SAFETY,))) for i in range(40)]
    examples += [Example(f"hij wil niet meer leven, bericht {i}", {SAFETY: "suicidegedachten"}) for i in range(8)]
    examples += [Example(t, {}) for t in NEUTRAL]
    reader = FactReader.train(examples, slots=("hulpvraag", SAFETY))
    # Had the inform messages counted as 'no kind of question', this very text would read as none.
    assert reader.read("wij zoeken hulp voor ons kind, deel 3")["hulpvraag"][0] == "hulp_zoeken"
    assert reader.read("hij wil niet meer leven")[SAFETY][0] == "suicidegedachten"


def test_a_stated_veilig_is_no_class_of_its_own_for_the_reader():
    # A few messages labelled 'veilig' ("niemand is in gevaar") once became a class whose balanced weight was big
    # enough to drown a real signal sharing a word with them. For the reader 'veilig' is simply no signal.
    signals = ["hij wil niet meer leven", "ze wil dood", "hij praat steeds over zelfmoord", "ze wil er niet meer zijn",
               "hij zegt dat hij zichzelf wil doden", "ze denkt aan zelfmoord", "hij wil niet meer wakker worden"]
    safe = ["niemand is in gevaar, zoon (13) zit thuis", "we zijn veilig hoor, zoon (13) wacht op hulp",
            "geen gevaar, zoon (13) heeft een klacht", "iedereen is veilig, zoon (13) zoekt therapie"]
    examples = ([Example(t, {SAFETY: "suicidegedachten"}) for t in signals] + [Example(t, {}) for t in NEUTRAL * 3]
                + [Example(t, {SAFETY: "veilig"}) for t in safe])
    reader = FactReader.train(examples, slots=(SAFETY,))
    assert "veilig" not in reader.classes[SAFETY]
    kind, chance = reader.read("zoon (13) wil niet meer leven")[SAFETY]
    assert kind == "suicidegedachten" and chance > 0.5


def test_fast_reading_sees_exactly_the_features_training_saw():
    reader = _reader()
    for text in ["De begeleiding is ONBESCHOFT tegen mijn zoon!!", "wie gaat er mee naar t gesprek? zestien",
                 "hallo", "", "ééN cliëntondersteuner, graag"]:
        assert sorted(reader._rows(text)) == sorted(reader._index[f] for f in features(text) if f in reader._index)
        assert sorted(reader._rows(text)) == sorted(reader._rows(text))  # the remembered pieces change nothing


def test_training_matrix_is_the_tf_idf_of_exactly_the_features():
    from bot.fact_classifier import _matrix

    texts = ["De begeleiding is ONBESCHOFT", "de begeleiding vergeet zijn medicijnen", "hallo", "",
             "ééN cliëntondersteuner, de begeleiding"]
    vocabulary, idf, rows = _matrix(texts)
    sets = [features(text) for text in texts]
    frequency = {f: sum(f in found for found in sets) for found in sets for f in found}
    assert vocabulary == sorted(f for f, n in frequency.items() if n >= 2)
    assert np.allclose(idf, [np.log(6 / (1 + frequency[f])) + 1 for f in vocabulary])
    for found, row in zip(sets, rows):
        assert {vocabulary[i] for i in row.indices} == {f for f in found if f in vocabulary}
        assert row.nnz == 0 or np.isclose(np.linalg.norm(row.data), 1.0)


def test_rasa_intents_become_what_they_say_for_certain():
    examples = from_rasa_data([("hoi", "greet"), ("hij wil dood", "meld_suicidegedachten"), ("zoon 12", "inform"),
                               ("ja", "affirm")], {"meld_suicidegedachten": {SAFETY: "suicidegedachten"}})
    assert examples == [Example("hoi", {}), Example("hij wil dood", {SAFETY: "suicidegedachten"}, frozenset({SAFETY})),
                        Example("zoon 12", {}, frozenset({SAFETY}))]  # 'ja' depends on the question: left out
    assert "affirm" not in FACTLESS_INTENTS


def _sure_reader(second: SecondOpinion | None) -> FactReader:
    """A reader whose linear part gives every text a 0.9 chance of a signal, with the given second opinion."""
    trained = _reader()
    return FactReader(trained.vocabulary, trained.idf, np.zeros((len(trained.vocabulary), 4)),
                      np.log(np.array([0.1, 0.3, 0.3, 0.3])),
                      {SAFETY: ["-", "acuut_gevaar", "suicidegedachten", "zorgen_om_veiligheid"]}, second)


def test_safety_chance_is_that_of_any_signal():
    """Three kinds of signal at a third each are one clear signal, not three doubts."""
    value, chance = _sure_reader(None).read("wat dan ook")[SAFETY]
    assert value in ("acuut_gevaar", "suicidegedachten", "zorgen_om_veiligheid")
    assert chance == pytest.approx(0.9, abs=1e-5)


def test_the_shipped_examples_are_valid_and_change_the_fingerprint(tmp_path: Path):
    examples = load_examples()
    assert len(examples) >= 1000
    (tmp_path / "a.yml").write_text('berichten:\n  - tekst: "hoi"\n    feiten: {}\n', encoding="utf-8")
    before = examples_fingerprint(tmp_path)
    (tmp_path / "a.yml").write_text('berichten:\n  - tekst: "hallo"\n    feiten: {}\n', encoding="utf-8")
    assert examples_fingerprint(tmp_path) != before


def test_what_the_reader_sees_changes_the_fingerprint(tmp_path: Path, monkeypatch):
    # Session 26: more number words changed the normalized text, so the reader's features, without a retrain
    import bot.fact_classifier as fact_classifier

    (tmp_path / "a.yml").write_text('berichten:\n  - tekst: "hoi"\n    feiten: {}\n', encoding="utf-8")
    before = examples_fingerprint(tmp_path)
    monkeypatch.setattr(fact_classifier, "NUMBER_WORDS", {**fact_classifier.NUMBER_WORDS, "honderd": 100})
    assert examples_fingerprint(tmp_path) != before


@pytest.mark.parametrize("body,message", [
    ('  - tekst: "hoi"\n    feiten: {hulpvraag: misschien}\n', "hulpvraag: misschien"),
    ('  - tekst: "hoi"\n    feiten: {kleur: blauw}\n', "kleur: blauw"),
    ('  - feiten: {}\n', "zonder 'tekst'"),
])
def test_broken_examples_are_reported_with_file_and_line(tmp_path: Path, body, message):
    (tmp_path / "kapot.yml").write_text('berichten:\n  - tekst: "goed"\n    feiten: {}\n' + body, encoding="utf-8")
    with pytest.raises(ExamplesError) as error:
        load_examples(tmp_path)
    assert (error.value.file, error.value.line) == ("kapot.yml", 4) and message in str(error.value)


def test_check_reports_broken_examples(tmp_path: Path):
    (tmp_path / "kapot.yml").write_text('berichten:\n  - tekst: "hoi"\n    feiten: {wlz: misschien}\n',
                                        encoding="utf-8")
    assert [str(p) for p in run_check(examples=tmp_path)] == [
        "../feiten/kapot.yml:2: onbekend feit of waarde wlz: misschien"]


# How the actions weigh the reader: bot.understanding with the shipped recognition content.

@pytest.fixture(scope="module")
def recognizer():
    content = load_content()
    return compile_recognition(content.recognition, content.vocabulary)


def test_a_learned_fact_counts_only_above_its_threshold(recognizer):
    text = "de begeleiding is echt slecht, waar kan ik heen"
    limit = recognizer.learned_thresholds["klacht_gemeld"]
    # (a learned 'nee' also needs a negation in the message: bot.understanding, session 19)
    told = "ja_niet_opgelost"
    assert understand(recognizer, text, learned={"klacht_gemeld": (told, limit)}).facts["klacht_gemeld"] == told
    assert "klacht_gemeld" not in understand(recognizer, text, learned={"klacht_gemeld": (told, limit - 0.01)}).facts


def test_phrases_and_words_go_before_a_learned_fact_unless_it_is_very_sure(recognizer):
    text = "ik heb een vraag over het pgb"
    words = {"hulpvraag": "regels_en_geld"}  # what the spaCy pipeline's word 'pgb' says

    def kind(probability: float) -> str:
        return understand(recognizer, text, mentions=words, learned={"hulpvraag": ("klacht", probability)}
                          ).facts["hulpvraag"]

    assert kind(recognizer.learned_precedence["hulpvraag"] - 0.01) == "regels_en_geld"
    assert kind(recognizer.learned_precedence["hulpvraag"]) == "klacht"


def test_the_readers_visit_counts_only_when_the_message_names_a_door(recognizer):
    # Session 30: the reader learned "wachtlijst" next to the gemeente's door and read a visit (0.93) into messages
    # that name no door; the parent was then asked how it went at the gemeente
    sure = {"gemeente_contact": ("ja", 0.99)}
    assert "gemeente_contact" not in understand(recognizer, "wachtlijst jeugd ggz 14 maanden. normaal??",
                                                learned=sure).facts
    for text in ("wachtlijst via het wiekteam 14 maanden", "het RET heeft alles geprobeerd",
                 "Jeugd & Gezin heeft een intake gedaan", "de wmo-aanvraag is afgewezen"):
        assert understand(recognizer, text, learned=sure).facts.get("gemeente_contact") == "ja", text
    # a 'nee' needs no door named ("we zijn nog nergens geweest"), only a negation
    assert understand(recognizer, "we zijn nog nergens geweest met hem", learned={"gemeente_contact": ("nee", 0.9)}
                      ).facts.get("gemeente_contact") == "nee"
    # Session 32: the gemeente as the place where they live is no door ("woont in de gemeente Zwolle": the reader
    # read a visit, and the waiting list of a clinic as the gemeente's); at the gemeente it still is
    for text in ("mijn zoon woont sinds kort in de gemeente Zwolle, de kliniek heeft een wachtlijst",
                 "we komen uit de gemeente Ede, de ggz heeft een wachtlijst"):
        assert "gemeente_contact" not in understand(recognizer, text, learned=sure).facts, text
    for text in ("we wonen in Zwolle en de gemeente heeft een wachtlijst", "bij de gemeente Zwolle een wachtlijst"):
        assert understand(recognizer, text, learned=sure).facts.get("gemeente_contact") == "ja", text


def test_the_readers_expertteam_counts_only_when_the_message_names_it(recognizer):
    # Session 32 (uitkomsten-32): "is er ergens een expert die ons advies kan geven?" was read as contact with the
    # expertteam (0.68); the expertteam, the RET or a regional team named still counts
    sure = {"expertteam_contact": ("ja", 0.9)}
    assert "expertteam_contact" not in understand(
        recognizer, "het gebiedsteam zoekt nog. is er ergens een expert die ons advies kan geven?", learned=sure).facts
    for text in ("het RET in Twente zoekt nog", "het regionale team voor vastgelopen situaties zoekt nog",
                 "het expert-team zoekt nog", "het expertiseteam zoekt nog"):
        assert understand(recognizer, text, learned=sure).facts.get("expertteam_contact") == "ja", text


def test_a_sure_reader_goes_before_the_words_for_the_outcome_at_the_gemeente(recognizer):
    # Session 30: "de gemeente heeft nee gezegd ... ik weet niet meer waar ik heen moet" gave the words' 'geen
    # passende hulp' while the reader read 'afgewezen' (0.88); the advice differs (bezwaar with a cliëntondersteuner).
    text = "de gemeente heeft nee gezegd voor de hulp van mijn zoon, ik weet niet meer waar ik heen moet"
    words = {"gemeente_contact": "ja", "gemeente_uitkomst": "geen_passende_hulp"}
    limit = recognizer.learned_precedence["gemeente_uitkomst"]

    def outcome(value: str, probability: float, text: str = text) -> str:
        return understand(recognizer, text, mentions=words, learned={"gemeente_uitkomst": (value, probability)}
                          ).facts["gemeente_uitkomst"]

    assert outcome("afgewezen", limit) == "afgewezen"
    assert outcome("afgewezen", limit - 0.01) == "geen_passende_hulp"
    # but not its 'nothing found' when the message denies the expertteam: the reader learned that an expertteam
    # comes after the gemeente found nothing, and leans to that whenever the expertteam is named
    words = {"gemeente_contact": "ja", "gemeente_uitkomst": "nog_bezig", "expertteam_contact": "nee"}
    denied = "het jeugdteam is nog aan het zoeken. het expertteam is er niet bij betrokken"
    assert outcome("geen_passende_hulp", 0.99, denied) == "nog_bezig"
    assert outcome("wachten", 0.99, denied) == "wachten"


def test_the_learned_reader_raises_a_signal_from_its_threshold_also_against_veilig(recognizer):
    limit = recognizer.learned_thresholds[SAFETY]
    calm = "mijn zoon zit thuis en ik zoek een plek"
    assert understand(recognizer, calm, learned={SAFETY: ("suicidegedachten", limit)}).facts[SAFETY] == \
        "suicidegedachten"
    assert SAFETY not in understand(recognizer, calm, learned={SAFETY: ("suicidegedachten", limit - 0.01)}).facts
    # Against the parent's own "no danger" the reader needs its `tegen_veilig` (from its threshold up to 1).
    against = recognizer.learned_against_safe
    assert against is not None and limit <= against <= 1
    safe_said = "niemand is in gevaar, maar ik maak me zorgen"
    assert understand(recognizer, safe_said).facts[SAFETY] == "veilig"
    assert understand(recognizer, safe_said, learned={SAFETY: ("acuut_gevaar", against)}).facts[SAFETY] == \
        "acuut_gevaar"
    assert understand(recognizer, safe_said, learned={SAFETY: ("acuut_gevaar", against - 0.01)}).facts[SAFETY] == \
        "veilig"


def test_a_pattern_signal_counts_only_with_the_readers_agreement(recognizer):
    agreement = recognizer.learned_agreement
    assert agreement is not None and agreement < recognizer.learned_thresholds[SAFETY]
    # (a story: in a message of at most `kort` words a phrase's signal needs no agreement, see below)
    danger = "we hadden het net nog over school en de huiswerkbegeleiding, maar hij heeft een mes en bedreigt ons nu"
    assert len(danger.split()) > recognizer.short_message
    said = understand(recognizer, danger).facts[SAFETY]  # no reader: the pattern alone counts
    assert said != "veilig"
    # From its agreement on the signal stands, and the reader names its kind (it is right more often) ...
    assert understand(recognizer, danger, learned={SAFETY: ("zorgen_om_veiligheid", agreement)}).facts[SAFETY] == \
        "zorgen_om_veiligheid"
    # ... and below it the reader, trained on past and handled incidents and figures of speech, says no signal.
    assert SAFETY not in understand(recognizer, danger, learned={SAFETY: ("acuut_gevaar", agreement - 0.01)}).facts


def test_an_intent_signal_counts_only_with_the_readers_agreement_for_intents(recognizer):
    agreement, by_intent = recognizer.learned_agreement, recognizer.learned_intent_agreement
    assert by_intent is not None and agreement < by_intent < recognizer.learned_thresholds[SAFETY]
    ranking = [("meld_suicidegedachten", 0.99)]
    text = "ik schrok me dood"
    assert understand(recognizer, text, ranking=ranking).facts[SAFETY] == "suicidegedachten"
    assert understand(recognizer, text, ranking=ranking,
                      learned={SAFETY: ("acuut_gevaar", by_intent)}).facts[SAFETY] == "acuut_gevaar"
    assert SAFETY not in understand(recognizer, text, ranking=ranking,
                                    learned={SAFETY: ("acuut_gevaar", by_intent - 0.01)}).facts
    # A phrase's signal at that same doubt still counts: only the intents alone need more.
    danger = "hij heeft een mes en bedreigt ons nu"
    assert understand(recognizer, danger, ranking=ranking,
                      learned={SAFETY: ("acuut_gevaar", by_intent - 0.01)}).facts[SAFETY] == "acuut_gevaar"


def test_while_a_question_is_open_the_reader_speaks_only_for_it_and_for_safety(recognizer):
    learned = {"gemeente_uitkomst": ("nog_bezig", 0.99), "hulpvraag": ("klacht", 0.99), SAFETY: ("acuut_gevaar", 0.99)}
    read = understand(recognizer, "ja, bij het wijkteam", asked="gemeente_contact", learned=learned)
    assert read.facts.get("gemeente_contact") == "ja" and "gemeente_uitkomst" not in read.facts
    assert "hulpvraag" not in read.facts and read.facts[SAFETY] == "acuut_gevaar"
    asked = understand(recognizer, "iets anders", asked="gemeente_uitkomst", learned=learned)
    assert asked.facts["gemeente_uitkomst"] == "nog_bezig"
    # An opening (no question open yet) hears everything the reader says (an outcome with its door; since session
    # 30 its visit counts only when the message names a door, `alleen_met`).
    opening = understand(recognizer, "ons verhaal met het jeugdteam",
                         learned={**learned, "gemeente_contact": ("ja", 0.99)}).facts
    assert opening["gemeente_uitkomst"] == "nog_bezig" and opening["hulpvraag"] == "klacht"


def test_on_a_greeting_the_reader_speaks_only_for_safety(recognizer):
    # Session 16: "hallo, is daar iemand?" was read as wanting an independent someone (ondersteuning, 0.8), and the
    # parent who said hello got the cliëntondersteuner as advice.
    learned = {"hulpvraag": ("ondersteuning", 0.95), SAFETY: ("acuut_gevaar", 0.95)}
    greeting = understand(recognizer, "hallo, is daar iemand?", intent="greet", learned=learned).facts
    assert "hulpvraag" not in greeting and greeting[SAFETY] == "acuut_gevaar"
    story = understand(recognizer, "hallo, is daar iemand?", intent="inform", learned=learned).facts
    assert story["hulpvraag"] == "ondersteuning"
    # words and phrases still count on a greeting
    hello = understand(recognizer, "hoi, ik zoek hulp voor mijn zoon", intent="greet", mentions={"leeftijd": "onder_18"})
    assert hello.facts["hulpvraag"] == "hulp_zoeken" and hello.facts["leeftijd"] == "onder_18"
    # an answer states a fact only about the question just asked: "ik weet het niet meer" is no doubt about the Wlz
    doubt = {"wlz": ("weet_niet", 0.9)}
    assert "wlz" not in understand(recognizer, "ik weet het niet meer", intent="dont_know", learned=doubt).facts
    assert understand(recognizer, "geen idee", intent="dont_know", asked="wlz", learned=doubt).facts["wlz"] == \
        "weet_niet"


def test_in_a_short_message_a_phrase_signal_needs_no_agreement(recognizer):
    # Session 16: the reader learned from stories and gave "hij dreigt ons te vermoorden" 0.04, below its agreement.
    assert recognizer.short_message == 15
    doubt = {SAFETY: ("acuut_gevaar", 0.04)}
    assert understand(recognizer, "hij dreigt ons te vermoorden", learned=doubt).facts[SAFETY] == "acuut_gevaar"
    story = ("we hebben al jaren gedoe met de buurman over de schutting en de parkeerplaats, en gisteren riep hij "
             "door de brievenbus dat hij dreigt ons te vermoorden")
    assert len(story.split()) > 15
    assert understand(recognizer, story, learned=doubt).facts.get(SAFETY, "veilig") == "veilig"
    # the parent's word that it is safe now still weighs, and an intent alone still needs the reader
    assert understand(recognizer, "vorig jaar pillen geslikt, nu gaat het goed", learned=doubt
                      ).facts.get(SAFETY, "veilig") == "veilig"
    heard = [("meld_suicidegedachten", 0.99)]
    assert understand(recognizer, "mijn zoon zegt dat hij me haat", ranking=heard, learned=doubt
                      ).facts.get(SAFETY, "veilig") == "veilig"


def test_a_button_is_never_overruled_by_the_reader(recognizer):
    read = understand(recognizer, '/inform{"hulpvraag": "klacht"}', learned={"hulpvraag": ("ondersteuning", 1.0)})
    assert read.facts == {"hulpvraag": "klacht"}


def test_learned_entities_are_told_apart_from_the_word_matches():
    entities = [{"entity": "hulpvraag", "value": "klacht", "confidence": 0.7, "extractor": "FeitenLeren"},
                {"entity": "hulpvraag", "value": "regels_en_geld", "confidence": 1.0, "extractor": "WoordFeiten"},
                {"entity": "kleur", "value": "blauw", "confidence": 1.0, "extractor": "FeitenLeren"}]
    assert learned_from_entities(entities) == {"hulpvraag": ("klacht", 0.7)}


@pytest.mark.parametrize("block,message", [
    ({"kleur": {"drempel": 0.5}}, "onbekend feit 'kleur'"),
    ({SAFETY: {"drempel": 0.5, "voorrang": 0.9}}, "voorrang"),
    ({"hulpvraag": {"drempel": 0.5, "instemming": 0.1}}, "alleen veiligheid"),
    ({SAFETY: {"drempel": 0.5, "instemming": 0.6}}, "tussen 0 en de drempel"),
    ({"hulpvraag": {"drempel": 0.5, "instemming_intenties": 0.3}}, "alleen veiligheid"),
    ({SAFETY: {"drempel": 0.5, "instemming": 0.2, "instemming_intenties": 0.1}}, "tussen 'instemming' en de drempel"),
    ({SAFETY: {"drempel": 0.5, "instemming": 0.1, "instemming_intenties": 0.5}}, "tussen 'instemming' en de drempel"),
    ({"hulpvraag": {"drempel": 0.5, "tegen_veilig": 0.8}}, "alleen veiligheid"),
    ({SAFETY: {"drempel": 0.5, "tegen_veilig": 0.3}}, "tussen de drempel en 1"),
    ({"hulpvraag": {"drempel": 0.5, "in_instelling": 0.8}}, "alleen veiligheid"),
    ({SAFETY: {"drempel": 0.5, "in_instelling": 0.3}}, "tussen de drempel en 1"),
    ({SAFETY: {"drempel": 0.5}}, "horen bij elkaar"),  # the care-setting words without their bar
    ({"hulpvraag": {"drempel": 0.5, "kort": 10}}, "alleen veiligheid"),
    ({SAFETY: {"drempel": 0.5, "in_instelling": 0.8, "kort": 0}}, "minstens 1"),
    ({SAFETY: {"drempel": 0.5, "alleen_met": "gevaar"}}, "alleen_met"),
    ({"gemeente_contact": {"drempel": 0.8, "alleen_met": "{bestaat_niet}"}}, "onbekende woordgroep"),
])
def test_broken_learned_settings_are_refused(block, message):
    content = load_content()
    raw = {**content.recognition, "geleerd": block}
    with pytest.raises(RecognitionError, match=message):
        compile_recognition(raw, content.vocabulary)


def test_a_written_no_goes_before_the_readers_precedence_unless_it_is_very_sure(recognizer):
    # "het expertteam is er niet bij betrokken": the words read 'nee'; a reader that guesses 'ja' above its
    # precedence must not turn the negated fact into its positive value, only a very sure one may.
    text = "het expertteam is er niet bij betrokken"
    mentions = {"expertteam_contact": "nee"}
    bar, precedence = recognizer.learned_against_no, recognizer.learned_precedence["expertteam_contact"]
    assert bar is not None and precedence < bar
    for chance, expected in [(precedence, "nee"), (bar - 0.01, "nee"), (bar, "ja")]:
        read = understand(recognizer, text, mentions=mentions, learned={"expertteam_contact": ("ja", chance)})
        assert read.facts["expertteam_contact"] == expected, chance
    # The same for a written "weet ik niet".
    read = understand(recognizer, "zoon 19, wlz weet ik niet zeker", mentions={"wlz": "weet_niet"},
                      learned={"wlz": ("ja", bar - 0.01)})
    assert read.facts["wlz"] == "weet_niet"
    # Without a written 'nee' the reader's precedence still goes before the words (when the message has a negation
    # at all: without one a learned 'nee' says nothing, session 19).
    read = understand(recognizer, "het expertteam? nee", mentions={"expertteam_contact": "ja"},
                      learned={"expertteam_contact": ("nee", precedence)})
    assert read.facts["expertteam_contact"] == "nee"


def test_without_a_learned_threshold_the_reader_is_not_heard(recognizer):
    silent = replace(recognizer, learned_thresholds={}, learned_precedence={})
    assert "hulpvraag" not in understand(silent, "hallo", learned={"hulpvraag": ("klacht", 1.0)}).facts


def _opinion(vocabulary: int, chance: float) -> SecondOpinion:
    """A second reader that gives every text `chance` (only its output bias speaks)."""
    return SecondOpinion(np.full(vocabulary, -1, dtype=np.intp), np.zeros((0, 2), np.float32),
                         np.zeros(2, np.float32), np.zeros(2, np.float32),
                         np.array([np.log(chance / (1 - chance))], np.float32))


@pytest.mark.parametrize("second,expected", [(None, 0.9), (0.9, 0.9), (0.4, 0.6), (0.1, 0.3), (0.01, 0.0949)])
def test_the_safety_chance_is_that_of_both_readers_together(second, expected):
    """The geometric mean of the two readers' chances: a signal the linear reader alone is sure of (0.9) weighs
    little when the other sees almost none; without a second reader the linear reader's chance stands."""
    size = len(_reader().vocabulary)
    reader = _sure_reader(None if second is None else _opinion(size, second))
    assert reader.read("Wat dan ook. Een tweede zin hier.")[SAFETY][1] == pytest.approx(expected, abs=1e-4)


SIGNALS = ["hij slaat mij elke avond", "mijn man slaat de kinderen", "ze wordt thuis geslagen en geschopt",
           "haar vader slaat haar met een riem", "hij slaat zijn zusje steeds", "mijn vriend slaat mij en de kleine",
           "ze zegt dat ze dood wil", "hij wil niet meer leven", "ze wil dood en heeft een plan",
           "hij zegt elke dag dat hij dood wil"]
CALM = ["onze zoon zit al maanden thuis", "het wijkteam zoekt nog een plek", "de school denkt mee",
        "we staan op de wachtlijst", "de huisarts verwijst ons door", "hij gaat weer naar school",
        "ze heeft autisme en dyslexie", "het zorgkantoor belt niet terug", "ik zoek hulp voor mijn dochter",
        "het gaat nu goed met haar"]


def test_the_second_reader_learns_from_words_is_the_same_each_time_and_is_saved(tmp_path: Path):
    # It learns per batch of 1000 messages: a few dozen are one step an epoch, so each is given 80 times. (With
    # too few steps it stays near 0.5, which changes a chance little: sqrt(0.5) is 0.71.)
    examples = ([Example(t, {SAFETY: "zorgen_om_veiligheid"}) for t in SIGNALS]
                + [Example(t, {}) for t in CALM + NEUTRAL]) * 80
    reader = FactReader.train(examples, slots=(SAFETY,))
    again = FactReader.train(examples, slots=(SAFETY,))
    assert reader.second is not None
    assert np.array_equal(reader.second.w1, again.second.w1)  # fixed seed: the same examples, the same reader
    chance = lambda text: reader.second.chance(*reader._features(text))  # noqa: E731
    assert chance("mijn man slaat haar elke avond") > 0.8 and chance("de school zoekt nog een plek") < 0.3
    reader.save(tmp_path)
    with np.load(tmp_path / "feitenlezer.npz", allow_pickle=False) as arrays:  # still plain arrays only
        assert {"second_w1", "second_columns"} <= set(arrays.files)
    loaded = FactReader.load(tmp_path)
    for text in ["mijn man slaat haar", "de school denkt mee", "hallo"]:
        assert loaded.read(text) == reader.read(text)


def test_a_safety_signal_in_the_middle_of_a_long_story_is_heard():
    signals = SIGNALS[:6]  # the ones about hitting
    stories = [f"Wij wonen in {place}. Onze zoon zit al maanden thuis. Het wijkteam zoekt nog een plek. "
               f"De school denkt mee." for place in ("Ede", "Assen", "Emmen", "Breda", "Venlo", "Zwolle", "Delft",
                                                     "Hoorn")]
    examples = [Example(t, {SAFETY: "zorgen_om_veiligheid"}) for t in signals] + [Example(t, {}) for t in stories]
    reader = FactReader.train(examples + [Example(t, {}) for t in NEUTRAL], slots=(SAFETY,))
    story = ("Wij wonen in Gouda. Onze dochter zit al maanden thuis. Het wijkteam zoekt nog een plek. De school "
             "denkt mee. Mijn man slaat haar elke avond. Het gaat niet goed.")
    reader.second = None  # the linear reader's sentence reading; the second reader reads sentences the same way
    whole = reader._all_chances(reader._features(story))[reader._columns[SAFETY]]  # the whole message alone
    assert reader.read(story)[SAFETY][0] == "zorgen_om_veiligheid"
    assert reader.read(story)[SAFETY][1] > 1 - whole[reader.classes[SAFETY].index("-")]  # more than the whole read
    assert reader.read(stories[0])[SAFETY][1] < 0.5  # and a story without one stays without


def test_a_sentence_is_weighed_with_the_sentences_around_it(monkeypatch):
    # Session 18: one sentence read alone can sound like a signal that the next one takes back. Its chance is the
    # mean of its own and that of the likelier window of two sentences it is in.
    from bot import fact_classifier

    threat, taken_back, calm = "Hij riep ik maak je af.", "Dat roepen ze allemaal.", "Verder gaat het goed hier."
    chances = {threat: 0.9, f"{threat} {taken_back}": 0.2, f"{taken_back} {calm}": 0.05}
    reader = _sure_reader(None)
    monkeypatch.setattr(reader, "_part_safety", lambda text: (
        np.array([1 - chances.get(text, 0.05), chances.get(text, 0.05), 0, 0]), chances.get(text, 0.05), None))
    whole = np.array([0.95, 0.05, 0.0, 0.0])
    weight = fact_classifier._CONTEXT_WEIGHT
    assert 0 < weight < 1
    story = f"{threat} {taken_back} {calm}"
    assert reader._safety(story, reader._features(story), whole)[1] == pytest.approx((1 - weight) * 0.9 + weight * 0.2)
    assert reader._safety(story, reader._features(story), whole)[1] < 0.9
    # A signal its neighbours carry on keeps its chance; with two sentences the window is the whole message.
    chances[f"{threat} {taken_back}"] = 0.9
    assert reader._safety(story, reader._features(story), whole)[1] == pytest.approx(0.9)
    two = f"{threat} {taken_back}"
    assert reader._safety(two, reader._features(two), whole)[1] == pytest.approx(0.9)


@pytest.mark.parametrize("settled,states", [
    ("Veilig Thuis was erbij, maar dat dossier is al lang gesloten", True),
    ("vorig jaar een overdosis, nu gaat t al maanden veel beter met haar", True),
    ("die psychose ligt gelukkig ver achter ons, hij is al jaren stabiel", True),
    ("mijn ex heeft geen contact meer met de kinderen", True),
    ("ze dreigt weg te lopen, doet t nooit hoor", True),
    ("het gaat niet beter, ze zegt elke dag dat ze dood wil", False),
    ("ze is weer opgenomen en het gaat slecht", False),
    # Over now, or nobody harmed (session 11).
    ("de politie is toen geweest, het is afgesloten en sindsdien is er niks meer gebeurd", True),
    ("vorig jaar een handvol pillen, de behandeling is afgerond", True),
    ("deur uit de hengsels getrapt, nu is het rustig", True),
    ("niemand gewond hoor, hij komt niet aan ons", True),
    ("hij slaat ons niet, hij gooit alleen spullen kapot", True),
    ("ik doe hem niks hoor, ik ben gewoon op", True),
    ("ze zegt zelf dat ze geen gedachten in die richting heeft", True),
    ("ze heeft zich al maanden niet meer gesneden", True),
    ("ze zegt dat ze geen gedachten meer heeft om er een eind aan te maken", True),
    ("ze heeft nu plannen om er een eind aan te maken", False),
    ("hij slaat ons niet alleen, hij schopt ook", False),
    ("het is nog niet rustig, hij staat met een mes in de keuken", False),
    ("ze snijdt zich weer, elke avond", False),
    # How parents reassure (session 16).
    ("het bleek om een game te gaan en iedereen is gerustgesteld", True),
    ("hij riep dat hij zn broertje gaat vermoorden, hij meende het niet", True),
    ("ze zegt 'ik steek je dood' als ze boos is, maar ze heeft nooit iemand iets gedaan", True),
    ("ze zag een filmpje over zelfmoord, verder gaat t prima met haar", True),
    ("hij dreigde weg te lopen, nu is hij gewoon thuis en rustig", True),
    ("ze is als baby mishandeld. ze woont al acht jaar veilig bij ons", True),
    ("koortsstuip vannacht, ze is alweer helemaal de oude", True),
    ("she had a meltdown in the shop, everything is fine now", True),
    ("hij zei dat hij er een eind aan maakt en hij meende het serieus", False),
    ("het gaat niet goed met haar, ze wil dood", False),
    ("ik ben helemaal niet gerustgesteld, hij heeft een mes", False),
    ("hij is thuis en slaat zijn zusje", False),
])
def test_a_settled_past_counts_as_the_parent_saying_it_is_safe_now(recognizer, settled, states):
    # LABELS.md: what is over and handled is no signal; the words of the old incident then need a sure reader.
    assert recognizer.states_safe(settled) is states


def test_when_the_parent_says_it_is_safe_now_only_a_sure_reader_counts(recognizer):
    limit = recognizer.learned_against_safe
    past = "drie jaar geleden was er huiselijk geweld"
    assert recognizer.facts_in(past)[SAFETY] == "zorgen_om_veiligheid"  # the phrase hears a signal
    now_safe = past + ", sindsdien is het thuis rustig en veilig"
    assert recognizer.states_safe(now_safe) and not recognizer.states_safe(past)
    # Without the parent's word on safety the phrase counts from the reader's agreement on, as before ...
    assert understand(recognizer, past, learned={SAFETY: ("zorgen_om_veiligheid", limit - 0.01)}).facts[SAFETY] == \
        "zorgen_om_veiligheid"
    # ... with it, only a reader at its threshold raises the signal.
    assert understand(recognizer, now_safe, learned={SAFETY: ("zorgen_om_veiligheid", limit - 0.01)}
                      ).facts.get(SAFETY, "veilig") == "veilig"
    assert understand(recognizer, now_safe, learned={SAFETY: ("zorgen_om_veiligheid", limit)}).facts[SAFETY] == \
        "zorgen_om_veiligheid"


def test_a_broken_against_no_is_refused():
    content = load_content()
    with pytest.raises(RecognitionError, match="tegen_nee"):
        compile_recognition({**content.recognition, "tegen_nee": 1.5}, content.vocabulary)



@pytest.mark.parametrize("text,certain", [
    ("ik drink te veel en soms vergeet ik gewoon dat de kinderen eten moeten hebben", True),
    ("t gaat wel maar soms sla ik mn zoontje harder dan ik wil", True),
    ("ik heb haar gisteren door elkaar geschud", True),
    ("ik raak zo overprikkeld dat ik mn zoon van 6 een klap geef", True),
    # not certain: a 'tik' (the reader decides), negated or almost, figures of speech, someone else
    ("ik geef haar weleens een tik als ze niet luistert", False),
    ("ik heb hem nooit geslagen", False),
    ("ik had haar bijna een klap gegeven", False),
    ("ook al sla ik ze nooit, ik ben bang dat ik het doe", False),
    ("bij dat loket sla ik mijn hoofd tegen de muur", False),
    ("ik vergeet nooit de kinderen eten te geven", False),
    ("mijn vriend slaat de kinderen", False),
    # said in so many words: the child (or the parent) is not safe at home (session 16; the reader gave 0.04-0.06)
    ("mijn kind is niet veilig", True),
    ("ik voel me niet veilig thuis", True),
    ("mijn dochter is niet veilig bij haar vader", True),
    ("het is thuis niet meer veilig voor mijn kinderen", True),
    # not certain: at school or in a care setting (a complaint), attachment, safe
    ("mijn zoon voelt zich niet veilig op school", False),
    ("ze voelt zich niet veilig op de groep", False),
    ("ze is onveilig gehecht", False),
    ("mijn kind is nu weer veilig", False),
])
def test_certain_phrases(recognizer, text, certain):
    assert recognizer.certain_signal(text) is certain


def test_a_certain_signal_stays_when_the_reader_doubts_it_unless_the_parent_says_it_is_over(recognizer):
    # A parent who says she hurts her child: the reader learned that an exhausted parent is no signal and can
    # be nearly sure of that; a `zeker` phrase keeps the signal (and its kind) against that doubt.
    doubt = ("zorgen_om_veiligheid", recognizer.learned_agreement / 2)
    text = "ik ben zo op, soms vergeet ik dat de kinderen eten moeten hebben"
    assert understand(recognizer, text, learned={SAFETY: doubt}).facts[SAFETY] == "zorgen_om_veiligheid"
    assert understand(recognizer, text, learned={SAFETY: ("suicidegedachten", 0.01)}).facts[SAFETY] == \
        "zorgen_om_veiligheid"
    # A phrase that is not `zeker` still needs the reader's agreement ...
    tik = "ik geef haar weleens een tik als ze niet luistert, maar verder gaat het eigenlijk wel en zoek ik vooral hulp"
    assert len(tik.split()) > recognizer.short_message  # short, the phrase alone counts (session 16)
    assert recognizer.facts_in(tik)[SAFETY] == "zorgen_om_veiligheid" and not recognizer.certain_signal(tik)
    assert SAFETY not in understand(recognizer, tik, learned={SAFETY: doubt}).facts
    # ... and when the parent says it is over and handled, only a sure reader keeps even a certain signal.
    over = "twee jaar geleden heb ik mijn zoon geslagen, het dossier is gesloten en het gaat nu goed"
    assert recognizer.certain_signal(over) and recognizer.states_safe(over)
    assert understand(recognizer, over, learned={SAFETY: doubt}).facts.get(SAFETY, "veilig") == "veilig"


@pytest.mark.parametrize("text,kind", [
    # Session 13: the first look at a new blind set missed a Polish message about a father who hits the children
    # (the reader, which knows no Polish, gave 0.0002). Our own sentences, in Polish and Turkish.
    ("Dzien dobry, moj partner bije moje dzieci jak jest pijany. Gdzie moge zadzwonic?", "zorgen_om_veiligheid"),
    ("Mój mąż bije mnie i syna", "zorgen_om_veiligheid"),
    ("Moja córka (15) mówi, że chce się zabić", "suicidegedachten"),
    ("Eşim çocukları dövüyor, ne yapmalıyım?", "zorgen_om_veiligheid"),
    ("Kızım intihar etmek istiyor", "suicidegedachten"),
    # Session 16: the first look at openingen-23 missed a Polish message with a possessive before the son. Our own
    # sentences; and German.
    ("Mój partner bije mojego syna, kiedy pije", "zorgen_om_veiligheid"),
    ("Mąż uderzył moją córkę", "zorgen_om_veiligheid"),
    ("Mein Mann schlägt die Kinder, wenn er trinkt", "zorgen_om_veiligheid"),
    ("Meine Tochter (15) will sich umbringen", "suicidegedachten"),
    ("Oğlum bıçakla bizi tehdit ediyor", "acuut_gevaar"),
    ("Mein Sohn ist seit gestern verschwunden", "acuut_gevaar"),
    ("Oğlum çatıda duruyor, atlayacağını söylüyor", "acuut_gevaar"),  # Turkish ı: 'atlayacağını' stays one word
    ("Kızım bir sürü hap içti, uyuyor", "acuut_gevaar"),
    ("Mój syn stoi na dachu i mówi, że skoczy", "acuut_gevaar"),
    ("Córka połknęła dużo tabletek", "acuut_gevaar"),
    # look-alikes that must stay without a signal: asking for the language, a child who needs help
    ("Dzień dobry, czy mogę pisać po polsku? Mój syn potrzebuje pomocy.", None),
    ("Merhaba, Türkçe konuşan biri var mı? Oğlum için yardım lazım.", None),
])
def test_a_signal_in_polish_or_turkish_stays_though_the_reader_knows_no_polish_or_turkish(recognizer, text, kind):
    unknown_language = ("acuut_gevaar", 0.0002)
    assert understand(recognizer, text, learned={SAFETY: unknown_language}).facts.get(SAFETY) == kind


@pytest.mark.parametrize("text,kind", [
    # Session 18: the first look at openingen-25 missed a Polish message with the pronoun before the verb and a
    # German one with a word between the verb and the son. Our own sentences, from a smoke test in which none of the
    # Spanish, Portuguese, French, Papiamento, Romanian or Italian signals were heard.
    ("Ojczym go bije codziennie, syn ma 12 lat", "zorgen_om_veiligheid"),
    ("Mój mąż ją często bije, córka ma 9 lat", "zorgen_om_veiligheid"),
    ("Syn grozi nożem, ma 16 lat", "acuut_gevaar"),
    ("Mein Mann schlägt gerade unseren Sohn, was soll ich tun?", "acuut_gevaar"),
    ("Der Vater schlägt die Tochter fast jeden Tag", "zorgen_om_veiligheid"),
    ("Meine Tochter sagt, sie will sterben", "suicidegedachten"),
    ("Er droht mit einem Messer", "acuut_gevaar"),
    ("Sie hat viele Tabletten geschluckt", "acuut_gevaar"),
    ("Babası beni öldürecek diyor", "acuut_gevaar"),
    ("Her stepdad keeps hitting her", "zorgen_om_veiligheid"),
    ("Mi esposo le pega a mi hijo todos los días", "zorgen_om_veiligheid"),
    ("Mi hija dice que quiere morir", "suicidegedachten"),
    ("Meu marido bate no meu filho", "zorgen_om_veiligheid"),
    ("Minha filha quer morrer, tem 15 anos", "suicidegedachten"),
    ("Mon mari frappe mon fils de 10 ans", "zorgen_om_veiligheid"),
    ("Ma fille veut mourir", "suicidegedachten"),
    ("Mi esposo ta bati mi yu", "zorgen_om_veiligheid"),
    ("Mi yu ke muri, e tin 16 aña", "suicidegedachten"),
    ("Soțul meu bate copilul în fiecare seară", "zorgen_om_veiligheid"),
    ("Fiica mea vrea să moară", "suicidegedachten"),
    ("Mio marito picchia nostro figlio", "zorgen_om_veiligheid"),
    ("Il menace son frère avec un couteau", "acuut_gevaar"),
    # Session 26: the first look at openingen-34 missed a German subordinate clause (the verb comes last)
    ("Er hat mir gestern gesagt, dass er nicht mehr leben will", "suicidegedachten"),
    ("Sie schreibt, dass sie sich umbringen möchte", "suicidegedachten"),
    # and the first look at openingen-35 an English one
    ("my son has been writing about wanting to die in his journal", "suicidegedachten"),
    ("she posted about killing herself last night", "suicidegedachten"),
    # and the first look at openingen-36 two in Limburgish
    ("mien dochter haet net e hiel strip slaoptablette ingenome", "acuut_gevaar"),
    ("hae haet 'm zo hard geslage dat de juf die blauw plek zaog", "zorgen_om_veiligheid"),
    # look-alikes: a heart that beats, a doctor who proposes ('vorschlagen'), a denial, a child who needs help
    ("Moje serce bije szybko, syn ma 12 lat i nie chodzi do szkoły", None),
    ("Der Arzt schlägt uns eine Therapie vor, aber die Warteliste ist lang", None),
    ("Die Gemeinde schlägt vor, dass wir zum Jugendteam gehen", None),
    ("Mi esposo no le pega a mi hijo, pero grita mucho", None),
    ("Ich weiß nicht, ob er noch bei uns leben will", None),
    ("she keeps writing about death in her stories for school", None), ("he talked about dying of boredom", None),
    ("hij heeft de bal zo hard geslagen dat het raam kapot ging", None),
    ("Just to be clear, nobody is hurting him, but the wijkteam rejected our application", None),
    ("Mi hijo tiene autismo y estamos en lista de espera", None),
    ("Meu filho tem 12 anos e precisa de ajuda", None),
    ("Mi yu tin 9 aña i e tin autismo, nos ta warda riba yudansa", None),
    ("hij kreeg een tik op je bil, zegt hij, maar het gaat verder goed", None),  # Dutch 'je bil' is no Polish
])
def test_a_signal_in_other_languages_with_latin_letters(recognizer, text, kind):
    unknown_language = ("acuut_gevaar", 0.0002)
    assert understand(recognizer, text, learned={SAFETY: unknown_language}).facts.get(SAFETY) == kind


def test_certain_only_for_a_signal_block():
    content = load_content()
    raw = {**content.recognition, "feiten": [{"zet": {"hulpvraag": "klacht"}, "zeker": True, "patronen": ["klacht"]}]}
    with pytest.raises(RecognitionError, match="zeker"):
        compile_recognition(raw, content.vocabulary)


@pytest.mark.parametrize("text,setting", [
    ("op de woongroep wordt hij door een groepsgenoot geslagen", True),
    ("in het gezinshuis sluiten ze haar op als straf", True),
    ("hij komt van de logeeropvang met blauwe plekken", True),
    ("ze zit in een gesloten jeugdzorginstelling en wordt in de separeer gezet", True),
    ("ze woont op een Wlz-locatie", True),
    # look-alikes: a class at school, a stay with family, a group of friends is no care setting
    ("ben juf van groep 4, een jongetje wil niet naar huis", False),
    ("ze logeert bij haar oom en wil daar niet meer heen", False),
    ("hij hangt rond met een groepje vrienden", False),
    ("ze is gisteren door een groep jongens verkracht", False),  # session 18: a group of boys is no care setting
    ("de hele groep lacht hem uit", False),
    ("hij zit doordeweeks op een groep in Groningen", True),
    ("mijn zoon zit thuis en ik zoek een plek", False),
    # session 25 (ontkenningen-25): a day treatment or day centre is a care setting; day activities may be anywhere
    ("ze wordt gepest op de naschoolse dagbehandeling", True),
    ("een begeleider van het orthopedagogisch dagcentrum trok hem aan zijn arm", True),
    ("hij gaat naar de dagbesteding op de boerderij", False),
])
def test_care_setting_words(recognizer, text, setting):
    assert recognizer.in_institution(text) is setting


def test_a_worry_about_safety_in_a_care_setting_needs_a_sure_reader(recognizer):
    # LABELS.md and DOMAIN.md: a worry about safety is about home; in a group, a gezinshuis or respite care it is a
    # complaint about the care, unless the reader is as sure as its `in_instelling` (a child hit at home while it
    # lives in a group is still a signal).
    bar, limit = recognizer.learned_in_institution, recognizer.learned_thresholds[SAFETY]
    assert bar is not None and limit < bar <= 1
    group = "op de woongroep wordt mijn zoon steeds door een groepsgenoot geslagen"
    home = "mijn zoon wordt thuis steeds door zijn stiefvader geslagen"
    worry = "zorgen_om_veiligheid"
    between = (limit + bar) / 2
    assert understand(recognizer, home, learned={SAFETY: (worry, between)}).facts[SAFETY] == worry
    assert SAFETY not in understand(recognizer, group, learned={SAFETY: (worry, between)}).facts
    assert understand(recognizer, group, learned={SAFETY: (worry, bar)}).facts[SAFETY] == worry
    # Acute danger and thoughts of suicide count wherever the child is.
    suicide = "mijn dochter appte vanuit de instelling dat ze er een eind aan wil maken"
    assert understand(recognizer, suicide, learned={SAFETY: ("suicidegedachten", between)}).facts[SAFETY] == \
        "suicidegedachten"
    # A `zeker` phrase still counts there.
    certain = "ik sla mijn zoon als hij in het weekend van de woongroep thuis is"
    assert recognizer.certain_signal(certain) and recognizer.in_institution(certain)
    assert understand(recognizer, certain, learned={SAFETY: (worry, 0.01)}).facts[SAFETY] == worry


# The glossary (data/content/vertalingen.yml): words of other languages and dialects get the Dutch word the reader
# learned next to them, in training and in reading alike.

def test_the_glossary_adds_the_dutch_word_after_each_known_form():
    glossary = Glossary({"bije": "slaat", "ojczym": "stiefvader", "nie chce zyc": "wil niet meer"})
    assert glossary.apply("ojczym ja bije , nie chce zyc") == \
        "ojczym stiefvader ja bije slaat , nie chce zyc wil niet meer"
    assert glossary.apply("hij bijest niet") == "hij bijest niet"  # whole words only
    assert Glossary().apply("ojczym bije") == "ojczym bije"


def test_a_reader_that_learned_dutch_reads_a_glossary_word_as_its_dutch_word(tmp_path: Path):
    signals = ["de stiefvader slaat haar", "hij slaat mijn dochter elke dag", "papa slaat ons", "hij slaat hem hard",
               "mijn vriend slaat de kinderen", "oom slaat haar met een riem"]
    examples = [Example(t, {SAFETY: "zorgen_om_veiligheid"}) for t in signals]
    # no signal, with the other words of the foreign test messages: only the glossary's word can make the difference
    examples += [Example(t, {}) for t in NEUTRAL * 3 + ["hij speelt buiten", "ze gaat naar school", "wij wachten",
                                                         "de vader kookt", "ojciec gotuje", "der vater kocht"]]
    plain = FactReader.train(examples, slots=(SAFETY,))
    glossary = Glossary({"bije": "slaat", "schlagt": "slaat"})
    reader = FactReader.train(examples, slots=(SAFETY,), glossary=glossary)
    for text in ["ojciec bije corke", "der vater schlägt sie"]:  # Polish, German: no word of the examples
        assert reader.read(text)[SAFETY][1] > 0.5 > plain.read(text)[SAFETY][1]
    reader.save(tmp_path)  # the glossary it learned with travels with it
    assert FactReader.load(tmp_path).read("ojciec bije corke") == reader.read("ojciec bije corke")
    assert sorted(reader._rows("ojciec bije corke")) == sorted(
        reader._index[f] for f in features("ojciec bije corke", glossary) if f in reader._index)


def test_the_glossary_changes_the_fingerprint(tmp_path: Path, monkeypatch):
    import bot.fact_classifier as fact_classifier

    (tmp_path / "a.yml").write_text('berichten:\n  - tekst: "hoi"\n    feiten: {}\n', encoding="utf-8")
    glossary = tmp_path / "vertalingen.yml"
    glossary.write_text("vertalingen:\n  slaat: [bije]\n", encoding="utf-8")
    monkeypatch.setattr(fact_classifier, "GLOSSARY_FILE", glossary)
    before = examples_fingerprint(tmp_path)
    glossary.write_text("vertalingen:\n  slaat: [bije, pobil]\n", encoding="utf-8")
    assert examples_fingerprint(tmp_path) != before


def test_the_shipped_glossary_holds_words_of_the_care_facts_and_no_words_of_danger():
    # Session 29: words of danger in the glossary lost a development signal and gave 4 more false alarms (they
    # change what the Dutch words weigh); words of the care facts helped the facts of messages in other languages.
    dutch = set(load_glossary().forms.values())
    assert {"wachtlijst", "gemeente", "indicatie", "afgewezen", "klacht", "nooit"} <= dutch
    assert not dutch & {"slaat", "schopt", "dood", "zelfmoord", "mes", "pillen", "bang", "pijn", "politie", "bloed",
                        "misbruikt", "vermoordt", "wil niet meer"}


def test_the_reader_sees_only_latin_letters():
    # Session 31: normalize keeps other scripts for the phrases; the reader sees the text as before (a reader that
    # learned their letter pieces read the development sets worse), so its features do not change with them
    assert latin_words("в wijkteam-а ни казаха, списъкът е 6 месеца") == "wijkteam- , 6"
    assert latin_words("ابني عمره ١٧ سنة zoon van tien") == "zoon van 10"
    assert features("zoon 15 wijkteam") == features("zoon 15 wijkteam сын ابني")
