"""Benchmark of Wegwijzer Jeugdhulp: training time, cold start, REST latency and server memory.

Run from the repository root:

    .venv/bin/python scripts/benchmark.py [--skip-training] [--out results/benchmark.json]

It measures
1. a forced full `rasa train` (same arguments as `bot.serve.ensure_model`, into a temporary directory), three
   times: the median counts (this machine's speed varies by a third from minute to minute);
2. the wall time from `Servers.start()` until the first REST reply to "/greet" from a fresh sender;
3. per-message latency through the REST channel, first sequentially (200 messages), then with
   10 concurrent conversations of 20 messages each;
4. the resident memory (VmRSS) of the action server and the Rasa server after that load.

It prints a Markdown table and writes all numbers as JSON. All traffic goes to 127.0.0.1 only; the servers use
free ports, a temporary SQLite database and a temporary log directory, and are always stopped at the end.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import requests  # noqa: E402

from bot.serve import Servers, Settings, ensure_model, free_port, train  # noqa: E402

# One realistic conversation: a greeting, typed messages and one button payload. Conversations repeat this
# script, each with a new sender, until the message budget is used up.
CONVERSATION: tuple[str, ...] = (
    "/greet",
    "ik zoek hulp voor mijn zoon",
    "nee",
    "ja, bij het wijkteam",
    '/inform{"wlz": "nee"}',
    "we staan op een wachtlijst",
)
SEQUENTIAL_MESSAGES = 200
CONCURRENT_CONVERSATIONS = 10
WIDGET_RUNS = 10
MESSAGES_PER_CONCURRENT_CONVERSATION = 20
REQUEST_TIMEOUT = 60.0
TRAINING_RUNS = 3


# --------------------------------------------------------------------------------------------------- helpers

def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile: the smallest value with at least `pct` percent of the values at or below it."""
    if not values:
        raise ValueError("percentile of no values")
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def new_sender(prefix: str) -> str:
    return f"benchmark-{prefix}-{uuid.uuid4().hex[:10]}"


@dataclass
class LatencyRun:
    """Latencies (ms) of the successful messages of one run, plus how many failed."""
    latencies_ms: list[float] = field(default_factory=list)
    errors: int = 0
    empty_replies: int = 0                          # answered, but without any bot message
    wall_s: float = 0.0

    def summary(self) -> dict[str, Any]:
        """The run's numbers; latencies are None when no message succeeded."""
        sent, ok = len(self.latencies_ms) + self.errors, bool(self.latencies_ms)
        return {
            "messages": sent,
            "errors": self.errors,
            "empty_replies": self.empty_replies,
            "p50_ms": round(percentile(self.latencies_ms, 50), 1) if ok else None,
            "p95_ms": round(percentile(self.latencies_ms, 95), 1) if ok else None,
            "max_ms": round(max(self.latencies_ms), 1) if ok else None,
            "wall_s": round(self.wall_s, 2),
            "throughput_msgs_per_s": round(len(self.latencies_ms) / self.wall_s, 1) if self.wall_s else None,
        }


def send(session: requests.Session, url: str, sender: str, text: str) -> tuple[float, int]:
    """Sends one message through the REST channel; returns the round trip in ms and the number of bot
    messages in the reply (raises on failure)."""
    started = time.perf_counter()
    response = session.post(f"{url}/webhooks/rest/webhook", json={"sender": sender, "message": text},
                            timeout=REQUEST_TIMEOUT)
    response.raise_for_status()
    replies = response.json()
    return (time.perf_counter() - started) * 1000, len(replies)


def talk(url: str, messages: int, prefix: str) -> LatencyRun:
    """Sends `messages` messages over consecutive conversations that follow CONVERSATION."""
    run = LatencyRun()
    sender = new_sender(prefix)
    started = time.perf_counter()
    with requests.Session() as session:
        for index in range(messages):
            step = index % len(CONVERSATION)
            if step == 0 and index:
                sender = new_sender(prefix)
            try:
                latency, replies = send(session, url, sender, CONVERSATION[step])
            except (requests.RequestException, ValueError):
                run.errors += 1
                continue
            run.latencies_ms.append(latency)
            run.empty_replies += not replies
    run.wall_s = time.perf_counter() - started
    return run


