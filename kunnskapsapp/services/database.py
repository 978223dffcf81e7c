"""The database handle the services work on: one Session per unit of work, audited.

Every flush writes the change log in the same transaction as the change itself, stamps the
user and time on the rows, and (through the mapper's version column) refuses to overwrite a
row somebody else changed in the meantime.
"""

from __future__ import annotations

import enum
import getpass
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Engine, String, Text, event, inspect
from sqlalchemy import Enum as SAEnum
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from kunnskapsapp.domain.base import Tracked, new_id, utcnow
from kunnskapsapp.domain.enums import ChangeAction
from kunnskapsapp.domain.errors import DatabaseError, StaleVersionError
from kunnskapsapp.domain.models import ChangeLog
from kunnskapsapp.domain.text import clean_text
from kunnskapsapp.storage import search_index
from kunnskapsapp.storage.engine import (
    DamagedDatabaseError,
    damaged_message,
    display_url,
    is_damage,
    sqlite_path,
)
from kunnskapsapp.storage.migrations import open_engine


def current_user() -> str:
    try:
        return os.environ.get("KUNNSKAPSAPP_USER") or getpass.getuser()
    except (KeyError, OSError):
        return "ukjent"


def value_text(value: Any) -> str | None:
    """How a value is written into the change log."""
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "ja" if value else "nei"
    if isinstance(value, bytes):
        return f"<{len(value)} byte>"
    if isinstance(value, list):
        return ", ".join(sorted(str(getattr(v, "id", v)) for v in value))
    return str(value)


def _label_of(obj: Any) -> str:
    from kunnskapsapp.services.records import display_name

    return display_name(obj)[:200]


_SKIP = {"id", "created_at", "created_by", "updated_at", "updated_by", "version"}


@cache
def _text_attributes(cls: type) -> tuple[str, ...]:
    """The mapped text columns of a model (enums, stored as VARCHAR, are not text)."""
    mapper: Any = inspect(cls)
    return tuple(
        attr.key
        for attr in mapper.column_attrs
        if len(attr.columns) == 1
        and isinstance(attr.columns[0].type, (String, Text))
        and not isinstance(attr.columns[0].type, SAEnum)
    )


def _clean_texts(session: Session) -> None:
    """No text a database cannot hold (NUL, control characters, lone surrogates) is written.

    The last guard before the driver, for every writer on both engines; forms and imports
    clean earlier (so that validation sees the cleaned text).
    """
    for obj in (*session.new, *session.dirty):
        for key in _text_attributes(type(obj)):  # type: ignore[arg-type]
            value = obj.__dict__.get(key)
            if isinstance(value, str):
                cleaned = clean_text(value)
                if cleaned != value:
                    setattr(obj, key, cleaned)


def _audit(session: Session, _context: Any, _instances: Any) -> None:
    _clean_texts(session)
    if session.info.get("audit") is False:
        return
    user = session.info.get("user", "")
    now = utcnow()
    entries: list[ChangeLog] = []
    for obj in list(session.new):
        if not isinstance(obj, Tracked):
            continue
        if obj.id is None:
            obj.id = new_id()
        obj.created_by = obj.updated_by = user
        obj.created_at = obj.updated_at = now
        entries.append(
            ChangeLog(
                at=now,
                user=user,
                entity=obj.__tablename__,  # type: ignore[attr-defined]
                row_id=obj.id,
                action=ChangeAction.CREATE,
                field="",
                new_value=_label_of(obj),
            )
        )
    for obj in list(session.dirty):
        if not isinstance(obj, Tracked) or not session.is_modified(obj):
            continue
        state = inspect(obj)
        changed = False
        for attr in state.mapper.attrs:
            key = attr.key
            if key in _SKIP or (key not in state.mapper.columns and not _is_collection(attr)):
                continue
            history = state.attrs[key].history
            if not history.has_changes():
                continue
            old: Any
            new: Any
            if _is_collection(attr):
                old = list(history.unchanged) + list(history.deleted)
                new = list(history.unchanged) + list(history.added)
            else:
                old = history.deleted[0] if history.deleted else None
                new = history.added[0] if history.added else None
            old_text, new_text = value_text(old), value_text(new)
            if old_text == new_text:
                continue
            changed = True
            entries.append(
                ChangeLog(
                    at=now,
                    user=user,
                    entity=obj.__tablename__,  # type: ignore[attr-defined]
                    row_id=obj.id,
                    action=ChangeAction.UPDATE,
                    field=key,
                    old_value=old_text,
                    new_value=new_text,
                )
            )
        if changed:
            # Also makes a change of only a many-to-many collection bump the row's version.
            obj.updated_by = user
            obj.updated_at = now
    for obj in list(session.deleted):
        if not isinstance(obj, Tracked):
            continue
        entries.append(
            ChangeLog(
                at=now,
                user=user,
                entity=obj.__tablename__,  # type: ignore[attr-defined]
                row_id=obj.id,
                action=ChangeAction.DELETE,
                field="",
                old_value=_label_of(obj),
            )
        )
    session.add_all(entries)


