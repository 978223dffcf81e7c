"""The portfolio on a given day: the figures of the municipality's own description, for any date.

A project counts when it ran on the day D and an agreement when it was active on D: the rules
are `project_runs_on` and `agreement_active_on` in `domain.rules`, evaluated here over the loaded
rows. Deadlines are seen as they stood on D: overdue when due before D and not done by D.

`portfolio_figures` counts the portfolio keyed by ids; the portfolio report names those same
figures in its own words. `portfolio_summary` returns plain JSON-serialisable data (every count
an integer; amounts in whole kroner); `summary_text` renders it as Norwegian plain text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, TypeVarTuple

from sqlalchemy import CursorResult, and_, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import TypedReturnsRows

from kunnskapsapp.domain import reference
from kunnskapsapp.domain.collation import norwegian_key
from kunnskapsapp.domain.enums import (
    AgreementKind,
    AgreementStatus,
    DeadlineStatus,
    OrganisationKind,
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
from kunnskapsapp.domain.rules import (
    COUNTED_PROJECT_STATUSES,
    EXTERNAL_FUNDING_STATUSES,
    agreement_active_on,
    format_date,
    format_kroner,
    project_runs_on,
)
from kunnskapsapp.services.database import Database

UPCOMING_DAYS = 30
UNKNOWN = "Ikke registrert"

# The plain columns of a project the portfolio counts and the portfolio report lists.
PROJECT_COLUMNS = (
    Project.id,
    Project.title,
    Project.short_name,
    Project.form,
    Project.status,
    Project.service_area_id,
    Project.project_manager_id,
    Project.agreement_id,
    Project.start_date,
    Project.end_date,
    Project.phd_institution_id,
    Project.phd_funded_by_project_id,
    Project.edu_students_admitted,
)


_Ts = TypeVarTuple("_Ts")


def plain_rows(session: Session, stmt: TypedReturnsRows[*_Ts]) -> CursorResult[*_Ts]:
    """The rows of a select of columns, as Core reads them: the ORM would call a Python
    function per cell of every row (a report reads some 100 000 cells) to give the same
    values. For reads only: the session is not flushed first."""
    return session.connection().execute(stmt)


@dataclass
class GrantedLine:
    """A granted funding line of a project that ran on the day."""

    id: str
    project_id: str
    scheme_id: str | None
    funder_id: str | None  # the line's funder, else its scheme's; None when neither is known
    amount: int


@dataclass
class PortfolioFigures:
    """The portfolio on a day, keyed by ids: `summary --json` and the portfolio report name
    them each in their own words, but count from this one place."""

    on: date
    running: list[Any]  # rows of PROJECT_COLUMNS, the projects that ran on the day
    registered: int
    by_status: Counter[ProjectStatus]  # every registered project
    by_form: Counter[ProjectForm]
    phd_by_institution: Counter[str | None]  # organisation id (None: not registered)
    phd_by_scheme: Counter[str]  # scheme id, once per project
    innovation_by_funder: Counter[str | None]  # funder id, once per project (None: unknown)
    innovation_funding_phd: int
    innovation_partners: Counter[str]  # research partners' organisation ids
    partners: Counter[str]  # every partner's organisation id, once per project
    students_admitted: int
    granted: list[GrantedLine] = field(default_factory=list)
    organisations: dict[str, tuple[str, OrganisationKind]] = field(default_factory=dict)
    schemes: dict[str, tuple[str, str, str | None]] = field(default_factory=dict)

    @property
    def granted_total(self) -> int:
        return sum(line.amount for line in self.granted)

    def org_name(self, org_id: str | None, unknown: str = UNKNOWN) -> str:
        """An organisation's short name (else its name)."""
        return self.organisations[org_id][0] if org_id in self.organisations else unknown

    def scheme_code(self, scheme_id: str) -> str:
        return self.schemes[scheme_id][0] if scheme_id in self.schemes else ""

    def scheme_name(self, scheme_id: str) -> str:
        """The scheme's name (else its code)."""
        if scheme_id not in self.schemes:
            return ""
        code, name, _funder = self.schemes[scheme_id]
        return name or code


