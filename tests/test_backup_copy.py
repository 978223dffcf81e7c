"""`db backup` and `db restore` copy any data, in dependency order, on both engines."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.base import Base
from kunnskapsapp.services import crud
from kunnskapsapp.services.database import Database
from kunnskapsapp.storage import migrations


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in primary-key order."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            query = select(table).order_by(*table.primary_key.columns)
            out[table.name] = [tuple(row) for row in conn.execute(query)]
    return out


def linked_projects(db: Database) -> None:
    """Parents named by children created before and after them, then edited."""
    parent = crud.create(db, m.Project, {"title": "Foreldreprosjekt"})
    crud.create(db, m.Project, {"title": "Delprosjekt", "parent_project_id": parent.id})
    # The parent edited after its child: PostgreSQL now returns it after the child.
    crud.update(db, m.Project, parent.id, {"title": "Foreldreprosjekt (endret)"}, parent.version)
    # A project that names one created after it.
    early = crud.create(db, m.Project, {"title": "Tidlig"})
    late = crud.create(db, m.Project, {"title": "Sent"})
    crud.update(db, m.Project, early.id, {"parent_project_id": late.id}, early.version)
    funder = crud.create(db, m.Project, {"title": "Finansierer"})
    crud.create(db, m.Project, {"title": "Ph.d.", "phd_funded_by_project_id": funder.id})
    crud.update(db, m.Project, funder.id, {"title": "Finansierer (endret)"}, funder.version)
    project_agreement = crud.create(
        db,
        m.Agreement,
        {"title": "Prosjektavtale", "kind": "project", "evaluation_interval_months": 12},
    )
    framework = crud.create(
        db,
        m.Agreement,
        {"title": "Rammeavtale", "kind": "framework", "evaluation_interval_months": 12},
    )
    crud.update(
        db,
        m.Agreement,
        project_agreement.id,
        {"parent_id": framework.id},
        project_agreement.version,
    )


def test_backup_after_editing_a_parent_project_and_restore_is_identical(
    db: Database, db_url: str, tmp_path: Path
) -> None:
    linked_projects(db)
    before = snapshot(db)
    backup = tmp_path / "kopi.sqlite3"
    migrations.backup(db.engine, backup)

    copy = Database.open(str(backup))
    try:
        assert snapshot(copy) == before
    finally:
        copy.dispose()

    # ... and back again: the database replaced by its own backup holds the same rows.
    crud.create(db, m.Project, {"title": "Etter sikkerhetskopien"})
    db.dispose()
    migrations.restore(backup, db_url)
    restored = Database.open(db_url)
    try:
        assert snapshot(restored) == before
    finally:
        restored.dispose()
