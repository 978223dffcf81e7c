"""Tab 1, Forsknings- og innovasjonsfondet: a row per year, its appropriation and allocations."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QByteArray,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kunnskapsapp.domain import models as m
from kunnskapsapp.services import clock, fund
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.records import Record
from kunnskapsapp.ui import palette as colours
from kunnskapsapp.ui import settings
from kunnskapsapp.ui.form import FormSpec
from kunnskapsapp.ui.i18n import QT_TRANSLATE_NOOP
from kunnskapsapp.ui.page import ListPage
from kunnskapsapp.ui.pages.fund.allocations import AllocationsBox
from kunnskapsapp.ui.pages.fund.budget_plan import BudgetPlanModel
from kunnskapsapp.ui.pages.fund.common import (
    first_look,
    hide_heading,
    over_commitment_text,
    top_bar,
)
from kunnskapsapp.ui.table import Column


class FundYearsTab(ListPage):
    """Forsknings- og innovasjonsfondet: a row per year, the year's appropriation in the form,
    its allocations below the table, the budget plan and any over-commitment above."""

    title = QT_TRANSLATE_NOOP("FundYearsTab", "Forsknings- og innovasjonsfondet")
    page_id = "fund_years"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        self._year: int | None = None
        self._sorted_once = False
        super().__init__(db, parent)
        hide_heading(self)
        self.search.hide()
        top = top_bar(self)
        top.insertStretch(top.indexOf(self.count_label), 1)
        self.new_button.setText(self.tr("Nytt år"))
        self.new_button.setToolTip(self.tr("Registrer bevilgningen for et nytt år (Ctrl+N)"))
        self.view.setAccessibleName(self.tr("Fondet år for år"))

        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        self.warning = QLabel()
        self.warning.setObjectName("fundWarning")
        self.warning.setWordWrap(True)
        self.warning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warning.hide()
        outer.insertWidget(0, self.warning)

        self.plan_box = QGroupBox()
        self.plan_box.setObjectName("fundBudgetPlan")
        plan_layout = QVBoxLayout(self.plan_box)
        self.plan_model = BudgetPlanModel(self)
        self.plan_view = QTableView(self.plan_box)
        self.plan_view.setObjectName("fundBudgetPlanTable")
        self.plan_view.setAccessibleName(self.tr("Budsjettplanen"))
        self.plan_view.setModel(self.plan_model)
        self.plan_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plan_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.plan_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Nothing to select in the plan: the corner's "select all" is off, and named for a
        # screen reader that still reaches it.
        self.plan_view.setCornerButtonEnabled(False)
        corner = self.plan_view.findChild(QAbstractButton, "qt_tableview_cornerbutton")
        if corner is not None:
            corner.setAccessibleName(self.tr("Budsjettplanen: år"))
        self.plan_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.plan_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.plan_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.plan_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.plan_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.plan_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        plan_layout.addWidget(self.plan_view)
        outer.insertWidget(1, self.plan_box)

        # The years' table above the selected year's allocations, left of the form.
        self.left_splitter = QSplitter(Qt.Orientation.Vertical)
        self.left_splitter.setObjectName("splitter_fund_years_left")
        self.splitter.insertWidget(0, self.left_splitter)
        self.left_splitter.addWidget(self.view)
        self.allocations = AllocationsBox(db, self.left_splitter)
        self.left_splitter.addWidget(self.allocations)
        self.left_splitter.setStretchFactor(0, 3)
        self.left_splitter.setStretchFactor(1, 2)
        self.left_splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.allocations.changed.connect(self._allocations_changed)
        self.allocations.open_project.connect(
            lambda project_id: self.open_record_requested.emit("projects", project_id)
        )

    # --- ListPage configuration ---
    def columns(self) -> list[Column]:
        return [
            Column(
                "year",
                self.tr("År"),
                value=lambda r: self.tr("%s (i år)") % r.year if r.this_year else str(r.year),
                sort=lambda r: r.year,
            ),
            Column(
                "appropriation",
                self.tr("Bevilgning"),
                money=True,
                value=lambda r: r.appropriation if r.registered else None,
                sort=lambda r: r.appropriation,
            ),
            Column("allocated", self.tr("Tildelt"), money=True),
            Column("left", self.tr("Igjen"), money=True),
            Column("allocations", self.tr("Antall tildelinger"), align_right=True, priority=3),
            Column(
                "notes",
                self.tr("Merknader"),
                stretch=True,
                value=lambda r: (
                    r.notes if r.registered else self.tr("Ingen bevilgning registrert.")
                ),
            ),
        ]

    def row_style(self, record: Record) -> str | None:
        return "overdue" if record.get("over_committed") else None

    def form_spec(self) -> FormSpec:
        return FormSpec(
            m.FundAppropriation,
            [(self.tr("Bevilgning til fondet"), ["year", "amount", "notes"])],
            save=fund.save_appropriation,
        )

    def fetch(self) -> list[Record]:
        return fund.fund_year_rows(self.db)

    def print_report(self) -> None:
        from kunnskapsapp.ui.reports import open_report_dialog

        open_report_dialog(self, self.db, "fund")

    # A row per year: a few dozen, read at once (its refresh follows the year shown).
    background_above = None

    # --- loading ---
    def refresh(self) -> None:
        year = self.current_year()
        super().refresh()
        if not self._sorted_once:
            first_look(self, 0, Qt.SortOrder.DescendingOrder)
        self._sorted_once = True
        self._update_overview()
        if year is None:  # first look: this year, its appropriation and allocations
            this_year = clock.today().year
            if self._record_of_year(this_year) is not None:
                self.select_year(this_year)
                return
        elif self.form.record is None and self._record_of_year(year) is not None:
            # e.g. the appropriation was just deleted: show the year as one without one,
            # unless the user is typing a new appropriation into the form
            self.select_id(self._row_id(year), load=not self.form.dirty)
            if not self.form.dirty:
                return
        self._show_year(year)

    def _update_overview(self) -> None:
        rows = self.table_model.records()
        years = [fund.year_of_row(r) for r in rows]
        text = over_commitment_text(years)
        self.warning.setText(text)
        colours.set_colour_style(self.warning, "color: {}; font-weight: bold;", colours.DANGER)
        self.warning.setVisible(bool(text))
        plan = fund.plan_of_rows(rows)  # the rows' own figures: no second read
        self.plan_model.set_years(plan)
        self.plan_box.setTitle(
            self.tr("Budsjettplanen %s–%s: bevilget, forpliktet og igjen")
            % (plan[0].year, plan[-1].year)
        )
        header = self.plan_view.horizontalHeader().sizeHint().height()
        rows_height = self.plan_view.verticalHeader().length()
        self.plan_view.setFixedHeight(header + rows_height + 2 * self.plan_view.frameWidth())

    def current_year(self) -> int | None:
        if self.form.record is not None:
            return int(self.form.record["year"])
        return self._year

    def _show_year(self, year: int | None) -> None:
        self._year = year
        status = None
        if year is not None:
            row = self.table_model.row_of(self._row_id(year))
            if row >= 0:
                status = fund.year_of_row(self.table_model.record(row))
        self.allocations.set_year(year, status)

    def _row_id(self, year: int) -> str:
        for record in self.table_model.records():
            if record.year == year:
                return str(record.id)
        return f"{fund.YEAR_ROW_PREFIX}{year}"

    def _record_of_year(self, year: int) -> Record | None:
        row = self.table_model.row_of(self._row_id(year))
        return self.table_model.record(row) if row >= 0 else None

    # --- selection and the form ---
    def open_record(self, record_id: str) -> None:
        if str(record_id).startswith(fund.YEAR_ROW_PREFIX):
            year = int(str(record_id).removeprefix(fund.YEAR_ROW_PREFIX))
            self.form.clear({"year": year})
            self.form.heading.setText(self.tr("%s: ingen bevilgning registrert") % year)
        else:
            record = fund.appropriation(self.db, record_id)
            self.form.load(record)
            year = record.year
        self._show_year(year)
        self._update_buttons()

    def cancel(self) -> None:
        if self.form.record is not None:
            self.open_record(self.form.record["id"])
        elif self._year is not None and self._record_of_year(self._year) is not None:
            self.open_record(f"{fund.YEAR_ROW_PREFIX}{self._year}")
        else:
            super().cancel()

    def select_year(self, year: int) -> bool:
        if self._record_of_year(year) is None:
            return False
        return self.select_id(self._row_id(year))

    def new_record(self, defaults: dict[str, Any] | None = None) -> None:
        """A new year: the year after the last appropriation, ready for its amount."""
        self.ensure_loaded()  # (Ny pressed before the page's first read: the years first)
        if not self.form.maybe_discard():
            return
        year = fund.next_new_year(self.table_model.records())
        if isinstance(defaults, dict) and isinstance(defaults.get("year"), int):
            year = defaults["year"]
        existing = self._record_of_year(year)
        if existing is not None and not existing.registered:
            self.select_id(f"{fund.YEAR_ROW_PREFIX}{year}")
        else:
            self.view.clearSelection()
            self.form.clear({"year": year})
            self.form.heading.setText(self.tr("Ny bevilgning til fondet"))
            self._show_year(year)
            self._update_buttons()
        self.form.rows["amount"].widget.setFocus()

    def focus_search(self) -> None:
        self.view.setFocus()

    def _allocations_changed(self) -> None:
        self.refresh()
        self.data_changed.emit()

    def save_state(self) -> None:
        super().save_state()
        settings.FUND_YEARS_LEFT_SPLITTER.set(self.left_splitter.saveState())

    def restore_state(self) -> None:
        super().restore_state()
        state = settings.FUND_YEARS_LEFT_SPLITTER.get()
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.left_splitter.restoreState(state)
