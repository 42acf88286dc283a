"""Rasa SDK actions. Thin: they read the message, ask the engine, and say what it decided.

Every action starts by reading the message for facts, so a safety signal or a stated fact is never lost,
whatever the intent classifier made of the message.
"""
from __future__ import annotations

import logging
import os
from abc import ABC, abstractmethod
from functools import lru_cache
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, AllSlotsReset, EventType, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.engine import Ask, Engine, Route
from bot.handover import Handover, retention_days_from_env
from bot.messages import (AFTER_ROUTE_BUTTONS, CODE_BUTTONS, RESTART_BUTTONS, organisation_text, phone_number,
                          question_buttons, route_message, short_contact)
from bot.privacy import install_log_masking
from bot.summary import build_summary, withdrawn_signal
from bot.situation import OUTCOME_CONTACT, SLOTS, has_safety_signal
from bot.fact_classifier import learned_from_entities
from bot.mentions import (MUNICIPALITY_ENTITY, asked_about_from_entities, asked_only_from_entities,
                          denied_outcomes_from_entities, from_entities, unowned_outcomes_from_entities)
from bot.understanding import SOUGHT, Understanding, content_recognizer, understand

ASKED = "gevraagd"           # slot of the question asked last; None after the route
UNKNOWN = "onbekend"         # slots the parent could not answer
MISSES = "niet_begrepen"     # messages in a row that gave nothing
ROUTE_RULE = "route_regel"   # id of the rule of the last route given
CODE_OFFERED = "code_aangeboden"  # True while the offer of a gesprekscode waits for the parent's yes or no
RESTART_OFFERED = "opnieuw_gevraagd"  # True while "wil je opnieuw beginnen?" waits for the parent's yes or no
YES_NO = ("affirm", "deny")  # the intents of a typed yes or no (and of the buttons that answer an offer)
FALLBACK = "nlu_fallback"
COMPLAINT, COMPLAINT_REPORTED = "klacht", "klacht_gemeld"  # DOMAIN.md's value of `hulpvraag`, and a slot

log = logging.getLogger(__name__)
install_log_masking()


@lru_cache(maxsize=1)
def _engine() -> Engine:
    return Engine()


@lru_cache(maxsize=1)
def _handover() -> Handover:
    """The handover tables in the conversations' database (bot.serve passes its address)."""
    return Handover(os.environ["WEGWIJZER_DB_URL"], retention_days_from_env())


@lru_cache(maxsize=1)
def _recognizer():
    return content_recognizer(_engine().content)


def _juiste_loket() -> str:
    """Het Juiste Loket's contact facts, from the content, for the texts that point there."""
    return short_contact(_engine().content.organisations["juiste_loket"])


def _phones(*org_ids: str) -> dict[str, str]:
    """The phone number of each organisation, from the content ("0800-2000"), by id."""
    return {org_id: phone_number(_engine().content.organisations[org_id]) or "" for org_id in org_ids}


