"""The evaluation sets run in the suite: a regression below these floors fails CI.

The floors sit a little below the figures measured when they were set (README, "Begrip meten"); raise them as
understanding improves. Issue 3's targets (F1 >= 0.90 per slot, safety recall 100%, false alarms <= 2%) are NOT
all met on the blind set yet: the floors guard what is, the README says what is missing.
"""
from __future__ import annotations

import pytest

from bot.evaluate import BLIND_NAMES, LANGUAGE_SETS, evaluate_all, pooled

pytestmark = pytest.mark.e2e

# Measured 2026-12-04, end of session 19 (a typed 'opnieuw' asks first, young people's own age and their first-person
# signals, a learned 'nee' needs a negation, doors in phonetic spelling, 200 first-person examples for the reader,
# greetings, out-of-scope questions, phases as ages; openingen-26 measured blind); floors 0.04 below (at most 0.96).
# Session 20 (doors only asked about, supposing clauses, a waiting list that outweighs what follows) changed no floor
# of the other sets; openingen-27 was added with the same convention, and openingen-28 in session 21 (denied outcomes,
# lists with a no, the reader's outcome and contact at the gemeente from 0.6 and 0.8; no other floor changed). The misses of heldout (sessions
# 1, 3, 4), openingen-3 (session 5), openingen-4 (session 6), openingen-6 and -7 (session 7), openingen-10 (session
# 9), openingen-13 and -14 (session 11) were read, as were the first missed signals of openingen-5 (session 12), -17,
# -15 and -18 (session 13), -23 (session 16) and -25 (session 18): they are development sets. Of openingen-8 (written
# blind in session 7), -9 (session 8), -11 (session 9), -12 (session 10), -16 (session 12), -19 (session 13), -20 and
# -21 (session 14), -22 (session 15), -24 (session 17), -26 (session 19), -27 (session 20) and -28 (session 21) only
# totals were looked at.
FACT_F1_FLOOR = {
    "heldout": {"veiligheid": 0.9, "hulpvraag": 0.81, "leeftijd": 0.94, "wlz": 0.93, "zorgkantoor_contact": 0.96,
    "gemeente_contact": 0.89, "gemeente_uitkomst": 0.84, "expertteam_contact": 0.96, "expertteam_uitkomst": 0.89,
    "klacht_gemeld": 0.9},
    "openingen-3": {"veiligheid": 0.94, "hulpvraag": 0.86, "leeftijd": 0.95, "wlz": 0.87,
    "zorgkantoor_contact": 0.96, "gemeente_contact": 0.94, "gemeente_uitkomst": 0.87, "expertteam_contact": 0.96,
    "expertteam_uitkomst": 0.96, "klacht_gemeld": 0.96},
    "openingen-4": {"veiligheid": 0.89, "hulpvraag": 0.8, "leeftijd": 0.95, "wlz": 0.88,
    "zorgkantoor_contact": 0.96, "gemeente_contact": 0.92, "gemeente_uitkomst": 0.84, "expertteam_contact": 0.91,
    "expertteam_uitkomst": 0.92, "klacht_gemeld": 0.96},
    "openingen-5": {"veiligheid": 0.91, "hulpvraag": 0.9, "leeftijd": 0.93, "wlz": 0.96,
    "zorgkantoor_contact": 0.96, "gemeente_contact": 0.95, "gemeente_uitkomst": 0.92, "expertteam_contact": 0.96,
    "expertteam_uitkomst": 0.87, "klacht_gemeld": 0.96},
    "openingen-6": {"veiligheid": 0.93, "hulpvraag": 0.91, "leeftijd": 0.95, "wlz": 0.93,
    "zorgkantoor_contact": 0.91, "gemeente_contact": 0.93, "gemeente_uitkomst": 0.91, "expertteam_contact": 0.89,
    "expertteam_uitkomst": 0.86, "klacht_gemeld": 0.86},
    "openingen-7": {"veiligheid": 0.94, "hulpvraag": 0.92, "leeftijd": 0.94, "wlz": 0.91,
    "zorgkantoor_contact": 0.96, "gemeente_contact": 0.92, "gemeente_uitkomst": 0.89, "expertteam_contact": 0.96,
    "expertteam_uitkomst": 0.96, "klacht_gemeld": 0.93},
    "openingen-10": {"veiligheid": 0.94, "hulpvraag": 0.86, "leeftijd": 0.95, "wlz": 0.86,
    "zorgkantoor_contact": 0.91, "gemeente_contact": 0.93, "gemeente_uitkomst": 0.89, "expertteam_contact": 0.96,
    "expertteam_uitkomst": 0.96, "klacht_gemeld": 0.93},
    "openingen-13": {"veiligheid": 0.91, "hulpvraag": 0.79, "leeftijd": 0.95, "wlz": 0.91,
    "zorgkantoor_contact": 0.96, "gemeente_contact": 0.92, "gemeente_uitkomst": 0.85, "expertteam_contact": 0.96,
    "expertteam_uitkomst": 0.96, "klacht_gemeld": 0.84},
    "openingen-14": {"veiligheid": 0.85, "hulpvraag": 0.78, "leeftijd": 0.94, "wlz": 0.87,
    "zorgkantoor_contact": 0.91, "gemeente_contact": 0.93, "gemeente_uitkomst": 0.75, "expertteam_contact": 0.96,
    "expertteam_uitkomst": 0.84, "klacht_gemeld": 0.86},
    "openingen-15": {"veiligheid": 0.89, "hulpvraag": 0.8, "leeftijd": 0.95, "wlz": 0.92,
    "zorgkantoor_contact": 0.96, "gemeente_contact": 0.93, "gemeente_uitkomst": 0.87, "expertteam_contact": 0.91,
    "expertteam_uitkomst": 0.88, "klacht_gemeld": 0.96},
    "openingen-17": {"veiligheid": 0.89, "hulpvraag": 0.77, "leeftijd": 0.95, "wlz": 0.93,
    "zorgkantoor_contact": 0.96, "gemeente_contact": 0.96, "gemeente_uitkomst": 0.84, "expertteam_contact": 0.87,
    "expertteam_uitkomst": 0.81, "klacht_gemeld": 0.96},
    "openingen-18": {"veiligheid": 0.91, "hulpvraag": 0.82, "leeftijd": 0.94, "wlz": 0.9,
    "zorgkantoor_contact": 0.96, "gemeente_contact": 0.93, "gemeente_uitkomst": 0.77, "expertteam_contact": 0.91,
    "expertteam_uitkomst": 0.86, "klacht_gemeld": 0.91},
    "openingen-23": {"veiligheid": 0.9, "hulpvraag": 0.79, "leeftijd": 0.94, "wlz": 0.86,
    "zorgkantoor_contact": 0.91, "gemeente_contact": 0.92, "gemeente_uitkomst": 0.87, "expertteam_contact": 0.83,
    "expertteam_uitkomst": 0.71, "klacht_gemeld": 0.9},
    "openingen-25": {"veiligheid": 0.96, "hulpvraag": 0.83, "leeftijd": 0.95, "wlz": 0.94,
    "zorgkantoor_contact": 0.83, "gemeente_contact": 0.91, "gemeente_uitkomst": 0.84, "expertteam_contact": 0.87,
    "expertteam_uitkomst": 0.96, "klacht_gemeld": 0.96},
    # session 22: one writer; its one missed signal was read and fixed, the rest is unread
    "openingen-29": {"veiligheid": 0.89, "hulpvraag": 0.77, "leeftijd": 0.93, "wlz": 0.96,
    "zorgkantoor_contact": 0.96, "gemeente_contact": 0.85, "gemeente_uitkomst": 0.87, "expertteam_contact": 0.88,
    "expertteam_uitkomst": 0.81, "klacht_gemeld": 0.88},
    "openingen-8": {"veiligheid": 0.96, "hulpvraag": 0.89, "leeftijd": 0.95, "wlz": 0.83,
    "zorgkantoor_contact": 0.86, "gemeente_contact": 0.94, "gemeente_uitkomst": 0.83, "expertteam_contact": 0.93,
    "expertteam_uitkomst": 0.84, "klacht_gemeld": 0.96},
    "openingen-9": {"veiligheid": 0.94, "hulpvraag": 0.87, "leeftijd": 0.93, "wlz": 0.92,
    "zorgkantoor_contact": 0.96, "gemeente_contact": 0.92, "gemeente_uitkomst": 0.9, "expertteam_contact": 0.96,
    "expertteam_uitkomst": 0.96, "klacht_gemeld": 0.88},
    "openingen-11": {"veiligheid": 0.96, "hulpvraag": 0.88, "leeftijd": 0.95, "wlz": 0.92,
    "zorgkantoor_contact": 0.88, "gemeente_contact": 0.92, "gemeente_uitkomst": 0.89, "expertteam_contact": 0.86,
    "expertteam_uitkomst": 0.76, "klacht_gemeld": 0.89},
    "openingen-12": {"veiligheid": 0.93, "hulpvraag": 0.79, "leeftijd": 0.94, "wlz": 0.96,
    "zorgkantoor_contact": 0.96, "gemeente_contact": 0.91, "gemeente_uitkomst": 0.89, "expertteam_contact": 0.88,
    "expertteam_uitkomst": 0.91, "klacht_gemeld": 0.96},
    "openingen-16": {"veiligheid": 0.92, "hulpvraag": 0.79, "leeftijd": 0.95, "wlz": 0.89,
    "zorgkantoor_contact": 0.96, "gemeente_contact": 0.9, "gemeente_uitkomst": 0.76, "expertteam_contact": 0.89,
    "expertteam_uitkomst": 0.76, "klacht_gemeld": 0.92},
    "openingen-19": {"veiligheid": 0.91, "hulpvraag": 0.82, "leeftijd": 0.93, "wlz": 0.94,
    "zorgkantoor_contact": 0.84, "gemeente_contact": 0.92, "gemeente_uitkomst": 0.74, "expertteam_contact": 0.96,
    "expertteam_uitkomst": 0.96, "klacht_gemeld": 0.91},
    "openingen-20": {"veiligheid": 0.89, "hulpvraag": 0.9, "leeftijd": 0.96, "wlz": 0.91,
    "zorgkantoor_contact": 0.96, "gemeente_contact": 0.91, "gemeente_uitkomst": 0.86, "expertteam_contact": 0.96,
    "expertteam_uitkomst": 0.96, "klacht_gemeld": 0.92},
    "openingen-21": {"veiligheid": 0.87, "hulpvraag": 0.89, "leeftijd": 0.94, "wlz": 0.87,
    "zorgkantoor_contact": 0.9, "gemeente_contact": 0.91, "gemeente_uitkomst": 0.84, "expertteam_contact": 0.86,
    "expertteam_uitkomst": 0.83, "klacht_gemeld": 0.96},
    # (session 34 end look: openingen-22 klacht_gemeld 0.96 -> 0.923, one message; blind, not searched)
    "openingen-22": {"veiligheid": 0.87, "hulpvraag": 0.86, "leeftijd": 0.94, "wlz": 0.92,
    "zorgkantoor_contact": 0.96, "gemeente_contact": 0.92, "gemeente_uitkomst": 0.85, "expertteam_contact": 0.91,
    "expertteam_uitkomst": 0.83, "klacht_gemeld": 0.88},
    "openingen-24": {"veiligheid": 0.93, "hulpvraag": 0.76, "leeftijd": 0.94, "wlz": 0.88,
    "zorgkantoor_contact": 0.96, "gemeente_contact": 0.86, "gemeente_uitkomst": 0.73, "expertteam_contact": 0.76,
    "expertteam_uitkomst": 0.62, "klacht_gemeld": 0.86},
    "openingen-26": {"veiligheid": 0.9, "hulpvraag": 0.85, "leeftijd": 0.91, "wlz": 0.94,
    "zorgkantoor_contact": 0.9, "gemeente_contact": 0.91, "gemeente_uitkomst": 0.83, "expertteam_contact": 0.92,
    "expertteam_uitkomst": 0.76, "klacht_gemeld": 0.77},
    # openingen-27 (session 20): 0.04 below its end-of-session-20 figures, as the others
    "openingen-27": {"veiligheid": 0.93, "hulpvraag": 0.86, "leeftijd": 0.92, "wlz": 0.81,
    "zorgkantoor_contact": 0.88, "gemeente_contact": 0.9, "gemeente_uitkomst": 0.83, "expertteam_contact": 0.83,
    "expertteam_uitkomst": 0.79, "klacht_gemeld": 0.85},
    # openingen-28 (session 21): 0.04 below its end-of-session-21 figures, as the others
    "openingen-28": {"veiligheid": 0.86, "hulpvraag": 0.86, "leeftijd": 0.93, "wlz": 0.94,
    "zorgkantoor_contact": 0.96, "gemeente_contact": 0.86, "gemeente_uitkomst": 0.86, "expertteam_contact": 0.86,
    "expertteam_uitkomst": 0.62, "klacht_gemeld": 0.83},
    # openingen-31 (session 24, two writers): blind until its first measurement missed two signals; 0.04 below its
    # figures at the end of session 24 (at most 0.96)
    "openingen-31": {"veiligheid": 0.95, "hulpvraag": 0.85, "leeftijd": 0.92, "wlz": 0.95,
    "zorgkantoor_contact": 0.96, "gemeente_contact": 0.9, "gemeente_uitkomst": 0.9, "expertteam_contact": 0.91,
    "expertteam_uitkomst": 0.71, "klacht_gemeld": 0.96},
    # ontkenningen-24 (session 24, denials and look-alikes, no signals): 0.04 below its figures after its misses
    # were read (README, "Ontkenningen")
    "ontkenningen-24": {"veiligheid": 0.96, "hulpvraag": 0.87, "leeftijd": 0.93, "wlz": 0.92,
    "zorgkantoor_contact": 0.87, "gemeente_contact": 0.93, "gemeente_uitkomst": 0.71, "expertteam_contact": 0.92,
    "expertteam_uitkomst": 0.79, "klacht_gemeld": 0.94},
    # ontkenningen-25 (session 25, denials inside long stories, no signals): 0.04 below its figures after its misses
    # were read; its few false alarms make `veiligheid` 0 (no signal to find), so that slot has no floor here
    "ontkenningen-25": {"veiligheid": 0.0, "hulpvraag": 0.85, "leeftijd": 0.94, "wlz": 0.89,
    "zorgkantoor_contact": 0.85, "gemeente_contact": 0.9, "gemeente_uitkomst": 0.81, "expertteam_contact": 0.86,
    "expertteam_uitkomst": 0.89, "klacht_gemeld": 0.77},
    # openingen-30 (session 23, one writer): 0.04 below its end-of-session-23 figures, as the others
    "openingen-30": {"veiligheid": 0.96, "hulpvraag": 0.86, "leeftijd": 0.95, "wlz": 0.81,
    "zorgkantoor_contact": 0.96, "gemeente_contact": 0.94, "gemeente_uitkomst": 0.83, "expertteam_contact": 0.79,
    "expertteam_uitkomst": 0.96, "klacht_gemeld": 0.81},
    # openingen-32 (session 25, one writer): 0.04 below its first (blind) figures
    "openingen-32": {"veiligheid": 0.86, "hulpvraag": 0.87, "leeftijd": 0.94, "wlz": 0.91,
    "zorgkantoor_contact": 0.86, "gemeente_contact": 0.92, "gemeente_uitkomst": 0.79, "expertteam_contact": 0.86,
    "expertteam_uitkomst": 0.96, "klacht_gemeld": 0.86},
    # openingen-33 (session 25, the other writer, measured later): 0.04 below its figures with this session's code
    "openingen-33": {"veiligheid": 0.86, "hulpvraag": 0.85, "leeftijd": 0.94, "wlz": 0.87,
    "zorgkantoor_contact": 0.84, "gemeente_contact": 0.91, "gemeente_uitkomst": 0.74, "expertteam_contact": 0.73,
    "expertteam_uitkomst": 0.67, "klacht_gemeld": 0.96},
    # openingen-34 (session 26, two writers): blind until its first measurement missed a German signal; 0.04 below
    # its figures after its misses were read (at most 0.96)
    "openingen-34": {"veiligheid": 0.92, "hulpvraag": 0.87, "leeftijd": 0.95, "wlz": 0.89,
    "zorgkantoor_contact": 0.96, "gemeente_contact": 0.92, "gemeente_uitkomst": 0.86, "expertteam_contact": 0.96,
    "expertteam_uitkomst": 0.96, "klacht_gemeld": 0.92},
    # openingen-35 (session 26, two writers): blind until its first measurement missed an English signal; 0.04
    # below its figures after that signal was read and its misses looked at
    "openingen-35": {"veiligheid": 0.91, "hulpvraag": 0.85, "leeftijd": 0.94, "wlz": 0.89,
    "zorgkantoor_contact": 0.96, "gemeente_contact": 0.91, "gemeente_uitkomst": 0.83, "expertteam_contact": 0.84,
    "expertteam_uitkomst": 0.86, "klacht_gemeld": 0.91},
    # openingen-36 (session 26, two writers: regional Dutch and dialect; families with several children and parents
    # who write very simply): blind until its first measurement missed two Limburgish signals; 0.04 below its
    # figures after those were read and its misses looked at
    "openingen-36": {"veiligheid": 0.85, "hulpvraag": 0.88, "leeftijd": 0.94, "wlz": 0.92,
    "zorgkantoor_contact": 0.88, "gemeente_contact": 0.92, "gemeente_uitkomst": 0.82, "expertteam_contact": 0.96,
    "expertteam_uitkomst": 0.88, "klacht_gemeld": 0.81},
    # alarm-27 and intenties-27 (session 27, a helper's set each on a weak point): 0.04 below their figures after they
    # were read (at most 0.96); intenties-27 has no signals by design, so `veiligheid` has nothing to find
    "alarm-27": {"veiligheid": 0.87, "hulpvraag": 0.85, "leeftijd": 0.95, "wlz": 0.85,
    "zorgkantoor_contact": 0.84, "gemeente_contact": 0.9, "gemeente_uitkomst": 0.85, "expertteam_contact": 0.9,
    "expertteam_uitkomst": 0.96, "klacht_gemeld": 0.85},
    "intenties-27": {"veiligheid": 0.96, "hulpvraag": 0.8, "leeftijd": 0.92, "wlz": 0.96,
    "zorgkantoor_contact": 0.96, "gemeente_contact": 0.9, "gemeente_uitkomst": 0.84, "expertteam_contact": 0.76,
    "expertteam_uitkomst": 0.96, "klacht_gemeld": 0.96},
    # openingen-37, -38 and -39 (session 27, two writers each): 0.04 below their first (blind) figures, measured with
    # the code and model of the start of the session; every signal was found, so they stayed blind (at most 0.96)
    "openingen-37": {"veiligheid": 0.9, "hulpvraag": 0.84, "leeftijd": 0.95, "wlz": 0.94,
    "zorgkantoor_contact": 0.96, "gemeente_contact": 0.87, "gemeente_uitkomst": 0.8, "expertteam_contact": 0.84,
    "expertteam_uitkomst": 0.96, "klacht_gemeld": 0.85},
    "openingen-38": {"veiligheid": 0.89, "hulpvraag": 0.85, "leeftijd": 0.94, "wlz": 0.92,
    "zorgkantoor_contact": 0.91, "gemeente_contact": 0.86, "gemeente_uitkomst": 0.76, "expertteam_contact": 0.8,
    "expertteam_uitkomst": 0.76, "klacht_gemeld": 0.91},
    "openingen-39": {"veiligheid": 0.9, "hulpvraag": 0.82, "leeftijd": 0.94, "wlz": 0.92,
    "zorgkantoor_contact": 0.84, "gemeente_contact": 0.89, "gemeente_uitkomst": 0.82, "expertteam_contact": 0.96,
    "expertteam_uitkomst": 0.96, "klacht_gemeld": 0.96},
    # openingen-40 (session 27, written while that session changed the safety settings): 0.04 below its first figures,
    # measured with the code of commit 5d8083b (with the start-of-session code: FA 6 instead of 5, intent 0.971)
    "openingen-40": {"veiligheid": 0.87, "hulpvraag": 0.87, "leeftijd": 0.95, "wlz": 0.92,
    "zorgkantoor_contact": 0.96, "gemeente_contact": 0.94, "gemeente_uitkomst": 0.86, "expertteam_contact": 0.96,
    "expertteam_uitkomst": 0.84, "klacht_gemeld": 0.81},
    # openingen-41 (session 28, blind) and -42 (session 28; a development set after its first look missed a German
    # signal): 0.04 below their first figures (at most 0.96)
    "openingen-41": {"veiligheid": 0.86, "hulpvraag": 0.9, "leeftijd": 0.94, "wlz": 0.96,
    "zorgkantoor_contact": 0.96, "gemeente_contact": 0.93, "gemeente_uitkomst": 0.84, "expertteam_contact": 0.96,
    "expertteam_uitkomst": 0.96, "klacht_gemeld": 0.9},
    # openingen-43 (session 28, written while that session changed the code): 0.04 below its first figures with the
    # code of the start of the session (the code of that moment: hulpvraag 0.927 instead of 0.920, same 113 of 130)
    "openingen-43": {"veiligheid": 0.9, "hulpvraag": 0.88, "leeftijd": 0.96, "wlz": 0.87,
    "zorgkantoor_contact": 0.96, "gemeente_contact": 0.91, "gemeente_uitkomst": 0.84, "expertteam_contact": 0.91,
    "expertteam_uitkomst": 0.96, "klacht_gemeld": 0.84},
    # signalen-28 (session 28): 140 subtle signals and 60 look-alikes, a development set; its first look found 127
    # of 140 (the thirteen missed were in other languages or dialect), the end 139; floors 0.04 below the end
    "signalen-28": {"veiligheid": 0.9, "hulpvraag": 0.55, "leeftijd": 0.9, "wlz": 0.96,
    "zorgkantoor_contact": 0.96, "gemeente_contact": 0.92, "gemeente_uitkomst": 0.8, "expertteam_contact": 0.96,
    "expertteam_uitkomst": 0.79, "klacht_gemeld": 0.96},
    "openingen-42": {"veiligheid": 0.86, "hulpvraag": 0.79, "leeftijd": 0.93, "wlz": 0.96,
    "zorgkantoor_contact": 0.96, "gemeente_contact": 0.92, "gemeente_uitkomst": 0.87, "expertteam_contact": 0.92,
    "expertteam_uitkomst": 0.81, "klacht_gemeld": 0.96},
    # openingen-44 (session 29, blind): 0.04 below the end of the session (its totals as at its first look)
    "openingen-44": {"veiligheid": 0.94, "hulpvraag": 0.85, "leeftijd": 0.96, "wlz": 0.89,
    "zorgkantoor_contact": 0.96, "gemeente_contact": 0.92, "gemeente_uitkomst": 0.79, "expertteam_contact": 0.96,
    "expertteam_uitkomst": 0.96, "klacht_gemeld": 0.8},
    # talen-29 (session 29, blind): openings in other languages and dialects only. Its first look found 40 of 90
    # signals; the end 46. These floors guard what is; issue 3's targets are far from met here (README).
    # (session 34's end look: talen-29 wlz 0.84 -> 0.778, n = 9: one message; blind, not searched)
    "talen-29": {"veiligheid": 0.61, "hulpvraag": 0.63, "leeftijd": 0.69, "wlz": 0.74,
    "zorgkantoor_contact": 0.68, "gemeente_contact": 0.84, "gemeente_uitkomst": 0.65, "expertteam_contact": 0.84,
    "expertteam_uitkomst": 0.29, "klacht_gemeld": 0.32},
    # openingen-45 (session 30, blind): 0.04 below the end of the session (its first look: gemeente_uitkomst 0.806,
    # the rest as at the end)
    "openingen-45": {"veiligheid": 0.94, "hulpvraag": 0.85, "leeftijd": 0.94, "wlz": 0.88,
    "zorgkantoor_contact": 0.9, "gemeente_contact": 0.91, "gemeente_uitkomst": 0.78, "expertteam_contact": 0.96,
    "expertteam_uitkomst": 0.67, "klacht_gemeld": 0.77},
    # intenties-30 (session 30, a development set of short and mixed messages; small supports: one message moves
    # wlz, zorgkantoor, the expertteam and klacht_gemeld by 0.1 to 0.3, so those floors sit lower)
    "intenties-30": {"veiligheid": 0.83, "hulpvraag": 0.82, "leeftijd": 0.94, "wlz": 0.8,
    "zorgkantoor_contact": 0.6, "gemeente_contact": 0.89, "gemeente_uitkomst": 0.88, "expertteam_contact": 0.8,
    "expertteam_uitkomst": 0.8, "klacht_gemeld": 0.6},
    # openingen-46 (session 31, blind): 0.04 below its first look (code of the start of session 31, at most 0.96)
    "openingen-46": {"veiligheid": 0.94, "hulpvraag": 0.86, "leeftijd": 0.94, "wlz": 0.93,
    "zorgkantoor_contact": 0.96, "gemeente_contact": 0.9, "gemeente_uitkomst": 0.84, "expertteam_contact": 0.87,
    "expertteam_uitkomst": 0.96, "klacht_gemeld": 0.85},
    # ontkenningen-31 (session 31, a development set of hard denials, organisations named without contact and
    # look-alikes; no signals, so `veiligheid` has no floor): 0.04 below the end of the session (its first look:
    # denied 15 of 56, gemeente_contact 0.80, zorgkantoor_contact 0.72)
    "ontkenningen-31": {"veiligheid": 0.0, "hulpvraag": 0.9, "leeftijd": 0.95, "wlz": 0.86,
    "zorgkantoor_contact": 0.82, "gemeente_contact": 0.84, "gemeente_uitkomst": 0.79, "expertteam_contact": 0.82,
    "expertteam_uitkomst": 0.8, "klacht_gemeld": 0.87},
    # talen-31 (session 31, a development set in other languages and dialects; its first look found 33 of 90 signals,
    # the end 87): 0.04 below the end, lower where one message moves a small support by 0.1 or more
    "talen-31": {"veiligheid": 0.87, "hulpvraag": 0.58, "leeftijd": 0.68, "wlz": 0.92,
    "zorgkantoor_contact": 0.78, "gemeente_contact": 0.87, "gemeente_uitkomst": 0.59, "expertteam_contact": 0.6,
    "expertteam_uitkomst": 0.3, "klacht_gemeld": 0.4},  # session 34: 0.333 (n = 5), "wiekteam" is now a door
    # talen-31b (session 31, a second development set in other languages, written after the phrases from talen-31;
    # its first look found 29 of 90 signals): 0.04 below the end, lower for small supports
    "talen-31b": {"veiligheid": 0.67, "hulpvraag": 0.53, "leeftijd": 0.55, "wlz": 0.56,
    "zorgkantoor_contact": 0.66, "gemeente_contact": 0.75, "gemeente_uitkomst": 0.55, "expertteam_contact": 0.37,
    "expertteam_uitkomst": 0.56, "klacht_gemeld": 0.1},
    # openingen-47 (session 32, blind): its first look (code of the start of session 32) and the end are the same;
    # 0.04 below, 0.1 below where fewer than 20 messages state the fact
    "openingen-47": {"veiligheid": 0.92, "hulpvraag": 0.89, "leeftijd": 0.94, "wlz": 0.85,
    "zorgkantoor_contact": 0.78, "gemeente_contact": 0.94, "gemeente_uitkomst": 0.85, "expertteam_contact": 0.9,
    "expertteam_uitkomst": 0.9, "klacht_gemeld": 0.78},
    # session 32, three development sets of one writer each, measured once then read (no signals, so `veiligheid` has
    # no floor; a fact no message states has none either): 0.04 below the end, 0.1 below for fewer than 20 messages.
    # uitkomsten-32: how it went at the gemeente (first look gemeente_uitkomst 0.864, end 0.933)
    "uitkomsten-32": {"veiligheid": 0.0, "hulpvraag": 0.84, "leeftijd": 0.95, "wlz": 0.9,
    "zorgkantoor_contact": 0.9, "gemeente_contact": 0.89, "gemeente_uitkomst": 0.89, "expertteam_contact": 0.9,
    "expertteam_uitkomst": 0.9, "klacht_gemeld": 0.9},
    # klachten-32: complaints raised or not (first look klacht_gemeld 0.677, end 0.92)
    "klachten-32": {"veiligheid": 0.0, "hulpvraag": 0.87, "leeftijd": 0.93, "wlz": 0.9,
    "zorgkantoor_contact": 0.0, "gemeente_contact": 0.87, "gemeente_uitkomst": 0.6, "expertteam_contact": 0.0,
    "expertteam_uitkomst": 0.0, "klacht_gemeld": 0.88},
    # wlz-32: the Wlz and the zorgkantoor (first look wlz 0.79, zorgkantoor_contact 0.86; end 0.90 and 0.95)
    "wlz-32": {"veiligheid": 0.0, "hulpvraag": 0.79, "leeftijd": 0.93, "wlz": 0.86,
    "zorgkantoor_contact": 0.91, "gemeente_contact": 0.85, "gemeente_uitkomst": 0.78, "expertteam_contact": 0.9,
    "expertteam_uitkomst": 0.0, "klacht_gemeld": 0.9},
    # ontkenningen-32: hard denials (first look at 55fe0e8: 18 of 93 denied facts read positive, end 2)
    "ontkenningen-32": {"veiligheid": 0.0, "hulpvraag": 0.76, "leeftijd": 0.94, "wlz": 0.89,
    "zorgkantoor_contact": 0.79, "gemeente_contact": 0.87, "gemeente_uitkomst": 0.8, "expertteam_contact": 0.74,
    "expertteam_uitkomst": 0.8, "klacht_gemeld": 0.84},
    # openingen-48 (session 33, blind): its first look, with the code of the start of session 33 and with that of the
    # moment (acf3ea6), gave the same figures; 0.04 below, 0.1 below where fewer than 20 messages state the fact
    "openingen-48": {"veiligheid": 0.92, "hulpvraag": 0.85, "leeftijd": 0.94, "wlz": 0.96,
    "zorgkantoor_contact": 0.9, "gemeente_contact": 0.87, "gemeente_uitkomst": 0.87, "expertteam_contact": 0.85,
    "expertteam_uitkomst": 0.9, "klacht_gemeld": 0.78},
    # hulpvragen-33 (session 33, a development set): what the parent wants (first look at acf3ea6: hulpvraag 0.892)
    "hulpvragen-33": {"veiligheid": 0.0, "hulpvraag": 0.85, "leeftijd": 0.96, "wlz": 0.9,
    "zorgkantoor_contact": 0.83, "gemeente_contact": 0.85, "gemeente_uitkomst": 0.79, "expertteam_contact": 0.9,
    "expertteam_uitkomst": 0.9, "klacht_gemeld": 0.75},
    # Session 34, 0.04 below the end of the session (0.1 below where fewer than 20 messages state the fact).
    # openingen-49 (blind): the end look gave its first look's figures
    "openingen-49": {"veiligheid": 0.92, "hulpvraag": 0.88, "leeftijd": 0.94, "wlz": 0.96,
    "zorgkantoor_contact": 0.9, "gemeente_contact": 0.93, "gemeente_uitkomst": 0.88, "expertteam_contact": 0.86,
    "expertteam_uitkomst": 0.78, "klacht_gemeld": 0.9},
    # klachtwoorden-34 (development): first look hulpvraag 0.86, klacht_gemeld 0.686; end 0.932, 0.93
    "klachtwoorden-34": {"veiligheid": 0.0, "hulpvraag": 0.89, "leeftijd": 0.95, "wlz": 0.96,
    "zorgkantoor_contact": 0.9, "gemeente_contact": 0.92, "gemeente_uitkomst": 0.92, "expertteam_contact": 0.9,
    "expertteam_uitkomst": 0.9, "klacht_gemeld": 0.89},
    # streektaal-34 (development): first look 39 of 45 signals, wlz 0.545; end 45 of 45, wlz 1.0
    "streektaal-34": {"veiligheid": 0.91, "hulpvraag": 0.84, "leeftijd": 0.85, "wlz": 0.9,
    "zorgkantoor_contact": 0.9, "gemeente_contact": 0.86, "gemeente_uitkomst": 0.8, "expertteam_contact": 0.82,
    "expertteam_uitkomst": 0.78, "klacht_gemeld": 0.9},
    # intenties-34 (development): few facts (0.1 below)
    "intenties-34": {"veiligheid": 0.0, "hulpvraag": 0.58, "leeftijd": 0.9, "wlz": 0.9,
    "zorgkantoor_contact": 0.56, "gemeente_contact": 0.8, "gemeente_uitkomst": 0.84, "expertteam_contact": 0.7,
    "expertteam_uitkomst": 0.9, "klacht_gemeld": 0.9},
    # talen-34 (development, other languages): first look 24 of 90 signals, leeftijd 0.622; end 56, 0.897
    "talen-34": {"veiligheid": 0.7, "hulpvraag": 0.46, "leeftijd": 0.85, "wlz": 0.71,
    "zorgkantoor_contact": 0.32, "gemeente_contact": 0.73, "gemeente_uitkomst": 0.55, "expertteam_contact": 0.52,
    "expertteam_uitkomst": 0.18, "klacht_gemeld": 0.13},
    # talen-34-blind (blind, other languages): first look 30 of 90 signals; the end look the same
    "talen-34-blind": {"veiligheid": 0.42, "hulpvraag": 0.48, "leeftijd": 0.8, "wlz": 0.62,
    "zorgkantoor_contact": 0.45, "gemeente_contact": 0.83, "gemeente_uitkomst": 0.61, "expertteam_contact": 0.65,
    "expertteam_uitkomst": 0.51, "klacht_gemeld": 0.13},
    # Session 35, openingen-50 (blind): its first look with the start code (da310ad), 0.04 below (0.1 below where
    # fewer than 20 messages state the fact)
    "openingen-50": {"veiligheid": 0.93, "hulpvraag": 0.87, "leeftijd": 0.95, "wlz": 0.88,
    "zorgkantoor_contact": 0.85, "gemeente_contact": 0.9, "gemeente_uitkomst": 0.86, "expertteam_contact": 0.78,
    "expertteam_uitkomst": 0.82, "klacht_gemeld": 0.9},
    # ontkenningen-35 (development): first look (b46f615) zorgkantoor_contact 0.5, gemeente_contact 0.815, denied 24 of
    # 98; end 0.65, 0.892, 8 of 98
    "ontkenningen-35": {"veiligheid": 0.0, "hulpvraag": 0.79, "leeftijd": 0.93, "wlz": 0.86,
    "zorgkantoor_contact": 0.61, "gemeente_contact": 0.85, "gemeente_uitkomst": 0.8, "expertteam_contact": 0.89,
    "expertteam_uitkomst": 0.78, "klacht_gemeld": 0.82},
    # uitkomsten-35 (development): first look (b46f615) gemeente_uitkomst 0.8; end 0.902
    "uitkomsten-35": {"veiligheid": 0.0, "hulpvraag": 0.86, "leeftijd": 0.94, "wlz": 0.86,
    "zorgkantoor_contact": 0.9, "gemeente_contact": 0.9, "gemeente_uitkomst": 0.84, "expertteam_contact": 0.9,
    "expertteam_uitkomst": 0.9, "klacht_gemeld": 0.56},
    # Session 36, openingen-51 (blind): its first look with the start code (5713438), 0.04 below (0.1 below where fewer
    # than 20 messages state the fact)
    "openingen-51": {"veiligheid": 0.92, "hulpvraag": 0.85, "leeftijd": 0.94, "wlz": 0.91,
    "zorgkantoor_contact": 0.86, "gemeente_contact": 0.89, "gemeente_uitkomst": 0.82, "expertteam_contact": 0.78,
    "expertteam_uitkomst": 0.9, "klacht_gemeld": 0.9},
    # openingen-52 (development, written as a blind set): first look (5713438) expertteam_contact 0.815, klacht_gemeld
    # 0.833, gemeente_uitkomst 0.9; after this session's changes 0.889, 0.88, 0.945
    "openingen-52": {"veiligheid": 0.93, "hulpvraag": 0.87, "leeftijd": 0.94, "wlz": 0.96,
    "zorgkantoor_contact": 0.9, "gemeente_contact": 0.92, "gemeente_uitkomst": 0.9, "expertteam_contact": 0.78,
    "expertteam_uitkomst": 0.9, "klacht_gemeld": 0.78},
    # Session 37, openingen-53 (blind): its first look with the start code (f89569d), 0.04 below (0.1 below where fewer
    # than 20 messages state the fact); the end look was the same but gemeente_contact 0.947 -> 0.953
    "openingen-53": {"veiligheid": 0.9, "hulpvraag": 0.78, "leeftijd": 0.94, "wlz": 0.94,
    "zorgkantoor_contact": 0.86, "gemeente_contact": 0.9, "gemeente_uitkomst": 0.82, "expertteam_contact": 0.9,
    "expertteam_uitkomst": 0.9, "klacht_gemeld": 0.9},
    # contact-37 (development): first look (f89569d) gemeente_contact 0.78, zorgkantoor_contact 0.736,
    # expertteam_contact 0.711, denied 29 of 111; end 0.846, 0.875, 0.829, 16 of 111
    "contact-37": {"veiligheid": 0.0, "hulpvraag": 0.56, "leeftijd": 0.95, "wlz": 0.83,
    "zorgkantoor_contact": 0.83, "gemeente_contact": 0.8, "gemeente_uitkomst": 0.76, "expertteam_contact": 0.78,
    "expertteam_uitkomst": 0.72, "klacht_gemeld": 0.86},
    # Session 38, openingen-54 (blind): its first look with the start code (ab88299) and the end look were the same;
    # 0.04 below (0.1 below where fewer than 20 messages state the fact)
    "openingen-54": {"veiligheid": 0.89, "hulpvraag": 0.85, "leeftijd": 0.95, "wlz": 0.88,
    "zorgkantoor_contact": 0.9, "gemeente_contact": 0.91, "gemeente_uitkomst": 0.86, "expertteam_contact": 0.75,
    "expertteam_uitkomst": 0.83, "klacht_gemeld": 0.86},
    # wlz-38 (development): first look (ab88299) wlz 0.835, denied 13 of 112, 153 of 200 the same first step; end wlz
    # 0.886, 11 of 112, 157 of 200 (expertteam_uitkomst: 3 messages)
    "wlz-38": {"veiligheid": 0.0, "hulpvraag": 0.83, "leeftijd": 0.92, "wlz": 0.84,
    "zorgkantoor_contact": 0.89, "gemeente_contact": 0.92, "gemeente_uitkomst": 0.8, "expertteam_contact": 0.9,
    "expertteam_uitkomst": 0.4, "klacht_gemeld": 0.85},
    # Session 39, openingen-55 (blind): its first look with the start code (540d7e5) and the end look were the same;
    # 0.04 below (0.1 below where fewer than 20 messages state the fact)
    "openingen-55": {"veiligheid": 0.92, "hulpvraag": 0.87, "leeftijd": 0.95, "wlz": 0.89,
    "zorgkantoor_contact": 0.9, "gemeente_contact": 0.91, "gemeente_uitkomst": 0.86, "expertteam_contact": 0.85,
    "expertteam_uitkomst": 0.75, "klacht_gemeld": 0.78},
    # ontkenningen-39 (development): first look (540d7e5) wlz 0.82, zorgkantoor_contact 0.653, gemeente_contact 0.869,
    # expertteam_contact 0.785, klacht_gemeld 0.633, denied 44 of 150; end 0.943, 0.875, 0.935, 0.949, 0.667, 8 of 150
    "ontkenningen-39": {"veiligheid": 0.0, "hulpvraag": 0.85, "leeftijd": 0.95, "wlz": 0.9,
    "zorgkantoor_contact": 0.81, "gemeente_contact": 0.89, "gemeente_uitkomst": 0.83, "expertteam_contact": 0.9,
    "expertteam_uitkomst": 0.81, "klacht_gemeld": 0.62},
    # Session 40: openingen-56 and -57 (written blind; read after their first looks with the start code (b83ec8c)
    # missed one Polish signal each: development), openingen-58 (blind: first look = end look), afspraken-40
    # (development: first look zorgkantoor_contact 0.519, gemeente_contact 0.707, expertteam_contact 0.531,
    # klacht_gemeld 0.698, wlz 0.92, denied 45 of 112; end 0.764, 0.857, 0.694, 0.767, 0.96, 17 of 112)
    "openingen-56": {"veiligheid": 0.89, "hulpvraag": 0.89, "leeftijd": 0.94, "wlz": 0.93, "zorgkantoor_contact": 0.78,
    "gemeente_contact": 0.92, "gemeente_uitkomst": 0.87, "expertteam_contact": 0.9, "expertteam_uitkomst": 0.9,
    "klacht_gemeld": 0.77},
    "openingen-57": {"veiligheid": 0.91, "hulpvraag": 0.87, "leeftijd": 0.95, "wlz": 0.96, "zorgkantoor_contact": 0.78,
    "gemeente_contact": 0.94, "gemeente_uitkomst": 0.89, "expertteam_contact": 0.9, "expertteam_uitkomst": 0.84,
    "klacht_gemeld": 0.86},
    "openingen-58": {"veiligheid": 0.92, "hulpvraag": 0.84, "leeftijd": 0.93, "wlz": 0.96, "zorgkantoor_contact": 0.8,
    "gemeente_contact": 0.91, "gemeente_uitkomst": 0.87, "expertteam_contact": 0.86, "expertteam_uitkomst": 0.9,
    "klacht_gemeld": 0.85},
    "afspraken-40": {"veiligheid": 0.0, "hulpvraag": 0.9, "leeftijd": 0.94, "wlz": 0.92, "zorgkantoor_contact": 0.68,
    "gemeente_contact": 0.81, "gemeente_uitkomst": 0.86, "expertteam_contact": 0.65, "expertteam_uitkomst": 0.63,
    "klacht_gemeld": 0.72},
    # Session 41: openingen-59 (blind; first look with the start code (c8f4b65) and end look differ in one reading,
    # gemeente_contact 0.982 -> 0.988), ontkenningen-41 (development: first look wlz 0.865, zorgkantoor_contact 0.713,
    # gemeente_contact 0.867, expertteam_contact 0.794, klacht_gemeld 0.618, hulpvraag 0.922, denied 23 of 121; end
    # 0.892, 0.864, 0.895, 0.847, 0.794, 0.941, 4 of 121)
    "openingen-59": {"veiligheid": 0.96, "hulpvraag": 0.9, "leeftijd": 0.95, "wlz": 0.9, "zorgkantoor_contact": 0.84,
    "gemeente_contact": 0.94, "gemeente_uitkomst": 0.85, "expertteam_contact": 0.9, "expertteam_uitkomst": 0.9,
    "klacht_gemeld": 0.9},
    "ontkenningen-41": {"veiligheid": 0.0, "hulpvraag": 0.9, "leeftijd": 0.94, "wlz": 0.85, "zorgkantoor_contact": 0.82,
    "gemeente_contact": 0.85, "gemeente_uitkomst": 0.74, "expertteam_contact": 0.8, "expertteam_uitkomst": 0.56,
    "klacht_gemeld": 0.75},
    # Session 42: openingen-60 (a development set since its first look missed one signal: hulpvraag 0.911,
    # gemeente_contact 0.947, gemeente_uitkomst 0.931 at its first look and the end), ontkenningen-42 (first look wlz
    # 0.857, zorgkantoor_contact 0.78, gemeente_contact 0.873, expertteam_contact 0.769, klacht_gemeld 0.641, denied 15
    # of 104; end 0.929, 0.854, 0.924, 0.795, 0.937, 5 of 104)
    "openingen-60": {"veiligheid": 0.95, "hulpvraag": 0.88, "leeftijd": 0.96, "wlz": 0.95, "zorgkantoor_contact": 0.9,
    "gemeente_contact": 0.92, "gemeente_uitkomst": 0.9, "expertteam_contact": 0.88, "expertteam_uitkomst": 0.85,
    "klacht_gemeld": 0.88},
    "ontkenningen-42": {"veiligheid": 0.0, "hulpvraag": 0.93, "leeftijd": 0.97, "wlz": 0.9, "zorgkantoor_contact": 0.82,
    "gemeente_contact": 0.9, "gemeente_uitkomst": 0.76, "expertteam_contact": 0.77, "expertteam_uitkomst": 0.72,
    "klacht_gemeld": 0.9},
    # Session 43: openingen-61 (blind; first look with the start code (6e90c5a) and end look read the same: veiligheid
    # 0.951, hulpvraag 0.944, gemeente_contact 0.993, gemeente_uitkomst 0.891, klacht_gemeld 0.96), ontkenningen-43
    # (development: first look wlz 0.861, zorgkantoor_contact 0.701, gemeente_contact 0.918, expertteam_contact 0.8,
    # klacht_gemeld 0.704, denied 23 of 100; end 0.92, 0.938, 0.947, 0.974, 0.952, 1 of 100)
    "openingen-61": {"veiligheid": 0.92, "hulpvraag": 0.91, "leeftijd": 0.96, "wlz": 0.95, "zorgkantoor_contact": 0.95,
    "gemeente_contact": 0.96, "gemeente_uitkomst": 0.86, "expertteam_contact": 0.95, "expertteam_uitkomst": 0.95,
    "klacht_gemeld": 0.93},
    "ontkenningen-43": {"veiligheid": 0.0, "hulpvraag": 0.92, "leeftijd": 0.96, "wlz": 0.89, "zorgkantoor_contact": 0.9,
    "gemeente_contact": 0.91, "gemeente_uitkomst": 0.86, "expertteam_contact": 0.94, "expertteam_uitkomst": 0.9,
    "klacht_gemeld": 0.92},
    # Session 44: openingen-62 (blind; first look with the start code (665db58): veiligheid 1.0, hulpvraag 0.891, wlz
    # 0.921, zorgkantoor_contact 0.938, gemeente_uitkomst 0.936, expertteam_uitkomst 0.833), ontkenningen-44
    # (development: first look wlz 0.891, zorgkantoor_contact 0.818, gemeente_contact 0.916, expertteam_contact 0.919,
    # klacht_gemeld 0.783, denied 20 of 104; end 0.905, 0.978, 0.964, 0.973, 0.928, 3 of 104)
    "openingen-62": {"veiligheid": 0.97, "hulpvraag": 0.86, "leeftijd": 0.95, "wlz": 0.89, "zorgkantoor_contact": 0.9,
    "gemeente_contact": 0.96, "gemeente_uitkomst": 0.9, "expertteam_contact": 0.97, "expertteam_uitkomst": 0.8,
    "klacht_gemeld": 0.9},
    "ontkenningen-44": {"veiligheid": 0.0, "hulpvraag": 0.81, "leeftijd": 0.96, "wlz": 0.87, "zorgkantoor_contact": 0.94,
    "gemeente_contact": 0.93, "gemeente_uitkomst": 0.83, "expertteam_contact": 0.94, "expertteam_uitkomst": 0.79,
    "klacht_gemeld": 0.89},
    # afspraken-44 (development, written after the first round: first look with the start code zorgkantoor_contact
    # 0.784, gemeente_contact 0.804, expertteam_contact 0.743, klacht_gemeld 0.655, denied 33 of 100; after the first
    # round 31 of 100; end 0.907, 0.944, 0.829, 0.828, 9 of 100)
    "afspraken-44": {"veiligheid": 0.0, "hulpvraag": 0.83, "leeftijd": 0.96, "wlz": 0.94, "zorgkantoor_contact": 0.87,
    "gemeente_contact": 0.91, "gemeente_uitkomst": 0.92, "expertteam_contact": 0.79, "expertteam_uitkomst": 0.79,
    "klacht_gemeld": 0.79}}
