"""The source's date language: fixed TOML dates, or offsets from today such as "T-8M/1".

`T` is today; each term adds or takes away days (D), weeks (W), months (M) or years (Y); a
final `/N` moves to day N of the month (`/-1`: its last day). So "T-8M/1" is the first of the
month eight months ago, "T+2W" a fortnight from today. A relative date never falls before
`HISTORY_FIXED_UNTIL`, so the written history stays as written.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from typing import Any

from kunnskapsapp.domain.rules import add_months
from kunnskapsapp.services.demo.common import HISTORY_FIXED_UNTIL

_RELATIVE = re.compile(r"^T((?:[+-]\d+[DWMY])*)(?:/(-?\d{1,2}))?$")
_TERM = re.compile(r"([+-])(\d+)([DWMY])")


class Dates:
    """Resolves the source's dates against `today`."""

    def __init__(self, today: date) -> None:
        self.today = today

    def __call__(self, value: Any) -> date | None:
        if value is None or value == "":
            return None
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        match = _RELATIVE.match(str(value))
        if not match:
            raise ValueError(f"Ugyldig dato i demodataene: {value!r}")
        day = self.today
        for sign, number, unit in _TERM.findall(match.group(1)):
            n = int(number) if sign == "+" else -int(number)
            if unit == "D":
                day += timedelta(days=n)
            elif unit == "W":
                day += timedelta(weeks=n)
            elif unit == "M":
                day = add_months(day, n)
            else:
                day = add_months(day, 12 * n)
        if match.group(2):
            snap = int(match.group(2))
            last = calendar.monthrange(day.year, day.month)[1]
            day = day.replace(day=last if snap < 0 else min(snap, last))
        return max(day, HISTORY_FIXED_UNTIL)

    def required(self, value: Any) -> date:
        day = self(value)
        if day is None:
            raise ValueError("Dato mangler i demodataene")
        return day


def nth_weekday(year: int, month: int, weekday: int, week: int) -> date:
    """The `week`th `weekday` (0 Monday) of the month, e.g. its second Tuesday."""
    first = date(year, month, 1)
    offset = (weekday - first.weekday()) % 7
    return first + timedelta(days=offset + 7 * (week - 1))
