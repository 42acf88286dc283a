"""What the domain's words in a message say: facts from the mentions the Dutch spaCy pipeline finds.

The pipeline (bot/dutch_pipeline.py) marks every domain word, municipality name and age as an entity. Here a
mention becomes facts (data/content/woorden.yml: `genoemd` / `ontkend`), with three pieces of Dutch grammar:
a negation just before it ("geen wlz", "nog niet bij de gemeente"), a denied contact later in the same clause
("bij het cjg zijn we nog niet geweest"), and "daar" pointing back ("naar de gemeente? daar ben ik niet geweest").

Outcome words ("wachtlijst", "afgewezen", "doen niks"; woorden.yml: `uitkomst`) say nothing on their own: they
belong to the organisation named in the same clause ("het zorgkantoor heeft een wachtlijst" is not the gemeente's
waiting list), else to the one named last before ("we zitten bij het jeugdteam, maar ze doen niks").
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from itertools import dropwhile, takewhile
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping

from bot.situation import OUTCOME_CONTACT, SLOTS, age_band
from bot.yaml_lines import FileLineError, load as load_yaml_with_lines

if TYPE_CHECKING:  # spaCy is only imported where a pipeline runs
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

CONTENT_DIR = Path(__file__).resolve().parent.parent / "data" / "content"
EXTRACTOR = "WoordFeiten"  # the Rasa component (bot/rasa_component.py) that reports these as entities
MUNICIPALITY_ENTITY = "gemeente_naam"
# A door named only in a question ("kan het wijkteam ons helpen?", "wat doet een expertteam?"): its contact slot is
# reported under this entity, so the learned reader's guess of a visit does not count (LABELS.md: a question about
# a door is no contact).
ASKED_ONLY_ENTITY = "alleen_gevraagd"
# An outcome the message denies ("het cjg heeft ons niet afgewezen, maar ook niks aangeboden"), and since session 24
# the positive value of a door, Wlz or complaint report denied beyond doubt ("wijkteam hebben we nog niet gehad":
# "gemeente_contact:ja"): reported as "slot:value" under this entity, so the learned reader, which does not read the
# negation (it gave 'afgewezen' 0.9, and contact 0.9 or more), cannot fill it.
DENIED_OUTCOME_ENTITY = "ontkende_uitkomst"
# What a message asks to have explained ("wat is het expertteam eigenlijk?"): the concept's name (woorden.yml), so
# the assistant can say what that organisation is.
ASKED_ABOUT_ENTITY = "gevraagd_naar"
# An outcome said without a door ("ze zeggen dat ze het gaan bekijken"): the concept's name (woorden.yml), so that
# as the answer to "wat heeft de gemeente gedaan?" it counts as the outcome at the door asked about.
UNOWNED_OUTCOME_ENTITY = "uitkomst_zonder_deur"
AGE = "leeftijd"
MUNICIPALITY = "gemeentenaam"
RESERVED_LABELS = (AGE, MUNICIPALITY)
_UNITS = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9}
_TENS = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80,
         "negentig": 90}
# Number words parents write, as digits ("ze is zeventien"), without accents ("tweeentwintig"), to 99 (session 26:
# "hij is zevenentwintig" had no age); "een" alone is left out: it is mostly the article.
NUMBER_WORDS = {
    **{word: n for word, n in _UNITS.items() if n > 1},
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16,
    "zeventien": 17, "achttien": 18, "negentien": 19, **_TENS,
    **{f"{unit}en{tens}": u + t for unit, u in _UNITS.items() for tens, t in _TENS.items()},
}
# After a number these words make it a duration or amount, not an age ("van 15 weken").
DURATIONS = frozenset("dag dagen week weken maand maanden".split())  # "wordt over 2 maanden 18"
NOT_AGE_UNITS = DURATIONS | frozenset("uur uren keer minuten euro procent % kilo km tage tagen wochen woche monate "
                                      "monaten stunden mal "
                                      "kinderen jongens meisjes plekken instellingen".split())
# Before a municipality name one of these words makes it a place ("hier in tilburg", "de gemeente ede"):
# several names are also ordinary words (Best, Buren, Putten, Leiden).
PLACE_WORDS = frozenset("gemeente in uit regio bij te rond omgeving wonen woon woont richting".split())
ANAPHORS = frozenset(("daar", "er", "die", "hen", "hun"))
# Small words that may come before a 'daar' that points back: "..., dus daar zijn we nooit geweest" (session 24). Not
# before 'die': in "het wijkteam zou terugbellen maar die hebben nog niet gebeld" they were there.
LINKS = frozenset(("dus", "en", "maar", "want", "ook", "toen"))
# Words that start a clause inside a question whose content the parent states: "waar kan ik heen als het wijkteam
# niet reageert?", "is er iemand die mee kan naar het gesprek met de jeugdconsulent?"
SUBORDINATORS = frozenset("als wanneer dat die toen nadat sinds zodat waarbij waar waarop omdat".split())
# The first words of a clause that supposes ("stel dat het expertteam ook niks kan, waar moet ik heen?", "mocht de
# gemeente weigeren"): what it says has not happened. Not a plain "als": parents write "als het wijkteam niks doet"
# about a wijkteam that does nothing.
SUPPOSING = (("stel",), ("indien",), ("mocht",), ("wat", "als"), ("wat", "nou", "als"), ("voor", "het", "geval"),
             ("in", "het", "geval"), ("what", "if"), ("suppose",))
# The first words of a question that asks whether or what ("kan het wijkteam ons helpen?", "wat doet een
# expertteam?"); not "waarom" or "hoe lang nog", which take the visit for granted ("waarom duurt de wachtlijst bij
# het wijkteam zo lang?").
QUESTION_OPENERS = frozenset("kan kun kunnen moet moeten mag mogen is zijn wat wie welke zit bestaat werkt hoe".split())
ARTICLES = frozenset(("de", "het", "een", "ons", "onze", "mijn", "zijn", "haar"))
# "wat is een wijkteam", "wat doet het cjg eigenlijk": a question what a door is, in chat often without a question
# mark; it never says a visit (session 21, a smoke test: "wat is een wijkteam" was stored as contact). The words
# before the door are matched without DEFINING_ARTICLES ("wat is dat jeugdteam" is ("wat", "is")); not ARTICLES,
# whose "zijn" is also the verb of "wat zijn wijkteams".
DEFINING = frozenset((("wat", "is"), ("wat", "zijn"), ("wat", "doet"), ("wat", "doen"), ("wat", "betekent"),
                      ("wie", "is"), ("wie", "zijn"), ("wat", "bedoel", "je", "met"), ("wat", "bedoelt", "u", "met"),
                      ("wat", "bedoelen", "jullie", "met")))
DEFINING_ARTICLES = frozenset(("de", "het", "een", "'t", "n", "dat", "die", "dit", "deze"))
DEFINING_AFTER = frozenset(("eigenlijk", "precies", "dan", "nou", "nu", "nog", "ook", "weer", "daar", "voor", "iets",
                            "ding", "team"))
# A waiting list via the gemeente stays the outcome when the story goes on about the referral or what does not
# help meanwhile ("op de wachtlijst ... het jeugdteam heeft ons aangemeld en kan verder niks doen"; session 20:
# 6 development messages better, none worse)
OUTWEIGHED_BY = {"wachten": ("nog_bezig", "geen_passende_hulp")}
# "het sociaal team heeft ons aangemeld bij de jeugd-ggz, wachtlijst 9 maanden": the ggz the door refers to is not
# the one that acts, so its waiting list is the door's (LABELS.md: a waiting list via the gemeente). Session 27,
# development sets: such waiting lists were the ggz's and the door kept "aangemeld" (nog_bezig). Not "doorgestuurd":
# sent away ("de toegang heeft haar doorgestuurd naar de volwassenen-ggz" hands her over; two openings labelled so).
REFERRALS = frozenset("aangemeld aanmelden doorverwezen verwezen ingeschreven".split())
NO_OWNER = "zonder"  # the `uitkomst` key for an outcome said when no organisation was named before it
GAP = "..."  # in a variant: up to GAP_WORDS other words of the same clause ("doet ... niks")
GAP_WORDS = 3
MAX_FORMS = 500  # per variant: "(a|b) (c|d)" multiplies; a typo should not build a huge pipeline
BECOMES = frozenset(("wordt", "word"))  # before an age: the child is not that old yet
ALMOST = "bijna"  # "zoon is bijna 18" is 17 (LABELS.md: not 18 yet)
# "ik ben 17 en mijn vader slaat me": a young person writing about themselves (sessie 19). Younger writers are
# rare; an older "ik ben 35" is a parent, whose age says nothing about the child.
I_AM = {"ik": ("ben", "word"), "i": ("am",), "ich": ("bin", "werde")}
OWN_AGES = range(12, 26)
SOON = frozenset(("nu", "net", "pas", "al", "inmiddels", ALMOST))
OWN_AGE_BEFORE = SOON | {"zelf"}  # "ik ben zelf 18" (session 35)
PAST = "toen"  # just before an age: the child was that old then
# Verbs a clause-final 'niet' denies: "een wlz heeft ze niet", "het expertteam kennen we niet".
POSSESSION = frozenset(("heb", "heeft", "hebben", "had", "hadden", "krijgt", "krijgen", "ken", "kent", "kennen",
                        "kende", "kenden", "hat", "haben", "hab"))  # German: "eine Wlz-Indikation hat sie nicht"


# Letters NFKD does not take apart: Turkish ı and Polish ł would otherwise vanish and break words in two.
_UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})


def fold(text: str) -> str:
    """Lower case without accents: how parents type names ("sudwest-fryslan", "clientondersteuner")."""
    text = text.lower()
    if text.isascii():  # most messages: nothing to fold
        return text
    text = unicodedata.normalize("NFKD", text).translate(_UNDECOMPOSED)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


class VocabularyError(FileLineError):
    """A problem in woorden.yml or gemeenten.yml."""


@dataclass(frozen=True)
class Concept:
    name: str
    named: Mapping[str, str]
    denied: Mapping[str, str] | None
    in_question: bool
    variants: tuple[str, ...]
    organisation: bool = False  # outcomes in its clause are its outcomes
    outcome: Mapping[str, Mapping[str, str]] | None = None  # organisation name or NO_OWNER -> facts
    place_after: frozenset[str] = frozenset()  # "wij wonen in de gemeente Ede": after these words a place
    # an outcome that replaces what its organisation's mention said earlier in the sentence, also in another clause
    # (`vervangt`): an indicatie withdrawn ("ze had wlz, maar die is stopgezet")
    replaces: bool = False
    written: tuple[str, ...] = ()  # the variants as woorden.yml writes them, before "(a|b)" is expanded


@dataclass(frozen=True)
class Vocabulary:
    concepts: Mapping[str, Concept]
    negators: frozenset[str]
    contact_words: frozenset[str]
    fillers: frozenset[str]
    boundaries: frozenset[str]
    child_words: tuple[str, ...]
    relatives: frozenset[str]  # child words a young person uses for others than their own child
    municipalities: Mapping[str, str]  # every way of writing a name (folded) -> the official name

    def group(self, name: str) -> tuple[str, ...]:
        """The words of a concept (or 'kind'), for the regular expressions of herkenning.yml."""
        return self.child_words if name == "kind" else self.concepts[name].variants


def _facts(node: Any, file: str, line: int, where: str) -> dict[str, str]:
    facts = {str(k): str(v) for k, v in (node or {}).items()}
    for slot, value in facts.items():
        if slot not in SLOTS or value not in SLOTS[slot]:
            raise VocabularyError(file, line, f"{where}: onbekend feit of waarde {slot}: {value}")
    return facts


def _words(node: Any) -> tuple[str, ...]:
    return tuple(str(w).strip().lower() for w in node or [] if str(w).strip())


_CHOICE = re.compile(r"\(([^()]*)\)")


def expand(variant: str) -> list[str]:
    """'geen (passende|goede) (hulp|zorg)' -> every form; '(ook |)' makes a word optional."""
    match = _CHOICE.search(variant)
    if not match:
        return [" ".join(variant.split())]
    return [form for option in match.group(1).split("|")
            for form in expand(variant[:match.start()] + option + variant[match.end():])]


def _variants(node: Any, file: str, line: int, where: str) -> tuple[str, ...]:
    forms: list[str] = []
    for word in _words(node):
        if word.count("(") != word.count(")"):
            raise VocabularyError(file, line, f"{where}: haakjes kloppen niet in '{word}'")
        expanded = expand(word)
        if len(expanded) > MAX_FORMS:
            raise VocabularyError(file, line, f"{where}: '{word}' geeft {len(expanded)} vormen (max {MAX_FORMS})")
        if any(form.startswith(GAP) or form.endswith(GAP) for form in expanded):
            raise VocabularyError(file, line, f"{where}: '...' mag niet aan het begin of eind staan ('{word}')")
        forms += [form for form in expanded if form and form not in forms]
    return tuple(forms)


def load_vocabulary(directory: Path = CONTENT_DIR) -> Vocabulary:
    """Read woorden.yml and gemeenten.yml; raises VocabularyError (file, line) on the first problem."""
    raw = load_yaml_with_lines(directory / "woorden.yml")["woorden"]
    concepts = {}
    nodes = raw.get("begrippen") or {}
    organisations = {name for name, node in nodes.items() if node.get("organisatie", False)}
    owner_of: dict[str, str] = {}  # each written form belongs to one concept
    for name, node in nodes.items():
        line = getattr(node, "line", 0)
        if name in RESERVED_LABELS or name == "kind" or name == NO_OWNER:
            raise VocabularyError("woorden.yml", line, f"'{name}' is een gereserveerde naam")
        named = _facts(node.get("genoemd"), "woorden.yml", line, f"begrip {name}, genoemd")
        denied = _facts(node.get("ontkend"), "woorden.yml", line, f"begrip {name}, ontkend") or None
        outcome = None
        if node.get("uitkomst") is not None:
            if named or denied or name in organisations:
                raise VocabularyError("woorden.yml", line, f"begrip {name}: een uitkomst heeft geen 'genoemd', "
                                      "'ontkend' of 'organisatie'; de feiten staan per organisatie onder 'uitkomst'")
            outcome = {}
            for owner, facts in node["uitkomst"].items():
                if owner != NO_OWNER and owner not in organisations:
                    raise VocabularyError("woorden.yml", node["uitkomst"].line_of(owner),
                                          f"begrip {name}, uitkomst: '{owner}' is geen begrip met "
                                          f"'organisatie: true' (en niet '{NO_OWNER}')")
                outcome[str(owner)] = _facts(facts, "woorden.yml", node["uitkomst"].line_of(owner),
                                             f"begrip {name}, uitkomst {owner}")
        elif not named and name not in organisations:
            raise VocabularyError("woorden.yml", line, f"begrip {name} heeft 'genoemd' of 'uitkomst' nodig")
        if node.get("vervangt") and outcome is None:
            raise VocabularyError("woorden.yml", line, f"begrip {name}: 'vervangt' hoort bij een uitkomst")
        variants = _variants(node.get("varianten"), "woorden.yml", line, f"begrip {name}")
        if not variants:
            raise VocabularyError("woorden.yml", line, f"begrip {name} heeft 'varianten' nodig")
        # A form under two concepts is found as only one of them, and which one is chance (session 23: "nog geen
        # antwoord gekregen" was 'niet opgelost' at the gemeente, "geen antwoord gekregen" 'nog bezig').
        for form in {fold(v) for v in variants}:
            if owner_of.setdefault(form, name) != name:
                raise VocabularyError("woorden.yml", line, f"begrip {name}: '{form}' staat ook bij begrip "
                                      f"{owner_of[form]}; een vorm hoort bij één begrip")
        concepts[name] = Concept(name, named, denied, bool(node.get("in_vraag", False)), variants,
                                 name in organisations, outcome,
                                 place_after=frozenset(_words(node.get("plaats_na"))),
                                 replaces=bool(node.get("vervangt", False)),
                                 written=_words(node.get("varianten")))
    places = load_yaml_with_lines(directory / "gemeenten.yml")
    official = [str(n) for n in places.get("gemeenten") or []]
    municipalities: dict[str, str] = {}
    for name in official:
        municipalities[fold(name)] = name
        municipalities[fold(name.split(" (")[0])] = name  # "Hengelo (O.)" is "hengelo" to a parent
    for alias, name in (places.get("bijnamen") or {}).items():
        if str(name) not in official:
            raise VocabularyError("gemeenten.yml", places.line_of("bijnamen"), f"bijnaam {alias}: '{name}' staat "
                                  "niet in de lijst gemeenten")
        municipalities[fold(str(alias))] = str(name)
    negators = _words(raw.get("ontkenningen"))
    if any(" " in word for word in negators):  # matched word by word: a phrase would silently never match
        raise VocabularyError("woorden.yml", raw.line_of("ontkenningen"), "ontkenningen: één woord per ontkenning")
    return Vocabulary(concepts, frozenset(negators), frozenset(_words(raw.get("contactwoorden"))),
                      frozenset(_words(raw.get("tussenwoorden"))), frozenset(_words(raw.get("zinsgrenzen"))),
                      _words(raw.get("kindwoorden")), frozenset(_words(raw.get("broers_en_zussen"))),
                      municipalities)


@dataclass
class Reading:
    """What the mentions in one message say."""
    found: dict[str, tuple[str, int, int]] = field(default_factory=dict)  # slot -> (value, start, end) in chars
    municipality: str | None = None
    asked_only: set[str] = field(default_factory=set)  # contact slots of doors named only in a question
    denied_outcomes: set[tuple[str, str]] = field(default_factory=set)  # (slot, value) denied: outcomes, and doors
    # denied beyond doubt (DENIED_OUTCOME_ENTITY)
    asked_about: list[str] = field(default_factory=list)  # concepts the message asks what they are, in order
    unowned_outcomes: list[str] = field(default_factory=list)  # outcome concepts said without a door, in order

    @property
    def facts(self) -> dict[str, str]:
        return {slot: value for slot, (value, _, _) in self.found.items()}

    def add(self, facts: Mapping[str, str], span: "Span", replace: bool = False) -> None:
        for slot, value in facts.items():
            if replace or slot not in self.found:
                self.found[slot] = (value, span.start_char, span.end_char)


def from_entities(entities: Iterable[Mapping[str, Any]]) -> tuple[dict[str, str], str | None]:
    """The facts and the municipality among a parsed message's entities that WoordFeiten reported."""
    ours = [e for e in entities if e.get("extractor") == EXTRACTOR]
    facts = {e["entity"]: e["value"] for e in ours if e.get("entity") in SLOTS}
    place = next(iter(_values(ours, MUNICIPALITY_ENTITY)), None)
    return facts, place


