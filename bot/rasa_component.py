"""The Rasa components that turn a message into entities named after the slots.

WoordFeiten: the Dutch spaCy pipeline's mentions, rule-based. It runs after SpacyNLP, on the doc SpacyNLP already
made, so the text is processed once. Each entity is a fact: entity = slot name, value = slot value (bot.mentions
decides, from data/content/woorden.yml); a municipality name becomes the entity `gemeente_naam`. The actions
read these entities by EXTRACTOR.

FeitenLeren: facts learned from labelled parents' messages (bot/fact_classifier.py), with their probability.

SnelTellen: Rasa's CountVectorsFeaturizer, with the same features counted faster per message.

TaalMetFeiten: a message in another language that states facts is `inform`, as LABELS.md labels it.

AndereSchrift: a message mostly in another script (Arabic, Cyrillic, Chinese ...) is `andere_taal`.

AnderOnderwerp: a question about another matter of the gemeente (a passport, waste) without facts is `out_of_scope`.

KorteBerichten: a short message without a story that greets, thanks or asks whether it is a person gets that intent.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Optional, Text, Tuple, Type

import numpy as np
import scipy.sparse

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import DENSE_FEATURIZABLE_ATTRIBUTES, SPACY_DOCS
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer import CountVectorsFeaturizer
from rasa.nlu.utils.spacy_utils import SpacyModel, SpacyNLP
from rasa.shared.nlu.constants import (ENTITIES, FEATURE_TYPE_SENTENCE, FEATURE_TYPE_SEQUENCE, INTENT,
                                      INTENT_RANKING_KEY, TEXT)
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.fact_classifier import (EXTRACTOR as LEARNED, FactReader, example_files, examples_fingerprint,
                                 learned_from_entities, train_reader)
from bot.reader_ahead import trained_ahead

from bot.mentions import AGE, EXTRACTOR, GapMatcher, hint_entities, load_vocabulary, read_mentions
from bot.situation import DEFAULTS, SLOTS, has_safety_signal
from bot.understanding import (OTHER_LANGUAGE, OUT_OF_SCOPE, SAFETY, SHORT_INTENTS, Recognizer,
                                content_recognizer)

# Rasa's graph builds SpacyNLP twice (one node provides the pipeline, another runs it on the training data) and
# each loads it from disk: 3-4 s each here, in every training and at every start. The path names the content
# (bot/dutch_pipeline.py), so the same path is the same pipeline: load it once per process.
SpacyNLP.load_model = staticmethod(lru_cache(maxsize=2)(SpacyNLP.load_model))


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False,
                          model_from="SpacyNLP")
class WoordFeiten(GraphComponent, EntityExtractorMixin):
    """Facts from domain words, ages and municipality names (rule-based, no training)."""

    @classmethod
    def required_components(cls) -> List[Type]:
        return [SpacyNLP]

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {}

    def __init__(self) -> None:
        self._vocabulary = load_vocabulary()
        self._gaps: Optional[GapMatcher] = None  # built on the first message, with SpacyNLP's pipeline

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "WoordFeiten":
        return cls()

    def process(self, messages: List[Message], model: SpacyModel) -> List[Message]:
        if self._gaps is None:
            self._gaps = GapMatcher(model.model, self._vocabulary)
        for message in messages:
            doc = message.get(SPACY_DOCS[TEXT]) or model.model(message.get(TEXT) or "")
            reading = read_mentions(doc, self._vocabulary, self._gaps)
            found = [{"entity": slot, "value": value, "start": start, "end": end, "confidence": 1.0,
                      "extractor": EXTRACTOR} for slot, (value, start, end) in reading.found.items()]
            found += [{"entity": entity, "value": value, "confidence": 1.0, "extractor": EXTRACTOR}
                      for entity, value in hint_entities(reading)]
            message.set(ENTITIES, message.get(ENTITIES, []) + found, add_to_output=True)
        return messages


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=True)
class FeitenLeren(GraphComponent, EntityExtractorMixin):
    """Facts learned from the labelled messages in data/feiten/ (bot/fact_classifier.py): each slot's most
    likely value with its probability. The actions decide, per slot and threshold, whether to use it."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {}

    @classmethod
    def fingerprint_addon(cls, config: Dict[str, Any]) -> Optional[str]:
        return examples_fingerprint()  # the examples are outside Rasa's training data: retrain when they change

    def __init__(self, model_storage: ModelStorage, resource: Resource, reader: Optional[FactReader] = None):
        self._storage, self._resource, self._reader = model_storage, resource, reader

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "FeitenLeren":
        return cls(model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        if not example_files():  # nothing to learn from: the component then adds nothing
            return self._resource
        rasa_messages = [(m.get(TEXT), m.get(INTENT)) for m in training_data.intent_examples if m.get(TEXT)]
        self._reader = trained_ahead(rasa_messages) or train_reader(rasa_messages)
        with self._storage.write_to(self._resource) as directory:
            self._reader.save(Path(directory))
        return self._resource

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "FeitenLeren":
        try:
            with model_storage.read_from(resource) as directory:
                return cls(model_storage, resource, FactReader.load(Path(directory)))
        except (ValueError, FileNotFoundError):  # trained without examples: nothing was stored
            return cls(model_storage, resource)

    def process(self, messages: List[Message]) -> List[Message]:
        if self._reader is None:
            return messages
        for message, learned in zip(messages, self._reader.read_many([m.get(TEXT) or "" for m in messages])):
            found = [{"entity": slot, "value": value, "confidence": probability, "extractor": LEARNED}
                     for slot, (value, probability) in learned.items()]
            message.set(ENTITIES, message.get(ENTITIES, []) + found, add_to_output=True)
        return messages


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=True)
class SnelTellen(CountVectorsFeaturizer):
    """Rasa's CountVectorsFeaturizer (same settings, same vocabulary, the very same feature matrices), counting
    faster. Rasa asks sklearn's CountVectorizer twice per message (the words one by one, then the whole
    sentence); its checks and matrix building cost more than the counting itself: the two featurizers took
    1.2 ms of a 6.4 ms parse here, now 0.6 ms. This counts each word's n-grams once and remembers them (parents use the
    same words again and again), and adds them up for the sentence, which is what sklearn's sentence count is
    when n-grams never cross a space (word unigrams, char_wb). Other settings go the old way."""

    _CACHE_LIMIT = 50_000  # remembered words per attribute

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _COUNTERS.add(self._identifier)
        self._counted: Dict[Text, Dict[Text, Tuple[Tuple[int, int], ...]]] = {}
        self._analyzers: Dict[Text, Any] = {}  # sklearn builds a new analyzer on every call: once per attribute

    def _sums_per_word(self, attribute: Text) -> bool:
        vectorizer = self.vectorizers[attribute]
        return not vectorizer.binary and (vectorizer.analyzer == "char_wb" or
                                          (vectorizer.analyzer == "word" and vectorizer.ngram_range[1] == 1))

    def _counts(self, attribute: Text, token: Text) -> Tuple[Tuple[int, int], ...]:
        """The vocabulary ids of a word's n-grams with their counts, in id order (as sklearn sorts them)."""
        counted = self._counted.setdefault(attribute, {})
        known = counted.get(token)
        if known is None:
            vectorizer = self.vectorizers[attribute]
            analyze = self._analyzers.get(attribute)
            if analyze is None:  # depends only on the settings, not on the vocabulary
                analyze = self._analyzers[attribute] = vectorizer.build_analyzer()
            vocabulary, counter = vectorizer.vocabulary_, {}
            for feature in analyze(token):
                index = vocabulary.get(feature)
                if index is not None:
                    counter[index] = counter.get(index, 0) + 1
            known = tuple(sorted(counter.items()))
            if len(counted) < self._CACHE_LIMIT:
                counted[token] = known
        return known

    def _create_features(self, attribute: Text, all_tokens: List[List[Text]]
                         ) -> Tuple[List[Optional[scipy.sparse.spmatrix]], List[Optional[scipy.sparse.spmatrix]]]:
        if not self.vectorizers.get(attribute) or not self._sums_per_word(attribute):
            return super()._create_features(attribute, all_tokens)
        sequences: List[Optional[scipy.sparse.spmatrix]] = []
        sentences: List[Optional[scipy.sparse.spmatrix]] = []
        for tokens in all_tokens:
            if not tokens:
                sequences.append(None)
                sentences.append(None)
                continue
            size = len(self.vectorizers[attribute].vocabulary_)  # only a trained vectorizer has one
            rows, columns, counts, total = [], [], [], {}
            for row, token in enumerate(tokens):
                for column, count in self._counts(attribute, token):
                    rows.append(row)
                    columns.append(column)
                    counts.append(count)
                    total[column] = total.get(column, 0) + count
            sequences.append(_coo(rows, columns, counts, (len(tokens), size)))
            ordered = sorted(total)
            sentences.append(_coo([0] * len(ordered), ordered, [total[c] for c in ordered], (1, size))
                             if attribute in DENSE_FEATURIZABLE_ATTRIBUTES else None)
        return sequences, sentences

    def add_features_to_message(self, sequence: Any, sentence: Any, attribute: Text, message: Message) -> None:
        """Like Rasa's, except that a second SnelTellen appends its columns to the first one's matrices. DIET
        glues a message's sparse matrices together on every parse (scipy's hstack after a deep copy: 0.3 to 0.6
        ms here, as much as the counting). Appended here, in the same order, they are the very same matrices
        (tests/test_sneltellen.py), so DIET learns and predicts exactly the same, for less."""
        for kind, matrix in ((FEATURE_TYPE_SEQUENCE, sequence), (FEATURE_TYPE_SENTENCE, sentence)):
            if matrix is None:
                continue
            last = next((f for f in reversed(message.features)
                         if f.attribute == attribute and f.type == kind and f.is_sparse()), None)
            origins = _origins(last.origin) if last is not None else []
            if (origins and set(origins) <= _COUNTERS and self._identifier not in origins
                    and isinstance(last.features, scipy.sparse.coo_matrix)):
                # the last of its kind: moved to the end, the sparse matrices of this kind keep their order
                message.features.remove(last)
                message.add_features(Features(_side_by_side(last.features, matrix), kind, attribute,
                                              [*origins, self._identifier]))
            else:
                message.add_features(Features(matrix, kind, attribute, self._identifier))


