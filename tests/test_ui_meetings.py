"""Meetings: create one through the form; participants; the agenda in an order the user sets,
with the warning when it runs longer than the meeting; outcomes where a follow-up item becomes
a deadline; the handout on Ctrl+P."""

from __future__ import annotations

import sys
import types
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.enums import (
    AgreementKind,
    DeadlineKind,
    MeetingKind,
    MeetingStatus,
    OutcomeKind,
)
from kunnskapsapp.services import crud, meetings
from kunnskapsapp.ui.pages.meetings import MeetingsPage
from kunnskapsapp.ui.table import SORT_ROLE
from tests.helpers import snapshot
from tests.ui_helpers import answer_next_dialog, choose, click_message_button, field, type_into

IN_A_WEEK = (datetime.now() + timedelta(days=7)).replace(hour=9, minute=0, second=0, microsecond=0)


@pytest.fixture
def page(qtbot: Any, db: Any) -> MeetingsPage:
    page = MeetingsPage(db)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    page.ensure_loaded()
    return page


def make_meeting(db: Any, **values: Any) -> Any:
    return crud.create(
        db,
        m.Meeting,
        {
            "title": "Kontaktgruppemøte NTNU",
            "kind": MeetingKind.CONTACT_GROUP,
            "starts_at": IN_A_WEEK,
            "duration_minutes": 30,
            "place": "Rådhuset, møterom 3",
            **values,
        },
    )


def save_dialog(values: dict[str, str], choices: dict[str, str] | None = None) -> Any:
    """A handler that fills the next EntityDialog like a user and presses Lagre."""

    def handler(dialog: QWidget) -> None:
        form = dialog.form  # type: ignore[attr-defined]
        for name, text in (choices or {}).items():
            choose(form, name, text)
        for name, text in values.items():
            _type(form, name, text)
        buttons = dialog.findChild(QDialogButtonBox)
        buttons.button(QDialogButtonBox.StandardButton.Save).click()

    return handler


def _type(form: Any, name: str, text: str) -> None:
    widget = field(form, name)
    target = getattr(widget, "line", widget)
    if hasattr(target, "setPlainText"):
        target.setPlainText(text)
    else:
        target.setText(text)
        target.textEdited.emit(text)


def test_create_a_meeting_through_the_form(qtbot: Any, page: MeetingsPage, db: Any) -> None:
    agreement = crud.create(
        db,
        m.Agreement,
        {
            "title": "Samarbeidsavtale NTNU",
            "kind": AgreementKind.FRAMEWORK,
            "evaluation_interval_months": 24,
        },
    )
    page.refresh()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert not page.agenda.add_button.isEnabled()  # save first
    type_into(qtbot, page.form, "title", "Kontaktgruppemøte NTNU vår")
    choose(page.form, "kind", "Kontaktgruppemøte")
    choose(page.form, "agreement_id", "Samarbeidsavtale NTNU")
    type_into(qtbot, page.form, "starts_at", IN_A_WEEK.strftime("%d.%m.%Y 13:30"))
    type_into(qtbot, page.form, "duration_minutes", "90")
    type_into(qtbot, page.form, "place", "Sandvika campus")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)

    saved = crud.list_rows(db, m.Meeting)[0]
    assert saved.title == "Kontaktgruppemøte NTNU vår"
    assert saved.agreement_id == agreement.id
    assert saved.starts_at == IN_A_WEEK.replace(hour=13, minute=30)
    assert saved.duration_minutes == 90
    assert saved.status is MeetingStatus.PLANNED
    assert page.table_model.data(page.table_model.index(0, 4)) == "Samarbeidsavtale NTNU"
    assert page.agenda.add_button.isEnabled()
    assert page.handout_button.isEnabled()


