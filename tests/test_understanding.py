"""The content-driven recognizer: parents' words to facts, with negation, ages and short answers."""
from __future__ import annotations

import pytest

from bot.content import load_content
from bot.situation import OUTCOME_CONTACT
from bot.understanding import UNKNOWN, compile_recognition, normalize, payload_facts, understand


@pytest.fixture(scope="module")
def recognizer():
    content = load_content()
    return compile_recognition(content.recognition, content.vocabulary)


def read(recognizer, text: str, learned: dict[str, tuple[str, float]] | None = None) -> dict[str, str]:
    """Phrases and the spaCy pipeline's mentions together (and the learned reader's `learned`), as the actions
    combine them."""
    from bot.dutch_pipeline import read_text

    reading = read_text(text)
    return understand(recognizer, text, mentions=reading.facts, learned=learned, asked_only=reading.asked_only,
                      denied=reading.denied_outcomes, unowned=reading.unowned_outcomes).facts


@pytest.mark.parametrize("text,expected", [
    ("mn zoon v 15 zit al maanden thuis, wijkteam heeft niks",
     {"leeftijd": "onder_18", "gemeente_contact": "ja", "gemeente_uitkomst": "geen_passende_hulp",
      "hulpvraag": "hulp_zoeken"}),
    ("we zijn nog niet bij de gemeente geweest", {"gemeente_contact": "nee"}),
    ("Het CJG weet ervan maar we staan op een wachtlijst", {"gemeente_contact": "ja", "gemeente_uitkomst": "wachten"}),
    ("ze heeft geen wlz indicatie", {"wlz": "nee"}),
    ("mijn dochter heeft een VG-profiel", {"wlz": "ja"}),
    ("ook het expertteam komt er niet uit", {"expertteam_contact": "ja", "expertteam_uitkomst": "vastgelopen"}),
    ("ik heb al met de klachtenfunctionaris gesproken, niets opgelost",
     {"hulpvraag": "klacht", "klacht_gemeld": "ja_niet_opgelost"}),
    ("ik heb nog geen klacht ingediend", {"hulpvraag": "klacht", "klacht_gemeld": "nee"}),
    ("de begeleider zit de hele dienst op zn telefoon, ik heb er nog niks van gezegd",
     {"hulpvraag": "klacht", "klacht_gemeld": "nee"}),
    ("bij de instelling zelf heb ik het nog niet aangekaart", {"hulpvraag": "klacht", "klacht_gemeld": "nee"}),
    ("wie betaalt het pgb eigenlijk", {"hulpvraag": "regels_en_geld"}),
    ("wie betaalt de rekening van de logeeropvang?", {"hulpvraag": "regels_en_geld"}),
    # an account number is no question about money (nor, masked, "rekening [iban]")
    ("bel me maar, of stuur iets naar rekening NL91ABNA0417164300", {"hulpvraag": None}),
    ("we wonen op [adres], rekening [iban]", {"hulpvraag": None}),
    # "geld" is a question about money only when it is about paying for care
    ("hoeveel geld krijgen we voor de logeeropvang?", {"hulpvraag": "regels_en_geld"}),
    ("we hebben geen geld voor een particuliere therapeut", {"hulpvraag": "regels_en_geld"}),
    ("ze heeft een vriend van 23 die haar geld en cadeaus geeft", {"hulpvraag": None}),
    ("hij heeft opeens geld en nieuwe schoenen", {"hulpvraag": None}),
    ("ik zoek een onafhankelijke cliëntondersteuner", {"hulpvraag": "ondersteuning"}),
    # session 32 (uitkomsten-32): someone independent to come along, in German and English
    ("Kann uns jemand Unabhängiges helfen, das zu regeln und zu den Gesprächen mitkommen?",
     {"hulpvraag": "ondersteuning"}),
    ("we would like someone independent who can come along to the meetings", {"hulpvraag": "ondersteuning"}),
    ("the meetings with the wijkteam go well", {"hulpvraag": None}),
    ("hij is extreem agressief, geen instelling kan hem aan", {"hulpvraag": "advies_probleemgedrag"}),
])
def test_facts_in_parents_words(recognizer, text, expected):
    found = read(recognizer, text)
    assert {k: found.get(k) for k in expected} == expected, found


@pytest.mark.parametrize("text,band", [
    ("mijn zoon van 15", "onder_18"), ("onze dochter (9) ", "onder_18"), ("een 15-jarige jongen", "onder_18"),
    ("een puber van veertien", "onder_18"), ("hij is 19", "18_tot_23"),
    ("ze wordt 23", "18_tot_23"), ("mn dochter wordt volgende maand 18", "onder_18"),  # not that old yet
    ("mijn zoon is 17 jaar", "onder_18"), ("hij is vorige week 23 geworden", "23_of_ouder"),
    ("heeft dyslexie en is 13", "onder_18"), ("nu hij 20 is", "18_tot_23"),
])
def test_ages(recognizer, text, band):
    assert read(recognizer, text).get("leeftijd") == band


@pytest.mark.parametrize("text,signal", [
    ("ze zei gisteren dat wij het zonder haar een stuk makkelijker zouden hebben", "suicidegedachten"),
    ("mijn dochter zegt dat ze dood wil", "suicidegedachten"),
    ("hij heeft zelfmoordgedachten", "suicidegedachten"),
    ("ik ben bang dat hij zichzelf iets aandoet", "suicidegedachten"),
    ("er is nu iemand met een mes in huis", "acuut_gevaar"),
    ("mijn ex slaat de kinderen", "zorgen_om_veiligheid"),
    ("ik denk dat ze thuis niet veilig is", "zorgen_om_veiligheid"),
    ("hij zoekt op internet naar manieren om dood te gaan", "suicidegedachten"),
    ("my son says he wants to kill himself", "suicidegedachten"),
    ("ik heb al een paar keer een klap gehad en ik ben bang voor hem", "zorgen_om_veiligheid"),
    ("hij komt terug met brandplekjes op zijn armen", "zorgen_om_veiligheid"),
    ("bij de buren ligt een baby al uren alleen thuis", "acuut_gevaar"),
    ("mijn kind 3 jaar heeft gedronken uit fles van schoonmaak", "acuut_gevaar"),
    ("ze heeft een knoopcelbatterij ingeslikt", "acuut_gevaar"),
    ("ontstopper opgedronken, wat moet ik doen", "acuut_gevaar"),
    ("ze heeft al een kwartier een epileptische aanval die niet stopt en het noodmedicijn werkt niet", "acuut_gevaar"),
    ("hij ademt heel raar en reageert niet", "acuut_gevaar"),
    ("naast haar bed liggen lege strips paracetamol", "acuut_gevaar"),
    ("ik krijg haar niet meer wakker", "acuut_gevaar"),
    ("ze is na een ruzie met een keukenmes naar buiten gerend", "acuut_gevaar"),
    ("ze zegt dat ze er niet meer wil zijn", "suicidegedachten"),
    ("ik drink te veel sinds de scheiding en soms vergeet ik dat de kinderen eten moeten hebben", "zorgen_om_veiligheid"),
    ("hij fluisterde dat ze hem in zijn kamer opsluit", "zorgen_om_veiligheid"),
    ("t gaat wel maar soms sla ik mn zoontje harder dan ik wil als ik op ben", "zorgen_om_veiligheid"),
    ("ik heb mn dochter gisteren door elkaar geschud", "zorgen_om_veiligheid"),
    ("ik schop hem soms als hij niet luistert", "zorgen_om_veiligheid"),
    ("ik raak soms zo overprikkeld dat ik mn zoon van 6 een klap geef", "zorgen_om_veiligheid"),
    ("ik geef haar weleens een tik als ze niet luistert", "zorgen_om_veiligheid"),
    ("mijn vriend geeft de kinderen klappen als hij gedronken heeft", "zorgen_om_veiligheid"),
    ("mijn broertje is 14 en mijn ouders drinken veel. hij eet vaak niet", "zorgen_om_veiligheid"),  # session 22
    # session 22: the first look at openingen-29 missed a German one; and a Dutch pattern that could not match at the end
    ("Die Mutter trinkt jeden Tag und die Kinder sind oft allein zu Hause, auch nachts", "zorgen_om_veiligheid"),
    # session 28: the first look at openingen-42 missed a German neighbour; the verb goes last in a clause
    ("Mein Nachbar schreit seine Kinder an und ich höre, wie er sie schlägt.", "zorgen_om_veiligheid"),
    ("Ich weiß, dass ihr Freund den Sohn jeden Abend schlägt", "zorgen_om_veiligheid"),
    # session 28 (signalen-28, subtle signals; our own sentences): other languages and dialect
    ("unsere Tochter sagt, dass sie nicht mehr aufwachen will", "suicidegedachten"),
    ("minha filha disse que queria dormir para sempre", "suicidegedachten"),
    ("mi yu no ke biba mas, e ta bisa tur dia", "suicidegedachten"),
    ("oglum eve gelmekten korkuyor, babasi cok sinirli", "zorgen_om_veiligheid"),
    ("mien jong zeg dat e der nich meer wil wean", "suicidegedachten"),
    ("ze zocht op hoe hoog een flat moet zijn", "suicidegedachten"),
    ("hij pakt heur vast en duwt heur tegen de muur aan as e dronken is", "zorgen_om_veiligheid"),
    ("my mom drinks every day and we are alone at night", "zorgen_om_veiligheid"),
    ("de kinderen zijn s nachts alleen thuis", "zorgen_om_veiligheid"),
    # in English (session 12: an English message of a blind set was missed)
    ("His father lock him in the room whole weekend when he is there, and sometimes no food", "zorgen_om_veiligheid"),
    ("my dad hits me when he is drunk", "zorgen_om_veiligheid"),
    ("my husband is drunk and hitting my son right now", "acuut_gevaar"),
    ("my daughter took a lot of pills an hour ago and is getting sleepy", "acuut_gevaar"),
    ("she says she doesn't want to live anymore", "suicidegedachten"),
    ("hij gooit nu met stoelen naar zijn zusje", "acuut_gevaar"),
    ("mijn dochter van 14 is sinds gisteren vermist", "acuut_gevaar"),  # session 16
    ("my son has a knife and is threatening us", "acuut_gevaar"),
    ("my son is missing since yesterday", "acuut_gevaar"),
    ("ik doe mijn kinderen soms pijn als ik boos ben", "zorgen_om_veiligheid"),
    ("mijn vriend is dronken en gooit met messen", "acuut_gevaar"),
    ("niemand is in gevaar hoor, maar we zijn op", "veilig"),
    ("geen direct gevaar, we wonen nu veilig", "veilig"),
    ("ik heb het gevraagd en hij heeft geen zelfmoordgedachten", "veilig"),
    ("zij zegt zelf dat die gedachten weg zijn", "veilig"),
    # session 24 (openingen-31, read after its first measurement missed them): a dishwasher tablet chewed on, and a
    # Polish neighbour who sees bruises
    ("mn zoontje (2) heeft op een vaatwastablet zitten kauwen en hij moet nu steeds overgeven", "acuut_gevaar"),
    ("hij heeft wasmiddel gegeten", "acuut_gevaar"),
    # session 24, an own smoke test with emergencies of small children
    ("mn zoon (3) heeft een knoopbatterij ingeslikt denk ik", "acuut_gevaar"),
    ("peuter heeft een strip paracetamol leeggegeten die op tafel lag", "acuut_gevaar"),
    ("de kleine heeft van de oxazepam van oma gegeten, hoeveel weet ik niet", "acuut_gevaar"),
    ("ons kindje heeft een pan heet water over zich heen gekregen", "acuut_gevaar"),
    ("zoontje van 18 maanden heeft aan de vloeibare wasmiddelcapsules gezeten, zijn mond is rood", "acuut_gevaar"),
    ("mn dochter van 4 heeft een magneetje doorgeslikt", "acuut_gevaar"),
    ("mijn kind van 5 heeft een allergische reactie, haar gezicht zwelt op", "acuut_gevaar"),
    # ... and in other languages
    ("my daughter (14) swallowed a whole box of pills an hour ago", "acuut_gevaar"),
    ("my toddler ate a dishwasher tablet and keeps vomiting", "acuut_gevaar"),
    ("mein Sohn hat eine Knopfbatterie verschluckt", "acuut_gevaar"),
    ("the neighbours child (3) has bruises on his face and I hear screaming every night", "zorgen_om_veiligheid"),
    ("el niño de la vecina tiene moretones en la cara y llora cada noche", "zorgen_om_veiligheid"),
    ("the kids are home alone for 2 days already, mother is gone", "zorgen_om_veiligheid"),
    ("de buren laten hun peuter elke avond alleen en gaan naar de kroeg", "zorgen_om_veiligheid"),
    ("onze baby van 3 weken drinkt al een dag niet en plast niet meer", "acuut_gevaar"),
    ("ze staat met een riem om haar nek", "acuut_gevaar"),
    ("onze dochter (16) is zwanger van haar oom", "zorgen_om_veiligheid"),
    ("papa heeft mama zo hard geslagen dat ze niet meer wakker wordt", "acuut_gevaar"),
    ("ze wordt gepest en zegt dat ze wil verdwijnen voor altijd", "suicidegedachten"),
    ("wczoraj widzialam, ze dziecko ma siniaki na twarzy", "zorgen_om_veiligheid"),
    # ... and what is past, handled or said safe (its false alarms)
    ("die gedachten heeft hij niet meer, zegt hij zelf", "veilig"),
    ("mn kinderen (7 en 10) zijn nu veilig", "veilig"),
    ("de politie heeft het onderzoek afgesloten", "veilig"),
    ("het gaat nu al maanden heel goed", "veilig"),
    ("ik krijg het bloed onder mn nagels vandaan", "veilig"),
    # session 28 (openingen-42): a figure of speech; the reader then needs `tegen_veilig`
    ("Ik ga dood van de zorgen. Sinds de scheiding zie ik mijn zoon maar om het weekend", "veilig"),
    ("ik sterf van de zorgen om mn dochter", "veilig"), ("hij doet mij geen pijn, hij gooit alleen dingen", "veilig"),
    ("mijn dochter van 3 is veilig bij mij hoor, ik ben alleen zo moe", "veilig"),
    ("ze zegt dat het haar rust geeft en dat ze zeker niet dood wil", "veilig"),
])
def test_safety_signals(recognizer, text, signal):
    assert recognizer.facts_in(text).get("veiligheid") == signal


@pytest.mark.parametrize("text", [
    "hij heeft geen zelfmoordgedachten", "hij is niet suicidaal", "hij slaat met deuren als hij boos is",
    "ik word gek van zijn driftbuien", "het gaat niet goed op school", "ik ben bang voor haar toekomst",
    "mijn zoon van 15 is alleen thuis", "hij sluit zichzelf op in zijn kamer",
    "hij had op een feestje te veel gedronken", "ik heb de batterij van zijn telefoon vervangen",
    "hij had vorige week een aanval, die stopte na twee minuten", "het noodmedicijn is bijna op, hoe krijg ik een recept",
    "hij gamet tot laat en is s ochtends niet wakker te krijgen", "hij spaart doppen en lege doosjes",
    "wat gebeurt er met hem als wij er niet meer zijn", "de behandelaar lachte haar uit, ze wil er niet meer heen",
    "zonder haar telefoon is ze een stuk makkelijker", "het ging zonder hem makkelijk",
    "als hij begint te schreeuwen sla ik de deur dicht", "ik heb de boel kort en klein geslagen van woede",
    "ik geef hem een knuffel als hij verdrietig is", "de juf geeft hem een compliment",
    "he kicked the ball through the window", "my son was beaten up at school by other boys last year",
    "I want help for my son, he has autism and is on a waiting list",
    "elke dag driftbuien, hij gooit met stoelen en schopt tegen de deuren",  # a tantrum (session 16)
    "ze is vaak woedend en gooit met spullen",
    "ik heb hem zo vermist toen hij op kamp was", "ik doe hem nooit pijn",
    "mijn vader dronk vroeger veel, nu gaat het goed", "mijn ex drinkt veel maar de kinderen wonen bij mij",
    "mein Vater trinkt nie Alkohol", "mein Sohn (16) ist manchmal allein zu Hause",
    "she cuts herself but she does not want to die",  # an English negation counts too (session 16)
    "I missed my son so much when he was at camp",
    "ze slaat zichzelf en gooit met meubels",  # self-harm as behaviour (session 24)
    "de vaatwasser is kapot en het wasmiddel is op", "de batterij van zijn rolstoel is leeg, hij at niks vandaag",
    "we drinken samen hete thee", "she came back from the group home with bruises on her arms",
    "onze baby drinkt niet graag uit een fles", "we laten de kinderen soms alleen naar school fietsen",
    "mijn zus is zwanger van haar vriend", "hij wil verdwijnen als er visite komt", "hij wordt s ochtends niet wakker",
    "the school says he has bruises from football, we are waiting for the wijkteam",
    # session 28: a German clause about a proposal ("vorschlägt") or a child who hits at school is no signal at home
    "Die Ärztin sagt, dass sie uns eine Therapie vorschlägt", "Wir wissen nicht, ob der Junge in der Schule schlägt",
    "als hij boos wordt slaat hij nu nog alleen op zn kussen",  # session 28 (openingen-42): a worry about later
])
def test_no_false_safety_signal(recognizer, text):
    assert recognizer.facts_in(text).get("veiligheid", "veilig") == "veilig"  # "geen zelfmoordgedachten" says: safe


@pytest.mark.parametrize("text,learned", [
    ("kan het expertteam helpen? we hebben het expertteam zelf nog niet benaderd",
     {"expertteam_uitkomst": ("vastgelopen", 0.95)}),
    ("we zijn nog niet bij de gemeente geweest", {"gemeente_uitkomst": ("afgewezen", 0.95)}),
])
def test_no_outcome_at_a_door_the_parent_has_not_been_to(recognizer, text, learned):
    """An outcome implies contact: a message saying "not yet" keeps the "nee" and drops a guessed outcome."""
    facts = read(recognizer, text, learned)
    (outcome, _), = learned.items()
    contact = OUTCOME_CONTACT[outcome]
    assert facts.get(contact) == "nee" and outcome not in facts, facts
    # the same reading in a message that names the door keeps the outcome, and so does the answer to its question
    assert understand(recognizer, "het loopt daar vast", mentions={contact: "ja"},
                      learned=learned).facts.get(outcome) == learned[outcome][0]
    assert understand(recognizer, "het loopt daar vast", asked=outcome,
                      learned=learned).facts.get(outcome) == learned[outcome][0]


def test_an_outcome_elsewhere_is_no_outcome_at_the_gemeente(recognizer):
    # LABELS.md: a refusal by the CIZ or a waiting list at a clinic the GP found is not how it went at the gemeente.
    for text in ("Het CIZ heeft de Wlz-aanvraag voor mijn zoon afgewezen.",
                 "ze staat al vijf maanden op de wachtlijst van een kliniek die de huisarts voor ons vond"):
        facts = understand(recognizer, text, learned={"gemeente_uitkomst": ("afgewezen", 0.95)}).facts
        assert "gemeente_uitkomst" not in facts, (text, facts)


def test_a_parents_no_danger_never_hides_a_signal_the_model_hears(recognizer):
    text = "niemand is in gevaar, zegt hij, maar ..."
    assert understand(recognizer, text).facts["veiligheid"] == "veilig"
    heard = understand(recognizer, text, ranking=[("meld_acuut_gevaar", 0.9)])
    assert heard.facts["veiligheid"] == "acuut_gevaar"


@pytest.mark.parametrize("text,asked,value", [
    ("ja", "gemeente_contact", "ja"), ("nee hoor", "expertteam_contact", "nee"),
    ("ja", "klacht_gemeld", "ja_niet_opgelost"), ("weet ik niet", "wlz", "weet_niet"),
    ("14", "leeftijd", "onder_18"), ("Ja, maar het is niet opgelost", "klacht_gemeld", "ja_niet_opgelost"),
    ("ze zijn er nog mee bezig", "gemeente_uitkomst", "nog_bezig"),
])
def test_short_answers_to_the_open_question(recognizer, text, asked, value):
    assert understand(recognizer, text, asked=asked).facts.get(asked) == value


def test_weet_ik_niet_marks_the_question_unknown(recognizer):
    result = understand(recognizer, "geen idee", asked="gemeente_uitkomst")
    assert result.unknown == {"gemeente_uitkomst"} and "gemeente_uitkomst" not in result.facts
    assert understand(recognizer, "/dont_know", asked="expertteam_contact", intent="dont_know").unknown == \
        {"expertteam_contact"}
    assert UNKNOWN == "?"


def test_affirm_intent_answers_a_yes_no_question(recognizer):
    assert understand(recognizer, "dat hebben we gedaan", asked="gemeente_contact",
                      intent="affirm").facts == {"gemeente_contact": "ja"}


@pytest.mark.parametrize("text,facts,rejected", [
    ('/inform{"wlz": "ja"}', {"wlz": "ja"}, []),
    ('/inform{"wlz": "misschien"}', {}, ["wlz='misschien'"]),
    ('/inform{"kleur": "rood"}', {}, ["kleur='rood'"]),
    ('/inform{kapot', {}, ["{kapot"]),
])
def test_payloads_are_checked(text, facts, rejected):
    assert payload_facts(text) == (facts, rejected) or (facts == {} and payload_facts(text)[1])


def test_payload_facts_need_no_matching(recognizer):
    result = understand(recognizer, '/inform{"hulpvraag": "klacht"}', asked="hulpvraag")
    assert result.facts == {"hulpvraag": "klacht"} and result.from_payload


def test_normalize():
    assert normalize("Mijn ZOON (vijftien) is één-en-al ellende!") == "mijn zoon (15) is een-en-al ellende ,"


@pytest.mark.parametrize("text,told", [
    # Session 13: a complaint told to the provider's people, or not yet, in the parent's own words.
    ("Ik heb het nog niet bij de directie gemeld. Waar kan ik dit kwijt?", "nee"),
    ("ik heb nog niks gezegd tegen de organisatie want ik ben bang dat hij dan gestraft wordt", "nee"),
    ("Ik heb het nog niet met de gezinshuisouders of de aanbieder besproken", "nee"),
    ("Ik heb gezegd tegen de leiding daar. Niks veranderd.", "ja_niet_opgelost"),
    ("ik heb het bij de teamleider aangekaart, er is niks mee gedaan", "ja_niet_opgelost"),
    # Session 15: not yet, in other everyday words, also about the care setting itself
    ("ik heb dat nog tegen niemand gezegd. zoon is twintig", "nee"),
    ("We hebben het er nog met niemand daar over gehad.", "nee"),
    ("ik heb nog niks tegen de logeeropvang gezegd", "nee"),
    ("Ik heb dit nog niet bij de kliniek zelf gemeld.", "nee"),
    ("We hebben nog nergens aan de bel getrokken.", "nee"),
    ("Ik heb dit nog niet officieel gemeld.", "nee"),
    # look-alikes: the gemeente's door, the GP, the parent's own "nothing done yet", a child who told no one
    ("we hebben ons nog niet bij de gemeente gemeld", None),
    ("mijn dochter heeft het nog tegen niemand gezegd, alleen tegen mij", None),
    ("ik heb het gemeld bij de huisarts en er is niks veranderd", None),
])
def test_a_complaint_told_or_not_told_to_the_provider(recognizer, text, told):
    assert understand(recognizer, text).facts.get("klacht_gemeld") == told


def test_nothing_done_yet_is_not_a_complaint_told(recognizer):
    text = "kan ik een klacht ook ergens anders melden? bij de aanbieder zelf heb ik nog niks gedaan"
    assert understand(recognizer, text).facts.get("klacht_gemeld") != "ja_niet_opgelost"


