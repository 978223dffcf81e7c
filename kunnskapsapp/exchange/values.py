"""Cell values in the exchange files: the kinds a column can have, parsing text the way
Norwegian Excel writes it (decimal comma, dd.mm.åååå, `1 250 000 kr`) and where a bad
cell is (sheet, row, column) so every message can say so. Qt-free."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from kunnskapsapp.domain.errors import DomainError, Phrase
from kunnskapsapp.domain.language import MONTHS

Kind = Literal["text", "date", "datetime", "kroner", "count", "decimal", "percent", "bool"]
KINDS: tuple[Kind, ...] = (
    "text",
    "date",
    "datetime",
    "kroner",
    "count",
    "decimal",
    "percent",
    "bool",
)

# What each kind accepts, in the words of the documentation sheet and the messages.
ACCEPTS: dict[Kind, str] = {
    "text": "Tekst",
    "date": "Dato som dd.mm.åååå",
    "datetime": "Dato og klokkeslett som dd.mm.åååå tt:mm",
    "kroner": "Hele kroner, f.eks. 1 250 000 eller 1 250 000 kr (ingen øre)",
    "count": "Helt tall, f.eks. 14",
    "decimal": "Tall med desimalkomma, f.eks. 12,5",
    "percent": "Prosent med desimalkomma, f.eks. 12,5 %",
    "bool": "Ja eller Nei",
}

# Thousands separators Excel and people use: space, no-break space, narrow no-break space.
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")


class ValueProblem(ValueError):
    """A cell's text is not a value of its kind; `str()` is a Norwegian sentence, `phrase`
    the same as a `Phrase` the window translates."""

    def __init__(self, phrase: str) -> None:
        super().__init__(phrase)
        self.phrase = phrase


@dataclass(frozen=True)
class Location:
    """Where a cell is: rows count from 1 (the header is row 1), as Excel shows them."""

    row: int
    column: str = ""
    sheet: str = ""

    def __str__(self) -> str:
        return str(self.phrase())

    def phrase(self) -> Phrase:
        """`Ark «Prosjekter», rad 3, kolonne «Tittel» (C)`, as a phrase the window translates."""
        column = self.column
        if self.sheet and column:
            return Phrase(
                "Ark «%1», rad %2, kolonne %3", self.sheet, self.row, column, context="Import"
            )
        if self.sheet:
            return Phrase("Ark «%1», rad %2", self.sheet, self.row, context="Import")
        if column:
            return Phrase("Rad %1, kolonne %2", self.row, column, context="Import")
        return Phrase("Rad %1", self.row, context="Import")


class ExchangeError(DomainError):
    """A file that cannot be read or written, with a Norwegian message that starts with where
    (sheet, row, column) when that is known; `reason` is the message without the place."""

    def __init__(self, message: str, where: Location | None = None) -> None:
        self.reason = message
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)

    @property
    def phrase(self) -> str:
        """The message as the window shows it: a `Phrase` (the same Norwegian) where the
        place and the reason are phrases, else the Norwegian text."""
        if self.where is None:
            return self.reason
        return Phrase("%1: %2", self.where.phrase(), self.reason, context="Import")


def unreadable(name: str, error: OSError) -> ExchangeError:
    """A file that could not be read: its name and the system's reason."""
    return ExchangeError(
        Phrase("Kan ikke lese %1: %2.", name, error.strerror or str(error), context="Import")
    )


def unwritable(name: str, error: OSError) -> ExchangeError:
    """A file that could not be written: its name and the system's reason."""
    return ExchangeError(
        Phrase("Kan ikke skrive %1: %2.", name, error.strerror or str(error), context="Import")
    )


def not_a_table_file(name: str) -> ExchangeError:
    """A file to import or export whose name ends in neither .xlsx nor .csv."""
    return ExchangeError(
        Phrase("«%1»: velg en fil som slutter på .xlsx eller .csv.", name, context="Import")
    )


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA (as Excel names columns)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_name(index: int, header: str = "") -> str:
    """`«Tittel» (C)`: the header people read and the letter Excel shows."""
    letter = column_letter(index)
    return f"«{header}» ({letter})" if header.strip() else letter


# --- Parsing ---------------------------------------------------------------------------------

_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$")


def parse_date(text: str) -> date | None:
    """dd.mm.åååå (also d.m.åååå and åååå-mm-dd); blank is None."""
    text = text.strip()
    if not text:
        return None
    match = _DATE.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
    else:
        iso = _ISO_DATE.match(text)
        if not iso:
            raise ValueProblem(
                Phrase("«%1» er ikke en dato. Skriv datoen som dd.mm.åååå.", text, context="Import")
            )
        year, month, day = (int(g) for g in iso.groups())
    if not 1 <= month <= 12:
        raise ValueProblem(
            Phrase("«%1» er ikke en gyldig dato: måneden må være 1–12.", text, context="Import")
        )
    last = calendar.monthrange(year, month)[1] if year >= 1 else 31
    if not 1 <= day <= last or year < 1:
        raise ValueProblem(
            Phrase(
                "«%1» er ikke en gyldig dato: %2 %3 har %4 dager.",
                text,
                Phrase(MONTHS[month - 1], context="Month"),
                year,
                last,
                context="Import",
            )
        )
    return date(year, month, day)


