"""A list's columns fitted to its table's width: no column cut off behind a horizontal
scrollbar. Each column has a width (what its header and first rows need, or what the user
dragged it to) and a priority; the columns that fit are shown in priority order, the first
column takes the room left over, and the others wait until the window is wider.

Widths the user sets by dragging a column's edge are remembered per page and column.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

from kunnskapsapp.ui import settings
from kunnskapsapp.ui.table import Column

NARROWEST = 60  # a column is never narrower than this
STRETCH_AT_LEAST = 240  # the column that takes the rest (the record's name) keeps this much
STRETCH_BUDGET = 300  # and is given up to this much before other columns are dropped
MEASURE_BUDGET_S = 0.015  # a gradual measure's time per turn of the event loop


def user_widths(page: str) -> settings.Setting[str]:
    """The widths the user dragged a page's columns to: a JSON object, column key → pixels."""
    return settings.Setting[str](f"pages/{page}/column_widths", "", str)


class ColumnFitter(QObject):
    """Shows the columns of `view` that fit its width, the most important first."""

    def __init__(self, view: QTableView, columns: Sequence[Column], page: str) -> None:
        super().__init__(view)
        self.view = view
        self.columns = list(columns)
        self.page = page
        # Until rows are there to measure: what each header needs, so no title is clipped.
        header = view.horizontalHeader()
        self.natural: list[int] = [
            min(max(header.sectionSizeHint(i), NARROWEST), column.widest)
            for i, column in enumerate(self.columns)
        ]
        self.user: dict[str, int] = self._read_user_widths()
        self._fitting = False
        self._measuring: list[int] = []  # the columns a gradual measure() has still to do
        self._widths: list[int] = []
        self._measure_timer = QTimer(self)
        self._measure_timer.setInterval(0)
        self._measure_timer.timeout.connect(self._measure_some)
        self.stretch = next((i for i, c in enumerate(self.columns) if c.stretch), 0)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._resized_by_user)
        view.viewport().installEventFilter(self)

    # --- widths ---
    def measure(self, *, gradually: bool = False) -> None:
        """Each column's width from its header and first rows (after rows are loaded), then
        the columns fitted. `gradually`: a few columns per turn of the event loop (measuring
        asks the model for a dozen roles of 200 cells per column, 10 ms a column), the
        columns fitted when the last is measured; the widths come out the same."""
        self._measuring = list(range(len(self.columns)))
        self._widths = list(self.natural)
        if gradually:
            self._measure_timer.start()
        else:
            self._measure_some(budget=None)

    def measuring(self) -> bool:
        """Whether a gradual measure() is still under way."""
        return bool(self._measuring)

    def _measure_some(self, budget: float | None = MEASURE_BUDGET_S) -> None:
        """Measure columns for `budget` seconds (None: all of them)."""
        until = time.perf_counter() + budget if budget is not None else None
        while self._measuring and (until is None or time.perf_counter() < until):
            index = self._measuring.pop(0)
            if index < len(self._widths):
                width = min(max(self._content_width(index), NARROWEST), self.columns[index].widest)
                self._widths[index] = width
        if self._measuring:
            return
        self._measure_timer.stop()
        self.natural = self._widths
        self.fit()

    def _content_width(self, index: int) -> int:
        """What Qt's resizeColumnsToContents makes a column: its first rows' or its header's
        width, whichever is wider (a hidden header section has none: shown while asked)."""
        header = self.view.horizontalHeader()
        hidden = header.isSectionHidden(index)
        self._fitting = True
        try:
            if hidden:
                header.setSectionHidden(index, False)
            hint = max(self.view.sizeHintForColumn(index), header.sectionSizeHint(index))
            if hidden:
                header.setSectionHidden(index, True)
        finally:
            self._fitting = False
        return min(max(hint, header.minimumSectionSize()), header.maximumSectionSize())

    def width_of(self, index: int) -> int:
        return self.user.get(self.columns[index].key, self.natural[index])

    def shown_columns(self, available: int) -> list[int]:
        """The columns that fit in `available` pixels: the stretching one always, then by
        priority (ties from the left). The most important columns (priority 1) may narrow
        the stretching one down to STRETCH_AT_LEAST; the others only to STRETCH_BUDGET, so a
        long name is elided sooner for the status or partner beside it than for a date."""
        if not self.columns:
            return []
        own = self.width_of(self.stretch)
        shown = [self.stretch]
        used = 0
        others = [i for i in range(len(self.columns)) if i != self.stretch]
        for index in sorted(others, key=lambda i: (self.columns[i].priority, i)):
            floor = STRETCH_AT_LEAST if self.columns[index].priority <= 1 else STRETCH_BUDGET
            width = self.width_of(index)
            if max(min(own, floor), STRETCH_AT_LEAST) + used + width <= available:
                shown.append(index)
                used += width
        return sorted(shown)

    def fit(self) -> None:
        if not self.columns:
            return
        available = self.view.viewport().width()
        if available <= 0:
            return
        shown = set(self.shown_columns(available))
        self._fitting = True
        try:
            header = self.view.horizontalHeader()
            header.setStretchLastSection(False)  # a header state saved before may say so
            others = 0
            for index in range(len(self.columns)):
                header.setSectionHidden(index, index not in shown)
                if index in shown and index != self.stretch:
                    width = self.width_of(index)
                    header.resizeSection(index, width)
                    others += width
            # The stretching column takes what is left: a wider window shows more of it.
            header.resizeSection(self.stretch, max(available - others, STRETCH_AT_LEAST))
        finally:
            self._fitting = False

    # --- the user's own widths ---
    def _resized_by_user(self, index: int, _old: int, new: int) -> None:
        if self._fitting or index == self.stretch or not 0 <= index < len(self.columns):
            return  # the stretching column's width follows the window
        if new < NARROWEST or self.view.horizontalHeader().isSectionHidden(index):
            return  # a section being hidden (Qt reports it as resized to 0), not a user's drag
        self.user[self.columns[index].key] = new
        user_widths(self.page).set(json.dumps(self.user))
        QTimer.singleShot(0, self, self.fit)  # the stretching column takes the difference

    def _read_user_widths(self) -> dict[str, int]:
        try:
            saved = json.loads(user_widths(self.page).get() or "{}")
        except ValueError:
            return {}
        if not isinstance(saved, dict):
            return {}
        return {str(k): int(v) for k, v in saved.items() if isinstance(v, int) and v >= NARROWEST}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # (the view may be going away: its viewport still sends events while it is deleted)
        if (
            event.type() == QEvent.Type.Resize
            and not self._fitting
            and shiboken6.isValid(self.view)
        ):
            self.fit()
        return False