# The share of openings without a signal after which the assistant asks or advises what the labelled facts give
# (bot.evaluate.first_step), 0.04 below the end-of-session-18 figures.
FIRST_STEP_SAME_FLOOR = {"heldout": 0.8, "openingen-3": 0.84, "openingen-4": 0.77, "openingen-5": 0.91,
    "openingen-6": 0.91, "openingen-7": 0.93, "openingen-10": 0.86, "openingen-13": 0.72, "openingen-14": 0.68,
    "openingen-15": 0.79, "openingen-17": 0.68, "openingen-18": 0.75, "openingen-23": 0.73, "openingen-25": 0.78,
    "openingen-29": 0.65, "openingen-31": 0.8, "openingen-34": 0.82, "openingen-35": 0.8, "openingen-36": 0.76, "ontkenningen-24": 0.77, "ontkenningen-25": 0.72,
    "openingen-8": 0.89, "openingen-9": 0.89, "openingen-11": 0.87, "openingen-12": 0.73, "openingen-16": 0.73,
    "openingen-19": 0.76, "openingen-20": 0.84, "openingen-21": 0.88, "openingen-22": 0.82, "openingen-24": 0.69,
    "openingen-26": 0.8, "openingen-27": 0.8, "openingen-28": 0.79, "openingen-30": 0.82, "openingen-32": 0.86, "openingen-33": 0.82,
    "openingen-37": 0.78, "openingen-38": 0.83, "openingen-39": 0.77, "alarm-27": 0.81, "intenties-27": 0.81,
    "openingen-40": 0.81, "openingen-41": 0.87, "openingen-42": 0.72, "openingen-43": 0.82, "signalen-28": 0.72,
    "openingen-44": 0.82, "talen-29": 0.42, "veiligheid": 0.84, "openingen-45": 0.81, "intenties-30": 0.83,
    "openingen-46": 0.84, "ontkenningen-31": 0.78, "talen-31": 0.37, "talen-31b": 0.27,
    "openingen-47": 0.83, "uitkomsten-32": 0.77, "klachten-32": 0.77, "wlz-32": 0.64, "ontkenningen-32": 0.62,
    "openingen-48": 0.78, "hulpvragen-33": 0.81,
    "openingen-49": 0.85, "klachtwoorden-34": 0.86, "streektaal-34": 0.87, "intenties-34": 0.57, "talen-34": 0.3,
    "talen-34-blind": 0.24, "openingen-50": 0.85, "ontkenningen-35": 0.62, "uitkomsten-35": 0.83,
    # session 36: openingen-51 (blind) 109 of 130 at its first look; openingen-52 113 -> 118 of 130
    "openingen-51": 0.8, "openingen-52": 0.87,
    # session 37: openingen-53 (blind) 96 of 130 at its first look and the end; contact-37 107 -> 108 of 200
    "openingen-53": 0.69, "contact-37": 0.5,
    # session 38: openingen-54 (blind) 112 of 130 at its first look and the end; wlz-38 153 -> 157 of 200
    "openingen-54": 0.82, "wlz-38": 0.74,
    # session 39: openingen-55 (blind) 118 of 130 at its first look and the end; ontkenningen-39 132 -> 149 of 200
    "openingen-55": 0.86, "ontkenningen-39": 0.7,
    # session 40: openingen-56 113 and -57 114 of 130 at their first looks and the end; openingen-58 (blind) 112 of 130
    # at its first look and the end; afspraken-40 154 -> 162 of 200
    "openingen-56": 0.83, "openingen-57": 0.84, "openingen-58": 0.82, "afspraken-40": 0.77,
    # session 41: openingen-59 (blind) 117 of 130 at its first look and the end; ontkenningen-41 140 -> 160 of 200
    "openingen-59": 0.86, "ontkenningen-41": 0.76,
    # session 42: openingen-60 117 of 130 at its first look and the end; ontkenningen-42 155 -> 171 of 200
    "openingen-60": 0.86, "ontkenningen-42": 0.82,
    # session 43: openingen-61 (blind) 120 of 130 at its first look and the end; ontkenningen-43 155 -> 174 of 200
    "openingen-61": 0.88, "ontkenningen-43": 0.83,
    # session 44: openingen-62 (blind) 112 of 130 at its first look; ontkenningen-44 143 -> 151 of 200
    "openingen-62": 0.82, "ontkenningen-44": 0.71,
    # afspraken-44 131 (start code) -> 139 of 200
    "afspraken-44": 0.65}
