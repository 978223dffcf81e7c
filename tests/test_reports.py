"""The printed reports: the facts they carry (read back with pypdf), hostile text, an empty
database, a long portfolio, fonts, metadata, page numbers, cancelling, and the command line."""

from __future__ import annotations

import io
import re
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from kunnskapsapp.cli import main
from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.enums import ProjectForm, ProjectStatus
from kunnskapsapp.reports import (
    agreements,
    deadlines,
    fund,
    handout,
    portfolio,
    project_sheet,
)
from kunnskapsapp.reports.base import Rendered, clean, esc, slug, wrap_lines
from kunnskapsapp.services import clock, reporting
from kunnskapsapp.services.progress import CancelFlag, Cancelled
from tests import report_fixtures as fx

pytestmark = pytest.mark.db


@pytest.fixture(autouse=True)
def _fixed_today() -> Iterator[None]:
    clock.fix(fx.TODAY)
    yield
    clock.fix(None)


def pdf_text(pdf: bytes) -> list[str]:
    """Each page's text, no-break spaces as spaces and runs of white space as one."""
    reader = PdfReader(io.BytesIO(pdf))
    return [
        re.sub(r"\s+", " ", (p.extract_text() or "").replace("\xa0", " ")) for p in reader.pages
    ]


def all_text(pdf: bytes) -> str:
    return " ".join(pdf_text(pdf))


def check_paper(pdf: bytes, title: str) -> PdfReader:
    """What every report must be: A4, embedded TrueType fonts only, metadata, nb-NO,
    "Side x av y" on every page."""
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 1
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width), round(height)) == (595, 842)
    fonts = set()
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            fonts.add(str(font.get("/BaseFont")))
            descriptor = font.get("/FontDescriptor")
            assert descriptor is not None, f"{font.get('/BaseFont')} is not embedded"
            assert "/FontFile2" in descriptor.get_object(), f"{font.get('/BaseFont')}: no TrueType"
    assert fonts and all("DejaVuSans" in f for f in fonts), fonts
    meta = reader.metadata
    assert meta is not None
    assert meta.title == title
    assert meta.author and meta.subject
    assert reader.trailer["/Root"]["/Lang"] == "nb-NO"
    pages = pdf_text(pdf)
    for number, text in enumerate(pages, start=1):
        assert f"Side {number} av {len(pages)}" in text
        assert "Utskrevet" in text
    return reader


def render_all(db: Any, portfolio_ids: fx.Portfolio | None) -> dict[str, Rendered]:
    results = {
        "portfolio": portfolio.render(db, portfolio.PortfolioOptions(on=fx.TODAY)),
        "deadlines": deadlines.render(db),
        "agreements": agreements.render(db),
        "fund": fund.render(db),
    }
    if portfolio_ids is not None:
        results["handout"] = handout.render(db, handout.HandoutOptions(portfolio_ids.meeting_id))
        results["referat"] = handout.render(
            db, handout.HandoutOptions(portfolio_ids.meeting_id, minutes=True)
        )
        results["project"] = project_sheet.render(
            db, project_sheet.ProjectSheetOptions(tuple(portfolio_ids.project_ids))
        )
    return results


# --- Facts -----------------------------------------------------------------------------------


