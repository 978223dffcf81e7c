"""The screen's colours come from ui/palette.py, and each reads against its background in the
light and the dark palette by WCAG 2.1 AA: 4.5:1 for text, 3:1 for bars, rings and borders."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette

from kunnskapsapp.ui import palette

UI = Path(palette.__file__).parent


def test_the_contrast_formula_gives_wcag_s_known_values() -> None:
    assert palette.contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert palette.contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert palette.contrast("#123456", "#123456") == pytest.approx(1.0)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_text_role_reads_on_its_background_by_4_5_to_1(dark: bool) -> None:
    low = [
        (fg.name, bg.name, round(palette.contrast(fg.value(dark), bg.value(dark)), 2))
        for fg, bg in palette.TEXT_CHECKS
        if palette.contrast(fg.value(dark), bg.value(dark)) < 4.5
    ]
    assert low == []


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_bar_ring_and_border_stands_out_by_3_to_1(dark: bool) -> None:
    low = [
        (fg.name, bg.name, round(palette.contrast(fg.value(dark), bg.value(dark)), 2))
        for fg, bg in palette.NON_TEXT_CHECKS
        if palette.contrast(fg.value(dark), bg.value(dark)) < 3.0
    ]
    assert low == []


def test_every_role_is_checked_against_something() -> None:
    declared = {v.name for v in vars(palette).values() if isinstance(v, palette.Role)}
    declared |= {r.name for c in palette.CHIPS.values() for r in (c.fill, c.text, c.border)}
    checked = {r.name for pair in palette.TEXT_CHECKS + palette.NON_TEXT_CHECKS for r in pair}
    checked |= {r.name for r in palette.UNCHECKED}
    assert declared - checked == set()


def test_no_colour_is_written_out_anywhere_else_in_the_ui() -> None:
    # Written out, or Qt's grey for frames used as text colour (about 2:1 on the window).
    hex_code = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|palette\((mid|dark|light)\)")
    found = [
        f"{path.relative_to(UI)}:{n}"
        for path in UI.rglob("*.py")
        if path.name != "palette.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if hex_code.search(line.split("  #")[0])
    ]
    assert found == []


def test_every_status_has_a_chip() -> None:
    from kunnskapsapp.domain.enums import AgreementStatus, FundingStatus, ProjectStatus

    for enum in (AgreementStatus, ProjectStatus, FundingStatus):
        assert {s.value for s in enum} <= palette.STATUS_TONES.keys(), enum.__name__


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_a_role_answers_for_the_palette_it_is_given(dark: bool) -> None:
    given = palette.qt_palette(dark)
    assert palette.is_dark(given) is dark
    assert palette.DANGER.get(given).name() == palette.DANGER.value(dark)
    assert given.color(QPalette.ColorRole.Highlight).name() == palette.ACCENT.value(dark)