@pytest.mark.parametrize("text,other", [
    ("مرحبا، أحتاج مساعدة لابني", True),
    ("Здравствуйте, моему сыну нужна помощь", True),
    ("我的儿子需要帮助", True),
    ("ሰላም፣ ልጄ እርዳታ ይፈልጋል", True),  # Tigrinya
    ("Dzień dobry, mój syn potrzebuje pomocy", False),  # Latin letters: DIET reads it (and phrases do)
    ("Merhaba, oğlum için yardım arıyorum", False),
    ("mn zoon v 15 zit al maanden thuis", False),
    ("hij zei: مرحبا en toen liep hij weg, wat moet ik doen met mijn zoon van 15", False),  # mostly Dutch
    ("😢😢", False), ("", False),
])
def test_a_message_mostly_in_another_script_is_another_language(text, other):
    from bot.rasa_component import in_other_script

    assert in_other_script(text) is other


@pytest.mark.parametrize("text,signal", [
    # Session 13: a blind set's teacher wrote about a boy afraid to go home (the reader gave 0.39, no phrase).
    ("jongetje uit mn klas wil nie naar huis, zegt dat hij bang is voor papa", True),
    ("ze durft niet meer naar huis", True),
    ("hij is bang voor mama als die gedronken heeft", True),
    ("hij wil niet naar huis want het is zo leuk bij oma", False),
    ("hij is bang voor de hond van de buren", False),
])
def test_a_child_afraid_to_go_home_is_a_safety_phrase(recognizer, text, signal):
    assert (recognizer.facts_in(text).get("veiligheid") == "zorgen_om_veiligheid") is signal


def test_letters_nfkd_keeps_whole_are_folded_so_words_stay_whole():
    assert normalize("Kızım ÇATIDA, połknęła") == "kizim catida , polknela"


@pytest.mark.parametrize("text,kind", [
    # Session 13: signals the learned reader alone heard, at 0.41 to 0.52 (a threshold of 0.4): now phrases too.
    ("in zn zoekgeschiedenis stond hoe je t pijnloos kan doen", "suicidegedachten"),
    ("ze heeft gegoogeld hoeveel pillen je nodig hebt", "suicidegedachten"),
    ("mijn vriend wordt handtastelijk als hij gedronken heeft, ook tegen de kleine", "zorgen_om_veiligheid"),
    ("de man van hiernaast lokt kinderen mee naar binnen met snoep", "zorgen_om_veiligheid"),
    ("hij kreeg een nieuwe telefoon van die man en daar mocht hij niks over zeggen", "zorgen_om_veiligheid"),
    # look-alikes
    ("we zoeken hoe je het snelst een pgb aanvraagt", None),
    ("ik heb opgezocht hoe je een klacht indient", None),
    ("hoe je het snelst kan aanmelden bij het jeugdteam", None),
])
def test_searching_how_to_die_being_handled_roughly_and_grooming_are_safety_phrases(recognizer, text, kind):
    assert recognizer.facts_in(text).get("veiligheid") == kind


@pytest.mark.parametrize("text,kind", [
    # Session 18, smoke tests with our own messages: the reader gave the first ones 0.04, 0.33 and 0.13, the child
    # on the street 0.11.
    ("mijn puber heeft vannacht een poging gedaan, ze ligt in het ziekenhuis, wat nu", "suicidegedachten"),
    ("ze heeft een poging gedaan gisteravond", "suicidegedachten"),
    ("de vriend van mama doet rare dingen met mijn nichtje", "zorgen_om_veiligheid"),
    ("haar familie wil dat ze trouwt in het buitenland, ze is 16 en doodsbang", "zorgen_om_veiligheid"),
    ("ze is bang voor eerwraak", "zorgen_om_veiligheid"),
    ("mijn dochter van 15 is van huis weggelopen en slaapt op straat", "acuut_gevaar"),
    ("mijn man heeft onze zoon vannacht het huis uit gezet", "acuut_gevaar"),
    ("ik snij mezelf en wil eigenlijk dood", "suicidegedachten"),
    ("k wil soms dood als ik die formulieren zie", None),  # a parent's figure of speech
    # look-alikes: an attempt at something else, strange things at school
    ("gisteren deed ze een poging om haar kamer op te ruimen", None),
    ("vandaag heeft hij een poging gedaan om naar school te gaan", None),
    ("de juf zegt dat hij rare dingen doet in de klas", None),
])
def test_smoke_test_signals_are_safety_phrases(recognizer, text, kind):
    assert recognizer.facts_in(text).get("veiligheid") == kind


@pytest.mark.parametrize("text,kind", [
    # Session 19, a smoke test with young people writing about themselves (the reader gave 0.08 and 0.22)
    ("heb net 20 paracetamol genomen", "acuut_gevaar"), ("ik heb een hele strip slaappillen geslikt", "acuut_gevaar"),
    ("ik ga mezelf wat aandoen vanavond", "suicidegedachten"), ("ik ben bang dat ik me iets aandoe", "suicidegedachten"),
    ("ik weet niet waar ik ben en het is nacht", "acuut_gevaar"), ("ik moet vannacht buiten slapen", "acuut_gevaar"),
    # look-alikes: a normal dose, a threat by someone else (a signal of another kind, from other phrases)
    ("ze heeft 2 paracetamol genomen tegen de koorts", None), ("hij heeft 500 mg paracetamol genomen", None),
    ("ik moet me aanmelden bij het wijkteam", None), ("ik weet niet waar ik moet beginnen", None),
    ("ik slaap slecht", None),
])
def test_a_young_person_about_themselves(recognizer, text, kind):
    assert recognizer.facts_in(text).get("veiligheid") == kind


@pytest.mark.parametrize("text,told", [
    # Told the people of the care itself: raised with the provider, and the parent writes because it is not solved.
    ("Ik heb gezegd tegen de baas van de praktijk. Niks veranderd.", "ja_niet_opgelost"),
    ("ik heb het tegen de arts daar gezegd maar ze luisteren niet", "ja_niet_opgelost"),
    ("we hebben het twee keer met de gezinshuisouders besproken", "ja_niet_opgelost"),
    ("We raised it twice with the location manager, nothing changed", "ja_niet_opgelost"),
    # not told yet: the negation goes first
    ("ik heb het nog niet tegen de leiding gezegd", "nee"),
    ("ik heb niks gezegd tegen de begeleiding", "nee"),
    # look-alikes: talking with the doctor about something else is no complaint raised
    ("ik heb met de arts besproken dat hij medicatie krijgt", None),
    ("de arts heeft gezegd dat het tijd kost", None),
    # session 30 (the development sets): other ways to say it was raised, or not yet
    ("ik heb het al tegen de gedragswetenschapper gezegd maar die zegt dat het besloten is", "ja_niet_opgelost"),
    ("ik heb al gebeld met de organisatie maar die hebben geen andere begeleider", "ja_niet_opgelost"),
    ("ik heb de groepsleiding gevraagd om het op te lossen maar het is weer gebeurd", "ja_niet_opgelost"),
    ("We complained to the team leader twice and nothing changed", "ja_niet_opgelost"),
    ("we hebben dit nog niet officieel bij de zorgaanbieder gemeld", "nee"),
    ("ik heb nooit officieel een klacht ingediend bij de organisatie", "nee"),
    ("we durfden niet te klagen bij de instelling omdat ze daar nog woont", "nee"),
    ("ik heb het er nog met niemand van de organisatie over gehad", "nee"),
    ("we hebben het nog niet tegen de opvang zelf gezegd", "nee"),
    ("ik heb het niet bij het logeerhuis gemeld", "nee"),
    ("ik heb er tegen haar nog niks van gezegd", "nee"),
    ("We have not made an official complaint, we did not want to cause trouble", "nee"),
    ("i havent made a complaint yet. who do i contact?", "nee"),
    # look-alikes: a doctor who said something, a parent who does not dare to say something at home
    ("de gedragswetenschapper heeft gezegd dat hij meer structuur nodig heeft", None),
    ("we hebben de begeleiding gevraagd hoe het gaat met zijn medicijnen", None),
    # session 31 (ontkenningen-31): not yet, said after the people of the care or after a long clause
    ("De groepsleiding? Daar heb ik nog niets over gezegd. Ik durf het niet zo goed.", "nee"),
    ("Ik wilde dat met de teamleider bespreken, maar het is er niet van gekomen.", "nee"),
    ("Ben ik bij de zorgaanbieder zelf al gaan klagen? Eigenlijk niet.", "nee"),
    ("Een gesprek met de klachtenfunctionaris, waar ik vaak aan dacht, heb ik nooit aangevraagd.", "nee"),
    ("Eine Beschwerde habe ich bei der Einrichtung noch nicht eingereicht.", "nee"),
])
def test_a_complaint_told_to_the_care_itself(recognizer, text, told):
    assert recognizer.facts_in(text).get("klacht_gemeld") == told


def test_normalize_keeps_the_letters_of_other_scripts():
    # Session 31: Cyrillic, Arabic and Ge'ez letters stay, so a phrase can read them; accents still go
    assert normalize("Он сказал: не хочу жить!") == "он сказал , не хочу жить ,"
    assert normalize("ابني قال انه بدو يموت") == "ابني قال انه بدو يموت"
    assert normalize("ክመውት ደልየ") == "ክመውት ደልየ"
    assert normalize("Jó napot, snake_case 😀") == "jo napot , snake case"


@pytest.mark.parametrize("text,kind", [
    # Session 31 (talen-31, then own sentences): signals in other languages and scripts that only a phrase can hear
    ("мой сын говорит, что не хочет больше жить", "suicidegedachten"),
    ("вона пише що хоче покінчити з собою", "suicidegedachten"),
    ("بنتي كتبت انها بدها تموت", "suicidegedachten"),
    ("پسرم گفت میخواد بمیره", "suicidegedachten"),
    ("wiilkaygu wuxuu yiri waan is dilayaa", "suicidegedachten"),
    ("kurê min dibêje ez dixwazim bimirim", "suicidegedachten"),
    ("llevo semanas pensando en quitarme la vida", "suicidegedachten"),
    ("a lányom azt írta, nincs értelme élni", "suicidegedachten"),
    ("oglum elinde bicakla kapida bagiriyor", "acuut_gevaar"),
    ("ابني بلع كل حبوب الدوا", "acuut_gevaar"),
    ("synek 12 lat, ojciec wyrzucil go z domu w nocy", "acuut_gevaar"),
    ("ha bevuto la candeggina dieci minuti fa", "acuut_gevaar"),
    ("my daughter just took a whole strip of her mums pills", "acuut_gevaar"),
    ("aabahay wuxuu igu garaacaa suunka", "zorgen_om_veiligheid"),
    ("за стеной кричит отец, у хлопчика синяки на руках", "zorgen_om_veiligheid"),
    ("a mãe bate muito na menina com cinto", "zorgen_om_veiligheid"),
    # after talen-31b (own sentences): a goodbye to the mother, bleach, never waking up, a farewell letter, a belt,
    # locked in, a drinking parent and a child alone
    ("она написала прости мама и не отвечает", "acuut_gevaar"),
    ("mon fils a bu de la javel il y a dix minutes", "acuut_gevaar"),
    ("ella dice que quiere dormir y no despertar nunca", "suicidegedachten"),
    ("he left a goodbye letter on his desk", "suicidegedachten"),
    ("отчим бьёт его ремнём", "zorgen_om_veiligheid"),
    ("der Vater sperrt sie in den Keller", "zorgen_om_veiligheid"),
    ("matka pije i mała jest sama w domu", "zorgen_om_veiligheid"),
    # look-alikes: a denial in those scripts, a figure of speech, the past, another's head against the wall
    ("у неё депрессия, но нет мыслей о самоубийстве", None),
    ("الطبيب قال انه لا يريد ان يموت", None),
    ("ابني يضرب رأسه في الحائط عندما يتوتر", None),
    ("я просто умираю от усталости", None),
    ("mien zoon sjtong vurrig jaor op t daak, noe geit t good", None),
    ("school belt elke week, mn zoon slaat klasgenoten", None),
    ("у него синяк после футбола", None),
    ("die Wohngruppe hat sie wegen ihres Verhaltens rausgeworfen", None),
    ("hace tres años intentó quitarse la vida, ahora está bien", None),
    ("bnti katgoul liya ma bghatch tmout, ghir bach tertah", None),
    ("öngyilkossági gondolatai nincsenek", None),
    ("wldi kaydreb lbab b rjlih mais ma kaydreb hta wahed", None),
])
def test_a_signal_in_another_language_or_script(recognizer, text, kind):
    assert recognizer.facts_in(text).get("veiligheid") == kind


@pytest.mark.parametrize("text,slot,value", [
    # Session 31 (talen-31, then own sentences): a door, the Wlz or the zorgkantoor denied in another language
    ("в gemeente мы еще не обращались", "gemeente_contact", "nee"),
    ("hanooz ba gemeente tamas nagereftam", "gemeente_contact", "nee"),
    ("لسا ما رحنا عالبلدية", "gemeente_contact", "nee"),
    ("ik nog niet gaan naar gemeente", "gemeente_contact", "nee"),
    ("в zorgkantoor ми ще не зверталися", "zorgkantoor_contact", "nee"),
    ("we did not call the zorgkantoor yet", "zorgkantoor_contact", "nee"),
    ("Wlz у нас немає", "wlz", "nee"), ("ما عنده Wlz", "wlz", "nee"), ("wlz nie mamy", "wlz", "nee"),
    ("Есть ли у него Wlz, честно не знаю", "wlz", "weet_niet"), ("nu stiu daca are Wlz", "wlz", "weet_niet"),
    # look-alikes: contact and a Wlz in the same languages
    ("в gemeente мы уже обращались два раза", "gemeente_contact", None),
    ("Wlz у нас є", "wlz", None),
])
def test_a_denial_in_another_language(recognizer, text, slot, value):
    assert recognizer.facts_in(text).get(slot) == value


def test_a_negation_in_another_script_does_not_let_the_reader_say_no(recognizer):
    # Session 31: the learned reader reads only Latin letters, so only a negation there lets its 'nee' count
    assert not recognizer.negates("Есть ли у него Wlz, честно не знаю")
    assert recognizer.negates("geen wlz, не знаю")


@pytest.mark.parametrize("text,slot,value", [
    # Session 31 (ontkenningen-31): a denial that points back to the door named before it, in the next sentence or
    # after a long clause; or the first appointment is still to come
    ("Zorgkantoor? Tja, die naam staat op een brief in een la. Gebeld heb ik ze nooit.", "zorgkantoor_contact", "nee"),
    ("Het wijkteam zit bij ons om de hoek. Binnengelopen ben ik daar nooit.", "gemeente_contact", "nee"),
    ("Iemand zei dat ik het sociaal team moest bellen, maar daar ben ik nooit aan toegekomen.", "gemeente_contact",
     "nee"),
    ("Een afspraak met het buurtteam, waar de juf in oktober al over begon, hebben we eigenlijk nooit gemaakt.",
     "gemeente_contact", "nee"),
    ("We hebben pas volgende week een eerste gesprek met het wijkteam.", "gemeente_contact", "nee"),
    ("Het zorgkantoor? Ik weet dat ze bestaan. Contact heb ik er nooit mee gehad.", "zorgkantoor_contact", "nee"),
    ("Het expertteam? Daar zijn we nooit aan toegekomen.", "expertteam_contact", "nee"),
    ("Wlz, la, dat heeft hij niet, alleen jeugdhulp.", "wlz", "nee"),
    ("Jullie vragen vast naar de Wlz. Daar kwam ze volgens de arts niet voor in aanmerking.", "wlz", "nee"),
    ("Een indicatie van het CIZ, waar iedereen het over had, heeft onze zoon nooit gekregen.", "wlz", "nee"),
    ("Of hij een indicatie van het CIZ heeft? Eigenlijk niet, nee.", "wlz", "nee"),
    # look-alikes: no longer after contact; what the door would do; another door in between; a no about something else
    ("Het wijkteam is twee keer geweest. Daarna hebben we ze nooit meer gesproken.", "gemeente_contact", None),
    ("De jeugdconsulent noemde het een keer. Hij zou ons aanmelden, maar dat is er nooit van gekomen.",
     "gemeente_contact", None),
    ("Het zorgkantoor heeft ons gebeld. Het wijkteam? Gebeld heb ik ze nooit.", "zorgkantoor_contact", None),
    ("Het zorgkantoor heeft ons gebeld. Het wijkteam? Gebeld heb ik ze nooit.", "gemeente_contact", "nee"),
    ("hij heeft een wlz-indicatie, maar een logeerplek, die heeft hij niet", "wlz", None),
    ("We hebben pas sinds kort contact met het wijkteam.", "gemeente_contact", None),
    # Session 32: a row of doors and then "bij geen van allen", a door left aside, a number never called, Frisian
    ("Wijkteam, jeugdteam, expertteam... ik duizel ervan. Bij geen van allen hebben we ooit aangeklopt.",
     "gemeente_contact", "nee"),
    ("Wijkteam, jeugdteam, expertteam... ik duizel ervan. Bij geen van allen hebben we ooit aangeklopt.",
     "expertteam_contact", "nee"),
    ("Het zorgkantoor hebben we altijd links laten liggen; we dachten dat het niet voor ons was.",
     "zorgkantoor_contact", "nee"),
    ("Er kwam een brief met een nummer van het zorgkantoor en dat nummer heb ik nooit gebeld.",
     "zorgkantoor_contact", "nee"),
    ("Wy binne noch net by de gemeente west. Wer moatte wy hinne?", "gemeente_contact", "nee"),
    # look-alikes: the row was someone else's, the number was the provider's
    ("Het wijkteam belde drie aanbieders. Bij geen van allen was plek.", "gemeente_contact", None),
    ("Het zorgkantoor gaf ons een nummer van een aanbieder, maar die hebben we links laten liggen.",
     "zorgkantoor_contact", None),
    # Session 32 (ontkenningen-32): more orders pointing back, "alles behalve", "zelf geregeld zonder", a vague name
    ("dat kantoor voor de wlz, zorgkantoor ja, daar hebben we nog nooit mee gesproken", "zorgkantoor_contact", "nee"),
    ("het zorgkantoor zal wel druk zijn, daarom heb ik ze ook nog nooit gebeld haha", "zorgkantoor_contact", "nee"),
    ("het zorgkantoor geloof ik, die hebben we nog nooit gesproken", "zorgkantoor_contact", "nee"),
    ("bij de toegang (zo heet dat hier) hebben we ons nooit gemeld", "gemeente_contact", "nee"),
    ("alles behalve het CJG hebben we geprobeerd: huisarts, een coach, een psycholoog", "gemeente_contact", "nee"),
    ("we hebben alles zelf geregeld zonder die mensen van de gemeente", "gemeente_contact", "nee"),
    ("we zijn niet naar het loket van de gemeente gegaan omdat het niet voor ons leek", "gemeente_contact", "nee"),
    ("by it gebietsteam fan de gemeente binne wy noch net west", "gemeente_contact", "nee"),
    ("nos no a yega na e wijkteam di gemeente ainda", "gemeente_contact", "nee"),
    ("over een expertteam heeft niemand het ooit gehad", "expertteam_contact", "nee"),
    # look-alikes: the door did the talking or the not-calling, a door that was there besides another
    ("het zorgkantoor belde ons, daarna hebben wij ze nooit meer gebeld", "zorgkantoor_contact", None),
    # session 36: the door that helped is contact, not only no denial ("zonder" read as a denial in the mentions)
    ("zonder het wijkteam was het nooit gelukt", "gemeente_contact", "ja"),
])
def test_a_denial_that_points_back_to_the_door(recognizer, text, slot, value):
    assert recognizer.facts_in(text).get(slot) == value


@pytest.mark.parametrize("text,slot,value", [
    # Session 32 (klachten-32): a complaint not yet raised, in more words
    ("klacht over de logeeropvang: ik durf het niet aan te kaarten want er is nergens anders plek", "klacht_gemeld",
     "nee"),
    ("ik weet eigenlijk niet bij wie ik moet klagen over de behandelaar", "klacht_gemeld", "nee"),
    ("we hebben het tot nu toe laten gaan maar de thuisbegeleiding komt steeds te laat", "klacht_gemeld", "nee"),
    ("officieel heb ik nooit iets ingediend, maar ik ben ontevreden over het gezinshuis", "klacht_gemeld", "nee"),
    ("de pleegzorgbegeleider is al 3x gewisseld. ik heb het er nog niet met hun over gehad", "klacht_gemeld", "nee"),
    ("ik heb altijd mn mond gehouden over de behandeling bij de jeugd-ggz", "klacht_gemeld", "nee"),
    ("aan de instelling zelf hebben we nog niks laten weten", "klacht_gemeld", "nee"),
    ("I haven't raised this with them yet, the day program is bad", "klacht_gemeld", "nee"),
    # ... and raised, not solved
    ("ik heb als opa meerdere keren bij de pleegzorgwerker aangegeven dat de bezoeken worden geschrapt",
     "klacht_gemeld", "ja_niet_opgelost"),
    ("ik heb de regiomanager van het gezinshuis een brief gestuurd over het zakgeld", "klacht_gemeld",
     "ja_niet_opgelost"),
    ("de dagbesteding zou na mijn klacht een vaste begeleider regelen", "klacht_gemeld", "ja_niet_opgelost"),
    ("we zijn al maanden in gesprek met de dagbehandeling over hoe ze met haar omgaan", "klacht_gemeld",
     "ja_niet_opgelost"),
    # look-alikes: the child told the mentor; a report about abuse; the child is who they did not talk to
    ("mijn zoon heeft vandaag tegen zijn mentor gezegd dat hij niet meer wil", "klacht_gemeld", None),
    ("ik denk dat hij thuis geslagen wordt. ik weet niet bij wie ik dit moet melden", "klacht_gemeld", None),
    ("hij zegt dat iedereen beter af is zonder hem. ik heb het er nog niet met hem over gehad", "klacht_gemeld", None),
    # Session 32 (wlz-32): the Wlz refused, never applied for or unknown, the zorgkantoor not told
    ("Het CIZ heeft de aanvraag voor mijn zoon (7) afgewezen", "wlz", "nee"),
    ("we kwamen bij het CIZ terecht, maar die hebben afgewezen", "wlz", "nee"),
    ("bij ons is de wlz nooit aangevraagd, de arts vond het niet nodig", "wlz", "nee"),
    ("alleen jeugdwet bij ons. zoontje 3", "wlz", "nee"),
    ("wlz of niet, weet ik niet. zoon 11", "wlz", "weet_niet"),
    ("is het wlz? geen flauw idee eerlijk gezegd", "wlz", "weet_niet"),
    ("de ene zegt wlz, de andere jeugdwet", "wlz", "weet_niet"),
    ("Nie wiem, czy ma Wlz, czy nie.", "wlz", "weet_niet"),
    ("bij het ciz zeiden ze dat hij er niet onder valt, dus het blijft de jeugdwet", "wlz", "nee"),
    ("dat de wlz er niet is gekomen snap ik niet. de aanvraag is in maart afgewezen", "wlz", "nee"),
    ("Wlz. Nee. Dat is bij ons nooit aangevraagd.", "wlz", "nee"),
    ("de begeleiding komt niet opdagen en dat heb ik nog bij niemand gemeld", "klacht_gemeld", "nee"),
    ("de dagbehandeling grijpt niet in, maar ik heb het nooit echt aangekaart", "klacht_gemeld", "nee"),
    ("ze is geindiceerd voor de wlz. het zorgkantoor weet nog van niks", "zorgkantoor_contact", "nee"),
    ("het zorgkantoor weet ervan en zoekt een plek", "zorgkantoor_contact", "ja"),
])
def test_complaints_and_the_wlz_in_more_words(recognizer, text, slot, value):
    assert read(recognizer, text).get(slot) == value


def test_not_daring_to_speak_up_about_home_is_no_complaint(recognizer):
    # Session 32: "ik durf er niks van te zeggen" in a story with a safety signal is about home, not about care
    text = "als hij thuiskomt slaat hij hem met zijn riem en de aanbieder weet het. ik durf er niks van te zeggen"
    signal = {"veiligheid": ("zorgen_om_veiligheid", 0.95)}
    assert "klacht_gemeld" not in understand(recognizer, text, learned=signal).facts
    assert understand(recognizer, "de aanbieder doet het slecht. ik durf er niks van te zeggen").facts.get(
        "klacht_gemeld") == "nee"


