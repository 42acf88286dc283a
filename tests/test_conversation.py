"""End-to-end: a parent's conversation through the REST channel, with the trained model, the real action
server and the SQLite tracker store."""
from __future__ import annotations

import json

import pytest
import requests

from bot.situation import SLOTS
from tests.conftest import Chat
from tests.domain_table import DESTINATION, EXAMPLES

pytestmark = pytest.mark.e2e

# A typed answer for every value of every question, in a parent's words.
TYPED = {
    "hulpvraag": {"hulp_zoeken": "ik zoek hulp voor mijn zoon", "klacht": "ik wil een klacht indienen over de zorg",
                  "advies_probleemgedrag": "hij is erg agressief, het gedrag is niet meer te hanteren",
                  "regels_en_geld": "ik heb een vraag over het pgb en wie wat betaalt",
                  "ondersteuning": "ik zoek iemand die met me meedenkt en meegaat naar gesprekken"},
    "wlz": {"ja": "ja, ze heeft een wlz-indicatie", "nee": "nee", "weet_niet": "geen idee"},
    "zorgkantoor_contact": {"ja": "ja, we hebben het zorgkantoor al gebeld", "nee": "nee, nog niet"},
    "gemeente_contact": {"ja": "ja, bij het wijkteam", "nee": "nee nog niet"},
    "gemeente_uitkomst": {"nog_bezig": "ze zijn er nog mee bezig", "wachten": "we staan op een wachtlijst",
                          "geen_passende_hulp": "ze hebben niks passends gevonden",
                          "afgewezen": "de aanvraag is afgewezen"},
    "leeftijd": {"onder_18": "hij is 14", "18_tot_23": "ze is 19", "23_of_ouder": "24"},
    "expertteam_contact": {"ja": "ja hoor", "nee": "nee"},
    "expertteam_uitkomst": {"nog_bezig": "ze kijken nog", "vastgelopen": "ook daar komen ze er niet uit"},
    "klacht_gemeld": {"nee": "nee, nog niet gemeld", "ja_niet_opgelost": "ja, maar het is niet opgelost"},
}


def click(chat: Chat, slot: str, value: str) -> None:
    payload = f'/inform{json.dumps({slot: value})}'
    assert payload in [b["payload"] for b in chat.buttons], f"no button {payload}"
    chat.say(payload)


def drive(chat: Chat, situation: dict[str, str], answer) -> list[str]:
    """Answer every question from `situation` until the route; returns the slots asked."""
    asked = []
    for _ in range(12):
        if chat.route:
            return asked
        slot = chat.asked
        assert slot, f"no question and no route: {chat.replies}"
        assert slot not in asked, f"{slot} asked twice"
        asked.append(slot)
        answer(chat, slot, situation[slot])
    raise AssertionError("no route after 12 questions")


@pytest.mark.parametrize("rule_id", [r for r in EXAMPLES if not EXAMPLES[r].get("veiligheid")])
def test_every_destination_by_buttons(chat, rule_id):
    situation = EXAMPLES[rule_id]
    chat.say("/greet")
    assert any("computerprogramma" in t for t in chat.texts), "the automated-assistant notice comes first"
    drive(chat, situation, click)
    assert chat.route["rule"] == rule_id
    assert chat.route["destination"] == DESTINATION[rule_id]
    assert {k: v for k, v in chat.route["facts"].items() if k != "veiligheid"} == situation
    assert {k: chat.slots()[k] for k in situation} == situation


@pytest.mark.parametrize("rule_id", [r for r in EXAMPLES if not EXAMPLES[r].get("veiligheid")])
def test_every_destination_by_typing(chat, rule_id):
    situation = EXAMPLES[rule_id]
    chat.say("hallo")
    drive(chat, situation, lambda c, slot, value: c.say(TYPED[slot][value]))
    assert (chat.route["rule"], chat.route["destination"]) == (rule_id, DESTINATION[rule_id])


def test_every_question_offers_a_button_per_value(chat):
    seen = {}
    for rule_id, situation in EXAMPLES.items():
        if situation.get("veiligheid"):
            continue
        c = Chat(chat.servers)
        c.say("/greet")
        for _ in range(12):
            if c.route:
                break
            payloads = {b["payload"] for b in c.buttons}
            seen[c.asked] = payloads
            click(c, c.asked, situation[c.asked])
    for slot, payloads in seen.items():
        for value in SLOTS[slot]:
            assert f'/inform{json.dumps({slot: value})}' in payloads, (slot, value)


@pytest.mark.parametrize("message,signal,destination", [
    ("Er staat nu iemand met een mes in de kamer van mijn zoon", "acuut_gevaar", "spoed_112"),
    ("mijn dochter zegt dat ze niet meer wil leven", "suicidegedachten", "zelfmoordpreventie_113"),
    ("ik denk dat mijn kind thuis mishandeld wordt door zijn stiefvader", "zorgen_om_veiligheid", "veilig_thuis"),
])
def test_safety_signal_mid_question_goes_straight_to_the_safety_route(chat, message, signal, destination):
    chat.say("/greet")
    click(chat, "hulpvraag", "hulp_zoeken")
    assert chat.asked == "wlz"
    chat.say(message)
    assert chat.route["destination"] == destination
    assert chat.route["facts"]["veiligheid"] == signal
    assert any("112" in t or "113" in t or "0800-2000" in t for t in chat.texts)


def test_opening_with_several_facts_is_not_asked_again(chat):
    chat.say("hoi, mijn zoon van 15 zit al maanden thuis. we zijn bij het wijkteam geweest maar die hebben "
             "niks passends. hij heeft geen wlz indicatie en het expertteam kennen we niet")
    slots = chat.slots()
    assert slots["hulpvraag"] == "hulp_zoeken" and slots["gemeente_contact"] == "ja"
    assert slots["gemeente_uitkomst"] == "geen_passende_hulp" and slots["leeftijd"] == "onder_18"
    assert slots["wlz"] == "nee"
    # Everything needed was said (expertteam unknown to them means: not involved) -> straight to the route.
    assert chat.route and chat.route["destination"] == "expertteam", chat.replies


def test_opening_story_then_only_the_missing_question(chat):
    chat.say("mijn dochter (9) heeft een indicatie van het CIZ, VG-profiel. wat nu?")
    assert chat.slots()["wlz"] == "ja" and chat.slots()["leeftijd"] == "onder_18"
    assert chat.asked == "hulpvraag"
    click(chat, "hulpvraag", "hulp_zoeken")
    assert chat.asked == "zorgkantoor_contact"


@pytest.mark.parametrize("opening,told", [
    ("mn dochter (13) zit al n half jaar thuis, het jeugdteam heeft geen plek die past en het expertteam "
     "kennen we niet. geen wlz", {"leeftijd", "wlz", "gemeente_contact", "gemeente_uitkomst", "expertteam_contact"}),
    ("we zijn nog niet bij het cjg geweest. mijn zoon is 12 en heeft geen wlz-indicatie, ik zoek hulp",
     {"leeftijd", "wlz", "gemeente_contact", "hulpvraag"}),
    # the plain question for the way is what the parent seeks: help (session 15)
    ("pleegdochter 15 rookt elke dag wiet en school dreigt met schorsing. bij de gemeente nog nooit geweest, geen "
     "wlz. hoe pakken we dat aan", {"leeftijd", "wlz", "gemeente_contact", "hulpvraag"}),
])
def test_an_opening_with_facts_means_fewer_questions(assistant, opening, told):
    by_buttons, by_story = Chat(assistant), Chat(assistant)
    by_buttons.say("/greet")
    by_story.say(opening)
    facts = by_story.slots()
    situation = {slot: facts[slot] for slot in SLOTS if facts.get(slot)}
    assert told <= situation.keys(), situation
    # The same situation clicked through from the start asks every question the story already answered.
    asked_by_buttons = drive(by_buttons, {**EXAMPLES["16"], **situation}, click)
    asked_after_story = drive(by_story, {**EXAMPLES["16"], **situation}, click)
    assert not told & set(asked_after_story), asked_after_story
    assert len(asked_after_story) < len(asked_by_buttons)
    assert by_story.route["destination"] == by_buttons.route["destination"]


