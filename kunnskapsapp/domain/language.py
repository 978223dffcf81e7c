"""Norwegian as it is written: a count with its noun in singular or plural, days before or
after a date in words, and dates and times as people type them (`14.1.27`, `14.01.2027 kl. 10`).

Pure functions, no Qt: the forms, the tables, the services and the command line use them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING

from kunnskapsapp.domain.rules import format_date, format_kroner

if TYPE_CHECKING:  # the models import SQLAlchemy: not needed to count
    from kunnskapsapp.domain.base import Base


def format_count(n: int) -> str:
    """`1 250` with a no-break space as thousands separator, `−3` for a negative count."""
    sign = "\u2212" if n < 0 else ""
    return f"{sign}{abs(n):,}".replace(",", "\u00a0")


def count_noun(n: int, singular: str, plural: str) -> str:
    """`1 prosjekt`, `0 prosjekter`, `2 prosjekter`: singular for exactly one (and minus one)."""
    return f"{format_count(n)} {singular if abs(n) == 1 else plural}"


def count_of(n: int, model: type[Base] | str) -> str:
    """A count with the entity's own nouns: `count_of(1, Project)` → `1 prosjekt`."""
    from kunnskapsapp.domain.entities import entity

    spec = entity(model)
    return count_noun(n, spec.singular, spec.plural)


def days_word(days: int) -> str:
    """`1 dag`, `5 dager`."""
    return count_noun(days, "dag", "dager")


def days_relative(days: int) -> str:
    """Days from today to a date, in words with a positive number: `i dag`, `i morgen`,
    `om 5 dager`, `i går`, `3 dager over` (a deadline `days` days away; negative: passed)."""
    if days == 0:
        return "i dag"
    if days == 1:
        return "i morgen"
    if days > 1:
        return f"om {days_word(days)}"
    return f"{days_word(-days)} over"


def days_to_deadline(days: int) -> str:
    """What a list of deadlines says of one `days` days away, with a positive number:
    `i dag`, `1 dag igjen`, `12 dager igjen`, `1 dag over`, `1 843 dager over`."""
    if days == 0:
        return "i dag"
    if days > 0:
        return f"{days_word(days)} igjen"
    return f"{days_word(-days)} over"


# --- dates and times as typed ------------------------------------------------------------

_DATE = r"(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{4}|\d{2})"
_ISO = r"(\d{4})-(\d{1,2})-(\d{1,2})"
_DATE_ONLY = re.compile(rf"{_DATE}\.?")
_ISO_ONLY = re.compile(_ISO)
_DATE_TIME = re.compile(rf"{_DATE}\.?(?:\s*,\s*|\s+)(?:kl\.?\s*)?(\d{{1,2}})(?:[:.](\d{{2}}))?")
_ISO_TIME = re.compile(rf"{_ISO}(?:T|\s+)(\d{{1,2}}):(\d{{2}})(?::\d{{2}}(?:\.\d+)?)?")
_BARE_DIGITS = re.compile(r"(\d{2})(\d{2})(\d{4})(?:\s*(\d{2})(\d{2}))?")


def _year(text: str) -> int:
    """Two digits are this century's (`27` → 2027); the unit's records are all after 2000."""
    year = int(text)
    return 2000 + year if len(text) == 2 else year


def parse_date_text(text: str) -> date | None:
    """`14.01.2027`, `14.1.2027`, `14.1.27`, `1.2.2027`, `14/1-2027`, `2027-01-14` or the bare
    digits `14012027` → the date; empty text → None. Anything else: ValueError."""
    text = text.strip()
    if not text:
        return None
    match = _DATE_ONLY.fullmatch(text)
    if match:
        day, month, year = match.groups()
        return date(_year(year), int(month), int(day))
    match = _ISO_ONLY.fullmatch(text)
    if match:
        year, month, day = match.groups()
        return date(int(year), int(month), int(day))
    match = _BARE_DIGITS.fullmatch(text)
    if match and match.group(4) is None:
        day, month, year = match.group(1, 2, 3)
        return date(int(year), int(month), int(day))
    raise ValueError(text)


