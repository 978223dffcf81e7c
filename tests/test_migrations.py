"""Models and migrations agree, and old databases upgrade."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select, text

from kunnskapsapp import paths
from kunnskapsapp.domain import reference
from kunnskapsapp.domain.base import Base
from kunnskapsapp.domain.errors import DatabaseError
from kunnskapsapp.storage import migrations
from kunnskapsapp.storage.engine import make_engine, normalise_url
from kunnskapsapp.storage.search_index import is_index_table


def test_models_and_migrations_agree(db_url: str) -> None:
    """Autogenerate against a migrated database finds nothing to do."""
    engine = make_engine(normalise_url(db_url))
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn,
                opts={
                    "compare_type": True,
                    # The search index's tables are not models (storage/search_index.py).
                    "include_name": lambda name, type_, _parent: (
                        type_ != "table" or not is_index_table(name)
                    ),
                },
            )
            diff = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert diff == []


def _by_id(row: dict[str, object]) -> str:
    return str(row["id"])


def _rows(db_url: str, name: str, declared: list[dict[str, object]]) -> list[dict[str, object]]:
    """The table's rows in a migrated database, with only the columns `declared` names."""
    columns = list(declared[0])
    engine = make_engine(normalise_url(db_url))
    try:
        with engine.connect() as conn:
            tbl = Base.metadata.tables[name]
            rows = conn.execute(select(*(tbl.c[c] for c in columns)))
            return sorted((dict(zip(columns, row, strict=True)) for row in rows), key=_by_id)
    finally:
        engine.dispose()


def test_the_migrated_reference_rows_are_what_reference_py_declares(db_url: str) -> None:
    """The migrations carry their reference rows as fixed data; reference.py declares what a
    database at head holds. A row changed in one but not the other (without a new revision
    that updates it) is caught here."""
    sdgs = [{"id": n, "name": name} for n, name in reference.SDG_NAMES.items()]
    declared: dict[str, list[dict[str, object]]] = {
        "sdg": sdgs,
        "priority_area": reference.PRIORITY_AREAS,
        "organisation": reference.FUNDERS,
        "funding_scheme": reference.SCHEMES,
        "deadline_template": reference.DEADLINE_TEMPLATES,
    }
    for name, rows in declared.items():
        expected = sorted(rows, key=_by_id)
        stored = _rows(db_url, name, rows)
        # Enum columns come back as members; compare their stored codes.
        stored = [{k: getattr(v, "value", v) for k, v in row.items()} for row in stored]
        assert stored == expected, name
    profile = _rows(db_url, "municipality_profile", [{"id": ""}])
    assert profile == [{"id": reference.PROFILE_ID}]


def test_upgrade_from_the_first_revision(tmp_path: Path) -> None:
    engine = make_engine(normalise_url(str(tmp_path / "old.sqlite3")))
    migrations.upgrade(engine, "0001")
    assert migrations.current_revision(engine) == "0001"
    migrations.upgrade(engine)
    assert migrations.current_revision(engine) == migrations.head_revision()
    engine.dispose()


SNAPSHOTS = sorted((paths.database_dir() / "snapshots").glob("*.sqlite3"))


@pytest.mark.parametrize("snapshot", SNAPSHOTS, ids=[p.stem for p in SNAPSHOTS])
def test_released_databases_upgrade(snapshot: Path, tmp_path: Path) -> None:
    """Every released schema version's sample database opens (after a backup) at head."""
    copy = tmp_path / snapshot.name
    shutil.copyfile(snapshot, copy)
    engine = migrations.open_engine(str(copy))
    try:
        assert migrations.current_revision(engine) == migrations.head_revision()
        report = migrations.check(engine)
        assert report.ok, report.problems
    finally:
        engine.dispose()


def test_a_database_newer_than_the_app_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    engine = migrations.open_engine(str(path), create=True)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    engine.dispose()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="laget av en nyere versjon av Kunnskapsapp"):
        migrations.open_engine(str(path))
    assert path.read_bytes() == before


def test_an_older_database_is_backed_up_before_it_is_migrated(tmp_path: Path) -> None:
    if migrations.head_revision() == "0001":
        pytest.skip("only one revision so far: nothing older to migrate from")
    path = tmp_path / "older.sqlite3"
    engine = make_engine(normalise_url(str(path)))
    migrations.upgrade(engine, "0001")
    engine.dispose()
    migrations.open_engine(str(path)).dispose()
    backups = list(paths.backup_dir().glob("older-før-oppgradering-*.sqlite3"))
    assert backups


def test_a_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    engine = make_engine(normalise_url(str(path)))
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE customers (id INTEGER PRIMARY KEY)"))
    engine.dispose()
    with pytest.raises(DatabaseError, match="ikke hører til Kunnskapsapp"):
        migrations.open_engine(str(path))
    engine = make_engine(normalise_url(str(path)))
    assert inspect(engine).get_table_names() == ["customers"]
    engine.dispose()


def test_a_current_database_opens_without_loading_alembic(tmp_path: Path) -> None:
    """At start the app reads the head revision from the shipped files, not through Alembic
    (slow to import); if that quick reading disagreed with Alembic's, it would load Alembic."""
    path = tmp_path / "current.sqlite3"
    migrations.open_engine(str(path), create=True).dispose()
    script = (
        "import sys\n"
        "from kunnskapsapp.storage import migrations\n"
        f"migrations.open_engine({str(path)!r}).dispose()\n"
        "print('alembic' in sys.modules)\n"
    )
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root)}
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=root, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
