"""The handover store: codes, lookups, rate limits, accounts, sessions, the append-only audit log, retention and
erasure. On a real SQLite file with Rasa's own (masking) tracker store next to it; the same on PostgreSQL when
this machine runs one."""
from __future__ import annotations

import asyncio
import math
import os
import re
import socket
import uuid

import pytest
import sqlalchemy as sa

from bot.cli import main as cli
from bot.engine import Engine
from bot.handover import (ALPHABET, CODE_LENGTH, DAY, LOOKUP_LIMITS, SESSION_IDLE, Handover, TooManyAttempts,
                          check_password, hash_password, new_code, normalize_code)
from bot.privacy import mask
from bot.summary import build_summary, summary_text, withdrawn_signal

CODE = re.compile(rf"^[{ALPHABET}]{{4}}-[{ALPHABET}]{{4}}$")
START = 1_790_000_000.0  # a fixed "now" in 2026


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> float:
        return self.now


def _reachable(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


def _postgres_url() -> str:
    user = os.environ.get("DB_USER", "postgres")
    return f"postgresql://{user}@127.0.0.1:5432/{os.environ.get('DB_NAME', 'test')}"


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'gesprekken.db'}"
    if not _reachable(5432):
        pytest.skip("no PostgreSQL on 127.0.0.1:5432 on this machine")
    engine = sa.create_engine(_postgres_url())
    with engine.begin() as db:  # a clean slate: the audit table refuses DELETE, so drop the tables
        for table in ("wegwijzer_overdracht", "wegwijzer_medewerker", "wegwijzer_sessie", "wegwijzer_audit",
                      "events"):
            db.exec_driver_sql(f"DROP TABLE IF EXISTS {table} CASCADE")
    engine.dispose()
    return _postgres_url()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(db_url, clock) -> Handover:
    return Handover(db_url, retention_days=30, clock=clock)


def a_summary(transcript=()) -> dict:
    engine = Engine()
    facts = {"veiligheid": "veilig", "hulpvraag": "hulp_zoeken", "wlz": "nee", "gemeente_contact": "ja",
             "gemeente_uitkomst": "wachten"}
    return build_summary(engine.content, facts, engine.decide(facts), transcript=transcript, started=START)


def save_conversation(db_url: str, sender: str, when: float) -> None:
    """A conversation in Rasa's own tracker store (the masking one we run), with its events at `when`."""
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    from bot.privacy_store import MaskingSQLTrackerStore

    url = sa.engine.make_url(db_url)
    store = MaskingSQLTrackerStore(Domain.empty(), dialect=url.drivername, host=url.host, db=url.database,
                                   username=url.username, password=url.password)
    tracker = DialogueStateTracker(sender, [])
    tracker.update(UserUttered("hallo, bel me op 0612345678", timestamp=when))
    tracker.update(UserUttered("we staan op de wachtlijst", timestamp=when + 60))
    asyncio.run(store.save(tracker))
    store.engine.dispose()


def senders(db_url: str) -> set[str]:
    engine = sa.create_engine(db_url)
    with engine.begin() as db:
        found = {r[0] for r in db.execute(sa.text("SELECT DISTINCT sender_id FROM events"))}
    engine.dispose()
    return found


# --------------------------------------------------------------------------------------------------- codes

def test_codes_are_readable_aloud_and_have_enough_entropy():
    codes = {new_code() for _ in range(2000)}
    assert len(codes) == 2000 and all(CODE.match(c) for c in codes)
    for pair in ("0O", "1I", "1L", "IL", "2Z", "5S", "8B", "6G", "OQ", "0Q"):
        assert len(set(pair) & set(ALPHABET)) <= 1, pair  # of look-alikes at most one
    assert CODE_LENGTH * math.log2(len(ALPHABET)) > 36


@pytest.mark.parametrize("typed,expected", [
    ("k7fm-3rx9", "K7FM-3RX9"), ("K7FM 3RX9", "K7FM-3RX9"), ("k7fm3rx9", "K7FM-3RX9"),
    ("K7FM-3QX9", None), ("K7F-3RX", None), ("", None), ("'; DROP TABLE x; --", None),
])
def test_a_code_is_read_the_way_people_type_it(typed, expected):
    assert normalize_code(typed) == expected