# ------------------------------------------------------------------------------------------------ measurements

def machine_speed_ms() -> float:
    """A fixed pure-Python workload (best of 5): this machine's speed varies by a factor two from hour to hour,
    so every figure here is only comparable with others taken next to the same reference."""
    best = math.inf
    for _ in range(5):
        started = time.perf_counter()
        sum(i * i for i in range(1_000_000))
        best = min(best, time.perf_counter() - started)
    return round(best * 1000, 1)


def measure_training(work: Path) -> float:
    """Wall seconds of a forced full training with the arguments ensure_model uses."""
    log = work / "train.log"
    started = time.monotonic()
    try:
        with open(log, "wb") as out:
            train(work / "models", "benchmark", force=True, log=out)
    except subprocess.CalledProcessError as error:
        tail = log.read_text(errors="replace")[-3000:]
        raise RuntimeError(f"rasa train stopte met code {error.returncode}:\n{tail}") from error
    return time.monotonic() - started


def measure_concurrent(url: str) -> LatencyRun:
    combined = LatencyRun()
    lock = threading.Lock()

    def worker(number: int) -> None:
        run = talk(url, MESSAGES_PER_CONCURRENT_CONVERSATION, f"c{number}")
        with lock:
            combined.latencies_ms.extend(run.latencies_ms)
            combined.errors += run.errors
            combined.empty_replies += run.empty_replies

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=CONCURRENT_CONVERSATIONS) as pool:
        for future in [pool.submit(worker, n) for n in range(CONCURRENT_CONVERSATIONS)]:
            future.result()
    combined.wall_s = time.perf_counter() - started
    return combined


def _proc_stat(pid_dir: Path) -> tuple[int, int] | None:
    """(pid, pgid) of one /proc entry, or None when it vanished or is unreadable."""
    try:
        stat = (pid_dir / "stat").read_text()
    except OSError:
        return None
    # The command name (field 2) may contain spaces and parentheses; the fields after the last ')' are fixed.
    fields = stat[stat.rindex(")") + 2:].split()
    return int(pid_dir.name), int(fields[2])  # state, ppid, pgrp


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0  # gone, or a kernel thread without VmRSS


def group_rss_mb(pgid: int) -> tuple[float, int]:
    """Summed VmRSS (MB) of every process in the process group, and how many processes that were."""
    total_kb, count = 0, 0
    for pid_dir in Path("/proc").iterdir():
        if not pid_dir.name.isdigit():
            continue
        stat = _proc_stat(pid_dir)
        if stat and stat[1] == pgid:
            total_kb += _rss_kb(stat[0])
            count += 1
    return round(total_kb / 1024, 1), count


def measure_parse(models: dict[str, Path], texts: list[str], rounds: int = 3) -> dict[str, dict[str, float]]:
    """NLU parse time per message (the Rasa pipeline alone, in this process): p50 / p95 in ms per model.
    The models take turns on every message, so a slower moment of the machine hits them alike. Logging at INFO,
    as the server runs (bot.evaluate.load_agent): a DEBUG line per parse costs more for a model that finds more
    entities."""
    import asyncio

    from bot.evaluate import load_agent

    agents = {name: load_agent(path) for name, path in models.items()}

    async def timings() -> dict[str, list[float]]:
        for agent in agents.values():
            for text in texts[:20]:  # warm up
                await agent.parse_message(text)
        out: dict[str, list[float]] = {name: [] for name in agents}
        for _ in range(rounds):
            for text in texts:
                for name, agent in agents.items():
                    started = time.perf_counter()
                    await agent.parse_message(text)
                    out[name].append((time.perf_counter() - started) * 1000)
        return out

    return {name: {"messages": len(values), "p50_ms": round(percentile(values, 50), 2),
                   "p95_ms": round(percentile(values, 95), 2)} for name, values in asyncio.run(timings()).items()}


