"""The automatic backups of a SQLite database: named, taken, checked and rotated.

Each backup is a whole SQLite file taken through SQLite's online backup API (consistent while
the app writes), named `<database>-<reason>-<YYYYmmdd-HHMMSS>.sqlite3`, owner-only, and checked
with `PRAGMA integrity_check` before it counts: only then may an older one be rotated out.
Rotation keeps the newest backup of each of the last 7 days, 4 weeks and 12 months (a
`Retention`; IT's preset or the user may choose other numbers, see `backup_policy`), and every
backup younger than a day (a copy kept before a restore is never lost
to the backup taken at close the same afternoon).
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Hashable
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from kunnskapsapp import paths
from kunnskapsapp.domain.errors import DatabaseError

# The reasons a backup is taken, as they appear in file names, and what the app calls them.
REASONS = {
    "daglig": "Daglig",
    "ved-lukking": "Ved lukking etter endringer",
    "før-oppgradering": "Før oppgradering",
    "før-import": "Før import",
    "før-gjenoppretting": "Før gjenoppretting",
    "manuell": "Tatt for hånd",
}
DAMAGED = "skadet"  # a damaged database kept as it was when a backup replaced it
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<reason>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.sqlite3$")


@dataclass(frozen=True)
class Retention:
    """How many backups rotation keeps: the newest of each of so many days, weeks, months."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12


@dataclass(frozen=True)
class BackupFile:
    path: Path
    reason: str  # a key of REASONS, or DAMAGED
    taken_at: datetime
    size: int

    @property
    def reason_label(self) -> str:
        if self.reason == DAMAGED:
            return "Skadet fil, beholdt ved gjenoppretting"
        return REASONS.get(self.reason, self.reason)


def folder_for(folder: Path | None) -> Path:
    """The backup folder, created owner-only (the data folder above it too)."""
    where = folder if folder is not None else paths.backup_dir()
    if where == paths.backup_dir():
        paths.private_dir(paths.data_dir())
    return paths.private_dir(where)


def _parse(path: Path, stem: str) -> BackupFile | None:
    if not path.name.startswith(stem + "-"):
        return None
    found = _NAME.match(path.name[len(stem) + 1 :])
    if found is None or (found["reason"] not in REASONS and found["reason"] != DAMAGED):
        return None
    try:
        taken_at = datetime.strptime(found["stamp"], _STAMP)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupFile(path, found["reason"], taken_at, size)


