"""The budget plan: this year and the three following side by side, over-commitment red."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from kunnskapsapp.services import clock
from kunnskapsapp.services.fund import FundYear
from kunnskapsapp.ui.formatting import format_kroner
from kunnskapsapp.ui.pages.fund.common import (
    kr,
    red,
)
from kunnskapsapp.ui.table import SORT_ROLE

# --- The budget plan: four years side by side -----------------------------------------------


Index = QModelIndex | QPersistentModelIndex


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
            return QBrush(red())
        if role == Qt.ItemDataRole.FontRole and (column == len(self._years) or (over and row == 2)):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and over:
            fy = self._years[column]
            return self.tr("%s er overbelastet med %s.") % (fy.year, kr(-fy.left))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
