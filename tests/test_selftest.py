"""`kunnskapsapp --selftest`: what IT runs after deploying, and what CI runs on the bundle."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kunnskapsapp import selftest
from kunnskapsapp.cli import main

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_selftest_passes_every_check_and_leaves_no_user_data(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "KUNNSKAPSAPP_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "KUNNSKAPSAPP_DATABASE": str(tmp_path / "the-users.sqlite3"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "kunnskapsapp", "--selftest"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Selvtest av Kunnskapsapp ")
    checks = lines[1:-1]
    assert all(line.startswith("OK   ") for line in checks), checks
    labels = [line[5:].split(" (")[0] for line in checks]
    assert labels == [label for label, _check in selftest.checks()]
    assert "Database opprettet og migrert" in labels
    assert "Rapport laget: Møteunderlag" in labels
    assert labels.index("Arbeidsbok eksportert") + 1 == labels.index(
        "Arbeidsbok importert i en tom database"
    )
    assert "Programvinduet åpnet og lukket" in labels
    assert lines[-1].startswith(f"Alle {len(checks)} sjekker bestått")
    # Everything happened in a temporary folder: the user's database, data and settings
    # were never created.
    assert not (tmp_path / "the-users.sqlite3").exists()
    assert not (tmp_path / "data").exists()
    assert not (tmp_path / "config").exists()


def test_a_failed_check_is_named_and_stops_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    from kunnskapsapp.storage import migrations

    real_head = migrations.head_revision()
    monkeypatch.setattr(migrations, "head_revision", lambda: "9999")
    out = io.StringIO()
    assert selftest.run(out, window=False) == 1
    lines = out.getvalue().splitlines()
    assert lines[1].startswith("OK   Programfiler funnet")
    assert lines[2].startswith("OK   Forhåndsinnstillinger lest")
    assert lines[3] == (
        "FEIL Database opprettet og migrert: Skjemaversjonen er "
        f"{real_head}, men programmet venter 9999."
    )
    assert lines[4].startswith("Selvtesten feilte.")
    assert len(lines) == 5  # nothing after the failure ran


def test_missing_program_files_fail_the_first_check(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from kunnskapsapp import paths

    monkeypatch.setattr(paths, "database_dir", lambda: tmp_path / "database")
    out = io.StringIO()
    assert selftest.run(out, window=False) == 1
    failure = out.getvalue().splitlines()[1]
    assert failure.startswith("FEIL Programfiler funnet: Disse programfilene mangler: ")
    assert str(tmp_path / "database" / "env.py") in failure


def test_every_check_before_the_window_runs_without_qt() -> None:
    """On a machine with no display libraries at all, IT still learns what works."""
    script = (
        "import io, sys; from kunnskapsapp import selftest; out = io.StringIO(); "
        "code = selftest.run(out, window=False); print(out.getvalue()); "
        "print(sorted(m for m in sys.modules if m.startswith('PySide6'))); sys.exit(code)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("OK   Rapport laget: ") == len(selftest.REPORTS)
    assert "OK   Arbeidsbok importert i en tom database (" in done.stdout
    assert "Programvinduet" not in done.stdout
    assert done.stdout.splitlines()[-1] == "[]"  # no Qt module was imported


def test_selftest_cannot_be_combined(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--selftest", "summary"])
    assert exit_info.value.code == 2
    assert "--selftest kan ikke kombineres" in capsys.readouterr().err


def _workbook_checks() -> list[tuple[str, Any]]:
    wanted = {
        "Database opprettet og migrert",
        "Demodata lagt inn",
        "Arbeidsbok eksportert",
        "Arbeidsbok importert i en tom database",
    }
    return [(label, check) for label, check in selftest.checks(window=False) if label in wanted]


def test_the_workbook_goes_out_and_into_an_empty_database() -> None:
    out = io.StringIO()
    assert selftest.run(out, only=_workbook_checks()) == 0, out.getvalue()
    lines = out.getvalue().splitlines()
    exported = next(line for line in lines if line.startswith("OK   Arbeidsbok eksportert ("))
    rows = int(exported.split("(")[1].split(" rader")[0])
    imported = next(line for line in lines if line.startswith("OK   Arbeidsbok importert"))
    found = re.findall(r"([\d\u00a0]+) (?:nye|ny|endrede|endret|uendrede|uendret)\b", imported)
    counted = [int(n.replace("\u00a0", "")) for n in found]
    assert (
        len(counted) == 3 and rows > 1000 and sum(counted) == rows
    )  # every row of the workbook was read back
    assert "like)" in imported


def test_an_import_that_loses_rows_fails_the_workbook_check(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from kunnskapsapp.exchange import importer

    real = importer.apply_import

    def only_organisations(db: Any, path: Any, **kw: Any) -> Any:
        return real(db, path, table="Organisasjoner", **kw)

    monkeypatch.setattr(importer, "apply_import", only_organisations)
    out = io.StringIO()
    assert selftest.run(out, only=_workbook_checks()) == 1
    lines = out.getvalue().splitlines()
    assert lines[-2].startswith(
        "FEIL Arbeidsbok importert i en tom database: Etter importen er disse arkene ulike: "
    )
    assert "Prosjekter" in lines[-2] and "Organisasjoner" not in lines[-2]
    assert lines[-1].startswith("Selvtesten feilte.")


def test_an_export_that_writes_no_workbook_fails_and_stops(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from kunnskapsapp.exchange import xlsx_format

    monkeypatch.setattr(xlsx_format, "write_workbook", lambda *a, **kw: None)
    out = io.StringIO()
    assert selftest.run(out, only=_workbook_checks()) == 1
    lines = out.getvalue().splitlines()
    assert (
        lines[-2] == "FEIL Arbeidsbok eksportert: selvtest.xlsx ble ikke skrevet som en arbeidsbok."
    )
    assert not any("importert" in line for line in lines)
