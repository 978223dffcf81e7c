"""An editable per-year breakdown of an amount (a funding line's years): a small table of
År and Beløp, typed in place, with the sum compared against a reference (the granted amount).

The editor has the field interface of `ui/widgets.py` (`value()`, `set_value()`, `edited`),
so a form can hold it like any other field; its value is a list of (year, amount) pairs
sorted by year, the same shape as a funding line record's `years`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kunnskapsapp.services import clock
from kunnskapsapp.services.crud import parse_int
from kunnskapsapp.ui import palette as colours
from kunnskapsapp.ui.formatting import format_kroner
from kunnskapsapp.ui.widgets import error_label

Index = QModelIndex | QPersistentModelIndex

FIRST_YEAR = 2000
LAST_YEAR = 2100


class YearAmountsModel(QAbstractTableModel):
    """Rows of [year, amount]; edits are checked here, so the value is always usable."""

    rejected = Signal(str)  # a plain Norwegian sentence saying why an edit was refused
    changed = Signal()

    YEAR, AMOUNT = 0, 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[list[int]] = []

    # --- data in and out ---
    def set_pairs(self, pairs: list[tuple[int, int]]) -> None:
        self.beginResetModel()
        self._rows = [[int(y), int(a)] for y, a in sorted(pairs)]
        self.endResetModel()

    def pairs(self) -> list[tuple[int, int]]:
        return sorted((y, a) for y, a in self._rows)

    def total(self) -> int:
        return sum(a for _y, a in self._rows)

    def add_year(self, year: int | None = None) -> int:
        """Append a row for the year after the last one (or `year`); returns its row."""
        years = {y for y, _a in self._rows}
        if year is None:
            year = max(years) + 1 if years else clock.today().year
        while year in years:
            year += 1
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append([year, 0])
        self.endInsertRows()
        self.changed.emit()
        return row

    def remove_row(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self.changed.emit()

    # --- Qt model ---
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and section in (self.YEAR, self.AMOUNT)
        ):
            return self.tr("År") if section == self.YEAR else self.tr("Beløp")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        year, amount = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(year) if index.column() == self.YEAR else format_kroner(amount)
        if role == Qt.ItemDataRole.EditRole:
            return str(year) if index.column() == self.YEAR else str(amount)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, column = index.row(), index.column()
        text = str(value).strip()
        try:
            number = parse_int(text) if text else 0
        except ValueError:
            what = self.tr("et årstall") if column == self.YEAR else self.tr("et beløp i kroner")
            self.rejected.emit(self.tr("«%s» er ikke %s.") % (text, what))
            return False
        if column == self.YEAR:
            if not FIRST_YEAR <= number <= LAST_YEAR:
                self.rejected.emit(
                    self.tr("Året %s er utenfor det programmet regner med (%s–%s).")
                    % (number, FIRST_YEAR, LAST_YEAR)
                )
                return False
            if any(y == number for i, (y, _a) in enumerate(self._rows) if i != row):
                self.rejected.emit(
                    self.tr("%s står der allerede. Endre beløpet for det året.") % number
                )
                return False
        elif number < 0:
            self.rejected.emit(self.tr("Beløpet kan ikke være negativt."))
            return False
        if self._rows[row][column] == number:
            return True
        self._rows[row][column] = number
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        self.changed.emit()
        return True


class YearAmountsEditor(QWidget):
    """The per-year amounts as a field: a table typed in place, Legg til år / Fjern år, and
    the sum against `reference()` (e.g. the granted amount typed in the same form)."""

    edited = Signal()

    def __init__(
        self,
        reference: Callable[[], Any] | None = None,
        reference_label: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.reference = reference
        self.reference_label = reference_label or self.tr("innvilget")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.model = YearAmountsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("yearAmountsTable")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setTabKeyNavigation(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        row_height = self.fontMetrics().height() + 8
        self.view.verticalHeader().setDefaultSectionSize(row_height)
        self.view.setMinimumHeight(header.sizeHint().height() + 2 * row_height + 4)
        self.view.setMaximumHeight(header.sizeHint().height() + 5 * row_height + 4)
        layout.addWidget(self.view)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Legg til år"))
        self.add_button.setObjectName("yearAmountsAdd")
        self.remove_button = QPushButton(self.tr("Fjern år"))
        self.remove_button.setObjectName("yearAmountsRemove")
        self.sum_label = QLabel()
        self.sum_label.setObjectName("yearAmountsSum")
        self.sum_label.setWordWrap(True)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.sum_label, 1)
        layout.addLayout(buttons)
        self.message = error_label("yearAmountsMessage", self)
        self.message.hide()
        layout.addWidget(self.message)

        self.add_button.clicked.connect(self.add_year)
        self.remove_button.clicked.connect(self.remove_current)
        self.model.changed.connect(self._changed)
        self.model.rejected.connect(self._rejected)
        self.update_summary()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.view.setAccessibleName(name)

    # --- field interface ---
    def value(self) -> list[tuple[int, int]]:
        return self.model.pairs()

    def set_value(self, value: list[tuple[int, int]] | None) -> None:
        self.model.set_pairs(list(value or []))
        self.message.hide()
        self.update_summary()

    # --- actions ---
    def add_year(self) -> None:
        row = self.model.add_year()
        index = self.model.index(row, YearAmountsModel.AMOUNT)
        self.view.setCurrentIndex(index)
        self.view.setFocus()
        self.view.edit(index)

    def remove_current(self) -> None:
        index = self.view.currentIndex()
        row = index.row() if index.isValid() else self.model.rowCount() - 1
        self.model.remove_row(row)

    def _changed(self) -> None:
        self.message.hide()
        self.update_summary()
        self.edited.emit()

    def _rejected(self, message: str) -> None:
        self.message.setText(message)
        self.message.setAccessibleName(message)
        self.message.show()

    def update_summary(self) -> None:
        total = self.model.total()
        self.remove_button.setEnabled(self.model.rowCount() > 0)
        if self.model.rowCount() == 0:
            self.sum_label.setText(self.tr("Ingen fordeling per år."))
            colours.set_colour_style(self.sum_label, "")
            return
        reference = self.reference() if self.reference else None
        text = self.tr("Sum: %s") % format_kroner(total)
        differs = False
        if isinstance(reference, int) and reference != total:
            text = self.tr("Sum: %s, %s: %s (differanse %s)") % (
                format_kroner(total),
                self.reference_label,
                format_kroner(reference),
                format_kroner(abs(reference - total)),
            )
            differs = True
        self.sum_label.setText(text)
        colours.set_colour_style(self.sum_label, "color: {};" if differs else "", colours.WARNING)
