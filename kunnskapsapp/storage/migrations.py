"""Opening, migrating, checking, backing up and restoring a database.

Every way into a database goes through `open_engine`, which refuses what it cannot use with a
Norwegian message (missing file, not a database, damaged, newer than the app) instead of
creating an empty database in its place.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, select, text
from sqlalchemy.exc import DBAPIError, OperationalError

from kunnskapsapp import paths
from kunnskapsapp.domain import models as _models  # noqa: F401  (registers every table)
from kunnskapsapp.domain.base import Base
from kunnskapsapp.domain.errors import DatabaseError
from kunnskapsapp.storage import search_index
from kunnskapsapp.storage.engine import (
    check_sqlite_file,
    display_url,
    is_sqlite,
    make_engine,
    normalise_url,
    sqlite_path,
)

# Alembic is imported only when a database must be migrated or checked in depth: opening a
# current database at start reads the revision with one query (a tenth of a second saved).
if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory


class SchemaState(Enum):
    EMPTY = "empty"  # no tables at all
    CURRENT = "current"
    BEHIND = "behind"  # an older revision of ours: migrate
    NEWER = "newer"  # a revision this app does not know: refuse
    FOREIGN = "foreign"  # tables, but not ours


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(paths.database_dir()))
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


_REVISION_LINE = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN_LINE = re.compile(r"^down_revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)


@cache
def _head_without_alembic() -> str | None:
    """The single head of the shipped revisions, read from their files (None if unsure)."""
    revisions, parents = set(), set()
    for path in (paths.database_dir() / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        found = _REVISION_LINE.search(source)
        if found is None:
            return None
        revisions.add(found.group(1))
        down = _DOWN_LINE.search(source)
        if down is not None:
            parents.add(down.group(1))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def schema_state(engine: Engine) -> SchemaState:
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if not tables:
            return SchemaState.EMPTY
        if "alembic_version" not in tables:
            return SchemaState.FOREIGN
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    revision = rows[0][0] if len(rows) == 1 else None
    if revision is None:
        return SchemaState.EMPTY if tables == {"alembic_version"} else SchemaState.FOREIGN
    if revision == _head_without_alembic():
        return SchemaState.CURRENT
    scripts = script_directory()
    if revision == scripts.get_current_head():
        return SchemaState.CURRENT
    known = {rev.revision for rev in scripts.walk_revisions()}
    return SchemaState.BEHIND if revision in known else SchemaState.NEWER


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def _connect_error(url: str, exc: Exception) -> DatabaseError:
    where = display_url(url)
    detail = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else ""
    if is_sqlite(url):
        if "not a database" in detail or "malformed" in detail:
            return DatabaseError(
                f"Databasefilen {where} er skadet. Gjenopprett fra en sikkerhetskopi med "
                "«kunnskapsapp db restore FIL»."
            )
        if "locked" in detail:
            return DatabaseError(
                f"Databasen {where} er låst av et annet program. Lukk det andre programmet "
                "og prøv igjen."
            )
        return DatabaseError(f"Kan ikke åpne databasen {where}: {detail}.")
    return DatabaseError(
        f"Kan ikke koble til databaseserveren {where}: {detail}. Sjekk adressen, brukernavn, "
        "passord og at serveren kjører."
    )


def open_engine(url: str, *, create: bool = False, migrate: bool = True) -> Engine:
    """An engine on a usable database at the current schema revision.

    `create` allows a new database where there is none (demo, db upgrade, db restore, the
    first start on the default location). An older schema is backed up (SQLite) and migrated.
    """
    url = normalise_url(url)
    path = sqlite_path(url)
    if path is not None:
        if not path.exists():
            if not create:
                raise DatabaseError(
                    f"Finner ikke databasen {path}. Sjekk filstien, eller opprett en ny database "
                    f"med «kunnskapsapp --database {path} db upgrade»."
                )
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError(
                    f"Kan ikke opprette mappen {path.parent}: {exc.strerror}."
                ) from exc
        else:
            check_sqlite_file(path)
    engine = make_engine(url)
    try:
        state = schema_state(engine)
    except (OperationalError, DBAPIError) as exc:
        engine.dispose()
        raise _connect_error(url, exc) from exc
    try:
        if state is SchemaState.NEWER:
            raise DatabaseError(
                f"Databasen {display_url(url)} er laget av en nyere versjon av Kunnskapsapp. "
                "Oppdater programmet før du åpner den."
            )
        if state is SchemaState.FOREIGN:
            raise DatabaseError(
                f"{display_url(url)} inneholder tabeller som ikke hører til Kunnskapsapp. Velg "
                "en annen database, eller gjenopprett fra en sikkerhetskopi."
            )
        if state is SchemaState.EMPTY and not create:
            raise DatabaseError(
                f"Databasen {display_url(url)} er tom. Opprett tabellene med «kunnskapsapp "
                f"--database {display_url(url)} db upgrade», eller fyll den med demodata med "
                "«kunnskapsapp demo»."
            )
        if migrate and state in (SchemaState.EMPTY, SchemaState.BEHIND):
            if state is SchemaState.BEHIND and path is not None:
                backup_sqlite(path, automatic_backup_path(path))
            upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


def automatic_backup_path(path: Path, why: str = "før-oppgradering") -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return paths.backup_dir() / f"{path.stem}-{why}-{stamp}.sqlite3"


def backup_sqlite(source: Path, dest: Path) -> None:
    """A consistent copy of a live SQLite file through SQLite's own backup API."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(str(source))
    try:
        out = sqlite3.connect(str(dest))
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()