def test_the_readers_wlz_counts_only_when_the_message_names_it(recognizer):
    # Session 32 (wlz-32): the reader read "kan het zorgkantoor iets doen voor een kind met een verstandelijke
    # beperking?" as a Wlz-indicatie (0.88); its 'ja' counts only with the Wlz, the CIZ, an indication or a profile
    sure = {"wlz": ("ja", 0.9)}
    assert "wlz" not in understand(recognizer, "kan het zorgkantoor iets doen voor een kind van 14 met een "
                                               "verstandelijke beperking?", learned=sure).facts
    for text in ("ze heeft een vg6 en woont thuis", "het ciz heeft het besloten", "hij heeft een zzp"):
        assert understand(recognizer, text, learned=sure).facts.get("wlz") == "ja", text
    assert understand(recognizer, "geen idee eigenlijk", learned={"wlz": ("weet_niet", 0.9)}).facts["wlz"] == \
        "weet_niet"


@pytest.mark.parametrize("text,wanted", [
    # The plain question for the way (session 15): what the parent seeks is help, so it is not asked again.
    ("hij is 13, odd, en het wijkteam is gestopt. wat moet ik doen", "hulp_zoeken"),
    ("pleegzoon 14 blowt elke dag. hoe pak ik dat aan", "hulp_zoeken"),
    ("mn peuter bijt en schopt de hele dag. kan ik daarmee bij het CJG terecht?", "hulp_zoeken"),
    ("Mijn dochter van 15 gaat al weken niet naar school. Bij wie moet ik zijn?", "hulp_zoeken"),
    ("sociaal team zegt wachtlijst. wat is de volgende stap", "hulp_zoeken"),
    # session 24: who should help or arrange it, and care that stops
    ("geen wlz, alleen zorg via de zorgverzekering. wie moet ons helpen met de zorg thuis?", "hulp_zoeken"),
    ("de zorg thuis komt niet. zoon 15, zzp lg. wie moet dit regelen", "hulp_zoeken"),
    ("consultatiebureau zegt dat het normaal is. wie kan hier naar kijken", "hulp_zoeken"),
    ("dochter 7, ernstig meervoudig beperkt. thuiszorg stopt.", "hulp_zoeken"),
    ("hij moet volgende maand weg uit de jeugdinstelling omdat hij 18 wordt", "hulp_zoeken"),
    ("het jeugdteam adviseert contact. waar moeten we dan precies naartoe?", "hulp_zoeken"),
    # session 25: the way to a helper, and in other languages with a word in between
    ("zoon 15 is somber. hoe krijgen we hem bij een goede therapeut?", "hulp_zoeken"),
    ("dochter 6 slaat op school. is dit normaal of moeten we ergens heen?", "hulp_zoeken"),
    ("de juf maakt zich zorgen over zn taal. waar kan ik dat navragen?", "hulp_zoeken"),
    ("bestaat er iemand die met ons meekijkt? zoon 3 slaapt nooit", "hulp_zoeken"),
    ("Unser Sohn ist 9 und hat ADHS. Wo finden wir jetzt Hilfe?", "hulp_zoeken"),
    ("Tochter 12, Autismus, keine Schule. Wo fangen wir denn an?", "hulp_zoeken"),
    ("kizim 8 yasinda, okula gitmiyor. simdi nereye gidebilirim?", "hulp_zoeken"),
    ("mi yu homber tin 10 aña. kiko nos por hasi?", "hulp_zoeken"),
    ("our son is 14 and stays home all day. who could help us?", "hulp_zoeken"),
    # session 28 (the first step on the development sets, openingen-42): "wat nu" as a clause of its own, "waar begin
    # ik", "moet ik ergens anders heen", "hoe regel ik dat", a professional's "waarheen verwijzen?", "wie is aan zet?",
    # German "wohin können wir uns wenden"; asking whether it is free is about rules and money
    ("het wijkteam zegt dat ze niks hebben wat bij hem past. wat nu", "hulp_zoeken"),
    ("geen indicatie, wel een probleem. zoon 3 jr, praat niet. waar begin ik", "hulp_zoeken"),
    ("consultatiebureau zegt dat het een fase is. moet ik ergens anders heen?", "hulp_zoeken"),
    ("ik wil dat hij met iemand gaat praten. hoe regel ik dat, via huisarts of gemeente?", "hulp_zoeken"),
    ("moeder overbelast, kinderen 3 en 5, nog geen contact met CJG. waarheen verwijzen?", "hulp_zoeken"),
    ("woonplek valt per 1 juni weg, zorgkantoor nog niet benaderd. wie is aan zet?", "hulp_zoeken"),
    ("Unser Sohn (16) ist sehr aggressiv. Wohin können wir uns jetzt wenden?", "hulp_zoeken"),
    ("huisarts zegt opvoedondersteuning via de gemeente. is dat gratis?", "regels_en_geld"),
    ("hoe lang duurt een aanvraag bij het ciz ongeveer?", "regels_en_geld"),
    ("ik weet niet of mijn dochter wlz heeft, hoe kom ik daar achter?", "regels_en_geld"),
    ("wlz? geen idee of ze dat heeft. wie weet dat?", "regels_en_geld"),
    # "wat nu als ..." is no question for the way
    ("wat nu als mijn dochter morgen ziek is", None),
    # nor after an indication: that "wat nu?" may ask about the rules (test_conversation guards the question asked)
    ("mijn dochter (9) heeft een indicatie van het CIZ, VG-profiel. wat nu?", None),
    # reporting something is no question for the way
    ("de begeleider schreeuwt tegen haar. waar kan ik dit melden?", None),
    # something more specific goes first
    ("ik wil een klacht indienen over de woongroep, wat moet ik doen", "klacht"),
    ("mag de gemeente eisen dat ik eerst zelf een behandelaar zoek? wat moet ik doen", "regels_en_geld"),
    # look-alikes: no question for the way
    ("ik weet heus wat ik moet doen", None),
    ("de wijkcoach weet wat hij doet", None),
    # session 32 (the first step on the development sets): asking for someone or something, whether to go to a door
    ("zoon 5, sondevoeding. is er iemand die ook snachts kan komen?", "hulp_zoeken"),
    ("bestaat er zoiets als een huilpoli?", "hulp_zoeken"),
    ("los daarvan zoek ik iemand die hem kan begeleiden op school", "hulp_zoeken"),
    ("ik wil graag dat ze met iemand kan praten", "hulp_zoeken"),
    ("waar kan ze begeleid wonen aanvragen?", "hulp_zoeken"),
    ("Jeugd en Gezin? Nooit gebeld. Moet dat eerst?", "hulp_zoeken"),
    ("kun je voor zoiets al hulp vragen als kind?", "hulp_zoeken"),
    # look-alikes: a greeting, a must about the rules, a must in the middle
    ("hallo, is er iemand?", None),
    ("heeft hij een wlz-indicatie nodig? moet dat?", None),
    ("moet dat nou altijd zo lang duren bij de tandarts", None),
    # session 33 (the first step on the development sets): the wish in a few words at the end
    ("het zorgkantoor belt niet terug. dochter 17. iemand een idee?", "hulp_zoeken"),
    ("de indicatie is eindelijk rond voor onze dochter (3). nu nog een plek", "hulp_zoeken"),
    ("dochter 6, nu zoeken we een kinderdagcentrum", "hulp_zoeken"),
    # look-alikes: an idea in the middle, "nu" with a place that is fine, looking for something else
    ("iemand een idee wat dit betekent voor de school van mijn zoon, hij is 9", None),
    ("ze heeft nu een plek en het gaat goed", None),
    ("we zoeken een oppas voor zaterdag", None),
])
def test_the_plain_question_for_the_way_is_seeking_help(recognizer, text, wanted):
    assert read(recognizer, text).get("hulpvraag") == wanted


@pytest.mark.parametrize("text,slot,wanted", [
    # Session 16: without punctuation a new clause starts at a new subject or joining word; a negation before it
    # is not about what follows.
    ("ik vind dat niet kunnen ik heb het met de gezinshuisouders besproken maar ze veranderen er niks aan",
     "klacht_gemeld", "ja_niet_opgelost"),
    ("we hebben nog geen klacht ingediend", "klacht_gemeld", "nee"),
    ("ik heb het nog niet tegen de leiding gezegd", "klacht_gemeld", "nee"),
])
def test_a_negation_stays_in_its_clause(recognizer, text, slot, wanted):
    assert read(recognizer, text).get(slot) == wanted


@pytest.mark.parametrize("text,slot,wanted", [
    # Session 25 (ontkenningen-25): knowing nothing of it, English and German denials after the door, "is er nooit
    # aan te pas gekomen", Polish "nie mamy", and a no after the question whether he has one
    ("en van een expertteam weten we niks", "expertteam_contact", "nee"),
    ("Somebody told us about an expertteam, but we never contacted them.", "expertteam_contact", "nee"),
    ("Von einem expertteam hat uns nie jemand erzählt, Kontakt hatten wir also nie.", "expertteam_contact", "nee"),
    ("Een expertteam is er nooit aan te pas gekomen.", "expertteam_contact", "nee"),
    ("nie mamy Wlz-indicatie", "wlz", "nee"),
    ("Ze vroeg of hij een Wlz-indicatie heeft. Heeft hij niet.", "wlz", "nee"),
    ("Mi hijo tiene 15 años. No hemos ido al wijkteam todavía y no conocemos el expertteam.", "gemeente_contact", "nee"),
    ("No conocemos el expertteam.", "expertteam_contact", "nee"), ("No tiene indicación Wlz.", "wlz", "nee"),
    ("Nie byliśmy jeszcze w wijkteamie.", "gemeente_contact", "nee"),
    ("Belediyeye, yani de gemeente, hiç gitmedik.", "gemeente_contact", "nee"),
    ("The school gave us the number of the wijkteam but we did not call them yet.", "gemeente_contact", "nee"),
    ("Ik heb gevraagd of ze het expertteam wilden inschakelen; dat is nooit gebeurd.", "expertteam_contact", "nee"),
    # look-alikes: they know, they were contacted
    ("the wijkteam called us back and we did not agree with them", "gemeente_contact", None),
    ("van het expertteam weten we nog niks, die zijn nog aan het kijken", "expertteam_contact", None),
    ("the expertteam called us back, we have not heard since", "expertteam_contact", None),
])
def test_denials_in_long_stories(recognizer, text, slot, wanted):
    assert recognizer.facts_in(text).get(slot) == wanted


@pytest.mark.parametrize("text,slot,wanted", [
    # Session 16: a denial further from the door's name. Each was read as contact (issue 3: never).
    ("Ik heb zelf een psycholoog gevonden. Bij de gemeente heb ik me nog niet gemeld.", "gemeente_contact", "nee"),
    ("De huisarts zei dat ik naar het CJG moest, maar dat heb ik nog niet gedaan.", "gemeente_contact", "nee"),
    ("het consultatiebureau zei dat we naar het cjg moeten maar dat hebben we nog niet gedaan", "gemeente_contact",
     "nee"),
    ("We hebben nog helemaal niks aangevraagd bij de gemeente.", "gemeente_contact", "nee"),
    ("Iemand zei dat we bij het Wmo-loket moeten zijn; daar hebben we nog geen stap gezet.", "gemeente_contact", "nee"),
    ("Wij hebben nog met niemand van de gemeente gepraat.", "gemeente_contact", "nee"),
    ("de gemeente weet nog van niks", "gemeente_contact", "nee"),
    ("het jeugdteam kennen we niet eens", "gemeente_contact", "nee"),
    ("Nu durf ik niet meer naar het wijkteam, ik ben er nog niet geweest.", "gemeente_contact", "nee"),
    ("morgen bel ik voor het eerst de gemeente", "gemeente_contact", "nee"),
    ("We are new in Amstelveen and never contacted the gemeente.", "gemeente_contact", "nee"),
    ("We haven't contacted anyone at the municipality yet.", "gemeente_contact", "nee"),
    ("Ik heb nog niet gebeld met zorgkantoor.", "zorgkantoor_contact", "nee"),
    ("zorgkantoor hebben we nooit contact mee gehad", "zorgkantoor_contact", "nee"),
    ("We never talked to the zorgkantoor.", "zorgkantoor_contact", "nee"),
    ("Beim Wijkteam waren wir noch nicht. Wo bekomme ich Hilfe?", "gemeente_contact", "nee"),
    ("Mit dem Zorgkantoor haben wir noch nie gesprochen.", "zorgkantoor_contact", "nee"),
    ("ze gaan hem aanmelden bij het expertteam maar dat is nog niet gebeurd", "expertteam_contact", "nee"),
    ("expertteam? geen idee wat dat is", "expertteam_contact", "nee"),
    ("Het CIZ heeft de Wlz-aanvraag voor mijn dochter van 16 afgewezen.", "wlz", "nee"),
    ("wmo loket zegt wlz, ciz zegt nee", "wlz", "nee"),
    # look-alikes: there was contact, or the denial is about something else
    ("De gemeente zei dat ik een formulier moest invullen, maar dat heb ik nog niet gedaan.", "gemeente_contact", "ja"),
    ("bij het wijkteam zijn we al maanden, maar dat heeft nog niks opgeleverd", "gemeente_contact", "ja"),
    ("we hebben het zorgkantoor gebeld, de instelling nog niet", "zorgkantoor_contact", "ja"),
    ("De Wlz-indicatie hebben we, alleen de aanvraag voor meerzorg is afgewezen.", "wlz", "ja"),
])
def test_a_denial_further_from_the_door_is_still_a_denial(recognizer, text, slot, wanted):
    assert read(recognizer, text).get(slot) == wanted


@pytest.mark.parametrize("text,wanted", [
    # Session 16: the question for the way in the languages parents write in besides Dutch.
    ("Hi, my son is 12 and has ADHD. We have not contacted anyone yet. Where do we start?", "hulp_zoeken"),
    ("our daughter (16) barely leaves the house, the wijkteam said no. what can we do now?", "hulp_zoeken"),
    ("who should I call about my son? he is 9 and has autism", "hulp_zoeken"),
    ("Unser Sohn (15) hat ADHS. Wo können wir in den Niederlanden Hilfe bekommen?", "hulp_zoeken"),
    ("Mój syn ma 16 lat i nie chodzi do szkoły. Gdzie mogę szukać pomocy?", "hulp_zoeken"),
    ("Oğlum 14 yaşında ve okula gitmiyor. Ne yapabilirim?", "hulp_zoeken"),
    # and more Dutch ones
    ("onze puber van 15 ruimt nooit iets op en komt niet uit zijn gamestoel. is daar hulp voor?", "hulp_zoeken"),
    ("al anderhalf jaar wachten op begeleid wonen. hoe krijgen we hier beweging in?", "hulp_zoeken"),
    ("de zorgboerderij stopt ermee. wie moet er nu een nieuwe plek voor hem zoeken?", "hulp_zoeken"),
    ("dochter 21 met een wlz-indicatie, ze zoekt een woonplek dichter bij haar werk", "hulp_zoeken"),
    # look-alikes: no question for the way
    ("where do you store my data?", None),
    ("is daar een formulier voor?", None),
    ("wie zoekt die komt uit", None),
])
def test_the_question_for_the_way_in_other_languages_and_words(recognizer, text, wanted):
    assert read(recognizer, text).get("hulpvraag") == wanted


@pytest.mark.parametrize("text,signal", [
    ("hij staat nu met een mes in de keuken, wat moet ik doen", "acuut_gevaar"),
    ("mijn zoon van 16 heeft net een hele strip paracetamol ingenomen, wie moet ik bellen", "acuut_gevaar"),
])
def test_with_a_safety_signal_what_to_do_is_about_the_danger(recognizer, text, signal):
    # LABELS.md writers label such a message with the signal only; the general help phrases then say nothing.
    facts = read(recognizer, text)
    assert facts.get("veiligheid") == signal
    assert "hulpvraag" not in facts


def test_a_specific_help_question_stays_with_a_safety_signal(recognizer):
    facts = read(recognizer, "mijn man slaat de kinderen. ik wil een klacht indienen over het wijkteam, dat niks doet")
    assert facts.get("veiligheid") == "zorgen_om_veiligheid"
    assert facts.get("hulpvraag") == "klacht"


@pytest.mark.parametrize("text,kind", [
    # the Wmo as a law is a rules question; the Wmo-loket is the gemeente's door (session 15)
    ("valt begeleid wonen onder de wmo of onder de wlz?", "regels_en_geld"),
    ("betaalt de wmo of de zvw de rolstoel?", "regels_en_geld"),
    ("hij is 20 en wacht via het wmo-loket al anderhalf jaar op begeleid wonen", None),
    ("de Wmo-consulent zegt dat ze het zelf moet aanvragen, maar dat lukt haar niet", None),
])
def test_the_wmo_is_a_rules_question_and_its_loket_is_a_door(recognizer, text, kind):
    facts = recognizer.facts_in(text)
    assert facts.get("hulpvraag") == kind


@pytest.mark.parametrize("text,slot,wanted", [
    # Session 17, from a smoke test with our own short messages: each denial was read as contact.
    ("we hebben nog geen aanvraag bij de gemeente gedaan", "gemeente_contact", "nee"),
    ("we zitten niet bij het jeugdteam en ook niet in de wlz. dochter 17", "gemeente_contact", "nee"),
    ("we did not go to the gemeente yet, daughter 15 autism", "gemeente_contact", "nee"),
    ("de gemeente wil ons niet aanmelden bij het expertteam", "expertteam_contact", "nee"),
    # look-alikes: there was contact
    ("onze aanvraag bij de gemeente is nog niet beoordeeld", "gemeente_contact", "ja"),
    ("we zitten bij het jeugdteam, niet bij de ggz", "gemeente_contact", "ja"),
    ("het jeugdteam heeft ons aangemeld bij het expertteam", "expertteam_contact", "ja"),
])
def test_more_denials_of_a_door(recognizer, text, slot, wanted):
    assert read(recognizer, text).get(slot) == wanted


@pytest.mark.parametrize("text,slot,wanted", [
    # session 24, an own set of denials: a door skipped, unknown, or something else instead of it
    ("we hebben het regionaal expertteam overgeslagen", "expertteam_contact", "nee"),
    ("zoon 15 zit thuis. wijkteam hebben we overgeslagen, we zijn meteen naar de huisarts gegaan", "gemeente_contact",
     "nee"),
    ("in plaats van het wijkteam zijn we direct naar een particuliere kliniek gegaan", "gemeente_contact", "nee"),
    ("wij wisten niet dat er zoiets als een regionaal expertteam bestond", "expertteam_contact", "nee"),
    ("met het expertteam heeft niemand ons in contact gebracht, wist niet dat dat bestond", "expertteam_contact", "nee"),
    ("we have not contacted the regional expertteam, we didn't know it existed", "expertteam_contact", "nee"),
    ("beim Zorgkantoor waren wir auch noch nie", "zorgkantoor_contact", "nee"),
    ("moet ik iets aanvragen bij de wmo? ik heb nog niemand van de gemeente gesproken", "gemeente_contact", "nee"),
    ("bij het wijkteam hebben we nog niemand gesproken", "gemeente_contact", "ja"),
    # look-alikes: the door skipped them, or the door did not know something: there was contact
    ("het wijkteam heeft ons overgeslagen bij de verdeling", "gemeente_contact", "ja"),
    ("we waren bij het wijkteam maar het wijkteam wist niet dat dat bestond", "gemeente_contact", "ja"),
    # a complaint not (yet) reported
    ("we hebben daar nog geen formele klacht over ingediend bij ze", "klacht_gemeld", "nee"),
    ("de klacht hebben we nog niet bij de aanbieder neergelegd", "klacht_gemeld", "nee"),
    ("klacht over de gedragswetenschapper. niet gemeld. dochter 11.", "klacht_gemeld", "nee"),
    ("we hebben ook nog niet bij de instelling zelf geklaagd", "klacht_gemeld", "nee"),
    ("tegen de begeleider hebben we nog niks gezegd over de klacht", "klacht_gemeld", "nee"),
    ("ik heb hier nog geen melding van gemaakt bij de aanbieder zelf", "klacht_gemeld", "nee"),
    ("ik heb het nog niet durven zeggen tegen de gezinshuisouders", "klacht_gemeld", "nee"),
    ("we durfden er niks van te zeggen tegen de leiding daar", "klacht_gemeld", "nee"),
    ("waar kan ik hierover klagen? ik heb bij hun zelf nog niks gemeld", "klacht_gemeld", "nee"),
    ("moet ik dit eerst bij hun zelf melden of kan ik meteen naar de inspectie?", "klacht_gemeld", "nee"),
    # not a complaint: a parent afraid to speak up at home is no report to a care provider
    ("mijn man geeft de kinderen klappen, ik durf er niks van te zeggen", "klacht_gemeld", None),
])
def test_a_door_skipped_unknown_or_not_told(recognizer, text, slot, wanted):
    assert read(recognizer, text).get(slot) == wanted


def test_a_denying_phrase_is_never_overruled_by_the_reader(recognizer):
    """The reader went over a word's "nee" from 0.9 (`tegen_nee`: the words may let a negation reach too far), and
    read "we zitten niet bij het jeugdteam" as contact with 0.95. A whole phrase written for the denial counts."""
    sure_yes = {"gemeente_contact": ("ja", 0.97)}
    assert read(recognizer, "we zitten niet bij het jeugdteam", sure_yes).get("gemeente_contact") == "nee"
    # a word's denial still yields to a very sure reader: "de hulp die de gemeente regelde past niet"
    assert read(recognizer, "de hulp die de gemeente regelde past niet", sure_yes).get("gemeente_contact") == "ja"


@pytest.mark.parametrize("text,slot", [
    # session 24, an own set of denials: the reader read these as contact with 0.9 or more
    ("wijkteam hebben we nog niet gehad, expertteam ook niet, er is geen wlz", "gemeente_contact"),
    ("wijkteam? nee. expertteam? nooit van gehoord. we hebben zelf een wachtlijst gevonden", "gemeente_contact"),
    ("we zijn in gesprek met het jeugdteam. het expertteam is er niet bij betrokken", "expertteam_contact"),
    ("hij heeft een wlz, maar we hebben nog nooit met het zorgkantoor gebeld", "zorgkantoor_contact"),
    ("het expertteam is nooit ingeschakeld", "expertteam_contact"),
])
def test_a_denial_the_grammar_leaves_no_doubt_about_goes_before_the_reader(recognizer, text, slot):
    """A negation right before the door, a contact word after it said of the parent or of the door as not involved,
    or a no in a list: the reader may not overrule it, however sure."""
    assert read(recognizer, text, {slot: ("ja", 0.99)}).get(slot) == "nee"


@pytest.mark.parametrize("text", [
    # elliptic: "ook niet" may say the gemeente could not help either (openingen-5)
    "expertteam heeft ook geen plek gevonden voor mijn zoon. gemeente ook niet",
    # the door acting, not the parent: there was contact (openingen-4)
    "ik durf niet meer en de jeugdconsulent heeft hier nooit naar gevraagd",
    # a route, not a visit (openingen-5)
    "de gemeente zegt dat er geen passend aanbod is. de kliniek heeft een wachtlijst, maar dat loopt niet via de gemeente",
    # no appointment, no talk, nothing heard: they asked (session 24, own look-alikes)
    "we kregen geen afspraak bij het wijkteam, ze hebben een wachtlijst",
    "we hebben geen gesprek met de jeugdconsulent gehad, alleen mail",
    "nooit iets van het wijkteam gehoord na de intake",
])
def test_a_denial_that_may_belong_to_something_else_yields_to_a_very_sure_reader(recognizer, text):
    assert read(recognizer, text, {"gemeente_contact": ("ja", 0.97)}).get("gemeente_contact") == "ja"


