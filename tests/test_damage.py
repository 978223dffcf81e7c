"""A damaged SQLite file is reported and refused in Norwegian, never answered from or crashed on."""

from __future__ import annotations

import random
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from kunnskapsapp.cli import main
from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.errors import DatabaseError
from kunnskapsapp.services import backups, crud
from kunnskapsapp.services.database import Database
from kunnskapsapp.storage import backup_files, migrations
from kunnskapsapp.storage.engine import DamagedDatabaseError


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kunnskapsapp.services import demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = Database.open(str(path), create=True)
    demo.create_demo(db)
    db.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KUNNSKAPSAPP_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def overwrite_page(path: Path, page: int, seed: int = 1) -> None:
    """Page `page` (1-based, as SQLite counts) overwritten with random bytes."""
    with sqlite3.connect(path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with path.open("r+b") as fh:
        fh.seek((page - 1) * page_size)
        fh.write(random.Random(seed).randbytes(page_size))


def root_page(path: Path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,))
        number = int(page.fetchone()[0])
    conn.close()
    return number


def damaged_copy(demo_file: Path, tmp_path: Path, *, page: int | None = None) -> Path:
    copy = tmp_path / "skadet.sqlite3"
    shutil.copyfile(demo_file, copy)
    pages = copy.stat().st_size // 4096
    overwrite_page(copy, page if page is not None else pages // 2)
    return copy


def run(capsys: Any, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_db_check_reports_the_damage_and_exits_1(
    demo_file: Path, tmp_path: Path, data_dir: Path, capsys: Any
) -> None:
    copy = damaged_copy(demo_file, tmp_path)
    code, _out, err = run(capsys, "--database", str(copy), "db", "check")
    assert code == 1
    assert "skadet" in err or "Integritet" in err
    assert "Traceback" not in err and "sqlite3" not in err


@pytest.mark.parametrize("command", [["summary"], ["summary", "--json"], ["report", "portfolio"]])
def test_summary_and_report_refuse_a_damaged_file_in_one_line(
    demo_file: Path, tmp_path: Path, data_dir: Path, capsys: Any, command: list[str]
) -> None:
    copy = damaged_copy(demo_file, tmp_path)
    output = tmp_path / "rapport.pdf"
    extra = ["-o", str(output)] if command[0] == "report" else []
    code, out, err = run(capsys, "--database", str(copy), *command, *extra)
    assert code == 1 and out == ""
    assert err.startswith("kunnskapsapp: Databasefilen") and "er skadet" in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not output.exists()


def test_the_damage_message_names_the_newest_good_backup(
    demo_file: Path, tmp_path: Path, data_dir: Path, capsys: Any
) -> None:
    path = tmp_path / "skadet.sqlite3"
    shutil.copyfile(demo_file, path)
    db = Database.open(str(path))
    backups.AutoBackup(db).take("daglig", datetime(2026, 3, 1, 14, 5))
    projects = len(crud.list_rows(db, m.Project))
    db.dispose()
    overwrite_page(path, path.stat().st_size // 4096 // 2)

    found = backups.diagnose(path)
    assert found.damaged and found.backup is not None
    assert found.backup.projects == projects
    assert "01.03.2026 kl. 14.05" in found.message and f"{projects} prosjekter" in found.message
    assert backups.diagnose(demo_file).damaged is False

    code, _out, err = run(capsys, "--database", str(path), "summary")
    assert code == 1 and "01.03.2026 kl. 14.05" in err and "db restore" in err


def test_damage_found_while_working_is_a_norwegian_error(
    demo_file: Path, tmp_path: Path, data_dir: Path
) -> None:
    copy = tmp_path / "skadet.sqlite3"
    shutil.copyfile(demo_file, copy)
    overwrite_page(copy, root_page(copy, "project"))
    db = Database.open(str(copy))  # the app opens without the quick check
    try:
        with pytest.raises(DamagedDatabaseError, match="er skadet") as refused:
            crud.list_rows(db, m.Project)
    finally:
        db.dispose()
    assert isinstance(refused.value, DatabaseError)
    assert refused.value.path == copy


def test_a_damaged_file_is_not_backed_up_and_a_restore_keeps_it(
    demo_file: Path, tmp_path: Path, data_dir: Path, capsys: Any
) -> None:
    good = tmp_path / "god-kopi.sqlite3"
    shutil.copyfile(demo_file, good)
    copy = damaged_copy(demo_file, tmp_path)
    code, _out, err = run(capsys, "--database", str(copy), "db", "backup", str(tmp_path / "b"))
    assert code == 1 and "skadet" in err and not (tmp_path / "b").exists()

    damaged_bytes = copy.read_bytes()
    code, _out, err = run(capsys, "--database", str(copy), "db", "restore", str(good))
    assert code == 0, err
    kept = backup_files.backups_of(copy)
    assert [b.reason for b in kept] == [backup_files.DAMAGED]
    assert kept[0].path.read_bytes() == damaged_bytes
    code, _out, err = run(capsys, "--database", str(copy), "db", "check")
    assert code == 0, err
    # The kept damaged file is never offered as a backup.
    assert backups.newest_good_backup(copy) is None


def test_a_restore_refuses_a_damaged_backup(
    demo_file: Path, tmp_path: Path, data_dir: Path
) -> None:
    target = tmp_path / "mål.sqlite3"
    shutil.copyfile(demo_file, target)
    before = target.read_bytes()
    broken = damaged_copy(demo_file, tmp_path)
    with pytest.raises(DatabaseError, match="skadet"):
        migrations.restore(broken, str(target))
    assert target.read_bytes() == before


def test_a_kept_damaged_file_brings_its_wal_only_when_it_holds_something(
    tmp_path: Path, data_dir: Path
) -> None:
    folder = tmp_path / "kopier"
    database = tmp_path / "skadet.sqlite3"
    database.write_bytes(b"not a database")
    wal = database.with_name(database.name + "-wal")
    wal.write_bytes(b"")
    kept = backup_files.keep_damaged(database, datetime(2026, 12, 2, 10, 0), folder=folder)
    assert kept.read_bytes() == b"not a database"
    assert not kept.with_name(kept.name + "-wal").exists()

    wal.write_bytes(b"frames")
    kept = backup_files.keep_damaged(database, datetime(2026, 12, 2, 11, 0), folder=folder)
    copied = kept.with_name(kept.name + "-wal")
    assert copied.read_bytes() == b"frames"
    assert copied.stat().st_mode & 0o077 == 0
