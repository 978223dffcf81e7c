"""Links to rows of a long list (a lesson's projects and agreements) chosen by typing.

A check list of every project is unusable at 20 000 projects and took seconds to build. This
widget lists only the chosen rows; the line above it adds one more: type part of a name and
pick it from the suggestions (read when the line first takes focus). Untick a row to remove
it. The value is the list of ids, as a check list's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

Choices = list[tuple[Any, str]]


class LinkList(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.line = QLineEdit(self)
        self.line.setObjectName("linkListAdd")
        self.line.setPlaceholderText(self.tr("Skriv for å legge til …"))
        self.line.setClearButtonEnabled(True)
        self._names = QStandardItemModel(self)  # each suggestion holds its row's id
        self.completer = QCompleter(self._names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setMaxVisibleItems(15)
        self.line.setCompleter(self.completer)
        # The chosen suggestion's own id (two rows may share a name): the index overload.
        self.completer.activated[QModelIndex].connect(  # type: ignore[index]
            self._add_suggestion
        )
        self.line.returnPressed.connect(lambda: self._add_label(self.line.text()))
        self.line.installEventFilter(self)
        self.chosen = QListWidget(self)
        self.chosen.setObjectName("linkListChosen")
        self.chosen.setMaximumHeight(110)
        self.chosen.itemChanged.connect(self._unticked)
        layout.addWidget(self.line)
        layout.addWidget(self.chosen)
        self._source: Callable[[], Choices] | None = None
        self._lookup: Callable[[set[Any]], dict[Any, str]] | None = None
        self._stale = False
        self._choices: Choices = []
        self._by_label: dict[str, Any] = {}
        self._label_of: dict[Any, str] = {}

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.line.setAccessibleName(self.tr("Legg til: %s") % name)
        self.chosen.setAccessibleName(name)

    # --- choices ---
    def set_source(
        self, load: Callable[[], Choices], lookup: Callable[[set[Any]], dict[Any, str]]
    ) -> None:
        """Choices read by `load()` when the line first takes focus; `lookup(ids)` names the
        chosen rows before that."""
        self._source, self._lookup, self._stale = load, lookup, True
        self._label_of = {}  # names may have changed too (a project renamed)
        self._by_label = {}

    def set_choices(self, choices: Choices) -> None:
        self._choices = list(choices)
        self._label_of = dict(self._choices)
        self._by_label = {}
        for value, label in self._choices:
            self._by_label.setdefault(label.casefold(), value)
        self._names.clear()
        for value, label in self._choices:
            item = QStandardItem(label)
            item.setData(value, Qt.ItemDataRole.UserRole)
            self._names.appendRow(item)

    def ensure_choices(self) -> None:
        if self._source is not None and self._stale:
            self._stale = False
            self.set_choices(self._source())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line and event.type() == QEvent.Type.FocusIn:
            self.ensure_choices()
        return super().eventFilter(watched, event)

    # --- value ---
    def value(self) -> list[Any]:
        return [
            self.chosen.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.chosen.count())
        ]

    def set_value(self, values: Iterable[Any] | None) -> None:
        ids = [v for v in values or [] if v is not None]
        unknown = {v for v in ids if v not in self._label_of}
        if unknown and self._lookup is not None:
            self._label_of.update(self._lookup(unknown))
        self.chosen.blockSignals(True)
        self.chosen.clear()
        for value in ids:
            self._append(value, self._label_of.get(value, str(value)))
        self.chosen.blockSignals(False)

    def _append(self, value: Any, label: str) -> None:
        item = QListWidgetItem(label, self.chosen)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setToolTip(self.tr("Fjern haken for å ta den bort"))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)

    def _add_suggestion(self, index: QModelIndex) -> None:
        self._add(index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None)

    def _add_label(self, text: str) -> None:
        """Enter on a typed name: the row of that name (the first, if two share it)."""
        self.ensure_choices()
        self._add(self._by_label.get(text.strip().casefold()))

    def _add(self, value: Any) -> None:
        if value is None:
            return  # not a name in the list: the suggestions show what is
        if value not in self.value():
            self.chosen.blockSignals(True)
            self._append(value, self._label_of[value])
            self.chosen.blockSignals(False)
            self.edited.emit()
        # The completer writes the chosen name into the line after its signal: clear it
        # once that is done, ready for the next.
        QTimer.singleShot(0, self.line.clear)
        popup = self.completer.popup()
        if popup is not None:
            popup.hide()

    def _unticked(self, item: QListWidgetItem) -> None:
        if item.checkState() == Qt.CheckState.Unchecked:
            self.chosen.takeItem(self.chosen.row(item))
            self.edited.emit()
