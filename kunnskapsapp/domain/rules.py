"""Pure rules of the domain: checks and calculations with no database and no Qt."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import date, timedelta
from functools import lru_cache

from kunnskapsapp.domain.enums import AgreementStatus, FundingStatus, ProjectStatus
from kunnskapsapp.domain.errors import Count, Kroner, Percent, Phrase

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


# --- Projects and agreements on a day ------------------------------------------------------

# Ideas, applications, rejected and cancelled projects never count in the portfolio.
COUNTED_PROJECT_STATUSES = frozenset({ProjectStatus.ONGOING, ProjectStatus.COMPLETED})


def project_runs_on(start: date | None, end: date | None, status: ProjectStatus, on: date) -> bool:
    """A project counts on `on` when it ran that day: started, not ended, ongoing or completed."""
    return (
        start is not None
        and start <= on
        and (end is None or end >= on)
        and status in COUNTED_PROJECT_STATUSES
    )


def agreement_active_on(
    on: date,
    status: AgreementStatus,
    start: date | None,
    signed: date | None,
    end: date | None,
    termination_requested: date | None,
    termination_effective: date | None,
) -> bool:
    """An agreement is active on `on` when it had started (or, lacking a start date, been
    signed), had not ended, had not been terminated with effect by `on` and is not a draft."""
    begins = start or signed
    if status == AgreementStatus.DRAFT or begins is None or begins > on:
        return False
    if end is not None and end < on:
        return False
    # A termination ends the agreement from its effective date (or, lacking one, from when it
    # was requested); before that it still runs.
    stops = termination_effective or (
        termination_requested if status == AgreementStatus.TERMINATED else None
    )
    if stops is not None and stops <= on:
        return False
    return not (status == AgreementStatus.TERMINATED and stops is None)


# Project agreements still running when their framework agreement is terminated.
STILL_RUNNING_AGREEMENT_STATUSES = frozenset({AgreementStatus.ACTIVE, AgreementStatus.DRAFT})


def left_to_fulfil(status: AgreementStatus, fulfil_after_parent_terminated: bool) -> bool:
    """Whether a project agreement must still be fulfilled after its framework agreement is
    terminated: it is still running (active or a draft) and is marked to be fulfilled. The
    other running ones end with the framework agreement."""
    return status in STILL_RUNNING_AGREEMENT_STATUSES and fulfil_after_parent_terminated


# --- Evaluations ---------------------------------------------------------------------------

EVALUATION_FROM_LAST = "last_evaluation"
EVALUATION_FROM_START = "start"
EVALUATION_FROM_SIGNED = "signed"


def evaluation_basis(
    start: date | None, last_evaluation: date | None, signed: date | None = None
) -> tuple[date | None, str]:
    """The date the next evaluation counts from, and which it is: the last evaluation, else
    the start date, else the signing date (one of the EVALUATION_FROM_* names, or "")."""
    if last_evaluation is not None:
        return last_evaluation, EVALUATION_FROM_LAST
    if start is not None:
        return start, EVALUATION_FROM_START
    if signed is not None:
        return signed, EVALUATION_FROM_SIGNED
    return None, ""


def next_evaluation(
    start: date | None,
    last_evaluation: date | None,
    interval_months: int | None,
    signed: date | None = None,
) -> date | None:
    """Next evaluation = last evaluation (else start, else signing date) + interval."""
    base, _ = evaluation_basis(start, last_evaluation, signed)
    if base is None or not interval_months:
        return None
    return add_months(base, interval_months)


# --- Budget plan ---------------------------------------------------------------------------

BUDGET_PLAN_YEARS = 4


def budget_plan_years(from_year: int) -> list[int]:
    """The years of the four-year budget plan (økonomiplan) that starts in `from_year`."""
    return list(range(from_year, from_year + BUDGET_PLAN_YEARS))


# --- Funding -------------------------------------------------------------------------------


# Only granted funding lines count as a project's external funding (in SQL: `.in_()`).
EXTERNAL_FUNDING_STATUSES = frozenset({FundingStatus.GRANTED})


def counts_as_external_funding(status: FundingStatus) -> bool:
    return status in EXTERNAL_FUNDING_STATUSES


def other_external_funding(project_granted: int, status: FundingStatus, granted: int | None) -> int:
    """The project's other external funding beside one of its lines: what its granted lines
    bring in (`project_granted`), less this line's own part when it is granted."""
    own_part = (granted or 0) if counts_as_external_funding(status) else 0
    return project_granted - own_part


def support_rate(granted: int | None, total_cost: int | None) -> float | None:
    """Granted share of total cost, 0..1, or None when it cannot be computed."""
    if not granted or not total_cost:
        return None
    return granted / total_cost


def over_scheme_maximum(rate: float | None, max_support_percent: int | None) -> bool:
    """Whether a support rate is above the scheme's maximum (in percent)."""
    if rate is None or max_support_percent is None:
        return False
    return rate * 100 > max_support_percent + 1e-9


def own_contribution_overridden(own_cash: int | None, own_in_kind: int | None) -> bool:
    """The user gave the own contribution (cash or in kind); otherwise it is derived."""
    return bool(own_cash) or bool(own_in_kind)


def own_contribution(
    total_cost: int | None,
    granted: int | None,
    own_cash: int | None = 0,
    own_in_kind: int | None = 0,
    other_external: int = 0,
) -> int:
    """The municipality's own contribution to a funding line: what the user entered (cash plus
    in kind), else total cost − granted − other external funding (never below 0; 0 when the
    total cost or the granted amount is not known)."""
    if own_contribution_overridden(own_cash, own_in_kind):
        return (own_cash or 0) + (own_in_kind or 0)
    if total_cost is None or granted is None:
        return 0
    return max(total_cost - granted - other_external, 0)