def _values(entities: Iterable[Mapping[str, Any]], entity: str) -> list[str]:
    """The values of one of WoordFeiten's entities in a parsed message, in order."""
    return [e["value"] for e in entities if e.get("extractor") == EXTRACTOR and e.get("entity") == entity]


def asked_only_from_entities(entities: Iterable[Mapping[str, Any]]) -> frozenset[str]:
    """The contact slots of doors a parsed message names only in a question (WoordFeiten's ASKED_ONLY_ENTITY)."""
    return frozenset(_values(entities, ASKED_ONLY_ENTITY))


def denied_outcomes_from_entities(entities: Iterable[Mapping[str, Any]]) -> frozenset[tuple[str, str]]:
    """The (slot, value) pairs of outcomes a parsed message denies (WoordFeiten's DENIED_OUTCOME_ENTITY)."""
    return frozenset(tuple(value.split(":", 1)) for value in _values(entities, DENIED_OUTCOME_ENTITY))


def asked_about_from_entities(entities: Iterable[Mapping[str, Any]]) -> list[str]:
    """The concepts (woorden.yml names) a parsed message asks what they are (WoordFeiten's ASKED_ABOUT_ENTITY)."""
    return _values(entities, ASKED_ABOUT_ENTITY)


def unowned_outcomes_from_entities(entities: Iterable[Mapping[str, Any]]) -> list[str]:
    """The outcome concepts a parsed message states without a door, in order (WoordFeiten's UNOWNED_OUTCOME_ENTITY)."""
    return _values(entities, UNOWNED_OUTCOME_ENTITY)


def hint_entities(reading: "Reading") -> list[tuple[str, str]]:
    """What a reading says besides its facts, as (entity, value) for WoordFeiten to report: the municipality named,
    doors only asked about, what the message asks to have explained, outcomes it denies and outcomes without a
    door."""
    return ([(MUNICIPALITY_ENTITY, reading.municipality)] if reading.municipality else []) \
        + [(ASKED_ONLY_ENTITY, slot) for slot in sorted(reading.asked_only)] \
        + [(ASKED_ABOUT_ENTITY, label) for label in reading.asked_about] \
        + [(DENIED_OUTCOME_ENTITY, f"{slot}:{value}") for slot, value in sorted(reading.denied_outcomes)] \
        + [(UNOWNED_OUTCOME_ENTITY, label) for label in reading.unowned_outcomes]


def _clauses(doc: "Doc", vocab: Vocabulary) -> Iterator["Span"]:
    start = 0
    for token in doc:
        if token.is_punct or token.lower_ in vocab.boundaries:
            if token.i > start:
                yield doc[start:token.i]
            start = token.i + 1
    if start < len(doc):
        yield doc[start:]


# Small words a denial may reach through, but not beyond doubt: 'via' names a route ("dat loopt niet via de
# gemeente" after the gemeente said no), and "we kregen geen afspraak bij het wijkteam", "geen gesprek met de
# jeugdconsulent gehad, alleen mail", "nooit iets van het wijkteam gehoord na de intake" tell of contact
# (session 24, own look-alikes: with these beyond doubt all four were read as no contact)
NOT_BEYOND_DOUBT = frozenset(("via", "afspraak", "gesprek", "iets"))


# Each denial test below answers None (no denial) or whether the denial is beyond doubt. Only a denial beyond doubt
# goes before the learned reader, which read "wijkteam hebben we nog niet gehad" and "wijkteam? nee." as contact
# (session 24, an own set of denials); an elliptic "gemeente ook niet" or a clause-final "niet" may belong to
# something else, and there the reader may still overrule the words.
# Session 39 (ontkenningen-39): "nog met niemand van het zorgkantoor gesproken", "niemand van het expertteam heeft ons
# ooit gezien": nobody of that door, and a word of meeting after it. Not "niemand van het wijkteam belt terug" or
# "niemand bij het jeugdteam weet het" (they were there).
NOBODY = frozenset(("niemand", "nobody"))
MEETING = frozenset(("gezien", "gekeken", "ontmoet"))
# "het expertteam heeft ons dus nooit gezien", "... heeft haar nooit gezien": a meeting word counts as contact with
# the family as its object (not "het wijkteam heeft het probleem niet gezien")
SEEN = frozenset(("ons", "mij", "me", "hem", "haar"))


def _has_phrase(words: list[str], phrases: Iterable[tuple[str, ...]]) -> bool:
    """Whether one of `phrases` (tuples of words) stands in `words`, word for word."""
    return any(tuple(words[i:i + len(phrase)]) == phrase for phrase in phrases for i in range(len(words)))


def _nobody_of(ent: "Span", clause: "Span", vocab: Vocabulary) -> bool:
    """Whether "niemand" before `ent` denies it: a word of contact or meeting after it, nothing of "terug" or again."""
    words = [t.lower_ for t in clause.doc[ent.end:clause.end]]
    return not any(w.startswith("terug") or w in ("meer", "weer") for w in words) \
        and any(w in vocab.contact_words or w in MEETING for w in words)


def _negated_before(ent: "Span", clause: "Span", vocab: Vocabulary,
                    listed: frozenset[int] = frozenset()) -> bool | None:
    """'geen wlz', 'nog niet bij de gemeente', 'geen contact met het zorgkantoor', and through a list of
    organisations (`listed`: their tokens): 'nooit met het CIZ of het zorgkantoor gesproken'. Beyond doubt unless it
    reaches through a word of NOT_BEYOND_DOUBT."""
    doc = clause.doc
    doubt = False
    spoken = False  # "we hebben nog niemand gesproken van het zorgkantoor" (session 41, wlz-38)
    for token in reversed(doc[clause.start:ent.start]):
        doubt = doubt or token.lower_ in NOT_BEYOND_DOUBT
        if token.lower_ in NOBODY:
            return (not doubt) if spoken or _nobody_of(ent, clause, vocab) else None
        if spoken and token.lower_ not in vocab.fillers:
            return None
        if token.lower_ in vocab.contact_words and token.lower_ not in vocab.fillers:
            spoken = True
            continue
        if token.lower_ in vocab.negators:
            # "het niet eens zijn met de beschikking" disagrees, it does not deny (session 21, a smoke test);
            # "nog niet eens bij de gemeente geweest" still denies; "ik weet niet of het via de gemeente loopt" asks
            if [t.lower_ for t in doc[token.i + 1:token.i + 3]] == ["eens", "met"] \
                    or doc[token.i + 1:token.i + 2].text.lower() in NEGATING_A_CLAUSE:
                return None
            return not doubt
        # "nog nooit contact gehad met dat expertteam": a demonstrative right before the door (session 40)
        pointing_at_door = token.i == ent.start - 1 and token.lower_ in DEMONSTRATIVES and ent[0].lower_ not in ARTICLES
        if token.lower_ not in vocab.fillers and token.i not in listed and not pointing_at_door:
            return None
    return None


