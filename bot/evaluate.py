"""`python -m bot.evaluate`: how well the assistant understands parents, on the held-out set.

Every message goes through what a parent's opening goes through: the trained Rasa model for the intent, then
the actions' reading of facts (bot.understanding). Reported: per-slot fact precision/recall/F1, intent macro-F1,
safety recall and false-alarm rate, an intent confusion matrix (PNG) and every miss.
`--seeds N` also trains N models with different seeds and reports the spread of intent macro-F1.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

import yaml

from bot.content import load_content
from bot.serve import ROOT, ensure_model, quiet_env, train_command
from bot.situation import DEFAULTS, SLOTS
from bot.mentions import from_entities
from bot.understanding import compile_recognition, understand

EVALUATION = ROOT / "tests" / "evaluation"
HELDOUT = EVALUATION / "heldout.yml"
# Written blind (without seeing patterns, word lists, training data or the other sets' misses).
BLIND_OPENINGS = EVALUATION / "openingen-blind.yml"  # since session 4 its misses are read: a development set
BLIND_OPENINGS_2 = EVALUATION / "openingen-blind-2.yml"  # session 4, blind; only its totals are looked at
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

    @property
    def safety(self) -> bool:
        return self.facts.get("veiligheid", DEFAULTS["veiligheid"]) != DEFAULTS["veiligheid"]


def load_samples(path: Path = HELDOUT) -> list[Sample]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))["berichten"]
    return [Sample(m["tekst"], m["intent"], {k: str(v) for k, v in (m.get("feiten") or {}).items()},
                   bool(m["veiligheid"])) for m in raw]


def predict(model: Path, texts: Iterable[str], mentions: bool = True) -> list[Prediction]:
    """Intent and the spaCy pipeline's mentions from the trained model, facts read as the actions read an
    opening message. mentions=False leaves the spaCy mentions out (for the ablation)."""
    from rasa.core.agent import Agent  # heavy import, only here

    agent = Agent.load(str(model))
    content = load_content()
    recognizer = compile_recognition(content.recognition, content.vocabulary)

    async def run() -> list[Prediction]:
        out = []
        for text in texts:
            parsed = await agent.parse_message(text)
            intent = (parsed.get("intent") or {}).get("name") or "nlu_fallback"
            ranking = [(i["name"], i["confidence"]) for i in parsed.get("intent_ranking") or []]
            found = from_entities(parsed.get("entities") or [])[0] if mentions else {}
            facts = understand(recognizer, text, intent=intent, ranking=ranking, mentions=found).facts
            # Intents that only carry facts (the safety intents) are kinds of 'inform' for scoring.
            out.append(Prediction("inform" if intent in recognizer.intent_facts else intent, facts))
        return out

    return asyncio.run(run())


def _f1(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            "support": tp + fn}


def score(samples: list[Sample], predictions: list[Prediction]) -> dict[str, Any]:
    slots: dict[str, Counter] = {slot: Counter() for slot in SLOTS}
    misses = []
    for sample, pred in zip(samples, predictions):
        wrong = {}
        for slot, counts in slots.items():
            gold, got = sample.facts.get(slot), pred.facts.get(slot)
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
    safe = [p.safety for s, p in zip(samples, predictions) if not s.safety]
    unsafe = [p.safety for s, p in zip(samples, predictions) if s.safety]
    return {
        "messages": len(samples),
        "facts": {slot: _f1(c["tp"], c["fp"], c["fn"]) for slot, c in slots.items()},
        "intent_macro_f1": round(sum(per_intent[i]["f1"] for i in gold_intents) / len(gold_intents), 3),
        "intents": per_intent,
        "safety": {"recall": round(sum(unsafe) / len(unsafe), 3) if unsafe else 1.0,
                   "false_alarm_rate": round(sum(safe) / len(safe), 3) if safe else 0.0,
                   "signals": len(unsafe), "no_signal": len(safe)},
        "misses": misses,
    }


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
    import subprocess

    path = work / f"config-{name}.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    command = train_command(work, name)
    command[command.index("--config") + 1] = str(path)
    subprocess.run(command, cwd=ROOT, check=True, env=quiet_env(), stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return work / f"{name}.tar.gz"


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


SETS = {"heldout": HELDOUT, "openingen": BLIND_OPENINGS, "openingen-2": BLIND_OPENINGS_2}


def summary(result: dict[str, Any]) -> dict[str, float]:
    f1s = [m["f1"] for m in result["facts"].values() if m["support"]]
    return {"intent_macro_f1": result["intent_macro_f1"], "fact_f1_mean": round(sum(f1s) / len(f1s), 3),
            "fact_f1_min": min(f1s), "safety_recall": result["safety"]["recall"],
            "false_alarms": result["safety"]["false_alarm_rate"]}


def report(results: dict[str, dict[str, Any]]) -> str:
    names = list(SETS)
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
                     f"({s['signals']} signalen), vals alarm {s['false_alarm_rate']:.3f} "
                     f"({s['no_signal']} zonder); missers {len(r['misses'])} van {r['messages']}")
    return "\n".join(lines)


def evaluate_all(model: Path | None = None,
                 mentions: bool = True) -> dict[str, tuple[dict[str, Any], list[Sample], list[Prediction]]]:
    """Every evaluation set, read with one load of the model: per set (score, samples, predictions).
    The safety-only set counts for safety, not for facts or intents."""
    sets = {name: load_samples(path) for name, path in [*SETS.items(), ("veiligheid", BLIND_SAFETY)]}
    texts = [s.text for samples in sets.values() for s in samples]
    predictions = iter(predict(model or ensure_model(quiet=True), texts, mentions))
    out = {}
    for name, samples in sets.items():
        predicted = [next(predictions) for _ in samples]
        out[name] = (score(samples, predicted), samples, predicted)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Begrip meten op de achtergehouden sets")
    parser.add_argument("--seeds", type=int, default=0, help="train ook N modellen met andere seeds")
    parser.add_argument("--ablatie", action="store_true",
                        help="meet ook zonder spaCy-pijplijn en zonder letter-n-grammen (traint 2 modellen)")
    args = parser.parse_args(argv)
    RESULTS.mkdir(parents=True, exist_ok=True)
    evaluated = evaluate_all()
    results = {name: result for name, (result, _, _) in evaluated.items()}
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
            for miss in result["misses"]:
                out.write(f"- {miss['tekst']!r}: intent {miss['intent'][0]} → {miss['intent'][1]}; "
                          f"{json.dumps(miss['feiten'], ensure_ascii=False)}\n")
    print(report(results))
    if len(output["varianten"]) > 1:
        print("\n| variant | set | intent macro-F1 | feit-F1 gem. | feit-F1 min | veiligheid recall | vals alarm |")
        print("|---|---|---|---|---|---|---|")
        for variant, per_set in output["varianten"].items():
            for name, s in per_set.items():
                print(f"| {variant} | {name} | {s['intent_macro_f1']:.3f} | {s['fact_f1_mean']:.3f} | "
                      f"{s['fact_f1_min']:.3f} | {s['safety_recall']:.3f} | {s['false_alarms']:.3f} |")
    print(f"Details: {RESULTS.relative_to(ROOT)}/ (evaluatie.json, missers.md, intent-confusie.png)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
