"""Pure rules of the domain: checks and calculations with no database and no Qt."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import date, timedelta
from functools import lru_cache

import holidays

ORG_NUMBER_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)
_EMAIL = re.compile(r"^[^@\s<>(),;:\"]+@[^@\s<>(),;:\"]+\.[A-Za-z]{2,}$")


def valid_org_number(value: str) -> bool:
    """A Norwegian organisation number: 9 digits, the last a modulus-11 check digit."""
    digits = value.replace(" ", "")
    if len(digits) != 9 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], ORG_NUMBER_WEIGHTS, strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    if check == 10:
        return False
    return check == int(digits[8])


def normalise_org_number(value: str) -> str:
    return value.replace(" ", "").strip()


def valid_email(value: str) -> bool:
    return bool(_EMAIL.match(value.strip()))


def add_months(day: date, months: int) -> date:
    """The same day `months` later, clamped to the month's last day (31.01 + 1 = 28.02)."""
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def next_evaluation(
    start: date | None, last_evaluation: date | None, interval_months: int | None
) -> date | None:
    """Next evaluation = last evaluation (or start) + interval."""
    base = last_evaluation or start
    if base is None or not interval_months:
        return None
    return add_months(base, interval_months)


def support_rate(granted: int | None, total_cost: int | None) -> float | None:
    """Granted share of total cost, 0..1, or None when it cannot be computed."""
    if not granted or not total_cost:
        return None
    return granted / total_cost


def percent_text(rate: float | None) -> str:
    if rate is None:
        return ""
    return f"{rate * 100:.1f} %".replace(".", ",")


@lru_cache(maxsize=64)
def _norwegian_holidays(year: int) -> dict[date, str]:
    return dict(holidays.country_holidays("NO", years=year, language="no"))


def holiday_name(day: date) -> str | None:
    """The Norwegian public holiday on `day`, if any (Sundays alone are not named)."""
    name = _norwegian_holidays(day.year).get(day)
    if name in (None, "Søndag"):
        return None
    return name


def is_weekend(day: date) -> bool:
    return day.weekday() >= 5


def non_working_reason(day: date) -> str | None:
    """Why `day` is not a working day ("Lørdag", "Søndag" or the holiday's name), or None."""
    holiday = holiday_name(day)
    if holiday:
        return holiday
    if day.weekday() == 5:
        return "Lørdag"
    if day.weekday() == 6:
        return "Søndag"
    return None


def next_working_day(day: date) -> date:
    while non_working_reason(day):
        day += timedelta(days=1)
    return day


def occurrences(first: date, every_months: int, until: date) -> Iterator[date]:
    """`first`, then every `every_months` months, up to and including `until`."""
    if every_months <= 0:
        if first <= until:
            yield first
        return
    n = 0
    while True:
        day = add_months(first, every_months * n)
        if day > until:
            return
        yield day
        n += 1


def is_overdue(due: date, done: bool, today: date) -> bool:
    return not done and due < today


def format_kroner(amount: int | None) -> str:
    """`1 250 000 kr` with a no-break space as thousands separator."""
    if amount is None:
        return ""
    sign = "−" if amount < 0 else ""
    return f"{sign}{abs(amount):,}".replace(",", "\u00a0") + "\u00a0kr"


def format_date(day: date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else ""