# Who did not go or was not involved, in a denial after the door: the parent ("... hebben we nog niet gehad") or the
# door itself, passive ("... is er niet bij betrokken", "... is nooit ingeschakeld"); not the door acting ("de
# jeugdconsulent heeft hier nooit naar gevraagd": there was contact)
PARENT_WORDS = frozenset(("we", "wij", "ik", "ons", "me", "mij"))
DEMONSTRATIVES = frozenset(("dat", "dit", "deze", "die"))
BEING = frozenset(("is", "was", "zijn", "waren", "wordt", "werd"))
# "het zorgkantoor heeft niet veel gedaan", "het wijkteam heeft niet meer gebeld": not much, or no longer, says that
# there was contact (session 24, a development set: read as no contact)
NOT_MUCH = frozenset(("veel", "zoveel", "echt", "genoeg", "goed", "meer", "zo"))
def _at_the_door(ent: "Span") -> bool:
    """Whether "bij" stands right before the door (an article between): "bij het wijkteam hebben we nog niemand
    gesproken, ze bellen niet terug" tells of knocking there (session 23), unlike "met het zorgkantoor heeft nog
    niemand gepraat"."""
    i = ent.start - 1
    while i >= 0 and ent.doc[i].lower_ in ARTICLES:
        i -= 1
    return i >= 0 and ent.doc[i].lower_ == "bij"


POINTING_AT_A_THING = "die"  # "die heeft hij niet"; not "dat hebben we niet", which may answer a question


def _opens_a_sentence(token: "Token") -> bool:
    """Whether `token` is the first of the message or follows a full stop, a question or exclamation mark, or a line
    break."""
    return token.i == 0 or token.doc[token.i - 1].text[-1:] in (".", "!", "?", "\n")
# "zorgkantoor dus nog niet" after a correction (session 41, ontkenningen-41): a link that may stand in the ellipsis
ELLIPTIC_LINKS = frozenset(("dus",))


def _denied_after(tokens: list["Token"], vocab: Vocabulary, before: list["Token"] | None = None,
                  nobody: bool = False) -> bool | None:
    """'... zijn we nog niet geweest', '... is er niet bij betrokken', 'wlz heeft ze niet', 'ook de gemeente niet',
    '... is er (nog) niet bij' (a negation with only 'bij' after it: being involved, not a place). A clause-final
    'niet' with only small words between denies the mention as an ellipsis ('het expertteam ook niet') when only
    small words come before it in the clause (`before`): in "de nieuwe gemeente erkent de beschikking van de oude
    gemeente niet" it belongs to the verb. Beyond doubt only with a contact word after the negation, said of the
    parent or of the door as not involved (PARENT_WORDS, BEING). `nobody`: right after the door, "niemand" with a
    contact word denies too ("met het zorgkantoor heeft nog niemand gepraat"); in a clause pointing back it is often
    someone else ("ik heb er met niemand van de dagbehandeling over gepraat"), and after "bij het wijkteam" the parent
    knocked there."""
    words = [t.lower_ for t in tokens]
    negations = [i for i, word in enumerate(words)
                 if (word in vocab.negators and not NOT_MUCH.intersection(words[i + 1:i + 2]))
                 or (nobody and word in NOBODY
                     and not any(w.startswith("terug") or w in AGAIN or w == "meer" for w in words))]
    with_contact = [i for i in negations if any(w in vocab.contact_words for w in words[i + 1:])
                    or (MEETING.intersection(words[i + 1:]) and SEEN.intersection(words[:i]))]
    if with_contact:
        return any(words[0] in BEING or any(w in PARENT_WORDS for w in words[:i]) for i in with_contact)
    for i in negations:
        if words[i + 1:] == ["bij"]:
            return False
        elliptic = all(w in vocab.fillers or w in ELLIPTIC_LINKS for w in words[:i]) \
            and all(t.lower_ in vocab.fillers for t in before or [])
        if i == len(words) - 1 and (elliptic or any(w in POSSESSION for w in words[:i])):
            # "die heeft hij nu dus niet" opening a sentence: pointing back at the indicatie with a verb of having
            # is beyond doubt (session 41: the learned reader's 'ja' at 0.95-0.99 overruled it on contact-37). After
            # a comma "die" may point at the words just before it ("ze heeft wlz. een vaste begeleider, die heeft ze
            # niet"), and "dat" may answer a question about something else.
            return words[0] == POINTING_AT_A_THING and _opens_a_sentence(tokens[0]) \
                and any(w in POSSESSION for w in words[:i])
    return None


# Two children in one story (session 42, ontkenningen-42 and wlz-38): "onze oudste heeft een wlz, de jongste niet.
# het gaat om de jongste", "voor zijn broer is het expertteam ingeschakeld, voor hem niet", "zn broertje heeft geen
# wlz, maar hij zelf wel". A short clause of only another child and "niet" or "wel" says the fact of the clause
# before for that child; which child the message is about decides what it says for this one.
# The children are woorden.yml's `kindwoorden` and these pronouns; a pronoun names the same child as a word of its sex.
PRONOUNS = frozenset(("hem", "haar", "hij", "zij"))
HIM = frozenset(("hem", "hij", "zoon", "zoontje", "broer", "broertje", "jongen"))
HER = frozenset(("haar", "zij", "dochter", "dochtertje", "zus", "zusje", "meisje"))
CHILD_FRAME = ARTICLES | frozenset(("voor", "bij", "mn", "m'n", "zn", "z'n", "en", "maar", "van", "jaar", "zelf"))
ABOUT = frozenset(("om", "over"))
IT_HOLDS = frozenset(("wel",))


def _same_child(word: str, other: str) -> bool:
    """Whether two child words may name the same child: the same word, or a pronoun of the same sex."""
    return word == other or ((word in PRONOUNS or other in PRONOUNS)
                             and any(word in sex and other in sex for sex in (HIM, HER)))


def _other_child(clause: "Span", following: list["Span"], vocab: Vocabulary) -> bool | None:
    """Whether the fact of `clause` is denied (True) or holds (False) for the child the message is about, when the
    next clause is an ellipsis about another child ("..., de jongste niet", "..., maar hij zelf wel"). Denied when
    the message says it is about that child ("het gaat om de jongste", "mijn vraag gaat over haar"), or, saying
    nothing of that, when the ellipsis names the child as "hem" or "haar" after another child ("voor zijn broer
    ..., voor hem niet"); the same for a "wel". None when it is not such an ellipsis or it is not known which child."""
    if not following:
        return None
    words = [t.lower_ for t in following[0]]
    if len(words) < 2 or not (words[-1] in vocab.negators or words[-1] in IT_HOLDS):
        return None
    body = words[:-1]
    children = PRONOUNS.union(vocab.child_words)
    if not all(w in CHILD_FRAME or w in children or w in vocab.fillers or w.isdigit() for w in body):
        return None
    named = [w for w in body if w in children]
    words_before = [t.lower_ for t in clause]
    # "haar zus": "haar" is whose sister, not a child of its own
    first = {w for w, after in zip(words_before, [*words_before[1:], ""]) if w in children and after not in children}
    if not named or not first or named[-1] in first:
        return None
    child = named[-1]
    says_no = words[-1] not in IT_HOLDS
    doc = following[0].doc
    after = [t.lower_ for t in doc[following[0].end:]]
    for i, word in enumerate(after):
        if word in ABOUT and ("gaat" in after[max(0, i - 3):i] or "gaan" in after[max(0, i - 3):i]):
            about = next((w for w in after[i + 1:i + 4]
                          if w in children or (w not in CHILD_FRAME and w not in vocab.fillers)), "")
            if _same_child(about, child):
                return says_no
            if any(_same_child(about, w) for w in first):
                return None
    return says_no if child in PRONOUNS else None


# A list of what was tried, with a no after each door: "wlz: nee", "expertteam - nooit", "gemeente ❌" (session 21,
# smoke tests: "wijkteam: ja, wachtlijst. wlz: nee. expertteam: nee" read wlz and expertteam as 'ja').
# Session 35 (ontkenningen-35): also an arrow, typed as "->" (two marks) or "→": "zorgkantoor -> nog niet".
LIST_MARKS = frozenset((":", "-", "–", "=", ">", "→"))
# A door asked and answered by the parent: "wijkteam? nee. expertteam? ook niet" (session 24, own smoke test: both
# were read as 'ja', the expertteam even as stuck)
ASKED_MARKS = frozenset(("?",))
CROSSES = frozenset(("❌", "✗", "✘", "✖", "✖️", "🚫", "❎", "👎"))
# "n.v.t." (not applicable) after a door in a list: the parent did not go there (session 35, ontkenningen-35)
LIST_NO = frozenset(("nee", "neen", "nope", "nah", "n.v.t.", "n.v.t", "nvt")) | CROSSES


def _listed_as_no(ent: "Span", vocab: Vocabulary, mentions: set[int]) -> bool:
    """Whether a list item says no right after the door: a cross, or "nee" (after a ':' or '-' also "geen",
    "nooit", "nog niet") with nothing more than small words or contact words ("nog niet geweest") until the next
    punctuation or the next domain word. Not "gemeente: geen passende hulp" (what happened there) nor "toen de
    gemeente nee zei" (a refusal)."""
    doc, i = ent.doc, ent.end
    marked = False
    # "zorgkantoor gebeld? nee", "wijkteam al gehad? nog niet" (session 39, ontkenningen-39)
    asked = i
    while asked < len(doc) and (doc[asked].lower_ in vocab.contact_words or doc[asked].lower_ in ("al", "ooit")):
        asked += 1
    if asked > i and asked < len(doc) and doc[asked].text in ASKED_MARKS:
        i = asked
    while i < len(doc) and doc[i].text in LIST_MARKS | ASKED_MARKS:  # "-", or "-" and ">" of an arrow
        marked, i = True, i + 1
    if i < len(doc) and doc[i].text in CROSSES:  # a cross is a whole answer: "wlz ❌ ik weet het niet meer"
        return True
    words = []
    while i < len(doc) and i not in mentions and doc[i].lower_ not in vocab.boundaries \
            and not (doc[i].is_punct and doc[i].text not in LIST_NO) \
            and doc[i].text != "\n" and not doc[i].is_space \
            and not doc[i].like_num:  # the number of the next item: "5. expertteam: nee 6. klacht ..."
        words.append(doc[i].lower_)
        i += 1
    # without a ':' only "nee" itself: a clause-final "niet" mostly belongs to the verb ("de nieuwe gemeente erkent
    # de beschikking van de oude gemeente niet")
    answer = words[1:] if marked and words[:1] == ["ook"] else words  # "expertteam: ook niet"
    said_no = answer[:1] and (answer[0] in LIST_NO or marked and (answer[0] in vocab.negators
                                                                 or answer[:2] in (["nog", "niet"], ["nog", "nooit"])))
    if not said_no:
        return False
    return all(w in LIST_NO or w in vocab.negators or w in vocab.fillers or w in vocab.contact_words
               or w in ("nog", "ooit", "meer") for w in words)


def _years(token: "Token") -> int | None:
    """The number a token writes, in digits ("15", "15-jarige", the whole years of "17,5") or in words
    ("zeventien")."""
    word = fold(token.text)
    digits = "".join(ch for ch in re.split(r"[,.]", word)[0] if ch.isdigit())
    return int(digits) if digits else NUMBER_WORDS.get(word)


def _duration(following: str, before: Iterable["Token"]) -> bool:
    """'al' before the number and 'jaar' after it: a duration ("hij is al 5 jaar uit beeld", "ik ben al 20 jaar
    moeder"; session 18)."""
    return following in ("jaar", "jr") and any(t.lower_ == "al" for t in before)


