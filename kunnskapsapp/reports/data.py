"""The facts each report prints, read from the database into plain dataclasses.

Read-only: one session per report, few queries (whole tables of names are read once and
looked up in memory, collections come with `selectinload` or a query of their own), no
per-row queries, so a 20 000-project portfolio loads in well under a second. The report
modules never see a Session.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session, selectinload

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.enums import (
    AgreementKind,
    AgreementStatus,
    ContactRole,
    DeadlineKind,
    DeadlineStatus,
    FundingStatus,
    MeetingStatus,
    OutcomeKind,
    ProjectForm,
    ProjectStatus,
)
from kunnskapsapp.domain.reference import PROFILE_ID
from kunnskapsapp.domain.rules import (
    format_date,
    next_evaluation,
    non_working_reason,
    support_rate,
)
from kunnskapsapp.reports.base import Letterhead
from kunnskapsapp.services import clock
from kunnskapsapp.services.database import Database

HANDOUT_DEADLINE_DAYS = 90
DEFAULT_DEADLINE_DAYS = 90
BUDGET_PLAN_YEARS = 4

# --- Shared -----------------------------------------------------------------------------------


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
    agreements = dict(s.execute(select(m.Agreement.id, m.Agreement.title)).all())
    for chunk in _chunks(ids, 900):
        for pid, oid in s.execute(
            select(m.ProjectPartner.project_id, m.ProjectPartner.organisation_id).where(
                m.ProjectPartner.project_id.in_(chunk)
            )
        ):
            partners[pid].append(names.org(oid))
        for pid, status, amount, cash, kind, funder_id, scheme_funder in s.execute(
            select(
                m.FundingLine.project_id,
                m.FundingLine.status,
                m.FundingLine.granted_amount,
                m.FundingLine.own_cash,
                m.FundingLine.own_in_kind,
                m.FundingLine.funder_id,
                m.FundingScheme.funder_id,
            )
            .outerjoin(m.FundingScheme, m.FundingScheme.id == m.FundingLine.scheme_id)
            .where(m.FundingLine.project_id.in_(chunk))
        ):
            if status != FundingStatus.GRANTED:
                continue
            granted[pid] += amount or 0
            own[pid] += (cash or 0) + (kind or 0)
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
            partners=sorted(partners.get(p.id, []), key=str.lower),
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


PROJECT_COLUMNS = (
    m.Project.id,
    m.Project.title,
    m.Project.short_name,
    m.Project.form,
    m.Project.status,
    m.Project.service_area_id,
    m.Project.project_manager_id,
    m.Project.agreement_id,
    m.Project.start_date,
    m.Project.end_date,
    m.Project.phd_institution_id,
    m.Project.phd_funded_by_project_id,
    m.Project.edu_students_admitted,
)


def _plain_projects(s: Session, where: ColumnElement[bool] | None = None) -> list[Any]:
    """Projects as plain rows of the columns the reports print (no ORM objects: 20 000 of
    those with their collections take a second and a half to load)."""
    stmt = select(*PROJECT_COLUMNS)
    if where is not None:
        stmt = stmt.where(where)
    return list(s.execute(stmt))


# --- Møteunderlag (handout) -------------------------------------------------------------------


@dataclass
class Participant:
    name: str
    organisation: str
    title: str
    invited: bool
    present: bool | None


@dataclass
class OutcomeLine:
    kind: OutcomeKind
    text: str
    responsible: str
    due: date | None
    status: str = ""
    done: bool = False
    overdue: bool = False
    item_title: str = ""


@dataclass
class AgendaLine:
    number: int
    title: str
    description: str
    presenter: str
    duration_minutes: int
    minutes: str
    outcomes: list[OutcomeLine]


@dataclass
class ContactLine:
    name: str
    organisation: str
    side: str
    role: str


@dataclass
class AgreementFacts:
    id: str
    title: str
    kind: AgreementKind
    status: AgreementStatus
    parties: list[str]
    signed: date | None
    start: date | None
    end: date | None
    last_evaluation: date | None
    next_evaluation: date | None
    evaluation_interval_months: int | None
    notice_period_months: int | None
    responsible: str
    archive_case_number: str
    purpose: str
    termination_effective: date | None
    contact_group: list[ContactLine]


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


@dataclass
class MeetingFacts:
    id: str
    title: str
    kind: str
    status: MeetingStatus
    starts_at: datetime
    duration_minutes: int
    place: str
    notes: str
    agreement_title: str
    project_title: str

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes or 0)


@dataclass
class HandoutFacts:
    letterhead: Letterhead
    meeting: MeetingFacts
    reference_date: date
    participants: list[Participant]
    agenda: list[AgendaLine]
    agreement: AgreementFacts | None
    project: ProjectLine | None
    projects: list[ProjectLine]
    deadlines: list[DeadlineLine]
    fund_year: int
    fund_appropriation: int
    fund_allocated: int
    fund_allocations: list[AllocationLine]
    previous_meeting: tuple[str, datetime] | None
    follow_ups: list[OutcomeLine]
    lessons: list[LessonLine]
    this_meeting_actions: list[OutcomeLine] = field(default_factory=list)


def next_meeting_id(db: Database, after: datetime | None = None) -> str | None:
    """The next meeting from today on that is not cancelled."""
    after = after or datetime.combine(clock.today(), datetime.min.time())
    with db.session(audit=False) as s:
        return s.scalars(
            select(m.Meeting.id)
            .where(m.Meeting.starts_at >= after)
            .where(m.Meeting.status != MeetingStatus.CANCELLED)
            .order_by(m.Meeting.starts_at)
            .limit(1)
        ).first()


def _agreement_facts(agreement: m.Agreement, names: Names) -> AgreementFacts:
    last = agreement.evaluations[-1].evaluated_on if agreement.evaluations else None
    contact = sorted(
        agreement.contact_group,
        key=lambda c: (
            c.side.value != "municipality",
            [ContactRole.LEADERSHIP, ContactRole.SECRETARY, ContactRole.MEMBER].index(c.role),
            names.person(c.person_id),
        ),
    )
    return AgreementFacts(
        id=agreement.id,
        title=agreement.title,
        kind=agreement.kind,
        status=agreement.status,
        parties=[names.org(p.organisation_id) for p in agreement.parties],
        signed=agreement.signed_date,
        start=agreement.start_date,
        end=agreement.end_date,
        last_evaluation=last,
        next_evaluation=next_evaluation(
            agreement.start_date, last, agreement.evaluation_interval_months
        ),
        evaluation_interval_months=agreement.evaluation_interval_months,
        notice_period_months=agreement.notice_period_months,
        responsible=names.person(agreement.responsible_id),
        archive_case_number=agreement.archive_case_number or "",
        purpose=agreement.purpose or "",
        termination_effective=agreement.termination_effective,
        contact_group=[
            ContactLine(
                name=names.person(c.person_id),
                organisation=names.org(names.person_org.get(c.person_id)),
                side=c.side.label,
                role=c.role.label,
            )
            for c in contact
        ],
    )


def _outcome_line(
    outcome: m.Outcome,
    names: Names,
    deadlines: dict[str, m.Deadline],
    reference: date,
    item_title: str,
) -> OutcomeLine:
    deadline = deadlines.get(outcome.deadline_id or "")
    due = deadline.due_date if deadline else outcome.due_date
    responsible_id = outcome.responsible_id or (deadline.responsible_id if deadline else None)
    done = bool(deadline and deadline.status == DeadlineStatus.DONE)
    cancelled = bool(deadline and deadline.status == DeadlineStatus.CANCELLED)
    overdue = not done and not cancelled and due is not None and due < reference
    if done:
        status = f"Utført {format_date(deadline.done_date if deadline else None)}".strip()
    elif cancelled:
        status = "Avlyst"
    elif overdue:
        status = "Forfalt"
    else:
        status = "Åpen"
    return OutcomeLine(
        kind=outcome.kind,
        text=outcome.text,
        responsible=names.person(responsible_id),
        due=due,
        status=status,
        done=done,
        overdue=overdue,
        item_title=item_title,
    )


def handout_facts(db: Database, meeting_id: str) -> HandoutFacts:
    """Everything the handout and the minutes of a meeting can print."""
    with db.session(audit=False) as s:
        meeting = s.get(m.Meeting, meeting_id)
        if meeting is None:
            from kunnskapsapp.domain.errors import NotFoundError

            raise NotFoundError("Møtet finnes ikke lenger.")
        names = _names(s)
        head = _letterhead(s)
        reference = meeting.starts_at.date()

        agreement = s.get(m.Agreement, meeting.agreement_id) if meeting.agreement_id else None
        project = s.get(m.Project, meeting.project_id) if meeting.project_id else None

        # The scope: the agreement and the project agreements under it, and their projects.
        agreement_ids: list[str] = []
        if agreement is not None:
            children = s.scalars(
                select(m.Agreement.id).where(m.Agreement.parent_id == agreement.id)
            )
            agreement_ids = [agreement.id, *children]
        projects: list[Any] = []
        if agreement_ids:
            projects = _plain_projects(s, m.Project.agreement_id.in_(agreement_ids))
            projects.sort(key=lambda p: ([f for f in ProjectForm].index(p.form), p.title.lower()))
        if project is not None and all(p.id != project.id for p in projects):
            scope_projects = [*projects, project]
        else:
            scope_projects = projects
        project_ids = [p.id for p in scope_projects]

        # Meeting, participants, agenda and its outcomes.
        participants = sorted(
            (
                Participant(
                    name=names.person(pt.person_id),
                    organisation=names.org(names.person_org.get(pt.person_id)),
                    title="",
                    invited=pt.invited,
                    present=pt.present,
                )
                for pt in meeting.participants
            ),
            key=lambda p: (p.organisation.lower(), p.name.lower()),
        )
        outcome_deadline_ids = [
            o.deadline_id for item in meeting.agenda for o in item.outcomes if o.deadline_id
        ]

        # The previous meeting of the same agreement or project, and its follow-up items.
        previous = None
        if meeting.agreement_id or meeting.project_id:
            stmt = (
                select(m.Meeting)
                .where(m.Meeting.starts_at < meeting.starts_at)
                .where(m.Meeting.status != MeetingStatus.CANCELLED)
                .where(m.Meeting.id != meeting.id)
                .order_by(m.Meeting.starts_at.desc())
                .limit(1)
            )
            if meeting.agreement_id:
                stmt = stmt.where(m.Meeting.agreement_id == meeting.agreement_id)
            else:
                stmt = stmt.where(m.Meeting.project_id == meeting.project_id)
            previous = s.scalars(stmt).first()
        if previous is not None:
            outcome_deadline_ids += [
                o.deadline_id for item in previous.agenda for o in item.outcomes if o.deadline_id
            ]
        outcome_deadlines = {
            d.id: d
            for d in s.scalars(select(m.Deadline).where(m.Deadline.id.in_(outcome_deadline_ids)))
        }

        agenda = [
            AgendaLine(
                number=index,
                title=item.title,
                description=item.description or "",
                presenter=names.person(item.presenter_id),
                duration_minutes=item.duration_minutes or 0,
                minutes=item.minutes or "",
                outcomes=[
                    _outcome_line(o, names, outcome_deadlines, reference, item.title)
                    for o in sorted(item.outcomes, key=lambda o: (o.kind.value, o.text))
                ],
            )
            for index, item in enumerate(meeting.agenda, start=1)
        ]
        actions = [o for line in agenda for o in line.outcomes if o.kind == OutcomeKind.ACTION]
        follow_ups: list[OutcomeLine] = []
        if previous is not None:
            for item in previous.agenda:
                for o in item.outcomes:
                    if o.kind == OutcomeKind.ACTION:
                        follow_ups.append(
                            _outcome_line(o, names, outcome_deadlines, reference, item.title)
                        )

        # Deadlines overdue on the meeting day or due within 90 days of it.
        deadlines: list[DeadlineLine] = []
        if agreement_ids or project_ids:
            conditions = []
            if agreement_ids:
                conditions.append(m.Deadline.agreement_id.in_(agreement_ids))
            if project_ids:
                conditions.append(m.Deadline.project_id.in_(project_ids))
            linked = _linked_titles(s)
            horizon = reference + timedelta(days=HANDOUT_DEADLINE_DAYS)
            rows = s.scalars(
                select(m.Deadline)
                .where(or_(*conditions))
                .where(m.Deadline.status == DeadlineStatus.OPEN)
                .where(m.Deadline.due_date <= horizon)
                .order_by(m.Deadline.due_date, m.Deadline.title)
            )
            deadlines = [_deadline_line(d, names, linked, reference) for d in rows]

        # This year's fund allocations to the projects in scope.
        year = reference.year
        appropriation = s.scalar(
            select(m.FundAppropriation.amount).where(m.FundAppropriation.year == year)
        )
        all_allocated = s.scalars(
            select(m.FundAllocation.amount).where(m.FundAllocation.year == year)
        ).all()
        titles = {p.id: p.title for p in scope_projects}
        allocations = [
            AllocationLine(
                project=titles.get(a.project_id, ""),
                year=a.year,
                amount=a.amount,
                decision_date=a.decision_date,
                decision_ref=a.decision_ref or "",
                override=a.override,
            )
            for a in s.scalars(
                select(m.FundAllocation)
                .where(m.FundAllocation.year == year)
                .where(m.FundAllocation.project_id.in_(project_ids))
            )
        ]
        allocations.sort(key=lambda a: (a.project.lower(), a.amount))

        # Lessons learned linked to the agreement (or to the project of a project meeting).
        lesson_rows: list[m.Lesson] = []
        if agreement_ids:
            lesson_rows = list(
                s.scalars(
                    select(m.Lesson)
                    .join(m.lesson_agreement)
                    .where(m.lesson_agreement.c.agreement_id.in_(agreement_ids))
                    .distinct()
                )
            )
        elif project is not None:
            lesson_rows = list(
                s.scalars(
                    select(m.Lesson)
                    .join(m.lesson_project)
                    .where(m.lesson_project.c.project_id == project.id)
                )
            )
        lessons = sorted(
            (LessonLine(le.title, le.description or "", le.recorded_on) for le in lesson_rows),
            key=lambda le: (le.recorded_on or date.min, le.title.lower()),
        )

        project_lines = _project_lines(s, projects, names)
        project_line = _project_lines(s, [project], names)[0] if project is not None else None
        return HandoutFacts(
            letterhead=head,
            meeting=MeetingFacts(
                id=meeting.id,
                title=meeting.title,
                kind=meeting.kind.label,
                status=meeting.status,
                starts_at=meeting.starts_at,
                duration_minutes=meeting.duration_minutes or 0,
                place=meeting.place or "",
                notes=meeting.notes or "",
                agreement_title=agreement.title if agreement else "",
                project_title=project.title if project else "",
            ),
            reference_date=reference,
            participants=participants,
            agenda=agenda,
            agreement=_agreement_facts(agreement, names) if agreement else None,
            project=project_line,
            projects=project_lines,
            deadlines=deadlines,
            fund_year=year,
            fund_appropriation=int(appropriation or 0),
            fund_allocated=int(sum(all_allocated)),
            fund_allocations=allocations,
            previous_meeting=(previous.title, previous.starts_at) if previous else None,
            follow_ups=follow_ups,
            lessons=lessons,
            this_meeting_actions=actions,
        )


# --- Porteføljeoversikt -------------------------------------------------------------------------


@dataclass
class Count:
    label: str
    n: int


@dataclass
class PortfolioFacts:
    letterhead: Letterhead
    on: date
    projects: list[ProjectLine]
    by_form: list[Count]
    by_status: list[Count]
    by_partner: list[Count]
    by_funder: list[Count]
    by_priority: list[Count]
    by_sdg: list[Count]
    phd_by_institution: list[Count]
    phd_by_scheme: list[Count]
    innovation_by_funder: list[Count]
    innovation_partners: list[Count]
    innovation_funding_phd: int
    students_admitted: int
    granted_by_source: list[tuple[str, int]]
    granted_by_year: dict[int, dict[str, int]]
    without_years: int
    registered: int


def _counts(counter: Counter[str], order: list[str] | None = None) -> list[Count]:
    if order is not None:
        return [Count(k, counter[k]) for k in order if counter.get(k)]
    return [Count(k, n) for k, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]


def counts_on(project: Any, on: date) -> bool:
    """A project counts on D when it ran on D: started, not ended, ongoing or completed."""
    start, end, status = project.start_date, project.end_date, project.status
    return (
        start is not None
        and start <= on
        and (end is None or end >= on)
        and status in (ProjectStatus.ONGOING, ProjectStatus.COMPLETED)
    )


FUND_SOURCE = "Kommunens FoU-fond"


def portfolio_facts(db: Database, on: date) -> PortfolioFacts:
    with db.session(audit=False) as s:
        names = _names(s)
        head = _letterhead(s)
        status_counter: Counter[str] = Counter()
        running: list[Any] = []
        registered = 0
        for p in _plain_projects(s):
            registered += 1
            status_counter[p.status.label] += 1
            if counts_on(p, on):
                running.append(p)
        running.sort(key=lambda p: ([f for f in ProjectForm].index(p.form), p.title.lower()))
        ids = {p.id for p in running}
        id_list = list(ids)
        forms = {p.id: p.form for p in running}

        by_form = Counter(p.form.label for p in running)
        phd_institution = Counter(
            names.org(p.phd_institution_id) or "Ukjent"
            for p in running
            if p.form == ProjectForm.PHD
        )
        innovation_funding_phd = len(
            {
                p.phd_funded_by_project_id
                for p in running
                if p.form == ProjectForm.PHD
                and p.phd_funded_by_project_id in ids
                and forms.get(p.phd_funded_by_project_id or "") == ProjectForm.INNOVATION
            }
        )
        students = sum(
            p.edu_students_admitted or 0 for p in running if p.form == ProjectForm.EDUCATION
        )

        # Partners, priority areas and SDGs of the running projects.
        partner_counter: Counter[str] = Counter()
        innovation_partners: Counter[str] = Counter()
        org_kinds = dict(s.execute(select(m.Organisation.id, m.Organisation.kind)).all())
        priority_counter: Counter[str] = Counter()
        sdg_counter: Counter[int] = Counter()
        priority_names = dict(s.execute(select(m.PriorityArea.id, m.PriorityArea.name)).all())
        priority_order = list(
            s.scalars(select(m.PriorityArea.name).order_by(m.PriorityArea.sort_order))
        )
        sdg_names = dict(s.execute(select(m.Sdg.id, m.Sdg.name)).all())
        for chunk in _chunks(id_list, 900):
            seen: set[tuple[str, str]] = set()
            for pid, oid in s.execute(
                select(m.ProjectPartner.project_id, m.ProjectPartner.organisation_id).where(
                    m.ProjectPartner.project_id.in_(chunk)
                )
            ):
                if (pid, oid) in seen:
                    continue
                seen.add((pid, oid))
                partner_counter[names.org(oid)] += 1
                kind = org_kinds.get(oid)
                if forms.get(pid) == ProjectForm.INNOVATION and kind and kind.is_research_partner:
                    innovation_partners[names.org(oid)] += 1
            for _pid, area in s.execute(
                select(
                    m.project_priority_area.c.project_id,
                    m.project_priority_area.c.priority_area_id,
                ).where(m.project_priority_area.c.project_id.in_(chunk))
            ):
                priority_counter[priority_names.get(area, "")] += 1
            for _pid, goal in s.execute(
                select(m.project_sdg.c.project_id, m.project_sdg.c.sdg_id).where(
                    m.project_sdg.c.project_id.in_(chunk)
                )
            ):
                sdg_counter[goal] += 1

        # Granted funding of the running projects: by funder, scheme and year.
        schemes = {
            sid: (name or code, funder)
            for sid, code, name, funder in s.execute(
                select(
                    m.FundingScheme.id,
                    m.FundingScheme.code,
                    m.FundingScheme.name,
                    m.FundingScheme.funder_id,
                )
            )
        }
        funder_projects: dict[str, set[str]] = defaultdict(set)
        phd_scheme: Counter[str] = Counter()
        innovation_funder: dict[str, set[str]] = defaultdict(set)
        granted_by_source: Counter[str] = Counter()
        granted_by_year: dict[int, Counter[str]] = defaultdict(Counter)
        line_funder: dict[str, str] = {}
        without_years = 0
        line_has_years: set[str] = set()
        line_amount: dict[str, int] = {}
        for chunk in _chunks(id_list, 900):
            phd_seen: set[tuple[str, str]] = set()
            for lid, pid, scheme_id, funder_id, status, amount in s.execute(
                select(
                    m.FundingLine.id,
                    m.FundingLine.project_id,
                    m.FundingLine.scheme_id,
                    m.FundingLine.funder_id,
                    m.FundingLine.status,
                    m.FundingLine.granted_amount,
                ).where(m.FundingLine.project_id.in_(chunk))
            ):
                if status != FundingStatus.GRANTED:
                    continue
                code, scheme_funder = schemes.get(scheme_id or "", ("", None))
                funder = names.org(funder_id or scheme_funder) or "Ukjent finansiør"
                line_funder[lid] = funder
                line_amount[lid] = amount or 0
                funder_projects[funder].add(pid)
                granted_by_source[funder] += amount or 0
                if forms.get(pid) == ProjectForm.PHD and code and (pid, code) not in phd_seen:
                    phd_seen.add((pid, code))
                    phd_scheme[code] += 1
                if forms.get(pid) == ProjectForm.INNOVATION:
                    innovation_funder[funder].add(pid)
        line_ids = list(line_funder)
        for chunk in _chunks(line_ids, 900):
            for lid, year, amount in s.execute(
                select(
                    m.FundingYear.funding_line_id, m.FundingYear.year, m.FundingYear.amount
                ).where(m.FundingYear.funding_line_id.in_(chunk))
            ):
                line_has_years.add(lid)
                granted_by_year[year][line_funder[lid]] += amount or 0
        without_years = sum(line_amount[lid] for lid in line_ids if lid not in line_has_years)
        for chunk in _chunks(id_list, 900):
            for year, amount in s.execute(
                select(m.FundAllocation.year, m.FundAllocation.amount).where(
                    m.FundAllocation.project_id.in_(chunk)
                )
            ):
                granted_by_source[FUND_SOURCE] += amount or 0
                granted_by_year[year][FUND_SOURCE] += amount or 0
        funder_counter = Counter({f: len(p) for f, p in funder_projects.items()})

        lines = _project_lines(s, running, names)
    return PortfolioFacts(
        letterhead=head,
        on=on,
        projects=lines,
        by_form=_counts(by_form, [f.label for f in ProjectForm]),
        by_status=_counts(status_counter, [st.label for st in ProjectStatus]),
        by_partner=_counts(partner_counter),
        by_funder=_counts(funder_counter),
        by_priority=_counts(priority_counter, priority_order),
        by_sdg=[
            Count(f"{goal}. {sdg_names.get(goal, '')}", n)
            for goal, n in sorted(sdg_counter.items())
        ],
        phd_by_institution=_counts(phd_institution),
        phd_by_scheme=_counts(phd_scheme),
        innovation_by_funder=_counts(Counter({f: len(p) for f, p in innovation_funder.items()})),
        innovation_partners=_counts(innovation_partners),
        innovation_funding_phd=innovation_funding_phd,
        students_admitted=students,
        granted_by_source=sorted(granted_by_source.items(), key=lambda kv: (-kv[1], kv[0])),
        granted_by_year={y: dict(c) for y, c in sorted(granted_by_year.items())},
        without_years=without_years,
        registered=registered,
    )


# --- Fristliste -----------------------------------------------------------------------------------


@dataclass
class DeadlineFilter:
    """What the deadline list shows; the deadline page's filters."""

    start: date | None = None  # None: everything overdue, then from today
    end: date | None = None  # None: 90 days from today
    kinds: frozenset[DeadlineKind] = frozenset()  # empty: every kind
    statuses: frozenset[DeadlineStatus] = frozenset({DeadlineStatus.OPEN})
    responsible_id: str | None = None
    agreement_id: str | None = None
    project_id: str | None = None
    text: str = ""
    group_by: str = "week"  # "week" or "month"


