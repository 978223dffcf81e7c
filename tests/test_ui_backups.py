"""Fil → Sikkerhetskopier …: list the backups, take one now, restore one as a user would."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from kunnskapsapp.domain import models as m
from kunnskapsapp.services import backups, clock, crud
from kunnskapsapp.services.database import Database
from kunnskapsapp.storage import backup_files
from kunnskapsapp.ui import backups as ui_backups
from kunnskapsapp.ui import worker
from kunnskapsapp.ui.main_window import MainWindow
from tests.ui_helpers import answer_next_dialog


@pytest.fixture
def work_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    monkeypatch.setenv("KUNNSKAPSAPP_DATA_DIR", str(tmp_path / "data"))
    clock.fix(date(2026, 3, 2))
    worker.set_synchronous(True)
    db = Database.open(str(tmp_path / "arbeid.sqlite3"), create=True)
    yield db
    db.dispose()
    worker.set_synchronous(False)
    clock.fix(None)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every question is answered Ja; what the dialog asked and told is recorded."""
    said: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_a: Any) -> QMessageBox.StandardButton:
        said.append(text)
        return QMessageBox.StandardButton.Yes

    def information(_parent: Any, _title: str, text: str, *_a: Any) -> None:
        said.append(text)

    monkeypatch.setattr(ui_backups.QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(ui_backups.QMessageBox, "information", staticmethod(information))
    monkeypatch.setattr(ui_backups.QMessageBox, "warning", staticmethod(information))
    return said


def titles(db: Database) -> list[str]:
    return sorted(r.title for r in crud.list_rows(db, m.Project))


def test_the_menu_opens_the_list_of_backups(qtbot: Any, work_db: Database) -> None:
    backups.AutoBackup(work_db).take("daglig", datetime(2026, 3, 1, 14, 5))
    window = MainWindow(work_db)
    qtbot.addWidget(window)
    seen: list[str] = []

    def handler(dialog: Any) -> None:
        assert isinstance(dialog, ui_backups.BackupsDialog)
        index = dialog.table.model().index(0, 0)
        seen.append(index.data())
        seen.append(dialog.table.model().index(0, 3).data())
        dialog.findChild(ui_backups.QPushButton, "closeButton").click()

    answer_next_dialog(handler)
    action = window.findChild(QAction, "actionBackups")
    assert action is not None and action.text() == "Sikkerhetskopier …"
    action.trigger()
    assert seen == ["01.03.2026\u00a0kl.\u00a014.05", "0 prosjekter, 0 avtaler, 0 frister"]


def test_restore_a_chosen_backup_keeping_what_it_replaces(
    qtbot: Any, work_db: Database, answers: list[str]
) -> None:
    crud.create(work_db, m.Project, {"title": "Før kopien"})
    backups.AutoBackup(work_db).take("daglig", datetime(2026, 3, 1, 14, 5))
    crud.create(work_db, m.Project, {"title": "Etter kopien"})
    dialog = ui_backups.BackupsDialog(work_db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    with qtbot.waitSignal(dialog.restored):
        dialog.restore_button.click()
    assert "01.03.2026\u00a0kl.\u00a014.05 (1 prosjekt, 0 avtaler, 0 frister)" in answers[0]
    assert titles(work_db) == ["Før kopien"]  # the same Database works on the restored file
    kept = [b for b in backups.list_backups(dialog.database or Path()) if b.projects == 2]
    assert [b.reason for b in kept] == ["Før gjenoppretting"]
    assert dialog.model.rowCount() == 2


def test_a_damaged_backup_cannot_be_chosen(qtbot: Any, work_db: Database) -> None:
    taken = backups.AutoBackup(work_db).take("daglig", datetime(2026, 3, 1, 14, 5))
    assert taken is not None
    with taken.path.open("r+b") as fh:
        fh.write(b"\0" * 4096)
    dialog = ui_backups.BackupsDialog(work_db)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    assert dialog.model.index(0, 3).data() == "Skadet: kan ikke brukes"
    assert not dialog.restore_button.isEnabled()


def test_take_a_backup_now_to_a_chosen_file(
    qtbot: Any, work_db: Database, answers: list[str], tmp_path: Path, monkeypatch: Any
) -> None:
    crud.create(work_db, m.Project, {"title": "Med i kopien"})
    target = tmp_path / "valgt" / "kopi.sqlite3"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), ""))
    )
    dialog = ui_backups.BackupsDialog(work_db)
    qtbot.addWidget(dialog)
    dialog.backup_button.click()
    assert answers == [f"Sikkerhetskopien er skrevet til {target}."]
    assert backup_files.integrity_problems(target) == []
    assert backups.summarise(target).projects == 1
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_restore_from_a_file_refuses_one_that_is_not_a_backup(
    qtbot: Any, work_db: Database, answers: list[str], tmp_path: Path, monkeypatch: Any
) -> None:
    bogus = tmp_path / "notat.sqlite3"
    bogus.write_text("ikke en database")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(bogus), ""))
    )
    crud.create(work_db, m.Project, {"title": "Blir værende"})
    dialog = ui_backups.BackupsDialog(work_db)
    qtbot.addWidget(dialog)
    dialog.restore_file_button.click()
    assert "kan ikke brukes" in answers[0]
    assert titles(work_db) == ["Blir værende"]


def damage_projects(path: Path) -> None:
    """The project table's root page overwritten: every read of projects fails."""
    import random
    import sqlite3

    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'project'")
        number = int(page.fetchone()[0])
    conn.close()
    with path.open("r+b") as fh:
        fh.seek((number - 1) * 4096)
        fh.write(random.Random(7).randbytes(4096))


