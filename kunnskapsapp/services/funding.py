"""Funding lines: support rate against the scheme's maximum, own contribution, and the
deadlines a scheme's templates generate when funding is registered."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.enums import FundingStatus, Recurrence, TemplateAnchor
from kunnskapsapp.domain.rules import (
    EXTERNAL_FUNDING_STATUSES,
    add_months,
    funding_parts_warning,
    non_working_reason,
    occurrences,
    other_external_funding,
    own_contribution,
    own_contribution_overridden,
    percent_text,
    support_rate,
    support_rate_warning,
)
from kunnskapsapp.services import crud
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.records import Record, streamed

# A recurring template without a project end date is expanded this far.
OPEN_ENDED_YEARS = 4


@crud.enricher(
    m.FundingLine,
    adds=(
        "scheme_code",
        "funder_label",
        "support_rate",
        "support_rate_text",
        "max_support_percent",
        "other_external_funding",
        "own_contribution",
        "own_contribution_derived",
        "years",
        "support_warning",
        "parts_warning",
    ),
)
def _enrich(session: Session, records: list[Record]) -> None:
    scheme_ids = {r.scheme_id for r in records if r.scheme_id}
    schemes = {
        s.id: s
        for s in session.scalars(select(m.FundingScheme).where(m.FundingScheme.id.in_(scheme_ids)))
    }
    funder_ids = {r.funder_id for r in records if r.funder_id} | {
        s.funder_id for s in schemes.values()
    }
    funders = {
        o.id: o.short_name or o.name
        for o in session.scalars(select(m.Organisation).where(m.Organisation.id.in_(funder_ids)))
    }
    project_granted = _granted_by_project(session, {r.project_id for r in records})
    years: dict[str, list[tuple[int, int]]] = {}
    for fy in session.scalars(
        select(m.FundingYear)
        .where(m.FundingYear.funding_line_id.in_([r.id for r in records]))
        .order_by(m.FundingYear.year)
    ):
        years.setdefault(fy.funding_line_id, []).append((fy.year, fy.amount))
    for r in records:
        scheme = schemes.get(r.scheme_id) if r.scheme_id else None
        r["scheme_code"] = scheme.code if scheme else ""
        r["funder_label"] = funders.get(r.funder_id or (scheme.funder_id if scheme else ""), "")
        rate = support_rate(r.granted_amount, r.total_cost)
        r["support_rate"] = rate
        r["support_rate_text"] = percent_text(rate)
        r["max_support_percent"] = scheme.max_support_percent if scheme else None
        other = other_external_funding(
            project_granted.get(r.project_id, 0), r.status, r.granted_amount
        )
        parts = (r.total_cost, r.granted_amount, r.own_cash, r.own_in_kind, other)
        r["other_external_funding"] = other
        r["own_contribution"] = own_contribution(*parts)
        r["own_contribution_derived"] = not own_contribution_overridden(r.own_cash, r.own_in_kind)
        r["years"] = years.get(r.id, [])
        maximum = scheme.max_support_percent if scheme else None
        r["support_warning"] = support_rate_warning(rate, maximum, scheme.code if scheme else "")
        # Granted + other external funding + own contribution against the total cost.
        r["parts_warning"] = funding_parts_warning(*parts)


def _granted_by_project(session: Session, project_ids: Iterable[str] | None) -> dict[str, int]:
    """What each project's granted funding lines bring in (all projects when `None`)."""
    stmt = select(m.FundingLine.project_id, m.FundingLine.granted_amount).where(
        m.FundingLine.status.in_(EXTERNAL_FUNDING_STATUSES)
    )
    totals: dict[str, int] = {}
    for project_id, granted in _lines_of(session, stmt, project_ids):
        totals[project_id] = totals.get(project_id, 0) + (granted or 0)
    return totals


def _lines_of(session: Session, stmt: Any, project_ids: Iterable[str] | None) -> list[Any]:
    """`stmt`'s rows of funding lines, for these projects (all when `None`), read 900 ids at
    a time (SQLite's limit on a query's parameters)."""
    if project_ids is None:
        return list(session.execute(streamed(stmt)))
    ids = list(project_ids)
    lines: list[Any] = []
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        chunk_stmt = stmt.where(m.FundingLine.project_id.in_(chunk))
        lines.extend(session.execute(streamed(chunk_stmt, len(chunk))))
    return lines


def own_contribution_totals(
    session: Session, project_ids: Iterable[str] | None = None
) -> dict[str, int]:
    """Each project's own contribution summed over its funding lines, by the domain rule (what
    the user entered, else total cost − granted − other external funding); all projects when
    `project_ids` is None."""
    return {key: own for key, (_granted, own) in funding_totals(session, project_ids).items()}