class Turn:
    """One parent message read against the conversation so far."""

    def __init__(self, tracker: Tracker):
        self.tracker = tracker
        self.engine = _engine()
        self.asked: str | None = tracker.get_slot(ASKED)
        message = tracker.latest_message or {}
        self.text: str = (message.get("text") or "").strip()
        self.intent: str | None = (message.get("intent") or {}).get("name")
        # A typed yes or no: the classifier's, or where it doubted, the words of `antwoorden` (session 22, a smoke
        # test: "oke" to the offer of a gesprekscode was nlu_fallback and got "ik begrijp je nog steeds niet")
        typed = {"ja": "affirm", "nee": "deny"}.get(_recognizer().yes_or_no(self.text) or "") \
            if self.intent == FALLBACK else None
        self.yes_no: str | None = self.intent if self.intent in YES_NO else typed
        # A yes with a question ("ja, maar hoe bel ik ze?", "ok en hoe kom ik daar?") asks something; it is no consent
        # to an offer (session 23, a smoke test: both got the gesprekscode). A no stays a no: declining is safe.
        if self.yes_no == "affirm" and _recognizer().asks_something(self.text):
            self.yes_no = None
        self.restart_offered = bool(tracker.get_slot(RESTART_OFFERED))
        # While "wil je opnieuw beginnen?" is open, a yes or no answers that, not the question before it.
        answering = None if self.restart_offered and self.yes_no else self.asked
        question = self.engine.content.questions.get(answering) if answering else None
        ranking = [(i.get("name"), i.get("confidence") or 0.0) for i in message.get("intent_ranking") or []]
        entities = message.get("entities") or []
        mentions, said = from_entities(entities)
        self.domain_words = bool(mentions)  # the word reading found a fact of the domain (kept or not)
        self.read: Understanding = understand(_recognizer(), self.text, asked=answering, intent=self.intent,
                                              labels=question.buttons if question else None, ranking=ranking,
                                              mentions=mentions, learned=learned_from_entities(entities),
                                              asked_only=asked_only_from_entities(entities),
                                              denied=denied_outcomes_from_entities(entities),
                                              unowned=unowned_outcomes_from_entities(entities))
        # what the message asks to have explained ("wat is het expertteam eigenlijk?"): concepts of woorden.yml,
        # which are organisation ids where they are organisations
        self.asked_about: list[str] = asked_about_from_entities(entities)
        known = {s: tracker.get_slot(s) for s in SLOTS if tracker.get_slot(s) is not None}
        # "ik heb geen klacht, ik zoek logeeropvang" to "heb je je klacht al gemeld?" after the reader guessed a
        # complaint ("dochter 12 woont in een gezinshuis"): there is no complaint, so what the parent seeks is open
        # again (session 25, a smoke test: the parent was sent to the klachtenfunctionaris)
        no_complaint = self.asked == COMPLAINT_REPORTED and known.get(SOUGHT) == COMPLAINT \
            and _recognizer().denies_complaint(self.text)
        if no_complaint:  # the word "klacht" in "ik heb geen klacht" is no complaint either
            del known[SOUGHT]
            self.read.facts.pop(COMPLAINT_REPORTED, None)
            if self.read.facts.get(SOUGHT) == COMPLAINT:
                del self.read.facts[SOUGHT]
        self.known_before = bool(known)
        self.signal_before = has_safety_signal(known)
        unknown_before = set(tracker.get_slot(UNKNOWN) or [])
        # Words in a story only fill what is still open (plus the answer and safety): a side remark must
        # not overwrite what the parent said before. A button or a correction ("sorry, ik bedoel 19") may.
        self.correction = _recognizer().corrects(self.text) or self.read.new_wish
        self.new_facts = {s: v for s, v in self.read.facts.items() if known.get(s) != v and (
            self.read.from_payload or self.correction or s not in known or s in ("veiligheid", self.asked))}
        # An outcome at a door the parent said they had not been to ("we staan trouwens al op de wachtlijst bij het
        # cjg" after "nog niet bij de gemeente geweest") says they were there after all: the contact is corrected
        # too (session 21, a smoke test: the contact stayed 'nee', so the waiting list did not count).
        door_corrected = False
        for outcome, contact in OUTCOME_CONTACT.items():
            if outcome in self.new_facts and known.get(contact) == "nee" and self.read.facts.get(contact) == "ja":
                self.new_facts[contact] = "ja"
                door_corrected = True
        self.corrected = door_corrected or no_complaint or (
            self.correction and any(s in known for s in self.new_facts if s != "veiligheid"))
        # After a safety route, a typed "het is al voorbij, ..." changes nothing about safety: the reader gave "haar
        # vader is weg" 0.69 for acute danger and the parent who said it was over got 112 (session 20). Only the
        # button withdraws a signal; a new danger said in words still counts.
        self.said_safe_after_signal = self.signal_before and not self.read.from_payload \
            and _recognizer().states_safe(self.text) and not _recognizer().certain_signal(self.text)
        if self.said_safe_after_signal:
            self.new_facts.pop("veiligheid", None)
        self.facts = {**known, **self.new_facts}
        self.unknown = (unknown_before | self.read.unknown) - self.facts.keys()
        self.events: list[EventType] = [SlotSet(SOUGHT, None)] if no_complaint and SOUGHT not in self.new_facts else []
        self.events += [SlotSet(s, v) for s, v in self.new_facts.items()]
        self.place: str | None = said or tracker.get_slot(MUNICIPALITY_ENTITY)
        if said and said != tracker.get_slot(MUNICIPALITY_ENTITY):
            self.events.append(SlotSet(MUNICIPALITY_ENTITY, said))
        if self.unknown != unknown_before:
            self.events.append(SlotSet(UNKNOWN, sorted(self.unknown)))

    @property
    def understood(self) -> bool:
        return bool(self.new_facts or self.read.unknown or self.read.unclear_yes or self.restated)

    @property
    def restated(self) -> bool:
        """The message only says again what is known ("ze is vijftien" when the age was read before): no "sorry, dat
        begreep ik niet" (session 23, a smoke test), the open question comes again."""
        said = {s: v for s, v in self.read.facts.items() if s != "veiligheid"}
        return bool(said) and all(self.facts.get(s) == v for s, v in said.items())

    @property
    def safety_signal(self) -> bool:
        return has_safety_signal(self.new_facts)

    @property
    def withdraws_signal(self) -> bool:
        """The parent clicked "er is nu geen gevaar" under a safety route the assistant read from their words."""
        said_safe = "veiligheid" in self.new_facts and not self.safety_signal
        return self.signal_before and self.read.from_payload and said_safe

    def decide(self) -> Ask | Route:
        return self.engine.decide(self.facts, self.unknown)


