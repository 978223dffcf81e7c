"""Frister: the form, "Marker som utført" (and the next occurrence of a recurring deadline),
the month calendar and its day filter, row colours, filters, weekends and holidays."""

from __future__ import annotations

import sys
import threading
import types
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QMessageBox, QTableView, QToolButton, QWidget

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.enums import DeadlineKind, DeadlineStatus, Recurrence
from kunnskapsapp.services import clock, crud
from kunnskapsapp.ui import palette
from kunnskapsapp.ui.pages.deadlines import DeadlinesPage
from kunnskapsapp.ui.table import RecordTableModel
from tests.ui_helpers import answer_next_dialog, choose, click_message_button, field, type_into

TODAY = date(2021, 12, 10)  # a Friday


@pytest.fixture(autouse=True)
def fixed_today() -> Iterator[date]:
    clock.fix(TODAY)
    yield TODAY
    clock.fix(None)


@pytest.fixture
def data(db: Any) -> dict[str, Any]:
    kari = crud.create(db, m.Person, {"name": "Kari Nordmann"})
    ola = crud.create(db, m.Person, {"name": "Ola Hansen"})
    project = crud.create(db, m.Project, {"title": "Ph.d. KI i byggesak"})
    funder = crud.create(db, m.Organisation, {"name": "Forskningsrådet"})
    line = crud.create(
        db,
        m.FundingLine,
        {"project_id": project.id, "funder_id": funder.id, "external_ref": "356604"},
    )

    def deadline(title: str, due: date, kind: DeadlineKind, **extra: Any) -> Any:
        return crud.create(db, m.Deadline, {"title": title, "due_date": due, "kind": kind, **extra})

    return {
        "kari": kari,
        "ola": ola,
        "project": project,
        "line": line,
        "overdue": deadline(
            "Framdriftsrapport",
            date(2021, 12, 1),
            DeadlineKind.PROGRESS_REPORT,
            responsible_id=kari.id,
            project_id=project.id,
        ),
        "soon": deadline(
            "Søknad til Forskningsrådet",
            date(2021, 12, 20),
            DeadlineKind.APPLICATION,
            responsible_id=ola.id,
        ),
        "saturday": deadline(
            "Samarbeidsmøte", date(2021, 12, 18), DeadlineKind.COLLABORATION_MEETING
        ),
        "christmas": deadline("Julebrev til partnerne", date(2021, 12, 25), DeadlineKind.OTHER),
        "later": deadline(
            "Sluttrapport",
            date(2022, 3, 1),
            DeadlineKind.FINAL_REPORT,
            responsible_id=kari.id,
            project_id=project.id,
        ),
        "done": deadline(
            "Regnskap 2021",
            date(2021, 11, 15),
            DeadlineKind.ACCOUNTS,
            status=DeadlineStatus.DONE,
            done_date=date(2021, 11, 14),
        ),
    }


@pytest.fixture
def page(qtbot: Any, db: Any, data: dict[str, Any]) -> DeadlinesPage:
    page = DeadlinesPage(db)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    page.ensure_loaded()
    return page


def shown_titles(page: DeadlinesPage) -> list[str]:
    column = [c.key for c in page.table_model.columns].index("title")
    return [page.proxy.index(row, column).data() for row in range(page.proxy.rowCount())]


def set_filter(page: DeadlinesPage, name: str, text: str) -> None:
    combo = page.findChild(QWidget, f"filter_{name}")
    index = combo.findText(text, Qt.MatchFlag.MatchContains)
    assert index >= 0, f"{text!r} not in filter {name}"
    combo.setCurrentIndex(index)


def source_row(page: DeadlinesPage, record_id: str) -> int:
    """The model row of a deadline, showing every status first if a filter hides it."""
    if page.table_model.row_of(record_id) < 0:
        set_filter(page, "status", "alle")
    row = page.table_model.row_of(record_id)
    assert row >= 0
    return row


