"""The allocations of the fund's selected year: the list below the years, and the form."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.errors import DomainError
from kunnskapsapp.services import crud, fund
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.fund import FundYear
from kunnskapsapp.services.records import Record
from kunnskapsapp.ui import palette as colours
from kunnskapsapp.ui.form import EntityDialog, FormSpec, choices_of, confirm_delete
from kunnskapsapp.ui.formatting import domain_message
from kunnskapsapp.ui.icons import set_icon
from kunnskapsapp.ui.pages.fund.common import (
    kr,
    no_project_chosen,
)
from kunnskapsapp.ui.table import (
    Column,
    PreparedRows,
    RecordTableModel,
    size_columns_from_first_rows,
)
from kunnskapsapp.ui.widgets import ProxyFilter
from kunnskapsapp.ui.worker import Latest

# --- Tab 1: the fund --------------------------------------------------------------------------


class AllocationsBox(QGroupBox):
    """The allocations of the selected year: add, edit, remove; open the project."""

    changed = Signal()
    open_project = Signal(str)
    rows_shown = Signal()  # the year's allocations are in the table

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.year: int | None = None
        self.reading = False  # the year's allocations are being read off the UI thread
        self._pending_select: str | None = None
        self._latest = Latest(self)
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
        # Sorted by the model in Python, as the list pages are: a sorting proxy asked data()
        # for every comparison (1 s for a year with thousands of allocations).
        self.proxy = ProxyFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        size_columns_from_first_rows(self.view)
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
        for button, icon_name in (
            (self.add_button, "plus"),
            (self.edit_button, "pencil"),
            (self.remove_button, "minus"),
            (self.project_button, "folder-kanban"),
        ):
            set_icon(button, icon_name)
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
        # Thousands of allocations read in the background: their columns measured one a
        # turn of the event loop (all six at once held the window for 50 ms).
        self._unmeasured: list[int] = []
        self._measure_timer = QTimer(self)
        self._measure_timer.setInterval(0)
        self._measure_timer.timeout.connect(self._measure_next)
        self.set_year(None)

    # --- content ---
    # More allocations in a year than this and they are read off the UI thread (a year of the
    # 20 000-project demo has thousands: a fifth of a second of a frozen window).
    background_above = 300

    def set_year(self, year: int | None, status: FundYear | None = None) -> None:
        self.year = year
        self._latest.drop_pending()
        if year is None:
            self.setTitle(self.tr("Tildelinger"))
            self.model.set_rows([])
            self.summary.clear()
            self._pending_select = None
        else:
            self.setTitle(self.tr("Tildelinger i %s") % year)
            status = status or fund.year_status(self.db, year)
            if status.allocations > self.background_above:
                self.reading = True
                self.summary.setText(self.tr("Henter …"))
                colours.set_colour_style(self.summary, "")
                prepare, db, known = self.model.preparer(), self.db, status

                def read() -> PreparedRows:
                    return prepare(fund.allocations(db, year))

                def arrived(rows: PreparedRows) -> None:
                    self._show_allocations(rows, known)

                self._latest.run(read, arrived)
            else:
                self._show_allocations(fund.allocations(self.db, year), status)
        self.add_button.setEnabled(year is not None)
        self._update_buttons()

    def _show_allocations(self, rows: list[Record] | PreparedRows, status: FundYear) -> None:
        self.reading = False
        if isinstance(rows, PreparedRows):
            self.model.set_prepared(rows)
        else:
            self.model.set_rows(rows)
        if status.over_committed:
            self.summary.setText(self.tr("Overbelastet med %s") % kr(-status.left))
            colours.set_colour_style(self.summary, "color: {}; font-weight: bold;", colours.DANGER)
        else:
            self.summary.setText(self.tr("Ledig: %s") % kr(status.left))
            colours.set_colour_style(self.summary, "")
        self.view.horizontalHeader().setStretchLastSection(False)
        self._unmeasured = list(range(self.model.columnCount()))
        if isinstance(rows, PreparedRows):
            self._measure_timer.start()
        else:
            while self._unmeasured:
                self._measure_next()
        if self._pending_select is not None:
            allocation_id, self._pending_select = self._pending_select, None
            self.select_id(allocation_id)
        self._update_buttons()
        self.rows_shown.emit()

    def _measure_next(self) -> None:
        """One column fitted to its first rows (at most 260 pixels); the last stretches."""
        if not self._unmeasured:
            self._measure_timer.stop()
            return
        column = self._unmeasured.pop(0)
        self.view.resizeColumnToContents(column)
        self.view.setColumnWidth(column, min(self.view.columnWidth(column), 260))
        if not self._unmeasured:
            self._measure_timer.stop()
            self.view.horizontalHeader().setStretchLastSection(True)

    def selected(self) -> Record | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().hasSelection():
            return None
        return self.model.record(self.proxy.mapToSource(index).row())

    def select_id(self, allocation_id: str) -> bool:
        """Select an allocation of the year shown; one of a year still being read is
        selected when its rows arrive."""
        if self.reading:
            self._pending_select = allocation_id
            return True
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
            save=fund.save_allocation,
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
            no_project_chosen(form.rows["project_id"].widget)
        own = (record.get("amount") or 0, record.get("year")) if record else (0, None)

        def update_hint() -> None:
            year = form.rows["year"].value()
            if not isinstance(year, int) or not 2000 <= year <= 2100:
                hint.setText(self.tr("Skriv inn året tildelingen gjelder."))
                return
            room = fund.room_for_allocation(self.db, year, *own)
            free = room.free
            if room.appropriation == 0:
                text = self.tr("Det er ikke registrert noen bevilgning for %s.") % year
            elif free < 0:
                text = self.tr("Bevilgning %s: %s. Året er allerede overbelastet med %s.") % (
                    year,
                    kr(room.appropriation),
                    kr(-free),
                )
            else:
                text = self.tr("Bevilgning %s: %s. Ledig for denne tildelingen: %s.") % (
                    year,
                    kr(room.appropriation),
                    kr(free),
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
            QMessageBox.warning(self, self.tr("Kan ikke fjerne"), domain_message(exc))
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