@pytest.mark.parametrize("opening", ["mijn kind is niet veilig", "ik voel me niet veilig thuis",
                                     "ik kan niet meer voor mijn kinderen zorgen, ik drink te veel"])
def test_not_safe_in_so_many_words_goes_to_veilig_thuis(assistant, opening):
    # Session 16: the learned reader gave these 0.06 and 0.04, below the agreement a phrase needs; the parent who
    # said it in so many words was asked what she was looking for.
    chat = Chat(assistant)
    chat.say(opening)
    assert chat.route and chat.route["destination"] == "veilig_thuis", chat.replies


@pytest.mark.parametrize("opening", ["hij dreigt ons te vermoorden", "mijn dochter van 14 is sinds gisteren vermist",
                                     "mijn zoontje van 4 is al sinds vanmiddag zoek"])  # session 17
def test_a_short_message_about_danger_goes_to_112(assistant, opening):
    # Session 16: the reader gave these 0.04 and 0.01; in a short message a danger phrase now counts without it.
    chat = Chat(assistant)
    chat.say(opening)
    assert chat.route and chat.route["destination"] == "spoed_112", chat.replies


@pytest.mark.parametrize("opening,destination", [
    # Session 18: the first look at openingen-25 missed a German and a Polish message (our own sentences here).
    ("Hallo, mein Mann schlägt gerade unseren Sohn (10), was soll ich tun?", "spoed_112"),
    ("dzień dobry, mój mąż ją bije kiedy jestem w pracy, córka ma 11 lat", "veilig_thuis"),
    ("mi hija de 15 dice que quiere morir", "zelfmoordpreventie_113"),
    # Session 28: the first look at openingen-42 missed a German neighbour (our own sentence here)
    ("Guten Abend, nebenan schreit ein Vater jeden Tag und ich höre, wie er die Kinder schlägt. Was kann ich tun?",
     "veilig_thuis"),
])
def test_danger_in_another_language_gets_the_emergency_route(assistant, opening, destination):
    chat = Chat(assistant)
    chat.say(opening)
    assert chat.route and chat.route["destination"] == destination, chat.replies


@pytest.mark.parametrize("opening,destination", [
    # Session 18, a smoke test: a recent attempt, abuse in veiled words, forced marriage (our own messages).
    ("mijn puber heeft vannacht een poging gedaan, ze ligt in het ziekenhuis, wat nu", "zelfmoordpreventie_113"),
    ("de vriend van mama doet rare dingen met mijn nichtje", "veilig_thuis"),
    ("haar familie wil dat ze trouwt in het buitenland, ze is 16 en doodsbang", "veilig_thuis"),
    ("ze is gisteren door een groep jongens verkracht", "veilig_thuis"),  # 'groep' read as a care setting
    # Session 19: young people writing about themselves
    ("heb net 20 paracetamol genomen", "spoed_112"),
    ("ik ben 16 en denk er steeds aan om mezelf wat aan te doen", "zelfmoordpreventie_113"),
    # Session 20: a child sleeping outside now (the reader gave 0.03)
    ("ik ben 15 en zwanger en mijn ouders hebben me het huis uit gegooid, ik slaap nu buiten", "spoed_112"),
])
def test_a_signal_in_veiled_words_gets_its_route(assistant, opening, destination):
    chat = Chat(assistant)
    chat.say(opening)
    assert chat.route and chat.route["destination"] == destination, chat.replies


def test_self_harm_without_a_wish_to_die_is_no_suicide_signal(assistant):
    # Session 20: problem behaviour (LABELS.md); DIET heard suicide, and so did a development set's false alarm.
    chat = Chat(assistant)
    chat.say("mijn dochter snijdt zichzelf maar zegt dat ze niet dood wil, de ggz heeft een wachtlijst")
    assert chat.slots().get("veiligheid") in (None, "veilig"), chat.slots()
    assert chat.route and chat.route["destination"] == "cce", chat.replies  # advice on problem behaviour


def test_just_two_as_the_age_is_an_age_not_an_emergency(assistant):
    # Session 20: the learned reader gave "ze is net 2" 0.96 for acute danger, and the answer to the age question
    # sent the parent to 112.
    chat = Chat(assistant)
    chat.say("onze dochter praat nog niet en het wijkteam heeft niks passends voor haar. geen wlz")
    assert chat.route is None and chat.asked == "leeftijd", chat.replies
    chat.say("ze is net 2")
    assert chat.slots().get("leeftijd") == "onder_18" and chat.slots().get("veiligheid") in (None, "veilig"), \
        chat.slots()
    assert chat.route is None and chat.asked == "expertteam_contact", chat.replies  # the next question


@pytest.mark.parametrize("remark", ["hij is nu bij zijn vader", "hij is net thuis"])
def test_a_short_everyday_remark_is_no_emergency(assistant, remark):
    # Session 21, a smoke test: the learned reader gave these 0.89 and 0.91 for acute danger: 112 for a side remark.
    chat = Chat(assistant)
    chat.say("mijn zoon van 14 zit al maanden thuis, het wijkteam heeft niks")
    assert chat.asked == "wlz", chat.replies
    chat.say(remark)
    assert chat.route is None and chat.slots().get("veiligheid") in (None, "veilig"), chat.replies
    assert chat.asked == "wlz"


def test_asking_whether_the_assistant_is_someone_of_the_gemeente_is_no_visit(assistant):
    # Session 18: "iemand van de gemeente" in a question about the assistant was read as contact with the gemeente.
    chat = Chat(assistant)
    chat.say("praat ik nu met een robot of met iemand van de gemeente")
    assert not chat.slots().get("gemeente_contact"), chat.slots()
    assert chat.route is None and chat.asked == "hulpvraag", chat.replies


@pytest.mark.parametrize("opening", ["hallo? is daar iemand?", "hallo, is er iemand?"])
def test_hello_is_anyone_there_gets_a_greeting_and_the_first_question(assistant, opening):
    # Session 16: the learned reader read "iemand" as wanting an independent someone, and the parent got the
    # cliëntondersteuner as advice before saying anything.
    chat = Chat(assistant)
    chat.say(opening)
    assert chat.route is None, chat.replies
    assert chat.asked == "hulpvraag", chat.replies


@pytest.mark.parametrize("opening", [
    # Session 16: a denial further from the door's name. Read as contact, the assistant asked how it went there.
    "mn zoon is 11 en heeft adhd, geen wlz. de huisarts zei dat we naar het cjg moesten, maar dat hebben we nog niet "
    "gedaan. waar moet ik heen?",
    "Mijn dochter (9) wordt gepest en slaapt slecht, ze heeft geen wlz. Een psycholoog wil een verwijzing van de "
    "gemeente. Bij de gemeente heb ik me nog niet gemeld. Hoe krijg ik hulp?",
    "zoon van 14 zit thuis, geen wlz. iemand zei dat we bij het wmo-loket moeten zijn; daar hebben we nog geen stap "
    "gezet. waar moeten we heen?",
    "Our son is 12 and has ADHD, no Wlz. We have not contacted the municipality yet. Where do we start?",
])
def test_a_denied_visit_to_the_gemeente_leads_to_the_gemeente(assistant, opening):
    chat = Chat(assistant)
    chat.say(opening)
    assert chat.slots()["gemeente_contact"] == "nee", chat.slots()
    assert chat.route and chat.route["destination"] == "gemeente", chat.replies


@pytest.mark.parametrize("opening", [
    # Session 20: the reader read a door in a question, or in a clause that supposes, as a visit (0.99), and the
    # parent was never asked whether they had been there.
    "kan het wijkteam ons helpen? mijn zoon van 12 heeft autisme, geen wlz",
    "stel dat het wijkteam niks kan vinden, waar moeten we dan heen? zoon 9, geen wlz",
])
def test_a_door_only_asked_about_is_asked_not_assumed(assistant, opening):
    chat = Chat(assistant)
    chat.say(opening)
    assert not chat.slots().get("gemeente_contact") and not chat.slots().get("gemeente_uitkomst"), chat.slots()
    assert chat.route is None and chat.asked == "gemeente_contact", chat.replies


