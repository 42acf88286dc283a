"""Rasa's own check: the test stories pass with the trained model (`rasa test core`)."""
from __future__ import annotations

import subprocess
import warnings
from pathlib import Path

import pytest

from bot.serve import RASA_INPUTS, ROOT, VENV_BIN, ensure_model, quiet_env

pytestmark = pytest.mark.e2e


def test_stories_pass_with_the_trained_model(tmp_path: Path):
    model = ensure_model(quiet=True)
    result = subprocess.run(
        [str(VENV_BIN / "rasa"), "test", "core", "--model", str(model), "--stories", "tests/stories",
         "--fail-on-prediction-errors", "--out", str(tmp_path)],
        cwd=ROOT, env=quiet_env(), capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "None of the test stories failed" in (tmp_path / "failed_test_stories.yml").read_text()


def test_data_validates(tmp_path: Path):
    result = subprocess.run(
        [str(VENV_BIN / "rasa"), "data", "validate", "--domain", "domain.yml", "--data", *RASA_INPUTS[2:],
         "--fail-on-warnings"],
        cwd=ROOT, env=quiet_env(), capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def test_training_data_reads_without_warnings():
    """Rasa skips, with only a warning, an example line that does not start with '-' (a '#' comment inside an
    `examples: |` block is such a line), and the servers and `rasa data validate` run with warnings silenced."""
    import yaml
    from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLReader

    nlu_files = [p for p in RASA_INPUTS[2:] if "nlu" in yaml.safe_load((ROOT / p).read_text(encoding="utf-8"))]
    assert nlu_files
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for path in nlu_files:
            assert RasaYAMLReader().read(ROOT / path).intent_examples
    assert [str(w.message) for w in caught if "Issue found while processing" in str(w.message)] == []