@dataclass
class DeadlineListFacts:
    letterhead: Letterhead
    today: date
    start: date | None
    end: date
    overdue: list[DeadlineLine]
    lines: list[DeadlineLine]
    filter_text: list[str]
    group_by: str


def deadline_list_facts(db: Database, filters: DeadlineFilter) -> DeadlineListFacts:
    today = clock.today()
    end = filters.end or today + timedelta(days=DEFAULT_DEADLINE_DAYS)
    with db.session(audit=False) as s:
        names = _names(s)
        head = _letterhead(s)
        linked = _linked_titles(s)
        stmt = select(m.Deadline).where(m.Deadline.due_date <= end)
        if filters.start is not None:
            stmt = stmt.where(m.Deadline.due_date >= filters.start)
        if filters.kinds:
            stmt = stmt.where(m.Deadline.kind.in_(sorted(filters.kinds)))
        if filters.statuses:
            stmt = stmt.where(m.Deadline.status.in_(sorted(filters.statuses)))
        if filters.responsible_id:
            stmt = stmt.where(m.Deadline.responsible_id == filters.responsible_id)
        if filters.agreement_id:
            stmt = stmt.where(m.Deadline.agreement_id == filters.agreement_id)
        if filters.project_id:
            stmt = stmt.where(m.Deadline.project_id == filters.project_id)
        stmt = stmt.order_by(m.Deadline.due_date, m.Deadline.title, m.Deadline.id)
        rows = [_deadline_line(d, names, linked, today) for d in s.scalars(stmt)]
        filter_text: list[str] = []
        if filters.kinds:
            filter_text.append("Type: " + ", ".join(sorted(k.label for k in filters.kinds)))
        if filters.statuses and filters.statuses != frozenset({DeadlineStatus.OPEN}):
            filter_text.append("Status: " + ", ".join(sorted(st.label for st in filters.statuses)))
        if filters.responsible_id:
            filter_text.append("Ansvarlig: " + names.person(filters.responsible_id))
        if filters.agreement_id:
            filter_text.append("Avtale: " + linked.get(filters.agreement_id, ""))
        if filters.project_id:
            filter_text.append("Prosjekt: " + linked.get(filters.project_id, ""))
        if filters.text.strip():
            filter_text.append(f"Søk: «{filters.text.strip()}»")
    needle = filters.text.strip().lower()
    if needle:
        rows = [
            r
            for r in rows
            if needle in r.title.lower()
            or needle in r.linked_to.lower()
            or needle in r.responsible.lower()
            or needle in r.notes.lower()
        ]
    if filters.start is None:
        overdue = [r for r in rows if r.due < today]
        current = [r for r in rows if r.due >= today]
        if DeadlineStatus.OPEN in filters.statuses or not filters.statuses:
            # Before today only what is still open is "overdue"; done ones are history.
            overdue = [r for r in overdue if r.status == DeadlineStatus.OPEN]
    else:
        overdue, current = [], rows
    return DeadlineListFacts(
        letterhead=head,
        today=today,
        start=filters.start,
        end=end,
        overdue=overdue,
        lines=current,
        filter_text=filter_text,
        group_by=filters.group_by,
    )