def test_a_denied_expertteam_is_no_sign_the_gemeente_found_nothing(assistant):
    # Session 17: the reader guessed "the gemeente found nothing" from the word expertteam, also when it was
    # denied, and the parent who had not been anywhere was sent to ask for the expertteam.
    chat = Chat(assistant)
    chat.say("zoon 12 autisme, geen wlz, het expertteam is nog niet ingeschakeld. hoe krijg ik hulp?")
    assert chat.slots()["expertteam_contact"] == "nee"
    assert chat.route is None and chat.asked == "gemeente_contact", chat.replies


def test_a_wlz_still_applied_for_leads_to_the_gemeente_not_the_zorgkantoor(assistant):
    # Session 17: "wlz aanvraag loopt" was read as having a Wlz, and the parent was sent to the zorgkantoor; until the
    # CIZ decides, the gemeente stays in charge (DOMAIN.md: `wlz` is whether the child has a Wlz-indicatie).
    chat = Chat(assistant)
    chat.say("wlz aanvraag loopt nog bij het ciz, zoon 6 met ernstig meervoudige beperking, zorgkantoor nog niet "
             "gesproken. waar kan ik terecht?")
    assert chat.slots()["wlz"] == "nee", chat.slots()
    assert chat.route is None and chat.asked == "gemeente_contact", chat.replies


def test_not_with_the_jeugdteam_is_stored_as_no_contact(assistant):
    # Session 17: the reader read this as contact (0.95) and went over the words' denial.
    chat = Chat(assistant)
    chat.say("we zitten niet bij het jeugdteam en ook niet in de wlz. dochter 17")
    assert chat.slots()["gemeente_contact"] == "nee" and chat.slots()["wlz"] == "nee", chat.slots()


@pytest.mark.parametrize("opening,kind,destination", [
    # No word list or phrase names the kind of question here: the learned reader (data/feiten/) does.
    ("de begeleiders op zn groep weten echt geen raad meer met zn gedrag, hij bijt en bonkt met zn hoofd tegen "
     "de muur. wie heeft hier verstand van?", "advies_probleemgedrag", "cce"),
    ("ik trek al dat geregel met indicaties en aanbieders niet meer, is er iemand onafhankelijk die naast me kan "
     "staan?", "ondersteuning", "clientondersteuner"),
])
def test_the_kind_of_question_in_a_parents_own_words_is_not_asked(chat, opening, kind, destination):
    chat.say(opening)
    assert chat.slots()["hulpvraag"] == kind
    assert chat.asked != "hulpvraag"
    drive(chat, EXAMPLES["16"], click)  # whatever else the route needs, by button
    assert chat.route["destination"] == destination and chat.route["facts"]["hulpvraag"] == kind


def test_a_safety_signal_inside_a_long_story_goes_first(chat):
    chat.say("We staan al een half jaar op de wachtlijst bij het jeugdteam voor onze dochter van 15. School belt "
             "elke week. Gisteren vond ik een briefje waarin ze afscheid van ons neemt. Het wijkteam zegt dat we "
             "moeten wachten.")
    assert chat.route and chat.route["destination"] in ("zelfmoordpreventie_113", "spoed_112"), chat.replies


@pytest.mark.parametrize("opening,destination", [
    ("mijn dochter is niet wakker te krijgen, naast haar bed liggen lege strips paracetamol. wat moet ik doen",
     "spoed_112"),
    ("onze zoon van 21 heeft al een kwartier een epileptische aanval die niet stopt en het noodmedicijn werkt niet",
     "spoed_112"),
    ("ik ben zo moe dat ik vanochtend mijn baby hard door elkaar heb geschud. ik schaam me kapot", "veilig_thuis"),
    # a parent who hits, in the first person (a blind set's missed signal in session 11 was of this kind)
    ("als ik op ben sla ik mn dochter van 4 soms, ik wil dat niet meer. waar vind ik hulp", "veilig_thuis"),
    # ... and one who forgets to feed them: the reader doubted both (0.09-0.10); 'zeker' phrases (session 12)
    ("sinds mijn man weg is lig ik vaak de hele dag op de bank en vergeet ik de kids eten te geven. ze zijn 4 en 6",
     "veilig_thuis"),
    ("ik raak soms zo overprikkeld dat ik mn zoon van 6 een klap geef", "veilig_thuis"),
    # in English: the other-language reply, and the safety route all the same (session 12)
    ("My ex locks our daughter in her room when she stays with him and she gets no food. What can I do?",
     "veilig_thuis"),
])
def test_an_emergency_in_a_parents_own_words_goes_to_the_safety_route(chat, opening, destination):
    chat.say(opening)
    assert chat.route and chat.route["destination"] == destination, chat.replies


@pytest.mark.parametrize("opening", [
    "hij is 15 en gamet tot 3 uur s nachts, s ochtends is hij niet wakker te krijgen voor school",
    "wat gebeurt er met onze zoon van 30 als wij er niet meer zijn? hij heeft een wlz-indicatie",
])
def test_words_that_sound_like_an_emergency_lead_to_a_question_not_to_112(chat, opening):
    chat.say(opening)
    assert chat.route is None and chat.asked, chat.replies


@pytest.mark.parametrize("opening,slot,value", [
    # A written no is not turned into a yes by the learned reader, and an outcome elsewhere is no gemeente outcome.
    ("mn dochter is 16 en het jeugdteam zoekt nog steeds iets, een expertteam is er niet bij", "expertteam_contact",
     "nee"),
    ("Het CIZ heeft de Wlz-aanvraag voor mijn zoon van 12 afgewezen. Wat kan ik nu doen?", "gemeente_uitkomst", None),
    # Session 19: a young person writing about themselves
    ("ik ben 19 en mijn jeugdhulp stopt straks, wat moet ik doen", "leeftijd", "18_tot_23"),
    # Session 19: the learned reader read a visit to a door in unknown spelling as 'nee'
    ("we zijn bij het wyk team geweest, mn zoon is 12", "gemeente_contact", "ja"),
    ("ze eet slecht sinds ze in de brugklas zit en trekt zich terug", "leeftijd", "onder_18"),  # a phase
])
def test_what_the_parent_wrote_is_what_is_stored(chat, opening, slot, value):
    chat.say(opening)
    assert chat.slots().get(slot) == value, chat.slots()


def test_a_misread_signal_can_be_withdrawn_and_the_story_goes_on(chat):
    # A past, handled incident read as a signal: one click says there is no danger now; the facts of the
    # opening are kept and only the missing question follows.
    chat.say("mijn zoon van 14 zegt dat hij niet meer wil leven. we zijn nog niet bij het wijkteam geweest")
    assert chat.route["destination"] == "zelfmoordpreventie_113"
    click(chat, "veiligheid", "veilig")
    assert any("verder met je vraag" in t for t in chat.texts), chat.texts
    slots = chat.slots()
    assert slots["veiligheid"] == "veilig"
    assert slots["leeftijd"] == "onder_18" and slots["gemeente_contact"] == "nee"
    assert chat.asked == "hulpvraag"
    click(chat, "hulpvraag", "hulp_zoeken")
    assert chat.asked == "wlz"  # the only question still open: the opening's facts are not asked again
    click(chat, "wlz", "nee")
    assert chat.route["destination"] == "gemeente" and chat.route["facts"]["veiligheid"] == "veilig"


def test_a_new_signal_after_withdrawing_goes_to_the_safety_route_again(chat):
    chat.say("mijn dochter zegt dat ze niet meer wil leven")
    click(chat, "veiligheid", "veilig")
    assert chat.asked == "hulpvraag"
    chat.say("ze heeft net een heleboel pillen ingenomen")
    assert chat.route["destination"] == "spoed_112", chat.replies


def test_no_danger_button_only_under_a_safety_route(chat):
    chat.say("/greet")
    click(chat, "hulpvraag", "regels_en_geld")
    assert chat.route["destination"] == "juiste_loket"
    assert '/inform{"veiligheid": "veilig"}' not in [b["payload"] for b in chat.buttons]


def test_a_named_municipality_is_used_in_the_advice(chat):
    chat.say("wij wonen in Tilburg. mn zoon van 15 heeft geen wlz en we zijn nog niet bij de gemeente geweest, "
             "ik zoek hulp voor hem")
    assert chat.slots()["gemeente_naam"] == "Tilburg"
    assert chat.route and chat.route["destination"] == "gemeente", chat.replies
    assert any("gemeente Tilburg" in t for t in chat.texts)


