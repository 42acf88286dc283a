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
from bot.understanding import compile_recognition, understand

HELDOUT = ROOT / "tests" / "evaluation" / "heldout.yml"
# Safety-only set written blind (without seeing patterns, training data or HELDOUT's misses).
BLIND_SAFETY = ROOT / "tests" / "evaluation" / "veiligheid-blind.yml"
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


def predict(model: Path, texts: Iterable[str]) -> list[Prediction]:
    """Intent from the trained model, facts from the content-driven reading, as in an opening message."""
    from rasa.core.agent import Agent  # heavy import, only here

    agent = Agent.load(str(model))
    recognizer = compile_recognition(load_content().recognition)

    async def run() -> list[Prediction]:
        out = []
        for text in texts:
            parsed = await agent.parse_message(text)
            intent = (parsed.get("intent") or {}).get("name") or "nlu_fallback"
            ranking = [(i["name"], i["confidence"]) for i in parsed.get("intent_ranking") or []]
            facts = understand(recognizer, text, intent=intent, ranking=ranking).facts
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


def _seed_models(seeds: int, work: Path) -> list[Path]:
    import subprocess

    config = yaml.safe_load((ROOT / "config.yml").read_text())
    models = []
    for seed in range(1, seeds + 1):
        for component in config["pipeline"]:
            if component["name"] == "DIETClassifier":
                component["random_seed"] = seed
        seeded = work / f"config-{seed}.yml"
        seeded.write_text(yaml.safe_dump(config), encoding="utf-8")
        command = train_command(work, f"seed-{seed}")
        command[command.index("--config") + 1] = str(seeded)
        subprocess.run(command, cwd=ROOT, check=True, env=quiet_env(), stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        models.append(work / f"seed-{seed}.tar.gz")
    return models


def report(result: dict[str, Any]) -> str:
    lines = ["| feit | precisie | recall | F1 | n |", "|---|---|---|---|---|"]
    for slot, m in result["facts"].items():
        lines.append(f"| {slot} | {m['precision']:.2f} | {m['recall']:.2f} | {m['f1']:.2f} | {m['support']} |")
    s = result["safety"]
    lines += ["", f"Intent macro-F1: {result['intent_macro_f1']:.3f}",
              f"Veiligheid: recall {s['recall']:.3f} ({s['signals']} signalen), "
              f"vals alarm {s['false_alarm_rate']:.3f} ({s['no_signal']} zonder signaal)",
              f"Missers: {len(result['misses'])} van {result['messages']} berichten"]
    if "blind_safety" in result:
        b = result["blind_safety"]
        lines.append(f"Blinde veiligheidsset: recall {b['recall']:.3f} ({b['signals']} signalen), "
                     f"vals alarm {b['false_alarm_rate']:.3f} ({b['no_signal']} zonder signaal), "
                     f"juiste soort signaal F1 {b['facts_veiligheid']['f1']:.2f}")
    return "\n".join(lines)


def evaluate(model: Path | None = None, path: Path = HELDOUT) -> tuple[dict[str, Any], list[Sample], list[Prediction]]:
    samples = load_samples(path)
    predictions = predict(model or ensure_model(quiet=True), [s.text for s in samples])
    return score(samples, predictions), samples, predictions


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Begrip meten op de achtergehouden set")
    parser.add_argument("--seeds", type=int, default=0, help="train ook N modellen met andere seeds")
    args = parser.parse_args(argv)
    RESULTS.mkdir(parents=True, exist_ok=True)
    result, samples, predictions = evaluate()
    confusion_png(samples, predictions, RESULTS / "intent-confusie.png")
    blind = evaluate(path=BLIND_SAFETY)[0]
    result["blind_safety"] = {**blind["safety"], "facts_veiligheid": blind["facts"]["veiligheid"],
                              "misses": [m for m in blind["misses"] if "veiligheid" in m["feiten"]]}
    if args.seeds:
        with tempfile.TemporaryDirectory() as work:
            scores = [score(samples, predict(m, [s.text for s in samples]))["intent_macro_f1"]
                      for m in _seed_models(args.seeds, Path(work))]
        result["seeds"] = {"intent_macro_f1": scores, "min": min(scores), "max": max(scores)}
    (RESULTS / "evaluatie.json").write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    with open(RESULTS / "missers.md", "w", encoding="utf-8") as out:
        for miss in result["misses"] + result["blind_safety"]["misses"]:
            out.write(f"- {miss['tekst']!r}: intent {miss['intent'][0]} → {miss['intent'][1]}; "
                      f"{json.dumps(miss['feiten'], ensure_ascii=False)}\n")
    print(report(result))
    if "seeds" in result:
        print(f"Spreiding intent macro-F1 over {args.seeds} seeds: {result['seeds']['min']:.3f} – "
              f"{result['seeds']['max']:.3f}")
    print(f"Details: {RESULTS.relative_to(ROOT)}/ (evaluatie.json, missers.md, intent-confusie.png)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
