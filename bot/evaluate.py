"""`python -m bot.evaluate`: how well the assistant understands parents, on the held-out set.

Every message goes through what a parent's opening goes through: the trained Rasa model for the intent, then
the actions' reading of facts (bot.understanding). Reported: per-slot fact precision/recall/F1, intent macro-F1,
safety recall and false-alarm rate, the first step (does the assistant then ask or advise what the labelled facts
give, or ask again for a fact the opening states?), an intent confusion matrix (PNG) and every miss.
`--seeds N` also trains N models with different seeds and reports the spread of intent macro-F1.
`--ontwikkeling` measures on the development sets only (no blind look), for choices: optionally a variant
(`--config`), and the false alarms and missed signals listed, since those sets may be read.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import yaml

from bot.engine import Ask, Engine, Route
from bot.serve import ROOT, ensure_model, train
from bot.situation import DEFAULTS, SLOTS, has_safety_signal
from bot.fact_classifier import learned_from_entities
from bot.mentions import (asked_only_from_entities, denied_outcomes_from_entities, from_entities,
                          unowned_outcomes_from_entities)
from bot.understanding import SAFETY, STATED_NO, Recognizer, content_recognizer, understand

EVALUATION = ROOT / "tests" / "evaluation"
HELDOUT = EVALUATION / "heldout.yml"
# Written blind (without seeing patterns, word lists, training data or the other sets' misses). The first two
# openings sets (sessions 2 and 4) had their misses read and became training data in data/feiten/ in session 5.
# Measured blind once (sessions 5, 6, 7, 9, 11), then their misses were read: development sets. Openingen-5 (blind
# from session 6 to 12) was read in session 12 after its first missed signal; openingen-17 (session 13) after its
# first measurement, which missed a signal, and openingen-15 (blind from session 11) and -18 (session 13) after the
# end measurement of session 13 missed one signal in each (only those messages were read). Openingen-23 (session 16)
# likewise after its first measurement missed one signal (a Polish message; only that message was read), and
# openingen-25 (session 18) after its first measurement missed two (a Polish and a German one; only those were read),
# and openingen-29 (session 22) after its first measurement missed one (a German one; only that one was read), and
# openingen-31 (session 24) after its first measurement missed two (a Polish neighbour and a toddler who chewed on a
# dishwasher tablet); its misses were read afterwards. So were openingen-34, -35 and -36 (session 26), whose first
# measurements missed a German one ("dass er nicht mehr leben will"), an English one ("writing about wanting to
# die in his journal") and two in Limburgish ("e hiel strip slaoptablette ingenome", "zo hard geslage dat ..."). So
# was openingen-42 (session 28), whose first measurement missed a German neighbour ("ich höre, wie er sie schlägt").
# Openingen-52 (session 36) was written as a blind set but for development: measured once, then read.
# Openingen-56 and -57 (session 40) were read after their first measurements missed one signal each (a Polish message
# about an unconscious child, a Polish one about a seizure that does not stop; only those messages were read).
# So was openingen-60 (session 42): its first measurement missed a German neighbour's message about two children left
# alone nearly every evening without food (only that message was read).
DEVELOPMENT_OPENINGS = {f"openingen-{n}": EVALUATION / f"openingen-blind-{n}.yml"
                        for n in (3, 4, 5, 6, 7, 10, 13, 14, 15, 17, 18, 23, 25, 29, 31, 34, 35, 36, 42, 52, 56, 57, 60)}
# Two writers each, from DOMAIN.md, the seeds and a labelling guide only; only totals are looked at.
BLIND_OPENINGS = {"openingen-8": EVALUATION / "openingen-blind-8.yml",   # session 7
                  "openingen-9": EVALUATION / "openingen-blind-9.yml",   # session 8
                  "openingen-11": EVALUATION / "openingen-blind-11.yml",  # session 9
                  "openingen-12": EVALUATION / "openingen-blind-12.yml",  # session 10
                  "openingen-16": EVALUATION / "openingen-blind-16.yml",  # session 12
                  "openingen-19": EVALUATION / "openingen-blind-19.yml",  # session 13
                  "openingen-20": EVALUATION / "openingen-blind-20.yml",  # session 14
                  "openingen-21": EVALUATION / "openingen-blind-21.yml",  # session 14
                  "openingen-22": EVALUATION / "openingen-blind-22.yml",  # session 15
                  "openingen-24": EVALUATION / "openingen-blind-24.yml",  # session 17
                  "openingen-26": EVALUATION / "openingen-blind-26.yml",  # session 19
                  "openingen-27": EVALUATION / "openingen-blind-27.yml",  # session 20
                  "openingen-28": EVALUATION / "openingen-blind-28.yml",  # session 21
                  "openingen-30": EVALUATION / "openingen-blind-30.yml",  # session 23 (one writer)
                  "openingen-32": EVALUATION / "openingen-blind-32.yml",  # session 25 (one writer)
                  "openingen-33": EVALUATION / "openingen-blind-33.yml",  # session 25 (the other writer, later)
                  "openingen-37": EVALUATION / "openingen-blind-37.yml",  # session 27
                  "openingen-38": EVALUATION / "openingen-blind-38.yml",  # session 27
                  "openingen-39": EVALUATION / "openingen-blind-39.yml",  # session 27
                  "openingen-40": EVALUATION / "openingen-blind-40.yml",  # session 27, written during its changes
                  "openingen-41": EVALUATION / "openingen-blind-41.yml",  # session 28
                  "openingen-43": EVALUATION / "openingen-blind-43.yml",  # session 28, written during its changes
                  "openingen-44": EVALUATION / "openingen-blind-44.yml",  # session 29
                  "openingen-45": EVALUATION / "openingen-blind-45.yml",  # session 30
                  "openingen-46": EVALUATION / "openingen-blind-46.yml",  # session 31
                  "openingen-47": EVALUATION / "openingen-blind-47.yml",  # session 32
                  "openingen-48": EVALUATION / "openingen-blind-48.yml",  # session 33
                  "openingen-49": EVALUATION / "openingen-blind-49.yml",  # session 34
                  "openingen-50": EVALUATION / "openingen-blind-50.yml",  # session 35
                  "openingen-51": EVALUATION / "openingen-blind-51.yml",  # session 36
                  "openingen-53": EVALUATION / "openingen-blind-53.yml",  # session 37
                  "openingen-54": EVALUATION / "openingen-blind-54.yml",  # session 38
                  "openingen-55": EVALUATION / "openingen-blind-55.yml",  # session 39
                  "openingen-58": EVALUATION / "openingen-blind-58.yml",  # session 40
                  "openingen-59": EVALUATION / "openingen-blind-59.yml",  # session 41
                  "openingen-61": EVALUATION / "openingen-blind-61.yml",  # session 43
                  "openingen-62": EVALUATION / "openingen-blind-62.yml",  # session 44
                  # session 29: openings in other languages and dialects only (45 signals per writer)
                  "talen-29": EVALUATION / "talen-blind-29.yml",
                  # session 34: the same, two new writers, after that session's phrases in other languages
                  "talen-34-blind": EVALUATION / "talen-blind-34.yml"}
BLIND_SAFETY = EVALUATION / "veiligheid-blind.yml"
RESULTS = ROOT / "results" / "evaluation"


@dataclass(frozen=True)
class Sample:
    text: str
    intent: str
    facts: dict[str, str]
    safety: bool


@dataclass(frozen=True)
class Prediction:
    intent: str
    facts: dict[str, str]
    # The first reply shows 112, Veilig Thuis and 113 anyway: the note for a message in another language
    # (actions.TurnAction). A missed signal with it is still missed, but the parent sees where to call.
    language_note: bool = False

    @property
    def safety(self) -> bool:
        return has_safety_signal(self.facts)


def load_samples(path: Path = HELDOUT) -> list[Sample]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))["berichten"]
    return [Sample(m["tekst"], m["intent"], {k: str(v) for k, v in (m.get("feiten") or {}).items()},
                   bool(m["veiligheid"])) for m in raw]


def load_agent(model: Path) -> Any:
    """A trained model as a Rasa Agent, with logging at INFO as the server runs: unconfigured, Rasa's structlog
    prints every parse with its text at DEBUG, which would put the blind sets' messages and readings on the
    screen (and costs parse time)."""
    import logging

    from rasa.core.agent import Agent  # heavy imports, only here
    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.INFO)
    return Agent.load(str(model))


def parse_all(model: Path, texts: Iterable[str]) -> list[dict[str, Any]]:
    """The trained model's parse of every text (intent ranking and entities), with one load of the model."""
    agent = load_agent(model)

    async def run() -> list[dict[str, Any]]:
        return [await agent.parse_message(text) for text in texts]

    return asyncio.run(run())