# --- Avtaleregister -------------------------------------------------------------------------------


@dataclass
class AgreementLine:
    id: str
    title: str
    kind: AgreementKind
    status: AgreementStatus
    parties: list[str]
    start: date | None
    end: date | None
    next_evaluation: date | None
    evaluation_overdue: bool
    evaluation_soon: bool
    notice_period_months: int | None
    responsible: str
    archive_case_number: str
    parent_title: str
    termination_effective: date | None
    fulfil_after_parent_terminated: bool
    project_count: int


@dataclass
class TerminatedFramework:
    agreement: AgreementLine
    reason: str
    requested: date | None
    to_fulfil: list[AgreementLine]


@dataclass
class AgreementRegisterFacts:
    letterhead: Letterhead
    today: date
    agreements: list[AgreementLine]
    terminated: list[TerminatedFramework]


def agreement_register_facts(db: Database) -> AgreementRegisterFacts:
    today = clock.today()
    soon = today + timedelta(days=90)
    with db.session(audit=False) as s:
        names = _names(s)
        head = _letterhead(s)
        agreements = list(
            s.scalars(
                select(m.Agreement).options(
                    selectinload(m.Agreement.parties), selectinload(m.Agreement.evaluations)
                )
            )
        )
        titles = {a.id: a.title for a in agreements}
        project_counts = Counter(
            s.scalars(
                select(m.Project.agreement_id).where(m.Project.agreement_id.isnot(None))
            ).all()
        )
        lines: dict[str, AgreementLine] = {}
        for a in agreements:
            last = a.evaluations[-1].evaluated_on if a.evaluations else None
            upcoming = next_evaluation(a.start_date, last, a.evaluation_interval_months)
            active = a.status == AgreementStatus.ACTIVE
            lines[a.id] = AgreementLine(
                id=a.id,
                title=a.title,
                kind=a.kind,
                status=a.status,
                parties=sorted((names.org(p.organisation_id) for p in a.parties), key=str.lower),
                start=a.start_date,
                end=a.end_date,
                next_evaluation=upcoming if active else None,
                evaluation_overdue=bool(active and upcoming and upcoming < today),
                evaluation_soon=bool(active and upcoming and today <= upcoming <= soon),
                notice_period_months=a.notice_period_months,
                responsible=names.person(a.responsible_id),
                archive_case_number=a.archive_case_number or "",
                parent_title=titles.get(a.parent_id or "", ""),
                termination_effective=a.termination_effective,
                fulfil_after_parent_terminated=a.fulfil_after_parent_terminated,
                project_count=project_counts.get(a.id, 0),
            )
        kinds = list(AgreementKind)
        ordered = sorted(
            lines.values(),
            key=lambda a: (kinds.index(a.kind), a.parent_title.lower(), a.title.lower()),
        )
        terminated: list[TerminatedFramework] = []
        for a in agreements:
            if a.kind != AgreementKind.FRAMEWORK or a.status != AgreementStatus.TERMINATED:
                continue
            children = [
                lines[c.id]
                for c in agreements
                if c.parent_id == a.id
                and c.fulfil_after_parent_terminated
                and c.status in (AgreementStatus.ACTIVE, AgreementStatus.DRAFT)
            ]
            children.sort(key=lambda c: (c.end or date.max, c.title.lower()))
            terminated.append(
                TerminatedFramework(
                    agreement=lines[a.id],
                    reason=a.termination_reason or "",
                    requested=a.termination_requested,
                    to_fulfil=children,
                )
            )
        terminated.sort(key=lambda t: t.agreement.title.lower())
    return AgreementRegisterFacts(head, today, ordered, terminated)