INTENT_MACRO_F1_FLOOR = 0.94
# openingen-12, -14 and -16 to -26 have eight intents, seven of them with 1 to 6 messages: their macro-F1 moves up to
# 0.1 per message.
INTENT_MACRO_F1_FLOOR_PER_SET = {"openingen-14": 0.88, "openingen-17": 0.88, "openingen-18": 0.89,
    "openingen-23": 0.93, "openingen-25": 0.9, "openingen-29": 0.9, "openingen-31": 0.9, "openingen-16": 0.89, "openingen-19": 0.84, "openingen-20": 0.88,
    "openingen-21": 0.88, "openingen-22": 0.89, "openingen-24": 0.92, "openingen-26": 0.9, "openingen-27": 0.92,
    "openingen-28": 0.92, "openingen-32": 0.92, "openingen-36": 0.9, "openingen-37": 0.89, "openingen-38": 0.9,
    # intenties-27 (session 27): 15 messages per short intent, 0.787 at its first look, 0.956 after KorteBerichten
    "intenties-27": 0.91,
    # talen-29 (session 29): stories in other languages whose facts are not read stay `andere_taal` (0.375 at its
    # first look, 0.398 at the end); the parent still gets the note with 112, Veilig Thuis and 113 in English
    "talen-29": 0.35,
    # session 30: openingen-45 0.948 at its first look and at the end; intenties-30 0.880 at its first look, 0.931 after
    "openingen-45": 0.91, "intenties-30": 0.89,
    # session 31: talen-31 (other languages: stories whose facts are not read stay `andere_taal`) 0.562 -> 0.570
    "talen-31": 0.53, "talen-31b": 0.62,
    # session 22: TaalMetFeiten reads a message in another language with facts as `inform` (LABELS.md); two of the
    # three `andere_taal` messages of openingen-12 (labelled without facts) are now read as such stories: 1.0 -> 0.928
    "openingen-12": 0.89,
    # session 34: streektaal-34 0.713 at its first look, 0.856 at the end; intenties-34 0.892 -> 0.928; talen-34
    # 0.693 -> 0.729; talen-34-blind 0.752 at its first look, 0.820 at the end (VerhaalMetLeeftijd)
    "streektaal-34": 0.82, "intenties-34": 0.88, "talen-34": 0.69, "talen-34-blind": 0.78,
    # session 37: openingen-53 0.943 at its first look and the end (six intents with 1 to 4 messages)
    "openingen-53": 0.9,
    # session 38: openingen-54 0.959 at its first look and the end; wlz-38 1.0 (all inform)
    "openingen-54": 0.92, "wlz-38": 0.95}