# The NLU pipeline as it was before issue 3 (commit 54436b9), trained on today's data: what a parent's message
# cost before the spaCy pipeline, the learned reader and the leaner DIET and featurizers of issue 3.
BEFORE_ISSUE_3 = [
    {"name": "WhitespaceTokenizer"}, {"name": "LexicalSyntacticFeaturizer"}, {"name": "CountVectorsFeaturizer"},
    {"name": "CountVectorsFeaturizer", "analyzer": "char_wb", "min_ngram": 2, "max_ngram": 4},
    {"name": "DIETClassifier", "epochs": 60, "number_of_transformer_layers": 0, "hidden_layers_sizes": {"text": [128]},
     "entity_recognition": False, "constrain_similarities": True, "random_seed": 7},
    {"name": "FallbackClassifier", "threshold": 0.45},
]


def measure_parse_against_baseline(model: Path, work: Path) -> dict[str, Any]:
    """Parse latency of the model against the same config without what issue 3 added (the spaCy pipeline and
    the learned fact reader; at most +20%), and without the reader alone, interleaved message by message."""
    from bot.evaluate import HELDOUT, load_samples, train_variant, variants

    texts = [s.text for s in load_samples(HELDOUT)]
    configs = {name: config for name, config, _ in variants(0, True)}
    without_reader = train_variant(configs["zonder-geleerde-feiten"], work, "zonder-geleerde-feiten")
    baseline_config = configs["zonder-spacy"]
    baseline_config["pipeline"] = [c for c in baseline_config["pipeline"]
                                   if c["name"] != "bot.rasa_component.FeitenLeren"]
    baseline = train_variant(baseline_config, work, "basis")
    before = train_variant({**configs["zonder-spacy"], "pipeline": BEFORE_ISSUE_3}, work, "voor-issue-3")
    timed = measure_parse({"with_spacy": model, "without_reader": without_reader, "without_spacy": baseline,
                           "before_issue_3": before}, texts)
    return {**timed, "growth_p50_pct": round(100 * (timed["with_spacy"]["p50_ms"] /
                                                     timed["without_spacy"]["p50_ms"] - 1), 1),
            "growth_since_issue_3_p50_pct": round(100 * (timed["with_spacy"]["p50_ms"] /
                                                          timed["before_issue_3"]["p50_ms"] - 1), 1),
            "reader_p50_ms": round(timed["with_spacy"]["p50_ms"] - timed["without_reader"]["p50_ms"], 2)}


# ------------------------------------------------------------------------------------------------------- main

def measure_handover(tmp: Path, codes: int = 2000, lookups: int = 200) -> dict[str, Any]:
    """The handover store on SQLite: making a code (summary included) and looking one up, p50 / p95 in ms."""
    import random

    from bot.engine import Engine
    from bot.handover import Handover
    from bot.summary import build_summary

    engine = Engine()
    facts = {"veiligheid": "veilig", "hulpvraag": "hulp_zoeken", "wlz": "nee", "gemeente_contact": "ja",
             "gemeente_uitkomst": "wachten"}
    store = Handover(f"sqlite:///{tmp / 'overdracht.db'}")
    made, found, made_codes = [], [], []
    for number in range(codes):
        started = time.perf_counter()
        summary = build_summary(engine.content, facts, engine.decide(facts), started=time.time(),
                                transcript=[("ouder", "we staan al maanden op de wachtlijst, bel 0612345678")] * 6)
        made_codes.append(store.create(f"gesprek-{number}", summary))
        made.append((time.perf_counter() - started) * 1000)
    for code in random.sample(made_codes, lookups):
        started = time.perf_counter()
        store.lookup(code, by=f"benchmark-{len(found) // 5}")  # several accounts: stay under the rate limit
        found.append((time.perf_counter() - started) * 1000)
    return {"codes": codes, "create_p50_ms": round(percentile(made, 50), 2),
            "create_p95_ms": round(percentile(made, 95), 2), "lookup_p50_ms": round(percentile(found, 50), 2),
            "lookup_p95_ms": round(percentile(found, 95), 2)}


