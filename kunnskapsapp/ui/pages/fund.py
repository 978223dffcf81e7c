"""Finansiering og fond: the research and innovation fund year by year (appropriation,
allocations, what is left, the four-year budget plan's commitments, over-commitment), and
every funding line across the projects.

Two tabs, each a `ListPage`; `FundPage` holds them and passes the page interface the main
window uses (new, save, delete, search, print, state) to the tab in front.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.enums import FundingStatus
from kunnskapsapp.domain.errors import DomainError
from kunnskapsapp.domain.rules import format_kroner
from kunnskapsapp.services import clock, crud, fund, funding
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.fund import FundYear
from kunnskapsapp.services.records import Record
from kunnskapsapp.ui import settings
from kunnskapsapp.ui.form import EntityDialog, FieldRow, FormSpec, choices_of, confirm_delete
from kunnskapsapp.ui.page import ListPage
from kunnskapsapp.ui.pages.projects import (
    funding_line_sections,
    save_funding_confirming_deadlines,
)
from kunnskapsapp.ui.table import SORT_ROLE, Column, RecordTableModel
from kunnskapsapp.ui.year_amounts import YearAmountsEditor

Index = QModelIndex | QPersistentModelIndex

YEAR_ROW_PREFIX = "year:"  # rows of years that have no appropriation registered yet


def _red() -> QColor:
    dark = QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
    return QColor("#ff8a80" if dark else "#b00020")


def _kr(amount: int) -> str:
    """Kroner for running text (no-break spaces kept, so "350 000 kr" never wraps)."""
    return format_kroner(amount)


def _top_bar(page: ListPage) -> QHBoxLayout:
    """The row above a list page's table: heading, search, filters, row count, Ny."""
    top = page.layout().itemAt(0).layout()
    assert isinstance(top, QHBoxLayout)
    return top


def _hide_heading(page: ListPage) -> None:
    """A tab needs no heading of its own: the tab's label and the page heading say it."""
    heading = _top_bar(page).itemAt(0).widget()
    if isinstance(heading, QLabel):
        heading.hide()


def _no_project_chosen(combo: QWidget) -> None:
    """A new row's project is picked by the user, never silently the first in the list."""
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(-1)
    line = combo.lineEdit()
    if line is not None:
        line.setPlaceholderText(QApplication.translate("FundPage", "Velg prosjekt …"))


def _first_look(page: ListPage, column: int, order: Qt.SortOrder, widths: dict[int, int]) -> None:
    """Sort order and column widths for a table whose header the user has not arranged yet."""
    if not settings.header_state(page.page_id).get().isEmpty():
        return
    page.view.sortByColumn(column, order)
    for col, width in widths.items():
        page.view.setColumnWidth(col, min(page.view.columnWidth(col), width))


def over_commitment_text(years: list[FundYear]) -> str:
    """One sentence per over-committed year, e.g. "2027 er overbelastet med 350 000 kr"."""
    lines = [
        QApplication.translate(
            "FundPage", "%s er overbelastet med %s (tildelt %s av en bevilgning på %s)."
        )
        % (fy.year, _kr(-fy.left), _kr(fy.allocated), _kr(fy.appropriation))
        for fy in years
        if fy.over_committed
    ]
    return "\n".join(lines)


# --- Records the tables show ----------------------------------------------------------------


def _allocation_named(record: Record) -> Record:
    record["display_name"] = QApplication.translate("FundPage", "Tildeling til %s (%s)") % (
        record.get("project_name") or "?",
        record.get("year"),
    )
    return record


def _appropriation_named(record: Record) -> Record:
    record["display_name"] = QApplication.translate("FundPage", "Bevilgning til fondet %s") % (
        record.get("year"),
    )
    return record


def _funding_named(record: Record) -> Record:
    funder = " ".join(x for x in (record.get("funder_label"), record.get("scheme_code")) if x)
    name = f"{funder} – {record.get('project_name', '')}".strip(" –")
    if record.get("external_ref"):
        name += f" ({record['external_ref']})"
    record["display_name"] = name
    return record