def test_open_deadlines_come_first_earliest_on_top(page: DeadlinesPage) -> None:
    assert shown_titles(page) == [
        "Framdriftsrapport",
        "Samarbeidsmøte",
        "Søknad til Forskningsrådet",
        "Julebrev til partnerne",
        "Sluttrapport",
    ]
    assert page.count_label.text() == "5 av 6 rader"
    set_filter(page, "status", "alle")
    assert page.proxy.rowCount() == 6


def test_create_edit_and_delete_a_deadline_through_the_form(
    qtbot: Any, page: DeadlinesPage, db: Any, data: dict[str, Any]
) -> None:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, page.form, "title", "Rapport til RFF Hovedstaden")
    choose(page.form, "kind", "Framdriftsrapport")
    type_into(qtbot, page.form, "due_date", "14.01.2022")
    choose(page.form, "responsible_id", "Ola Hansen")
    choose(page.form, "project_id", "KI i byggesak")
    choose(page.form, "funding_line_id", "356604")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Rapport til RFF Hovedstaden" in shown_titles(page))
    saved = crud.list_rows(db, m.Deadline, where={"title": "Rapport til RFF Hovedstaden"})[0]
    assert saved.due_date == date(2022, 1, 14)
    assert saved.kind is DeadlineKind.PROGRESS_REPORT
    assert saved.responsible_id == data["ola"].id
    assert saved.project_id == data["project"].id
    assert saved.funding_line_id == data["line"].id
    assert page.current_record()["id"] == saved.id

    type_into(qtbot, page.form, "title", "Framdriftsrapport til RFF Hovedstaden")
    assert page.form.dirty
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: crud.get(db, m.Deadline, saved.id).title == "Framdriftsrapport til RFF Hovedstaden"
    )

    answer_next_dialog(click_message_button("Slett"))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert crud.list_rows(db, m.Deadline, where={"id": saved.id}) == []
    assert "Framdriftsrapport til RFF Hovedstaden" not in shown_titles(page)


def test_an_impossible_date_is_shown_beside_the_field(qtbot: Any, page: DeadlinesPage) -> None:
    page.new_record()
    type_into(qtbot, page.form, "title", "Frist som ikke finnes")
    type_into(qtbot, page.form, "due_date", "31.02.2022")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    error = page.form.rows["due_date"].error
    assert error.isVisible()
    assert error.text()


def test_funding_choices_follow_the_chosen_project(page: DeadlinesPage) -> None:
    page.new_record()
    funding = field(page.form, "funding_line_id")
    assert [funding.itemText(i) for i in range(funding.count())] == [""]
    choose(page.form, "project_id", "KI i byggesak")
    texts = [funding.itemText(i) for i in range(funding.count())]
    assert any("Forskningsrådet" in t and "356604" in t for t in texts), texts


def test_mark_done_then_reopen(qtbot: Any, page: DeadlinesPage, db: Any, data: dict) -> None:
    target = data["soon"]
    assert page.select_id(target.id)
    assert page.done_button.isEnabled() and not page.reopen_button.isEnabled()
    with qtbot.waitSignal(page.data_changed):
        qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    stored = crud.get(db, m.Deadline, target.id)
    assert stored.status is DeadlineStatus.DONE
    assert stored.done_date == TODAY
    # Done deadlines leave the "Åpen" list, but stay in the form so the user can undo.
    assert "Søknad til Forskningsrådet" not in shown_titles(page)
    assert page.form.record["id"] == target.id
    assert field(page.form, "status").currentText() == "Utført"
    assert page.reopen_button.isEnabled() and not page.done_button.isEnabled()
    assert crud.list_rows(db, m.Deadline, where={"title": target.title}) == [stored]

    qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)
    reopened = crud.get(db, m.Deadline, target.id)
    assert reopened.status is DeadlineStatus.OPEN and reopened.done_date is None
    assert "Søknad til Forskningsrådet" in shown_titles(page)


