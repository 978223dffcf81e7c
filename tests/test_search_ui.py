"""The global search from the keyboard: Ctrl+K, type, the grouped results, arrows, Enter."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget

from kunnskapsapp.domain import models as m
from kunnskapsapp.services import crud
from kunnskapsapp.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: Any, db: Any) -> MainWindow:
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    return win


def rows(results: QListWidget) -> list[str]:
    return [results.item(i).text().split("\n")[0] for i in range(results.count())]


def test_ctrl_k_type_and_enter_opens_the_record(qtbot: Any, db: Any, window: MainWindow) -> None:
    crud.create(db, m.Project, {"title": "Klimatilpasning i Bærum", "summary": "Overvann"})
    wanted = crud.create(db, m.Project, {"title": "Klimavennlige bygg i Bærum"})
    crud.create(
        db,
        m.Deadline,
        {"title": "Rapport", "due_date": date(2026, 12, 1), "notes": "Om klimatiltak i Bærum"},
    )
    crud.create(db, m.Project, {"title": "Mobilitet"})
    box = window.findChild(QLineEdit, "globalSearch")
    results = window.findChild(QListWidget, "globalSearchResults")
    assert box.accessibleName() and results.accessibleName()

    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
    with qtbot.waitSignal(window.global_search.results_shown):
        qtbot.keyClicks(box, "klima bær")
    assert results.isVisible()
    assert rows(results) == [
        "Prosjekter",
        "Klimatilpasning i Bærum",
        "Klimavennlige bygg i Bærum",
        "Frister",
        "Rapport",
    ]
    assert results.currentRow() == 1  # the best match is chosen; the heading cannot be
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert results.currentRow() == 2
    qtbot.keyClick(box, Qt.Key.Key_Down)  # past the heading
    assert results.currentRow() == 4
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert results.currentRow() == 2
    qtbot.keyClick(box, Qt.Key.Key_Return)

    assert not results.isVisible()
    page = window.current_page()
    assert page.page_id == "projects"
    qtbot.waitUntil(lambda: (page.current_record() or {}).get("id") == wanted.id)


def test_escape_closes_and_no_match_says_so(qtbot: Any, db: Any, window: MainWindow) -> None:
    box = window.findChild(QLineEdit, "globalSearch")
    results = window.findChild(QListWidget, "globalSearchResults")
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
    with qtbot.waitSignal(window.global_search.results_shown):
        qtbot.keyClicks(box, "finnesikke")
    assert rows(results) == ["Ingen treff for «finnesikke»"]
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not results.isVisible()


def test_enter_right_after_typing_opens_the_best_match(
    qtbot: Any, db: Any, window: MainWindow
) -> None:
    person = crud.create(db, m.Person, {"name": "Åse Ødegård"})
    box = window.findChild(QLineEdit, "globalSearch")
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
    qtbot.keyClicks(box, "ødeg")
    with qtbot.waitSignal(window.global_search.open_record_requested) as opened:
        qtbot.keyClick(box, Qt.Key.Key_Enter)  # before the pause is over
    assert opened.args == ["people", person.id]
    page = window.current_page()
    assert page.page_id == "people"
    qtbot.waitUntil(lambda: (page.current_record() or {}).get("id") == person.id)


def test_a_record_saved_after_its_page_was_read_opens_from_the_search(
    qtbot: Any, db: Any, window: MainWindow
) -> None:
    """The projects page read its rows before this project existed (saved elsewhere: by
    another user of the shared database, say): the search finds it and opening it reads the
    page's rows again."""
    window.show_page("projects")
    window.show_page("dashboard")
    wanted = crud.create(db, m.Project, {"title": "Klimavennlige bygg i Bærum"})
    box = window.findChild(QLineEdit, "globalSearch")
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
    with qtbot.waitSignal(window.global_search.results_shown):
        qtbot.keyClicks(box, "klimavennlige")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    page = window.current_page()
    assert page.page_id == "projects"
    qtbot.waitUntil(lambda: (page.current_record() or {}).get("id") == wanted.id)