def parse_datetime_text(text: str) -> datetime | None:
    """`14.01.2027 10:00`, `14.1.2027 10.00`, `14.01.27 kl. 10`, `14.01.2027, kl. 10.30`,
    `2027-01-14 10:00`, or the bare digits `140120271000` → that date and time; empty text →
    None. A date without a time, or anything else: ValueError."""
    text = " ".join(text.split())
    if not text:
        return None
    match = _DATE_TIME.fullmatch(text)
    if match:
        day, month, year, hour, minute = match.groups()
        return datetime(_year(year), int(month), int(day), int(hour), int(minute or 0))
    match = _ISO_TIME.fullmatch(text)
    if match:
        year, month, day, hour, minute = match.groups()
        return datetime(int(year), int(month), int(day), int(hour), int(minute))
    match = _BARE_DIGITS.fullmatch(text)
    if match and match.group(4) is not None:
        day, month, year, hour, minute = match.groups()
        return datetime(int(year), int(month), int(day), int(hour), int(minute))
    raise ValueError(text)


def format_datetime(moment: datetime | None) -> str:
    """`14.01.2027 10:00`."""
    return moment.strftime("%d.%m.%Y %H:%M") if moment else ""


__all__ = [
    "MONTHS",
    "WEEKDAYS",
    "count_noun",
    "count_of",
    "date_range",
    "days_relative",
    "days_to_deadline",
    "days_word",
    "format_count",
    "format_datetime",
    "join_names",
    "kroner_figure",
    "long_date",
    "month_name",
    "parse_date_text",
    "parse_datetime_text",
    "slug",
    "time_text",
]


# The month names, for every date written out in words (reports, messages).
MONTHS = [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
]

WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def time_text(moment: datetime) -> str:
    """`10.00`, as a time is written in running Norwegian text."""
    return moment.strftime("%H.%M")


def long_date(day: date) -> str:
    """`tirsdag 12. mars 2025`."""
    return f"{WEEKDAYS[day.weekday()]} {day.day}. {MONTHS[day.month - 1]} {day.year}"


def month_name(day: date) -> str:
    """`Mars 2025`."""
    return f"{MONTHS[day.month - 1].capitalize()} {day.year}"


def date_range(start: date | None, end: date | None) -> str:
    """`01.01.2025 – 31.12.2027`, open at either end (`01.01.2025 –`), no-break spaces."""
    if not start and not end:
        return ""
    if start and not end:
        return f"{format_date(start)}\u00a0–"
    if end and not start:
        return f"–\u00a0{format_date(end)}"
    return f"{format_date(start)}\u00a0– {format_date(end)}"


def join_names(names: Iterable[str], limit: int = 6) -> str:
    """`NTNU, UiO og 3 til`: at most `limit` names, the rest counted."""
    values = [n for n in names if n]
    if len(values) > limit:
        return ", ".join(values[:limit]) + f" og {len(values) - limit} til"
    return ", ".join(values)


def kroner_figure(amount: int | None) -> str:
    """An amount for a column headed "(kr)": `1 250 000`, no-break spaces."""
    if amount is None:
        return ""
    return format_kroner(amount).removesuffix("\u00a0kr")


_SLUG_MAP = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "ae", "Ø": "o", "Å": "a"})
_NOT_PRINTABLE = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")


def slug(text: str, limit: int = 50) -> str:
    """A file-name-safe ASCII form: `Kontaktgruppemøte NTNU` → `kontaktgruppemote-ntnu`."""
    value = re.sub(r"\s", " ", str(text or ""))  # a line break parts words, as a space does
    value = _NOT_PRINTABLE.sub("", value).translate(_SLUG_MAP)
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    value = re.sub(r"[^A-Za-z0-9]+", "-", value).strip("-").lower()
    return value[:limit].strip("-") or "rapport"