def test_marking_a_recurring_deadline_done_creates_the_next_and_says_so(
    qtbot: Any, page: DeadlinesPage, db: Any
) -> None:
    meeting = crud.create(
        db,
        m.Deadline,
        {
            "title": "Samarbeidsmøte ph.d.",
            "due_date": date(2021, 12, 15),
            "kind": DeadlineKind.COLLABORATION_MEETING,
            "recurrence": Recurrence.SEMESTER,
        },
    )
    page.refresh()
    assert page.select_id(meeting.id)
    told: list[str] = []

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        told.append(box.text())
        box.buttons()[0].click()

    answer_next_dialog(read_and_close)
    page.mark_done()
    assert told and "15.06.2022" in told[0] and "hvert semester" in told[0]
    rows = crud.list_rows(db, m.Deadline, where={"title": "Samarbeidsmøte ph.d."})
    assert sorted((r.due_date, r.status) for r in rows) == [
        (date(2021, 12, 15), DeadlineStatus.DONE),
        (date(2022, 6, 15), DeadlineStatus.OPEN),
    ]
    assert shown_titles(page).count("Samarbeidsmøte ph.d.") == 1


def test_context_menu_offers_mark_done_or_reopen(page: DeadlinesPage, data: dict) -> None:
    open_one = page.table_model.record(source_row(page, data["soon"].id))
    done_one = page.table_model.record(source_row(page, data["done"].id))
    assert [a.text() for a in page.context_actions(open_one)] == ["Marker som utført"]
    assert [a.text() for a in page.context_actions(done_one)] == ["Gjenåpne"]


def test_overdue_rows_are_red_the_next_30_days_highlighted_done_grey(
    page: DeadlinesPage, data: dict[str, Any]
) -> None:
    model: RecordTableModel = page.table_model

    def colours(key: str) -> tuple[str | None, str | None]:
        index = model.index(source_row(page, data[key].id), 2)
        fg = model.data(index, Qt.ItemDataRole.ForegroundRole)
        bg = model.data(index, Qt.ItemDataRole.BackgroundRole)
        return (fg.color().name() if fg else None, bg.color().name() if bg else None)

    assert colours("overdue") == (palette.DANGER.css(), None)
    assert colours("soon") == (None, palette.SOON.css())
    assert colours("done") == (palette.MUTED.css(), None)
    assert colours("later") == (None, None)


def test_days_left_and_weekend_and_holiday_notes(page: DeadlinesPage, data: dict) -> None:
    model = page.table_model
    keys = [c.key for c in model.columns]

    def shown(key: str, column: str) -> str:
        return model.index(source_row(page, data[key].id), keys.index(column)).data()

    assert shown("christmas", "non_working") == "Første juledag"
    assert shown("saturday", "non_working") == "Lørdag"
    assert shown("soon", "non_working") == ""
    assert shown("overdue", "days_left") == "9 dager over"
    assert shown("soon", "days_left") == "10 dager igjen"
    assert shown("done", "days_left") == ""
    assert model.headerData(keys.index("non_working"), Qt.Orientation.Horizontal) == "Merknad"


def test_filters_type_responsible_overdue_and_period(page: DeadlinesPage) -> None:
    set_filter(page, "kind", "Søknadsfrist")
    assert shown_titles(page) == ["Søknad til Forskningsrådet"]
    set_filter(page, "kind", "alle")
    set_filter(page, "responsible", "Kari Nordmann")
    assert shown_titles(page) == ["Framdriftsrapport", "Sluttrapport"]
    set_filter(page, "responsible", "alle")
    set_filter(page, "overdue", "Bare forfalte")
    assert shown_titles(page) == ["Framdriftsrapport"]
    set_filter(page, "overdue", "alle")
    set_filter(page, "period", "Neste 30 dager")
    assert shown_titles(page) == [
        "Samarbeidsmøte",
        "Søknad til Forskningsrådet",
        "Julebrev til partnerne",
    ]
    set_filter(page, "period", "Denne måneden")
    assert "Framdriftsrapport" in shown_titles(page)
    assert "Sluttrapport" not in shown_titles(page)
    set_filter(page, "status", "alle")
    set_filter(page, "period", "I år")
    assert "Regnskap 2021" in shown_titles(page)