FALLBACK_INTENT = "nlu_fallback"


def read(recognizer: Recognizer, text: str, parsed: dict[str, Any], mentions: bool = True) -> Prediction:
    """The facts of one parsed message, read as the actions read an opening message. mentions=False leaves
    the spaCy mentions out (for the ablation)."""
    intent = (parsed.get("intent") or {}).get("name") or FALLBACK_INTENT
    ranking = [(i["name"], i["confidence"]) for i in parsed.get("intent_ranking") or []]
    entities = parsed.get("entities") or []
    found = from_entities(entities)[0] if mentions else {}
    facts = understand(recognizer, text, intent=intent, ranking=ranking, mentions=found,
                       learned=learned_from_entities(entities),
                       asked_only=asked_only_from_entities(entities) if mentions else (),
                       denied=denied_outcomes_from_entities(entities) if mentions else (),
                       unowned=unowned_outcomes_from_entities(entities) if mentions else ()).facts
    # Intents that only carry facts (the safety intents) are kinds of 'inform' for scoring. So is a doubt of the
    # classifier (nlu_fallback) in a message whose facts were read: the assistant then does what it does after
    # 'inform' (actions.ActionNietBegrepen, Turn.understood). Only a message without facts is not understood.
    understood_anyway = intent == FALLBACK_INTENT and bool(facts)
    return Prediction("inform" if intent in recognizer.intent_facts or understood_anyway else intent, facts,
                      recognizer.gives_language_note(intent, text))