@pytest.mark.parametrize("text", ["expertteam is nog niet ingeschakeld", "er is geen expertteam bij betrokken"])
def test_a_denied_expertteam_says_nothing_about_the_gemeente(recognizer, text):
    """The reader learned that an expertteam comes after the gemeente found nothing, and guessed that also for a
    denied expertteam (0.98 and 1.0)."""
    guessed = {"gemeente_contact": ("ja", 0.98), "gemeente_uitkomst": ("geen_passende_hulp", 1.0),
               "expertteam_contact": ("nee", 0.7)}
    facts = read(recognizer, text, guessed)
    assert facts.get("expertteam_contact") == "nee"
    assert "gemeente_contact" not in facts and "gemeente_uitkomst" not in facts, facts
    # with the gemeente named, its facts stay
    facts = read(recognizer, "het jeugdteam vindt niks, het expertteam is nog niet ingeschakeld", guessed)
    assert facts.get("gemeente_contact") == "ja" and facts.get("gemeente_uitkomst") == "geen_passende_hulp", facts


@pytest.mark.parametrize("text,wanted", [
    ("we weten niet of hij een wlz-indicatie heeft", "weet_niet"),
    ("weet iemand of mijn zoon in de wlz valt?", "weet_niet"),
    # a question about the rules for anyone, not the parent's doubt about the own child (session 17)
    ("weet iemand of je met een wlz-indicatie ook jeugdhulp van de gemeente kunt krijgen?", None),
])
def test_not_knowing_about_the_wlz_is_about_the_own_child(recognizer, text, wanted):
    assert recognizer.facts_in(text).get("wlz") == wanted


@pytest.mark.parametrize("text,signal", [
    # a child that is "zoek" is missing (session 17: no signal before, the reader gave 0.14)
    ("mijn zoontje van 4 is al sinds vanmiddag zoek", "acuut_gevaar"),
    ("onze zoon (12) is sinds vanochtend zoek", "acuut_gevaar"),
    # look-alikes: looking for something, or a lost thing
    ("we zijn op zoek naar hulp voor ons zoontje", None),
    ("hij is al maanden op zoek naar een woonplek", None),
    ("mijn zoon is zijn telefoon zoek", None),
    ("hij is de sleutels zoek", None),
])
def test_a_child_that_is_zoek_is_missing(recognizer, text, signal):
    assert recognizer.facts_in(text).get("veiligheid") == signal


@pytest.mark.parametrize("text,facts", [
    # Session 17: doors, doubts and complaints in other languages
    ("our daughter (16) has been home for a year. the municipality rejected our request for help",
     {"gemeente_contact": "ja", "gemeente_uitkomst": "afgewezen"}),
    ("Meine Tochter ist 15. Beim Jugendteam waren wir noch nicht.", {"gemeente_contact": "nee", "leeftijd": "onder_18"}),
    ("Dzień dobry, moja córka ma 16 lat. Nie byliśmy jeszcze w gminie.", {"gemeente_contact": "nee"}),
    ("Oğlum 12 yaşında. Belediyeye henüz gitmedik.", {"gemeente_contact": "nee"}),
    ("my son is 19, we have no idea if he can get wlz", {"wlz": "weet_niet"}),
    ("i want to file a complaint about the care home, i already told the manager but nothing happened",
     {"hulpvraag": "klacht", "klacht_gemeld": "ja_niet_opgelost"}),
    # look-alikes: been there, or a Wlz said outright
    ("Oğlum 12 yaşında. Belediyenin gençlik ekibine gittik, bekleme listesi var.", {"gemeente_contact": "ja"}),
    ("my son has a wlz indication since last year", {"wlz": "ja"}),
])
def test_doors_doubts_and_complaints_in_other_languages(recognizer, text, facts):
    found = read(recognizer, text)
    assert {slot: found.get(slot) for slot in facts} == facts, found


@pytest.mark.parametrize("text,wanted", [
    # Session 17: a Wlz still applied for is not there yet (DOMAIN.md: whether the child has a Wlz-indicatie); with
    # 'ja' the assistant sent the parent to the zorgkantoor, while the gemeente stays in charge until the CIZ decides.
    ("wlz aanvraag loopt nog bij het ciz, zoon 6 met ernstig meervoudige beperking", "nee"),
    ("dochter 22 met autisme, wlz aangevraagd, ciz heeft nog geen besluit", "nee"),
    ("we wachten op het besluit van het ciz", "nee"),
    # look-alikes: the indication is there
    ("we hebben vorig jaar een wlz aangevraagd en die is toegekend", "ja"),
    ("hij heeft een wlz-indicatie sinds 2020", "ja"),
    ("De Wlz-indicatie hebben we, alleen de aanvraag voor meerzorg is afgewezen.", "ja"),
])
def test_a_wlz_still_applied_for_is_no_wlz_yet(recognizer, text, wanted):
    assert read(recognizer, text).get("wlz") == wanted


@pytest.mark.parametrize("intent,kept", [("bot_challenge", False), ("out_of_scope", False), ("inform", True)])
def test_a_door_in_a_question_about_the_assistant_is_no_visit(recognizer, intent, kept):
    # Session 18: "is dit een medewerker van de gemeente of een bot" was read as contact with the gemeente, and the
    # assistant would not have asked about it again.
    text = "is dit een medewerker van de gemeente of een bot, mijn zoon is 12"
    read = understand(recognizer, text, intent=intent, mentions={"gemeente_contact": "ja", "leeftijd": "onder_18"})
    assert ("gemeente_contact" in read.facts) is kept
    assert read.facts["leeftijd"] == "onder_18"  # an age still counts
    # The answer to an open question counts whatever DIET made of it.
    answer = understand(recognizer, "bij de gemeente, ben jij een bot?", intent=intent, asked="gemeente_contact",
                        mentions={"gemeente_contact": "ja"})
    assert answer.facts["gemeente_contact"] == "ja"


@pytest.mark.parametrize("text,value", [
    # Session 19: the learned reader gave 'nee' (0.96-0.99) to visits in words it did not know, even the baker's
    ("we zijn bij het wyk team geweest", "ja"), ("we zijn bij de gemeende geweest", "ja"),
    ("we zijn bij de bakker geweest", None),
    # with a negation in the message its 'nee' still counts, also where no word list sees the denial
    ("we zijn nog nie bij de gemeende geweest", "nee"), ("nee, daar zijn we nooit geweest", "nee"),
    ("we hebben nog niks gedaan", "nee"),
])
def test_a_learned_no_needs_a_negation_in_the_message(recognizer, text, value):
    assert read(recognizer, text, learned={"gemeente_contact": ("nee", 0.99)}).get("gemeente_contact") == value


@pytest.mark.parametrize("text,value", [
    # Session 26: a "geen" of a place is no denial of the Wlz-indicatie (the reader said 'nee' to these: open since
    # session 23), so its 'nee' does not count
    ("wlz hebben we, maar geen woonplek", "ja"), ("we hebben een wlz indicatie maar geen plek", "ja"),
    ("ze heeft wel een wlz-indicatie maar er is nergens plek", "ja"),
    ("Onze zoon heeft een Wlz-indicatie. Een passende woonplek is er niet.", "ja"),
    ("hij heeft een vg profiel maar kan nergens terecht", "ja"),
    # a denial of the Wlz itself still is one, also next to a place
    ("geen wlz en geen plek", "nee"), ("hij heeft geen indicatie en er is geen plek", "nee"),
    ("wlz hebben we niet, een plek ook niet", "nee"), ("er is geen plek, want hij heeft geen wlz", "nee"),
])
def test_a_no_to_a_place_gives_the_reader_no_no(recognizer, text, value):
    assert read(recognizer, text, learned={"wlz": ("nee", 0.95)}).get("wlz") == value


@pytest.mark.parametrize("text,band", [
    # Session 19: a phase is an age (LABELS.md), but a stated age goes first
    ("onze peuter krijst uren", "onder_18"), ("ze eet slecht sinds ze in de brugklas zit", "onder_18"),
    ("een kind op de basisschool", "onder_18"), ("mijn baby van 4 maanden", "onder_18"),
    ("hij zit in havo 3", "onder_18"), ("de baby van mijn dochter van 20 huilt", "18_tot_23"),
])
def test_a_phase_is_an_age_when_no_age_is_stated(recognizer, text, band):
    assert read(recognizer, text).get("leeftijd") == band


def test_a_phase_stays_an_age_with_a_safety_signal(recognizer):
    facts = read(recognizer, "ik heb mijn peuter vanochtend hard door elkaar geschud")
    assert facts.get("veiligheid") and facts.get("leeftijd") == "onder_18"


@pytest.mark.parametrize("text,band", [
    ("17, maar over 2 weken 18", "onder_18"), ("ze is 4 maanden", "onder_18"), ("ze zit in de brugklas", "onder_18"),
    ("12 en zijn zusje 9", "onder_18"), ("19", "18_tot_23"),
    ("hij is bijna 18", "onder_18"), ("bijna 23", "18_tot_23"), ("17,5", "onder_18"),  # session 22
])
def test_answers_to_the_age_question(recognizer, text, band):
    assert understand(recognizer, text, asked="leeftijd").facts.get("leeftijd") == band


@pytest.mark.parametrize("asked,text,value", [
    # Session 19: a smoke test of answers to each open question
    ("wlz", "ik denk het wel", "ja"), ("gemeente_contact", "volgens mij wel", "ja"),
    ("zorgkantoor_contact", "ik denk het niet", "nee"), ("hulpvraag", "ik wil een second opinion", "hulp_zoeken"),
    ("gemeente_contact", "ik denk dat we moeten bellen", None),
    # Session 21
    ("klacht_gemeld", "ik durf niet", "nee"), ("klacht_gemeld", "ik durf het nog niet, ik ben bang", "nee"),
])
def test_hedged_answers(recognizer, asked, text, value):
    assert understand(recognizer, text, asked=asked).facts.get(asked) == value


# --- Session 20: a door named only in a question, or in a clause that supposes, is no visit (LABELS.md) ---

@pytest.mark.parametrize("text,slot", [
    ("kan het wijkteam ons helpen?", "gemeente_contact"),
    ("is het expertteam iets anders dan het wijkteam?", "expertteam_contact"),
    ("moet ik dan toch langs de gemeente?", "gemeente_contact"),
    ("stel dat het expertteam ook niks kan, waar moet ik dan heen", "expertteam_contact"),
])
def test_the_readers_visit_does_not_count_for_a_door_only_asked_about(recognizer, text, slot):
    """The learned reader gave "kan het wijkteam ons helpen?" 0.99 contact; the door's words say it was only asked."""
    outcome = next(o for o, contact in OUTCOME_CONTACT.items() if contact == slot)
    facts = read(recognizer, text, {slot: ("ja", 0.99), outcome: ("nog_bezig", 0.99)})
    assert slot not in facts and outcome not in facts, facts


@pytest.mark.parametrize("text,slot", [
    # Session 21: a question that goes on after "en" or "of" before its question mark
    ("Hoe vraag ik een Wlz-indicatie aan bij het CIZ en hoe lang duurt dat?", "wlz"),
    ("is het wijkteam de juiste plek of moet ik naar de huisarts?", "gemeente_contact"),
])
def test_a_question_with_two_parts_asks_about_the_door(recognizer, text, slot):
    assert slot not in read(recognizer, text, {slot: ("ja", 0.9)}), text


@pytest.mark.parametrize("text,slot", [
    ("waarom duurt de wachtlijst bij het wijkteam zo lang?", "gemeente_contact"),  # takes the visit for granted
    ("hoe lang moet ik nog wachten op het jeugdteam?", "gemeente_contact"),
    ("gemeente Heerlen zegt dat ik eerst zelf een aanbieder moet zoeken, klopt dat wel?", "gemeente_contact"),
    ("waar kan ik heen als het wijkteam al 5 weken niet reageert op mn mails?", "gemeente_contact"),
    ("Is er iemand die mee kan naar het gesprek met de jeugdconsulent? We hebben er al een paar gehad.",
     "gemeente_contact"),
])
def test_a_question_that_takes_the_visit_for_granted_keeps_the_readers_visit(recognizer, text, slot):
    assert read(recognizer, text, {slot: ("ja", 0.99)}).get(slot) == "ja"


def test_the_readers_outcome_does_not_count_when_the_message_denies_it(recognizer):
    """Session 21: the reader gave "het cjg heeft ons niet afgewezen maar ook niks aangeboden" 0.9 'afgewezen'."""
    text = "het cjg heeft ons niet afgewezen maar ook niks aangeboden. zoon 7"
    facts = read(recognizer, text, {"gemeente_contact": ("ja", 0.99), "gemeente_uitkomst": ("afgewezen", 0.9)})
    assert facts.get("gemeente_contact") == "ja" and "gemeente_uitkomst" not in facts, facts
    # another outcome of the reader still counts, and so does a refusal told plainly
    facts = read(recognizer, text, {"gemeente_uitkomst": ("geen_passende_hulp", 0.9)})
    assert facts.get("gemeente_uitkomst") == "geen_passende_hulp", facts
    told = "het cjg heeft ons afgewezen. zoon 7"
    assert read(recognizer, told, {"gemeente_uitkomst": ("afgewezen", 0.9)}).get("gemeente_uitkomst") == "afgewezen"


@pytest.mark.parametrize("text,foreign", [
    ("hello, my son is 12 and he has autism, the school says he cannot come anymore", True),
    ("Hallo, ich wohne in Eindhoven. Mein Sohn ist 8 und hat heftige Wutanfälle", True),
    ("please help my husband is drunk and hitting my son right now", True),
    # Dutch with English words stays Dutch
    ("mn zoon is 12 en heeft autisme, school zegt dat hij niet meer mag komen", False),
    ("sorry voor mn nederlands, hij is echt the worst op dit moment, help", False),
    ("no", False), ("ok thanks", False),
    # session 22: stories the note missed (too few of the listed words), and Polish and Turkish ones
    ("my daughter (14) ran off an hour ago, she took her dad's car keys and left a note", True),
    ("Dzień dobry, czy mogę pisać po polsku? Szukam pomocy dla syna", True),
    ("Merhaba, Türkçe yazabilir miyim? Hollandaca iyi bilmiyorum", True),
    ("de jeugdconsulent zei dat het een lot of paperwork is, maar het is gewoon de wachtlijst", False),
])
def test_a_message_in_another_language(recognizer, text, foreign):
    assert recognizer.other_language(text) is foreign


@pytest.mark.parametrize("text,other", [
    # session 25: other matters of the gemeente or of daily life
    ("hoe vraag ik een paspoort aan voor mijn dochter", True), ("waar haal ik een ID-kaart", True),
    ("de groene container is weer niet geleegd", True), ("wanneer komt het grofvuil", True),
    ("ik wil bezwaar maken tegen de WOZ", True), ("hoe krijg ik een parkeervergunning", True),
    ("we gaan verhuizen, waar moet ik dat doorgeven", True), ("heb ik een omgevingsvergunning nodig", True),
    ("kan ik hier ook huurtoeslag aanvragen?", True), ("hoe zit het met de zorgtoeslag", True),  # session 26
    ("waar haal ik een stadspas", True), ("wanneer zijn de verkiezingen", True),
    ("wie wint er zondag, ajax of feyenoord", True), ("wa denkte gij, wint PSV zondag?", True),  # session 27
    ("wordt het morgen droog?", True), ("vertel eens een mop", True),
    ("ik ben verhuisd, waar geef ik mijn nieuwe adres door", True),
    ("wat is het weerbericht voor morgen", True),
    # session 30 (intenties-30): cooking, the tax return, a rented house, sums and trivia, something funny, a test
    ("geef eens snel een recept met kip", True), ("hoe lang moet een ei koken voor een zachtgekookt ei", True),
    ("Kunt u mij helpen met mijn belastingaangifte?", True), ("hoe lang is de wachttijd voor sociale huur hier?", True),
    ("hoeveel is 15 procent van 240?", True), ("wat is de hoofdstad van australië?", True),
    ("ik verveel me, zeg eens iets grappigs", True), ("test", True), ("test 123", True),
    ("mijn zoon kan niet koken en niet voor zichzelf zorgen", False),  # care, not a recipe
    ("de psycholoog wil hem eerst testen", False), ("een test bij het autismecentrum", False),
    # words of the care are no other matter; "woz" or "afval" inside another word are not either
    ("de wijkcoach zegt dat er een wachtlijst is", False), ("ik wil bezwaar maken tegen de beschikking", False),
    ("hij is afvallig geworden van school", False), ("de wozzel zegt niks", False),
    ("hij wint altijd met zijn broertje", False),
])
def test_another_matter_of_the_gemeente(recognizer, text, other):
    assert recognizer.other_topic(text) is other


@pytest.mark.parametrize("text,denies", [
    # session 25: there is no complaint at all
    ("ik heb geen klacht, ik wil weten wat er gebeurt als hij 18 wordt", True), ("het is geen klacht hoor", True),
    ("nee het gaat goed daar, ik zoek logeeropvang", True), ("het gaat heel goed op de groep", True),
    # a complaint not filed yet, or one after "goed ... maar"
    ("nee, nog geen klacht ingediend", False), ("nog geen klacht gemeld", False), ("nee", False),
    ("het gaat goed daar maar de begeleiding is slecht", False),
])
def test_no_complaint_at_all(recognizer, text, denies):
    assert recognizer.denies_complaint(text) is denies


@pytest.mark.parametrize("text,unclear", [
    ("ja de gemeente weet het maar die zeggen dat het expertteam moet kijken", True),
    ("ja, het wijkteam is er ook bij", True),
    ("ja we hebben contact gehad", True),
    ("ja", False), ("ja, vg6", False), ("ja het ciz heeft het toegekend", False),
    ("ja, en we zijn ook bij het wijkteam geweest", False),
])
def test_a_yes_about_something_else_leaves_the_wlz_question_open(recognizer, text, unclear):
    read = understand(recognizer, text, asked="wlz", intent="affirm")
    assert read.unclear_yes is unclear and ("wlz" not in read.facts) is unclear, read


@pytest.mark.parametrize("text", [
    "wat is een wijkteam", "wat doet het cjg eigenlijk", "wat bedoel je met wijkteam", "wat is dat jeugdteam",
    "wat is het wijkteam voor iets",
])
def test_a_question_what_a_door_is_is_no_visit_even_without_a_question_mark(recognizer, text):
    """Session 21, a smoke test: "wat is een wijkteam" (no question mark) was stored as contact."""
    from bot.dutch_pipeline import read_text

    assert "gemeente_contact" not in read(recognizer, text, {"gemeente_contact": ("ja", 0.99)})
    assert read_text(text).asked_about == ["gemeente"]


@pytest.mark.parametrize("text,slot", [
    ("wat is een wijkteam, daar zijn we nooit geweest", "nee"),   # the rest of the message still counts
    ("wat het wijkteam doet is niks", "ja"),                      # no question what it is
    ("wat is het wijkteam traag zeg", "ja"),
])
def test_what_a_door_is_look_alikes(recognizer, text, slot):
    assert read(recognizer, text).get("gemeente_contact") == slot


@pytest.mark.parametrize("text", [
    "ze is 19 en wil op zichzelf wonen met een beetje begeleiding. via wie moet dat lopen?",
    "de kinderthuiszorg kan maar 2 nachten per week. waar kan ik om meer nachtzorg vragen?",
    "ze wordt uitgelachen op de dagbesteding. is er een andere dagbesteding die beter past?",
])
def test_more_plain_questions_for_the_way(recognizer, text):
    """Session 21: on the development sets the assistant asked again what these parents seek."""
    assert read(recognizer, text).get("hulpvraag") == "hulp_zoeken"


def test_a_supposed_refusal_is_no_outcome():
    from bot.dutch_pipeline import read_text

    reading = read_text("mocht de gemeente de aanvraag afwijzen, kan ik dan bezwaar maken? zoon 9")
    assert "gemeente_uitkomst" not in reading.facts and "gemeente_contact" not in reading.facts, reading
    assert "gemeente_contact" in reading.asked_only
    # a refusal that happened still counts
    told = read_text("de gemeente heeft de aanvraag afgewezen, kan ik bezwaar maken?").facts
    assert told.get("gemeente_uitkomst") == "afgewezen", told


@pytest.mark.parametrize("text,signal", [
    ("ik ben 15 en zwanger en mijn ouders hebben me het huis uit gegooid, ik slaap nu buiten", "acuut_gevaar"),
    ("mijn dochter van 16 zit nu op straat, ze neemt niet op", "acuut_gevaar"),
    ("mijn man heeft hem net de deur uit gezet en het vriest", "acuut_gevaar"),
])
def test_a_child_on_the_street_now_is_certain(recognizer, text, signal):
    """`zeker`: the reader gave the first 0.03 (session 20), under its agreement for a story this long."""
    assert understand(recognizer, text, learned={"veiligheid": (signal, 0.03)}).facts.get("veiligheid") == signal


@pytest.mark.parametrize("text", [
    "vorig jaar heb ik een paar nachten buiten geslapen toen mijn vader me eruit zette, nu woon ik bij mijn tante",
    "ze hebben hem toen de deur uit gezet, dat is nu 4 jaar geleden en het gaat goed",
])
def test_sleeping_outside_in_the_past_is_not_certain(recognizer, text):
    assert not recognizer.certain_signal(text)


@pytest.mark.parametrize("text", [
    "mijn dochter snijdt zichzelf maar zegt dat ze niet dood wil, de ggz heeft een wachtlijst",
    "haar dochter van 13 snijdt zichzelf, ze wil niet dood zegt ze",  # session 22, a smoke test
])
def test_self_harm_without_a_wish_to_die_is_said_safe(recognizer, text):
    """"zegt dat ze niet dood wil" (a development set's false alarm): the reader must be sure to go against it."""
    assert recognizer.states_safe(text)
    assert understand(recognizer, text, ranking=[("meld_suicidegedachten", 1.0)],
                      learned={"veiligheid": ("suicidegedachten", 0.32)}).facts.get("veiligheid") == "veilig"


@pytest.mark.parametrize("text,only", [
    ("ze is net 2", True), ("14 jaar", True), ("hij is 15 jaar oud", True), ("2", True),
    ("ze is 15, ze heeft net pillen genomen", False), ("hij is net thuis", False),
    ("mijn dochter is net 2 en praat niet", False),
])
def test_a_message_that_is_only_an_age(recognizer, text, only):
    assert recognizer.only_an_age(text) is only


def test_the_reader_hears_no_danger_in_a_message_that_is_only_an_age(recognizer):
    """The reader gave "ze is net 2" 0.96 for acute danger (it learned "net" from "heeft net pillen genomen"): as the
    answer to the age question the parent was sent to 112 (session 20)."""
    for asked in (None, "leeftijd"):
        facts = understand(recognizer, "ze is net 2", asked=asked, learned={"veiligheid": ("acuut_gevaar", 0.96)}).facts
        assert facts.get("veiligheid") is None, facts
        assert asked is None or facts.get("leeftijd") == "onder_18", facts
    # with more words the reader still counts
    assert understand(recognizer, "ze is net 2 en ligt op de grond", learned={"veiligheid": ("acuut_gevaar", 0.96)}
                      ).facts.get("veiligheid") == "acuut_gevaar"


def test_doing_oneself_something_is_a_suicide_phrase(recognizer):
    # session 20, a smoke test: the reader gave 0.08, under its agreement with DIET's intent
    assert recognizer.facts_in("ze doet zichzelf iets aan").get("veiligheid") == "suicidegedachten"


def test_despair_is_no_i_do_not_know(recognizer):
    """"ik weet het niet meer, ..." to the Wlz question was stored as "does not know" (session 19, noticed)."""
    text = "ik weet het niet meer, het wijkteam stuurt ons van het kastje naar de muur"
    assert understand(recognizer, text, asked="wlz").facts.get("wlz") is None
    assert understand(recognizer, "weet ik niet meer", asked="wlz").facts.get("wlz") == "weet_niet"