# --- Checks ---------------------------------------------------------------------------------


@dataclass
class CheckReport:
    url: str
    revision: str | None
    head: str
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def check(engine: Engine) -> CheckReport:
    """Integrity, schema revision and foreign keys."""
    url = engine.url.render_as_string(hide_password=False)
    report = CheckReport(url=display_url(url), revision=None, head=head_revision())
    report.revision = current_revision(engine)
    if report.revision != report.head:
        report.problems.append(
            f"Skjemaversjonen er {report.revision or 'ukjent'}, programmet forventer {report.head}."
        )
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
            if rows != ["ok"]:
                report.problems.extend(f"Integritet: {r}" for r in rows[:20])
            for table, rowid, parent, _fkid in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                report.problems.append(
                    f"Fremmednøkkel: rad {rowid} i {table} peker på en rad i {parent} "
                    "som ikke finnes."
                )
        tables = set(inspect(conn).get_table_names())
        for name, table in Base.metadata.tables.items():
            if name not in tables:
                report.problems.append(f"Tabellen {name} mangler.")
                continue
            report.counts[name] = conn.execute(
                select(text("count(*)")).select_from(table)
            ).scalar_one()
    return report


# --- Backup and restore (any engine to and from a SQLite file) ------------------------------


Progress = Callable[[int, int], None]


def _copy_rows(source: Engine, target: Engine, progress: Progress | None = None) -> None:
    """Copy every table of ours from `source` into the empty tables of `target`."""
    tables = Base.metadata.sorted_tables
    with source.connect() as src, target.begin() as dst:
        if target.dialect.name == "postgresql":
            dst.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")
        for table in reversed(tables):
            dst.execute(table.delete())
        for index, table in enumerate(tables):
            rows = [dict(r._mapping) for r in src.execute(select(table))]
            for start in range(0, len(rows), 1000):
                dst.execute(table.insert(), rows[start : start + 1000])
            if progress:
                progress(index + 1, len(tables))
        search_index.rebuild(dst)  # the copy went around the ORM: index what it brought
        if target.dialect.name == "postgresql":
            # Keep the change log's serial counter past the copied ids.
            dst.exec_driver_sql(
                "SELECT setval(pg_get_serial_sequence('change_log', 'id'), "
                "COALESCE((SELECT max(id) FROM change_log), 0) + 1, false)"
            )