def test_agenda_items_in_order_with_a_warning_when_too_long(
    qtbot: Any, page: MeetingsPage, db: Any
) -> None:
    meeting = make_meeting(db, duration_minutes=30)
    page.refresh()
    page.select_id(meeting.id)
    assert page.form.banner.isHidden()

    for title, minutes in (("Velkommen", "5"), ("Status ph.d.-prosjektene", "20")):
        answer_next_dialog(save_dialog({"title": title, "duration_minutes": minutes}))
        qtbot.mouseClick(page.agenda.add_button, Qt.MouseButton.LeftButton)
    assert page.agenda.model.rowCount() == 2
    assert page.form.banner.isHidden()
    answer_next_dialog(save_dialog({"title": "Nye søknader", "duration_minutes": "15"}))
    qtbot.mouseClick(page.agenda.add_button, Qt.MouseButton.LeftButton)

    # 40 minutes on the agenda, 30 for the meeting: the banner says so, live
    assert page.form.banner.isVisible()
    assert "40 minutter" in page.form.banner.text()
    assert "30 minutter" in page.form.banner.text()
    assert "10 minutter for mye" in page.agenda.total_label.text()
    assert page.table_model.record(0).agenda_minutes == 40
    titles = [r.title for r in meetings.agenda(db, meeting.id)]
    assert titles == ["Velkommen", "Status ph.d.-prosjektene", "Nye søknader"]
    assert [page.agenda.model.record(i).starts for i in range(3)] == ["09:00", "09:05", "09:25"]
    # not saved yet: times follow
    type_into(qtbot, page.form, "starts_at", IN_A_WEEK.strftime("%d.%m.%Y 10:15"))
    assert [page.agenda.model.record(i).starts for i in range(3)] == ["10:15", "10:20", "10:40"]
    page.cancel()
    assert page.agenda.model.record(0).starts == "09:00"

    # move the last item up with the button, then to the top with Ctrl+Up
    page.agenda.select_row(2)
    assert not page.agenda.down_button.isEnabled()
    qtbot.mouseClick(page.agenda.up_button, Qt.MouseButton.LeftButton)
    assert [r.title for r in meetings.agenda(db, meeting.id)] == [
        "Velkommen",
        "Nye søknader",
        "Status ph.d.-prosjektene",
    ]
    assert page.agenda.current_row() == 1
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.agenda.view.setFocus()
    qtbot.keyClick(page.agenda.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    agenda = meetings.agenda(db, meeting.id)
    assert [(r.position, r.title) for r in agenda] == [
        (1, "Nye søknader"),
        (2, "Velkommen"),
        (3, "Status ph.d.-prosjektene"),
    ]
    assert page.agenda.current_row() == 0
    assert not page.agenda.up_button.isEnabled()
    qtbot.keyClick(page.agenda.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [r.title for r in meetings.agenda(db, meeting.id)][:2] == ["Velkommen", "Nye søknader"]

    # Enter opens the item; a shorter item takes the warning away
    answer_next_dialog(save_dialog({"duration_minutes": "5"}))
    qtbot.keyClick(page.agenda.view, Qt.Key.Key_Return)
    assert (
        crud.list_rows(db, m.AgendaItem, where={"title": "Nye søknader"})[0].duration_minutes == 5
    )
    assert page.form.banner.isHidden()
    assert page.agenda.total_label.text() == "Sum: 30 minutter av 30."
    type_into(qtbot, page.form, "duration_minutes", "25")
    assert "30 minutter, men møtet varer 25 minutter" in page.form.banner.text()
    type_into(qtbot, page.form, "duration_minutes", "30")

    # Delete removes the selected item after asking
    page.agenda.select_row(2)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.agenda.view.setFocus()
    answer_next_dialog(click_message_button("Slett"))
    qtbot.keyClick(page.agenda.view, Qt.Key.Key_Delete)
    assert [r.title for r in meetings.agenda(db, meeting.id)] == ["Velkommen", "Nye søknader"]
    assert crud.list_rows(db, m.Meeting)  # the meeting itself is still there


def test_an_action_outcome_becomes_a_deadline(qtbot: Any, page: MeetingsPage, db: Any) -> None:
    person = crud.create(db, m.Person, {"name": "Kari Nordmann"})
    meeting = make_meeting(db)
    item = meetings.add_agenda_item(db, meeting.id, {"title": "Søknad til Forskningsrådet"})
    page.refresh()
    page.select_id(meeting.id)
    assert not page.outcomes.add_button.isEnabled()
    page.agenda.select_row(0)
    assert page.outcomes.add_button.isEnabled()
    assert "Søknad til Forskningsrådet" in page.outcomes.title()

    # a follow-up item without someone responsible is refused beside the field
    before = snapshot(db)
    errors: list[str] = []

    def without_responsible(dialog: QWidget) -> None:
        form = dialog.form  # type: ignore[attr-defined]
        choose(form, "kind", "Oppfølgingspunkt")
        _type(form, "text", "Sende søknadsutkast til NTNU")
        _type(form, "due_date", "15.05.2030")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
        errors.append(form.rows["responsible_id"].error.text())
        answer_next_dialog(click_message_button("Forkast endringene"))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()

    answer_next_dialog(without_responsible)
    qtbot.mouseClick(page.outcomes.add_button, Qt.MouseButton.LeftButton)
    assert errors and "ansvarlig" in errors[0]
    assert snapshot(db) == before

    answer_next_dialog(
        save_dialog(
            {"text": "Sende søknadsutkast til NTNU", "due_date": "15.05.2030"},
            {"kind": "Oppfølgingspunkt", "responsible_id": "Kari Nordmann"},
        )
    )
    qtbot.mouseClick(page.outcomes.add_button, Qt.MouseButton.LeftButton)
    assert page.outcomes.notice.isVisible()
    assert "Oppfølgingspunktet er lagt inn i fristlisten" in page.outcomes.notice.text()
    assert "15.05.2030" in page.outcomes.notice.text()

    outcome = crud.list_rows(db, m.Outcome, where={"agenda_item_id": item.id})[0]
    assert outcome.kind is OutcomeKind.ACTION
    deadline = crud.get(db, m.Deadline, outcome.deadline_id)
    assert deadline.kind is DeadlineKind.FOLLOW_UP
    assert deadline.due_date == date(2030, 5, 15)
    assert deadline.responsible_id == person.id
    assert deadline.meeting_id == meeting.id
    assert deadline.title == "Sende søknadsutkast til NTNU"
    assert page.outcomes.model.rowCount() == 1
    assert page.agenda.model.record(0).outcome_summary == "1 oppfølging"


def test_participants(qtbot: Any, page: MeetingsPage, db: Any) -> None:
    crud.create(db, m.Person, {"name": "Ola Nordmann"})
    meeting = make_meeting(db)
    page.refresh()
    page.select_id(meeting.id)
    participants = page.findChild(QWidget, "meetingParticipants")
    add = participants.findChild(QWidget, "meetingParticipantsAdd")
    answer_next_dialog(save_dialog({}, {"person_id": "Ola Nordmann"}))
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    rows = crud.list_rows(db, m.MeetingParticipant, where={"meeting_id": meeting.id})
    assert len(rows) == 1 and rows[0].invited is True
    assert participants.model.rowCount() == 1
    assert page.table_model.record(page.table_model.row_of(meeting.id)).participant_count == 1


def test_upcoming_first_past_greyed_and_filters(qtbot: Any, page: MeetingsPage, db: Any) -> None:
    past = make_meeting(db, title="Møtet i fjor", starts_at=IN_A_WEEK - timedelta(days=365))
    later = make_meeting(db, title="Møtet om en måned", starts_at=IN_A_WEEK + timedelta(days=30))
    soon = make_meeting(db, title="Prosjektmøte", kind=MeetingKind.PROJECT)
    page.refresh()
    order = [page.proxy.index(r, 1).data() for r in range(page.proxy.rowCount())]
    assert order == [soon.title, later.title, past.title]
    past_row = page.table_model.row_of(past.id)
    assert page.table_model.index(past_row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert page.table_model.index(0, 0).data(SORT_ROLE) is not None

    when = page.findChild(QWidget, "filter_when")
    when.setCurrentIndex(when.findText("Tidligere"))
    assert page.proxy.rowCount() == 1
    when.setCurrentIndex(when.findText("Kommende"))
    assert page.proxy.rowCount() == 2
    kind = page.findChild(QWidget, "filter_kind")
    kind.setCurrentIndex(kind.findText("Prosjektmøte"))
    assert page.proxy.rowCount() == 1
    assert "1 av 3" in page.count_label.text()


def test_handout_on_the_button_and_ctrl_p(
    qtbot: Any, page: MeetingsPage, db: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[str, dict[str, Any]]] = []
    fake = types.ModuleType("kunnskapsapp.ui.reports")
    fake.open_report_dialog = lambda parent, db, kind, **kw: calls.append((kind, kw))  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "kunnskapsapp.ui.reports", fake)
    meeting = make_meeting(db)
    page.refresh()
    assert not page.handout_button.isEnabled()
    page.select_id(meeting.id)
    qtbot.mouseClick(page.handout_button, Qt.MouseButton.LeftButton)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert calls == [("handout", {"meeting_id": meeting.id})] * 2


def test_table_models_pass_qtmodeltester(qtmodeltester: Any, page: MeetingsPage, db: Any) -> None:
    meeting = make_meeting(db)
    meetings.add_agenda_item(db, meeting.id, {"title": "Velkommen", "duration_minutes": 5})
    make_meeting(db, title="Tidligere møte", starts_at=IN_A_WEEK - timedelta(days=60))
    page.refresh()
    page.select_id(meeting.id)
    qtmodeltester.check(page.table_model)
    qtmodeltester.check(page.proxy)
    qtmodeltester.check(page.agenda.model)
    page.agenda.select_row(0)
    qtmodeltester.check(page.outcomes.model)