# (recall floor, false-alarm ceiling) per set; 'veiligheid' is the set of hard safety messages (a development set). On
# the development sets every signal must stay found.
SAFETY = {"heldout": (1.0, 0.02), "openingen-3": (1.0, 0.03), "openingen-4": (1.0, 0.03), "openingen-5": (1.0, 0.02),
    "openingen-6": (1.0, 0.035), "openingen-7": (1.0, 0.03), "openingen-10": (1.0, 0.03),
    "openingen-13": (1.0, 0.045), "openingen-14": (1.0, 0.065), "openingen-15": (1.0, 0.03),
    "openingen-17": (1.0, 0.03), "openingen-18": (1.0, 0.035), "openingen-23": (1.0, 0.055),
    "openingen-25": (1.0, 0.02), "openingen-29": (1.0, 0.065), "openingen-31": (1.0, 0.02), "openingen-34": (1.0, 0.03), "openingen-35": (1.0, 0.02), "openingen-36": (1.0, 0.04), "ontkenningen-24": (1.0, 0.02), "ontkenningen-25": (1.0, 0.05), "openingen-8": (0.97, 0.02), "openingen-9": (0.97, 0.03), "openingen-11": (0.97, 0.02),
    "openingen-12": (0.97, 0.035), "openingen-16": (0.97, 0.04), "openingen-19": (0.97, 0.045),
    "openingen-20": (0.97, 0.06), "openingen-21": (0.97, 0.055), "openingen-22": (0.97, 0.055),
    "openingen-24": (0.97, 0.035), "openingen-26": (0.97, 0.04), "openingen-27": (0.97, 0.035),
    "openingen-28": (0.97, 0.065), "openingen-30": (0.97, 0.04), "openingen-32": (0.97, 0.03), "openingen-33": (0.97, 0.045),
    "openingen-37": (0.97, 0.045), "openingen-38": (0.97, 0.055), "openingen-39": (0.97, 0.045),
    "openingen-40": (0.97, 0.045), "openingen-41": (0.97, 0.045), "openingen-42": (1.0, 0.05),
    "openingen-43": (0.97, 0.04), "openingen-44": (0.97, 0.045), "openingen-45": (0.97, 0.045),
    "intenties-30": (1.0, 0.02), "openingen-46": (0.97, 0.045), "ontkenningen-31": (1.0, 0.025),
    # talen-31: 3 of 90 signals still missed (a Limburg girl gone with her medicines, a French grandmother who finds
    # syringes, a Russian son who "decided how"); 8 false alarms of 110, as at its first look
    "talen-31": (0.96, 0.1),
    # talen-31b: 29 of 90 signals at its first look (written after the phrases from talen-31), 61 at the end
    "talen-31b": (0.64, 0.1),
    # talen-29 (session 29): 40 of 90 signals at its first look, 46 at the end; false alarms 9 -> 12 of 110. Session
    # 31 (phrases in other languages and scripts): 54 of 90, false alarms 13
    "talen-29": (0.55, 0.13),
    # signalen-28: one Groningen message ("zai is baang van hom", the reader 0.02) is still missed
    "signalen-28": (0.99, 0.05),
    # alarm-27: 17 of 150 false alarms at its first look, 9 after it was read
    "alarm-27": (1.0, 0.075), "intenties-27": (1.0, 0.02), "veiligheid": (1.0, 0.02),
    # session 32: openingen-47 3 of 142 false alarms at its first look and the end
    "openingen-47": (0.97, 0.045), "uitkomsten-32": (1.0, 0.02), "klachten-32": (1.0, 0.025), "wlz-32": (1.0, 0.02),
    "ontkenningen-32": (1.0, 0.02),
    # session 33: openingen-48 40 of 40 signals, 3 of 147 false alarms at its first look
    "openingen-48": (0.97, 0.045), "hulpvragen-33": (1.0, 0.02),
    # session 34: openingen-49 40 of 40 signals, 3 of 144 false alarms at its first look and the end; streektaal-34 45
    # of 45 at the end (39 at its first look); talen-34 56 of 90 at the end (24 at its first look); talen-34-blind 30
    # of 90 at its first look and the end, 56 of the 60 missed with the language note
    "openingen-49": (0.97, 0.045), "klachtwoorden-34": (1.0, 0.02), "streektaal-34": (1.0, 0.02),
    "intenties-34": (1.0, 0.02), "talen-34": (0.6, 0.06), "talen-34-blind": (0.32, 0.08),
    # session 35: openingen-50 40 of 40 signals, 2 of 141 false alarms at its first look
    "openingen-50": (0.97, 0.04), "ontkenningen-35": (1.0, 0.02), "uitkomsten-35": (1.0, 0.02),
    # session 36: openingen-51 40 of 40 signals, 3 of 150 false alarms at its first look; openingen-52 40 of 40, false
    # alarms 5 -> 2 of 148 (a past death wish "nu gaat goed", "het is een stuk rustiger", "niet bang voor haar")
    "openingen-51": (0.97, 0.04), "openingen-52": (1.0, 0.03),
    # session 37: openingen-53 40 of 40 signals, 5 of 142 false alarms at its first look and the end; contact-37 1 of 200
    "openingen-53": (0.97, 0.055), "contact-37": (1.0, 0.02),
    # session 38: openingen-54 39 of 39 signals, 3 of 147 false alarms at its first look and the end; wlz-38 0 of 200
    "openingen-54": (0.97, 0.04), "wlz-38": (1.0, 0.01),
    # session 39: openingen-55 40 of 40 signals, 3 of 148 false alarms at its first look and the end; ontkenningen-39
    # 3 of 200 (as at its first look)
    "openingen-55": (0.97, 0.04), "ontkenningen-39": (1.0, 0.02),
    # session 40: openingen-56 39 -> 40 of 40 signals, 6 of 146 false alarms; openingen-57 39 -> 40 of 40, 4 of 149
    # (a Polish child unconscious, a Polish seizure that does not stop); openingen-58 (blind) 40 of 40, 3 of 148 at its
    # first look and the end; afspraken-40 1 of 200
    "openingen-56": (1.0, 0.055), "openingen-57": (1.0, 0.04), "openingen-58": (0.97, 0.04),
    "afspraken-40": (1.0, 0.02),
    # session 41: openingen-59 (blind) 40 of 40 signals, 0 of 143 false alarms at its first look and the end;
    # ontkenningen-41 1 of 200 (as at its first look)
    "openingen-59": (0.97, 0.03), "ontkenningen-41": (1.0, 0.02),
    # session 42: openingen-60 39 of 40 signals at its first look (a German neighbour; the set was read for that message
    # only and became a development set), 40 of 40 at the end, 2 of 145 false alarms; ontkenningen-42 2 of 200
    "openingen-60": (1.0, 0.03), "ontkenningen-42": (1.0, 0.02),
    # session 43: openingen-61 (blind) 40 of 40 signals, 2 of 144 false alarms at its first look and the end;
    # ontkenningen-43 2 of 200
    "openingen-61": (1.0, 0.03), "ontkenningen-43": (1.0, 0.02),
    # session 44: openingen-62 (blind) 40 of 40 signals, 0 of 141 false alarms at its first look; ontkenningen-44 1 of 200
    "openingen-62": (1.0, 0.02), "ontkenningen-44": (1.0, 0.02),
    # afspraken-44 8 of 200 false alarms, as at its first look: long stories of an overwhelmed family, the learned
    # reader's guess (left alone in session 44)
    "afspraken-44": (1.0, 0.045)}