def _age(ent: "Span") -> str | None:
    doc = ent.doc
    following = doc[ent.end].lower_ if ent.end < len(doc) else ""
    if following in NOT_AGE_UNITS:
        return None
    if _duration(following, ent):
        return None
    # "toen mn dochter 14 was": an age in the past (session 18: "... ze is nu 19" was read as under 18)
    for token in reversed(doc[max(0, ent.start - 4):ent.start]):
        if token.is_punct:
            break
        if token.lower_ == PAST:
            return None
    # "ze wordt in juni 18" is 17 now; 'wordt' right after a child word is matched too ("zoon wordt 12"), and after
    # the age ("als mijn dochter 18 wordt")
    not_yet = following in BECOMES or any(t.lower_ in BECOMES or t.lower_ == ALMOST for t in ent)
    for token in ent:
        if token.i + 1 < ent.end and doc[token.i + 1].lower_ in NOT_AGE_UNITS:  # "over 2 maanden": a duration
            continue
        years = _years(token)
        # 1 only as a digit ("zoontje van 1", session 36): "de zoon van een vriendin" is no age
        if years is not None and (years > 1 or (years == 1 and token.text[:1].isdigit())) and years <= 99:
            return age_band(years - 1 if not_yet else years)
    return None


def _own_age(doc: "Doc", vocab: Vocabulary) -> tuple[str, "Span"] | None:
    """'ik ben 17 en ...', 'ben 20, heb autisme' (at the start or after a full stop), 'ik word 18 in maart': the
    writer's own age. Not when the message names a child of the writer: then a parent writes ('ik ben 19 en mijn
    zoontje ...'), and only the child's age counts."""
    if any(t.lower_ in vocab.child_words and t.lower_ not in vocab.relatives for t in doc):
        return None
    for token in doc:
        before = doc[token.i - 1] if token.i else None
        verbs = I_AM.get(before.lower_, ()) if before is not None else ()
        alone = token.lower_ == "ben" and (before is None or before.is_punct)
        if token.lower_ not in verbs and not alone:
            continue
        at = token.i + 1
        while at < len(doc) and doc[at].lower_ in OWN_AGE_BEFORE:
            at += 1
        if at >= len(doc):
            return None
        years = _years(doc[at])
        following = doc[at + 1].lower_ if at + 1 < len(doc) else ""
        if years not in OWN_AGES or following in NOT_AGE_UNITS or _duration(following, doc[token.i + 1:at]):
            continue
        not_yet = token.lower_ in BECOMES or token.lower_ == "werde" or any(
            t.lower_ == ALMOST for t in doc[token.i + 1:at])
        return age_band(years - 1 if not_yet else years), doc[token.i:at + 1]
    return None


def _negator_before(ent: "Span", clause: "Span", vocab: Vocabulary, in_mentions: set[int]) -> bool:
    """'het wijkteam is er niet mee bezig', 'we staan (nog) niet op een wachtlijst': for outcomes a negation
    anywhere earlier in the clause counts (outside other mentions, `in_mentions`: 'geen wlz' negates the wlz)."""
    return any(t.lower_ in vocab.negators and t.i not in in_mentions for t in clause.doc[clause.start:ent.start])


def _place(ent: "Span", concept: Concept) -> bool:
    """'wij wonen in de gemeente Almere', 'hier in de gemeente': where the family lives, not a door they went to."""
    words = [t.lower_ for t in ent.doc[max(0, ent.start - 2):ent.start] if t.lower_ not in ARTICLES]
    return bool(words) and words[-1] in concept.place_after


def _destination(org: "Span") -> bool:
    """'(doorverwezen) naar de ggz': an organisation someone is sent to, not the one that acts."""
    words = [t.lower_ for t in org.doc[max(0, org.start - 3):org.start] if t.lower_ not in ARTICLES]
    return bool(words) and words[-1] == "naar"


def _referred(org: "Span", organisations: list[tuple["Span", bool]], vocab: Vocabulary) -> bool:
    """An organisation without facts of its own (a provider, the ggz) that a door named before it in the clause
    refers the child to ("heeft ons aangemeld bij de ggz"): it owns no outcome."""
    if vocab.concepts[org.label_].named:
        return False
    before = [o for o, _ in organisations if o.start < org.start and vocab.concepts[o.label_].named]
    return bool(before) and any(t.lower_ in REFERRALS for t in org.doc[before[-1].end:org.start])


def _owner(ent: "Span", organisations: list[tuple["Span", bool]]) -> tuple[str, bool] | None:
    """The organisation (name, denied) in the clause nearest to the outcome; the one before it on a tie.
    One that is only where someone is sent ('naar de ggz') is no owner."""
    organisations = [(org, denied) for org, denied in organisations if not _destination(org)]
    if not organisations:
        return None
    org, denied = min(organisations, key=lambda o: (abs(o[0].start - ent.start), o[0].start > ent.start))
    return org.label_, denied


def _asked_about(span: "Span", vocab: Vocabulary) -> bool:
    """Whether `span` is what its own clause asks about: the clause opens a question that asks whether or what, ends
    in a question mark, and no joining word stands between its start and the span ("kan het wijkteam ons helpen?";
    not "gemeente Heerlen zegt dat ik zelf moet zoeken, klopt dat?" nor "waar moet ik heen als het wijkteam niet
    reageert?")."""
    def ends_clause(token: "Token") -> bool:
        return token.is_punct or token.is_space or token.lower_ in vocab.boundaries or token.text.endswith(".")

    start = span.start
    while start > 0 and not ends_clause(span.doc[start - 1]):
        start -= 1
    words = [t.lower_ for t in span.doc[start:span.start]]
    if not words or words[0] not in QUESTION_OPENERS or words[:2] == ["hoe", "lang"] \
            or any(word in SUBORDINATORS for word in words):
        return False
    # the sentence, not only the clause, ends in a question mark: "hoe vraag ik een wlz-indicatie aan en hoe lang
    # duurt dat?", "is het wijkteam de juiste plek of moet ik naar de huisarts?" (session 21)
    after = next((t for t in span.doc[span.end:] if t.is_punct or t.is_space or t.text.endswith(".")), None)
    return after is not None and after.text.startswith("?")


def _defines(span: "Span", clause: "Span") -> bool:
    """Whether `clause` only asks what `span` is ("wat is een wijkteam", "wat doet het cjg eigenlijk?")."""
    before = tuple(t.lower_ for t in clause.doc[clause.start:span.start] if t.lower_ not in DEFINING_ARTICLES)
    return before in DEFINING and all(t.lower_ in DEFINING_AFTER for t in clause.doc[span.end:clause.end])


# A door set before a question mark as a topic, with what happened there after it: "het zorgkantoor? ze zeggen dat er
# geen plek is", "de gemeente? daar zijn we al drie keer geweest" (session 24 noticed, session 25). The door then
# counts as named; "wijkteam? nee" stays a no (_listed_as_no).
TOPIC_BEFORE = ARTICLES | LINKS | frozenset(("bij", "met", "naar", "'t", "n"))
TOPIC_FOLLOWERS = ANAPHORS | frozenset(("ze", "zij", "ja", "jawel", "yes"))
# "geen" denies a thing, not the contact: "het zorgkantoor? ze zeggen dat er geen plek is"
NOUN_NEGATORS = frozenset(("geen", "kein", "keine", "keinen", "no"))


# A finite verb that opens the main clause after a fronted door: "het expertteam waar de leerplichtambtenaar het over
# had, hebben we nooit benaderd"; or that ends an unfinished clause before an aside: "met de gemeente hebben we, dat
# moet ik eerlijk zeggen, nooit contact opgenomen" (session 25, ontkenningen-25)
FINITE = frozenset(("heb", "hebben", "heeft", "had", "hadden", "ben", "zijn", "is", "was", "waren"))


def _denied_after_the_comma(clauses: list["Span"], vocab: Vocabulary) -> bool | None:
    """Whether the door the first of `clauses` tells of is denied after the comma that ends it: the next clause (or
    the one after a relative clause) opens with a finite verb and the parent ("..., hebben we nooit benaderd"), or the
    first clause ends in a finite verb and the parent and one of the next two opens with a denial of contact ("...,
    nooit contact opgenomen"). Beyond doubt in the second shape: the parent is the one who did not go."""
    doc, first = clauses[0].doc, clauses[0]
    if len(clauses) < 2 or first.end >= len(doc) or doc[first.end].text != ",":
        return None
    # a relative clause between commas may come first: "het expertteam, waar de psycholoog ons op wees, hebben we ..."
    main = clauses[2] if len(clauses) > 2 and clauses[1][0].lower_ in SUBORDINATORS else clauses[1]
    following = [t.lower_ for t in main]
    if following[:1] and following[0] in FINITE and PARENT_WORDS.intersection(following[1:3]):
        return _denied_after(list(main), vocab)
    ending = [t.lower_ for t in first[-2:]]
    if len(ending) == 2 and ending[0] in FINITE and ending[1] in PARENT_WORDS:
        for clause in clauses[1:3]:
            words = list(dropwhile(lambda w: w in vocab.fillers, (t.lower_ for t in clause)))  # "nog nooit gebeld"
            if words[:1] and words[0] in vocab.negators and any(w in vocab.contact_words for w in words[1:]):
                return True
    return None


def _bare_door(clause: "Span", concepts: list["Span"], negated: Mapping[int, bool],
               vocab: Vocabulary) -> "Span | None":
    """The door a clause names and nothing else ("het zorgkantoor", "en de gemeente"), if it is not denied there."""
    if len(concepts) != 1 or negated[concepts[0].start]:
        return None
    door = concepts[0]
    concept = vocab.concepts[door.label_]
    if not (concept.organisation and concept.denied):
        return None
    rest = [t for t in clause if not door.start <= t.i < door.end]
    return door if all(t.lower_ in TOPIC_BEFORE for t in rest) else None


def _topic(span: "Span", vocab: Vocabulary) -> bool:
    """Whether `span` is set before a question mark as a topic that the next words, pointing back, tell about
    without a negation (a denial there is read as before: "expertteam? daar heeft nooit iemand het over gehad")."""
    doc, start = span.doc, span.start
    while start > 0 and not (doc[start - 1].is_punct or doc[start - 1].is_space):
        start -= 1
    if any(t.lower_ not in TOPIC_BEFORE for t in doc[start:span.start]):
        return False
    if span.end + 1 >= len(doc) or doc[span.end].text != "?" or doc[span.end + 1].lower_ not in TOPIC_FOLLOWERS:
        return False
    told = takewhile(lambda t: not (t.is_punct or t.is_space or t.lower_ in vocab.boundaries), doc[span.end + 2:])
    return not any(t.lower_ in vocab.negators and t.lower_ not in NOUN_NEGATORS for t in told)


# Someone else says where to go ("school zegt ga naar het wijkteam", "de huisarts zei dat we naar het cjg moeten"): a
# referral, not a visit (LABELS.md: contact is having been at the door). Session 26, a smoke test: the assistant
# then asked what the gemeente had done.
ADVISING = frozenset(("zegt", "zei", "zeggen", "zeiden", "adviseert", "adviseerde", "adviseren", "adviseerden", "raadt",
                      "raadde", "raden",
                      # session 37 (contact-37): "the teacher says we must go to the wijkteam"
                      "says", "said", "advised", "advises", "told"))
# Session 37 (contact-37): an advice as an imperative ("de huisarts zei bel het juiste loket of anders het
# zorgkantoor", "hij zei probeer het wijkteam eens", "een vriendin zei: ga naar het buurtteam")
IMPERATIVES = frozenset(("ga", "bel", "probeer", "meld", "mail", "neem", "klop"))


def _advised(span: "Span", clause: "Span") -> bool:
    """Whether `span` is the door an advice in its clause sends the parent to: an advising verb before it (or right
    before the colon that opens the clause) and 'naar' (English 'to') right before the door (an article between), or
    an imperative before it."""
    doc = clause.doc
    before = [t.lower_ for t in doc[clause.start:span.start]]
    said = bool(ADVISING.intersection(before)) or (clause.start >= 2 and doc[clause.start - 1].text == ":"
                                                  and doc[clause.start - 2].lower_ in ADVISING)
    if _quoted_imperative(span):
        return True
    while before and (before[-1] in ARTICLES or before[-1] in ("the", "a")):
        before.pop()
    # English: "told us twice to call the zorgkantoor" (session 40)
    to_call = before[-2:-1] == ["to"] and before[-1:] in (["call"], ["contact"], ["email"], ["phone"], ["visit"])
    return said and bool(before) and (before[-1] in ("naar", "to") or to_call
                                      or bool(IMPERATIVES.intersection(before)))


# An imperative that opens what stands between two marks, with only small words up to the door, is someone's advice
# quoted: "'ga maar naar de gemeente'. dat zegt iedereen", "ze zei: bel gewoon het wijkteam" (session 41,
# ontkenningen-41). "maar" ends a clause, so this looks from the last mark.
IMPERATIVE_SMALL = IMPERATIVES | ARTICLES | frozenset(("maar", "eens", "gewoon", "toch", "nou", "dan", "even", "ff",
                                                       "naar", "met", "contact", "op", "bij", "je", "zelf", "aan"))


