"""Values as the window's readers read them.

Norwegian Bokmål (the default): dd.mm.åååå, `1 250 000 kr`, ja/nei, exactly as the domain's
helpers write them (these functions hand over to them, so the Norwegian text is unchanged).

English (ui.i18n): the conventions of British English, which is what an English reader in
Norway meets at work and what reads without ambiguity next to Norwegian documents:
- dates day first, `14/01/2027` (the US month-first order would make 03/04 two dates; the
  date fields still read every way of typing a date they read in Norwegian, and this one);
  dates in words `Tuesday 12 March 2025`;
- amounts with the ISO code in front and comma thousands, `NOK 1,250,000`, as English texts
  on Norwegian money write it ("kr" is also the Swedish and Danish crown's sign);
- counts with comma thousands, `1,250 rows`; times `10:00`.
Words (`dag`/`dager`, `i dag`) come from the catalogue, context "Formatting".
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from kunnskapsapp.domain import i18n as domain_i18n
from kunnskapsapp.domain import language as bokmaal
from kunnskapsapp.domain import rules
from kunnskapsapp.domain.base import Base
from kunnskapsapp.domain.collation import norwegian_key
from kunnskapsapp.domain.entities import FieldKind, entity
from kunnskapsapp.domain.errors import Kroner, Number, Percent, Phrase
from kunnskapsapp.services.records import NORWEGIAN, ValueStyle, format_value
from kunnskapsapp.ui import i18n

MINUS = "\u2212"


def display(value: Any, *, money: bool = False, kind: FieldKind | None = None) -> str:
    """A value as the form shows it; `kind` is the field's declared kind (`money=True` is
    the same as `kind=FieldKind.KRONER`)."""
    kind = FieldKind.KRONER if money else kind
    if isinstance(value, Phrase):  # a service's warning or reason: in the window's language
        return domain_message(value)
    plain_text = isinstance(value, str) and not isinstance(value, enum.Enum)
    if not i18n.is_english() or plain_text:
        return format_value(value, kind)
    return format_value(value, kind, ENGLISH)


def format_date(day: date | None) -> str:
    """`14.01.2027`; in English `14/01/2027`."""
    if not i18n.is_english():
        return rules.format_date(day)
    # Not strftime: see rules.format_date.
    return f"{day.day:02d}/{day.month:02d}/{day.year}" if day else ""


def format_datetime(moment: datetime | None) -> str:
    """`14.01.2027 10:00`; in English `14/01/2027 10:00`."""
    if not i18n.is_english():
        return bokmaal.format_datetime(moment)
    return moment.strftime("%d/%m/%Y %H:%M") if moment else ""


def format_count(n: int) -> str:
    """`1 250` (no-break space), `−3`; in English `1,250`."""
    if not i18n.is_english():
        return bokmaal.format_count(n)
    return f"{MINUS if n < 0 else ''}{abs(n):,}"


def count_noun(n: int, singular: str, plural: str) -> str:
    """`1 prosjekt`, `2 prosjekter`: singular for exactly one (and minus one), in English as
    in Norwegian; the nouns are the caller's, already translated."""
    if not i18n.is_english():
        return bokmaal.count_noun(n, singular, plural)
    return f"{format_count(n)} {singular if abs(n) == 1 else plural}"


def format_percent(rate: float | None) -> str:
    """`50,0 %`; in English `50.0%`."""
    if not i18n.is_english() or rate is None:
        return rules.percent_text(rate)
    return f"{rate * 100:.1f}%"


def format_kroner(amount: int | None) -> str:
    """`1 250 000 kr`; in English `NOK 1,250,000` (no-break space after the code)."""
    if not i18n.is_english():
        return rules.format_kroner(amount)
    if amount is None:
        return ""
    return f"{MINUS if amount < 0 else ''}NOK\u00a0{abs(amount):,}"


def _yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("Formatting", "Ja")
    return QCoreApplication.translate("Formatting", "Nei")


# `display` in English: the same kinds of value as in Norwegian, written the English way.
ENGLISH = ValueStyle(
    yes_no=_yes_no,
    date=format_date,
    datetime=format_datetime,
    kroner=format_kroner,
    big_count=format_count,
    decimal=lambda v: f"{v:.1f}",
    choice=domain_i18n.enum_label,
)


