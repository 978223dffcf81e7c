"""The database layer: opening, refusing, migrating and auditing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from kunnskapsapp.domain.errors import DatabaseError, StaleVersionError
from kunnskapsapp.domain.models import ChangeLog, Organisation, Sdg
from kunnskapsapp.services.database import Database
from tests.helpers import snapshot


def test_reference_rows_are_seeded_with_fixed_ids(db: Database) -> None:
    with db.session() as s:
        assert s.get(Sdg, 13).name == "Stoppe klimaendringene"
        rcn = s.get(Organisation, "00000000-0000-4000-8000-000000000201")
        assert rcn is not None and rcn.short_name == "Forskningsrådet"


def test_every_change_is_logged_in_the_same_transaction(db: Database) -> None:
    with db.session() as s:
        org = Organisation(name="Norges teknisk-naturvitenskapelige universitet", short_name="NTNU")
        s.add(org)
        s.flush()
        org_id = org.id
    with db.session() as s:
        s.get(Organisation, org_id).short_name = "NTNU Gjøvik"
    with db.session() as s:
        rows = s.scalars(select(ChangeLog).where(ChangeLog.row_id == org_id).order_by(ChangeLog.id))
        log = [(r.action.value, r.field, r.old_value, r.new_value, r.user) for r in rows]
    assert log == [
        ("create", "", None, "NTNU", "testbruker"),
        ("update", "short_name", "NTNU", "NTNU Gjøvik", "testbruker"),
    ]


def test_a_stale_write_is_refused_and_nothing_changes(db: Database) -> None:
    with db.session() as s:
        org = Organisation(name="VID vitenskapelige høgskole", short_name="VID")
        s.add(org)
        s.flush()
        org_id = org.id
    before = None
    with pytest.raises(StaleVersionError, match="Noen andre har lagret"), db.session() as first:
        first.get(Organisation, org_id).name = "Min versjon"
        with db.session() as other:
            other.get(Organisation, org_id).name = "Den andres versjon"
        before = snapshot(db)
    assert snapshot(db) == before


def test_a_missing_file_is_not_created_silently(tmp_path: Path) -> None:
    path = tmp_path / "finnes-ikke.sqlite3"
    with pytest.raises(DatabaseError, match="Finner ikke databasen"):
        Database.open(str(path))
    assert not path.exists()


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "regneark.sqlite3"
    path.write_bytes(b"PK\x03\x04 this is a spreadsheet, not a database" * 20)
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="ikke en Kunnskapsapp-database, eller den er skadet"):
        Database.open(str(path))
    assert path.read_bytes() == before


def test_an_unknown_older_revision_is_not_called_newer(tmp_path: Path) -> None:
    from sqlalchemy import text

    from kunnskapsapp.storage import migrations

    path = tmp_path / "utviklerversjon.sqlite3"
    engine = migrations.open_engine(str(path), create=True)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0000_dev_a1b2c3'"))
    engine.dispose()
    with pytest.raises(DatabaseError) as refused:
        Database.open(str(path))
    message = str(refused.value)
    assert "ikke kjenner" in message and "ikke fra en nyere versjon" in message
    assert "laget av en nyere versjon" not in message


def test_a_read_only_database_gets_a_norwegian_sentence_that_says_what_to_do(
    tmp_path: Path,
) -> None:
    """SQLite's own "attempt to write a readonly database" never reaches the user.

    The tests may run as root, who can write anything, so the connection is made read-only
    (`PRAGMA query_only`, the same SQLite error) instead of the file.
    """
    from sqlalchemy import event

    from kunnskapsapp.domain import models as m
    from kunnskapsapp.services import crud

    path = tmp_path / "skrivebeskyttet.sqlite3"
    db = Database.open(str(path), create=True)
    db.engine.dispose()

    def read_only(connection: Any, _record: Any) -> None:
        connection.execute("PRAGMA query_only=ON")

    event.listen(db.engine, "connect", read_only)
    try:
        with pytest.raises(DatabaseError) as refused:
            crud.create(db, m.Organisation, {"name": "Nord universitet", "short_name": "Nord"})
    finally:
        db.dispose()
    message = str(refused.value)
    assert "skrivebeskyttet" in message and "skrivetilgang" in message
    assert "readonly" not in message and "attempt" not in message


def test_a_folder_that_cannot_be_written_gets_a_norwegian_sentence() -> None:
    import errno

    from kunnskapsapp.storage.engine import read_only_message

    message = read_only_message(
        Path("/mnt/felles/kunnskapsapp.sqlite3"), PermissionError(errno.EACCES, "Permission denied")
    )
    assert "skrivebeskyttet" in message and "kopier databasen til en mappe" in message
