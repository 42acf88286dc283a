"""What a gesprekscode looks like: 8 characters in two groups of four, from an alphabet without look-alikes.

Its own module because two others need it and one of them must not import the other: bot.handover makes and
finds codes, bot.privacy masks them in what is stored (and bot.handover masks with bot.privacy).
"""
from __future__ import annotations

import re
import secrets

ALPHABET = "346789ACDEFHJKMNPRTUVWXY"
CODE_LENGTH = 8
PATTERN = re.compile(rf"\b[{ALPHABET}]{{4}}-[{ALPHABET}]{{4}}\b")


def new_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
    return f"{raw[:4]}-{raw[4:]}"


def normalize_code(text: str) -> str | None:
    """'k7fm 3rx9', 'K7FM3RX9' -> 'K7FM-3RX9'; None when it cannot be a code."""
    raw = "".join(ch for ch in text.upper() if ch not in " -.")
    if len(raw) != CODE_LENGTH or any(ch not in ALPHABET for ch in raw):
        return None
    return f"{raw[:4]}-{raw[4:]}"
