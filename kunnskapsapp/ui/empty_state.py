"""What an empty table says instead of showing nothing: why it is empty and a button that does
the next thing (register the first row, or show every row again after a search that found
none). It lies over the table's viewport, so the table keeps its place, headers and focus."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton, QVBoxLayout, QWidget

from kunnskapsapp.ui.icons import set_icon


class EmptyState(QWidget):
    """A message and one action over an empty table: `show_message(text, button, action)`."""

    def __init__(self, view: QAbstractItemView, name: str) -> None:
        super().__init__(view.viewport())
        self.setObjectName(name)
        self._action: Callable[[], None] | None = None
        self._icon = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)
        layout.addStretch(1)
        self.label = QLabel(self)
        self.label.setObjectName(f"{name}Text")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.label)
        self.button = QPushButton(self)
        self.button.setObjectName(f"{name}Button")
        self.button.clicked.connect(self._clicked)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        view.viewport().installEventFilter(self)  # its parent: gone with it
        self.hide()

    def show_message(
        self,
        text: str,
        button: str = "",
        action: Callable[[], None] | None = None,
        icon: str = "plus",
    ) -> None:
        """`text` over the table, and a button `button` doing `action` (none without one)."""
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.button.setText(button)
        self.button.setAccessibleName(button)
        self.button.setVisible(bool(button and action))
        if button and icon != self._icon:  # not drawn again on every keystroke of a search
            set_icon(self.button, icon)
            self._icon = icon
        self._action = action
        self._fit()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def _fit(self) -> None:
        viewport = self.parentWidget()
        if viewport is not None:
            self.setGeometry(viewport.rect())

    def _clicked(self) -> None:
        if self._action is not None:
            self._action()
