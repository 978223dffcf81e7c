"""A status drawn as a rounded coloured chip with its text (Aktiv, Utløpt, Sagt opp, ...).

The colours are the palette's (ui/palette.py CHIPS, by what the status says: going, ended,
stopped, waiting); the text stays the same text the column shows, so sorting, searching,
copying and screen readers are unchanged. A column asks for it with `Column(chip=True)`.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from kunnskapsapp.ui import palette
from kunnskapsapp.ui.table import RECORD_ROLE, Column

Index = QModelIndex | QPersistentModelIndex

# Read once: an enum member read through its class costs a descriptor call, and a table
# repaints some thirty chips after every keystroke in its search.
_ITEM_VIEW_ITEM = QStyle.ControlElement.CE_ItemViewItem
_ELIDE_RIGHT = Qt.TextElideMode.ElideRight
_ANTIALIASING = QPainter.RenderHint.Antialiasing
_CENTRE = Qt.AlignmentFlag.AlignCenter


@functools.cache
def _colours(status: str, dark: bool) -> tuple[QPen, QColor, QColor]:
    """The chip's border pen, fill and text colour for a status in the light or dark palette."""
    colours = palette.chip(status)
    return (
        QPen(QColor(colours.border.value(dark)), 1),
        QColor(colours.fill.value(dark)),
        QColor(colours.text.value(dark)),
    )


class StatusChipDelegate(QStyledItemDelegate):
    """Paints the cell's text in a chip coloured by the row's status code in `key`."""

    def __init__(self, key: str, parent: QTableView) -> None:
        super().__init__(parent)
        self.key = key

    def status(self, index: Index) -> str | None:
        """The status code the chip is coloured by (its stored value, "active")."""
        record = index.data(RECORD_ROLE)
        value = record.get(self.key) if record is not None else None
        return None if value is None or value == "" else str(value)

    def _padding(self, option: QStyleOptionViewItem) -> tuple[int, int]:
        line = option.fontMetrics.height()
        return max(6, line // 2), max(2, line // 8)  # beside the text, above and below

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        # The cell as the view draws it (selection, alternate rows): what the base class's
        # paint does, with the text it read taken for the chip (no second read of the index).
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        widget = cell.widget
        style = widget.style() if widget is not None else QApplication.style()
        text = cell.text
        status = self.status(index) if text else None
        if status is None:
            style.drawControl(_ITEM_VIEW_ITEM, cell, painter, widget)
            return
        cell.text = ""
        style.drawControl(_ITEM_VIEW_ITEM, cell, painter, widget)

        border, fill, text_colour = _colours(status, palette.is_dark(option.palette))
        fm = option.fontMetrics
        across, down = self._padding(option)
        inner = option.rect.adjusted(4, down, -4, -down)
        elided = fm.elidedText(text, _ELIDE_RIGHT, max(0, inner.width() - 2 * across))
        width = min(inner.width(), fm.horizontalAdvance(elided) + 2 * across)
        height = min(inner.height(), fm.height() + 2)
        chip = QRect(inner.left(), inner.top() + (inner.height() - height) // 2, width, height)

        painter.save()
        painter.setRenderHint(_ANTIALIASING)
        painter.setPen(border)
        painter.setBrush(fill)
        radius = height / 2
        painter.drawRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
        painter.setPen(text_colour)
        painter.setFont(option.font)
        painter.drawText(chip, _CENTRE, elided)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        across, _down = self._padding(option)
        return QSize(size.width() + 2 * across + 8, size.height())


def install(view: QTableView, columns: list[Column]) -> None:
    """A chip delegate on each of `columns` that asks for one (`Column.chip`)."""
    for number, column in enumerate(columns):
        if column.chip:
            view.setItemDelegateForColumn(number, StatusChipDelegate(column.key, view))