def test_handout_carries_the_meeting_and_its_agreement(db: Any) -> None:
    p = fx.build(db)
    rendered = handout.render(db, handout.HandoutOptions(p.meeting_id))
    check_paper(rendered.data, "Kontaktgruppemøte NTNU – Bærum, vår 2025")
    text = all_text(rendered.data)
    for fact in [
        "Bærum kommune",
        "Utvikling og digitalisering",
        "Møteunderlag · Kontaktgruppemøte",
        "Onsdag 12. mars 2025 kl. 09.00–10.00",
        "Sted: Bærum rådhus, møterom Kalvøya",
        "Saksliste",
        "Sak 2. Status for ph.d.-prosjektene",
        "Innleder: Professor Åsmund Lærum · 30 min (09.05–09.35)",
        # The agenda runs 75 minutes in a 60-minute meeting.
        "sakslisten er beregnet til 75 minutter",
        "Samarbeidsavtale NTNU – Bærum kommune",
        "Neste evaluering 01.06.2025",
        "6 måneder",
        "Ledelsesrepresentant",
        "Øystein Ærø",
        "Ph.d. om læring i skolen – Ørsta og Åsane",
        "Velferdsteknologi i hjemmetjenesten",
        "14 500 000",  # granted in all under the agreement
        "Forfalt (2)",
        "Framdriftsrapport til Forskningsrådet",
        "(Grunnlovsdag)",
        "FoU-fondet 2025",
        "Bevilget 2 000 000 kr, fordelt 2 250 000 kr, igjen −250 000 kr.",
        "Fondet er overdisponert dette året.",
        "Oppfølging fra forrige møte",
        "Sende utkast til ny avtaletekst",
        "Utført 30.10.2024",
        "Samarbeid krever ressurser til oppfølging",
    ]:
        assert fact in text, fact
    # Deadlines beyond 90 days, and the minutes, are not in the handout.
    assert "Regnskap for 2025 (langt fram)" not in text
    assert "Alle kandidater er i rute" not in text
    assert rendered.filename == "moteunderlag-2025-03-12-kontaktgruppemote-ntnu-baerum-var-2025.pdf"


def test_minutes_carry_decisions_actions_and_attendance(db: Any) -> None:
    p = fx.build(db)
    rendered = handout.render(db, handout.HandoutOptions(p.meeting_id, minutes=True))
    text = all_text(rendered.data)
    assert "Referat · Kontaktgruppemøte" in text
    assert "Alle kandidater er i rute" in text
    assert "Vedtak: Evalueringen gjennomføres innen juni" in text
    assert "Oppfølgingspunkter fra møtet" in text
    assert "Lage spørreskjema til evalueringen" in text
    assert "2 av 3 til stede." in text
    assert rendered.filename.startswith("referat-2025-03-12-")


def test_handout_prints_only_the_chosen_sections(db: Any) -> None:
    p = fx.build(db)
    options = handout.HandoutOptions(p.meeting_id, sections=frozenset({"saksliste"}))
    text = all_text(handout.render(db, options).data)
    assert "Saksliste" in text
    assert "Deltakere" not in text
    assert "Kontaktgruppen" not in text


def test_portfolio_counts_and_lists_the_projects(db: Any) -> None:
    fx.build(db)
    rendered = portfolio.render(db, portfolio.PortfolioOptions(on=date(2022, 1, 1)))
    check_paper(rendered.data, "Porteføljeoversikt per 01.01.2022")
    text = all_text(rendered.data)
    assert (
        "Per 01.01.2022 omfatter porteføljen 3 prosjekter: 1 ph.d.-prosjekt (1 med NTNU; 1 av "
        "dem finansiert gjennom Offentlig sektor-ph.d.); 1 innovasjonsprosjekt (finansiert av "
        "Forskningsrådet (1); 1 av dem finansierer også ph.d.-stipendiater; forskningspartnere "
        "NTNU og TØI); og 1 utdanningstilbud med 70 studenter tatt opp." in text
    )
    for fact in [
        "Ph.d.-prosjekter (1)",
        "Innovasjonsprosjekter (1)",
        "Utdanningstilbud (1)",
        "Innvilget finansiering etter kilde (mill. kr)",
        "Innvilget finansiering per år og kilde (mill. kr)",
        "Kommunens FoU-fond",
        "3. God helse og livskvalitet",
        "De store tjenesteområdene",
        "Deltidsbachelor i vernepleie",
    ]:
        assert fact in text, fact
    assert rendered.filename == "portefoljeoversikt-2022-01-01.pdf"


def test_portfolio_counts_goals_areas_and_the_funds_years(db: Any) -> None:
    fx.build(db)
    facts = reporting.portfolio_facts(db, date(2022, 1, 1))
    assert [(c.label, c.n) for c in facts.by_sdg] == [
        ("3. God helse og livskvalitet", 1),
        ("4. God utdanning", 1),
    ]
    assert [(c.label, c.n) for c in facts.by_priority] == [("De store tjenesteområdene", 1)]
    source = reporting.FUND_SOURCE
    fund = {y: by[source] for y, by in facts.granted_by_year.items() if source in by}
    assert fund == {2025: 2_250_000, 2026: 400_000}  # the fund's three allocations, by year
    assert dict(facts.granted_by_source)[reporting.FUND_SOURCE] == 2_650_000


