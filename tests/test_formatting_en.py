"""The window's values in Norwegian (the default) and in English, kind by kind."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest

from kunnskapsapp.domain.entities import FieldKind
from kunnskapsapp.ui import i18n
from kunnskapsapp.ui.formatting import display

VALUES = [
    (date(2027, 1, 14), None, "14.01.2027", "14/01/2027"),
    (datetime(2027, 1, 14, 10, 0), None, "14.01.2027 10:00", "14/01/2027 10:00"),
    (1250000, FieldKind.KRONER, "1\u00a0250\u00a0000\u00a0kr", "NOK\u00a01,250,000"),
    (-5, FieldKind.KRONER, "\u22125\u00a0kr", "\u2212NOK\u00a05"),
    (2027, FieldKind.YEAR, "2027", "2027"),
    (33517, None, "33\u00a0517", "33,517"),
    (999, None, "999", "999"),
    (12.5, None, "12,5", "12.5"),
    (None, None, "", ""),
    ("Pågående", None, "Pågående", "Pågående"),
]


@pytest.fixture
def english() -> Iterator[None]:
    i18n.set_current(i18n.EN)
    yield
    i18n.set_current(i18n.NB)


@pytest.mark.parametrize(("value", "kind", "norwegian", "_english"), VALUES)
def test_norwegian(value: object, kind: FieldKind | None, norwegian: str, _english: str) -> None:
    assert display(value, kind=kind) == norwegian


@pytest.mark.parametrize(("value", "kind", "_norwegian", "expected"), VALUES)
def test_english(
    english: None, value: object, kind: FieldKind | None, _norwegian: str, expected: str
) -> None:
    assert display(value, kind=kind) == expected


def test_money_flag_is_the_kroner_kind(english: None) -> None:
    assert display(1250000, money=True) == display(1250000, kind=FieldKind.KRONER)