def _f1(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            "support": tp + fn}


def denied_read_positive(samples: list[Sample], predictions: list[Prediction]) -> list[tuple[Sample, str, str]]:
    """Every labelled 'nee' or 'weet_niet' that was read as another value: (sample, slot, value read). Issue 3: a
    denied fact read as 'ja' sends the parent past a door they never went through."""
    return [(sample, slot, pred.facts[slot]) for sample, pred in zip(samples, predictions)
            for slot, value in sample.facts.items()
            if value in STATED_NO and pred.facts.get(slot) not in (None, *STATED_NO)]


def score(samples: list[Sample], predictions: list[Prediction]) -> dict[str, Any]:
    slots: dict[str, Counter] = {slot: Counter() for slot in SLOTS}
    misses = []
    for sample, pred in zip(samples, predictions):
        wrong = {}
        for slot, counts in slots.items():
            gold, got = sample.facts.get(slot), pred.facts.get(slot)
            if slot == SAFETY:  # 'veilig' is no signal, the same as nothing said (DOMAIN.md): no fact to score
                gold, got = (None if v == DEFAULTS[slot] else v for v in (gold, got))
            if got == gold and gold is not None:
                counts["tp"] += 1
            else:
                if got is not None:
                    counts["fp"] += 1
                if gold is not None:
                    counts["fn"] += 1
                if got != gold:
                    wrong[slot] = {"verwacht": gold, "gevonden": got}
        if wrong or pred.intent != sample.intent:
            misses.append({"tekst": sample.text, "intent": [sample.intent, pred.intent], "feiten": wrong})
    intents = sorted({s.intent for s in samples} | {p.intent for p in predictions})
    per_intent = {}
    for intent in intents:
        tp = sum(s.intent == p.intent == intent for s, p in zip(samples, predictions))
        fp = sum(p.intent == intent != s.intent for s, p in zip(samples, predictions))
        fn = sum(s.intent == intent != p.intent for s, p in zip(samples, predictions))
        per_intent[intent] = _f1(tp, fp, fn)
    gold_intents = {s.intent for s in samples}
    steps = Counter(first_step(s, p) for s, p in zip(samples, predictions) if s.intent == "inform" and not s.safety)
    safe = [p.safety for s, p in zip(samples, predictions) if not s.safety]
    unsafe = [p.safety for s, p in zip(samples, predictions) if s.safety]
    noted = sum(p.language_note for s, p in zip(samples, predictions) if s.safety and not p.safety)
    return {
        "messages": len(samples),
        "facts": {slot: _f1(c["tp"], c["fp"], c["fn"]) for slot, c in slots.items()},
        "intent_macro_f1": round(sum(per_intent[i]["f1"] for i in gold_intents) / len(gold_intents), 3),
        "intents": per_intent,
        "safety": {"recall": round(sum(unsafe) / len(unsafe), 3) if unsafe else 1.0,
                   "false_alarm_rate": round(sum(safe) / len(safe), 3) if safe else 0.0,
                   "signals": len(unsafe), "no_signal": len(safe), "missed_with_numbers": noted},
        "first_step": {"messages": sum(steps.values()), **{kind: steps[kind] for kind in FIRST_STEPS}},
        "denied": {"stated": sum(v in STATED_NO for s in samples for v in s.facts.values()),
                   "read_positive": len(denied_read_positive(samples, predictions))},
        "misses": misses,
    }


