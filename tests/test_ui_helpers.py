"""The test helpers fail clearly instead of hanging when a dialog goes unanswered."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from tests.ui_helpers import answer_next_dialog, click_message_button, unanswered


def _ask(parent: QWidget | None = None) -> QMessageBox.StandardButton:
    box = QMessageBox(QMessageBox.Icon.Question, "Slette?", "Slette raden?", parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText("Slett")
    return QMessageBox.StandardButton(box.exec())


def test_the_answer_presses_the_button(qtbot: Any) -> None:
    answer_next_dialog(click_message_button("Slett"))
    assert _ask() == QMessageBox.StandardButton.Yes


def test_an_answer_that_fails_closes_the_dialog_and_fails(qtbot: Any) -> None:
    answer_next_dialog(click_message_button("Behold"))
    with qtbot.captureExceptions() as exceptions:
        _ask()  # returns: the helper closed the box
    assert len(exceptions) == 1
    assert "no button 'Behold'" in str(exceptions[0][1])


def test_a_dialog_left_open_is_closed_after_the_timeout(qtbot: Any) -> None:
    answer_next_dialog(lambda widget: None, timeout=0.3)
    with qtbot.captureExceptions() as exceptions:
        _ask()
    assert len(exceptions) == 1
    assert "'Slette?' still open 0.3 s after" in str(exceptions[0][1])


def test_waiting_for_a_dialog_that_never_opens_fails(qtbot: Any) -> None:
    def never(widget: QWidget) -> None:
        raise AssertionError("not called")

    answer_next_dialog(never, timeout=0.2)
    with qtbot.captureExceptions() as exceptions:
        qtbot.waitUntil(lambda: bool(exceptions), timeout=3000)
    assert "no dialog opened within 0.2 s" in str(exceptions[0][1])
    assert unanswered() == []


def test_an_unused_answer_is_reported_at_the_end_of_the_test(qtbot: Any) -> None:
    answer_next_dialog(click_message_button("Slett"))
    assert unanswered() == ["click_message_button.<locals>.handler"]