# Issue 3: a negated fact is never filled with the positive value. The count of labelled 'nee' / 'weet_niet' read
# as another value may not grow (bot.evaluate.denied_read_positive; end of session 21: as in session 20, and 5 of 44
# on openingen-28 (the same at its first look); end of session 20: 1 of 518 on the development
# sets (a door only asked about is no visit: openingen-4's expertteam question is fixed), the blind ones as in session
# 19, 2 of 37 on openingen-27; end of session 19: 2 of 518 on the development
# sets (the reader with the first-person examples: a 'ja' for an expertteam the parent only asks about, and a Wlz
# 'weet_niet' it now gives under its threshold), 14 of 325 on the nine older blind ones, 5 of 32 on openingen-24 and 2
# of 31 on openingen-26; end of session 18: 0 of 518, 14 of 325 and 5 of 32; end of session 17: 0 of 483, 14 of
# 325 and 5 of 32; end of session 16: 1 of 483 and 13 of 325; end of session 15: 24 of 451 and 15 of 325).
DENIED_READ_POSITIVE_CEILING = {"heldout": 0, "openingen-3": 0, "openingen-4": 0, "openingen-5": 0, "openingen-6": 0,
    "openingen-7": 0, "openingen-10": 0, "openingen-13": 0, "openingen-14": 0, "openingen-15": 0, "openingen-17": 0,
    "openingen-18": 0, "openingen-23": 0, "openingen-25": 0, "openingen-29": 0, "openingen-31": 0, "openingen-34": 0, "openingen-35": 0, "openingen-36": 0, "ontkenningen-24": 0, "ontkenningen-25": 0, "openingen-8": 2, "openingen-9": 2, "openingen-11": 2,
    "openingen-12": 1, "openingen-16": 0, "openingen-19": 1, "openingen-20": 0, "openingen-21": 0, "openingen-22": 0,
    "openingen-24": 2, "openingen-26": 1, "openingen-27": 1, "openingen-28": 2, "openingen-30": 0, "openingen-32": 0, "openingen-33": 2,
    "openingen-37": 1, "openingen-38": 1, "openingen-39": 0, "alarm-27": 0, "intenties-27": 0, "openingen-40": 2,
    "openingen-41": 0, "openingen-42": 0, "openingen-43": 3, "openingen-44": 0, "talen-29": 4,
    "openingen-45": 1, "intenties-30": 0, "openingen-46": 0, "ontkenningen-31": 0, "talen-31": 2, "talen-31b": 12,
    "signalen-28": 0, "veiligheid": 0, "openingen-47": 2, "uitkomsten-32": 0, "klachten-32": 1, "wlz-32": 1,
    "ontkenningen-32": 1, "openingen-48": 0, "hulpvragen-33": 0,
    "openingen-49": 0, "klachtwoorden-34": 0, "streektaal-34": 0, "intenties-34": 0, "talen-34": 8, "talen-34-blind": 17,
    "openingen-50": 2, "ontkenningen-35": 2, "uitkomsten-35": 0,
    "openingen-51": 2, "openingen-52": 0,  # session 36: o-51 2 of 46 at its first look; o-52 2 -> 0 of 49
    "openingen-53": 1, "contact-37": 1,  # session 37: o-53 2 -> 1 of 45 (first look, end); contact-37 29 -> 16 of 111
    # (session 39: contact-37 14 at the start after retraining, 12 at the end; session 41: 10 -> 8)
    "openingen-54": 3, "wlz-38": 2,  # session 38: o-54 3 of 33 (first look, end); wlz-38 13 -> 11 of 112; s39-42 7, 6, 5, 4
    "openingen-55": 0, "ontkenningen-39": 0,  # session 39: o-55 0 of 38 (first look, end); o-39 44 -> 8 of 150; s40 3, s41 0
    # session 40: o-56 2 of 31 and o-57 1 of 34 (first looks, end), o-58 0 of 42 (first look, end), afspraken-40 45 ->
    # 17 of 112
    "openingen-56": 0, "openingen-57": 1, "openingen-58": 0, "afspraken-40": 5,
    # session 41: o-59 0 of 37 (first look, end), ontkenningen-41 23 -> 4 of 121 (and the ceilings of older sets
    # lowered to what was measured at the end, below)
    "openingen-59": 0, "ontkenningen-41": 3,
    # session 42: o-60 0 of 39 (first look, end), ontkenningen-42 15 -> 5 of 104 (and afspraken-40 16 -> 12, wlz-38 5 ->
    # 4, lowered above)
    "openingen-60": 0, "ontkenningen-42": 1,
    # session 43: o-61 0 of 38 (first look, end), ontkenningen-43 23 -> 1 of 100; and lowered to what was measured at the
    # end: ontkenningen-42 5 -> 1, afspraken-40 12 -> 10, contact-37 8 -> 3, wlz-38 4 -> 2, alarm-27 1 -> 0,
    # openingen-56 1 -> 0
    "openingen-61": 0, "ontkenningen-43": 1,
    # session 44: o-62 1 of 39 (first look), ontkenningen-44 20 -> 3 of 104; and lowered to what was measured at the
    # end: afspraken-40 10 -> 5, ontkenningen-41 4 -> 3, contact-37 3 -> 1
    "openingen-62": 1, "ontkenningen-44": 3,
    # afspraken-44 (written after the first round) 33 (start code) -> 31 (first round) -> 9 of 100
    "afspraken-44": 9}