# What the parent meets after an opening without a safety signal, compared with what the labelled facts give
# (bot.engine): the same next question or route; a question about a fact the opening states (the parent must say
# it again); a route where the labelled facts still ask (a read fact the opening did not state decided); another
# route; another question.
FIRST_STEPS = ("zelfde", "vraagt_opnieuw", "te_vroeg_advies", "ander_advies", "andere_vraag")


@lru_cache(maxsize=1)
def _engine() -> Engine:
    return Engine()


def first_step(sample: Sample, prediction: Prediction) -> str:
    """How the assistant's next step after this opening compares with the next step of its labelled facts."""
    wanted, got = _engine().decide(sample.facts), _engine().decide(prediction.facts)
    if isinstance(got, Ask):
        if isinstance(wanted, Ask) and wanted.slot == got.slot:
            return "zelfde"
        return "vraagt_opnieuw" if got.slot in sample.facts else "andere_vraag"
    if isinstance(wanted, Route):
        return "zelfde" if wanted.destination == got.destination else "ander_advies"
    return "te_vroeg_advies"


def confusion_png(samples: list[Sample], predictions: list[Prediction], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    labels = sorted({s.intent for s in samples} | {p.intent for p in predictions})
    index = {label: i for i, label in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]
    for s, p in zip(samples, predictions):
        matrix[index[s.intent]][index[p.intent]] += 1
    fig, ax = plt.subplots(figsize=(8, 7))
    ax.imshow(matrix, cmap="Blues")
    ax.set_xticks(range(len(labels)), labels, rotation=60, ha="right")
    ax.set_yticks(range(len(labels)), labels)
    for i, row in enumerate(matrix):
        for j, value in enumerate(row):
            if value:
                ax.text(j, i, str(value), ha="center", va="center", color="black")
    ax.set_xlabel("voorspeld")
    ax.set_ylabel("verwacht")
    ax.set_title("Intents op de achtergehouden set")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def train_variant(config: dict[str, Any], work: Path, name: str) -> Path:
    path = work / f"config-{name}.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    with open(os.devnull, "wb") as quiet:
        return train(work, name, config=path, log=quiet)


def _config() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))


def variants(seeds: int, ablation: bool) -> Iterable[tuple[str, dict[str, Any], bool]]:
    """(name, config, use mentions) of every extra model to measure."""
    for seed in range(1, seeds + 1):
        config = _config()
        for component in config["pipeline"]:
            if component["name"] == "DIETClassifier":
                component["random_seed"] = seed
        yield f"seed-{seed}", config, True
    if ablation:
        config = _config()
        spacy_parts = ("SpacyNLP", "SpacyTokenizer", "bot.rasa_component.WoordFeiten")
        config["pipeline"] = ([{"name": "WhitespaceTokenizer"}]
                              + [c for c in config["pipeline"] if c["name"] not in spacy_parts])
        yield "zonder-spacy", config, False
        config = _config()
        config["pipeline"] = [c for c in config["pipeline"] if c.get("analyzer") != "char_wb"]
        yield "zonder-char-ngrams", config, True
        config = _config()
        config["pipeline"] = [c for c in config["pipeline"] if c["name"] != "bot.rasa_component.FeitenLeren"]
        yield "zonder-geleerde-feiten", config, True


