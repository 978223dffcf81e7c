"""Every control a screen reader reaches has a name: every page of the real main window with a
record open, and the main dialogs, on the demo portfolio.

The name is what Qt's accessibility layer (QAccessible) reports: a set accessible name, a
button's or check box's own text, or the text of the QLabel whose buddy the control is.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from kunnskapsapp.services import clock
from kunnskapsapp.services.demo import create_demo
from kunnskapsapp.ui.main_window import PAGES, MainWindow
from tests.ui_helpers import each_row_dialog, select_first_rows

TODAY = date(2026, 11, 26)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
    QAbstractSlider,
    QTabBar,
)


@pytest.fixture(autouse=True)
def _today() -> Any:
    clock.fix(TODAY)
    yield
    clock.fix(None)


@pytest.fixture
def window(qtbot: Any, db: Any) -> MainWindow:
    create_demo(db, today=TODAY)
    main = MainWindow(db)
    qtbot.addWidget(main)
    main.show()
    return main


def accessible_name(widget: QWidget) -> str:
    if isinstance(widget, QComboBox):
        # QAccessible names a combo box by its current text, which says what was chosen, not
        # what is being chosen: a combo box needs a name of its own or a label.
        return widget.accessibleName().strip() or buddy_text(widget)
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None or not interface.isValid():
        return ""
    return interface.text(QAccessible.Text.Name).strip()


def buddy_text(widget: QWidget) -> str:
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget:
            return label.text().strip()
    return ""


def _part_of_another(widget: QWidget) -> bool:
    """Qt's own inner parts, reached through the control that holds them: an editable combo
    box's or spin box's line edit, a line edit's clear button, a table's headers, scroll
    bars, a tab widget's tab bar (each tab is named by its text), the calendar's insides."""
    if isinstance(widget, (QHeaderView, QScrollBar)):
        return True
    parent = widget.parentWidget()
    if isinstance(parent, (QComboBox, QAbstractSpinBox, QLineEdit)):
        return True
    if isinstance(widget, QTabBar) and isinstance(parent, QTabWidget):
        return True
    while parent is not None:
        if isinstance(parent, QCalendarWidget):
            return True
        parent = parent.parentWidget()
    return False


def controls(root: QWidget) -> list[QWidget]:
    """The visible interactive controls under `root`."""
    return [
        widget
        for widget in root.findChildren(QWidget)
        if isinstance(widget, INTERACTIVE) and widget.isVisible() and not _part_of_another(widget)
    ]


def nameless(root: QWidget) -> list[str]:
    """Every visible interactive control under `root` that has no accessible name."""
    return [
        f"{type(widget).__name__} {widget.objectName() or '(uten objectName)'}"
        for widget in controls(root)
        if not accessible_name(widget)
    ]


def each_tab(root: QWidget) -> Iterator[str]:
    """Show every tab of every tab widget under `root` in turn (hidden tabs hide controls)."""
    yield ""
    for tabs in root.findChildren(QTabWidget):
        for index in range(tabs.count()):
            if not tabs.isVisible():
                break
            tabs.setCurrentIndex(index)
            yield tabs.tabText(index)


def check(root: QWidget, where: str, failures: list[str]) -> int:
    """Add `root`'s nameless controls to `failures`; return how many controls were seen."""
    seen = 0
    for tab in each_tab(root):
        place = f"{where} / {tab}" if tab else where
        failures.extend(f"{place}: {control}" for control in nameless(root))
        seen = max(seen, len(controls(root)))
    return seen


def unique(failures: list[str]) -> list[str]:
    return list(dict.fromkeys(failures))


def test_every_control_on_every_page_has_a_name(qtbot: Any, window: MainWindow) -> None:
    failures: list[str] = []
    for entry in PAGES:
        page = window.show_page(entry.page_id)
        select_first_rows(page)
        QApplication.processEvents()
        seen = check(window, f"side {entry.page_id}", failures)
        assert seen >= 5, f"only {seen} controls seen on {entry.page_id}"
    assert not unique(failures), "Kontroller uten tilgjengelig navn:\n" + "\n".join(
        unique(failures)
    )


def test_every_control_in_the_main_dialogs_has_a_name(qtbot: Any, window: MainWindow) -> None:
    from tests.ui_helpers import menu_dialogs

    dialogs = menu_dialogs(window)
    failures: list[str] = []
    for where, dialog in dialogs:
        dialog.show()
        QApplication.processEvents()
        assert check(dialog, where, failures) >= 2, where
        dialog.close()
    assert not unique(failures), "Kontroller uten tilgjengelig navn:\n" + "\n".join(
        unique(failures)
    )


def test_every_control_in_the_row_dialogs_has_a_name(qtbot: Any, window: MainWindow) -> None:
    """The dialog each form's Legg til opens (a party, a funding line, an agenda item, ...)."""
    failures: list[str] = []

    def look(dialog: QWidget, where: str) -> None:
        check(dialog, where, failures)
        dialog.reject()  # type: ignore[attr-defined]

    opened = each_row_dialog(qtbot, window, look)
    assert len(opened) >= 8, opened
    assert not unique(failures), "Kontroller uten tilgjengelig navn:\n" + "\n".join(
        unique(failures)
    )
