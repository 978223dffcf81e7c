"""Mapping a spreadsheet's own headers (synonyms, the --map file the wizard saves) and
creating the organisations and people a file names but the database lacks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kunnskapsapp.domain import models as m
from kunnskapsapp.exchange import importer, mapping
from kunnskapsapp.exchange.workbook import find_entity
from kunnskapsapp.services import crud
from tests.helpers import snapshot


def test_headers_are_matched_on_label_name_and_synonyms() -> None:
    projects = find_entity("Prosjekter")
    suggested = mapping.suggest(
        projects, ["Prosjektnavn", " startdato ", "Budsjett", "short_name", "PROSJEKTLEDER"]
    )
    assert suggested == {
        "Prosjektnavn": "Tittel",
        " startdato ": "Startdato",
        "Budsjett": None,
        "short_name": "Kortnavn",
        "PROSJEKTLEDER": "Prosjektleder",  # the reference by name, not by id
    }
    people = find_entity("Personer")
    assert mapping.suggest(people, ["Epost", "Fullt navn"]) == {
        "Epost": "E-post",
        "Fullt navn": "Navn",
    }
    assert mapping.suggest(people, ["E-post", "Epost"]) == {"E-post": "E-post", "Epost": None}
    organisations = find_entity("Organisasjoner")
    assert mapping.suggest(organisations, ["Org.nr"]) == {"Org.nr": "Organisasjonsnummer"}


def test_the_shape_of_a_file_ignores_order_case_and_spacing() -> None:
    assert mapping.shape_key(["B", "a  x"]) == mapping.shape_key(["A X", "b", " "])
    assert mapping.shape_key(["A"]) != mapping.shape_key(["A", "B"])


def test_a_saved_mapping_is_what_the_command_line_reads(
    db: Any, tmp_path: Path, capsys: Any
) -> None:
    from kunnskapsapp.cli import main

    sheet = tmp_path / "egne.csv"
    sheet.write_bytes("Prosjektnavn;Budsjett\r\nHelseløft;100\r\n".encode("cp1252"))
    chosen = mapping.suggest(find_entity("Prosjekter"), ["Prosjektnavn", "Budsjett"])
    mapping.save_mapping(tmp_path / "kobling.json", chosen)
    args = ["--database", db.url, "import", str(sheet), "--table", "Prosjekter"]
    assert main([*args, "--map", str(tmp_path / "kobling.json"), "--yes"]) == 0
    assert capsys.readouterr().err == ""
    assert [r["title"] for r in crud.list_rows(db, m.Project)] == ["Helseløft"]


def test_missing_organisations_and_people_are_created_only_when_asked(
    db: Any, tmp_path: Path
) -> None:
    path = tmp_path / "personer.csv"
    path.write_text(
        "Navn;Organisasjon;E-post\nKari Nordmann;Nytt institutt;kari@example.no\n",
        encoding="utf-8",
    )
    before = snapshot(db)
    refused = importer.run_import(db, path, table="Personer", commit=True)
    assert not refused.written
    assert "Fant ingen organisasjon som heter «Nytt institutt»" in refused.refused[0].message
    assert snapshot(db) == before

    preview = importer.run_import(db, path, table="Personer", create_missing=True)
    assert [(r.sheet, r.row, r.action, r.name) for r in preview.rows] == [
        ("Personer", 2, "add", "Nytt institutt"),
        ("Personer", 2, "add", "Kari Nordmann"),
    ]
    assert preview.rows[0].message == "Ny organisasjon, nevnt i raden."
    assert snapshot(db) == before  # a preview writes nothing

    done = importer.run_import(db, path, table="Personer", commit=True, create_missing=True)
    assert done.written
    (org,) = crud.list_rows(db, m.Organisation, where={"name": "Nytt institutt"})
    (person,) = crud.list_rows(db, m.Person, where={"name": "Kari Nordmann"})
    assert person["organisation_id"] == org["id"]
    again = importer.run_import(db, path, table="Personer", commit=True, create_missing=True)
    assert [r.action for r in again.rows] == ["unchanged"]
    assert len(crud.list_rows(db, m.Organisation, where={"name": "Nytt institutt"})) == 1


def test_describe_names_the_sheets_and_the_entity(db: Any, tmp_path: Path) -> None:
    from kunnskapsapp.exchange.workbook import export_workbook

    export_workbook(db, tmp_path / "alt.xlsx")
    shapes = mapping.describe(tmp_path / "alt.xlsx")
    assert "Dokumentasjon" not in [s.name for s in shapes]
    assert all(s.spec is not None for s in shapes)
    own = tmp_path / "egen.csv"
    own.write_bytes("Prosjektnavn;Startdato\r\nA;01.02.2026\r\n".encode("cp1252"))
    (shape,) = mapping.describe(own)
    assert (shape.header, shape.rows, shape.spec, shape.first) == (
        ["Prosjektnavn", "Startdato"],
        1,
        None,
        ["A", "01.02.2026"],
    )
