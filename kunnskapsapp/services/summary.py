"""The portfolio on a given day: the figures of the municipality's own description, for any date.

A project counts when it ran on the day D: start ≤ D, no end or end ≥ D, and status ongoing or
completed (ideas, applications, rejected and cancelled projects never count). An agreement is
active on D when it had started, had not ended, had not been terminated with effect by D and is
not a draft. Deadlines are seen as they stood on D: overdue when due before D and not done by D.

`portfolio_summary` returns plain JSON-serialisable data (every count an integer; amounts in
whole kroner); `summary_text` renders it as Norwegian plain text.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from kunnskapsapp.domain import reference
from kunnskapsapp.domain.enums import (
    AgreementKind,
    AgreementStatus,
    DeadlineStatus,
    FundingStatus,
    ProjectForm,
    ProjectStatus,
)
from kunnskapsapp.domain.models import (
    Agreement,
    Deadline,
    FundAllocation,
    FundAppropriation,
    FundingLine,
    FundingScheme,
    MunicipalityProfile,
    Organisation,
    Project,
    ProjectPartner,
)
from kunnskapsapp.domain.rules import format_date, format_kroner
from kunnskapsapp.services.database import Database

COUNTED_STATUSES = (ProjectStatus.ONGOING, ProjectStatus.COMPLETED)
UPCOMING_DAYS = 30
UNKNOWN = "Ikke registrert"


def ran_on(on: date) -> Any:
    """The SQL condition for "the project ran on `on`"."""
    return and_(
        Project.start_date.is_not(None),
        Project.start_date <= on,
        or_(Project.end_date.is_(None), Project.end_date >= on),
        Project.status.in_(COUNTED_STATUSES),
    )


def portfolio_summary(db: Database, on: date) -> dict[str, Any]:
    with db.session(audit=False) as session:
        return _summary(session, on)


def _summary(session: Session, on: date) -> dict[str, Any]:
    orgs = {
        org_id: (short or name, kind)
        for org_id, short, name, kind in session.execute(
            select(Organisation.id, Organisation.short_name, Organisation.name, Organisation.kind)
        )
    }
    schemes = {
        scheme_id: (code, funder_id)
        for scheme_id, code, funder_id in session.execute(
            select(FundingScheme.id, FundingScheme.code, FundingScheme.funder_id)
        )
    }

    def org_name(org_id: str | None) -> str:
        return orgs[org_id][0] if org_id in orgs else UNKNOWN

    counted = select(Project.id).where(ran_on(on)).scalar_subquery()
    projects = session.execute(
        select(
            Project.id,
            Project.form,
            Project.phd_institution_id,
            Project.phd_funded_by_project_id,
            Project.edu_students_admitted,
        ).where(ran_on(on))
    ).all()
    form_of = {p.id: p.form for p in projects}

    by_form: Counter[str] = Counter(p.form.value for p in projects)
    phd_by_institution: Counter[str] = Counter(
        org_name(p.phd_institution_id) for p in projects if p.form == ProjectForm.PHD
    )
    # Innovation projects that fund a fellow whose PhD project also ran on the day.
    funding_phd = {
        p.phd_funded_by_project_id
        for p in projects
        if p.form == ProjectForm.PHD and p.phd_funded_by_project_id
    }
    innovation_funding_phd = sum(
        1 for p in projects if p.form == ProjectForm.INNOVATION and p.id in funding_phd
    )
    students = sum(
        p.edu_students_admitted or 0 for p in projects if p.form == ProjectForm.EDUCATION
    )

    # Each project's own granted funding: the scheme codes and the funders, once per project.
    project_schemes: dict[str, set[str]] = {}
    project_funders: dict[str, set[str]] = {}
    granted_total = 0
    for project_id, scheme_id, funder_id, granted in session.execute(
        select(
            FundingLine.project_id,
            FundingLine.scheme_id,
            FundingLine.funder_id,
            FundingLine.granted_amount,
        ).where(FundingLine.status == FundingStatus.GRANTED, FundingLine.project_id.in_(counted))
    ):
        granted_total += granted or 0
        if scheme_id in schemes:
            code, scheme_funder = schemes[scheme_id]
            project_schemes.setdefault(project_id, set()).add(code)
            funder_id = funder_id or scheme_funder
        if funder_id:
            project_funders.setdefault(project_id, set()).add(org_name(funder_id))
    phd_by_scheme: Counter[str] = Counter()
    innovation_by_funder: Counter[str] = Counter()
    for project_id, form in form_of.items():
        if form == ProjectForm.PHD:
            phd_by_scheme.update(project_schemes.get(project_id, ()))
        elif form == ProjectForm.INNOVATION:
            innovation_by_funder.update(project_funders.get(project_id, ()))

    innovation_partners: Counter[str] = Counter()
    seen: set[tuple[str, str]] = set()
    for project_id, org_id in session.execute(
        select(ProjectPartner.project_id, ProjectPartner.organisation_id).where(
            ProjectPartner.project_id.in_(counted)
        )
    ):
        if form_of.get(project_id) != ProjectForm.INNOVATION or (project_id, org_id) in seen:
            continue
        seen.add((project_id, org_id))
        if org_id in orgs and orgs[org_id][1].is_research_partner:
            innovation_partners[orgs[org_id][0]] += 1

    agreements_active: Counter[str] = Counter()
    for kind, status, start, signed, end, requested, effective in session.execute(
        select(
            Agreement.kind,
            Agreement.status,
            Agreement.start_date,
            Agreement.signed_date,
            Agreement.end_date,
            Agreement.termination_requested,
            Agreement.termination_effective,
        ).where(Agreement.status != AgreementStatus.DRAFT)
    ):
        if _agreement_active(on, status, start or signed, end, requested, effective):
            agreements_active[kind.value] += 1

    not_done_by_day = or_(
        Deadline.status == DeadlineStatus.OPEN,
        and_(
            Deadline.status == DeadlineStatus.DONE,
            Deadline.done_date.is_not(None),
            Deadline.done_date > on,
        ),
    )
    overdue = session.execute(
        select(func.count()).where(Deadline.due_date < on, not_done_by_day)
    ).scalar_one()
    upcoming = session.execute(
        select(func.count()).where(
            Deadline.due_date >= on,
            Deadline.due_date <= on + timedelta(days=UPCOMING_DAYS),
            not_done_by_day,
        )
    ).scalar_one()

    appropriation = session.execute(
        select(func.coalesce(func.sum(FundAppropriation.amount), 0)).where(
            FundAppropriation.year == on.year
        )
    ).scalar_one()
    allocated = session.execute(
        select(func.coalesce(func.sum(FundAllocation.amount), 0)).where(
            FundAllocation.year == on.year
        )
    ).scalar_one()

    profile = session.get(MunicipalityProfile, reference.PROFILE_ID)
    return {
        "date": on.isoformat(),
        "municipality": profile.name if profile else "",
        "unit": profile.unit_name if profile else "",
        "projects_total": len(projects),
        "by_form": _plain(by_form),
        "phd_by_institution": _plain(phd_by_institution),
        "phd_by_scheme": _plain(phd_by_scheme),
        "innovation_by_funder": _plain(innovation_by_funder),
        "innovation_funding_phd": innovation_funding_phd,
        "innovation_partners": _plain(innovation_partners),
        "students_admitted": int(students),
        "agreements_active": _plain(agreements_active),
        "deadlines_overdue": int(overdue),
        "deadlines_next_30_days": int(upcoming),
        "funding_granted_total": int(granted_total),
        "fund": {
            "year": on.year,
            "appropriation": int(appropriation),
            "allocated": int(allocated),
            "remaining": int(appropriation) - int(allocated),
        },
    }


def _agreement_active(
    on: date,
    status: AgreementStatus,
    start: date | None,
    end: date | None,
    requested: date | None,
    effective: date | None,
) -> bool:
    if status == AgreementStatus.DRAFT or start is None or start > on:
        return False
    if end is not None and end < on:
        return False
    # A termination ends the agreement from its effective date (or, lacking one, from when it
    # was requested); before that it still runs.
    stops = effective or (requested if status == AgreementStatus.TERMINATED else None)
    if stops is not None and stops <= on:
        return False
    return not (status == AgreementStatus.TERMINATED and stops is None)


def _plain(counter: Counter[str]) -> dict[str, int]:
    """Non-zero counts, largest first, then by name: stable JSON and readable text."""
    return {
        name: int(n)
        for name, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0].casefold()))
        if n
    }


# --- Text -----------------------------------------------------------------------------------


def _label(enum_cls: Any, code: str) -> str:
    try:
        return str(enum_cls(code).label)
    except ValueError:
        return code


def summary_text(result: dict[str, Any]) -> str:
    """The summary as Norwegian plain text, for the terminal or a quick printout."""
    on = date.fromisoformat(result["date"])
    lines: list[str] = []
    heading = f"Porteføljen per {format_date(on)}"
    who = ", ".join(part for part in (result.get("municipality"), result.get("unit")) if part)
    lines += [heading, "=" * len(heading)]
    if who:
        lines.append(who)

    def section(title: str, rows: list[tuple[str, str]], empty: str = "Ingen") -> None:
        lines.extend(["", title, "-" * len(title)])
        if not rows:
            lines.append(f"  {empty}")
            return
        width = max(len(name) for name, _ in rows)
        value_width = max(len(value) for _, value in rows)
        lines.extend(f"  {name.ljust(width)}  {value.rjust(value_width)}" for name, value in rows)

    def counts(data: dict[str, int], enum_cls: Any = None) -> list[tuple[str, str]]:
        return [(_label(enum_cls, name) if enum_cls else name, str(n)) for name, n in data.items()]

    section(
        f"Prosjekter i porteføljen ({result['projects_total']})",
        counts(result["by_form"], ProjectForm),
    )
    section("Ph.d.-prosjekter etter gradsgivende institusjon", counts(result["phd_by_institution"]))
    section("Ph.d.-prosjekter etter finansieringsordning", counts(result["phd_by_scheme"]))
    section("Innovasjonsprosjekter etter finansiør", counts(result["innovation_by_funder"]))
    section(
        "Faglige samarbeidspartnere i innovasjonsprosjektene",
        counts(result["innovation_partners"]),
    )
    section(
        "Annet",
        [
            (
                "Innovasjonsprosjekter som finansierer ph.d.-stipendiater",
                str(result["innovation_funding_phd"]),
            ),
            ("Studenter tatt opp i utdanningstilbud", str(result["students_admitted"])),
            ("Innvilget ekstern finansiering", format_kroner(result["funding_granted_total"])),
        ],
    )
    section("Aktive avtaler", counts(result["agreements_active"], AgreementKind))
    section(
        "Frister",
        [
            ("Forfalt og ikke utført", str(result["deadlines_overdue"])),
            (f"Forfaller de neste {UPCOMING_DAYS} dagene", str(result["deadlines_next_30_days"])),
        ],
    )
    fund = result["fund"]
    section(
        f"Forsknings- og innovasjonsfondet {fund['year']}",
        [
            ("Bevilgning", format_kroner(fund["appropriation"])),
            ("Fordelt til prosjekter", format_kroner(fund["allocated"])),
            ("Ikke fordelt", format_kroner(fund["appropriation"] - fund["allocated"])),
        ],
    )
    return "\n".join(lines) + "\n"