def _quoted_imperative(span: "Span") -> bool:
    doc, start = span.doc, span.start
    while start > 0 and not doc[start - 1].is_punct:
        start -= 1
    words = [t.lower_ for t in doc[start:span.start]]
    return bool(words) and words[0] in IMPERATIVES and all(w in IMPERATIVE_SMALL for w in words[1:])


# Session 41 (ontkenningen-41): a door only named, as a word someone said or the parent read about: "een vriendin
# noemde het regionaal expertteam", "niemand heeft ooit het woord expertteam genoemd", "toen las ik over regionale
# expertteams"; not "het wijkteam noemde ..." (the door speaks) nor "van het wijkteam gehoord" (after contact).
MENTIONING = frozenset(("noemde", "noemden", "noemt", "noemen", "mentioned"))
WORD_OF = frozenset(("woord", "term", "naam", "word"))
READING = frozenset(("las", "lees", "leest", "lazen", "gelezen", "hoorde", "hoorden", "gehoord", "read", "heard"))
NAMED_BEFORE = ARTICLES | frozenset(("regionaal", "regionale", "zo'n", "zon", "the", "a"))


def _only_named(span: "Span", clause: "Span") -> bool:
    """Whether `span` is a door someone names as a word or the parent read or heard about (see MENTIONING)."""
    before = [t.lower_ for t in clause.doc[clause.start:span.start]]
    while before and before[-1] in NAMED_BEFORE:
        before.pop()
    if not before:
        return False
    return before[-1] in MENTIONING or before[-1] in WORD_OF \
        or (before[-1] in ("over", "about") and bool(READING.intersection(before)))


def _to_do(span: "Span", clause: "Span") -> bool:
    """Session 41 (ontkenningen-35, -41): a door with a bare infinitive of contacting, as on a to-do list: "stond op
    mijn lijstje: zorgkantoor bellen", "zorgkantoor bellen, ja tuurlijk, ... nee dus, nooit gebeld"; not "zorgkantoor
    gebeld" (done). Only when the clause is nothing more."""
    before = [t.lower_ for t in clause.doc[clause.start:span.start]]
    after = [t.lower_ for t in clause.doc[span.end:clause.end]]
    return all(w in ARTICLES for w in before) and len(after) == 1 and after[0] in CONTACTING


# A door the parent still means to call ("ik wil morgen het zorgkantoor bellen", "misschien moeten jullie het
# expertteam bellen", "wil ik later misschien het expertteam inschakelen"): a plan, not a visit (session 31,
# ontkenningen-31: the expertteam's mention then said the expertteam was stuck). Present-tense wanting, going and
# having to only: "ik moest het wijkteam drie keer bellen" tells of contact.
INTENDING = frozenset(("wil", "wilt", "willen", "ga", "gaat", "gaan", "zal", "zullen", "moet", "moeten", "zou",
                       "zouden",
                       # session 37 (contact-37): "we overwegen om het expertteam in te schakelen", "ik denk er al
                       # maanden over om bij het jeugdteam aan te kloppen", "nu twijfelen we of we ook het zorgkantoor
                       # moeten bellen" ("van plan" and "op het punt" below)
                       "overweeg", "overweegt", "overwegen", "erover", "denk", "denken", "twijfel", "twijfelen"))
INTENDING_PHRASES = (("van", "plan"), ("op", "het", "punt"))
# The verb of contacting after the door; a separable one ends its "te" form ("in te schakelen", "aan te melden")
CONTACTING = frozenset(("bellen", "opbellen", "inschakelen", "benaderen", "mailen", "aanmelden", "contacteren",
                        "opzoeken", "aanschrijven", "schakelen", "melden", "kloppen", "aankloppen", "aanvragen",
                        "langsgaan"))
# ... or right before "bij" or "met" and the door: "ik wil me aanmelden bij het jeugdteam", "ik ga na de vakantie
# contact opnemen met de toegang", "een afspraak maken bij", "een aanvraag te doen bij", "een klacht in te dienen bij"
CONTACTING_AT = frozenset(("aanmelden", "melden", "aankloppen", "langsgaan", "aansluiten", "inschrijven", "opnemen",
                           "nemen", "maken", "doen", "indienen", "dienen"))
# A plan said in the present tense, with a time still to come ("morgen bel ik het zorgkantoor", "ik ga volgende week
# naar het cjg"); a first-person verb, not the door's own ("morgen belt het wijkteam terug")
TO_COME = frozenset(("morgen", "overmorgen", "binnenkort", "straks", "volgende", "komende"))
CALLING_NOW = frozenset(("bel", "mail", "meld", "ga"))
WANTING = frozenset(("wil", "wilt", "willen"))
# "de school wil dat we naar het wijkteam gaan", "ooit wil ik naar het zorgkantoor"; not "ik wil iemand die met mij
# mee gaat naar het wijkteam"
GOING = frozenset(("gaan", "ga", "gaat"))
ACCOMPANYING = frozenset(("die", "mee", "meegaat"))
AGAIN = frozenset(("weer", "opnieuw", "nogmaals"))  # "morgen bel ik het wijkteam weer": they were there before
# The modal may come after the door when the parent is the subject before it ("de huisarts zegt dat we het wijkteam
# moeten inschakelen"), not when the door is ("het wijkteam moet ons bellen") or the tense is perfect ("we hebben het
# wijkteam moeten bellen")
PARENT_SUBJECTS = frozenset(("we", "wij", "ik", "jullie", "je", "jij", "u"))
PERFECT = frozenset(("heb", "hebben", "had", "hadden", "heeft"))
# After the parent as subject, words that point back to the door: "ik heb ze nog niet gesproken"; "we zijn daar niet
# geweest", "we hebben er nog geen contact mee gehad" only when one door was named before (with two, "daar" is often
# the other one: "over een expertteam heeft de consulent nooit iets gezegd en wij hebben er ook nooit contact mee
# gehad")
PLACE_POINTERS = frozenset(("daar", "er"))
POINTING_AFTER_SUBJECT = ANAPHORS - PLACE_POINTERS | {"ze"}  # "die", "hen", "hun", "ze"


# Reported advice: a past modal in a that-clause after a word of saying is what someone said should be done, not
# what was done ("de intern begeleider heeft gezegd dat we het expertteam moesten inschakelen"; session 40)
SAYING = ADVISING | frozenset(("gezegd", "gemaild", "geschreven", "geadviseerd", "aangeraden", "gezegt", "geappt"))
REPORTED_MODALS = frozenset(("moest", "moesten"))
PLAN_WINDOW = 3  # words after the door in which the verb of contacting must stand ("het expertteam maar eens bellen")


def _intended(span: "Span", clause: "Span") -> bool:
    """Whether `span` is the door a plan in its clause is about: a word of INTENDING before it (or after it, with the
    parent as the subject before it) and a verb of CONTACTING among the PLAN_WINDOW words after it or right before
    "bij" or "met" and the door; a first-person verb of calling or going with a time to come ("morgen bel ik het
    zorgkantoor"); or going "naar" the door when someone wants the parent to go or the parent still has to ("de
    school wil dat we naar het wijkteam gaan", "eerst moet ik nog naar de gemeente"; not "we moeten nog steeds naar
    het wijkteam", which tells of contact). Never with AGAIN in the clause."""
    if any(fold(t.text) in AGAIN for t in clause):  # also "wéér"
        return False
    words = [t.lower_ for t in clause.doc[clause.start:span.start]]
    bare = list(words)
    while bare and bare[-1] in ARTICLES:
        bare.pop()
    before = set(words)
    after = [t.lower_ for t in clause.doc[span.end:min(span.end + PLAN_WINDOW, clause.end)]]
    intending = bool(INTENDING & before) or _has_phrase(words, INTENDING_PHRASES)
    # the perfect tense blocks only in the door's own clause: "de coach heeft al drie keer gemaild dat ik het
    # zorgkantoor moet bellen" is advice (session 40, afspraken-40), "we hebben het wijkteam moeten bellen" contact
    own = words[len(words) - words[::-1].index("dat"):] if "dat" in words else words
    modal = INTENDING
    if len(own) < len(words) and SAYING.intersection(words[:len(words) - len(own)]):
        modal = INTENDING | REPORTED_MODALS  # "heeft gezegd dat we het expertteam moesten inschakelen"
    intending = intending or bool(modal.intersection(after) and PARENT_SUBJECTS.intersection(own)
                                  and not PERFECT.intersection(own))
    if intending and (CONTACTING.intersection(after) or (bare[-1:] in (["bij"], ["met"]) and bare[-2:-1]
                                                         and bare[-2] in CONTACTING_AT)):
        return True
    if TO_COME & before and CALLING_NOW & before:
        return True
    going = bool(GOING.intersection(after)) or (bool(PARENT_SUBJECTS & before) and not ACCOMPANYING & before)
    return bare[-1:] == ["naar"] and ((bool(WANTING & before) and going) or (intending and bare[-2:-1] == ["nog"]))


CONTACT_SLOTS = frozenset(slot for slot in SLOTS if slot.endswith("_contact"))  # DOMAIN.md's three doors


# Session 37 (contact-37): a first visit still to come ("volgende week dinsdag hebben we een intake bij het jeugdteam,
# de eerste keer dat we daar komen", "over 6 weken mogen we pas voor het eerst op gesprek bij de toegang", "... daar
# moet ik donderdag voor het eerst heen"): the writers label no contact yet. Both a first time and a time to come in
# the door's sentence, and nothing past: a denial of the contact.
FIRST_TIME = (("voor", "het", "eerst"), ("eerste", "keer"), ("eerste", "afspraak"), ("eerste", "gesprek"),
              ("eerste", "intake"), ("kennismakingsgesprek",), ("kennismaking",))
FIRST_TIME_WORDS = frozenset(("eerst", "eerste", "kennismakingsgesprek", "kennismaking"))  # one of them in each shape
TIME_TO_COME = TO_COME | frozenset(("over", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
                                    "zondag", "vanmiddag", "vanavond"))
ALREADY = frozenset(("vorige", "gisteren", "had", "hadden", "was", "waren", "geweest", "gehad", "toen"))


def _first_visit_to_come(words: list[str]) -> bool:
    """Whether these words (the sentence of a door, or a clause that points back with "daar") tell of a first visit
    still to come."""
    first = _has_phrase(words, FIRST_TIME)
    return first and bool(TIME_TO_COME.intersection(words)) and not ALREADY.intersection(words)


# Session 41 (afspraken-40, ontkenningen-39): a first or planned appointment with the door that was called off, in its
# sentence or the next: "het eerste gesprek met het expertteam was dinsdag, maar ik heb het afgezegd", "ik had een
# gesprek gepland met het zorgkantoor ... Dat gesprek is er dus nooit gekomen", "een keukentafelgesprek aangevraagd
# bij de toegang. Dat zou 15 februari zijn, toen hebben zij het afgezegd". Not a talk that took place ("we hadden een
# eerste gesprek, de tweede afspraak hebben ze afgezegd"): no word of a visit had or made.
CALLED_OFF = frozenset(("afgezegd", "afgebeld", "geannuleerd", "afgeblazen", "ofzegd", "ofzegt", "cancelled",
                        "canceled"))
NEVER_HAPPENED = (("nooit", "gekomen"), ("nooit", "doorgegaan"))
APPOINTMENTS = frozenset(("afspraak", "gesprek", "intake", "huisbezoek", "overleg", "keukentafelgesprek"))
PLANNED = frozenset(("gepland", "ingepland", "aangevraagd", "gemaakt", "staan"))
HELD = frozenset(("gehad", "geweest", "tweede", "vervolgafspraak", "vervolggesprek", "weer", "opnieuw"))


def _first_visit_called_off(ent: "Span") -> bool:
    """Whether the sentence of `ent` names a first or planned appointment and it or the next sentence says it was
    called off or never happened, with no word of a visit that took place."""
    sentence = _sentence(ent)
    words = [t.lower_ for t in sentence]
    following = [t.lower_ for t in next(ent.doc[sentence.end:].sents)] if sentence.end < len(ent.doc) else []
    said = words + following
    called_off = bool(CALLED_OFF.intersection(said)) or _has_phrase(said, NEVER_HAPPENED)
    first = "keukentafelgesprek" in words or _has_phrase(words, FIRST_TIME)
    planned = bool(APPOINTMENTS.intersection(words)) and bool(PLANNED.intersection(words))
    return called_off and (first or planned) and not HELD.intersection(said)