def test_explain_gives_the_question_explanation_and_asks_again(chat):
    chat.say("/greet")
    click(chat, "hulpvraag", "hulp_zoeken")
    chat.say("wat is een wlz indicatie?")
    assert any("CIZ" in t for t in chat.texts), chat.texts
    assert chat.asked == "wlz"


def test_a_no_with_a_question_gets_the_explanation_and_the_next_question(chat):
    """Session 19: "nee, wat is dat" answered the question and asked what it meant; the assistant explained and then
    asked the same question again."""
    chat.say("/greet")
    click(chat, "hulpvraag", "hulp_zoeken")
    click(chat, "wlz", "ja")
    assert chat.asked == "zorgkantoor_contact"
    chat.say("nee, wat is dat")
    assert any("zorgkantoor" in t.lower() for t in chat.texts), chat.texts
    assert chat.slots()["zorgkantoor_contact"] == "nee"
    assert chat.asked != "zorgkantoor_contact" and (chat.asked or chat.route), chat.replies


def test_not_knowing_what_the_question_means_is_no_i_do_not_know(chat):
    """Session 19: "ik weet niet wat jullie bedoelen" was stored as "does not know" for the open question."""
    chat.say("/greet")
    click(chat, "hulpvraag", "hulp_zoeken")
    asked = chat.asked
    chat.say("ik weet niet wat jullie bedoelen")
    assert chat.asked == asked
    slots = chat.slots()
    assert slots[asked] is None and asked not in (slots.get("onbekend") or [])


def test_asking_what_the_assistant_does_gets_the_general_explanation(chat):
    # Not in the training data in these words: a parent's first question may be what this chat is for.
    chat.say("wat kan deze chat eigenlijk voor mij doen?")
    assert any("welke organisatie je het beste" in t for t in chat.texts), chat.texts
    assert chat.asked == "hulpvraag"


def test_restart_forgets_the_facts(chat):
    chat.say("/greet")
    click(chat, "hulpvraag", "klacht")
    click(chat, "klacht_gemeld", "nee")
    assert chat.route["destination"] == "klachtenfunctionaris"
    chat.say("opnieuw beginnen")  # typed: the assistant asks first, and forgets nothing yet
    assert {b["payload"] for b in chat.buttons} == {"/opnieuw", "/deny"}
    assert chat.slots()["hulpvraag"] == "klacht"
    chat.say("/opnieuw")
    assert chat.asked == "hulpvraag"
    assert chat.slots()["hulpvraag"] is None and chat.slots()["klacht_gemeld"] is None
    click(chat, "hulpvraag", "regels_en_geld")
    assert chat.route["destination"] == "juiste_loket"


def test_the_restart_button_forgets_at_once(chat):
    chat.say("/greet")
    click(chat, "hulpvraag", "hulp_zoeken")
    chat.say("/opnieuw")
    assert any("beginnen opnieuw" in t for t in chat.texts), chat.texts
    assert chat.asked == "hulpvraag" and chat.slots()["hulpvraag"] is None


def test_a_typed_yes_to_starting_over_forgets_the_facts(chat):
    chat.say("/greet")
    click(chat, "hulpvraag", "hulp_zoeken")
    chat.say("ik wil opnieuw beginnen")
    assert chat.slots()["opnieuw_gevraagd"] is True
    chat.say("ja")
    assert chat.asked == "hulpvraag"
    slots = chat.slots()
    assert slots["hulpvraag"] is None and not slots["opnieuw_gevraagd"]


@pytest.mark.parametrize("story", ["we moeten bij de nieuwe gemeente weer helemaal opnieuw beginnen",
                                   "elke keer een nieuwe hulpverlener en dan weer vanaf het begin vertellen"])
def test_opnieuw_in_a_story_loses_nothing(chat, story):
    """Session 19: the classifier heard "start over" in these stories, and the assistant forgot every fact."""
    chat.say("/greet")
    click(chat, "hulpvraag", "hulp_zoeken")
    click(chat, "wlz", "nee")
    chat.say(story)
    assert chat.slots()["hulpvraag"] == "hulp_zoeken" and chat.slots()["wlz"] == "nee"
    if chat.slots()["opnieuw_gevraagd"]:  # read as a wish to start over: a no carries on where we were
        chat.say("nee")
        assert any("verder waar we waren" in t for t in chat.texts), chat.texts
    slots = chat.slots()
    assert slots["hulpvraag"] == "hulp_zoeken" and slots["wlz"] == "nee" and not slots["opnieuw_gevraagd"]
    assert chat.asked and slots[chat.asked] is None  # the next open question; the "nee" answered none


def test_an_opening_story_with_opnieuw_is_read_as_a_story(chat):
    chat.say("bij het nieuwe wijkteam moeten we weer helemaal opnieuw beginnen")
    assert not any("beginnen opnieuw" in t for t in chat.texts), chat.texts
    assert chat.slots()["gemeente_contact"] == "ja"
    assert chat.asked and chat.asked != "gemeente_contact"


def test_after_the_route_the_parent_can_say_goodbye(chat):
    chat.say("/greet")
    click(chat, "hulpvraag", "regels_en_geld")
    assert {"/opnieuw", "/goodbye"} <= {b["payload"] for b in chat.buttons}
    chat.say("/goodbye")
    assert chat.texts and chat.route is None


@pytest.mark.parametrize("follow_up", ["wat nu?", "heb je het telefoonnummer?", "wat moet ik nu doen", "en nu?"])
def test_a_question_after_the_advice_gets_the_advice_again(chat, follow_up):
    # Session 20, a smoke test: after the advice "wat nu?" got the general explanation and "heb je het
    # telefoonnummer?" got "dat begreep ik niet"; both ask about the advice, whose card holds the contact facts.
    chat.say("mijn zoon van 14 zit al een half jaar thuis, het wijkteam heeft niks passends, geen wlz")
    chat.say("nee")
    assert chat.route and chat.route["destination"] == "expertteam", chat.replies
    advice = next(t for t in chat.texts if t.startswith("Mijn advies"))
    chat.say(follow_up)
    assert chat.route and chat.route["destination"] == "expertteam", chat.replies
    assert "nog een keer" in chat.texts[0] and advice in chat.texts, chat.texts  # how to find them, other options
    # the offer of a gesprekscode was not answered: it comes again, so a later "ja" answers a visible question
    assert any(b["payload"] == "/gesprekscode_ja" for b in chat.buttons), chat.buttons
    chat.say("/goodbye")
    assert chat.route is None and chat.texts


@pytest.mark.parametrize("follow_up", ["het is al voorbij, haar vader is weg en ze slaapt nu bij mij", "het is nu veilig"])
def test_saying_it_is_over_after_a_safety_route_changes_no_route(chat, follow_up):
    # Session 20, a smoke test: the reader gave "haar vader is weg" 0.69 for acute danger, and the parent who said it
    # was over was sent from Veilig Thuis to 112. Typed, the advice stays; the button still withdraws it.
    chat.say("mijn dochter van 15 is niet veilig thuis")
    assert chat.route and chat.route["destination"] == "veilig_thuis", chat.replies
    chat.say(follow_up)
    assert chat.route and chat.route["destination"] == "veilig_thuis", chat.replies
    assert chat.slots()["veiligheid"] == "zorgen_om_veiligheid", chat.slots()
    assert "Er is nu geen gevaar" in chat.texts[0], chat.texts
    assert any(b["payload"] == '/inform{"veiligheid": "veilig"}' for b in chat.buttons), chat.buttons
    chat.say("hij staat nu met een mes in de keuken")  # a new danger in words still counts
    assert chat.route and chat.route["destination"] == "spoed_112", chat.replies


def test_a_correction_under_another_question_changes_the_wish(chat):
    # Session 26, a smoke test: "eigenlijk gaat het om regels en geld" to the Wlz question got "Sorry".
    chat.say("ik zoek hulp voor mijn zoon")
    assert chat.asked == "wlz" and chat.slots()["hulpvraag"] == "hulp_zoeken", chat.replies
    chat.say("eigenlijk gaat het om regels en geld")
    assert chat.slots()["hulpvraag"] == "regels_en_geld", chat.slots()
    assert chat.texts[0] == "Dank je, ik heb het aangepast." and chat.route["destination"] == "juiste_loket", chat.replies