def backup(engine: Engine, dest: Path, progress: Progress | None = None) -> None:
    """Write a SQLite copy of the database to `dest` (atomically: a temp file, then rename)."""
    dest = dest.expanduser().resolve()
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".backup-", suffix=".sqlite3", dir=dest.parent)
        os.close(fd)
    except OSError as exc:
        raise DatabaseError(f"Kan ikke skrive til {dest.parent}: {exc.strerror}.") from exc
    tmp = Path(tmp_name)
    try:
        source_path = sqlite_path(engine.url.render_as_string(hide_password=False))
        if source_path is not None:
            tmp.unlink()
            backup_sqlite(source_path, tmp)
        else:
            tmp.unlink()
            out = make_engine(normalise_url(str(tmp)))
            try:
                upgrade(out, current_revision(engine) or "head")
                _copy_rows(engine, out, progress)
            finally:
                out.dispose()
        os.replace(tmp, dest)
    except OSError as exc:
        raise DatabaseError(
            f"Sikkerhetskopien kunne ikke skrives til {dest}: {exc.strerror}."
        ) from exc
    finally:
        if tmp.exists():
            tmp.unlink()


def verify_backup(path: Path) -> Engine:
    """An engine on a backup file that is a sound Kunnskapsapp database this app can read."""
    path = path.expanduser().resolve()
    if not path.exists():
        raise DatabaseError(f"Finner ikke sikkerhetskopien {path}.")
    check_sqlite_file(path, backup=True)
    engine = make_engine(normalise_url(str(path)))
    try:
        state = schema_state(engine)
        if state in (SchemaState.EMPTY, SchemaState.FOREIGN):
            raise DatabaseError(f"{path} er ikke en sikkerhetskopi fra Kunnskapsapp.")
        if state is SchemaState.NEWER:
            raise DatabaseError(
                f"Sikkerhetskopien {path} er laget av en nyere versjon av Kunnskapsapp. "
                "Oppdater programmet først."
            )
        with engine.connect() as conn:
            problems = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
        if problems != ["ok"]:
            raise DatabaseError(f"Sikkerhetskopien {path} er skadet og kan ikke brukes.")
    except (OperationalError, DBAPIError) as exc:
        engine.dispose()
        raise DatabaseError(f"Sikkerhetskopien {path} er skadet og kan ikke brukes.") from exc
    except BaseException:
        engine.dispose()
        raise
    return engine


def restore(backup_file: Path, target_url: str, progress: Progress | None = None) -> None:
    """Replace the target database with a checked backup; the target may not exist yet."""
    target_url = normalise_url(target_url)
    source = verify_backup(backup_file)
    try:
        target_path = sqlite_path(target_url)
        if target_path is not None:
            target_path.parent.mkdir(parents=True, exist_ok=True)
            if target_path.exists() and target_path.stat().st_size:
                # What is replaced is kept, in case the wrong backup was chosen.
                backup_sqlite(target_path, automatic_backup_path(target_path, "før-gjenoppretting"))
            tmp = target_path.with_name(f".{target_path.name}.restore")
            try:
                backup_sqlite(backup_file.expanduser().resolve(), tmp)
                migrate = make_engine(normalise_url(str(tmp)))
                try:
                    upgrade(migrate)
                    with migrate.begin() as conn:
                        search_index.rebuild(conn)  # a backup copied from PostgreSQL has none
                finally:
                    migrate.dispose()
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise
            for suffix in ("-wal", "-shm"):
                side = target_path.with_name(target_path.name + suffix)
                if side.exists():
                    side.unlink()
            os.replace(tmp, target_path)
            return
        target = open_engine(target_url, create=True)
        try:
            staged_dir = Path(tempfile.mkdtemp(prefix="kunnskapsapp-restore-"))
            staged = staged_dir / "restore.sqlite3"
            shutil.copyfile(backup_file.expanduser().resolve(), staged)
            staged_engine = make_engine(normalise_url(str(staged)))
            try:
                upgrade(staged_engine)
                _copy_rows(staged_engine, target, progress)
            finally:
                staged_engine.dispose()
                shutil.rmtree(staged_dir, ignore_errors=True)
        finally:
            target.dispose()
    finally:
        source.dispose()
