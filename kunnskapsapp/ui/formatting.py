"""Values as Norwegian users read them: dd.mm.åååå, `1 250 000 kr`, ja/nei, labels."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from kunnskapsapp.domain.rules import format_date, format_kroner


def display(value: Any, *, money: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, enum.Enum):
        return getattr(value, "label", str(value.value))
    if isinstance(value, bool):
        return "Ja" if value else "Nei"
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, int) and money:
        return format_kroner(value)
    if isinstance(value, int):
        return f"{value:,}".replace(",", "\u00a0") if abs(value) >= 10000 else str(value)
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    return str(value)


def sort_key(value: Any) -> Any:
    """What a table sorts by: real dates and numbers, labels for enums, empty values first.

    Always a pair, so that an empty cell sorts before any value of the column's type."""
    if value is None or value == "":
        return (0, "")
    if isinstance(value, enum.Enum):
        return (1, getattr(value, "label", str(value.value)).lower())
    if isinstance(value, datetime | date):
        return (1, value.isoformat())
    if isinstance(value, str):
        return (1, value.lower())
    return (1, value)