def test_deadline_list_by_default_is_overdue_and_next_90_days(db: Any) -> None:
    fx.build(db)
    rendered = deadlines.render(db)
    check_paper(rendered.data, "Fristliste")
    text = all_text(rendered.data)
    assert "Forfalte frister og frister fra 10.03.2025 til 08.06.2025" in text
    assert "Forfalt (2)" in text
    assert "Uke 13, 2025 · 24.03.–30.03.2025 (1)" in text
    assert "Evaluering av samarbeidsavtalen" in text
    assert "Sluttrapport levert" not in text  # done
    assert "Regnskap for 2025 (langt fram)" not in text  # beyond 90 days


def test_deadline_list_for_a_period_by_month_with_done_ones(db: Any) -> None:
    fx.build(db)
    options = reporting.DeadlineFilter(
        start=date(2025, 1, 1), end=date(2025, 12, 31), statuses=frozenset(), group_by="month"
    )
    text = all_text(deadlines.render(db, options).data)
    assert "Frister fra 01.01.2025 til 31.12.2025" in text
    assert "Februar 2025 (1)" in text
    assert "Sluttrapport levert" in text
    assert "Utført 07.02.2025" in text
    assert "Regnskap for 2025 (langt fram)" in text
    assert "Forfalt (" not in text


def test_agreement_register_shows_what_must_still_be_fulfilled(db: Any) -> None:
    fx.build(db)
    rendered = agreements.render(db)
    check_paper(rendered.data, "Avtaleregister")
    text = all_text(rendered.data)
    assert "Per 10.03.2025: 4 avtaler, 3 av dem aktive." in text
    assert "Samarbeidsavtale VID (oppsagt)" in text
    assert "Sagt opp 01.06.2024, med virkning fra 01.12.2024." in text
    assert "Prosjektavtale vernepleie, Sandvika" in text
    assert "Evalueringer på overtid eller innen 90 dager" in text
    assert "Samarbeidsavtaler (2)" in text
    assert "Prosjektavtaler (2)" in text


def test_fund_report_flags_over_commitment(db: Any) -> None:
    fx.build(db)
    rendered = fund.render(db)
    check_paper(rendered.data, "FoU-fondet")
    text = all_text(rendered.data)
    assert "Budsjettplanen 2025–2028" in text
    assert "2025: tildelt 2 250 000 kr, men bevilget 2 000 000 kr" in text
    assert "2026: tildelt 400 000 kr, men bevilget 0 kr" in text
    assert "Overdisponert" in text
    assert "Godkjente overskridelser" in text
    assert "Vedtatt i formannskapet" in text


def test_project_sheets_one_per_project(db: Any) -> None:
    p = fx.build(db)
    rendered = project_sheet.render(db, project_sheet.ProjectSheetOptions((p.phd_id,)))
    check_paper(rendered.data, "Ph.d. om læring i skolen – Ørsta og Åsane")
    text = all_text(rendered.data)
    for fact in [
        "Kari Nordmann",
        "Professor Åsmund Lærum (NTNU) – hovedveileder",
        "Offentlig sektor-ph.d. (OFFPHD)",
        "62,5 %",
        "over maks 50 %",
        "1 250 000",
        "Framdriftsrapport til Forskningsrådet",
        "Sammendrag",
    ]:
        assert fact in text, fact
    many = project_sheet.render(db, project_sheet.ProjectSheetOptions(tuple(p.project_ids)))
    pages = pdf_text(many.data)
    # Each project starts a page: its title is on the first lines of some page.
    firsts = {t[:400] for t in pages}
    for title in ["Velferdsteknologi i hjemmetjenesten", "Deltidsbachelor i vernepleie"]:
        assert any(title in head for head in firsts), title


# --- Hostile text, empty database, many projects ---------------------------------------------


