"""Backups that happen by themselves, and what a user needs to choose one (Qt-free).

For a SQLite database the app takes a checked backup at start when the newest is older than a
day, at close when something was changed, and before every migration, import and restore
(`storage.backup_files` names, checks and rotates them in the data folder's `backups/`).
`list_backups` says when each was taken, how large it is and what it holds. A PostgreSQL
database is backed up by its server (and by `kunnskapsapp db backup`), so nothing here
applies to it.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from kunnskapsapp import paths
from kunnskapsapp.domain.errors import DatabaseError
from kunnskapsapp.domain.language import count_noun
from kunnskapsapp.services import clock
from kunnskapsapp.services.database import Database
from kunnskapsapp.storage import backup_files
from kunnskapsapp.storage.backup_files import BackupFile, Retention
from kunnskapsapp.storage.engine import quick_check, sqlite_path

log = logging.getLogger(__name__)

__all__ = [
    "AutoBackup",
    "BackupSummary",
    "Diagnosis",
    "Retention",
    "diagnose",
    "list_backups",
    "newest_good_backup",
    "now",
    "quietly",
    "summarise",
]

DAILY = timedelta(days=1)


def now() -> datetime:
    """The current time on `clock.today()`'s date, so tests that fix the day fix backups too."""
    return datetime.combine(clock.today(), datetime.now().time()).replace(microsecond=0)


@dataclass(frozen=True)
class BackupSummary:
    """One backup as the user chooses it: when, why, how large, what it holds, and if sound."""

    path: Path
    taken_at: datetime
    reason: str
    size: int
    projects: int | None
    agreements: int | None
    deadlines: int | None
    problem: str | None = None  # None: readable (and sound, when checked)

    @property
    def ok(self) -> bool:
        return self.problem is None

    @property
    def holds(self) -> str:
        """What it holds, in Norwegian: «12 prosjekter, 3 avtaler, 40 frister»."""
        if self.projects is None:
            return "kan ikke leses"
        return ", ".join(
            count_noun(n or 0, one, many)
            for n, one, many in (
                (self.projects, "prosjekt", "prosjekter"),
                (self.agreements, "avtale", "avtaler"),
                (self.deadlines, "frist", "frister"),
            )
        )


def summarise(path: Path, *, check: bool = False, file: BackupFile | None = None) -> BackupSummary:
    """What the SQLite file at `path` holds; `check` runs the full integrity check too."""
    problem: str | None = None
    counts: list[int | None] = [None, None, None]
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            counts = [
                int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
                for table in ("project", "agreement", "deadline")
            ]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        problem = str(exc)
    if problem is None and check:
        problems = backup_files.integrity_problems(path)
        problem = problems[0] if problems else None
    if file is None:
        stat = path.stat()
        taken_at, reason, size = datetime.fromtimestamp(stat.st_mtime), "", stat.st_size
    else:
        taken_at, reason, size = file.taken_at, file.reason_label, file.size
    projects, agreements, deadlines = counts
    return BackupSummary(
        path=path,
        taken_at=taken_at,
        reason=reason,
        size=size,
        projects=projects,
        agreements=agreements,
        deadlines=deadlines,
        problem=problem,
    )


def list_backups(
    database: Path, *, folder: Path | None = None, check: bool = False
) -> list[BackupSummary]:
    """The backups of `database`, newest first, with what each holds."""
    return [
        summarise(b.path, check=check, file=b) for b in backup_files.backups_of(database, folder)
    ]


def newest_good_backup(database: Path, *, folder: Path | None = None) -> BackupSummary | None:
    """The newest backup of `database` that passes the integrity check, if there is one."""
    for backup in backup_files.backups_of(database, folder):
        if backup.reason == backup_files.DAMAGED:
            continue
        summary = summarise(backup.path, check=True, file=backup)
        if summary.ok:
            return summary
    return None