# The identifiers of this process's SnelTellen: only their matrices are appended to.
_COUNTERS: set = set()


def _origins(origin: Any) -> List[Text]:
    return list(origin) if isinstance(origin, list) else [origin]


def _side_by_side(left: scipy.sparse.coo_matrix, right: scipy.sparse.coo_matrix) -> scipy.sparse.coo_matrix:
    """scipy.sparse.hstack([left, right]) of two count matrices, entry for entry: the left's, then the right's."""
    return scipy.sparse.coo_matrix((np.concatenate([left.data, right.data]),
                                    (np.concatenate([left.row, right.row]),
                                     np.concatenate([left.col, right.col + left.shape[1]]))),
                                   shape=(left.shape[0], left.shape[1] + right.shape[1]))


def _coo(rows: List[int], columns: List[int], counts: List[int], shape: Tuple[int, int]) -> scipy.sparse.coo_matrix:
    """A count matrix with sklearn's types (int32 coordinates, int64 counts)."""
    return scipy.sparse.coo_matrix((np.asarray(counts, dtype=np.int64),
                                    (np.asarray(rows, dtype=np.int32), np.asarray(columns, dtype=np.int32))),
                                   shape=shape)


INFORM = "inform"


def in_other_script(text: str) -> bool:
    """Whether most letters of the text are not Latin letters (Arabic, Cyrillic, Chinese, Ge'ez ...)."""
    if text.isascii():  # almost every message: no need to look up each letter's name
        return False
    letters = [ch for ch in text if ch.isalpha()]
    other = sum(not unicodedata.name(ch, "").startswith("LATIN") for ch in letters)
    return other * 2 > len(letters)


