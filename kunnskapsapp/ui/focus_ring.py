"""A clear ring around the control that has the keyboard focus, in light and dark palettes.

The platform's own focus marks are faint (Fusion tints a field's frame, a table shows a dotted
cell): a person working with the keyboard must see at once where they are. One ring (a
QFocusFrame, drawn just outside the control, so it hides none of it) follows the focus to
tables and lists, fields and buttons; its colour is the palette's FOCUS_RING, at least 3:1
against the window and the fields in both palettes (tests/test_palette.py).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
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

# A widget of the app's own that takes the focus (a chart) says so with this property.
RINGED = "focusRinged"
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


def _draw_ring(widget: QWidget) -> None:
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(palette.FOCUS_RING.get(widget.palette()), RING_WIDTH))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = RING_WIDTH / 2
    painter.drawRoundedRect(QRectF(widget.rect()).adjusted(half, half, -half, -half), 3, 3)
    painter.end()


class FocusRing(QFocusFrame):
    """The ring just outside a field or a button."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("focusRing")

    def paintEvent(self, e: QPaintEvent) -> None:
        _draw_ring(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # QFocusFrame hides itself when its control's style changes (Innstillinger →
        # Utseende back to the system's style): it comes back once the new style is in place.
        handled = super().eventFilter(watched, event)
        if event.type() == QEvent.Type.StyleChange and watched is self.widget():
            QTimer.singleShot(0, self, self._reappear)
        return handled

    def _reappear(self) -> None:
        around = self.widget()
        if around is not None and around.isVisible():
            self.setWidget(None)  # type: ignore[arg-type]
            self.setWidget(around)


class InnerFocusRing(QWidget):
    """The ring on the edge of a table, a list or a text area: these fill their splitter or
    layout cell to its edge, where a ring outside them would be cut off."""

    def __init__(self, around: QAbstractScrollArea) -> None:
        super().__init__(around)
        self.setObjectName("focusRingInner")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoChildEventsForParent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        around.installEventFilter(self)
        self.setGeometry(around.rect())
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False

    def paintEvent(self, e: QPaintEvent) -> None:
        _draw_ring(self)


def target(widget: QWidget | None) -> QWidget | None:
    """The control the ring goes around when `widget` has the focus: a combo box's or spin
    box's own line edit rings the whole box; a window or a plain widget gets none."""
    if widget is None or widget.isWindow():
        return None
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, (QComboBox, QAbstractSpinBox)):
        return parent
    ringed = isinstance(widget, _FOCUSABLE) or widget.property(RINGED) is True
    return widget if ringed else None


class _Follower(QObject):
    """Moves the ring to each widget that takes the focus."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.ring: FocusRing | None = None
        self.inner: InnerFocusRing | None = None
        self._pending = False
        app.focusChanged.connect(self._moved)

    def _moved(self, _old: QWidget | None, _new: QWidget | None) -> None:
        # Followed once the event has been handled: focus also moves from inside a widget's
        # destructor, where neither it nor the ring on it may be touched.
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._follow)

    def _follow(self) -> None:
        self._pending = False
        around = target(QApplication.focusWidget())
        if self.inner is not None and shiboken6.isValid(self.inner):
            self.inner.deleteLater()  # it goes with the focus; a new one on the next area
            self.inner.hide()
        self.inner = None
        if isinstance(around, QAbstractScrollArea):
            self.inner = InnerFocusRing(around)
            around = None
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