def fund_year_rows(db: Database) -> list[Record]:
    """Every year with an appropriation or allocations, plus the budget plan's years."""
    this_year = clock.today().year
    plan = fund.budget_plan(db)
    years = {fy.year: fy for fy in fund.fund_years(db)}
    for fy in plan:
        years.setdefault(fy.year, fy)
    appropriations = {r.year: r for r in crud.list_rows(db, m.FundAppropriation)}
    plan_years = {fy.year for fy in plan}
    rows = []
    for year, fy in sorted(years.items()):
        appropriation = appropriations.get(year)
        notes = (appropriation.notes or "").strip() if appropriation else ""
        if appropriation is None:
            notes = QApplication.translate("FundPage", "Ingen bevilgning registrert.")
        rows.append(
            Record(
                id=appropriation.id if appropriation else f"{YEAR_ROW_PREFIX}{year}",
                display_name=str(year),
                year=year,
                registered=appropriation is not None,
                appropriation=fy.appropriation,
                allocated=fy.allocated,
                left=fy.left,
                allocations=fy.allocations,
                over_committed=fy.over_committed,
                in_plan=year in plan_years,
                this_year=year == this_year,
                notes=notes,
            )
        )
    return rows


# --- The budget plan: four years side by side -----------------------------------------------


class BudgetPlanModel(QAbstractTableModel):
    """This year and the three following as columns (plus the sum); rows Bevilgning, Tildelt
    (what is committed) and Igjen. An over-committed year is red."""

    ROWS = ("appropriation", "allocated", "left")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._years: list[FundYear] = []

    def set_years(self, years: list[FundYear]) -> None:
        self.beginResetModel()
        self._years = list(years)
        self.endResetModel()

    def years(self) -> list[FundYear]:
        return list(self._years)

    def _value(self, row: int, column: int) -> int:
        key = self.ROWS[row]
        if column < len(self._years):
            return int(getattr(self._years[column], key))
        return sum(int(getattr(fy, key)) for fy in self._years)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ROWS)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._years else len(self._years) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            labels = (self.tr("Bevilgning"), self.tr("Tildelt (forpliktet)"), self.tr("Igjen"))
            return labels[section] if 0 <= section < len(labels) else None
        if 0 <= section < len(self._years):
            year = self._years[section].year
            return self.tr("%s (i år)") % year if year == clock.today().year else str(year)
        if section == len(self._years) and self._years:
            return self.tr("Sum %s–%s") % (self._years[0].year, self._years[-1].year)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (
            0 <= index.row() < self.rowCount() and 0 <= index.column() < self.columnCount()
        ):
            return None
        row, column = index.row(), index.column()
        over = column < len(self._years) and self._years[column].over_committed
        if role == Qt.ItemDataRole.DisplayRole:
            return format_kroner(self._value(row, column))
        if role == SORT_ROLE:
            return self._value(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and over and row > 0:
            return QBrush(_red())
        if role == Qt.ItemDataRole.FontRole and (column == len(self._years) or (over and row == 2)):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and over:
            fy = self._years[column]
            return self.tr("%s er overbelastet med %s.") % (fy.year, _kr(-fy.left))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


# --- Tab 1: the fund --------------------------------------------------------------------------


class AllocationsBox(QGroupBox):
    """The allocations of the selected year: add, edit, remove; open the project."""

    changed = Signal()
    open_project = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.year: int | None = None
        self.setObjectName("fundAllocations")
        layout = QVBoxLayout(self)
        self.model = RecordTableModel(
            [
                Column("project_name", self.tr("Prosjekt")),
                Column("amount", self.tr("Beløp"), money=True),
                Column("decision_date", self.tr("Vedtaksdato")),
                Column("decision_ref", self.tr("Saksref.")),
                Column(
                    "override",
                    self.tr("Overskridelse"),
                    value=lambda r: self.tr("Godkjent") if r.get("override") else "",
                ),
                Column("override_reason", self.tr("Begrunnelse")),
            ],
            lambda r: "warning" if r.get("override") else None,
            self,
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView(self)
        self.view.setObjectName("fundAllocationsTable")
        self.view.setAccessibleName(self.tr("Tildelinger fra fondet"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(self._double_clicked)
        layout.addWidget(self.view, 1)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Legg til …"))
        self.edit_button = QPushButton(self.tr("Endre …"))
        self.remove_button = QPushButton(self.tr("Fjern …"))
        self.project_button = QPushButton(self.tr("Åpne prosjektet"))
        for button, name in (
            (self.add_button, "Add"),
            (self.edit_button, "Edit"),
            (self.remove_button, "Remove"),
            (self.project_button, "OpenProject"),
        ):
            button.setObjectName(f"fundAllocations{name}")
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.summary = QLabel()
        self.summary.setObjectName("fundAllocationsSummary")
        buttons.addWidget(self.summary)
        layout.addLayout(buttons)

        self.act_edit = QAction(self.tr("Endre …"), self)
        self.act_edit.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.act_edit.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_edit.triggered.connect(self.edit)
        self.act_remove = QAction(self.tr("Fjern …"), self)
        self.act_remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.act_remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_remove.triggered.connect(self.remove)
        self.act_project = QAction(self.tr("Åpne prosjektet"), self)
        self.act_project.triggered.connect(self._open_project)
        self.view.addAction(self.act_edit)
        self.view.addAction(self.act_remove)

        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.project_button.clicked.connect(self._open_project)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.set_year(None)

    # --- content ---
    def set_year(self, year: int | None, status: FundYear | None = None) -> None:
        self.year = year
        if year is None:
            self.setTitle(self.tr("Tildelinger"))
            self.model.set_rows([])
            self.summary.clear()
        else:
            self.setTitle(self.tr("Tildelinger i %s") % year)
            rows = crud.list_rows(self.db, m.FundAllocation, where={"year": year})
            self.model.set_rows([_allocation_named(r) for r in rows])
            status = status or fund.year_status(self.db, year)
            if status.over_committed:
                self.summary.setText(self.tr("Overbelastet med %s") % _kr(-status.left))
                self.summary.setStyleSheet(f"color: {_red().name()}; font-weight: bold;")
            else:
                self.summary.setText(self.tr("Ledig: %s") % _kr(status.left))
                self.summary.setStyleSheet("")
            self.view.resizeColumnsToContents()
            for column in range(self.model.columnCount()):
                self.view.setColumnWidth(column, min(self.view.columnWidth(column), 260))
            self.view.horizontalHeader().setStretchLastSection(True)
        self.add_button.setEnabled(year is not None)
        self._update_buttons()

    def selected(self) -> Record | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().hasSelection():
            return None
        return self.model.record(self.proxy.mapToSource(index).row())

    def select_id(self, allocation_id: str) -> bool:
        row = self.model.row_of(allocation_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.setCurrentIndex(index)
        self.view.selectRow(index.row())
        return True

    def _update_buttons(self, *_args: Any) -> None:
        has = self.selected() is not None
        for button in (self.edit_button, self.remove_button, self.project_button):
            button.setEnabled(has)

    # --- the allocation form ---
    def form_spec(self) -> FormSpec:
        return FormSpec(
            m.FundAllocation,
            [
                (
                    self.tr("Tildeling fra fondet"),
                    ["project_id", "year", "amount", "decision_date", "decision_ref", "notes"],
                ),
                (
                    self.tr("Overskridelse av årets bevilgning"),
                    ["override", "override_reason"],
                ),
            ],
            choices={"project_id": choices_of(m.Project)},
            labels={
                "override": self.tr("Godkjent overskridelse"),
                "override_reason": self.tr("Begrunnelse"),
            },
            save=_save_allocation,
        )

    def dialog(self, record: Record | None = None) -> EntityDialog:
        """The allocation form in a dialog, with what is free in the year above it."""
        defaults = {"year": self.year} if record is None else None
        dialog = EntityDialog(self.db, self.form_spec(), record, defaults, self.window())
        form = dialog.form
        hint = QLabel(form)
        hint.setObjectName("fundYearHint")
        hint.setWordWrap(True)
        form_layout = form.layout()
        assert isinstance(form_layout, QVBoxLayout)
        form_layout.insertWidget(1, hint)  # under the heading
        if record is None:
            _no_project_chosen(form.rows["project_id"].widget)
        own = (record.get("amount") or 0, record.get("year")) if record else (0, None)

        def update_hint() -> None:
            year = form.rows["year"].value()
            if not isinstance(year, int) or not 2000 <= year <= 2100:
                hint.setText(self.tr("Skriv inn året tildelingen gjelder."))
                return
            status = fund.year_status(self.db, year)
            free = status.left + (own[0] if own[1] == year else 0)
            if status.appropriation == 0:
                text = self.tr("Det er ikke registrert noen bevilgning for %s.") % year
            elif free < 0:
                text = self.tr("Bevilgning %s: %s. Året er allerede overbelastet med %s.") % (
                    year,
                    _kr(status.appropriation),
                    _kr(-free),
                )
            else:
                text = self.tr("Bevilgning %s: %s. Ledig for denne tildelingen: %s.") % (
                    year,
                    _kr(status.appropriation),
                    _kr(free),
                )
            hint.setText(text)

        override = form.rows["override"].widget
        reason = form.rows["override_reason"].widget
        assert isinstance(override, QCheckBox)
        reason.setEnabled(override.isChecked())
        override.toggled.connect(reason.setEnabled)
        form.rows["year"].widget.edited.connect(update_hint)  # type: ignore[attr-defined]
        update_hint()
        dialog.resize(620, 620)
        return dialog

    def add(self) -> None:
        if self.year is None:
            return
        if self.dialog().exec():
            self.changed.emit()

    def edit(self) -> None:
        record = self.selected()
        if record is None:
            return
        if self.dialog(record).exec():
            self.changed.emit()

    def remove(self) -> None:
        record = self.selected()
        if record is None:
            return
        if not confirm_delete(self, self.db, m.FundAllocation, record):
            return
        try:
            crud.delete(self.db, m.FundAllocation, record["id"], record["version"])
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Kan ikke fjerne"), exc.message)
            return
        self.changed.emit()

    def _open_project(self) -> None:
        record = self.selected()
        if record is not None:
            self.open_project.emit(record["project_id"])

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() == 0:  # the project: open it on the projects page
            self._open_project()
        else:
            self.edit()

    def _context_menu(self, pos: Any) -> None:
        menu = QMenu(self)
        menu.setObjectName("menu_fundAllocations")
        add = menu.addAction(self.tr("Legg til …"))
        add.setEnabled(self.year is not None)
        add.triggered.connect(self.add)
        if self.view.indexAt(pos).isValid() and self.selected() is not None:
            menu.addAction(self.act_edit)
            menu.addAction(self.act_remove)
            menu.addSeparator()
            menu.addAction(self.act_project)
        menu.popup(self.view.viewport().mapToGlobal(pos))


def _save_allocation(
    db: Database, values: dict[str, Any], record_id: str | None, version: int | None
) -> Record:
    if record_id is None:
        saved = crud.create(db, m.FundAllocation, values)
    else:
        saved = crud.update(db, m.FundAllocation, record_id, values, version)
    return _allocation_named(saved)


def _save_appropriation(
    db: Database, values: dict[str, Any], record_id: str | None, version: int | None
) -> Record:
    if record_id is None:
        saved = crud.create(db, m.FundAppropriation, values)
    else:
        saved = crud.update(db, m.FundAppropriation, record_id, values, version)
    return _appropriation_named(saved)


class FundYearsTab(ListPage):
    """Forsknings- og innovasjonsfondet: a row per year, the year's appropriation in the form,
    its allocations below the table, the budget plan and any over-commitment above."""

    title = "Forsknings- og innovasjonsfondet"
    page_id = "fund_years"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        self._year: int | None = None
        self._sorted_once = False
        super().__init__(db, parent)
        _hide_heading(self)
        self.search.hide()
        top = _top_bar(self)
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
            Column("allocations", self.tr("Antall tildelinger"), align_right=True),
            Column("notes", self.tr("Merknader")),
        ]

    def row_style(self, record: Record) -> str | None:
        return "overdue" if record.get("over_committed") else None

    def form_spec(self) -> FormSpec:
        return FormSpec(
            m.FundAppropriation,
            [(self.tr("Bevilgning til fondet"), ["year", "amount", "notes"])],
            save=_save_appropriation,
        )

    def fetch(self) -> list[Record]:
        return fund_year_rows(self.db)

    def print_report(self) -> None:
        from kunnskapsapp.ui.reports import open_report_dialog

        open_report_dialog(self, self.db, "fund")

    # --- loading ---
    def refresh(self) -> None:
        year = self.current_year()
        super().refresh()
        if not self._sorted_once:
            _first_look(self, 0, Qt.SortOrder.DescendingOrder, {5: 360})
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
        years = [FundYear(r.year, r.appropriation, r.allocated, r.allocations) for r in rows]
        text = over_commitment_text(years)
        self.warning.setText(text)
        self.warning.setStyleSheet(f"color: {_red().name()}; font-weight: bold;")
        self.warning.setVisible(bool(text))
        plan = fund.budget_plan(self.db)
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
                r = self.table_model.record(row)
                status = FundYear(r.year, r.appropriation, r.allocated, r.allocations)
        self.allocations.set_year(year, status)

    def _row_id(self, year: int) -> str:
        for record in self.table_model.records():
            if record.year == year:
                return str(record.id)
        return f"{YEAR_ROW_PREFIX}{year}"

    def _record_of_year(self, year: int) -> Record | None:
        row = self.table_model.row_of(self._row_id(year))
        return self.table_model.record(row) if row >= 0 else None

    # --- selection and the form ---
    def open_record(self, record_id: str) -> None:
        if str(record_id).startswith(YEAR_ROW_PREFIX):
            year = int(str(record_id).removeprefix(YEAR_ROW_PREFIX))
            self.form.clear({"year": year})
            self.form.heading.setText(self.tr("%s: ingen bevilgning registrert") % year)
        else:
            record = _appropriation_named(crud.get(self.db, m.FundAppropriation, record_id))
            self.form.load(record)
            year = record.year
        self._show_year(year)
        self._update_buttons()

    def cancel(self) -> None:
        if self.form.record is not None:
            self.open_record(self.form.record["id"])
        elif self._year is not None and self._record_of_year(self._year) is not None:
            self.open_record(f"{YEAR_ROW_PREFIX}{self._year}")
        else:
            super().cancel()

    def select_year(self, year: int) -> bool:
        if self._record_of_year(year) is None:
            return False
        return self.select_id(self._row_id(year))

    def new_record(self, defaults: dict[str, Any] | None = None) -> None:
        """A new year: the year after the last appropriation, ready for its amount."""
        if not self.form.maybe_discard():
            return
        registered = [r.year for r in self.table_model.records() if r.registered]
        year = max(registered) + 1 if registered else clock.today().year
        if isinstance(defaults, dict) and isinstance(defaults.get("year"), int):
            year = defaults["year"]
        if self._record_of_year(year) is not None and not self._record_of_year(year).registered:
            self.select_id(f"{YEAR_ROW_PREFIX}{year}")
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
        settings.page_value(self.page_id, "left_splitter", QByteArray()).set(
            self.left_splitter.saveState()
        )

    def restore_state(self) -> None:
        super().restore_state()
        state = settings.page_value(self.page_id, "left_splitter", QByteArray()).get()
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.left_splitter.restoreState(state)


# --- Tab 2: every funding line ----------------------------------------------------------------


def _support_sort(record: Record) -> float:
    rate = record.get("support_rate")
    return -1.0 if rate is None else float(rate)


class FundingLinesTab(ListPage):
    """Every funding line across the projects, with support rate, own contribution and the
    per-year breakdown."""

    title = "Finansiering"
    page_id = "funding_lines"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        self._sorted_once = False
        super().__init__(db, parent)
        _hide_heading(self)
        self.splitter.setSizes([1000, 320])  # the table's ten columns want the room
        _no_project_chosen(self.form.rows["project_id"].widget)
        self.new_button.setText(self.tr("Ny finansiering"))
        self.view.setAccessibleName(self.tr("Finansiering i alle prosjekter"))
        self._add_years_field()
        self.form.rows["granted_amount"].widget.edited.connect(  # type: ignore[attr-defined]
            self.years_editor.update_summary
        )
        self.act_open_project = QAction(self.tr("Åpne prosjektet"), self)
        self.act_open_project.triggered.connect(self._open_project)

    def _add_years_field(self) -> None:
        """The per-year amounts, held by the form like any field (saved by `_save`)."""
        self.years_editor = YearAmountsEditor(
            reference=lambda: self.form.rows["granted_amount"].value(),
            reference_label=self.tr("innvilget"),
            parent=self.form,
        )
        label = self.tr("Beløp per år")
        self.years_editor.setObjectName("field_years")
        self.years_editor.setAccessibleName(label)
        row = FieldRow("years", label, self.years_editor, None)
        box = QGroupBox(label, self.form)
        box.setObjectName("section_funding_line_years")
        layout = QVBoxLayout(box)
        layout.addWidget(self.years_editor)
        layout.addWidget(row.error)
        self.form.body_layout.insertWidget(self.form.body_layout.count() - 1, box)
        self.form.rows["years"] = row
        self.years_editor.edited.connect(self.form._mark_dirty)

    def columns(self) -> list[Column]:
        return [
            Column("project_name", self.tr("Prosjekt")),
            Column("funder_label", self.tr("Finansiør")),
            Column("scheme_code", self.tr("Ordning")),
            Column("status", self.tr("Status")),
            Column("external_ref", self.tr("Ekstern ref.")),
            Column("applied_amount", self.tr("Søkt"), money=True),
            Column("granted_amount", self.tr("Innvilget"), money=True),
            Column("total_cost", self.tr("Totalkostnad"), money=True),
            Column(
                "support_rate_text", self.tr("Støttegrad"), align_right=True, sort=_support_sort
            ),
            Column("own_contribution", self.tr("Egenandel"), money=True),
            Column("decision_date", self.tr("Vedtaksdato")),
        ]

    def row_style(self, record: Record) -> str | None:
        if record.get("support_warning"):
            return "warning"
        if record.get("status") in (FundingStatus.REJECTED, FundingStatus.WITHDRAWN):
            return "done"
        return None

    def form_spec(self) -> FormSpec:
        return FormSpec(
            m.FundingLine,
            funding_line_sections(self),
            choices={"project_id": choices_of(m.Project)},
            save=self._save,
            defaults={"status": FundingStatus.PLANNED},
        )

    def _save(
        self, db: Database, values: dict[str, Any], record_id: str | None, version: int | None
    ) -> Record:
        """The line through the shared confirm-the-scheme's-deadlines flow, then its years."""
        values = dict(values)
        years = values.pop("years", None)
        saved = save_funding_confirming_deadlines(self, db, values, record_id, version)
        if years is not None and years != saved.get("years"):
            saved = funding.set_years(db, saved["id"], dict(years))
        return _funding_named(saved)

    def fetch(self) -> list[Record]:
        return [_funding_named(r) for r in crud.list_rows(self.db, m.FundingLine)]

    def setup_filters(self) -> None:
        self.add_filter("funder", self.tr("Finansiør"), [], lambda r, v: r.funder_label == v)
        self.add_filter("scheme", self.tr("Ordning"), [], lambda r, v: r.scheme_id == v)
        self.add_filter(
            "status",
            self.tr("Status"),
            FundingStatus.choices(),
            lambda r, v: r.status.value == v,
        )
        self.add_filter(
            "year",
            self.tr("Vedtaksår"),
            [],
            lambda r, v: r.decision_date is not None and r.decision_date.year == v,
        )

    def refresh(self) -> None:
        # Reloading the pickers would put the first project into a new line's empty field.
        no_project = self.form.record is None and self.form.rows["project_id"].value() is None
        super().refresh()
        if no_project and self.form.record is None:
            _no_project_chosen(self.form.rows["project_id"].widget)
        if not self._sorted_once:
            _first_look(self, 0, Qt.SortOrder.AscendingOrder, {0: 140, 1: 118, 2: 84, 3: 68, 4: 86})
        self._sorted_once = True
        rows = self.table_model.records()
        by_name = {f.name: f for f in self.filters}
        funders = sorted({r.funder_label for r in rows if r.funder_label}, key=str.lower)
        by_name["funder"].set_choices(self.tr("Finansiør"), [(f, f) for f in funders])
        schemes = sorted(
            {(r.scheme_id, r.scheme_code) for r in rows if r.scheme_id}, key=lambda s: s[1]
        )
        by_name["scheme"].set_choices(self.tr("Ordning"), schemes)
        years = sorted({r.decision_date.year for r in rows if r.decision_date}, reverse=True)
        by_name["year"].set_choices(self.tr("Vedtaksår"), [(y, str(y)) for y in years])

    def open_record(self, record_id: str) -> None:
        self.form.load(_funding_named(crud.get(self.db, m.FundingLine, record_id)))
        self._update_buttons()

    def new_record(self, defaults: dict[str, Any] | None = None) -> None:
        super().new_record(defaults)
        given = isinstance(defaults, dict) and "project_id" in defaults
        if self.form.record is None and not self.form.dirty and not given:
            _no_project_chosen(self.form.rows["project_id"].widget)

    def cancel(self) -> None:
        if self.form.record is not None:
            self.open_record(self.form.record["id"])
        else:
            self.form.clear()
            _no_project_chosen(self.form.rows["project_id"].widget)
        self._update_buttons()

    def context_actions(self, record: Record | None) -> list[QAction]:
        return [self.act_open_project] if record is not None else []

    def _open_project(self) -> None:
        record = self.current_record()
        if record is not None:
            self.open_record_requested.emit("projects", record["project_id"])

    def print_report(self) -> None:
        from kunnskapsapp.ui.reports import open_report_dialog

        open_report_dialog(self, self.db, "fund")


# --- The page ---------------------------------------------------------------------------------


class FundPage(QWidget):
    """Finansiering og fond: the fund and the funding lines, as two tabs."""

    title = "Finansiering og fond"
    page_id = "fund"
    open_record_requested = Signal(str, str)  # page id, record id
    data_changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName(f"page_{self.page_id}")
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Finansiering og fond"))
        heading.setObjectName("heading_fund")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("fundTabs")
        self.tabs.setDocumentMode(True)
        self.fund_tab = FundYearsTab(db, self.tabs)
        self.funding_tab = FundingLinesTab(db, self.tabs)
        self.tabs.addTab(self.fund_tab, self.tr("Forsknings- og innovasjonsfondet"))
        self.tabs.addTab(self.funding_tab, self.tr("Finansiering"))
        self.tabs.setTabToolTip(
            0, self.tr("Bevilgning og tildelinger per år, og forpliktelser i budsjettplanen")
        )
        self.tabs.setTabToolTip(1, self.tr("Finansiering i alle prosjekter"))
        layout.addWidget(self.tabs, 1)
        for tab in self.all_tabs():
            tab.data_changed.connect(self.data_changed)
            tab.open_record_requested.connect(self.open_record_requested)
        self.tabs.currentChanged.connect(self._tab_changed)

    def all_tabs(self) -> list[ListPage]:
        return [self.fund_tab, self.funding_tab]

    def current_tab(self) -> ListPage:
        tab = self.tabs.currentWidget()
        assert isinstance(tab, ListPage)
        return tab

    # The tab in front's table, for code that treats every page alike (scripts, tests).
    @property
    def view(self) -> QTableView:
        return self.current_tab().view

    @property
    def table_model(self) -> RecordTableModel:
        return self.current_tab().table_model

    @property
    def proxy(self) -> QSortFilterProxyModel:
        return self.current_tab().proxy

    def current_record(self) -> Record | None:
        return self.current_tab().current_record()

    def _tab_changed(self, _index: int) -> None:
        self.current_tab().ensure_loaded()

    # The main window marks pages stale with `_loaded = False` when other pages change data.
    @property
    def _loaded(self) -> bool:
        return all(tab._loaded for tab in self.all_tabs())

    @_loaded.setter
    def _loaded(self, value: bool) -> None:
        for tab in self.all_tabs():
            tab._loaded = value

    # --- the ListPage interface, passed to the tab in front ---
    def ensure_loaded(self) -> None:
        self.current_tab().ensure_loaded()

    def refresh(self) -> None:
        self.current_tab().refresh()
        for tab in self.all_tabs():
            if tab is not self.current_tab():
                tab._loaded = False

    def maybe_leave(self) -> bool:
        """Both tabs' forms stay open behind the tabs: ask about each with changes."""
        for tab in [self.current_tab(), *self.all_tabs()]:
            if tab.form.dirty:
                self.tabs.setCurrentWidget(tab)
                if not tab.maybe_leave():
                    return False
        return True

    def save_state(self) -> None:
        for tab in self.all_tabs():
            tab.save_state()
        settings.page_value(self.page_id, "tab", 0).set(self.tabs.currentIndex())

    def restore_state(self) -> None:
        for tab in self.all_tabs():
            tab.restore_state()
        index = settings.page_value(self.page_id, "tab", 0).get()
        if isinstance(index, int) and 0 <= index < self.tabs.count():
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(index)
            self.tabs.blockSignals(False)

    def select_id(self, record_id: str, load: bool = True) -> bool:
        """Open a year ("2026"), an appropriation, an allocation or a funding line."""
        if load and not self.maybe_leave():
            return False
        text = str(record_id)
        if text.isdigit() and len(text) == 4:
            self.tabs.setCurrentWidget(self.fund_tab)
            self.fund_tab.ensure_loaded()
            return self.fund_tab.select_year(int(text))
        for tab in (self.fund_tab, self.funding_tab):
            tab.ensure_loaded()
            if tab.table_model.row_of(text) >= 0:
                self.tabs.setCurrentWidget(tab)
                return tab.select_id(text, load)
        allocations = crud.list_rows(self.db, m.FundAllocation, where={"id": text})
        if allocations:
            self.tabs.setCurrentWidget(self.fund_tab)
            if self.fund_tab.select_year(allocations[0].year):
                return self.fund_tab.allocations.select_id(text)
        return False

    def focus_search(self) -> None:
        self.current_tab().focus_search()

    def new_record(self, defaults: dict[str, Any] | None = None) -> None:
        self.current_tab().new_record(defaults)

    def save(self) -> None:
        self.current_tab().save()

    def delete(self) -> None:
        self.current_tab().delete()

    def print_report(self) -> None:
        from kunnskapsapp.ui.reports import open_report_dialog

        open_report_dialog(self, self.db, "fund")