def test_a_wish_said_again_under_another_question_gets_no_sorry(chat):
    # Session 26, a smoke test: "hulp voor hem" (an answer to the question before) to the Wlz question got "Sorry";
    # and "school zegt ga naar wijkteam" was read as a visit, so the assistant asked what the gemeente had done.
    chat.say("hoi")
    chat.say("mijn zoon heeft 15 jaar, school zegt ga naar wijkteam")
    assert chat.slots()["leeftijd"] == "onder_18" and chat.slots()["gemeente_contact"] is None, chat.slots()
    asked = chat.asked
    chat.say("hulp voor hem")
    assert not any(t.startswith("Sorry") for t in chat.texts), chat.texts
    assert chat.slots()["hulpvraag"] == "hulp_zoeken" and chat.asked, chat.replies
    assert asked == "hulpvraag" or chat.asked == asked


def test_a_typed_correction_replaces_what_was_said(chat):
    # Session 20, a smoke test: "sorry ik bedoel dat hij 19 is" got the Wlz explanation and the age stayed 12.
    chat.say("mijn zoon van 12 heeft autisme, het wijkteam doet niks")
    assert chat.asked == "wlz" and chat.slots()["leeftijd"] == "onder_18", chat.replies
    chat.say("sorry ik bedoel dat hij 19 is")
    assert chat.slots()["leeftijd"] == "18_tot_23", chat.slots()
    assert chat.texts[0] == "Dank je, ik heb het aangepast." and chat.asked == "wlz", chat.replies
    chat.say("hij is trouwens 15")  # no correction: a side remark does not overwrite
    assert chat.slots()["leeftijd"] == "18_tot_23", chat.slots()


def test_asking_what_an_organisation_is_after_the_advice_explains_it(chat):
    # Session 20, a smoke test: "wat is het expertteam eigenlijk?" after the advice got the advice again.
    chat.say("mijn zoon is 19 en zijn jeugdhulp is gestopt, nu zit hij thuis")
    chat.say("weet ik niet")
    assert chat.route and chat.route["destination"] == "juiste_loket", chat.replies
    chat.say("wat is het expertteam eigenlijk?")
    assert chat.route is None and chat.texts[0].startswith("Regionaal expertteam jeugd:"), chat.texts


def test_asking_what_a_cliëntondersteuner_is_after_the_advice_explains_it(chat):
    # Session 23, a smoke test: "wat is een cliëntondersteuner?" after the advice got the advice again (a term that
    # also counts in a question, so it was not reported as asked about).
    chat.say("mijn zoon is 19 en zijn jeugdhulp is gestopt, nu zit hij thuis")
    chat.say("weet ik niet")
    assert chat.route and chat.route["destination"] == "juiste_loket", chat.replies
    chat.say("wat is een cliëntondersteuner?")
    assert chat.route is None and chat.texts[0].startswith("Onafhankelijke cliëntondersteuner:"), chat.texts


def test_asking_what_another_organisation_is_while_a_question_is_open(chat):
    # Session 21, a smoke test: "wat bedoel je met wijkteam?" under the Wlz question explained the Wlz, and "wat is
    # een wijkteam" (no question mark) under the gemeente question was stored as a visit.
    chat.say("mn zoon 16 zit al maanden thuis")
    assert chat.asked == "wlz", chat.replies
    chat.say("wat bedoel je met wijkteam?")
    assert chat.texts[0].startswith("De gemeente (wijkteam of jeugdteam):"), chat.texts
    assert chat.asked == "wlz" and chat.slots()["wlz"] is None
    chat.say("nee")
    assert chat.asked == "gemeente_contact", chat.replies
    chat.say("wat is een wijkteam")
    assert chat.asked == "gemeente_contact" and chat.slots()["gemeente_contact"] is None, chat.slots()
    chat.say("wat is een wlz-indicatie eigenlijk?")  # asked before: the Wlz explained, the open question again
    assert "CIZ" in chat.texts[0] and chat.asked == "gemeente_contact", chat.texts


@pytest.mark.parametrize("answer,gemeente", [
    ("ja de gemeente weet het maar die zeggen dat het expertteam moet kijken", "ja"),
    ("ja we hebben contact gehad", None),
])
def test_a_yes_about_something_else_does_not_answer_the_wlz_question(chat, answer, gemeente):
    # Session 21, a smoke test: the first answer was stored as a Wlz-indicatie and the parent got the zorgkantoor.
    chat.say("mn zoon 16 zit al maanden thuis, hij heeft een psychose gehad")
    assert chat.asked == "wlz", chat.replies
    chat.say(answer)
    slots = chat.slots()
    assert slots["wlz"] is None and slots["gemeente_contact"] == gemeente, slots
    assert chat.asked == "wlz" and chat.texts[0].startswith("Ik weet niet zeker of dat een antwoord"), chat.texts
    chat.say("nee")
    assert chat.slots()["wlz"] == "nee"


def test_a_yes_that_goes_on_answers_the_wlz_question(chat):
    chat.say("mn zoon 16 zit al maanden thuis")
    chat.say("ja, en we zijn ook bij het wijkteam geweest")
    assert chat.slots()["wlz"] == "ja" and chat.slots()["gemeente_contact"] == "ja", chat.slots()


def test_after_the_advice_a_supposition_is_no_outcome_and_a_correction_counts(chat):
    # Session 21, a smoke test: "en als het expertteam ook niks kan?" stored the expertteam's outcome, and "oh wacht,
    # hij is eigenlijk 19" was not read as a correction (the age stayed).
    chat.say("mijn zoon van 14 zit al maanden thuis, het wijkteam heeft niks passends, geen wlz")
    chat.say("nee")
    assert chat.route and chat.route["destination"] == "expertteam", chat.replies
    chat.say("en als het expertteam ook niks kan?")
    assert chat.slots()["expertteam_uitkomst"] is None, chat.slots()
    chat.say("oh wacht, hij is eigenlijk 19")
    assert chat.slots()["leeftijd"] == "18_tot_23" and "Dank je, ik heb het aangepast." in chat.texts, chat.texts


def test_an_outcome_at_a_door_said_not_visited_corrects_the_visit(chat):
    # Session 21, a smoke test: after "nog niet bij de gemeente geweest", "we staan trouwens al op de wachtlijst bij
    # het cjg" kept 'no contact', so the waiting list did not count and the advice stayed the first-visit one.
    chat.say("dochter 9, geen wlz, nog niet bij de gemeente geweest")
    assert chat.route and chat.route["destination"] == "gemeente" and chat.slots()["gemeente_contact"] == "nee"
    chat.say("we staan trouwens al op de wachtlijst bij het cjg")
    slots = chat.slots()
    assert slots["gemeente_contact"] == "ja" and slots["gemeente_uitkomst"] == "wachten", slots
    assert "Dank je, ik heb het aangepast." in chat.texts and any("wachtlijst" in t for t in chat.texts), chat.texts


def test_what_the_door_did_answers_the_contact_question_with_its_outcome(chat):
    # Session 22, a smoke test: "die zijn al een half jaar bezig maar komen niet verder" to the expertteam question
    # got "Sorry, dat begreep ik niet goed"; "ze zijn nog aan het zoeken" to the gemeente question too.
    chat.say("mn zoon is 15 en zit al een jaar thuis. geen wlz")
    assert chat.asked == "gemeente_contact"
    chat.say("al 3 keer, steeds iemand anders en er gebeurt niks")
    assert chat.asked == "expertteam_contact", chat.texts
    chat.say("die zijn al een half jaar bezig maar komen niet verder")
    assert chat.route and chat.route["destination"] == "juiste_loket", chat.texts
    slots = chat.slots()
    assert (slots["gemeente_uitkomst"], slots["expertteam_contact"], slots["expertteam_uitkomst"]) == (
        "geen_passende_hulp", "ja", "vastgelopen")


def test_an_outcome_without_a_door_answers_how_it_went_there(chat):
    # Session 23, a smoke test: "ze zeggen dat ze het gaan bekijken" to "Wat heeft de gemeente gedaan met je vraag?"
    # got "Sorry, dat begreep ik niet goed": the outcome words of woorden.yml needed a door in the same message.
    chat.say("zoon 16 met autisme zit al maanden thuis, geen wlz")
    chat.say("ja bij het wijkteam")
    assert chat.asked == "gemeente_uitkomst", chat.texts
    chat.say("ze zeggen dat ze het gaan bekijken")
    assert chat.route and chat.route["destination"] == "gemeente", chat.texts
    assert chat.slots()["gemeente_uitkomst"] == "nog_bezig"


