"""Norway's public holidays, from the rule itself, checked against the `holidays` package."""

from __future__ import annotations

from datetime import date

import pytest

from kunnskapsapp.domain.rules import easter_sunday, holiday_name, non_working_reason

holidays = pytest.importorskip("holidays")  # the test extra: a reference, not a dependency


def test_every_holiday_from_1950_to_2100_as_the_reference_has_it() -> None:
    years = range(1950, 2101)
    reference = holidays.country_holidays("NO", years=list(years), language="no")
    expected = {
        day: name.replace("; ", " og ") for day, name in reference.items() if name != "Søndag"
    }
    ours = {}
    for year in years:
        day = date(year, 1, 1)
        while day.year == year:
            name = holiday_name(day)
            if name:
                ours[day] = name
            day = date.fromordinal(day.toordinal() + 1)
    assert ours == expected


@pytest.mark.parametrize(
    ("year", "easter"),
    [
        (2024, date(2024, 3, 31)),
        (2025, date(2025, 4, 20)),
        (2027, date(2027, 3, 28)),
        (2038, date(2038, 4, 25)),
        (2285, date(2285, 3, 22)),
    ],
)
def test_easter_sunday(year: int, easter: date) -> None:
    assert easter_sunday(year) == easter


def test_two_holidays_on_one_day_and_the_weekend() -> None:
    assert holiday_name(date(2027, 5, 17)) == "Andre pinsedag og Grunnlovsdag"
    assert non_working_reason(date(2026, 5, 14)) == "Kristi himmelfartsdag"
    assert non_working_reason(date(2026, 12, 5)) == "Lørdag"
    assert non_working_reason(date(2026, 12, 6)) == "Søndag"
    assert non_working_reason(date(2026, 12, 7)) is None
