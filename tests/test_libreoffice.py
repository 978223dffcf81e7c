"""What a spreadsheet and a word processor read from the app's files, asked of LibreOffice.

openpyxl and python-docx read back what they wrote, so the other tests cannot see a file that
Excel or Word would read differently. LibreOffice, run headless, converts the app's workbook
to CSV, its CSV to a workbook and its Word handout to plain text; each is compared with what
the app itself says the file holds.

Skipped where LibreOffice (`soffice`) is not installed, unless KUNNSKAPSAPP_TEST_LIBREOFFICE=1
(as .ci/run sets it): then a missing LibreOffice fails the tests instead.
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import report_fixtures as fx
from openpyxl import load_workbook

from kunnskapsapp.cli import main
from kunnskapsapp.domain import models as m
from kunnskapsapp.services import clock, crud

SOFFICE = shutil.which("soffice")
REQUIRED = os.environ.get("KUNNSKAPSAPP_TEST_LIBREOFFICE") == "1"

if not SOFFICE and not REQUIRED:
    pytest.skip("trenger LibreOffice (soffice)", allow_module_level=True)

# LibreOffice's CSV filter options: field separator ';' (59), text delimiter '"' (34),
# character set UTF-8 (76), start at line 1.
CSV_OPTIONS = "59,34,76,1"
# Texts a spreadsheet would take for a formula or a number, if the file let it.
FORMULA_LIKE = ("=SUM(A1:A9)", "+47 22 00 00 00", "-tull", "@kommune")


def soffice(source: Path, target: str, out: Path, *extra: str) -> Path:
    """`source` converted by LibreOffice to the format `target` (a filter name after a colon
    where needed), into `out`; its own profile, so that no user's settings take part."""
    assert SOFFICE, (
        "LibreOffice (soffice) is not installed: "
        "apt-get install libreoffice-calc-nogui libreoffice-writer-nogui"
    )
    profile = out.parent / "lo-profile"
    result = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            *extra,
            "--convert-to",
            target,
            "--outdir",
            str(out),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    produced = out / f"{source.stem}.{target.split(':')[0]}"
    assert produced.is_file(), f"LibreOffice converted nothing: {result.stdout}{result.stderr}"
    return produced


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f, delimiter=";"))


def unguarded(text: str) -> str:
    """A CSV cell without the apostrophe the export puts before a formula-like text."""
    return text[1:] if text[:1] == "'" and text[1:2] in ("=", "+", "-", "@") else text


@pytest.fixture
def portfolio(db: Any) -> Iterator[fx.Portfolio]:
    clock.fix(fx.TODAY)
    built = fx.build(db, long_fields=False)
    for text in FORMULA_LIKE:
        crud.create(db, m.Project, {"title": text, "summary": f"Sammendrag {text}"})
    yield built
    clock.fix(None)


def export(db: Any, path: Path, *args: str) -> Path:
    assert main(["--database", db.url, "export", str(path), *args]) == 0
    return path


def test_a_spreadsheet_reads_the_workbook_as_the_app_writes_its_csv(
    db: Any, portfolio: fx.Portfolio, tmp_path: Path
) -> None:
    book = export(db, tmp_path / "prosjekter.xlsx", "--table", "Prosjekter")
    own_csv = export(db, tmp_path / "prosjekter.csv", "--table", "Prosjekter")
    read = read_csv(
        soffice(book, f"csv:Text - txt - csv (StarCalc):{CSV_OPTIONS}", tmp_path / "lo")
    )
    written = read_csv(own_csv)

    assert read[0] == written[0]
    assert len(read) == len(written) == 1 + crud.count(db, m.Project)
    percent = {i for i, header in enumerate(read[0]) if "(%)" in header}
    for got_row, want_row in zip(read[1:], written[1:], strict=True):
        for i, (got, want) in enumerate(zip(got_row, want_row, strict=True)):
            # a share is a number shown with its per cent sign in a spreadsheet; the
            # workbook's text cells need no guard against formulas, the CSV's do
            expected = f"{want} %" if i in percent and want else unguarded(want)
            assert got == expected, f"{read[0][i]}: {got!r} != {expected!r}"
    titles = {row[read[0].index("Tittel")] for row in read[1:]}
    assert set(FORMULA_LIKE) <= titles  # text, not a formula, a phone number or an error
    assert any("ø" in t or "å" in t or "æ" in t for t in titles)


def test_a_spreadsheet_reads_the_csv_as_text_with_its_norwegian_letters(
    db: Any, portfolio: fx.Portfolio, tmp_path: Path
) -> None:
    own_csv = export(db, tmp_path / "prosjekter.csv", "--table", "Prosjekter")
    book = soffice(own_csv, "xlsx", tmp_path / "lo", f"--infilter=CSV:{CSV_OPTIONS}")
    sheet = load_workbook(book).active
    assert sheet is not None
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    written = read_csv(own_csv)
    assert [str(v) for v in rows[0]] == written[0]
    title = written[0].index("Tittel")
    read_titles = {str(r[title]) for r in rows[1:]}
    assert read_titles == {r[title] for r in written[1:]}
    # the CSV guards a formula-like text with a leading apostrophe, which the reader sees
    assert {f"'{t}" for t in FORMULA_LIKE} <= read_titles
    formulas = [c.coordinate for row in sheet.iter_rows() for c in row if c.data_type == "f"]
    assert formulas == []


def test_a_word_processor_reads_the_handout(
    db: Any, portfolio: fx.Portfolio, tmp_path: Path
) -> None:
    path = tmp_path / "underlag.docx"
    args = ["--database", db.url, "report", "handout", "--meeting", portfolio.meeting_id]
    assert main([*args, "--referat", "-o", str(path)]) == 0
    text = soffice(path, "txt:Text (encoded):UTF8", tmp_path / "lo").read_text("utf-8-sig")
    words = " ".join(text.split())
    assert "Saksliste" in words and "Til stede" in words
    assert " ".join(crud.get(db, m.Meeting, portfolio.meeting_id)["title"].split()) in words
    items = crud.list_rows(db, m.AgendaItem, where={"meeting_id": portfolio.meeting_id})
    assert items and all(" ".join(i["title"].split()) in words for i in items)
