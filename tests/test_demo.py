"""The demo database: what a new user sees after `kunnskapsapp demo`."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kunnskapsapp.cli import main
from kunnskapsapp.domain import reference
from kunnskapsapp.domain.base import Base
from kunnskapsapp.domain.enums import (
    AgreementKind,
    ContactRole,
    DeadlineStatus,
    FundingStatus,
    Initiator,
    MeetingStatus,
    OutcomeKind,
    ProjectForm,
    Side,
)
from kunnskapsapp.domain.errors import DomainError
from kunnskapsapp.domain.models import (
    Agreement,
    Deadline,
    FundAllocation,
    FundAppropriation,
    FundingLine,
    Lesson,
    Meeting,
    MunicipalityProfile,
    Organisation,
    Outcome,
    Person,
    Project,
)
from kunnskapsapp.domain.rules import valid_email, valid_org_number
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.demo import REFUSAL, create_demo, demo_id, load_source
from kunnskapsapp.services.demo.common import HISTORY_FIXED_UNTIL
from kunnskapsapp.services.demo.dates import Dates
from kunnskapsapp.services.progress import CancelFlag, Cancelled
from tests.helpers import snapshot

TODAY = date(2026, 11, 26)
SHORT_NAMES = {
    "NTNU",
    "VID",
    "UiO",
    "USN",
    "NMBU",
    "UiS",
    "TØI",
    "Forskningsrådet",
    "RFF Hovedstaden",
    "Innovasjon Norge",
    "Energy Valley",
    "SmartCity Bærum",
}
SEED_LESSONS = [
    "Samarbeid forplikter – og vil gi resultater",
    "Samarbeid krever både formelle avtaler og gode relasjoner",
    "Samarbeid forutsetter ressurser til oppfølging og utvikling",
    "Samarbeid handler om langsiktig satsning",
    "Samarbeid utfordres av ulikheter i partnerskap",
    "Samarbeid må finne mekanismer som tjener formålet",
    "Forskning tett på tjenester er forbundet med risiko og krever fleksibilitet",
]


@pytest.fixture
def demo_db(db: Database) -> Database:
    create_demo(db, today=TODAY)
    return db


def test_the_municipality_and_its_partners_are_there(demo_db: Database) -> None:
    with demo_db.session() as s:
        profile = s.get(MunicipalityProfile, reference.PROFILE_ID)
        assert profile is not None
        assert (profile.name, profile.unit_name) == ("Bærum kommune", "Utvikling og Digitalisering")
        assert profile.org_number == "935478715" and valid_org_number(profile.org_number)
        orgs = s.scalars(select(Organisation)).all()
        short_names = [o.short_name for o in orgs]
        assert set(short_names) >= SHORT_NAMES
        # The seeded funders are reused, not duplicated.
        assert short_names.count("Forskningsrådet") == 1
        assert s.get(Organisation, reference.FUNDER_RCN).short_name == "Forskningsrådet"
        assert all(valid_org_number(o.org_number) for o in orgs if o.org_number)


def test_people_are_fictional_with_their_personal_data_basis(demo_db: Database) -> None:
    with demo_db.session() as s:
        people = s.scalars(select(Person)).all()
    assert len(people) > 40
    for person in people:
        assert person.purpose and person.source and person.legal_basis
        assert person.last_confirmed is not None and person.last_confirmed <= TODAY
        assert person.delete_after is not None and person.delete_after > person.last_confirmed
        assert valid_email(person.email) and person.email.endswith(".example")


def test_framework_agreements_with_ntnu_and_vid_since_2019(demo_db: Database) -> None:
    with demo_db.session() as s:
        frameworks = {
            a.parties[-1].organisation_id: a
            for a in s.scalars(select(Agreement).where(Agreement.kind == AgreementKind.FRAMEWORK))
        }
        ntnu = s.scalar(select(Organisation).where(Organisation.short_name == "NTNU"))
        vid = s.scalar(select(Organisation).where(Organisation.short_name == "VID"))
        for org, initiator in ((ntnu, Initiator.MUTUAL), (vid, Initiator.MUNICIPALITY)):
            agreement = next(a for a in frameworks.values() if org.id in _party_ids(a))
            assert agreement.start_date.year == 2019 and agreement.end_date is None
            assert agreement.initiator == initiator
            assert agreement.evaluation_interval_months and agreement.notice_period_months
            assert agreement.evaluations and agreement.archive_case_number
            assert agreement.administrative_case_ref and agreement.political_case_ref
            roles = {(m.side, m.role) for m in agreement.contact_group}
            assert (Side.MUNICIPALITY, ContactRole.LEADERSHIP) in roles
            assert (Side.PARTNER, ContactRole.LEADERSHIP) in roles
            assert (Side.MUNICIPALITY, ContactRole.SECRETARY) in roles
            children = s.scalars(select(Agreement).where(Agreement.parent_id == agreement.id))
            assert all(c.kind == AgreementKind.PROJECT for c in children)
        kinds = set(s.scalars(select(Agreement.kind)))
        assert {
            AgreementKind.PARTNERSHIP,
            AgreementKind.MEMBERSHIP,
            AgreementKind.EDUCATION,
        } <= kinds


def _party_ids(agreement: Agreement) -> set[str]:
    return {p.organisation_id for p in agreement.parties}


def test_deadlines_around_today(demo_db: Database) -> None:
    with demo_db.session() as s:
        deadlines = s.scalars(select(Deadline)).all()
    open_ = [d for d in deadlines if d.status == DeadlineStatus.OPEN]
    assert any(d.due_date < TODAY for d in open_), "some overdue"
    assert any(TODAY <= d.due_date <= TODAY + timedelta(days=30) for d in open_)
    assert any(TODAY + timedelta(days=30) < d.due_date <= TODAY + timedelta(days=90) for d in open_)
    assert any(d.status == DeadlineStatus.DONE and d.done_date for d in deadlines)
    assert all(d.done_date is None or d.done_date <= TODAY for d in deadlines)
    assert any(d.template_id for d in deadlines), "made from a scheme's templates"


def test_an_upcoming_contact_group_meeting_has_an_agenda(demo_db: Database) -> None:
    with demo_db.session() as s:
        upcoming = s.scalars(
            select(Meeting).where(Meeting.starts_at >= datetime.combine(TODAY, datetime.min.time()))
        ).all()
        assert upcoming
        assert all(m.status == MeetingStatus.PLANNED for m in upcoming)
        assert any(m.agenda and m.participants and m.agreement_id for m in upcoming)
        for meeting in upcoming:
            assert sum(i.duration_minutes for i in meeting.agenda) <= meeting.duration_minutes
        held = s.scalars(select(Meeting).where(Meeting.status == MeetingStatus.HELD)).all()
        outcomes = [o for m in held for item in m.agenda for o in item.outcomes]
        assert {o.kind for o in outcomes} == set(OutcomeKind)
        actions = [o for o in outcomes if o.kind == OutcomeKind.ACTION]
        assert actions and all(o.deadline_id and o.due_date for o in actions)
        linked = s.get(Deadline, actions[0].deadline_id)
        assert linked.meeting_id is not None and linked.due_date == actions[0].due_date


def test_the_fund_every_year_from_2017_through_the_budget_plan(demo_db: Database) -> None:
    with demo_db.session() as s:
        appropriations = {a.year: a.amount for a in s.scalars(select(FundAppropriation))}
        allocated: dict[int, int] = defaultdict(int)
        for allocation in s.scalars(select(FundAllocation)):
            allocated[allocation.year] += allocation.amount
    assert sorted(appropriations) == list(range(2017, TODAY.year + 5))
    assert all(isinstance(v, int) and v > 0 for v in appropriations.values())
    for year, amount in allocated.items():
        assert amount <= appropriations[year], year
    assert allocated[TODAY.year + 1] > 0, "commitments in the budget plan"


def test_funding_lines_carry_the_research_councils_project_numbers(demo_db: Database) -> None:
    with demo_db.session() as s:
        lines = s.scalars(
            select(FundingLine).where(
                FundingLine.funder_id == reference.FUNDER_RCN,
                FundingLine.status == FundingStatus.GRANTED,
            )
        ).all()
        assert len(lines) >= 10
        for line in lines:
            assert line.external_ref.isdigit() and len(line.external_ref) == 6
            assert line.granted_amount and line.total_cost and line.decision_date
            assert sum(y.amount for y in line.years) == line.granted_amount


def test_the_seeds_lessons_learned_are_linked(demo_db: Database) -> None:
    with demo_db.session() as s:
        lessons = s.scalars(select(Lesson).order_by(Lesson.title)).all()
        assert sorted(lesson.title for lesson in lessons) == sorted(SEED_LESSONS)
        assert all(lesson.agreements or lesson.projects for lesson in lessons)


def content(db: Database) -> dict[str, list[str]]:
    """Every row of every table, without the time stamps the migration put on the reference
    rows it seeded (they differ between any two databases, demo or not)."""
    result: dict[str, list[str]] = {}
    with db.engine.connect() as conn:
        for name, table in Base.metadata.tables.items():
            rows = []
            for row in conn.execute(select(table)).mappings():
                values = dict(row)
                for stamp, by in (("created_at", "created_by"), ("updated_at", "updated_by")):
                    if values.get(by) == "":
                        values.pop(stamp)
                rows.append(repr(sorted(values.items())))
            result[name] = sorted(rows)
    return result


def test_two_demo_databases_are_the_same(db: Database, tmp_path: Path) -> None:
    create_demo(db, today=TODAY)
    other = Database.open(str(tmp_path / "andre.sqlite3"), create=True, user="en-annen")
    try:
        create_demo(other, today=TODAY)
        assert content(other) == content(db)
    finally:
        other.dispose()


def test_ids_do_not_depend_on_the_day(db: Database, tmp_path: Path) -> None:
    create_demo(db, today=TODAY)
    other = Database.open(str(tmp_path / "senere.sqlite3"), create=True)
    try:
        create_demo(other, today=TODAY + timedelta(days=400))

        def ids(database: Database) -> tuple[set[str], set[str]]:
            with database.session() as s:
                return set(s.scalars(select(Project.id))), set(s.scalars(select(Agreement.id)))

        assert ids(other) == ids(db)
    finally:
        other.dispose()
    key = load_source()["projects"][0]["key"]
    with db.session() as s:
        assert s.get(Project, demo_id("project", key)) is not None


def test_demo_refuses_a_database_with_data(db: Database) -> None:
    with db.session() as s:
        s.add(Person(name="Kari Nordmann"))
    before = snapshot(db)
    with pytest.raises(DomainError) as error:
        create_demo(db, today=TODAY)
    assert error.value.message == REFUSAL
    assert "--database" in REFUSAL and "ny databasefil" in REFUSAL
    assert snapshot(db) == before


def test_demo_refuses_to_run_twice(demo_db: Database) -> None:
    before = snapshot(demo_db)
    with pytest.raises(DomainError, match="inneholder allerede data"):
        create_demo(demo_db, today=TODAY, scale=3)
    assert snapshot(demo_db) == before


def test_an_organisation_of_the_users_own_counts_as_data(db: Database) -> None:
    with db.session() as s:
        s.add(Organisation(name="Asker kommune", short_name="Asker"))
    before = snapshot(db)
    with pytest.raises(DomainError, match="inneholder allerede data"):
        create_demo(db, today=TODAY)
    assert snapshot(db) == before


def test_scale_adds_projects_deterministically(db: Database, tmp_path: Path) -> None:
    counts = create_demo(db, scale=31, today=TODAY)
    base = len(load_source()["projects"])
    assert counts["project"] == base + 31
    assert counts["agreement"] > len(load_source()["agreements"])
    other = Database.open(str(tmp_path / "skala.sqlite3"), create=True)
    try:
        assert create_demo(other, scale=31, today=TODAY) == counts
        assert content(other) == content(db)
    finally:
        other.dispose()
    with db.session() as s:
        synthetic = s.scalar(select(func.count()).where(Project.short_name.like("Syntetisk %")))
        assert synthetic == 31
        for year, amount in s.execute(select(FundAppropriation.year, FundAppropriation.amount)):
            used = s.scalar(
                select(func.coalesce(func.sum(FundAllocation.amount), 0)).where(
                    FundAllocation.year == year
                )
            )
            assert used <= amount, year
        forms = set(s.scalars(select(Project.form)))
        assert ProjectForm.PHD in forms and ProjectForm.INNOVATION in forms
        stray = s.scalar(
            select(func.count()).where(
                Outcome.deadline_id.is_not(None),
                Outcome.deadline_id.not_in(select(Deadline.id)),
            )
        )
        assert stray == 0


def test_progress_is_reported(db: Database) -> None:
    steps: list[tuple[int, int, str]] = []

    class Recorder:
        def step(self, done: int, total: int, text: str = "") -> None:
            steps.append((done, total, text))

    create_demo(db, today=TODAY, progress=Recorder())
    assert steps[-1][0] == steps[-1][1]
    assert [d for d, _, _ in steps] == sorted(d for d, _, _ in steps)
    assert all(text for _, _, text in steps)


def test_cancelling_writes_nothing(db: Database) -> None:
    before = snapshot(db)
    flag = CancelFlag()

    class CancelMidway:
        def step(self, done: int, total: int, text: str = "") -> None:
            if done == 4:
                flag.cancel()
            flag.step(done, total, text)

    with pytest.raises(Cancelled):
        create_demo(db, today=TODAY, progress=CancelMidway())
    assert snapshot(db) == before


def test_command_line_demo_then_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "demo.sqlite3")
    assert main(["--database", path, "demo"]) == 0
    out = capsys.readouterr().out
    assert "Demodata lagt inn" in out and "prosjekter" in out
    assert main(["--database", path, "summary", "--date", "2021-10-01", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["by_form"] == {"phd": 8, "innovation": 6, "education": 1}
    assert result["phd_by_institution"] == {"NTNU": 6, "UiO": 1, "USN": 1}
    assert result["phd_by_scheme"] == {"OFFPHD": 3}
    assert result["innovation_by_funder"] == {"Forskningsrådet": 4, "RFF Hovedstaden": 2}
    assert result["innovation_funding_phd"] == 2
    assert result["innovation_partners"] == {"NTNU": 1, "UiO": 1, "NMBU": 1, "UiS": 2, "TØI": 1}
    assert result["students_admitted"] == 70
    assert main(["--database", path, "summary", "--date", "2021-10-01"]) == 0
    text = capsys.readouterr().out
    assert "Porteføljen per 01.10.2021" in text and "Bærum kommune" in text
    # A second demo into the same file is refused with one clear line.
    assert main(["--database", path, "demo"]) == 1
    captured = capsys.readouterr()
    assert captured.err.strip() == f"kunnskapsapp: {REFUSAL}"


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("T", date(2026, 11, 26)),
        ("T-8M/1", date(2026, 3, 1)),
        ("T+2W", date(2026, 12, 10)),
        ("T+1Y-3D", date(2027, 11, 23)),
        ("T+3M/-1", date(2027, 2, 28)),
        ("T/31", date(2026, 11, 30)),
        ("T-10Y", HISTORY_FIXED_UNTIL),  # the written history stays as written
        (date(2019, 5, 2), date(2019, 5, 2)),
        ("", None),
    ],
)
def test_the_sources_relative_dates(written: object, expected: date | None) -> None:
    assert Dates(TODAY)(written) == expected


@pytest.mark.parametrize("written", ["T-8", "I går", "T+1Q", "2026-11-26"])
def test_a_malformed_date_in_the_source_is_named(written: str) -> None:
    with pytest.raises(ValueError, match="Ugyldig dato i demodataene"):
        Dates(TODAY)(written)
