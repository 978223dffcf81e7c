"""What every part of the demo shares: its constants, stable ids and numbers, the reference ids
the source names, and how amounts are spread over the years."""

from __future__ import annotations

import calendar
import enum
import uuid
import zlib
from datetime import date
from typing import TypeVar, cast

from kunnskapsapp.domain import reference
from kunnskapsapp.domain.rules import BUDGET_PLAN_YEARS

NAMESPACE = uuid.UUID("8a3f6c2e-5d1b-4e7a-9c0f-2b6d4e8a1c35")
DEMO_USER = "demo"
FUND_FIRST_YEAR = 2017
# Relative dates in the source never fall before this day, so the history up to autumn 2021
# (the figures `summary --date 2021-10-01` must give) stays as written.
HISTORY_FIXED_UNTIL = date(2022, 1, 1)
# The day the municipality, its service areas and its partners were registered.
REGISTERED = date(2019, 1, 7)
# Where the municipality keeps its files (a demo document's location starts here).
ARCHIVE = "\\\\baerum.kommune.no\\felles\\UD\\Forskning og innovasjon\\"

PRIORITY = {
    "services": reference.PRIORITY_SERVICES,
    "market": reference.PRIORITY_MARKET,
    "planning": reference.PRIORITY_PLANNING,
    "climate": reference.PRIORITY_CLIMATE,
}
SCHEME_IDS = {row["code"]: row["id"] for row in reference.SCHEMES}
SCHEME_FUNDER = {row["id"]: row["funder_id"] for row in reference.SCHEMES}

E = TypeVar("E", bound=enum.Enum)


def demo_id(kind: str, key: str) -> str:
    """The id of a demo row: the same in every demo database."""
    return str(uuid.uuid5(NAMESPACE, f"{kind}/{key}"))


def code(enum_cls: type[E], value: str) -> E:
    """The member of `enum_cls` whose stored code is `value`."""
    return cast(E, enum_cls._value2member_map_[value])


def stable(text: str) -> int:
    """A small number from a text, the same in every run (unlike hash())."""
    return zlib.crc32(text.encode("utf-8"))


def fund_years(today: date) -> range:
    """The fund's years: from its first through the budget plan after `today`'s year."""
    return range(FUND_FIRST_YEAR, today.year + BUDGET_PLAN_YEARS + 1)


def _days_in(year: int, start: date, end: date) -> int:
    """How many days of start..end fall in `year` (0 when none)."""
    first = max(start, date(year, 1, 1))
    last = min(end, date(year, 12, 31))
    return max((last - first).days + 1, 0)


def year_shares(total: int, start: date, end: date) -> dict[int, int]:
    """`total` spread over the calendar years of start..end by days, in whole thousands; the
    last year takes the rounding so the shares add up to `total`."""
    if end < start:
        end = start
    days = (end - start).days + 1
    shares = {
        year: int(round(total * _days_in(year, start, end) / days, -3))
        for year in range(start.year, end.year + 1)
    }
    shares[end.year] += total - sum(shares.values())
    return {year: amount for year, amount in shares.items() if amount > 0}


def yearly_amounts(per_year: int, start: date, end: date, years: range) -> dict[int, int]:
    """A yearly rate pro rata over the days of each year the project runs, in thousands."""
    amounts: dict[int, int] = {}
    for year in years:
        days = _days_in(year, start, end)
        if not days:
            continue
        days_in_year = 366 if calendar.isleap(year) else 365
        amount = int(round(per_year * days / days_in_year, -3))
        if amount >= 10_000:
            amounts[year] = amount
    return amounts
