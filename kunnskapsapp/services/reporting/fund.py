"""The facts of the fund report (FoU-fondet)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.collation import norwegian_key
from kunnskapsapp.domain.enums import (
    ProjectStatus,
)
from kunnskapsapp.domain.rules import (
    budget_plan_years,
)
from kunnskapsapp.services import clock
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.reporting.common import (
    Letterhead,
    _letterhead,
)


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
    plan_years = budget_plan_years(first_plan)
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
    lines.sort(key=lambda c: (-c.total, norwegian_key(c.project)))
    overrides.sort(key=lambda o: (o.year, norwegian_key(o.project)))
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
