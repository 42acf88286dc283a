"""The learned fact reader trained beside `rasa train` (bot/reader_ahead.py): FeitenLeren takes it only when it
learned from exactly Rasa's messages, and the model then holds the same reader as when FeitenLeren trains it."""
from __future__ import annotations

import json
import logging
import tarfile
from pathlib import Path

import numpy as np
import pytest

from bot import reader_ahead
from bot.dutch_pipeline import ENV_VAR as SPACY_ENV_VAR, relative_pipeline_dir
from bot.fact_classifier import Example, FactReader, reader_key
from bot.reader_ahead import DONE, ENV_VAR, READER, rasa_messages, train_into, trained_ahead
from bot.serve import RASA_INPUTS, ROOT, ensure_model, reads_learned_facts

INPUTS = [str(ROOT / p) for p in RASA_INPUTS]  # config, domain, data...
MESSAGES = [("hallo", "greet"), ("mijn zoon van 15 zit thuis", "inform"), ("dank je", "thanks")]


def _small_reader() -> FactReader:
    examples = [Example(f"ik heb een klacht over de begeleiding {i}", {"hulpvraag": "klacht"}) for i in range(6)]
    return FactReader.train(examples + [Example(t, {}) for t in ("hallo", "doei", "bedankt")], slots=("hulpvraag",))


def _prepare(directory: Path, done: dict) -> FactReader:
    reader = _small_reader()
    reader.save(directory / READER)
    (directory / DONE).write_text(json.dumps(done), encoding="utf-8")
    return reader


def test_the_key_is_what_the_reader_learns_from_not_the_order_rasa_reads_it_in():
    assert reader_key(MESSAGES) == reader_key(list(reversed(MESSAGES)))
    assert reader_key(MESSAGES) != reader_key([*MESSAGES[:2], ("dank je wel", "thanks")])
    assert reader_key(MESSAGES) != reader_key([*MESSAGES[:2], ("dank je", "greet")])


def test_without_a_helper_feitenleren_trains_the_reader_itself(monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert trained_ahead(MESSAGES) is None


def test_a_reader_trained_on_the_same_messages_is_taken(tmp_path: Path, monkeypatch):
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    prepared = _prepare(tmp_path, {"key": reader_key(MESSAGES)})
    taken = trained_ahead(list(reversed(MESSAGES)))
    assert taken is not None and taken.vocabulary == prepared.vocabulary
    assert np.array_equal(taken.weights, prepared.weights)


@pytest.mark.parametrize("done", [{"key": "0000000000000000"}, {"fout": "FileNotFoundError: data/nlu.yml"}])
def test_a_reader_of_other_messages_or_a_failed_helper_is_not_taken(tmp_path: Path, monkeypatch, caplog, done):
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    _prepare(tmp_path, done)
    with caplog.at_level(logging.WARNING, logger=reader_ahead.__name__):
        assert trained_ahead(MESSAGES) is None
    assert "traint zelf" in caplog.text


def test_a_helper_that_never_finishes_is_not_waited_for_forever(tmp_path: Path, monkeypatch, caplog):
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    with caplog.at_level(logging.WARNING, logger=reader_ahead.__name__):
        assert trained_ahead(MESSAGES, wait_s=0.2) is None
    assert "niet binnen" in caplog.text


def test_a_failing_helper_says_so_instead_of_leaving_feitenleren_waiting(tmp_path: Path):
    broken = tmp_path / "config.yml"
    broken.write_text("pipeline: [\n", encoding="utf-8")
    train_into(tmp_path, str(broken), INPUTS[1], INPUTS[2:])
    done = json.loads((tmp_path / DONE).read_text(encoding="utf-8"))
    assert "fout" in done and "key" not in done


def test_only_a_pipeline_with_the_reader_starts_the_helper(tmp_path: Path):
    assert reads_learned_facts(ROOT / "config.yml")
    variant = tmp_path / "zonder.yml"
    variant.write_text("pipeline:\n  - name: SpacyNLP\n  - name: DIETClassifier\n", encoding="utf-8")
    assert not reads_learned_facts(variant)


def _model_reader(model: Path, into: Path) -> FactReader:
    with tarfile.open(model) as archive:
        members = [m for m in archive.getmembers() if "FeitenLeren" in m.name and m.isfile()]
        archive.extractall(into, members=members)
    return FactReader.load(next(into.rglob("feitenlezer.json")).parent)


def test_the_reader_trained_beside_rasa_is_the_one_in_the_model_and_feitenleren_takes_it(tmp_path: Path,
                                                                                         monkeypatch):
    """Trained beside Rasa or by FeitenLeren itself, the model holds the same reader (the model all other tests
    use was trained by bot.serve.train); and given the helper's directory, FeitenLeren takes the reader from it."""
    from rasa.engine.storage.local_model_storage import LocalModelStorage
    from rasa.engine.storage.resource import Resource
    from rasa.shared.importers.importer import TrainingDataImporter

    from bot import rasa_component

    monkeypatch.setenv(SPACY_ENV_VAR, relative_pipeline_dir())  # config.yml names the pipeline, as bot.serve sets
    ahead = tmp_path / "vooraf"
    ahead.mkdir()
    train_into(ahead, *INPUTS[:2], INPUTS[2:])
    beside = FactReader.load(ahead / READER)
    in_model = _model_reader(ensure_model(quiet=True), tmp_path / "model")
    assert beside.vocabulary == in_model.vocabulary and beside.classes == in_model.classes
    for name in ("idf", "weights", "bias"):
        assert np.array_equal(getattr(beside, name), getattr(in_model, name)), name
    assert np.array_equal(beside.second.w1, in_model.second.w1)

    def no_training(*_):
        raise AssertionError("FeitenLeren trained the reader itself")

    monkeypatch.setenv(ENV_VAR, str(ahead))
    monkeypatch.setattr(rasa_component, "train_reader", no_training)
    importer = TrainingDataImporter.load_from_config(*INPUTS[:2], INPUTS[2:])
    (tmp_path / "opslag").mkdir()
    storage, resource = LocalModelStorage(tmp_path / "opslag"), Resource("feitenleren")
    component = rasa_component.FeitenLeren(storage, resource)
    component.train(importer.get_nlu_data())
    with storage.read_from(resource) as directory:
        stored = FactReader.load(Path(directory))
    assert np.array_equal(stored.weights, beside.weights)
    assert rasa_messages(*INPUTS[:2], INPUTS[2:])  # the helper reads Rasa's messages, not nothing