def ask(dispatcher: CollectingDispatcher, slot: str) -> list[EventType]:
    """Put the question for `slot`, with its buttons, and remember it is the open one."""
    question = _engine().content.questions[slot]
    dispatcher.utter_message(text=question.text, buttons=question_buttons(question))
    return [SlotSet(ASKED, slot)]


def next_step(turn: Turn, dispatcher: CollectingDispatcher, *, repeat_route: bool = True) -> list[EventType]:
    """Ask the next question, or give the route; the heart of the conversation."""
    decision = turn.decide()
    events = turn.events + [SlotSet(MISSES, 0)]
    if isinstance(decision, Ask):
        if turn.read.unclear_yes and decision.slot == turn.asked:  # "ja, de gemeente weet het ..."
            dispatcher.utter_message(response="utter_ja_onduidelijk")
        return events + ask(dispatcher, decision.slot)
    if decision.rule == turn.tracker.get_slot(ROUTE_RULE) and not turn.new_facts and not repeat_route:
        return events + ask_again(turn, dispatcher)  # "kan ik je nog ergens mee helpen?", or the open code offer
    dispatcher.utter_message(**route_message(turn.engine.content, decision, turn.place))
    events += [SlotSet(ASKED, None), SlotSet(ROUTE_RULE, decision.rule)]
    # A gesprekscode, so staff need not ask the story again; not when the advice is to call for help now.
    if decision.destination not in turn.engine.content.widget.direct_help:
        dispatcher.utter_message(response="utter_code_aanbod", buttons=CODE_BUTTONS)
        return events + [SlotSet(CODE_OFFERED, True)]
    return events + [SlotSet(CODE_OFFERED, False)]


def after_route(turn: Turn) -> bool:
    """The advice was given and no question is open."""
    return not turn.asked and bool(turn.tracker.get_slot(ROUTE_RULE))


