"""A meeting's agenda in its order (move items up and down, clock times, the total length)
and the outcomes of the selected item."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.errors import DomainError
from kunnskapsapp.services import crud, meetings
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.records import Record
from kunnskapsapp.ui import palette as colours
from kunnskapsapp.ui.form import ChildSpec, ChildTable
from kunnskapsapp.ui.formatting import count_noun, domain_message
from kunnskapsapp.ui.pages.meetings.common import outcome_summary, stretch_column

if TYPE_CHECKING:
    from kunnskapsapp.ui.pages.meetings.page import MeetingsPage


def box_layout(table: ChildTable) -> QVBoxLayout:
    """A form table's own layout: its table, the row of buttons, then what we add below."""
    layout = table.layout()
    assert isinstance(layout, QVBoxLayout)
    return layout


class AgendaTable(ChildTable):
    """The agenda of a meeting in its order: add, edit and remove items, move them with
    Opp/Ned (or Ctrl+Pil opp/ned), the clock time each item starts and the total length."""

    current_item_changed = Signal(object)  # Record | None

    def __init__(self, db: Database, spec: ChildSpec, page: MeetingsPage) -> None:
        self.page = page
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        self.total_label = QLabel()
        super().__init__(db, spec, page.form)
        self.view.setMaximumHeight(240)
        self.view.setWordWrap(False)
        self.up_button.setText(self.tr("Opp"))
        self.up_button.setObjectName("agendaUp")
        self.up_button.setToolTip(self.tr("Flytt saken opp (Ctrl+Pil opp)"))
        self.down_button.setText(self.tr("Ned"))
        self.down_button.setObjectName("agendaDown")
        self.down_button.setToolTip(self.tr("Flytt saken ned (Ctrl+Pil ned)"))
        row = box_layout(self).itemAt(1)
        buttons = row.layout() if row is not None else None
        assert isinstance(buttons, QHBoxLayout)
        buttons.insertWidget(3, self.up_button)
        buttons.insertWidget(4, self.down_button)
        self.total_label.setObjectName("agendaTotal")
        self.total_label.setWordWrap(True)
        box_layout(self).addWidget(self.total_label)
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        for text, key, delta in (
            (self.tr("Flytt saken opp"), "Ctrl+Up", -1),
            (self.tr("Flytt saken ned"), "Ctrl+Down", 1),
        ):
            act = QAction(text, self.view)
            act.setShortcut(QKeySequence(key))
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            act.triggered.connect(lambda _c=False, d=delta: self.move_item(d))
            self.view.addAction(act)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self._update_move_buttons()

    def set_parent(self, parent_id: str | None) -> None:
        super().set_parent(parent_id)
        self._update_move_buttons()

    def refresh(self) -> None:
        if self.parent_id is None:
            self.model.set_rows([])
            self.update_total([])
            return
        items = meetings.agenda(self.db, self.parent_id)
        outcomes = crud.list_rows(
            self.db, m.Outcome, where={"agenda_item_id": [i.id for i in items]}
        )
        for item in items:
            item["outcome_summary"] = outcome_summary(
                [o for o in outcomes if o.agenda_item_id == item.id]
            )
        self._set_times(items)
        self.model.set_rows(items)
        stretch_column(self, 2)
        self.update_total(items)

    def _set_times(self, items: list[Record]) -> None:
        start: datetime | None = self.page.meeting_start()
        for item in items:
            item["starts"] = start.strftime("%H:%M") if start else ""
            if start is not None:
                start += timedelta(minutes=item.duration_minutes or 0)

    def retime(self) -> None:
        """The meeting's start was changed in the form: new clock times, same rows."""
        rows = self.model.rowCount()
        if not rows:
            return
        self._set_times([self.model.record(row) for row in range(rows)])
        self.model.dataChanged.emit(self.model.index(0, 1), self.model.index(rows - 1, 1))

    def update_total(self, items: list[Record]) -> None:
        duration = self.page.meeting_duration()
        if not items or not duration:
            self.total_label.clear()
            self.total_label.hide()
            return
        total = sum(i.duration_minutes or 0 for i in items)
        minutes = (self.tr("minutt"), self.tr("minutter"))
        text = (
            self.tr("Sum: %1 av %2.")
            if total <= duration
            else self.tr("Sum: %1 av %2 – %3 for mye.")
        )
        self.total_label.setText(
            text.replace("%1", count_noun(total, *minutes))
            .replace("%2", str(duration))
            .replace("%3", count_noun(total - duration, *minutes))
        )
        colours.set_colour_style(
            self.total_label, "" if total <= duration else "color: {};", colours.WARNING
        )
        self.total_label.show()

    def current_row(self) -> int:
        indexes = self.view.selectionModel().selectedRows()
        return indexes[0].row() if indexes else -1

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def move_item(self, delta: int) -> None:
        """Move the selected item one place up (-1) or down (+1)."""
        row = self.current_row()
        target = row + delta
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        item = self.model.record(row)
        try:
            meetings.move_agenda_item(self.db, item.id, target)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Kan ikke flytte saken"), domain_message(exc))
            self.refresh()
            return
        self.refresh()
        self.select_row(target)
        self.view.setFocus()
        self.changed.emit()

    def _selection_changed(self, *_args: Any) -> None:
        self._update_move_buttons()
        self.current_item_changed.emit(self.selected())

    def _update_move_buttons(self) -> None:
        row = self.current_row() if self.parent_id is not None else -1
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.model.rowCount() - 1)


class OutcomeTable(ChildTable):
    """Information, decisions and follow-up items of the selected agenda item. A follow-up
    item is saved with its deadline in the deadline list, in one transaction."""

    def __init__(self, db: Database, spec: ChildSpec, parent: QWidget) -> None:
        self.notice = QLabel()
        super().__init__(db, spec, parent)
        self.notice.setObjectName("outcomeNotice")
        self.notice.setWordWrap(True)
        colours.set_colour_style(self.notice, "color: {};", colours.SUCCESS)
        self.notice.hide()
        box_layout(self).addWidget(self.notice)
        self.view.setWordWrap(False)
        self.item: Record | None = None

    def set_item(self, item: Record | None) -> None:
        self.item = item
        self.setTitle(
            self.tr("Vedtak og oppfølging – sak %s: %s") % (item.position, item.title)
            if item is not None
            else self.tr("Vedtak og oppfølging")
        )
        self.set_parent(item.id if item is not None else None)

    def set_parent(self, parent_id: str | None) -> None:
        super().set_parent(parent_id)
        self.hint.setText(self.tr("Velg en sak i sakslisten."))
        self.notice.hide()

    def refresh(self) -> None:
        super().refresh()
        stretch_column(self, 1)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()
