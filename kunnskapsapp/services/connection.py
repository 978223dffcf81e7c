"""The shared PostgreSQL server: its address, TLS mode and password, without the command line.

- `Server` holds host, port, database, user, `sslmode` and the root certificate; its `url()`
  never contains a password, so it can be remembered in the settings as it is.
- The password lives in the operating system's keyring (`keyring`: Windows Credential
  Manager, macOS Keychain, the Secret Service on Linux). Where no keyring is available, it
  can go to the PostgreSQL password file (pgpass) instead, which libpq reads by itself.
- `test_connection` connects once and answers in one Norwegian sentence.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL, make_url

from kunnskapsapp.domain.errors import DatabaseError, ValidationError

SSLMODES = ("disable", "prefer", "require", "verify-ca", "verify-full")
VERIFYING = ("verify-ca", "verify-full")
KEYRING_SERVICE = "Kunnskapsapp"
DEFAULT_PORT = 5432
CONNECT_TIMEOUT_S = 8


@dataclass(frozen=True)
class Server:
    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    sslmode: str = "prefer"
    sslrootcert: str = ""

    def check(self) -> None:
        """Refuse what cannot work, with a Norwegian sentence per field."""
        if not self.host.strip():
            raise ValidationError("host", "Oppgi serverens navn eller adresse.")
        if not self.database.strip():
            raise ValidationError("database", "Oppgi navnet på databasen.")
        if not self.user.strip():
            raise ValidationError("user", "Oppgi brukernavnet på databaseserveren.")
        if not 1 <= self.port <= 65535:
            raise ValidationError(
                "port", "Porten må være et tall fra 1 til 65535 (vanligvis 5432)."
            )
        if self.sslmode not in SSLMODES:
            raise ValidationError("sslmode", "Ukjent TLS-modus «%1».", self.sslmode)
        if self.sslmode in VERIFYING and self.sslrootcert and not Path(self.sslrootcert).is_file():
            raise ValidationError(
                "sslrootcert", "Finner ikke rotsertifikatet %1.", self.sslrootcert
            )

    def url(self, password: str | None = None) -> str:
        """The SQLAlchemy URL; with a password only when one is given (kept in memory)."""
        query = {"sslmode": self.sslmode}
        if self.sslmode in VERIFYING and self.sslrootcert:
            query["sslrootcert"] = self.sslrootcert
        return URL.create(
            "postgresql+psycopg",
            username=self.user.strip(),
            password=password or None,
            host=self.host.strip(),
            port=self.port,
            database=self.database.strip(),
            query=query,
        ).render_as_string(hide_password=False)

    @property
    def key(self) -> str:
        """The account name the password is kept under in the keyring."""
        return f"{self.user.strip()}@{self.host.strip()}:{self.port}/{self.database.strip()}"

    def describe(self) -> str:
        """What the status bar shows: `kari@db.kommune.no/kunnskap`."""
        port = "" if self.port == DEFAULT_PORT else f":{self.port}"
        return f"{self.user.strip()}@{self.host.strip()}{port}/{self.database.strip()}"

    def to_text(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_text(cls, text: str) -> Server | None:
        """The remembered server, or None when nothing (or nothing readable) is remembered."""
        if not text:
            return None
        try:
            data = json.loads(text)
            server = cls(**{k: data[k] for k in data if k in cls.__dataclass_fields__})
            server = cls(**{**asdict(server), "port": int(server.port)})
        except (ValueError, TypeError, KeyError):
            return None
        return server

    @classmethod
    def from_url(cls, url: str) -> Server | None:
        parsed = make_url(url)
        if parsed.get_backend_name() != "postgresql" or not parsed.host:
            return None
        return cls(
            host=parsed.host,
            database=parsed.database or "",
            user=parsed.username or "",
            port=parsed.port or DEFAULT_PORT,
            sslmode=str(parsed.query.get("sslmode", "prefer")),
            sslrootcert=str(parsed.query.get("sslrootcert", "")),
        )


def describe_url(url: str) -> str:
    """A database as people name it: the file path, or `user@host/db` for a server."""
    server = Server.from_url(url)
    if server is not None:
        return server.describe()
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


# --- The keyring ------------------------------------------------------------------------------


NO_KEYRING = (
    "Operativsystemet har ingen nøkkelring som Kunnskapsapp kan bruke (på Linux trengs for "
    "eksempel GNOME Keyring eller KWallet). Passordet kan i stedet lagres i PostgreSQL sin "
    "passordfil (pgpass), som bare du kan lese, eller oppgis ved hver oppstart."
)


def keyring_available() -> bool:
    """True when a real keyring backend is there (not keyring's "fail" or "null" ones)."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return False
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return False
    module = type(backend).__module__
    return not module.endswith(".null") and getattr(backend, "priority", 1) > 0


def store_password(server: Server, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, server.key, password)
    except KeyringError as exc:
        raise DatabaseError(
            f"Passordet kunne ikke lagres i nøkkelringen: {exc}. {NO_KEYRING}"
        ) from exc


def load_password(server: Server) -> str | None:
    if not keyring_available():
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, server.key)
    except KeyringError:
        return None


