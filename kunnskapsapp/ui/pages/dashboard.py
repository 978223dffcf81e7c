"""Oversikt: what needs attention today, and the portfolio at a glance.

Overdue deadlines, the next 30 days, agreements due for evaluation, project agreements that
must be fulfilled after their framework agreement was terminated, this year's fund and the
portfolio summary. Every listed item opens its record (Enter or double-click).

It is the first page shown, so its figures are fetched off the UI thread: the window is up at
once and the sections fill in when the services answer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kunnskapsapp.domain import reference
from kunnskapsapp.domain.enums import AgreementKind, AgreementStatus, ProjectForm
from kunnskapsapp.domain.rules import format_kroner
from kunnskapsapp.services import agreements, clock, deadlines, fund
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.fund import FundYear
from kunnskapsapp.services.records import Record
from kunnskapsapp.ui.table import Column, RecordTableModel
from kunnskapsapp.ui.widgets import page_heading

log = logging.getLogger(__name__)

NORWEGIAN = QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway)
MAX_VISIBLE_ROWS = 8
# The most urgent overdue deadlines listed; the heading counts them all.
MAX_OVERDUE_LISTED = 100


@dataclass
class DashboardData:
    """Everything the dashboard shows, as plain data fetched in one go."""

    today: date
    overdue: list[Record] = field(default_factory=list)
    overdue_total: int = 0
    upcoming: list[Record] = field(default_factory=list)
    evaluations: list[Record] = field(default_factory=list)
    to_fulfil: list[Record] = field(default_factory=list)
    plan: list[FundYear] = field(default_factory=list)
    summary: dict[str, Any] | None = None


def load_dashboard(db: Database, today: date) -> DashboardData:
    """The dashboard's figures on `today`, from the services (safe to run off the UI thread)."""
    data = DashboardData(
        today=today,
        overdue=deadlines.overdue(db, today, limit=MAX_OVERDUE_LISTED),
        overdue_total=deadlines.count_open(db, end=today - timedelta(days=1)),
        upcoming=deadlines.upcoming(db, today, 30),
        evaluations=agreements.due_for_evaluation(db, today, 90),
        to_fulfil=agreements.to_fulfil_after_termination(db),
        plan=fund.budget_plan(db, today.year),
    )
    try:
        from kunnskapsapp.services import summary
    except ImportError:  # pragma: no cover - the summary service ships with the app
        return data
    data.summary = summary.portfolio_summary(db, today)
    return data


def _concerns(record: Record) -> str:
    """What a deadline belongs to: its project, else its agreement, else its meeting."""
    return (
        record.get("project_name") or record.get("agreement_name") or record.get("meeting_name")
    ) or ""


# Known schemes by name ("Offentlig sektor-ph.d."), not code; a scheme added later shows its code.
_SCHEME_NAMES = {scheme["code"]: scheme["name"] for scheme in reference.SCHEMES}


def _counts_text(counts: Any, labels: dict[str, str] | None = None) -> str:
    """`{"NTNU": 6, "UiO": 1}` as "NTNU 6 · UiO 1" (largest first), a number as itself."""
    if isinstance(counts, dict):
        items = sorted(counts.items(), key=lambda kv: (-int(kv[1] or 0), str(kv[0])))
        # Lines break only between the items, never inside "Ph.d.-prosjekt 2".
        text = " · ".join(
            f"{(labels or {}).get(str(k), str(k))} {v}".replace(" ", "\u00a0").replace(
                "-", "\u2011"
            )
            for k, v in items
            if v
        )
        return text or "–"
    return str(counts)


_FORMS = {f.value: f.label for f in ProjectForm}
_KINDS = {k.value: k.label for k in AgreementKind}

