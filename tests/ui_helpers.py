"""Helpers for driving the UI in tests the way a user does."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


def field(form: Any, name: str) -> QWidget:
    widget = form.findChild(QWidget, f"field_{name}")
    assert widget is not None, f"no field {name}"
    return widget


def type_into(qtbot: Any, form: Any, name: str, text: str) -> None:
    """Clear a field and type into it as a user would."""
    widget = field(form, name)
    target = getattr(widget, "line", widget)  # DateEdit types into its line edit
    if hasattr(target, "selectAll"):
        target.selectAll()
    if hasattr(target, "clear"):
        target.clear()
    qtbot.keyClicks(target, text)
    if hasattr(target, "editingFinished"):
        target.editingFinished.emit()


def choose(form: Any, name: str, text: str) -> None:
    """Pick the entry whose label contains `text` in a choice combo or check list."""
    widget = field(form, name)
    if hasattr(widget, "findText"):
        index = widget.findText(text, Qt.MatchFlag.MatchContains)
        assert index >= 0, f"{text!r} not among choices of {name}"
        widget.setCurrentIndex(index)
        widget.activated.emit(index)
        return
    for i in range(widget.count()):
        item = widget.item(i)
        if text in item.text():
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"{text!r} not among choices of {name}")


def answer_next_dialog(handler: Callable[[QWidget], None]) -> None:
    """Handle the next modal dialog (message box or dialog) when it opens."""

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(10, poll)
            return
        handler(widget)

    QTimer.singleShot(0, poll)


def click_message_button(text: str) -> Callable[[QWidget], None]:
    def handler(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox), type(widget)
        for button in widget.buttons():
            if button.text().replace("&", "") == text:
                button.click()
                return
        raise AssertionError(f"no button {text!r} in {[b.text() for b in widget.buttons()]}")

    return handler