def repeat_advice(turn: Turn, dispatcher: CollectingDispatcher) -> list[EventType]:
    """After the advice, "wat nu?", "heb je het nummer?" or "en als dat niet lukt?" mostly ask about the advice
    (session 20, a smoke test: they got "ik begreep je niet" or the general explanation). Give it again, with its
    contact facts and other options; a question about one organisation ("wat is het expertteam eigenlijk?") gets
    what that organisation is and how to reach it. An open offer of a gesprekscode comes again."""
    decision = turn.decide()
    if not isinstance(decision, Route):  # the facts changed: carry on
        return next_step(turn, dispatcher)
    asked_about = what_it_is(turn)
    if asked_about and not turn.said_safe_after_signal:  # "wat is het expertteam eigenlijk?": say what it is
        dispatcher.utter_message(text="\n\n".join(asked_about), buttons=AFTER_ROUTE_BUTTONS)
    else:
        dispatcher.utter_message(response="utter_nu_veilig" if turn.said_safe_after_signal
                                 else "utter_advies_nog_een_keer")
        dispatcher.utter_message(**route_message(turn.engine.content, decision, turn.place))
    if turn.tracker.get_slot(CODE_OFFERED):  # still unanswered: a "ja" must answer a visible offer
        dispatcher.utter_message(response="utter_code_aanbod", buttons=CODE_BUTTONS)
    return turn.events + [SlotSet(ROUTE_RULE, decision.rule)]


def give_code(turn: Turn, dispatcher: CollectingDispatcher) -> list[EventType]:
    """Store the summary of this conversation behind a new gesprekscode and tell the parent the code."""
    decision = turn.decide()
    events = turn.events + [SlotSet(CODE_OFFERED, False)]
    if not isinstance(decision, Route):  # the facts changed since the offer: carry on first
        return [SlotSet(CODE_OFFERED, False)] + next_step(turn, dispatcher)
    transcript = [("ouder" if e.get("event") == "user" else "assistent", e.get("text") or "")
                  for e in turn.tracker.events if e.get("event") in ("user", "bot")]
    started = next((e.get("timestamp") for e in turn.tracker.events if e.get("timestamp")), None)
    summary = build_summary(turn.engine.content, turn.facts, decision, unknown=turn.unknown, place=turn.place,
                            transcript=transcript, started=started,
                            withdrawn=withdrawn_signal(turn.facts, turn.tracker.events))
    try:
        store = _handover()
        code = store.create(turn.tracker.sender_id, summary)
    except Exception:  # the database is away: the advice still stands, say so kindly
        log.exception("gesprekscode kon niet worden opgeslagen")
        dispatcher.utter_message(response="utter_code_mislukt", buttons=AFTER_ROUTE_BUTTONS)
        return events
    dispatcher.utter_message(response="utter_code", code=code, dagen=store.retention_days,
                             buttons=AFTER_ROUTE_BUTTONS)
    return events


def decline_code(turn: Turn, dispatcher: CollectingDispatcher) -> list[EventType]:
    dispatcher.utter_message(response="utter_code_nee", buttons=AFTER_ROUTE_BUTTONS)
    return turn.events + [SlotSet(CODE_OFFERED, False)]


def ask_again(turn: Turn, dispatcher: CollectingDispatcher) -> list[EventType]:
    """Repeat the open question (or the after-route choices) without changing anything."""
    if turn.asked:
        ask(dispatcher, turn.asked)  # already the open question: no new events
    elif turn.tracker.get_slot(CODE_OFFERED):
        # the offer of a gesprekscode is the open question: a later "ok" would otherwise store the conversation
        # as consent to a question no longer on screen (session 20, a smoke test)
        dispatcher.utter_message(response="utter_code_aanbod", buttons=CODE_BUTTONS)
    elif turn.tracker.get_slot(ROUTE_RULE):
        dispatcher.utter_message(response="utter_nog_iets", buttons=AFTER_ROUTE_BUTTONS)
    else:
        return next_step(turn, dispatcher)
    return []


LANGUAGE_NOTE = "utter_andere_taal"


def language_note_values() -> dict[str, str]:
    """The placeholders of the language note: Het Juiste Loket and the emergency numbers, from the content."""
    return {"contact": _juiste_loket(), **_phones("spoed_112", "veilig_thuis", "zelfmoordpreventie_113")}


def language_note_given(tracker: Tracker) -> bool:
    """Whether this conversation already showed the language note."""
    return any(e.get("event") == "bot" and (e.get("metadata") or {}).get("utter_action") == LANGUAGE_NOTE
               for e in tracker.events)


