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
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, select, text
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.exc import DBAPIError, OperationalError

from kunnskapsapp import paths
from kunnskapsapp.domain import models as _models  # noqa: F401  (registers every table)
from kunnskapsapp.domain.base import Base
from kunnskapsapp.domain.errors import DatabaseError
from kunnskapsapp.storage import backup_files, search_index
from kunnskapsapp.storage.copy import Progress, copy_rows
from kunnskapsapp.storage.engine import (
    DamagedDatabaseError,
    check_sqlite_file,
    damaged_message,
    display_url,
    is_damage,
    is_sqlite,
    make_engine,
    normalise_url,
    quick_check,
    read_only_message,
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
    NEWER = "newer"  # a later revision than any this app knows: refuse
    UNKNOWN = "unknown"  # a revision this app does not know, not a later one: refuse
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
    if revision in known:
        return SchemaState.BEHIND
    return SchemaState.NEWER if _is_later(revision, known) else SchemaState.UNKNOWN


_NUMBER = re.compile(r"^(\d+)")


def _is_later(revision: str, known: set[str]) -> bool:
    """Whether an unknown revision is numbered after every one we ship (0001, 0002, ...)."""
    numbers = [int(found.group(1)) for r in known if (found := _NUMBER.match(r))]
    found = _NUMBER.match(revision)
    return found is not None and bool(numbers) and int(found.group(1)) > max(numbers)


def schema_message(state: SchemaState, where: str, *, backup: bool = False) -> str | None:
    """Why a database in `state` cannot be opened, or None when it can."""
    what = f"Sikkerhetskopien {where}" if backup else f"Databasen {where}"
    if state is SchemaState.NEWER:
        return (
            f"{what} er laget av en nyere versjon av Kunnskapsapp. Oppdater programmet før du "
            "åpner den."
        )
    if state is SchemaState.UNKNOWN:
        return (
            f"{what} har en skjemaversjon som denne versjonen av Kunnskapsapp ikke kjenner, og "
            "den er ikke fra en nyere versjon (trolig en utviklerversjon eller en gammel "
            "versjon som ikke kan oppgraderes). Gjenopprett fra en sikkerhetskopi, eller spør "
            "den som drifter Kunnskapsapp."
        )
    return None


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
        if is_damage(detail):
            return DamagedDatabaseError(damaged_message(where), sqlite_path(url))
        if "readonly" in detail or "read-only" in detail:
            path = sqlite_path(url)
            return DatabaseError(read_only_message(path if path is not None else Path(where)))
        if "unable to open" in detail:
            return DatabaseError(
                f"Kan ikke åpne databasefilen {where}. Sjekk at filen og mappen den ligger i "
                "finnes, og at du har lese- og skrivetilgang til begge."
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


def open_engine(
    url: str, *, create: bool = False, migrate: bool = True, verify: bool = False
) -> Engine:
    """An engine on a usable database at the current schema revision.

    `create` allows a new database where there is none (demo, db upgrade, db restore, the
    first start on the default location). An older schema is backed up (SQLite) and migrated.
    `verify` refuses a damaged SQLite file (`PRAGMA quick_check`) with DamagedDatabaseError.
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
                make_parent(path)
                # SQLite gives its -wal and -shm files the mode of the database file.
                paths.private_file(path, create=True)
            except OSError as exc:
                raise DatabaseError(read_only_message(path, exc)) from exc
        else:
            check_sqlite_file(path)
            keep_private(path)
            if verify and quick_check(path):
                raise DamagedDatabaseError(damaged_message(str(path)), path)
    engine = make_engine(url)
    try:
        state = schema_state(engine)
    except (OperationalError, DBAPIError) as exc:
        engine.dispose()
        raise _connect_error(url, exc) from exc
    try:
        refused = schema_message(state, display_url(url))
        if refused:
            raise DatabaseError(refused)
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
                backup_files.take(path, "før-oppgradering", datetime.now())
            upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


def keep_replaced(path: Path) -> Path:
    """What a restore replaces, kept in the backup folder in case the wrong one was chosen.

    A sound database gets a checked backup; a damaged one (the reason for most restores) is
    kept byte for byte instead, so nothing is lost either way.
    """
    now = datetime.now()
    if backup_files.integrity_problems(path):
        return backup_files.keep_damaged(path, now)
    try:
        return backup_files.take(path, "før-gjenoppretting", now).path
    except DatabaseError:
        return backup_files.keep_damaged(path, now)


def automatic_backup_path(path: Path, why: str = "før-oppgradering") -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return paths.backup_dir() / f"{path.stem}-{why}-{stamp}.sqlite3"


def make_parent(path: Path) -> None:
    """The folder a database or backup goes in: the app's own are 0700, a new one too."""
    folder = path.parent
    if folder == paths.backup_dir():
        backup_files.folder_for(folder)
    elif folder == paths.data_dir():
        paths.private_dir(folder)
    else:
        folder.mkdir(parents=True, exist_ok=True, mode=paths.PRIVATE_DIR_MODE)


def keep_private(path: Path) -> None:
    """A SQLite file and its -wal and -shm owner-only (0600 on POSIX), the app's folder 0700."""
    if path.parent in (paths.data_dir(), paths.backup_dir()):
        paths.private_dir(path.parent)
    for side in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        paths.private_file(side)


def backup_sqlite(source: Path, dest: Path) -> None:
    """A consistent copy of a live SQLite file through SQLite's own backup API (0600)."""
    make_parent(dest)
    paths.private_file(dest, create=True)
    with paths.private_umask():
        src = sqlite3.connect(str(source))
        try:
            out = sqlite3.connect(str(dest))
            try:
                src.backup(out)
                # A backup is one self-contained file: no -wal or -shm when it is read.
                out.execute("PRAGMA journal_mode=DELETE")
            finally:
                out.close()
        finally:
            src.close()
    keep_private(dest)


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
    try:
        _check_rows(engine, report)
    except SQLAlchemyDatabaseError as exc:
        detail = str(exc.orig) if exc.orig else str(exc)
        if not is_damage(detail):
            raise
        report.problems.append(f"Databasefilen er skadet: {detail}.")
    path = sqlite_path(url)
    if path is not None and not report.ok:
        report.problems.append(_backup_hint(path))
    return report


def _check_rows(engine: Engine, report: CheckReport) -> None:
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
            if rows != ["ok"]:
                report.problems.extend(f"Integritet: {r}" for r in rows[:20])
                return  # counting rows in a damaged file only adds SQLite errors
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


def _backup_hint(path: Path) -> str:
    for backup in backup_files.backups_of(path):
        if backup.reason != backup_files.DAMAGED and not backup_files.integrity_problems(
            backup.path
        ):
            return (
                f"Nyeste gode sikkerhetskopi: {backup.path} "
                f"({backup.taken_at:%d.%m.%Y kl. %H.%M}). Gjenopprett den med «kunnskapsapp "
                f"--database {path} db restore {backup.path}»."
            )
    return f"Fant ingen god sikkerhetskopi i {paths.backup_dir()}."


# --- Backup and restore (any engine to and from a SQLite file) ------------------------------


# Kept for callers of the old private name.
_copy_rows = copy_rows


def backup(engine: Engine, dest: Path, progress: Progress | None = None) -> None:
    """Write a SQLite copy of the database to `dest` (atomically: a temp file, then rename)."""
    dest = dest.expanduser().resolve()
    try:
        make_parent(dest)
        fd, tmp_name = tempfile.mkstemp(prefix=".backup-", suffix=".sqlite3", dir=dest.parent)
        os.close(fd)
    except OSError as exc:
        raise DatabaseError(f"Kan ikke skrive til {dest.parent}: {exc.strerror}.") from exc
    tmp = Path(tmp_name)
    try:
        source_path = sqlite_path(engine.url.render_as_string(hide_password=False))
        if source_path is not None:
            backup_sqlite(source_path, tmp)
            if backup_files.integrity_problems(tmp):
                raise DamagedDatabaseError(
                    damaged_message(str(source_path)) + " Sikkerhetskopien ble ikke skrevet.",
                    source_path,
                )
        else:
            out = make_engine(normalise_url(str(tmp)))
            try:
                upgrade(out, current_revision(engine) or "head")
                copy_rows(engine, out, progress)
            finally:
                out.dispose()
            single = sqlite3.connect(str(tmp))
            try:
                single.execute("PRAGMA journal_mode=DELETE")
            finally:
                single.close()
        os.replace(tmp, dest)
    except sqlite3.Error as exc:
        if source_path is not None and is_damage(str(exc)):
            raise DamagedDatabaseError(damaged_message(str(source_path)), source_path) from exc
        raise DatabaseError(f"Sikkerhetskopien kunne ikke skrives til {dest}: {exc}.") from exc
    except OSError as exc:
        raise DatabaseError(
            f"Sikkerhetskopien kunne ikke skrives til {dest}: {exc.strerror}."
        ) from exc
    finally:
        if tmp.exists():
            tmp.unlink()


def _checkpoint(path: Path) -> None:
    conn = sqlite3.connect(str(path))
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error:
        pass  # a damaged file: it was kept byte for byte (keep_replaced)
    finally:
        conn.close()


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
        refused = schema_message(state, str(path), backup=True)
        if refused:
            raise DatabaseError(refused)
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
            make_parent(target_path)
            if target_path.exists() and target_path.stat().st_size:
                keep_replaced(target_path)
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
            if target_path.exists():
                # Fold the target's WAL into it first: stopped after this, it is whole as it was;
                # an old -wal beside the restored file would be replayed into it.
                _checkpoint(target_path)
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
            paths.private_file(staged)
            staged_engine = make_engine(normalise_url(str(staged)))
            try:
                upgrade(staged_engine)
                copy_rows(staged_engine, target, progress)
            finally:
                staged_engine.dispose()
                shutil.rmtree(staged_dir, ignore_errors=True)
        finally:
            target.dispose()
    finally:
        source.dispose()
