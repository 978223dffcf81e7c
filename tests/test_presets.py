"""IT's preset file: which database a workstation opens, and what users may not change."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from kunnskapsapp import presets, selftest
from kunnskapsapp.cli import main
from kunnskapsapp.services import profile
from kunnskapsapp.services.database import Database


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "Kunnskapsapp.conf"
    path.write_text(body, encoding="utf-8")
    return path


@pytest.fixture
def preset_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Point KUNNSKAPSAPP_PRESETS at a file the test writes; no database from outside."""
    monkeypatch.delenv("KUNNSKAPSAPP_DATABASE", raising=False)

    def make(body: str) -> Path:
        path = write(tmp_path, body)
        monkeypatch.setenv(presets.ENV_VAR, str(path))
        return path

    return make


def test_the_linux_file_is_where_qsettings_keeps_system_wide_settings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(presets.ENV_VAR, raising=False)
    monkeypatch.delenv("XDG_CONFIG_DIRS", raising=False)
    assert presets.candidate_files() == [Path("/etc/xdg/Kunnskapsapp/Kunnskapsapp.conf")]
    monkeypatch.setenv("XDG_CONFIG_DIRS", "/opt/site:/etc/xdg")
    assert presets.candidate_files()[0] == Path("/opt/site/Kunnskapsapp/Kunnskapsapp.conf")
    monkeypatch.setenv(presets.ENV_VAR, "")
    assert presets.candidate_files() == []  # empty: no presets at all


def test_a_full_preset_file_is_read(preset_file) -> None:  # type: ignore[no-untyped-def]
    path = preset_file(
        "[presets]\n"
        "database = postgresql://kunnskap@db.kommune.no/kunnskapsapp\n"
        "municipality = Eksempel kommune\n"
        "backup_daily = 10\nbackup_weekly = 0\n"
        "locked = true\n"
    )
    found = presets.load()
    assert found.source == path
    assert found.database == "postgresql://kunnskap@db.kommune.no/kunnskapsapp"
    assert found.municipality == "Eksempel kommune"
    assert found.backup == presets.BackupPolicy(daily=10, weekly=0, monthly=12)
    assert found.locked


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            "[presets]\ndatabase = postgresql://kunnskap:hemmelig@db/kunnskapsapp\n",
            "inneholder et passord",
        ),
        ("[presets]\nlocked = kanskje\n", "locked i {path} må være true eller false"),
        ("[presets]\nbackup_daily = sju\n", "backup_daily i {path} må være et heltall"),
        ("[presets]\ndatabse = /srv/k.sqlite3\n", "Ukjent innstilling i {path}: databse"),
        ("database = /srv/k.sqlite3\n", "kan ikke leses"),  # no [presets] heading
    ],
)
def test_a_bad_preset_file_is_refused_in_norwegian(
    preset_file,  # type: ignore[no-untyped-def]
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    body: str,
    message: str,
) -> None:
    path = preset_file(body)
    assert main(["summary"]) == 1
    err = capsys.readouterr().err
    assert message.format(path=path) in err
    assert "Traceback" not in err
    assert "hemmelig" not in err


def test_a_missing_file_named_by_the_variable_is_an_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(presets.ENV_VAR, str(tmp_path / "nope.conf"))
    assert main(["summary"]) == 1
    assert "nope.conf (fra KUNNSKAPSAPP_PRESETS) finnes ikke" in capsys.readouterr().err


def test_precedence_argument_then_environment_then_preset_then_default(
    preset_file,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    assert presets.resolve_database(None, presets.Presets()) == (None, "default")
    preset_file(f"[presets]\ndatabase = {tmp_path / 'shared.sqlite3'}\n")
    assert presets.resolve_database(None) == (str(tmp_path / "shared.sqlite3"), "preset")
    monkeypatch.setenv("KUNNSKAPSAPP_DATABASE", "/srv/env.sqlite3")
    assert presets.resolve_database(None) == ("/srv/env.sqlite3", "environment")
    assert presets.resolve_database("/srv/arg.sqlite3") == ("/srv/arg.sqlite3", "argument")


def test_the_commands_use_the_preset_database(
    preset_file,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    shared = tmp_path / "shared.sqlite3"
    assert main(["--database", str(shared), "db", "upgrade"]) == 0
    preset_file(f"[presets]\ndatabase = {shared}\n")
    capsys.readouterr()
    assert main(["db", "check"]) == 0
    assert f"Database: {shared}" in capsys.readouterr().out


def test_a_locked_database_cannot_be_chosen_otherwise(
    preset_file,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    shared = tmp_path / "shared.sqlite3"
    path = preset_file(f"[presets]\ndatabase = {shared}\nlocked = true\n")
    other = tmp_path / "mine.sqlite3"
    assert main(["--database", str(other), "db", "upgrade"]) == 1
    err = capsys.readouterr().err
    assert f"IT-avdelingen har låst databasen til {shared} (i {path})" in err
    assert "--database kan ikke velge en annen" in err
    assert not other.exists()
    monkeypatch.setenv("KUNNSKAPSAPP_DATABASE", str(other))
    assert main(["db", "upgrade"]) == 1
    assert "KUNNSKAPSAPP_DATABASE kan ikke velge en annen" in capsys.readouterr().err
    # Naming the preset's own database is fine.
    assert main(["--database", str(shared), "db", "upgrade"]) == 0


def test_the_municipality_name_fills_an_empty_profile_and_a_lock_keeps_it(
    db: Database,
) -> None:
    open_preset = presets.Presets(source=Path("x"), municipality="Eksempel kommune")
    assert presets.apply_to_database(db, open_preset)
    assert profile.get_profile(db).name == "Eksempel kommune"
    profile.update_profile(db, {"name": "Nytt navn"})
    assert not presets.apply_to_database(db, open_preset)  # the user's own name stays
    assert profile.get_profile(db).name == "Nytt navn"
    locked = presets.Presets(source=Path("x"), municipality="Eksempel kommune", locked=True)
    assert presets.apply_to_database(db, locked)
    assert profile.get_profile(db).name == "Eksempel kommune"


def test_selftest_checks_the_preset_file_without_using_it(
    preset_file,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    shared = tmp_path / "shared.sqlite3"
    path = preset_file(f"[presets]\ndatabase = {shared}\nlocked = true\n")
    out = io.StringIO()
    assert selftest.run(out, window=False) == 0
    assert f"OK   Forhåndsinnstillinger lest (fra {path}, database {shared}, låst)" in (
        out.getvalue()
    )
    assert not shared.exists()  # the self-test worked in its own folder

    path.write_text("[presets]\ndatabase = postgresql://k:pw@db/k\n", encoding="utf-8")
    out = io.StringIO()
    assert selftest.run(out, window=False) == 1
    assert "FEIL Forhåndsinnstillinger lest: Databaseadressen i" in out.getvalue()