class TurnAction(Action, ABC):
    """Base: facts first. A safety signal always leads straight to the safety route."""

    @abstractmethod
    def respond(self, turn: Turn, dispatcher: CollectingDispatcher) -> list[EventType]:
        """The reply when the message holds no new safety signal."""

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        turn = Turn(tracker)
        # An open "wil je opnieuw beginnen?" closes with any message (a reply may open it again: later events win).
        closed = [SlotSet(RESTART_OFFERED, False)] if turn.restart_offered else []
        # A message in another language: the parent reads that the assistant speaks only Dutch, with 112, Veilig
        # Thuis and 113 in English. Also for a story with facts ("my son is 12 and has autism, ..."; session 21, a
        # smoke test: only Dutch questions) and before a safety route, once per conversation; a question like "do
        # you speak English?" gets it each time.
        foreign = _recognizer().gives_language_note(turn.intent, turn.text)
        if foreign and (not language_note_given(tracker) or (turn.intent == "andere_taal" and not turn.new_facts)):
            dispatcher.utter_message(response=LANGUAGE_NOTE, **language_note_values())
        if turn.safety_signal:
            return closed + next_step(turn, dispatcher)
        return closed + self.respond(turn, dispatcher)


class ActionVolgendeStap(TurnAction):
    """Answers, stories, greetings: take the facts, then the next question or the route."""

    def name(self) -> str:
        return "action_volgende_stap"

    def respond(self, turn: Turn, dispatcher: CollectingDispatcher) -> list[EventType]:
        if turn.read.rejected:
            dispatcher.utter_message(response="utter_ongeldig_antwoord")
            return turn.events + ask_again(turn, dispatcher)
        if turn.withdraws_signal:
            dispatcher.utter_message(response="utter_geen_gevaar")
            return next_step(turn, dispatcher)
        if turn.restart_offered and not turn.new_facts and turn.yes_no:
            if turn.yes_no == "affirm":
                return restart(dispatcher)
            dispatcher.utter_message(response="utter_verder")
            return next_step(turn, dispatcher, repeat_route=False)  # the story may have answered the open question
        if turn.tracker.get_slot(CODE_OFFERED) and not turn.new_facts and turn.yes_no:
            return (give_code if turn.yes_no == "affirm" else decline_code)(turn, dispatcher)
        if turn.corrected:
            dispatcher.utter_message(response="utter_aangepast")
            return next_step(turn, dispatcher)
        if turn.asked and not turn.understood and turn.intent != "greet":
            return not_understood(turn, dispatcher)
        if after_route(turn) and not turn.new_facts and not turn.yes_no and turn.intent != "greet":
            return repeat_advice(turn, dispatcher)  # "wat moet ik nu doen?" after the advice
        if not turn.asked and not turn.tracker.get_slot(ROUTE_RULE):
            explain_what_the_opening_asks(turn, dispatcher)
        return next_step(turn, dispatcher, repeat_route=turn.intent != "greet" and bool(turn.new_facts))


def explain_what_the_opening_asks(turn: Turn, dispatcher: CollectingDispatcher) -> None:
    """A first story that asks what an organisation or the Wlz is ("wat is het expertteam eigenlijk?", "wat is de
    wlz eigenlijk? mijn zoon van 10 ...") gets that answered before the next question (session 33, wlz-32: it got
    only the next question). Not the organisation the advice names right after: its card says what it is."""
    decision = turn.decide()
    texts = what_it_is(turn, decision.destination if isinstance(decision, Route) else None)
    if texts:
        dispatcher.utter_message(text="\n\n".join(texts))


