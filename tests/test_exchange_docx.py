"""The handout and the minutes as Word files: headings, Word-numbered agenda, tables."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import astuple
from typing import Any

import pytest
from docx import Document
from docx.oxml.ns import qn

from kunnskapsapp.domain import models as m
from kunnskapsapp.exchange import docx_handout
from kunnskapsapp.services import clock, crud, reporting
from tests import report_fixtures as fx


@pytest.fixture
def portfolio(db: Any) -> Iterator[fx.Portfolio]:
    clock.fix(fx.TODAY)
    yield fx.build(db, long_fields=False)
    clock.fix(None)


def _document(data: bytes) -> Any:
    return Document(io.BytesIO(data))


def _headings(doc: Any, style: str) -> list[str]:
    return [p.text for p in doc.paragraphs if p.style.name == style]


def test_handout_has_word_headings_numbered_agenda_and_tables(
    db: Any, portfolio: fx.Portfolio
) -> None:
    data, name, title = astuple(docx_handout.render(db, portfolio.meeting_id))
    assert name.startswith("moteunderlag-2025-03-12-") and name.endswith(".docx")
    doc = _document(data)
    meeting = crud.get(db, m.Meeting, portfolio.meeting_id)
    assert _headings(doc, "Title") == [meeting["title"]]
    assert title == f"Møteunderlag – {meeting['title']}"
    assert _headings(doc, "Heading 1")[:2] == ["Deltakere", "Saksliste"]
    assert "Avtalen og kontaktgruppen" in _headings(doc, "Heading 1")
    assert "Prosjekter under avtalen" in _headings(doc, "Heading 1")
    items = crud.list_rows(
        db, m.AgendaItem, where={"meeting_id": portfolio.meeting_id}, order_by=["position"]
    )
    numbered = [p for p in doc.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]
    assert [p.text for p in numbered] == [i["title"] for i in items]
    assert all(p.style.name == "Heading 2" for p in numbered)
    num_id = numbered[0]._p.pPr.numPr.numId.val
    numbering = doc.part.numbering_part.element
    (num,) = [n for n in numbering.findall(qn("w:num")) if int(n.get(qn("w:numId"))) == num_id]
    abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    (abstract,) = [
        a
        for a in numbering.findall(qn("w:abstractNum"))
        if a.get(qn("w:abstractNumId")) == abstract_id
    ]
    assert abstract.find(f"{qn('w:lvl')}/{qn('w:lvlText')}").get(qn("w:val")) == "Sak %1."
    participants = doc.tables[0]
    assert [c.text for c in participants.rows[0].cells] == ["Navn", "Organisasjon"]
    assert len(participants.rows) > 1
    assert participants.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    project_table = next(t for t in doc.tables if t.rows[0].cells[0].text == "Prosjekt")
    assert project_table.rows[-1].cells[0].text.startswith("Sum, ")
    assert doc.core_properties.title == meeting["title"]
    assert doc.sections[0].page_width.mm == pytest.approx(210, abs=0.5)
    footer = doc.sections[0].footer._element.xml
    assert "NUMPAGES" in footer and "Side " in footer


def test_minutes_have_presence_minutes_and_actions(db: Any, portfolio: fx.Portfolio) -> None:
    data, name, title = astuple(docx_handout.render(db, portfolio.meeting_id, minutes=True))
    assert name.startswith("referat-") and title.startswith("Referat – ")
    doc = _document(data)
    assert [c.text for c in doc.tables[0].rows[0].cells] == ["Navn", "Organisasjon", "Til stede"]
    texts = [p.text for p in doc.paragraphs]
    assert "Referat" in texts
    items = crud.list_rows(db, m.AgendaItem, where={"meeting_id": portfolio.meeting_id})
    for item in items:
        if item["minutes"]:
            first = item["minutes"].split("\n\n")[0].strip()
            assert any(t == first for t in texts)
    outcomes = crud.list_rows(db, m.Outcome, where={"agenda_item_id": [i["id"] for i in items]})
    assert outcomes
    for outcome in outcomes:
        assert any(t.startswith(f"{outcome['kind'].label}: {outcome['text']}") for t in texts)
    assert "Oppfølgingspunkter fra møtet" in _headings(doc, "Heading 1")


def test_only_the_chosen_sections(db: Any, portfolio: fx.Portfolio) -> None:
    data = docx_handout.render(db, portfolio.meeting_id, sections=frozenset({"fond"})).data
    headings = _headings(_document(data), "Heading 1")
    assert len(headings) == 1 and headings[0].startswith("FoU-fondet ")


def test_hostile_text_does_not_break_the_file(db: Any) -> None:
    clock.fix(fx.TODAY)
    try:
        p = fx.build(db, hostile_text=True)
        crud.update(db, m.Meeting, p.meeting_id, {"notes": "NUL\x00 og \x07bjelle"})
        data = docx_handout.render(db, p.meeting_id, minutes=True).data
    finally:
        clock.fix(None)
    doc = _document(data)
    assert any("<script>" in p.text for p in doc.paragraphs) or any(
        "<script>" in c.text for t in doc.tables for r in t.rows for c in r.cells
    )


def test_report_handout_to_docx_from_the_command_line(
    db: Any, portfolio: fx.Portfolio, tmp_path: Any, capsys: Any
) -> None:
    from kunnskapsapp.cli import main

    path = tmp_path / "underlag.docx"
    args = ["--database", db.url, "report", "handout", "--meeting", portfolio.meeting_id]
    assert main([*args, "--referat", "-o", str(path)]) == 0, capsys.readouterr().err
    doc = _document(path.read_bytes())
    assert "Saksliste" in _headings(doc, "Heading 1")
    assert [c.text for c in doc.tables[0].rows[0].cells][-1] == "Til stede"
    pdf = tmp_path / "underlag.pdf"
    assert main([*args, "-o", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")


def _docx_text(doc: Any) -> str:
    parts = [p.text for p in doc.paragraphs]
    parts += [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return " ".join(" ".join(parts).replace("\xa0", " ").split())


@pytest.mark.parametrize("minutes", [False, True])
def test_word_and_pdf_say_the_same(db: Any, portfolio: fx.Portfolio, minutes: bool) -> None:
    from kunnskapsapp.reports import handout
    from tests.test_reports import all_text

    doc = _document(docx_handout.render(db, portfolio.meeting_id, minutes=minutes).data)
    pdf = all_text(
        handout.render(db, handout.HandoutOptions(portfolio.meeting_id, minutes=minutes)).data
    )
    headings = [
        p.text.replace("\xa0", " ")
        for p in doc.paragraphs
        if p.style.name in ("Title", "Heading 1", "Heading 2") and p.text
    ]
    assert "Deltakere" in headings and len(headings) > 8
    for text in headings:
        assert text in pdf, text
    # The sum row counts the projects under the agreement in the right number, in both.
    n = len(reporting.handout_facts(db, portfolio.meeting_id).projects)
    total = f"Sum, {n} prosjekt" + ("" if n == 1 else "er")
    assert total in _docx_text(doc) and total in pdf


def test_one_project_is_counted_in_the_singular(db: Any, portfolio: fx.Portfolio) -> None:
    from kunnskapsapp.reports import handout
    from tests.test_reports import all_text

    under = reporting.handout_facts(db, portfolio.meeting_id).projects
    assert len(under) > 1
    for line in under[1:]:
        row = crud.get(db, m.Project, line.id)
        crud.update(db, m.Project, row["id"], {"agreement_id": None})
    assert len(reporting.handout_facts(db, portfolio.meeting_id).projects) == 1
    doc = _document(docx_handout.render(db, portfolio.meeting_id).data)
    pdf = all_text(handout.render(db, handout.HandoutOptions(portfolio.meeting_id)).data)
    assert "Sum, 1 prosjekt " in _docx_text(doc) + " " and "Sum, 1 prosjekt " in pdf + " "
    assert "1 prosjekter" not in pdf


def test_table_columns_have_fixed_widths_that_libreoffice_reads_too(
    db: Any, portfolio: fx.Portfolio
) -> None:
    """LibreOffice reads the table grid, Word each cell: both get the column widths, else the
    columns come out even and a narrow one breaks words ("rehabiliterin g")."""
    doc = _document(docx_handout.render(db, portfolio.meeting_id).data)
    fund = next(t for t in doc.tables if t.rows[0].cells[-1].text == "Beløp (kr)")
    grid = [round(c.width.mm) for c in fund.columns]
    assert grid == [85, 24, 31, 31]  # 0.50, 0.14, 0.18, 0.18 of 170 mm
    assert [round(c.width.mm) for c in fund.rows[1].cells] == grid
    assert not fund.autofit  # fixed layout

    def has_header(table: Any) -> bool:
        tr_pr = table.rows[0]._tr.trPr
        return tr_pr is not None and tr_pr.find(qn("w:tblHeader")) is not None

    # the agreement's facts: two columns, no header row
    key_values = next(t for t in doc.tables if len(t.columns) == 2 and not has_header(t))
    assert [round(c.width.mm) for c in key_values.columns] == [51, 119]
    margins = fund._tbl.tblPr.find(qn("w:tblCellMar"))
    tags = [child.tag for child in fund._tbl.tblPr]
    assert tags.index(qn("w:tblCellMar")) < tags.index(qn("w:tblLook"))  # the schema's order
    assert margins.find(qn("w:left")).get(qn("w:w")) == "80"
