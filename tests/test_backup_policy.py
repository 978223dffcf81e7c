"""How many automatic backups are kept: IT's preset, the user's own choice, IT's lock."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from kunnskapsapp import presets
from kunnskapsapp.domain.errors import DomainError
from kunnskapsapp.services import backups
from kunnskapsapp.services.database import Database
from kunnskapsapp.storage import backup_files, backup_policy
from kunnskapsapp.storage.backup_files import Retention
from tests.test_backups import fake_history

END = datetime(2026, 3, 2, 12, 0)


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KUNNSKAPSAPP_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


@pytest.fixture
def sqlite_db(tmp_path: Path, data: Path) -> Iterator[Database]:
    db = Database.open(str(tmp_path / "arbeid.sqlite3"), create=True)
    yield db
    db.dispose()


def preset(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> Path:
    path = tmp_path / "Kunnskapsapp.conf"
    path.write_text("[presets]\n" + body, encoding="utf-8")
    monkeypatch.setenv(presets.ENV_VAR, str(path))
    return path


def kept_after_a_backup(db: Database) -> int:
    """Forty days of daily backups, then the app's own backup (which rotates): how many stay."""
    database = Path(db.engine.url.database or "")
    folder = backup_files.folder_for(None)
    fake_history(database, folder, 40, END)
    backups.AutoBackup(db).take("daglig", END)
    return len(backup_files.backups_of(database, folder))


def test_without_presets_or_a_choice_the_defaults_keep_7_4_12(sqlite_db: Database) -> None:
    assert backup_policy.in_force() == backup_policy.Policy(Retention(7, 4, 12))
    # 2 March 2026 is a Monday. Seven days (24 February to 2 March), the weeks' newest
    # before them (22 and 15 February) and January's (31 January): ten.
    assert kept_after_a_backup(sqlite_db) == 10


def test_the_presets_policy_rotates_when_the_user_has_chosen_none(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = preset(
        tmp_path, monkeypatch, "backup_daily = 3\nbackup_weekly = 0\nbackup_monthly = 0\n"
    )
    assert backup_policy.in_force() == backup_policy.Policy(Retention(3, 0, 0), source=path)
    # Today's new backup and those of the two days before it.
    assert kept_after_a_backup(sqlite_db) == 3


def test_the_users_own_choice_beats_an_unlocked_preset(
    sqlite_db: Database, data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    preset(tmp_path, monkeypatch, "backup_daily = 3\nbackup_weekly = 0\nbackup_monthly = 0\n")
    saved = backup_policy.save_own(Retention(daily=5, weekly=0, monthly=0))
    assert saved == data / "sikkerhetskopiregler.json"
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert backup_policy.in_force() == backup_policy.Policy(Retention(5, 0, 0))
    assert kept_after_a_backup(sqlite_db) == 5


def test_a_locked_preset_beats_the_users_choice_and_refuses_a_new_one(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup_policy.save_own(Retention(daily=5, weekly=0, monthly=0))  # chosen before IT locked it
    path = preset(
        tmp_path,
        monkeypatch,
        "backup_daily = 3\nbackup_weekly = 0\nbackup_monthly = 0\nlocked = true\n",
    )
    policy = backup_policy.in_force()
    assert policy.locked and policy.retention == Retention(3, 0, 0) and policy.source == path
    assert kept_after_a_backup(sqlite_db) == 3
    with pytest.raises(DomainError) as refused:
        backup_policy.save_own(Retention(daily=30, weekly=0, monthly=0))
    assert f"IT-avdelingen har bestemt hvor mange sikkerhetskopier som beholdes (i {path})" in (
        refused.value.message
    )


@pytest.mark.parametrize(
    "text",
    ['{"daily": 2}', "ikke json", '{"daily": -1, "weekly": 0, "monthly": 0}', "[]"],
)
def test_a_broken_choice_file_falls_back_to_the_defaults(data: Path, text: str) -> None:
    data.mkdir(parents=True)
    (data / "sikkerhetskopiregler.json").write_text(text, encoding="utf-8")
    assert backup_policy.retention() == Retention(7, 4, 12)
