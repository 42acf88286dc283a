"""The Dutch spaCy pipeline, built from the project's own files with no download.

A blank `nl` pipeline with the lookup lemmatizer (spacy-lookups-data), a sentencizer, and an EntityRuler that
marks the domain's words (woorden.yml), the names of Dutch municipalities (gemeenten.yml) and ages ("van 15",
"(9)", "15-jarige", "ze is zeventien"). Rasa's SpacyNLP loads it; bot.mentions turns its entities into facts (and
finds the variants with "..." on the same doc: GapMatcher).

It is saved under var/spacy/nl_wegwijzer-<hash>. The hash covers the word lists, this file and the spaCy
versions: Rasa fingerprints a spaCy model by its path, so a changed pipeline must get a new path.
`python -m bot.dutch_pipeline` builds it (scripts/setup calls it); it prints the path.
"""
from __future__ import annotations

import hashlib
import shutil
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.mentions import (AGE, BECOMES, CONTENT_DIR, DURATIONS, GAP, MUNICIPALITY, NUMBER_WORDS, SOON, GapMatcher,
                          Reading, Vocabulary, fold, load_vocabulary, read_mentions)

if TYPE_CHECKING:
    from spacy.language import Language

ROOT = Path(__file__).resolve().parent.parent
PIPELINES = ROOT / "var" / "spacy"
# bot/mentions.py too: the age patterns use its word lists (SOON, BECOMES, DURATIONS, NUMBER_WORDS); without it a
# change there kept the old pipeline (session 35)
SOURCES = (CONTENT_DIR / "woorden.yml", CONTENT_DIR / "gemeenten.yml", Path(__file__),
           Path(__file__).with_name("mentions.py"))
LINE_BREAKS = ("\n", "\n\n", "\n\n\n", " \n", "\n ", "\r\n")  # as the tokenizer keeps them, one token each
TURKISH_CASE_ENDING = (r"(?<=\w)['’](e|a|ye|ya|de|da|te|ta|den|dan|ten|tan|i|ı|u|ü|yi|yı|in|ın|un|ün|nin|nın|le|la|"
                       r"ile|yle|yla)$")
ENV_VAR = "WEGWIJZER_SPACY_MODEL"  # config.yml reads the path from it; bot.serve sets it


def pipeline_dir() -> Path:
    digest = hashlib.sha256()
    for source in SOURCES:
        digest.update(source.read_bytes())
    for package in ("spacy", "spacy-lookups-data"):
        digest.update(version(package).encode())
    return PIPELINES / f"nl_wegwijzer-{digest.hexdigest()[:12]}"


def relative_pipeline_dir() -> str:
    """As written into the Rasa model: relative to the project, so a moved checkout keeps working."""
    return str(pipeline_dir().relative_to(ROOT))


# Words before "is 12," that are no child's name.
NOT_NAMES = ["het", "dat", "dit", "er", "wat", "score", "cijfer", "nummer", "huisnummer", "groep", "stand", "tijd",
             "klok", "wachtlijst", "wachttijd", "lijst", "aantal", "rekening", "bedrag", "prijs", "huis", "adres",
             "straat", "kamer", "flat", "telefoon", "dossier", "klantnummer", "postcode", "bus", "lijn"]


# Words before ", 2 jaar," that make it a duration, not an age
DURATION_BEFORE = ["al", "lang", "nu", "ruim", "bijna", "ongeveer", "sinds", "wachten", "gewacht", "duurt", "duurde",
                   "geleden", "weer", "inmiddels", "zeker", "minstens"]


# Session 34 (talen-34: 70 of 186 stated ages in other languages were not read): the words that say "years old" by
# themselves after a number (Persian "۱۵ ساله", Pashto "۱۹ کلن", Sorani "١٤ ساڵە", Amharic "16 አመቷ", Kurmanji "16
# salî", Vietnamese "9 tuổi", pinyin "15 sui", Hungarian "15 éves", Albanian "4 vjec", Turkish "17 yaşındayım"); not
# the bare word for a year ("۸ سال", "3 yıl"): that is a duration too. A trailing comma of the script may stick.
OWN_AGE_UNITS = r"^(ساله|سالشه|سالش|سالمه|سالە|ساڵە|کلن|کلنه|کلنۍ|ዓመቱ|አመቱ|አመቷ|ዓመታ|ዓመቷ|salî|sali|tuổi|tuoi|sui|" \
                r"éves|eves|vjeç|vjec|yaşındayım|yasindayim|yasindadir)[،,.]?$"