def test_found_with_the_code_not_with_a_wrong_or_expired_one(store, clock):
    code = store.create("gesprek-1", a_summary())
    found = store.lookup(code.lower().replace("-", " "), by="anna")
    assert found and found.conversation == "gesprek-1" and found.summary["route"]["regel"] == "13"
    assert store.lookup(new_code(), by="anna") is None
    clock.now += 30 * DAY + 1
    assert store.lookup(code, by="anna") is None  # expired with the retention period
    actions = [(r["medewerker"], r["actie"]) for r in reversed(store.audit_rows())]
    assert actions == [("anna", "opzoeken"), ("anna", "opzoeken_mislukt"), ("anna", "opzoeken_mislukt")]


def test_the_code_itself_is_not_in_the_database(store, db_url):
    code = store.create("gesprek-1", a_summary())
    engine = sa.create_engine(db_url)
    with engine.begin() as db:
        stored = " ".join(str(v) for row in db.execute(sa.text("SELECT * FROM wegwijzer_overdracht"))
                          for v in row)
    assert code not in stored and code.replace("-", "") not in stored


def test_wrong_lookups_are_rate_limited_per_staff_member_and_in_total(store, clock):
    code = store.create("gesprek-1", a_summary())
    window, limit = LOOKUP_LIMITS["medewerker"]
    for _ in range(limit):
        assert store.lookup(new_code(), by="mallory") is None
    with pytest.raises(TooManyAttempts):
        store.lookup(code, by="mallory")  # even the right code: a guesser must not learn which are right
    assert store.lookup(code, by="anna")  # another colleague is not blocked by mallory
    clock.now += window + 1
    assert store.lookup(code, by="mallory")
    assert store.audit_rows(1)[0]["actie"] == "opzoeken"


def test_the_audit_log_cannot_be_changed_or_emptied(store, db_url):
    store.log("anna", "opzoeken", "K7FM-3RX9")
    engine = sa.create_engine(db_url)
    for statement in ("UPDATE wegwijzer_audit SET medewerker = 'niemand'", "DELETE FROM wegwijzer_audit"):
        with pytest.raises(sa.exc.DBAPIError):
            with engine.begin() as db:
                db.exec_driver_sql(statement)
    assert store.audit_rows(1)[0]["medewerker"] == "anna"


# --------------------------------------------------------------------------------------------------- staff

def test_passwords_are_stored_as_scrypt_hashes():
    stored = hash_password("een lang wachtwoord")
    assert stored.startswith("scrypt$") and "een lang wachtwoord" not in stored
    assert check_password("een lang wachtwoord", stored) and not check_password("een ander wachtwoord", stored)
    assert hash_password("een lang wachtwoord") != stored  # salted
    assert not check_password("x", None) and not check_password("x", "md5$abc")


def test_login_session_expiry_and_lockout(store, clock):
    store.add_staff("anna", "correct paard batterij")
    with pytest.raises(ValueError):
        store.add_staff("bob", "kort")
    assert store.login("anna", "fout wachtwoord", "10.0.0.1") is None
    token = store.login("anna", "correct paard batterij", "10.0.0.1")
    assert token and store.session_user(token) == "anna"
    clock.now += SESSION_IDLE + 1
    assert store.session_user(token) is None  # idle too long
    for _ in range(5):  # the first wrong one is older than the window by now
        store.login("anna", "fout", "10.0.0.2")
    with pytest.raises(TooManyAttempts):
        store.login("anna", "correct paard batterij", "10.0.0.3")
    assert "inloggen_mislukt" in [r["actie"] for r in store.audit_rows()]


def test_staff_accounts_from_the_command_line(tmp_path, monkeypatch, capsys):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("WEGWIJZER_DB_URL", url)
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("correct paard batterij\n"))
    assert cli(["medewerker", "toevoegen", "anna", "--wachtwoord-stdin"]) == 0
    assert cli(["medewerker", "toevoegen", "sso-bob", "--sso"]) == 0
    assert cli(["medewerker", "lijst"]) == 0
    assert capsys.readouterr().out.splitlines()[-2:] == ["anna", "sso-bob"]
    store = Handover(url)
    assert store.login("anna", "correct paard batterij") and store.login("sso-bob", "") is None
    assert cli(["medewerker", "verwijderen", "anna"]) == 0 and store.staff_names() == ["sso-bob"]


# --------------------------------------------------------------------------------------------------- retention