def click_button(starting: str, seen: list[str]) -> Any:
    def handler(widget: Any) -> None:
        assert isinstance(widget, QMessageBox), type(widget)
        seen.append(widget.text())
        for button in widget.buttons():
            if button.text().startswith(starting):
                button.click()
                return
        raise AssertionError([b.text() for b in widget.buttons()])

    return handler


@pytest.fixture
def damaged_db(work_db: Database, monkeypatch: pytest.MonkeyPatch) -> Database:
    monkeypatch.setattr(ui_backups, "_offer", None)
    for title in ("Skolemat", "Velferdsteknologi"):
        crud.create(work_db, m.Project, {"title": title})
    backups.AutoBackup(work_db).take("daglig", datetime(2026, 3, 1, 14, 5))
    work_db.engine.dispose()
    damage_projects(Path(work_db.engine.url.database or ""))
    return work_db


def test_a_damaged_database_at_start_offers_the_newest_good_backup(
    qtbot: Any, damaged_db: Database, answers: list[str]
) -> None:
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    reloaded: list[bool] = []
    offer = ui_backups.DamageOffer(window, damaged_db, lambda: reloaded.append(True)).install()
    seen: list[str] = []
    answer_next_dialog(click_button("Gjenopprett kopien fra 01.03.2026\u00a0kl.\u00a014.05", seen))
    offer.check_in_background()
    assert "er skadet" in seen[0] and "2 prosjekter, 0 avtaler, 0 frister" in seen[0]
    assert reloaded == [True]
    assert "Databasen er gjenopprettet" in answers[-1]
    assert titles(damaged_db) == ["Skolemat", "Velferdsteknologi"]
    kept = backup_files.backups_of(Path(damaged_db.engine.url.database or ""))
    assert backup_files.DAMAGED in [b.reason for b in kept]


def test_damage_found_while_working_offers_a_restore_not_the_crash_dialog(
    qtbot: Any, damaged_db: Database
) -> None:
    from PySide6.QtWidgets import QWidget

    from kunnskapsapp.storage.engine import DamagedDatabaseError
    from kunnskapsapp.ui.errors import report_exception

    window = QWidget()
    qtbot.addWidget(window)
    ui_backups.DamageOffer(window, damaged_db, lambda: None).install()
    with pytest.raises(DamagedDatabaseError) as caught:
        crud.list_rows(damaged_db, m.Project)
    seen: list[str] = []
    answer_next_dialog(click_button("Lukk", seen))
    report_exception(type(caught.value), caught.value, caught.value.__traceback__)
    assert len(seen) == 1 and "er skadet" in seen[0] and "01.03.2026\u00a0kl.\u00a014.05" in seen[0]
    assert window.findChild(QWidget, "crashDialog") is None


def test_the_user_chooses_how_many_backups_are_kept(
    qtbot: Any, work_db: Database, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QSpinBox

    from kunnskapsapp.storage import backup_policy
    from kunnskapsapp.storage.backup_files import Retention

    database = Path(work_db.engine.url.database or "")
    folder = backup_files.folder_for(None)
    for day in range(1, 11):  # a backup on each of the first ten days of February
        (folder / f"{database.stem}-daglig-202602{day:02d}-120000.sqlite3").touch()
    dialog = ui_backups.BackupsDialog(work_db)
    qtbot.addWidget(dialog)
    dialog.show()
    daily = dialog.findChild(QSpinBox, "retentionDaily")
    assert daily is not None and daily.isEnabled() and daily.value() == 7
    for name in ("retentionDaily", "retentionWeekly", "retentionMonthly"):
        spin = dialog.findChild(QSpinBox, name)
        spin.selectAll()
        qtbot.keyClicks(spin, "2" if name == "retentionDaily" else "0")
        qtbot.keyClick(spin, Qt.Key.Key_Tab)
    assert backup_policy.retention() == Retention(daily=2, weekly=0, monthly=0)
    backups.AutoBackup(work_db).take("daglig", datetime(2026, 3, 2, 12, 0))
    dialog.reload()
    assert [when.split()[0] for when in _column(dialog, 0)] == ["02.03.2026", "10.02.2026"]


def _column(dialog: ui_backups.BackupsDialog, column: int) -> list[str]:
    model = dialog.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_a_policy_it_has_locked_is_shown_but_cannot_be_changed(
    qtbot: Any, work_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QLabel, QSpinBox

    from kunnskapsapp.storage import backup_policy

    preset = tmp_path / "Kunnskapsapp.conf"
    preset.write_text(
        "[presets]\nbackup_daily = 14\nbackup_weekly = 8\nbackup_monthly = 24\nlocked = true\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("KUNNSKAPSAPP_PRESETS", str(preset))
    dialog = ui_backups.BackupsDialog(work_db)
    qtbot.addWidget(dialog)
    dialog.show()
    spins = [
        dialog.findChild(QSpinBox, name)
        for name in ("retentionDaily", "retentionWeekly", "retentionMonthly")
    ]
    assert [s.value() for s in spins] == [14, 8, 24]
    assert not any(s.isEnabled() for s in spins)
    said = f"Satt av IT-avdelingen (i {preset}) og kan ikke endres her."
    assert dialog.retention_box is not None and dialog.retention_box.toolTip() == said
    assert dialog.findChild(QLabel, "retentionNote").text() == said
    assert not backup_policy.own_path().exists()


def test_a_server_database_has_no_backup_numbers(qtbot: Any, monkeypatch: Any) -> None:
    class ServerDb:
        url = "postgresql://kunnskap@db.kommune.no/kunnskapsapp"

    dialog = ui_backups.BackupsDialog(ServerDb())  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert dialog.retention_box is None
