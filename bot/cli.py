"""Command line: `python -m bot route …`, `route --jsonl`, `check` (also installed as `wegwijzer`)."""
from __future__ import annotations

import argparse
import json
import sys
from typing import Sequence, TextIO

from bot.check import run_check
from bot.engine import Ask, Engine
from bot.situation import SituationError
from bot.understanding import UNKNOWN


def _parse_pairs(pairs: Sequence[str]) -> tuple[dict[str, str], set[str]]:
    facts: dict[str, str] = {}
    unknown: set[str] = set()
    for pair in pairs:
        slot, sep, value = pair.partition("=")
        if not sep or not slot:
            raise SituationError(f"verwacht feit=waarde, kreeg '{pair}'")
        if value == UNKNOWN:
            unknown.add(slot)
        else:
            facts[slot] = value
    return facts, unknown


def _route_one(engine: Engine, pairs: Sequence[str]) -> int:
    try:
        facts, unknown = _parse_pairs(pairs)
        decision = engine.decide(facts, unknown)
    except SituationError as error:
        print(json.dumps({"error": str(error)}, ensure_ascii=False))
        return 2
    if isinstance(decision, Ask):
        question = engine.content.questions[decision.slot]
        out = {"ask": decision.slot, "question": question.text, "buttons": dict(question.buttons)}
    else:
        out = {**decision.payload(), "reason": decision.reason, "tip": decision.tip, "source": decision.source}
    print(json.dumps(out, ensure_ascii=False, indent=2))
    return 0


def _route_jsonl(engine: Engine, stdin: TextIO, stdout: TextIO) -> int:
    """One JSON object of facts per line in; one JSON line out. Bad lines get an error line, not a crash."""
    failed = 0
    write = stdout.write
    for number, line in enumerate(stdin, 1):
        if not line.strip():
            continue
        try:
            facts = json.loads(line)
            if not isinstance(facts, dict):
                raise SituationError("verwacht een JSON-object met feiten")
            unknown = [slot for slot, value in facts.items() if value == UNKNOWN]
            decision = engine.decide({s: v for s, v in facts.items() if v != UNKNOWN}, unknown)
            out = ({"ask": decision.slot} if isinstance(decision, Ask) else
                   {"destination": decision.destination, "also": list(decision.also), "rule": decision.rule})
        except (ValueError, TypeError) as error:  # json errors and SituationError are ValueErrors
            failed += 1
            out = {"error": f"regel {number}: {error}"}
        write(json.dumps(out, ensure_ascii=False) + "\n")
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="wegwijzer", description="Wegwijzer Jeugdhulp: route en inhoudscontrole")
    sub = parser.add_subparsers(dest="command", required=True)
    route = sub.add_parser("route", help="de route of de volgende vraag voor de bekende feiten")
    route.add_argument("facts", nargs="*", help="feit=waarde (gebruik feit=? voor 'weet ik niet')")
    route.add_argument("--jsonl", action="store_true", help="lees per regel een JSON-object met feiten van stdin")
    sub.add_parser("check", help="controleer de inhoudsbestanden in data/content")
    args = parser.parse_args(argv)

    if args.command == "check":
        problems = run_check()
        for problem in problems:
            print(f"FOUT {problem}", file=sys.stderr)
        print(f"{len(problems)} fout(en) gevonden." if problems else "De inhoud is in orde.")
        return 1 if problems else 0
    engine = Engine()
    if args.jsonl:
        return _route_jsonl(engine, sys.stdin, sys.stdout)
    return _route_one(engine, args.facts)
