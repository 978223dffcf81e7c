"""What several reports share: the letterhead, the names of the small tables read once
per report, a project or a deadline as one row, and the choices of the options dialogs.

Read-only: one session per report, few queries (whole tables of names are read once and
looked up in memory, collections come with `selectinload` or a query of their own), no
per-row queries, so a 20 000-project portfolio loads in well under a second. The report
renderers never see a Session."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.collation import norwegian_key
from kunnskapsapp.domain.enums import (
    DeadlineKind,
    DeadlineStatus,
    MeetingStatus,
    ProjectForm,
    ProjectStatus,
)
from kunnskapsapp.domain.reference import PROFILE_ID
from kunnskapsapp.domain.rules import (
    counts_as_external_funding,
    format_date,
    non_working_reason,
    other_external_funding,
    own_contribution,
)
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.summary import PROJECT_COLUMNS, plain_rows

HANDOUT_DEADLINE_DAYS = 90
DEFAULT_DEADLINE_DAYS = 90


@dataclass(frozen=True)
class Letterhead:
    """The municipality as printed on every report (from its profile in the database)."""

    name: str = ""
    unit: str = ""
    logo: bytes | None = None

    @property
    def author(self) -> str:
        parts = [p for p in (self.name, self.unit) if p]
        return ", ".join(parts) or "Kunnskapsapp"


@dataclass
class Names:
    """Display names of the small tables, read once per report."""

    organisations: dict[str, str]
    people: dict[str, str]
    person_org: dict[str, str | None]
    service_areas: dict[str, str]

    def org(self, org_id: str | None) -> str:
        return self.organisations.get(org_id or "", "")

    def person(self, person_id: str | None) -> str:
        return self.people.get(person_id or "", "")

    def person_with_org(self, person_id: str | None) -> str:
        name = self.person(person_id)
        org = self.org(self.person_org.get(person_id or ""))
        return f"{name} ({org})" if name and org else name

    def area(self, area_id: str | None) -> str:
        return self.service_areas.get(area_id or "", "")


def _names(s: Session) -> Names:
    organisations = {
        oid: (short or name)
        for oid, short, name in s.execute(
            select(m.Organisation.id, m.Organisation.short_name, m.Organisation.name)
        )
    }
    people: dict[str, str] = {}
    person_org: dict[str, str | None] = {}
    for pid, name, org_id in s.execute(
        select(m.Person.id, m.Person.name, m.Person.organisation_id)
    ):
        people[pid] = name
        person_org[pid] = org_id
    areas = dict(s.execute(select(m.ServiceArea.id, m.ServiceArea.name)).all())
    return Names(organisations, people, person_org, areas)


def _letterhead(s: Session) -> Letterhead:
    profile = s.get(m.MunicipalityProfile, PROFILE_ID)
    if profile is None:
        profile = s.scalars(select(m.MunicipalityProfile).limit(1)).first()
    if profile is None:
        return Letterhead()
    return Letterhead(name=profile.name or "", unit=profile.unit_name or "", logo=profile.logo)


def letterhead(db: Database) -> Letterhead:
    with db.session(audit=False) as s:
        return _letterhead(s)


@dataclass
class ProjectLine:
    """A project as one row of a table."""

    id: str
    title: str
    short_name: str
    form: ProjectForm
    status: ProjectStatus
    service_area: str
    manager: str
    partners: list[str]
    start: date | None
    end: date | None
    granted: int
    own_contribution: int
    funders: list[str]
    agreement: str = ""

    @property
    def name(self) -> str:
        return self.title or self.short_name


@dataclass
class DeadlineLine:
    id: str
    due: date
    title: str
    kind: DeadlineKind
    status: DeadlineStatus
    done_date: date | None
    responsible: str
    linked_to: str
    overdue: bool
    non_working: str | None
    notes: str = ""

    @property
    def status_text(self) -> str:
        if self.status == DeadlineStatus.DONE:
            return f"Utført {format_date(self.done_date)}".strip()
        if self.overdue:
            return "Forfalt"
        return self.status.label


def _deadline_line(
    d: m.Deadline, names: Names, linked: dict[str, str], today: date
) -> DeadlineLine:
    link = ""
    if d.project_id:
        link = linked.get(d.project_id, "")
    elif d.agreement_id:
        link = linked.get(d.agreement_id, "")
    return DeadlineLine(
        id=d.id,
        due=d.due_date,
        title=d.title,
        kind=d.kind,
        status=d.status,
        done_date=d.done_date,
        responsible=names.person(d.responsible_id),
        linked_to=link,
        overdue=d.status == DeadlineStatus.OPEN and d.due_date < today,
        non_working=non_working_reason(d.due_date),
        notes=d.notes or "",
    )


def _linked_titles(s: Session) -> dict[str, str]:
    """Agreement and project id → the short title printed beside a deadline."""
    titles: dict[str, str] = {}
    for aid, title in s.execute(select(m.Agreement.id, m.Agreement.title)):
        titles[aid] = title
    for pid, title, short in s.execute(select(m.Project.id, m.Project.title, m.Project.short_name)):
        titles[pid] = short or title
    return titles


def _project_lines(s: Session, projects: list[Any], names: Names) -> list[ProjectLine]:
    """Rows for projects, with partners, granted funding and own contribution in 3 queries."""
    ids = [p.id for p in projects]
    partners: dict[str, list[str]] = defaultdict(list)
    granted: dict[str, int] = defaultdict(int)
    own: dict[str, int] = defaultdict(int)
    funders: dict[str, list[str]] = defaultdict(list)
    agreements = dict(plain_rows(s, select(m.Agreement.id, m.Agreement.title)).all())
    for chunk in _chunks(ids, 900):
        for pid, oid in plain_rows(
            s,
            select(m.ProjectPartner.project_id, m.ProjectPartner.organisation_id).where(
                m.ProjectPartner.project_id.in_(chunk)
            ),
        ):
            partners[pid].append(names.org(oid))
        lines = plain_rows(
            s,
            select(
                m.FundingLine.project_id,
                m.FundingLine.status,
                m.FundingLine.granted_amount,
                m.FundingLine.total_cost,
                m.FundingLine.own_cash,
                m.FundingLine.own_in_kind,
                m.FundingLine.funder_id,
                m.FundingScheme.funder_id,
            )
            .outerjoin(m.FundingScheme, m.FundingScheme.id == m.FundingLine.scheme_id)
            .where(m.FundingLine.project_id.in_(chunk)),
        ).all()
        for pid, status, amount, *_rest in lines:
            if counts_as_external_funding(status):
                granted[pid] += amount or 0
        for pid, status, amount, total, cash, kind, funder_id, scheme_funder in lines:
            if not counts_as_external_funding(status):
                continue
            other = other_external_funding(granted[pid], status, amount)
            own[pid] += own_contribution(total, amount, cash, kind, other)
            funder = names.org(funder_id or scheme_funder)
            if funder and funder not in funders[pid]:
                funders[pid].append(funder)
    return [
        ProjectLine(
            id=p.id,
            title=p.title,
            short_name=p.short_name or "",
            form=p.form,
            status=p.status,
            service_area=names.area(p.service_area_id),
            manager=names.person(p.project_manager_id),
            partners=sorted(partners.get(p.id, []), key=norwegian_key),
            start=p.start_date,
            end=p.end_date,
            granted=granted.get(p.id, 0),
            own_contribution=own.get(p.id, 0),
            funders=funders.get(p.id, []),
            agreement=agreements.get(p.agreement_id or "", ""),
        )
        for p in projects
    ]


def _chunks(values: list[str], size: int) -> Iterable[list[str]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _plain_projects(s: Session, where: ColumnElement[bool] | None = None) -> list[Any]:
    """Projects as plain rows of the columns the reports print (no ORM objects: 20 000 of
    those with their collections take a second and a half to load)."""
    stmt = select(*PROJECT_COLUMNS)
    if where is not None:
        stmt = stmt.where(where)
    return list(s.execute(stmt))


# --- Møteunderlag (handout) -------------------------------------------------------------------


@dataclass
class AllocationLine:
    project: str
    year: int
    amount: int
    decision_date: date | None
    decision_ref: str
    override: bool


@dataclass
class LessonLine:
    title: str
    description: str
    recorded_on: date | None


def all_project_ids(db: Database, statuses: Iterable[ProjectStatus] | None = None) -> list[str]:
    """Ids of projects (optionally with the given statuses), by title."""
    with db.session(audit=False) as s:
        stmt = select(m.Project.id).order_by(m.Project.title, m.Project.id)
        if statuses:
            stmt = stmt.where(m.Project.status.in_(list(statuses)))
        return list(s.scalars(stmt))


# --- Choices for the options dialogs ------------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    id: str
    label: str


def meeting_choices(db: Database) -> list[Choice]:
    """Every meeting that is not cancelled, newest first, as `12.03.2025 09.00 – Title`."""
    with db.session(audit=False) as s:
        rows = s.execute(
            select(m.Meeting.id, m.Meeting.starts_at, m.Meeting.title)
            .where(m.Meeting.status != MeetingStatus.CANCELLED)
            .order_by(m.Meeting.starts_at.desc())
        ).all()
    return [
        Choice(mid, f"{format_date(at.date())} {at.strftime('%H.%M')} – {title}")
        for mid, at, title in rows
    ]


def project_choices(db: Database) -> list[Choice]:
    """Every project by title."""
    with db.session(audit=False) as s:
        rows = s.execute(
            select(m.Project.id, m.Project.title, m.Project.status).order_by(
                m.Project.title, m.Project.id
            )
        ).all()
    return [Choice(pid, f"{title} ({status.label.lower()})") for pid, title, status in rows]
