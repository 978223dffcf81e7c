"""Issue 11, first defect: dates and times typed as people write them, into the real forms.

A clerk clicked into *Møter → Tidspunkt*, typed `14.01.2027 10:00` and got 14.12.2026 20:27;
the field is now plain text read when Lagre is pressed, and text it cannot read gets an error
beside the field (nothing saved)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.enums import MeetingKind
from kunnskapsapp.services import crud
from kunnskapsapp.ui.pages.deadlines import DeadlinesPage
from kunnskapsapp.ui.pages.meetings import MeetingsPage
from tests.ui_helpers import choose, field


@pytest.fixture
def meetings_page(qtbot: Any, db: Any) -> MeetingsPage:
    page = MeetingsPage(db)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.ensure_loaded()
    return page


def _line(form: Any, name: str) -> QLineEdit:
    line = field(form, name).line  # type: ignore[attr-defined]
    assert isinstance(line, QLineEdit)
    return line


def _click_into(qtbot: Any, line: QLineEdit) -> None:
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: line.hasFocus() and (not line.text() or line.hasSelectedText()))


def _new_meeting(qtbot: Any, page: MeetingsPage) -> None:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    title = field(page.form, "title")
    qtbot.keyClicks(title, "Kontaktgruppemøte")
    choose(page.form, "kind", "Kontaktgruppemøte")


def _save(qtbot: Any, page: Any) -> None:
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(
    ("how", "typed"),
    [
        ("click", "14.01.2027 10:00"),
        ("click", "14.1.2027 10.00"),
        ("click", "14.01.27 kl. 10"),
        ("click", "14.01.2027, kl. 10.00"),
        ("select all", "14.01.2027 10:00"),
        ("paste", "14.01.2027 10:00"),
    ],
)
def test_meeting_time_typed_as_people_write_it(
    qtbot: Any, meetings_page: MeetingsPage, db: Any, how: str, typed: str
) -> None:
    page = meetings_page
    _new_meeting(qtbot, page)
    line = _line(page.form, "starts_at")
    assert line.text()  # a new meeting starts with a time to type over
    _click_into(qtbot, line)
    if how == "click":  # the first click selects the whole time: typing replaces it
        qtbot.keyClicks(line, typed)
    elif how == "select all":
        qtbot.keyClick(line, Qt.Key.Key_End)
        qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(line, typed)
    else:
        QApplication.clipboard().setText(typed)
        qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(line, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    _save(qtbot, page)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    assert crud.list_rows(db, m.Meeting)[0].starts_at == datetime(2027, 1, 14, 10, 0)
    assert line.text() == "14.01.2027 10:00"


@pytest.mark.parametrize("typed", ["neste torsdag", "14.01.2027", "32.01.2027 10:00", "10:00"])
def test_meeting_time_not_understood_is_an_error_beside_the_field(
    qtbot: Any, meetings_page: MeetingsPage, db: Any, typed: str
) -> None:
    page = meetings_page
    _new_meeting(qtbot, page)
    line = _line(page.form, "starts_at")
    _click_into(qtbot, line)
    qtbot.keyClicks(line, typed)
    _save(qtbot, page)
    error = page.form.rows["starts_at"].error
    qtbot.waitUntil(error.isVisible)
    assert "Tidspunkt" in error.text()
    assert "dd.mm.åååå tt:mm" in error.text()
    assert crud.list_rows(db, m.Meeting) == []
    assert line.text() == typed  # what was typed stays, to be corrected


def test_leaving_the_field_shows_the_time_as_understood(
    qtbot: Any, meetings_page: MeetingsPage
) -> None:
    page = meetings_page
    _new_meeting(qtbot, page)
    line = _line(page.form, "starts_at")
    _click_into(qtbot, line)
    qtbot.keyClicks(line, "3.2.27 kl. 9")
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert line.text() == "03.02.2027 09:00"


@pytest.fixture
def deadlines_page(qtbot: Any, db: Any) -> DeadlinesPage:
    page = DeadlinesPage(db)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.ensure_loaded()
    return page


@pytest.mark.parametrize(
    ("typed", "due"),
    [
        ("14.1.27", date(2027, 1, 14)),
        ("1.2.2027", date(2027, 2, 1)),
        ("01.02.2027", date(2027, 2, 1)),
        ("2027-02-01", date(2027, 2, 1)),
    ],
)
def test_deadline_date_typed_as_people_write_it(
    qtbot: Any, deadlines_page: DeadlinesPage, db: Any, typed: str, due: date
) -> None:
    page = deadlines_page
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field(page.form, "title"), "Sluttrapport")
    choose(page.form, "kind", "Sluttrapport")
    line = _line(page.form, "due_date")
    _click_into(qtbot, line)
    qtbot.keyClicks(line, typed)
    _save(qtbot, page)
    qtbot.waitUntil(lambda: len(crud.list_rows(db, m.Deadline)) == 1)
    assert crud.list_rows(db, m.Deadline)[0].due_date == due


def test_deadline_date_not_understood_is_an_error_beside_the_field(
    qtbot: Any, deadlines_page: DeadlinesPage, db: Any
) -> None:
    page = deadlines_page
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field(page.form, "title"), "Sluttrapport")
    line = _line(page.form, "due_date")
    _click_into(qtbot, line)
    qtbot.keyClicks(line, "31.02.2027")
    _save(qtbot, page)
    error = page.form.rows["due_date"].error
    qtbot.waitUntil(error.isVisible)
    assert "dd.mm.åååå" in error.text()
    assert crud.list_rows(db, m.Deadline) == []


def test_existing_meeting_time_is_shown_and_kept(
    qtbot: Any, meetings_page: MeetingsPage, db: Any
) -> None:
    meeting = crud.create(
        db,
        m.Meeting,
        {
            "title": "Styremøte",
            "kind": MeetingKind.CONTACT_GROUP,
            "starts_at": datetime(2027, 3, 5, 13, 30),
        },
    )
    page = meetings_page
    page.refresh()
    page.select_id(meeting.id)
    assert _line(page.form, "starts_at").text() == "05.03.2027 13:30"
    assert not page.form.dirty
