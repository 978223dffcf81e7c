"""The status column of the agreements' and the projects' tables shows each status as a chip
in its colour, in the light and the dark palette, with the status's text unchanged."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.enums import AgreementKind, AgreementStatus, ProjectForm, ProjectStatus
from kunnskapsapp.services import clock, crud
from kunnskapsapp.ui import palette
from kunnskapsapp.ui.pages.agreements import AgreementsPage
from kunnskapsapp.ui.pages.projects import ProjectsPage
from kunnskapsapp.ui.status_chip import StatusChipDelegate


@pytest.fixture(autouse=True)
def _today() -> Any:
    clock.fix(date(2026, 11, 26))
    yield
    clock.fix(None)


def _agreements(db: Any) -> None:
    for status in AgreementStatus:
        crud.create(
            db,
            m.Agreement,
            {
                "title": f"Avtale {status.label}",
                "kind": AgreementKind.PARTNERSHIP,
                "status": status,
                "start_date": date(2024, 1, 1),
                "end_date": date(2028, 12, 31),
            },
        )


def _projects(db: Any) -> None:
    for status in ProjectStatus:
        crud.create(
            db,
            m.Project,
            {
                "title": f"Prosjekt {status.label}",
                "form": ProjectForm.INNOVATION,
                "status": status,
                "start_date": date(2024, 1, 1),
                "end_date": date(2027, 12, 31),
            },
        )


def _shown(qtbot: Any, page: Any, rows: int, dark: bool) -> tuple[Any, int, StatusChipDelegate]:
    """The page shown in a palette with its rows, its status column and that column's chips."""
    qtbot.addWidget(page)
    page.setPalette(palette.qt_palette(dark))
    page.resize(1400, 900)
    page.show()
    page.ensure_loaded()
    qtbot.waitUntil(lambda: page.proxy.rowCount() == rows)
    column = [c.key for c in page.table_model.columns].index("status")
    delegate = page.view.itemDelegateForColumn(column)
    assert isinstance(delegate, StatusChipDelegate)
    return page, column, delegate


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize(
    ("page_class", "make", "statuses"),
    [(AgreementsPage, _agreements, AgreementStatus), (ProjectsPage, _projects, ProjectStatus)],
    ids=["agreements", "projects"],
)
def test_each_status_is_a_chip_in_its_colour(
    qtbot: Any, db: Any, dark: bool, page_class: Any, make: Any, statuses: Any
) -> None:
    make(db)
    page, column, delegate = _shown(qtbot, page_class(db), len(statuses), dark)
    page.view.horizontalHeader().resizeSection(column, 200)
    page.view.clearSelection()
    image = page.view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    fills = set()
    for row in range(page.proxy.rowCount()):
        index = page.proxy.index(row, column)
        status = delegate.status(index)
        assert status in {s.value for s in statuses}
        assert index.data(Qt.ItemDataRole.DisplayRole) == statuses(status).label  # same text
        cell = page.view.visualRect(index)
        across = max(6, page.view.fontMetrics().height() // 2)
        x, y = cell.left() + 4 + across // 2, cell.center().y()
        colour = image.pixelColor(round(x * ratio), round(y * ratio)).name()
        expected = palette.chip(status).fill.value(dark)
        assert colour == expected, (status, colour, expected)
        fills.add(colour)
    assert len(fills) >= 3  # going, ended and stopped look different


def test_a_chip_follows_the_palette_and_its_column_width(qtbot: Any, db: Any) -> None:
    """Chips are drawn once and reused: switching palette or narrowing the column must still
    draw them in the new colours and within the cell."""
    _projects(db)
    page, column, delegate = _shown(qtbot, ProjectsPage(db), len(ProjectStatus), False)
    page.view.clearSelection()

    def fill_at(row: int, dx: int) -> str:
        image = page.view.viewport().grab().toImage()
        ratio = image.devicePixelRatio()
        cell = page.view.visualRect(page.proxy.index(row, column))
        x, y = cell.left() + 4 + dx, cell.center().y()
        return str(image.pixelColor(round(x * ratio), round(y * ratio)).name())

    status = delegate.status(page.proxy.index(0, column))
    across = max(6, page.view.fontMetrics().height() // 2)
    for dark in (False, True, False):
        page.setPalette(palette.qt_palette(dark))
        page.view.horizontalHeader().resizeSection(column, 200)
        assert fill_at(0, across // 2) == palette.chip(status).fill.value(dark)
    # Narrowed: the chip is elided to the new width, not drawn at its old one past the cell.
    page.view.horizontalHeader().resizeSection(column, 40)
    next_column = page.view.visualRect(page.proxy.index(0, column)).right() + 3
    image = page.view.viewport().grab().toImage()
    y = page.view.visualRect(page.proxy.index(0, column)).center().y()
    ratio = image.devicePixelRatio()
    outside = image.pixelColor(round(next_column * ratio), round(y * ratio)).name()
    assert outside != palette.chip(status).fill.value(False)
