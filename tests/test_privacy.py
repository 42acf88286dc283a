"""Personal data never reaches the database or the logs; masking leaves the facts (and so the route) intact."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
import yaml

from bot.privacy import mask, mask_tree
from bot.serve import ROOT, Settings, StartupError
from tests.conftest import Chat, start_servers
from tests.domain_table import EXAMPLES

# (message, the personal data in it, the label it must become)
PERSONAL = [
    ("mijn bsn is 123456782", "123456782", "[bsn]"),
    ("bsn van mijn zoon: 1234.56.782", "1234.56.782", "[bsn]"),
    ("bel me op 06-12345678", "06-12345678", "[telefoon]"),
    ("mijn nummer 0612345678", "0612345678", "[telefoon]"),
    ("bereikbaar op +31 6 12345678", "+31 6 12345678", "[telefoon]"),
    ("of vast 030-1234567", "030-1234567", "[telefoon]"),
    ("thuis 020 123 45 67", "020 123 45 67", "[telefoon]"),
    ("mail naar petra.devries@example.nl", "petra.devries@example.nl", "[e-mail]"),
    ("iban NL91ABNA0417164300", "NL91ABNA0417164300", "[iban]"),
    ("rekening NL91 ABNA 0417 1643 00", "NL91 ABNA 0417 1643 00", "[iban]"),
    ("we wonen op 3511 AB 12", "3511 AB 12", "[adres]"),
    ("adres Dorpsstraat 12a", "Dorpsstraat 12a", "[adres]"),
    ("hij is geboren op 12-03-2011", "12-03-2011", "[datum]"),
    ("geboortedatum 3 maart 2011", "3 maart 2011", "[datum]"),
    ("ik heet Petra de Vries", "Petra de Vries", "[naam]"),
    ("mijn zoon Daan is 15", "Daan", "[naam]"),
]
# Numbers and words that are no personal data and must stay readable: they carry facts or contact numbers.
KEPT = ["mijn zoon van 15 wacht al 12 weken", "bel 0800-2000 of 113", "een wlz met vg5 sinds 2019",
        "123456789 is geen bsn", "NL00ABNA0417164300 klopt niet", "mn zoon v 15 zit al maanden thuis",
        "we wachten sinds 1 maart", "Mijn dochter Heeft autisme", "de gemeente Utrecht"]


@pytest.mark.parametrize("text,secret,label", PERSONAL)
def test_each_kind_of_personal_data_is_masked(text, secret, label):
    masked = mask(text)
    assert secret not in masked and label in masked, masked


@pytest.mark.parametrize("text", KEPT)
def test_what_is_no_personal_data_stays(text):
    assert mask(text) == text


def test_masking_reaches_every_string_in_an_event():
    event = {"event": "user", "text": "bel 06-12345678", "parse_data": {"text": "bel 06-12345678",
             "entities": [{"value": "petra@example.nl"}]}, "timestamp": 1.5}
    masked = mask_tree(event)
    assert "06-12345678" not in json.dumps(masked) and "petra@" not in json.dumps(masked)
    assert masked["timestamp"] == 1.5 and masked["event"] == "user"


def test_parent_messages_without_personal_data_are_left_alone():
    """The measured false-alarm rate on the held-out parent messages (README, "Privacy")."""
    messages = [m["tekst"] for m in yaml.safe_load((ROOT / "tests/evaluation/heldout.yml").read_text())["berichten"]]
    changed = [m for m in messages if mask(m) != m]
    assert len(changed) <= 2, changed


OPENING = ("Hoi, ik heet Petra de Vries. Mijn zoon Daan (geboren 12-03-2011) heeft hulp nodig, we staan al maanden "
           "op de wachtlijst bij het wijkteam. Zijn bsn is 123456782. Bel me op 06-12345678 of mail "
           "petra.devries@example.nl. We wonen op 3511 AB 12, rekening NL91ABNA0417164300.")
SECRETS = ["Petra", "Vries", "Daan", "12-03-2011", "123456782", "06-12345678", "petra.devries", "3511 AB",
           "NL91ABNA"]


def _conversation(chat: Chat, opening: str) -> dict:
    chat.say(opening)
    for _ in range(10):
        if chat.route:
            return chat.route
        slot = chat.asked
        chat.say("/inform" + json.dumps({slot: EXAMPLES["13"].get(slot, "nee")}))
    raise AssertionError("geen advies")


@pytest.mark.e2e
def test_nothing_personal_is_stored_or_logged_and_the_route_is_the_same(assistant):
    with_data = Chat(assistant)
    route = _conversation(with_data, OPENING)
    masked_opening = mask(OPENING)
    assert masked_opening != OPENING
    # The same story with the personal data masked: the same facts, so the same route.
    assert _conversation(Chat(assistant), masked_opening) == route
    with sqlite3.connect(assistant.settings.sqlite_path) as db:
        rows = [r[0] for r in db.execute("SELECT data FROM events WHERE sender_id = ?", (with_data.sender,))]
    stored = "\n".join(rows)
    assert "[bsn]" in stored and "[telefoon]" in stored and "[naam]" in stored
    assert [s for s in SECRETS if s in stored] == []
    tracker = json.dumps(with_data.tracker())  # what the API (and later staff tools) read back
    assert [s for s in SECRETS if s in tracker] == []
    logs = "\n".join(p.read_text(errors="replace") for p in Path(assistant.settings.log_dir).glob("*.log"))
    assert [s for s in SECRETS if s in logs] == []


class _UnmaskedSettings(Settings):
    """The plain SQL store from Rasa: what happens when the privacy store is not configured."""

    def endpoints_file(self) -> Path:
        path = self.sqlite_path.parent / "endpoints-zonder-maskering.yml"
        text = (ROOT / "endpoints.yml").read_text().replace("bot.privacy_store.MaskingSQLTrackerStore", "SQL")
        path.write_text(text)
        return path


@pytest.mark.e2e
def test_start_up_refuses_a_store_that_does_not_mask(tmp_path, monkeypatch):
    import tests.conftest as conftest

    monkeypatch.setattr(conftest, "Settings", _UnmaskedSettings)
    with pytest.raises(StartupError, match="niet gemaskeerd"):
        start_servers(tmp_path).stop()


def test_log_lines_are_masked_before_any_handler_sees_them(caplog):
    import logging

    from bot.privacy import install_log_masking

    install_log_masking()
    install_log_masking()  # twice is harmless: one factory, not two
    with caplog.at_level(logging.INFO):
        logging.getLogger("rasa.core.processor").info("bericht van %s: bel 0612345678", "petra@voorbeeld.nl")
        logging.getLogger("wegwijzer").info({"tekst": "bsn 111222333"})  # not a str: left as it is
        logging.getLogger("x").info("BSN %(bsn)s", {"bsn": "111222333"})
    lines = [r.getMessage() for r in caplog.records]
    assert lines[0] == "bericht van [e-mail]: bel [telefoon]" and lines[2] == "BSN [bsn]"


def test_rasa_processes_send_no_telemetry(monkeypatch):
    """Rasa reports usage and crashes to its makers unless told not to; every Rasa process of ours is told,
    also when the machine's environment asks for it."""
    import subprocess

    from bot.serve import VENV_BIN, quiet_env

    monkeypatch.setenv("RASA_TELEMETRY_ENABLED", "true")
    check = "from rasa.telemetry import is_telemetry_enabled; print(is_telemetry_enabled())"
    result = subprocess.run([str(VENV_BIN / "python"), "-c", check], env=quiet_env(), capture_output=True,
                            text=True, timeout=120)
    assert result.stdout.strip().splitlines()[-1] == "False", result.stderr[-500:]