BLIND_NAMES = tuple(BLIND_OPENINGS)
# Openings that deny a door, the Wlz or a complaint report in many ways, and look-alikes (session 24, a helper that saw
# only DOMAIN.md and LABELS.md); read after its first measurement: a development set
# Ontkenningen-25 (session 25, the same kind of helper): denials inside long stories, one clause among many.
# Ontkenningen-31 (session 31, the same kind of helper): denials in another sentence than the name, organisations
# named without contact (a question, the gemeente as payer), and look-alikes.
DENIALS = {"ontkenningen-24": EVALUATION / "ontkenningen-24.yml", "ontkenningen-25": EVALUATION / "ontkenningen-25.yml",
           "ontkenningen-31": EVALUATION / "ontkenningen-31.yml",
           "ontkenningen-32": EVALUATION / "ontkenningen-32.yml",  # session 32: vague names, reasons, one of two doors
           "ontkenningen-35": EVALUATION / "ontkenningen-35.yml",  # session 35: notes, lists, irony, plans not kept
           # session 39: withdrawn, believed, prepared and never sent, someone else's wish, "niemand", dialect
           "ontkenningen-39": EVALUATION / "ontkenningen-39.yml",
           # session 40: appointments that fell through, a Wlz no longer had, someone else's question or advice,
           # never reached anyone, a complaint never sent
           "afspraken-40": EVALUATION / "afspraken-40.yml",
           # session 41: in another language, corrected, true for a sibling or earlier, a contrast, a form, irony,
           # far from the noun
           "ontkenningen-41": EVALUATION / "ontkenningen-41.yml",
           # session 42: a double negative, a hypothetical, a question with a negative word, a negative word about
           # something else, two doors or children in one sentence, a summary pointing back, a self-correction
           "ontkenningen-42": EVALUATION / "ontkenningen-42.yml",
           # session 43: a plan, advice or referral that did not happen, a door skipped, a condition, a short
           # answer, a negation in dialect or with a typo, a denial without a negative word
           "ontkenningen-43": EVALUATION / "ontkenningen-43.yml",
           # session 44: an appointment that fell through, someone else in touch, advice with another door in
           # between, trying to reach a door, two children or doors, dialect, an outburst or irony
           "ontkenningen-44": EVALUATION / "ontkenningen-44.yml",
           # session 44, written after that session's first patterns to check them: an appointment that fell
           # through or went ahead, someone else's advice or promise, an own plan told early and its end told late, a
           # message that never left or was never answered
           "afspraken-44": EVALUATION / "afspraken-44.yml"}
# Session 27, two more helpers' sets on a weak point each, measured once and then read: messages that sound alarming
# but carry no signal, with real signals written close to them (alarm-27), and short messages of every intent with
# look-alikes that are stories (intenties-27).
FOCUSED = {"alarm-27": EVALUATION / "alarm-27.yml", "intenties-27": EVALUATION / "intenties-27.yml",
           "signalen-28": EVALUATION / "signalen-28.yml",  # session 28: subtle signals, for the reader's threshold
           "intenties-30": EVALUATION / "intenties-30.yml",  # session 30: the kind of message, two new writers
           "talen-31": EVALUATION / "talen-31.yml",  # session 31: other languages and dialects, where choices are made
           "talen-31b": EVALUATION / "talen-31b.yml",  # session 31: written after the phrases from talen-31
           "uitkomsten-32": EVALUATION / "uitkomsten-32.yml",  # session 32: how it went at the gemeente, look-alikes
           "klachten-32": EVALUATION / "klachten-32.yml",  # session 32: complaints raised or not, look-alikes
           "wlz-32": EVALUATION / "wlz-32.yml",  # session 32: the Wlz and the zorgkantoor, look-alikes
           "hulpvragen-33": EVALUATION / "hulpvragen-33.yml",  # session 33: what the parent wants, look-alikes
           "klachtwoorden-34": EVALUATION / "klachtwoorden-34.yml",  # session 34: complaints and complaint words
           "streektaal-34": EVALUATION / "streektaal-34.yml",  # session 34: regional and mixed Dutch, with signals
           "intenties-34": EVALUATION / "intenties-34.yml",  # session 34: the kind of message, a new writer
           "talen-34": EVALUATION / "talen-34.yml",  # session 34: other languages, after that session's phrases
           "uitkomsten-35": EVALUATION / "uitkomsten-35.yml",  # session 35: outcomes at the gemeente, not in plain words
           "contact-37": EVALUATION / "contact-37.yml",  # session 37: a door planned, advised or asked about, look-alikes
           "wlz-38": EVALUATION / "wlz-38.yml"}  # session 38: the Wlz at every stage, with and without an indicatie
SETS = {"heldout": HELDOUT, **DEVELOPMENT_OPENINGS, **DENIALS, **FOCUSED, **BLIND_OPENINGS}


# The Dutch blind openings as one held-out set: 5,800 messages of some 60 writers that no choice was made on. The
# README's "Waar het nu staat" reads issue 3's targets on this pool and on each set (session 38).
POOLED = "blind-samen"
LANGUAGE_SETS = tuple(name for name, path in BLIND_OPENINGS.items() if path.name.startswith("talen-"))


def pooled(evaluated: dict[str, tuple[dict[str, Any], list[Sample], list[Prediction]]]) -> dict[str, Any]:
    """The score of the Dutch blind openings taken together (every message counted once, as one set)."""
    names = [n for n in BLIND_NAMES if n not in LANGUAGE_SETS and n in evaluated]
    return score([s for n in names for s in evaluated[n][1]], [p for n in names for p in evaluated[n][2]])