def run(skip_training: bool) -> dict[str, Any]:
    results: dict[str, Any] = {
        "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "host": {"python": platform.python_version(), "machine": platform.machine(), "cpus": _cpu_count()},
        "machine_speed_ms_before": machine_speed_ms(),
    }
    with tempfile.TemporaryDirectory(prefix="wegwijzer-benchmark-") as tmp_name:
        tmp = Path(tmp_name)
        if skip_training:
            results["training_s"] = None
        else:
            print(f"Volledige training (--force), {TRAINING_RUNS} keer...", flush=True)
            runs = sorted(round(measure_training(tmp), 1) for _ in range(TRAINING_RUNS))
            results["training_runs_s"] = runs
            results["training_s"] = runs[len(runs) // 2]

        print("Gesprekscodes maken en opzoeken...", flush=True)
        results["handover"] = measure_handover(tmp)
        model = ensure_model(quiet=True)
        results["model"] = model.name
        if not skip_training:
            print("Parse-tijd met en zonder spaCy-pijplijn...", flush=True)
            results["parse"] = measure_parse_against_baseline(model, tmp)
        settings = Settings(rasa_port=free_port(), action_port=free_port(), web_port=free_port(),
                            token=uuid.uuid4().hex, sqlite_path=tmp / "gesprekken.db", log_dir=tmp / "logs")
        servers = Servers(settings, model)
        try:
            print("Servers starten...", flush=True)
            started = time.perf_counter()
            servers.start()
            with requests.Session() as session:
                send(session, servers.url, new_sender("koud"), "/greet")
            results["cold_start_s"] = round(time.perf_counter() - started, 2)

            print(f"{SEQUENTIAL_MESSAGES} berichten na elkaar...", flush=True)
            results["sequential"] = talk(servers.url, SEQUENTIAL_MESSAGES, "seq").summary()

            print(f"{CONCURRENT_CONVERSATIONS} gesprekken tegelijk...", flush=True)
            results["concurrent"] = {"conversations": CONCURRENT_CONVERSATIONS,
                                     **measure_concurrent(servers.url).summary()}

            print(f"Widget in Chromium ({WIDGET_RUNS} keer openen)...", flush=True)
            results["widget"] = measure_widget(servers)

            action, rasa, web = servers.processes  # the order in which Servers.start() spawns them
            results["memory"] = {}
            for name, process in (("action_server", action), ("rasa_server", rasa), ("web_server", web)):
                rss, count = group_rss_mb(process.pid)
                results["memory"][name] = {"rss_mb": rss, "processes": count}
        finally:
            servers.stop()
    results["machine_speed_ms_after"] = machine_speed_ms()
    return results


def measure_widget(servers: Servers) -> dict[str, Any]:
    """Chromium: from a click on the launcher to the first question with its buttons; and the bytes loaded."""
    from playwright.sync_api import sync_playwright

    args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"]
    timings, loaded = [], 0
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=args)
        for run in range(WIDGET_RUNS):
            context = browser.new_context()
            page = context.new_page()
            sizes: list[int] = []
            page.on("response", lambda r: sizes.append(len(r.body())) if "/widget/" in r.url else None)
            page.goto(servers.web_url + "/")
            launcher = page.get_by_role("button", name="Chat met de Wegwijzer Jeugdhulp")
            launcher.wait_for()
            started = time.perf_counter()
            launcher.click()
            page.locator(".wwj-knoppen button").first.wait_for(timeout=30_000)
            timings.append((time.perf_counter() - started) * 1000)
            loaded = sum(sizes)
            context.close()
        browser.close()
    return {"runs": WIDGET_RUNS, "open_to_question_p50_ms": round(percentile(timings, 50)),
            "open_to_question_max_ms": round(max(timings)), "widget_bytes": loaded}


def _cpu_count() -> int | None:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


