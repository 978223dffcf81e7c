"""Kom i gang: the guide a new user meets on an empty database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from kunnskapsapp.domain import models as m
from kunnskapsapp.services import crud, profile
from kunnskapsapp.services.database import Database
from kunnskapsapp.ui import first_start, settings
from kunnskapsapp.ui.main_window import MainWindow
from tests.ui_helpers import answer_next_dialog, click_message_button, fresh_windows, type_into

pytestmark = pytest.mark.db


@pytest.fixture(autouse=True)
def _fresh_start(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    with fresh_windows(monkeypatch, tmp_path, first_start_done=False, guards=False):
        yield


@pytest.fixture
def window(qtbot: Any, db: Database) -> MainWindow:
    window = MainWindow(db)  # not qtbot.addWidget: a window replaced by another deletes itself
    window.show()
    return window


def open_windows() -> list[MainWindow]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]


def click(qtbot: Any, wizard: QWizard, button: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(button), Qt.MouseButton.LeftButton)


def choose(qtbot: Any, wizard: Any, key: str) -> None:
    """Click a choice's round button (a radio button takes clicks on its circle and text)."""
    button = wizard.choice_page.buttons[key]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert button.isChecked()


def test_an_empty_database_opens_kom_i_gang(qtbot: Any, window: MainWindow) -> None:
    wizard = first_start.maybe_show(window)
    assert wizard is not None
    qtbot.waitUntil(wizard.isVisible)
    assert wizard.windowTitle() == "Kom i gang"
    assert wizard.currentPage() is wizard.profile_page


def test_a_database_with_data_does_not(qtbot: Any, db: Database) -> None:
    crud.create(db, m.Organisation, {"name": "Universitetet i Sørøst-Norge"})
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert first_start.maybe_show(window) is None


def test_demo_data_open_in_their_own_file_marked_in_the_title(
    qtbot: Any, window: MainWindow, db: Database
) -> None:
    wizard = first_start.maybe_show(window)
    assert wizard is not None
    type_into(qtbot, wizard.profile_page.form, "name", "Eksempel kommune")
    type_into(qtbot, wizard.profile_page.form, "unit_name", "Forskning og innovasjon")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.choice_page
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()  # choose first
    choose(qtbot, wizard, first_start.DEMO)
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "Åpne demodata"
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    qtbot.waitUntil(lambda: any("DEMODATA" in w.windowTitle() for w in open_windows()))
    (demo_window,) = open_windows()
    assert demo_window.windowTitle() == "Kunnskapsapp – DEMODATA"
    assert demo_window.db.url != db.url
    assert crud.list_rows(demo_window.db, m.Project)
    # the user's own database has the name typed and nothing else
    assert profile.get_profile(db).name == "Eksempel kommune"
    assert profile.get_profile(db).unit_name == "Forskning og innovasjon"
    assert crud.list_rows(db, m.Project) == []
    assert crud.list_rows(db, m.Agreement) == []
    assert settings.FIRST_START_DONE.get() is True


def test_start_empty_and_no_wizard_next_time(qtbot: Any, window: MainWindow, db: Database) -> None:
    wizard = first_start.maybe_show(window)
    assert wizard is not None
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    choose(qtbot, wizard, first_start.EMPTY)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert not wizard.isVisible()
    assert open_windows() == [window]
    assert first_start.database_is_empty(db)

    again = MainWindow(db)
    qtbot.addWidget(again)
    assert first_start.maybe_show(again) is None
    # ... but Hjelp → Kom i gang opens it
    again.findChild(type(again.act_new), "actionFirstStart").trigger()
    assert again.findChild(first_start.FirstStartWizard).isVisible()


def test_a_file_that_is_not_a_database_is_refused_and_the_wizard_stays(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "notater.sqlite3"
    bad.write_text("ikke en database")
    monkeypatch.setattr(
        first_start.QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(bad), ""))
    )
    wizard = first_start.show(window)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    choose(qtbot, wizard, first_start.OPEN)
    seen: list[str] = []

    def answer(box: Any) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        click_message_button("OK")(box)

    answer_next_dialog(answer)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: bool(seen))
    assert "er ikke en Kunnskapsapp-database" in seen[0]
    assert wizard.isVisible() and wizard.currentPage() is wizard.choice_page
    assert open_windows() == [window]


def test_an_existing_file_opens_in_a_new_window(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other_path = tmp_path / "kollega.sqlite3"
    other = Database.open(str(other_path), create=True)
    crud.create(other, m.Organisation, {"name": "Høgskolen i Innlandet"})
    other.dispose()
    monkeypatch.setattr(
        first_start.QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *_a, **_k: (str(other_path), "")),
    )
    wizard = first_start.show(window)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    choose(qtbot, wizard, first_start.OPEN)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: open_windows() != [window])
    (opened,) = open_windows()
    assert str(other_path) in opened.windowTitle()
    assert "DEMODATA" not in opened.windowTitle()


def test_spreadsheets_open_the_import_wizard_on_this_database(
    qtbot: Any, window: MainWindow, db: Database
) -> None:
    from kunnskapsapp.ui.import_wizard import ImportWizard

    wizard = first_start.show(window)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    choose(qtbot, wizard, first_start.IMPORT)
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "Importer …"
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(ImportWizard)))
    (importer,) = [w for w in window.findChildren(ImportWizard) if w.isVisible()]
    assert importer.db is db and importer.windowTitle() == "Importer"
    assert not wizard.isVisible() and open_windows() == [window]  # no other database
    click(qtbot, importer, QWizard.WizardButton.CancelButton)
