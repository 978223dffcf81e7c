"""Today's date, in one place, so tests and the demo can fix it."""

from __future__ import annotations

from datetime import date

_fixed: date | None = None


def today() -> date:
    return _fixed or date.today()


def fix(day: date | None) -> None:
    """Make `today()` return `day` (None: the real date again)."""
    global _fixed
    _fixed = day
