"""A status drawn as a rounded coloured chip with its text (Aktiv, Utløpt, Sagt opp, ...).

The colours are the palette's (ui/palette.py CHIPS, by what the status says: going, ended,
stopped, waiting); the text stays the same text the column shows, so sorting, searching,
copying and screen readers are unchanged. A column asks for it with `Column(chip=True)`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
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


def _padding(option: QStyleOptionViewItem) -> tuple[int, int]:
    line = option.fontMetrics.height()
    return max(6, line // 2), max(2, line // 8)  # beside the text, above and below


@dataclass(frozen=True)
class _Chip:
    pixmap: QPixmap
    height: int  # in pixels of the cell, not of the pixmap


# Chips drawn once: a table shows a handful of statuses at a few widths, and drawing each
# (an elided text measured, a rounded rectangle antialiased, the text shaped) was a third of
# a repaint after every keystroke in the search. Keyed by status, text, palette, the cell's
# inner size, the font and the screen's pixel ratio; emptied when it grows (columns resized).
_CHIPS: dict[tuple[object, ...], _Chip] = {}
_MOST_CHIPS = 512


def _chip(
    status: str, text: str, dark: bool, cell: QRect, option: QStyleOptionViewItem, ratio: float
) -> _Chip:
    key = (status, text, dark, cell.width(), cell.height(), option.font.key(), ratio)
    chip = _CHIPS.get(key)
    if chip is None:
        if len(_CHIPS) >= _MOST_CHIPS:
            _CHIPS.clear()
        chip = _CHIPS[key] = _draw_chip(status, text, dark, cell, option, ratio)
    return chip


def _draw_chip(
    status: str, text: str, dark: bool, cell: QRect, option: QStyleOptionViewItem, ratio: float
) -> _Chip:
    """The chip of a status in a cell's inner rectangle: its text elided to fit, as tall as
    a line of text, at most as wide as the cell."""
    border, fill, text_colour = _colours(status, dark)
    fm = option.fontMetrics
    across, down = _padding(option)
    elided = fm.elidedText(text, _ELIDE_RIGHT, max(0, cell.width() - 2 * across))
    width = max(1, min(cell.width(), fm.horizontalAdvance(elided) + 2 * across))
    height = max(1, min(cell.height() - 2 * down, fm.height() + 2))
    pixmap = QPixmap(round(width * ratio), round(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(_ANTIALIASING)
    painter.setPen(border)
    painter.setBrush(fill)
    radius = height / 2
    painter.drawRoundedRect(
        QRectF(0, 0, width, height).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius
    )
    painter.setPen(text_colour)
    painter.setFont(option.font)
    painter.drawText(QRect(0, 0, width, height), _CENTRE, elided)
    painter.end()
    return _Chip(pixmap, height)


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

        inner = option.rect.adjusted(4, 0, -4, 0)
        dark = palette.is_dark(option.palette)
        chip = _chip(status, text, dark, inner, option, painter.device().devicePixelRatioF())
        top = inner.top() + (inner.height() - chip.height) // 2
        painter.drawPixmap(inner.left(), top, chip.pixmap)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        across, _down = _padding(option)
        return QSize(size.width() + 2 * across + 8, size.height())


def install(view: QTableView, columns: list[Column]) -> None:
    """A chip delegate on each of `columns` that asks for one (`Column.chip`)."""
    for number, column in enumerate(columns):
        if column.chip:
            view.setItemDelegateForColumn(number, StatusChipDelegate(column.key, view))
