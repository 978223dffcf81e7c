"""Presets from IT: one system-wide file, read before the user's own settings.

An IT department installing Kunnskapsapp on many workstations writes one INI file:

- Linux: `/etc/xdg/Kunnskapsapp/Kunnskapsapp.conf` (each folder of `XDG_CONFIG_DIRS`, first
  found wins; it is also where Qt's QSettings looks for system-wide settings);
- Windows: `%ProgramData%\\Kunnskapsapp\\Kunnskapsapp.ini`;
- anywhere else: the file named by `KUNNSKAPSAPP_PRESETS` (set it to an empty value to ignore
  every preset file, as tests do).

    [presets]
    database = postgresql://kunnskap@db.kommune.no/kunnskapsapp
    municipality = Eksempel kommune
    backup_daily = 7
    backup_weekly = 4
    backup_monthly = 12
    locked = true

The database is a file path or a PostgreSQL URL *without* a password (the password comes from
the user's ~/.pgpass or PGPASSWORD, never from a file every user can read). `locked = true`
means users may not choose another database, municipality name or backup policy.

The database to use: `--database` > `KUNNSKAPSAPP_DATABASE` > the preset > the default file in
the user's data folder; with `locked = true` the first two are refused unless they name the
preset's own database. This module imports no Qt: the command line decides the database
before any window exists.
"""

from __future__ import annotations

import configparser
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kunnskapsapp.domain.errors import DomainError

ENV_VAR = "KUNNSKAPSAPP_PRESETS"
SECTION = "presets"
FILE_LINUX = Path("Kunnskapsapp") / "Kunnskapsapp.conf"
FILE_WINDOWS = Path("Kunnskapsapp") / "Kunnskapsapp.ini"
KEYS = {"database", "municipality", "backup_daily", "backup_weekly", "backup_monthly", "locked"}
TRUE = {"1", "true", "yes", "on", "ja", "sann"}
FALSE = {"0", "false", "no", "off", "nei", "usann", ""}


class PresetError(DomainError):
    """The preset file is there but cannot be used: the message says what to fix, and where."""