@pytest.mark.parametrize("asked,text,value", [
    # Session 20: a smoke test of answers to each open question ("alleen gebeld" gave nothing)
    ("gemeente_contact", "alleen gebeld", "ja"), ("gemeente_contact", "we hebben een mail gestuurd", "ja"),
    ("zorgkantoor_contact", "ja, we hebben ze gebeld maar niemand nam op", "ja"),
    ("gemeente_contact", "nog niet gebeld", "nee"),
    ("gemeente_contact", "we hebben het zorgkantoor gebeld", None),  # another door was called
    ("expertteam_contact", "de gemeente wil ons niet aanmelden", "nee"),
])
def test_a_call_or_a_mail_answers_whether_they_were_there(recognizer, asked, text, value):
    from bot.dutch_pipeline import read_text

    assert understand(recognizer, text, asked=asked, mentions=read_text(text).facts).facts.get(asked) == value


@pytest.mark.parametrize("asked,text,facts", [
    # Session 22, a smoke test: answers to whether the parent was at a door that tell what the door did were "not
    # understood" (9 of 16), or the outcome was asked next
    ("gemeente_contact", "ze zijn nog aan het zoeken", {"gemeente_contact": "ja", "gemeente_uitkomst": "nog_bezig"}),
    ("gemeente_contact", "we staan op de wachtlijst", {"gemeente_contact": "ja", "gemeente_uitkomst": "wachten"}),
    ("gemeente_contact", "ze hebben ons afgewezen", {"gemeente_contact": "ja", "gemeente_uitkomst": "afgewezen"}),
    ("gemeente_contact", "al 3 keer, steeds iemand anders en er gebeurt niks",
     {"gemeente_contact": "ja", "gemeente_uitkomst": "geen_passende_hulp"}),
    ("gemeente_contact", "ja ze hebben niks", {"gemeente_contact": "ja", "gemeente_uitkomst": "geen_passende_hulp"}),
    ("expertteam_contact", "die zijn al een half jaar bezig maar komen niet verder",
     {"expertteam_contact": "ja", "expertteam_uitkomst": "vastgelopen"}),
    ("expertteam_contact", "die kijken nog", {"expertteam_contact": "ja", "expertteam_uitkomst": "nog_bezig"}),
    ("expertteam_contact", "sinds maart, nog geen oplossing",
     {"expertteam_contact": "ja", "expertteam_uitkomst": "vastgelopen"}),
    ("zorgkantoor_contact", "die zeggen dat er nergens plek is", {"zorgkantoor_contact": "ja"}),
    # look-alikes: the child, the parent's own doing, a no first
    ("gemeente_contact", "ze is 15", {}), ("gemeente_contact", "ze zijn 14 en 16", {}),
    ("gemeente_contact", "nog niks gedaan", {"gemeente_contact": "nee"}),
    ("gemeente_contact", "die hebben we nooit gesproken", {"gemeente_contact": "nee"}),
    ("gemeente_contact", "nee nog geen antwoord van de huisarts", {"gemeente_contact": "nee"}),
    ("gemeente_contact", "er is geen oplossing voor zulke kinderen", {}),
    ("gemeente_contact", "wacht even", {}),
])
def test_what_the_door_did_answers_whether_they_were_there(recognizer, asked, text, facts):
    read = understand(recognizer, text, asked=asked).facts
    assert {slot: read.get(slot) for slot in facts} == facts and (facts or asked not in read), read


@pytest.mark.parametrize("text,reader,value", [
    # Session 22, a smoke test of typed answers to "waar wil je hulp bij?": the reader's guess at 0.54-0.58 went before
    # the question's own words, so a form of care became a complaint and the parent got the complaint questions
    ("logeeropvang", ("klacht", 0.58), "hulp_zoeken"), ("begeleiding thuis", ("klacht", 0.56), "hulp_zoeken"),
    ("alles loopt vast", ("advies_probleemgedrag", 0.54), "hulp_zoeken"),
    ("logeren in het weekend", None, "hulp_zoeken"), ("een woonplek", None, "hulp_zoeken"),
    # a sure reader still goes first
    ("hij slaat alles kapot en de zorg weet niet meer wat ze moeten doen", ("advies_probleemgedrag", 0.68),
     "advies_probleemgedrag"),
    ("hulp bij de aanvraag van een indicatie", ("regels_en_geld", 0.69), "regels_en_geld"),
])
def test_the_open_questions_own_words_go_before_an_unsure_reader(recognizer, text, reader, value):
    learned = {"hulpvraag": reader} if reader else {}
    assert understand(recognizer, text, asked="hulpvraag", learned=learned).facts.get("hulpvraag") == value


@pytest.mark.parametrize("asked,text,value", [
    # Session 22, a smoke test of typed answers to each question: 16 of 33 gave nothing or something else
    ("gemeente_uitkomst", "ze zeiden nee", "afgewezen"),
    ("gemeente_uitkomst", "ze vinden dat het gebruikelijke zorg is", "afgewezen"),
    ("gemeente_uitkomst", "ze willen het niet betalen", "afgewezen"),
    ("gemeente_uitkomst", "de hulp die ze gaven hielp niet", "geen_passende_hulp"),
    ("gemeente_uitkomst", "ze weten ook niet wat ze moeten doen", "geen_passende_hulp"),
    ("gemeente_uitkomst", "nog niks gehoord sinds de intake", "nog_bezig"),
    ("gemeente_uitkomst", "ze zijn aan het overleggen", "nog_bezig"),
    ("expertteam_uitkomst", "het is gestopt zonder resultaat", "vastgelopen"),
    ("expertteam_uitkomst", "die hebben het teruggegeven aan de gemeente", "vastgelopen"),
    ("expertteam_uitkomst", "ze zijn net begonnen", "nog_bezig"),
    ("klacht_gemeld", "ze zeggen dat ze ernaar kijken maar er gebeurt niks", "ja_niet_opgelost"),
    ("wlz", "volgens mij valt ze onder de jeugdwet", "nee"),
    ("zorgkantoor_contact", "we hebben een zorgbemiddelaar", "ja"),
    # Session 23, answers that gave nothing (session 22's notes) or 'ondersteuning'
    ("wlz", "dat is aangevraagd maar nog geen uitslag", "nee"),
    ("wlz", "de aanvraag bij het ciz loopt nog", "nee"),
    ("hulpvraag", "respijtzorg", "hulp_zoeken"),
    ("hulpvraag", "iemand die haar kan behandelen", "hulp_zoeken"),
    ("hulpvraag", "even ontlasting voor ons", "hulp_zoeken"),
    ("hulpvraag", "ik heb een dochter van 13 met angsten, ze gaat al weken niet naar school", "hulp_zoeken"),
    ("hulpvraag", "hij heeft autisme en zit al een half jaar thuis", "hulp_zoeken"),
])
def test_typed_answers_in_a_parents_own_words(recognizer, asked, text, value):
    assert understand(recognizer, text, asked=asked).facts.get(asked) == value


@pytest.mark.parametrize("text,kind", [
    ("oke", "ja"), ("oké", "ja"), ("ja hoor", "ja"), ("nee hoor", "nee"), ("nee, liever niet", "nee"),
    ("weet ik niet", None), ("wat is dat?", None), ("hij is 15", None),
])
def test_a_plain_yes_or_no(recognizer, text, kind):
    assert recognizer.yes_or_no(text) == kind


@pytest.mark.parametrize("text,corrects", [
    ("sorry ik bedoel dat hij 19 is", True), ("oh sorry, hij is 17", True), ("ik vergiste me, het is de gemeente", True), ("ik wil eigenlijk een klacht indienen", True),
    ("eigenlijk zoeken we iemand die meegaat", True),
    ("het moet zijn: 14 jaar", True), ("niet 12 maar 13", True),
    ("sorry dat ik zo laat nog stoor", False), ("ik bedank je", False), ("hij is 15", False),
])
def test_a_correction_is_recognised(recognizer, text, corrects):
    assert recognizer.corrects(text) is corrects


@pytest.mark.parametrize("text,asked,wish", [
    # Session 26, a smoke test: a correction that answers nothing of the open question changes the wish
    ("eigenlijk gaat het om regels en geld", "wlz", "regels_en_geld"),
    ("ik bedoel een klacht over de zorg", "leeftijd", "klacht"),
    ("het gaat me eigenlijk om iemand die meedenkt", "gemeente_contact", "ondersteuning"),
    # not without a correction, not when it answers the open question, not about a door
    ("regels en geld", "wlz", "regels_en_geld"), ("hulp voor hem", "wlz", "hulp_zoeken"), ("ik bedoel nee", "wlz", None),
    ("ik bedoel het expertteam", "gemeente_uitkomst", "hulp_zoeken"),  # the door's own meaning, not "expert" advice
])
def test_a_correction_to_another_question_changes_the_wish(recognizer, text, asked, wish):
    reading = read_text_with(recognizer, text, asked)
    assert reading.get("hulpvraag") == wish, reading


@pytest.mark.parametrize("text,asked,new_wish", [
    ("regels en geld", "wlz", True), ("hulp voor hem", "wlz", True),
    # an answer to the open question with words of a wish in it changes nothing of the wish
    ("14, hij heeft autisme", "leeftijd", False), ("nee, geen wlz, ik zoek hulp", "wlz", False),
    ("ze zoeken nog een plek", "gemeente_uitkomst", False),
])
def test_a_wish_under_another_question_may_replace_only_when_it_answers_nothing_else(recognizer, text, asked,
                                                                                       new_wish):
    from bot.dutch_pipeline import read_text

    reading = read_text(text)
    answer = understand(recognizer, text, asked=asked, intent="inform", mentions=reading.facts,
                        unowned=reading.unowned_outcomes)
    assert answer.new_wish is new_wish, answer


def read_text_with(recognizer, text: str, asked: str) -> dict[str, str]:
    """As `read`, with a question open."""
    from bot.dutch_pipeline import read_text

    reading = read_text(text)
    return understand(recognizer, text, asked=asked, mentions=reading.facts, asked_only=reading.asked_only,
                      denied=reading.denied_outcomes, unowned=reading.unowned_outcomes).facts


@pytest.mark.parametrize("text,small", [
    ("en nu?", True), ("wat nu", True), ("En dan???", True), ("wat moet ik nu doen", True),
    ("help", False), ("ze ademt raar", False), ("", False),
    # a short message of everyday words (session 21: "hij is net thuis" 0.91, "ze is net wakker" 0.92)
    ("hij is nu thuis", True), ("ze is net wakker", True), ("hij is nu bij zijn vader", True),
    ("hij zit nu op zijn kamer", True),
    # ... but not with a negation, not with a word that can be danger, not a long message
    ("hij is niet wakker", False), ("ze is net weg", False), ("hij slaapt nu buiten", False),
    ("hij zit nu op zijn kamer bij zijn vader en zijn moeder", False),
])
def test_a_message_of_only_small_words(recognizer, text, small):
    assert recognizer.only_small_words(text) is small


def test_the_reader_hears_no_danger_in_only_small_words(recognizer):
    """"en nu?" after the advice got 112 from the reader (session 20); a real signal in few words still counts."""
    assert understand(recognizer, "en nu?", learned={"veiligheid": ("acuut_gevaar", 0.9)}).facts.get("veiligheid") is None
    assert understand(recognizer, "ze ademt raar", learned={"veiligheid": ("acuut_gevaar", 0.77)}
                      ).facts.get("veiligheid") == "acuut_gevaar"


@pytest.mark.parametrize("asked,text,value", [
    # Session 23, a smoke test: an outcome of woorden.yml said without a door got "Sorry, dat begreep ik niet goed"
    # under the question how it went at that door (`deur_van_de_vraag`)
    ("gemeente_uitkomst", "ze zeggen dat ze het gaan bekijken", "nog_bezig"),
    ("gemeente_uitkomst", "die zitten nog te overleggen", "nog_bezig"),
    ("gemeente_uitkomst", "we staan al een jaar op een lijst", "wachten"),
    ("gemeente_uitkomst", "die hebben er helemaal niks mee gedaan", "geen_passende_hulp"),
    ("expertteam_uitkomst", "die weten het ook niet meer", "vastgelopen"),
    ("expertteam_uitkomst", "ze hebben drie aanbieders gebeld maar niemand wil hem", "vastgelopen"),
    ("klacht_gemeld", "ik heb het besproken maar het is niet opgelost", "ja_niet_opgelost"),
    # with the contact question, the door's outcome too
    ("gemeente_contact", "ja, die zitten nog te overleggen", "nog_bezig"),
    # a denied outcome is no answer
    ("gemeente_uitkomst", "ze hebben ons niet afgewezen", None),
    # nor one after a leading no
    ("klacht_gemeld", "nog niet, want ze doen er toch niks mee", "nee"),
    ("klacht_gemeld", "nee, dat helpt toch niet", "nee"),
])
def test_an_outcome_without_a_door_answers_the_question_about_the_door(recognizer, asked, text, value):
    from bot.dutch_pipeline import read_text

    reading = read_text(text)
    read = understand(recognizer, text, asked=asked, mentions=reading.facts, denied=reading.denied_outcomes,
                      unowned=reading.unowned_outcomes).facts
    assert read.get(OUTCOME_OF.get(asked, asked)) == value, read


OUTCOME_OF = {"gemeente_contact": "gemeente_uitkomst"}


def test_the_door_of_an_outcome_question_must_be_an_organisation():
    from bot.understanding import RecognitionError

    content = load_content()
    with pytest.raises(RecognitionError, match="deur_van_de_vraag"):
        compile_recognition({**content.recognition, "deur_van_de_vraag": {"gemeente_uitkomst": "pgb"}},
                            content.vocabulary)


@pytest.mark.parametrize("text,wanted", [
    # Session 23: no door named, and nobody spoken to yet (the reader gave 'nee' 0.56 and 0.62, under its threshold)
    ("mijn zoon van 12 heeft adhd en het gaat slecht thuis, we hebben nog niemand gesproken", "nee"),
    ("nog bij niemand aangeklopt. dochter 16 eet niet meer", "nee"),
    # the door is named: they knocked there, nobody answered
    ("bij het wijkteam hebben we nog niemand gesproken, ze bellen niet terug", "ja"),
])
def test_nobody_spoken_to_yet_is_no_contact_with_the_gemeente(recognizer, text, wanted):
    assert read(recognizer, text).get("gemeente_contact") == wanted


@pytest.mark.parametrize("text,about,facts", [
    # Session 23: a term that also counts in a question keeps its fact and is asked about
    ("wat is een cliëntondersteuner?", ["clientondersteuner"], {"hulpvraag": "ondersteuning"}),
    ("wat is het cce eigenlijk", ["cce"], {"hulpvraag": "advies_probleemgedrag"}),
    ("ik wil een clientondersteuner", [], {"hulpvraag": "ondersteuning"}),
])
def test_what_a_term_is_is_asked_about_and_keeps_its_fact(text, about, facts):
    from bot.dutch_pipeline import read_text

    reading = read_text(text)
    assert reading.asked_about == about and reading.facts == facts


@pytest.mark.parametrize("text,unclear", [
    # Session 23, a smoke test: "ok" to "Heeft je kind een Wlz-indicatie?" was stored as a Wlz-indicatie
    ("ok", True), ("oke", True), ("prima", True), ("is goed", True), ("ok dank je", True), ("👍", True), ("👍🏽👍🏽", True),
    ("ja", False), ("ja hoor", False), ("nee", False),
])
def test_a_bare_ok_is_no_answer_to_a_yes_no_question(recognizer, text, unclear):
    read = understand(recognizer, text, asked="wlz", intent="affirm")
    assert read.unclear_yes == unclear and ("wlz" in read.facts) != unclear, read
    # to an offer it is still a yes
    assert recognizer.yes_or_no(text) == ("ja" if unclear else recognizer.yes_or_no(text))


@pytest.mark.parametrize("text,intent", [("ja dat klopt", "affirm"), ("nee", "deny"), ("ja hoor", None)])
def test_a_bare_yes_or_no_to_an_open_question_gives_the_reader_nothing_to_guess(recognizer, text, intent):
    # Session 23, a smoke test: "ja dat klopt" to "waar wil je hulp bij?" became 'regels en geld' (the reader)
    read = understand(recognizer, text, asked="hulpvraag", intent=intent,
                      learned={"hulpvraag": ("regels_en_geld", 0.9)})
    assert "hulpvraag" not in read.facts, read.facts
    # to a yes/no question the reader's guess for that question still counts as before
    assert understand(recognizer, "ja hoor", asked="wlz", learned={"wlz": ("ja", 0.9)}).facts["wlz"] == "ja"


@pytest.mark.parametrize("text", [
    # session 27 (alarm-27, a development set of look-alikes): the parent says nothing ever happened, that it was an
    # accident, that there is nothing wrong now, or in English or Polish that the child is safe and the case closed
    "ik ben zo bang dat het misgaat, hij rent de straat op. er is nog nooit iets gebeurd hoor",
    "hij zegt dat hij het prima heeft en er is op dit moment niks aan de hand",
    "blauwe plek op zn voorhoofd, van het klimrek gevallen, de arts vond het duidelijk een ongelukje",
    "ze heeft me zelf verteld dat ze niet dood wil en dat ze het doet als ze zich rot voelt",
    "the police came and that case is closed now. He is safe.",
    "szkola zglosila nas do veilig thuis, ale sprawa zostala zamknieta",
    "hij zegt 'ik steek je met een mes' tegen zn zusje, maar hij doet haar niks",
    "kwam thuis met blauwe plekken en een dikke lip. ja hoor, het is sport",
    "hij is psychotisch geweest. hij is nu opgenomen en veilig", "Thuis is hij lief.",
    "thuis kunnen we het nog aan", "thuis is het verder te doen, niemand is bang voor hem",
    "mij en zn zus doet hij geen pijn, alleen spullen", "Ze zegt heel stellig dat ze niet dood wil.",
    "ze bijt zichzelf. Niet omdat ze dood wil, ze kan het niet zeggen", "Nobody got hurt and he calmed down",
    "hij is na de eerste hulp weer thuis en het gaat goed nu",
])
def test_more_ways_to_say_it_is_safe(recognizer, text):
    assert recognizer.states_safe(text)


@pytest.mark.parametrize("text", [
    "er is vannacht iets ergs gebeurd, hij heeft haar geslagen",  # something did happen
    "hij zegt dat hij dood wil en ik weet niet wat ik moet doen",
    # session 27: a child who is somewhere safe now may still have written a goodbye letter
    "een klasgenoot vond een afscheidsbrief van haar zoon (14). hij zit nu hier bij ons op school en is veilig",
])
def test_a_signal_is_not_said_safe_by_those_words(recognizer, text):
    assert not recognizer.states_safe(text)


@pytest.mark.parametrize("text", [
    # session 28 (openingen-42): not managing or not daring to call the door is no visit
    "het lukt me niet om het CJG te bellen, ik heb ze nog nooit gesproken",
    "we durven het wijkteam niet te bellen want we zijn bang voor een melding",
])
def test_not_managing_to_call_the_door_is_no_contact(recognizer, text):
    assert read(recognizer, text).get("gemeente_contact") == "nee"


def test_a_safety_intent_under_another_matter_is_no_signal(recognizer):
    """Session 28 (openingen-42): AnderOnderwerp made "wanneer halen ze het grofvuil op in emmen? staat hier een hele
    kast" out_of_scope, but DIET's ranking still had acute danger at 0.93 and the reader 0.31 (above
    `instemming_intenties`): the parent got 112. Under a question about another matter the intents say no danger; a
    story about care with the same ranking still gets it."""
    ranking = [("out_of_scope", 0.93), ("meld_acuut_gevaar", 0.93)]
    learned = {"veiligheid": ("acuut_gevaar", 0.31)}
    text = "wanneer halen ze het grofvuil op in emmen? staat hier een hele kast"
    assert understand(recognizer, text, intent="out_of_scope", ranking=ranking, learned=learned
                      ).facts.get("veiligheid") in (None, "veilig")
    story = "mijn zoon staat met een mes in de keuken"
    assert understand(recognizer, story, intent="inform", ranking=[("meld_acuut_gevaar", 0.93)], learned=learned
                      ).facts.get("veiligheid") == "acuut_gevaar"


def test_against_a_parent_who_says_it_is_safe_the_reader_needs_07(recognizer):
    """Session 27: `tegen_veilig` 0.6 -> 0.7 (development sets with alarm-27: 61 -> 58 false alarms, every signal
    found; the four real signals with such words got 1.0). A reader at 0.68 no longer outweighs "hij is veilig"."""
    text = "hij is door zijn stiefvader geslagen, de politie kwam en nu is hij veilig bij ons"
    assert understand(recognizer, text, learned={"veiligheid": ("zorgen_om_veiligheid", 0.68)}
                      ).facts.get("veiligheid") == "veilig"
    assert understand(recognizer, text, learned={"veiligheid": ("zorgen_om_veiligheid", 0.72)}
                      ).facts.get("veiligheid") == "zorgen_om_veiligheid"


@pytest.mark.parametrize("text,intent", [
    # session 27 (intenties-27): short messages without a story, by their words (`korte_berichten`)
    ("heej", "greet"), ("mogge", "greet"), ("Geachte heer/mevrouw,", "greet"), ("Beste medewerker,", "greet"),
    ("thnx 👍", "thanks"), ("dank je wel, dit is precies wat ik zocht!", "thanks"),
    ("is dit chat gpt ofzo", "bot_challenge"), ("ben ik nou met een computer aan het chatten?", "bot_challenge"),
    ("ik wil graag iemand van vlees en bloed spreken", "bot_challenge"),
    ("kan ik ook gewoon op de knopjes drukken ipv typen", "explain"),
    ("goeiemiddag, zit ik hier goed voor vragen over jeugdzorg?", "explain"),
    # session 30 (intenties-30): asking whether a question may be asked; AI; who made the chat
    ("hallo ik ben de buurvrouw, mag ik hier ook een vraag stellen", "greet"),
    ("Geachte heer/mevrouw, graag zou ik u een vraag willen voorleggen.", "greet"),
    ("Dag. Ik heb een vraag, mag dat hier?", "greet"), ("is dit AI?", "bot_challenge"),
    ("wie heeft deze chatbot gemaakt", "explain"), ("wie zit er achter deze chat?", "explain"),
    # no such intent: a greeting with a question, a computer in a story, a long message
    ("hallo ik heb een vraag over mijn kind", None), ("mijn zoon zit de hele dag achter de computer", None),
    ("ik heb een vraag voor de wijkcoach van mijn zoon", None), ("wie zit er achter de wachtlijst?", None),
    ("dank je wel voor alles, maar mijn dochter van 15 zit nog steeds thuis en de school belt elke dag, het "
     "wijkteam weet het ook niet meer", None),
])
def test_a_short_message_by_its_words(recognizer, text, intent):
    said = recognizer.short_intent(text)
    assert (said and said.intent) == intent


@pytest.mark.parametrize("text,intent", [
    # session 28: a short question about the chat's own words keeps its intent when the words name a fact
    ("wat bedoel je met clientondersteuner? is dat iemand van de gemeente?", "explain"),
    ("waarom wil je weten of ik al bij de gemeente ben geweest", "explain"),
    ("Spreek ik met een medewerker van de gemeente?", "bot_challenge"),
])
def test_a_question_about_the_chats_words_holds_despite_facts(recognizer, text, intent):
    assert recognizer.short_intent(text) == (intent, True)
    # its door or wish is the topic, not a fact about the parent (an age or a danger would still count)
    assert understand(recognizer, text, intent=intent).facts == {}


@pytest.mark.parametrize("text", [
    "wat bedoel je, mijn zoon van 12 is al bij het wijkteam geweest",  # the rule is held by an age (KorteBerichten)
    "de medewerker van de gemeente zei: wat bedoel je?",  # not at the start
    "waarom moet ik zo lang wachten op hulp voor mijn zoon",  # a question about the care, not about the chat
])
def test_other_questions_are_no_question_about_the_chats_words(recognizer, text):
    said = recognizer.short_intent(text)
    assert said is None or not said.despite_facts or "12" in text