def forget_password(server: Server) -> None:
    if not keyring_available():
        return
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError, KeyringError):
        keyring.delete_password(KEYRING_SERVICE, server.key)


# --- pgpass -----------------------------------------------------------------------------------


def pgpass_path() -> Path:
    """Where libpq looks: PGPASSFILE, else ~/.pgpass (%APPDATA%\\postgresql\\pgpass.conf)."""
    explicit = os.environ.get("PGPASSFILE")
    if explicit:
        return Path(explicit)
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _pgpass_field(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def store_in_pgpass(server: Server, password: str, path: Path | None = None) -> Path:
    """Add (or replace) this server's line in the password file, readable only by the user."""
    path = path or pgpass_path()
    prefix = ":".join(
        _pgpass_field(v)
        for v in (server.host.strip(), str(server.port), server.database.strip(), server.user)
    )
    lines = []
    if path.exists():
        lines = [
            line
            for line in path.read_text(encoding="utf-8").splitlines()
            if not line.startswith(prefix + ":")
        ]
    lines.append(f"{prefix}:{_pgpass_field(password)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    if sys.platform != "win32":
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)  # libpq ignores a file others can read
    return path


# --- Testing a connection ---------------------------------------------------------------------


def try_connection(server: Server, password: str | None) -> str:
    """Connect once; one Norwegian sentence that says what was found. Raises DatabaseError
    with a sentence that says what to do."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import DBAPIError

    server.check()
    engine = create_engine(
        server.url(password), connect_args={"connect_timeout": CONNECT_TIMEOUT_S}
    )
    try:
        with engine.connect() as conn:
            version = conn.execute(text("SHOW server_version")).scalar()
            has_schema = conn.execute(
                text("SELECT to_regclass('public.alembic_version') IS NOT NULL")
            ).scalar()
            tls = conn.execute(
                text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            ).scalar()
    except DBAPIError as exc:
        raise DatabaseError(explain_error(server, exc.orig or exc)) from exc
    finally:
        engine.dispose()
    holds = (
        "Databasen har Kunnskapsapp-tabeller."
        if has_schema
        else "Databasen er tom; Kunnskapsapp oppretter tabellene første gang den åpnes."
    )
    secured = "kryptert (TLS)" if tls else "ukryptert"
    return f"Tilkoblingen virker: PostgreSQL {version}, {secured}. {holds}"


def explain_error(server: Server, exc: Any) -> str:
    """libpq's English error as a Norwegian sentence that says what to do."""
    detail = str(exc).strip()
    lower = detail.lower()
    if "password authentication failed" in lower or "no password supplied" in lower:
        return (
            f"Serveren godtok ikke brukernavnet «{server.user}» med dette passordet. "
            "Sjekk begge og prøv igjen."
        )
    if "could not translate host name" in lower or "name or service not known" in lower:
        return f"Fant ikke serveren «{server.host}». Sjekk navnet og at du er på riktig nett."
    if "does not exist" in lower and "database" in lower:
        return f"Databasen «{server.database}» finnes ikke på serveren. Sjekk navnet med IT."
    if "certificate" in lower or "root cert" in lower:
        return (
            "Serverens sertifikat kunne ikke bekreftes"
            + (f" med rotsertifikatet {server.sslrootcert}" if server.sslrootcert else "")
            + ". Sjekk rotsertifikatet og at servernavnet er det som står i sertifikatet "
            "(verify-full), eller spør IT."
        )
    if "ssl" in lower and ("not support" in lower or "required" in lower):
        return (
            "Serveren og TLS-modusen passer ikke sammen (serveren tilbyr ikke TLS, eller "
            "krever det). Velg en annen TLS-modus eller spør IT."
        )
    if "timeout" in lower or "timed out" in lower or "connection refused" in lower:
        return (
            f"Serveren {server.host} svarer ikke på port {server.port}. Sjekk adressen og "
            "porten, og at en brannmur ikke stenger."
        )
    if "no pg_hba.conf entry" in lower:
        return (
            "Serveren tillater ikke tilkobling fra denne maskinen med denne brukeren "
            "(pg_hba.conf). Spør IT."
        )
    return f"Kunne ikke koble til: {detail}"
