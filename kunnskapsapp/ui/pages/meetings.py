"""Møter: contact-group and project meetings with their participants, an agenda in the order
the user sets, a warning when the agenda runs longer than the meeting, and outcomes whose
follow-up items become deadlines."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.enums import MeetingKind, MeetingStatus, OutcomeKind
from kunnskapsapp.domain.errors import DomainError, ValidationError
from kunnskapsapp.domain.rules import format_date
from kunnskapsapp.services import clock, crud, meetings
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.records import Record
from kunnskapsapp.ui import settings
from kunnskapsapp.ui.form import ChildSpec, ChildTable, FormSpec, choices_of
from kunnskapsapp.ui.page import ListPage
from kunnskapsapp.ui.table import Column

UPCOMING = "upcoming"
PAST = "past"


def is_past(record: Record) -> bool:
    """A meeting is past from the day after it ended; today's meetings are still upcoming."""
    ends: datetime = record.get("ends_at") or record.starts_at
    return ends.date() < clock.today()


def upcoming_first(record: Record) -> float:
    """Sort key for the time column: upcoming meetings soonest first, then past ones, the
    most recent first."""
    stamp = record.starts_at.timestamp()
    return 1e11 - stamp if is_past(record) else stamp


def _linked_to(record: Record) -> str:
    names = [record.get("agreement_name"), record.get("project_name")]
    return " / ".join(n for n in names if n)


def _agenda_minutes(record: Record) -> str:
    total = record.get("agenda_minutes", 0)
    if not total:
        return ""
    return f"{total} / {record.duration_minutes}"


def _colour(light: str, dark: str) -> str:
    """A text colour that reads on the light and on the dark palette."""
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    return dark if base.lightness() < 128 else light


def stretch_column(table: ChildTable, column: int, widest: int = 150) -> None:
    """Size the columns to their contents (at most `widest`) and give the rest of the width
    to one column."""
    header = table.view.horizontalHeader()
    header.setStretchLastSection(False)
    table.view.resizeColumnsToContents()
    for each in range(header.count()):
        if each != column and header.sectionSize(each) > widest:
            header.resizeSection(each, widest)
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def add_row_keys(table: ChildTable) -> None:
    """Enter opens the selected row, Delete removes it (after asking), in a form's table."""
    for text, key, slot in (
        (table.tr("Endre …"), QKeySequence(Qt.Key.Key_Return), table.edit),
        (table.tr("Endre …"), QKeySequence(Qt.Key.Key_Enter), table.edit),
        (table.tr("Fjern"), QKeySequence(QKeySequence.StandardKey.Delete), table.remove),
    ):
        act = QAction(text, table.view)
        act.setShortcut(key)
        act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        act.triggered.connect(slot)
        table.view.addAction(act)


_SHORT = {
    OutcomeKind.INFORMATION: "orientering",
    OutcomeKind.DECISION: "vedtak",
    OutcomeKind.ACTION: "oppfølging",
}


def _outcome_summary(outcomes: list[Record]) -> str:
    """«1 vedtak, 2 oppfølging»: what came out of an agenda item, short enough for a column."""
    counts = {kind: 0 for kind in OutcomeKind}
    for outcome in outcomes:
        counts[outcome.kind] += 1
    return ", ".join(f"{n} {_SHORT[kind]}" for kind, n in counts.items() if n)


