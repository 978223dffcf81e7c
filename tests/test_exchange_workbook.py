"""The exchange workbook: a sheet per entity from the declarations, stable ids and order."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest
from openpyxl import load_workbook

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.entities import entity
from kunnskapsapp.exchange import workbook
from kunnskapsapp.exchange.csv_format import read_csv
from kunnskapsapp.services import clock, crud
from tests import report_fixtures as fx

MOMENT = datetime(2026, 1, 2, 3, 4, 5)


@pytest.fixture
def portfolio(db: Any) -> Iterator[fx.Portfolio]:
    clock.fix(fx.TODAY)
    yield fx.build(db, long_fields=False)
    clock.fix(None)


def _cells(data: bytes) -> dict[str, list[tuple[Any, ...]]]:
    wb = load_workbook(io.BytesIO(data), read_only=True)
    try:
        result = {}
        for ws in wb.worksheets:
            rows = list(ws.iter_rows(values_only=True))
            width = len(rows[0]) if rows else 0
            result[ws.title] = [tuple(r) + (None,) * (width - len(r)) for r in rows]
        return result
    finally:
        wb.close()


def _export(db: Any, **kw: Any) -> bytes:
    out = io.BytesIO()
    workbook.export_workbook(db, out, moment=MOMENT, **kw)
    return out.getvalue()


def test_a_sheet_per_entity_named_with_its_plural(db: Any, portfolio: fx.Portfolio) -> None:
    cells = _export_cells = _cells(_export(db))
    names = list(cells)
    for name in ["Organisasjoner", "Personer", "Avtaler", "Prosjekter", "Finansieringer"]:
        assert name in names
    assert "Frister" in names and "Møter" in names
    assert names[-1] == "Dokumentasjon"
    assert "Endringer" not in names  # the history is not exchanged
    assert _export_cells["Prosjekter"][0][0] == "ID"


def test_headers_are_the_form_labels_without_audit_columns(
    db: Any, portfolio: fx.Portfolio
) -> None:
    header = _cells(_export(db))["Frister"][0]
    spec = entity(m.Deadline)
    assert header[:4] == ("ID", "Tittel", "Type", "Frist")
    for f in spec.fields:
        assert f.label in header
    for audit in ("Opprettet", "Opprettet av", "Sist endret", "Sist endret av", "Versjon"):
        assert audit not in header
    index = header.index("Ansvarlig (id)")
    assert header[index + 1] == "Ansvarlig"


def test_references_hold_the_id_and_a_readable_name(db: Any, portfolio: fx.Portfolio) -> None:
    rows = _cells(_export(db))["Frister"]
    header = rows[0]
    deadlines = {d["id"]: d for d in crud.list_rows(db, m.Deadline)}
    for row in rows[1:]:
        d = deadlines[row[0]]
        assert row[header.index("Tittel")] == d["title"]
        assert row[header.index("Ansvarlig (id)")] == d["responsible_id"]
        assert row[header.index("Ansvarlig")] == (d["responsible_name"] or None)
        assert row[header.index("Type")] == d["kind"].label
        assert row[header.index("Frist")] == datetime.combine(d["due_date"], datetime.min.time())
    assert len(rows) - 1 == len(deadlines)


def test_links_are_lists_of_ids_and_names(db: Any, portfolio: fx.Portfolio) -> None:
    rows = _cells(_export(db))["Prosjekter"]
    header = rows[0]
    ids_col, names_col = header.index("Bærekraftsmål (id)"), header.index("Bærekraftsmål")
    linked = [r for r in rows[1:] if r[ids_col]]
    assert linked
    for row in linked:
        project = crud.get(db, m.Project, row[0])
        assert sorted(row[ids_col].split("; ")) == sorted(str(i) for i in project["sdg_ids"])
        assert len(row[names_col].split("; ")) == len(project["sdg_ids"])


def test_two_exports_are_identical_and_rows_are_in_a_stable_order(
    db: Any, portfolio: fx.Portfolio
) -> None:
    first = _export(db)
    assert _export(db) == first
    later = io.BytesIO()
    workbook.export_workbook(db, later, moment=datetime(2027, 5, 5))
    assert _cells(later.getvalue()) == _cells(first)  # the date is only in the properties
    wb = load_workbook(io.BytesIO(later.getvalue()))
    assert wb.properties.modified == datetime(2027, 5, 5)
    people = [r[1] for r in _cells(first)["Personer"][1:]]
    from kunnskapsapp.domain.collation import norwegian_key

    assert people == sorted(people, key=norwegian_key)


def test_no_cell_holds_a_date_of_export_or_a_version(db: Any, portfolio: fx.Portfolio) -> None:
    for name, rows in _cells(_export(db)).items():
        for row in rows:
            assert MOMENT not in row, name
            assert not any(isinstance(v, str) and "0.1.0" in v for v in row)


def test_the_documentation_sheet_lists_every_column(db: Any, portfolio: fx.Portfolio) -> None:
    cells = _cells(_export(db))
    docs = cells["Dokumentasjon"]
    assert docs[0] == ("Ark", "Kolonne", "Felt", "Type", "Godtar", "Påkrevd", "Personopplysning")
    for sheet, rows in cells.items():
        if sheet == "Dokumentasjon":
            continue
        listed = [d[1] for d in docs[1:] if d[0] == sheet and d[1]]
        assert listed == list(rows[0]), sheet
    by_column = {(d[0], d[1]): d for d in docs}
    assert by_column[("Frister", "Frist")][3] == "Dato"
    assert by_column[("Frister", "Frist")][4].startswith("Dato som dd.mm.åååå")
    assert by_column[("Frister", "Status")][4] == "Én av: Åpen, Utført, Avlyst."
    assert by_column[("Personer", "E-post")][6] == "Ja"
    assert any(
        d[0] == "Organisasjoner" and not d[1] and "Gjenkjennes uten id på" in d[4] for d in docs
    )


def test_find_entity_by_sheet_or_table_name() -> None:
    assert workbook.find_entity("Prosjekter").model is m.Project
    assert workbook.find_entity("project").model is m.Project
    assert workbook.find_entity("  bevilgninger   til fondet ").model is m.FundAppropriation
    with pytest.raises(Exception, match=r"Ukjent tabell «foo»\. Velg blant: Bærekraftsmål"):
        workbook.find_entity("foo")


def test_command_line_whole_database_and_one_table(
    db: Any, portfolio: fx.Portfolio, tmp_path: Any, capsys: Any
) -> None:
    from kunnskapsapp.cli import main

    whole = tmp_path / "alt.xlsx"
    assert main(["--database", db.url, "export", str(whole)]) == 0, capsys.readouterr().err
    assert "Hele databasen" in capsys.readouterr().out
    sheet = tmp_path / "prosjekter.xlsx"
    assert main(["--database", db.url, "export", str(sheet), "--table", "Prosjekter"]) == 0
    assert list(_cells(sheet.read_bytes())) == ["Prosjekter"]
    assert _cells(sheet.read_bytes())["Prosjekter"] == _cells(whole.read_bytes())["Prosjekter"]
    csv_path = tmp_path / "prosjekter.csv"
    assert main(["--database", db.url, "export", str(csv_path), "--table", "project"]) == 0
    table = read_csv(csv_path)
    rows = _cells(whole.read_bytes())["Prosjekter"]
    assert table.header == list(rows[0])
    assert [r[0] for r in table.rows] == [r[0] for r in rows[1:]]
    capsys.readouterr()
    assert main(["--database", db.url, "export", str(tmp_path / "x.csv")]) == 1
    assert "--table" in capsys.readouterr().err


def test_every_table_round_trips_through_csv_unchanged(
    db: Any, portfolio: fx.Portfolio, tmp_path: Any
) -> None:
    from kunnskapsapp.exchange import importer

    for spec in workbook.exchange_entities():
        path = tmp_path / f"{spec.table}.csv"
        workbook.export_csv(db, spec, path)
        result = importer.run_import(db, path)  # the table found from the header
        assert not result.has_changes and not result.refused, (spec.table, result.summary())


def test_a_table_as_shown_with_its_filter(tmp_path: Any) -> None:
    from kunnskapsapp.exchange.table_export import export_table
    from kunnskapsapp.exchange.xlsx_format import Column

    columns = [Column("Tittel"), Column("Frist", "date")]
    rows = [["Søknad", datetime(2026, 3, 1)]]
    path = tmp_path / "frister.xlsx"
    export_table(path, "Frister", columns, rows, filter_text="åpne", moment=MOMENT)
    wb = load_workbook(path)
    assert wb.sheetnames == ["Frister – åpne"]
    assert wb.properties.description == "Filter: åpne"
    export_table(tmp_path / "frister.csv", "Frister", columns, rows)
    assert read_csv(tmp_path / "frister.csv").rows == [["Søknad", "01.03.2026 00:00"]]