# A child word of another language, then the number and the word for years: "ابني 6 سنين", "wlidi 14 3am", "meri
# beti 13 saal ki", "dochke 14 let", "anak saya 20 tahun" (the 'saya' may stand between), "hijo de 17"
OTHER_CHILD_WORDS = ["ابني", "ابنتي", "بنتي", "ولدي", "ابنها", "بنتها", "الصغير", "wlidi", "wldi", "bnti", "bniti",
                     "weldi", "ibni", "binti", "beti", "beta", "bachcha", "bachi", "بیٹا", "بیٹی", "dochke", "dochka",
                     "doch", "syn", "synu", "сын", "сыну", "дочь", "дочке", "донька", "донці", "син", "сину", "anak",
                     "hijo", "hija", "filho", "filha", "figlio", "figlia", "fiul", "fiica", "pamangkin",
                     # session 35 (the development sets): Romanian "baiatul meu de 17 ani", French "mon fils 16 ans",
                     # "ma nièce de 15 ans", Portuguese "um aluno meu de 8 anos", Papiamento "mi yu hòmber di 9 aña",
                     # Sranan "mi boi fu 15 (yari)", Bulgarian "синът ми е на 11"
                     "baiatul", "băiatul", "copilul", "fata", "fils", "fille", "niece", "nièce", "neveu", "garcon",
                     "garçon", "aluno", "aluna", "yu", "yiu", "ñetu", "boi", "pikin", "umapikin", "синът", "дъщеря"]
# The small words that may stand between such a child word and the age: "my", "of", "is", "on" (session 35)
OTHER_AGE_LINKS = ["saya", "ko", "mi", "meu", "mio", "mia", "mon", "ma", "de", "di", "fu", "van", "e", "na", "ми", "е",
                   "на", "hòmber", "homber", "muhé", "muhe"]
# A child word in the dative, then the age: Russian "Сыну 16", "Моей дочери 21 год", Lithuanian "sūnui 10 m.", Latvian
# "meitai 4 gadi" (session 35)
DATIVE_CHILD_WORDS = ["сыну", "дочери", "дочке", "синові", "доньці", "sūnui", "sunui", "dukrai", "meitai", "dēlam",
                      "delam", "synowi", "córce", "corce"]
OTHER_YEARS = r"^(سنة|سنه|سنين|سنوات|عام|عاما|snin|sna|3am|sana|saal|سال|let|лет|год|года|років|роки|rokiv|roky|" \
              r"tahun|años|anos|anni|ani|ans|aña|yari|gadi|gadu|godina|godine|thn|taon|години|година)[،,.]?$"
# "عمره 7" (his age), "عندها 15 عام" (she has 15 years)
OTHER_AGE_WORDS = ["عمره", "عمرها", "عمرو", "عندها", "عنده", "عندو", "3mro", "3mrha", "3ndha", "3ndo",
                   "3ando", "3andha", "3andou", "3andu", "3ndou"]  # session 35: "ibni 3ando 14 3am"