class AgendaTable(ChildTable):
    """The agenda of a meeting in its order: add, edit and remove items, move them with
    Opp/Ned (or Ctrl+Pil opp/ned), the clock time each item starts and the total length."""

    current_item_changed = Signal(object)  # Record | None

    def __init__(self, db: Database, spec: ChildSpec, page: MeetingsPage) -> None:
        self.page = page
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        self.total_label = QLabel()
        super().__init__(db, spec, page.form)
        self.view.setMaximumHeight(240)
        self.view.setWordWrap(False)
        self.up_button.setText(self.tr("Opp"))
        self.up_button.setObjectName("agendaUp")
        self.up_button.setToolTip(self.tr("Flytt saken opp (Ctrl+Pil opp)"))
        self.down_button.setText(self.tr("Ned"))
        self.down_button.setObjectName("agendaDown")
        self.down_button.setToolTip(self.tr("Flytt saken ned (Ctrl+Pil ned)"))
        buttons = self.layout().itemAt(1).layout()
        assert isinstance(buttons, QHBoxLayout)
        buttons.insertWidget(3, self.up_button)
        buttons.insertWidget(4, self.down_button)
        self.total_label.setObjectName("agendaTotal")
        self.total_label.setWordWrap(True)
        self.layout().addWidget(self.total_label)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        for text, key, delta in (
            (self.tr("Flytt saken opp"), "Ctrl+Up", -1),
            (self.tr("Flytt saken ned"), "Ctrl+Down", 1),
        ):
            act = QAction(text, self.view)
            act.setShortcut(QKeySequence(key))
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            act.triggered.connect(lambda _c=False, d=delta: self.move(d))
            self.view.addAction(act)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self._update_move_buttons()

    def set_parent(self, parent_id: str | None) -> None:
        super().set_parent(parent_id)
        self._update_move_buttons()

    def refresh(self) -> None:
        if self.parent_id is None:
            self.model.set_rows([])
            self._update_total([])
            return
        items = meetings.agenda(self.db, self.parent_id)
        outcomes = crud.list_rows(
            self.db, m.Outcome, where={"agenda_item_id": [i.id for i in items]}
        )
        for item in items:
            item["outcome_summary"] = _outcome_summary(
                [o for o in outcomes if o.agenda_item_id == item.id]
            )
        self._set_times(items)
        self.model.set_rows(items)
        stretch_column(self, 2)
        self._update_total(items)

    def _set_times(self, items: list[Record]) -> None:
        start: datetime | None = self.page.meeting_start()
        for item in items:
            item["starts"] = start.strftime("%H:%M") if start else ""
            if start is not None:
                start += timedelta(minutes=item.duration_minutes or 0)

    def retime(self) -> None:
        """The meeting's start was changed in the form: new clock times, same rows."""
        rows = self.model.rowCount()
        if not rows:
            return
        self._set_times([self.model.record(row) for row in range(rows)])
        self.model.dataChanged.emit(self.model.index(0, 1), self.model.index(rows - 1, 1))

    def _update_total(self, items: list[Record]) -> None:
        duration = self.page.meeting_duration()
        if not items or not duration:
            self.total_label.clear()
            self.total_label.hide()
            return
        total = sum(i.duration_minutes or 0 for i in items)
        self.total_label.setText(
            self.tr("Sum: %s minutter av %s.") % (total, duration)
            if total <= duration
            else self.tr("Sum: %s minutter av %s – %s minutter for mye.")
            % (total, duration, total - duration)
        )
        self.total_label.setStyleSheet(
            "" if total <= duration else f"color: {_colour('#a15c00', '#ffb74d')};"
        )
        self.total_label.show()

    def current_row(self) -> int:
        indexes = self.view.selectionModel().selectedRows()
        return indexes[0].row() if indexes else -1

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def move(self, delta: int) -> None:
        """Move the selected item one place up (-1) or down (+1)."""
        row = self.current_row()
        target = row + delta
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        item = self.model.record(row)
        try:
            meetings.move_agenda_item(self.db, item.id, target)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Kan ikke flytte saken"), exc.message)
            self.refresh()
            return
        self.refresh()
        self.select_row(target)
        self.view.setFocus()
        self.changed.emit()

    def _selection_changed(self, *_args: Any) -> None:
        self._update_move_buttons()
        self.current_item_changed.emit(self.selected())

    def _update_move_buttons(self) -> None:
        row = self.current_row() if self.parent_id is not None else -1
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.model.rowCount() - 1)