def _num(value: float | None, digits: int = 0) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def table(results: dict[str, Any]) -> str:
    seq, conc, mem = results["sequential"], results["concurrent"], results["memory"]
    training = "overgeslagen" if results["training_s"] is None else (
        f"{results['training_s']:.1f} s (mediaan van {', '.join(f'{t:.1f}' for t in results['training_runs_s'])})")
    rows = [
        ("IJkmaat van de machine: vaste Python-rekensom, voor / na (lager is sneller)",
         f"{results['machine_speed_ms_before']} / {results['machine_speed_ms_after']} ms"),
        ("Volledige training (`rasa train --force`)", training),
        ("Koude start tot eerste antwoord", f"{results['cold_start_s']:.2f} s"),
        (f"Widget in Chromium: klik tot eerste vraag ({results['widget']['runs']}x): p50 / max",
         f"{results['widget']['open_to_question_p50_ms']} / {results['widget']['open_to_question_max_ms']} ms"),
        ("Widget: geladen bestanden (script, css, socket.io-client, teksten; niet gecomprimeerd)",
         f"{results['widget']['widget_bytes'] / 1024:.0f} kB"),
        (f"REST na elkaar ({seq['messages']} berichten): p50 / p95 / max",
         f"{_num(seq['p50_ms'])} / {_num(seq['p95_ms'])} / {_num(seq['max_ms'])} ms"),
        (f"REST tegelijk ({conc['conversations']} gesprekken, {conc['messages']} berichten): p50 / p95",
         f"{_num(conc['p50_ms'])} / {_num(conc['p95_ms'])} ms"),
        ("REST tegelijk: doorvoer", f"{_num(conc['throughput_msgs_per_s'], 1)} berichten/s"),
        ("Mislukt / leeg antwoord (na elkaar; tegelijk)",
         f"{seq['errors']} / {seq['empty_replies']}; {conc['errors']} / {conc['empty_replies']}"),
        (f"Geheugen actieserver (RSS, {mem['action_server']['processes']} proces(sen))",
         f"{mem['action_server']['rss_mb']:.0f} MB"),
        (f"Geheugen Rasa-server (RSS, {mem['rasa_server']['processes']} proces(sen))",
         f"{mem['rasa_server']['rss_mb']:.0f} MB"),
        ("Geheugen webserver (RSS)", f"{mem['web_server']['rss_mb']:.0f} MB"),
        (f"Gesprekscode maken incl. samenvatting / opzoeken (SQLite, {results['handover']['codes']} codes): p50 / p95",
         f"{results['handover']['create_p50_ms']} / {results['handover']['create_p95_ms']} ms; "
         f"{results['handover']['lookup_p50_ms']} / {results['handover']['lookup_p95_ms']} ms"),
    ]
    if results.get("parse"):
        parse = results["parse"]
        rows.insert(1, ("NLU-parse per bericht p50 / p95: alles; zonder spaCy en geleerde lezer (groei p50); "
                        "aandeel geleerde lezer",
                        f"{parse['with_spacy']['p50_ms']} / {parse['with_spacy']['p95_ms']} ms; "
                        f"{parse['without_spacy']['p50_ms']} / {parse['without_spacy']['p95_ms']} ms "
                        f"({parse['growth_p50_pct']:+.1f} %); {parse['reader_p50_ms']} ms"))
        rows.insert(2, ("NLU-parse p50 / p95 met de pijplijn van vóór issue 3 (groei p50 sindsdien)",
                        f"{parse['before_issue_3']['p50_ms']} / {parse['before_issue_3']['p95_ms']} ms "
                        f"({parse['growth_since_issue_3_p50_pct']:+.1f} %)"))
    width = max(len(name) for name, _ in rows)
    lines = [f"| {'Meting':<{width}} | Waarde |", f"|{'-' * (width + 2)}|--------|"]
    lines += [f"| {name:<{width}} | {value} |" for name, value in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Wegwijzer Jeugdhulp benchmarken")
    parser.add_argument("--skip-training", action="store_true", help="de volledige training niet meten")
    parser.add_argument("--out", type=Path, default=ROOT / "results" / "benchmark.json", help="JSON-uitvoer")
    args = parser.parse_args(argv)

    results = run(args.skip_training)
    out = args.out if args.out.is_absolute() else Path.cwd() / args.out
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n")
    print()
    print(table(results))
    print(f"\nJSON: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