def not_understood(turn: Turn, dispatcher: CollectingDispatcher) -> list[EventType]:
    """Nothing usable in the message. Twice in a row: a kind way out via Het Juiste Loket."""
    if not turn.text:
        dispatcher.utter_message(response="utter_leeg_bericht")
        return turn.events + ask_again(turn, dispatcher)
    # An opening with nothing to read ("zoon zit thuis"): the welcome just said what comes, so the first question
    # follows without a "sorry" (session 23, a smoke test: the parent's first words got "Sorry, dat begreep ik niet")
    if not turn.asked and not turn.known_before and not turn.tracker.get_slot(ROUTE_RULE):
        return next_step(turn, dispatcher)
    misses = int(turn.tracker.get_slot(MISSES) or 0) + 1
    if misses == 1 and after_route(turn):
        return [SlotSet(MISSES, misses)] + repeat_advice(turn, dispatcher)
    if misses >= 2:
        dispatcher.utter_message(response="utter_niet_begrepen_twee_keer", contact=_juiste_loket())
    else:
        dispatcher.utter_message(response="utter_niet_begrepen")
    return turn.events + [SlotSet(MISSES, misses)] + ask_again(turn, dispatcher)


class ActionNietBegrepen(TurnAction):
    """The classifier was unsure; facts found in the message still count."""

    def name(self) -> str:
        return "action_niet_begrepen"

    def respond(self, turn: Turn, dispatcher: CollectingDispatcher) -> list[EventType]:
        if turn.yes_no and not turn.asked:  # "oke" to an offer, or after the advice: as a typed yes or no
            return ActionVolgendeStap().respond(turn, dispatcher)
        if turn.restated and after_route(turn) and not turn.new_facts:  # "en nu?" after the advice
            return repeat_advice(turn, dispatcher)
        if turn.understood:
            return next_step(turn, dispatcher)
        return not_understood(turn, dispatcher)


class _SayThenContinue(TurnAction, ABC):
    """Say one fixed response, then carry on: facts in the message are kept, the open question comes back."""
    response = ""

    @abstractmethod
    def name(self) -> str:
        """The action's name in the domain."""

    def values(self) -> dict[str, str]:
        """The response's {placeholders}."""
        return {"contact": _juiste_loket()}

    def respond(self, turn: Turn, dispatcher: CollectingDispatcher) -> list[EventType]:
        dispatcher.utter_message(response=self.response, **self.values())
        return next_step(turn, dispatcher, repeat_route=False)


class ActionBuitenBereik(_SayThenContinue):
    response = "utter_buiten_bereik"

    def name(self) -> str:
        return "action_buiten_bereik"

    def respond(self, turn: Turn, dispatcher: CollectingDispatcher) -> list[EventType]:
        # After the advice, a question with words of the domain is about the advice: "kan ik bezwaar maken?" got
        # "daar kan ik je niet bij helpen" right under the advice that a cliëntondersteuner helps with a bezwaar
        # (session 22, a smoke test).
        if after_route(turn) and turn.domain_words:
            return repeat_advice(turn, dispatcher)
        return super().respond(turn, dispatcher)


class ActionAndereTaal(TurnAction):
    """A message in another language: the note comes from TurnAction.run (a parent we cannot read may be writing
    about danger, so it names 112, Veilig Thuis and 113 in English too); then the open question or the next step."""

    def name(self) -> str:
        return "action_andere_taal"

    def respond(self, turn: Turn, dispatcher: CollectingDispatcher) -> list[EventType]:
        return next_step(turn, dispatcher, repeat_route=False)


class ActionIkBenEenBot(_SayThenContinue):
    response = "utter_ik_ben_een_bot"

    def name(self) -> str:
        return "action_ik_ben_een_bot"


class ActionGraagGedaan(_SayThenContinue):
    response = "utter_graag_gedaan"

    def name(self) -> str:
        return "action_graag_gedaan"


class ActionAfscheid(TurnAction):
    def name(self) -> str:
        return "action_afscheid"

    def respond(self, turn: Turn, dispatcher: CollectingDispatcher) -> list[EventType]:
        dispatcher.utter_message(response="utter_afscheid")
        return turn.events


def what_it_is(turn: Turn, subject: str | None = None) -> list[str]:
    """What each organisation or term the message asks about is ("wat is het expertteam eigenlijk?": what it is and
    how to reach it; "wat is een wlz-indicatie?": the Wlz question's explanation), except the `subject`."""
    content = turn.engine.content
    texts = []
    for about in turn.asked_about:
        if about == subject:
            continue
        if about in content.organisations:
            texts.append(organisation_text(content.organisations[about]))
        elif about in content.questions:
            texts.append(content.questions[about].explanation)
    return texts


