"""The command line: database maintenance, id prefixes, and clear one-line errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from kunnskapsapp.cli import main
from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.errors import NotFoundError, ValidationError
from kunnskapsapp.services import crud
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.lookup import resolve_id


def run(capsys: Any, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: Any) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("Kunnskapsapp ")


def test_upgrade_creates_and_check_reports_ok(tmp_path: Path, capsys: Any) -> None:
    path = tmp_path / "ny.sqlite3"
    code, out, _ = run(capsys, "--database", str(path), "db", "upgrade")
    assert code == 0 and "skjemaversjon" in out
    code, out, err = run(capsys, "--database", str(path), "db", "check")
    assert code == 0, err
    assert "Ingen feil funnet." in out


def test_a_missing_database_is_one_clear_line(tmp_path: Path, capsys: Any) -> None:
    path = tmp_path / "mangler.sqlite3"
    code, _out, err = run(capsys, "--database", str(path), "summary")
    assert code == 1
    assert err.count("\n") == 1
    assert "Finner ikke databasen" in err and "Traceback" not in err
    assert not path.exists()


def test_a_damaged_database_is_one_clear_line(tmp_path: Path, capsys: Any) -> None:
    path = tmp_path / "skadet.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    code, _, err = run(capsys, "--database", str(path), "db", "check")
    assert code == 1
    assert err.startswith("kunnskapsapp: ") and "skadet" in err
    assert err.count("\n") == 1


def test_bad_arguments_exit_2_in_norwegian(capsys: Any) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["summary", "--date", "1. oktober"])
    assert exit_info.value.code == 2
    assert "er ikke en dato på formen ÅÅÅÅ-MM-DD" in capsys.readouterr().err


def test_backup_and_restore_round_trip(tmp_path: Path, capsys: Any) -> None:
    source = tmp_path / "kilde.sqlite3"
    run(capsys, "--database", str(source), "db", "upgrade")
    db = Database.open(str(source))
    crud.create(db, m.Organisation, {"name": "Universitetet i Sørøst-Norge", "short_name": "USN"})
    db.dispose()
    backup = tmp_path / "kopi.sqlite3"
    code, _out, err = run(capsys, "--database", str(source), "db", "backup", str(backup))
    assert code == 0, err
    target = tmp_path / "ny" / "gjenopprettet.sqlite3"
    code, _out, err = run(capsys, "--database", str(target), "db", "restore", str(backup))
    assert code == 0, err
    restored = Database.open(str(target))
    names = [r.short_name for r in crud.list_rows(restored, m.Organisation)]
    restored.dispose()
    assert "USN" in names
    # restoring over an existing file keeps a copy of what it replaced
    code, _out, err = run(capsys, "--database", str(target), "db", "restore", str(backup))
    assert code == 0, err
    from kunnskapsapp import paths

    assert list(paths.backup_dir().glob("gjenopprettet-før-gjenoppretting-*.sqlite3"))


def test_restore_checks_the_backup_first(tmp_path: Path, capsys: Any) -> None:
    target = tmp_path / "mål.sqlite3"
    run(capsys, "--database", str(target), "db", "upgrade")
    before = target.read_bytes()
    bad = tmp_path / "ikke-en-kopi.sqlite3"
    sqlite3.connect(bad).execute("CREATE TABLE x (y)").connection.commit()
    code, _, err = run(capsys, "--database", str(target), "db", "restore", str(bad))
    assert code == 1
    assert "er ikke en sikkerhetskopi fra Kunnskapsapp" in err
    assert target.read_bytes() == before


@pytest.mark.db
def test_backup_and_restore_on_every_engine(db_url: str, tmp_path: Path, capsys: Any) -> None:
    db = Database.open(db_url)
    crud.create(db, m.Person, {"name": "Åse Ødegård", "email": "ase@example.no"})
    db.dispose()
    backup = tmp_path / "kopi.sqlite3"
    assert run(capsys, "--database", db_url, "db", "backup", str(backup))[0] == 0
    db = Database.open(db_url)
    crud.create(db, m.Person, {"name": "Etter kopien"})
    db.dispose()
    code, _, err = run(capsys, "--database", db_url, "db", "restore", str(backup))
    assert code == 0, err
    db = Database.open(db_url)
    names = [r.name for r in crud.list_rows(db, m.Person)]
    crud.create(db, m.Person, {"name": "Ny etter gjenoppretting"})  # counters still work
    db.dispose()
    assert names == ["Åse Ødegård"]


@pytest.mark.db
def test_ids_by_unique_prefix(db: Database) -> None:
    first = crud.create(db, m.Project, {"title": "A"})
    assert resolve_id(db, m.Project, first.id[:8]) == first.id
    assert resolve_id(db, m.Project, first.id.upper()) == first.id
    with pytest.raises(ValidationError, match="for kort"):
        resolve_id(db, m.Project, first.id[:5], "--project")
    with pytest.raises(NotFoundError, match="Fant ingen prosjekt"):
        resolve_id(db, m.Project, "ffffffffff")


def test_check_counts_every_table(tmp_path: Path, capsys: Any) -> None:
    path = tmp_path / "telle.sqlite3"
    run(capsys, "--database", str(path), "db", "upgrade")
    code, out, _ = run(capsys, "--database", str(path), "db", "check")
    assert code == 0
    assert "i 31 tabeller" in out


def test_the_window_says_why_a_database_cannot_be_opened(
    tmp_path: Path, capsys: Any, qapp: Any, monkeypatch: Any
) -> None:
    shown: list[str] = []
    monkeypatch.setattr("kunnskapsapp.ui.app.show_startup_error", shown.append)
    code = main(["--database", str(tmp_path / "borte.sqlite3")])
    assert code == 1
    assert shown and "Finner ikke databasen" in shown[0]
    assert "Finner ikke databasen" in capsys.readouterr().err