@pytest.mark.parametrize("agreement", ["ok", "👍"])
def test_a_bare_ok_to_a_fact_question_is_asked_again(chat, agreement):
    # Session 23, a smoke test: "ok" to "Heeft je kind een Wlz-indicatie?" was stored as a Wlz-indicatie and the next
    # question was the zorgkantoor's
    chat.say("zoon 17 zit thuis, wijkteam vond niks, expertteam is bezig")
    assert chat.asked == "wlz", chat.texts
    chat.say(agreement)
    assert chat.asked == "wlz" and chat.slots()["wlz"] is None, chat.texts
    assert chat.texts[0].startswith("Ik weet niet zeker of dat een antwoord op mijn vraag was"), chat.texts
    chat.say("nee")
    assert chat.route and chat.route["destination"] == "expertteam", chat.texts


def test_saying_again_what_is_known_gets_the_question_again_without_a_sorry(chat):
    # Session 23, a smoke test: the age read from the opening, then "ze is vijftien" under the Wlz question got
    # "Sorry, dat begreep ik niet goed"
    chat.say("mijn dochter van 15 zit al 8 maanden thuis")
    assert chat.asked == "wlz", chat.texts
    chat.say("ze is vijftien")
    assert chat.asked == "wlz" and not any(t.startswith("Sorry") for t in chat.texts), chat.texts


def test_another_wish_after_the_advice_changes_the_advice(chat):
    # Session 23, a smoke test: "ik wil eigenlijk een klacht indienen" after the gemeente's advice got that advice
    # again: a known hulpvraag was only replaced after words like "ik bedoel"
    chat.say("zoon 13 met autisme, geen wlz, jeugdteam is ermee bezig, maar het schiet niet op")
    assert chat.route and chat.route["destination"] == "gemeente", chat.texts
    chat.say("ik wil eigenlijk een klacht indienen over zijn begeleider")
    assert chat.texts[0] == "Dank je, ik heb het aangepast." and chat.asked == "klacht_gemeld", chat.texts
    assert chat.slots()["hulpvraag"] == "klacht"


def test_an_unanswered_code_offer_comes_again_before_an_ok_counts(chat):
    # Session 20, a smoke test: after the advice "ben jij een mens?" got "Kan ik je nog ergens anders mee helpen?",
    # and the next "ok" stored the conversation behind a gesprekscode: consent to a question no longer on screen.
    chat.say("mijn dochter van 8 heeft een vg profiel en we zoeken een logeerplek")
    chat.say("nee nog niet")
    assert chat.route and chat.route["destination"] == "zorgkantoor", chat.replies
    chat.say("ben jij een mens?")
    assert any(b["payload"] == "/gesprekscode_ja" for b in chat.buttons), chat.replies
    assert "gesprekscode" in chat.texts[-1], chat.texts
    chat.say("nee")
    assert chat.slots().get("code_aangeboden") is False and not any("Je gesprekscode is" in t for t in chat.texts)


def test_a_typed_oke_answers_the_visible_code_offer(chat):
    # Session 22, a smoke test: "oke" was nlu_fallback and got "Het spijt me, ik begrijp je nog steeds niet goed"
    # right under "Wil je een gesprekscode?"
    chat.say("zoon 15 zit thuis, geen wlz, wijkteam heeft een wachtlijst")
    assert chat.route and any(b["payload"] == "/gesprekscode_ja" for b in chat.buttons), chat.replies
    chat.say("oke")
    assert any("Je gesprekscode is" in t for t in chat.texts), chat.texts


def test_a_question_about_the_advice_is_not_out_of_scope(chat):
    # Session 22, a smoke test: under the advice that a cliëntondersteuner helps with a bezwaar, "kan ik bezwaar
    # maken?" got "Daar kan ik je helaas niet bij helpen".
    chat.say("dochter 12, geen wlz, de gemeente heeft de hulp afgewezen")
    assert chat.route and chat.route["destination"] == "clientondersteuner", chat.replies
    chat.say("kan ik bezwaar maken?")
    assert not any("niet bij helpen" in t for t in chat.texts), chat.texts
    assert chat.route and chat.route["destination"] == "clientondersteuner", chat.replies
    chat.say("wat voor weer wordt het morgen?")  # still out of scope
    assert any("niet bij helpen" in t for t in chat.texts), chat.texts


@pytest.mark.parametrize("payload", ['/inform{"wlz": "misschien"}', '/inform{"kleur": "rood"}',
                                     '/inform{"wlz": 3}', '/inform{kapot'])
def test_invalid_payload_is_refused_and_the_question_asked_again(chat, payload):
    chat.say("/greet")
    click(chat, "hulpvraag", "hulp_zoeken")
    chat.say(payload)
    assert any("ken ik niet" in t or "begreep" in t for t in chat.texts), chat.texts
    assert chat.asked == "wlz"
    assert chat.slots()["wlz"] is None
    stored = [e for e in chat.tracker()["events"] if e["event"] == "slot" and e["name"] == "wlz"]
    assert stored == [], "an invalid value is never stored as a fact"


@pytest.mark.parametrize("opening", ["zoon zit thuis", "qwpoeiru zxmnvb"])
def test_an_opening_with_nothing_to_read_gets_the_first_question_without_a_sorry(chat, opening):
    # Session 23, a smoke test: "zoon zit thuis" got the welcome and then "Sorry, dat begreep ik niet goed"
    chat.say(opening)
    assert chat.asked == "hulpvraag" and not any(t.startswith("Sorry") for t in chat.texts), chat.texts


def test_not_understood_twice_points_to_het_juiste_loket(chat):
    chat.say("/greet")
    chat.say("qwpoeiru zxmnvb")
    assert chat.texts and "030 789 78 78" not in " ".join(chat.texts)
    chat.say("lkjhgf poiuyt")
    assert "030 789 78 78" in " ".join(chat.texts)
    assert chat.asked == "hulpvraag"


def test_out_of_scope_gets_a_friendly_no(chat):
    chat.say("/greet")
    chat.say("wat voor weer wordt het morgen?")
    assert any("niet bij helpen" in t for t in chat.texts), chat.texts
    assert chat.asked == "hulpvraag"


def test_other_language_gets_dutch_plus_one_english_sentence(chat):
    chat.say("Hello, I need help for my daughter, she is on a waiting list")
    joined = " ".join(chat.texts)
    assert "Nederlands" in joined and "only speaks Dutch" in joined and "030 789 78 78" in joined
    # A message we cannot read may be about danger: 112, Veilig Thuis and 113 are always named (from the content).
    assert "Call 112" in joined and "Veilig Thuis, 0800-2000" in joined and "suicide: call 113" in joined, joined


def test_a_story_in_english_keeps_its_facts_and_gets_the_language_note_once(chat):
    # Session 21, a smoke test: the facts were read, but the parent got only Dutch questions, without a word on why.
    chat.say("hello, my son is 12 and he has autism, the school says he cannot come anymore and we have no help")
    assert sum("only speaks Dutch" in t for t in chat.texts) == 1, chat.texts
    assert chat.slots()["leeftijd"] == "onder_18" and chat.asked is not None
    chat.say("we have not been to the gemeente, we don't know where to go")
    assert not any("only speaks Dutch" in t for t in chat.texts), chat.texts
    assert chat.slots()["gemeente_contact"] == "nee"


def test_a_story_in_another_language_is_inform_and_a_question_stays_another_language(chat):
    # Session 22: DIET called such stories 'andere_taal' (28 on the development sets); LABELS.md calls them inform.
    chat.say("hi, sorry my dutch is bad. our daughter (14) has not been to school for months and the wijkteam has a"
             " waiting list")
    assert chat.tracker()["latest_message"]["intent"]["name"] == "inform"
    assert sum("only speaks Dutch" in t for t in chat.texts) == 1, chat.texts
    assert chat.slots()["leeftijd"] == "onder_18" and chat.slots()["gemeente_contact"] == "ja"
    other = Chat(chat.servers)
    other.say("hello, do you speak english?")
    assert other.tracker()["latest_message"]["intent"]["name"] == "andere_taal"
    assert any("only speaks Dutch" in t for t in other.texts), other.texts