# Rows of the portfolio summary: key in `portfolio_summary`, Norwegian label, how to show it.
SUMMARY_ROWS: list[tuple[str, str, Callable[[Any], str]]] = [
    (
        "by_form",
        QT_TRANSLATE_NOOP("SummarySection", "Prosjekter etter form"),
        lambda v: _counts_text(v, _FORMS),
    ),
    (
        "phd_by_institution",
        QT_TRANSLATE_NOOP("SummarySection", "Ph.d. etter gradsgivende institusjon"),
        _counts_text,
    ),
    (
        "phd_by_scheme",
        QT_TRANSLATE_NOOP("SummarySection", "Ph.d. etter finansieringsordning"),
        lambda v: _counts_text(v, _SCHEME_NAMES),
    ),
    (
        "innovation_by_funder",
        QT_TRANSLATE_NOOP("SummarySection", "Innovasjonsprosjekter etter finansiør"),
        _counts_text,
    ),
    (
        "innovation_partners",
        QT_TRANSLATE_NOOP("SummarySection", "Faglige partnere i innovasjonsprosjektene"),
        _counts_text,
    ),
    (
        "innovation_funding_phd",
        QT_TRANSLATE_NOOP("SummarySection", "Innovasjonsprosjekter som finansierer ph.d."),
        _counts_text,
    ),
    (
        "students_admitted",
        QT_TRANSLATE_NOOP("SummarySection", "Studenter tatt opp i utdanningstilbud"),
        _counts_text,
    ),
    (
        "funding_granted_total",
        QT_TRANSLATE_NOOP("SummarySection", "Innvilget ekstern finansiering"),
        lambda v: format_kroner(int(v)),
    ),
    (
        "agreements_active",
        QT_TRANSLATE_NOOP("SummarySection", "Aktive avtaler"),
        lambda v: _counts_text(v, _KINDS),
    ),
]


class Section(QFrame):
    """A heading with a count, a line for when there is nothing, and the content."""

    def __init__(self, name: str, heading: str, empty: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"section_{name}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading_template = heading
        self.empty_text = empty
        self.layout_ = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName(f"heading_{name}")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.layout_.addWidget(self.heading)
        self.empty = QLabel(self)
        self.empty.setObjectName(f"empty_{name}")
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)  # the palette's dimmed text, on light and dark themes
        self.layout_.addWidget(self.empty)
        self.set_heading(None)
        self.show_empty(self.tr("Henter …"))

    def set_heading(self, count: int | str | None) -> None:
        text = self.heading_template
        if count is not None:
            text = f"{text} ({count})"
        self.heading.setText(text)
        self.heading.setAccessibleName(text)

    def show_empty(self, text: str | None) -> None:
        self.empty.setText(text or "")
        self.empty.setVisible(bool(text))


