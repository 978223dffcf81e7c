"""The change log."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    DateTime,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from kunnskapsapp.domain.base import Base, enum_column, label, utcnow
from kunnskapsapp.domain.enums import (
    ChangeAction,
)


class ChangeLog(Base):
    """One changed field of one row: who, when, old and new value (as text)."""

    __tablename__ = "change_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(
        DateTime, default=utcnow, index=True, info=label("Tidspunkt")
    )
    user: Mapped[str] = mapped_column(String(100), default="", info=label("Bruker"))
    entity: Mapped[str] = mapped_column(String(60), index=True, info=label("Type"))
    row_id: Mapped[str] = mapped_column(String(36), index=True, info=label("Rad"))
    action: Mapped[ChangeAction] = mapped_column(enum_column(ChangeAction), info=label("Handling"))
    field: Mapped[str] = mapped_column(String(60), default="", info=label("Felt"))
    old_value: Mapped[str | None] = mapped_column(Text, nullable=True, info=label("Gammel verdi"))
    new_value: Mapped[str | None] = mapped_column(Text, nullable=True, info=label("Ny verdi"))
