"""The Rasa component that turns the Dutch spaCy pipeline's mentions into entities named after the slots.

It runs after SpacyNLP, on the doc SpacyNLP already made, so the text is processed once. Each entity is a fact:
entity = slot name, value = slot value (bot.mentions decides, from data/content/woorden.yml); a municipality
name becomes the entity `gemeente_naam`. The actions read these entities by EXTRACTOR.
"""
from __future__ import annotations

from typing import Any, Dict, List, Text, Type

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import SPACY_DOCS
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.nlu.utils.spacy_utils import SpacyModel, SpacyNLP
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.mentions import EXTRACTOR, MUNICIPALITY_ENTITY, load_vocabulary, read_mentions


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

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "WoordFeiten":
        return cls()

    def process(self, messages: List[Message], model: SpacyModel) -> List[Message]:
        for message in messages:
            doc = message.get(SPACY_DOCS[TEXT]) or model.model(message.get(TEXT) or "")
            reading = read_mentions(doc, self._vocabulary)
            found = [{"entity": slot, "value": value, "start": start, "end": end, "confidence": 1.0,
                      "extractor": EXTRACTOR} for slot, (value, start, end) in reading.found.items()]
            if reading.municipality:
                found.append({"entity": MUNICIPALITY_ENTITY, "value": reading.municipality,
                              "confidence": 1.0, "extractor": EXTRACTOR})
            message.set(ENTITIES, message.get(ENTITIES, []) + found, add_to_output=True)
        return messages