def _is_collection(attr: Any) -> bool:
    return bool(getattr(attr, "secondary", None) is not None and getattr(attr, "uselist", False))


class Database:
    """An open, migrated database and the user who works on it."""

    def __init__(self, engine: Engine, user: str | None = None) -> None:
        self.engine = engine
        self.user = user or current_user()
        self._sessions = sessionmaker(engine, expire_on_commit=False, autoflush=False)
        event.listen(self._sessions, "before_flush", _audit)
        search_index.install(self._sessions)  # the global search's index, in the same flush

    @classmethod
    def open(
        cls, url: str, *, create: bool = False, user: str | None = None, verify: bool = False
    ) -> Database:
        """`verify`: refuse a damaged SQLite file at once (`PRAGMA quick_check`), naming the
        newest good backup; for the command line, which must never answer from one."""
        try:
            return cls(open_engine(url, create=create, verify=verify), user=user)
        except DamagedDatabaseError as exc:
            raise with_backup_hint(exc) from exc

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=False)

    @property
    def display_url(self) -> str:
        return display_url(self.url)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def session(self, *, audit: bool = True) -> Iterator[Session]:
        """One unit of work: committed at the end of the block, rolled back on any error."""
        session = self._sessions()
        session.info["user"] = self.user
        session.info["audit"] = audit
        try:
            yield session
            session.commit()
        except StaleDataError as exc:
            session.rollback()
            raise StaleVersionError(
                "Noen andre har lagret endringer i denne posten mens du arbeidet med den. "
                "Last posten på nytt og gjør endringen igjen."
            ) from exc
        except OperationalError as exc:
            session.rollback()
            raise self._damaged(exc) or _operational_error(exc) from exc
        except SQLAlchemyDatabaseError as exc:
            session.rollback()
            damaged = self._damaged(exc)
            if damaged is None:
                raise
            raise damaged from exc
        except IntegrityError as exc:
            # A race the checks before the write could not see (two users at once).
            session.rollback()
            raise DatabaseError(
                "Endringen kunne ikke lagres fordi den kommer i konflikt med noe en annen "
                "bruker nettopp har lagret (en dobbeltregistrering eller en slettet kobling). "
                "Last siden på nytt med F5 og prøv igjen."
            ) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def _damaged(self, exc: SQLAlchemyDatabaseError) -> DamagedDatabaseError | None:
        """A "malformed" error as the Norwegian damage message, or None for other errors."""
        detail = str(exc.orig) if exc.orig else str(exc)
        if not is_damage(detail):
            return None
        path = sqlite_path(self.url)
        return with_backup_hint(DamagedDatabaseError(damaged_message(self.display_url), path))

    def dispose(self) -> None:
        self.engine.dispose()


def with_backup_hint(exc: DamagedDatabaseError) -> DamagedDatabaseError:
    """The damage message with the newest good backup named (SQLite)."""
    if exc.path is None:
        return exc
    from kunnskapsapp.services.backups import diagnose

    return DamagedDatabaseError(diagnose(exc.path, known_damaged=True).message, exc.path)


def _operational_error(exc: OperationalError) -> DatabaseError | OperationalError:
    detail = str(exc.orig) if exc.orig else str(exc)
    if "locked" in detail or "busy" in detail:
        return DatabaseError(
            "Databasen er opptatt av et annet program eller en annen bruker. Vent litt og "
            "prøv igjen. Endringen din er ikke lagret."
        )
    if "disk" in detail and ("full" in detail or "I/O" in detail):
        return DatabaseError(
            "Disken er full, så endringen kunne ikke lagres. Frigjør plass og prøv igjen."
        )
    if "readonly" in detail or "read-only" in detail:
        return DatabaseError(
            "Databasen er skrivebeskyttet, så endringen er ikke lagret. Gi deg selv "
            "skrivetilgang til databasefilen og mappen den ligger i (eller be IT om det), og "
            "prøv igjen."
        )
    return exc
