"""End-to-end: the conversation ends with the offer of a gesprekscode; the code finds the summary; "nee" stores
nothing; personal data is in none of the stored rows, the summary, the copied text or the server logs.
Real model, real action server and Rasa server, real SQLite."""
from __future__ import annotations


import pytest
import sqlalchemy as sa

from bot.gesprekscode import PATTERN
from bot.handover import Handover
from bot.privacy import mask
from bot.summary import summary_text
from tests.conftest import Chat
from tests.domain_table import EXAMPLES
from tests.test_conversation import click, drive

pytestmark = pytest.mark.e2e

CODE = PATTERN
OFFER = {"/gesprekscode_ja", "/gesprekscode_nee"}


def to_route(chat: Chat, rule: str = "13", opening: str = "/greet") -> dict:
    chat.say(opening)
    drive(chat, EXAMPLES[rule], click)
    return chat.route


def rows(chat: Chat, sql: str) -> list:
    engine = sa.create_engine(chat.servers.settings.db_url())
    with engine.begin() as db:
        found = db.execute(sa.text(sql), {"s": chat.sender}).all()
    engine.dispose()
    return found


def test_yes_gives_a_code_that_finds_the_summary(chat):
    route = to_route(chat)
    assert OFFER <= {b["payload"] for b in chat.buttons}
    assert any("gesprekscode" in t.lower() for t in chat.texts)
    chat.say("/gesprekscode_ja")
    code = CODE.search(" ".join(chat.texts)).group(0)
    assert {"/opnieuw", "/goodbye"} <= {b["payload"] for b in chat.buttons}
    found = Handover(chat.servers.settings.db_url()).lookup(code, by="test")
    assert found and found.conversation == chat.sender
    summary = found.summary
    assert summary["route"]["regel"] == route["rule"] and summary["route"]["bestemming"] == route["destination"]
    assert {f["feit"]: f["waarde"] for f in summary["feiten"] if f["feit"] != "veiligheid"} == EXAMPLES["13"]
    said = [t["tekst"] for t in summary["transcript"] if t["wie"] == "ouder"]
    assert "[knop] Wat de gemeente deed: Kind staat op een wachtlijst" in said  # a click, as staff read it
    assert any(t["tekst"].startswith("Mijn advies") for t in summary["transcript"] if t["wie"] == "assistent")
    assert summary["ingetrokken_signaal"] is None
    assert code not in " ".join(r[0] for r in rows(chat, "SELECT data FROM events WHERE sender_id = :s"))


def test_a_withdrawn_signal_is_in_the_summary_for_staff(chat):
    # The assistant read danger, the parent said there is none now: staff see that without reading the transcript.
    chat.say("mijn zoon van 14 zegt dat hij niet meer wil leven. we zijn nog niet bij het wijkteam geweest")
    assert chat.route["destination"] == "zelfmoordpreventie_113"
    click(chat, "veiligheid", "veilig")
    click(chat, "hulpvraag", "hulp_zoeken")
    click(chat, "wlz", "nee")
    assert chat.route["destination"] == "gemeente"
    chat.say("/gesprekscode_ja")
    code = CODE.search(" ".join(chat.texts)).group(0)
    summary = Handover(chat.servers.settings.db_url()).lookup(code, by="test").summary
    assert summary["ingetrokken_signaal"]["waarde"] == "suicidegedachten"
    assert "Let op: de assistent las eerst een veiligheidssignaal (het kind denkt aan zelfdoding)" in \
        summary_text(summary)


def test_no_means_no_code_is_made(chat):
    to_route(chat)
    chat.say("/gesprekscode_nee")
    assert not CODE.search(" ".join(chat.texts))
    assert rows(chat, "SELECT * FROM wegwijzer_overdracht WHERE gesprek = :s") == []


def test_a_typed_yes_after_the_offer_also_gives_a_code(chat):
    to_route(chat)
    chat.say("ja graag")
    assert CODE.search(" ".join(chat.texts))
    assert len(rows(chat, "SELECT * FROM wegwijzer_overdracht WHERE gesprek = :s")) == 1


def test_no_offer_when_the_advice_is_to_call_for_help_now(chat):
    chat.say("hij staat nu met een mes in de keuken")
    assert chat.route["destination"] == "spoed_112"
    assert not OFFER & {b["payload"] for b in chat.buttons}


PERSONAL = {"bsn": "111222333", "telefoon": "06-12345678", "e-mail": "petra.jansen@voorbeeld.nl",
            "iban": "NL91ABNA0417164300", "postcode": "3511 AB", "geboortedatum": "12-03-2011",
            "naam": "Daan", "straat": "Kerkstraat 12"}
STORY = ("Hoi, ik ben Petra. Mijn zoon Daan (geboren 12-03-2011, BSN 111222333) staat al maanden op de wachtlijst "
         "bij het wijkteam. Bel me op 06-12345678 of mail petra.jansen@voorbeeld.nl. We wonen op de Kerkstraat 12, "
         "3511 AB Utrecht. IBAN NL91ABNA0417164300.")


def test_personal_data_is_nowhere_and_the_facts_stay_intact(assistant):
    with_data, without = Chat(assistant), Chat(assistant)
    with_data.say(STORY)
    without.say(mask(STORY))  # the same story as it is stored
    for chat in (with_data, without):
        for _ in range(8):
            if chat.route:
                break
            click(chat, chat.asked, {**EXAMPLES["13"], "leeftijd": "onder_18"}[chat.asked])
    assert with_data.route == without.route  # masking never changes what the assistant understood
    with_data.say("/gesprekscode_ja")
    code = CODE.search(" ".join(with_data.texts)).group(0)
    found = Handover(assistant.settings.db_url()).lookup(code, by="test")
    stored = " ".join(r[0] for r in rows(with_data, "SELECT data FROM events WHERE sender_id = :s"))
    places = {"database": stored, "samenvatting": repr(found.summary),
              "gekopieerde tekst": summary_text(found.summary, code)}
    logs = assistant.settings.log_dir
    places.update({f"log {p.name}": p.read_text(errors="replace") for p in logs.glob("*.log")})
    for where, text in places.items():
        for kind, value in PERSONAL.items():
            assert value not in text, f"{kind} in {where}"
    assert "[telefoon]" in stored and "[bsn]" in repr(found.summary)