@pytest.mark.parametrize("text", [
    "kan ik hier ook een id-kaart aanvragen voor mn baby van 4 maanden?",
    "waar kan ik een extra container aanvragen bij gemeente almere",
    "Geachte heer/mevrouw, ik wil bezwaar maken tegen mijn WOZ-beschikking. Bij wie moet ik zijn?",
    "kan ik hier een nieuwe id kaart aanvragen voor mijn dochter",  # session 26: "nieuwe" could be 'opnieuw'
])
def test_another_matter_of_the_gemeente_is_out_of_scope(chat, text):
    # Session 25: DIET heard "gemeente", "aanvragen" or "baby" and said inform: the parent got the first question
    # about the care (AnderOnderwerp, herkenning.yml `ander_onderwerp`).
    chat.say(text)
    assert chat.tracker()["latest_message"]["intent"]["name"] == "out_of_scope"
    assert any("niet bij helpen" in t for t in chat.texts), chat.texts
    assert chat.route is None and not {k for k in ("gemeente_contact", "hulpvraag") if chat.slots()[k]}


@pytest.mark.parametrize("opening,answer,sought", [
    ("dochter 12 woont in een gezinshuis", "nee het gaat goed daar, ik zoek logeeropvang voor de weekenden",
     "hulp_zoeken"),
    ("zoon 17, lvb, woont op een groep", "ik heb geen klacht hoor", None),
])
def test_no_complaint_under_the_complaint_question_opens_what_the_parent_seeks_again(chat, opening, answer, sought):
    # Session 25, a smoke test: the reader read a child living in a care place as a complaint, and "ik heb geen
    # klacht, ..." to "heb je je klacht al gemeld?" sent the parent to the klachtenfunctionaris.
    chat.say(opening)
    assert chat.asked == "klacht_gemeld"  # the reader's guess this test is about (0.86 and 0.54 in session 25)
    chat.say(answer)
    slots = chat.slots()
    assert slots["hulpvraag"] == sought and slots["klacht_gemeld"] is None, slots
    assert any("aangepast" in t for t in chat.texts), chat.texts
    assert chat.route is None or chat.route["destination"] != "klachtenfunctionaris"
    if sought is None:
        assert chat.asked == "hulpvraag"


def test_a_complaint_not_yet_filed_stays_a_complaint(chat):
    chat.say("de begeleiding op de woongroep van mijn zoon (15) schreeuwt tegen hem, ik wil een klacht indienen")
    assert chat.asked == "klacht_gemeld"
    chat.say("nee, nog geen klacht ingediend")
    assert chat.slots()["hulpvraag"] == "klacht" and chat.slots()["klacht_gemeld"] == "nee"


def test_another_matter_while_a_question_is_open_answers_nothing(chat):
    # Session 25, a smoke test: "aanvragen" answered "waar wil je hulp bij?" with 'regels en geld', and the parent got
    # Het Juiste Loket right under "daar kan ik je niet bij helpen".
    chat.say("mijn zoon van 14 zit thuis")
    assert chat.asked == "hulpvraag"
    chat.say("hoe vraag ik een paspoort aan voor hem?")
    assert any("niet bij helpen" in t for t in chat.texts), chat.texts
    # session 26 (a PO question of session 25): the reply says where another question to the gemeente can go
    assert any("website van je gemeente" in t for t in chat.texts), chat.texts
    assert chat.route is None and chat.asked == "hulpvraag" and chat.slots()["hulpvraag"] is None


@pytest.mark.parametrize("text,slot,value", [
    # the same words with a fact of the care, or a signal, stay inform
    ("mijn zoon van 15 heeft een id kaart nodig maar hij zit in een instelling en de wijkcoach doet niks",
     "gemeente_uitkomst", "geen_passende_hulp"),
    ("de vuilnis wordt niet opgehaald en mijn man slaat de kinderen", "veiligheid", "zorgen_om_veiligheid"),
    # session 32: the other matter is only the way in to a story about a child
    ("ik kreeg een brief over de hondenbelasting en dacht: nu vraag ik het ook maar. onze dochter van 13 eet bijna "
     "niks meer en zit alleen op haar kamer. bij wie kunnen we terecht?", "hulpvraag", "hulp_zoeken"),
])
def test_another_matter_with_a_fact_of_the_care_stays_inform(chat, text, slot, value):
    chat.say(text)
    assert chat.tracker()["latest_message"]["intent"]["name"] != "out_of_scope"
    assert chat.slots()[slot] == value


def test_an_english_emergency_gets_the_language_note_and_the_safety_route(chat):
    chat.say("please help my husband is drunk and hitting my son right now")
    assert chat.route and chat.route["destination"] == "spoed_112", chat.replies
    assert any("only speaks Dutch" in t and "Call 112" in t for t in chat.texts), chat.texts


@pytest.mark.parametrize("text", [
    "merhaba, oglum 7 yasinda, otizm tanisi var. wijkteama gittik, 6 ay bekleme listesi var dediler",
    "buna ziua, fiica mea are 11 ani. suntem pe lista de asteptare de la primarie de 7 luni",
    "gabadhayda waa 13 jir, jeugdteam-ka weli way baarayaan, go'aan ma jiro",
])
def test_a_story_in_a_language_the_word_lists_do_not_know_gets_the_language_note(chat, text):
    # Session 29: the foreign word lists know a few languages; these (Turkish, Romanian, Somali) carry too few common
    # Dutch words (herkenning.yml, andere_taal.nederlands) and get 112, Veilig Thuis and 113 in English.
    chat.say(text)
    joined = " ".join(chat.texts)
    assert "only speaks Dutch" in joined and "Call 112" in joined and "Veilig Thuis, 0800-2000" in joined, joined


def test_a_dialect_story_is_dutch_and_gets_no_language_note(chat):
    chat.say("mien jong van 15 zit al maanden thoes, t wiekteam hef niks veur hum. wat mot ik doen")
    assert not any("only speaks Dutch" in t for t in chat.texts), chat.texts


def test_a_message_in_arabic_gets_the_other_language_reply_not_a_dutch_i_did_not_understand(chat):
    # Session 13: DIET called this nlu_fallback; the parent got "ik begreep je niet" in Dutch (AndereSchrift).
    chat.say("مرحبا، لا أتكلم الهولندية. ابني يحتاج إلى مساعدة")
    joined = " ".join(chat.texts)
    assert "only speaks Dutch" in joined and "Call 112" in joined and "Veilig Thuis, 0800-2000" in joined, joined


@pytest.mark.parametrize("text", ["", "   "])
def test_empty_message_gets_a_kind_reply(chat, text):
    chat.say("/greet")
    chat.say(text)
    assert chat.texts, "never a silent nothing"
    assert chat.asked == "hulpvraag"


def test_very_long_message(chat):
    story = ("Mijn zoon is 13 en het gaat al lang niet goed op school. " * 200)[:9986] + " Hij wil dood."
    assert len(story) == 10000
    chat.say(story)
    assert chat.route and chat.route["destination"] == "zelfmoordpreventie_113"


def _listening_addresses(port: int) -> set[str]:
    """Local addresses with a listening TCP socket on `port`, read from /proc/net/tcp{,6}."""
    found = set()
    for name in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(name) as table:
            for row in list(table)[1:]:
                local, state = row.split()[1], row.split()[3]
                address, hex_port = local.rsplit(":", 1)
                if state == "0A" and int(hex_port, 16) == port:
                    found.add(address)
    return found


def test_action_server_listens_on_loopback_only(assistant):
    addresses = _listening_addresses(assistant.settings.action_port)
    assert addresses == {"0100007F"}, addresses  # 127.0.0.1, nothing else


def test_http_api_needs_the_token(assistant):
    url = f"{assistant.url}/conversations/someone/tracker"
    assert requests.get(url, timeout=10).status_code == 401
    assert requests.get(url, params={"token": "fout"}, timeout=10).status_code == 401
    assert requests.get(url, params={"token": assistant.settings.token}, timeout=10).status_code == 200


