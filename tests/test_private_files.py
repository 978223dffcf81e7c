"""Owner-only files on POSIX: folders 0700, every file the app writes 0600, whatever the umask."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from kunnskapsapp import paths
from kunnskapsapp.domain import models as m
from kunnskapsapp.services import crud
from kunnskapsapp.services.database import Database
from kunnskapsapp.storage import migrations

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def lax_umask(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The common 0022 umask (0644 files by default) and a data folder of this test's own."""
    monkeypatch.setenv("KUNNSKAPSAPP_DATA_DIR", str(tmp_path / "data"))
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def test_a_new_database_its_wal_and_the_data_folder_are_owner_only(tmp_path: Path) -> None:
    path = paths.default_database_path()
    db = Database.open(str(path), create=True)
    try:
        crud.create(db, m.Organisation, {"name": "Høgskolen i Innlandet", "short_name": "INN"})
        wal = path.with_name(path.name + "-wal")
        shm = path.with_name(path.name + "-shm")
        assert wal.exists() and shm.exists()
        assert [mode(p) for p in (path, wal, shm)] == [0o600, 0o600, 0o600]
        assert mode(paths.data_dir()) == 0o700
    finally:
        db.dispose()


def test_an_old_world_readable_database_is_made_owner_only_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "gammel.sqlite3"
    Database.open(str(path), create=True).dispose()
    path.chmod(0o644)
    Database.open(str(path)).dispose()
    assert mode(path) == 0o600


def test_backup_and_restore_keep_files_owner_only(db: Database, tmp_path: Path) -> None:
    crud.create(db, m.Organisation, {"name": "Universitetet i Bergen", "short_name": "UiB"})
    backup = tmp_path / "kopier" / "kopi.sqlite3"
    migrations.backup(db.engine, backup)
    assert mode(backup) == 0o600
    assert mode(backup.parent) == 0o700

    target = tmp_path / "mål.sqlite3"
    Database.open(str(target), create=True).dispose()
    target.chmod(0o600)
    migrations.restore(backup, str(target))
    assert mode(target) == 0o600
    kept = list(paths.backup_dir().glob("*før-gjenoppretting*"))
    assert len(kept) == 1 and mode(kept[0]) == 0o600
    assert mode(paths.backup_dir()) == 0o700


def test_logs_are_owner_only_also_after_rotation(tmp_path: Path) -> None:
    path = paths.log_dir() / "kunnskapsapp.log"
    handler = paths.private_log_handler(path, maxBytes=200, backupCount=2, encoding="utf-8")
    logger = logging.getLogger("kunnskapsapp.test_private_files")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        for n in range(20):
            logger.warning("linje %d med litt tekst for å fylle loggen", n)
    finally:
        logger.removeHandler(handler)
        handler.close()
    files = sorted(path.parent.iterdir())
    assert [p.name for p in files] == [
        "kunnskapsapp.log",
        "kunnskapsapp.log.1",
        "kunnskapsapp.log.2",
    ]
    assert {mode(p) for p in files} == {0o600}
    assert mode(path.parent) == 0o700


def test_written_files_and_the_settings_file_are_owner_only(tmp_path: Path) -> None:
    report = paths.write_private(tmp_path / "rapport.pdf", b"%PDF-1.4")
    assert mode(report) == 0o600
    settings = tmp_path / "config" / "Kunnskapsapp" / "Kunnskapsapp.conf"
    paths.private_settings(str(settings))
    assert mode(settings) == 0o600 and mode(settings.parent) == 0o700


def test_exports_and_a_saved_mapping_are_owner_only(tmp_path: Path) -> None:
    from kunnskapsapp.exchange import calendar, mapping, workbook

    db = Database.open(str(tmp_path / "k.sqlite3"), create=True)
    try:
        crud.create(db, m.Project, {"title": "Eksportert"})
        stale = tmp_path / "alt.xlsx"
        stale.write_bytes(b"old")  # an earlier file of that name, 0644
        workbook.export_workbook(db, stale)
        projects = next(s for s in workbook.exchange_entities() if s.model is m.Project)
        workbook.export_csv(db, projects, tmp_path / "prosjekter.csv")
        calendar.save_calendar(tmp_path / "frister.ics", calendar.export_calendar(db))
    finally:
        db.dispose()
    mapping.save_mapping(tmp_path / "kart.json", {"Tittel": "title"})
    written = [tmp_path / n for n in ("alt.xlsx", "prosjekter.csv", "frister.ics", "kart.json")]
    assert [mode(p) for p in written] == [0o600] * 4
    assert not list(tmp_path.glob("*.tmp"))
