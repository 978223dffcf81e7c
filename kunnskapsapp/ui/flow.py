"""A row of buttons that wraps onto a second line when its space is narrow, instead of
holding the whole form (and the table beside it) as wide as all its buttons together.
After Qt's own Flow Layout example."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


class FlowLayout(QLayout):
    """Items left to right, wrapping to the next line; `add_gap()` pushes the items after it
    to the right end of their line (Historikk and Slett apart from Lagre)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap_before: int | None = None  # index of the first right-aligned item
        self.setContentsMargins(QMargins(0, 0, 0, 0))
        self.setSpacing(spacing)

    def add_gap(self) -> None:
        self._gap_before = len(self._items)

    def add_left(self, widget: QWidget) -> None:
        """A widget at the end of the left-aligned items (before the gap)."""
        if self._gap_before is None:
            self.addWidget(widget)
            return
        self.addChildWidget(widget)
        self._items.insert(self._gap_before, QWidgetItem(widget))
        self._gap_before += 1
        self.invalidate()

    # --- QLayout ---
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        if self._gap_before is not None and index < self._gap_before:
            self._gap_before -= 1
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """All on one line."""
        visible = self._visible()
        width = sum(item.sizeHint().width() for item in visible)
        width += self.spacing() * max(len(visible) - 1, 0)
        height = max((item.sizeHint().height() for item in visible), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:
        """As narrow as the widest single item."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return size

    # --- arranging ---
    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _lines(self, width: int) -> list[list[tuple[QLayoutItem, bool]]]:
        """The visible items in lines that fit `width`; each with whether it is right-aligned."""
        lines: list[list[tuple[QLayoutItem, bool]]] = [[]]
        used = 0
        for index, item in enumerate(self._items):
            if item.isEmpty():
                continue
            w = item.sizeHint().width()
            if lines[-1] and used + self.spacing() + w > width:
                lines.append([])
                used = 0
            used += (self.spacing() if lines[-1] else 0) + w
            right = self._gap_before is not None and index >= self._gap_before
            lines[-1].append((item, right))
        return lines

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        lines = self._lines(rect.width())
        y = rect.y()
        for line in lines:
            height = max((item.sizeHint().height() for item, _ in line), default=0)
            if move:
                left = [item for item, right in line if not right]
                right_items = [item for item, right in line if right]
                x = rect.x()
                for item in left:
                    item.setGeometry(QRect(QPoint(x, y), item.sizeHint()))
                    x += item.sizeHint().width() + self.spacing()
                x = rect.right() + 1
                for item in reversed(right_items):
                    x -= item.sizeHint().width()
                    item.setGeometry(QRect(QPoint(x, y), item.sizeHint()))
                    x -= self.spacing()
            y += height + self.spacing()
        return max(y - rect.y() - self.spacing(), 0)