# --- FoU-fond -----------------------------------------------------------------------------------


@dataclass
class FundYearLine:
    year: int
    appropriation: int
    allocated: int
    allocations: int
    overridden: int
    has_appropriation: bool

    @property
    def left(self) -> int:
        return self.appropriation - self.allocated

    @property
    def over(self) -> bool:
        return self.allocated > self.appropriation


@dataclass
class CommitmentLine:
    project: str
    status: ProjectStatus
    amounts: dict[int, int]

    @property
    def total(self) -> int:
        return sum(self.amounts.values())


@dataclass
class FundAllocationDetail:
    year: int
    project: str
    amount: int
    decision_date: date | None
    decision_ref: str
    override: bool
    override_reason: str


@dataclass
class FundFacts:
    letterhead: Letterhead
    today: date
    years: list[FundYearLine]
    plan_years: list[int]
    plan: list[FundYearLine]
    commitments: list[CommitmentLine]
    overrides: list[FundAllocationDetail]


def fund_facts(db: Database, from_year: int | None = None) -> FundFacts:
    today = clock.today()
    first_plan = from_year or today.year
    plan_years = list(range(first_plan, first_plan + BUDGET_PLAN_YEARS))
    with db.session(audit=False) as s:
        head = _letterhead(s)
        appropriations = dict(
            s.execute(select(m.FundAppropriation.year, m.FundAppropriation.amount)).all()
        )
        projects = {
            pid: (title, status)
            for pid, title, status in s.execute(
                select(m.Project.id, m.Project.title, m.Project.status).where(
                    m.Project.id.in_(select(m.FundAllocation.project_id))
                )
            )
        }
        allocated: Counter[int] = Counter()
        count: Counter[int] = Counter()
        overridden: Counter[int] = Counter()
        commitments: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
        overrides: list[FundAllocationDetail] = []
        for a in s.scalars(select(m.FundAllocation)):
            allocated[a.year] += a.amount
            count[a.year] += 1
            if a.override:
                overridden[a.year] += 1
                overrides.append(
                    FundAllocationDetail(
                        year=a.year,
                        project=projects.get(a.project_id, ("", ProjectStatus.IDEA))[0],
                        amount=a.amount,
                        decision_date=a.decision_date,
                        decision_ref=a.decision_ref or "",
                        override=True,
                        override_reason=a.override_reason or "",
                    )
                )
            if a.year in plan_years:
                commitments[a.project_id][a.year] += a.amount

    def year_line(y: int) -> FundYearLine:
        return FundYearLine(
            year=y,
            appropriation=int(appropriations.get(y, 0) or 0),
            allocated=int(allocated.get(y, 0)),
            allocations=count.get(y, 0),
            overridden=overridden.get(y, 0),
            has_appropriation=y in appropriations,
        )

    years = sorted(set(appropriations) | set(allocated))
    lines = [
        CommitmentLine(
            project=projects.get(pid, ("", ProjectStatus.IDEA))[0],
            status=projects.get(pid, ("", ProjectStatus.IDEA))[1],
            amounts=dict(amounts),
        )
        for pid, amounts in commitments.items()
    ]
    lines.sort(key=lambda c: (-c.total, c.project.lower()))
    overrides.sort(key=lambda o: (o.year, o.project.lower()))
    return FundFacts(
        letterhead=head,
        today=today,
        years=[year_line(y) for y in years],
        plan_years=plan_years,
        plan=[year_line(y) for y in plan_years],
        commitments=lines,
        overrides=overrides,
    )


