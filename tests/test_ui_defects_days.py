"""Issue 11, third defect: Frister showed an overdue deadline as "Dager igjen −1843" while
Oversikt said "Dager over". Both now say it in the same words, with a positive number, and
the list still sorts by the real number of days."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.enums import DeadlineKind
from kunnskapsapp.services import clock, crud
from kunnskapsapp.ui.main_window import MainWindow

TODAY = date(2026, 12, 2)


@pytest.fixture(autouse=True)
def fixed_today() -> Iterator[None]:
    clock.fix(TODAY)
    yield
    clock.fix(None)


def _column(model: Any, header: str) -> int:
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header in headers, headers
    return headers.index(header)


def _centre(header: QHeaderView, section: int) -> QPoint:
    """The middle of a header section, where the user clicks to sort by it."""
    left = header.sectionViewportPosition(section)
    return QPoint(left + header.sectionSize(section) // 2, header.height() // 2)


def _column_texts(model: Any, header: str) -> list[str]:
    column = _column(model, header)
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_frister_and_oversikt_say_days_over_and_left_alike(qtbot: Any, db: Any) -> None:
    for title, due in [
        ("Sluttrapport 2021", date(2021, 12, 15)),  # 1 813 days ago
        ("Framdriftsrapport", date(2026, 11, 20)),
        ("Søknad i dag", TODAY),
        ("Søknad i morgen", date(2026, 12, 3)),
        ("Samarbeidsmøte", date(2026, 12, 14)),
    ]:
        crud.create(db, m.Deadline, {"title": title, "due_date": due, "kind": DeadlineKind.OTHER})
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()

    page = window.show_page("deadlines")
    page.ensure_loaded()
    view = page.view
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount() == 5)
    days = _column(model, "Dager")
    header = view.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_centre(header, days))
    order = _column_texts(model, "Dager")
    if order[0] != "1\u00a0813 dager over":  # the first click sorted the other way
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_centre(header, days))
        order = _column_texts(model, "Dager")
    assert order == [
        "1\u00a0813 dager over",
        "12 dager over",
        "i dag",
        "1 dag igjen",
        "12 dager igjen",
    ]
    assert not any("\u2212" in text or "-" in text for text in order)

    dashboard = window.show_page("dashboard")
    dashboard.refresh()
    overdue = dashboard.findChild(QTableView, "table_overdue")
    qtbot.waitUntil(lambda: overdue.model().rowCount() == 2)
    assert sorted(_column_texts(overdue.model(), "Dager")) == [
        "12 dager over",
        "1\u00a0813 dager over",
    ]
    upcoming = dashboard.findChild(QTableView, "table_upcoming")
    assert _column_texts(upcoming.model(), "Dager") == ["i dag", "1 dag igjen", "12 dager igjen"]