@lru_cache(maxsize=1)
def _recognizer() -> Recognizer:
    return content_recognizer()


def _set_intent(message: Message, name: str, confidence: Optional[float]) -> None:
    """Make `name` the message's intent and put it first in its ranking (the policies and the actions read both)."""
    intent = {"name": name, "confidence": confidence}
    ranking = [i for i in message.get(INTENT_RANKING_KEY) or [] if i.get("name") != name]
    message.set(INTENT, intent, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [intent, *ranking], add_to_output=True)


class IntentRule(GraphComponent):
    """A component without settings or training that changes a parsed message's intent by a rule of the content
    (TaalMetFeiten, AnderOnderwerp, KorteBerichten, VerhaalMetLeeftijd, AndereSchrift). They run after the
    FallbackClassifier."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {}

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "IntentRule":
        return cls()


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class TaalMetFeiten(IntentRule):
    """A message in another language that states facts is `inform` (LABELS.md): DIET learned `andere_taal` from
    messages in other languages and gave it to 28 stories in English, Polish or Turkish of the development sets
    ("my son (15) ran away an hour ago ..."). Facts are those of the word reading (WoordFeiten) and, from the
    chance from which the actions take them, those of the learned reader (session 29: it learned other languages
    and dialects), but not what the parent seeks alone; a signal of the learned reader or of a phrase counts too
    (session 27: a Turkish message about a son who wants to die was `andere_taal`; session 28: a German neighbour
    "ich höre, wie er sie schlägt"). Only when the words show another language (herkenning.yml, `andere_taal`):
    the actions then still give the note that the assistant speaks only Dutch. A message without facts ("do you
    speak English?", "my son needs help, can I write in Polish?") stays `andere_taal`. It runs after the
    FallbackClassifier and before AndereSchrift: a message in another script stays `andere_taal`."""

    def process(self, messages: List[Message]) -> List[Message]:
        recognizer = _recognizer()
        for message in messages:
            intent = message.get(INTENT) or {}
            text = message.get(TEXT) or ""
            if intent.get("name") != OTHER_LANGUAGE or not recognizer.other_language(text):
                continue
            if not (_states_facts(message) or _reader_states_facts(message, recognizer)
                    or _may_be_a_signal(message, recognizer) or has_safety_signal(recognizer.facts_in(text))):
                continue
            _set_intent(message, INFORM, intent.get("confidence"))
        return messages


FALLBACK = "nlu_fallback"
RESTART = "opnieuw"
# An age, "I need help" or the gemeente itself may stand in a question about something else ("een paspoort voor mn
# baby", "een extra container aanvragen bij gemeente almere"); what the gemeente did about care may not.
NOT_OF_THE_DOMAIN = frozenset(("hulpvraag", "leeftijd", "gemeente_contact"))


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class AnderOnderwerp(IntentRule):
    """A question about another matter of the gemeente or of daily life (a passport, waste, the WOZ: herkenning.yml,
    `ander_onderwerp`) that states no fact of the domain and no signal is `out_of_scope`. DIET heard "gemeente",
    "aanvragen" or "baby" and said `inform`, so the parent got the first question about the care. It runs after the
    FallbackClassifier and changes only `inform`, a fallback and `opnieuw` ("kan ik hier ook een nieuwe id kaart
    aanvragen?": DIET heard "nieuwe" as starting again; session 26, openingen-36), and a safety intent the learned
    reader does not back (DIET gave "wie heeft er gister gewonnen, ajax of psv?" suicide at 0.54; session 27). Not a
    message that goes on about a child and asks for help (`_asks_help_for_a_child`): "een brief over de
    afvalstoffenheffing, maar eigenlijk wil ik iets anders vragen: mijn zoon van 14 ..." (session 32)."""

    def process(self, messages: List[Message]) -> List[Message]:
        recognizer = _recognizer()
        for message in messages:
            intent = message.get(INTENT) or {}
            text = message.get(TEXT) or ""
            if intent.get("name") not in (INFORM, FALLBACK, RESTART, *recognizer.intent_facts) \
                    or not recognizer.other_topic(text):
                continue
            if _states_facts(message, NOT_OF_THE_DOMAIN) or _may_be_a_signal(message, recognizer) \
                    or set(recognizer.facts_in(text)) - NOT_OF_THE_DOMAIN \
                    or _asks_help_for_a_child(message, recognizer):
                continue
            _set_intent(message, OUT_OF_SCOPE, intent.get("confidence"))
        return messages


# `besides` for _states_facts: whether the words read an age (it makes a question about the chat's words a story)
EVERY_FACT_BUT_AGE = frozenset(SLOTS) - {AGE}


# What a parent seeks for a child in a story (not a question about rules or money, which a passport can be).
HELP_FOR_A_CHILD = frozenset(("hulp_zoeken", "advies_probleemgedrag", "klacht", "ondersteuning"))


def _asks_help_for_a_child(message: Message, recognizer: Recognizer) -> bool:
    """Whether the words read a child's age and the learned reader, as the actions take it, reads that the parent
    seeks help for the child: then the other matter was only the way in. Session 32 (the development sets): three
    openings that began with a letter about waste or a passport and then told about a son or daughter became
    `out_of_scope`, and the parent heard that the assistant cannot help."""
    return _states_facts(message, EVERY_FACT_BUT_AGE) and _reader_facts(message, recognizer).get(
        "hulpvraag") in HELP_FOR_A_CHILD


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class KorteBerichten(IntentRule):
    """A short message without a story that greets, thanks, asks whether it is a person or how the chat works
    (herkenning.yml, `korte_berichten`) gets that intent. DIET learned these intents from few examples and doubted
    "heej", "thnx" and "is dit chat gpt ofzo": the parent got "Sorry, dat begreep ik niet" (session 27,
    intenties-27). A short message in another language without a story ("Bom dia, posso escrever em português?")
    is `andere_taal`. Only without any fact of the words or the phrases and without a possible signal, so "hoi, mijn
    zoon van 9 staat op een wachtlijst" stays a story. A short question about the chat's own words (`ook_met_feiten`:
    "wat bedoel je met cliëntondersteuner?", "spreek ik met een medewerker van de gemeente?") keeps its intent when
    the words name a fact, not with an age or a possible signal (session 28: DIET called them stories). It runs
    after the FallbackClassifier and changes `inform`, a fallback and the other short intents (DIET called "Beste
    medewerker," a question whether it is a person)."""

    def process(self, messages: List[Message]) -> List[Message]:
        recognizer = _recognizer()
        for message in messages:
            intent = message.get(INTENT) or {}
            if intent.get("name") not in (INFORM, FALLBACK, OTHER_LANGUAGE, *SHORT_INTENTS):
                continue
            text = message.get(TEXT) or ""
            said = recognizer.short_intent(text)
            if said is None or said.intent == intent.get("name") or _may_be_a_signal(message, recognizer):
                continue
            facts = recognizer.facts_in(text)
            if said.despite_facts:  # a question about the chat's words; an age or a signal still makes a story
                if SAFETY in facts or _states_facts(message, EVERY_FACT_BUT_AGE):
                    continue
            elif _states_facts(message, frozenset()) or facts:
                continue
            _set_intent(message, said.intent, intent.get("confidence"))
        return messages


def _may_be_a_signal(message: Message, recognizer: Recognizer) -> bool:
    """Whether the learned reader gives a safety signal at least the chance from which it counts."""
    bar = recognizer.learned_thresholds.get(SAFETY, 0.0)
    return any(entity.get("extractor") == LEARNED and entity.get("entity") == SAFETY
               and entity.get("value") != DEFAULTS[SAFETY] and float(entity.get("confidence") or 0.0) >= bar
               for entity in message.get(ENTITIES) or [])


# Asking for help is what a message in another language without a story does ("my son needs help, can I write in
# Polish?", labelled `andere_taal` on the development sets); a story names an age, a door, the Wlz or a complaint.
NOT_A_STORY = frozenset(("hulpvraag",))


def _reader_states_facts(message: Message, recognizer: Recognizer) -> bool:
    """Whether the learned reader reads a fact other than what the parent seeks, as the actions take it
    (herkenning.yml, `geleerd`: `drempel`, `alleen_met`). Session 29: the reader learned from messages in other
    languages and dialects, which the word lists do not know."""
    return bool(set(_reader_facts(message, recognizer)) - {SAFETY, *NOT_A_STORY})


def _reader_facts(message: Message, recognizer: Recognizer) -> Dict[str, str]:
    """The learned reader's facts as the actions take them: above their threshold, and named (`alleen_met`)."""
    read = recognizer.named_learned(learned_from_entities(message.get(ENTITIES) or []), message.get(TEXT) or "")
    return recognizer.facts_learned(read)


def _states_facts(message: Message, besides: frozenset[str] = NOT_A_STORY) -> bool:
    """Whether the word reading (WoordFeiten) found a fact other than those `besides` (what the parent seeks)."""
    return any(entity.get("extractor") == EXTRACTOR and entity.get("entity") in SLOTS
               and entity.get("entity") not in besides for entity in message.get(ENTITIES) or [])


# Intents DIET gives to a story now and then: a greeting, thanks, a goodbye, "is this a person?", "how does this work?",
# another matter. Not `deny` or `affirm`: those answer the question that is open.
STORY_LOOKALIKES = frozenset((*SHORT_INTENTS, "goodbye", OUT_OF_SCOPE))
STORY_LEAST_WORDS = 8


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class VerhaalMetLeeftijd(IntentRule):
    """A message of at least STORY_LEAST_WORDS words whose words read a child's age (WoordFeiten) is a story
    (`inform`), also when DIET heard a greeting, thanks, a goodbye, a question whether this is a person or how the
    chat works, or another matter: "is er iemand? mijn zoon van 18 valt tussen wal en schip ...", "meri beti 14 saal
    ki hai, aaj dopahar se ghar nahi aayi" (session 34, the development sets: the parent got the reply to a greeting
    and had to tell it again). KorteBerichten already keeps a short message with an age a story; this does the same
    for DIET's own reading. It runs after KorteBerichten."""

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            intent = message.get(INTENT) or {}
            if intent.get("name") not in STORY_LOOKALIKES:
                continue
            # the word reading found an age (every fact but the age left out, as in _asks_help_for_a_child)
            if len((message.get(TEXT) or "").split()) < STORY_LEAST_WORDS \
                    or not _states_facts(message, EVERY_FACT_BUT_AGE):
                continue
            _set_intent(message, INFORM, intent.get("confidence"))
        return messages


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class AndereSchrift(IntentRule):
    """A message mostly in another script is `andere_taal`, whatever DIET made of it. DIET learned from Latin
    letters and called an Arabic "hello, I need help for my son" nlu_fallback, so the parent got a Dutch "I did not
    understand" instead of the reply that says, in English, where to call in danger (112, Veilig Thuis, 113).
    It runs after the FallbackClassifier, so it also replaces a fallback."""

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            if in_other_script(message.get(TEXT) or ""):
                _set_intent(message, OTHER_LANGUAGE, 1.0)
        return messages