def domain_message(error: Any) -> str:
    """A domain error's message, or a service's text, in the window's language: a validation
    message or a `Phrase` translated and its values (dates, amounts) written the window's
    way; any other as it is."""
    return domain_i18n.message(error, _message_value)


def record_name(model: type[Base], record: Mapping[str, Any]) -> str:
    """A row's name as the window shows it: `Finansiering 269866`, or `Funding 269866` in
    English (a name with words of its own is translated); any other name as the services
    gave it (`display_name`)."""
    naming = entity(model).naming
    if naming.template is None or any(c not in record for c in naming.columns):
        return str(record.get("display_name") or "")
    return domain_i18n.name_of(model, record, _message_value)


def _message_value(value: Any) -> str:
    if isinstance(value, Kroner):
        return format_kroner(value.amount)
    if isinstance(value, Number):
        return format_count(value.n)
    if isinstance(value, Percent):
        return format_percent(value.rate)
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    return str(value)


def value_style() -> ValueStyle:
    """How the services write values for the window (`format_value`'s style)."""
    return ENGLISH if i18n.is_english() else NORWEGIAN


def money_placeholder() -> str:
    """What an empty amount field shows: `0 kr`, `NOK 0`."""
    return "NOK 0" if i18n.is_english() else "0 kr"


def amount_text(text: str) -> str:
    """Typed English amounts (`NOK 1,250,000`, `1,250,000`, `-NOK 5`) as the Norwegian form
    the services read (`1250000`); other text as it is. In Bokmål the text as it is."""
    if not i18n.is_english():
        return text
    cleaned = text.strip().lower().replace("\u00a0", "").replace(" ", "")
    negative = cleaned.startswith(("-", MINUS)) or cleaned.startswith(("nok-", "nok" + MINUS))
    digits = cleaned.removeprefix("-").removeprefix(MINUS).removeprefix("nok")
    digits = digits.removeprefix("-").removeprefix(MINUS)
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.0+)?|\d+(\.0+)?", digits):
        whole = digits.split(".")[0].replace(",", "")
        return ("-" if negative else "") + whole
    return text


def days_word(days: int) -> str:
    """`1 dag`, `5 dager`."""
    if not i18n.is_english():
        return bokmaal.days_word(days)
    return count_noun(
        days,
        QCoreApplication.translate("Formatting", "dag"),
        QCoreApplication.translate("Formatting", "dager"),
    )


def days_to_deadline(days: int) -> str:
    """What a list of deadlines says of one `days` days away, with a positive number:
    `i dag`, `12 dager igjen`, `1 843 dager over`; `today`, `12 days left`, `1 day overdue`."""
    if not i18n.is_english():
        return bokmaal.days_to_deadline(days)
    if days == 0:
        return QCoreApplication.translate("Formatting", "i dag")
    if days > 0:
        return QCoreApplication.translate("Formatting", "%1 igjen").replace("%1", days_word(days))
    return QCoreApplication.translate("Formatting", "%1 over").replace("%1", days_word(-days))


def ui_locale() -> QLocale:
    """Norwegian Bokmål in Norway, or British English: the calendar's month and day names."""
    if i18n.is_english():
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway)


def long_date(day: date) -> str:
    """`tirsdag 12. mars 2025`; in English `Tuesday 12 March 2025`."""
    return ui_locale().toString(QDate(day.year, day.month, day.day), qt_long_date_format())


def qt_date_format() -> str:
    """A date as Qt's date widgets show it (QDateEdit.setDisplayFormat)."""
    return "dd/MM/yyyy" if i18n.is_english() else "dd.MM.yyyy"


def qt_long_date_format() -> str:
    """A date in words as QLocale writes it: `tirsdag 12. mars 2025`, `Tuesday 12 March 2025`."""
    return "dddd d MMMM yyyy" if i18n.is_english() else "dddd d. MMMM yyyy"


def sort_key(value: Any) -> Any:
    """What a table sorts by: real dates and numbers, labels for enums, empty values first,
    text in Norwegian alphabetical order.

    Always a pair, so that an empty cell sorts before any value of the column's type."""
    if value is None or value == "":
        return (0, "")
    if isinstance(value, enum.Enum):
        return (1, norwegian_key(domain_i18n.enum_label(value)))
    if isinstance(value, datetime | date):
        return (1, value.isoformat())
    if isinstance(value, str):
        return (1, norwegian_key(value))
    return (1, value)