def summary(result: dict[str, Any]) -> dict[str, float]:
    f1s = [m["f1"] for m in result["facts"].values() if m["support"]]
    return {"intent_macro_f1": result["intent_macro_f1"], "fact_f1_mean": round(sum(f1s) / len(f1s), 3),
            "fact_f1_min": min(f1s), "safety_recall": result["safety"]["recall"],
            "false_alarms": result["safety"]["false_alarm_rate"], "first_step_same": step_share(result, "zelfde")}


def step_share(result: dict[str, Any], kind: str) -> float:
    """The share of a set's openings without a signal whose first step is of this kind (FIRST_STEPS)."""
    steps = result["first_step"]
    return round(steps[kind] / steps["messages"], 3) if steps["messages"] else 1.0


def report(results: dict[str, dict[str, Any]]) -> str:
    names = [*SETS, *([POOLED] if POOLED in results else [])]
    lines = ["| feit | " + " | ".join(f"F1 {n}" for n in names) + " |", "|---|" + "---|" * len(names)]
    for slot in SLOTS:
        cells = [f"{results[n]['facts'][slot]['f1']:.2f} (n={results[n]['facts'][slot]['support']})"
                 for n in names]
        lines.append(f"| {slot} | " + " | ".join(cells) + " |")
    lines.append("")
    for name in [*names, "veiligheid"]:
        r = results[name]
        s = r["safety"]
        lines.append(f"{name}: intent macro-F1 {r['intent_macro_f1']:.3f}; veiligheid recall {s['recall']:.3f} "
                     f"({s['signals']} signalen; van de gemiste zagen {s['missed_with_numbers']} toch 112, Veilig "
                     f"Thuis en 113 in de taalmelding), vals alarm {s['false_alarm_rate']:.3f} "
                     f"({s['no_signal']} zonder); ontkend maar positief gelezen {r['denied']['read_positive']} van "
                     f"{r['denied']['stated']}; missers {len(r['misses'])} van {r['messages']}")
    lines.append("")
    lines.append("| eerste stap (openingen zonder signaal) | " + " | ".join(FIRST_STEPS) + " |")
    lines.append("|---|" + "---|" * len(FIRST_STEPS))
    for name in names:
        steps = results[name]["first_step"]
        lines.append(f"| {name} (n={steps['messages']}) | "
                     + " | ".join(f"{step_share(results[name], k):.3f}" for k in FIRST_STEPS) + " |")
    return "\n".join(lines)


def evaluate_all(model: Path | None = None, mentions: bool = True,
                 blind: bool = True) -> dict[str, tuple[dict[str, Any], list[Sample], list[Prediction]]]:
    """Every evaluation set (blind=False: without the blind sets), read with one load of the model: per set
    (score, samples, predictions). The safety-only set counts for safety, not for facts or intents."""
    sets = all_sets(blind)
    parsed = iter(parse_all(model or ensure_model(quiet=True), [s.text for ss in sets.values() for s in ss]))
    recognizer = content_recognizer()
    out = {}
    for name, samples in sets.items():
        predicted = [read(recognizer, s.text, next(parsed), mentions) for s in samples]
        out[name] = (score(samples, predicted), samples, predicted)
    return out


def all_sets(blind: bool = True) -> dict[str, list[Sample]]:
    return {name: load_samples(path) for name, path in [*SETS.items(), ("veiligheid", BLIND_SAFETY)]
            if blind or name not in BLIND_NAMES}


