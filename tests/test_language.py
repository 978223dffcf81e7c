"""Norwegian counts, days in words, and dates and times as people type them."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.language import (
    count_noun,
    count_of,
    days_relative,
    days_to_deadline,
    format_count,
    parse_date_text,
    parse_datetime_text,
)


@pytest.mark.parametrize(
    ("n", "text"),
    [(0, "0 prosjekter"), (1, "1 prosjekt"), (2, "2 prosjekter"), (1250, "1\u00a0250 prosjekter")],
)
def test_count_noun(n: int, text: str) -> None:
    assert count_noun(n, "prosjekt", "prosjekter") == text


def test_count_of_reads_the_entity_declaration() -> None:
    assert count_of(1, m.Project) == "1 prosjekt"
    assert count_of(3, m.Project) == "3 prosjekter"
    assert count_of(1, m.Deadline) == "1 frist"
    assert count_of(2, "agreement") == "2 avtaler"


def test_format_count() -> None:
    assert format_count(-3) == "\u22123"
    assert format_count(1000000) == "1\u00a0000\u00a0000"


@pytest.mark.parametrize(
    ("days", "text"),
    [
        (0, "i dag"),
        (1, "i morgen"),
        (5, "om 5 dager"),
        (-1, "1 dag over"),
        (-1843, "1\u00a0843 dager over"),
    ],
)
def test_days_relative(days: int, text: str) -> None:
    assert days_relative(days) == text


@pytest.mark.parametrize(
    ("days", "text"),
    [
        (0, "i dag"),
        (1, "1 dag igjen"),
        (12, "12 dager igjen"),
        (-1, "1 dag over"),
        (-1843, "1\u00a0843 dager over"),
    ],
)
def test_days_to_deadline_is_always_a_positive_number(days: int, text: str) -> None:
    assert days_to_deadline(days) == text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("14.01.2027", date(2027, 1, 14)),
        ("14.1.2027", date(2027, 1, 14)),
        ("14.1.27", date(2027, 1, 14)),
        ("1.2.2027", date(2027, 2, 1)),
        (" 01.02.2027 ", date(2027, 2, 1)),
        ("1/2-2027", date(2027, 2, 1)),
        ("2027-02-01", date(2027, 2, 1)),
        ("01022027", date(2027, 2, 1)),
        ("", None),
    ],
)
def test_parse_date_text(text: str, day: date | None) -> None:
    assert parse_date_text(text) == day


@pytest.mark.parametrize("text", ["31.02.2027", "14.13.2027", "i morgen", "14.01", "1.2.202"])
def test_parse_date_text_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "14.01.2027 10:00",
        "14.1.2027 10.00",
        "14.01.27 kl. 10",
        "14.01.27 kl 10:00",
        "14.01.2027, kl. 10.00",
        "14.01.2027   10:00",
        "2027-01-14 10:00",
        "2027-01-14T10:00:00",
        "140120271000",
    ],
)
def test_parse_datetime_text(text: str) -> None:
    assert parse_datetime_text(text) == datetime(2027, 1, 14, 10, 0)


@pytest.mark.parametrize(
    "text", ["14.01.2027", "10:00", "14.01.2027 25:00", "14.01.2027 10:75", "neste torsdag"]
)
def test_parse_datetime_text_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_datetime_text(text)


def test_parse_datetime_text_empty() -> None:
    assert parse_datetime_text("  ") is None