class OutcomeTable(ChildTable):
    """Information, decisions and follow-up items of the selected agenda item. A follow-up
    item is saved with its deadline in the deadline list, in one transaction."""

    def __init__(self, db: Database, spec: ChildSpec, parent: QWidget) -> None:
        self.notice = QLabel()
        super().__init__(db, spec, parent)
        self.notice.setObjectName("outcomeNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(f"color: {_colour('#2e7d32', '#81c784')};")
        self.notice.hide()
        self.layout().addWidget(self.notice)
        self.view.setWordWrap(False)
        self.item: Record | None = None

    def set_item(self, item: Record | None) -> None:
        self.item = item
        self.setTitle(
            self.tr("Vedtak og oppfølging – sak %s: %s") % (item.position, item.title)
            if item is not None
            else self.tr("Vedtak og oppfølging")
        )
        self.set_parent(item.id if item is not None else None)

    def set_parent(self, parent_id: str | None) -> None:
        super().set_parent(parent_id)
        self.hint.setText(self.tr("Velg en sak i sakslisten."))
        self.notice.hide()

    def refresh(self) -> None:
        super().refresh()
        stretch_column(self, 1)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()


class MeetingsPage(ListPage):
    title = "Møter"
    page_id = "meetings"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.agenda = AgendaTable(db, self._agenda_spec(), self)
        self.outcomes = OutcomeTable(db, self._outcome_spec(), self.form)
        self.participants = self.form.child_tables[0]
        self._arrange_form()
        for table in (self.agenda, self.outcomes, self.participants):
            add_row_keys(table)
        self.form.child_tables.append(self.agenda)
        self.agenda.set_parent(None)
        self.outcomes.set_item(None)
        self.agenda.current_item_changed.connect(self.outcomes.set_item)
        self.agenda.changed.connect(self._agenda_changed)
        self.outcomes.changed.connect(self._outcomes_changed)
        for child in self.form.child_tables:
            if child is not self.agenda:
                child.changed.connect(self._agenda_changed)
        self.form.rows["duration_minutes"].widget.edited.connect(  # type: ignore[attr-defined]
            self._update_warning
        )
        self.form.rows["starts_at"].widget.edited.connect(  # type: ignore[attr-defined]
            self.agenda.retime
        )
        self.form.saved.connect(lambda _r: self._update_extra())

        self.handout_button = QPushButton(self.tr("Møteunderlag …"))
        self.handout_button.setObjectName("meetingHandout")
        self.handout_button.setToolTip(self.tr("Skriv ut møteunderlaget (Ctrl+P)"))
        self.handout_button.clicked.connect(self.print_report)
        self.extra_buttons.addWidget(self.handout_button)
        self._update_extra()
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def _arrange_form(self) -> None:
        """The agenda and its outcomes right under the meeting's fields, then participants,
        notes last; the tab order follows."""
        layout = self.form.body_layout
        boxes = [self.form.findChild(QWidget, f"section_meeting_{i}") for i in range(3)]
        main, linked, notes = boxes
        order = [main, linked, self.agenda, self.outcomes, self.participants, notes]
        for widget in order:
            layout.removeWidget(widget)
        for index, widget in enumerate(order):
            layout.insertWidget(index, widget)
        chain: list[QWidget] = [self.form.rows["project_id"].widget]
        for table in (self.agenda, self.outcomes, self.participants):
            chain += [table.view, table.add_button, table.edit_button, table.remove_button]
            if table is self.agenda:
                chain += [self.agenda.up_button, self.agenda.down_button]
        chain += [self.form.rows["notes"].widget, self.save_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def restore_state(self) -> None:
        """The first time, give the table room for its columns; later, as the user left it."""
        super().restore_state()
        if settings.splitter_state(self.page_id).get().isEmpty():
            self.splitter.setSizes([640, 560])

    # --- the list ---
    def columns(self) -> list[Column]:
        return [
            Column("starts_at", self.tr("Tidspunkt"), sort=upcoming_first),
            Column("title", self.tr("Møte")),
            Column("kind", self.tr("Type")),
            Column("status", self.tr("Status")),
            Column("linked_to", self.tr("Avtale/Prosjekt"), value=_linked_to),
            Column("place", self.tr("Sted")),
            Column("participant_count", self.tr("Deltakere"), align_right=True),
            Column(
                "agenda_minutes",
                self.tr("Saksliste (min)"),
                value=_agenda_minutes,
                align_right=True,
                sort=lambda r: r.get("agenda_minutes", 0),
            ),
        ]

    def row_style(self, record: Record) -> str | None:
        if record.status is MeetingStatus.CANCELLED or is_past(record):
            return "done"
        if record.get("agenda_warning"):
            return "warning"
        return None

    def fetch(self) -> list[Record]:
        return crud.list_rows(self.db, m.Meeting, order_by=("starts_at",))

    def refresh(self) -> None:
        super().refresh()
        for combo in self.filters:
            if combo.name == "agreement":
                combo.set_choices(self.tr("Avtale"), choices_of(m.Agreement)(self.db))

    def setup_filters(self) -> None:
        self.add_filter(
            "when",
            self.tr("Når"),
            [(UPCOMING, self.tr("Kommende")), (PAST, self.tr("Tidligere"))],
            lambda r, v: is_past(r) == (v == PAST),
        )
        self.add_filter(
            "kind", self.tr("Type"), MeetingKind.choices(), lambda r, v: r.kind.value == v
        )
        self.add_filter(
            "status", self.tr("Status"), MeetingStatus.choices(), lambda r, v: r.status.value == v
        )
        self.add_filter(
            "agreement",
            self.tr("Avtale"),
            choices_of(m.Agreement)(self.db),
            lambda r, v: r.agreement_id == v,
        )

    # --- the form ---
    def form_spec(self) -> FormSpec:
        return FormSpec(
            m.Meeting,
            [
                (
                    self.tr("Møte"),
                    ["title", "kind", "status", "starts_at", "duration_minutes", "place"],
                ),
                (self.tr("Gjelder"), ["agreement_id", "project_id"]),
                (self.tr("Merknader"), ["notes"]),
            ],
            choices={"project_id": choices_of(m.Project)},
            children=[
                ChildSpec(
                    self.tr("Deltakere"),
                    m.MeetingParticipant,
                    "meeting_id",
                    [
                        Column("person_name", self.tr("Person")),
                        Column("invited", self.tr("Innkalt")),
                        Column("present", self.tr("Til stede")),
                    ],
                    FormSpec(
                        m.MeetingParticipant,
                        [
                            (
                                self.tr("Deltaker"),
                                ["meeting_id", "person_id", "invited", "present"],
                            )
                        ],
                        choices={"person_id": choices_of(m.Person)},
                        defaults={"invited": True},
                    ),
                    "meetingParticipants",
                ),
            ],
            defaults={"kind": MeetingKind.CONTACT_GROUP, "status": MeetingStatus.PLANNED},
        )

    def _agenda_spec(self) -> ChildSpec:
        return ChildSpec(
            self.tr("Saksliste"),
            m.AgendaItem,
            "meeting_id",
            [
                Column("position", self.tr("Nr."), align_right=True),
                Column("starts", self.tr("Kl.")),
                Column("title", self.tr("Sak")),
                Column("presenter_name", self.tr("Innleder")),
                Column("duration_minutes", self.tr("Min."), align_right=True),
                Column("outcome_summary", self.tr("Vedtak/oppfølging")),
            ],
            FormSpec(
                m.AgendaItem,
                [
                    (
                        self.tr("Sak"),
                        ["meeting_id", "title", "presenter_id", "duration_minutes"],
                    ),
                    (self.tr("Innhold"), ["description", "minutes"]),
                ],
                choices={"presenter_id": choices_of(m.Person)},
                save=self._save_agenda_item,
            ),
            "agenda",
            order_by=("position",),
        )

    def _outcome_spec(self) -> ChildSpec:
        return ChildSpec(
            self.tr("Vedtak og oppfølging"),
            m.Outcome,
            "agenda_item_id",
            [
                Column("kind", self.tr("Type")),
                Column("text", self.tr("Tekst")),
                Column("responsible_name", self.tr("Ansvarlig")),
                Column("due_date", self.tr("Frist")),
                Column(
                    "deadline_id",
                    self.tr("I fristlisten"),
                    value=lambda r: self.tr("Ja") if r.get("deadline_id") else "",
                ),
            ],
            FormSpec(
                m.Outcome,
                [
                    (
                        self.tr("Vedtak eller oppfølgingspunkt"),
                        ["agenda_item_id", "kind", "text", "responsible_id", "due_date"],
                    )
                ],
                choices={"responsible_id": choices_of(m.Person)},
                labels={"due_date": self.tr("Frist (for oppfølgingspunkt)")},
                save=self._save_outcome,
            ),
            "outcomes",
        )

    def _save_agenda_item(
        self, db: Database, values: dict[str, Any], record_id: str | None, version: int | None
    ) -> Record:
        """New items go last on the agenda; the order is changed with Opp/Ned."""
        meeting_id = values.pop("meeting_id", None)
        if record_id is None:
            return meetings.add_agenda_item(db, meeting_id or self.agenda.parent_id, values)
        return crud.update(db, m.AgendaItem, record_id, values, version)

    def _save_outcome(
        self, db: Database, values: dict[str, Any], record_id: str | None, version: int | None
    ) -> Record:
        """A follow-up item needs someone responsible and a due date; it is saved with its
        deadline in the deadline list."""
        before = crud.get(db, m.Outcome, record_id) if record_id else Record()
        merged = {**before, **values}
        if merged.get("kind") == OutcomeKind.ACTION and not merged.get("responsible_id"):
            raise ValidationError(
                "responsible_id",
                self.tr("Et oppfølgingspunkt må ha en ansvarlig, så noen følger det opp."),
            )
        had_deadline = bool(before.get("deadline_id"))
        saved = meetings.save_outcome(db, values, outcome_id=record_id, expected_version=version)
        if saved.kind is OutcomeKind.ACTION and saved.deadline_id:
            due = format_date(saved.due_date) if isinstance(saved.due_date, date) else ""
            self.outcomes.show_notice(
                self.tr("Fristen i fristlisten er oppdatert (%s).") % due
                if had_deadline
                else self.tr("Oppfølgingspunktet er lagt inn i fristlisten med frist %s.") % due
            )
        return saved

    # --- state of the open meeting ---
    def meeting_start(self) -> datetime | None:
        """When the open meeting starts, as typed in the form (saved or not)."""
        if self.form.record is None:
            return None
        value = self.form.rows["starts_at"].value()
        return value if isinstance(value, datetime) else self.form.record.starts_at

    def meeting_duration(self) -> int | None:
        value = self.form.rows["duration_minutes"].value()
        if isinstance(value, int):
            return value
        record = self.form.record
        return record.duration_minutes if record is not None else None

    def agenda_warning(self) -> str:
        """The record's warning, or the same check against a length typed but not saved."""
        record = self.form.record
        if record is None:
            return ""
        duration = self.form.rows["duration_minutes"].value()
        if not isinstance(duration, int) or duration == record.duration_minutes:
            return str(record.get("agenda_warning") or "")
        total = record.get("agenda_minutes", 0)
        if duration and total > duration:
            return self.tr(
                "Sakslisten er beregnet til %s minutter, men møtet varer %s minutter."
            ) % (total, duration)
        return ""

    def _update_warning(self) -> None:
        self.form.show_warnings(Record(agenda_warning=self.agenda_warning()))
        self.agenda._update_total(self.agenda.model.records())

    def _agenda_changed(self) -> None:
        """Items or participants changed: fresh totals and warning, and the list row."""
        record = self.form.record
        if record is None:
            return
        fresh = crud.get(self.db, m.Meeting, record.id)
        for key in ("agenda_minutes", "agenda_warning", "participant_count", "ends_at"):
            record[key] = fresh.get(key)
        self._update_warning()
        self.outcomes.set_item(self.agenda.selected())
        self.refresh()
        self.data_changed.emit()

    def _outcomes_changed(self) -> None:
        notice = self.outcomes.notice.text() if self.outcomes.notice.isVisible() else ""
        row = self.agenda.current_row()
        self.agenda.refresh()
        self.agenda.select_row(row)
        if notice:
            self.outcomes.show_notice(notice)
        self.data_changed.emit()

    def open_record(self, record_id: str) -> None:
        super().open_record(record_id)
        self._update_extra()

    def new_record(self, defaults: dict[str, Any] | None = None) -> None:
        super().new_record(defaults)
        self._update_extra()

    def delete(self) -> None:
        super().delete()
        self._update_extra()

    def _update_extra(self) -> None:
        self.handout_button.setEnabled(self.form.record is not None)

    # --- actions ---
    def context_actions(self, record: Record | None) -> list[QAction]:
        if record is None:
            return []
        actions = []
        handout = QAction(self.tr("Møteunderlag …"), self)
        handout.triggered.connect(self.print_report)
        actions.append(handout)
        if record.get("agreement_id"):
            agreement = QAction(self.tr("Åpne avtalen"), self)
            agreement.triggered.connect(
                lambda: self.open_record_requested.emit("agreements", record.agreement_id)
            )
            actions.append(agreement)
        if record.get("project_id"):
            project = QAction(self.tr("Åpne prosjektet"), self)
            project.triggered.connect(
                lambda: self.open_record_requested.emit("projects", record.project_id)
            )
            actions.append(project)
        return actions

    def print_report(self) -> None:
        """The handout of the open meeting (Ctrl+P); saved changes first."""
        if not self.form.maybe_discard():
            return
        from kunnskapsapp.ui.reports import open_report_dialog

        record = self.form.record
        if record is not None:
            open_report_dialog(self, self.db, "handout", meeting_id=record.id)
        else:
            open_report_dialog(self, self.db, "handout")