class AutoBackup:
    """The backups the app takes by itself for one open database (nothing for PostgreSQL)."""

    def __init__(
        self, db: Database, *, folder: Path | None = None, retention: Retention | None = None
    ) -> None:
        self.db = db
        self.path = sqlite_path(db.url)
        self.folder = folder
        self.retention = retention
        self._marker: int | None = None
        self._starting: threading.Thread | None = None

    def _changes(self) -> int:
        """A number that grows with every logged change (the change log's newest id)."""
        with self.db.engine.connect() as conn:
            value = conn.exec_driver_sql("SELECT max(id) FROM change_log").scalar()
        return int(value or 0)

    def take(self, reason: str, at: datetime | None = None) -> BackupFile | None:
        """A backup now (reason: a key of `backup_files.REASONS`); None for PostgreSQL."""
        if self.path is None:
            return None
        taken = backup_files.take(
            self.path, reason, at or now(), folder=self.folder, retention=self.retention
        )
        log.info("Sikkerhetskopi tatt: %s", taken.path)
        return taken

    def at_start(self, at: datetime | None = None) -> BackupFile | None:
        """A backup when the newest is older than a day (or there is none)."""
        if self.path is None:
            return None
        if self._marker is None:
            self._marker = self._changes()
        when = at or now()
        newest = backup_files.backups_of(self.path, self.folder)
        newest = [b for b in newest if b.reason != backup_files.DAMAGED]
        if newest and when - newest[0].taken_at < DAILY:
            return None
        return self.take("daglig", when)

    def start_in_background(self) -> None:
        """`at_start` on a thread of its own, so the window is not kept waiting.

        SQLite's backup API reads a consistent snapshot while the app goes on writing (two
        seconds for a database of 20 000 projects, 80 MB).
        """
        if self.path is None:
            return
        self._marker = self._changes()
        self._starting = threading.Thread(
            target=quietly, args=(self.at_start,), name="kunnskapsapp-backup", daemon=True
        )
        self._starting.start()

    def at_close(self, at: datetime | None = None) -> BackupFile | None:
        """A backup when something was changed since `at_start`."""
        if self.path is None:
            return None
        if self._starting is not None:
            self._starting.join()
        if self._marker is not None and self._changes() == self._marker:
            return None
        return self.take("ved-lukking", at)

    def before(self, reason: str, at: datetime | None = None) -> BackupFile | None:
        """The backup before an import or a restore: «før-import», «før-gjenoppretting»."""
        return self.take(reason, at)


def quietly(step: Callable[[], BackupFile | None]) -> BackupFile | None:
    """`AutoBackup.at_start` or `at_close` for the app: a failure is logged, never raised."""
    try:
        return step()
    except DatabaseError as exc:
        log.warning("Automatisk sikkerhetskopi feilet: %s", exc)
        return None


@dataclass(frozen=True)
class Diagnosis:
    """Whether a SQLite file is damaged, and the newest good backup to offer instead."""

    path: Path
    damaged: bool
    problems: tuple[str, ...]
    backup: BackupSummary | None

    @property
    def message(self) -> str:
        """One Norwegian paragraph: what is wrong and what to do ("" when sound)."""
        if not self.damaged:
            return ""
        text = f"Databasefilen {self.path} er skadet, så det som står i den kan ikke leses sikkert."
        if self.backup is None:
            return (
                f"{text} Det finnes ingen god sikkerhetskopi i {paths.backup_dir()}. Ta en "
                "kopi av filen før du gjør noe annet, og kontakt den som drifter Kunnskapsapp."
            )
        return (
            f"{text} Den nyeste gode sikkerhetskopien er fra "
            f"{self.backup.taken_at:%d.%m.%Y kl. %H.%M} og har {self.backup.holds}. "
            f"Gjenopprett den med «kunnskapsapp --database {self.path} db restore "
            f"{self.backup.path}» (den skadede filen blir tatt vare på i {paths.backup_dir()})."
        )


def diagnose(
    path: Path, *, full: bool = False, known_damaged: bool = False, folder: Path | None = None
) -> Diagnosis:
    """Whether the SQLite file at `path` is damaged (quick check, or the full one), and if so
    which newest good backup exists; for the app to offer a restore."""
    problems: list[str] = []
    if not known_damaged:
        problems = backup_files.integrity_problems(path) if full else quick_check(path)
    damaged = known_damaged or bool(problems)
    backup = newest_good_backup(path, folder=folder) if damaged else None
    return Diagnosis(path, damaged, tuple(problems), backup)
