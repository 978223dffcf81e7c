"""What every model module shares: the id column type and the foreign-key helper."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String

ID = String(36)


def fk(target: str, ondelete: str = "RESTRICT") -> ForeignKey:
    return ForeignKey(target, ondelete=ondelete)