@pytest.mark.parametrize("text,intent,reply", [
    # Session 27 (intenties-27): DIET doubted these short messages and the parent got "Sorry, dat begreep ik niet";
    # KorteBerichten (herkenning.yml `korte_berichten`) and `ander_onderwerp` give them their intent
    ("heej", "greet", "Waar wil je hulp bij"),
    ("thnx 👍", "thanks", "Graag gedaan"),
    ("is dit chat gpt ofzo", "bot_challenge", "computerprogramma, geen mens"),
    ("ik wil graag iemand van vlees en bloed spreken", "bot_challenge", "computerprogramma, geen mens"),
    ("Bom dia, posso escrever em português?", "andere_taal", "only speaks Dutch"),
    ("vertel eens een mop", "out_of_scope", "niet bij helpen"),
    ("wie heeft er gister gewonnen, ajax of psv?", "out_of_scope", "niet bij helpen"),  # DIET: suicide, 0.54
    # Session 30 (intenties-30): DIET said inform, explain or nlu_fallback
    ("hoe lang moet een ei koken voor een zachtgekookt ei", "out_of_scope", "niet bij helpen"),
    ("is dit AI?", "bot_challenge", "computerprogramma, geen mens"),
    ("hallo ik ben de buurvrouw, mag ik hier ook een vraag stellen", "greet", "Waar wil je hulp bij"),
])
def test_a_short_message_without_a_story_gets_its_intent(assistant, text, intent, reply):
    chat = Chat(assistant)
    chat.say(text)
    assert chat.tracker()["latest_message"]["intent"]["name"] == intent
    assert any(reply in t for t in chat.texts), chat.texts
    assert chat.route is None and not any("begreep" in t for t in chat.texts), chat.texts


def test_a_greeting_with_a_story_stays_a_story(assistant):
    chat = Chat(assistant)
    chat.say("hoi, mijn zoon van 9 staat al een jaar op de wachtlijst via het wijkteam")
    assert chat.tracker()["latest_message"]["intent"]["name"] == "inform"
    assert chat.slots()["gemeente_uitkomst"] == "wachten" and chat.slots()["leeftijd"] == "onder_18"


def test_a_signal_in_another_language_is_a_story_with_the_note_about_dutch(assistant):
    # Session 27 (alarm-27): DIET said andere_taal and TaalMetFeiten only looked at the word facts; a Turkish message
    # about a son who wants to die (our own sentence here) is a story with a signal: its route and the English note
    chat = Chat(assistant)
    chat.say("Merhaba, oğlum 16 yaşında. Artık yaşamak istemediğini söylüyor. Ne yapmalıyım? Bana yardım edin.")
    assert chat.tracker()["latest_message"]["intent"]["name"] == "inform"
    assert chat.route and chat.route["destination"] == "zelfmoordpreventie_113", chat.replies
    assert sum("only speaks Dutch" in t for t in chat.texts) == 1, chat.texts


def test_a_phrase_signal_in_another_language_makes_it_a_story(assistant):
    # Session 28: a German signal that only a phrase of herkenning.yml reads (the learned reader knows no German) kept
    # DIET's andere_taal; TaalMetFeiten now counts the phrase's signal too
    chat = Chat(assistant)
    chat.say("Hallo, ich wohne in Venlo. Ich weiß, dass der Freund meiner Nachbarin ihren Sohn jeden Abend schlägt.")
    assert chat.tracker()["latest_message"]["intent"]["name"] == "inform"
    assert chat.route and chat.route["destination"] == "veilig_thuis", chat.replies


@pytest.mark.parametrize("text,destination", [
    # Session 31 (talen-31): Cyrillic and Arabic letters used to vanish from the normalized text, so no phrase heard
    # these (our own sentences): a son who no longer wants to live, a daughter who swallowed a pack of pills, a father
    # who beats the children
    ("Здравствуйте. Моему сыну 15 лет. Он сказал, что не хочет больше жить. Что мне делать?", "zelfmoordpreventie_113"),
    ("ساعدوني! بنتي عمرها ١٤ سنة بلعت كل حبوب الدوا من ساعة", "spoed_112"),
    ("Добрий день. Тато б'є дітей ременем, синяки на руках у сина. Куди звернутися?", "veilig_thuis"),
])
def test_a_signal_in_another_script_gets_its_route_and_the_note(assistant, text, destination):
    chat = Chat(assistant)
    chat.say(text)
    assert chat.route and chat.route["destination"] == destination, chat.replies
    assert any("only speaks Dutch" in t for t in chat.texts), chat.texts


def test_a_question_about_the_chats_words_gets_its_explanation_and_no_fact(assistant):
    # Session 28: "wat bedoel je met clientondersteuner?" and "waarom wil je weten of ik al bij de gemeente ben
    # geweest" were stories for DIET (development sets); the door or the wish named there is the topic
    chat = Chat(assistant)
    chat.say("waarom wil je weten of ik al bij de gemeente ben geweest")
    assert chat.tracker()["latest_message"]["intent"]["name"] == "explain"
    assert chat.slots().get("gemeente_contact") is None and chat.slots().get("hulpvraag") is None
    assert chat.replies, "an explanation is given"


@pytest.mark.parametrize("text,outcome", [
    # Session 30: the words read 'geen passende hulp' in both; the learned reader (0.77, 0.96) goes first from 0.7
    ("de gemeente heeft nee gezegd voor de hulp van mijn zoon van 12, ik weet niet meer waar ik heen moet", "afgewezen"),
    ("het wijkteam zoekt nog een plek voor mijn dochter van 14 maar het duurt zo lang, ik weet niet meer wat ik moet "
     "doen", "nog_bezig"),
])
def test_the_outcome_at_the_gemeente_is_the_one_the_story_tells(chat, text, outcome):
    chat.say(text)
    assert chat.slots()["gemeente_uitkomst"] == outcome and chat.slots()["gemeente_contact"] == "ja"
    assert chat.asked == "wlz", chat.texts  # and the next question is not about the outcome


@pytest.mark.parametrize("text,told,destination", [
    # Session 30 (development sets): a complaint raised with the care, or not yet, in other words
    ("onze zoon (13) woont op een behandelgroep, de mentor is al 3 keer gewisseld en er is geen dagprogramma. we "
     "durfden niet te klagen bij de instelling", "nee", "klachtenfunctionaris"),
    ("mijn zoon (16) krijgt op zijn woongroep geen begeleiding meer bij zijn huiswerk. ik heb het er nog met niemand "
     "van de organisatie over gehad", "nee", "klachtenfunctionaris"),
])
def test_a_complaint_raised_or_not_gets_its_route_without_asking(chat, text, told, destination):
    chat.say(text)
    assert chat.slots()["klacht_gemeld"] == told and chat.slots()["hulpvraag"] == "klacht"
    assert chat.route and chat.route["destination"] == destination, chat.texts


@pytest.mark.parametrize("text, start", [
    ("wat doet een zorgkantoor precies?", "Het zorgkantoor:"),
    ("wat is het expertteam eigenlijk?", "Regionaal expertteam jeugd:"),
    ("wat is de wlz eigenlijk? mijn zoon van 10 heeft downsyndroom en een vriendin zei dat ik dat moest aanvragen",
     "Wlz is de Wet langdurige zorg."),
])
def test_a_first_message_that_asks_what_something_is_gets_it_explained_and_then_the_question(chat, text, start):
    # Session 33 (wlz-32): "wat doet een zorgkantoor precies" as the first message got the general explanation of
    # the chat ("Ik stel een paar vragen ...") and not what the zorgkantoor is; a story that asks what the Wlz is
    # got only the next question.
    chat.say(text)
    assert any(t.startswith(start) for t in chat.texts), chat.texts
    assert not any(t.startswith("Ik stel een paar vragen") for t in chat.texts), chat.texts
    assert chat.asked and chat.route is None


def test_the_opening_does_not_explain_the_organisation_the_advice_names_right_after(chat):
    # The route's card says what the gemeente's door is; the same lines before it would say it twice.
    chat.say("mijn zoon van 15 zit thuis. geen wlz. kan het wijkteam ons helpen? daar zijn we nog nooit geweest")
    assert chat.route and chat.route["destination"] == "gemeente", chat.replies
    assert not any(t.startswith("De gemeente (wijkteam of jeugdteam):") for t in chat.texts), chat.texts
