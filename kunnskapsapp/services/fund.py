"""The research and innovation fund: appropriation, allocations, what is left, commitments,
and the rows the fund page shows (the years, their allocations, every funding line)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.collation import norwegian_key
from kunnskapsapp.domain.rules import budget_plan_years
from kunnskapsapp.services import clock, crud
from kunnskapsapp.services import funding as _funding  # noqa: F401  (the lines' enricher)
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.records import Record


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
    appropriation_years = select(m.FundAppropriation.year, m.FundAppropriation.amount)
    # count(*), not count(id): the (year, amount) index then answers alone, without a look-up
    # of each allocation's row for its id (20 ms instead of 2 ms over 22 000 allocations).
    allocation_years = select(
        m.FundAllocation.year, func.sum(m.FundAllocation.amount), func.count()
    ).group_by(m.FundAllocation.year)
    if first is not None:  # the range in SQL: the plan's four years read four years' rows
        appropriation_years = appropriation_years.where(m.FundAppropriation.year >= first)
        allocation_years = allocation_years.where(m.FundAllocation.year >= first)
    if last is not None:
        appropriation_years = appropriation_years.where(m.FundAppropriation.year <= last)
        allocation_years = allocation_years.where(m.FundAllocation.year <= last)
    with db.session() as s:
        appropriations = dict(s.execute(appropriation_years).all())
        allocated = {
            year: (int(total or 0), int(n)) for year, total, n in s.execute(allocation_years)
        }
    years = sorted(set(appropriations) | set(allocated))
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
    years = budget_plan_years(from_year or clock.today().year)
    known = {fy.year: fy for fy in fund_years(db, years[0], years[-1])}
    return [
        known.get(y, FundYear(year=y, appropriation=0, allocated=0, allocations=0)) for y in years
    ]


def year_status(db: Database, year: int) -> FundYear:
    for fy in fund_years(db, year, year):
        return fy
    return FundYear(year=year, appropriation=0, allocated=0, allocations=0)


def over_committed(years: list[FundYear]) -> list[FundYear]:
    """The years whose allocations exceed their appropriation, in the order given."""
    return [fy for fy in years if fy.over_committed]


# --- The fund page's rows ---------------------------------------------------------------------

# The id of a year that has allocations or is in the budget plan but no appropriation yet.
YEAR_ROW_PREFIX = "year:"


def fund_year_rows(db: Database) -> list[Record]:
    """A row per year with an appropriation or allocations, plus the budget plan's years, in
    order: the year's appropriation (its id, or `year:<year>` when none is registered), what is
    allocated and left, and whether the year is over-committed, in the plan or this year."""
    this_year = clock.today().year
    years = {fy.year: fy for fy in fund_years(db)}
    plan_years = set(budget_plan_years(this_year))
    for year in plan_years:  # the plan's years are there, registered or not
        years.setdefault(year, FundYear(year=year, appropriation=0, allocated=0, allocations=0))
    appropriations = {r.year: r for r in crud.list_rows(db, m.FundAppropriation)}
    rows = []
    for year, fy in sorted(years.items()):
        appropriation = appropriations.get(year)
        rows.append(
            Record(
                id=appropriation.id if appropriation else f"{YEAR_ROW_PREFIX}{year}",
                display_name=str(year),
                year=year,
                registered=appropriation is not None,
                appropriation=fy.appropriation,
                allocated=fy.allocated,
                left=fy.left,
                allocations=fy.allocations,
                over_committed=fy.over_committed,
                in_plan=year in plan_years,
                this_year=year == this_year,
                notes=(appropriation.notes or "").strip() if appropriation else "",
            )
        )
    return rows


def year_of_row(record: Record) -> FundYear:
    """The `FundYear` a row of `fund_year_rows` stands for."""
    return FundYear(record.year, record.appropriation, record.allocated, record.allocations)


def plan_of_rows(rows: list[Record]) -> list[FundYear]:
    """The budget plan (as `budget_plan`) from the rows `fund_year_rows` gave, in order."""
    return sorted((year_of_row(r) for r in rows if r.in_plan), key=lambda fy: fy.year)


def next_new_year(rows: list[Record]) -> int:
    """The year a new appropriation is for: the one after the last registered, else this year."""
    registered = [r.year for r in rows if r.registered]
    return max(registered) + 1 if registered else clock.today().year


def appropriation(db: Database, appropriation_id: str) -> Record:
    return crud.get(db, m.FundAppropriation, appropriation_id)


def save_appropriation(
    db: Database, values: dict[str, Any], record_id: str | None, version: int | None
) -> Record:
    if record_id is None:
        return crud.create(db, m.FundAppropriation, values)
    return crud.update(db, m.FundAppropriation, record_id, values, version)


def allocations(db: Database, year: int) -> list[Record]:
    """The allocations of a year, each with its project's name."""
    return crud.list_rows(db, m.FundAllocation, where={"year": year})


def allocation_year(db: Database, allocation_id: str) -> int | None:
    """The year of an allocation, or None if there is no such allocation."""
    rows = crud.list_rows(db, m.FundAllocation, where={"id": allocation_id})
    return int(rows[0].year) if rows else None


def save_allocation(
    db: Database, values: dict[str, Any], record_id: str | None, version: int | None
) -> Record:
    if record_id is None:
        return crud.create(db, m.FundAllocation, values)
    return crud.update(db, m.FundAllocation, record_id, values, version)


@dataclass(frozen=True)
class AllocationRoom:
    """What a year's appropriation leaves for one allocation (its own amount counted back)."""

    year: int
    appropriation: int
    free: int


def room_for_allocation(
    db: Database, year: int, own_amount: int = 0, own_year: int | None = None
) -> AllocationRoom:
    """How much of `year`'s appropriation is free for an allocation: what is left, plus the
    allocation's own amount when it is already saved on that year."""
    status = year_status(db, year)
    free = status.left + (own_amount if own_year == year else 0)
    return AllocationRoom(year=year, appropriation=status.appropriation, free=free)


# --- Every funding line -----------------------------------------------------------------------


def funding_lines(db: Database) -> list[Record]:
    """Every funding line across the projects, with funder, scheme and support rate."""
    return crud.list_rows(db, m.FundingLine)


def funding_line(db: Database, funding_id: str) -> Record:
    return crud.get(db, m.FundingLine, funding_id)


@dataclass(frozen=True)
class FundingFilterChoices:
    """What the funding lines' filters offer: funders and schemes in Norwegian order, the
    decision years newest first."""

    funders: list[str]
    schemes: list[tuple[Any, str]]  # (scheme id, code)
    years: list[int]


def funding_filter_choices(rows: list[Record]) -> FundingFilterChoices:
    funders = sorted({r.funder_label for r in rows if r.get("funder_label")}, key=norwegian_key)
    schemes = sorted(
        {(r.scheme_id, r.scheme_code or "") for r in rows if r.get("scheme_id")},
        key=lambda s: norwegian_key(s[1]),
    )
    years = sorted({r.decision_date.year for r in rows if r.get("decision_date")}, reverse=True)
    return FundingFilterChoices(funders=funders, schemes=schemes, years=years)
