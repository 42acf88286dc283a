"""Warm handover: gesprekscodes and their summaries, staff accounts and sessions, the audit log, retention.

Everything lives in the same database as the conversations (SQLite by default, PostgreSQL in production), in
tables that start with `wegwijzer_`. What is stored:
- per code: a hash of the code, the conversation id, when it was made and when it expires, and the summary
  (facts, route, masked transcript: bot.summary). The code itself is never stored, so a database copy does not
  give the codes that open it;
- per staff member: a name and a scrypt hash of the password (none for single sign-on accounts);
- per login: a hash of the session token and when it was last used;
- the audit log: who, when, what, which code. Database triggers refuse UPDATE and DELETE on it, so nobody can
  change it through the application; retention keeps it.

Why the code is safe enough to be the only key: 8 characters from an alphabet of 24 in which no two look or
sound alike (no 0, O, 1, I, L, 2, Z, 5, S, B, G or Q: of each pair of look-alikes at most one stays) give 24^8 ≈ 1.1 × 10^11 codes (36.7 bits).
Wrong lookups are limited per staff member and in total (LOOKUP_LIMITS), and codes expire with the retention
period. With 10,000 live codes and the total limit used day and night for a year, the chance that any guess
hits is about 100 × 24 × 365 × 10^4 / 1.1 × 10^11 ≈ 8 %; for one staff account (10 per 15 minutes) it is 3 %
a year, and every wrong guess is in the audit log with the account's name.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import time
from dataclasses import dataclass
from typing import Any, Callable, Iterable

import sqlalchemy as sa

from bot.gesprekscode import ALPHABET, CODE_LENGTH, new_code, normalize_code  # noqa: F401 (used by callers)
from bot.privacy import mask

DEFAULT_RETENTION_DAYS = 30
DAY = 86400.0
# (window in seconds, maximum wrong attempts): per staff member and for all staff together
LOOKUP_LIMITS = {"medewerker": (15 * 60, 10), "totaal": (60 * 60, 100)}
LOGIN_LIMIT = (15 * 60, 5)  # wrong passwords per name and per address
SESSION_IDLE = 30 * 60
SESSION_MAX = 8 * 3600
SCRYPT = {"n": 2 ** 14, "r": 8, "p": 1}
MIN_PASSWORD = 12

metadata = sa.MetaData()
handovers = sa.Table(
    "wegwijzer_overdracht", metadata,
    sa.Column("code_hash", sa.String(64), primary_key=True),
    sa.Column("gesprek", sa.String(255), nullable=False, index=True),
    sa.Column("gemaakt", sa.Float, nullable=False),
    sa.Column("verloopt", sa.Float, nullable=False, index=True),
    sa.Column("samenvatting", sa.Text, nullable=False),
)
staff = sa.Table(
    "wegwijzer_medewerker", metadata,
    sa.Column("naam", sa.String(100), primary_key=True),
    sa.Column("wachtwoord", sa.String(255), nullable=True),  # None: only via single sign-on
    sa.Column("gemaakt", sa.Float, nullable=False),
)
sessions = sa.Table(
    "wegwijzer_sessie", metadata,
    sa.Column("token_hash", sa.String(64), primary_key=True),
    sa.Column("naam", sa.String(100), nullable=False),
    sa.Column("gemaakt", sa.Float, nullable=False),
    sa.Column("laatst", sa.Float, nullable=False),
)
audit = sa.Table(
    "wegwijzer_audit", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("tijd", sa.Float, nullable=False, index=True),
    sa.Column("medewerker", sa.String(100), nullable=False),
    sa.Column("actie", sa.String(40), nullable=False),
    sa.Column("code", sa.String(20), nullable=True),
    sa.Column("detail", sa.Text, nullable=True),
)
APPEND_ONLY = {
    "sqlite": [f"CREATE TRIGGER IF NOT EXISTS wegwijzer_audit_geen_{verb.lower()} BEFORE {verb} ON wegwijzer_audit "
               "BEGIN SELECT RAISE(ABORT, 'het auditlog kan alleen aangevuld worden'); END" for verb in
               ("UPDATE", "DELETE")],
    "postgresql": [
        "CREATE OR REPLACE FUNCTION wegwijzer_audit_alleen_toevoegen() RETURNS trigger AS $$ BEGIN "
        "RAISE EXCEPTION 'het auditlog kan alleen aangevuld worden'; END; $$ LANGUAGE plpgsql",
        "DROP TRIGGER IF EXISTS wegwijzer_audit_alleen_toevoegen ON wegwijzer_audit",
        "CREATE TRIGGER wegwijzer_audit_alleen_toevoegen BEFORE UPDATE OR DELETE ON wegwijzer_audit "
        "FOR EACH ROW EXECUTE FUNCTION wegwijzer_audit_alleen_toevoegen()"],
}


def retention_days_from_env(default: int = DEFAULT_RETENTION_DAYS) -> int:
    """WEGWIJZER_BEWAARDAGEN, the one place it is read: at least 1 day; the default when it is no number."""
    try:
        return max(1, int(os.environ.get("WEGWIJZER_BEWAARDAGEN", default)))
    except ValueError:
        return default


class TooManyAttempts(Exception):
    """Too many wrong lookups or passwords in the window: wait before trying again."""


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, **SCRYPT)
    return "scrypt${n}${r}${p}$".format(**SCRYPT) + "$".join(
        base64.b64encode(part).decode() for part in (salt, digest))


def check_password(password: str, stored: str | None) -> bool:
    try:
        kind, n, r, p, salt, digest = (stored or "").split("$")
        if kind != "scrypt":
            return False
        found = hashlib.scrypt(password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p))
        return hmac.compare_digest(found, base64.b64decode(digest))
    except (ValueError, TypeError):
        return False


@dataclass(frozen=True)
class Found:
    code: str
    conversation: str
    made: float
    expires: float
    summary: dict[str, Any]


class Handover:
    """The handover tables of one database. `clock` is replaceable so tests can move time."""

    def __init__(self, db_url: str, retention_days: int = DEFAULT_RETENTION_DAYS,
                 clock: Callable[[], float] = time.time):
        if retention_days < 1:
            raise ValueError("de bewaartermijn is minstens 1 dag")
        self.engine = sa.create_engine(db_url, future=True, pool_pre_ping=True)
        self.retention_days = retention_days
        self.clock = clock
        metadata.create_all(self.engine)
        with self.engine.begin() as db:
            for statement in APPEND_ONLY.get(self.engine.dialect.name, []):
                db.exec_driver_sql(statement)

    # ------------------------------------------------------------------------------------------ codes
    def create(self, conversation: str, summary: dict[str, Any]) -> str:
        """A new code for this conversation's summary; expires with the retention period."""
        now = self.clock()
        for _ in range(5):  # a collision is very unlikely; try again rather than overwrite
            code = new_code()
            try:
                with self.engine.begin() as db:
                    db.execute(handovers.insert().values(
                        code_hash=_sha256(code), gesprek=conversation, gemaakt=now,
                        verloopt=now + self.retention_days * DAY,
                        samenvatting=json.dumps(summary, ensure_ascii=False)))
                return code
            except sa.exc.IntegrityError:
                continue
        raise RuntimeError("kon geen unieke gesprekscode maken")

    def lookup(self, text: str, by: str) -> Found | None:
        """The summary behind a code, or None. Every lookup is audited; too many wrong ones raise
        TooManyAttempts (also for a right code: a guesser must not learn which ones are right)."""
        now = self.clock()
        self._check_limits(by, now)
        code = normalize_code(text)
        row = None
        if code:
            with self.engine.begin() as db:
                row = db.execute(sa.select(handovers).where(handovers.c.code_hash == _sha256(code),
                                                            handovers.c.verloopt > now)).first()
        self.log(by, "opzoeken" if row else "opzoeken_mislukt", code or mask(text.strip()[:20]))
        if row is None:
            return None
        return Found(code, row.gesprek, row.gemaakt, row.verloopt, json.loads(row.samenvatting))

    def _check_limits(self, by: str, now: float) -> None:
        for scope, (window, limit) in LOOKUP_LIMITS.items():
            query = sa.select(sa.func.count()).select_from(audit).where(
                audit.c.actie == "opzoeken_mislukt", audit.c.tijd > now - window)
            if scope == "medewerker":
                query = query.where(audit.c.medewerker == by)
            with self.engine.begin() as db:
                if db.execute(query).scalar_one() >= limit:
                    self.log(by, "opzoeken_geweigerd", detail=f"te veel foute codes ({scope})")
                    raise TooManyAttempts(scope)

    # ------------------------------------------------------------------------------------------ staff
    def add_staff(self, name: str, password: str | None) -> None:
        """An account; password None makes it a single sign-on account (no password login)."""
        name = name.strip()
        if not name or len(name) > 100:
            raise ValueError("een naam van 1 tot 100 tekens")
        if password is not None and len(password) < MIN_PASSWORD:
            raise ValueError(f"een wachtwoord heeft minstens {MIN_PASSWORD} tekens")
        stored = hash_password(password) if password is not None else None
        with self.engine.begin() as db:
            db.execute(staff.delete().where(staff.c.naam == name))
            db.execute(staff.insert().values(naam=name, wachtwoord=stored, gemaakt=self.clock()))
        self.log("beheer", "account_gezet", detail=name)

    def remove_staff(self, name: str) -> bool:
        with self.engine.begin() as db:
            removed = db.execute(staff.delete().where(staff.c.naam == name)).rowcount
            db.execute(sessions.delete().where(sessions.c.naam == name))
        if removed:
            self.log("beheer", "account_verwijderd", detail=name)
        return bool(removed)

    def staff_names(self) -> list[str]:
        with self.engine.begin() as db:
            return [r.naam for r in db.execute(sa.select(staff.c.naam).order_by(staff.c.naam))]

    def is_staff(self, name: str) -> bool:
        with self.engine.begin() as db:
            return db.execute(sa.select(staff.c.naam).where(staff.c.naam == name)).first() is not None

    def login(self, name: str, password: str, address: str = "") -> str | None:
        """A session token for a right name and password, else None. Raises TooManyAttempts."""
        now = self.clock()
        window, limit = LOGIN_LIMIT
        with self.engine.begin() as db:
            wrong = db.execute(sa.select(sa.func.count()).select_from(audit).where(
                audit.c.actie == "inloggen_mislukt", audit.c.tijd > now - window,
                sa.or_(audit.c.medewerker == name, audit.c.detail == address))).scalar_one()
            row = db.execute(sa.select(staff).where(staff.c.naam == name)).first()
        if wrong >= limit:
            self.log(name, "inloggen_geweigerd", detail=address)
            raise TooManyAttempts("inloggen")
        if row is None or not check_password(password, row.wachtwoord):
            self.log(name[:100], "inloggen_mislukt", detail=address)
            return None
        self.log(name, "inloggen")
        return self.start_session(name)

    def start_session(self, name: str) -> str:
        token = secrets.token_urlsafe(32)
        now = self.clock()
        with self.engine.begin() as db:
            db.execute(sessions.insert().values(token_hash=_sha256(token), naam=name, gemaakt=now, laatst=now))
        return token

    def session_user(self, token: str | None) -> str | None:
        """The staff member of a live session (and it stays alive), or None when it expired or is unknown."""
        if not token:
            return None
        now = self.clock()
        key = _sha256(token)
        with self.engine.begin() as db:
            row = db.execute(sa.select(sessions).where(sessions.c.token_hash == key)).first()
            if row is None:
                return None
            if now - row.laatst > SESSION_IDLE or now - row.gemaakt > SESSION_MAX:
                db.execute(sessions.delete().where(sessions.c.token_hash == key))
                return None
            db.execute(sessions.update().where(sessions.c.token_hash == key).values(laatst=now))
        return row.naam

    def end_session(self, token: str) -> None:
        with self.engine.begin() as db:
            db.execute(sessions.delete().where(sessions.c.token_hash == _sha256(token)))

    # ------------------------------------------------------------------------------------------ audit
    def log(self, who: str, action: str, code: str | None = None, detail: str | None = None) -> None:
        with self.engine.begin() as db:
            db.execute(audit.insert().values(tijd=self.clock(), medewerker=who, actie=action, code=code,
                                             detail=detail))

    def audit_rows(self, limit: int = 100) -> list[dict[str, Any]]:
        with self.engine.begin() as db:
            rows = db.execute(sa.select(audit).order_by(audit.c.id.desc()).limit(limit))
            return [dict(r._mapping) for r in rows]

    # ------------------------------------------------------------------------------------------ retention
    def purge(self, by: str = "opschonen") -> dict[str, int]:
        """Delete conversations, summaries and codes older than the retention period, and dead sessions.
        A conversation is old when its last event is. The audit log stays."""
        now = self.clock()
        cutoff = now - self.retention_days * DAY
        counts = {"gesprekken": 0, "gebeurtenissen": 0}
        events = self._events_table()
        with self.engine.begin() as db:
            if events is not None:
                old = sa.select(events.c.sender_id).group_by(events.c.sender_id).having(
                    sa.func.max(events.c.timestamp) < cutoff)
                senders = [r.sender_id for r in db.execute(old)]
                counts.update(self._delete_conversations(db, events, senders))
            counts["codes"] = db.execute(handovers.delete().where(
                sa.or_(handovers.c.gemaakt < cutoff, handovers.c.verloopt <= now))).rowcount
            counts["sessies"] = db.execute(sessions.delete().where(
                sa.or_(sessions.c.laatst < now - SESSION_IDLE, sessions.c.gemaakt < now - SESSION_MAX))).rowcount
        self.log(by, "opgeschoond", detail=json.dumps({"dagen": self.retention_days, **counts}))
        return counts

    def erase(self, *, code: str | None = None, conversation: str | None = None,
              by: str = "beheer") -> dict[str, int]:
        """Right to erasure: one conversation with its codes, found by code or by conversation id."""
        if code is not None:
            normal = normalize_code(code)
            with self.engine.begin() as db:
                row = db.execute(sa.select(handovers.c.gesprek).where(
                    handovers.c.code_hash == _sha256(normal or ""))).first()
            if row is None:
                self.log(by, "wissen_niet_gevonden", normal or code[:20])
                return {"gesprekken": 0, "gebeurtenissen": 0, "codes": 0}
            conversation = row.gesprek
        if not conversation:
            raise ValueError("geef een code of een gesprek")
        events = self._events_table()
        with self.engine.begin() as db:
            counts = {"gesprekken": 0, "gebeurtenissen": 0}
            if events is not None:
                counts = self._delete_conversations(db, events, [conversation])
            counts["codes"] = db.execute(handovers.delete().where(handovers.c.gesprek == conversation)).rowcount
        self.log(by, "gewist", normalize_code(code) if code else None, detail=json.dumps(counts))
        return counts

    def _events_table(self) -> sa.Table | None:
        """Rasa's own table of conversation events (made by the tracker store), when it exists yet."""
        try:
            return sa.Table("events", sa.MetaData(), autoload_with=self.engine)
        except sa.exc.NoSuchTableError:
            return None

    @staticmethod
    def _delete_conversations(db: Any, events: sa.Table, senders: Iterable[str]) -> dict[str, int]:
        senders = list(senders)
        deleted = 0
        for start in range(0, len(senders), 500):
            chunk = senders[start:start + 500]
            deleted += db.execute(events.delete().where(events.c.sender_id.in_(chunk))).rowcount
        return {"gesprekken": len(senders), "gebeurtenissen": deleted}