# A door the parent asks about in a whether-clause, "for us": "ik wil graag vragen of het expertteam ook voor mijn
# zoon is", "hoe weet ik of het expertteam iets voor ons is", "geen idee of de gemeente daar iets voor heeft" (session
# 31, development sets: read as contact, and for the expertteam as stuck there). Not "huisarts of cjg?" ("or") nor
# "bij de gemeente of het wijkteam zijn we nog niet geweest": no "voor" after the door.
WHETHER = frozenset(("of", "ob", "whether"))
# A negation right before these negates the clause they open, not a door in it: "ik weet niet of het via de gemeente
# loopt", "ik wil niet dat de gemeente meeleest" (session 40; used in _negated_before)
NEGATING_A_CLAUSE = WHETHER | {"dat"}
FOR_US_WINDOW = 5  # words after the door in which "voor" must stand
BEFORE_A_NOUN = ARTICLES | DEFINING_ARTICLES  # "of het expertteam", "of dat team"


def _whether_for_us(span: "Span", clause: "Span") -> bool:
    """Whether `span` follows a whether-word (articles between) and its clause goes on with "voor" within a few
    words: a question whether that door is for them."""
    before = [t.lower_ for t in clause.doc[clause.start:span.start]]
    while before and before[-1] in BEFORE_A_NOUN:
        before.pop()
    after = [t.lower_ for t in clause.doc[span.end:min(span.end + FOR_US_WINDOW, clause.end)]]
    return bool(before) and before[-1] in WHETHER and "voor" in after


# Session 40 (afspraken-40): a door in someone's question whether the parent went there: "mijn moeder vroeg gisteren of
# ik al bij het wijkteam was geweest", "de huisarts vroeg of we het zorgkantoor al hadden gebeld". The question is no
# contact; the answer after it ("nee dus", "ja") says it.
ASKING_WHETHER = frozenset(("vroeg", "vroegen", "vraagt", "vragen", "weten", "weet", "asked", "asks", "fragte"))
# ... and "ik weet niet of het via de wlz of via de gemeente loopt": not knowing whether is asking too, unless what
# the door does follows it ("ik weet niet of het wijkteam nog bezig is": they were there)
KNOWING = frozenset(("weten", "weet"))
WHETHER_WINDOW = 8  # words before the door in which "of" stands, with the word of asking before it in the sentence
# ... or a question put to the parent in someone's words: "heb je het wijkteam al eens geprobeerd?", "ben je al bij
# het cjg geweest?"
ASKED_OF_PARENT = frozenset((verb, you) for verb in ("heb", "ben", "hebben", "zijn", "had", "was")
                            for you in ("je", "jij", "jullie"))
# The answer: a clause with only a yes or a no, after a hesitation, with small words after it
ANSWERS = MappingProxyType({"nee": False, "neen": False, "nope": False, "ja": True, "jawel": True, "jazeker": True})
HESITATIONS = frozenset(("eh", "uh", "ehm", "uhm", "euh"))
ANSWER_AFTER = frozenset(("dus", "hoor", "joh", "nog", "niet", "eh", "uh", "helaas", "zeker", "echt"))


def _asked_by_other(span: "Span", clause: "Span", vocab: Vocabulary) -> bool:
    """Whether `span` stands in a whether-clause after a word of asking in its sentence ("vroeg ... of ... het
    wijkteam"), or in a question put to the parent ("heb je het wijkteam al gebeld?")."""
    if tuple(t.lower_ for t in clause[:2]) in ASKED_OF_PARENT and _is_question(span):
        return True  # "vriendin op het schoolplein: heb je het wijkteam al eens geprobeerd? ik: eh nee"
    sentence = _sentence(span)
    words = [t.lower_ for t in span.doc[max(sentence.start, span.start - WHETHER_WINDOW):span.start]]
    whether = [i for i, w in enumerate(words) if w in WHETHER]
    if not whether:
        return False
    asking = set(t.lower_ for t in span.doc[sentence.start:span.start - len(words) + whether[-1]]) & ASKING_WHETHER
    if asking and asking <= KNOWING:
        return not any(e.start >= span.end and e.label_ in vocab.concepts and vocab.concepts[e.label_].outcome
                       for e in clause.ents)
    return bool(asking)


def _answer(words: list[str]) -> bool | None:
    """A clause that is only a yes or a no ("nee dus", "ja hoor", "nee, nog niet" up to its comma): which one."""
    words = list(dropwhile(HESITATIONS.__contains__, words))  # "ik: eh nee"
    # one more word may name who asked: "ja opa, al twee keer"
    if not words or words[0] not in ANSWERS or not (len(words) == 2 or all(w in ANSWER_AFTER for w in words[1:])):
        return None
    return ANSWERS[words[0]]


# Session 39 (ontkenningen-39): a door or the Wlz in what the parent believed, not what happened: "we dachten dat
# onze dochter een wlz indicatie had", "ik ging ervan uit dat het zorgkantoor vanzelf contact zou opnemen", "wij
# gingen ervan uit dat het expertteam al meekeek". The parent is asked; the learned reader's yes does not count.
# "vanuit": "ik ging er vanuit dat", as often typed
BELIEVING = frozenset(("dacht", "dachten", "dachtte", "dachtten", "veronderstelling", "uit", "vanuit"))
BELIEF_WINDOW = 12  # words before the mention in which "dacht(en) dat" or "(er)van uit dat" stands
# "ik dacht al dat het expertteam erbij zat en dat klopte", "we dachten dat ze wlz had en dat klopte ook"
CONFIRMING = frozenset(("klopte", "klopt", "inderdaad", "bevestigd", "bevestigde", "terecht"))


def _believed(span: "Span") -> bool:
    """Whether `span` stands in a that-clause after a verb of believing, within a few words and its sentence, and
    the sentence does not go on to confirm it ("... en dat klopte"; "ik dacht al dat ..." mostly confirms too)."""
    sentence = _sentence(span)
    words = [t.lower_ for t in span.doc[max(sentence.start, span.start - BELIEF_WINDOW):span.start]]
    for i, word in enumerate(words[:-1]):
        if word in BELIEVING and "dat" in words[i + 1:i + 3] and (word != "uit" or words[i - 1:i] in (["ervan"],
                                                                                                 ["van"])):
            return "maar" not in words[i:] and words[i + 1] != "al" \
                and CONFIRMING.isdisjoint(t.lower_ for t in span.doc[span.end:sentence.end])
    return False


def _one_door_before(doc: "Doc", clause: "Span", vocab: Vocabulary) -> bool:
    """Whether exactly one door (a term whose denial is no contact) was named before `clause`."""
    return len({e.label_ for e in doc.ents if e.end <= clause.start and e.label_ in vocab.concepts
                and CONTACT_SLOTS.intersection(vocab.concepts[e.label_].denied or {})}) == 1


# Session 38 (wlz-38): the Wlz named as a law or a step, not as the child's indicatie. Applied for or to apply for
# ("een wlz-indicatie aanvragen", "aanvraag wlz ingediend", "vraag wlz aan"), where the child belongs ("hij hoort
# eigenlijk in de wlz", "in aanmerking voor de wlz", "needs Wlz care"), what someone says ("de ggz zegt wlz"), or one
# law weighed against another ("jeugdwet, wmo of wlz??", "het verschil tussen de jeugdwet en de wlz"); not after a
# word of having ("ze heeft wlz en valt onder het zorgkantoor"), unless applied for. The parent is asked; the learned
# reader's 'ja' does not count either. What the CIZ decided still counts (toegekend, afgewezen: woorden.yml).
INDICATION = MappingProxyType({"wlz": "ja"})  # what the Wlz's mention names
APPLYING = frozenset("aanvraag aanvragen aangevraagd aanvraagt aanvraog aanvroag ingediend indienen application "
                     "apply applied beantragen beantragt antrag".split())
ASKING_FOR = frozenset(("vraag", "vragen", "vroeg", "vroegen"))  # "vraag wlz aan"
BELONGING = frozenset("hoort horen hoorde thuishoort thuishoren huurt heart past passen aanmerking needs need".split())
OTHER_LAWS = frozenset(("jeugdwet", "wmo", "zvw", "zorgverzekeringswet", "zorgverzekering", "jeugdhulp"))
EITHER = frozenset(("of", "or", "oder", "verschil", "tussen"))
FORM_LABELS = frozenset(("indicatie", "wlz", "profiel", "zorgprofiel", "wlz-indicatie"))
TOPIC_WINDOW = 3  # words on each side of the Wlz in which the application, advice or other law stands
BELONGING_WINDOW = 5  # words before it ("in aanmerking zou komen voor de wlz"), or TOPIC_WINDOW after ("in de wlz past")


def _law_as_topic(span: "Span") -> bool:
    """Whether the Wlz named by `span` is a law or a step in its sentence rather than the child's indicatie."""
    sentence = _sentence(span)
    before = [t.lower_ for t in span.doc[max(sentence.start, span.start - TOPIC_WINDOW):span.start]]
    after = [t.lower_ for t in span.doc[span.end:min(sentence.end, span.end + TOPIC_WINDOW)]]
    near = before + after
    if APPLYING.intersection(near) or (ASKING_FOR.intersection(near) and "aan" in near):
        return True
    if POSSESSION.intersection(before) or "met" in before:  # "ze heeft wlz en ...", "in een instelling met wlz"
        return False
    wider = [t.lower_ for t in span.doc[max(sentence.start, span.start - BELONGING_WINDOW):span.start]]
    # after a colon it is what someone says ("de ggz zegt: wlz"), not in a form ("Indicatie: wlz, VG7"; session 41)
    colon = before[-1:] == [":"] and before[-2:-1] not in ([w] for w in FORM_LABELS)
    if BELONGING.intersection(wider + after) or ADVISING.intersection(before[-2:]) or colon:
        return True
    return bool(OTHER_LAWS.intersection(near) and EITHER.intersection(near))


DARING = frozenset(("durf", "durft", "durfde", "durfden", "durven"))
NOT_DARING = frozenset(("niet", "nie", "nooit", "niks"))


def _not_daring(words: list[str]) -> bool:
    """The parent as subject who does not dare to contact: "ik durf nie te bellen", "we durven er niet heen te gaan",
    "ik durfde ze nooit te mailen"; not "ik durf wel te bellen", nor "ik durf niet meer te bellen" or "... niet
    opnieuw ...", which tell of contact before."""
    return bool(words) and words[0] in PARENT_SUBJECTS and "meer" not in words and AGAIN.isdisjoint(words) and any(
        w in DARING and NOT_DARING.intersection(words[i + 1:i + 4]) for i, w in enumerate(words)) \
        and bool(CONTACTING.intersection(words) or GOING.intersection(words) or "heen" in words)


# Session 39 (ontkenningen-39): the parent says they did not do it, without naming the door again: "het nummer van
# het zorgkantoor staat al maanden in mn telefoon maar ik heb nooit gebeld", "de huisarts adviseerde het zorgkantoor
# te bellen. dat heb ik nog niet gedaan", "wij hebben zelf ook nooit gebeld". Only these words may come before the
# negation, so that another object ("de huisarts heb ik nog niet gebeld") is no denial of the door.
UNDONE_BEFORE = PARENT_SUBJECTS | PERFECT | frozenset(("ben", "zijn", "het", "dat", "dus", "zelf", "ook", "nog",
                                                       "eigenlijk", "toch", "gewoon", "eerlijk", "gezegd", "nu", "tot",
                                                       "toe",
                                                       # session 40 (afspraken-40): "we hebben dus nog met niemand
                                                       # daar gesproken", "gesproken hebben we ze dus nog steeds
                                                       # niet", "we hebben haar nog nooit aan de telefoon gehad",
                                                       # "een eerste gesprek met ze hebben we nog niet gehad", "om
                                                       # eerlijk te zijn heb ik dat nooit gedaan"
                                                       "met", "steeds", "ze", "hen", "haar", "hem", "daar", "er", "een",
                                                       "eerste", "gesprek", "om", "te"))
# Session 40 (afspraken-40): never reached, said after the door was called or an appointment fell through: "ik had nog
# nooit iemand van ze gezien of gesproken", "nog NOOIT iemand aan de lijn gehad", "ik heb ze dus nooit te pakken
# gekregen". These words may follow the negation; REACHED also count as the word of contact.
UNDONE_AFTER = frozenset(("ooit", "ze", "gedrukt", "lijn", "telefoon", "te", "gekregen", "hen", "haar", "steeds",
                          "enkel", "enkele",
                          # session 41 (ontkenningen-41): "dus nee, nooit contact mee gehad"
                          "mee"))