def test_search_finds_by_project_and_person(qtbot: Any, page: DeadlinesPage) -> None:
    qtbot.keyClicks(page.search, "byggesak")
    assert shown_titles(page) == ["Framdriftsrapport", "Sluttrapport"]
    page.search.clear()
    qtbot.keyClicks(page.search, "ola hansen")
    assert shown_titles(page) == ["Søknad til Forskningsrådet"]


def calendar_cell(page: DeadlinesPage, day: int) -> Any:
    view = page.calendar.findChild(QTableView)
    model = view.model()
    for row in range(1, model.rowCount()):
        for col in range(1, model.columnCount()):
            index = model.index(row, col)
            if model.data(index) == day:
                return view, index
    raise AssertionError(f"day {day} not shown")


def test_the_calendar_marks_deadline_days_and_flags_weekends_and_holidays(
    page: DeadlinesPage,
) -> None:
    calendar = page.calendar
    assert (calendar.yearShown(), calendar.monthShown()) == (2021, 12)
    assert calendar.day_kind(date(2021, 12, 1)) == "overdue"
    assert calendar.day_kind(date(2021, 12, 20)) == "open"
    assert calendar.day_kind(date(2021, 11, 15)) == "done"
    assert calendar.day_kind(date(2021, 12, 26)) == "holiday"
    assert calendar.day_kind(date(2021, 12, 11)) == "weekend"
    assert calendar.day_kind(date(2021, 12, 14)) is None

    overdue = calendar.dateTextFormat(QDate(2021, 12, 1))
    assert overdue.fontWeight() == QFont.Weight.Bold
    assert overdue.background().color().name() == "#c62828"
    assert "Framdriftsrapport (forfalt)" in overdue.toolTip()
    christmas = calendar.dateTextFormat(QDate(2021, 12, 25))
    assert christmas.fontWeight() == QFont.Weight.Bold
    assert "Første juledag" in christmas.toolTip()
    assert "Julebrev til partnerne" in christmas.toolTip()
    boxing_day = calendar.dateTextFormat(QDate(2021, 12, 26))
    assert boxing_day.toolTip() == "Andre juledag"
    assert boxing_day.foreground().color().name() == "#b00020"
    assert boxing_day.fontWeight() != QFont.Weight.Bold
    # The tooltip reaches the user through the calendar's own view.
    view, index = calendar_cell(page, 26)
    assert view.model().data(index, Qt.ItemDataRole.ToolTipRole) == "Andre juledag"


def test_clicking_a_day_shows_only_its_deadlines_and_can_be_cleared(
    qtbot: Any, page: DeadlinesPage
) -> None:
    view, index = calendar_cell(page, 18)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    assert shown_titles(page) == ["Samarbeidsmøte"]
    assert "18. desember 2021" in page.day_label.text()
    assert page.clear_day_button.isVisible()
    assert page.count_label.text() == "1 av 6 rader"
    # A new deadline made while a day is chosen starts on that day.
    page.new_record()
    assert field(page.form, "due_date").value() == date(2021, 12, 18)
    page.cancel()

    qtbot.mouseClick(page.clear_day_button, Qt.MouseButton.LeftButton)
    assert len(shown_titles(page)) == 5
    assert not page.clear_day_button.isVisible()


def test_pressing_enter_on_a_day_filters_too(qtbot: Any, page: DeadlinesPage) -> None:
    page.calendar.setSelectedDate(QDate(2021, 12, 25))
    view = page.calendar.findChild(QTableView)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert shown_titles(page) == ["Julebrev til partnerne"]
    assert "Første juledag" in page.day_label.text()


