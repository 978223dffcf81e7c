"""Oversikt: the page that lays the sections out and fetches their figures."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kunnskapsapp.services import clock, dashboard
from kunnskapsapp.services.dashboard import DashboardData
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.records import Record
from kunnskapsapp.ui.formatting import days_to_deadline, long_date
from kunnskapsapp.ui.heading import page_heading
from kunnskapsapp.ui.i18n import QT_TRANSLATE_NOOP
from kunnskapsapp.ui.icons import set_icon
from kunnskapsapp.ui.pages.dashboard.charts import (
    ChartRow,
    DeadlineChartSection,
    FundChartSection,
)
from kunnskapsapp.ui.pages.dashboard.people_due import PeopleDueSection
from kunnskapsapp.ui.pages.dashboard.sections import FundSection, ListSection, SummarySection
from kunnskapsapp.ui.table import Column
from kunnskapsapp.ui.worker import Latest

log = logging.getLogger(__name__)


class DashboardPage(QWidget):
    title = QT_TRANSLATE_NOOP("DashboardPage", "Oversikt")
    page_id = "dashboard"
    open_record_requested = Signal(str, str)  # page id, record id
    data_changed = Signal()
    loaded = Signal()  # the sections show fresh figures
    week_requested = Signal(object, object)  # Frister for these days (date, date): a chart bar

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, background: bool = True
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.background = background
        self.setObjectName(f"page_{self.page_id}")
        self._latest = Latest(self)  # a refresh's figures are shown only if no newer one began
        self._loaded = False
        self.data: DashboardData | None = None

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(page_heading(self.tr(self.title), self))
        top.addSpacing(12)
        self.date_label = QLabel()
        self.date_label.setObjectName("dashboardDate")
        top.addWidget(self.date_label)
        top.addStretch(1)
        self.status_label = QLabel()
        self.status_label.setObjectName("dashboardStatus")
        top.addWidget(self.status_label)
        self.refresh_button = QPushButton(self.tr("Oppdater"))
        set_icon(self.refresh_button, "refresh-cw")
        self.refresh_button.setObjectName("refresh_dashboard")
        self.refresh_button.setToolTip(self.tr("Oppdater (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)

        deadline_columns = [
            Column("due_date", self.tr("Frist")),
            Column("title", self.tr("Hva")),
            Column("concerns", self.tr("Gjelder")),
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
                    "days_left",
                    self.tr("Dager"),
                    value=lambda r: days_to_deadline(r.days_left),
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
                Column(
                    "days_left",
                    self.tr("Dager"),
                    value=lambda r: days_to_deadline(r.days_left),
                    align_right=True,
                ),
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
        self.fund_chart = FundChartSection()
        self.deadline_chart = DeadlineChartSection()
        self.deadline_chart.week_requested.connect(self.week_requested)
        self.list_sections = [self.overdue, self.upcoming, self.evaluations, self.to_fulfil]
        for section in self.list_sections:
            section.open_record_requested.connect(self.open_record_requested)
        self.people_due = PeopleDueSection(db)
        self.people_due.open_record_requested.connect(self.open_record_requested)
        self.people_due.changed.connect(self.data_changed)

        body = QWidget()
        body.setObjectName("dashboardBody")
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 6, 0)
        left = QVBoxLayout()
        for section in (self.overdue, self.upcoming, self.evaluations, self.to_fulfil):
            left.addWidget(section)
        left.addWidget(self.people_due)
        self.charts = ChartRow([self.deadline_chart, self.fund_chart])
        left.addWidget(self.charts)
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
        """The first show: the page's frame at once, its figures from a background read
        (on the UI thread where the page was made without `background`)."""
        if self._loaded:
            return
        if not self.background:
            self.load_now()
            return
        self._loaded = True
        self._fetch(self.tr("Henter oversikten …"))

    def load_now(self) -> None:
        """Fetch the figures on the UI thread and show them (the first time the page shows)."""
        self._loaded = True
        self._latest.drop_pending()
        self._show(dashboard.load_dashboard(self.db, clock.today()))

    def refresh(self) -> None:
        """Fetch fresh figures after a change: off the UI thread, so that a save elsewhere
        never waits for the dashboard; the old figures stay until the new ones arrive and
        `loaded` is emitted."""
        if not self.background or not self._loaded:
            self.load_now()
            return
        self._fetch(self.tr("Oppdaterer …"))

    def _fetch(self, status: str) -> None:
        today = clock.today()
        db = self.db
        self.status_label.setText(status)
        self._latest.run(
            lambda: dashboard.load_dashboard(db, today), self._show, on_error=self._failed
        )

    def _failed(self, exc: BaseException) -> None:
        log.warning("Oversikten kunne ikke hentes: %s", exc, exc_info=exc)
        self.status_label.setText(
            self.tr("Kunne ikke hente oversikten (%s). Trykk F5 for å prøve igjen.") % exc
        )

    def _show(self, data: DashboardData) -> None:
        self.data = data
        self.status_label.clear()
        # The first letter up ("Torsdag 3. desember"), the rest as written: str.capitalize()
        # would lower the English month ("Thursday 3 december").
        today = long_date(data.today)
        self.date_label.setText(today[:1].upper() + today[1:])
        self.overdue.set_records(data.overdue)
        if data.overdue_cut:
            self.overdue.set_heading(
                self.tr("%s, de %s eldste vises") % (data.overdue_total, len(data.overdue))
            )
        self.upcoming.set_records(data.upcoming)
        self.evaluations.set_records(data.evaluations)
        self.to_fulfil.set_records(data.to_fulfil)
        self.fund.set_plan(data.plan)
        self.fund_chart.set_plan(data.plan)
        self.deadline_chart.set_weeks(data.weeks)
        self.summary.set_summary(data.summary)
        self.people_due.load()
        self.loaded.emit()

    def _evaluation_style(self, record: Record) -> str | None:
        today = self.data.today if self.data else clock.today()
        return "overdue" if dashboard.evaluation_overdue(record, today) else None

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
