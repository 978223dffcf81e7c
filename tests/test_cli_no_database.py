"""Issue 11, eighth defect: `report handout` without --database silently created an empty
default database, then said there were no meetings. A report, export, summary or person
command on a database that does not exist yet says so in Norwegian, tells how to make one,
exits non-zero and creates nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kunnskapsapp.cli import main


@pytest.fixture
def empty_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A first-time user: no database anywhere, and the default location an empty folder."""
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setenv("KUNNSKAPSAPP_DATA_DIR", str(data))
    monkeypatch.delenv("KUNNSKAPSAPP_DATABASE", raising=False)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    return data


@pytest.mark.parametrize(
    "args",
    [
        ["report", "handout"],
        ["report", "portfolio"],
        ["report", "deadlines", "-o", "frister.pdf"],
        ["export", "alt.xlsx"],
        ["export", "frister.ics"],
        ["export", "--template", "mal.xlsx"],
        ["summary"],
        ["summary", "--json"],
        ["person", "export", "abcdef12", "-o", "person.json"],
    ],
    ids=" ".join,
)
def test_a_missing_default_database_is_reported_and_not_created(
    empty_data_dir: Path, args: list[str], capsys: Any
) -> None:
    assert main(args) == 1
    captured = capsys.readouterr()
    err = captured.err.strip()
    assert len(err.splitlines()) == 1, err
    assert "Det finnes ingen database ennå" in err
    assert "kunnskapsapp demo" in err and "Traceback" not in err
    assert captured.out == ""
    assert list(empty_data_dir.iterdir()) == []
    assert list(Path.cwd().iterdir()) == []


def test_demo_then_the_report_works(empty_data_dir: Path, capsys: Any) -> None:
    """The way the message shows: `kunnskapsapp demo`, then the summary."""
    assert main(["demo"]) == 0
    assert (empty_data_dir / "kunnskapsapp.sqlite3").is_file()
    capsys.readouterr()
    assert main(["summary"]) == 0
    assert "Det finnes ingen database" not in capsys.readouterr().err