def test_hostile_text_prints_literally_in_every_report(db: Any) -> None:
    p = fx.build(db, hostile_text=True)
    rendered_all = render_all(db, p)
    for name, rendered in rendered_all.items():
        reader = PdfReader(io.BytesIO(rendered.data))
        assert len(reader.pages) >= 1, name
        text = all_text(rendered.data)
        # Short markers survive any column width; markup never turns into formatting.
        markers = ["&nbsp;", "&amp;", "<b>", "<script>", "</script>", "<para>"]
        assert sum(marker in text for marker in markers) >= 3, name
        assert "Bærum kommune" in text, name
    handout_text = all_text(rendered_all["handout"].data)
    for literal in ["<b>unclosed", "&nbsp; &amp; &lt;", "<script>alert('x')</script>"]:
        assert literal in handout_text, literal
    assert "emoji 😀" in handout_text
    assert "<para><font size=40>" in handout_text
    # The 10 000-character notes print in full (notes, agenda text, purpose, lesson).
    assert handout_text.count("Lang merknad om æøå ÆØÅ.") >= 4 * 399 - 20


def test_an_empty_database_gives_valid_reports_that_say_so(db: Any) -> None:
    results = render_all(db, None)
    for rendered in results.values():
        check_paper(rendered.data, PdfReader(io.BytesIO(rendered.data)).metadata.title)
    assert "Ingen prosjekter pågikk 10.03.2025" in all_text(results["portfolio"].data)
    text = all_text(results["deadlines"].data)
    assert "Ingen forfalte frister." in text
    assert "Ingen frister de neste 90 dagene." in text
    assert "Ingen avtaler er registrert." in all_text(results["agreements"].data)
    assert "Ingen bevilgninger eller tildelinger er registrert." in all_text(results["fund"].data)


def test_a_meeting_without_anything_around_it_says_so(db: Any) -> None:
    with db.session() as s:
        meeting = m.Meeting(title="Løst møte", starts_at=fx.MEETING_AT)
        s.add(meeting)
        s.flush()
        meeting_id = meeting.id
    text = all_text(handout.render(db, handout.HandoutOptions(meeting_id)).data)
    assert "Ingen deltakere er registrert for møtet." in text
    assert "Sakslisten er tom." in text
    assert "Møtet er ikke knyttet til en avtale." in text
    assert "Ingen erfaringer er knyttet til møtet." in text


def _many_projects(db: Any, n: int) -> None:
    with db.session() as s:
        area = m.ServiceArea(name="Oppvekst")
        s.add(area)
        s.flush()
        s.execute(
            m.Project.__table__.insert(),
            [
                {
                    "id": str(uuid.UUID(int=i + 1)),
                    "title": f"Prosjekt nr. {i:03d} om bærekraft, læring og Ærøy-ØÅ"
                    + (" med en lang tittel som må brytes over flere linjer" if i % 7 == 0 else ""),
                    "short_name": "",
                    "form": list(ProjectForm)[i % 3].value,
                    "status": ProjectStatus.ONGOING.value,
                    "service_area_id": area.id,
                    "start_date": date(2020, 1, 1),
                    "end_date": None,
                    "horizon": "short",
                    "rcn_project_number": "",
                    "summary": "",
                    "results": "",
                    "notes": "",
                    "phd_permanently_employed": False,
                    "edu_programme": "",
                    "edu_campus": "",
                    "created_by": "test",
                    "updated_by": "test",
                    "version": 1,
                    "created_at": fx.MEETING_AT,
                    "updated_at": fx.MEETING_AT,
                }
                for i in range(n)
            ],
        )


def test_500_projects_paginate_with_the_header_on_every_page(db: Any) -> None:
    _many_projects(db, 500)
    rendered = portfolio.render(db, portfolio.PortfolioOptions(on=fx.TODAY))
    reader = check_paper(rendered.data, "Porteføljeoversikt per 10.03.2025")
    pages = pdf_text(rendered.data)
    assert 10 <= len(reader.pages) <= 30
    listed = [t for t in pages if "Prosjekt nr." in t]
    assert len(listed) >= 8
    for text in listed:
        assert "Prosjekt Status Partnere" in text  # the header row repeats on each page
    for i in (0, 250, 499):
        assert f"Prosjekt nr. {i:03d}" in " ".join(pages)
    assert "Ph.d.-prosjekter (167)" in " ".join(pages)