def test_month_navigation_marks_the_new_month(qtbot: Any, page: DeadlinesPage) -> None:
    calendar = page.calendar
    following = calendar.findChild(QToolButton, "qt_calendar_nextmonth")
    for _ in range(3):
        qtbot.mouseClick(following, Qt.MouseButton.LeftButton)
    assert (calendar.yearShown(), calendar.monthShown()) == (2022, 3)
    assert calendar.dateTextFormat(QDate(2022, 3, 1)).fontWeight() == QFont.Weight.Bold
    assert "Sluttrapport" in calendar.dateTextFormat(QDate(2022, 3, 1)).toolTip()


def test_opening_a_deadline_from_elsewhere_clears_a_day_filter_that_hides_it(
    page: DeadlinesPage, data: dict[str, Any]
) -> None:
    page.show_day(date(2021, 12, 18))
    assert page.select_id(data["later"].id)
    assert page.form.record["id"] == data["later"].id
    assert page.current_record()["id"] == data["later"].id
    assert not page.clear_day_button.isVisible()
    # A done deadline is hidden by the "Åpen" filter: opening it shows it anyway.
    assert page.select_id(data["done"].id)
    assert page.current_record()["id"] == data["done"].id


def test_ctrl_p_opens_the_deadlines_report(
    qtbot: Any, page: DeadlinesPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[Any, str]] = []
    fake = types.ModuleType("kunnskapsapp.ui.reports")
    fake.open_report_dialog = lambda parent, db, kind: calls.append((parent, kind))  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "kunnskapsapp.ui.reports", fake)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert calls == [(page, "deadlines")]


def test_table_models_pass_qtmodeltester(qtmodeltester: Any, page: DeadlinesPage) -> None:
    qtmodeltester.check(page.table_model)
    qtmodeltester.check(page.proxy)


def test_rows_read_in_the_background_fill_the_overview_filters_and_a_requested_one(
    qtbot: Any, db: Any, data: dict[str, Any], monkeypatch: Any
) -> None:
    """A page with thousands of deadlines reads them off the UI thread: what the page
    derives from its rows comes when they do, and a deadline asked for meanwhile (from the
    dashboard or the search) opens then."""
    monkeypatch.setattr(DeadlinesPage, "background_above", 0)
    late = data["overdue"]
    page = DeadlinesPage(db)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.rows_loaded, timeout=10_000):
        page.ensure_loaded()
        assert page.select_id(late.id) is False  # not there yet: remembered
    overview = page.findChild(QWidget, "deadlinesOverview").text()
    assert "<b>0 forfalte</b>" not in overview and "forfalte" in overview
    assert page.responsible_filter.count() > 1
    qtbot.waitUntil(lambda: (page.current_record() or {}).get("id") == late.id)


def _many_deadlines(db: Any, data: dict[str, Any]) -> None:
    """30 more deadlines in January 2022, two of three Ola's."""
    for n in range(30):
        crud.create(
            db,
            m.Deadline,
            {
                "title": f"Delrapport {n:02d}" if n % 2 else f"Møtereferat {n:02d}",
                "due_date": date(2022, 1, 1 + n),
                "kind": DeadlineKind.OTHER,
                "responsible_id": data["ola"].id if n % 3 else None,
            },
        )


