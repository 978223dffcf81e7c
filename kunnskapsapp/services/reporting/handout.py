"""The facts of the meeting handout (møteunderlag) and the minutes (referat)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import or_, select

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.collation import norwegian_key
from kunnskapsapp.domain.enums import (
    AgreementKind,
    AgreementStatus,
    ContactRole,
    DeadlineStatus,
    MeetingStatus,
    OutcomeKind,
    ProjectForm,
)
from kunnskapsapp.domain.rules import (
    format_date,
    next_evaluation,
)
from kunnskapsapp.services import clock
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.reporting.common import (
    HANDOUT_DEADLINE_DAYS,
    AllocationLine,
    DeadlineLine,
    LessonLine,
    Letterhead,
    Names,
    ProjectLine,
    _deadline_line,
    _letterhead,
    _linked_titles,
    _names,
    _plain_projects,
    _project_lines,
)


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
            agreement.start_date,
            last,
            agreement.evaluation_interval_months,
            agreement.signed_date,
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
            projects.sort(key=lambda p: (list(ProjectForm).index(p.form), norwegian_key(p.title)))
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
            key=lambda p: (norwegian_key(p.organisation), norwegian_key(p.name)),
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
        allocations.sort(key=lambda a: (norwegian_key(a.project), a.amount))

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
            key=lambda le: (le.recorded_on or date.min, norwegian_key(le.title)),
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