def parse_datetime(text: str) -> datetime | None:
    """dd.mm.åååå tt:mm (also with seconds, or an ISO date and time); blank is None."""
    text = text.strip()
    if not text:
        return None
    day_part, _, time_part = text.replace("T", " ").partition(" ")
    day = parse_date(day_part)
    assert day is not None
    time_part = time_part.strip() or "00:00"
    match = _TIME.match(time_part)
    if not match:
        raise ValueProblem(
            Phrase("«%1» har ikke et klokkeslett som tt:mm.", text, context="Import")
        )
    hour, minute = int(match.group(1)), int(match.group(2))
    second = int(match.group(3) or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ValueProblem(
            Phrase("«%1» har et klokkeslett som ikke finnes.", text, context="Import")
        )
    return datetime(day.year, day.month, day.day, hour, minute, second)


def _number_text(text: str) -> str:
    cleaned = _SPACES.sub("", text).replace("\u2212", "-")
    return cleaned


def parse_kroner(text: str) -> int | None:
    """Whole kroner: `1 250 000`, `1 250 000 kr`, `kr 1 250 000`, `1 250 000,00`, `1 250,-`."""
    raw = text.strip()
    if not raw:
        return None
    cleaned = _number_text(raw).lower()
    cleaned = cleaned.removesuffix("kr").removeprefix("kr").removesuffix("nok")
    cleaned = cleaned.removeprefix("nok").removesuffix(",-").removesuffix(".-")
    match = re.fullmatch(r"(-?\d+)(?:,(\d+))?", cleaned)
    if not match:
        raise ValueProblem(
            Phrase(
                "«%1» er ikke et beløp. Skriv hele kroner, f.eks. 1 250 000 kr.",
                raw,
                context="Import",
            )
        )
    if match.group(2) and int(match.group(2)) != 0:
        raise ValueProblem(
            Phrase("«%1» har øre. Beløp føres i hele kroner, uten øre.", raw, context="Import")
        )
    return int(match.group(1))


def parse_count(text: str) -> int | None:
    """A whole number such as `14` (or `1 250`); blank is None."""
    raw = text.strip()
    if not raw:
        return None
    cleaned = _number_text(raw)
    if re.fullmatch(r"-?\d+(?:,0+)?", cleaned):
        return int(cleaned.split(",")[0])
    raise ValueProblem(Phrase("«%1» er ikke et helt tall.", raw, context="Import"))


def parse_decimal(text: str) -> Decimal | None:
    """A number with decimal comma (`12,5`, `1 250,75`); a single point is read as decimal
    point too (`12.5`); blank is None."""
    raw = text.strip()
    if not raw:
        return None
    cleaned = _number_text(raw)
    if "," in cleaned:
        if not re.fullmatch(r"-?\d+,\d+", cleaned):
            raise ValueProblem(
                Phrase(
                    "«%1» er ikke et tall. Bruk desimalkomma, f.eks. 12,5.", raw, context="Import"
                )
            )
        cleaned = cleaned.replace(",", ".")
    elif not re.fullmatch(r"-?\d+(?:\.\d+)?", cleaned):
        raise ValueProblem(
            Phrase("«%1» er ikke et tall. Bruk desimalkomma, f.eks. 12,5.", raw, context="Import")
        )
    try:
        return Decimal(cleaned)
    except InvalidOperation as error:  # pragma: no cover - the patterns above rule it out
        raise ValueProblem(Phrase("«%1» er ikke et tall.", raw, context="Import")) from error


def parse_percent(text: str) -> Decimal | None:
    """`12,5 %` or `12,5` (the number of percent, not a fraction); blank is None."""
    raw = text.strip()
    if not raw:
        return None
    try:
        return parse_decimal(raw.removesuffix("%"))
    except ValueProblem:
        raise ValueProblem(
            Phrase("«%1» er ikke en prosentsats, f.eks. 12,5 %.", raw, context="Import")
        ) from None


_TRUE = {"ja", "j", "x", "sann", "true", "1", "yes"}
_FALSE = {"nei", "n", "usann", "false", "0", "no"}


def parse_bool(text: str) -> bool | None:
    raw = text.strip()
    if not raw:
        return None
    if raw.lower() in _TRUE:
        return True
    if raw.lower() in _FALSE:
        return False
    raise ValueProblem(Phrase("«%1» er verken Ja eller Nei.", raw, context="Import"))


_PARSERS: dict[Kind, Any] = {
    "text": lambda text: text,
    "date": parse_date,
    "datetime": parse_datetime,
    "kroner": parse_kroner,
    "count": parse_count,
    "decimal": parse_decimal,
    "percent": parse_percent,
    "bool": parse_bool,
}


def parse(kind: Kind, text: str, where: Location | None = None) -> Any:
    """The value of `text` as `kind`, or an ExchangeError that says where and why."""
    try:
        return _PARSERS[kind](text)
    except ValueProblem as refused:
        raise ExchangeError(refused.phrase, where) from None


# --- Formatting for CSV ------------------------------------------------------------------------


def format_plain(value: Any) -> str:
    """A value as Norwegian Excel writes it in a CSV: dd.mm.åååå, decimal comma, Ja/Nei."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Ja" if value else "Nei"
    if isinstance(value, datetime):
        if value.second:
            return value.strftime("%d.%m.%Y %H:%M:%S")
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, float | Decimal):
        text = format(value, "f") if isinstance(value, Decimal) else repr(value)
        return text.replace(".", ",")
    if isinstance(value, int):
        return str(value)
    return str(value)