def _click_header(qtbot: Any, page: DeadlinesPage, key: str) -> None:
    header = page.view.horizontalHeader()
    section = [c.key for c in page.table_model.columns].index(key)
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_many_deadlines_arrive_in_the_background_searchable_and_sortable_each_once(
    qtbot: Any, db: Any, data: dict[str, Any], monkeypatch: Any
) -> None:
    """Tens of thousands of deadlines froze the window when they arrived (the calendar, the
    Ansvarlig filter and the counts are made from them). Above a lowered threshold they are
    read and summed up off the UI thread: the user searches and sorts while they come and
    after, and each deadline is in the table once, each person once in the filter, and the
    counts are the rows' own."""
    _many_deadlines(db, data)
    monkeypatch.setattr(DeadlinesPage, "background_above", 10)
    gate = threading.Event()  # the read waits until the user has typed and sorted
    read = DeadlinesPage.fetch

    def held(self: DeadlinesPage) -> list[Any]:
        gate.wait(10)
        return read(self)

    monkeypatch.setattr(DeadlinesPage, "fetch", held)
    page = DeadlinesPage(db)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    arrivals: list[int] = []
    page.rows_loaded.connect(lambda: arrivals.append(1))
    page.ensure_loaded()
    qtbot.keyClicks(page.search, "rapport")  # typed before the rows are there
    _click_header(qtbot, page, "title")  # and sorted by Hva
    assert page.count_label.text() == "Henter …" and not arrivals
    gate.set()
    qtbot.waitUntil(lambda: bool(arrivals))
    reports = [
        "Framdriftsrapport",
        "Sluttrapport",
        *(f"Delrapport {n:02d}" for n in range(1, 30, 2)),
    ]
    assert shown_titles(page) == sorted(reports)
    assert page.count_label.text() == "17 av 36 rader"  # the done one hidden by Status: åpen

    qtbot.keyClicks(page.search, " 0")  # narrowed after they came
    assert shown_titles(page) == [f"Delrapport {n:02d}" for n in (1, 3, 5, 7, 9)]
    _click_header(qtbot, page, "title")  # the other way
    assert shown_titles(page) == [f"Delrapport {n:02d}" for n in (9, 7, 5, 3, 1)]
    page.search.clear()
    set_filter(page, "status", "alle")
    ids = [page.table_model.record(row)["id"] for row in range(page.proxy.rowCount())]
    assert len(ids) == len(set(ids)) == 36
    people = page.responsible_filter
    assert [people.itemText(i) for i in range(1, people.count())] == [
        "Kari Nordmann",
        "Ola Hansen",
        "Uten ansvarlig",
    ]
    overview = page.findChild(QWidget, "deadlinesOverview").text()
    assert "<b>1 forfalte</b>, 12 de neste 30 dagene" in overview  # 3 in December, 9 in January
    assert [r.title for r in page.calendar.deadlines_on(date(2022, 1, 5))] == ["Møtereferat 04"]
    assert page.calendar.day_kind(date(2021, 12, 1)) == "overdue"
    assert arrivals == [1]  # read and shown once


def test_columns_measured_in_steps_come_out_as_wide_as_at_once(
    qtbot: Any, db: Any, data: dict[str, Any], monkeypatch: Any
) -> None:
    """Rows read in the background have their columns measured a few at a time (nine
    columns over 200 rows at once held the window for 90 ms): the widths are the same."""
    _many_deadlines(db, data)
    monkeypatch.setattr(DeadlinesPage, "background_above", 10)
    stepwise = DeadlinesPage(db)
    qtbot.addWidget(stepwise)
    stepwise.resize(1400, 900)
    stepwise.show()
    with qtbot.waitSignal(stepwise.rows_loaded, timeout=10_000):
        stepwise.ensure_loaded()
    qtbot.waitUntil(lambda: not stepwise.fitter.measuring())
    monkeypatch.setattr(DeadlinesPage, "background_above", None)
    at_once = DeadlinesPage(db)
    qtbot.addWidget(at_once)
    at_once.resize(1400, 900)
    at_once.show()
    at_once.ensure_loaded()
    assert stepwise.fitter.natural == at_once.fitter.natural
    header, other = stepwise.view.horizontalHeader(), at_once.view.horizontalHeader()
    assert [header.isSectionHidden(i) for i in range(header.count())] == [
        other.isSectionHidden(i) for i in range(other.count())
    ]
    assert [stepwise.view.columnWidth(i) for i in range(header.count())] == [
        at_once.view.columnWidth(i) for i in range(other.count())
    ]


def test_a_refresh_keeps_the_sort_the_user_chose(qtbot: Any, page: DeadlinesPage) -> None:
    """F5 (or a save that reads the rows again) kept the rows but put the sort back to the
    one saved from last time (here: by date)."""
    _click_header(qtbot, page, "title")
    titles = shown_titles(page)
    assert titles == sorted(titles)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_F5)
    assert shown_titles(page) == titles
