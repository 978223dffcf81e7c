"""A list page's filters (a combo box each, "Alle" or one choice) and the row of a page's
own buttons beside Lagre and Avbryt."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from kunnskapsapp.services.records import Record
from kunnskapsapp.ui.flow import FlowLayout


class FilterCombo(QComboBox):
    """A page filter: "Alle" or one choice; the predicate decides which rows pass."""

    def __init__(
        self,
        name: str,
        label: str,
        choices: list[tuple[Any, str]],
        predicate: Callable[[Record, Any], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.name = name
        self.predicate = predicate
        self.setObjectName(f"filter_{name}")
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 18)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setAccessibleName(label)
        self.setToolTip(label)
        self.set_choices(label, choices)

    def set_choices(self, label: str, choices: list[tuple[Any, str]]) -> None:
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("%s: alle") % label, None)
        for value, text in choices:
            self.addItem(text, value)
        index = self.findData(current)
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)

    def row_predicate(self) -> Callable[[Record], bool] | None:
        value = self.currentData()
        if value is None:
            return None
        return lambda record: self.predicate(record, value)


class LeftOf:
    """`extra_buttons.addWidget(button)`: a page's own button beside Lagre and Avbryt."""

    def __init__(self, flow: FlowLayout) -> None:
        self.flow = flow

    def addWidget(self, widget: QWidget) -> None:
        self.flow.add_left(widget)
