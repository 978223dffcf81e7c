"""Values as Norwegian users read them: dd.mm.åååå, `1 250 000 kr`, ja/nei, labels."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from kunnskapsapp.domain.collation import norwegian_key
from kunnskapsapp.domain.entities import FieldKind
from kunnskapsapp.services.records import format_value


def display(value: Any, *, money: bool = False, kind: FieldKind | None = None) -> str:
    """A value as the form shows it; `kind` is the field's declared kind (`money=True` is
    the same as `kind=FieldKind.KRONER`)."""
    return format_value(value, FieldKind.KRONER if money else kind)


def sort_key(value: Any) -> Any:
    """What a table sorts by: real dates and numbers, labels for enums, empty values first,
    text in Norwegian alphabetical order.

    Always a pair, so that an empty cell sorts before any value of the column's type."""
    if value is None or value == "":
        return (0, "")
    if isinstance(value, enum.Enum):
        return (1, norwegian_key(getattr(value, "label", str(value.value))))
    if isinstance(value, datetime | date):
        return (1, value.isoformat())
    if isinstance(value, str):
        return (1, norwegian_key(value))
    return (1, value)
