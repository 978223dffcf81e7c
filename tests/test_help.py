"""Brukerveiledning: the guide opens from the menu and with F1, finds text, and is complete."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from kunnskapsapp.services.database import Database
from kunnskapsapp.ui import help as guide
from kunnskapsapp.ui.main_window import PAGES, MainWindow

MAX_IMAGE_BYTES = 100_000


@pytest.fixture
def window(qtbot: Any, db: Database) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def help_window(window: MainWindow) -> guide.HelpWindow:
    found = window.findChild(guide.HelpWindow, "helpWindow")
    assert found is not None
    return found


@pytest.mark.db
def test_the_guide_opens_from_the_help_menu(qtbot: Any, window: MainWindow) -> None:
    window.show_page("dashboard")
    window.findChild(QAction, "actionHelp").trigger()
    shown = help_window(window)
    qtbot.waitUntil(shown.isVisible)
    assert shown.windowTitle() == "Brukerveiledning – Kunnskapsapp"
    assert shown.contents.topLevelItemCount() == len(guide.load_sections())
    assert shown.browser.toPlainText().startswith("Oversikt")  # F1 on the page in view
    # A heading too long for the contents column is shown whole when the mouse rests on it.
    agreements = shown.contents.topLevelItem(2)
    headings = [agreements.child(i) for i in range(agreements.childCount())]
    assert "Prosjektavtaler under en samarbeidsavtale" in [h.toolTip(0) for h in headings]
    assert all(h.toolTip(0) == h.text(0) for h in headings)


@pytest.mark.db
def test_f1_on_avtaler_shows_the_agreements_section(qtbot: Any, window: MainWindow) -> None:
    window.show_page("agreements")
    window.activateWindow()
    page = window.current_page()
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_F1)
    shown = help_window(window)
    qtbot.waitUntil(shown.isVisible)
    assert shown.current is not None and shown.current.id == "avtaler"
    assert shown.browser.toPlainText().startswith("Avtaler")
    assert "Registrer evaluering …" in shown.browser.toPlainText()
    assert shown.contents.currentItem().text(0) == "Avtaler"


@pytest.mark.db
def test_search_finds_and_highlights_evaluering(qtbot: Any, window: MainWindow) -> None:
    window.show_page("deadlines")
    window.findChild(QAction, "actionHelp").trigger()
    shown = help_window(window)
    qtbot.keyClicks(shown.search, "evaluering")
    assert "avtaler" in shown.matching_sections()
    assert shown.current is not None and shown.current.id in shown.matching_sections()
    assert shown.highlighted()
    assert all(s.cursor.selectedText().casefold() == "evaluering" for s in shown.highlighted())
    assert shown.hits.text().startswith("Funnet i")
    hidden = [
        shown.contents.topLevelItem(i).isHidden() for i in range(shown.contents.topLevelItemCount())
    ]
    assert any(hidden) and not all(hidden)  # sections without the word are left out
    shown.search.clear()
    qtbot.keyClicks(shown.search, "qqzz")
    assert shown.hits.text() == "Ingen treff på «qqzz»."


def test_every_page_has_a_section(qapp: Any) -> None:
    sections = {section.id for section in guide.load_sections()}
    for entry in PAGES:
        assert guide.PAGE_SECTIONS[entry.page_id] in sections, entry.page_id
    assert guide.FIRST_SECTION in sections


def test_every_image_the_guide_shows_exists_and_is_small(qapp: Any) -> None:
    shown = 0
    for section in guide.load_sections():
        for name in guide.image_references(section):
            path = guide.help_dir() / name
            assert path.is_file(), f"{section.id}: {name}"
            assert path.stat().st_size <= MAX_IMAGE_BYTES, name
            shown += 1
    assert shown >= 10


def test_links_between_sections_lead_to_a_section(qapp: Any) -> None:
    import re

    sections = {section.id for section in guide.load_sections()}
    for section in guide.load_sections():
        for target in re.findall(r"(?<!!)\[[^\]]+\]\(([^)]+)\)", section.markdown):
            if not target.startswith(("http", "img/")):
                assert target in sections, f"{section.id} → {target}"