def test_an_unknown_short_intent_is_refused():
    """`inform` has no reply of its own: a typing error or a wrong intent must not silently change stories."""
    from bot.understanding import RecognitionError

    content = load_content()
    with pytest.raises(RecognitionError, match="onbekende intentie"):
        compile_recognition({**content.recognition,
                             "korte_berichten": {"hoogstens": 5, "intenties": {"inform": ["x"]}}}, content.vocabulary)


def test_a_papiamento_story_is_another_language(recognizer):
    """Session 27 (alarm-27): 3 of 30 words were known, so TaalMetFeiten left DIET's `andere_taal` on a story."""
    assert recognizer.other_language("bon dia, mi yu di 6 aña ta hasi mi loko! e no ta drumi, e ta grita henter dia. "
                                     "mi ta kansá. mi no a bai na wijkteam ainda. unda mi por haña yudansa?")
    assert not recognizer.other_language("mijn zoon van 6 maakt me gek, hij slaapt niet en schreeuwt de hele dag")


@pytest.mark.parametrize("text", ["artık yaşamak istemediğini söylüyor", "oğlum yaşamak istemiyor"])
def test_not_wanting_to_live_in_turkish_is_a_suicide_phrase(recognizer, text):
    assert recognizer.facts_in(text).get("veiligheid") == "suicidegedachten"


@pytest.mark.parametrize("text,foreign", [
    ("merhaba, oglum 7 yasinda, otizm tanisi var. wijkteama gittik", True),  # Turkish: the word list missed it
    ("buna ziua, fiica mea are 11 ani si nu merge la scoala", True),  # Romanian
    ("Ús soan fan 9 hat swiere autisme en wy binne ôfwiisd troch it sosjaal team", True),  # Frisian
    ("mien jong van 15 zit al maanden thoes, t wiekteam hef niks veur hum", False),  # Gronings: Dutch enough
    ("oonze jong (12) hef weer n kleuter slagen op t plein. thuus is e rustig hoor", False),  # Twents
    ("mn zoon v 15 zit al maanden thuis, wijkteam heeft niks", False),
    ("wlz ja, zorgkantoor nee", False),  # too few words to tell
])
def test_too_few_common_dutch_words_make_a_message_another_language(recognizer, text, foreign):
    assert recognizer.other_language(text) is foreign


@pytest.mark.parametrize("text,wanted", [
    # Session 33 (ontkenningen-32): refused first, granted after an objection: the story runs forward
    ("het ciz heeft de wlz eerst afgewezen maar na bezwaar toch toegekend. zoon 9", "ja"),
    ("de wlz werd afgewezen, in bezwaar uiteindelijk toch gekregen", "ja"),
    # look-alikes: refused and still refused, refused with the objection still running
    ("het ciz heeft de wlz afgewezen en het bezwaar ook", "nee"),
    ("de wlz is afgewezen, we hebben bezwaar gemaakt maar nog niks gehoord", "nee"),
])
def test_a_wlz_granted_after_a_refusal_is_a_wlz(recognizer, text, wanted):
    assert read(recognizer, text).get("wlz") == wanted


def test_a_turkish_denial_with_the_door_in_brackets_is_no_visit(recognizer):
    # Session 33 (hulpvragen-33): "belediyeye (gemeente) daha gitmedik" (we have not gone to the gemeente yet) was a
    # visit; the bracket after the door stood between it and the denial.
    assert read(recognizer, "oglum 14 yasinda. belediyeye (gemeente) daha gitmedik.").get("gemeente_contact") == "nee"
    assert read(recognizer, "oglum 14 yasinda. belediyeye (gemeente) gittik, bekleme listesi").get(
        "gemeente_contact") != "nee"


@pytest.mark.parametrize("text,signal", [
    # Session 34 (streektaal-34): regional Dutch the learned reader does not know
    ("ús dochter hat in hiele flesse wodka opdronken en no leit se op de flier en wurdt net wekker", "acuut_gevaar"),
    ("nou zeit ie dat ie ut leve nie meer ziet zitte", "suicidegedachten"),
    ("ze heeft op d'r telefoon opgezocht hoe ge er 't beste tussenuit kunt stappen", "suicidegedachten"),
    ("gistern zee hi'j tegen zien zussie dat hi'j d'r mit stoppen wil, mit alles", "suicidegedachten"),
    ("se sei dat der thús net ien is dy't foar har soarget", "zorgen_om_veiligheid"),
    ("ze is oaweg agressief tegen heur bruurke. wiej bint ok bange veur heur.", "zorgen_om_veiligheid"),
])
def test_signals_in_regional_dutch(recognizer, text, signal):
    assert recognizer.facts_in(text).get("veiligheid") == signal


@pytest.mark.parametrize("text", [
    # look-alikes: not afraid, waking up late, a trip, a parent's own worry, the Dutch stopping with a hobby
    "ze döt niemand pien en wiej bint nich bang veur heur",
    "hij ligt tot 12 uur in bed en wordt niet wakker van de wekker",
    "we willen er een weekje tussenuit, weet iemand een huisje?",
    "als ik ziek ben is er niemand die voor haar zorgt, daar lig ik wakker van",
    "hij wil stoppen met voetbal en met gitaar",
])
def test_regional_signal_phrases_leave_look_alikes_alone(recognizer, text):
    assert recognizer.facts_in(text).get("veiligheid") in (None, "veilig")


@pytest.mark.parametrize("text,slot,value", [
    # Session 34 (streektaal-34): "geen" and "weet niet" in regional Dutch
    ("ons jong is 17. gain wlz.", "wlz", "nee"),
    ("me dochter is 24 en heb un verstandelijke beperking, gien wlz", "wlz", "nee"),
    ("hy hat gjin wlz", "wlz", "nee"),
    ("ik wit net oft dat fan de wlz is of fan de gemeente", "wlz", "weet_niet"),
    ("ich weit neet of ze wlz heet of get anges", "wlz", "weet_niet"),
])
def test_denials_in_regional_dutch(recognizer, text, slot, value):
    assert read(recognizer, text).get(slot) == value


@pytest.mark.parametrize("text,value", [
    # Session 34 (klachtwoorden-34): a complaint raised, in more ways
    ("heb de zorgaanbieder nu 3 mails gestuurd over de logeeropvang, geen antwoord", "ja_niet_opgelost"),
    ("we hebben de therapeut aangesproken, daarna ook de praktijkhouder gemaild maar geen reactie", "ja_niet_opgelost"),
    ("ik heb gebeld en gezegd aan de secretaresse en ook aan de manager", "ja_niet_opgelost"),
    ("3 keer gevraagd aan de persoonlijk begeleider, er gebeurt niks", "ja_niet_opgelost"),
    ("ich heb 't al twee kier gezag tegen de groepsleiding mer dao gebeurt niks mit", "ja_niet_opgelost"),
    ("in een overleg met de jeugdarts en de behandelaar hebben we gezegd dat hij achteruit gaat", "ja_niet_opgelost"),
    ("i already emailed the locatiemanager twice about it, no reply", "ja_niet_opgelost"),
    # and not raised yet
    ("ik heb de behandelaar hier nog niet op aangesproken", "nee"),
    ("de coach komt niet. we hebben nog nergens geklaagd want we wisten niet bij wie", "nee"),
    ("zorgkantoor zegt dat we het met de aanbieder moeten bespreken. dat heb ik nog niet gedaan.", "nee"),
    ("de begeleiding op de crisisplek laat alles escaleren. daar wil ik over klagen, ik heb nog niks gemeld", "nee"),
])
def test_a_complaint_raised_or_not_in_more_words(recognizer, text, value):
    assert recognizer.facts_in(text).get("klacht_gemeld") == value


@pytest.mark.parametrize("text,value", [
    # Session 41 (ontkenningen-41; our own sentences): a form answered no, a complaint still a draft, a provider that
    # officially does not know, in English
    ("Over: de woongroep\nAl gemeld bij de woongroep: nee\nWat nu?", "nee"),
    ("ik heb een klachtbrief over de dagbesteding opgesteld maar nog niet verstuurd", "nee"),
    ("mijn klacht over de behandelaar staat nog in mijn concepten", "nee"),
    ("ik heb het alleen aan de mentor verteld. bij de jeugd-ggz weten ze het officieel nog niet", "nee"),
    ("we haven't complained to the group home itself, the staff keeps changing", "nee"),
    # look-alikes: the form answered yes, a complaint sent
    ("Over: de woongroep\nAl gemeld bij de woongroep: ja, twee keer", "ja_niet_opgelost"),
    ("we complained to the group home twice, nothing changed", "ja_niet_opgelost"),
])
def test_a_complaint_in_a_form_or_a_draft_session_41(recognizer, text, value):
    assert recognizer.facts_in(text).get("klacht_gemeld") == value


@pytest.mark.parametrize("text,signal", [
    # Session 42 (the first look at openingen-60 missed a German neighbour: two children alone nearly every evening,
    # no food; our own sentences): children often left alone, asking the neighbours for food, in German and English
    ("Die Mutter von nebenan lässt die zwei Kinder jeden Abend allein, sie sind 5 und 7.", True),
    ("the kids next door come asking us for food, their dad is never there", True),
    ("Unsere Nachbarn lassen ihre Kinder oft stundenlang allein.", True),
    # look-alikes: a tired parent alone with the children, a grandmother who never leaves them alone
    ("Ich bin jeden Abend allein zu Hause mit den Kindern, mein Mann arbeitet nachts.", False),
    ("Oma lässt die Kinder nie allein, das ist gut.", False),
])
def test_children_left_alone_in_german_and_english_session_42(recognizer, text, signal):
    assert (recognizer.facts_in(text).get("veiligheid") == "zorgen_om_veiligheid") is signal


@pytest.mark.parametrize("text,value", [
    # Session 42 (ontkenningen-42, afspraken-40; our own sentences): a complaint taken back in a summary, a mail never
    # sent, not able to report it, a draft, a complaint for another child, "nooit" inside the phrase, someone else's
    # question
    ("ik heb een klacht ingediend... nou ja, ik heb het tegen de begeleider gezegd. dus eigenlijk nog niet gemeld", "nee"),
    ("ik wilde de klachtenfunctionaris van de woongroep mailen, maar dat heb ik uiteindelijk nooit gedaan", "nee"),
    ("de klachtenfunctionaris van de kliniek neemt niet op, ik heb nog niks kunnen melden", "nee"),
    ("mijn brief over de dagbesteding staat als concept in mijn mail, nooit verstuurd", "nee"),
    ("voor mijn zoon heb ik al een klacht ingediend, voor mijn dochter nog niet. het gaat om mijn dochter", "nee"),
    ("ik heb het nooit bij de zorgaanbieder gemeld, ik ben bang voor de gevolgen", "nee"),
    # look-alikes: reported, and "dat heb ik niet gedaan" about a door named after it; a complaint not yet answered
    ("ik heb een klacht ingediend over de behandelaar. de huisarts zei dat we het wijkteam moeten bellen, maar dat heb "
     "ik nog niet gedaan", "ja_niet_opgelost"),
    ("ik heb een klacht ingediend bij de kliniek, maar ze reageren dus nog niet", "ja_niet_opgelost"),
])
def test_a_complaint_taken_back_or_never_sent_session_42(recognizer, text, value):
    assert recognizer.facts_in(text).get("klacht_gemeld") == value


def test_someone_elses_question_about_a_complaint_is_no_complaint_raised(recognizer):
    # Session 42 (afspraken-40): "vroeg of ik al een klacht had ingediend" was read as raised
    text = "mijn moeder vroeg of ik al een klacht had ingediend over de dagbesteding"
    assert recognizer.facts_in(text).get("klacht_gemeld") != "ja_niet_opgelost"


@pytest.mark.parametrize("text,slot,value", [
    # Session 42 (ontkenningen-42; our own sentences): a denial the parent takes back or denies ("o nee toch wel", "dat
    # is niet waar", "het is niet zo dat", someone's claim that "klopt niet"): the fact holds, also against the learned
    # reader's sure 'nee'
    ("we zijn nog nooit bij het jeugdteam geweest, o nee toch wel, vorig jaar een keer", "gemeente_contact", "ja"),
    ("het is niet zo dat we nooit bij het buurtteam zijn geweest, we zijn er 2x geweest", "gemeente_contact", "ja"),
    ("mijn zus zegt dat we nooit bij het cjg zijn geweest maar dat klopt niet", "gemeente_contact", "ja"),
    ("niet dat hij geen wlz heeft, die heeft hij sinds 2021", "wlz", "ja"),
    ("met het zorgkantoor nog geen contact, wacht, dat is niet waar, mijn vrouw heeft ze gebeld", "zorgkantoor_contact",
     "ja"),
    ("we hebben nog geen klacht ingediend, nee wel eigenlijk, vorige week per mail", "klacht_gemeld", "ja_niet_opgelost"),
    # look-alikes: the denial confirmed, or not known
    ("we zijn nog niet bij het wijkteam geweest, dat klopt", "gemeente_contact", "nee"),
])
def test_a_denial_taken_back_session_42(recognizer, text, slot, value):
    assert read(recognizer, text, learned={slot: ("nee", 0.99)}).get(slot) == value


def test_not_saying_there_is_no_wlz_is_no_wlz(recognizer):
    # Session 42 (ontkenningen-42): "ik zeg niet dat ..." is no "het is niet zo dat ..."
    assert read(recognizer, "ik zeg niet dat ze geen wlz heeft, ik weet het gewoon niet").get("wlz") != "ja"


@pytest.mark.parametrize("text", [
    # Session 41 (ontkenningen-41; our own sentences): "where do I go / what must I do" in Polish, Moroccan Arabic in
    # Latin letters, Papiamento, Turkish and German; after them the assistant asked again what the parent seeks
    "syn ma 9 lat, w szkole same problemy. gdzie mam isc?",
    "corka ma 12 lat, jestesmy w wijkteam od roku. czy moge cos zrobic?",
    "benti 3ndha 12 3am, ma kat9rach. fin nmshi?",
    "wldi 3ndo 8 snin w autisme. shu lazem a3mel?",
    "mi yu homber tin 10 aña. unda mi por bai?",
    "oglum 13 yasinda, okula gitmiyor. ne yapmamiz lazim?",
    "unsere Tochter ist 6 und hat Autismus. Was müssen wir tun?",
])
def test_where_to_go_in_more_languages_is_seeking_help_session_41(recognizer, text):
    assert read(recognizer, text).get("hulpvraag") == "hulp_zoeken"


def test_an_indicatie_pointed_back_at_and_not_had_outweighs_the_readers_yes(recognizer):
    # Session 41 (contact-37): "die heeft hij nu dus niet" after a Wlz-indicatie named as a possibility was read as a
    # denial, but the learned reader's 'ja' at 0.95-0.99 overruled it
    text = "de arts zei dat we misschien een wlz-indicatie kunnen aanvragen. die heeft hij nu dus niet"
    assert read(recognizer, text, learned={"wlz": ("ja", 0.98)}).get("wlz") == "nee"
    # after a comma "die" points at the words just before it: not the Wlz named in an earlier sentence
    assert read(recognizer, "ze heeft wlz. een vaste begeleider, die heeft ze niet", learned={"wlz": ("ja", 0.98)}).get(
        "wlz") == "ja"


def test_a_complaint_at_school_or_by_the_neighbours_is_no_complaint_about_the_care(recognizer):
    # Session 34 (klachtwoorden-34): "klacht ingediend" made it a complaint about the care, raised
    assert recognizer.facts_in("de buren hebben een klacht ingediend bij de woningbouw over mijn zoon").get(
        "hulpvraag") != "klacht"
    assert recognizer.facts_in("ik heb al een klacht over de leerkracht, maar hij heeft hulp nodig").get(
        "hulpvraag") != "klacht"
    assert recognizer.facts_in("ik heb een klacht ingediend bij de zorgaanbieder").get("hulpvraag") == "klacht"


@pytest.mark.parametrize("text,wish", [
    # Session 34 (klachtwoorden-34): after bad care the parent looks for another provider; how the complaint
    # procedure works is a question about the rules. The reader heard 'klacht' with precedence (0.87): a block with
    # `voor_de_lezer` goes before it.
    ("we zijn heel ontevreden over de instelling. we willen een andere instelling. hoe pakken we dat aan?",
     "hulp_zoeken"),
    ("de begeleiding was slecht, we zijn gestopt. hoe vinden we een andere behandelaar?", "hulp_zoeken"),
    ("hoe werkt dat eigenlijk, een klacht indienen bij de geschillencommissie?", "regels_en_geld"),
    ("wat is het verschil tussen een klachtenfunctionaris en een klachtencommissie?", "regels_en_geld"),
])
def test_a_block_before_the_reader_is_not_overruled_by_its_precedence(recognizer, text, wish):
    assert understand(recognizer, text, learned={"hulpvraag": ("klacht", 0.87)}).facts["hulpvraag"] == wish


def test_without_such_a_block_the_readers_precedence_still_decides(recognizer):
    text = "de begeleider komt steeds te laat, we zijn ontevreden. kan het wijkteam helpen?"
    assert understand(recognizer, text, learned={"hulpvraag": ("klacht", 0.87)}).facts["hulpvraag"] == "klacht"


def test_before_the_reader_is_refused_for_safety_and_last_resort_blocks():
    from bot.content import load_content
    from bot.understanding import RecognitionError

    content = load_content()
    for extra in ({"zet": {"veiligheid": "acuut_gevaar"}, "voor_de_lezer": True, "patronen": ["x"]},
                  {"zet": {"hulpvraag": "klacht"}, "voor_de_lezer": True, "als_laatste": True, "patronen": ["x"]}):
        raw = {**content.recognition, "feiten": [*content.recognition["feiten"], extra]}
        with pytest.raises(RecognitionError, match="voor_de_lezer"):
            compile_recognition(raw, content.vocabulary)


@pytest.mark.parametrize("text,slot,value", [
    # Session 34 (streektaal-34): the wish and a complaint in regional Dutch and Papiamento
    ("ich bin kepot. wie kin mich helpe mit alles te regele?", "hulpvraag", "ondersteuning"),
    ("mi tin mester di un hende independiente pa yuda mi regla tur kos", "hulpvraag", "ondersteuning"),
    ("ze kwam thuis van de logeeropvang met een buil. ik heb het nog niet bij hun gemeld", "klacht_gemeld", "nee"),
    ("de leiding van de logeeropvang deed nieks. 'k eb 't nog nie bie de organisaotie gemeld", "klacht_gemeld", "nee"),
    ("de therapeut komt niet opdagen. we hebben al geklaagd bij die club, niks veranderd", "klacht_gemeld",
     "ja_niet_opgelost"),
    ("de begeleiders sluiten hem op. mi a keha kaba bij de organisatie, pero nada no a kambia", "klacht_gemeld",
     "ja_niet_opgelost"),
])
def test_the_wish_and_a_complaint_in_regional_dutch(recognizer, text, slot, value):
    assert recognizer.facts_in(text).get(slot) == value


def test_a_complaint_not_reported_to_them_needs_the_care_in_the_message(recognizer):
    # "nog niet bij de politie gemeld" in a story without care is no complaint left unraised
    assert recognizer.facts_in("de buurman heeft ingebroken, het is nog niet bij de politie gemeld").get(
        "klacht_gemeld") is None


@pytest.mark.parametrize("text,signal", [
    # Session 34 (talen-31, talen-31b, signalen-28): concepts still missed in other languages
    ("ابني ماسك سكينة بالمطبخ وعم يهدد أبوه", "acuut_gevaar"),
    ("الجيران تركو البيبي لحالو بالبيت من الصبح", "acuut_gevaar"),
    ("mi boi e sidon na tapu a reling fu a balkon, a e taki a o dyompo", "acuut_gevaar"),
    ("мъжът ми е пиян и вика че ще го удуши", "acuut_gevaar"),
    ("a baut ceva din sticla de sub chiuveta, cred ca e clor", "acuut_gevaar"),
    ("ze is vannacht weggegaan, op haar bed lag een briefje dat we haar niet moeten zoeken", "acuut_gevaar"),
    ("پسرم میگه دیگه نمی‌خواهد زنده باشد", "suicidegedachten"),
    ("kopruden gecerken asagi bakip atlasam her sey biter diye dusunuyorum", "suicidegedachten"),
    ("ela me disse que preferia morrer a engordar", "suicidegedachten"),
    ("он сказал, что уже решил, как это сделает", "suicidegedachten"),
    ("hij zegt dingen als ik haal de 18 toch niet", "suicidegedachten"),
    ("كل ليلة اسمع الاب يصيح وبعدين صوت ضرب", "zorgen_om_veiligheid"),
    ("rano mala ma since na rekach", "zorgen_om_veiligheid"),
    ("mamma viņam iesita ar pudeli pa seju", "zorgen_om_veiligheid"),
    ("dass ihre papi si immer in chäller sperrt wenn er hässig isch", "zorgen_om_veiligheid"),
    ("häöre pap zuip en daan kriege de kinger klop", "zorgen_om_veiligheid"),
    ("ساعات بفقد اعصابي وبضربه جامد لحد ما بيعلّم على جسمه", "zorgen_om_veiligheid"),
    ("دایکیان زۆر جار بە تەنها بەجێیان دەهێڵێت", "zorgen_om_veiligheid"),
    ("maa baap kai din tak nazar nahi aate", "zorgen_om_veiligheid"),
    ("синът ми каза, че иска да заспи и никога повече да не се събуди", "suicidegedachten"),
    ("os dochter is sinds gistermiddag weg, heur medicijne zien ouch weg oet de kas", "acuut_gevaar"),
])
def test_signals_in_other_languages_session_34(recognizer, text, signal):
    assert recognizer.facts_in(text).get("veiligheid") == signal


@pytest.mark.parametrize("text", [
    # look-alikes: a figure of speech in Sranantongo, shouting in Pashto, Arabic "and she is", a Turkish balcony
    "a pikin disi o kiri mi lol, a no wani go na skoro",
    "زما لور ډېره غوسه کوي، چیغې وهي او دروازې ټکوي",
    "حاولت ابنتي إيذاء نفسها قبل عامين وهي الآن بخير",
    "balkonda oturup kitap okuyor",
    "hij haalt de 18 holes niet, golf is niks voor hem",
    "de pillen zijn weg, die heeft ze bij oma laten liggen",
])
def test_other_language_signal_phrases_leave_look_alikes_alone(recognizer, text):
    assert recognizer.facts_in(text).get("veiligheid") in (None, "veilig")


@pytest.mark.parametrize("text", [
    # Session 34 (intenties-34): other matters of the gemeente or daily life; DIET said `inform` or `explain`
    "is het gemeentehuis zaterdag open?",
    "wie moet ik bellen voor een verstopt riool op straat",
    "wanneer is de kermis dit jaar?",
    "wie laat geit de optoch vanaovend in mestreech?",
    "ik wil klagen over de hond van de buren die de hele dag blaft",
])
def test_more_other_matters(recognizer, text):
    assert recognizer.other_topic(text)
    assert "hulpvraag" not in recognizer.facts_in(text)


def test_complaining_about_the_care_is_still_a_complaint(recognizer):
    assert recognizer.facts_in("ik wil klagen over de begeleider van mijn zoon").get("hulpvraag") == "klacht"
    assert not recognizer.other_topic("ik wil klagen over de begeleider van mijn zoon")


@pytest.mark.parametrize("text,signal", [
    # Session 34 (talen-34, written after the phrases above: 24 of 90 signals at its first look): concepts that come
    # back in many languages
    ("bir gece uyuyup bir daha uyanmasam herkes icin daha iyi olur", "suicidegedachten"),
    ("napisala ze chcialaby zasnac i juz nigdy nie wstac", "suicidegedachten"),
    ("dia bilang aku capek hidup, mau tidur aja selamanya", "suicidegedachten"),
    ("ab woh kehta hai mai sab pe bojh hun", "suicidegedachten"),
    ("mi hijo de 4 anos se bebio el liquido del lavavajillas", "acuut_gevaar"),
    ("prije pola sata mi je rekao da je popio sve moje tablete za srce", "acuut_gevaar"),
    ("mio marito ha buttato fuori di casa nostro figlio di 16 anni", "acuut_gevaar"),
    ("ο πατριος μου με βαραει, χθες ειχα μελανιες στο ποδι", "zorgen_om_veiligheid"),
    ("motra ime e le vete ne shtepi gjithe diten", "zorgen_om_veiligheid"),
])
def test_concepts_that_come_back_in_many_languages(recognizer, text, signal):
    assert recognizer.facts_in(text).get("veiligheid") == signal


