"""Issue 11, fourth defect: the handout said "Sum, 1 prosjekter". Every count with a noun is
written with the noun in singular for one and plural otherwise (domain.language.count_noun);
here the handout, printed from the command line as the user did, in PDF and in Word."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from pypdf import PdfReader

from kunnskapsapp.cli import main
from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.enums import AgreementKind, AgreementStatus
from kunnskapsapp.services import clock, crud
from tests import report_fixtures as fx

pytestmark = pytest.mark.db


@pytest.fixture(autouse=True)
def _fixed_today() -> Iterator[None]:
    clock.fix(fx.TODAY)
    yield
    clock.fix(None)


def _meeting_under_an_agreement(db: Any) -> str:
    agreement = crud.create(
        db,
        m.Agreement,
        {
            "title": "Samarbeidsavtale med NTNU",
            "kind": AgreementKind.FRAMEWORK,
            "status": AgreementStatus.ACTIVE,
            "evaluation_interval_months": 24,
        },
    )
    crud.create(db, m.Project, {"title": "KI i byggesak", "agreement_id": agreement.id})
    meeting = crud.create(
        db,
        m.Meeting,
        {"title": "Kontaktgruppemøte", "starts_at": fx.MEETING_AT, "agreement_id": agreement.id},
    )
    return str(meeting.id)


def _pdf_text(path: Path) -> str:
    pages = PdfReader(io.BytesIO(path.read_bytes())).pages
    return re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in pages).replace("\xa0", " "))


def _word_sum_row(path: Path) -> str:
    doc = Document(str(path))
    table = next(t for t in doc.tables if t.rows[0].cells[0].text == "Prosjekt")
    return str(table.rows[-1].cells[0].text)


def _handout(db_url: str, out: Path) -> None:
    assert main(["--database", db_url, "report", "handout", "-o", str(out)]) == 0


def test_the_handout_sums_one_project_and_two_projects(
    db: Any, db_url: str, tmp_path: Path, capsys: Any
) -> None:
    meeting_id = _meeting_under_an_agreement(db)
    _handout(db_url, tmp_path / "en.pdf")
    _handout(db_url, tmp_path / "en.docx")
    one = _pdf_text(tmp_path / "en.pdf")
    assert "Sum, 1 prosjekt " in one and "1 prosjekter" not in one
    assert _word_sum_row(tmp_path / "en.docx") == "Sum, 1 prosjekt"

    meeting = crud.get(db, m.Meeting, meeting_id)
    crud.create(db, m.Project, {"title": "Velferdsteknologi", "agreement_id": meeting.agreement_id})
    _handout(db_url, tmp_path / "to.pdf")
    _handout(db_url, tmp_path / "to.docx")
    assert "Sum, 2 prosjekter " in _pdf_text(tmp_path / "to.pdf")
    assert _word_sum_row(tmp_path / "to.docx") == "Sum, 2 prosjekter"
    capsys.readouterr()