# --- Prosjektark ----------------------------------------------------------------------------------


@dataclass
class FundingFacts:
    funder: str
    scheme: str
    scheme_code: str
    status: FundingStatus
    external_ref: str
    applied: int | None
    granted: int | None
    total_cost: int | None
    own_cash: int
    own_in_kind: int
    decision_date: date | None
    support_rate: float | None
    max_support_percent: int | None
    years: list[tuple[int, int]]

    @property
    def over_max(self) -> bool:
        return (
            self.support_rate is not None
            and self.max_support_percent is not None
            and self.support_rate * 100 > self.max_support_percent + 1e-9
        )


@dataclass
class ProjectSheetFacts:
    id: str
    title: str
    short_name: str
    form: ProjectForm
    status: ProjectStatus
    service_area: str
    manager: str
    agreement: str
    parent_project: str
    start: date | None
    end: date | None
    horizon: str
    rcn_project_number: str
    summary: str
    results: str
    notes: str
    partners: list[tuple[str, str]]
    priority_areas: list[str]
    sdgs: list[str]
    phd: list[tuple[str, str]]
    education: list[tuple[str, str]]
    funding: list[FundingFacts]
    allocations: list[AllocationLine]
    deadlines: list[DeadlineLine]
    lessons: list[LessonLine]
    sub_projects: list[str]