# A clause that starts with the negation itself, about nobody: "niks gehoord, niemand gesproken", "nooit iemand
# gesproken" (not "het wijkteam zou terugbellen, nooit gebeld": the door did not call), or with contact as the thing
# never had: "nooit contact mee gehad" (session 41)
BARE_NEGATIONS = NOBODY | frozenset(("nooit",))
NO_CONTACT_AT_ALL = frozenset(("iemand", "contact"))
# ... and in English, as parents who write English name the Dutch door: "I haven't called them yet", "we never talked
# with them before" (session 40, afspraken-40)
ENGLISH_SUBJECTS = frozenset(("i", "we"))
ENGLISH_CONTACT = frozenset(("called", "talked", "spoken", "contacted", "phoned", "emailed", "visited", "reached"))
ENGLISH_AFTER = frozenset(("them", "with", "before", "yet", "anyone", "anybody", "to", "their"))
REACHED = frozenset(("gezien", "ontmoet", "pakken"))  # not "gekeken": "daar hebben we nooit naar gekeken"
# Words that say nobody at the door was reached, so a call or e-mail in the door's own clause was no contact
NOT_REACHED_WORDS = frozenset(("gesproken", "contact", "lijn", "telefoon", "iemand"))
# ... and a form or e-mail to the door that was never sent: "we hebben een aanmeldformulier voor het buurtteam
# ingevuld, maar het is nooit ingediend", "een mail aan het wijkteam klaarstaan maar nog niet verstuurd"
SENDING = frozenset("verstuurd verzonden opgestuurd ingediend gestuurd verzenden versturen opsturen".split())
UNSENT_BEFORE = UNDONE_BEFORE | frozenset(("is", "was"))  # "maar" ends a clause (zinsgrenzen), so never here


def _not_done(words: list[str], vocab: Vocabulary) -> bool:
    """The parent as subject (or none, in chat style after "nog"), a negation (or "niemand") and a word of contact,
    and only small words before the negation and after it: "ik heb nog niet gebeld", "dat heb ik nog niet gedaan",
    "we hebben nog niemand daar gesproken", "nog geen contact met ze gehad"; or a negation and a word of sending
    ("het is nooit ingediend", "nog niet verstuurd"). Not "... niet meer ..." or "... weer ..." (contact before), nor
    "ik heb nog niet gebeld over de uitslag" (about something else)."""
    negation = next((i for i, w in enumerate(words) if w in vocab.negators or w in NOBODY), None)
    if negation is None or "meer" in words or not AGAIN.isdisjoint(words) \
            or any(w.startswith("terug") for w in words):  # "nooit teruggebeld": the door did not call back
        return False
    before, after = words[:negation], words[negation + 1:]
    if before and all(w in ENGLISH_SUBJECTS for w in before):  # "i haven't called them yet"
        return bool(ENGLISH_CONTACT.intersection(after)) and all(w in ENGLISH_CONTACT or w in ENGLISH_AFTER
                                                                   for w in after)
    small = all(w in vocab.contact_words or w in vocab.fillers or w in ANAPHORS or w in SENDING or w in REACHED
                or w in UNDONE_AFTER for w in after)
    if SENDING.intersection(after):
        return small and all(w in UNSENT_BEFORE for w in before)
    # chat style without a subject: "nog geen contact met ze gehad", "nog nooit gebeld" (only "nog" and small links),
    # "heb dus nog met niemand daar gesproken" (the verb first); the word of contact may come first ("gesproken hebben
    # we ze dus nog steeds niet")
    elliptic = bool(before) and before[-1] == "nog" and all(w in ("nog", "dus", "ook", "eigenlijk") for w in before)
    contact = [w for w in before if w in vocab.contact_words]
    subject = bool(PARENT_SUBJECTS.intersection(before)) or elliptic or before[:1] in (["heb"], ["had"]) \
        or (not before and words[negation] in BARE_NEGATIONS and bool(NOBODY.intersection(words)
                                                                      or NO_CONTACT_AT_ALL.intersection(after)))
    return small and subject and all(w in UNDONE_BEFORE or w in contact for w in before) \
        and any(w in vocab.contact_words or w in REACHED for w in [*contact, *after])


def _sentence(span: "Span") -> "Span":
    return span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]


def _named_in_sentence(label: str, span: "Span") -> bool:
    """Whether a mention of `label` stands before `span` in its sentence."""
    sentence = _sentence(span)
    return any(e.label_ == label and sentence.start <= e.start and e.end <= span.start for e in span.doc.ents)


# Session 40 (afspraken-40): an outcome that names what it ended itself, in a later sentence than the Wlz ("toen had
# ze een wlz indicatie. sinds ze thuis woont is die stopgezet", "... is de wlz beëindigd")
OWNER_POINTERS = frozenset(("die", "indicatie"))


def _names_owner(span: "Span", owner: Concept) -> bool:
    """Whether the outcome's own words name its owner: a word pointing back, or one of the owner's one-word names."""
    return any(t.lower_ in OWNER_POINTERS or t.lower_ in owner.variants for t in span)


def _is_question(span: "Span") -> bool:
    sentence = _sentence(span)
    return "?" in sentence.text[span.end_char - sentence.start_char:]


class GapMatcher:
    """Finds the variants with '...' ("doet ... niks"): each part with a PhraseMatcher, then the parts joined in
    Python when at most GAP_WORDS words stand between them, none of them punctuation, a clause boundary, a
    negation ('is er niet mee bezig' must stay negated) or an organisation's name (the outcome must not swallow
    the organisation it belongs to). Five times faster per message than the same shapes as token patterns in
    the EntityRuler, which tries every gap length of every pattern at every word."""

    def __init__(self, nlp: "Language", vocab: Vocabulary):
        from spacy.matcher import PhraseMatcher

        self._matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        organisations = {w for c in vocab.concepts.values() if c.organisation for w in c.variants if " " not in w}
        self._excluded = vocab.boundaries | vocab.negators | organisations
        keys: dict[tuple[str, ...], str] = {}
        forms: set[tuple[str, tuple[str, ...]]] = set()
        for concept in vocab.concepts.values():
            for variant in concept.written:
                if GAP not in variant:
                    continue
                for form in {f for expanded in expand(variant) for f in (expanded, fold(expanded))}:
                    parts = []
                    for part in form.split(GAP):
                        words = tuple(t.lower_ for t in nlp.make_doc(part.strip()))
                        if words not in keys:
                            keys[words] = f"deel{len(keys)}"
                            self._matcher.add(keys[words], [nlp.make_doc(" ".join(words))])
                        parts.append(keys[words])
                    forms.add((concept.name, tuple(parts)))
        self._by_first: dict[str, list[tuple[str, tuple[str, ...]]]] = {}  # a form is tried only after its start
        for label, parts in sorted(forms):
            self._by_first.setdefault(parts[0], []).append((label, parts[1:]))

    def __call__(self, doc: "Doc") -> list["Span"]:
        from spacy.tokens import Span

        found: dict[str, list[tuple[int, int]]] = {}
        for key, start, end in self._matcher(doc):
            found.setdefault(doc.vocab.strings[key], []).append((start, end))

        def bridgeable(start: int, end: int) -> bool:
            return not any(t.is_punct or t.lower_ in self._excluded for t in doc[start:end])

        spans = []
        for first in [key for key in found if key in self._by_first]:
            for label, rest in self._by_first[first]:
                for start, end in found[first]:
                    ends = [end]
                    for part in rest:
                        ends = [e2 for e in ends for s2, e2 in found.get(part, ())
                                if e <= s2 <= e + GAP_WORDS and bridgeable(e, s2)]
                    spans += [Span(doc, start, e, label=label) for e in ends]
        return spans


def _ruled_out(concept: Concept) -> set[tuple[str, str]]:
    """The (slot, value) pairs a denial of `concept` beyond doubt rules out: "wijkteam hebben we nog niet gehad"
    rules out gemeente_contact 'ja', whatever the learned reader says."""
    denied = concept.denied or {}
    return {(slot, value) for slot, value in concept.named.items() if denied.get(slot, value) != value}