# (openingen-8: 3 -> 4 of 43 in session 29, after the reader learned other languages; not searched: it is blind)
# (openingen-37: 0 of 37 at its first look, 1 after session 27's outcome and door words; not searched, it is blind)
# (session 32: the pointing-back denials and the Wlz phrases lowered openingen-33 4 -> 2 and openingen-40 3 -> 2, found
# at the end measurement, totals only, and openingen-46 4 -> 3 after the last round; ontkenningen-31 4 -> 1,
# ontkenningen-25 3 -> 2, signalen-28 1 -> 0, openingen-35 1 -> 0)
# (session 33: at the end measurement, totals only, openingen-46 3 -> 1 and openingen-28 4 -> 3 of their denied facts
# read positive)
# (session 37: at the end measurement, totals only, openingen-8 4 -> 3 and -24 3 -> 2: doors only planned, advised or
# still to be visited for the first time)
# (session 38: at the end measurement, totals only, openingen-11 3 -> 2 and -27 2 -> 1: the Wlz named as a law or a
# step, the CIZ as the one who assesses)
# (session 39: at the end measurement, totals only, openingen-50 3 -> 2: withdrawn, believed, not done, never sent)
# (session 40: at the end measurement, totals only, openingen-8 3 -> 2, -9 3 -> 2, -12 2 -> 1, -44 1 -> 0; contact-37
# 12 -> 10: nobody reached, someone else's question or advice, an indicatie that ended, not done in English)
# (session 41: at the end measurement, totals only, openingen-28 3 -> 2, -39 1 -> 0, -46 1 -> 0, talen-29 5 -> 4,
# talen-34-blind 18 -> 17; development sets ontkenningen-35 4 -> 2, -39 3 -> 0, contact-37 10 -> 8, wlz-38 6 -> 5,
# talen-31b 14 -> 12, talen-34 10 -> 8, openingen-56 2 -> 1, afspraken-40 17 -> 16; and ceilings that were above what
# the start of the session measured lowered to it: openingen-10, ontkenningen-25, -31, -32, uitkomsten-32, wlz-32,
# streektaal-34)
# (session 34: at the end measurement, totals only, openingen-9 4 -> 3, -19 2 -> 1, -24 5 -> 3, -26 2 -> 1, -41 and -42
# 1 -> 0, -43 4 -> 3, talen-29 7 -> 6; development sets alarm-27 2 -> 1, talen-31b 20 -> 14)


