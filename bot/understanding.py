"""Turns what a parent writes or clicks into situation facts, using the patterns of data/content/herkenning.yml.

Sources, strongest first: button payload entities (entity name = slot), then patterns found in the text, then a
short answer ("ja", "14", "weet ik niet", a button's label typed out) read against the question just asked.
Everything is checked against the situation model; what falls outside it is reported as rejected, never used.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Collection, Iterable, Mapping, NamedTuple, Sequence

from bot.literals import Needs, may_match, required_literals
from bot.mentions import AGE, GAP, GAP_WORDS, NUMBER_WORDS, Vocabulary, fold
from bot.situation import DEFAULTS, OUTCOME_CONTACT, SLOTS, age_band, has_safety_signal

_NUMBER_RE = re.compile(r"\b(" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b")
SAFETY = "veiligheid"
CONCERN = "zorgen_om_veiligheid"  # worries about safety at home (DOMAIN.md): not a care setting
# Intents that state no fact (a greeting, thanks, a question about the assistant). The learned reader learns that
# from them, but its guess on one still follows the words: "hallo, is daar iemand?" read as wanting an independent
# someone (`ondersteuning`, 0.8) sent a parent who said hello straight to a cliëntondersteuner.
FACTLESS_INTENTS = ("greet", "goodbye", "thanks", "bot_challenge", "out_of_scope", "opnieuw", "explain")
# Answers: they state a fact only about the question just asked. Without one, "ik weet het niet meer" was read as
# not knowing about the Wlz (`weet_niet`, 0.74).
ANSWER_INTENTS = ("affirm", "deny", "dont_know")
# Questions about the assistant or about something else: a door named there is the topic, not a visit ("is dit een
# medewerker van de gemeente of een bot?" was read as contact with the gemeente). Only an age and a danger count,
# and an answer to the question that is open. Not `explain`: DIET sometimes gives it to a short story ("Expertteam
# gaf het op. Zoon 17. Wat nu."), whose facts would then be lost (session 18, development sets).
OUT_OF_SCOPE = "out_of_scope"
SOUGHT = "hulpvraag"  # DOMAIN.md's slot: what the parent seeks
ABOUT_OTHER_THINGS = ("bot_challenge", OUT_OF_SCOPE)
EXPLAIN = "explain"
KEPT_ABOUT_OTHER_THINGS = (SAFETY, AGE)
_CLAUSE_START = frozenset(("ik", "we", "wij", "hij", "zij", "ze", "maar", "want", "omdat", "dus"))
NO_WORDS = frozenset(("nee", "neen", "nope", "nein", "nah", "niks", "niets", "nothing"))
# A thumbs up or an OK hand, with or without a skin tone: agreement (session 23, a smoke test: "👍" got "Sorry")
AGREEMENT_EMOJI = re.compile("(?:[\U0001F44D\U0001F44C][\U0001F3FB-\U0001F3FF]?\\s*)+")
# Words that make a message a question ("ja, maar hoe bel ik ze?"), with or without a question mark
QUESTION_WORDS = frozenset({"hoe", "wat", "waar", "waarom", "wanneer", "wie", "welk", "welke", "hoezo", "hoeveel"})
_MAX_TEXT = 20000  # bounds the work per message; far beyond any real story, so safety words are still seen


def normalize(text: str) -> str:
    """Lower case, no accents, sentence punctuation as ' , ', number words as digits, single spaces. Letters of other
    scripts stay (session 31): a message in Cyrillic, Arabic or Ge'ez script used to become empty, so no phrase could
    hear its signal."""
    text = re.sub(r"[.!?;:,\n\r]+", " , ", fold(text))
    text = re.sub(r"[^\w()\- ,]+|_", " ", text)
    text = _NUMBER_RE.sub(lambda m: str(NUMBER_WORDS[m.group(1)]), text)
    return re.sub(r"\s+", " ", text).strip()


def latin_words(text: str) -> str:
    """The normalized text without the letters of other scripts: what the learned reader sees. Session 31: normalize
    keeps Cyrillic, Arabic and Ge'ez letters for the phrases; a reader that also learned from their letter pieces
    (the examples in those scripts) read the development sets worse (6 openings better, 20 worse, 9 more false
    alarms) and found no more signals in other languages. Any change to what it sees moves all its weights."""
    return re.sub(r" +", " ", re.sub(r"[^\x00-\x7f]+", " ", normalize(text))).strip()


def _words(text: str) -> list[str]:
    """The normalized words of a message, without its sentence punctuation."""
    return normalize(text[:_MAX_TEXT]).replace(",", " ").split()


class RecognitionError(ValueError):
    def __init__(self, line: int, message: str):
        self.line = line
        super().__init__(message)


@dataclass(frozen=True)
class _Entry:
    facts: Mapping[str, str]
    patterns: tuple[re.Pattern, ...]
    negation_aware: bool  # True: a negation just before a match cancels it
    fallback: bool = False  # True: only when neither other blocks nor woorden.yml's mentions set the slot
    certain: bool = False  # True (`zeker`): a safety signal the learned reader's doubt does not take away
    # True (`voor_de_lezer`): its facts go before the learned reader's `voorrang` (a wish written for that case)
    before_reader: bool = False


@dataclass(frozen=True)
class Recognizer:
    entries: tuple[_Entry, ...]
    negators: re.Pattern
    answers: Mapping[str, re.Pattern]
    meaning: Mapping[str, Mapping[str, str]]
    # slot -> [(value, patterns)]: words that only mean something as the answer to that question
    context: Mapping[str, tuple[tuple[str, tuple[re.Pattern, ...]], ...]] = field(default_factory=dict)
    # intent -> (facts, minimal confidence): what the trained model's reading of a message adds
    intent_facts: Mapping[str, tuple[Mapping[str, str], float]] = field(default_factory=dict)
    # slot -> minimal probability: which facts of the learned reader (bot.fact_classifier) are used
    learned_thresholds: Mapping[str, float] = field(default_factory=dict)
    # slot -> probability from which a learned fact goes before what phrases and words say
    learned_precedence: Mapping[str, float] = field(default_factory=dict)
    # the learned reader's least chance of a signal for a signal of phrases, words or intents to count
    learned_agreement: float | None = None
    # the same for a signal of the intents alone (None: `learned_agreement`)
    learned_intent_agreement: float | None = None
    # the reader's least chance for a signal when the parent says it is safe now (None: its `drempel`)
    learned_against_safe: float | None = None
    # the reader's least chance to overrule, with its `voorrang`, a 'nee' or 'weet_niet' that phrases or words read
    # (None: never)
    learned_against_no: float | None = None
    # words of a care setting (a group, a gezinshuis, respite care): worries about safety there are a complaint
    # (LABELS.md), so such a signal needs the reader's `in_instelling` (None: no such rule)
    institution: tuple[re.Pattern, ...] = ()
    learned_in_institution: float | None = None
    # a message of at most this many words: a signal of phrases or words needs no agreement of the reader (None: it
    # always does; an intent's signal always does)
    short_message: int | None = None
    # words that correct what the parent said before ("sorry, ik bedoel 19"): then a fact may replace a known one
    correction: re.Pattern | None = None
    # small words ("en", "nu", "wat"): a message of only these has no danger for the learned reader
    small_words: frozenset[str] = frozenset()
    # everyday words ("thuis", "wakker", "bij zijn vader"): a short message of only these and small words, without a
    # negation, has no danger for the learned reader either
    everyday_words: frozenset[str] = frozenset()
    everyday_max: int = 6
    # slot -> patterns of a yes that is about something else ("ja, de gemeente weet het" to the Wlz question)
    yes_elsewhere: Mapping[str, tuple[re.Pattern, ...]] = field(default_factory=dict)
    # words of other languages that Dutch does not use, and how many (at least, and as a share of all words) make a
    # message one in another language
    foreign_words: frozenset[str] = frozenset()
    foreign_least: int = 3
    foreign_share: float = 0.25
    dutch_words: frozenset[str] = frozenset()
    dutch_least: int = 4
    dutch_share: float = 0.0
    # slot -> the same while its own question is open: a short answer has few words for a reader that learned from
    # stories (`voorrang_als_antwoord`; a slot without it keeps its `voorrang`)
    learned_precedence_answer: Mapping[str, float] = field(default_factory=dict)
    # slot -> words one of which the message must name for the reader's fact (not its 'nee' or 'weet_niet') to
    # count (`alleen_met`): it learned "wachtlijst" next to the gemeente's door and gave "wachtlijst jeugd ggz 14
    # maanden. normaal??" a visit at 0.93 (session 30)
    learned_only_with: Mapping[str, re.Pattern] = field(default_factory=dict)
    # per outcome question, what an outcome said without a door means there (`deur_van_de_vraag`): the outcome
    # concept of woorden.yml -> the value
    answer_outcomes: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    # another matter of the gemeente or of daily life (a passport, waste, the WOZ): with no fact of the domain in the
    # message, the message is out of scope (`ander_onderwerp`)
    other_topics: tuple[re.Pattern, ...] = ()
    # a negation of something that is no fact ("geen plek", "nergens plek"): it gives the learned reader no 'nee'
    # (`ontkenning_van_iets_anders`)
    no_to_something_else: tuple[re.Pattern, ...] = ()
    # a short message without a story that greets, thanks, asks whether it is a person or how the chat works
    # (`korte_berichten`): (intent, its patterns) in order, and the most words such a message has
    short_intents: tuple[tuple[str, tuple[re.Pattern, ...]], ...] = ()
    short_intent_max: int = 0
    # a short question about the chat's own words ("wat bedoel je met cliëntondersteuner?", "spreek ik met een
    # medewerker van de gemeente?"): its intent holds even though the words name a fact (`ook_met_feiten`)
    short_intents_despite_facts: tuple[tuple[str, tuple[re.Pattern, ...]], ...] = ()
    # pattern -> the strings a match needs (bot.literals), for every pattern `_found` searches with
    needs: Mapping[re.Pattern, Needs | None] = field(default_factory=dict)

    def short_intent(self, text: str) -> ShortIntent | None:
        """The intent a short message says by its words (`korte_berichten`), the first that matches, or
        `andere_taal` for a short message in another language ("Bom dia, posso escrever em português?"); None for a
        longer message, which is never normalized twice here (this runs on every story). DIET learned these
        intents from few examples and doubted "heej", "thnx" and "is dit chat gpt ofzo" (nlu_fallback: "Sorry, dat
        begreep ik niet"; session 27, intenties-27). A question about the chat's own words (`ook_met_feiten`) comes
        first and says so: it holds even when the words name a fact."""
        norm = normalize(text[:_MAX_TEXT])
        words = norm.replace(",", " ").split()
        if len(words) > self.short_intent_max:
            return None
        for despite_facts, rules in ((True, self.short_intents_despite_facts), (False, self.short_intents)):
            said = next((intent for intent, patterns in rules if any(p.search(norm) for p in patterns)), None)
            if said:
                return ShortIntent(said, despite_facts)
        return ShortIntent(OTHER_LANGUAGE, False) if self._foreign(words) else None

    def only_small_words(self, text: str) -> bool:
        """Whether every word of the message is a small word (`kleine_woorden`: "en nu?", "wat dan?"), or, in a short
        message without a negation, a small or an everyday word (`gewone_woorden`: "hij is net thuis", "ze is nu
        bij haar vader")."""
        words = _words(text)
        if not words or not self.small_words:
            return False
        if all(w in self.small_words for w in words):
            return True
        return len(words) <= self.everyday_max and not self._says_no(words) \
            and all(w in self.small_words or w in self.everyday_words for w in words)

    def denies_complaint(self, text: str) -> bool:
        """Whether the message says there is no complaint at all (`antwoorden.geen_klacht`: "ik heb geen klacht", "het
        gaat goed daar"), not that one was not filed yet ("nog geen klacht ingediend")."""
        return "geen_klacht" in self.answers and self.answers["geen_klacht"].search(normalize(text[:_MAX_TEXT])) is not None

    def corrects(self, text: str) -> bool:
        """Whether the message corrects something said before (`antwoorden.correctie`)."""
        return self.correction is not None and self.correction.search(normalize(text[:_MAX_TEXT])) is not None

    def other_language(self, text: str) -> bool:
        """Whether the message is written in another language (`andere_taal` in herkenning.yml): enough words of
        other languages, or (session 29) too few of the most common Dutch words. The lists of foreign words know a
        few languages; almost every Dutch message, dialect included, is full of "de", "ik", "niet", "heeft"."""
        words = _words(text)
        if self._foreign(words):
            return True
        letters = [w for w in words if w.isalpha()]
        return (len(letters) >= self.dutch_least
                and sum(w in self.dutch_words for w in letters) / len(letters) < self.dutch_share)

    def gives_language_note(self, intent: str | None, text: str) -> bool:
        """Whether the reply opens with the note that the assistant speaks only Dutch, with 112, Veilig Thuis and 113
        in English (actions.TurnAction): the intent `andere_taal`, or the words of another language. The evaluation
        counts the missed signals that still got it (bot.evaluate)."""
        return intent == OTHER_LANGUAGE or self.other_language(text)

    def _foreign(self, words: Sequence[str]) -> bool:
        hits = sum(w in self.foreign_words for w in words)
        return bool(words) and hits >= self.foreign_least and hits / len(words) >= self.foreign_share

    def yes_about_something_else(self, text: str, asked: str) -> bool:
        """Whether a yes to the question `asked` goes on about something else (`antwoorden.ja_over_iets_anders`)."""
        norm = normalize(text[:_MAX_TEXT])
        return any(p.search(norm) for p in self.yes_elsewhere.get(asked, ()))

    def facts_learned(self, learned: Mapping[str, tuple[str, float]], precedence: bool = False,
                      asked: str | None = None) -> dict[str, str]:
        """The learned facts from their threshold, or (`precedence`) from their `voorrang`; for the slot `asked`
        (its question is open) from its `voorrang_als_antwoord`."""
        limits = dict(self.learned_precedence if precedence else self.learned_thresholds)
        if precedence and asked in self.learned_precedence_answer:
            limits[asked] = self.learned_precedence_answer[asked]
        return {slot: value for slot, (value, probability) in learned.items()
                if slot in limits and probability >= limits[slot]}

    def named_learned(self, learned: Mapping[str, tuple[str, float]], text: str) -> dict[str, tuple[str, float]]:
        """The reader's facts without those whose words (`alleen_met`) the message does not name at all: then it
        guessed them from the rest of it. Its 'nee' or 'weet_niet' always stays ("we zijn nog nergens geweest")."""
        if not any(slot in self.learned_only_with and value not in STATED_NO for slot, (value, _) in learned.items()):
            return dict(learned)  # nothing to check: no second normalize on the actions' path
        norm = normalize(text[:_MAX_TEXT])
        return {slot: value for slot, value in learned.items() if value[0] in STATED_NO
                or slot not in self.learned_only_with or self.learned_only_with[slot].search(norm)}

    def states_safe(self, text: str) -> bool:
        """Whether a phrase says no one is in danger ("thuis is het nu veilig"), also when another phrase
        of the same message is a signal."""
        norm = normalize(text[:_MAX_TEXT])
        return any(entry.facts.get(SAFETY) == DEFAULTS[SAFETY]
                   and any(self._found(p, norm, entry.negation_aware) for p in entry.patterns)
                   for entry in self.entries)

    def other_topic(self, text: str) -> bool:
        """Whether the message is about another matter of the gemeente or of daily life (`ander_onderwerp`)."""
        norm = normalize(text[:_MAX_TEXT])
        return any(p.search(norm) for p in self.other_topics)

    def in_institution(self, text: str) -> bool:
        """Whether the message is set in a care setting (`instelling` in herkenning.yml)."""
        norm = normalize(text[:_MAX_TEXT])
        return any(p.search(norm) for p in self.institution)

    def safety(self, said: str | None, heard: str | None, reading: tuple[str, float] | None,
               stated_safe: bool = False, certain: bool = False, institution: bool = False,
               short: bool = False, foreign: bool = False) -> str | None:
        """The safety fact of one message: `said` by phrases or words (a signal, or 'veilig' for "niemand is in
        gevaar"), `heard` by the intents, and the learned reader's `reading` (likeliest kind, chance of any
        signal). A signal of phrases, words or intents counts when the reader gives it at least its `instemming`
        (past, handled incidents and figures of speech are what it learned to tell apart); the reader's own
        signal counts from its `drempel`, also against 'veilig': a missed signal weighs more. The reader names
        the kind (on the development sets right for 175 of 179 signals; phrases and intents together 168).
        A signal of the intents alone needs `instemming_intenties`: DIET and the reader learn from the same
        examples, so where DIET hears a signal the reader doubts, DIET is mostly wrong.
        When the parent says it is safe now (`stated_safe`: "sindsdien is het thuis rustig en veilig", "hij heeft
        geen zelfmoordgedachten"), every signal needs the reader's `tegen_veilig` (at least its `drempel`): the
        parent's own word weighs more than an old incident's words, and only a sure reader goes against it.
        A `certain` signal (a `zeker` phrase said it: "soms sla ik mijn zoontje") needs no agreement: the reader
        learned that an exhausted parent is no signal and then doubts the parent who says she hurts her child;
        only the parent's own word that it is safe now still weighs. Its kind is the phrase's when the reader
        doubts, and in a message in another language (`foreign`), which the reader cannot read (session 31:
        "не хочет больше жить" went to 112 instead of 113). In a care setting (`institution`: "op de groep", "in
        het gezinshuis") a worry about safety is a
        complaint, not a signal (LABELS.md, DOMAIN.md: safety *at home*), unless the reader is as sure as its
        `in_instelling`: a child hit at home while it lives in a group still counts. Acute danger and thoughts of
        suicide count wherever the child is.
        In a `short` message (at most `kort` words: "mijn kind is niet veilig", "hij dreigt ons te vermoorden") a
        signal of phrases or words needs no agreement: the reader learned from stories and has too few words here
        to doubt (it gave such messages 0.01-0.06). An intent's signal still does (DIET hears "mijn zoon zegt dat
        hij me haat" as suicide). The parent's word that it is safe now, and a care setting, still weigh.
        Without a reading (no reader trained) every signal counts, with the kind its source names."""
        safe = DEFAULTS[SAFETY]
        signals = [s for s in (said, heard) if s and s != safe]
        if reading is None:
            return signals[0] if signals else said
        kind, chance = reading
        agreement, threshold = self.learned_agreement, self.learned_thresholds.get(SAFETY)
        by_intent = self.learned_intent_agreement if self.learned_intent_agreement is not None else agreement
        # Only a sure reader counts when the parent says it is safe now, or for a worry in a care setting.
        bars = [bar for bar, applies in ((self.learned_against_safe, stated_safe),
                                         (self.learned_in_institution, institution and kind == CONCERN))
                if applies and bar is not None]
        if bars and threshold is not None:
            threshold = max(threshold, *bars)
            agreement = threshold if agreement is None else max(agreement, threshold)
            by_intent = threshold if by_intent is None else max(by_intent, threshold)
        if certain and not stated_safe and said and said != safe and (
                foreign or agreement is None or chance < agreement):
            return said
        if short and said and said != safe and not stated_safe and not institution and (
                agreement is not None and chance < agreement):
            return said
        if agreement is not None and chance < agreement:
            signals = []
        if by_intent is not None and chance < by_intent and not (said and said != safe):
            signals = []
        if threshold is not None and chance >= threshold:
            signals.append(kind)
        return kind if signals else (safe if said == safe else None)

    def facts_from_intents(self, ranking: Iterable[tuple[str, float]]) -> dict[str, str]:
        facts: dict[str, str] = {}
        for name, confidence in ranking:
            if name in self.intent_facts and confidence >= self.intent_facts[name][1]:
                for slot, value in self.intent_facts[name][0].items():
                    facts.setdefault(slot, value)
        return facts

    def _negated(self, text: str, start: int) -> bool:
        """A negation among the three words before `start`, in the same clause: a comma ends a clause, and so does a
        new subject or joining word in a message without punctuation ("ik vind dat niet kunnen ik heb het met de
        leiding besproken": the 'niet' is not about the talk)."""
        before = text[:start].rsplit(",", 1)[-1].split()[-3:]
        clause = max((i + 1 for i, word in enumerate(before) if word in _CLAUSE_START), default=0)
        return any(self.negators.fullmatch(word) for word in before[clause:])

    def _found(self, pattern: re.Pattern, text: str, negation_aware: bool) -> re.Match | None:
        if not may_match(self.needs.get(pattern), text):  # skips most of the ~900 searches per message
            return None
        for match in pattern.finditer(text):
            if not (negation_aware and self._negated(text, match.start())):
                return match
        return None

    def phrases_in(self, text: str) -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
        """Every fact the text's phrases state, in one pass: (the ordinary blocks, the `als_laatste` blocks, the slots
        an ordinary block with `voor_de_lezer` decided). Within each, per slot the first block that matches wins."""
        norm = normalize(text[:_MAX_TEXT])
        first: dict[str, str] = {}
        last: dict[str, str] = {}
        before_reader: set[str] = set()
        for entry in self.entries:
            facts = last if entry.fallback else first
            if all(slot in facts for slot in entry.facts):
                continue
            if any(self._found(p, norm, entry.negation_aware) for p in entry.patterns):
                for slot, value in entry.facts.items():
                    if slot not in facts and entry.before_reader:
                        before_reader.add(slot)
                    facts.setdefault(slot, value)
        return first, last, frozenset(before_reader)

    def negates(self, text: str) -> bool:
        """Whether the message says no anywhere: a negation word, or 'nee' itself; not in a negation of something
        that is no fact (`ontkenning_van_iets_anders`: "wlz hebben we, maar geen woonplek"). In what the learned
        reader sees (`latin_words`): this lets its 'nee' count (session 31: a Russian "не знаю" let its guess 'nee'
        for a Wlz it could not read)."""
        norm = latin_words(text[:_MAX_TEXT])
        for pattern in self.no_to_something_else:
            norm = pattern.sub(" ", norm)
        return self._says_no(norm.replace(",", " ").split())

    def _says_no(self, words: Iterable[str]) -> bool:
        return any(self.negators.fullmatch(word) or word in NO_WORDS for word in words)

    def certain_signal(self, text: str) -> bool:
        """Whether a `zeker` block hears a signal: a parent who says she hits the child or forgets to feed it."""
        norm = normalize(text[:_MAX_TEXT])
        return any(entry.certain and any(self._found(p, norm, entry.negation_aware) for p in entry.patterns)
                   for entry in self.entries)

    def facts_in(self, text: str) -> dict[str, str]:
        """The facts of the ordinary phrase blocks (without `als_laatste`)."""
        return self.phrases_in(text)[0]

    def short_answer(self, text: str, asked: str, labels: Mapping[str, str]) -> str | None:
        """The value (or 'weet_niet' / '?' for unknown) a short reply gives to the question `asked`."""
        norm = normalize(text)
        for value, label in labels.items():
            if norm == normalize(label):
                return value
        in_context = self.in_context(text, asked)
        if in_context is not None:
            return in_context
        if asked == "leeftijd":
            match = self.answers["leeftijd"].search(norm)
            if match and int(match.group("jaren")) <= 99:
                # "hij is bijna 18" is 17 (session 22, a smoke test: read as 18 or older)
                almost = norm[:match.start("jaren")].split()[-1:] == ["bijna"]
                return age_band(int(match.group("jaren")) - almost)
        for kind in ("weet_niet", "ja", "nee"):  # "weet ik niet" before "nee": it may contain "niet"
            if self.answers[kind].search(norm):
                return self.meaning_of(asked, kind)
        return None

    @staticmethod
    def asks_something(text: str) -> bool:
        """Whether the message asks a question: a question mark or a question word."""
        return "?" in text or not QUESTION_WORDS.isdisjoint(_words(text))

    def yes_or_no(self, text: str) -> str | None:
        """'ja' or 'nee' when the message starts as a plain yes or no (`antwoorden`: "oke", "nee hoor"), else None."""
        norm = normalize(text[:_MAX_TEXT])
        if self.answers["weet_niet"].search(norm):  # "weet ik niet" may contain "niet"
            return None
        if self.only_agreement(text):
            return "ja"
        return next((kind for kind in ("ja", "nee") if self.answers[kind].search(norm)), None)

    def only_agreement(self, text: str) -> bool:
        """Whether the message is only an "ok" (`antwoorden.akkoord`) or a thumbs up: a yes to an offer, no answer to
        a question (normalizing drops emoji, so "👍" is read before it)."""
        if AGREEMENT_EMOJI.fullmatch(text.strip()):
            return True
        return "akkoord" in self.answers and self.answers["akkoord"].search(normalize(text[:_MAX_TEXT])) is not None

    def in_context(self, text: str, asked: str) -> str | None:
        """The value the words of `bij_vraag` give as an answer to the question `asked`: the first that matches."""
        norm = normalize(text)
        for value, patterns in self.context.get(asked, ()):
            if any(self._found(p, norm, negation_aware=True) for p in patterns):
                return value
        return None

    def outcome_answer(self, text: str, asked: str, unowned: Sequence[str]) -> str | None:
        """What the last outcome said without a door (`unowned`, concepts of woorden.yml) means as the answer to the
        outcome question `asked` (`deur_van_de_vraag`). Not after a leading no: "nog niet, want ze doen er toch niks
        mee" to "heb je je klacht al gemeld?" is no complaint made."""
        if self.yes_or_no(text) == "nee":
            return None
        values = self.answer_outcomes.get(asked, {})
        return next((values[c] for c in reversed(unowned) if c in values), None)

    def only_an_age(self, text: str) -> bool:
        """Whether the whole message is an age ("ze is net 2", "14 jaar"), with nothing after it."""
        norm = normalize(text[:_MAX_TEXT])
        match = self.answers["leeftijd"].search(norm) if "leeftijd" in self.answers else None
        return match is not None and re.fullmatch(r"((jaar|jr|j) ?)?(oud ?)?(geworden)?",
                                                  norm[match.end("jaren"):].strip()) is not None

    def meaning_of(self, asked: str, kind: str) -> str | None:
        """What 'ja', 'nee' or 'weet_niet' means for the question asked; '?' is 'the parent does not know'."""
        value = self.meaning.get(asked, {}).get(kind)
        if value is not None:
            return value
        return UNKNOWN if kind == "weet_niet" else None


UNKNOWN = "?"
CONTACT_OUTCOME = {contact: outcome for outcome, contact in OUTCOME_CONTACT.items()}
# What the reader guesses from an expertteam (LABELS.md: it comes after the gemeente found nothing)
EXPERT_CONTACT, AT_THE_GEMEENTE = "expertteam_contact", ("gemeente_contact", "gemeente_uitkomst")
NOTHING_FOUND = ("gemeente_uitkomst", "geen_passende_hulp")
# A denial or doubt ("nog niet bij de gemeente geweest", "wlz weet ik niet"): the reader may not overrule it, and it
# is never to be read as the positive value (issue 3; bot.evaluate counts it)
STATED_NO = frozenset(("nee", "weet_niet"))


# A comma that may be absent, written " ,? ": normalize() writes a comma as " , ", so without one the pattern needs
# two spaces and never matches (session 35: "nie wiem czy ..." and "ja gebeld" were never read). "( ,)? " is right.
_OPTIONAL_COMMA = re.compile(r" ,\? (?!\?)")


def _expand(pattern: str, groups: Mapping[str, str], line: int) -> str:
    """`pattern` with every {name} replaced by that word group."""
    if _OPTIONAL_COMMA.search(pattern):
        raise RecognitionError(line, f"' ,? ' in '{pattern}': zonder komma vraagt dat twee spaties en past het nooit; "
                                     "schrijf '( ,)? ' (de komma neemt zijn spatie mee)")

    def group(match: re.Match) -> str:
        name = match.group(1)
        if name not in groups:
            raise RecognitionError(line, f"onbekende woordgroep {{{name}}} in patroon '{pattern}'")
        return groups[name]

    # the word groups are normalized already (_word_group, or a woordgroep folded here): fold only this text
    return re.sub(r"\{([a-z_]+)\}", group, _fold_letters(pattern))


def _fold_letters(pattern: str) -> str:
    """The pattern's letters as normalize() leaves a message's: without accents, and with the Cyrillic "й" and "ё" and
    the Arabic letters with a hamza folded; an apostrophe in a word a space ("d'r" is "d r", "haven't" "haven t"),
    one before a word nothing ("'t dak" is "t dak"). Session 35: "прощай мам", "тайн", "op 't dak" and "haven't" never
    matched, because the message they were written for had been folded before the search. Only letters outside
    ASCII and apostrophes change, so the pattern's own syntax ("\\S", "\\W") stays."""
    pattern = re.sub("['’]", "", re.sub("(?<=[a-z])['’]", " ", pattern))
    return pattern if pattern.isascii() else "".join(ch if ch.isascii() else fold(ch) for ch in pattern)


def _compile(pattern: str, groups: Mapping[str, str], line: int) -> re.Pattern:
    expanded = _expand(pattern, groups, line)
    if _ends_in_a_space(pattern):
        raise RecognitionError(line, f"patroon eindigt op een spatie: '{pattern}'. Een patroon moet op een heel woord "
                               "eindigen; zet de spatie vóór het woord: 'alleen( thuis| gelaten)?'")
    try:
        re.compile(expanded)  # on its own first: wrapped, a stray "(" could be closed by our ")"
        return re.compile(r"(?<![a-z0-9])(?:" + expanded + r")(?![a-z0-9])")
    except re.error as error:
        raise RecognitionError(line, f"patroon klopt niet: '{pattern}' ({error})") from error


def _ends_in_a_space(pattern: str) -> bool:
    """Whether a way through the pattern ends on a space: wrapped to end on a whole word it then never matches there
    (session 22: "alleen (thuis |gelaten)?" missed "... s nachts alleen thuis" at the end, and "bang voor hem en" and
    "geweld van zijn vader" never matched at all)."""
    end = pattern.rstrip("?*+")
    if end.endswith(" ") and not end.endswith("\\ "):
        return True
    if not end.endswith(")"):
        return False
    depth, start = 0, None
    for i in range(len(end) - 1, -1, -1):  # the final group: its top-level alternatives
        if end[i] == ")" and (i == 0 or end[i - 1] != "\\"):
            depth += 1
        elif end[i] == "(" and (i == 0 or end[i - 1] != "\\"):
            depth -= 1
            if depth == 0:
                start = i
                break
    if start is None:
        return False
    inner, depth, alternatives, current = end[start + 1:-1], 0, [], ""
    for ch in inner:
        depth += ch == "("
        depth -= ch == ")"
        if ch == "|" and depth == 0:
            alternatives.append(current)
            current = ""
        else:
            current += ch
    return any(alt.endswith(" ") or _ends_in_a_space(alt) for alt in [*alternatives, current] if alt)


def _word_group(words: Iterable[str], negators: Iterable[str] = ()) -> str:
    """woorden.yml's words as one regular expression over normalized text, longest first; '...' (GAP) is
    up to GAP_WORDS other words, none a negation (as in the spaCy pipeline)."""
    forms = {tuple(normalize(part) for part in w.split(GAP)) for word in words for w in (word, fold(word))}
    no_negation = "".join(f"(?!{re.escape(n)} )" for n in sorted(negators))
    gap = r"(?: %s[^ ,]+){0,%d} " % (no_negation, GAP_WORDS)
    regexes = [gap.join(re.escape(part) for part in form) for form in forms
               if all(part and "," not in part for part in form)]
    return "(?:" + "|".join(sorted(regexes, key=len, reverse=True)) + ")"


def _safety_bar(node: Any, key: str, slot: str, threshold: float, line: int, current: float | None) -> float | None:
    """A reader's bar of `geleerd` that only safety has (`tegen_veilig`, `in_instelling`): from its threshold to 1."""
    if (node or {}).get(key) is None:
        return current
    if slot != SAFETY:
        raise RecognitionError(line, f"geleerd: alleen veiligheid heeft '{key}' ({slot})")
    bar = float(node[key])
    if not threshold <= bar <= 1:
        raise RecognitionError(line, f"geleerd: '{key}' ligt tussen de drempel en 1")
    return bar


# The parts of herkenning.yml. Another key is a typing error that would silently do nothing (session 26: a misspelt
# `ontkenning_van_iets_anders` was accepted).
RECOGNITION_PARTS = frozenset(("ontkenningen", "kleine_woorden", "andere_taal", "ander_onderwerp", "korte_berichten",
                               "ontkenning_van_iets_anders", "gewone_woorden", "woordgroepen", "feiten", "antwoorden",
                               "deur_van_de_vraag", "bij_vraag", "intenties", "tegen_nee", "instelling", "geleerd"))


def compile_recognition(raw: Mapping[str, Any], vocabulary: Vocabulary) -> Recognizer:
    """Build the recognizer; raises RecognitionError (with the line) on the first broken part.

    {gemeente}, {expertteam}, {kind} and every other concept of woorden.yml can be used as word groups, so
    the words live in one place."""
    line_of = getattr(raw, "line_of", lambda key: 0)
    for key in raw:
        if key not in RECOGNITION_PARTS:
            known = ", ".join(sorted(RECOGNITION_PARTS))
            raise RecognitionError(line_of(key), f"onbekend onderdeel '{key}' (bekend: {known})")
    groups = {name: _word_group(vocabulary.group(name), vocabulary.negators)
              for name in [*vocabulary.concepts, "kind"]}
    # a woordgroep may use woorden.yml's groups and the woordgroepen above it ("geen andere deur ertussen")
    for name, value in (raw.get("woordgroepen") or {}).items():
        groups[name] = f"(?:{_expand(str(value), groups, line_of('woordgroepen'))})"
    entries = []
    for index, node in enumerate(raw.get("feiten") or []):
        line = node.line if hasattr(node, "line") else 0
        facts = node.get("zet") or {}
        if not facts:
            raise RecognitionError(line, "een blok onder 'feiten' heeft 'zet' nodig")
        for slot, value in facts.items():
            if slot not in SLOTS or str(value) not in SLOTS[slot]:
                raise RecognitionError(line, f"'zet' noemt een onbekend feit of waarde: {slot}: {value}")
        patterns = tuple(_compile(p, groups, line) for p in node.get("patronen") or [])
        if not patterns:
            raise RecognitionError(line, "een blok onder 'feiten' heeft 'patronen' nodig")
        certain = bool(node.get("zeker", False))
        if certain and facts.get(SAFETY) in (None, DEFAULTS[SAFETY]):
            raise RecognitionError(line, "'zeker' kan alleen bij een blok dat een veiligheidssignaal zet")
        before_reader = bool(node.get("voor_de_lezer", False))
        if before_reader and (SAFETY in facts or node.get("als_laatste", False)):
            raise RecognitionError(line, "'voor_de_lezer' kan niet bij veiligheid (daar is 'zeker') en niet bij "
                                         "'als_laatste'")
        entries.append(_Entry({s: str(v) for s, v in facts.items()}, patterns,
                              not node.get("ontkenning", False), bool(node.get("als_laatste", False)), certain,
                              before_reader))
    answers_raw = raw.get("antwoorden") or {}
    answers = {}
    for kind in ("ja", "nee", "weet_niet", "leeftijd"):
        if kind not in answers_raw:
            raise RecognitionError(line_of("antwoorden"), f"'antwoorden' mist '{kind}'")
        answers[kind] = _compile(answers_raw[kind], groups, line_of("antwoorden"))
    for kind in ("akkoord", "geen_klacht"):
        if kind in answers_raw:
            answers[kind] = _compile(answers_raw[kind], groups, line_of("antwoorden"))
    meaning = {}
    for slot, kinds in (answers_raw.get("betekenis") or {}).items():
        for kind, value in kinds.items():
            if slot not in SLOTS or str(value) not in SLOTS[slot]:
                raise RecognitionError(line_of("antwoorden"), f"betekenis: onbekend feit of waarde {slot}: {value}")
        meaning[slot] = {k: str(v) for k, v in kinds.items()}
    if "jaren" not in answers["leeftijd"].groupindex:
        raise RecognitionError(line_of("antwoorden"), "antwoorden.leeftijd heeft een groep (?P<jaren>...) nodig")
    negators = re.compile(raw.get("ontkenningen") or "niet|geen")
    foreign = raw.get("andere_taal") or {}
    foreign_least, foreign_share = int(foreign.get("minstens", 3)), float(foreign.get("aandeel", 0.25))
    if not 0 < foreign_share <= 1 or foreign_least < 1:
        raise RecognitionError(line_of("andere_taal"), "andere_taal: 'minstens' is een aantal woorden (minstens 1), "
                               "'aandeel' ligt tussen 0 en 1")
    dutch = foreign.get("nederlands") or {}
    dutch_least, dutch_share = int(dutch.get("minstens", 4)), float(dutch.get("minder_dan", 0.0))
    if not 0 <= dutch_share <= 1 or dutch_least < 1 or (dutch_share and not dutch.get("woorden")):
        raise RecognitionError(line_of("andere_taal"), "andere_taal.nederlands: 'minstens' is een aantal woorden "
                               "(minstens 1), 'minder_dan' ligt tussen 0 en 1 en hoort bij een lijst 'woorden'")
    everyday = raw.get("gewone_woorden") or {}
    short = raw.get("korte_berichten") or {}
    yes_elsewhere = {}
    for slot, patterns in (answers_raw.get("ja_over_iets_anders") or {}).items():
        if slot not in SLOTS:
            raise RecognitionError(line_of("antwoorden"), f"ja_over_iets_anders: onbekend feit '{slot}'")
        yes_elsewhere[slot] = tuple(_compile(p, groups, line_of("antwoorden")) for p in patterns)
    answer_outcomes = {}
    for slot, door in (raw.get("deur_van_de_vraag") or {}).items():
        concept = vocabulary.concepts.get(str(door))
        if slot not in SLOTS or concept is None or not concept.organisation:
            raise RecognitionError(line_of("deur_van_de_vraag"), f"deur_van_de_vraag: {slot}: {door} is geen feit met "
                                   "een organisatie uit woorden.yml")
        answer_outcomes[slot] = {c.name: c.outcome[concept.name][slot] for c in vocabulary.concepts.values()
                                 if c.outcome and slot in c.outcome.get(concept.name, {})}
    context = {}
    for slot, values in (raw.get("bij_vraag") or {}).items():
        line = line_of("bij_vraag")
        for value in values:
            if slot not in SLOTS or str(value) not in SLOTS[slot]:
                raise RecognitionError(line, f"bij_vraag: onbekend feit of waarde {slot}: {value}")
        context[slot] = tuple((str(v), tuple(_compile(p, groups, line) for p in ps)) for v, ps in values.items())
    intent_facts = {}
    for name, node in (raw.get("intenties") or {}).items():
        facts = (node or {}).get("zet") or {}
        for slot, value in facts.items():
            if slot not in SLOTS or str(value) not in SLOTS[slot]:
                raise RecognitionError(line_of("intenties"), f"intenties: onbekend feit of waarde {slot}: {value}")
        threshold = float((node or {}).get("drempel", 0.5))
        intent_facts[name] = ({k: str(v) for k, v in facts.items()}, threshold)
    learned_thresholds, learned_precedence, agreement, by_intent, against_safe = {}, {}, None, None, None
    learned_precedence_answer: dict[str, float] = {}
    learned_only_with: dict[str, re.Pattern] = {}
    in_institution = short_message = None
    for slot, node in (raw.get("geleerd") or {}).items():
        if slot not in SLOTS:
            raise RecognitionError(line_of("geleerd"), f"geleerd: onbekend feit '{slot}'")
        learned_thresholds[slot] = float((node or {}).get("drempel", 0.5))
        if (node or {}).get("voorrang") is not None:
            if slot == SAFETY:  # the reader may add a signal, never replace one
                raise RecognitionError(line_of("geleerd"), "geleerd: veiligheid kan geen 'voorrang' hebben")
            learned_precedence[slot] = float(node["voorrang"])
        if (node or {}).get("voorrang_als_antwoord") is not None:
            if slot not in learned_precedence:
                raise RecognitionError(line_of("geleerd"), f"geleerd: 'voorrang_als_antwoord' hoort bij 'voorrang' ({slot})")
            learned_precedence_answer[slot] = float(node["voorrang_als_antwoord"])
        if (node or {}).get("alleen_met") is not None:
            if slot == SAFETY:  # a signal needs no word of the care
                raise RecognitionError(line_of("geleerd"), "geleerd: veiligheid kan geen 'alleen_met' hebben")
            learned_only_with[slot] = _compile(str(node["alleen_met"]), groups, line_of("geleerd"))
        if (node or {}).get("instemming") is not None:
            if slot != SAFETY:
                raise RecognitionError(line_of("geleerd"), f"geleerd: alleen veiligheid heeft 'instemming' ({slot})")
            agreement = float(node["instemming"])
            if not 0 <= agreement < learned_thresholds[slot]:
                raise RecognitionError(line_of("geleerd"), "geleerd: 'instemming' ligt tussen 0 en de drempel")
        if (node or {}).get("instemming_intenties") is not None:
            if slot != SAFETY:
                raise RecognitionError(line_of("geleerd"),
                                       f"geleerd: alleen veiligheid heeft 'instemming_intenties' ({slot})")
            by_intent = float(node["instemming_intenties"])
            if not (agreement or 0) <= by_intent < learned_thresholds[slot]:
                raise RecognitionError(line_of("geleerd"),
                                       "geleerd: 'instemming_intenties' ligt tussen 'instemming' en de drempel")
        against_safe = _safety_bar(node, "tegen_veilig", slot, learned_thresholds[slot], line_of("geleerd"),
                                   against_safe)
        in_institution = _safety_bar(node, "in_instelling", slot, learned_thresholds[slot], line_of("geleerd"),
                                     in_institution)
        if (node or {}).get("kort") is not None:
            if slot != SAFETY:
                raise RecognitionError(line_of("geleerd"), f"geleerd: alleen veiligheid heeft 'kort' ({slot})")
            short_message = int(node["kort"])
            if short_message < 1:
                raise RecognitionError(line_of("geleerd"), "geleerd: 'kort' is een aantal woorden, minstens 1")
    against_no = None if raw.get("tegen_nee") is None else float(raw["tegen_nee"])
    if against_no is not None and not 0 <= against_no <= 1:
        raise RecognitionError(line_of("tegen_nee"), "tegen_nee ligt tussen 0 en 1")
    institution = tuple(_compile(p, groups, line_of("instelling")) for p in raw.get("instelling") or [])
    if bool(institution) != (in_institution is not None):
        raise RecognitionError(line_of("instelling"), "'instelling' en geleerd: veiligheid: 'in_instelling' horen bij elkaar")
    return Recognizer(tuple(entries), negators, answers, meaning, context, intent_facts, learned_thresholds,
                      learned_precedence, agreement, by_intent, against_safe, against_no, institution, in_institution,
                      short_message, learned_precedence_answer=learned_precedence_answer,
                      learned_only_with=learned_only_with,
                      answer_outcomes=answer_outcomes,
                      correction=(_compile(answers_raw["correctie"], groups, line_of("antwoorden"))
                                  if "correctie" in answers_raw else None),
                      small_words=_word_set(raw.get("kleine_woorden")),
                      everyday_words=_word_set(everyday.get("woorden")), everyday_max=int(everyday.get("hoogstens", 6)),
                      yes_elsewhere=yes_elsewhere, foreign_words=_word_set(foreign.get("woorden")),
                      foreign_least=foreign_least, foreign_share=foreign_share,
                      dutch_words=_word_set(dutch.get("woorden")), dutch_least=dutch_least, dutch_share=dutch_share,
                      other_topics=tuple(_compile(p, groups, line_of("ander_onderwerp"))
                                         for p in raw.get("ander_onderwerp") or []),
                      no_to_something_else=tuple(_compile(p, groups, line_of("ontkenning_van_iets_anders"))
                                                 for p in raw.get("ontkenning_van_iets_anders") or []),
                      short_intents=_short_intents(short.get("intenties") or {}, groups, line_of("korte_berichten")),
                      short_intents_despite_facts=_short_intents(short.get("ook_met_feiten") or {}, groups,
                                                                 line_of("korte_berichten")),
                      short_intent_max=int(short.get("hoogstens", 0)),
                      needs={p: required_literals(p) for p in [*(p for e in entries for p in e.patterns),
                                                               *(p for values in context.values()
                                                                 for _value, ps in values for p in ps)]})


# The intents a short message may get by its words: those that carry no fact and have a reply of their own.
SHORT_INTENTS = ("greet", "thanks", "bot_challenge", "explain")
OTHER_LANGUAGE = "andere_taal"  # the intent of a message in another language without a story


class ShortIntent(NamedTuple):
    """What a short message says by its words (Recognizer.short_intent)."""
    intent: str
    despite_facts: bool  # a question about the chat's own words: it holds when the words name a fact too


def _short_intents(raw: Mapping[str, Any], groups: Mapping[str, str], line: int
                   ) -> tuple[tuple[str, tuple[re.Pattern, ...]], ...]:
    unknown = set(raw) - set(SHORT_INTENTS)
    if unknown:
        raise RecognitionError(line, f"korte_berichten: onbekende intentie {', '.join(sorted(unknown))} "
                                     f"(kan: {', '.join(SHORT_INTENTS)})")
    return tuple((intent, tuple(_compile(p, groups, line) for p in patterns or [])) for intent, patterns in raw.items())


def _word_set(words: Iterable[Any] | None) -> frozenset[str]:
    """A word list of herkenning.yml, normalized as messages are."""
    return frozenset(normalize(str(w)) for w in words or ())


def content_recognizer(content: Any = None) -> Recognizer:
    """The recognizer of the content (bot.content.Content; loaded from data/content/ when not given): the one
    way herkenning.yml is read."""
    if content is None:
        from bot.content import load_content  # here: content is the heavier import, not needed to compile

        content = load_content()
    return compile_recognition(content.recognition, content.vocabulary)


@dataclass
class Understanding:
    """What one message adds: facts to set, slots the parent does not know, and refused payload parts."""
    facts: dict[str, str] = field(default_factory=dict)
    unknown: set[str] = field(default_factory=set)
    rejected: list[str] = field(default_factory=list)
    from_payload: bool = False  # a button: its facts may correct earlier ones
    unclear_yes: bool = False  # a yes that may be about something else: the open question is not answered
    # what the parent seeks, said under another question that the message does not answer ("regels en geld" to the
    # Wlz question): it may replace what was said before
    new_wish: bool = False


INTENT_ANSWERS = {"affirm": "ja", "deny": "nee", "dont_know": "weet_niet"}
_PAYLOAD = re.compile(r"^/(?P<intent>[\w-]+)(?P<json>\{.*)?$", re.DOTALL)


def payload_facts(text: str) -> tuple[dict[str, str], list[str]] | None:
    """Facts of a button payload '/intent{"slot": "value"}' and the parts refused; None for normal text.

    Read from the raw text because Rasa silently drops payload entities it does not know, and a refused
    payload must be answered, not ignored.
    """
    match = _PAYLOAD.match(text.strip())
    if not match:
        return None
    facts: dict[str, str] = {}
    rejected: list[str] = []
    if match.group("json"):
        try:
            data = json.loads(match.group("json"))
        except ValueError:
            data = None
        if not isinstance(data, dict):
            return facts, [match.group("json")[:80]]
        for slot, value in data.items():
            if slot in SLOTS and isinstance(value, str) and value in SLOTS[slot]:
                facts[slot] = value
            else:
                rejected.append(f"{slot}={value!r}"[:80])
    return facts, rejected


def understand(recognizer: Recognizer, text: str, *, asked: str | None = None, intent: str | None = None,
               labels: Mapping[str, str] | None = None,
               ranking: Iterable[tuple[str, float]] = (),
               mentions: Mapping[str, str] | None = None,
               learned: Mapping[str, tuple[str, float]] | None = None,
               asked_only: Collection[str] = (),
               denied: Collection[tuple[str, str]] = (),
               unowned: Sequence[str] = ()) -> Understanding:
    """Read one message. `asked` is the slot of the question just asked; `labels` its button labels;
    `ranking` the trained model's intents with their confidence; `mentions` the facts the spaCy pipeline's
    entities state (bot.mentions); `learned` the learned reader's (bot.fact_classifier) with probabilities;
    `asked_only` the contact slots of doors the message names only in a question, `denied` the (slot, value) of
    outcomes it denies, `unowned` the outcomes it states without a door (all three bot.mentions).
    Learned facts at or above their `voorrang` (for the open question's slot: `voorrang_als_antwoord`) go first,
    then whole phrases of herkenning.yml, then mentions, then the phrase blocks marked `als_laatste`, then intents,
    then the open question's own words (`bij_vraag`, or an outcome without a door under an outcome question), then learned facts above their threshold. With a
    safety signal the `als_laatste` blocks say nothing: "wat moet ik doen?" then asks about the danger. With an
    intent that states no fact (FACTLESS_INTENTS, or an answer while no question is open) the reader speaks only for
    safety: "hoi, ik ben moeder van een zoon van 13" still has its age."""
    result = Understanding()
    # A question about another matter of the gemeente ("hoe vraag ik een paspoort aan voor hem?" while "waar wil je hulp
    # bij?" is open) answers nothing: its "aanvragen" made it 'regels en geld' and the parent got Het Juiste Loket right
    # under "daar kan ik je niet bij helpen" (session 25, a smoke test)
    other_matter = intent == OUT_OF_SCOPE and recognizer.other_topic(text)
    from_payload = payload_facts(text)
    wish = None  # what the parent seeks, said under another question (below)
    if from_payload is not None:
        result.facts, result.rejected = from_payload
        result.from_payload = True
    else:
        result.facts, general, before_reader = recognizer.phrases_in(text)
        gemeente_named = any(AT_THE_GEMEENTE[0] in source for source in (result.facts, mentions or {}, general))
        # While a question is open the parent mostly answers it ("ja, bij het wijkteam"): the learned reader then
        # speaks only for that question and for safety, so a short answer never fills other facts by guessing.
        learned = {s: v for s, v in (learned or {}).items() if not asked or s in (asked, SAFETY)}
        # A bare yes or no to a question that is not a yes/no question ("ja dat klopt" to "waar wil je hulp bij?") has
        # nothing for the reader to guess from (session 23, a smoke test: it guessed 'regels en geld' and the parent
        # got Het Juiste Loket).
        bare_yes_no = bool(asked) and "ja" not in recognizer.meaning.get(asked, {}) and len(_words(text)) <= 4 \
            and (intent in ANSWER_INTENTS or recognizer.yes_or_no(text) is not None)
        if intent in FACTLESS_INTENTS or (intent in ANSWER_INTENTS and not asked) or bare_yes_no:
            learned = {s: v for s, v in learned.items() if s == SAFETY}  # words and phrases still count
        learned = recognizer.named_learned(learned, text)
        # A 'nee' is said, not guessed: the reader learned it from "nog niet bij de gemeente geweest" and gave it to
        # "we zijn bij het wyk team geweest" (0.99) and even "bij de bakker geweest" (session 19).
        if not recognizer.negates(text):
            learned = {s: v for s, v in learned.items() if v[0] != "nee"}
        # A door named only in a question is no visit (LABELS.md): the reader gave "kan het wijkteam ons helpen?"
        # 0.99 contact and "is het expertteam iets anders dan het wijkteam?" two visits with their outcomes (session
        # 20). A phrase that says the visit still counts.
        learned = {s: v for s, v in learned.items() if not (s in asked_only and v[0] == "ja")}
        # Nor does the reader's outcome that the message denies: it gave "het cjg heeft ons niet afgewezen, maar
        # ook niks aangeboden" 0.9 'afgewezen' (session 21).
        learned = {s: v for s, v in learned.items() if (s, v[0]) not in denied}
        reading = learned.pop(SAFETY, None)
        # A message that is only an age has no room for a danger: the reader, which learned "net" from "heeft net
        # pillen genomen", gave "ze is net 2" 0.96 for acute danger (session 20). A phrase still counts.
        # The same for a message of only small words: "en nu?" after the advice got 112 (session 20).
        if reading is not None and (recognizer.only_an_age(text) or recognizer.only_small_words(text)):
            reading = (reading[0], 0.0)
        # A 'nee' or 'weet_niet' the parent wrote ("het expertteam is er niet bij betrokken", "wlz weet ik niet
        # zeker") goes before the reader's precedence unless the reader is very sure: a negated fact must not get
        # the positive value. Only very sure, because the word reading of a negation can reach too far ("de hulp
        # die de gemeente regelde past niet").
        # A whole phrase that denies ("we zitten niet bij het jeugdteam") is never overruled: it was written for
        # that denial. Only the word reading's may be, see above.
        phrase_no = {slot for slot, value in result.facts.items() if value in STATED_NO}
        stated_no = phrase_no | {slot for source in (mentions or {}, general) for slot, value in source.items()
                                 if value in STATED_NO}
        overrule = recognizer.learned_against_no if recognizer.learned_against_no is not None else float("inf")
        # The reader learned that an expertteam comes after the gemeente found nothing (LABELS.md) and leans to
        # that outcome whenever the expertteam is named, also when it is denied ("het expertteam is er niet bij
        # betrokken"): then that outcome of the reader does not go first (session 30).
        first = {slot: value for slot, value in recognizer.facts_learned(learned, True, asked).items()
                 if not ((slot, value) == NOTHING_FOUND and EXPERT_CONTACT in stated_no)}
        # A block with `voor_de_lezer` was written for its case ("we willen een andere instelling" after a complaint
        # is seeking help; the reader said 'klacht' at 0.87, session 34): the reader's precedence does not overrule it.
        result.facts.update({slot: value for slot, value in first.items() if slot not in before_reader and (
                             slot not in stated_no or value in STATED_NO
                             or (slot not in phrase_no and learned[slot][1] >= overrule))})
        from_model = recognizer.facts_from_intents(ranking)
        if other_matter:  # DIET's safety intent under a question about another matter is no signal (session 28:
            from_model.pop(SAFETY, None)  # "wanneer halen ze het grofvuil op?" had acute danger at 0.93 next to it)
        said = result.facts.pop(SAFETY, None) or (mentions or {}).get(SAFETY) or general.get(SAFETY)
        # The open question's own words (`bij_vraag`: "logeeropvang", "begeleiding thuis" to "waar wil je hulp bij?")
        # go before the reader's guess for that slot (session 22, a smoke test: it guessed 'klacht' at 0.56-0.58).
        # So does an outcome said without a door ("ze zeggen dat ze het gaan bekijken"), under the question how it
        # went at a door (session 23, a smoke test: "Sorry, dat begreep ik niet goed").
        told = (recognizer.in_context(text, asked) or recognizer.outcome_answer(text, asked, unowned)) if asked else None
        # A message that answers nothing of the open question but says what the parent seeks, in the words of the
        # question "waar wil je hulp bij?" ("eigenlijk gaat het om regels en geld", "hulp voor hem" to the Wlz
        # question), says it again or changes it (session 26, smoke tests: "Sorry, dat begreep ik niet goed"). Only
        # short ones that name no door or other fact: the words are few and broad ("geld", "zorg", "expert": "ik
        # bedoel het expertteam" is about the door). Whether it answers the open question is known below.
        wish = recognizer.in_context(text, SOUGHT) if asked and asked != SOUGHT and told is None \
            and len(_words(text)) <= 10 and not set(mentions or {}) - {SOUGHT} else None
        sources = [mentions or {}, general, from_model, {asked: told} if told else {},
                   {SOUGHT: wish} if wish else {}, recognizer.facts_learned(learned)]
        # what only an `als_laatste` block says ("wat moet ik doen?"): with a safety signal that is a question about
        # the danger, not what the parent seeks (below). An age from a phase ("een peuter") stays an age.
        last_resort = {slot for slot in general if slot not in (SAFETY, AGE)
                       and slot not in result.facts and slot not in (mentions or {})}
        for slot, value in [item for source in sources for item in source.items()]:
            if slot in SLOTS and value in SLOTS[slot] and slot != SAFETY:
                result.facts.setdefault(slot, value)
        # An outcome at a door needs that door in the same message: "expertteam hebben we nog niet benaderd" has no
        # outcome there, whatever a word or the reader guessed; and "het CIZ heeft de aanvraag afgewezen" or a
        # waiting list at a clinic the GP found is no outcome at the gemeente (LABELS.md). While a question is open
        # the parent may answer only its outcome: the door was said before.
        for outcome, contact in OUTCOME_CONTACT.items():
            if result.facts.get(contact) == "nee" or (not asked and contact not in result.facts):
                result.facts.pop(outcome, None)
        # The reader learned that an expertteam comes after the gemeente found nothing (LABELS.md), and guesses that
        # also when the expertteam is denied: "expertteam is nog niet ingeschakeld" says nothing about the gemeente.
        if result.facts.get(EXPERT_CONTACT) == "nee" and not gemeente_named:
            for slot in AT_THE_GEMEENTE:
                result.facts.pop(slot, None)
        # Whether the parent says it is safe matters only to the reader's weight; a said 'veilig' already says it.
        stated_safe = reading is not None and (said == DEFAULTS[SAFETY] or recognizer.states_safe(text))
        certain = said not in (None, DEFAULTS[SAFETY]) and recognizer.certain_signal(text)
        # only a worry about safety can be one of a care setting: the patterns run only then
        institution = reading is not None and reading[0] == CONCERN and recognizer.in_institution(text)
        short = recognizer.short_message is not None and len(text.split()) <= recognizer.short_message
        foreign = certain and recognizer.other_language(text)
        safety = recognizer.safety(said, from_model.get(SAFETY), reading, stated_safe, certain, institution, short,
                                   foreign)
        if safety:
            result.facts[SAFETY] = safety
        if has_safety_signal(result.facts):
            for slot in last_resort:  # set from `general` above: nothing before it had the slot
                result.facts.pop(slot, None)
        # So is a short question about the chat's own words ("wat bedoel je met cliëntondersteuner?", "waarom wil je
        # weten of ik al bij de gemeente ben geweest"; `ook_met_feiten`): its door or wish is the topic (session 28).
        said_short = recognizer.short_intent(text) if intent == EXPLAIN else None
        if intent in ABOUT_OTHER_THINGS or (said_short is not None and said_short.despite_facts):
            result.facts = {slot: value for slot, value in result.facts.items()
                            if slot in KEPT_ABOUT_OTHER_THINGS or (slot == asked and not other_matter)}
    # "ja, de gemeente weet het, maar ..." to the Wlz question: the yes may be about what follows (session 21, a
    # smoke test: it was stored as a Wlz-indicatie and the parent was sent to the zorgkantoor)
    # So may a bare "ok" to a question whose answer is a yes or a no (session 23, a smoke test: "ok" to the Wlz
    # question was stored as a Wlz-indicatie)
    result.unclear_yes = bool(asked and from_payload is None and asked not in result.facts
                              and (recognizer.yes_about_something_else(text, asked)
                                   or ("ja" in recognizer.meaning.get(asked, {}) and recognizer.only_agreement(text))))
    if asked and asked not in result.facts and not result.rejected and not result.unclear_yes and not other_matter:
        answer = None if from_payload is not None else recognizer.short_answer(text, asked, labels or {})
        if answer is None and intent in INTENT_ANSWERS:
            answer = recognizer.meaning_of(asked, INTENT_ANSWERS[intent])
        # "ik weet niet wat jullie bedoelen" asks what the question means; the assistant explains and asks again
        # (session 19: it was stored as "does not know")
        if intent == EXPLAIN and answer in (UNKNOWN, recognizer.meaning_of(asked, "weet_niet")):
            answer = None
        if answer == UNKNOWN:
            result.unknown.add(asked)
        elif answer is not None and answer in SLOTS[asked]:
            result.facts[asked] = answer
    # An answer to whether the parent was at a door may say how it went there ("ja, ze zoeken nog", "die zijn al een
    # half jaar bezig maar komen niet verder"): the words of the outcome question tell which outcome (session 22, a
    # smoke test: the outcome was asked next, or the answer was not understood at all).
    outcome = CONTACT_OUTCOME.get(asked or "")
    if outcome and from_payload is None and result.facts.get(asked) == "ja" and outcome not in result.facts:
        told = recognizer.in_context(text, outcome) or recognizer.outcome_answer(text, outcome, unowned)
        if told is not None:
            result.facts[outcome] = told
    result.new_wish = bool(wish) and result.facts.get(SOUGHT) == wish and asked not in result.facts \
        and asked not in result.unknown and not result.unclear_yes
    return result
