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
from PySide6.QtCore import Qt
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
from kunnskapsapp.ui.page import ListPage
from tests.ui_helpers import answer_next_dialog

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


def select_first_rows(page: QWidget) -> None:
    """A record open in every list on the page (the page itself, or its tabs)."""
    lists = [page] if isinstance(page, ListPage) else []
    lists += page.findChildren(ListPage)
    for each in lists:
        each.ensure_loaded()
        if each.table_model.rowCount():
            each.select_id(each.table_model.record(0)["id"])
            assert each.form.record is not None


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
    from kunnskapsapp.ui.form import ChildTable

    failures: list[str] = []
    opened: list[str] = []
    for entry in PAGES:
        page = window.show_page(entry.page_id)
        select_first_rows(page)
        for table in page.findChildren(ChildTable):
            if not table.add_button.isEnabled():
                continue
            where = f"{entry.page_id} / {table.spec.title}"

            def look(dialog: QWidget, where: str = where) -> None:
                QApplication.processEvents()
                check(dialog, where, failures)
                opened.append(where)
                dialog.reject()  # type: ignore[attr-defined]

            answer_next_dialog(look)
            qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda where=where: where in opened)
    assert len(opened) >= 8, opened
    assert not unique(failures), "Kontroller uten tilgjengelig navn:\n" + "\n".join(
        unique(failures)
    )
