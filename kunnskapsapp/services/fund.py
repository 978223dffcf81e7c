"""The research and innovation fund: appropriation, allocations, what is left, commitments."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from kunnskapsapp.domain import models as m
from kunnskapsapp.services import clock
from kunnskapsapp.services.database import Database

BUDGET_PLAN_YEARS = 4


@dataclass(frozen=True)
class FundYear:
    year: int
    appropriation: int
    allocated: int
    allocations: int  # how many

    @property
    def left(self) -> int:
        return self.appropriation - self.allocated

    @property
    def over_committed(self) -> bool:
        return self.allocated > self.appropriation


def fund_years(db: Database, first: int | None = None, last: int | None = None) -> list[FundYear]:
    """Every year with an appropriation or an allocation, in order (optionally a range)."""
    with db.session() as s:
        appropriations = dict(
            s.execute(select(m.FundAppropriation.year, m.FundAppropriation.amount)).all()
        )
        allocated = {
            year: (int(total or 0), int(n))
            for year, total, n in s.execute(
                select(
                    m.FundAllocation.year,
                    func.sum(m.FundAllocation.amount),
                    func.count(m.FundAllocation.id),
                ).group_by(m.FundAllocation.year)
            )
        }
    years = sorted(set(appropriations) | set(allocated))
    if first is not None:
        years = [y for y in years if y >= first]
    if last is not None:
        years = [y for y in years if y <= last]
    return [
        FundYear(
            year=y,
            appropriation=int(appropriations.get(y, 0)),
            allocated=allocated.get(y, (0, 0))[0],
            allocations=allocated.get(y, (0, 0))[1],
        )
        for y in years
    ]


def budget_plan(db: Database, from_year: int | None = None) -> list[FundYear]:
    """This year and the rest of the four-year budget plan, with every year present."""
    start = from_year or clock.today().year
    known = {fy.year: fy for fy in fund_years(db, start, start + BUDGET_PLAN_YEARS - 1)}
    return [
        known.get(y, FundYear(year=y, appropriation=0, allocated=0, allocations=0))
        for y in range(start, start + BUDGET_PLAN_YEARS)
    ]


def year_status(db: Database, year: int) -> FundYear:
    for fy in fund_years(db, year, year):
        return fy
    return FundYear(year=year, appropriation=0, allocated=0, allocations=0)