def portfolio_figures(session: Session, on: date) -> PortfolioFigures:
    """Count the portfolio on `on`: the projects that ran that day (the domain's rule, over the
    loaded rows), by form, PhD institution and scheme, innovation funders and partners, and
    their granted funding. A few flat queries; no ORM objects."""
    organisations = {
        org_id: (short or name, kind)
        for org_id, short, name, kind in session.execute(
            select(Organisation.id, Organisation.short_name, Organisation.name, Organisation.kind)
        )
    }
    schemes: dict[str, tuple[str, str, str | None]] = {
        scheme_id: (code, name, funder_id)
        for scheme_id, code, name, funder_id in session.execute(
            select(
                FundingScheme.id, FundingScheme.code, FundingScheme.name, FundingScheme.funder_id
            )
        )
    }
    by_status: Counter[ProjectStatus] = Counter()
    for status, n in session.execute(select(Project.status, func.count()).group_by(Project.status)):
        by_status[status] = n
    # The rule in SQL reads only the projects that ran (a fraction of a large register, whose
    # rows would all be held at once); the domain's rule still decides, row by row.
    ran = and_(
        Project.start_date.is_not(None),
        Project.start_date <= on,
        or_(Project.end_date.is_(None), Project.end_date >= on),
        Project.status.in_(COUNTED_PROJECT_STATUSES),
    )
    running: list[Any] = [
        row
        for row in plain_rows(session, select(*PROJECT_COLUMNS).where(ran))
        if project_runs_on(row.start_date, row.end_date, row.status, on)
    ]
    form_of = {p.id: p.form for p in running}

    phd_by_institution: Counter[str | None] = Counter(
        p.phd_institution_id if p.phd_institution_id in organisations else None
        for p in running
        if p.form == ProjectForm.PHD
    )
    # Innovation projects that fund a fellow whose PhD project also ran on the day.
    funding_phd = {
        p.phd_funded_by_project_id
        for p in running
        if p.form == ProjectForm.PHD and p.phd_funded_by_project_id
    }
    innovation_funding_phd = sum(
        1 for p in running if p.form == ProjectForm.INNOVATION and p.id in funding_phd
    )
    students = sum(p.edu_students_admitted or 0 for p in running if p.form == ProjectForm.EDUCATION)

    # Each project's own granted funding: the schemes and the funders, once per project.
    granted: list[GrantedLine] = []
    project_schemes: dict[str, set[str]] = {}
    project_funders: dict[str, set[str | None]] = {}
    ran_ids = select(Project.id).where(ran).scalar_subquery()
    for line_id, project_id, scheme_id, funder_id, amount in plain_rows(
        session,
        select(
            FundingLine.id,
            FundingLine.project_id,
            FundingLine.scheme_id,
            FundingLine.funder_id,
            FundingLine.granted_amount,
        ).where(
            FundingLine.status.in_(EXTERNAL_FUNDING_STATUSES),
            FundingLine.project_id.in_(ran_ids),
        ),
    ):
        if project_id in form_of:
            if scheme_id in schemes:
                project_schemes.setdefault(project_id, set()).add(scheme_id)
                funder_id = funder_id or schemes[scheme_id][2]
            project_funders.setdefault(project_id, set()).add(funder_id or None)
            granted.append(GrantedLine(line_id, project_id, scheme_id, funder_id, amount or 0))
    phd_by_scheme: Counter[str] = Counter()
    innovation_by_funder: Counter[str | None] = Counter()
    for project_id, form in form_of.items():
        if form == ProjectForm.PHD:
            phd_by_scheme.update(project_schemes.get(project_id, ()))
        elif form == ProjectForm.INNOVATION:
            innovation_by_funder.update(project_funders.get(project_id, ()))

    partners: Counter[str] = Counter()
    innovation_partners: Counter[str] = Counter()
    seen: set[tuple[str, str]] = set()
    for project_id, org_id in plain_rows(
        session,
        select(ProjectPartner.project_id, ProjectPartner.organisation_id).where(
            ProjectPartner.project_id.in_(ran_ids)
        ),
    ):
        if project_id not in form_of or (project_id, org_id) in seen:
            continue
        seen.add((project_id, org_id))
        partners[org_id] += 1
        if (
            form_of.get(project_id) == ProjectForm.INNOVATION
            and org_id in organisations
            and organisations[org_id][1].is_research_partner
        ):
            innovation_partners[org_id] += 1

    return PortfolioFigures(
        on=on,
        running=running,
        registered=sum(by_status.values()),
        by_status=by_status,
        by_form=Counter(p.form for p in running),
        phd_by_institution=phd_by_institution,
        phd_by_scheme=phd_by_scheme,
        innovation_by_funder=innovation_by_funder,
        innovation_funding_phd=innovation_funding_phd,
        innovation_partners=innovation_partners,
        partners=partners,
        students_admitted=int(students),
        granted=granted,
        organisations=organisations,
        schemes=schemes,
    )


def portfolio_summary(db: Database, on: date) -> dict[str, Any]:
    with db.session(audit=False) as session:
        return _summary(session, on)


def _named(figures: PortfolioFigures, counts: Iterable[tuple[str | None, int]]) -> Counter[str]:
    named: Counter[str] = Counter()
    for org_id, n in counts:
        named[figures.org_name(org_id)] += n
    return named


def _summary(session: Session, on: date) -> dict[str, Any]:
    figures = portfolio_figures(session, on)
    phd_by_scheme: Counter[str] = Counter()
    for scheme_id, n in figures.phd_by_scheme.items():
        phd_by_scheme[figures.scheme_code(scheme_id)] += n
    innovation_by_funder = Counter(
        {funder: n for funder, n in figures.innovation_by_funder.items() if funder is not None}
    )

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
        if agreement_active_on(on, status, start, signed, end, requested, effective):
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
        "projects_total": len(figures.running),
        "by_form": _plain(Counter({f.value: n for f, n in figures.by_form.items()})),
        "phd_by_institution": _plain(_named(figures, figures.phd_by_institution.items())),
        "phd_by_scheme": _plain(phd_by_scheme),
        "innovation_by_funder": _plain(_named(figures, innovation_by_funder.items())),
        "innovation_funding_phd": figures.innovation_funding_phd,
        "innovation_partners": _plain(_named(figures, figures.innovation_partners.items())),
        "students_admitted": figures.students_admitted,
        "agreements_active": _plain(agreements_active),
        "deadlines_overdue": int(overdue),
        "deadlines_next_30_days": int(upcoming),
        "funding_granted_total": int(figures.granted_total),
        "fund": {
            "year": on.year,
            "appropriation": int(appropriation),
            "allocated": int(allocated),
            "remaining": int(appropriation) - int(allocated),
        },
    }


def _plain(counter: Counter[str]) -> dict[str, int]:
    """Non-zero counts, largest first, then by name: stable JSON and readable text."""
    return {
        name: int(n)
        for name, n in sorted(counter.items(), key=lambda kv: (-kv[1], norwegian_key(kv[0])))
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
