"""The facts of the portfolio overview (porteføljeoversikt)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.collation import norwegian_key
from kunnskapsapp.domain.enums import (
    ProjectForm,
    ProjectStatus,
)
from kunnskapsapp.services import clock, dashboard, fund
from kunnskapsapp.services.dashboard import DeadlineWeeks
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.fund import FundYear
from kunnskapsapp.services.reporting.common import (
    Letterhead,
    ProjectLine,
    _chunks,
    _letterhead,
    _names,
    _project_lines,
)
from kunnskapsapp.services.summary import plain_rows, portfolio_figures


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
    # Oversikt's charts, from the dashboard's own functions: the budget plan from the
    # report's year, and the open deadlines per week from today (a deadline's status is
    # known only as it is now, so the weeks ahead of an earlier date cannot be counted).
    plan: list[FundYear]
    weeks: DeadlineWeeks


def _counts(counter: Counter[str], order: list[str] | None = None) -> list[Count]:
    if order is not None:
        return [Count(k, counter[k]) for k in order if counter.get(k)]
    return [
        Count(k, n)
        for k, n in sorted(counter.items(), key=lambda kv: (-kv[1], norwegian_key(kv[0])))
    ]


FUND_SOURCE = "Kommunens FoU-fond"
UNKNOWN_INSTITUTION = "Ukjent"
UNKNOWN_FUNDER = "Ukjent finansiør"


def portfolio_facts(db: Database, on: date) -> PortfolioFacts:
    """The portfolio on `on`: the counts come from `summary.portfolio_figures`, the same as
    `summary --json`; this adds the report's own breakdowns and the project table."""
    with db.session(audit=False) as s:
        figures = portfolio_figures(s, on)
        names = _names(s)
        head = _letterhead(s)
        forms = list(ProjectForm)
        running = sorted(
            figures.running, key=lambda p: (forms.index(p.form), norwegian_key(p.title))
        )
        ids = [p.id for p in running]

        def named(counts: Iterable[tuple[str | None, int]], unknown: str) -> Counter[str]:
            result: Counter[str] = Counter()
            for org_id, n in counts:
                result[names.org(org_id) or unknown] += n
            return result

        # Priority areas and SDGs of the running projects.
        priority_counter: Counter[str] = Counter()
        sdg_counter: Counter[int] = Counter()
        priority_names = dict(s.execute(select(m.PriorityArea.id, m.PriorityArea.name)).all())
        priority_order = list(
            s.scalars(select(m.PriorityArea.name).order_by(m.PriorityArea.sort_order))
        )
        sdg_names = dict(s.execute(select(m.Sdg.id, m.Sdg.name)).all())
        # Counted in SQL, a few rows per chunk instead of one per link.
        areas, goals = m.project_priority_area.c, m.project_sdg.c
        for chunk in _chunks(ids, 900):
            for area, n in s.execute(
                select(areas.priority_area_id, func.count())
                .where(areas.project_id.in_(chunk))
                .group_by(areas.priority_area_id)
            ):
                priority_counter[priority_names.get(area, "")] += n
            for goal, n in s.execute(
                select(goals.sdg_id, func.count())
                .where(goals.project_id.in_(chunk))
                .group_by(goals.sdg_id)
            ):
                sdg_counter[goal] += n

        # Granted funding of the running projects: by funder and by year.
        funder_projects: dict[str, set[str]] = defaultdict(set)
        granted_by_source: Counter[str] = Counter()
        granted_by_year: dict[int, Counter[str]] = defaultdict(Counter)
        line_funder: dict[str, str] = {}
        line_amount: dict[str, int] = {}
        for line in figures.granted:
            funder = names.org(line.funder_id) or UNKNOWN_FUNDER
            line_funder[line.id] = funder
            line_amount[line.id] = line.amount
            funder_projects[funder].add(line.project_id)
            granted_by_source[funder] += line.amount
        line_has_years: set[str] = set()
        line_ids = list(line_funder)
        for chunk in _chunks(line_ids, 900):
            for lid, year, amount in plain_rows(
                s,
                select(
                    m.FundingYear.funding_line_id, m.FundingYear.year, m.FundingYear.amount
                ).where(m.FundingYear.funding_line_id.in_(chunk)),
            ):
                line_has_years.add(lid)
                granted_by_year[year][line_funder[lid]] += amount or 0
        without_years = sum(line_amount[lid] for lid in line_ids if lid not in line_has_years)
        for chunk in _chunks(ids, 900):
            for year, amount in s.execute(
                select(m.FundAllocation.year, func.sum(m.FundAllocation.amount))
                .where(m.FundAllocation.project_id.in_(chunk))
                .group_by(m.FundAllocation.year)
            ):
                granted_by_source[FUND_SOURCE] += int(amount or 0)
                granted_by_year[year][FUND_SOURCE] += int(amount or 0)

        phd_by_scheme: Counter[str] = Counter()
        for scheme_id, n in figures.phd_by_scheme.items():
            phd_by_scheme[figures.scheme_name(scheme_id)] += n
        lines = _project_lines(s, running, names)
    return PortfolioFacts(
        letterhead=head,
        on=on,
        projects=lines,
        by_form=_counts(
            Counter({f.label: n for f, n in figures.by_form.items()}), [f.label for f in forms]
        ),
        by_status=_counts(
            Counter({st.label: n for st, n in figures.by_status.items()}),
            [st.label for st in ProjectStatus],
        ),
        by_partner=_counts(named(figures.partners.items(), "")),
        by_funder=_counts(Counter({f: len(p) for f, p in funder_projects.items()})),
        by_priority=_counts(priority_counter, priority_order),
        by_sdg=[
            Count(f"{goal}. {sdg_names.get(goal, '')}", n)
            for goal, n in sorted(sdg_counter.items())
        ],
        phd_by_institution=_counts(named(figures.phd_by_institution.items(), UNKNOWN_INSTITUTION)),
        phd_by_scheme=_counts(phd_by_scheme),
        innovation_by_funder=_counts(named(figures.innovation_by_funder.items(), UNKNOWN_FUNDER)),
        innovation_partners=_counts(named(figures.innovation_partners.items(), "")),
        innovation_funding_phd=figures.innovation_funding_phd,
        students_admitted=figures.students_admitted,
        granted_by_source=sorted(
            granted_by_source.items(), key=lambda kv: (-kv[1], norwegian_key(kv[0]))
        ),
        granted_by_year={y: dict(c) for y, c in sorted(granted_by_year.items())},
        without_years=without_years,
        registered=figures.registered,
        plan=fund.budget_plan(db, on.year),
        weeks=dashboard.deadline_weeks(db, clock.today()),
    )