@dataclass(frozen=True)
class BackupPolicy:
    """How many automatic backups to keep of each kind."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12


@dataclass(frozen=True)
class Presets:
    source: Path | None = None
    database: str | None = None
    municipality: str | None = None
    backup: BackupPolicy = field(default_factory=BackupPolicy)
    locked: bool = False

    @property
    def any(self) -> bool:
        return self.source is not None


def candidate_files(environ: Mapping[str, str] | None = None) -> list[Path]:
    """Where the system-wide file may be, in the order they are tried."""
    env = os.environ if environ is None else environ
    if ENV_VAR in env:
        value = env[ENV_VAR]
        return [Path(value)] if value else []
    if sys.platform == "win32":
        base = env.get("PROGRAMDATA") or env.get("ALLUSERSPROFILE")
        return [Path(base) / FILE_WINDOWS] if base else []
    dirs = env.get("XDG_CONFIG_DIRS") or "/etc/xdg"
    return [Path(d) / FILE_LINUX for d in dirs.split(os.pathsep) if d]


def load(environ: Mapping[str, str] | None = None) -> Presets:
    """The presets in force: none when no file exists."""
    env = os.environ if environ is None else environ
    for path in candidate_files(env):
        if path.is_file():
            return read(path)
    if env.get(ENV_VAR):
        raise PresetError(
            f"Forhåndsinnstillingene i {env[ENV_VAR]} (fra {ENV_VAR}) finnes ikke. "
            f"Rett stien, eller fjern {ENV_VAR}."
        )
    return Presets()


def apply_to_database(db: Any, presets: Presets) -> bool:
    """Give the municipality's profile the preset name: when it has none, or always if locked.

    Returns whether the profile was changed.
    """
    if not presets.municipality:
        return False
    from kunnskapsapp.services import profile

    current = profile.get_profile(db)
    name = str(getattr(current, "name", "") or "")
    if name == presets.municipality or (name and not presets.locked):
        return False
    profile.update_profile(db, {"name": presets.municipality})
    return True


def read(path: Path) -> Presets:
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        with path.open(encoding="utf-8-sig") as handle:
            parser.read_file(handle)
    except (OSError, UnicodeDecodeError, configparser.Error) as exc:
        raise PresetError(
            f"Forhåndsinnstillingene i {path} kan ikke leses ({_why(exc)}). Kontakt IT-avdelingen."
        ) from exc
    if not parser.has_section(SECTION):
        return Presets(source=path)
    values = {key.lower(): value.strip() for key, value in parser.items(SECTION)}
    unknown = sorted(set(values) - KEYS)
    if unknown:
        raise PresetError(
            f"Ukjent innstilling i {path}: {', '.join(unknown)}. "
            f"Gyldige er: {', '.join(sorted(KEYS))}."
        )
    database = values.get("database") or None
    if database:
        _refuse_password(database, path)
    return Presets(
        source=path,
        database=database,
        municipality=values.get("municipality") or None,
        backup=BackupPolicy(
            daily=_count(values, "backup_daily", BackupPolicy.daily, path),
            weekly=_count(values, "backup_weekly", BackupPolicy.weekly, path),
            monthly=_count(values, "backup_monthly", BackupPolicy.monthly, path),
        ),
        locked=_flag(values, "locked", path),
    )


def resolve_database(
    explicit: str | None, presets: Presets | None = None
) -> tuple[str | None, str]:
    """The database the user asked for, or the preset's, and where it came from.

    Returns (value, origin): origin is "argument", "environment", "preset" or "default"
    (value None: the caller uses the default file). A locked preset refuses the others.
    """
    from kunnskapsapp.storage.engine import ENV_VAR as DATABASE_ENV

    presets = presets if presets is not None else load()
    from_env = os.environ.get(DATABASE_ENV) or None
    asked, origin = (explicit, "argument") if explicit else (from_env, "environment")
    if presets.locked and presets.database and asked and not _same(asked, presets.database):
        how = "--database" if origin == "argument" else DATABASE_ENV
        raise PresetError(
            f"IT-avdelingen har låst databasen til {presets.database} (i {presets.source}); "
            f"{how} kan ikke velge en annen."
        )
    if asked:
        return asked, origin
    if presets.database:
        return presets.database, "preset"
    return None, "default"


def _same(a: str, b: str) -> bool:
    from kunnskapsapp.storage.engine import normalise_url

    return normalise_url(a) == normalise_url(b)


def _refuse_password(database: str, path: Path) -> None:
    if "://" not in database:
        return
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(database)
    except ArgumentError as exc:
        raise PresetError(
            f"Databaseadressen i {path} er ikke gyldig: «{database}». "
            "Bruk en filsti eller postgresql://bruker@vert/database."
        ) from exc
    if url.password is not None:
        raise PresetError(
            f"Databaseadressen i {path} inneholder et passord. Et passord hører ikke hjemme i "
            "en fil alle brukere kan lese: fjern det fra adressen, og gi hver bruker passordet "
            "i ~/.pgpass (Windows: %APPDATA%\\postgresql\\pgpass.conf) eller PGPASSWORD."
        )


def _count(values: dict[str, str], key: str, default: int, path: Path) -> int:
    text = values.get(key, "")
    if not text:
        return default
    try:
        number = int(text)
    except ValueError:
        number = -1
    if not 0 <= number <= 1000:
        raise PresetError(f"{key} i {path} må være et heltall fra 0 til 1000, ikke «{text}».")
    return number


def _flag(values: dict[str, str], key: str, path: Path) -> bool:
    text = values.get(key, "").lower()
    if text in TRUE:
        return True
    if text in FALSE:
        return False
    raise PresetError(f"{key} i {path} må være true eller false, ikke «{values[key]}».")


def _why(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    if isinstance(exc, UnicodeDecodeError):
        return "filen er ikke UTF-8"
    return str(exc).splitlines()[0]
