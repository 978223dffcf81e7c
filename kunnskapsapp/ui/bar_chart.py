"""A small bar chart drawn with QPainter: groups of bars on a value axis from zero, a legend,
a tooltip per bar, and an accessible name and description that say the figures in words.

The keyboard reaches it with Tab (the app's focus ring goes around it): Left and Right, Home
and End highlight one group after another, and the chart's accessible name says what the
highlighted group holds, so a screen reader reads the figures group by group; Enter or Space
on a clickable chart does what a click on the group does.

The chart knows nothing of what it shows; Oversikt's sections give it the bars."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from kunnskapsapp.ui import focus_ring
from kunnskapsapp.ui import palette as colours

# The bars' colours by role (ui/palette.py's CHART: "planned" is what is set aside, "used"
# what is taken, "warning" over the appropriation or overdue); the chart's text and grid
# lines take the palette's own colours.


def chart_colour(role: str, palette: QPalette) -> QColor:
    """A bar colour for the palette: the dark one where the window is dark."""
    return colours.CHART[role].get(palette)


@dataclass(frozen=True)
class Bar:
    value: float
    tooltip: str
    colour: str  # a key of ui.palette.CHART
    label: str = ""  # written above the bar


@dataclass(frozen=True)
class BarGroup:
    label: str  # written under the group
    bars: list[Bar]
    apart: bool = False  # set apart from the next group by a gap and a line
    spoken: str = ""  # what a screen reader says for the group highlighted; else its tooltips

    def in_words(self) -> str:
        return self.spoken or "; ".join(bar.tooltip for bar in self.bars)


def nice_step(maximum: float, integer: bool) -> float:
    """A round step (1, 2, 2.5 or 5 times a power of ten) for an axis of about four steps."""
    if maximum <= 0:
        return 1.0
    raw = maximum / 4
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * magnitude
        if raw <= step and (not integer or step == int(step)):
            return step
    return 10 * magnitude


class BarChart(QWidget):
    """The groups' bars side by side; `group_clicked` says which group a click fell on."""

    group_clicked = Signal(int)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setProperty(focus_ring.RINGED, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.groups: list[BarGroup] = []
        self.legend: list[tuple[str, str]] = []  # (text, colour role)
        self.axis_caption = ""
        self.group_caption = ""
        self.axis_label: Callable[[float], str] = lambda v: f"{v:g}"
        self.integer = False
        self.clickable = False
        self._bars: list[tuple[QRectF, Bar, int]] = []
        self._slots: list[QRectF] = []
        self._plot = QRectF()
        self._ticks: list[float] = []
        self._top = 1.0
        self.current: int | None = None  # the group the keyboard highlights
        self._name = ""
        self._description = ""

    def set_groups(
        self,
        groups: list[BarGroup],
        *,
        name: str,
        description: str,
        legend: list[tuple[str, str]] | None = None,
        axis_caption: str = "",
        group_caption: str = "",
        axis_label: Callable[[float], str] | None = None,
        integer: bool = False,
    ) -> None:
        """Show `groups`; `name` and `description` are what a screen reader says.
        `axis_caption` names the values ("mill. kr"), above the axis; `group_caption` the
        groups ("Uke"), left of their labels."""
        self.groups = groups
        self.legend = legend or []
        self.axis_caption = axis_caption
        self.group_caption = group_caption
        self.axis_label = axis_label or (lambda v: f"{v:g}")
        self.integer = integer
        self._name = name
        self._description = " ".join(
            t
            for t in (description, self.tr("Venstre og høyre piltast går fra søyle til søyle."))
            if t
        )
        if self.current is not None and self.current >= len(groups):
            self.current = None
        self._say()
        self.setFixedHeight(self.sizeHint().height())
        self._layout()
        self.update()

    # --- what a user sees and hovers ---
    def bars(self) -> list[tuple[QRectF, Bar, int]]:
        """Every bar as drawn now: its rectangle, the bar, and its group's index."""
        return list(self._bars)

    def bar_at(self, pos: QPointF) -> tuple[Bar, int] | None:
        """The bar under `pos` (a bar's whole column counts, so a short bar is easy to hit)."""
        for rect, bar, group in self._bars:
            column = QRectF(rect.left(), self._plot.top(), rect.width(), self._plot.height())
            if column.contains(pos):
                return bar, group
        return None

    def highlight(self, index: int | None) -> None:
        """Highlight the group at `index` (None: none), as the arrow keys do."""
        if index is not None and not self.groups:
            index = None
        if index is not None:
            index = max(0, min(index, len(self.groups) - 1))
        self.current = index
        self._say()
        self.update()
        if index is None:
            QToolTip.hideText()
        elif index < len(self._slots) and self.isVisible():  # a keyboard user's hover
            QToolTip.showText(
                self.mapToGlobal(self._slots[index].topRight().toPoint()),
                self.groups[index].in_words(),
                self,
            )

    def _say(self) -> None:
        """The accessible name: the chart's, or what the highlighted group holds."""
        if self.current is None:
            self.setAccessibleName(self._name)
            self.setAccessibleDescription(self._description)
        else:
            self.setAccessibleName(self.groups[self.current].in_words())
            self.setAccessibleDescription(f"{self._name}. {self._description}")

    def keyPressEvent(self, e: QKeyEvent) -> None:
        key, last = e.key(), len(self.groups) - 1
        now = self.current
        if not self.groups or e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(e)
        elif key == Qt.Key.Key_Right:
            self.highlight(0 if now is None else min(now + 1, last))
        elif key == Qt.Key.Key_Left:
            self.highlight(last if now is None else max(now - 1, 0))
        elif key == Qt.Key.Key_Home:
            self.highlight(0)
        elif key == Qt.Key.Key_End:
            self.highlight(last)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.clickable:
            if now is not None:
                self.group_clicked.emit(now)
        else:
            super().keyPressEvent(e)

    def focusOutEvent(self, e: QFocusEvent) -> None:
        if e.reason() != Qt.FocusReason.PopupFocusReason:
            self.highlight(None)
        super().focusOutEvent(e)

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(320, 7 * line + 60)

    def minimumSizeHint(self) -> QSize:
        return QSize(10 * self.fontMetrics().averageCharWidth(), self.sizeHint().height())

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            hit = self.bar_at(QPointF(e.pos()))
            if hit is None:
                QToolTip.hideText()
                e.ignore()
            else:
                QToolTip.showText(e.globalPos(), hit[0].tooltip, self)
            return True
        return super().event(e)

    def mouseMoveEvent(self, e: QMouseEvent) -> None:
        over = self.clickable and self.bar_at(e.position()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(e)

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        hit = self.bar_at(e.position()) if e.button() == Qt.MouseButton.LeftButton else None
        if hit is not None and self.clickable:
            self.group_clicked.emit(hit[1])
        super().mouseReleaseEvent(e)

    def resizeEvent(self, e: object) -> None:
        self._layout()

    # --- geometry ---
    def _scale(self) -> tuple[float, float]:
        """The axis's top and its step."""
        maximum = max((b.value for g in self.groups for b in g.bars), default=0.0)
        step = nice_step(maximum, self.integer)
        return step * max(1, math.ceil(maximum / step)), step

    def _layout(self) -> None:
        fm = self.fontMetrics()
        line = fm.height()
        top, step = self._scale()
        ticks = [step * i for i in range(round(top / step) + 1)]
        label_width = max((fm.horizontalAdvance(self.axis_label(t)) for t in ticks), default=0)
        left = max(label_width, fm.horizontalAdvance(self.axis_caption) // 2) + 10
        legend_height = line + 6 if self.legend else 0
        caption_height = line + 2 if self.axis_caption else 0
        labelled = any(b.label for g in self.groups for b in g.bars)
        plot_top = legend_height + caption_height + (line + 2 if labelled else line // 2 + 4)
        bottom = line + 8 + (line + 2 if self.group_caption else 0)
        self._plot = QRectF(left, plot_top, self.width() - left - 6, 0)
        self._plot.setBottom(self.height() - bottom)
        self._ticks = ticks
        self._top = top
        self._bars = []
        self._slots = []
        if not self.groups or self._plot.width() <= 0:
            return
        # A group set apart is as wide as its label ("Forfalt") and has half a slot after it.
        gaps = sum(1 for g in self.groups[:-1] if g.apart)
        base = self._plot.width() / (len(self.groups) + 0.5 * gaps)
        apart = [g for g in self.groups if g.apart]
        wide = {id(g): max(base, fm.horizontalAdvance(g.label) + 10) for g in apart}
        rest = len(self.groups) - len(apart)
        if rest:
            base = (self._plot.width() - sum(wide.values()) - 0.5 * base * gaps) / rest
        inner = base * 0.76
        x = self._plot.left()
        for index, group in enumerate(self.groups):
            slot = wide.get(id(group), base)
            bar_width = inner / max(1, len(group.bars))
            start = x + (slot - inner) / 2
            for k, bar in enumerate(group.bars):
                height = self._plot.height() * (bar.value / top) if top else 0.0
                rect = QRectF(
                    start + k * bar_width, self._plot.bottom() - height, bar_width - 1, height
                )
                self._bars.append((rect, bar, index))
            self._slots.append(QRectF(x, self._plot.top(), slot, self._plot.height()))
            x += slot + (0.5 * base if group.apart else 0.0)

    # --- drawing ---
    def paintEvent(self, e: QPaintEvent) -> None:
        if not self.groups:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = palette.color(QPalette.ColorRole.Mid)
        fm = self.fontMetrics()
        line = fm.height()
        y = 0
        if self.legend:
            x = self._plot.left()
            for caption, role in self.legend:
                painter.fillRect(QRectF(x, y + line * 0.2, line * 0.8, line * 0.8), self._c(role))
                x += line
                painter.setPen(text)
                painter.drawText(QPointF(x, y + fm.ascent()), caption)
                x += fm.horizontalAdvance(caption) + line
            y += line + 6
        painter.setPen(text)
        if self.axis_caption:
            painter.drawText(QPointF(2, y + fm.ascent()), self.axis_caption)
        for tick in self._ticks:
            ty = self._plot.bottom() - self._plot.height() * (tick / self._top)
            painter.setPen(QPen(grid, 0.6 if tick else 1.0))
            painter.drawLine(QPointF(self._plot.left(), ty), QPointF(self._plot.right(), ty))
            painter.setPen(text)
            label = self.axis_label(tick)
            painter.drawText(
                QPointF(
                    self._plot.left() - 6 - fm.horizontalAdvance(label), ty + fm.ascent() / 2 - 1
                ),
                label,
            )
        if self.current is not None and self.current < len(self._slots):
            slot = self._slots[self.current]
            painter.setPen(QPen(colours.FOCUS_RING.get(palette), 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            labelled = any(b.label for b in self.groups[self.current].bars)
            top = slot.top() - (line + 3 if labelled else 3)
            painter.drawRoundedRect(
                QRectF(slot.left() + 1, top, slot.width() - 2, slot.bottom() + line + 6 - top), 3, 3
            )
        for rect, bar, _group in self._bars:
            painter.fillRect(rect, self._c(bar.colour))
            if bar.label:
                painter.setPen(text)
                painter.drawText(
                    QRectF(rect.left() - 10, rect.top() - line - 1, rect.width() + 20, line),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    bar.label,
                )
        painter.setPen(text)
        if self.group_caption:  # under the labels of the groups after the last set apart
            after = [i + 1 for i, g in enumerate(self.groups) if g.apart]
            first = self._slots[after[-1] if after and after[-1] < len(self._slots) else 0]
            painter.drawText(
                QRectF(
                    first.left(),
                    self._plot.bottom() + line + 4,
                    self._slots[-1].right() - first.left(),
                    line + 2,
                ),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                self.group_caption,
            )
        plain, bold = QFont(self.font()), QFont(self.font())
        bold.setBold(True)
        for index, (slot, group) in enumerate(zip(self._slots, self.groups, strict=True)):
            painter.setFont(bold if index == self.current else plain)
            painter.drawText(
                QRectF(slot.left() - 4, self._plot.bottom() + 3, slot.width() + 8, line + 4),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                group.label,
            )
            if group.apart:
                gap_x = slot.right() + (self._slots[-1].width() if self._slots else 0) * 0.25
                painter.setPen(QPen(grid, 1.0, Qt.PenStyle.DashLine))
                painter.drawLine(
                    QPointF(gap_x, self._plot.top()), QPointF(gap_x, self._plot.bottom() + line)
                )
                painter.setPen(text)
        painter.end()

    def _c(self, role: str) -> QColor:
        return chart_colour(role, self.palette())