def funding_totals(
    session: Session, project_ids: Iterable[str] | None = None
) -> dict[str, tuple[int, int]]:
    """Each project's granted funding (its granted lines) and own contribution (as
    `own_contribution_totals`), from one read of its funding lines: a form's open read them
    three times, once per figure. All projects when `project_ids` is None; a project without
    funding lines is not in the result."""
    stmt = select(
        m.FundingLine.project_id,
        m.FundingLine.status,
        m.FundingLine.total_cost,
        m.FundingLine.granted_amount,
        m.FundingLine.own_cash,
        m.FundingLine.own_in_kind,
    )
    lines = _lines_of(session, stmt, project_ids)
    granted: dict[str, int] = {}
    external: dict[str, int] = {}  # what each project's lines bring in from outside
    for project_id, status, _total, amount, _cash, _kind in lines:
        if status == FundingStatus.GRANTED:
            granted[project_id] = granted.get(project_id, 0) + (amount or 0)
        if status in EXTERNAL_FUNDING_STATUSES:
            external[project_id] = external.get(project_id, 0) + (amount or 0)
    own: dict[str, int] = {}
    for project_id, status, total, amount, cash, kind in lines:
        other = other_external_funding(external.get(project_id, 0), status, amount)
        line_own = own_contribution(total, amount, cash, kind, other)
        own[project_id] = own.get(project_id, 0) + line_own
    return {key: (granted.get(key, 0), value) for key, value in own.items()}


def _anchor_date(anchor: TemplateAnchor, project: m.Project, decision: date | None) -> date | None:
    if anchor is TemplateAnchor.START:
        return project.start_date
    if anchor is TemplateAnchor.END:
        return project.end_date
    return decision


def propose_deadlines(
    db: Database, project_id: str, scheme_id: str | None, decision_date: date | None = None
) -> list[dict[str, Any]]:
    """The deadlines the scheme's templates give this project, not yet saved.

    A recurring template (every semester, every year) is expanded over the project period.
    Each proposal carries a `non_working` reason when it falls on a weekend or holiday.
    """
    if not scheme_id:
        return []
    with db.session() as s:
        project = crud.load(s, m.Project, project_id)
        scheme = crud.load(s, m.FundingScheme, scheme_id)
        proposals: list[dict[str, Any]] = []
        for template in scheme.templates:
            base = _anchor_date(template.anchor, project, decision_date)
            if base is None:
                continue
            first = add_months(base, template.offset_months)
            first = date.fromordinal(first.toordinal() + template.offset_days)
            if template.recurrence is Recurrence.NONE:
                dates = [first]
            else:
                until = project.end_date or add_months(first, 12 * OPEN_ENDED_YEARS)
                dates = list(occurrences(first, template.recurrence.months, until))
            for n, due in enumerate(dates, start=1):
                title = template.title if len(dates) == 1 else f"{template.title} ({n})"
                proposals.append(
                    {
                        "title": title,
                        "kind": template.kind,
                        "due_date": due,
                        "project_id": project.id,
                        "agreement_id": project.agreement_id,
                        "responsible_id": project.project_manager_id,
                        "reminder_days": template.reminder_days,
                        "template_id": template.id,
                        "non_working": non_working_reason(due) or "",
                    }
                )
        return sorted(proposals, key=lambda p: p["due_date"])


def save_funding(
    db: Database,
    values: dict[str, Any],
    *,
    funding_id: str | None = None,
    expected_version: int | None = None,
    deadlines: list[dict[str, Any]] | None = None,
) -> Record:
    """Create or update a funding line and, in the same transaction, the confirmed deadlines."""
    with db.session() as s:
        if funding_id is None:
            line = crud.create_in(s, m.FundingLine, values)
        else:
            line = crud.update_in(s, m.FundingLine, funding_id, values, expected_version)
        for proposal in deadlines or []:
            data = {k: v for k, v in proposal.items() if k != "non_working"}
            data["funding_line_id"] = line.id
            crud.create_in(s, m.Deadline, data)
        return crud.records(s, m.FundingLine, [line])[0]


def set_years(db: Database, funding_id: str, amounts: dict[int, int]) -> Record:
    """Replace the per-year breakdown of a funding line."""
    with db.session() as s:
        line = crud.load(s, m.FundingLine, funding_id)
        existing = {fy.year: fy for fy in line.years}
        for year, fy in existing.items():
            if year not in amounts:
                crud.delete_in(s, m.FundingYear, fy.id)
        for year, amount in sorted(amounts.items()):
            if year in existing:
                if existing[year].amount != amount:
                    crud.update_in(s, m.FundingYear, existing[year].id, {"amount": amount})
            else:
                crud.create_in(
                    s,
                    m.FundingYear,
                    {"funding_line_id": funding_id, "year": year, "amount": amount},
                )
        s.refresh(line)
        return crud.records(s, m.FundingLine, [line])[0]
