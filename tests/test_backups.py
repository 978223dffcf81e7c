"""Backups by themselves: at start, at close after changes, checked, rotated, listed."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.errors import DatabaseError
from kunnskapsapp.services import backups, clock, crud
from kunnskapsapp.services.database import Database
from kunnskapsapp.storage import backup_files
from kunnskapsapp.storage.backup_files import BackupFile, Retention

DAY = date(2026, 3, 2)


@pytest.fixture(autouse=True)
def fixed_day() -> Iterator[None]:
    clock.fix(DAY)
    yield
    clock.fix(None)


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    db = Database.open(str(tmp_path / "arbeid.sqlite3"), create=True)
    yield db
    db.dispose()


def damage(path: Path, page: int | None = None) -> None:
    """Overwrite a page in the middle of a SQLite file with random bytes."""
    import random

    size = path.stat().st_size
    page_size = 4096
    pages = size // page_size
    target = page if page is not None else pages // 2
    with path.open("r+b") as fh:
        fh.seek(target * page_size)
        fh.write(random.Random(target).randbytes(page_size))


def test_a_backup_at_start_when_the_newest_is_older_than_a_day(
    sqlite_db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "kopier"
    auto = backups.AutoBackup(sqlite_db, folder=folder)
    first = auto.at_start()
    assert first is not None and first.reason == "daglig" and first.taken_at.date() == DAY
    assert backups.AutoBackup(sqlite_db, folder=folder).at_start() is None  # same day
    clock.fix(DAY + timedelta(days=1))
    again = backups.AutoBackup(sqlite_db, folder=folder).at_start()
    assert again is not None and again.taken_at.date() == DAY + timedelta(days=1)
    assert len(backup_files.backups_of(Path(sqlite_db.engine.url.database or ""), folder)) == 2


def test_a_backup_at_close_only_after_changes(sqlite_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "kopier"
    auto = backups.AutoBackup(sqlite_db, folder=folder)
    auto.at_start()
    assert auto.at_close() is None
    crud.create(sqlite_db, m.Project, {"title": "Skolemat for alle"})
    closing = auto.at_close()
    assert closing is not None and closing.reason == "ved-lukking"
    listed = backups.list_backups(auto.path or Path(), folder=folder)
    assert listed[0].reason == "Ved lukking etter endringer"
    assert (listed[0].projects, listed[-1].projects) == (1, 0)
    assert listed[0].holds == "1 prosjekt, 0 avtaler, 0 frister"
    assert listed[0].size == closing.path.stat().st_size


def test_postgresql_gets_no_automatic_files(db: Database, tmp_path: Path) -> None:
    auto = backups.AutoBackup(db, folder=tmp_path / "kopier")
    if db.dialect == "sqlite":
        assert auto.at_start() is not None
    else:
        assert auto.at_start() is None and auto.at_close() is None
        assert not (tmp_path / "kopier").exists()


def fake_history(database: Path, folder: Path, days: int, end: datetime) -> None:
    """A backup at noon on each of `days` days before `end` (empty files: rotation only)."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(1, days + 1):
        at = end - timedelta(days=n)
        (folder / f"{database.stem}-daglig-{at:%Y%m%d-%H%M%S}.sqlite3").touch()


