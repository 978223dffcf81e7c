"""Fil → Koble til database … and Kom i gang's server choice switch the window at once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from kunnskapsapp import paths
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.instance_lock import lock_path
from kunnskapsapp.ui import database_guards, first_start, settings
from kunnskapsapp.ui.connect_dialog import ConnectDialog
from kunnskapsapp.ui.main_window import MainWindow
from tests.test_connect import MemoryKeyring
from tests.ui_helpers import answer_next_dialog, fresh_windows


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    import keyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def _fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    with fresh_windows(monkeypatch, tmp_path, first_start_done=True):
        yield
    settings.DATABASE_SERVER.set("")
    settings.DATABASE_PASSWORD_STORE.set("keyring")


def windows() -> list[MainWindow]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]


def started(path: Path) -> MainWindow:
    window = MainWindow(Database.open(str(path), create=True))
    window.show()
    database_guards.start(window)
    return window


def fill(qtbot: Any, dialog: ConnectDialog, host: str, port: int, database: str, user: str) -> None:
    for edit in (dialog.host, dialog.database, dialog.user):
        edit.clear()
    qtbot.keyClicks(dialog.host, host)
    dialog.port.setValue(port)
    qtbot.keyClicks(dialog.database, database)
    qtbot.keyClicks(dialog.user, user)
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("disable"))


def save_then(qtbot: Any, host: str, port: int, database: str, user: str, then: Any = None) -> None:
    """Answer the connect dialog: fill it in and save; `then` answers the dialog after it."""

    def handler(dialog: Any) -> None:
        assert isinstance(dialog, ConnectDialog)
        fill(qtbot, dialog, host, port, database, user)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()
        if then is not None:
            answer_next_dialog(then)

    answer_next_dialog(handler)


def remember(said: list[str]) -> Any:
    def warning(box: Any) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.accept()

    return warning


def test_a_server_that_cannot_be_reached_is_said_and_the_window_stays(
    qtbot: Any, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    mine = tmp_path / "min.sqlite3"
    window = started(mine)
    said: list[str] = []
    save_then(qtbot, "127.0.0.1", 1, "kunnskap", "kari", then=remember(said))
    window.findChild(QAction, "actionConnect").trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=15_000)
    assert said[0].startswith("Kunne ikke åpne kari@127.0.0.1:1/kunnskap: "), said[0]
    assert "Kunnskapsapp prøver igjen neste gang programmet starter." in said[0]
    assert f"Du arbeider videre i {mine}." in said[0]
    assert windows() == [window] and lock_path(mine).exists()


def test_the_local_file_button_switches_back_at_once(qtbot: Any, tmp_path: Path) -> None:
    elsewhere = tmp_path / "annen.sqlite3"
    window = started(elsewhere)

    def local(dialog: Any) -> None:
        assert isinstance(dialog, ConnectDialog)
        qtbot.mouseClick(dialog.local_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(local)
    window.findChild(QAction, "actionConnect").trigger()
    qtbot.waitUntil(lambda: windows() != [window])
    (new,) = windows()
    assert new.db.display_url == str(paths.default_database_path())
    assert not lock_path(elsewhere).exists() and lock_path(paths.default_database_path()).exists()


def test_saving_a_real_server_switches_at_once(
    qtbot: Any, engine_name: str, db_url: str, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    if engine_name != "postgresql":
        pytest.skip("trenger PostgreSQL (KUNNSKAPSAPP_TEST_PG_URL)")
    from sqlalchemy.engine import make_url

    server = make_url(db_url)
    mine = tmp_path / "min.sqlite3"
    window = started(mine)
    save_then(
        qtbot, server.host or "", server.port or 5432, server.database or "", server.username or ""
    )
    window.findChild(QAction, "actionConnect").trigger()
    qtbot.waitUntil(lambda: windows() != [window], timeout=15_000)
    (new,) = windows()
    assert new.db.dialect == "postgresql" and new.db.engine.url.database == server.database
    assert server.database in new.windowTitle()
    assert not lock_path(mine).exists()  # the file's lock entry went with the old window
    assert new.guards is not None and new.guards.auto_backup.path is None  # the server's own


def test_kom_i_gang_connects_with_the_same_dialog(
    qtbot: Any, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    window = started(tmp_path / "min.sqlite3")
    wizard = first_start.show(window)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    button = wizard.choice_page.buttons[first_start.SERVER]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.text() == "Koble til …"
    seen: list[str] = []

    def cancel(dialog: Any) -> None:
        seen.append(dialog.objectName())
        dialog.reject()

    answer_next_dialog(cancel)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert seen == ["connectDialog"]
    assert wizard.isVisible() and wizard.currentPage() is wizard.choice_page  # stays to choose

    said: list[str] = []
    save_then(qtbot, "127.0.0.1", 1, "kunnskap", "kari", then=remember(said))
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(said), timeout=15_000)
    assert not wizard.isVisible()
    assert "prøver igjen neste gang" in said[0] and windows() == [window]