def test_cancelling_stops_the_report(db: Any) -> None:
    _many_projects(db, 200)
    flag = CancelFlag()
    seen: list[str] = []

    class CancelAfterData:
        def step(self, done: int, total: int, text: str = "") -> None:
            seen.append(text)
            if len(seen) > 2:
                flag.cancel()
            flag.step(done, total, text)

    with pytest.raises(Cancelled):
        portfolio.render(db, portfolio.PortfolioOptions(on=fx.TODAY), CancelAfterData())
    assert seen[0] == "Henter data …"


# --- The command line ------------------------------------------------------------------------


def run_cli(db_url: str, *args: str) -> int:
    return main(["--database", db_url, "report", *args])


def test_cli_writes_each_report(
    db: Any, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    p = fx.build(db)
    monkeypatch.chdir(tmp_path)
    assert run_cli(db_url, "handout", "--meeting", p.meeting_id[:8]) == 0
    out = capsys.readouterr().out
    written = tmp_path / "moteunderlag-2025-03-12-kontaktgruppemote-ntnu-baerum-var-2025.pdf"
    assert str(written) in out and written.is_file()
    # Without --meeting: the next upcoming meeting (today is fixed before the meeting).
    assert run_cli(db_url, "handout", "--referat", "-o", "ref.pdf") == 0
    assert "Alle kandidater er i rute" in all_text((tmp_path / "ref.pdf").read_bytes())
    assert run_cli(db_url, "portfolio", "--date", "2021-10-01") == 0
    assert (tmp_path / "portefoljeoversikt-2021-10-01.pdf").is_file()
    assert run_cli(db_url, "deadlines", "--from", "2025-01-01", "--to", "2025-06-30") == 0
    assert (tmp_path / "fristliste-2025-01-01-2025-06-30.pdf").is_file()
    assert run_cli(db_url, "agreements", "-o", str(tmp_path / "avtaler.pdf")) == 0
    assert run_cli(db_url, "fund") == 0
    assert run_cli(db_url, "project", "--project", p.phd_id, "--project", p.innovation_id) == 0
    sheets = tmp_path / "prosjektark-2-prosjekter-2025-03-10.pdf"
    assert "Velferdsteknologi" in all_text(sheets.read_bytes())
    for file in tmp_path.glob("*.pdf"):
        check_paper(file.read_bytes(), PdfReader(file).metadata.title)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["handout", "--meeting", "abc"], "er for kort"),
        (["handout", "--meeting", "ffffffff"], "Fant ingen møte med id som begynner på «ffffffff»"),
        (["project", "--project", "abcdef"], "passer til flere"),
        (["deadlines", "--from", "2025-05-01", "--to", "2025-01-01"], "--from kan ikke være etter"),
        (["handout", "--sections", "saksliste,pizza"], "Ukjent del av møteunderlaget: pizza"),
        (["agreements", "-o", "/finnes/ikke/avtaler.pdf"], "Mappen /finnes/ikke finnes ikke"),
    ],
)
def test_cli_errors_are_one_norwegian_line(
    db: Any, db_url: str, args: list[str], message: str, capsys: Any, tmp_path: Path
) -> None:
    with db.session() as s:
        for suffix in ("1", "2"):
            s.add(m.Project(id=f"abcdef0{suffix}-0000-4000-8000-000000000000", title="P"))
        s.add(m.Meeting(title="Neste", starts_at=fx.MEETING_AT))
    assert run_cli(db_url, *args) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    assert message in err
    assert "Traceback" not in err


def test_cli_without_an_upcoming_meeting(db_url: str, capsys: Any) -> None:
    assert run_cli(db_url, "handout") == 1
    assert "Det finnes ingen kommende møter" in capsys.readouterr().err


# --- Building blocks -------------------------------------------------------------------------


def test_escaping_and_wrapping() -> None:
    assert esc("<b>a & b</b>\nny linje") == "&lt;b&gt;a &amp; b&lt;/b&gt;<br/>ny linje"
    assert clean("a\x00b\x1fc\r\nd") == "ab" + "c\nd"
    assert (
        slug("Kontaktgruppemøte NTNU – Bærum, vår 2025") == "kontaktgruppemote-ntnu-baerum-var-2025"
    )
    lines = wrap_lines("Ph.d.-prosjekt " + "x" * 300, 60, max_lines=4)
    assert len(lines) == 4 and lines[-1].endswith("…")
    assert wrap_lines("Ph.d.-prosjekt", 40)[0] == "Ph.d.-"