def backups_of(database: Path, folder: Path | None = None) -> list[BackupFile]:
    """The backups of `database` in the backup folder, newest first."""
    where = folder if folder is not None else paths.backup_dir()
    if not where.is_dir():
        return []
    found = [b for p in where.glob("*.sqlite3") if (b := _parse(p, database.stem))]
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def integrity_problems(path: Path) -> list[str]:
    """What `PRAGMA integrity_check` finds in a SQLite file, read-only ([] when sound)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        conn.close()
    return [] if rows == ["ok"] else rows


def _target(folder: Path, stem: str, reason: str, at: datetime) -> Path:
    name = f"{stem}-{reason}-{at.strftime(_STAMP)}"
    path = folder / f"{name}.sqlite3"
    n = 2
    while path.exists():
        path = folder / f"{name}-{n}.sqlite3"
        n += 1
    return path


def take(
    database: Path,
    reason: str,
    at: datetime,
    *,
    folder: Path | None = None,
    retention: Retention | None = None,
) -> BackupFile:
    """A checked backup of `database`, then rotation; DatabaseError if it cannot be taken."""
    from kunnskapsapp.storage.migrations import backup_sqlite

    assert reason in REASONS, reason
    where = folder if folder is not None else paths.backup_dir()
    try:
        folder_for(where)
    except OSError as exc:
        raise DatabaseError(
            f"Sikkerhetskopien av {database} ble ikke tatt: kan ikke opprette mappen {where} "
            f"({exc.strerror}). Sjekk at du har skrivetilgang dit."
        ) from exc
    _remove_stale_partials(where, database.stem)
    dest = _target(where, database.stem, reason, at)
    partial = dest.with_name(f".{dest.name}.partial")
    try:
        backup_sqlite(database, partial)
        problems = integrity_problems(partial)
        if problems:
            raise DatabaseError(
                f"Sikkerhetskopien av {database} ble ikke tatt: databasen er skadet "
                f"({problems[0]}). Gjenopprett fra en tidligere sikkerhetskopi."
            )
        os.replace(partial, dest)
    except sqlite3.Error as exc:
        raise DatabaseError(
            f"Sikkerhetskopien av {database} ble ikke tatt: {exc}. Databasen kan være skadet; "
            "kjør «kunnskapsapp db check»."
        ) from exc
    except OSError as exc:
        raise DatabaseError(
            f"Sikkerhetskopien av {database} kunne ikke skrives til {where}: {exc.strerror}. "
            "Sjekk at disken ikke er full og at du har skrivetilgang."
        ) from exc
    finally:
        partial.unlink(missing_ok=True)
    taken = BackupFile(dest, reason, at.replace(microsecond=0), dest.stat().st_size)
    if retention is None:
        from kunnskapsapp.storage import backup_policy

        retention = backup_policy.retention()
    rotate(database, at, folder=where, retention=retention)
    return taken


def _remove_stale_partials(folder: Path, stem: str) -> None:
    """Half-written backups left by a process that was stopped (older than ten minutes)."""
    limit = datetime.now().timestamp() - 600
    for partial in folder.glob(f".{stem}-*.partial*"):
        with suppress(OSError):
            if partial.stat().st_mtime < limit:
                partial.unlink()


def keep_damaged(database: Path, at: datetime, *, folder: Path | None = None) -> Path:
    """A byte copy of a damaged database (and its WAL, if it holds anything) beside the
    backups, never rotated. An empty WAL adds nothing to the copy, only a puzzling file."""
    where = folder_for(folder)
    dest = _target(where, database.stem, DAMAGED, at)
    shutil.copyfile(database, dest)
    paths.private_file(dest)
    wal = database.with_name(database.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        shutil.copyfile(wal, dest.with_name(dest.name + "-wal"))
        paths.private_file(dest.with_name(dest.name + "-wal"))
    return dest


def _newest_per(
    backups: list[BackupFile], key: Callable[[datetime], Hashable], count: int
) -> set[Path]:
    kept: set[Path] = set()
    seen: set[Hashable] = set()
    for backup in backups:  # newest first
        period = key(backup.taken_at)
        if period in seen:
            continue
        if len(seen) == count:
            break
        seen.add(period)
        kept.add(backup.path)
    return kept


def to_rotate(
    backups: list[BackupFile], at: datetime, retention: Retention | None = None
) -> list[BackupFile]:
    """Which of `backups` (newest first) rotation removes at time `at`."""
    keep = retention or Retention()
    good = [b for b in backups if b.reason != DAMAGED]
    kept = (
        _newest_per(good, lambda t: t.date(), keep.daily)
        | _newest_per(good, lambda t: t.isocalendar()[:2], keep.weekly)
        | _newest_per(good, lambda t: (t.year, t.month), keep.monthly)
        | {b.path for b in good if at - b.taken_at < timedelta(days=1)}
    )
    return [b for b in good if b.path not in kept]


def rotate(
    database: Path,
    at: datetime,
    *,
    folder: Path | None = None,
    retention: Retention | None = None,
) -> list[Path]:
    """Remove the backups of `database` that `retention` no longer keeps; what was removed."""
    removed = []
    for backup in to_rotate(backups_of(database, folder), at, retention):
        try:
            backup.path.unlink()
        except OSError:
            continue
        removed.append(backup.path)
    return removed