def _age_patterns(vocab: Vocabulary) -> list[dict[str, Any]]:
    # half years too: "dochter (17,5)", "zoon van 16.5" (session 22, a smoke test: no age); Arabic-Indic and Persian
    # digits ("١٤", "۱۵") since session 34
    # "1" only as a digit ("zoontje van 1", session 36; mentions._age): the word "een" is mostly an article
    numbers = [f"{n}{half}" for n in range(1, 100) for half in ("", ",5", ".5")] + list(NUMBER_WORDS) + [
        f"{word[:4]}ën{word[6:]}" for word in NUMBER_WORDS if word[:6] in ("tweeen", "drieen")] + [  # "tweeëntwintig"
        str(n).translate(str.maketrans("0123456789", digits)) for n in range(2, 100)
        for digits in ("٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹")]
    number = {"LOWER": {"IN": numbers}}
    kid = {"LOWER": {"IN": list(vocab.child_words)}}
    soon = {"LOWER": {"IN": sorted(SOON)}, "OP": "?"}
    years = {"LOWER": {"IN": ["jaar", "jr", "jr.", "j", "jaartjes"]}, "OP": "?"}
    shapes = [
        # also German "Tochter ist 15" and Polish "syn ma 13 lat"
        [kid, {"LOWER": {"IN": ["van", "v", "v.", "fan", "is", "wordt", "werd", "word", "ist", "ma"]}}, soon, number],
        [kid, {"LOWER": {"IN": ["bijna", "net", "pas", "inmiddels"]}, "OP": "?"}, number],  # "zoon 16", "zoon net 18"
        [{"ORTH": "("}, number, years, {"ORTH": {"IN": [")", "):", ");", "),", ")."]}}],  # "pleegzoon (9): ..."
        [{"LOWER": {"REGEX": r"^\d{1,2}-?jarig(e|en)?$"}}],
        [number, {"ORTH": "-", "OP": "?"}, {"LOWER": {"IN": ["jarige", "jarig", "jarigen"]}}],
        # "hij is eigenlijk 19" (a correction, session 21), "ze is trouwens 15"
        [{"LOWER": {"IN": ["hij", "zij", "ze", "die", "ie", "he", "she"]}},
         {"LOWER": {"IN": ["is", "wordt", "werd", "word"]}},
         {"LOWER": {"IN": ["eigenlijk", "trouwens", "gewoon", "echt", "toch"]}, "OP": "?"}, soon, number],
        # "dochter eva is 7"
        [kid, {"IS_ALPHA": True}, {"LOWER": {"IN": ["is", "wordt", "werd", "word", "ist"]}}, soon, number],
        [{"ORTH": "("}, number, {"ORTH": ","}],                         # "zoon (16, autisme)"
        # "de kinderen (4 en 7)": the first counts; also "zwei Kindern (3 und 5)" (session 22)
        [{"ORTH": "("}, number, {"LOWER": {"IN": ["en", "und", "and", "i", "ve"]}}, number, {"ORTH": ")"}],
        [kid, {"ORTH": ","}, number, years, {"ORTH": ","}],               # "kleinzoon, 17 jr, is aangemeld"
        [{"LOWER": "een"}, {"LOWER": "jaar"}, {"LOWER": "of"}, number],  # "een jaar of vijf"
        [{"LOWER": "inmiddels"}, number, {"IS_PUNCT": True}],             # "met autisme, inmiddels 25, en"
        [number, {"LOWER": {"IN": ["jaar", "jr"]}}, {"LOWER": "oud"}],
        # also as a field of a form: "leeftijd: 8", "leeftijd? 25", "age: 9" (session 35, ontkenningen-35)
        [{"LOWER": {"IN": ["leeftijd", "age", "alter"]}}, {"ORTH": {"IN": [":", "?", "=", "-"]}, "OP": "?"},
         {"LOWER": {"IN": ["is", "van"]}, "OP": "?"}, number],
        [kid, {"ORTH": {"IN": [":", "="]}}, number],  # "Zoon: 27" (session 41, ontkenningen-41)
        # "ze wordt volgende maand 18": not 18 yet (bot.mentions counts one year less after 'wordt')
        [{"LOWER": {"IN": list(BECOMES)}}, *[{"LOWER": {"NOT_IN": numbers}, "IS_PUNCT": False, "OP": "?"}] * 3,
         number],
        # "wordt over 2 maanden 18": the 2 is a duration (bot.mentions skips a number with a unit after it)
        [{"LOWER": {"IN": list(BECOMES)}}, {"LOWER": {"IN": ["over", "na", "binnen"]}}, number,
         {"LOWER": {"IN": sorted(DURATIONS)}}, number],
        [number, {"LOWER": "geworden"}],                                   # "is vorige week 23 geworden"
        [{"LOWER": {"IN": ["hij", "zij", "ze", "ie"]}}, {"LOWER": {"IN": ["inmiddels", "nu", "al", "pas", "net"]},
         "OP": "?"}, number, {"LOWER": "is"}],                           # "nu hij 20 is", "omdat hij inmiddels 18 is"
        [{"LOWER": "en"}, {"LOWER": "is"}, soon, number],                 # "heeft dyslexie en is 13"
        [{"LOWER": {"IN": ["ze", "zij", "die"]}}, {"LOWER": "zijn"}, number, {"LOWER": "en"}, number],  # "zijn 5 en 7"
        # a name: "Sem is 12, heeft autisme" (only before a comma or full stop: "het is 12 uur" has a unit)
        [{"IS_ALPHA": True, "LOWER": {"NOT_IN": NOT_NAMES}}, {"LOWER": "is"}, number, {"ORTH": {"IN": [",", "."]}}],
        # "… wil niet meer. 13 jaar." (a sentence of its own: "al 2 jaar wachten" is a duration)
        [{"ORTH": {"IN": [".", "!", "?"]}}, number, {"LOWER": {"IN": ["jaar", "jr"]}}, {"ORTH": {"IN": [",", "."]}}],
        [{"ORTH": {"IN": [".", "!", "?"]}}, number, {"LOWER": "jr."}],  # "... zonder haar. 15 jr. wachtlijst"
        # session 36 (development sets): the same at the start of the message ("17 jr, somber en angstig", "16 jaar,
        # adhd"), and chat spelling "zn" for the son ("zn is 18", "zn 9 jr, epilepsie", "zn 15 en gaat achteruit")
        [{**number, "IS_SENT_START": True}, {"LOWER": {"IN": ["jaar", "jr", "jr."]}}, {"ORTH": {"IN": [",", "."]}}],
        [{"LOWER": "zn"}, {"LOWER": "is"}, number],
        [{"LOWER": "zn"}, number, {"LOWER": {"IN": ["jaar", "jr", "jr."]}, "OP": "?"},
         {"LOWER": {"IN": [",", ".", "!", "?", "en", "maar", "want", "-"]}}],
        [{"LOWER": "groep"}, {"LOWER": {"IN": ["2", "3", "4", "5", "6", "7", "8"]}}],  # the school year: a child
        # session 26 (development sets: 57 stated ages were not read): "mijn zoon heeft 15 jaar" (Dutch as a second
        # language), "de kinderen zijn 4 en 7", "nu is ze 17.", ", 9 jaar," and ", 16 jaar." between commas,
        # "(nu 9)", "(6 jaar, ...", "Sem is 13 en ...", "Mijn oudste, Sem, is 17 en"
        [kid, {"LOWER": "heeft"}, number, {"LOWER": {"IN": ["jaar", "jr"]}},  # not "heeft 2 jaar gewacht"
         {"LOWER": {"IN": [",", ".", "!", "?", "en", "oud", "maar", "want"]}}],
        [kid, {"LOWER": "zijn"}, soon, number, {"LOWER": {"IN": ["en", "und", "and"]}}, number],
        [{"LOWER": {"IN": ["is", "wordt"]}}, {"LOWER": {"IN": ["hij", "ze", "zij", "ie"]}}, soon, number,
         {"LOWER": {"IN": [",", ".", "!", "?", "en", "maar"]}}],
        # "mn zoon. 15. hij zegt", and a name after a possessive at the end of a line: "ús Marten 8", "oonze Bram 14"
        [kid, {"ORTH": {"IN": [".", ",", ":", "-"]}}, number, {"IS_PUNCT": True}],
        [{"LOWER": {"IN": ["onze", "ons", "oonze", "mijn", "mn", "ús", "us", "mien", "oos"]}},
         {"IS_ALPHA": True, "LOWER": {"NOT_IN": NOT_NAMES}}, number, {"IS_SPACE": True}],
        [{"LOWER": {"NOT_IN": DURATION_BEFORE}}, {"ORTH": ","}, number, {"LOWER": {"IN": ["jaar", "jr"]}},
         {"ORTH": {"IN": [",", "."]}}],  # not "we wachten al lang, 2 jaar, en ..."
        [{"ORTH": "("}, {"LOWER": {"IN": ["nu", "inmiddels", "bijna"]}}, number, years, {"ORTH": ")"}],
        [{"ORTH": "("}, number, {"LOWER": {"IN": ["jaar", "jr"]}}, {"ORTH": ","}],
        [{"IS_ALPHA": True, "LOWER": {"NOT_IN": NOT_NAMES}}, {"LOWER": "is"}, number, {"LOWER": "en"}],
        [{"ORTH": ","}, {"LOWER": "is"}, soon, number, {"LOWER": {"IN": [",", ".", "en"]}}],
        # "omdat hij 18 wordt" (bot.mentions counts one year less), German "sie ist 18", "Sohn Jonas ist 15"
        [{"LOWER": {"IN": ["hij", "zij", "ze", "ie"]}}, soon, number, {"LOWER": {"IN": list(BECOMES)}}],
        [{"LOWER": {"IN": ["sie", "er"]}}, {"LOWER": "ist"}, soon, number],
        # Spanish, Papiamento and Polish: "tiene 15 años", "tin 8 aña", "(9 lat)", "ma około 2 lata"
        [{"LOWER": {"IN": ["tiene", "tin", "ma", "około", "okolo"]}}, number,
         {"LOWER": {"IN": ["años", "anos", "aña", "ana", "lat", "lata"]}}],
        [{"ORTH": "("}, number, {"LOWER": {"IN": ["años", "anos", "aña", "ana", "lat", "lata"]}}, {"ORTH": ")"}],
        # session 28 (openingen-42, case notes by staff and a German neighbour): "cliënt (man, 26)", "casus: vrouw
        # 24", "(ca. 6 und 9)", "het jongetje van de overburen, jaar of 7,", English "my 14 year old daughter"
        [{"ORTH": "("}, {"LOWER": {"IN": ["man", "vrouw", "jongen", "meisje", "m", "v", "jongeman"]}}, {"ORTH": ","},
         number, {"ORTH": {"IN": [")", ","]}}],
        [{"LOWER": {"IN": ["casus", "client", "cliënt", "cliente", "cliënte", "betreft"]}}, {"ORTH": ":", "OP": "?"},
         {"LOWER": {"IN": ["man", "vrouw", "jongen", "meisje", "jongeman", "jongedame"]}}, {"ORTH": ",", "OP": "?"},
         number],
        [{"ORTH": "("}, {"LOWER": {"IN": ["ca", "ca.", "circa", "ongeveer", "ong", "ong.", "rond", "etwa", "about"]}},
         {"ORTH": ".", "OP": "?"}, number],
        [{"ORTH": ","}, {"LOWER": "jaar"}, {"LOWER": "of"}, number, {"IS_PUNCT": True}],
        [number, {"ORTH": "-", "OP": "?"}, {"LOWER": {"IN": ["year", "years"]}}, {"ORTH": "-", "OP": "?"},
         {"LOWER": "old"}],
        # session 29 (messages in other languages): words that say "years old" by themselves (Turkish "7 yaşında",
        # Somali "13 jir"), and "has/is N years" after the verb that makes it an age (Portuguese "tem 10 anos",
        # French "a 10 ans", Italian "ha 10 anni", Romanian "are 11 ani", Ukrainian and Russian "jomu 14 rokiv")
        [number, {"LOWER": {"IN": ["yasinda", "yaşında", "yasında", "yasindaki", "yaşındaki", "yasindayken", "jir",
                                   "jirka", "jirsan", "jir."]}}],
        *([{"LOWER": {"IN": verbs}}, number, {"LOWER": {"IN": years}}] for verbs, years in (
            (["tem", "tinha"], ["anos"]), (["a", "avait"], ["ans"]), (["ha", "aveva"], ["anni"]),
            (["are", "avea"], ["ani"]),  # not Portuguese "há 2 anos" (2 years ago), Romanian "de 2 ani"
            (["jomu", "yomu", "yemu", "jej", "yey", "mu", "ij", "ji"], ["rokiv", "roky", "rokov", "let", "goda"]))),
        # session 34 (talen-34): other languages, see OWN_AGE_UNITS and OTHER_CHILD_WORDS above
        [number, {"LOWER": {"REGEX": OWN_AGE_UNITS}}],
        [{"ORTH": "(", "OP": "?"}, number, {"LOWER": "n"}, {"LOWER": {"REGEX": r"^iseggusa[),.]?$"}}],  # Tarifit
        [{"LOWER": {"IN": OTHER_CHILD_WORDS}}, *[{"LOWER": {"IN": OTHER_AGE_LINKS}, "OP": "?"}] * 3,
         {"LOWER": {"IN": OTHER_AGE_WORDS}, "OP": "?"}, number, {"LOWER": {"REGEX": OTHER_YEARS}}],
        [{"LOWER": {"IN": DATIVE_CHILD_WORDS}}, number],
        # Croatian and Serbian "Sin mi ima 16", "Kcerka ima 18" (has)
        [{"LOWER": {"IN": ["sin", "kcerka", "kćerka", "cerka", "ćerka", "kci", "kći"]}},
         {"LOWER": {"IN": ["mi", "moj", "moja"]}, "OP": "?"}, {"LOWER": {"IN": ["ima", "има"]}}, number],
        [{"LOWER": {"IN": OTHER_AGE_WORDS}}, number],
        [{"LOWER": {"IN": OTHER_CHILD_WORDS}}, *[{"LOWER": {"IN": OTHER_AGE_LINKS}, "OP": "?"}] * 2,
         {"LOWER": {"IN": ["de", "di", "fu", "на"]}}, number],  # "mi boi fu 15", "синът ми е на 11"
        [{"ORTH": "("}, number, {"LOWER": {"REGEX": r"^(р|г|лет|років|роки|let|rokiv)\.?$"}}],
        [number, {"LOWER": {"REGEX": r"^amet\w*$"}}, {"LOWER": {"IN": ["iya", "iyu", "new", "iyom", "eyu", "yu"]}}],
    ]
    return [{"label": AGE, "pattern": shape} for shape in shapes]