class ListSection(Section):
    """A section listing records; Enter or double-click opens the record on `page_id`."""

    open_record_requested = Signal(str, str)

    def __init__(
        self,
        name: str,
        heading: str,
        empty: str,
        page_id: str,
        columns: list[Column],
        stretch: tuple[int, ...],
        row_style: Any = None,
        optional: tuple[int, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(name, heading, empty, parent)
        self.page_id = page_id
        self.stretch = stretch  # columns that share the width left; the others fit
        self.optional = optional  # columns hidden while no row has a value in them
        self.model = RecordTableModel(columns, row_style, self)
        self.view = QTableView(self)
        self.view.setObjectName(f"table_{name}")
        self.view.setAccessibleName(heading)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.view.setToolTip(self.tr("Dobbeltklikk eller trykk Enter for å åpne"))
        self.view.activated.connect(self._activated)
        self.layout_.addWidget(self.view)
        self.view.hide()

    def set_records(self, records: list[Record]) -> None:
        self.model.set_rows(records)
        self.set_heading(len(records))
        self.show_empty(None if records else self.empty_text)
        self.view.setVisible(bool(records))
        if records:
            header = self.view.horizontalHeader()
            for col in range(self.model.columnCount()):
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.view.resizeColumnsToContents()
            for col in range(self.model.columnCount()):
                if col not in self.stretch:
                    self.view.setColumnWidth(col, min(self.view.columnWidth(col), 220))
            for col in self.stretch:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
            for col in self.optional:
                column = self.model.columns[col]
                self.view.setColumnHidden(col, not any(column.get(r) for r in records))
            rows = min(len(records), MAX_VISIBLE_ROWS)
            height = (
                self.view.horizontalHeader().sizeHint().height()
                + rows * self.view.verticalHeader().defaultSectionSize()
                + 2 * self.view.frameWidth()
            )
            self.view.setFixedHeight(height)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_record_requested.emit(self.page_id, self.model.record(index.row())["id"])


class FundSection(Section):
    """This year's fund: appropriation, allocated, left, and the budget plan's years."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("fund", "", "", parent)
        self.heading_template = self.tr("Fondet i år")
        self.empty_text = self.tr("Ingen bevilgning eller tildeling i år.")
        self.set_heading(None)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.layout_.addLayout(self.grid)
        self.cells: dict[tuple[int, int], QLabel] = {}
        self.warning = QLabel(self)
        self.warning.setObjectName("fundWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #c62828; font-weight: bold;")
        self.warning.hide()
        self.layout_.addWidget(self.warning)

    def _cell(self, row: int, col: int, text: str, bold: bool = False) -> None:
        label = self.cells.get((row, col))
        if label is None:
            label = QLabel(self)
            label.setObjectName(f"fund_{row}_{col}")
            if col > 0:
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(label, row, col)
            self.cells[(row, col)] = label
        font = label.font()
        font.setBold(bold)
        label.setFont(font)
        label.setText(text)

    def set_plan(self, plan: list[FundYear]) -> None:
        if not plan:
            return
        this_year = plan[0]
        self.set_heading(this_year.year)
        self.show_empty(
            None if (this_year.appropriation or this_year.allocated) else self.empty_text
        )
        self._cell(0, 0, "")
        for col, fy in enumerate(plan, start=1):
            self._cell(0, col, str(fy.year), bold=True)
            self._cell(1, col, format_kroner(fy.appropriation), bold=col == 1)
            self._cell(2, col, format_kroner(fy.allocated), bold=col == 1)
            self._cell(3, col, format_kroner(fy.left), bold=col == 1)
        self._cell(1, 0, self.tr("Bevilget"))
        self._cell(2, 0, self.tr("Tildelt"))
        self._cell(3, 0, self.tr("Igjen"))
        over = [fy for fy in plan if fy.over_committed]
        if over:
            self.warning.setText(
                " ".join(
                    self.tr("%s: tildelt %s mer enn bevilget.")
                    % (fy.year, format_kroner(fy.allocated - fy.appropriation))
                    for fy in over
                )
            )
            self.warning.show()
        else:
            self.warning.hide()


class SummarySection(Section):
    """The portfolio summary, as `kunnskapsapp summary` gives it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("summary", "", "", parent)
        self.heading_template = self.tr("Porteføljen")
        self.empty_text = self.tr("Porteføljeoversikten er ikke tilgjengelig.")
        self.set_heading(None)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setColumnStretch(1, 1)
        self.layout_.addLayout(self.grid)
        self.rows: dict[str, QLabel] = {}

    def set_summary(self, summary: dict[str, Any] | None) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = {}
        if summary is None:
            self.set_heading(None)
            self.show_empty(self.empty_text)
            return
        total = summary.get("projects_total")
        if total is None:
            self.set_heading(None)
        else:
            self.set_heading(
                self.tr("1 prosjekt") if total == 1 else self.tr("%s prosjekter") % total
            )
        self.show_empty(None)
        row = 0
        for key, label, show in SUMMARY_ROWS:
            if key not in summary:
                continue
            caption = QLabel(QCoreApplication.translate("SummarySection", label), self)
            caption.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            value = QLabel(show(summary[key]), self)
            value.setObjectName(f"summary_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.grid.addWidget(caption, row, 0)
            self.grid.addWidget(value, row, 1)
            self.rows[key] = value
            row += 1


class DashboardPage(QWidget):
    title = "Oversikt"
    page_id = "dashboard"
    open_record_requested = Signal(str, str)  # page id, record id
    data_changed = Signal()
    loaded = Signal()  # the sections show fresh figures

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, background: bool = True
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.background = background
        self.setObjectName(f"page_{self.page_id}")
        self._generation = 0
        self._loaded = False
        self.data: DashboardData | None = None

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(page_heading(self.title, self))
        top.addSpacing(12)
        self.date_label = QLabel()
        self.date_label.setObjectName("dashboardDate")
        top.addWidget(self.date_label)
        top.addStretch(1)
        self.status_label = QLabel()
        self.status_label.setObjectName("dashboardStatus")
        top.addWidget(self.status_label)
        self.refresh_button = QPushButton(self.tr("Oppdater"))
        self.refresh_button.setObjectName("refresh_dashboard")
        self.refresh_button.setToolTip(self.tr("Oppdater (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)

        deadline_columns = [
            Column("due_date", self.tr("Frist")),
            Column("title", self.tr("Hva")),
            Column("concerns", self.tr("Gjelder"), value=_concerns),
            Column("responsible_name", self.tr("Ansvarlig")),
        ]
        self.overdue = ListSection(
            "overdue",
            self.tr("Forfalte frister"),
            self.tr("Ingen forfalte frister."),
            "deadlines",
            [
                *deadline_columns,
                Column(
                    "days_over",
                    self.tr("Dager over"),
                    value=lambda r: -r.days_left,
                    align_right=True,
                ),
            ],
            (1, 2),
            row_style=lambda _r: "overdue",
        )
        self.upcoming = ListSection(
            "upcoming",
            self.tr("Frister de neste 30 dagene"),
            self.tr("Ingen frister de neste 30 dagene."),
            "deadlines",
            [
                *deadline_columns,
                Column("days_left", self.tr("Dager igjen"), align_right=True),
                Column("non_working", self.tr("Merknad")),
            ],
            (1, 2),
            optional=(5,),
        )
        self.evaluations = ListSection(
            "evaluations",
            self.tr("Avtaler som skal evalueres"),
            self.tr("Ingen avtaler skal evalueres de neste 90 dagene."),
            "agreements",
            [
                Column("next_evaluation", self.tr("Neste evaluering")),
                Column("title", self.tr("Avtale")),
                Column("kind", self.tr("Type")),
                Column("partner_names", self.tr("Partnere")),
            ],
            (1, 3),
            row_style=self._evaluation_style,
        )
        self.to_fulfil = ListSection(
            "to_fulfil",
            self.tr("Prosjektavtaler som må oppfylles etter oppsigelse"),
            self.tr("Ingen prosjektavtaler under oppsagte samarbeidsavtaler."),
            "agreements",
            [
                Column("title", self.tr("Prosjektavtale")),
                Column("parent_name", self.tr("Samarbeidsavtale")),
                Column("end_date", self.tr("Slutt")),
                Column("responsible_name", self.tr("Ansvarlig")),
            ],
            (0, 1, 3),
        )
        self.fund = FundSection()
        self.summary = SummarySection()
        self.list_sections = [self.overdue, self.upcoming, self.evaluations, self.to_fulfil]
        for section in self.list_sections:
            section.open_record_requested.connect(self.open_record_requested)

        body = QWidget()
        body.setObjectName("dashboardBody")
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 6, 0)
        left = QVBoxLayout()
        for section in (self.overdue, self.upcoming, self.evaluations, self.to_fulfil):
            left.addWidget(section)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.fund)
        right.addWidget(self.summary)
        right.addStretch(1)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        scroll = QScrollArea(self)
        scroll.setObjectName("dashboardScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)

        refresh = QAction(self.tr("Oppdater"), self)
        refresh.setShortcut(QKeySequence("F5"))
        refresh.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.triggered.connect(self.refresh)
        self.addAction(refresh)
        print_action = QAction(self.tr("Skriv ut …"), self)
        print_action.setShortcut(QKeySequence("Ctrl+P"))
        print_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        print_action.triggered.connect(self.print_report)
        self.addAction(print_action)

    # --- loading ---
    def ensure_loaded(self) -> None:
        if not self._loaded:
            self.load_now()

    def load_now(self) -> None:
        """Fetch the figures on the UI thread and show them (the first time the page shows)."""
        self._loaded = True
        self._generation += 1
        self._show(self._generation, load_dashboard(self.db, clock.today()))

    def refresh(self) -> None:
        """Fetch fresh figures after a change: off the UI thread, so that a save elsewhere
        never waits for the dashboard; the old figures stay until the new ones arrive and
        `loaded` is emitted."""
        if not self.background or not self._loaded:
            self.load_now()
            return
        from kunnskapsapp.ui.worker import Task

        self._generation += 1
        generation = self._generation
        today = clock.today()
        db = self.db
        self.status_label.setText(self.tr("Oppdaterer …"))
        task = Task(
            None,
            "",
            lambda _flag: (generation, load_dashboard(db, today)),
            show_progress=False,
            on_error=self._failed,
        )
        task.finished.connect(self._finished)
        task.start()

    def _finished(self, result: object) -> None:
        if not shiboken6.isValid(self):
            return
        generation, data = result  # type: ignore[misc]
        self._show(generation, data)

    def _failed(self, exc: BaseException) -> None:
        log.warning("Oversikten kunne ikke hentes: %s", exc, exc_info=exc)
        if not shiboken6.isValid(self):
            return
        self.status_label.setText(
            self.tr("Kunne ikke hente oversikten (%s). Trykk F5 for å prøve igjen.") % exc
        )

    def _show(self, generation: int, data: DashboardData) -> None:
        if generation != self._generation:
            return  # a newer refresh is on its way
        self.data = data
        self.status_label.clear()
        self.date_label.setText(
            NORWEGIAN.toString(
                QDate(data.today.year, data.today.month, data.today.day), "dddd d. MMMM yyyy"
            ).capitalize()
        )
        self.overdue.set_records(data.overdue)
        if data.overdue_total > len(data.overdue):
            self.overdue.set_heading(
                self.tr("%s, de %s eldste vises") % (data.overdue_total, len(data.overdue))
            )
        self.upcoming.set_records(data.upcoming)
        self.evaluations.set_records(data.evaluations)
        self.to_fulfil.set_records(data.to_fulfil)
        self.fund.set_plan(data.plan)
        self.summary.set_summary(data.summary)
        self.loaded.emit()

    def _evaluation_style(self, record: Record) -> str | None:
        nxt = record.get("next_evaluation")
        today = self.data.today if self.data else clock.today()
        if record.get("status") is AgreementStatus.ACTIVE and nxt is not None and nxt < today:
            return "overdue"
        return None

    # --- the page interface the main window uses ---
    def maybe_leave(self) -> bool:
        return True

    def save_state(self) -> None:
        """Nothing to remember: the dashboard has no splitter and fixed columns."""

    def restore_state(self) -> None:
        """Nothing to restore."""

    def select_id(self, record_id: str, load: bool = True) -> bool:
        return False

    def focus_search(self) -> None:
        """The dashboard has no search; Ctrl+F does nothing here."""

    def new_record(self, defaults: dict[str, Any] | None = None) -> None:
        """Nothing to create on the dashboard."""

    def save(self) -> None:
        """Nothing to save on the dashboard."""

    def delete(self) -> None:
        """Nothing to delete on the dashboard."""

    def print_report(self) -> None:
        from kunnskapsapp.ui.reports import open_report_dialog

        open_report_dialog(self, self.db, "portfolio")