def explanations(turn: Turn) -> list[str]:
    """What the parent asks to have explained while a question is open: the question itself, or what else they
    name ("wat bedoel je met wijkteam?" while the Wlz question is open got the Wlz explained, and "wat is een
    wlz-indicatie?" under the zorgkantoor question the zorgkantoor; session 21, a smoke test)."""
    subject = turn.asked.split("_")[0]  # gemeente_contact and gemeente_uitkomst are both about the gemeente
    return what_it_is(turn, subject) or [turn.engine.content.questions[turn.asked].explanation]


class ActionLegUit(TurnAction):
    """'Wat bedoel je?': the explanation of the open question, then the question again."""

    def name(self) -> str:
        return "action_leg_uit"

    def respond(self, turn: Turn, dispatcher: CollectingDispatcher) -> list[EventType]:
        if turn.corrected:  # "sorry, ik bedoel dat hij 19 is" reads as 'what do you mean'
            dispatcher.utter_message(response="utter_aangepast")
            return next_step(turn, dispatcher)
        if after_route(turn):
            return repeat_advice(turn, dispatcher)
        # With no question open yet, a first message like "wat doet een zorgkantoor precies?" asks about what it
        # names, not how this chat works (session 33, wlz-32: it got the general explanation).
        texts = explanations(turn) if turn.asked else what_it_is(turn)
        if texts:
            dispatcher.utter_message(text="\n\n".join(texts))
        else:
            dispatcher.utter_message(response="utter_uitleg_algemeen")
        if turn.asked and turn.asked in turn.new_facts:  # "nee, wat is dat?" answers too: carry on
            return next_step(turn, dispatcher)
        return turn.events + ask_again(turn, dispatcher)


class ActionGesprekscode(TurnAction):
    """The parent wants a gesprekscode (button)."""

    def name(self) -> str:
        return "action_gesprekscode"

    def respond(self, turn: Turn, dispatcher: CollectingDispatcher) -> list[EventType]:
        return give_code(turn, dispatcher)


class ActionGeenGesprekscode(TurnAction):
    """The parent does not want a code: nothing is stored for it."""

    def name(self) -> str:
        return "action_geen_gesprekscode"

    def respond(self, turn: Turn, dispatcher: CollectingDispatcher) -> list[EventType]:
        return decline_code(turn, dispatcher)


def restart(dispatcher: CollectingDispatcher) -> list[EventType]:
    """Forget every fact, then the first question."""
    dispatcher.utter_message(response="utter_opnieuw")
    decision = _engine().decide({})
    assert isinstance(decision, Ask), "with no facts the engine always asks"
    return [AllSlotsReset(), *ask(dispatcher, decision.slot)]


class ActionOpnieuw(TurnAction):
    """Start over (for example for another child). The button does it at once. Typed, "opnieuw" is also a word in
    stories ("we moeten bij de nieuwe gemeente weer helemaal opnieuw beginnen"): an opening story is read as a
    story, and with facts known the assistant first asks whether the parent wants to start over."""

    def name(self) -> str:
        return "action_opnieuw"

    def respond(self, turn: Turn, dispatcher: CollectingDispatcher) -> list[EventType]:
        if turn.read.from_payload or not (turn.known_before or turn.understood):
            return restart(dispatcher)
        if not turn.known_before:
            return next_step(turn, dispatcher)
        dispatcher.utter_message(response="utter_opnieuw_vragen", buttons=RESTART_BUTTONS)
        return turn.events + [SlotSet(RESTART_OFFERED, True)]


class ActionSessionStart(Action):
    """A new conversation opens with the notice that this is an automated assistant."""

    def name(self) -> str:
        return "action_session_start"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        dispatcher.utter_message(response="utter_welkom")
        return [SessionStarted(), ActionExecuted("action_listen")]
