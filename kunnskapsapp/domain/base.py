"""The declarative base, the naming convention and the columns every editable row carries."""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Enum, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """Naive UTC: SQLite keeps no time zone, so both engines store the same value."""
    return datetime.now(UTC).replace(tzinfo=None)


def label(text: str, **extra: Any) -> dict[str, Any]:
    """Column metadata: the Norwegian label forms, errors and exports use."""
    return {"label": text, **extra}


def enum_column(enum_cls: type[enum.Enum]) -> Enum:
    """A portable enum column: stored as its code in a VARCHAR, no native type, no CHECK."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=40,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Tracked:
    """Stable identity, audit stamps and an optimistic-lock version for an editable row."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, info=label("Opprettet"))
    created_by: Mapped[str] = mapped_column(String(100), default="", info=label("Opprettet av"))
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, default=utcnow, onupdate=utcnow, info=label("Sist endret")
    )
    updated_by: Mapped[str] = mapped_column(String(100), default="", info=label("Sist endret av"))
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, info=label("Versjon"))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # SQLAlchemy adds "AND version = :old" to every UPDATE and DELETE, so two writers can
        # never both win; the services check the version the user started from before that.
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]
