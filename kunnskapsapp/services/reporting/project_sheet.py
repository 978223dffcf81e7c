"""The facts of the project sheets (prosjektark), one per project."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.collation import norwegian_key
from kunnskapsapp.domain.enums import (
    DeadlineStatus,
    FundingStatus,
    ProjectForm,
    ProjectStatus,
)
from kunnskapsapp.domain.rules import (
    counts_as_external_funding,
    format_date,
    funding_parts_warning,
    other_external_funding,
    over_scheme_maximum,
    own_contribution,
    support_rate,
)
from kunnskapsapp.services import clock
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.reporting.common import (
    AllocationLine,
    DeadlineLine,
    LessonLine,
    Letterhead,
    _deadline_line,
    _letterhead,
    _linked_titles,
    _names,
)


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
    own_contribution: int = 0  # what the user entered, else derived (domain.rules)
    parts_warning: str = ""

    @property
    def over_max(self) -> bool:
        return over_scheme_maximum(self.support_rate, self.max_support_percent)


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
            project_granted = sum(
                fl.granted_amount or 0
                for fl in funding.get(pid, [])
                if counts_as_external_funding(fl.status)
            )
            for fl in funding.get(pid, []):
                other = other_external_funding(project_granted, fl.status, fl.granted_amount)
                parts = (fl.total_cost, fl.granted_amount, fl.own_cash, fl.own_in_kind, other)
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
                        own_contribution=own_contribution(*parts),
                        parts_warning=funding_parts_warning(*parts),
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
                        key=lambda t: norwegian_key(t[0]),
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
                    sub_projects=sorted(children.get(pid, []), key=norwegian_key),
                )
            )
    return ProjectSheetsFacts(head, today, sheets)