def funding_parts_warning(
    total_cost: int | None,
    granted: int | None,
    own_cash: int | None = 0,
    own_in_kind: int | None = 0,
    other_external: int = 0,
) -> str:
    """A Norwegian warning (a `Phrase` the window translates) when granted + other external
    funding + own contribution is not the total cost; "" when they add up or the total cost
    or the granted amount is missing."""
    if total_cost is None or granted is None:
        return ""
    own = own_contribution(total_cost, granted, own_cash, own_in_kind, other_external)
    parts = granted + other_external + own
    if parts == total_cost:
        return ""
    if other_external:
        return Phrase(
            "Delene går ikke opp i totalkostnaden: innvilget %1 + annen ekstern finansiering "
            "%2 + egenandel %3 = %4, men totalkostnaden er %5.",
            Kroner(granted),
            Kroner(other_external),
            Kroner(own),
            Kroner(parts),
            Kroner(total_cost),
            context="Funding",
        )
    return Phrase(
        "Delene går ikke opp i totalkostnaden: innvilget %1 + egenandel %2 = %3, men "
        "totalkostnaden er %4.",
        Kroner(granted),
        Kroner(own),
        Kroner(parts),
        Kroner(total_cost),
        context="Funding",
    )


def support_rate_warning(rate: float | None, maximum: int | None, scheme_code: str) -> str:
    """A Norwegian warning (a `Phrase`) when the support rate is over the scheme's maximum;
    "" when it is not."""
    if rate is None or not over_scheme_maximum(rate, maximum):
        return ""
    return Phrase(
        "Støttegraden er %1, over maksimum for %2 (%3 %).",
        Percent(rate),
        scheme_code,
        maximum,
        context="Funding",
    )


def agenda_warning(agenda_minutes: int, meeting_minutes: int | None) -> str:
    """A Norwegian warning (a `Phrase`) when the agenda is longer than the meeting; ""
    when it fits."""
    duration = meeting_minutes or 0
    if agenda_minutes <= duration:
        return ""
    return Phrase(
        "Sakslisten er beregnet til %1, men møtet varer %2.",
        Count(agenda_minutes, "minutt", "minutter"),
        Count(duration, "minutt", "minutter"),
        context="Meeting",
    )


def percent_text(rate: float | None) -> str:
    if rate is None:
        return ""
    return f"{rate * 100:.1f} %".replace(".", ",")


def easter_sunday(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous algorithm, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


@lru_cache(maxsize=64)
def _norwegian_holidays(year: int) -> dict[date, str]:
    """Norway's public holidays (helligdagsloven, and 1 and 17 May by the law of 1947): the
    rule itself, not a package of every country's calendars that took 0.1–0.2 s to import."""
    easter = easter_sunday(year)
    names: dict[date, list[str]] = {}
    for n, name in _AFTER_EASTER.items():
        names.setdefault(easter + timedelta(days=n), []).append(name)
    for (month, day), name in _FIXED_HOLIDAYS.items():
        names.setdefault(date(year, month, day), []).append(name)
    # Two on one day (17 May 2027 is also Whit Monday): "Andre pinsedag og Grunnlovsdag"
    return {
        day: both[0] if len(both) == 1 else Phrase("%1 og %2", *sorted(both), context="Holiday")
        for day, both in names.items()
    }


# The names are phrases, so that a window in English shows them in English (context
# `Holiday`); reports and exports read the Norwegian.
_AFTER_EASTER = {
    -3: Phrase("Skjærtorsdag", context="Holiday"),
    -2: Phrase("Langfredag", context="Holiday"),
    0: Phrase("Første påskedag", context="Holiday"),
    1: Phrase("Andre påskedag", context="Holiday"),
    39: Phrase("Kristi himmelfartsdag", context="Holiday"),
    49: Phrase("Første pinsedag", context="Holiday"),
    50: Phrase("Andre pinsedag", context="Holiday"),
}
_FIXED_HOLIDAYS = {
    (1, 1): Phrase("Første nyttårsdag", context="Holiday"),
    (5, 1): Phrase("Arbeidernes dag", context="Holiday"),
    (5, 17): Phrase("Grunnlovsdag", context="Holiday"),
    (12, 25): Phrase("Første juledag", context="Holiday"),
    (12, 26): Phrase("Andre juledag", context="Holiday"),
}
SATURDAY = Phrase("Lørdag", context="Holiday")
SUNDAY = Phrase("Søndag", context="Holiday")


def holiday_name(day: date) -> str | None:
    """The Norwegian public holiday on `day`, if any (Sundays alone are not named)."""
    name = _norwegian_holidays(day.year).get(day)
    if name in (None, "Søndag"):
        return None
    return name


def is_weekend(day: date) -> bool:
    return day.weekday() >= 5


def non_working_reason(day: date) -> str | None:
    """Why `day` is not a working day ("Lørdag", "Søndag" or the holiday's name, a `Phrase`
    the window shows in its own language), or None."""
    holiday = holiday_name(day)
    if holiday:
        return holiday
    if day.weekday() == 5:
        return SATURDAY
    if day.weekday() == 6:
        return SUNDAY
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
    """`31.12.2026`. Not `strftime`, which imports `time` on every call (through PySide's
    import hook, in the app: a table of 20 000 rows with two dates each made 40 000)."""
    return f"{day.day:02d}.{day.month:02d}.{day.year}" if day else ""
