"""SnelTellen (bot/rasa_component.py) must give exactly the feature matrices of Rasa's CountVectorsFeaturizer:
DIET learns from them, so any difference would change what the assistant understands."""
from __future__ import annotations

from pathlib import Path

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer import CountVectorsFeaturizer
from rasa.nlu.tokenizers.spacy_tokenizer import SpacyTokenizer
from rasa.nlu.utils.spacy_utils import SpacyModel, SpacyNLP
from rasa.shared.importers.rasa import RasaFileImporter
from rasa.shared.nlu.training_data.message import Message

from bot.dutch_pipeline import ensure_pipeline
from bot.evaluate import HELDOUT, load_samples
from bot.rasa_component import SnelTellen
from bot.serve import RASA_INPUTS, ROOT

# The two featurizers of config.yml, and one that takes the old way (word pairs cross spaces).
SETTINGS = [{}, {"analyzer": "char_wb", "min_ngram": 2, "max_ngram": 4}, {"min_ngram": 1, "max_ngram": 2}]


@pytest.fixture(scope="module")
def messages(tmp_path_factory) -> tuple[list[Message], list[Message], SpacyModel]:
    """The training messages of Rasa's data and the held-out parents' messages, tokenized as in config.yml."""
    spacy_nlp, tokenizer = _readers(tmp_path_factory.mktemp("s"))
    model = spacy_nlp.provide()
    files = [str(ROOT / f) for f in RASA_INPUTS if "nlu" in f]
    training = RasaFileImporter(training_data_paths=files).get_nlu_data()
    new = [Message(data={"text": s.text}) for s in load_samples(HELDOUT)]
    spacy_nlp.process_training_data(training, model)
    tokenizer.process_training_data(training)
    spacy_nlp.process(new, model)
    tokenizer.process(new)
    return training, new, model


def _readers(path: Path) -> tuple[SpacyNLP, SpacyTokenizer]:
    """The spaCy pipeline and tokenizer of config.yml, stored under `path`."""
    config = {**SpacyNLP.get_default_config(), "model": str(ensure_pipeline()), "case_sensitive": False}
    return (SpacyNLP.create(config, LocalModelStorage(path), Resource("s"), _context("s")),
            SpacyTokenizer.create(SpacyTokenizer.get_default_config(), LocalModelStorage(path), Resource("t"),
                                  _context("t")))


def _tokenized(texts: list[str], model: SpacyModel, path: Path) -> list[Message]:
    """Messages read by the spaCy pipeline and tokenized, as config.yml does before the featurizers."""
    path.mkdir()
    spacy_nlp, tokenizer = _readers(path)
    messages = [Message(data={"text": text}) for text in texts]
    spacy_nlp.process(messages, model)
    tokenizer.process(messages)
    return messages


def _context(name: str) -> ExecutionContext:
    return ExecutionContext(GraphSchema({}), node_name=name)


def _trained(kind: type, settings: dict, training, model, path: Path, name: str = "") -> CountVectorsFeaturizer:
    config = {**kind.get_default_config(), **settings}
    path.mkdir()
    name = name or kind.__name__
    featurizer = kind.create(config, LocalModelStorage(path), Resource(name), _context(name))
    featurizer.train(training, model)
    return featurizer


def _features(featurizer: CountVectorsFeaturizer, messages: list[Message]) -> list[tuple]:
    """Every message's sequence and sentence matrices, as (shape, dtypes, coordinates, counts)."""
    out = []
    for message in messages:
        tokens = featurizer._get_processed_message_tokens_by_attribute(message, "text")
        for matrix in (m[0] for m in featurizer._create_features("text", [tokens])):
            out.append(None if matrix is None else
                       (matrix.shape, matrix.data.dtype, matrix.row.dtype, matrix.col.dtype,
                        matrix.row.tolist(), matrix.col.tolist(), matrix.data.tolist()))
    return out


@pytest.mark.parametrize("settings", SETTINGS, ids=["woorden", "char_wb", "woordparen"])
def test_the_same_features_as_rasas_count_vectors(messages, settings, tmp_path):
    training, new, model = messages
    rasa = _trained(CountVectorsFeaturizer, settings, training, model, tmp_path / "rasa")
    fast = _trained(SnelTellen, settings, training, model, tmp_path / "snel")
    assert rasa.vectorizers["text"].vocabulary_ == fast.vectorizers["text"].vocabulary_
    everything = training.training_examples + new + [Message(data={"text": "x"})]
    for _ in range(2):  # the second time from what it remembered per word
        assert _features(fast, everything) == _features(rasa, everything)


def test_an_empty_message_has_no_features(messages, tmp_path):
    training, _, model = messages
    fast = _trained(SnelTellen, SETTINGS[1], training, model, tmp_path / "snel")
    assert fast._create_features("text", [[]]) == ([None], [None])


def _combined(messages: list[Message]) -> list[tuple]:
    """What DIET gets of every message: all its sparse text matrices glued together, per kind."""
    out = []
    for message in messages:
        for features in message.get_sparse_features("text", []):
            matrix = None if features is None else features.features.tocoo()
            out.append(None if matrix is None else (matrix.shape, matrix.data.dtype, matrix.row.dtype,
                                                    matrix.row.tolist(), matrix.col.tolist(), matrix.data.tolist()))
    return out


def test_two_counters_give_diet_the_same_matrices_as_rasas(messages, tmp_path):
    """The second SnelTellen appends its columns to the first's (one matrix per kind instead of two): DIET must
    get, entry for entry, what it gets from Rasa's two featurizers."""
    training, new, model = messages
    words, letters = SETTINGS[0], SETTINGS[1]
    rasa = [_trained(CountVectorsFeaturizer, words, training, model, tmp_path / "r1", "rasa-woorden"),
            _trained(CountVectorsFeaturizer, letters, training, model, tmp_path / "r2", "rasa-letters")]
    fast = [_trained(SnelTellen, words, training, model, tmp_path / "s1", "snel-woorden"),
            _trained(SnelTellen, letters, training, model, tmp_path / "s2", "snel-letters")]
    texts = [m.get("text") for m in new] + ["x", "zoon van 14 zit thuis"]

    def featurized(featurizers: list) -> list[Message]:
        tokenized = _tokenized(texts, model, tmp_path / featurizers[0]._identifier)
        for featurizer in featurizers:
            featurizer.process(tokenized)
        return tokenized

    by_rasa, by_us = featurized(rasa), featurized(fast)
    assert _combined(by_us) == _combined(by_rasa)
    assert all(len([f for f in m.features if f.is_sparse()]) == 2 for m in by_us)  # one per kind, not two
    assert all(len([f for f in m.features if f.is_sparse()]) == 4 for m in by_rasa)