@pytest.fixture(scope="module")
def evaluated():
    return evaluate_all()


@pytest.fixture(scope="module")
def results(evaluated):
    return {name: result for name, (result, _, _) in evaluated.items()}


# Session 38: the Dutch blind openings as one held-out set (README, "Waar het nu staat"): signals 1,219 of 1,219,
# false alarms 1.84 %, intent macro-F1 0.962, every slot's F1 0.901 or more; floors a little below.
POOLED_FACT_F1_FLOOR = {"veiligheid": 0.94, "hulpvraag": 0.89, "leeftijd": 0.98, "wlz": 0.95,
                        "zorgkantoor_contact": 0.96, "gemeente_contact": 0.95, "gemeente_uitkomst": 0.89,
                        "expertteam_contact": 0.94, "expertteam_uitkomst": 0.9, "klacht_gemeld": 0.92}


def test_the_blind_openings_taken_together(evaluated, results):
    together = pooled(evaluated)
    names = [n for n in BLIND_NAMES if n not in LANGUAGE_SETS]
    assert together["messages"] == sum(results[n]["messages"] for n in names) > 5000
    assert together["safety"]["signals"] == sum(results[n]["safety"]["signals"] for n in names)
    assert together["safety"]["recall"] == 1.0
    assert together["safety"]["false_alarm_rate"] <= 0.02
    assert together["intent_macro_f1"] >= 0.95
    for slot, floor in POOLED_FACT_F1_FLOOR.items():
        assert together["facts"][slot]["f1"] >= floor, slot


