"""Prosjekter: PhD, innovation and education projects with partners, supervisors, funding
(with the scheme's deadlines confirmed before they are saved), fund allocations and deadlines."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kunnskapsapp.domain import i18n as domain_i18n
from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.enums import DeadlineStatus, FundingStatus, ProjectForm, ProjectStatus
from kunnskapsapp.domain.errors import DomainError
from kunnskapsapp.domain.rules import budget_plan_years
from kunnskapsapp.services import clock, crud, funding, projects
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.records import Record
from kunnskapsapp.ui.form import ChildSpec, FormSpec, choices_of
from kunnskapsapp.ui.formatting import count_noun, domain_message, format_date
from kunnskapsapp.ui.i18n import QT_TRANSLATE_NOOP
from kunnskapsapp.ui.page import ListPage
from kunnskapsapp.ui.table import Column
from kunnskapsapp.ui.widgets import accept_cancel_buttons


def _has_supervisors(form: Any) -> bool:
    """Whether a project of the form chosen (a code, or none yet) has a Veiledere tab."""
    return any(kind.has_supervisors for kind in ProjectForm if kind == form)


def _overlaps_year(record: Record, year: int) -> bool:
    start: date | None = record.get("start_date")
    end: date | None = record.get("end_date")
    return (start is None or start.year <= year) and (end is None or end.year >= year)


def funding_line_sections(widget: QWidget) -> list[tuple[str, list[str]]]:
    """The funding line form's sections, the same in the project and on the funding page."""
    return [
        (
            QCoreApplication.translate("FundingLineForm", "Finansiering"),
            [
                "project_id",
                "scheme_id",
                "funder_id",
                "status",
                "external_ref",
                "application_date",
                "decision_date",
            ],
        ),
        (
            QCoreApplication.translate("FundingLineForm", "Beløp"),
            ["applied_amount", "granted_amount", "total_cost", "own_cash", "own_in_kind", "notes"],
        ),
    ]


