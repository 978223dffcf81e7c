"""A page's first open: the list, heading and filters come first and the record's form a
turn of the event loop later. Whatever the user does at once (click a row, Ny, Ctrl+S, type
in the search, Tab) finds the form there, and rows read in the background still arrive."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.reference import SCHEME_OFFPHD
from kunnskapsapp.services import clock, crud
from kunnskapsapp.ui.page import ListPage
from kunnskapsapp.ui.pages.meetings.page import MeetingsPage
from kunnskapsapp.ui.pages.projects import ProjectsPage
from tests.ui_helpers import click_row, field, shown_page, type_into

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def line(db: Any) -> Any:
    """A funding line of a PhD project (Finansiering's one row)."""
    project = crud.create(db, m.Project, {"title": "Ph.d. om skoleledelse"})
    return crud.create(
        db,
        m.FundingLine,
        {"project_id": project.id, "scheme_id": SCHEME_OFFPHD, "external_ref": "334455"},
    )


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
    qtbot: Any, db: Any, line: Any, background: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Finansiering og fond opens on the fund's tab: the funding lines' form waits until its
    tab is shown, and a funding line opened from elsewhere (the global search) still opens."""
    from kunnskapsapp.ui.pages.fund import FundPage
    from kunnskapsapp.ui.pages.fund.lines import FundingLinesTab

    if background:
        monkeypatch.setattr(FundingLinesTab, "background_above", 0)
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
    assert page.current_tab() is page.funding_tab
    assert page.funding_tab.form.record["id"] == line.id


def fund_window(qtbot: Any, db: Any) -> Any:
    """A main window on `db`, on 2 March 2026, with 2026's appropriation registered."""
    from kunnskapsapp.ui.main_window import MainWindow

    clock.fix(date(2026, 3, 2))
    if not crud.list_rows(db, m.FundAppropriation):
        crud.create(db, m.FundAppropriation, {"year": 2026, "amount": 3_000_000})
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    return window


def click_navigation(qtbot: Any, window: Any, page_id: str) -> Any:
    nav = window.nav
    row = next(
        r for r in range(nav.count()) if nav.item(r).data(Qt.ItemDataRole.UserRole) == page_id
    )
    rect = nav.visualItemRect(nav.item(row))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return window.current_page()


@pytest.fixture
def _fixed_clock() -> Any:
    yield
    clock.fix(None)


@pytest.mark.usefixtures("_fixed_clock", "line")
def test_the_fund_page_is_drawn_first_and_its_years_follow(qtbot: Any, db: Any) -> None:
    """Finansiering og fond chosen in the navigation: the page is on screen before its years
    are read, the years and this year's appropriation follow, and Finansiering is built when
    its tab is chosen."""
    window = fund_window(qtbot, db)
    page = click_navigation(qtbot, window, "fund")
    assert page is not None and page.page_id == "fund" and page.isVisible()
    assert page.fund_tab.table_model.total_count() == 0  # drawn first
    qtbot.waitUntil(lambda: page.fund_tab.table_model.total_count() > 0)
    qtbot.waitUntil(lambda: page.fund_tab.form_record() is not None)
    assert page.fund_tab.form.record["year"] == 2026  # this year, opened
    assert page.all_tabs() == [page.fund_tab]  # Finansiering not built before it is chosen
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert page.current_tab() is page.funding_tab and page.funding_tab.isVisible()
    qtbot.waitUntil(lambda: page.funding_tab.table_model.total_count() == 1)


@pytest.mark.usefixtures("_fixed_clock")
def test_the_fund_page_opened_at_once_reads_its_years_first(qtbot: Any, db: Any) -> None:
    """What needs the years before the page's own read comes (Ny, a year opened from the
    global search or the dashboard) reads them at once."""
    window = fund_window(qtbot, db)
    page = click_navigation(qtbot, window, "fund")
    qtbot.mouseClick(page.fund_tab.new_button, Qt.MouseButton.LeftButton)
    assert page.fund_tab.form.rows["year"].value() == 2027  # the year after 2026's
    page.fund_tab.cancel()

    other = fund_window(qtbot, db)  # a second window, its fund page not yet built
    other.open_record("fund", "2026")
    fund_page = other.current_page()
    assert fund_page.page_id == "fund"
    assert fund_page.fund_tab.form.record["year"] == 2026


@pytest.mark.usefixtures("_fixed_clock")
def test_a_funding_line_opened_from_elsewhere_while_its_tab_reads_in_the_background(
    qtbot: Any, db: Any, line: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The global search opens a funding line once: with Finansiering's rows on their way
    from the background (a long list), the line opens when they arrive."""
    from kunnskapsapp.ui.pages.fund.lines import FundingLinesTab

    monkeypatch.setattr(FundingLinesTab, "background_above", 0)
    window = fund_window(qtbot, db)
    window.open_record("fund", line.id)
    page = window.current_page()
    assert page.current_tab() is page.funding_tab
    qtbot.waitUntil(lambda: page.funding_tab.form_record() is not None)
    assert page.funding_tab.form.record["id"] == line.id
