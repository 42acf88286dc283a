"""Command line (also installed as `wegwijzer`): `route …`, `route --jsonl`, `check`, and for administrators
`medewerker toevoegen|verwijderen|lijst`, `opschonen` (retention) and `wissen --code|--gesprek` (erasure)."""
from __future__ import annotations

import argparse
import getpass
import json
import os
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


def _handover():
    """The handover tables of the configured database (the same settings as `scripts/run`)."""
    from bot.handover import Handover
    from bot.serve import Settings

    settings = Settings.from_env()
    return Handover(os.environ.get("WEGWIJZER_DB_URL") or settings.db_url(), settings.retention_days)


def _admin(args: argparse.Namespace) -> int:
    store = _handover()
    if args.command == "opschonen":
        counts = store.purge(by="beheer (opschonen)")
        print(f"Ouder dan {store.retention_days} dagen gewist: {counts['gesprekken']} gesprek(ken) "
              f"({counts['gebeurtenissen']} regels), {counts['codes']} code(s), {counts['sessies']} sessie(s).")
        return 0
    if args.command == "wissen":
        if bool(args.code) == bool(args.gesprek):
            print("Geef precies een van --code of --gesprek.", file=sys.stderr)
            return 2
        counts = store.erase(code=args.code, conversation=args.gesprek, by="beheer (wissen)")
        print(f"Gewist: {counts['gesprekken']} gesprek ({counts['gebeurtenissen']} regels), {counts['codes']} code(s).")
        return 0 if counts["gesprekken"] or counts["codes"] else 1
    if args.actie == "lijst":
        print("\n".join(store.staff_names()) or "(nog geen medewerkers)")
        return 0
    if args.actie == "verwijderen":
        return 0 if store.remove_staff(args.naam) else 1
    password = None
    if not args.sso:
        password = sys.stdin.readline().rstrip("\n") if args.wachtwoord_stdin else getpass.getpass("Wachtwoord: ")
    try:
        store.add_staff(args.naam, password)
    except ValueError as error:
        print(f"FOUT {error}", file=sys.stderr)
        return 2
    print(f"Medewerker '{args.naam}' staat erin" + (" (alleen via single sign-on)." if args.sso else "."))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="wegwijzer", description="Wegwijzer Jeugdhulp: route en inhoudscontrole")
    sub = parser.add_subparsers(dest="command", required=True)
    route = sub.add_parser("route", help="de route of de volgende vraag voor de bekende feiten")
    route.add_argument("facts", nargs="*", help="feit=waarde (gebruik feit=? voor 'weet ik niet')")
    route.add_argument("--jsonl", action="store_true", help="lees per regel een JSON-object met feiten van stdin")
    sub.add_parser("check", help="controleer de inhoudsbestanden in data/content")
    staff = sub.add_parser("medewerker", help="accounts van medewerkers (beheerder)")
    staff.add_argument("actie", choices=("toevoegen", "verwijderen", "lijst"))
    staff.add_argument("naam", nargs="?", default="")
    staff.add_argument("--sso", action="store_true", help="geen wachtwoord: alleen via single sign-on")
    staff.add_argument("--wachtwoord-stdin", action="store_true", help="lees het wachtwoord van stdin")
    sub.add_parser("opschonen", help="wis gesprekken, samenvattingen en codes ouder dan WEGWIJZER_BEWAARDAGEN")
    erase = sub.add_parser("wissen", help="wis één gesprek op verzoek (recht op vergetelheid)")
    erase.add_argument("--code", help="de gesprekscode van de ouder")
    erase.add_argument("--gesprek", help="het gesprek-id (sender id)")
    args = parser.parse_args(argv)

    if args.command in ("medewerker", "opschonen", "wissen"):
        if args.command == "medewerker" and args.actie != "lijst" and not args.naam:
            parser.error("geef een naam")
        return _admin(args)

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
