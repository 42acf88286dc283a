"""Trains the model when its inputs changed, starts the action and Rasa servers, and proves the tracker store
is the configured one before saying the assistant is ready.

`python -m bot.serve` is what the README's run command calls; tests use `Servers` to run their own pair.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import requests
import yaml

from bot import reader_ahead
from bot.dutch_pipeline import ENV_VAR, ensure_pipeline, relative_pipeline_dir
from bot.fact_classifier import examples_fingerprint
from bot.handover import DEFAULT_RETENTION_DAYS, Handover, retention_days_from_env

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
MODELS = ROOT / "models"
RASA_INPUTS = ("config.yml", "domain.yml", "data/nlu.yml", "data/nlu_veiligheid.yml", "data/rules.yml")


def model_fingerprint() -> str:
    """A hash of everything Rasa trains on, plus the Rasa version: same hash, same model."""
    digest = hashlib.sha256()
    for name in RASA_INPUTS:
        digest.update(name.encode() + b"\0" + (ROOT / name).read_bytes() + b"\0")
    digest.update((ROOT / "requirements.lock").read_bytes())
    digest.update(relative_pipeline_dir().encode())  # the spaCy pipeline: its path names its content
    digest.update(examples_fingerprint().encode())  # data/feiten/: the learned fact reader's examples
    return digest.hexdigest()[:16]


def model_path() -> Path:
    return MODELS / f"wegwijzer-{model_fingerprint()}.tar.gz"


def train(out: Path, name: str, *, config: str | Path = RASA_INPUTS[0], force: bool = False,
          log: IO[bytes] | None = None) -> Path:
    """The one way this project trains: the RASA_INPUTS (or another `config`) into out/name.tar.gz.

    Without Rasa's own validation pass (4-5 s of the 45 s budget): the test suite runs `rasa data validate
    --fail-on-warnings`. The learned fact reader is trained beside `rasa train` (bot.reader_ahead): one after
    the other they leave a core idle. Raises CalledProcessError when Rasa fails; its output goes to `log`."""
    command = [str(VENV_BIN / "rasa"), "train", "--config", str(config), "--domain", RASA_INPUTS[1],
               "--data", *RASA_INPUTS[2:], "--out", str(out), "--fixed-model-name", name, "--skip-validation"]
    with tempfile.TemporaryDirectory(prefix="wegwijzer-lezer-") as ahead:
        helper = None
        if reads_learned_facts(Path(ROOT, config)):
            helper = subprocess.Popen([sys.executable, "-m", "bot.reader_ahead", ahead, str(config), *RASA_INPUTS[1:]],
                                      cwd=ROOT, env=quiet_env(), stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL)
        try:
            subprocess.run([*command, *(["--force"] if force else [])], cwd=ROOT, check=True,
                           env=quiet_env({reader_ahead.ENV_VAR: ahead}), stdout=log,
                           stderr=subprocess.STDOUT if log else None)
        finally:
            if helper:  # done long before, unless Rasa had FeitenLeren from its cache or failed
                helper.kill()
                helper.wait()
    return out / f"{name}.tar.gz"


def reads_learned_facts(config: Path) -> bool:
    """Whether a Rasa config's pipeline has the learned fact reader (a variant without it needs no helper)."""
    pipeline = (yaml.safe_load(config.read_text(encoding="utf-8")) or {}).get("pipeline") or []
    return any(str(c.get("name", "")).endswith("FeitenLeren") for c in pipeline)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now (for test and benchmark servers)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def ensure_model(quiet: bool = False) -> Path:
    """Train only when no model exists for the current inputs."""
    ensure_pipeline()
    path = model_path()
    if path.exists():
        if not quiet:
            print(f"Model is actueel: {path.relative_to(ROOT)}")
        return path
    print("Model trainen (de trainingsdata is veranderd of er is nog geen model)...", flush=True)
    started = time.monotonic()
    train(MODELS, path.name.removesuffix(".tar.gz"))
    print(f"Training klaar in {time.monotonic() - started:.1f} s: {path.relative_to(ROOT)}", flush=True)
    for old in MODELS.glob("wegwijzer-*.tar.gz"):
        if old != path:
            old.unlink()
    return path


def quiet_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of every Rasa process (training, server, action server). Rasa's telemetry is off: by
    default Rasa reports usage to its makers and sends crash reports with stack traces to Sentry, and nothing
    about a conversation or this server may leave it."""
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3", "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
           "PYTHONWARNINGS": "ignore", ENV_VAR: relative_pipeline_dir(), **(extra or {}),
           "RASA_TELEMETRY_ENABLED": "false"}
    return env


@dataclass
class Settings:
    """Everything a running pair needs; the defaults are the embedded set-up."""
    host: str = "127.0.0.1"
    rasa_port: int = 5005
    action_port: int = 5055
    web_port: int = 8000                            # the demo page and the widget's files (bot/web.py)
    rasa_public_url: str = ""                       # the assistant as browsers reach it; default host:rasa_port
    token: str = ""
    store: str = "sqlite"                           # "sqlite" or "postgres"
    sqlite_path: Path = ROOT / "var" / "gesprekken.db"
    retention_days: int = DEFAULT_RETENTION_DAYS    # conversations, summaries and codes (bot.handover)
    log_dir: Path | None = None                     # None: logs go to this terminal
    extra_env: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_env(cls) -> "Settings":
        env = os.environ
        return cls(
            host=env.get("WEGWIJZER_HOST", "127.0.0.1"),
            rasa_port=int(env.get("RASA_PORT", "5005")),
            action_port=int(env.get("ACTION_PORT", "5055")),
            web_port=int(env.get("WEGWIJZER_WEB_PORT", "8000")),
            rasa_public_url=env.get("WEGWIJZER_RASA_URL", ""),
            token=env.get("RASA_AUTH_TOKEN", ""),
            store=env.get("WEGWIJZER_STORE", "sqlite"),
            sqlite_path=Path(env.get("WEGWIJZER_DB", ROOT / "var" / "gesprekken.db")),
            retention_days=retention_days_from_env(),
        )

    def endpoints_file(self) -> Path:
        return ROOT / ("endpoints.production.yml" if self.store == "postgres" else "endpoints.yml")

    def db_url(self) -> str:
        if self.store == "postgres":
            env = {**os.environ, **self.extra_env}
            user = env.get("DB_USER", "")
            auth = f"{user}:{env.get('DB_PASSWORD', '')}@" if user else ""
            return (f"postgresql://{auth}{env.get('DB_HOST', 'localhost')}:{env.get('DB_PORT', '5432')}"
                    f"/{env['DB_NAME']}")
        return f"sqlite:///{self.sqlite_path}"

    def server_env(self) -> dict[str, str]:
        env = {"ACTION_PORT": str(self.action_port), "WEGWIJZER_DB": str(self.sqlite_path),
               "WEGWIJZER_DB_URL": self.db_url(), "WEGWIJZER_BEWAARDAGEN": str(self.retention_days),
               "REDIS_DB": os.environ.get("REDIS_DB", "0"), **self.extra_env}
        return quiet_env(env)


class StartupError(RuntimeError):
    pass


class Servers:
    """The action server (127.0.0.1 only), the Rasa server and the web server (demo page and widget files),
    started together and stopped together."""

    def __init__(self, settings: Settings, model: Path):
        self.settings = settings
        self.model = model
        self.processes: list[subprocess.Popen] = []

    @property
    def url(self) -> str:
        return f"http://{self.settings.host}:{self.settings.rasa_port}"

    @property
    def web_url(self) -> str:
        return f"http://{self.settings.host}:{self.settings.web_port}"

    @property
    def public_rasa_url(self) -> str:
        return self.settings.rasa_public_url or self.url

    def _spawn(self, name: str, args: list[str], env: dict[str, str]) -> subprocess.Popen:
        out = None
        if self.settings.log_dir:
            self.settings.log_dir.mkdir(parents=True, exist_ok=True)
            out = open(self.settings.log_dir / f"{name}.log", "ab")
        process = subprocess.Popen(args, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT if out else None,
                                   start_new_session=True)
        self.processes.append(process)
        return process

    def start(self, timeout: float = 180) -> "Servers":
        s = self.settings
        s.sqlite_path.parent.mkdir(parents=True, exist_ok=True)
        env = s.server_env()
        self._spawn("actions", [str(VENV_BIN / "rasa"), "run", "actions", "--port", str(s.action_port),
                                "--actions", "actions.actions"], {**env, "SANIC_HOST": "127.0.0.1"})
        self._spawn("rasa", [str(VENV_BIN / "rasa"), "run", "--model", str(self.model), "--endpoints",
                             str(s.endpoints_file()), "--credentials", "credentials.yml",
                             "--interface", s.host, "--port", str(s.rasa_port), "--enable-api",
                             f"--auth-token={s.token}"], env)  # no --cors: the HTTP API is for servers only
        # (one argument with '=': a generated token starts with '-' one time in 64, and rasa's argparse then took it
        # for an option and would not start; session 37, a smoke test)
        self._spawn("web", [sys.executable, "-m", "bot.web", "--host", s.host, "--port", str(s.web_port),
                            "--rasa-url", self.public_rasa_url], env)
        try:
            self._wait(f"{self.web_url}/gezond", timeout)
            self._wait(f"http://127.0.0.1:{s.action_port}/health", timeout)
            self._wait(f"{self.url}/status?token={s.token}", timeout, want_json_key="model_file")
            self.check_tracker_store()
        except Exception:
            self.stop()
            raise
        return self

    def _wait(self, url: str, timeout: float, want_json_key: str | None = None) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for process in self.processes:
                if process.poll() is not None:
                    raise StartupError(f"een server stopte bij het opstarten (code {process.returncode})")
            try:
                response = requests.get(url, timeout=2)
                if response.ok and (want_json_key is None or want_json_key in response.json()):
                    return
            except (requests.RequestException, ValueError):
                pass
            time.sleep(0.3)
        raise StartupError(f"{url} antwoordde niet binnen {timeout:.0f} s")

    def check_tracker_store(self) -> None:
        """Rasa falls back to an in-memory store with only a log line; refuse to run like that.

        Sends one probe message with an e-mail address, reads it back from the configured database (it must be
        there, and masked: the privacy store is loaded), then deletes the probe.
        """
        import sqlalchemy as sa

        sender = f"opstartcontrole-{uuid.uuid4().hex[:12]}"
        secret = f"{sender}@voorbeeld.nl"
        requests.post(f"{self.url}/webhooks/rest/webhook", json={"sender": sender, "message": f"hallo {secret}"},
                      timeout=30).raise_for_status()
        engine = sa.create_engine(self.settings.db_url())
        try:
            with engine.begin() as connection:
                rows = connection.execute(sa.text("SELECT data FROM events WHERE sender_id = :s"),
                                          {"s": sender}).scalars().all()
                connection.execute(sa.text("DELETE FROM events WHERE sender_id = :s"), {"s": sender})
        except sa.exc.SQLAlchemyError as error:
            raise StartupError(f"de gespreksopslag is niet te lezen: {error}") from error
        finally:
            engine.dispose()
        if not rows:
            raise StartupError("gesprekken worden niet in de database opgeslagen (Rasa viel terug op geheugen)")
        if any(secret in row for row in rows) or not any("[e-mail]" in row for row in rows):
            raise StartupError("persoonsgegevens worden niet gemaskeerd opgeslagen (bot.privacy_store niet geladen)")

    def stop(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
        self.processes.clear()


PURGE_EVERY = 6 * 3600  # seconds between two retention runs while the assistant runs


def keep_purging(settings: Settings, stop: threading.Event) -> None:
    """Retention on schedule: at start and every PURGE_EVERY, old conversations, summaries and codes go."""
    store = Handover(settings.db_url(), settings.retention_days)
    while True:
        try:
            counts = store.purge(by="bewaartermijn")
            print(f"Bewaartermijn ({settings.retention_days} dagen): {counts['gesprekken']} gesprek(ken) en "
                  f"{counts['codes']} code(s) gewist.", flush=True)
        except Exception as error:  # the database may be away for a moment; try again next time
            print(f"Opschonen lukte niet: {error}", file=sys.stderr, flush=True)
        if stop.wait(PURGE_EVERY):
            return


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Wegwijzer Jeugdhulp starten")
    parser.add_argument("--train-only", action="store_true", help="alleen trainen als dat nodig is")
    args = parser.parse_args(argv)
    model = ensure_model()
    if args.train_only:
        return 0
    settings = Settings.from_env()
    generated = not settings.token
    if generated:
        settings.token = secrets.token_urlsafe(24)
    print("Servers starten...", flush=True)
    servers = Servers(settings, model)
    try:
        servers.start()
    except StartupError as error:
        print(f"FOUT bij het starten: {error}", file=sys.stderr)
        return 1
    print(f"Open de demopagina met de chat: {servers.web_url}/", flush=True)
    print(json.dumps({"widget": f"{servers.web_url}/", "rasa": servers.url,
                      "rest": f"{servers.url}/webhooks/rest/webhook", "socketio": servers.url,
                      "opslag": settings.db_url().split("@")[-1]}, indent=2))
    if generated:
        print(f"API-token (gegenereerd, alleen voor deze keer): {settings.token}")
    stop_purging = threading.Event()
    threading.Thread(target=keep_purging, args=(settings, stop_purging), daemon=True).start()
    print("De assistent draait. Stoppen: Ctrl+C.", flush=True)
    # Blocked only now, so the servers (started above) do not inherit the mask; sigwait then receives the
    # stop signal and the servers are always stopped with us.
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        signal.sigwait({signal.SIGINT, signal.SIGTERM})
    finally:
        stop_purging.set()
        servers.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
