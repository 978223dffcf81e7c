"""Issue 11, fifth defect: the generated-deadline confirmation dialog cut its text off at its
right edge. It is a table now (date, title, day off, what is registered) that opens wide
enough for what it shows; here a back-dated OFFPHD project is registered through the form as
a user does, the dialog is checked for cut-off text, and the deadlines land on Frister."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QTableWidget, QWidget

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.enums import DeadlineStatus
from kunnskapsapp.services import clock, crud
from kunnskapsapp.ui.main_window import MainWindow
from tests.ui_helpers import answer_next_dialog, choose, open_tab, press, type_into

TODAY = date(2026, 12, 2)
PADDING = 6  # the item view's text margins, both sides together


@pytest.fixture(autouse=True)
def fixed_today() -> Iterator[None]:
    clock.fix(TODAY)
    yield
    clock.fix(None)


def cut_off(dialog: QWidget) -> list[str]:
    """Every text in the dialog that does not fit where it is shown."""
    problems = []
    for label in dialog.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        if label.wordWrap():
            if label.height() < label.heightForWidth(label.width()):
                problems.append(f"label {label.text()!r}: too low to wrap")
        elif label.width() < label.fontMetrics().horizontalAdvance(label.text()):
            problems.append(f"label {label.text()!r}: {label.width()} px")
    for combo in dialog.findChildren(QComboBox):
        if combo.isVisible() and combo.width() < combo.sizeHint().width():
            problems.append(f"combo {combo.currentText()!r}: {combo.width()} px")
    table = dialog.findChild(QTableWidget, "proposedDeadlines")
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    if header.length() > table.viewport().width():
        problems.append(f"columns {header.length()} px in a {table.viewport().width()} px view")
    for column in range(table.columnCount()):
        text = table.horizontalHeaderItem(column).text()
        if header.sectionSize(column) < header.fontMetrics().horizontalAdvance(text) + PADDING:
            problems.append(f"header {text!r}: {header.sectionSize(column)} px")
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            room = table.columnWidth(column) - PADDING
            if column == 0:  # the check box beside the date
                room -= table.style().pixelMetric(table.style().PixelMetric.PM_IndicatorWidth) + 4
            needed = metrics.boundingRect(
                QRect(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap, item.text()
            )
            if needed.width() > room or needed.height() > table.rowHeight(row):
                problems.append(f"cell {item.text()!r}: {room}×{table.rowHeight(row)} px")
    return problems


def test_back_dated_offphd_project_confirms_passed_deadlines_as_done(qtbot: Any, db: Any) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    projects = window.show_page("projects")
    qtbot.mouseClick(projects.new_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, projects.form, "title", "Ph.d. om velferdsteknologi i hjemmetjenesten")
    choose(projects.form, "form", "Ph.d.-prosjekt")
    choose(projects.form, "status", "Pågående")
    type_into(qtbot, projects.form, "start_date", "01.08.2020")
    type_into(qtbot, projects.form, "end_date", "31.07.2028")
    qtbot.mouseClick(projects.save_button, Qt.MouseButton.LeftButton)
    project = projects.form.record
    assert project is not None

    seen: dict[str, Any] = {}

    def confirm(dialog: Any) -> None:
        assert dialog.objectName() == "deadlineConfirmDialog"
        qtbot.waitExposed(dialog)
        seen["cut"] = cut_off(dialog)
        dialog.resize(dialog.minimumWidth(), dialog.height())  # as narrow as it goes
        # The titles wrap and their rows grow once the table has been laid out anew.
        with contextlib.suppress(qtbot.TimeoutError):
            qtbot.waitUntil(lambda: not cut_off(dialog), timeout=2000)
        seen["cut narrow"] = cut_off(dialog)
        seen["narrow width"] = dialog.width()
        table = dialog.findChild(QTableWidget, "proposedDeadlines")
        seen["rows"] = [
            (
                table.item(r, 0).text(),
                table.item(r, 0).checkState() == Qt.CheckState.Checked,
                table.item(r, 3).text(),
            )
            for r in range(table.rowCount())
        ]
        seen["choice"] = dialog.findChild(QComboBox, "pastDeadlines").currentText()
        press(qtbot, dialog, QDialogButtonBox.StandardButton.Save)

    def fill(dialog: Any) -> None:
        choose(dialog.form, "scheme_id", "Offentlig sektor-ph.d.")
        choose(dialog.form, "status", "Innvilget")
        answer_next_dialog(confirm)
        press(qtbot, dialog, QDialogButtonBox.StandardButton.Save)

    funding = open_tab(qtbot, projects.form, "fundingLines")
    answer_next_dialog(fill)
    qtbot.mouseClick(funding.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: funding.model.rowCount() == 1)

    assert seen["cut"] == []
    assert seen["cut narrow"] == []
    assert seen["narrow width"] < 600
    assert seen["choice"] == "Registrer dem som utført"
    rows = seen["rows"]
    assert all(ticked for _due, ticked, _what in rows)
    passed = [r for r in rows if date(*reversed([int(x) for x in r[0].split(".")])) < TODAY]
    assert passed and all(what == "Utført" for _d, _t, what in passed)
    assert all(what == "Åpen" for r in rows if r not in passed for what in [r[2]])

    deadlines = window.show_page("deadlines")
    deadlines.ensure_loaded()
    qtbot.waitUntil(
        lambda: len(crud.list_rows(db, m.Deadline, where={"project_id": project.id})) == len(rows)
    )
    saved = crud.list_rows(db, m.Deadline, where={"project_id": project.id})
    assert sum(d.status is DeadlineStatus.DONE for d in saved) == len(passed)
    assert all(d.done_date == d.due_date for d in saved if d.status is DeadlineStatus.DONE)
    shown = {deadlines.proxy.index(r, 2).data() for r in range(deadlines.proxy.rowCount())}
    upcoming = {d.title for d in saved if d.status is DeadlineStatus.OPEN}
    assert upcoming and upcoming <= shown
