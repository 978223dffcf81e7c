"""Hjelp → Om Kunnskapsapp: what brukerstøtte asks for, and the licences of every component."""

from __future__ import annotations

import platform
from typing import Any

import PySide6
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QPushButton, QTableWidget

from kunnskapsapp import __version__, paths
from kunnskapsapp.services.database import Database
from kunnskapsapp.ui.about import AboutDialog
from kunnskapsapp.ui.main_window import MainWindow
from tests.ui_helpers import answer_next_dialog


def open_about(qtbot: Any, db: Database) -> AboutDialog:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    seen: list[AboutDialog] = []

    def look(dialog: Any) -> None:
        assert isinstance(dialog, AboutDialog)
        seen.append(dialog)
        dialog.hide()  # keep it for the test; exec() returns
        dialog.reject()

    answer_next_dialog(look)
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Hjelp")
    about = next(a for a in help_menu.actions() if a.objectName() == "actionAbout")
    assert about.text() == "Om Kunnskapsapp"
    about.trigger()
    assert seen
    return seen[0]


def test_about_names_the_version_database_engine_and_runtime(qtbot: Any, db: Database) -> None:
    dialog = open_about(qtbot, db)
    assert __version__ in dialog.findChild(QLabel, "aboutTitle").text()
    assert dialog.findChild(QLabel, "aboutDatabase").text() == db.display_url
    engine = dialog.findChild(QLabel, "aboutEngine").text()
    assert engine.startswith("SQLite 3." if db.dialect == "sqlite" else "PostgreSQL 1")
    versions = dialog.findChild(QLabel, "aboutVersions").text()
    assert f"Python {platform.python_version()}" in versions
    assert f"PySide6 {PySide6.__version__}" in versions
    assert dialog.findChild(QLabel, "aboutLogFolder").text() == str(paths.log_dir())


def test_about_lists_every_component_with_its_licence_text(qtbot: Any, db: Database) -> None:
    dialog = open_about(qtbot, db)
    table = dialog.findChild(QTableWidget, "componentTable")
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    for name in ("PySide6_Essentials", "SQLAlchemy", "reportlab", "Python", "DejaVu-skriftene"):
        assert name in rows, sorted(rows)
    assert "LGPL-3.0" in table.item(rows["PySide6_Essentials"], 2).text()
    assert table.item(rows["SQLAlchemy"], 2).text() == "MIT"
    table.setCurrentCell(rows["SQLAlchemy"], 0)
    text = dialog.findChild(QPlainTextEdit, "licenceText").toPlainText()
    assert "Permission is hereby granted" in text  # the MIT licence itself
    table.setCurrentCell(rows["DejaVu-skriftene"], 0)
    assert "Bitstream" in dialog.findChild(QPlainTextEdit, "licenceText").toPlainText()
    assert table.item(rows["Lucide-ikonene"], 2).text() == "ISC"
    table.setCurrentCell(rows["Lucide-ikonene"], 0)
    assert (
        "Lucide Icons and Contributors"
        in dialog.findChild(QPlainTextEdit, "licenceText").toPlainText()
    )


def test_the_log_folder_button_opens_the_folder(
    qtbot: Any, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = open_about(qtbot, db)
    dialog.findChild(QPushButton, "openLogFolder").click()
    assert [url.toLocalFile() for url in opened] == [str(paths.log_dir())]
    assert paths.log_dir().is_dir()
    assert QApplication.activeModalWidget() is None


def test_the_source_checkout_lists_the_licences_of_every_dependency() -> None:
    """About's list in a source checkout starts from pyproject's dependencies: all of them."""
    import re
    import tomllib
    from pathlib import Path

    from kunnskapsapp.ui.about import DIRECT

    project = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text("utf-8"))
    names: set[str] = set()
    for requirement in project["project"]["dependencies"]:
        found = re.match(r"([A-Za-z0-9_.-]+)(?:\[([a-z,]+)\])?", requirement)
        assert found
        names.add(found[1].lower())
        names.update(
            f"{found[1].lower()}-{extra}" for extra in (found[2] or "").split(",") if extra
        )
    assert {d.lower() for d in DIRECT} == names
