"""Finding a row from what a user typed on the command line: its id or a unique prefix."""

from __future__ import annotations

from sqlalchemy import select

from kunnskapsapp.domain.base import Base
from kunnskapsapp.domain.errors import NotFoundError, ValidationError
from kunnskapsapp.services.crud import noun
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.records import id_column

MIN_PREFIX = 6


def resolve_id(db: Database, model: type[Base], text: str, option: str = "id") -> str:
    """The full id of the one row whose id is `text` or starts with it (≥ 6 characters)."""
    prefix = text.strip().lower()
    if len(prefix) < MIN_PREFIX:
        raise ValidationError(
            option,
            f"{option}: «{text}» er for kort. Oppgi hele id-en eller minst {MIN_PREFIX} "
            "tegn av den.",
        )
    column = id_column(model)
    with db.session() as s:
        matches = list(
            s.scalars(select(column).where(column.like(prefix.replace("%", "") + "%")).limit(3))
        )
    if not matches:
        raise NotFoundError(f"Fant ingen {noun(model)} med id som begynner på «{text}».")
    if len(matches) > 1:
        raise ValidationError(
            option,
            f"«{text}» passer til flere {noun(model, plural=True)}. Oppgi flere tegn av id-en.",
        )
    return str(matches[0])