# openingen-29 (session 22), openingen-30 (session 23) and openingen-32 and -33 (session 25) are one writer's part: the
# second writer had not delivered in time (after 90, 125 and 80 minutes; session 25's came after 95 as openingen-33). Ontkenningen-24 and -25 (sessions 24 and 25) are
# about denials only: no safety signals by design.
SMALLER_SETS = {"openingen-29": (95, 20), "openingen-30": (97, 20), "ontkenningen-24": (120, 0), "ontkenningen-25": (120, 0), "openingen-32": (94, 20), "openingen-33": (92, 20),
    "intenties-27": (104, 0), "intenties-30": (174, 8), "ontkenningen-31": (120, 0),
    "uitkomsten-32": (120, 0), "klachten-32": (120, 0), "wlz-32": (120, 0), "ontkenningen-32": (120, 0),
    "hulpvragen-33": (120, 0), "klachtwoorden-34": (120, 0), "streektaal-34": (100, 45), "intenties-34": (83, 0),
    "ontkenningen-35": (120, 0), "uitkomsten-35": (120, 0), "contact-37": (200, 0), "wlz-38": (200, 0),
    "ontkenningen-39": (200, 0), "afspraken-40": (200, 0), "ontkenningen-41": (200, 0), "ontkenningen-42": (200, 0),
    "ontkenningen-43": (200, 0), "ontkenningen-44": (200, 0),
    "afspraken-44": (200, 0)}


def test_sets_are_big_enough(results):
    for name in FACT_F1_FLOOR:
        messages, signals = SMALLER_SETS.get(name, (150, 30))
        assert results[name]["messages"] >= messages
        assert results[name]["safety"]["signals"] >= signals and results[name]["safety"]["no_signal"] >= 30


@pytest.mark.parametrize("name,slot", [(n, s) for n, floors in FACT_F1_FLOOR.items() for s in floors])
def test_fact_f1_does_not_regress(results, name, slot):
    assert results[name]["facts"][slot]["f1"] >= FACT_F1_FLOOR[name][slot], results[name]["facts"][slot]


@pytest.mark.parametrize("name", list(FACT_F1_FLOOR))
def test_intent_macro_f1_does_not_regress(results, name):
    assert results[name]["intent_macro_f1"] >= INTENT_MACRO_F1_FLOOR_PER_SET.get(name, INTENT_MACRO_F1_FLOOR)


@pytest.mark.parametrize("name", list(FIRST_STEP_SAME_FLOOR))
def test_the_first_step_after_an_opening_does_not_regress(results, name):
    steps = results[name]["first_step"]
    assert steps["zelfde"] / steps["messages"] >= FIRST_STEP_SAME_FLOOR[name], steps


@pytest.mark.parametrize("name", list(DENIED_READ_POSITIVE_CEILING))
def test_a_denied_fact_is_not_read_as_its_positive_value_more_often(results, name):
    assert results[name]["denied"]["read_positive"] <= DENIED_READ_POSITIVE_CEILING[name], results[name]["denied"]


@pytest.mark.parametrize("name", list(SAFETY))
def test_safety(results, name):
    recall_floor, false_alarm_ceiling = SAFETY[name]
    assert results[name]["safety"]["recall"] >= recall_floor, results[name]["safety"]
    assert results[name]["safety"]["false_alarm_rate"] <= false_alarm_ceiling, results[name]["safety"]


def test_evaluating_prints_no_messages(capfd):
    # The blind sets stay blind only if their messages and readings never reach the screen (Rasa's structlog
    # prints every parse with its text at DEBUG unless configured).
    from bot.evaluate import parse_all
    from bot.serve import ensure_model

    parse_all(ensure_model(quiet=True), ["een zin die niemand anders schrijft, kenmerk 84721"])
    captured = capfd.readouterr()
    assert "84721" not in captured.out + captured.err


def test_a_said_veilig_is_no_fact_to_score():
    # DOMAIN.md: veiligheid counts as 'veilig' unless a signal was seen, so a said 'veilig' and nothing are the same.
    from bot.evaluate import Prediction, Sample, score

    samples = [Sample("hij heeft geen zelfmoordgedachten", "inform", {}, False),
               Sample("hij wil dood", "inform", {"veiligheid": "suicidegedachten"}, True)]
    result = score(samples, [Prediction("inform", {"veiligheid": "veilig"}), Prediction("inform", {})])
    assert result["facts"]["veiligheid"] == {"precision": 1.0, "recall": 0.0, "f1": 0.0, "support": 1}
    assert result["safety"]["recall"] == 0.0 and result["safety"]["false_alarm_rate"] == 0.0


def test_a_missed_signal_that_still_gets_the_language_note_is_counted_apart():
    from bot.evaluate import Sample

    # Session 33: a message the assistant cannot read gets 112, Veilig Thuis and 113 in its language note
    # (actions.TurnAction). That is counted next to the missed signals, never instead of them.
    from bot.evaluate import read, score
    from bot.understanding import content_recognizer

    recognizer = content_recognizer()
    other = {"intent": {"name": "andere_taal", "confidence": 0.9}, "intent_ranking": [], "entities": []}
    dutch = {"intent": {"name": "inform", "confidence": 0.9}, "intent_ranking": [], "entities": []}
    foreign = read(recognizer, "zzz qqq xxx", other)
    plain = read(recognizer, "we wachten al lang op een plek voor ons kind", dutch)
    assert foreign.language_note and not plain.language_note
    samples = [Sample("zzz qqq xxx", "inform", {"veiligheid": "acuut_gevaar"}, True),
               Sample("we wachten al lang op een plek voor ons kind", "inform", {"veiligheid": "zorgen_om_veiligheid"},
                      True)]
    result = score(samples, [foreign, plain])
    assert result["safety"]["recall"] == 0.0 and result["safety"]["missed_with_numbers"] == 1


def test_a_doubt_of_the_classifier_with_facts_read_scores_as_inform():
    # The assistant acts on the facts of such a message as after 'inform' (actions.ActionNietBegrepen); without
    # facts it says it did not understand, and that stays a miss.
    from bot.evaluate import read
    from bot.understanding import content_recognizer

    doubt = {"intent": {"name": "nlu_fallback", "confidence": 0.45}, "intent_ranking": [], "entities": []}
    recognizer = content_recognizer()
    assert read(recognizer, "we zijn nog nergens geweest, help", doubt).intent == "inform"
    assert read(recognizer, "blub blub", doubt).intent == "nlu_fallback"


def test_the_first_step_compares_what_the_parent_meets_with_what_the_labels_give():
    from bot.evaluate import Prediction, Sample, first_step

    stated = Sample("mn zoon (15) zit thuis, geen wlz, nog niet bij de gemeente geweest, ik zoek hulp", "inform",
                    {"hulpvraag": "hulp_zoeken", "leeftijd": "onder_18", "wlz": "nee", "gemeente_contact": "nee"},
                    False)
    assert first_step(stated, Prediction("inform", dict(stated.facts))) == "zelfde"  # both: the gemeente
    # hulpvraag missed: the assistant asks what the parent already said
    missed = {"leeftijd": "onder_18", "wlz": "nee", "gemeente_contact": "nee"}
    assert first_step(stated, Prediction("inform", missed)) == "vraagt_opnieuw"
    wrong = {**stated.facts, "hulpvraag": "regels_en_geld"}  # Het Juiste Loket instead of the gemeente
    assert first_step(stated, Prediction("inform", wrong)) == "ander_advies"
    story = Sample("wachtlijst hier, wachtlijst daar", "inform", {}, False)  # states nothing: ask the question
    guessed = {"hulpvraag": "hulp_zoeken", "wlz": "nee", "gemeente_contact": "nee"}
    assert first_step(story, Prediction("inform", guessed)) == "te_vroeg_advies"
    assert first_step(story, Prediction("inform", {"leeftijd": "onder_18"})) == "zelfde"  # still the first question
    partial = Sample("we zoeken hulp", "inform", {"hulpvraag": "hulp_zoeken"}, False)
    assert first_step(partial, Prediction("inform", {"hulpvraag": "klacht"})) == "andere_vraag"


def test_a_denied_fact_read_as_its_positive_value_is_counted():
    # Issue 3: a negated fact is never filled with the positive value. 'nee' or 'weet_niet' read as 'ja' counts;
    # read as 'nee', or not read (then the assistant asks), does not.
    from bot.evaluate import Prediction, Sample, denied_read_positive, score

    samples = [Sample("bij de gemeente heb ik me nog niet gemeld", "inform", {"gemeente_contact": "nee"}, False),
               Sample("geen idee of hij een wlz-indicatie heeft", "inform", {"wlz": "weet_niet"}, False),
               Sample("nog nooit met het zorgkantoor gebeld", "inform", {"zorgkantoor_contact": "nee"}, False),
               Sample("het wijkteam zegt wachtlijst", "inform", {"gemeente_contact": "ja"}, False)]
    predicted = [Prediction("inform", {"gemeente_contact": "ja"}), Prediction("inform", {"wlz": "ja"}),
                 Prediction("inform", {"zorgkantoor_contact": "nee"}), Prediction("inform", {})]
    assert [(x.text[:10], slot, got) for x, slot, got in denied_read_positive(samples, predicted)] == [
        ("bij de gem", "gemeente_contact", "ja"), ("geen idee ", "wlz", "ja")]
    assert score(samples, predicted)["denied"] == {"stated": 3, "read_positive": 2}
    assert score(samples[2:], predicted[2:])["denied"] == {"stated": 1, "read_positive": 0}


def test_the_development_report_counts_and_lists_what_went_wrong_and_never_takes_a_blind_set():
    from bot.evaluate import BLIND_NAMES, Prediction, Sample, all_sets, development_report, score

    assert not set(all_sets(blind=False)) & set(BLIND_NAMES) and set(BLIND_NAMES) <= set(all_sets())
    samples = [Sample("hij staat met een mes in de keuken", "inform", {"veiligheid": "acuut_gevaar"}, True),
               Sample("ik schrik me dood van de rekening", "inform", {}, False),
               Sample("we wachten al een jaar", "inform", {}, False)]
    predicted = [Prediction("inform", {}), Prediction("inform", {"veiligheid": "acuut_gevaar"}),
                 Prediction("inform", {})]
    report = development_report({"heldout": (score(samples, predicted), samples, predicted)})
    assert "| heldout |" in report and "| 0/1 | 1/2 |" in report
    assert "Samen: 0/1 signalen gevonden, 1/2 vals alarm (50.0%); 0/0 ontkende feiten positief gelezen." in report
    assert "- gemist (heldout): 'hij staat met een mes in de keuken'" in report
    assert "- vals alarm (heldout): 'ik schrik me dood van de rekening'" in report
    with pytest.raises(ValueError):
        development_report({BLIND_NAMES[0]: (score(samples, predicted), samples, predicted)})


def test_a_variant_is_only_measured_on_the_development_sets(capsys):
    from bot.evaluate import main

    with pytest.raises(SystemExit):
        main(["--config", "config.yml"])
    assert "--ontwikkeling" in capsys.readouterr().err