class DeadlineConfirmDialog(QDialog):
    """The deadlines a scheme's templates give; the user ticks those to save.

    A project registered after its start gets deadlines that have already passed: they come
    marked as done (on their due date) unless the user chooses to register them as open or
    not at all, so a back-dated project does not start with a list of overdue deadlines.

    A table, not a list: the date, the title, the day off and what is registered each have a
    column, the title wraps, and the dialog opens wide enough for what it shows (within the
    screen), so no text is cut off at its right edge."""

    PAST_DONE = "done"
    PAST_OPEN = "open"
    PAST_SKIP = "skip"
    COLUMNS = ("due", "title", "note", "registered")

    def __init__(
        self, proposals: list[dict[str, Any]], scheme: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deadlineConfirmDialog")
        self.setWindowTitle(self.tr("Frister fra %s") % scheme)
        self.proposals = proposals
        today = clock.today()
        self.past = [p["due_date"] < today for p in proposals]
        layout = self.box = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Ordningen gir disse fristene for prosjektet. Fjern haken for dem du ikke vil "
                "registrere, og trykk Lagre."
            )
        )
        intro.setObjectName("deadlineConfirmIntro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.past_choice = QComboBox(self)
        self.past_choice.setObjectName("pastDeadlines")
        self.past_choice.addItem(self.tr("Registrer dem som utført"), self.PAST_DONE)
        self.past_choice.addItem(self.tr("Registrer dem som åpne (forfalt)"), self.PAST_OPEN)
        self.past_choice.addItem(self.tr("Ikke registrer dem"), self.PAST_SKIP)
        past_count = sum(self.past)
        if past_count:
            row = QHBoxLayout()
            label = QLabel(
                self.tr("%1 er allerede passert:").replace(
                    "%1", count_noun(past_count, self.tr("frist"), self.tr("frister"))
                ),
                self,
            )
            label.setObjectName("pastDeadlinesLabel")
            label.setBuddy(self.past_choice)
            self.past_choice.setAccessibleName(label.text())
            row.addWidget(label)
            row.addWidget(self.past_choice)
            row.addStretch(1)
            layout.addLayout(row)
        else:
            self.past_choice.hide()
        self.table = self._build_table()
        self._show_past_choice()
        self.past_choice.currentIndexChanged.connect(self._past_choice_changed)
        self.table.itemChanged.connect(self._item_changed)
        layout.addWidget(self.table, 1)
        layout.addWidget(
            accept_cancel_buttons(
                self, self.tr("Lagre"), self.accept, QDialogButtonBox.StandardButton.Save
            )
        )
        self._size_to_contents()

    def _build_table(self) -> QTableWidget:
        table = QTableWidget(len(self.proposals), len(self.COLUMNS), self)
        table.setObjectName("proposedDeadlines")
        table.setAccessibleName(self.tr("Foreslåtte frister"))
        table.setHorizontalHeaderLabels(
            [self.tr("Frist"), self.tr("Hva"), self.tr("Merknad"), self.tr("Registreres")]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(True)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for row, proposal in enumerate(self.proposals):
            due = QTableWidgetItem(format_date(proposal["due_date"]))
            due.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            due.setCheckState(Qt.CheckState.Checked)
            table.setItem(row, 0, due)
            reason = domain_message(proposal.get("non_working") or "")
            for column, text in ((1, proposal["title"]), (2, reason)):
                item = QTableWidgetItem(str(text))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                table.setItem(row, column, item)
            registered = QTableWidgetItem()
            registered.setFlags(Qt.ItemFlag.ItemIsEnabled)
            table.setItem(row, 3, registered)
        header = table.horizontalHeader()
        fit = QHeaderView.ResizeMode.ResizeToContents
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, fit)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # Rows grow when a title wraps, as the window is made narrower or wider.
        table.verticalHeader().setSectionResizeMode(fit)
        return table

    def _size_to_contents(self) -> None:
        """Wide enough for every column's text on one line, within 90 % of the screen (the
        title wraps beyond that); tall enough for the rows, within 80 %."""
        table = self.table
        title_width = max([table.sizeHintForColumn(1), table.horizontalHeader().sectionSizeHint(1)])
        columns = sum(table.horizontalHeader().sectionSize(c) for c in (0, 2, 3)) + title_width
        margins = self.box.contentsMargins()
        chrome = (
            2 * table.frameWidth()
            + table.verticalScrollBar().sizeHint().width()
            + margins.left()
            + margins.right()
        )
        screen = (self.screen() or QApplication.primaryScreen()).availableGeometry()
        width = min(max(columns + chrome, 640), int(screen.width() * 0.9))
        # The rows' height at that width: the title column gets what the others leave.
        others = columns - title_width
        title_room = max(width - chrome - others - 2, 40)
        metrics = table.fontMetrics()
        line = max(table.verticalHeader().minimumSectionSize(), metrics.height() + 4)
        rows = table.horizontalHeader().sizeHint().height() + sum(
            max(
                line,
                metrics.boundingRect(
                    QRect(0, 0, title_room, 10_000), Qt.TextFlag.TextWordWrap, str(p["title"])
                ).height()
                + 4,
            )
            for p in self.proposals
        )
        above = self.box.sizeHint().height() - table.sizeHint().height()
        height = min(max(above + rows, 420), int(screen.height() * 0.8))
        self.setMinimumWidth(min(560, width))
        self.resize(width, height)

    def past_mode(self) -> str:
        return str(self.past_choice.currentData())

    def _past_choice_changed(self) -> None:
        ticked = self.past_mode() != self.PAST_SKIP
        for i, past in enumerate(self.past):
            if past:
                state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
                self._cell(i, 0).setCheckState(state)
        self._show_past_choice()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 0:
            self._show_past_choice()

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None  # every cell is filled in _build_table
        return item

    def _ticked(self, row: int) -> bool:
        return self._cell(row, 0).checkState() == Qt.CheckState.Checked

    def _show_past_choice(self) -> None:
        """What each deadline is registered as: done, open (overdue), open, or not at all."""
        mode = self.past_mode()
        for i in range(len(self.proposals)):
            if not self._ticked(i):
                text = self.tr("Registreres ikke")
            elif self.past[i]:
                text = self.tr("Utført") if mode == self.PAST_DONE else self.tr("Åpen, forfalt")
            else:
                text = self.tr("Åpen")
            cell = self._cell(i, 3)
            if cell.text() != text:
                cell.setText(text)

    def chosen(self) -> list[dict[str, Any]]:
        """The ticked proposals; passed ones marked done on their due date when so chosen."""
        done = self.past_mode() == self.PAST_DONE
        result = []
        for i, proposal in enumerate(self.proposals):
            if not self._ticked(i):
                continue
            if self.past[i] and done:
                proposal = {
                    **proposal,
                    "status": DeadlineStatus.DONE,
                    "done_date": proposal["due_date"],
                }
            result.append(proposal)
        return result


def save_funding_confirming_deadlines(
    parent: QWidget,
    db: Database,
    values: dict[str, Any],
    record_id: str | None,
    version: int | None,
) -> Record:
    """Save a funding line; on a new line (or one just granted) with a scheme that has
    deadline templates, show the generated deadlines for confirmation first.

    Used as a `FormSpec.save` wherever funding lines are edited (the project form, the
    funding tab of Finansiering og fond). Cancelling the dialog saves nothing."""
    proposals: list[dict[str, Any]] = []
    before = crud.get(db, m.FundingLine, record_id) if record_id else None
    scheme_id = values.get("scheme_id", before.scheme_id if before else None)
    project_id = values.get("project_id") or (before.project_id if before else None)
    newly_granted = (
        before is not None
        and values.get("status") == FundingStatus.GRANTED
        and before.status is not FundingStatus.GRANTED
    )
    if scheme_id and project_id and (record_id is None or newly_granted):
        existing = (
            crud.list_rows(db, m.Deadline, where={"funding_line_id": record_id})
            if record_id
            else []
        )
        if not existing:
            decision = (
                values.get("decision_date")
                if isinstance(values.get("decision_date"), date)
                else None
            )
            proposals = funding.propose_deadlines(db, project_id, scheme_id, decision)
    chosen: list[dict[str, Any]] = []
    if proposals:
        scheme = crud.get(db, m.FundingScheme, scheme_id)
        dialog = DeadlineConfirmDialog(proposals, scheme.code, parent.window())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            raise DomainError(
                QCoreApplication.translate(
                    "DeadlineConfirmDialog", "Lagringen ble avbrutt. Ingenting er lagret."
                )
            )
        chosen = dialog.chosen()
    return funding.save_funding(
        db, values, funding_id=record_id, expected_version=version, deadlines=chosen
    )


class ProjectsPage(ListPage):
    title = QT_TRANSLATE_NOOP("ProjectsPage", "Prosjekter")
    page_id = "projects"
    single_row_refresh = True
    calendar_record = "project_id"  # a project's deadlines and meetings to a calendar

    def columns(self) -> list[Column]:
        return [
            Column("title", self.tr("Prosjekt")),
            Column("form", self.tr("Form"), priority=1),
            Column("status", self.tr("Status"), priority=1, chip=True),
            Column("service_area_name", self.tr("Prosjekteier")),
            Column("partner_names", self.tr("Partnere"), widest=220),
            Column("start_date", self.tr("Start"), priority=3),
            Column("end_date", self.tr("Slutt")),
            Column("granted_total", self.tr("Innvilget"), money=True),
            Column("own_contribution_total", self.tr("Egenandel"), money=True, priority=3),
            Column("fund_total", self.tr("Fra fondet"), money=True, priority=3),
            Column("project_manager_name", self.tr("Prosjektleder"), priority=3),
        ]

    def form_spec(self) -> FormSpec:
        people = choices_of(m.Person)
        research = choices_of(m.Organisation)
        return FormSpec(
            m.Project,
            [
                (
                    self.tr("Prosjekt"),
                    [
                        "title",
                        "short_name",
                        "form",
                        "status",
                        "service_area_id",
                        "project_manager_id",
                        "agreement_id",
                        "parent_project_id",
                        "start_date",
                        "end_date",
                        "horizon",
                        "rcn_project_number",
                    ],
                ),
                (self.tr("Tema"), ["priority_area_ids", "sdg_ids"]),
                (
                    self.tr("Ph.d."),
                    [
                        "phd_candidate_id",
                        "phd_institution_id",
                        "phd_position_percent",
                        "phd_duration_years",
                        "phd_permanently_employed",
                        "phd_expected_defence",
                        "phd_funded_by_project_id",
                    ],
                ),
                (
                    self.tr("Utdanningstilbud"),
                    ["edu_programme", "edu_campus", "edu_students_admitted"],
                ),
                (self.tr("Beskrivelse og resultater"), ["summary", "results", "notes"]),
            ],
            shown_when={
                self.tr("Ph.d."): ("form", lambda form: form == ProjectForm.PHD),
                self.tr("Utdanningstilbud"): ("form", lambda form: form == ProjectForm.EDUCATION),
            },
            choices={
                "project_manager_id": people,
                "phd_candidate_id": people,
                "phd_institution_id": research,
                "parent_project_id": choices_of(m.Project, where={"form": ProjectForm.PHD}),
                "phd_funded_by_project_id": choices_of(
                    m.Project, where={"form": ProjectForm.INNOVATION}
                ),
                "sdg_ids": choices_of(m.Sdg),
            },
            children=[
                ChildSpec(
                    self.tr("Partnere"),
                    m.ProjectPartner,
                    "project_id",
                    [
                        Column("organisation_name", self.tr("Organisasjon")),
                        Column("role", self.tr("Rolle")),
                    ],
                    FormSpec(
                        m.ProjectPartner,
                        [(self.tr("Partner"), ["project_id", "organisation_id", "role"])],
                    ),
                    "projectPartners",
                ),
                ChildSpec(
                    self.tr("Veiledere"),
                    m.Supervisor,
                    "project_id",
                    [Column("person_name", self.tr("Veileder")), Column("role", self.tr("Rolle"))],
                    FormSpec(
                        m.Supervisor, [(self.tr("Veileder"), ["project_id", "person_id", "role"])]
                    ),
                    "supervisors",
                    shown_when=("form", _has_supervisors),
                ),
                ChildSpec(
                    self.tr("Finansiering"),
                    m.FundingLine,
                    "project_id",
                    [
                        Column("funder_label", self.tr("Finansiør")),
                        Column("scheme_code", self.tr("Ordning")),
                        Column("status", self.tr("Status"), chip=True),
                        Column("granted_amount", self.tr("Innvilget"), money=True),
                        Column("total_cost", self.tr("Totalkostnad"), money=True),
                        Column("support_rate_text", self.tr("Støttegrad")),
                        Column("own_contribution", self.tr("Egenandel"), money=True),
                    ],
                    FormSpec(
                        m.FundingLine,
                        funding_line_sections(self),
                        save=self._save_funding,
                    ),
                    "fundingLines",
                ),
                ChildSpec(
                    self.tr("Tildelinger fra forsknings- og innovasjonsfondet"),
                    m.FundAllocation,
                    "project_id",
                    [
                        Column("year", self.tr("År")),
                        Column("amount", self.tr("Beløp"), money=True),
                        Column("decision_ref", self.tr("Saksref.")),
                    ],
                    FormSpec(
                        m.FundAllocation,
                        [
                            (
                                self.tr("Tildeling"),
                                [
                                    "project_id",
                                    "year",
                                    "amount",
                                    "decision_date",
                                    "decision_ref",
                                    "override",
                                    "override_reason",
                                    "notes",
                                ],
                            )
                        ],
                    ),
                    "fundAllocations",
                    order_by=("year",),
                    tab=self.tr("Fondet"),
                ),
                ChildSpec(
                    self.tr("Frister"),
                    m.Deadline,
                    "project_id",
                    [
                        Column("due_date", self.tr("Frist")),
                        Column("title", self.tr("Hva")),
                        Column("status", self.tr("Status")),
                    ],
                    FormSpec(
                        m.Deadline,
                        [
                            (
                                self.tr("Frist"),
                                [
                                    "project_id",
                                    "title",
                                    "kind",
                                    "due_date",
                                    "responsible_id",
                                    "status",
                                    "done_date",
                                    "reminder_days",
                                    "recurrence",
                                    "recurrence_until",
                                    "notes",
                                ],
                            )
                        ],
                        choices={"responsible_id": people},
                    ),
                    "projectDeadlines",
                    order_by=("due_date",),
                ),
            ],
            defaults={"status": ProjectStatus.IDEA},
        )

    def _save_funding(
        self, db: Database, values: dict[str, Any], record_id: str | None, version: int | None
    ) -> Record:
        saved = save_funding_confirming_deadlines(self, db, values, record_id, version)
        for table in self.form.child_tables:
            if table.spec.model is m.Deadline:
                table.refresh()
        self.data_changed.emit()
        return saved

    def fetch(self) -> list[Record]:
        return projects.project_rows(self.db)

    def setup_filters(self) -> None:
        self.add_filter(
            "form",
            self.tr("Form"),
            domain_i18n.enum_choices(ProjectForm),
            lambda r, v: r.form.value == v,
        )
        self.add_filter(
            "status",
            self.tr("Status"),
            domain_i18n.enum_choices(ProjectStatus),
            lambda r, v: r.status.value == v,
        )
        self.add_filter(
            "service_area",
            self.tr("Prosjekteier"),
            choices_of(m.ServiceArea)(self.db),
            lambda r, v: r.service_area_id == v,
        )
        self.add_filter(
            "partner",
            self.tr("Partner"),
            [(name, name) for _id, name in choices_of(m.Organisation)(self.db)],
            lambda r, v: v in r.partner_names.split(", "),
        )
        self.add_filter(
            "priority",
            self.tr("Prioritert område"),
            choices_of(m.PriorityArea)(self.db),
            lambda r, v: v in r.priority_area_ids,
        )
        this_year = clock.today().year
        self.add_filter(
            "year",
            self.tr("År"),
            [(y, str(y)) for y in range(budget_plan_years(this_year)[-1] + 1, 2016, -1)],
            _overlaps_year,
        )

    def print_report(self) -> None:
        from kunnskapsapp.ui.reports import open_report_dialog

        record = self.form.record
        if record is not None:
            open_report_dialog(self, self.db, "project", project_id=record.id)
        else:
            open_report_dialog(self, self.db, "portfolio")
