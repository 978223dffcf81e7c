"""A clear ring around the control that has the keyboard focus, in light and dark palettes.

The platform's own focus marks are faint (Fusion tints a field's frame, a table shows a dotted
cell): a person working with the keyboard must see at once where they are. One ring (a
QFocusFrame, drawn just outside the control, so it hides none of it) follows the focus to
tables and lists, fields and buttons; its colour is the palette's FOCUS_RING, at least 3:1
against the window and the fields in both palettes (tests/test_palette.py).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFocusFrame,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from kunnskapsapp.ui import palette

RING_WIDTH = 2  # the style's focus-frame margin: the ring sits in it, outside the control
_FOCUSABLE = (
    QAbstractItemView,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractButton,
    QTabBar,
)


class FocusRing(QFocusFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("focusRing")

    def paintEvent(self, e: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(palette.FOCUS_RING.get(self.palette()), RING_WIDTH))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = RING_WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 3, 3)
        painter.end()


def target(widget: QWidget | None) -> QWidget | None:
    """The control the ring goes around when `widget` has the focus: a combo box's or spin
    box's own line edit rings the whole box; a window or a plain widget gets none."""
    if widget is None or widget.isWindow():
        return None
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, (QComboBox, QAbstractSpinBox)):
        return parent
    return widget if isinstance(widget, _FOCUSABLE) else None


class _Follower(QObject):
    """Moves the ring to each widget that takes the focus."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.ring: FocusRing | None = None
        app.focusChanged.connect(self._moved)

    def _moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        around = target(new)
        # The ring lives among the control's siblings: it goes when their parent goes.
        if self.ring is None or not shiboken6.isValid(self.ring):
            if around is None:
                return
            self.ring = FocusRing()
        self.ring.setWidget(around)  # type: ignore[arg-type]  # None takes it away


def install(app: QApplication) -> None:
    """The focus ring for every window of `app` (once)."""
    if app.findChild(_Follower) is None:
        _Follower(app)