def development_report(evaluated: dict[str, tuple[dict[str, Any], list[Sample], list[Prediction]]]) -> str:
    """Per development set and together: what a choice is made on. With every false alarm and missed signal
    (these sets may be read; the blind ones never appear here)."""
    lines = ["| set | intent macro-F1 | feit-F1 gem. | feit-F1 min | signalen gevonden | vals alarm | eerste stap "
             "zelfde |", "|---|---|---|---|---|---|---|"]
    found = signals = alarms = safe = denied = flipped = 0
    wrong: list[str] = []
    for name, (result, samples, predicted) in evaluated.items():
        if name in BLIND_NAMES:  # choices are never made on a blind set, and its messages are never shown
            raise ValueError(f"{name} is een blinde set")
        s, r = summary(result), result["safety"]
        hits = sum(p.safety for x, p in zip(samples, predicted) if x.safety)
        raised = sum(p.safety for x, p in zip(samples, predicted) if not x.safety)
        found, signals, alarms, safe = found + hits, signals + r["signals"], alarms + raised, safe + r["no_signal"]
        lines.append(f"| {name} | {s['intent_macro_f1']:.3f} | {s['fact_f1_mean']:.3f} | {s['fact_f1_min']:.3f} | "
                     f"{hits}/{r['signals']} | {raised}/{r['no_signal']} | {s['first_step_same']:.3f} |")
        wrong += [f"- vals alarm ({name}): {x.text!r}" for x, p in zip(samples, predicted) if p.safety > x.safety]
        wrong += [f"- gemist ({name}{', wel taalmelding' if p.language_note else ''}): {x.text!r}"
                  for x, p in zip(samples, predicted) if x.safety > p.safety]
        flips = denied_read_positive(samples, predicted)
        wrong += [f"- ontkend maar positief ({name}, {slot}: {x.facts[slot]} -> {got}): {x.text!r}"
                  for x, slot, got in flips]
        denied, flipped = denied + result["denied"]["stated"], flipped + len(flips)
    lines.append(f"\nSamen: {found}/{signals} signalen gevonden, {alarms}/{safe} vals alarm "
                 f"({alarms / max(safe, 1):.1%}); {flipped}/{denied} ontkende feiten positief gelezen.\n")
    return "\n".join(lines + wrong)


THRESHOLDS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)  # 1.01: the learned reader off for that slot
AGREEMENTS = (0.0, 0.05, 0.1, 0.2, 0.3)
AGAINST_SAFE = (0.4, 0.6, 0.8, 0.9, 0.95)
INTENT_AGREEMENTS = (0.1, 0.2, 0.3, 0.35)


