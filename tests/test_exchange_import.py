"""Import of the exchange workbook and CSVs: round trip, preview, one transaction, bad input."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from kunnskapsapp.domain import models as m
from kunnskapsapp.exchange import importer, workbook
from kunnskapsapp.exchange.values import ExchangeError
from kunnskapsapp.services import clock, crud
from kunnskapsapp.services.database import Database
from tests import report_fixtures as fx
from tests.helpers import snapshot

MOMENT = datetime(2026, 1, 2, 3, 4, 5)


@pytest.fixture
def portfolio(db: Any) -> Iterator[fx.Portfolio]:
    clock.fix(fx.TODAY)
    yield fx.build(db, long_fields=False)
    clock.fix(None)


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Database]:
    target = Database.open(str(tmp_path / "tom.sqlite3"), create=True)
    yield target
    target.dispose()


def _cells(path: Path | bytes) -> dict[str, list[tuple[Any, ...]]]:
    source = io.BytesIO(path) if isinstance(path, bytes) else path
    wb = load_workbook(source, read_only=True)
    try:
        result = {}
        for ws in wb.worksheets:
            rows = list(ws.iter_rows(values_only=True))
            width = len(rows[0]) if rows else 0
            result[ws.title] = [tuple(r) + (None,) * (width - len(r)) for r in rows]
        return result
    finally:
        wb.close()


def _export(db: Any, path: Path, **kw: Any) -> Path:
    workbook.export_workbook(db, path, moment=MOMENT, **kw)
    return path


def _sheet_file(path: Path, title: str, rows: list[list[Any]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


@pytest.mark.slow
def test_round_trip_into_an_empty_database_gives_the_same_workbook(
    db: Any, empty: Database, tmp_path: Path
) -> None:
    from kunnskapsapp.services.demo import create_demo

    clock.fix(fx.TODAY)
    try:
        create_demo(db, today=fx.TODAY)
        _round_trip(db, empty, tmp_path)
    finally:
        clock.fix(None)


def _round_trip(db: Any, empty: Database, tmp_path: Path) -> None:
    first = _export(db, tmp_path / "a.xlsx")
    result, copy = importer.apply_import(empty, first)
    assert result.written and not result.refused, [r.line() for r in result.refused[:3]]
    assert copy is not None and copy.exists()  # a SQLite file is backed up first
    second = _export(empty, tmp_path / "b.xlsx")
    assert _cells(second) == _cells(first)
    again = importer.run_import(empty, first, commit=True)
    assert not again.has_changes and not again.written  # the same file again: no duplicates
    cells = _cells(first)
    rows = sum(len(r) - 1 for name, r in cells.items() if name != "Dokumentasjon")
    assert again.count("unchanged") == rows


def test_the_import_writes_the_change_log(
    db: Any, portfolio: fx.Portfolio, empty: Database, tmp_path: Path
) -> None:
    path = _export(db, tmp_path / "a.xlsx", specs=[workbook.find_entity("Organisasjoner")])
    result, _copy = importer.apply_import(empty, path)
    added = {r.row_id for r in result.rows if r.action == "add"}
    assert added
    logged = crud.list_rows(empty, m.ChangeLog, where={"entity": "organisation"})
    assert {r["row_id"] for r in logged} == added


def test_a_preview_writes_nothing_and_lists_old_and_new(
    db: Any, portfolio: fx.Portfolio, tmp_path: Path
) -> None:
    path = _export(db, tmp_path / "a.xlsx")
    wb = load_workbook(path)
    ws = wb["Frister"]
    header = [c.value for c in ws[1]]
    old_title = ws.cell(2, header.index("Tittel") + 1).value
    ws.cell(2, header.index("Tittel") + 1).value = "Ny tittel på fristen"
    ws.cell(2, header.index("Frist") + 1).value = date(2031, 5, 6)
    wb.save(path)
    before = snapshot(db)
    preview = importer.run_import(db, path)
    assert snapshot(db) == before
    (changed,) = [r for r in preview.rows if r.action == "update"]
    assert changed.sheet == "Frister" and changed.row == 2
    line = changed.line()
    assert f"Tittel: {old_title} → Ny tittel på fristen" in line
    assert "→ 06.05.2031" in line
    result = importer.run_import(db, path, commit=True)
    assert result.written
    assert crud.get(db, m.Deadline, changed.row_id)["title"] == "Ny tittel på fristen"


def _deadline_rows(person: str = "", person_id: str = "") -> list[list[Any]]:
    return [
        ["Tittel", "Frist", "Ansvarlig (id)", "Ansvarlig", "Varsel (dager før)"],
        ["Søknad til fondet", "15.09.2026", person_id, person, 14],
    ]


def test_references_by_name_are_resolved(db: Any, portfolio: fx.Portfolio, tmp_path: Path) -> None:
    person = crud.list_rows(db, m.Person)[0]
    path = _sheet_file(tmp_path / "f.xlsx", "Frister", _deadline_rows(person["name"]))
    result = importer.run_import(db, path, commit=True)
    assert result.written, [r.line() for r in result.rows]
    (row,) = result.rows
    assert row.action == "add"
    saved = crud.get(db, m.Deadline, row.row_id)
    assert saved["responsible_id"] == person["id"]
    assert saved["due_date"] == date(2026, 9, 15)


def test_an_ambiguous_or_unknown_name_is_refused_with_candidates(
    db: Any, portfolio: fx.Portfolio, tmp_path: Path
) -> None:
    people = crud.list_rows(db, m.Person)
    crud.create(db, m.Person, {"name": people[0]["name"], "email": "tvilling@example.no"})
    before = snapshot(db)
    path = _sheet_file(tmp_path / "f.xlsx", "Frister", _deadline_rows(people[0]["name"]))
    result = importer.run_import(db, path, commit=True)
    assert not result.written and snapshot(db) == before
    message = result.refused[0].message
    assert message.startswith("Ark «Frister», rad 2, kolonne «Ansvarlig» (D): ")
    assert f"«{people[0]['name']}» passer på flere: " in message and "(id " in message
    path = _sheet_file(tmp_path / "g.xlsx", "Frister", _deadline_rows("Ingen Slik Person"))
    (row,) = importer.run_import(db, path).rows
    assert "Fant ingen person som heter «Ingen Slik Person»" in row.message


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([["Tittel", "Frist"], ["A", "31.02.2021"]], "kolonne «Frist» (B): «31.02.2021» er ikke"),
        (
            [["Tittel", "Frist"], ["A", "i morgen"]],
            "kolonne «Frist» (B): «i morgen» er ikke en dato",
        ),
        ([["Tittel"], ["A"]], "kolonne «Frist» (finnes ikke i filen): Frist må fylles ut"),
        (
            [["Tittel", "Frist", "Varsel (dager før)"], ["A", date(2026, 1, 1), "abc"]],
            "«abc» er ikke et helt tall",
        ),
        (
            [["Tittel", "Frist", "Status"], ["A", date(2026, 1, 1), "Kanskje"]],
            "«Kanskje» er ikke et gyldig valg",
        ),
        (
            [["Tittel", "Frist"], ["x" * 1_000_000, date(2026, 1, 1)]],
            "kan ikke være lengre enn 300 tegn",
        ),
        ([["Tittel", "Frist"], ["A", "=TODAY()"]], "Cellen inneholder en formel"),
        (
            [["Tittel", "Frist", "Ansvarlig (id)"], ["A", date(2026, 1, 1), "finnes-ikke"]],
            "Fant ingen person med id «finnes-ikke»",
        ),
    ],
)
def test_bad_cells_are_refused_naming_sheet_row_and_column(
    db: Any, portfolio: fx.Portfolio, tmp_path: Path, rows: list[list[Any]], message: str
) -> None:
    before = snapshot(db)
    path = _sheet_file(tmp_path / "f.xlsx", "Frister", rows)
    try:
        result = importer.run_import(db, path, commit=True)
    except ExchangeError as error:  # a formula stops reading the file
        assert message in str(error) and str(error).startswith("Ark «Frister», rad 2")
    else:
        assert not result.written
        (row,) = result.rows
        assert row.action == "refuse" and message in row.message, row.message
        assert row.message.startswith("Ark «Frister», rad 2")
    assert snapshot(db) == before


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([["Tittel", "Fargekode"], ["A", "rød"]], "rad 1, kolonne «Fargekode» (B): Ukjent kolonne"),
        ([["Tittel", "Tittel"], ["A", "B"]], "Kolonnen finnes to ganger"),
    ],
)
def test_unknown_and_duplicate_columns_are_refused(
    db: Any, tmp_path: Path, rows: list[list[Any]], message: str
) -> None:
    path = _sheet_file(tmp_path / "f.xlsx", "Frister", rows)
    with pytest.raises(ExchangeError, match=re.escape(message)):
        importer.run_import(db, path)


def test_duplicate_ids_and_natural_keys_are_refused(db: Any, tmp_path: Path) -> None:
    rows = [
        ["ID", "Navn", "Kortnavn"],
        ["", "Universitetet i Bergen", "UiB"],
        ["", "universitetet i  bergen", "UiB2"],
        ["abc-1", "Høgskolen i Innlandet", ""],
        ["abc-1", "Høgskulen på Vestlandet", ""],
    ]
    path = _sheet_file(tmp_path / "o.xlsx", "Organisasjoner", rows)
    result = importer.run_import(db, path, commit=True)
    assert not result.written
    refused = {r.row: r.message for r in result.refused}
    assert set(refused) == {3, 5}
    assert refused[3].startswith("Ark «Organisasjoner», rad 3: Samme rad som rad 2")
    assert refused[5].startswith("Ark «Organisasjoner», rad 5: Samme rad som rad 4")
    skipped = importer.run_import(db, path, commit=True, skip_invalid=True)
    assert skipped.written and skipped.count("add") == 2
    names = {r["name"] for r in crud.list_rows(db, m.Organisation)}
    assert {"Universitetet i Bergen", "Høgskolen i Innlandet"} <= names


def test_norwegian_excel_csv_by_natural_key(
    db: Any, portfolio: fx.Portfolio, tmp_path: Path
) -> None:
    org = crud.list_rows(db, m.Organisation)[0]
    text = (
        "Navn;Kortnavn;Type;Merknader\r\n"
        f"{org['name']};{org['short_name']};Universitet;Oppdatert fra Excel\r\n"
        'Nordlandsforskning;NF;Forskningsinstitutt;=HYPERLINK("x")\r\n'
    )
    path = tmp_path / "organisasjoner.csv"
    path.write_bytes(text.encode("cp1252"))
    result = importer.run_import(db, path, commit=True)  # the entity from the header
    assert result.written, [r.line() for r in result.rows]
    assert [r.action for r in result.rows] == ["update", "add"]
    assert crud.get(db, m.Organisation, org["id"])["notes"] == "Oppdatert fra Excel"
    added = crud.get(db, m.Organisation, result.rows[1].row_id)
    assert added["notes"] == '=HYPERLINK("x")' and added["short_name"] == "NF"


def test_nul_bytes_are_dropped(db: Any, tmp_path: Path) -> None:
    path = tmp_path / "o.csv"
    path.write_bytes(b'"Navn"\r\n"Ny\x00 organisasjon"\r\n')
    with pytest.raises(ExchangeError, match="NUL"):
        importer.run_import(db, path, table="Organisasjoner")
    xlsx = _sheet_file(tmp_path / "o.xlsx", "Organisasjoner", [["Navn"], ["Ny organisasjon"]])
    assert importer.run_import(db, xlsx, commit=True).written


def test_an_import_killed_half_way_leaves_the_database_as_it_was(
    db: Any, portfolio: fx.Portfolio, empty: Database, tmp_path: Path, monkeypatch: Any
) -> None:
    path = _export(db, tmp_path / "a.xlsx")
    before = snapshot(empty)
    calls = {"n": 0}
    original = crud.create_in

    def dies_half_way(*args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 20:
            raise KeyboardInterrupt
        return original(*args, **kwargs)

    monkeypatch.setattr(crud, "create_in", dies_half_way)
    with pytest.raises(KeyboardInterrupt):
        importer.run_import(empty, path, commit=True)
    assert calls["n"] == 20
    assert snapshot(empty) == before


def test_a_corrupt_file_is_refused(db: Any, tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(ExchangeError, match="ikke en gyldig Excel-fil"):
        importer.run_import(db, path)
    other = _sheet_file(tmp_path / "y.xlsx", "Ark1", [["Navn"], ["A"]])
    with pytest.raises(ExchangeError, match="Arket «Ark1» hører ikke til noen tabell"):
        importer.run_import(db, other)
    assert importer.run_import(db, other, table="Organisasjoner").count("add") == 1


def test_command_line_preview_question_and_exit_codes(
    db: Any, portfolio: fx.Portfolio, tmp_path: Path, capsys: Any, monkeypatch: Any
) -> None:
    from kunnskapsapp.cli import main

    good = _sheet_file(tmp_path / "f.xlsx", "Frister", _deadline_rows())
    bad = _sheet_file(
        tmp_path / "b.xlsx", "Frister", [*_deadline_rows(), ["Ugyldig", "31.02.2021", "", "", 1]]
    )
    base = ["--database", db.url, "import"]
    before = snapshot(db)
    assert main([*base, str(good), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Frister, rad 2: legges til «Søknad til fondet»" in out
    assert "Prøvekjøring: ingenting er skrevet." in out
    assert main([*base, str(bad), "--yes"]) == 1
    out = capsys.readouterr().out
    assert "Avvist – Ark «Frister», rad 3, kolonne «Frist» (B)" in out
    assert "Ingenting er skrevet: 1 rad er avvist" in out
    assert snapshot(db) == before
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main([*base, str(good)]) == 1  # nobody to answer: the answer is no
    assert "Avbrutt: ingenting er skrevet." in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO("nei\n"))
    assert main([*base, str(good)]) == 1
    assert snapshot(db) == before
    assert main([*base, str(bad), "--yes", "--skip-invalid"]) == 0
    out = capsys.readouterr().out
    assert "Importert: 1 ny," in out
    # Only a SQLite file is backed up by the app; a server has its own backups.
    assert ("Sikkerhetskopi før importen" in out) == db.url.startswith("sqlite")
    assert crud.list_rows(db, m.Deadline, where={"title": "Søknad til fondet"})
    monkeypatch.setattr("sys.stdin", io.StringIO("j\n"))
    assert main([*base, str(good)]) == 0  # the same row again: matched, unchanged
    assert "Ingen endringer å skrive." in capsys.readouterr().out
    assert main([*base, str(tmp_path / "finnes-ikke.xlsx")]) == 1
    assert "Fant ikke filen" in capsys.readouterr().err


def test_a_blank_template_to_fill_in_and_import(db: Any, tmp_path: Path, capsys: Any) -> None:
    from kunnskapsapp.cli import main

    path = tmp_path / "mal.xlsx"
    assert main(["--database", db.url, "export", str(path), "--template"]) == 0
    assert "Importmal" in capsys.readouterr().out
    cells = _cells(path)
    assert "Dokumentasjon" in cells and len(cells["Dokumentasjon"]) > 100
    assert all(len(rows) == 1 for name, rows in cells.items() if name != "Dokumentasjon")
    wb = load_workbook(path)
    ws = wb["Organisasjoner"]
    header = [c.value for c in ws[1]]
    row: list[Any] = [None] * len(header)
    row[header.index("Navn")] = "Høgskolen i Østfold"
    row[header.index("Kortnavn")] = "HiØ"
    row[header.index("Type")] = "Høgskole"
    ws.append(row)
    wb.save(path)
    result = importer.run_import(db, path, commit=True)
    assert result.written and result.count("add") == 1
    assert main(["--database", db.url, "export", str(tmp_path / "m.csv"), "--template"]) == 1


def test_cancelling_an_import_rolls_everything_back(
    db: Any, portfolio: fx.Portfolio, empty: Database, tmp_path: Path
) -> None:
    from kunnskapsapp.services.progress import CancelFlag, Cancelled

    path = _export(db, tmp_path / "a.xlsx")
    before = snapshot(empty)

    class CancelWhileWriting(CancelFlag):
        def step(self, done: int, total: int, text: str = "") -> None:
            if text.startswith("Importerer"):
                self.cancel()
            super().step(done, total, text)

    flag = CancelWhileWriting()
    with pytest.raises(Cancelled):
        importer.apply_import(empty, path, progress=flag)
    assert flag.total > 0 and snapshot(empty) == before


def test_the_units_own_spreadsheet_with_a_map_file(db: Any, tmp_path: Path, capsys: Any) -> None:
    from kunnskapsapp.cli import main

    sheet = tmp_path / "egne.csv"
    sheet.write_bytes(
        "Institusjon;Forkortelse;Intern kommentar\r\nNord universitet;Nord;x\r\n".encode("cp1252")
    )
    mapping = tmp_path / "map.json"
    mapping.write_text(
        '{"Institusjon": "Navn", "forkortelse": "short_name", "Intern kommentar": null}'
    )
    base = ["--database", db.url, "import", str(sheet), "--table", "Organisasjoner"]
    assert main(base) == 1
    assert "«Institusjon» (A): Ukjent kolonne for organisasjoner" in capsys.readouterr().err
    assert main([*base, "--map", str(mapping), "--yes"]) == 0, capsys.readouterr().err
    (org,) = crud.list_rows(db, m.Organisation, where={"short_name": "Nord"})
    assert org["name"] == "Nord universitet" and org["notes"] == ""
    mapping.write_text('["ikke et objekt"]')
    assert main([*base, "--map", str(mapping)]) == 1
    assert "må være et JSON-objekt" in capsys.readouterr().err


def test_one_sheet_of_the_units_own_workbook_from_the_command_line(
    db: Any, tmp_path: Path, capsys: Any
) -> None:
    from kunnskapsapp.cli import main

    wb = Workbook()
    notes = wb.active
    notes.title = "Notater"
    notes.append(["Hva", "Når"])
    notes.append(["Møte med UiB", "i vår"])
    partners = wb.create_sheet("Partnere 2026")
    partners.append(["Navn", "Kortnavn"])
    partners.append(["Høgskolen i Østfold", "HiØ"])
    path = tmp_path / "egen.xlsx"
    wb.save(path)
    base = ["--database", db.url, "import", str(path), "--table", "Organisasjoner"]
    assert main([*base, "--sheet", "Finnes ikke", "--yes"]) == 1
    assert "har ikke noe ark som heter «Finnes ikke»" in capsys.readouterr().err
    assert main([*base, "--sheet", "Partnere 2026", "--yes"]) == 0, capsys.readouterr().err
    (org,) = crud.list_rows(db, m.Organisation, where={"short_name": "HiØ"})
    assert org["name"] == "Høgskolen i Østfold"


def test_a_row_the_database_has_under_another_id_is_matched_on_its_keys(
    db: Any, empty: Database, tmp_path: Path
) -> None:
    ours = crud.create(db, m.Organisation, {"name": "Universitetet i Agder", "short_name": "UiA"})
    crud.create(db, m.Person, {"name": "Kari Nordmann", "organisation_id": ours["id"]})
    theirs = crud.create(empty, m.Organisation, {"name": "Universitetet i Agder"})
    specs = [workbook.find_entity("Organisasjoner"), workbook.find_entity("Personer")]
    path = _export(db, tmp_path / "a.xlsx", specs=specs)
    result = importer.run_import(empty, path, commit=True)
    assert result.written, [r.line() for r in result.refused]
    (person,) = crud.list_rows(empty, m.Person, where={"name": "Kari Nordmann"})
    assert person["organisation_id"] == theirs["id"]
    assert len(crud.list_rows(empty, m.Organisation, where={"name": "Universitetet i Agder"})) == 1
    assert crud.get(empty, m.Organisation, theirs["id"])["short_name"] == "UiA"


def test_a_csv_whose_header_fits_several_tables_needs_table(db: Any, tmp_path: Path) -> None:
    path = tmp_path / "navn.csv"
    path.write_bytes(b"Navn\r\nNoe\r\n")
    with pytest.raises(ExchangeError, match=r"passer til flere tabeller \(.*Organisasjoner"):
        importer.run_import(db, path)
    with pytest.raises(ExchangeError, match="passer ikke til noen tabell"):
        path.write_bytes(b"Fargekode\r\nbla\r\n")
        importer.run_import(db, path)
