"""The Rasa components that turn a message into entities named after the slots.

WoordFeiten: the Dutch spaCy pipeline's mentions, rule-based. It runs after SpacyNLP, on the doc SpacyNLP already
made, so the text is processed once. Each entity is a fact: entity = slot name, value = slot value (bot.mentions
decides, from data/content/woorden.yml); a municipality name becomes the entity `gemeente_naam`. The actions
read these entities by EXTRACTOR.

FeitenLeren: facts learned from labelled parents' messages (bot/fact_classifier.py), with their probability.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Optional, Text, Type

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import SPACY_DOCS
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.nlu.utils.spacy_utils import SpacyModel, SpacyNLP
from rasa.shared.nlu.constants import ENTITIES, INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.fact_classifier import (EXTRACTOR as LEARNED, FactReader, examples_fingerprint, from_rasa_data,
                                 load_examples, reader_settings)

from bot.mentions import EXTRACTOR, MUNICIPALITY_ENTITY, GapMatcher, load_vocabulary, read_mentions

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
            if reading.municipality:
                found.append({"entity": MUNICIPALITY_ENTITY, "value": reading.municipality,
                              "confidence": 1.0, "extractor": EXTRACTOR})
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
        examples = load_examples()
        if not examples:  # nothing to learn from: the component then adds nothing
            return self._resource
        rasa_data = [(m.get(TEXT), m.get(INTENT)) for m in training_data.intent_examples if m.get(TEXT)]
        intents, slots = reader_settings()
        self._reader = FactReader.train(examples + from_rasa_data(rasa_data, intents), slots)
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
