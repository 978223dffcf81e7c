"""Møter: the list of meetings and the open meeting's form with its agenda and outcomes."""

from __future__ import annotations

from datetime import date, datetime
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QPushButton,
    QWidget,
)

from kunnskapsapp.domain import i18n as domain_i18n
from kunnskapsapp.domain import models as m
from kunnskapsapp.domain import rules
from kunnskapsapp.domain.collation import norwegian_key
from kunnskapsapp.domain.enums import MeetingKind, MeetingStatus, OutcomeKind
from kunnskapsapp.domain.errors import ValidationError
from kunnskapsapp.services import crud, meetings
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.records import Record
from kunnskapsapp.ui import settings
from kunnskapsapp.ui.form import ChildSpec, ChildTable, FormSpec, choices_of
from kunnskapsapp.ui.formatting import format_date
from kunnskapsapp.ui.i18n import QT_TRANSLATE_NOOP
from kunnskapsapp.ui.icons import set_icon
from kunnskapsapp.ui.page import ListPage
from kunnskapsapp.ui.pages.meetings.agenda import AgendaTable, OutcomeTable
from kunnskapsapp.ui.pages.meetings.common import (
    PAST,
    UPCOMING,
    add_row_keys,
    agenda_minutes,
    is_past,
    linked_to,
    upcoming_first,
)
from kunnskapsapp.ui.table import Column


class MeetingsPage(ListPage):
    title = QT_TRANSLATE_NOOP("MeetingsPage", "Møter")
    page_id = "meetings"
    calendar_rows = "meeting_ids"  # Eksporter til kalender: the meetings shown

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.handout_button = QPushButton(self.tr("Møteunderlag …"))
        set_icon(self.handout_button, "file-text")
        self.handout_button.setObjectName("meetingHandout")
        self.handout_button.setToolTip(self.tr("Skriv ut møteunderlaget (Ctrl+P)"))
        self.handout_button.clicked.connect(self.print_report)
        self.extra_buttons.addWidget(self.handout_button)
        self._update_extra()
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def setup_form(self) -> None:
        """The agenda, its outcomes and the participants in the form, built with it."""
        self._agenda = AgendaTable(self.db, self._agenda_spec(), self)
        self._outcomes = OutcomeTable(self.db, self._outcome_spec(), self.form)
        self._participants = self.form.child_tables[0]
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
        # Møteunderlag after the tables' own buttons, as when they were made before it.
        QWidget.setTabOrder(self._outcomes.empty_state.button, self.handout_button)
        self._update_extra()

    @property
    def agenda(self) -> AgendaTable:
        self._build_form()
        return self._agenda

    @property
    def outcomes(self) -> OutcomeTable:
        self._build_form()
        return self._outcomes

    @property
    def participants(self) -> ChildTable:
        self._build_form()
        return self._participants

    def _arrange_form(self) -> None:
        """The agenda and its outcomes right under the meeting's fields, then participants,
        notes last; the tab order follows."""
        layout = self.form.body_layout
        main, linked, notes = (self._section(i) for i in range(3))
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

    def _section(self, index: int) -> QWidget:
        box = self.form.findChild(QWidget, f"section_meeting_{index}")
        assert box is not None, index
        return box

    def restore_state(self) -> None:
        """The first time, give the table room for its columns; later, as the user left it."""
        super().restore_state()
        if settings.splitter_state(self.page_id).get().isEmpty():
            self.splitter.setSizes([640, 560])

    # --- the list ---
    def columns(self) -> list[Column]:
        return [
            Column("starts_at", self.tr("Tidspunkt"), sort=upcoming_first, priority=1),
            Column("title", self.tr("Møte"), stretch=True),
            Column("kind", self.tr("Type")),
            Column("status", self.tr("Status"), priority=1),
            Column("linked_to", self.tr("Avtale/Prosjekt"), value=linked_to),
            Column("place", self.tr("Sted"), priority=3),
            Column("participant_count", self.tr("Deltakere"), align_right=True, priority=3),
            Column(
                "agenda_minutes",
                self.tr("Saksliste (min)"),
                value=agenda_minutes,
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

    def rows_shown(self) -> None:
        """The Avtale filter offers the agreements that have meetings, not every agreement
        in the register (6 700 of them, read twice, made the page's first open take 0.6 s)."""
        names = {r.agreement_id: r.get("agreement_name", "") for r in self.table_model.records()}
        names.pop(None, None)
        combo = next(c for c in self.filters if c.name == "agreement")
        chosen = combo.currentData()
        combo.set_choices(
            self.tr("Avtale"), sorted(names.items(), key=lambda c: norwegian_key(c[1]))
        )
        if combo.currentData() != chosen:  # the chosen one has no meetings now
            self._filter_changed(combo)

    def setup_filters(self) -> None:
        self.add_filter(
            "when",
            self.tr("Når"),
            [(UPCOMING, self.tr("Kommende")), (PAST, self.tr("Tidligere"))],
            lambda r, v: is_past(r) == (v == PAST),
        )
        self.add_filter(
            "kind",
            self.tr("Type"),
            domain_i18n.enum_choices(MeetingKind),
            lambda r, v: r.kind.value == v,
        )
        self.add_filter(
            "status",
            self.tr("Status"),
            domain_i18n.enum_choices(MeetingStatus),
            lambda r, v: r.status.value == v,
        )
        self.add_filter(
            "agreement",
            self.tr("Avtale"),
            [],  # the agreements of the meetings, when they are read (rows_shown)
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
            child_tabs=False,
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
            empty_text=self.tr("Sakslisten er tom."),
            empty_button=self.tr("Legg til sak …"),
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
            empty_text=self.tr(
                "Ingen vedtak eller oppfølgingspunkter for denne saken ennå. Et "
                "oppfølgingspunkt med ansvarlig og frist kommer også i fristlisten."
            ),
            empty_button=self.tr("Registrer vedtak eller oppfølging …"),
        )

    def _save_agenda_item(
        self, db: Database, values: dict[str, Any], record_id: str | None, version: int | None
    ) -> Record:
        """New items go last on the agenda; the order is changed with Opp/Ned."""
        meeting_id = values.pop("meeting_id", None)
        if record_id is None:
            meeting_id = meeting_id or self.agenda.parent_id
            if not meeting_id:
                raise ValidationError("title", self.tr("Lagre møtet før du legger til saker."))
            return meetings.add_agenda_item(db, meeting_id, values)
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
        if not duration:
            return ""
        return rules.agenda_warning(record.get("agenda_minutes", 0), duration)

    def _update_warning(self) -> None:
        self.form.show_warnings(Record(agenda_warning=self.agenda_warning()))
        self.agenda.update_total(self.agenda.model.records())

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
        self.handout_button.setEnabled(self.form_record() is not None)

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
