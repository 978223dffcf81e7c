"""IT's locked preset file in the window: the municipality's name and the database stay IT's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLineEdit

from kunnskapsapp import presets
from kunnskapsapp.services import profile
from kunnskapsapp.services.database import Database
from kunnskapsapp.ui import first_start, settings
from kunnskapsapp.ui.main_window import MainWindow
from kunnskapsapp.ui.profile_dialog import ProfileDialog
from tests.ui_helpers import answer_next_dialog, field, type_into


@pytest.fixture
def preset(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    def write(body: str) -> Path:
        path = tmp_path / "Kunnskapsapp.conf"
        path.write_text("[presets]\n" + body, encoding="utf-8")
        monkeypatch.setenv(presets.ENV_VAR, str(path))
        return path

    return write


@pytest.fixture
def window(qtbot: Any, db: Database) -> Iterator[MainWindow]:
    settings.FIRST_START_DONE.set(True)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    yield window
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, first_start.FirstStartWizard):
            widget.done(0)
    settings.FIRST_START_DONE.set(False)


def test_a_locked_municipality_name_cannot_be_edited_in_kommuneprofil(
    qtbot: Any, db: Database, preset: Any, window: MainWindow
) -> None:
    path = preset("municipality = Eksempel kommune\nlocked = true\n")
    presets.apply_to_database(db, presets.load())  # as the start does
    seen: dict[str, Any] = {}

    def handler(dialog: Any) -> None:
        assert isinstance(dialog, ProfileDialog)
        name = field(dialog.form, "name")
        assert isinstance(name, QLineEdit)
        qtbot.keyClicks(name, " og omegn")
        seen.update(text=name.text(), read_only=name.isReadOnly(), tip=name.toolTip())
        type_into(qtbot, dialog.form, "unit_name", "Forskning og innovasjon")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(handler)
    window.findChild(QAction, "actionProfile").trigger()
    assert seen == {
        "text": "Eksempel kommune",
        "read_only": True,
        "tip": f"Navnet er satt av IT-avdelingen (i {path}) og kan ikke endres her.",
    }
    saved = profile.get_profile(db)
    assert (saved.name, saved.unit_name) == ("Eksempel kommune", "Forskning og innovasjon")


def test_kom_i_gang_shows_the_locked_name_read_only(
    qtbot: Any, db: Database, preset: Any, window: MainWindow
) -> None:
    preset("municipality = Eksempel kommune\nlocked = true\n")
    presets.apply_to_database(db, presets.load())
    wizard = first_start.show(window)
    name = field(wizard.profile_page.form, "name")
    assert isinstance(name, QLineEdit)
    assert name.isReadOnly() and name.text() == "Eksempel kommune"
    assert "satt av IT-avdelingen" in name.toolTip()


def test_an_unlocked_preset_name_is_only_a_start(qtbot: Any, db: Database, preset: Any) -> None:
    preset("municipality = Eksempel kommune\n")
    presets.apply_to_database(db, presets.load())
    dialog = ProfileDialog(db)
    qtbot.addWidget(dialog)
    name = field(dialog.form, "name")
    assert isinstance(name, QLineEdit)
    assert not name.isReadOnly() and name.toolTip() == ""
    type_into(qtbot, dialog.form, "name", "Nytt navn kommune")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert profile.get_profile(db).name == "Nytt navn kommune"


def test_a_locked_database_cannot_be_switched_from_the_menu_or_kom_i_gang(
    qtbot: Any, db: Database, preset: Any, tmp_path: Path
) -> None:
    shared = tmp_path / "felles.sqlite3"
    path = preset(f"database = {shared}\nlocked = true\n")
    settings.FIRST_START_DONE.set(True)
    window = MainWindow(db)
    qtbot.addWidget(window)
    connect = window.findChild(QAction, "actionConnect")
    why = f"IT-avdelingen har valgt databasen {shared} (i {path}). Den kan ikke byttes her."
    assert not connect.isEnabled() and connect.toolTip() == why
    wizard = first_start.show(window)
    try:
        buttons = wizard.choice_page.buttons
        for key in (first_start.OPEN, first_start.SERVER):
            assert not buttons[key].isEnabled() and buttons[key].toolTip() == why
        # The demo data are a file of their own, clearly marked: trying them stays open.
        assert buttons[first_start.DEMO].isEnabled() and buttons[first_start.EMPTY].isEnabled()
    finally:
        wizard.done(0)
        settings.FIRST_START_DONE.set(False)


def test_without_a_lock_every_choice_is_open(qtbot: Any, db: Database, preset: Any) -> None:
    preset("database = /srv/kunnskapsapp.sqlite3\nmunicipality = Eksempel kommune\n")
    settings.FIRST_START_DONE.set(True)
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert window.findChild(QAction, "actionConnect").isEnabled()
    wizard = first_start.show(window)
    try:
        assert all(button.isEnabled() for button in wizard.choice_page.buttons.values())
    finally:
        wizard.done(0)
        settings.FIRST_START_DONE.set(False)
