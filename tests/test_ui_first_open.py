"""A page's first open: the list, heading and filters come first and the record's form a
turn of the event loop later. Whatever the user does at once (click a row, Ny, Ctrl+S, type
in the search, Tab) finds the form there, and rows read in the background still arrive."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.reference import SCHEME_OFFPHD
from kunnskapsapp.services import crud
from kunnskapsapp.ui.page import ListPage
from kunnskapsapp.ui.pages.meetings.page import MeetingsPage
from kunnskapsapp.ui.pages.projects import ProjectsPage
from tests.ui_helpers import click_row, field, shown_page, type_into

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def projects(db: Any) -> list[Any]:
    return [crud.create(db, m.Project, {"title": title}) for title in ("Mobilitet", "Helse")]


def test_a_row_clicked_at_once_opens_in_the_form(qtbot: Any, db: Any, projects: list[Any]) -> None:
    page = shown_page(qtbot, ProjectsPage(db))
    assert not page.form_built()  # the list first
    click_row(qtbot, page, projects[1].id)
    assert page.form.record["id"] == projects[1].id
    assert field(page.form, "title").text() == "Helse"  # type: ignore[attr-defined]
    assert page.history_button.isEnabled()


def test_ny_and_ctrl_s_at_once_save_a_new_record(qtbot: Any, db: Any, projects: list[Any]) -> None:
    # The window active before the page is built in it (shortcuts need an active window):
    # waiting for a page's own window to become active can take the turns its form waits.
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page = ProjectsPage(db, window)
    QVBoxLayout(window).addWidget(page)
    page.show()
    page.ensure_loaded()
    assert not page.form_built()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, page.form, "title", "Velferdsteknologi")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 3)
    saved = crud.list_rows(db, m.Project, where={"title": "Velferdsteknologi"})
    assert len(saved) == 1 and page.form.record["id"] == saved[0].id


def test_search_typed_while_rows_are_read_in_the_background(
    qtbot: Any, db: Any, projects: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ProjectsPage, "background_above", 0)  # read as a long list would be
    page = ProjectsPage(db)
    with qtbot.waitSignal(page.rows_loaded):
        shown_page(qtbot, page)
        assert not page.form_built()
        qtbot.keyClicks(page.search, "Helse")
    assert page.form_built()  # the read waited for it
    assert page.proxy.rowCount() == 1
    assert page.table_model.record(page.proxy.mapToSource(page.proxy.index(0, 0)).row()).title == (
        "Helse"
    )


def test_a_record_selected_before_background_rows_arrive_is_opened(
    qtbot: Any, db: Any, projects: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ProjectsPage, "background_above", 0)
    page = ProjectsPage(db)
    with qtbot.waitSignal(page.rows_loaded):
        shown_page(qtbot, page)
        page.select_id(projects[0].id)  # e.g. opened from the search or another page
    qtbot.waitUntil(lambda: page.form.record is not None)
    assert page.form.record["id"] == projects[0].id
    assert page.current_record()["id"] == projects[0].id  # type: ignore[index]


def test_tab_from_the_list_goes_into_the_form_built_later(
    qtbot: Any, db: Any, projects: list[Any]
) -> None:
    page = shown_page(qtbot, ProjectsPage(db))
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    qtbot.waitUntil(page.form_built)  # built in a later turn, without being asked
    click_row(qtbot, page, projects[0].id)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is field(page.form, "title")
    # and on from the form's last control to its buttons (Lagre, or the first that is
    # enabled), as when the form came with the page
    field(page.form, "title").setFocus()
    for _ in range(200):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if not page.form.isAncestorOf(QApplication.focusWidget()):
            break
    buttons = [page.save_button, page.cancel_button, page.history_button, page.delete_button]
    assert QApplication.focusWidget() is next(b for b in buttons if b.isEnabled())


def test_an_agenda_reached_at_once_on_a_new_meetings_page(qtbot: Any, db: Any) -> None:
    from datetime import datetime

    from kunnskapsapp.services import meetings

    meeting = crud.create(
        db, m.Meeting, {"title": "Styringsgruppe", "starts_at": datetime(2027, 3, 2, 9)}
    )
    meetings.add_agenda_item(db, meeting.id, {"title": "Budsjett"})
    page = shown_page(qtbot, MeetingsPage(db))
    assert not page.form_built()
    assert page.agenda.model.rowCount() == 0  # reaching the agenda builds the form
    page.select_id(meeting.id)
    qtbot.waitUntil(lambda: page.agenda.model.rowCount() == 1)


def test_every_list_page_still_reads_its_rows_and_builds_its_form(qtbot: Any, db: Any) -> None:
    from kunnskapsapp.ui.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    for page_id in ("agreements", "projects", "deadlines", "meetings", "lessons", "people"):
        page = window.show_page(page_id)
        assert isinstance(page, ListPage)
        qtbot.waitUntil(page.form_built)
        assert page.form.isVisible()


@pytest.mark.parametrize("background", [False, True], ids=["read-at-once", "read-in-background"])
def test_a_tab_behind_another_builds_its_form_when_shown_and_opens_a_record_at_once(
    qtbot: Any, db: Any, background: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Finansiering og fond opens on the fund's tab: the funding lines' form waits until its
    tab is shown, and a funding line opened from elsewhere (the global search) still opens."""
    from kunnskapsapp.ui.pages.fund import FundPage
    from kunnskapsapp.ui.pages.fund.lines import FundingLinesTab

    if background:
        monkeypatch.setattr(FundingLinesTab, "background_above", 0)
    project = crud.create(db, m.Project, {"title": "Ph.d. om skoleledelse"})
    line = crud.create(
        db,
        m.FundingLine,
        {"project_id": project.id, "scheme_id": SCHEME_OFFPHD, "external_ref": "334455"},
    )
    page = shown_page(qtbot, FundPage(db))
    page.tabs.setCurrentIndex(0)
    # Three turns of the event loop after the page was made: a form due is built by then.
    turns: list[int] = []
    QTimer.singleShot(
        0, lambda: QTimer.singleShot(0, lambda: QTimer.singleShot(0, lambda: turns.append(1)))
    )
    qtbot.waitUntil(lambda: bool(turns))
    assert page.fund_tab.form_built()
    assert not page.funding_tab.form_built()
    qtbot.waitUntil(lambda: page.select_id(line.id))
    assert page.tabs.currentWidget() is page.funding_tab
    assert page.funding_tab.form.record["id"] == line.id
