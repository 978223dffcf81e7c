"""Switching database from Kom i gang moves the automatic backup, the damage check and the
lock entry ("someone else has it open") to the new database and releases the old one."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWizard

from kunnskapsapp.domain import models as m
from kunnskapsapp.services import crud
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.instance_lock import lock_path
from kunnskapsapp.storage import backup_files
from kunnskapsapp.ui import backups as ui_backups
from kunnskapsapp.ui import database_guards, first_start
from kunnskapsapp.ui.main_window import MainWindow
from tests.ui_helpers import fresh_windows


@pytest.fixture(autouse=True)
def _fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    with fresh_windows(monkeypatch, tmp_path, first_start_done=True):
        yield


def windows() -> list[MainWindow]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]


def holders(database: Path) -> list[int]:
    path = lock_path(database)
    if not path.exists():
        return []
    return [h["pid"] for h in json.loads(path.read_text(encoding="utf-8"))["holders"]]


def reasons(database: Path) -> list[str]:
    return sorted(b.reason for b in backup_files.backups_of(database))


def started_window(qtbot: Any, path: Path) -> MainWindow:
    """The first window as the app starts it: shown, then its guards."""
    window = MainWindow(Database.open(str(path), create=True))
    window.show()
    database_guards.start(window)
    qtbot.waitUntil(lambda: reasons(path) == ["daglig"])  # the backup at start, off the UI
    return window


def finish_with(qtbot: Any, window: MainWindow, key: str) -> None:
    wizard = first_start.show(window)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    button = wizard.choice_page.buttons[key]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)


def test_opening_an_existing_file_moves_backup_damage_check_and_lock(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, other = tmp_path / "min.sqlite3", tmp_path / "kollega.sqlite3"
    Database.open(str(other), create=True).dispose()
    window = started_window(qtbot, first)
    assert holders(first) == [os.getpid()] and holders(other) == []
    assert ui_backups._offer is not None and ui_backups._offer.path == first
    crud.create(window.db, m.Organisation, {"name": "Endret før byttet"})
    monkeypatch.setattr(
        first_start.QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *_a, **_k: (str(other), "")),
    )
    finish_with(qtbot, window, first_start.OPEN)
    qtbot.waitUntil(lambda: windows() != [window])
    (new,) = windows()
    assert new.guards is not None and new.guards.db is new.db and window.guards is not new.guards
    # The old file: its backup at close (it was changed), and its lock entry gone.
    assert reasons(first) == ["daglig", "ved-lukking"]
    assert holders(first) == [] and not lock_path(first).exists()
    # The new file: our lock entry, its own backup at start, and the damage check on it.
    assert holders(other) == [os.getpid()]
    qtbot.waitUntil(lambda: reasons(other) == ["daglig"])
    assert ui_backups._offer is new.guards.offer and new.guards.offer.path == other
    assert database_guards.running() == [new.guards]

    new.close()  # the app's end: the lock entry goes, nothing changed so no backup
    assert holders(other) == [] and reasons(other) == ["daglig"]
    assert database_guards.running() == [] and ui_backups._offer is None


def test_the_demo_data_get_their_own_lock_and_the_first_database_is_released(
    qtbot: Any, tmp_path: Path
) -> None:
    from kunnskapsapp import paths

    first = tmp_path / "min.sqlite3"
    window = started_window(qtbot, first)
    finish_with(qtbot, window, first_start.DEMO)
    qtbot.waitUntil(lambda: any(w.is_demo for w in windows()), timeout=30_000)
    (demo,) = windows()
    assert holders(first) == []
    assert holders(paths.demo_database_path()) == [os.getpid()]
    assert demo.guards is not None and demo.guards.auto_backup.path == paths.demo_database_path()