def test_retention_deletes_exactly_what_is_older_than_the_limit(store, db_url, clock):
    old, fresh = f"oud-{uuid.uuid4().hex[:6]}", f"nieuw-{uuid.uuid4().hex[:6]}"
    save_conversation(db_url, old, START - 30 * DAY - 120)      # last event 30 days and a minute ago
    save_conversation(db_url, fresh, START - 30 * DAY + 60)      # last event just inside the limit
    clock.now = START - 30 * DAY - 60
    old_code = store.create(old, a_summary())
    clock.now = START - 29 * DAY
    fresh_code = store.create(fresh, a_summary())
    clock.now = START
    counts = store.purge()
    assert senders(db_url) == {fresh}
    assert counts["gesprekken"] == 1 and counts["gebeurtenissen"] == 2 and counts["codes"] == 1
    assert store.lookup(old_code, by="anna") is None and store.lookup(fresh_code, by="anna")
    assert store.audit_rows(3)[-1]["actie"] == "opgeschoond"  # the log stays and says what happened


def test_erasure_by_code_or_by_conversation(store, db_url, clock):
    first, second, other = (f"{n}-{uuid.uuid4().hex[:6]}" for n in ("een", "twee", "ander"))
    for sender in (first, second, other):
        save_conversation(db_url, sender, START - 60)
    code = store.create(first, a_summary())
    assert store.erase(code=code.lower()) == {"gesprekken": 1, "gebeurtenissen": 2, "codes": 1}
    assert store.erase(conversation=second)["gebeurtenissen"] == 2
    assert senders(db_url) == {other} and store.lookup(code, by="anna") is None
    assert store.erase(code=new_code())["gesprekken"] == 0
    assert [r["actie"] for r in store.audit_rows(4)] == ["wissen_niet_gevonden", "opzoeken_mislukt", "gewist", "gewist"]


def test_the_stored_conversation_is_masked(db_url):
    sender = f"m-{uuid.uuid4().hex[:6]}"
    save_conversation(db_url, sender, START)
    engine = sa.create_engine(db_url)
    with engine.begin() as db:
        data = " ".join(db.execute(sa.text("SELECT data FROM events WHERE sender_id = :s"), {"s": sender}).scalars())
    assert "0612345678" not in data and "[telefoon]" in data


# --------------------------------------------------------------------------------------------------- summary

PERSONAL = {"bsn": "111222333", "telefoon": "06-12345678", "e-mail": "petra.jansen@voorbeeld.nl",
            "iban": "NL91ABNA0417164300", "postcode": "3511 AB 12", "geboortedatum": "12-03-2011",
            "naam": "Daan"}


def test_the_summary_and_its_copied_text_hold_no_personal_data():
    said = ("Ik ben de moeder van mijn zoon Daan, BSN 111222333, geboren 12-03-2011. Bel me op 06-12345678 of mail "
            "petra.jansen@voorbeeld.nl. We wonen op 3511 AB 12. Rekening NL91ABNA0417164300. We staan op de "
            "wachtlijst bij het wijkteam.")
    summary = a_summary(transcript=[("ouder", said), ("assistent", "Dank je.")])
    text = summary_text(summary, code="K7FM-3RX9")
    everything = repr(summary) + text
    for kind, value in PERSONAL.items():
        assert value not in everything, kind
    assert summary["transcript"][0]["tekst"] == mask(said) and "[bsn]" in summary["transcript"][0]["tekst"]
    assert "Advies: " in text and "regel 13" in text and "Gesprekscode: K7FM-3RX9" in text
    assert "Dank je" not in text  # the copied text leaves the transcript out: only what the next step needs


def _slot(value):
    return {"event": "slot", "name": "veiligheid", "value": value}


@pytest.mark.parametrize("facts,events,expected", [
    ({"veiligheid": "veilig"}, [_slot("suicidegedachten"), _slot("veilig")], "suicidegedachten"),
    ({"veiligheid": "veilig"}, [_slot("acuut_gevaar"), _slot("veilig"), _slot("zorgen_om_veiligheid"),
                                _slot("veilig")], "zorgen_om_veiligheid"),
    ({"veiligheid": "veilig"}, [_slot("veilig")], None),  # said safe, no signal was ever read
    ({"veiligheid": "acuut_gevaar"}, [_slot("veilig"), _slot("acuut_gevaar")], None),  # a signal now: not withdrawn
    ({}, [_slot("suicidegedachten"), {"event": "reset_slots"}], None),
    ({"veiligheid": "veilig"}, [_slot("suicidegedachten"), {"event": "reset_slots"}, _slot("veilig")], None),
])
def test_the_withdrawn_signal_comes_from_the_conversation_since_its_start(facts, events, expected):
    assert withdrawn_signal(facts, events) == expected