def _phrase_patterns(nlp: "Language", vocab: Vocabulary) -> list[dict[str, Any]]:
    patterns: list[dict[str, Any]] = []
    for concept in vocab.concepts.values():  # the variants with '...' are bot.mentions.GapMatcher's
        forms = sorted({form for v in concept.variants for form in (v, fold(v))})
        patterns += [{"label": concept.name, "pattern": form} for form in forms if GAP not in form]
    for written, official in vocab.municipalities.items():
        patterns.append({"label": MUNICIPALITY, "pattern": written, "id": official})
    return patterns


def build(path: Path) -> None:
    import spacy

    vocab = load_vocabulary()
    nlp = spacy.blank("nl")
    # Emoticons with an 8 ("8)", "8-)") are tokenizer exceptions: "zoon (8)" lost its age to a smiley.
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if not (k[:1] == "8" or k[-1:] == "8")}
    # Turkish writes a case ending after an apostrophe on a foreign name: "Wijkteam'e gittik" (we went to the
    # wijkteam), "Wijkteam'de". Split off, the door is found (session 27, development sets). Dutch has none of these
    # endings after an apostrophe ("baby's", "zo'n" stay whole).
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(
        [*nlp.Defaults.suffixes, TURKISH_CASE_ENDING]).search
    # The ruler comes first: it matches on LOWER, so its patterns need no lemmas (and build much faster).
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER", "validate": True})
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    # A line break ends a sentence too: in a form or a list ("Zorgkantoor: gebeld, 3x\nVraag: waar kan ik heen?") the
    # question at the end is not about the door on the line before (session 41, ontkenningen-41)
    from spacy.pipeline.sentencizer import Sentencizer

    nlp.add_pipe("sentencizer", config={"punct_chars": [*Sentencizer.default_punct_chars, *LINE_BREAKS]})
    nlp.initialize()
    ruler.add_patterns(_phrase_patterns(nlp, vocab) + _age_patterns(vocab))
    tmp = path.with_name(path.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    nlp.to_disk(tmp)
    tmp.rename(path)  # a half-written pipeline is never found under the real name


def ensure_pipeline() -> Path:
    """Build the pipeline for the current word lists when it is missing; remove older ones."""
    path = pipeline_dir()
    if not path.exists():
        PIPELINES.mkdir(parents=True, exist_ok=True)
        build(path)
    for old in PIPELINES.glob("nl_wegwijzer-*"):
        if old != path:
            shutil.rmtree(old, ignore_errors=True)
    return path


@lru_cache(maxsize=1)
def load() -> "Language":
    import spacy

    return spacy.load(ensure_pipeline())


def read_text(text: str) -> "Reading":
    """What the mentions in `text` say, exactly as in Rasa (SpacyNLP lower-cases first): for tests and tools."""
    return read_mentions(load()(text.lower()), _vocabulary(), _gaps())


@lru_cache(maxsize=1)
def _vocabulary() -> Vocabulary:
    return load_vocabulary()


@lru_cache(maxsize=1)
def _gaps() -> GapMatcher:
    return GapMatcher(load(), _vocabulary())


if __name__ == "__main__":
    print(ensure_pipeline().relative_to(ROOT))