@dataclass
class ProjectSheetsFacts:
    letterhead: Letterhead
    today: date
    sheets: list[ProjectSheetFacts]


def project_sheet_facts(db: Database, project_ids: list[str]) -> ProjectSheetsFacts:
    today = clock.today()
    with db.session(audit=False) as s:
        names = _names(s)
        head = _letterhead(s)
        linked = _linked_titles(s)
        agreements = dict(s.execute(select(m.Agreement.id, m.Agreement.title)).all())
        schemes = {sc.id: sc for sc in s.scalars(select(m.FundingScheme))}
        projects = {
            p.id: p
            for p in s.scalars(
                select(m.Project)
                .where(m.Project.id.in_(project_ids))
                .options(
                    selectinload(m.Project.partners),
                    selectinload(m.Project.supervisors),
                    selectinload(m.Project.priority_areas),
                    selectinload(m.Project.sdgs),
                )
            )
        }
        funding: dict[str, list[m.FundingLine]] = defaultdict(list)
        for line in s.scalars(
            select(m.FundingLine)
            .where(m.FundingLine.project_id.in_(project_ids))
            .options(selectinload(m.FundingLine.years))
            .order_by(m.FundingLine.decision_date, m.FundingLine.id)
        ):
            funding[line.project_id].append(line)
        allocations: dict[str, list[m.FundAllocation]] = defaultdict(list)
        for a in s.scalars(
            select(m.FundAllocation)
            .where(m.FundAllocation.project_id.in_(project_ids))
            .order_by(m.FundAllocation.year)
        ):
            allocations[a.project_id].append(a)
        deadlines: dict[str, list[m.Deadline]] = defaultdict(list)
        for d in s.scalars(
            select(m.Deadline)
            .where(m.Deadline.project_id.in_(project_ids))
            .where(m.Deadline.status == DeadlineStatus.OPEN)
            .order_by(m.Deadline.due_date, m.Deadline.title)
        ):
            deadlines[d.project_id or ""].append(d)
        lessons: dict[str, list[m.Lesson]] = defaultdict(list)
        for pid, lesson in s.execute(
            select(m.lesson_project.c.project_id, m.Lesson)
            .join(m.Lesson, m.Lesson.id == m.lesson_project.c.lesson_id)
            .where(m.lesson_project.c.project_id.in_(project_ids))
        ):
            lessons[pid].append(lesson)
        children: dict[str, list[str]] = defaultdict(list)
        for pid, title in s.execute(
            select(m.Project.parent_project_id, m.Project.title).where(
                m.Project.parent_project_id.in_(project_ids)
            )
        ):
            children[pid or ""].append(title)

        sheets: list[ProjectSheetFacts] = []
        for pid in project_ids:
            p = projects.get(pid)
            if p is None:
                continue
            phd: list[tuple[str, str]] = []
            if p.form == ProjectForm.PHD:
                supervisors = sorted(p.supervisors, key=lambda sv: (sv.role.value != "main",))
                phd = [
                    ("Ph.d.-kandidat", names.person(p.phd_candidate_id)),
                    ("Gradsgivende institusjon", names.org(p.phd_institution_id)),
                    (
                        "Veiledere",
                        "; ".join(
                            f"{names.person_with_org(sv.person_id)} – {sv.role.label.lower()}"
                            for sv in supervisors
                        ),
                    ),
                    (
                        "Stillingsandel",
                        f"{p.phd_position_percent} %" if p.phd_position_percent else "",
                    ),
                    (
                        "Varighet",
                        f"{p.phd_duration_years} år" if p.phd_duration_years else "",
                    ),
                    (
                        "Fast ansatt i kommunen",
                        "Ja" if p.phd_permanently_employed else "Nei",
                    ),
                    ("Forventet disputas", format_date(p.phd_expected_defence)),
                    (
                        "Finansiert av prosjekt",
                        linked.get(p.phd_funded_by_project_id or "", ""),
                    ),
                ]
            education: list[tuple[str, str]] = []
            if p.form == ProjectForm.EDUCATION:
                education = [
                    ("Studieprogram", p.edu_programme or ""),
                    ("Studiested", p.edu_campus or ""),
                    (
                        "Studenter tatt opp",
                        str(p.edu_students_admitted) if p.edu_students_admitted is not None else "",
                    ),
                ]
            lines: list[FundingFacts] = []
            for fl in funding.get(pid, []):
                scheme = schemes.get(fl.scheme_id or "")
                lines.append(
                    FundingFacts(
                        funder=names.org(fl.funder_id or (scheme.funder_id if scheme else None)),
                        scheme=scheme.name if scheme else "",
                        scheme_code=scheme.code if scheme else "",
                        status=fl.status,
                        external_ref=fl.external_ref or "",
                        applied=fl.applied_amount,
                        granted=fl.granted_amount,
                        total_cost=fl.total_cost,
                        own_cash=fl.own_cash or 0,
                        own_in_kind=fl.own_in_kind or 0,
                        decision_date=fl.decision_date,
                        support_rate=support_rate(fl.granted_amount, fl.total_cost),
                        max_support_percent=scheme.max_support_percent if scheme else None,
                        years=[(y.year, y.amount) for y in fl.years],
                    )
                )
            sheets.append(
                ProjectSheetFacts(
                    id=p.id,
                    title=p.title,
                    short_name=p.short_name or "",
                    form=p.form,
                    status=p.status,
                    service_area=names.area(p.service_area_id),
                    manager=names.person(p.project_manager_id),
                    agreement=agreements.get(p.agreement_id or "", ""),
                    parent_project=linked.get(p.parent_project_id or "", ""),
                    start=p.start_date,
                    end=p.end_date,
                    horizon=p.horizon.label,
                    rcn_project_number=p.rcn_project_number or "",
                    summary=p.summary or "",
                    results=p.results or "",
                    notes=p.notes or "",
                    partners=sorted(
                        ((names.org(pp.organisation_id), pp.role.label) for pp in p.partners),
                        key=lambda t: t[0].lower(),
                    ),
                    priority_areas=[pa.name for pa in p.priority_areas],
                    sdgs=[f"{g.id}. {g.name}" for g in p.sdgs],
                    phd=phd,
                    education=education,
                    funding=lines,
                    allocations=[
                        AllocationLine(
                            project=p.title,
                            year=a.year,
                            amount=a.amount,
                            decision_date=a.decision_date,
                            decision_ref=a.decision_ref or "",
                            override=a.override,
                        )
                        for a in allocations.get(pid, [])
                    ],
                    deadlines=[
                        _deadline_line(d, names, linked, today) for d in deadlines.get(pid, [])
                    ],
                    lessons=[
                        LessonLine(le.title, le.description or "", le.recorded_on)
                        for le in sorted(
                            lessons.get(pid, []), key=lambda le: le.recorded_on or date.min
                        )
                    ],
                    sub_projects=sorted(children.get(pid, []), key=str.lower),
                )
            )
    return ProjectSheetsFacts(head, today, sheets)


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
