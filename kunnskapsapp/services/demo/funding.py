"""Funding and the fund: funding lines with their yearly amounts and the schemes' deadlines,
the research fund's allocations through the budget plan, and its appropriations."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from kunnskapsapp.domain.enums import FundingStatus, ProjectStatus, Recurrence, TemplateAnchor
from kunnskapsapp.domain.models import (
    DeadlineTemplate,
    FundAllocation,
    FundAppropriation,
    FundingLine,
    FundingYear,
)
from kunnskapsapp.domain.rules import add_months, occurrences
from kunnskapsapp.services.demo.builder import Builder, Links, ProjectFacts
from kunnskapsapp.services.demo.common import (
    SCHEME_FUNDER,
    SCHEME_IDS,
    code,
    demo_id,
    stable,
    year_shares,
    yearly_amounts,
)


def build_funding(b: Builder) -> None:
    templates: dict[str, list[DeadlineTemplate]] = defaultdict(list)
    for template in b.s.scalars(select(DeadlineTemplate).order_by(DeadlineTemplate.sort_order)):
        templates[template.scheme_id].append(template)
    for data in b.src["projects"]:
        facts = b.projects[data["key"]]
        for n, line_data in enumerate(data.get("funding", [])):
            line = _funding_line(b, facts, n, line_data)
            if line.status == FundingStatus.GRANTED and line.scheme_id:
                _template_deadlines(b, facts, line, templates[line.scheme_id])


def _funding_line(b: Builder, facts: ProjectFacts, n: int, data: dict[str, Any]) -> FundingLine:
    project = facts.obj
    applied_on = b.when(data.get("applied_on"))
    decided_on = b.when(data.get("decided_on"))
    scheme_id = SCHEME_IDS[data["scheme"]] if "scheme" in data else None
    funder_id = b.orgs[data["funder"]] if "funder" in data else None
    if funder_id is None and scheme_id:
        funder_id = SCHEME_FUNDER[scheme_id]
    if applied_on is None or applied_on > b.today:
        status, applied_on, decided_on = FundingStatus.PLANNED, None, None
    elif decided_on is None or decided_on > b.today:
        status, decided_on = FundingStatus.APPLIED, None
    else:
        status = code(FundingStatus, data.get("outcome", "granted"))
    granted = None
    if status == FundingStatus.GRANTED:
        granted = int(data.get("granted", data["applied"]))
    line = FundingLine(
        id=demo_id("funding_line", f"{facts.key}/{n}"),
        project_id=project.id,
        scheme_id=scheme_id,
        funder_id=funder_id,
        status=status,
        external_ref=data.get("ref", "") if status == FundingStatus.GRANTED else "",
        application_date=applied_on,
        decision_date=decided_on,
        applied_amount=data.get("applied"),
        granted_amount=granted,
        total_cost=data.get("total"),
        own_cash=int(data.get("own_cash", 0)),
        own_in_kind=int(data.get("own_in_kind", 0)),
        notes=data.get("notes", ""),
    )
    created = applied_on or (project.start_date or b.today) - timedelta(days=120)
    b.add(line, created, decided_on)
    amount = granted if granted is not None else line.applied_amount
    if (
        amount
        and project.start_date
        and project.end_date
        and status in (FundingStatus.GRANTED, FundingStatus.APPLIED, FundingStatus.PLANNED)
    ):
        for year, share in year_shares(amount, project.start_date, project.end_date).items():
            key = f"{facts.key}/{n}/{year}"
            values = {"funding_line_id": line.id, "year": year, "amount": share}
            b.row(FundingYear, key, created, updated=decided_on, **values)
    return line


def _template_deadlines(
    b: Builder, facts: ProjectFacts, line: FundingLine, templates: list[DeadlineTemplate]
) -> None:
    """The scheme's deadline rules applied to the project: past occurrences done (a few
    recent ones left undone), the next one open and carrying the recurrence."""
    project = facts.obj
    anchors = {
        TemplateAnchor.START: project.start_date,
        TemplateAnchor.END: project.end_date,
        TemplateAnchor.DECISION: line.decision_date,
    }
    for template in templates:
        anchor = anchors[template.anchor]
        if anchor is None:
            continue
        first = add_months(anchor, template.offset_months) + timedelta(days=template.offset_days)
        every = template.recurrence.months
        links = dataclasses.replace(Links.of_project(project, line), template_id=template.id)
        until = project.end_date or add_months(first, 48)
        for n, due in enumerate(occurrences(first, every, until if every else first)):
            key = f"template/{facts.key}/{template.id}/{n}"
            if due < b.today:
                left_undone = due >= b.today - timedelta(days=45) and stable(key) % 2 == 0
                late = stable(key) % 9 - 5  # most a few days early, some late
                done = None if left_undone else due + timedelta(days=late)
                recurrence = Recurrence.NONE
            else:
                done = None
                recurrence = template.recurrence
            b.deadline(
                key,
                f"{template.title}: {project.short_name or project.title}",
                template.kind,
                due,
                links,
                done=done,
                reminder_days=template.reminder_days,
                recurrence=recurrence,
                recurrence_until=project.end_date if recurrence != Recurrence.NONE else None,
                created=line.decision_date,
            )
            if due >= b.today:
                break


def build_fund_allocations(b: Builder) -> None:
    data = b.src["fund"]
    fixed = {int(year): int(amount) for year, amount in data["appropriations"].items()}
    for year in b.fund_years:
        b.appropriations[year] = fixed.get(year, int(data["later"]))
    used: dict[int, int] = defaultdict(int)
    sequence: dict[int, int] = defaultdict(int)
    facts_in_order = sorted(
        b.projects.values(),
        key=lambda f: (f.obj.start_date or b.today, f.key),
    )
    for facts in facts_in_order:
        project = facts.obj
        if (
            not facts.fund_per_year
            or project.start_date is None
            or project.end_date is None
            or project.status in (ProjectStatus.REJECTED, ProjectStatus.CANCELLED)
        ):
            continue
        decision = facts.decision or project.start_date - timedelta(days=45)
        if decision > b.today or project.status == ProjectStatus.IDEA:
            decision_date = None
        else:
            decision_date = decision
        ref = ""
        if decision_date:
            sequence[decision_date.year] += 1
            ref = f"FIF {decision_date.year}/{sequence[decision_date.year]:02d}"
        amounts = yearly_amounts(
            facts.fund_per_year, project.start_date, project.end_date, b.fund_years
        )
        for year, wanted in amounts.items():
            amount = min(wanted, b.appropriations[year] - used[year])
            if amount <= 0:
                continue
            used[year] += amount
            if decision_date is None:
                note = "Reservert i budsjettplanen; ikke vedtatt."
            elif year > b.today.year:
                note = "Forpliktelse i budsjettplanen."
            else:
                note = "Medfinansiering (egenandel)."
            b.add(
                FundAllocation(
                    id=demo_id("fund_allocation", f"{facts.key}/{year}"),
                    project_id=project.id,
                    year=year,
                    amount=amount,
                    decision_date=decision_date,
                    decision_ref=ref,
                    override=False,
                    override_reason="",
                    notes=note,
                ),
                decision_date or b.today - timedelta(days=14),
            )


def build_appropriations(b: Builder, extra: dict[int, int]) -> None:
    data = b.src["fund"]
    fixed = {int(year) for year in data["appropriations"]}
    for year, amount in b.appropriations.items():
        notes = (
            f"Vedtatt i budsjettet for {year}."
            if year in fixed and year <= b.today.year
            else str(data.get("later_note", ""))
        )
        if extra.get(year):
            # Synthetic allocations stay within the appropriation: raise it to match.
            amount += -(-extra[year] // 100_000) * 100_000
            notes += " Økt for syntetiske testdata."
        b.add(
            FundAppropriation(
                id=demo_id("fund_appropriation", str(year)),
                year=year,
                amount=amount,
                notes=notes.strip(),
            ),
            date(year - 1, 12, 15),
        )
