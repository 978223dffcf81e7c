"""Projects: their partners, supervisors and links to priority areas and goals, and a PhD's
defence as a milestone."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from kunnskapsapp.domain import reference
from kunnskapsapp.domain.enums import (
    DeadlineKind,
    Horizon,
    ProjectForm,
    ProjectPartnerRole,
    ProjectStatus,
    SupervisorRole,
)
from kunnskapsapp.domain.models import PriorityArea, Project, ProjectPartner, Sdg, Supervisor
from kunnskapsapp.services.demo.builder import Builder, Links, ProjectFacts
from kunnskapsapp.services.demo.common import PRIORITY, SCHEME_FUNDER, SCHEME_IDS, code, demo_id


def build_projects(b: Builder) -> None:
    areas = {pid: b.s.get(PriorityArea, pid) for pid in PRIORITY.values()}
    sdgs = {n: b.s.get(Sdg, n) for n in range(1, 18)}
    # Projects that point at other projects (a master's PhD, a fellow's funding project)
    # go in after the ones they point at.
    ordered = sorted(
        b.src["projects"],
        key=lambda p: "parent" in p or "funded_by" in p.get("phd", {}),
    )
    for first_pass in (True, False):
        for data in ordered:
            depends = "parent" in data or "funded_by" in data.get("phd", {})
            if depends == first_pass:
                continue
            _project(b, data, areas, sdgs)
        b.s.flush()


def _project(
    b: Builder,
    data: dict[str, Any],
    areas: dict[str, PriorityArea | None],
    sdgs: dict[int, Sdg | None],
) -> None:
    key = data["key"]
    start = b.when(data.get("start"))
    end = b.when(data.get("end"))
    if start and end and end < start:
        end = start
    funding = data.get("funding", [])
    applied = any((d := b.when(f.get("applied_on"))) is not None and d <= b.today for f in funding)
    status = _project_status(b.today, start, end, data.get("status"), applied)
    phd = data.get("phd", {})
    edu = data.get("education", {})
    rcn = next(
        (
            f["ref"]
            for f in funding
            if re.fullmatch(r"\d{6}", f.get("ref", ""))
            and SCHEME_FUNDER.get(SCHEME_IDS.get(f.get("scheme", ""), ""))
            in (reference.FUNDER_RCN, reference.FUNDER_RFF_HOVEDSTADEN)
        ),
        "",
    )
    defence = b.when(phd.get("defence"))
    project = Project(
        id=demo_id("project", key),
        title=data["title"],
        short_name=data.get("short_name", ""),
        form=code(ProjectForm, data["form"]),
        status=status,
        service_area_id=b.areas[data["service_area"]],
        project_manager_id=b.person_id(data.get("manager")),
        agreement_id=b.agreement_id(data),
        parent_project_id=(b.projects[data["parent"]].obj.id if "parent" in data else None),
        start_date=start,
        end_date=end,
        horizon=code(Horizon, data.get("horizon", "short")),
        rcn_project_number=rcn,
        summary=data.get("summary", ""),
        results=data.get("results", "") if status == ProjectStatus.COMPLETED else "",
        notes=data.get("notes", ""),
        phd_candidate_id=b.person_id(phd.get("candidate")),
        phd_institution_id=b.orgs[phd["institution"]] if "institution" in phd else None,
        phd_position_percent=phd.get("position"),
        phd_duration_years=phd.get("years"),
        phd_permanently_employed=bool(phd.get("permanent", False)),
        phd_expected_defence=defence,
        phd_funded_by_project_id=(
            b.projects[phd["funded_by"]].obj.id if "funded_by" in phd else None
        ),
        edu_programme=edu.get("programme", ""),
        edu_campus=edu.get("campus", ""),
        edu_students_admitted=edu.get("students"),
    )
    project.priority_areas = [
        area for name in data.get("priority_areas", []) if (area := areas[PRIORITY[name]])
    ]
    project.sdgs = [goal for n in data.get("sdgs", []) if (goal := sdgs[n])]
    first_application = min(
        (d for f in funding if (d := b.when(f.get("applied_on")))), default=None
    )
    created = first_application or ((start or b.today) - timedelta(days=60))
    updated = end if status == ProjectStatus.COMPLETED else start
    b.add(project, created - timedelta(days=30), updated)
    partners = [(org, code(ProjectPartnerRole, role)) for org, role in data.get("partners", [])]
    b.organisation_roles(ProjectPartner, key, created, partners, project_id=project.id)
    orgs = {org_key for org_key, _role in partners}
    if "institution" in phd:
        orgs.add(phd["institution"])
    for person_key, role in data.get("supervisors", []):
        b.add(
            Supervisor(
                id=demo_id("supervisor", f"{key}/{person_key}"),
                project_id=project.id,
                person_id=b.people[person_key].id,
                role=code(SupervisorRole, role),
            ),
            start or created,
        )
    if defence and project.form == ProjectForm.PHD and status != ProjectStatus.IDEA:
        b.deadline(
            f"defence/{key}",
            f"Disputas: {project.short_name or project.title}",
            DeadlineKind.MILESTONE,
            defence,
            Links.of_project(project),
            done=defence if defence <= b.today else None,
            reminder_days=30,
            created=start,
        )
    decisions = [
        d
        for f in funding
        if f.get("outcome") == "granted"
        and (d := b.when(f.get("decided_on"))) is not None
        and d <= b.today
    ]
    b.projects[key] = ProjectFacts(
        key=key,
        obj=project,
        orgs=orgs,
        fund_per_year=int(data.get("fund_per_year", 0)),
        decision=min(decisions) if decisions else None,
        applications=[
            (b.when.required(f["applied_on"]), b.when(f.get("decided_on")))
            for f in funding
            if f.get("applied_on")
        ],
    )


def _project_status(
    today: date, start: date | None, end: date | None, explicit: str | None, applied: bool
) -> ProjectStatus:
    if explicit:
        return code(ProjectStatus, explicit)
    if start is None or start > today:
        return ProjectStatus.APPLICATION if applied else ProjectStatus.IDEA
    if end is not None and end < today:
        return ProjectStatus.COMPLETED
    return ProjectStatus.ONGOING
