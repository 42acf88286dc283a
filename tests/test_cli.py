"""`python -m bot route` and `route --jsonl`: the engine on the command line."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.domain_table import DESTINATION, EXAMPLES

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=ROOT, input=stdin, capture_output=True,
                          text=True)


def test_route_prints_the_route():
    out = run("route", *(f"{k}={v}" for k, v in EXAMPLES["16"].items()))
    assert out.returncode == 0
    data = json.loads(out.stdout)
    assert (data["destination"], data["rule"]) == ("expertteam", "16") and data["reason"] and data["source"]


def test_route_prints_the_next_question():
    data = json.loads(run("route", "hulpvraag=klacht").stdout)
    assert data["ask"] == "klacht_gemeld" and set(data["buttons"]) == {"nee", "ja_niet_opgelost"}


def test_route_weet_niet_marker():
    assert json.loads(run("route", "hulpvraag=?").stdout)["rule"] == "19"


def test_route_refuses_invalid_input():
    out = run("route", "wlz=misschien")
    assert out.returncode == 2 and "misschien" in json.loads(out.stdout)["error"]


def test_jsonl_answers_every_line_in_order():
    lines = [json.dumps(EXAMPLES[r]) for r in EXAMPLES] + ["{}", '{"hulpvraag": "klacht"}']
    out = run("route", "--jsonl", stdin="\n".join(lines) + "\n")
    results = [json.loads(line) for line in out.stdout.splitlines()]
    assert out.returncode == 0 and len(results) == len(lines)
    for rule_id, result in zip(EXAMPLES, results):
        assert result == {"destination": DESTINATION[rule_id], "also": result["also"], "rule": rule_id}
    assert results[-2:] == [{"ask": "hulpvraag"}, {"ask": "klacht_gemeld"}]


def test_jsonl_bad_lines_get_an_error_line_and_a_non_zero_exit():
    out = run("route", "--jsonl", stdin='{"wlz": "misschien"}\nkapot\n[1]\n{"hulpvraag": "regels_en_geld"}\n')
    results = [json.loads(line) for line in out.stdout.splitlines()]
    assert [("error" in r) for r in results] == [True, True, True, False]
    assert results[3]["destination"] == "juiste_loket" and out.returncode == 1


def test_jsonl_handles_twenty_thousand_lines():
    line = json.dumps({"hulpvraag": "hulp_zoeken", "wlz": "nee", "gemeente_contact": "ja"}) + "\n"
    out = run("route", "--jsonl", stdin=line * 20000)
    assert out.returncode == 0 and out.stdout.count("\n") == 20000
    assert json.loads(out.stdout.splitlines()[-1]) == {"ask": "gemeente_uitkomst"}