def read_mentions(doc: "Doc", vocab: Vocabulary, gaps: GapMatcher | None = None) -> Reading:
    """The facts the domain words, ages and place names in `doc` state; the first mention of a slot wins, but a
    denial outweighs a mention before it.
    `gaps` adds the variants with '...' to the pipeline's entities (the longest mention wins, as in the ruler)."""
    if gaps is not None:
        from spacy.util import filter_spans

        extra = gaps(doc)
        if extra:
            doc.ents = filter_spans([*doc.ents, *extra])
    reading = Reading()
    for ent in doc.ents:  # ages and places do not depend on the clause around them
        if ent.label_ == AGE:
            band = _age(ent)
            if band:
                reading.add({"leeftijd": band}, ent)
        elif ent.label_ == MUNICIPALITY and reading.municipality is None:
            before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
            if before in PLACE_WORDS:
                reading.municipality = ent.ent_id_ or ent.text
    in_mentions = {i for e in doc.ents for i in range(e.start, e.end)}
    first_time_said = not FIRST_TIME_WORDS.isdisjoint(t.lower_ for t in doc)  # most messages: no first visit to check
    # "nooit": the first word of each NEVER_HAPPENED shape ("dat gesprek is er nooit gekomen")
    called_off_said = any(t.lower_ in CALLED_OFF or t.lower_ == "nooit" for t in doc)
    surely: set[int] = set()  # the starts of mentions denied beyond doubt
    refused: set[tuple[str, str]] = set()  # the (slot, value) pairs those denials rule out
    # Per clause: its domain mentions, whether each is denied, and the organisations among them.
    parts = []
    clauses = list(_clauses(doc, vocab))
    for number, clause in enumerate(clauses):
        concepts = [e for e in doc.ents if clause.start <= e.start < clause.end and e.label_ in vocab.concepts
                    and not _place(e, vocab.concepts[e.label_])]
        listed = frozenset(i for e in concepts if vocab.concepts[e.label_].organisation for i in range(e.start, e.end))
        negated: dict[int, bool] = {}
        # what a clause after a comma tells of: the door put first ("het expertteam waar de leerplichtambtenaar het
        # over had, ..."), else the last one named
        told_of = next((e for e in concepts[:1] if all(t.lower_ in TOPIC_BEFORE for t in doc[clause.start:e.start])),
                       concepts[-1] if concepts else None)
        sibling = _other_child(clause, clauses[number + 1:number + 2], vocab) if concepts else None
        for e in concepts:
            denials = (_negated_before(e, clause, vocab, listed),
                       _denied_after(list(doc[e.end:clause.end]), vocab, list(doc[clause.start:e.start]),
                                     nobody=not _at_the_door(e)),
                       True if _listed_as_no(e, vocab, in_mentions) else None,  # a no in a list is beyond doubt
                       _denied_after_the_comma(clauses[number:number + 3], vocab) if e is told_of else None,
                       sibling or None)
            door = bool(CONTACT_SLOTS.intersection(vocab.concepts[e.label_].denied or {}))
            negated[e.start] = any(d is not None for d in denials) or (
                first_time_said and door and _first_visit_to_come([t.lower_ for t in _sentence(e)])) or (
                called_off_said and door and _first_visit_called_off(e))
            if sibling is False:  # "zn broertje heeft geen wlz, maar hij zelf wel"
                negated[e.start] = False
                continue
            if any(d is True for d in denials):
                surely.add(e.start)
        opening = tuple(t.lower_ for t in clause[:3])
        # "(en) als het expertteam ook niks kan?": an "als" clause that is the whole question supposes (session 21:
        # after the advice it stored the expertteam's outcome); "als het wijkteam niks doet, waar moet ik heen?"
        # mostly tells what happens
        asks_if = opening[:1] == ("als",) and clause.end < len(doc) and doc[clause.end].text.startswith("?")
        supposed = asks_if or any(opening[:len(words)] == words for words in SUPPOSING)
        # the organisations of a supposing clause own no outcome: "mocht de gemeente weigeren, kan ik bezwaar maken?"
        organisations = [] if supposed else [(e, negated[e.start]) for e in concepts
                                             if vocab.concepts[e.label_].organisation]
        organisations = [(e, d) for e, d in organisations if not _referred(e, organisations, vocab)]
        parts.append((clause, concepts, negated, organisations, supposed))
    # Before any organisation is named, an outcome belongs to the first one named after it
    # ("wachtlijst van een jaar, via het wijkteam").
    first = next(((o.label_, denied) for _, _, _, orgs, _ in parts for o, denied in orgs
                  if not _is_question(o) or vocab.concepts[o.label_].in_question), None)
    last: Concept | None = None
    last_door: Concept | None = None  # the last door whose denial is no contact
    door_contacted = False  # whether the clause of that door said contact
    door_to_contact = False  # whether a verb of contacting follows that door in its clause
    last_advised: Concept | None = None  # the last term named as advice, a plan, a belief or an application
    asked_door: Concept | None = None  # a door in someone's question whether the parent went there, until answered
    owner: tuple[str, bool] | None = None  # the organisation named last: (name, denied)
    outcomes: dict[str, tuple[str, "Span", bool]] = {}  # slot -> (value, mention, whether it denies its door)
    denied: set[tuple[str, str]] = set()
    questioned: set[str] = set()
    listed_bare: list["Span"] = []  # doors named bare, one per clause, before a denial that may be about all
    for clause, concepts, negated, organisations, supposed in parts:
        for ent in concepts:
            concept = vocab.concepts[ent.label_]
            if supposed:
                if concept.organisation and not negated[ent.start]:
                    questioned.update(concept.named)  # what it supposes has not happened
                continue
            if concept.outcome is not None:
                # "vroeg of ik de klacht al had ingediend": someone's question says no outcome
                if asked_door is not None and _asked_by_other(ent, clause, vocab):
                    continue
                own = _owner(ent, organisations)  # the door in the outcome's own clause
                who = own or owner or first
                # A denied organisation is no owner ("bij de gemeente zijn we niet geweest, want overal
                # wachtlijsten": not the gemeente's waiting list). A denied outcome ("geen wachtlijst") says
                # nothing; one denied right there ("niet afgewezen") also says that the outcome is not so (a
                # negation further back in the clause may belong to something else: "die niet meer naar school
                # gaat punt ze zeggen dat ze nog bezig zijn", dictated).
                who = None if who and who[1] else who
                if negated[ent.start]:
                    denied.update((slot, value) for slot, value in concept.outcome.get(who[0] if who else NO_OWNER,
                                                                                        {}).items()
                                  if slot in OUTCOME_CONTACT)
                if negated[ent.start] or _negator_before(ent, clause, vocab, in_mentions):
                    continue
                asked = clause.end < len(doc) and doc[clause.end].text == "?"  # "..., wat nu?" is no question
                if asked and not concept.in_question:
                    continue
                if who is None:
                    reading.unowned_outcomes.append(ent.label_)
                for slot, value in concept.outcome.get(who[0] if who else NO_OWNER, {}).items():
                    if value in OUTWEIGHED_BY.get(outcomes.get(slot, ("",))[0], ()):
                        continue
                    # a story runs forward: the last outcome is the current one. One the door's own denial says, with
                    # the door in its clause ("afgewezen door het ciz": no Wlz-indicatie), outweighs the door's
                    # mention (session 26); not a "bezwaar" some sentences after the CIZ, nor the SVB's refusal
                    refusal = bool(who) and (who == own or (concept.replaces and (
                        _named_in_sentence(who[0], ent) or _names_owner(ent, vocab.concepts[who[0]])))) \
                        and (vocab.concepts[who[0]].denied or {}).get(slot) == value
                    # the same value said again later keeps its weight ("het ciz heeft die ingetrokken ... kunnen we
                    # bezwaar maken?", session 39)
                    earlier = outcomes.get(slot)
                    refusal = refusal or (earlier is not None and earlier[0] == value and earlier[2])
                    outcomes[slot] = (value, ent, refusal)
                continue
            last = concept
            asked_door = None
            if CONTACT_SLOTS.intersection(concept.denied or {}):
                last_door = concept
                # "zorgkantoor gebeld, die zeggen ...", "de gemeente zei dat ik een formulier moest invullen": contact
                # said with the door, or the door speaking, which a later "dat heb ik nog niet gedaan" does not undo
                door_contacted = not negated[ent.start] and (
                    any(t.lower_ in vocab.contact_words for t in clause)
                    or (ent.end < len(doc) and doc[ent.end].lower_ in ADVISING))
                door_to_contact = any(t.lower_ in CONTACTING for t in doc[ent.end:clause.end])  # "... te bellen"
            defining = _defines(ent, clause)
            # "wat is een cliëntondersteuner?" after the advice got the advice again (session 23, a smoke test): a
            # term that counts in a question keeps its facts, and the assistant can still say what it is
            if defining and concept.in_question and not negated[ent.start] and ent.label_ not in reading.asked_about:
                reading.asked_about.append(ent.label_)
            # A term that speaks only when denied names its matter without a yes ("de wlz-aanvraag loopt nog": no
            # Wlz-indicatie yet; "we willen een wlz-indicatie aanvragen, hoe doe je dat?"), and the learned reader's
            # 'ja' for it does not count either (session 37: it gave that question a Wlz-indicatie)
            if not concept.named and concept.denied and not negated[ent.start]:
                questioned.update(concept.denied)
                last_advised = concept
                continue
            if concept.named == INDICATION and not negated[ent.start] and _law_as_topic(ent):
                questioned.update(concept.named)
                last_advised = concept
                continue
            if concept.organisation and not negated[ent.start] and (
                    _advised(ent, clause) or _intended(ent, clause) or _whether_for_us(ent, clause) or _believed(ent)
                    or _only_named(ent, clause) or _to_do(ent, clause)):
                questioned.update(concept.named)
                last_advised = concept
                door_contacted = False  # the contact word of its clause is the adviser's ("... heeft gemaild dat ...")
                continue
            if concept.organisation and not negated[ent.start] and _asked_by_other(ent, clause, vocab):
                questioned.update(concept.named)
                last_advised, asked_door, door_contacted = concept, concept, False
                continue
            question = _is_question(ent) and not _topic(ent, vocab)
            if (defining or question) and not (concept.in_question or negated[ent.start]):
                if concept.organisation and (defining or _asked_about(ent, vocab)):
                    questioned.update(concept.named)
                    if ent.label_ not in reading.asked_about:
                        reading.asked_about.append(ent.label_)
                continue
            facts = concept.denied if negated[ent.start] else concept.named
            if concept.denied and ent.start in surely:
                refused.update(_ruled_out(concept))
            if facts:  # a denial outweighs a mere mention before it ("de kliniek zegt dat de gemeente het moet
                # regelen ... we hebben nog geen contact met de gemeente gehad")
                reading.add(facts, ent, replace=negated[ent.start])
        # "naar de gemeente moeten. daar zijn we nog niet geweest": 'daar' points back to the last domain
        # word, and this denial outweighs what its mention seemed to say.
        words = [t.lower_ for t in clause]
        linked = list(dropwhile(LINKS.__contains__, words))
        if linked[:1] == ["daar"]:
            words = linked
        # So does a plain denial of contact with the parent as subject and a word pointing back ("ik heb ze nog nooit
        # gesproken", whose "nog nooit gesproken" is also a complaint's outcome: that clause may hold outcomes, no
        # door; "we zijn daar niet geweest"; not "we hebben daar nooit meer iets van gehoord", after contact), and a
        # first visit still to come ("daar moet ik donderdag voor het eerst heen"; session 37, contact-37)
        by_pronoun = bool(words) and words[0] in PARENT_SUBJECTS \
            and not any(vocab.concepts[e.label_].organisation for e in concepts) \
            and not NOT_BEYOND_DOUBT.intersection(words) and "meer" not in words \
            and (bool(POINTING_AFTER_SUBJECT.intersection(words[1:3]))
                 or (bool(PLACE_POINTERS.intersection(words[1:3])) and _one_door_before(doc, clause, vocab)))
        pointing = bool(words) and words[0] in ANAPHORS and not concepts
        # Not daring to contact the one door named before: "het nummer van het wijkteam hangt op de koelkast maar ik
        # durf nie te bellen" (session 38; the writers of contact-37 named "a fear of going"). Not beyond doubt.
        afraid = not concepts and _not_daring(linked) and _one_door_before(doc, clause, vocab)
        # (the one door named before, or the door someone advised or asked about last: "de coach van het wijkteam
        # mailde dat ik het zorgkantoor moet bellen. ik heb het nog steeds niet gedaan"; session 40)
        undone = not any(vocab.concepts[e.label_].organisation for e in concepts) and _not_done(linked, vocab) \
            and (_one_door_before(doc, clause, vocab) or (last_door is not None and last_advised is last_door)) \
            and (last is last_door or not PLACE_POINTERS.intersection(linked))  # "daar": the last thing named
        # "dat heb ik nog niet gedaan" names no contact itself: only after an advice or plan to contact that door ("de
        # huisarts adviseerde ons om het zorgkantoor te bellen"), not after a task the door gave ("bij het wijkteam
        # kregen we een opdracht mee, dat heb ik nog niet gedaan")
        if undone and not (vocab.contact_words - {"gedaan"} | REACHED | ENGLISH_CONTACT).intersection(linked) \
                and not SENDING.intersection(linked):
            undone = last_advised is last_door or door_to_contact
        # A visit it denies points back to the last door, not to a Wlz named after it ("iemand noemde het zorgkantoor,
        # maar hij heeft geen wlz en daar zijn we dus ook nooit geweest"; session 37, contact-37)
        # Not when it talks about the Wlz ("geen wlz-indicatie, daar is nooit over gesproken") or the last word is no
        # door at all ("... noemde iemand op school dat woord. daar hebben we nooit contact mee gehad").
        target = last_door if last and last.denied and not CONTACT_SLOTS.intersection(last.denied) and last_door \
            and vocab.contact_words.intersection(words) and "over" not in words else last
        denial = _denied_after(list(clause), vocab) if target and target.denied and (pointing or by_pronoun) else None
        if by_pronoun and denial is not True:
            denial = None
        if denial is None and pointing and target and CONTACT_SLOTS.intersection(target.denied or {}) \
                and _first_visit_to_come(words):
            denial = False
        if denial is None and afraid and last_door is not None:
            target, denial = last_door, False
        # Not when another term was advised or planned last, and not when the door's own clause said contact: "...
        # zei dat we een wlz indicatie moeten aanvragen, maar wij hebben dat nooit gedaan" is about the Wlz, not the
        # gemeente before it; "zorgkantoor gebeld, die zeggen dat we het met de aanbieder moeten bespreken. dat heb
        # ik nog niet gedaan" keeps the contact
        # ... unless nobody there was reached: "ik bel nu al 2 weken het wijkteam ... heb dus nog met niemand daar
        # gesproken" (session 40, afspraken-40)
        never_reached = bool((NOBODY | REACHED | NOT_REACHED_WORDS).intersection(linked))
        if denial is None and undone and last_door is not None and (not door_contacted or never_reached) \
                and last_advised in (None, last_door):
            target, denial = last_door, True
        answer = _answer(linked) if asked_door is not None and not concepts else None
        if denial is None and answer is not None:
            if answer:  # "... vroeg of we al bij het wijkteam waren geweest. ja, twee keer"
                reading.add(asked_door.named, clause)
            else:
                target, denial = asked_door, True
            asked_door = None
        if denial is not None:
            reading.add(target.denied, clause, replace=True)
            if denial:
                refused.update(_ruled_out(target))
        # "zorgkantoor, expertteam, wijkteam... nooit van gehoord", "het zorgkantoor, de gemeente, we hebben nergens
        # aangeklopt": doors listed bare, then one denial for all (session 25, ontkenningen-24 and -25)
        bare = _bare_door(clause, concepts, negated, vocab)
        if bare is None and listed_bare and not concepts \
                and not NOT_BEYOND_DOUBT.intersection(t.lower_ for t in clause):  # "nooit iets gehoord": after contact
            denial = _denied_after(list(clause), vocab)
            for door in listed_bare if denial is not None else []:
                reading.add(vocab.concepts[door.label_].denied, door, replace=True)
                if denial:
                    refused.update(_ruled_out(vocab.concepts[door.label_]))
        listed_bare = [*listed_bare, bare] if bare is not None else []
        if organisations:
            owner = organisations[-1][0].label_, organisations[-1][1]
    for slot, (value, ent, refusal) in outcomes.items():  # what a mention itself says goes first
        # a refusal outweighs a mention before it and in its own sentence ("het ciz heeft nee gezegd tegen de wlz"),
        # not one in a later sentence: "eerst afgewezen door het ciz, toen bezwaar gemaakt en gewonnen. sinds maart
        # heeft hij een wlz indicatie" (session 39)
        refusal = refusal and (slot not in reading.found or reading.found[slot][1] < _sentence(ent).end_char)
        reading.add({slot: value}, ent, replace=refusal)
        if refusal:  # "bij de herbeoordeling heeft het ciz die ingetrokken": no guess of the reader makes it 'ja'
            refused.add((slot, "ja"))
    reading.asked_only = {slot for slot in questioned if slot not in reading.found}
    reading.denied_outcomes = {(slot, value) for slot, value in denied | refused if reading.facts.get(slot) != value}
    if AGE not in reading.found:
        own = _own_age(doc, vocab)
        if own:
            reading.add({AGE: own[0]}, own[1])
    return reading
