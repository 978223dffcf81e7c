"""Synthetic projects for benchmarks (`demo --scale N`): made-up projects with agreements,
funding, fund allocations and deadlines, deterministic for a given N and day."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import insert

from kunnskapsapp.domain.enums import (
    AgreementKind,
    AgreementStatus,
    DeadlineKind,
    DeadlineStatus,
    FundingStatus,
    Horizon,
    Initiator,
    PartyRole,
    ProjectForm,
    ProjectPartnerRole,
    ProjectStatus,
    Recurrence,
)
from kunnskapsapp.domain.errors import Number, Phrase
from kunnskapsapp.domain.models import (
    Agreement,
    AgreementParty,
    Deadline,
    FundAllocation,
    FundingLine,
    FundingYear,
    Project,
    ProjectPartner,
    Supervisor,
    project_priority_area,
    project_sdg,
)
from kunnskapsapp.domain.rules import add_months
from kunnskapsapp.services.demo.builder import Builder
from kunnskapsapp.services.demo.common import (
    DEMO_USER,
    PRIORITY,
    SCHEME_FUNDER,
    SCHEME_IDS,
    demo_id,
    year_shares,
    yearly_amounts,
)

_THEMES = [
    "Digital hjemmeoppfølging",
    "Tidlig innsats i barnehagen",
    "Klimavennlig anskaffelse",
    "Energistyring i formålsbygg",
    "Læringsmiljø i ungdomsskolen",
    "Mobilitet i nye byområder",
    "Overvann og klimatilpasning",
    "Helsefremmende nærmiljø",
    "Datadrevet vedlikehold",
    "Ombruk av byggematerialer",
    "Samskaping med innbyggere",
    "Kunstig intelligens i saksbehandling",
    "Rehabilitering i hjemmet",
    "Rekruttering til helse og omsorg",
    "Sirkulær økonomi",
    "Trygg digital skolehverdag",
]
_ASPECTS = [
    "utprøving i tjenesten",
    "kunnskapsgrunnlag",
    "modell for samarbeid",
    "brukermedvirkning",
    "effekt og kostnader",
    "ledelse og organisering",
    "fra pilot til drift",
    "data og personvern",
]
_FORMS = [
    (ProjectForm.INNOVATION, 35),
    (ProjectForm.PHD, 25),
    (ProjectForm.PILOT, 20),
    (ProjectForm.MASTER, 10),
    (ProjectForm.EDUCATION, 3),
    (ProjectForm.OTHER, 7),
]
_MONTHS = {
    ProjectForm.PHD: (36, 48),
    ProjectForm.INNOVATION: (24, 48),
    ProjectForm.PILOT: (4, 12),
    ProjectForm.MASTER: (5, 6),
    ProjectForm.EDUCATION: (36, 48),
    ProjectForm.OTHER: (6, 24),
}
_RESEARCH_ORGS = ["ntnu", "vid", "uio", "usn", "nmbu", "uis", "toi", "oslomet"]
_OTHER_ORGS = ["energy_valley", "smartcity", "asker", "ruter"]
_FRAMEWORKS = {"ntnu": "ntnu-ramme", "vid": "vid-ramme"}


class Synthetic:
    """N made-up projects with proportionate agreements (one per three projects), funding,
    fund allocations and deadlines, inserted in bulk without the change log."""

    CHUNK = 1500  # a multiple of 3: an agreement's projects stay in one chunk

    def __init__(self, builder: Builder, n: int) -> None:
        self.b = builder
        self.n = n
        self.today = builder.today
        self.rng = random.Random("kunnskapsapp-demo-scale")
        self.extra: dict[int, int] = defaultdict(int)
        stamp = datetime.combine(self.today, time(7, 0))
        self.stamps = {
            "created_at": stamp,
            "updated_at": stamp,
            "created_by": DEMO_USER,
            "updated_by": DEMO_USER,
            "version": 1,
        }
        self.staff = [
            p.id for key, p in builder.people.items() if p.organisation_id == builder.orgs["baerum"]
        ]
        self.areas = sorted(builder.areas.values())
        self.priority = sorted(PRIORITY.values())
        self.start_span = (date(self.today.year + 3, 12, 31) - date(2017, 1, 1)).days

    @classmethod
    def chunks(cls, n: int) -> int:
        return -(-n // cls.CHUNK) if n else 0

    def build(self) -> dict[int, int]:
        for first in range(0, self.n, self.CHUNK):
            last = min(first + self.CHUNK, self.n)
            self.b.step(
                Phrase(
                    "Syntetiske prosjekter %1–%2", Number(first + 1), Number(last), context="Demo"
                )
            )
            self.chunk(first, min(first + self.CHUNK, self.n))
        return dict(self.extra)

    def sid(self, kind: str, key: str) -> str:
        return demo_id(f"synthetic-{kind}", key)

    def chunk(self, first: int, last: int) -> None:
        rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
        agreement_id = ""
        for i in range(first, last):
            if i % 3 == 0:
                agreement_id = ""
            agreement_id = self.project(i, rows, agreement_id)
        s = self.b.s
        for model, name in (
            (Agreement, "agreement"),
            (AgreementParty, "agreement_party"),
            (Project, "project"),
            (ProjectPartner, "project_partner"),
            (Supervisor, "supervisor"),
            (FundingLine, "funding_line"),
            (FundingYear, "funding_year"),
            (FundAllocation, "fund_allocation"),
            (Deadline, "deadline"),
        ):
            if rows[name]:
                s.execute(insert(model), rows[name])
        if rows["project_priority_area"]:
            s.execute(insert(project_priority_area), rows["project_priority_area"])
        if rows["project_sdg"]:
            s.execute(insert(project_sdg), rows["project_sdg"])

    def project(self, i: int, rows: dict[str, list[dict[str, Any]]], agreement_id: str) -> str:
        rng, b, today = self.rng, self.b, self.today
        form = rng.choices([f for f, _ in _FORMS], [w for _, w in _FORMS])[0]
        start = date(2017, 1, 1) + timedelta(days=rng.randrange(self.start_span))
        low, high = _MONTHS[form]
        end = add_months(start, rng.randint(low, high)) - timedelta(days=1)
        roll = rng.random()
        if roll < 0.04:
            status = ProjectStatus.REJECTED
        elif roll < 0.06:
            status = ProjectStatus.CANCELLED
        elif start > today:
            status = ProjectStatus.APPLICATION if (start - today).days < 365 else ProjectStatus.IDEA
        elif end < today:
            status = ProjectStatus.COMPLETED
        else:
            status = ProjectStatus.ONGOING
        research = rng.choice(_RESEARCH_ORGS)
        project_id = self.sid("project", str(i))
        manager = rng.choice(self.staff)
        if not agreement_id:
            agreement_id = self.sid("agreement", str(i // 3))
            framework = _FRAMEWORKS.get(research)
            signed = start - timedelta(days=30)
            a_end = add_months(start, 48)
            if signed > today:
                a_status = AgreementStatus.DRAFT
            elif a_end < today:
                a_status = AgreementStatus.EXPIRED
            else:
                a_status = AgreementStatus.ACTIVE
            rows["agreement"].append(
                {
                    **self.stamps,
                    "id": agreement_id,
                    "title": f"Syntetisk prosjektavtale {i // 3 + 1:05d}",
                    "kind": AgreementKind.PROJECT if framework else AgreementKind.OTHER,
                    "parent_id": b.agreements[framework].id if framework else None,
                    "status": a_status,
                    "initiator": Initiator.MUTUAL,
                    "purpose": "Syntetiske testdata.",
                    "signed_date": signed if signed <= today else None,
                    "start_date": start,
                    "end_date": a_end,
                    "fulfil_after_parent_terminated": True,
                    "archive_case_number": f"{start.year % 100:02d}/{50000 + i // 3 % 49999:05d}",
                    "responsible_id": manager,
                }
            )
            for org_key in ("baerum", research):
                rows["agreement_party"].append(
                    {
                        **self.stamps,
                        "id": self.sid("agreement_party", f"{i // 3}/{org_key}"),
                        "agreement_id": agreement_id,
                        "organisation_id": b.orgs[org_key],
                        "role": PartyRole.PARTY,
                    }
                )
        is_phd = form in (ProjectForm.PHD, ProjectForm.MASTER)
        rows["project"].append(
            {
                **self.stamps,
                "id": project_id,
                "title": f"{rng.choice(_THEMES)} – {rng.choice(_ASPECTS)}",
                "short_name": f"Syntetisk {i + 1:05d}",
                "form": form,
                "status": status,
                "service_area_id": rng.choice(self.areas),
                "project_manager_id": manager,
                "agreement_id": agreement_id,
                "start_date": start,
                "end_date": end,
                "horizon": Horizon.LONG if form == ProjectForm.PHD else Horizon.SHORT,
                "rcn_project_number": "",
                "summary": "Syntetiske testdata for ytelsesmåling.",
                "phd_institution_id": b.orgs[research] if form == ProjectForm.PHD else None,
                "phd_position_percent": 100 if form == ProjectForm.PHD else None,
                "phd_duration_years": (end.year - start.year) if form == ProjectForm.PHD else None,
                "phd_permanently_employed": form == ProjectForm.PHD and rng.random() < 0.6,
                "phd_expected_defence": (add_months(end, 3) if form == ProjectForm.PHD else None),
                "edu_programme": "Deltidsutdanning" if form == ProjectForm.EDUCATION else "",
                "edu_campus": "Sandvika" if form == ProjectForm.EDUCATION else "",
                "edu_students_admitted": (
                    rng.randint(20, 80) if form == ProjectForm.EDUCATION else None
                ),
            }
        )
        role = (
            ProjectPartnerRole.DEGREE_INSTITUTION if is_phd else ProjectPartnerRole.RESEARCH_PARTNER
        )
        rows["project_partner"].append(
            {
                **self.stamps,
                "id": self.sid("project_partner", f"{i}/{research}"),
                "project_id": project_id,
                "organisation_id": b.orgs[research],
                "role": role,
            }
        )
        if rng.random() < 0.3:
            other = rng.choice(_OTHER_ORGS)
            rows["project_partner"].append(
                {
                    **self.stamps,
                    "id": self.sid("project_partner", f"{i}/{other}"),
                    "project_id": project_id,
                    "organisation_id": b.orgs[other],
                    "role": ProjectPartnerRole.PARTNER,
                }
            )
        rows["project_priority_area"].append(
            {"project_id": project_id, "priority_area_id": rng.choice(self.priority)}
        )
        for goal in sorted(set(rng.sample(range(1, 18), rng.randint(1, 2)))):
            rows["project_sdg"].append({"project_id": project_id, "sdg_id": goal})
        line_id = self.funding(i, project_id, form, status, start, end, rows)
        self.allocations(i, project_id, status, start, end, rows)
        self.deadlines(i, project_id, manager, line_id, start, end, status, rows)
        return agreement_id

    def funding(
        self,
        i: int,
        project_id: str,
        form: ProjectForm,
        status: ProjectStatus,
        start: date,
        end: date,
        rows: dict[str, list[dict[str, Any]]],
    ) -> str | None:
        rng = self.rng
        if form == ProjectForm.PHD:
            code = "OFFPHD" if rng.random() < 0.6 else None
        elif form == ProjectForm.INNOVATION:
            code = rng.choices(["IPO", "RFF-HOVED", "IN-OFF", "EOS"], [50, 25, 15, 10])[0]
        else:
            code = None
        if code is None:
            return None
        scheme_id = SCHEME_IDS[code]
        applied = rng.randrange(1_000_000, 12_000_000, 50_000)
        applied_on = start - timedelta(days=200)
        decided_on = start - timedelta(days=80)
        if status == ProjectStatus.REJECTED:
            line_status = FundingStatus.REJECTED
        elif applied_on > self.today:
            line_status = FundingStatus.PLANNED
        elif decided_on > self.today:
            line_status = FundingStatus.APPLIED
        else:
            line_status = FundingStatus.GRANTED
        granted = applied * 9 // 10 // 1000 * 1000 if line_status == FundingStatus.GRANTED else None
        line_id = self.sid("funding_line", str(i))
        numbered = code in ("OFFPHD", "IPO", "RFF-HOVED")
        rows["funding_line"].append(
            {
                **self.stamps,
                "id": line_id,
                "project_id": project_id,
                "scheme_id": scheme_id,
                "funder_id": SCHEME_FUNDER[scheme_id],
                "status": line_status,
                "external_ref": f"{400000 + i % 599999}" if numbered and granted else "",
                "application_date": applied_on if applied_on <= self.today else None,
                "decision_date": decided_on if decided_on <= self.today else None,
                "applied_amount": applied,
                "granted_amount": granted,
                "total_cost": applied * 2,
                "own_cash": applied // 10 // 1000 * 1000,
                "own_in_kind": applied * 9 // 10 // 1000 * 1000,
                "notes": "",
            }
        )
        if line_status != FundingStatus.REJECTED:
            for year, share in year_shares(granted or applied, start, end).items():
                rows["funding_year"].append(
                    {
                        **self.stamps,
                        "id": self.sid("funding_year", f"{i}/{year}"),
                        "funding_line_id": line_id,
                        "year": year,
                        "amount": share,
                    }
                )
        return line_id if line_status == FundingStatus.GRANTED else None

    def allocations(
        self,
        i: int,
        project_id: str,
        status: ProjectStatus,
        start: date,
        end: date,
        rows: dict[str, list[dict[str, Any]]],
    ) -> None:
        rng = self.rng
        if rng.random() >= 0.4 or status in (ProjectStatus.REJECTED, ProjectStatus.CANCELLED):
            return
        per_year = rng.choice([50_000, 100_000, 150_000, 200_000])
        decision = start - timedelta(days=45)
        decided = decision <= self.today and status != ProjectStatus.IDEA
        for year, amount in yearly_amounts(per_year, start, end, self.b.fund_years).items():
            self.extra[year] += amount
            rows["fund_allocation"].append(
                {
                    **self.stamps,
                    "id": self.sid("fund_allocation", f"{i}/{year}"),
                    "project_id": project_id,
                    "year": year,
                    "amount": amount,
                    "decision_date": decision if decided else None,
                    "decision_ref": f"FIF {decision.year}/S{i + 1:05d}" if decided else "",
                    "override": False,
                    "override_reason": "",
                    "notes": "Syntetiske testdata.",
                }
            )

    def deadlines(
        self,
        i: int,
        project_id: str,
        manager: str,
        line_id: str | None,
        start: date,
        end: date,
        status: ProjectStatus,
        rows: dict[str, list[dict[str, Any]]],
    ) -> None:
        if status in (ProjectStatus.REJECTED, ProjectStatus.CANCELLED):
            return
        plan: list[tuple[str, DeadlineKind, date]] = [
            ("Midtveisevaluering", DeadlineKind.MILESTONE, start + (end - start) / 2)
        ]
        if line_id:
            plan.append(("Framdriftsrapport", DeadlineKind.PROGRESS_REPORT, add_months(start, 12)))
            plan.append(("Sluttrapport", DeadlineKind.FINAL_REPORT, add_months(end, 2)))
        for n, (title, kind, due) in enumerate(plan):
            done = due < self.today and self.rng.random() < 0.95
            rows["deadline"].append(
                {
                    **self.stamps,
                    "id": self.sid("deadline", f"{i}/{n}"),
                    "title": f"{title}: Syntetisk {i + 1:05d}",
                    "kind": kind,
                    "due_date": due,
                    "status": DeadlineStatus.DONE if done else DeadlineStatus.OPEN,
                    "done_date": due if done else None,
                    "responsible_id": manager,
                    "agreement_id": None,
                    "project_id": project_id,
                    "funding_line_id": line_id if kind != DeadlineKind.MILESTONE else None,
                    "meeting_id": None,
                    "template_id": None,
                    "reminder_days": 14,
                    "recurrence": Recurrence.NONE,
                    "recurrence_until": None,
                    "notes": "",
                }
            )