def threshold_sweep(sets: Iterable[str]) -> str:
    """F1 per learned slot and threshold (and safety recall / false alarms for `veiligheid`), on the named sets
    together, one slot at a time with the others at their content thresholds; the same for `voorrang`, and
    safety's recall / false alarms per `instemming`, `instemming_intenties` and `tegen_veilig`. This is how
    herkenning.yml's `geleerd` is picked."""
    from dataclasses import replace

    blind = [name for name in sets if name in BLIND_NAMES]
    if blind:
        raise SystemExit(f"{', '.join(blind)}: blinde sets; daarop kies je geen drempels")
    chosen = {name: samples for name, samples in all_sets().items() if name in sets}
    samples = [s for ss in chosen.values() for s in ss]
    parsed = parse_all(ensure_model(quiet=True), [s.text for s in samples])
    base = content_recognizer()
    lines = [f"Sets: {', '.join(chosen)} ({len(samples)} berichten)",
             "| feit | " + " | ".join(f"{t:.2f}" if t <= 1 else "uit" for t in THRESHOLDS) + " |",
             "|---|" + "---|" * len(THRESHOLDS)]
    for slot, kind in [(slot, "drempel") for slot in SLOTS] + [(s, "voorrang") for s in base.learned_precedence]:
        cells = []
        for threshold in THRESHOLDS:
            if kind == "drempel":
                recognizer = replace(base, learned_thresholds={**base.learned_thresholds, slot: threshold})
            else:
                recognizer = replace(base, learned_precedence={**base.learned_precedence, slot: threshold})
            result = score(samples, [read(recognizer, s.text, p) for s, p in zip(samples, parsed)])
            cell = f"{result['facts'][slot]['f1']:.3f}"
            if slot == "veiligheid":
                cell += f" ({result['safety']['recall']:.3f}/{result['safety']['false_alarm_rate']:.3f})"
            cells.append(cell)
        lines.append(f"| {slot}{' (voorrang)' if kind == 'voorrang' else ''} | " + " | ".join(cells) + " |")
    def safety_row(setting: str, values: Iterable[float], recognizer_for: Any) -> str:
        """Safety's recall / false alarms per value of one of the reader's safety settings."""
        cells = []
        for value in values:
            result = score(samples, [read(recognizer_for(value), s.text, p) for s, p in zip(samples, parsed)])
            cells.append(f"{value:.2f}: {result['safety']['recall']:.3f}/{result['safety']['false_alarm_rate']:.3f}")
        return f"| veiligheid ({setting}: recall/vals alarm) | " + " | ".join(cells) + " |"

    if base.learned_agreement is not None:  # the reader's agreement a phrase's or intent's signal needs
        lines.append(safety_row("instemming", AGREEMENTS, lambda v: replace(base, learned_agreement=v)))
        lines.append(safety_row("instemming_intenties", INTENT_AGREEMENTS,  # at least `instemming` (content rule)
                                lambda v: replace(base, learned_intent_agreement=max(v, base.learned_agreement))))
    if base.learned_against_safe is not None:  # the reader's threshold when the parent says it is safe now
        lowest = base.learned_thresholds[SAFETY]
        lines.append(safety_row("tegen_veilig", AGAINST_SAFE,
                                lambda v: replace(base, learned_against_safe=max(v, lowest))))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Begrip meten op de achtergehouden sets")
    parser.add_argument("--seeds", type=int, default=0, help="train ook N modellen met andere seeds")
    parser.add_argument("--ablatie", action="store_true",
                        help="meet ook zonder spaCy-pijplijn, zonder letter-n-grammen en zonder de geleerde "
                        "feitenlezer (traint 3 modellen)")
    parser.add_argument("--drempels", metavar="SETS", help="F1 per drempel van de geleerde lezer, op deze sets "
                        "(komma's, bijvoorbeeld heldout,openingen-3,openingen-4,veiligheid; nooit een blinde set)")
    parser.add_argument("--blinde-missers", action="store_true",
                        help=f"schrijf ook de missers van de blinde sets ({', '.join(BLIND_NAMES)}) in missers.md; "
                        "daarna zijn ze niet meer blind")
    parser.add_argument("--ontwikkeling", action="store_true",
                        help="meet alleen op de ontwikkelsets (geen blinde blik), met elk vals alarm en elk gemist "
                        "signaal: om te kiezen")
    parser.add_argument("--config", metavar="PAD", type=Path,
                        help="met --ontwikkeling: train en meet deze variant van config.yml")
    args = parser.parse_args(argv)
    if args.config and not args.ontwikkeling:
        parser.error("--config alleen met --ontwikkeling: kiezen gebeurt nooit op een blinde set")
    if args.ontwikkeling:
        with tempfile.TemporaryDirectory() as work:
            config = yaml.safe_load(args.config.read_text(encoding="utf-8")) if args.config else None
            model = train_variant(config, Path(work), "variant") if config else None
            print(development_report(evaluate_all(model, blind=False)))
        return 0
    if args.drempels:
        print(threshold_sweep(args.drempels.split(",")))
        return 0
    RESULTS.mkdir(parents=True, exist_ok=True)
    evaluated = evaluate_all()
    results = {name: result for name, (result, _, _) in evaluated.items()}
    results[POOLED] = pooled(evaluated)
    confusion_png(*evaluated["heldout"][1:], RESULTS / "intent-confusie.png")
    output: dict[str, Any] = {"sets": results, "varianten": {"standaard": {n: summary(r) for n, r in results.items()}}}
    with tempfile.TemporaryDirectory() as work:
        for name, config, mentions in variants(args.seeds, args.ablatie):
            model = train_variant(config, Path(work), name)
            output["varianten"][name] = {n: summary(r) for n, (r, _, _) in evaluate_all(model, mentions).items()}
    (RESULTS / "evaluatie.json").write_text(json.dumps(output, indent=2, ensure_ascii=False), encoding="utf-8")
    with open(RESULTS / "missers.md", "w", encoding="utf-8") as out:
        for name, result in results.items():
            out.write(f"\n## {name}\n\n")
            if (name in BLIND_NAMES or name == POOLED) and not args.blinde_missers:  # reading would end blindness
                out.write(f"{len(result['misses'])} missers, niet getoond: dit is de blinde set.\n")
                continue
            for miss in result["misses"]:
                out.write(f"- {miss['tekst']!r}: intent {miss['intent'][0]} → {miss['intent'][1]}; "
                          f"{json.dumps(miss['feiten'], ensure_ascii=False)}\n")
    print(report(results))
    if len(output["varianten"]) > 1:
        print("\n| variant | set | intent macro-F1 | feit-F1 gem. | feit-F1 min | veiligheid recall | vals alarm "
              "| eerste stap zelfde |")
        print("|---|---|---|---|---|---|---|---|")
        for variant, per_set in output["varianten"].items():
            for name, s in per_set.items():
                print(f"| {variant} | {name} | {s['intent_macro_f1']:.3f} | {s['fact_f1_mean']:.3f} | "
                      f"{s['fact_f1_min']:.3f} | {s['safety_recall']:.3f} | {s['false_alarms']:.3f} | "
                      f"{s['first_step_same']:.3f} |")
    print(f"Details: {RESULTS.relative_to(ROOT)}/ (evaluatie.json, missers.md, intent-confusie.png)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
