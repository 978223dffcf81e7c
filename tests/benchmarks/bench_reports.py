"""Report benchmarks: prints figures, never fails a build.

    python tests/benchmarks/bench_reports.py [--scale 20000] [--database FILE] [--skip-plain]

1. The handout of a contact-group meeting whose agreement has 50 projects and 200 deadlines
   (goal: at most 0.5 s).
2. The portfolio report on `demo --scale N` (goal for 20 000: at most 4 s), from the database
   to the PDF bytes.
3. The floor for the project table: the same 20 000 rows as one plain ReportLab `Table`, as
   plain tables of 100 rows, and as the reports' `PagedTable`.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.enums import (
    AgreementKind,
    DeadlineKind,
    FundingStatus,
    MeetingKind,
    ProjectForm,
    ProjectStatus,
)
from kunnskapsapp.domain.reference import FUNDER_RCN, SCHEME_IPO
from kunnskapsapp.services import clock
from kunnskapsapp.services.database import Database


def timed(fn: Callable[[], Any], repeat: int = 3) -> tuple[float, Any]:
    times = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def pages(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page ")


def handout_database(folder: Path) -> tuple[Database, str]:
    db = Database.open(str(folder / "handout.sqlite3"), create=True, user="bench")
    today = clock.today()
    with db.session(audit=False) as s:
        org = m.Organisation(
            name="Norges teknisk-naturvitenskapelige universitet", short_name="NTNU"
        )
        area = m.ServiceArea(name="Helse og omsorg")
        s.add_all([org, area])
        s.flush()
        people = [m.Person(name=f"Person {i} Ødegård", organisation_id=org.id) for i in range(12)]
        s.add_all(people)
        s.flush()
        agreement = m.Agreement(
            title="Samarbeidsavtale NTNU – Bærum kommune",
            kind=AgreementKind.FRAMEWORK,
            start_date=date(2019, 6, 1),
            evaluation_interval_months=24,
            notice_period_months=6,
        )
        s.add(agreement)
        s.flush()
        agreement.parties.append(m.AgreementParty(organisation_id=org.id))
        for person in people[:6]:
            agreement.contact_group.append(m.ContactGroupMember(person_id=person.id))
        projects = []
        for i in range(50):
            project = m.Project(
                title=f"Prosjekt {i} om tjenesteinnovasjon, læring og velferdsteknologi",
                form=list(ProjectForm)[i % 3],
                status=ProjectStatus.ONGOING,
                service_area_id=area.id,
                agreement_id=agreement.id,
                start_date=date(2021, 1, 1),
                end_date=date(2027, 12, 31),
            )
            s.add(project)
            projects.append(project)
        s.flush()
        for i, project in enumerate(projects):
            project.partners.append(m.ProjectPartner(organisation_id=org.id))
            s.add(
                m.FundingLine(
                    project_id=project.id,
                    scheme_id=SCHEME_IPO,
                    funder_id=FUNDER_RCN,
                    status=FundingStatus.GRANTED,
                    granted_amount=1_000_000 + i * 10_000,
                    total_cost=2_000_000,
                    own_cash=100_000,
                )
            )
            s.add(m.FundAllocation(project_id=project.id, year=today.year, amount=50_000))
        for i in range(200):
            s.add(
                m.Deadline(
                    title=f"Frist {i}: framdriftsrapport til Forskningsrådet",
                    kind=DeadlineKind.PROGRESS_REPORT,
                    due_date=today + timedelta(days=i % 120 - 30),
                    project_id=projects[i % 50].id,
                    responsible_id=people[i % 12].id,
                )
            )
        meeting = m.Meeting(
            title="Kontaktgruppemøte NTNU",
            kind=MeetingKind.CONTACT_GROUP,
            agreement_id=agreement.id,
            starts_at=datetime.combine(today + timedelta(days=1), datetime.min.time()).replace(
                hour=9
            ),
            duration_minutes=120,
        )
        s.add(meeting)
        s.flush()
        for i, person in enumerate(people[:8]):
            s.add(m.MeetingParticipant(meeting_id=meeting.id, person_id=person.id))
            s.add(
                m.AgendaItem(
                    meeting_id=meeting.id,
                    position=i,
                    title=f"Sak {i}",
                    description="Orientering og drøfting. " * 5,
                    presenter_id=person.id,
                    duration_minutes=15,
                )
            )
        s.add(m.FundAppropriation(year=today.year, amount=4_000_000))
        meeting_id = meeting.id
    return db, meeting_id


def bench_handout(folder: Path) -> None:
    from kunnskapsapp.reports import handout

    db, meeting_id = handout_database(folder)
    seconds, rendered = timed(lambda: handout.render(db, handout.HandoutOptions(meeting_id)), 5)
    print(
        f"Møteunderlag, 50 prosjekter og 200 frister: {seconds:.3f} s "
        f"({pages(rendered.data)} sider, {len(rendered.data) // 1024} kB; mål ≤ 0,5 s)"
    )
    db.dispose()


def bench_portfolio(path: Path, scale: int) -> list[list[str]]:
    from kunnskapsapp.reports import portfolio
    from kunnskapsapp.services import reporting
    from kunnskapsapp.services.reporting import common

    if not path.exists():
        from kunnskapsapp.services import demo

        print(f"Lager demodata med --scale {scale} i {path} …", flush=True)
        db = Database.open(str(path), create=True, user="bench")
        start = time.perf_counter()
        demo.create_demo(db, scale=scale)
        print(f"  ({time.perf_counter() - start:.1f} s)")
    else:
        db = Database.open(str(path), user="bench")
    with db.session(audit=False) as s:
        total = s.query(m.Project).count()
    today = clock.today()
    seconds, rendered = timed(lambda: portfolio.render(db, portfolio.PortfolioOptions(on=today)))
    facts_seconds, facts = timed(lambda: reporting.portfolio_facts(db, today), 1)
    print(
        f"Porteføljeoversikt, {total} prosjekter registrert, {len(facts.projects)} pågår i dag: "
        f"{seconds:.2f} s i alt, av det {facts_seconds:.2f} s å hente dataene "
        f"({pages(rendered.data)} sider, {len(rendered.data) // 1024} kB; mål ≤ 4 s)"
    )
    # The whole register in the table: every project, as if all ran on the date.
    import dataclasses

    from kunnskapsapp.services.progress import NoProgress

    def whole_register() -> bytes:
        with db.session(audit=False) as s:
            names = common._names(s)
            lines = common._project_lines(s, common._plain_projects(s), names)
        every = dataclasses.replace(facts, projects=lines)
        return portfolio.build(every, portfolio.PortfolioOptions(on=today), NoProgress())

    seconds, pdf = timed(whole_register, 1)
    print(
        f"Porteføljeoversikt med alle {total} prosjektene i tabellen: {seconds:.2f} s "
        f"({pages(pdf)} sider)"
    )
    with db.session(audit=False) as s:
        names = {pid: title for pid, title in s.query(m.Project.id, m.Project.title)}
    rows = [
        [
            title,
            "Pågående",
            "NTNU, UiO",
            "Forskningsrådet",
            "Helse og omsorg",
            "01.01.2021 –",
            "1 250 000",
        ]
        for title in names.values()
    ]
    db.dispose()
    return rows


def bench_floor(rows: list[list[str]], skip_plain: bool) -> None:
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from kunnskapsapp.reports import base
    from kunnskapsapp.reports.portfolio import PORTFOLIO_COLUMNS

    base.register_fonts()
    header = [c.header for c in PORTFOLIO_COLUMNS]
    widths = [c.width * base.CONTENT_WIDTH for c in PORTFOLIO_COLUMNS]
    style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), base.FONT),
            ("FONTSIZE", (0, 0), (-1, -1), 8),
            ("FONTNAME", (0, 0), (-1, 0), base.FONT_BOLD),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, base.RULE),
        ]
    )
    plain_rows = [[base.clip(c, 45) for c in r] for r in rows]

    def build(story: list[Any]) -> bytes:
        import io

        buffer = io.BytesIO()
        SimpleDocTemplate(buffer, pagesize=base.A4).build(story)
        return buffer.getvalue()

    print(f"Gulvet for prosjekttabellen, {len(rows)} rader (én linje per celle i Table):")
    if not skip_plain:
        seconds, pdf = timed(
            lambda: build(
                [Table([header, *plain_rows], colWidths=widths, repeatRows=1, style=style)]
            ),
            1,
        )
        print(f"  én ReportLab-Table:             {seconds:6.2f} s ({pages(pdf)} sider)")
    seconds, pdf = timed(
        lambda: build(
            [
                Table(
                    [header, *plain_rows[i : i + 100]], colWidths=widths, repeatRows=1, style=style
                )
                for i in range(0, len(plain_rows), 100)
            ]
        ),
        1,
    )
    print(f"  Table-biter på 100 rader:       {seconds:6.2f} s ({pages(pdf)} sider)")
    seconds, pdf = timed(
        lambda: base.build_pdf(
            [base.PagedTable(PORTFOLIO_COLUMNS, rows)],
            base.ReportMeta("Gulv", "Gulv", base.Letterhead("Bærum kommune")),
        ),
        1,
    )
    print(f"  PagedTable (rapportenes tabell): {seconds:6.2f} s ({pages(pdf)} sider, med bryting)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=int, default=20000)
    parser.add_argument("--database", type=Path, help="gjenbruk en database med demodata")
    parser.add_argument("--skip-plain", action="store_true", help="hopp over den ene store Table")
    args = parser.parse_args()
    try:
        import _rl_accel  # noqa: F401

        accel = "med rl_accel"
    except ImportError:
        accel = "uten rl_accel"
    print(f"Python {sys.version.split()[0]}, ReportLab {__import__('reportlab').Version}, {accel}")
    with tempfile.TemporaryDirectory() as folder:
        bench_handout(Path(folder))
        path = args.database or Path(folder) / f"demo-{args.scale}.sqlite3"
        rows = bench_portfolio(path, args.scale)
        bench_floor(rows, args.skip_plain)


if __name__ == "__main__":
    main()