def test_rotation_keeps_7_daily_4_weekly_and_12_monthly(
    sqlite_db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "kopier"
    database = Path(sqlite_db.engine.url.database or "")
    end = datetime(2026, 3, 2, 12, 0)
    fake_history(database, folder, 500, end)
    (folder / "annen-daglig-20250101-120000.sqlite3").touch()  # another database's: untouched
    backups.AutoBackup(sqlite_db, folder=folder).take("daglig", end)
    kept = backup_files.backups_of(database, folder)
    times = [b.taken_at for b in kept]
    assert len(kept) <= 7 + 4 + 12
    assert {t.date() for t in times} >= {end.date() - timedelta(days=n) for n in range(7)}
    weeks = {t.isocalendar()[:2] for t in times}
    assert all((end - timedelta(weeks=n)).isocalendar()[:2] in weeks for n in range(4))
    months = {(t.year, t.month) for t in times}
    expected_months = set()
    year, month = end.year, end.month
    for _ in range(12):
        expected_months.add((year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    assert months == expected_months
    assert (folder / "annen-daglig-20250101-120000.sqlite3").exists()


def test_rotation_with_a_smaller_setting_and_recent_copies_kept() -> None:
    at = datetime(2026, 3, 2, 18, 0)
    files = [
        BackupFile(Path(f"/x/db-daglig-{n}.sqlite3"), "daglig", at - timedelta(hours=n * 5), 1)
        for n in range(12)
    ]
    removed = backup_files.to_rotate(files, at, Retention(daily=2, weekly=0, monthly=0))
    kept = [f for f in files if f not in removed]
    # Everything younger than a day (0, 5, 10, 15, 20 hours old), and the newest of 2 days.
    assert [f.taken_at for f in kept] == [at - timedelta(hours=h) for h in (0, 5, 10, 15, 20)]


def test_a_damaged_database_is_not_backed_up_and_older_backups_stay(
    tmp_path: Path,
) -> None:
    path = tmp_path / "skades.sqlite3"
    db = Database.open(str(path), create=True)
    folder = tmp_path / "kopier"
    for n in range(60):
        crud.create(db, m.Organisation, {"name": f"Organisasjon {n}", "notes": "x" * 2000})
    good = backups.AutoBackup(db, folder=folder).take("daglig", datetime(2025, 1, 1, 12))
    db.dispose()
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    damage(path)
    broken = Database.open(str(path))
    try:
        with pytest.raises(DatabaseError, match=r"skadet|ble ikke tatt"):
            backups.AutoBackup(broken, folder=folder).take("daglig")
    finally:
        broken.dispose()
    assert good is not None and good.path.exists()
    assert [b.path for b in backup_files.backups_of(path, folder)] == [good.path]
    newest = backups.newest_good_backup(path, folder=folder)
    assert newest is not None and newest.path == good.path and newest.ok


def test_newest_good_backup_skips_a_damaged_one(sqlite_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "kopier"
    auto = backups.AutoBackup(sqlite_db, folder=folder)
    older = auto.take("daglig", datetime(2026, 3, 1, 9))
    crud.create(sqlite_db, m.Project, {"title": "Nytt prosjekt"})
    newer = auto.take("ved-lukking", datetime(2026, 3, 2, 9))
    assert older is not None and newer is not None
    shutil.copyfile(newer.path, tmp_path / "kopi")
    damage(newer.path, page=1)
    found = backups.newest_good_backup(auto.path or Path(), folder=folder)
    assert found is not None and found.path == older.path and found.projects == 0
    listed = backups.list_backups(auto.path or Path(), folder=folder, check=True)
    assert [b.ok for b in listed] == [False, True]


def test_the_start_backup_runs_beside_the_window_and_close_waits_for_it(
    sqlite_db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "kopier"
    auto = backups.AutoBackup(sqlite_db, folder=folder)
    auto.start_in_background()
    crud.create(sqlite_db, m.Agreement, {"title": "Avtale", "evaluation_interval_months": 12})
    closing = backups.quietly(auto.at_close)
    reasons = [b.reason for b in backup_files.backups_of(auto.path or Path(), folder)]
    assert closing is not None and sorted(reasons) == ["daglig", "ved-lukking"]
    listed = backups.list_backups(auto.path or Path(), folder=folder)
    assert listed[0].agreements == 1


def test_a_failed_automatic_backup_is_logged_not_raised(
    sqlite_db: Database, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "ikke-en-mappe"
    blocker.write_text("")
    auto = backups.AutoBackup(sqlite_db, folder=blocker)
    assert backups.quietly(auto.at_start) is None
    assert "Automatisk sikkerhetskopi feilet" in caplog.text