@pytest.mark.parametrize("text", [
    # look-alikes: a good night's sleep, a full bottle of dish soap, a roof being repaired
    "ze slaapt eindelijk weer goed, uyku problemi yok",
    "compramos liquido del lavavajillas nuevo",
    "nasa bubong ang tatay ko, nagkukumpuni",
])
def test_many_language_concepts_leave_look_alikes_alone(recognizer, text):
    assert recognizer.facts_in(text).get("veiligheid") in (None, "veilig")


@pytest.mark.parametrize("text", [
    # Session 40 (openingen-56's first look missed a Polish message about an unconscious child; our own sentences):
    # unconscious and not to be woken, in the languages parents here write most
    "corka lezy nieprzytomna na podlodze", "syn ma 6 lat, nie moge go obudzic",
    "my daughter is unconscious on the bathroom floor", "mein sohn ist bewusstlos, was soll ich tun",
    "kizim baygin yatiyor, uyandiramiyorum", "mon fils est inconscient, je n'arrive pas a le reveiller",
    "mi hija esta inconsciente", "nao consigo acorda-lo, ele tem 5 anos", "mio figlio e privo di sensi",
    "fiica mea e inconstienta", "сын без сознания, не могу его разбудить", "ابني فاقد الوعي",
    # openingen-57's first look missed a Polish message about a seizure that does not stop: the same, and turning
    # blue or not breathing
    "syn ma atak padaczki od 15 minut i nie przestaje", "corka jest cala sina na ustach",
    "my son has a seizure that won't stop", "he is turning blue", "er hat einen Krampfanfall, der hört nicht auf",
    "sie ist blau angelaufen", "oglum morardi, nefes almiyor", "il ne respire plus", "mi hijo no respira",
    "meu filho ficou roxo", "он не дышит", "ابني لا يتنفس",
])
def test_unconscious_seizing_or_not_breathing_is_danger_now_in_other_languages(recognizer, text):
    assert recognizer.facts_in(text).get("veiligheid") == "acuut_gevaar"


@pytest.mark.parametrize("text", [
    # look-alikes: sleeping well, waking up early, an unconscious bias
    "ze slaapt als een roos, ik laat haar liggen", "he wakes up at 6 every day", "unconsciousness of the problem",
    "er ist sehr bewusst mit seinem essen", "yesterday he had a seizure but now he is fine",
    "ze heeft een blauwe trui aan", "the sky turned grey",
])
def test_unconscious_in_other_languages_leaves_look_alikes_alone(recognizer, text):
    assert recognizer.facts_in(text).get("veiligheid") in (None, "veilig")


@pytest.mark.parametrize("text", [
    # Session 34: "what should I do?" and "where should I go?" in more languages is seeking help (a last resort)
    "ابني عنده 10 سنين، شو بعمل؟", "دخترم ۱۲ سالشه، چیکار کنم؟", "mera beta 15 saal ka hai, hum kahan jayein",
    "сыну 16, что делать?", "mi hija tiene 14 anos, que puedo hacer?", "mon fils a 12 ans, que faire?",
    "fiul meu are 11 ani, ce sa fac?", "con toi 9 tuoi, toi phai lam gi?", "wo erzi 12 sui, zenme ban",
])
def test_what_to_do_in_more_languages_is_seeking_help(recognizer, text):
    assert recognizer.phrases_in(text)[1].get("hulpvraag") == "hulp_zoeken"


@pytest.mark.parametrize("text", [
    # Session 34 (the first step on the development sets): asking the way, in Dutch and in regional Dutch
    "zoon 7, spierziekte, we redden het thuis niet meer. welke kant moeten we op?",
    "het wijkteam weet het ook niet meer. wat raadt u ons aan?", "wij hopen dat u ons de weg kunt wijzen",
    "ús soan is 13. wêr moatte wy hinne?", "de gemeente hat ús oanfraach ôfwiisd. wat kinne wy no dwaan?",
    "bie de gemeinte zègke ze dat d'r gein hölp is. wo kinne v'r noe nog hen?", "wae kin us hellepe?",
    "ich bin al bij 't cjg gewees en die höbbe niks. waat noe?",
])
def test_asking_the_way_in_more_words_is_seeking_help(recognizer, text):
    assert recognizer.phrases_in(text)[1].get("hulpvraag") == "hulp_zoeken"


def test_what_now_after_an_indication_stays_open_in_regional_dutch_too(recognizer):
    # as "wat nu?" in Dutch: after a Wlz, an indication or the zorgkantoor it may be a question about the rules
    assert recognizer.phrases_in("ze hat in wlz indicatie, vg5. wat noe?")[1].get("hulpvraag") is None


@pytest.mark.parametrize("text,value", [
    # Session 34 (the first step on the development sets): more ways to say a complaint was raised or not
    ("ik heb het nooit gemeld bij de organisatie boven het gezinshuis", "nee"),
    ("de logeeropvang vergeet zijn medicijnen. nee ik heb het nog niet gemeld", "nee"),
    ("ik heb het er met de groep zelf nog niet over gehad", "nee"),
    ("tegen de dagbehandeling zelf hebben we nog helemaal niks gezegd", "nee"),
    ("de ggz wil hem terugsturen naar de huisarts. dat heb ik nog niet met ze besproken.", "nee"),
    ("ze vergete zien medicien op 't logeerhoes. ich höb 't nog neet taege hun gezag", "nee"),
    ("onze klacht bij de woonvoorziening is niet goed afgehandeld", "ja_niet_opgelost"),
    ("da gaat nie goed op de woongroep, we hebben 't al tig keer tegen de leiding gezeed", "ja_niet_opgelost"),
    ("ik heb al n klacht indiend bie de zorgaanbieder", "ja_niet_opgelost"),
])
def test_a_complaint_raised_or_not_more_ways(recognizer, text, value):
    assert recognizer.facts_in(text).get("klacht_gemeld") == value


@pytest.mark.parametrize("intent,text,age,wanted", [
    # Session 34 (the development sets): DIET's greeting, explain or goodbye for a story that names a child's age
    ("explain", "is er iemand? mijn dochter van 17 zit al een half jaar thuis, waar moet ik heen", True, "inform"),
    ("greet", "salaam, meri beti 14 saal ki hai aur woh ghar nahi aayi", True, "inform"),
    ("out_of_scope", "een brief over de containers, maar is dat ook de plek voor mijn zoon van 10?", True, "inform"),
    # not without an age, not a short message, not an answer (deny) to the open question
    ("explain", "wat bedoel je met expertteam, dat hebben we al gehad", False, "explain"),
    ("greet", "hoi, zoon 9", True, "greet"),
    ("deny", "nee, ze is 14 en er is geen wlz aangevraagd bij het ciz", True, "deny"),
])
def test_a_story_with_a_childs_age_is_inform_whatever_diet_heard(intent, text, age, wanted):
    from rasa.shared.nlu.constants import ENTITIES, INTENT, TEXT
    from rasa.shared.nlu.training_data.message import Message

    from bot.mentions import AGE, EXTRACTOR
    from bot.rasa_component import VerhaalMetLeeftijd

    entities = [{"entity": AGE, "value": "onder_18", "extractor": EXTRACTOR}] if age else []
    message = Message({TEXT: text, INTENT: {"name": intent, "confidence": 0.6}, ENTITIES: entities})
    VerhaalMetLeeftijd().process([message])
    assert message.get(INTENT)["name"] == wanted


@pytest.mark.parametrize("text,slot,value", [
    ("Ik had het zorgkantoor allang moeten bellen, dat weet ik. Zoon 19, vg-profiel", "zorgkantoor_contact", "nee"),
    ("hadden we het wijkteam maar eerder moeten inschakelen. zoon 12", "gemeente_contact", "nee"),
    ("we hadden veel eerder naar het wijkteam moeten gaan", "gemeente_contact", "nee"),
    ("volgende week hebben we voor het eerst een afspraak bij het sociaal team. dochter 15", "gemeente_contact", "nee"),
    ("we moeten naar het cjg, maar we zijn er nog niet geweest. zoon 8", "gemeente_contact", "nee"),
    ("is de indicatie van mn dochter nou wlz of niet, ik weet het nie. ze is 23", "wlz", "weet_niet"),
    ("mijn dochter zegt dat zijn zorg via de wlz loopt maar mijn schoonzoon zegt van niet, ik weet het echt niet",
     "wlz", "weet_niet"),
])
def test_denials_and_doubts_in_more_words_session_35(recognizer, text, slot, value):
    assert read(recognizer, text).get(slot) == value


@pytest.mark.parametrize("text,slot,value", [
    ("de gemeente had ons allang moeten bellen, zoon 12", "gemeente_contact", "ja"),
    ("het wijkteam stuurde ons naar de ggz, we zijn er nog niet geweest", "gemeente_contact", "ja"),
    ("ze heeft een wlz indicatie, de gemeente zegt van niet maar ik weet het zeker", "wlz", "ja"),
])
def test_their_look_alikes_keep_the_visit_or_the_wlz(recognizer, text, slot, value):
    assert read(recognizer, text).get(slot) == value


@pytest.mark.parametrize("text,slot,value", [
    ("ik wilde het cjg bellen vorige week maar toen werd mn jongste ziek. onze oudste (16) komt zn bed nie uit",
     "gemeente_contact", "nee"),
    ("ik was van plan het expertteam te mailen, maar toen belde het wijkteam. dochter 14", "expertteam_contact", "nee"),
    ("ook al weet ik dat ik het zorgkantoor had moeten bellen, wat ik niet gedaan heb. zoon 24, wlz",
     "zorgkantoor_contact", "nee"),
    ("het eerste gesprek met het jeugdteam is pas op 12 maart. zoon 10", "gemeente_contact", "nee"),
    ("ik hoop dat het wijkteam iets heeft, we gaan er donderdag voor het eerst heen. zoon is 6", "gemeente_contact",
     "nee"),
    ("we hebben volgende week pas het keukentafelgesprek. dochter 17", "gemeente_contact", "nee"),
    ("wy ha noch net mei it wykteam praat. us soan is 7", "gemeente_contact", "nee"),
    ("my daughter is 6. wijkteam we did not go yet. please help", "gemeente_contact", "nee"),
    ("my daughter is 19. the zorgkantoor we never contacted. can you help me", "zorgkantoor_contact", "nee"),
    ("wlz i dont know if she has it. my daughter is 6", "wlz", "weet_niet"),
    ("nie wiem czy on ma wlz czy nie. syn ma 17 lat", "wlz", "weet_niet"),  # ' ,? ' never matched without a comma
    ("wijkteam'e hiç gitmedik, expertteam'i de bilmiyoruz. oğlum 11 yaşında", "expertteam_contact", "nee"),
    ("salam, ibni 3ando 14 3am. wlz ma3ndoush. fin nmshi?", "wlz", "nee"),
    ("Klacht ingediend? nee nog niet, hij komt steeds te laat, de begeleider. zoon 12", "klacht_gemeld", "nee"),
])
def test_denials_in_notes_plans_and_other_languages_session_35(recognizer, text, slot, value):
    assert read(recognizer, text).get(slot) == value


@pytest.mark.parametrize("text,slot,value", [
    ("ik wilde het cjg bellen en dat heb ik gedaan, ze komen volgende week. zoon 8", "gemeente_contact", "ja"),
    ("Wij hebben volgende week een keukentafelgesprek met het CJG in Tiel", "gemeente_contact", "ja"),
    ("het eerste gesprek met het jeugdteam was goed, nu wachten we", "gemeente_contact", "ja"),
])
def test_plans_that_were_kept_and_appointments_made_are_contact(recognizer, text, slot, value):
    assert read(recognizer, text).get(slot) == value


@pytest.mark.parametrize("text", [
    "ik weet niet of ze een vg profiel heeft. dochter 12", "geen idee of hij een vg-profiel heeft",
    "we weten niet of ze onder de wet langdurige zorg valt", "of hij een zzp-indicatie heeft weet ik niet",
    "vg profiel weet ik niet",
])
def test_not_knowing_about_the_wlz_under_any_of_its_names(recognizer, text):
    """Session 35: the doubt phrases named only 'wlz', 'indicatie' and 'ciz'; a VG-profiel the parent was unsure of
    was read as a Wlz-indicatie (woorden.yml's {wlz} has every name)."""
    assert read(recognizer, text).get("wlz") == "weet_niet"


def test_a_doubt_about_something_else_leaves_the_wlz_known(recognizer):
    assert read(recognizer, "ze heeft een vg profiel, ik weet niet of het zorgkantoor al iets heeft gedaan")["wlz"] == "ja"


def test_every_pattern_is_in_the_letters_a_folded_message_has(recognizer):
    """Session 35: normalize() folds a message ("й" -> "и", "ё" -> "е", "أ" -> "ا", "é" -> "e") before the patterns
    search it; a pattern that still held such a letter could never match there ("прощай мам", "тайн")."""
    from bot.mentions import fold

    patterns = [p for entry in recognizer.entries for p in entry.patterns]
    unfolded = [p.pattern for p in patterns if any(not ch.isascii() and fold(ch) != ch for ch in p.pattern)
                or "'" in p.pattern or "’" in p.pattern]  # normalize() also leaves no apostrophe
    assert len(patterns) > 800 and unfolded == []


@pytest.mark.parametrize("text,slot,value", [
    ("onze jong stoat op 't dak van de flat", "veiligheid", "acuut_gevaar"),
    ("I haven't filed a complaint yet about the group home. son 14", "klacht_gemeld", "nee"),
    ("bie 't wiekteam bin wiej nog nich west. zoon 9", "gemeente_contact", "nee"),
])
def test_a_pattern_with_an_apostrophe_matches_the_message_it_was_written_for(recognizer, text, slot, value):
    assert read(recognizer, text).get(slot) == value


def test_a_farewell_in_russian_with_a_short_i_is_a_signal(recognizer):
    assert read(recognizer, "прощай мама, я больше не могу").get("veiligheid") == "acuut_gevaar"


@pytest.mark.parametrize("text", [
    "niet bij het wijkteam maar bij de jeugdconsulent geweest, die zei dat er een wachtlijst is. zoon 11",
    "niet het wijkteam, het jeugdteam. daar zitten we al sinds de zomer mee aan tafel. zoon 9",
    "Not the wijkteam but the jeugdconsulent of the gemeente, we met her twice. son 13",
    "het cjg? ja daar zijn we geweest, maar daar had niemand tijd voor ons. dochter 4",
])
def test_another_name_of_the_same_door_or_a_yes_to_ones_own_question_is_contact(recognizer, text):
    assert read(recognizer, text)["gemeente_contact"] == "ja"


@pytest.mark.parametrize("text", ["niet bij het wijkteam maar bij de huisarts geweest. zoon 8",
                                  "het cjg? nee daar zijn we niet geweest. dochter 6"])
def test_not_the_door_but_another_place_stays_a_no(recognizer, text):
    assert read(recognizer, text)["gemeente_contact"] == "nee"


@pytest.mark.parametrize("text", [
    "Goedemiddag, ik ben mentor van een leerling uit 3 havo. Ze heeft een afscheidsbrief geschreven",
    "Mijn dochter zit in de tweede klas van het vmbo en wordt buitengesloten",
    "ons zoontje is 18 maanden en zegt nog geen woord", "Onze dochter (10 maanden) reageert niet goed",
    "ons kindje van 8 maanden ademt heel raar", "ik ben alleen met een tweeling van anderhalf",
    "3 kinderen onder de 4, eentje met een zware hartafwijking",
])
def test_a_school_year_a_child_of_months_or_children_under_four_are_under_18(recognizer, text):
    assert read(recognizer, text).get("leeftijd") == "onder_18"


@pytest.mark.parametrize("text", ["wachtlijst autisme onderzoek voor mn zoon is 14 maanden?? kan dat niet sneller",
                                  "we wachten al 3 maanden op hulp voor ons kind"])
def test_a_waiting_time_in_months_is_no_age(recognizer, text):
    assert "leeftijd" not in read(recognizer, text)


@pytest.mark.parametrize("text,expected", [
    ("in de beschikking staat: 'uw aanvraag voor jeugdhulp wordt afgewezen omdat er sprake is van gebruikelijke zorg'. "
     "dochter 4", ("ja", "afgewezen")),
    ("\"Op grond van artikel 2.3 van de Jeugdwet besluiten wij uw aanvraag niet toe te kennen.\" zoon van 6",
     ("ja", "afgewezen")),
    ("de zorgverzekeraar heeft onze aanvraag voor begeleiding afgewezen. zoon 9", (None, None)),
    ("wat gebeurt er als de aanvraag voor jeugdhulp wordt afgewezen?", (None, None)),
])
def test_a_refused_request_for_youth_care_is_the_gemeentes_refusal(recognizer, text, expected):
    """Session 35 (uitkomsten-35): a decision that refuses jeugdhulp names no door, but the gemeente takes it; not
    when another decider is named or the parent only supposes it."""
    facts = read(recognizer, text)
    assert (facts.get("gemeente_contact"), facts.get("gemeente_uitkomst")) == expected


@pytest.mark.parametrize("text,slot,value", [
    ("mijn nicht is net 18. bij de gemeente is nog niemand geweest. heeft ze recht op verlengde jeugdhulp?",
     "gemeente_contact", "nee"),
    ("Het CJG vond niks. Het expertteam is nooit genoemd en kennen we niet. Daan is 9", "expertteam_contact", "nee"),
    ("Of Daan een Wlz heeft of kan krijgen weten we niet. hij is 9", "wlz", "weet_niet"),
    ("de gezinsbehandelaar komt steeds te laat. ik heb er nog niks officieels over gezegd bij ze. kids 3 en 5",
     "klacht_gemeld", "nee"),
])
def test_denials_and_doubts_of_session_36(recognizer, text, slot, value):
    """Session 36 (openingen-52): 'nog niemand geweest' after the door, a door 'nooit genoemd', a doubt about the Wlz
    with the child's name, nothing official said yet: all four were read as contact, a Wlz 'nee' or nothing."""
    assert read(recognizer, text).get(slot) == value


@pytest.mark.parametrize("text", [
    "bij het wijkteam is iemand van ons geweest, dochter 8",
    "het expertteam is genoemd door de consulent en die gaat ons aanmelden. zoon 12",
])
def test_the_door_visited_or_named_is_no_denial(recognizer, text):
    facts = read(recognizer, text)
    assert "nee" not in (facts.get("gemeente_contact"), facts.get("expertteam_contact"))


@pytest.mark.parametrize("text", [
    "vroeger zei mijn zoon 17 hij wil dood, this was 2 years ago. nu gaat goed, therapie klaar. wijkteam wachtlijst",
    "ik heb mn zoon van 18 na een ruzie de deur uit gezet. hij is nu weer thuis, het is een stuk rustiger. hulp nodig",
])
def test_said_to_be_over_or_calm_now_needs_a_sure_reader(recognizer, text):
    """Session 36 (openingen-52): 'nu gaat goed' without 'het', 'het is een stuk rustiger' say it is over now: a
    phrase's signal then needs the reader's `tegen_veilig` (0.7), and a doubting reader (0.4) lets it go."""
    doubting = {"veiligheid": ("zorgen_om_veiligheid", 0.4)}
    assert read(recognizer, text, doubting).get("veiligheid") in (None, "veilig")
    assert read(recognizer, text, {"veiligheid": ("zorgen_om_veiligheid", 0.9)}).get("veiligheid") not in (None,
                                                                                                         "veilig")


def test_not_afraid_of_the_child_but_afraid_for_another_stays_a_signal(recognizer):
    text = "ik ben niet bang voor hem, maar zijn zusje wel. hij slaat haar"
    assert read(recognizer, text, {"veiligheid": ("zorgen_om_veiligheid", 0.4)}).get("veiligheid") == \
        "zorgen_om_veiligheid"


@pytest.mark.parametrize("text,slot", [
    ("hoorden we van school over het expertteam. daar hebben we tot nu toe niks mee gedaan. zoon 15", "expertteam_contact"),
    ("Over een expertteam heeft de consulent nooit iets gezegd en wij hebben er zelf ook nooit contact mee gehad.",
     "expertteam_contact"),
    ("Hebben jullie al met het zorgkantoor gesproken, vroeg haar zus. Nee hoor, nooit. Ze heeft een wlz", "zorgkantoor_contact"),
    ("de school zeg da'w noar t jeugdteam mot. Doar bin'k nog nich ewes. onzen jong is 11", "gemeente_contact"),
])
def test_denials_that_point_back_to_the_door_session_36(recognizer, text, slot):
    """Session 36 (development sets): nothing done with the door since, never contact with it, someone's question
    answered with no, and regional "daar ben ik nog niet geweest": all four were read as contact."""
    assert read(recognizer, text).get(slot) == "nee"


@pytest.mark.parametrize("text", [
    "het wijkteam gaf ons een folder, daar hebben we niks mee gedaan. dochter 9",
    "we hebben met het wijkteam gesproken, ze zeiden: nee, niet mogelijk. zoon 12",
])
def test_the_door_that_acted_or_answered_was_contacted(recognizer, text):
    assert read(recognizer, text).get("gemeente_contact") != "nee"


@pytest.mark.parametrize("text,slot", [
    ("zonder het zorgkantoor was het nooit gelukt om die logeerplek te krijgen. dochter 11, wlz vg5", "zorgkantoor_contact"),
    ("zonder het jeugdteam hadden we niet eens geweten dat er een expertteam bestaat. zoon 17", "gemeente_contact"),
])
def test_without_the_door_it_would_not_have_worked_is_contact(recognizer, text, slot):
    """Session 36 (ontkenningen-32): 'zonder' before the door read as a denial; the door helped."""
    assert read(recognizer, text).get(slot) == "ja"


def test_asking_what_the_expertteam_is_inside_a_story_is_no_contact(recognizer):
    """Session 36 (openingen-52): the parent who asks what it is and does not name it again was not there."""
    text = ("wat is een expertteam precies? de moeder van een klasgenootje zei dat ik daarnaar moest vragen. mijn zoon "
            "(14) zit sinds de zomer thuis, het wijkteam heeft 3 plekken geprobeerd en niks paste")
    assert read(recognizer, text).get("expertteam_contact") == "nee"


@pytest.mark.parametrize("text", [
    "wat is een expertteam?", "wat is een expertteam precies",
    "wat is het expertteam eigenlijk? want het expertteam is al een half jaar met ons bezig en er gebeurt niks",
])
def test_a_bare_question_or_a_door_named_again_says_nothing_about_contact(recognizer, text):
    assert read(recognizer, text).get("expertteam_contact") != "nee"


@pytest.mark.parametrize("text,slot", [
    ("ons mam zegt da we naar t zorgkantoor motte, mar da hebbe we nog nie gedaon. ons Lieke is 22", "zorgkantoor_contact"),
    ("ja hoor, het zorgkantoor bellen, alsof die ooit opnemen. heb ik dus ook nooit gedaan. ze heeft een lg profiel",
     "zorgkantoor_contact"),
    ("we zijn al bij het wijkteam geweest. nou ja, geweest... we hadden een afspraak maar die hebben we afgezegd en "
     "nooit opnieuw gemaakt. dus eigenlijk niet. zoon 10", "gemeente_contact"),
    ("ik dacht dat ik het zorgkantoor had gebeld maar het bleek de klantenservice van onze zorgverzekeraar te zijn. dus "
     "eigenlijk nog niet. mn zoon (24)", "zorgkantoor_contact"),
])
def test_the_door_as_a_destination_not_yet_gone_to_or_corrected_afterwards(recognizer, text, slot):
    """Session 36 (ontkenningen-32, -35): "naar t zorgkantoor ..., mar da hebbe we nog nie gedaon", "het zorgkantoor
    bellen ... heb ik dus ook nooit gedaan", and a correction "dus eigenlijk (nog) niet" after the story."""
    assert read(recognizer, text).get(slot) == "nee"


