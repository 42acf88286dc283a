"""The learned fact reader, trained beside `rasa train` instead of after it.

A full training runs one step after the other: loading Rasa and TensorFlow, DIET, then the reader (FeitenLeren),
with about one of the two cores idle. `bot.serve.train` therefore starts `python -m bot.reader_ahead DIR CONFIG`
next to `rasa train`, with WEGWIJZER_LEZER_VOORAF=DIR in Rasa's environment. When FeitenLeren's turn comes it
takes the reader from DIR if that reader learned from exactly the messages Rasa gives it (`reader_key`), and
otherwise trains it itself, as it does in a plain `rasa train`. Either way the model holds the same reader.

The directory is the training's own temporary directory; the reader in it is plain arrays (no pickles), written
by this project's code seconds before.
"""
from __future__ import annotations

import json
import logging
import os
import sys
import time
from pathlib import Path
from typing import Iterable

from bot.fact_classifier import FactReader, reader_key, train_reader

ENV_VAR = "WEGWIJZER_LEZER_VOORAF"
DONE = "klaar.json"  # written last, in one rename: {"key": ...} or {"fout": ...}
READER = "lezer"
WAIT_S = 300.0  # the reader takes ~12 s; Rasa's loading and DIET take longer, so FeitenLeren rarely waits at all

logger = logging.getLogger(__name__)


def rasa_messages(config: str, domain: str, data: Iterable[str]) -> list[tuple[str, str]]:
    """Rasa's training messages (text, intent), read the way `rasa train` reads them."""
    from rasa.shared.importers.importer import TrainingDataImporter
    from rasa.shared.nlu.constants import INTENT, TEXT

    importer = TrainingDataImporter.load_from_config(config, domain, list(data))
    return [(m.get(TEXT), m.get(INTENT)) for m in importer.get_nlu_data().intent_examples if m.get(TEXT)]


def train_into(directory: Path, config: str, domain: str, data: Iterable[str]) -> None:
    """Train the reader into `directory`, then say so in DONE; a failure is written there too, so FeitenLeren
    does not wait for nothing."""
    try:
        messages = rasa_messages(config, domain, data)
        train_reader(messages).save(directory / READER)
        done = {"key": reader_key(messages)}
    except Exception as error:  # noqa: BLE001 - FeitenLeren then trains the reader itself, and logs why
        done = {"fout": f"{type(error).__name__}: {error}"}
    partial = directory / f"{DONE}.deel"
    partial.write_text(json.dumps(done), encoding="utf-8")
    partial.rename(directory / DONE)


def trained_ahead(messages: Iterable[tuple[str, str]], wait_s: float = WAIT_S) -> FactReader | None:
    """The reader trained beside this training, if there is one and it learned from `messages`; else None."""
    directory = os.environ.get(ENV_VAR)
    if not directory:
        return None
    done = Path(directory) / DONE
    deadline = time.monotonic() + wait_s
    while not done.exists():
        if time.monotonic() > deadline:
            logger.warning("De vooraf getrainde feitenlezer kwam niet binnen %.0f s: FeitenLeren traint zelf.", wait_s)
            return None
        time.sleep(0.05)
    result = json.loads(done.read_text(encoding="utf-8"))
    if result.get("key") != reader_key(messages):
        logger.warning("De vooraf getrainde feitenlezer past niet (%s): FeitenLeren traint zelf.",
                       result.get("fout") or "andere trainingsdata")
        return None
    logger.info("Feitenlezer vooraf getraind, naast rasa train.")
    return FactReader.load(Path(directory) / READER)


def main(argv: list[str] | None = None) -> int:
    """python -m bot.reader_ahead DIR CONFIG DOMAIN DATA..."""
    directory, config, domain, *data = sys.argv[1:] if argv is None else argv
    train_into(Path(directory), config, domain, data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