@pytest.mark.parametrize("text", [
    "de gemeente vroeg om een formulier in te vullen, dat heb ik nog niet gedaan. zoon 7",
    "bij het wijkteam kregen we een opdracht mee, dat heb ik nog niet gedaan. dochter 9",
    "het wijkteam heeft een plan gemaakt maar dat werkt dus eigenlijk niet. zoon 12",
])
def test_what_the_door_asked_or_made_and_the_parent_did_not_do_is_still_contact(recognizer, text):
    assert read(recognizer, text).get("gemeente_contact") != "nee"


@pytest.mark.parametrize("text", [
    "we willen voor onze zoon van 15 een wlz-indicatie aanvragen, hoe doe je dat?",
    "moeten we een wlz-indicatie aanvragen? dochter 17, autisme en lvb",
    "de wlz-aanvraag loopt nog, al 8 weken. zoon 16",
])
def test_an_application_for_the_wlz_is_no_indicatie_whatever_the_reader_guesses(recognizer, text):
    """Session 37: a running or planned application names the Wlz without a yes; the learned reader's 'ja' (it gave
    the first 'ja') does not count there."""
    assert read(recognizer, text, learned={"wlz": ("ja", 0.95)}).get("wlz") != "ja"


def test_an_indicatie_said_next_to_an_application_still_counts(recognizer):
    text = "hij heeft al een vg-profiel van het ciz. moeten we nog een wlz-indicatie aanvragen? zoon 17"
    assert read(recognizer, text, learned={"wlz": ("ja", 0.95)}).get("wlz") == "ja"


@pytest.mark.parametrize("text,slot,value", [
    # Session 39 (ontkenningen-39): a complaint asked and answered with no by the parent is not raised; a raised one
    # still is. (Session 41: 'nee', as the writers of ontkenningen-39 labelled them; session 39 only kept them from
    # reading as raised.)
    ("klacht ingediend? nog niet, durf ik eerlijk gezegd niet. de thuisbegeleider doet niks", "klacht_gemeld", "nee"),
    ("klacht ingediend bij de pleegzorgorganisatie? nog niet, durf ik niet.", "klacht_gemeld", "nee"),
    ("klacht ingediend bij de directie, nog niet opgelost", "klacht_gemeld", "ja_niet_opgelost"),
    ("klacht ingediend bij de directie, niet opgelost", "klacht_gemeld", "ja_niet_opgelost"),
    ("klacht ingediend? ja, maar niks veranderd", "klacht_gemeld", "ja_niet_opgelost"),
    # ... and not knowing about the Wlz in a list or as the answer to the parent's own question
    ("Wlz: weet ik eerlijk gezegd niet, ik denk het niet", "wlz", "weet_niet"),
    ("Heeft mijn zoon een wlz-indicatie? Geen idee eerlijk gezegd", "wlz", "weet_niet"),
])
def test_a_complaint_asked_and_denied_and_a_wlz_not_known_in_a_list(recognizer, text, slot, value):
    assert recognizer.facts_in(text).get(slot) == value


@pytest.mark.parametrize("text,slot,value", [
    # Session 43 (ontkenningen-43, -42, afspraken-40; our own sentences): a door skipped, put off or never thought of,
    # given up before the first talk, left out, a condition, a referral that never came; also against the learned
    # reader's sure 'ja'
    ("we hebben het buurtteam gewoon overgeslagen en zijn direct naar een kinderpsycholoog gegaan", "gemeente_contact",
     "nee"),
    ("het expertteam in onze regio hebben we eigenlijk overgeslagen", "expertteam_contact", "nee"),
    ("het zorgkantoor mailen heb ik steeds laten liggen. onze zoon is 19 en heeft een wlz", "zorgkantoor_contact", "nee"),
    ("het bellen naar het zorgkantoor heb ik voor me uit geschoven", "zorgkantoor_contact", "nee"),
    ("eerlijk gezegd zijn we het jeugdteam helemaal voorbijgelopen", "gemeente_contact", "nee"),
    ("aan het cjg heb ik eerlijk gezegd nooit gedacht", "gemeente_contact", "nee"),
    ("aan een expertteam had niemand gedacht, ook de school niet", "expertteam_contact", "nee"),
    ("het zorgkantoor, daar hebben we nog niet aan gedacht", "zorgkantoor_contact", "nee"),
    ("het sociaal team had een intake gepland, maar we zijn afgehaakt nog voor het eerste gesprek", "gemeente_contact",
     "nee"),
    ("het expertteam is er tot nu toe buiten gebleven", "expertteam_contact", "nee"),
    ("als het expertteam er nu al bij zat, hoefde hij niet thuis te zitten", "expertteam_contact", "nee"),
    ("de jeugdconsulent heeft ons nooit doorverwezen naar het expertteam", "expertteam_contact", "nee"),
    ("onze aanmelding bij het expertteam is maandenlang blijven liggen", "expertteam_contact", "nee"),
    ("de wijkcoach had het over het expertteam, dat zou hij aanvragen, maar dat is er nooit van gekomen",
     "expertteam_contact", "nee"),
    ("we hebbe nog geen kontakt gehad met t zorgkantoor", "zorgkantoor_contact", "nee"),
    ("t zorgkantoor hebbe we nog neit gebeld", "zorgkantoor_contact", "nee"),
    # look-alikes: the door did it, or the parent went there
    ("het wijkteam heeft ons overgeslagen bij de verdeling van de plekken", "gemeente_contact", "ja"),
    ("het zorgkantoor heeft onze aanvraag laten liggen", "zorgkantoor_contact", "ja"),
    ("sinds het expertteam erbij zat gaat het beter", "expertteam_contact", "ja"),
    ("we hebben het expertteam gebeld. de gemeente zou ons aanmelden, maar dat is nooit gebeurd", "expertteam_contact",
     "ja"),
])
def test_a_door_skipped_put_off_or_never_reached_session_43(recognizer, text, slot, value):
    assert read(recognizer, text, learned={slot: ("ja", 0.99)} if value == "nee" else None).get(slot) == value


@pytest.mark.parametrize("text,value", [
    # Session 43 (ontkenningen-43, afspraken-40; our own sentences): never applied for, skipped, a wish, outside the
    # Wlz, had it once and no longer, no application made
    ("een wlz-indicatie hebben we eigenlijk nooit aangevraagd", "nee"),
    ("de wlz hebben we gewoon overgeslagen", "nee"),
    ("had hij toch maar een wlz, dan kon hij naar die logeerboerderij", "nee"),
    ("volgens het ciz valt hij buiten de wlz", "nee"),
    ("ze had vroeger een wlz, maar nu niet meer", "nee"),
    ("iedereen zegt wlz, maar er is nooit een aanvraag gedaan", "nee"),
    # look-alikes
    ("de wlz hebben we in 2020 aangevraagd en gekregen", "ja"),
    ("ze heeft een wlz, nu niet meer thuis maar op een woongroep", "ja"),
])
def test_a_wlz_never_applied_for_wished_or_no_longer_had_session_43(recognizer, text, value):
    assert read(recognizer, text, learned={"wlz": ("ja", 0.99)} if value == "nee" else None).get("wlz") == value


@pytest.mark.parametrize("text,value", [
    # Session 43 (ontkenningen-43, afspraken-40; our own sentences)
    ("de begeleider van de woongroep vergeet steeds zijn medicijnen en ik heb het daar nog nooit gemeld", "nee"),
    ("de groepsleiding van de logeeropvang let niet op. ik heb het daar nog met niemand besproken", "nee"),
    ("over de dagbesteding heb ik nog gen klacht ingediend", "nee"),
    # look-alike: reported there
    ("de begeleider van de woongroep vergeet steeds zijn medicijnen en ik heb het daar al twee keer gemeld", None),
])
def test_a_complaint_not_raised_there_session_43(recognizer, text, value):
    assert recognizer.facts_in(text).get("klacht_gemeld") == value


@pytest.mark.parametrize("text,slot,value", [
    # Session 43, second and third round (ontkenningen-43, contact-37, alarm-27, afspraken-40; our own sentences): a
    # condition afterwards, a mail or form that never left, a first visit to come, a door left out for now, "weet het
    # nog niet", a denial in regional language pointing back, no appointment made, not got round to it
    ("stel dat we het wijkteam eerder hadden ingeschakeld, dan was het niet zo ver gekomen", "gemeente_contact", "nee"),
    ("als ik het zorgkantoor had gebeld, had ik het geweten", "zorgkantoor_contact", "nee"),
    ("de aanmelding voor het expertteam? het formulier ligt nog steeds half ingevuld", "expertteam_contact", "nee"),
    ("ik heb het zorgkantoor een mail geschreven, maar die staat nog in mijn concepten", "zorgkantoor_contact", "nee"),
    ("morgen hebben we een gesprek bij het cjg, de eerste keer dat we daar komen", "gemeente_contact", "nee"),
    ("het expertteam wordt misschien ingeschakeld, maar het is er nog niet bij", "expertteam_contact", "nee"),
    ("het zorgkantoor weet het dus nog niet", "zorgkantoor_contact", "nee"),
    ("it wykteam, dêr ha wy noch noait kontakt mei hân", "gemeente_contact", "nee"),
    ("de huisarts stuurde ons naar het buurtteam. daar hebben we nog geen afspraak gemaakt", "gemeente_contact", "nee"),
    ("ik wil het gebiedsteam al lang bellen, maar ik ben er nog niet aan toegekomen", "gemeente_contact", "nee"),
    ("de huisarts zei: bel het zorgkantoor. dat hebben we nog niet gedaan", "zorgkantoor_contact", "nee"),
])
def test_a_door_not_reached_after_all_session_43(recognizer, text, slot, value):
    assert read(recognizer, text, learned={slot: ("ja", 0.99)}).get(slot) == value


@pytest.mark.parametrize("text,slot,value", [
    # Session 43 (ontkenningen-43, -39): advice to contact a door, then "dat hebben we gedaan" is contact; not when
    # nobody was reached after all; and look-alikes of the denials above
    ("de huisarts zei: bel het zorgkantoor. dat hebben we vorige week gedaan", "zorgkantoor_contact", "ja"),
    ("de juf zei: meld je bij het expertteam. dat heb ik gedaan en nu is er een casusregisseur", "expertteam_contact",
     "ja"),
    ("de juf zei dat we het expertteam konden mailen. dat heb ik gedaan, twee keer. we hebben dus nog nooit contact "
     "gehad met dat expertteam", "expertteam_contact", "nee"),
    ("het wijkteam weet het ook niet meer", "gemeente_contact", "ja"),
])
def test_advice_followed_is_contact_session_43(recognizer, text, slot, value):
    assert read(recognizer, text).get(slot) == value


@pytest.mark.parametrize("text,slot", [
    # Session 43: look-alikes that are no denial: a form already half filled in, a complaint almost forgotten
    ("het formulier voor het sociaal team is al half ingevuld", "gemeente_contact"),
    ("ik was bijna vergeten een klacht in te dienen bij de woongroep, maar heb het toch gedaan", "klacht_gemeld"),
])
def test_almost_is_no_denial_session_43(recognizer, text, slot):
    assert read(recognizer, text).get(slot) != "nee"


def test_advice_followed_but_nobody_answers_is_no_phrase_contact_session_43(recognizer):
    # Session 43 (review): "dat heb ik gedaan, maar ze nemen nooit op" is no contact said by the advice phrase
    text = "de huisarts zei: bel het zorgkantoor. dat heb ik gedaan, maar ze nemen nooit op"
    assert recognizer.facts_in(text).get("zorgkantoor_contact") != "ja"


@pytest.mark.parametrize("text,slot,value", [
    # Session 43 (afspraken-40, contact-37, wlz-38, ontkenningen-43; our own sentences)
    ("ze dachten dat hij een wlz had, maar dat bleek niet zo", "wlz", "nee"),
    ("iedereen roept wlz, maar we hebben het nog nooit aangevraagd", "wlz", "nee"),
    ("en hoe zit het met een indicatie, die heeft ze namelijk niet", "wlz", "nee"),
    ("de klacht over de woongroep heb ik laten rusten", "klacht_gemeld", "nee"),
    ("ik wilde een klacht indienen bij de kliniek, maar ik ben teruggekrabbeld", "klacht_gemeld", "nee"),
    ("ik ben vergeten een klacht in te dienen bij de dagbesteding", "klacht_gemeld", "nee"),
    ("bij de behandelaar zelf heb ik het ook nog niet gemeld", "klacht_gemeld", "nee"),
    ("de klacht over de logeeropvang ligt nog in de la", "klacht_gemeld", "nee"),
    ("ik ben boos op de woongroep, de aanbieder weet van niks", "klacht_gemeld", "nee"),
])
def test_a_wlz_or_complaint_not_there_after_all_session_43(recognizer, text, slot, value):
    assert read(recognizer, text, learned={slot: ("ja_niet_opgelost" if slot == "klacht_gemeld" else "ja", 0.99)}
                if value == "nee" else None).get(slot) == value


@pytest.mark.parametrize("text,slot,value", [
    # Session 44 (ontkenningen-44, afspraken-40, contact-37; our own sentences): an appointment that fell through and
    # nobody seen yet; advice or a plan, then a short "is niet gebeurd"; no talk at all with the door; regional
    # spelling; "zijn we nog niet" at the end of a sentence. Also against the learned reader's sure 'ja'.
    ("het huisbezoek van het jeugdteam is twee keer verzet, dus we hebben nog niemand gesproken", "gemeente_contact",
     "nee"),
    ("onze intake bij het zorgkantoor werd afgezegd. nu hebben we nog geen enkel gesprek gehad", "zorgkantoor_contact",
     "nee"),
    ("het eerste gesprek met het expertteam is uitgesteld. dat gesprek moet dus nog plaatsvinden", "expertteam_contact",
     "nee"),
    ("de logopedist zei dat we naar het cjg moesten en de juf ook. is er nog niet van gekomen", "gemeente_contact", "nee"),
    ("de arts adviseerde om het zorgkantoor te bellen over logeren, mijn zus zei hetzelfde. hebben we nog niet gedaan",
     "zorgkantoor_contact", "nee"),
    ("het sociaal team raadde aan om het expertteam te vragen, de school vond dat ook. is niet gebeurd",
     "expertteam_contact", "nee"),
    ("de mentor zei: bel het wijkteam. wijkteam? nog niet aan toegekomen", "gemeente_contact", "nee"),
    ("de school wil dat we het wijkteam inschakelen, maar we hebben nog niks gedaan", "gemeente_contact", "nee"),
    ("we hebben nog geen enkel gesprek met de gemeente gehad", "gemeente_contact", "nee"),
    ("ik heb nog gein contak gehad mit t zorgkantoor", "zorgkantoor_contact", "nee"),
    ("t zorgkantoor hebt wiej nog nooit esproken", "zorgkantoor_contact", "nee"),
    ("wiej hebt nog nig bi t wiekteam ewes", "gemeente_contact", "nee"),
    ("we zijn nog nooit bij da zorgkantoor binnen geweest", "zorgkantoor_contact", "nee"),
    ("het wijkteam stuurde ons door, maar bij het expertteam zijn we nog niet. hoe gaat dat?", "expertteam_contact",
     "nee"),
    ("ik dacht dat ik het zorgkantoor had gemaild, maar ik zie dat die mail nog in mijn concepten zit",
     "zorgkantoor_contact", "nee"),
    ("we hadden een intake bij het wijkteam maar die ging niet door. daarna nooit iemand van ze gesproken",
     "gemeente_contact", "nee"),
    ("het jeugdteam zou komen maar zegde af. we hebben nog nooit met een van hun gesproken", "gemeente_contact", "nee"),
    ("ik heb het zorgkantoor gemaild en gebeld. echt contact is er nog niet", "zorgkantoor_contact", "nee"),
    ("het expertteam? gesproken hebben we ze nog steeds niet", "expertteam_contact", "nee"),
    ("the teacher said to go to the wijkteam, but we never talked with them", "gemeente_contact", "nee"),
])
def test_a_door_not_reached_after_an_appointment_or_advice_session_44(recognizer, text, slot, value):
    assert read(recognizer, text, learned={slot: ("ja", 0.99)}).get(slot) == value


@pytest.mark.parametrize("text,slot,value", [
    # Session 44: look-alikes: the appointment went ahead, advice followed, the door itself did it, the parent was there
    ("de intake bij het wijkteam werd verzet, maar vorige week hebben we ze gesproken", "gemeente_contact", "ja"),
    ("de huisarts zei: ga naar het zorgkantoor. hebben we gedaan, nu staan we op de wachtlijst", "zorgkantoor_contact",
     "ja"),
    ("de juf zei dat we naar het cjg moesten. dat hebben we gedaan en daar zijn we nu bezig", "gemeente_contact", "ja"),
    ("we zijn naar het wijkteam geweest en ze gaven ons een lijst met tips. nog niet gedaan", "gemeente_contact", "ja"),
    ("het wijkteam zei dat we een dagboek moesten bijhouden. nog niet gedaan", "gemeente_contact", "ja"),
    ("de mail aan het zorgkantoor stond lang in mijn concepten, maar gisteren heb ik hem verstuurd",
     "zorgkantoor_contact", "ja"),
])
def test_an_appointment_or_advice_that_went_ahead_session_44(recognizer, text, slot, value):
    assert read(recognizer, text).get(slot) == value


@pytest.mark.parametrize("text,value", [
    # Session 44 (ontkenningen-44; our own sentences): a complaint not raised
    ("ik wil klagen over de logeeropvang, maar ik vind nergens een formulier. dus gemeld is het nog niet", "nee"),
    ("de begeleider van de dagbesteding komt steeds te laat, heb nog nx gemeld bij de aanbieder", "nee"),
    ("klacht ingediend bij de woongroep? nou nee, ik durf niet", "nee"),
    ("de klachtenfunctionaris ken ik niet en ik heb ook nergens iets gemeld over de therapeut", "nee"),
    ("het akj zei: dien een klacht in bij de instelling. de huisarts zei: praat met de leiding. heb ik allebei nog "
     "niet gedaan", "nee"),
    # look-alike: reported
    ("de begeleider van de dagbesteding komt steeds te laat, ik heb het al gemeld bij de aanbieder", "ja_niet_opgelost"),
])
def test_a_complaint_not_raised_session_44(recognizer, text, value):
    learned = {"klacht_gemeld": ("ja_niet_opgelost", 0.99)} if value == "nee" else None
    assert read(recognizer, text, learned=learned).get("klacht_gemeld") == value


@pytest.mark.parametrize("text,value", [
    # Session 44: "of hij wlz heeft? geen idee", with a word between the Wlz and the question mark
    ("of ons meisje wlz heeft? gin idee, echt niet", "weet_niet"),
    ("of de jongste een wlz heeft? gen idee", "weet_niet"),
])
def test_a_wlz_the_parent_does_not_know_session_44(recognizer, text, value):
    assert read(recognizer, text, learned={"wlz": ("ja", 0.99)}).get("wlz") == value


@pytest.mark.parametrize("text,slot,value", [
    # Session 44, second round (afspraken-44; our own sentences): an own plan told early and what became of it told
    # much later, pointing back; the door knows nothing; never involved; calling it never happened; nobody went there;
    # no talk held with it; the first appointment only later; "zijn ze er nog niet bij"; an intake missed
    ("ik was van plan om in de zomer naar het jeugdteam te gaan met onze zoon van 6. hij slaapt slecht, is op school "
     "heel druk en de juf belt bijna elke week. toen kreeg mijn man een ongeluk en lag hij weken in het ziekenhuis, en "
     "ik moest alles alleen doen. daar ben ik dus nooit aan toegekomen", "gemeente_contact", "nee"),
    ("we hadden ons voorgenomen het zorgkantoor te bellen zodra de indicatie er was. daarna ging er van alles mis met "
     "haar gezondheid, drie opnames in een half jaar, en ook haar broertje had ons nodig. dat contact hebben we dus "
     "nooit gelegd", "zorgkantoor_contact", "nee"),
    ("het cjg weet dus nog van niks", "gemeente_contact", "nee"),
    ("het expertteam is er nooit bij gekomen", "expertteam_contact", "nee"),
    ("de huisarts zou ook het wijkteam inlichten. het wijkteam bellen is er nooit van gekomen", "gemeente_contact",
     "nee"),
    ("bij het zorgkantoor is nog niemand geweest", "zorgkantoor_contact", "nee"),
    ("met het sociaal team hebben we dus nog geen enkel gesprek gevoerd", "gemeente_contact", "nee"),
    ("de afspraak met het expertteam is pas in maart", "expertteam_contact", "nee"),
    ("het expertteam komt misschien in beeld. voorlopig zijn ze er nog niet bij", "expertteam_contact", "nee"),
    ("intake jeugdteam gemist omdat ik ziek was. zijn er dus nooit geweest", "gemeente_contact", "nee"),
    ("ik belde twee keer naar het expertteam maar kreeg een bandje, dus we hebben ze nog niet gesproken",
     "expertteam_contact", "nee"),
    ("heb het formulier van het wijkteam ingevuld, nooit iets gehoord. dus nog steeds geen contact met ze gehad",
     "gemeente_contact", "nee"),
])
def test_a_plan_told_early_and_its_end_told_late_session_44(recognizer, text, slot, value):
    assert read(recognizer, text, learned={slot: ("ja", 0.99)}).get(slot) == value


@pytest.mark.parametrize("text,slot,value", [
    # Session 44, second round: look-alikes: the plan went ahead, the door knew, the next appointment is later
    ("ik was van plan om naar het jeugdteam te gaan en dat hebben we in mei gedaan. nu zijn ze aan het zoeken",
     "gemeente_contact", "ja"),
    ("onze volgende afspraak met het wijkteam is pas in juni", "gemeente_contact", "ja"),
    ("de afspraak bij het zorgkantoor werd verzet, maar twee weken later hebben we ze toch gesproken",
     "zorgkantoor_contact", "ja"),
])
def test_a_plan_that_went_ahead_session_44(recognizer, text, slot, value):
    assert read(recognizer, text).get(slot) == value


@pytest.mark.parametrize("text", [
    # Session 44: a waiting list or an intake between the door and the short sentence: that sentence is about
    # something else (the training, the diary), not about going to the door
    "ik wilde naar het cjg en daar hebben ze haar op een wachtlijst gezet voor een training. dat hebben we dus niet gedaan",
    "we wilden naar het jeugdteam, daar hadden we een intake en toen kwam de vraag om een dagboek bij te houden. dat "
    "hebben we dus niet gedaan",
])
def test_contact_in_between_is_no_plan_that_fell_through_session_44(recognizer, text):
    assert recognizer.phrases_in(text)[0].get("gemeente_contact") != "nee"


@pytest.mark.parametrize("text,value", [
    # Session 44, second round (afspraken-44; our own sentences): a complaint not raised after all
    ("de klacht over de woongroep ligt er nog niet", "nee"),
    ("de zorgcoördinator zou onze klacht doorsturen naar de instelling. nooit gebeurd", "nee"),
    ("ik belde de teamleider van het logeerhuis en kreeg de voicemail. ze hebben het dus nog niet van mij gehoord",
     "nee"),
    ("ik wilde een klacht indienen over de thuisbegeleiding, maar ik heb het nog steeds niet ingediend", "nee"),
    ("de begeleiders van de dagbesteding letten niet op hem. er is nog niks gemeld", "nee"),
])
def test_a_complaint_not_raised_after_all_session_44(recognizer, text, value):
    learned = {"klacht_gemeld": ("ja_niet_opgelost", 0.99)}
    assert read(recognizer, text, learned=learned).get("klacht_gemeld") == value
