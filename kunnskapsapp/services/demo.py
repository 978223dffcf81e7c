"""Demo data: Bærum kommune's research and innovation portfolio, as it stands on a given day.

`create_demo` fills a new database from `resources/demo/portfolio.toml` (the hand-written
history, including the autumn-2021 portfolio of the municipality's own description) and adds
what depends on the day: statuses, evaluations, contact-group meetings, deadlines from the
funders' templates, the fund's allocations through the budget plan. With `scale` it adds that
many synthetic projects for benchmarks.

Everything is deterministic: ids are uuid5 over a fixed namespace and a stable key, texts come
from the source file, and the rest depends only on `today` (and on `scale`). Two demo databases
made on the same day are identical.
"""

from __future__ import annotations

import calendar
import enum
import random
import re
import tomllib
import uuid
import zlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, TypeVar, cast

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from kunnskapsapp import paths
from kunnskapsapp.domain import reference
from kunnskapsapp.domain.base import Base, Tracked
from kunnskapsapp.domain.enums import (
    AgreementKind,
    AgreementStatus,
    ChangeAction,
    ContactRole,
    DeadlineKind,
    DeadlineStatus,
    FundingStatus,
    Horizon,
    Initiator,
    LegalBasis,
    MeetingKind,
    MeetingStatus,
    OrganisationKind,
    OutcomeKind,
    PartyRole,
    ProjectForm,
    ProjectPartnerRole,
    ProjectStatus,
    Recurrence,
    Side,
    SupervisorRole,
    TemplateAnchor,
)
from kunnskapsapp.domain.errors import DomainError
from kunnskapsapp.domain.models import (
    AgendaItem,
    Agreement,
    AgreementEvaluation,
    AgreementParty,
    ChangeLog,
    ContactGroupMember,
    Deadline,
    DeadlineTemplate,
    DocumentRef,
    FundAllocation,
    FundAppropriation,
    FundingLine,
    FundingYear,
    Lesson,
    Meeting,
    MeetingParticipant,
    MunicipalityProfile,
    Organisation,
    Outcome,
    Person,
    PriorityArea,
    Project,
    ProjectPartner,
    Sdg,
    ServiceArea,
    Supervisor,
    project_priority_area,
    project_sdg,
)
from kunnskapsapp.domain.rules import add_months, next_evaluation, occurrences, valid_org_number
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.progress import NoProgress, Progress

SOURCE_FILE = "portfolio.toml"
NAMESPACE = uuid.UUID("8a3f6c2e-5d1b-4e7a-9c0f-2b6d4e8a1c35")
DEMO_USER = "demo"
FUND_FIRST_YEAR = 2017
BUDGET_PLAN_YEARS = 4
# Relative dates in the source never fall before this day, so the history up to autumn 2021
# (the figures `summary --date 2021-10-01` must give) stays as written.
HISTORY_FIXED_UNTIL = date(2022, 1, 1)

REFUSAL = (
    "Databasen inneholder allerede data, så demodata kan ikke legges inn her. Bruk en ny "
    "databasefil, eller velg en annen database med --database."
)

# Tables the first migration seeds; anything else in them (beyond these ids) is user data.
_REFERENCE_TABLES = {"sdg", "priority_area", "funding_scheme", "deadline_template"}
_PRIORITY = {
    "services": reference.PRIORITY_SERVICES,
    "market": reference.PRIORITY_MARKET,
    "planning": reference.PRIORITY_PLANNING,
    "climate": reference.PRIORITY_CLIMATE,
}
_SCHEME_IDS = {row["code"]: row["id"] for row in reference.SCHEMES}
_SCHEME_FUNDER = {row["id"]: row["funder_id"] for row in reference.SCHEMES}

T = TypeVar("T", bound=Tracked)
E = TypeVar("E", bound=enum.Enum)


def demo_id(kind: str, key: str) -> str:
    """The id of a demo row: the same in every demo database."""
    return str(uuid.uuid5(NAMESPACE, f"{kind}/{key}"))


def _code(enum_cls: type[E], value: str) -> E:
    """The member of `enum_cls` whose stored code is `value`."""
    return cast(E, enum_cls._value2member_map_[value])


def load_source() -> dict[str, Any]:
    path = paths.resources_dir() / "demo" / SOURCE_FILE
    with path.open("rb") as handle:
        return tomllib.load(handle)


def create_demo(
    db: Database,
    scale: int = 0,
    today: date | None = None,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Fill a new database with the demo portfolio; return the rows added per table.

    Refuses (and writes nothing) when the database already holds data of its own.
    """
    today = today or date.today()
    progress = progress or NoProgress()
    source = load_source()
    with db.session(audit=False) as session:
        _refuse_if_not_empty(session)
        before = _row_counts(session)
        builder = _Builder(session, source, today, progress, scale)
        builder.build()
        after = _row_counts(session)
    return {name: after[name] - before[name] for name in after if after[name] > before[name]}


def _row_counts(session: Session) -> dict[str, int]:
    return {
        name: session.execute(select(func.count()).select_from(table)).scalar_one()
        for name, table in Base.metadata.tables.items()
    }


def _refuse_if_not_empty(session: Session) -> None:
    seeded_orgs = {row["id"] for row in reference.FUNDERS}
    for name, table in Base.metadata.tables.items():
        if name in _REFERENCE_TABLES or name == "municipality_profile":
            continue
        query = select(func.count()).select_from(table)
        if name == "organisation":
            query = query.where(table.c.id.not_in(seeded_orgs))
        if session.execute(query).scalar_one():
            raise DomainError(REFUSAL)
    profile = session.get(MunicipalityProfile, reference.PROFILE_ID)
    if profile is not None and (profile.name or profile.org_number):
        raise DomainError(REFUSAL)


# --- Dates ----------------------------------------------------------------------------------

_RELATIVE = re.compile(r"^T((?:[+-]\d+[DWMY])*)(?:/(-?\d{1,2}))?$")
_TERM = re.compile(r"([+-])(\d+)([DWMY])")


class _Dates:
    """Resolves the source's dates: fixed TOML dates, or "T-8M/1"-style offsets from today."""

    def __init__(self, today: date) -> None:
        self.today = today

    def __call__(self, value: Any) -> date | None:
        if value is None or value == "":
            return None
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        match = _RELATIVE.match(str(value))
        if not match:
            raise ValueError(f"Ugyldig dato i demodataene: {value!r}")
        day = self.today
        for sign, number, unit in _TERM.findall(match.group(1)):
            n = int(number) if sign == "+" else -int(number)
            if unit == "D":
                day += timedelta(days=n)
            elif unit == "W":
                day += timedelta(weeks=n)
            elif unit == "M":
                day = add_months(day, n)
            else:
                day = add_months(day, 12 * n)
        if match.group(2):
            snap = int(match.group(2))
            last = calendar.monthrange(day.year, day.month)[1]
            day = day.replace(day=last if snap < 0 else min(snap, last))
        return max(day, HISTORY_FIXED_UNTIL)

    def required(self, value: Any) -> date:
        day = self(value)
        if day is None:
            raise ValueError("Dato mangler i demodataene")
        return day


def _stable(text: str) -> int:
    """A small number from a text, the same in every run (unlike hash())."""
    return zlib.crc32(text.encode("utf-8"))


def _nth_weekday(year: int, month: int, weekday: int, week: int) -> date:
    first = date(year, month, 1)
    offset = (weekday - first.weekday()) % 7
    return first + timedelta(days=offset + 7 * (week - 1))


def _year_shares(total: int, start: date, end: date) -> dict[int, int]:
    """`total` spread over the calendar years of start..end by days, in whole thousands; the
    last year takes the rounding so the shares add up to `total`."""
    if end < start:
        end = start
    days = (end - start).days + 1
    shares: dict[int, int] = {}
    for year in range(start.year, end.year + 1):
        first = max(start, date(year, 1, 1))
        last = min(end, date(year, 12, 31))
        shares[year] = int(round(total * ((last - first).days + 1) / days, -3))
    last_year = end.year
    shares[last_year] += total - sum(shares.values())
    return {year: amount for year, amount in shares.items() if amount > 0}


def _yearly_amounts(per_year: int, start: date, end: date, years: range) -> dict[int, int]:
    """A yearly rate pro rata over the days of each year the project runs, in thousands."""
    amounts: dict[int, int] = {}
    for year in years:
        first = max(start, date(year, 1, 1))
        last = min(end, date(year, 12, 31))
        if last < first:
            continue
        days_in_year = 366 if calendar.isleap(year) else 365
        amount = int(round(per_year * ((last - first).days + 1) / days_in_year, -3))
        if amount >= 10_000:
            amounts[year] = amount
    return amounts


def _email(name: str, domain: str) -> str:
    local = name.lower()
    for a, b in (("æ", "ae"), ("ø", "o"), ("å", "a"), ("é", "e"), ("ö", "o"), ("ü", "u")):
        local = local.replace(a, b)
    local = re.sub(r"[^a-z0-9]+", ".", local).strip(".")
    return f"{local}@{domain}"


def _project_status(
    today: date, start: date | None, end: date | None, explicit: str | None, applied: bool
) -> ProjectStatus:
    if explicit:
        return _code(ProjectStatus, explicit)
    if start is None or start > today:
        return ProjectStatus.APPLICATION if applied else ProjectStatus.IDEA
    if end is not None and end < today:
        return ProjectStatus.COMPLETED
    return ProjectStatus.ONGOING


def _label_of(obj: Any) -> str:
    for name in ("title", "name", "short_name", "text"):
        value = getattr(obj, name, None)
        if value:
            return str(value)[:200]
    return ""


@dataclass
class _ProjectFacts:
    """What the meeting minutes and the fund need to know about a built project."""

    key: str
    obj: Project
    orgs: set[str]
    fund_per_year: int
    decision: date | None
    applications: list[tuple[date, date | None]] = field(default_factory=list)

    def ran_on(self, day: date) -> bool:
        p = self.obj
        return (
            p.status in (ProjectStatus.ONGOING, ProjectStatus.COMPLETED)
            and p.start_date is not None
            and p.start_date <= day
            and (p.end_date is None or p.end_date >= day)
        )


# --- The builder ----------------------------------------------------------------------------


class _Builder:
    def __init__(
        self,
        session: Session,
        source: dict[str, Any],
        today: date,
        progress: Progress,
        scale: int,
    ) -> None:
        self.s = session
        self.src = source
        self.today = today
        self.when = _Dates(today)
        self.progress = progress
        self.scale = scale
        self.created: list[Tracked] = []
        self.orgs: dict[str, str] = {}
        self.org_mail: dict[str, str] = {}
        self.people: dict[str, Person] = {}
        self.areas: dict[str, str] = {}
        self.agreements: dict[str, Agreement] = {}
        self.contact_groups: dict[str, list[tuple[str, Side, ContactRole]]] = {}
        self.projects: dict[str, _ProjectFacts] = {}
        self.deadlines: list[Deadline] = []
        self.outcomes: list[Outcome] = []
        self.documents: list[DocumentRef] = []
        self.appropriations: dict[int, int] = {}
        self.stages = 12
        self.done = 0
        self.total = self.stages + _Synthetic.chunks(scale)

    # -- plumbing --

    def step(self, text: str) -> None:
        self.progress.step(self.done, self.total, text)
        self.done += 1

    def add(self, obj: T, created: date | None, updated: date | None = None) -> T:
        """Stamp a new row with a story time (never after today) and the demo user."""
        created_day = min(created or self.today, self.today)
        updated_day = min(max(updated or created_day, created_day), self.today)
        minute = (len(self.created) * 7) % 480
        obj.created_at = datetime.combine(created_day, time(8, 0)) + timedelta(minutes=minute)
        obj.updated_at = datetime.combine(updated_day, time(8, 0)) + timedelta(minutes=minute)
        obj.created_by = obj.updated_by = DEMO_USER
        self.s.add(obj)
        self.created.append(obj)
        return obj

    def person_id(self, key: str | None) -> str | None:
        return self.people[key].id if key else None

    # -- the whole thing --

    def build(self) -> None:
        self.step("Kommunen, tjenesteområder og organisasjoner")
        self.build_profile()
        self.build_service_areas()
        self.build_organisations()
        self.s.flush()
        self.step("Personer")
        self.build_people()
        self.s.flush()
        self.step("Avtaler")
        self.build_agreements()
        self.s.flush()
        self.step("Prosjekter")
        self.build_projects()
        self.step("Finansiering")
        self.build_funding()
        self.s.flush()
        self.step("Forsknings- og innovasjonsfondet")
        self.build_fund_allocations()
        self.step("Evalueringer og avtalefrister")
        self.build_agreement_deadlines()
        self.step("Kontaktgruppemøter")
        self.build_meetings()
        self.s.flush()
        self.step("Frister")
        self.build_deadlines()
        for deadline in self.deadlines:
            self.s.add(deadline)
        self.s.flush()
        for outcome in self.outcomes:
            self.s.add(outcome)
        self.step("Erfaringer og dokumenter")
        self.build_lessons()
        self.build_documents()
        self.s.flush()
        extra: dict[int, int] = {}
        if self.scale:
            extra = _Synthetic(self, self.scale).build()
        self.step("Bevilgninger til fondet")
        self.build_appropriations(extra)
        self.s.flush()
        self.step("Endringslogg")
        self.build_change_log()
        self.s.flush()
        self.progress.step(self.total, self.total, "Ferdig")

    # -- municipality, areas, organisations, people --

    def build_profile(self) -> None:
        data = self.src["profile"]
        if not valid_org_number(data["org_number"]):
            raise ValueError("Kommunens organisasjonsnummer i demodataene er ugyldig")
        profile = self.s.get(MunicipalityProfile, reference.PROFILE_ID)
        if profile is None:
            profile = MunicipalityProfile(id=reference.PROFILE_ID)
            self.s.add(profile)
        changes = {
            "name": data["name"],
            "unit_name": data["unit_name"],
            "org_number": data["org_number"],
            "address": data.get("address", ""),
        }
        stamp = datetime.combine(min(date(2019, 1, 7), self.today), time(8, 0))
        for name, value in changes.items():
            old = getattr(profile, name)
            setattr(profile, name, value)
            self.s.add(
                ChangeLog(
                    at=stamp,
                    user=DEMO_USER,
                    entity="municipality_profile",
                    row_id=reference.PROFILE_ID,
                    action=ChangeAction.UPDATE,
                    field=name,
                    old_value=old or None,
                    new_value=value,
                )
            )
        profile.updated_at = stamp
        profile.updated_by = DEMO_USER

    def build_service_areas(self) -> None:
        for data in self.src["service_areas"]:
            area = ServiceArea(
                id=demo_id("service_area", data["key"]),
                name=data["name"],
                short_name=data.get("short_name", ""),
                active=True,
            )
            self.areas[data["key"]] = self.add(area, date(2019, 1, 7)).id

    def build_organisations(self) -> None:
        for data in self.src["organisations"]:
            key = data["key"]
            self.org_mail[key] = data.get("mail", "")
            if "reference" in data:
                self.orgs[key] = getattr(reference, data["reference"])
                continue
            number = data.get("org_number")
            if number and not valid_org_number(number):
                raise ValueError(f"Ugyldig organisasjonsnummer i demodataene: {number}")
            org = Organisation(
                id=demo_id("organisation", key),
                name=data["name"],
                short_name=data.get("short_name", ""),
                kind=_code(OrganisationKind, data["kind"]),
                org_number=number,
                website=data.get("website", ""),
                notes=data.get("notes", ""),
            )
            self.orgs[key] = self.add(org, date(2019, 1, 7)).id

    def build_people(self) -> None:
        gdpr = self.src["gdpr"]
        for index, data in enumerate(self.src["people"]):
            rules = gdpr[data["role"]]
            confirmed = max(date(2019, 1, 15), self.today - timedelta(days=20 + (index * 37) % 300))
            confirmed = min(confirmed, self.today)
            domain = self.org_mail.get(data["org"]) or "baerum.example"
            person = Person(
                id=demo_id("person", data["key"]),
                name=data["name"],
                organisation_id=self.orgs[data["org"]],
                title=data.get("title", ""),
                email=_email(data["name"], domain),
                phone="67 50 40 50" if data["org"] == "baerum" else "",
                purpose=rules["purpose"],
                legal_basis=_code(LegalBasis, rules["legal_basis"]),
                source=rules["source"],
                last_confirmed=confirmed,
                delete_after=add_months(confirmed, 36),
                notes="",
            )
            self.people[data["key"]] = self.add(person, date(2019, 1, 15), confirmed)

    # -- agreements --

    def _archive_number(self, key: str, value: str) -> str:
        """A fixed archive case number, or one made up for an agreement dated relative to today
        (`archive = "T-9M"`): the year of that day and a stable sequence number."""
        if not value or not value.startswith("T"):
            return value
        year = self.when.required(value).year % 100
        return f"{year:02d}/{_stable(key) % 90000 + 10000:05d}"

    def build_agreements(self) -> None:
        ordered = sorted(self.src["agreements"], key=lambda a: "parent" in a)
        for data in ordered:
            key = data["key"]
            kind = _code(AgreementKind, data["kind"])
            signed = self.when(data.get("signed"))
            start = self.when(data.get("start"))
            end = self.when(data.get("end"))
            termination = data.get("termination") or {}
            requested = self.when(termination.get("requested"))
            terminated = requested is not None and requested <= self.today
            if terminated:
                status = AgreementStatus.TERMINATED
            elif signed is None or signed > self.today:
                status = AgreementStatus.DRAFT
            elif end is not None and end < self.today:
                status = AgreementStatus.EXPIRED
            else:
                status = AgreementStatus.ACTIVE
            agreement = Agreement(
                id=demo_id("agreement", key),
                title=data["title"],
                kind=kind,
                parent_id=self.agreements[data["parent"]].id if "parent" in data else None,
                status=status,
                initiator=_code(Initiator, data["initiator"]) if "initiator" in data else None,
                purpose=data.get("purpose", ""),
                signed_date=signed if signed and signed <= self.today else None,
                start_date=start,
                end_date=end,
                notice_period_months=data.get("notice_months"),
                evaluation_interval_months=data.get("evaluation_months"),
                termination_requested=requested if terminated else None,
                termination_effective=(
                    self.when(termination.get("effective")) if terminated else None
                ),
                termination_reason=termination.get("reason", "") if terminated else "",
                fulfil_after_parent_terminated=data.get("fulfil", True),
                political_anchoring=data.get("political_anchoring", ""),
                political_case_ref=data.get("political_case_ref", ""),
                administrative_anchoring=data.get("administrative_anchoring", ""),
                administrative_case_ref=data.get("administrative_case_ref", ""),
                archive_case_number=self._archive_number(key, data.get("archive", "")),
                responsible_id=self.person_id(data.get("responsible")),
                notes=data.get("notes", ""),
            )
            created = (signed or start or self.today) - timedelta(days=30)
            updated = requested if terminated else signed
            self.agreements[key] = self.add(agreement, created, updated)
            parties = [("baerum", "party"), *[tuple(p) for p in data.get("parties", [])]]
            for org_key, role in parties:
                self.add(
                    AgreementParty(
                        id=demo_id("agreement_party", f"{key}/{org_key}"),
                        agreement_id=agreement.id,
                        organisation_id=self.orgs[org_key],
                        role=_code(PartyRole, role),
                    ),
                    created,
                )
            members = [
                (p, _code(Side, side), _code(ContactRole, role))
                for p, side, role in data.get("contact_group", [])
            ]
            self.contact_groups[key] = members
            for person_key, side, role in members:
                self.add(
                    ContactGroupMember(
                        id=demo_id("contact_group_member", f"{key}/{person_key}"),
                        agreement_id=agreement.id,
                        person_id=self.people[person_key].id,
                        side=side,
                        role=role,
                    ),
                    signed or start,
                )
            self._evaluations(key, agreement, data.get("evaluations", []))

    def _evaluations(self, key: str, agreement: Agreement, texts: list[dict[str, str]]) -> None:
        """Evaluations every interval from the start (each moves the next), and the deadlines
        that asked for them; an open one for the next evaluation unless the agreement ended."""
        interval = agreement.evaluation_interval_months
        start = agreement.start_date
        if not interval or start is None or agreement.status == AgreementStatus.DRAFT:
            return
        limit = self.today
        if agreement.termination_requested:
            limit = min(limit, agreement.termination_requested)
        last: date | None = None
        n = 0
        while True:
            due = next_evaluation(start, last, interval)
            assert due is not None
            held = due + timedelta(days=(_stable(f"{key}/{n}") % 21) - 7)
            if held > limit:
                break
            text = texts[n % len(texts)] if texts else {}
            self.add(
                AgreementEvaluation(
                    id=demo_id("agreement_evaluation", f"{key}/{n}"),
                    agreement_id=agreement.id,
                    evaluated_on=held,
                    summary=text.get("summary", "Avtalen er gjennomgått i kontaktgruppen."),
                    follow_up=text.get("follow_up", "Videreføres."),
                ),
                held,
            )
            self.deadlines.append(
                self.deadline(
                    f"evaluation/{key}/{n}",
                    title=f"Evaluering av avtalen: {agreement.title}",
                    kind=DeadlineKind.EVALUATION,
                    due=due,
                    done=held,
                    responsible=agreement.responsible_id,
                    agreement_id=agreement.id,
                    reminder_days=60,
                    created=last or start,
                )
            )
            last = held
            n += 1
        if agreement.status in (AgreementStatus.TERMINATED, AgreementStatus.EXPIRED):
            return
        due = next_evaluation(start, last, interval)
        assert due is not None
        self.deadlines.append(
            self.deadline(
                f"evaluation/{key}/{n}",
                title=f"Evaluering av avtalen: {agreement.title}",
                kind=DeadlineKind.EVALUATION,
                due=due,
                responsible=agreement.responsible_id,
                agreement_id=agreement.id,
                reminder_days=60,
                created=last or start,
            )
        )

    # -- projects and funding --

    def build_projects(self) -> None:
        areas = {pid: self.s.get(PriorityArea, pid) for pid in _PRIORITY.values()}
        sdgs = {n: self.s.get(Sdg, n) for n in range(1, 18)}
        # Projects that point at other projects (a master's PhD, a fellow's funding project)
        # go in after the ones they point at.
        ordered = sorted(
            self.src["projects"],
            key=lambda p: "parent" in p or "funded_by" in p.get("phd", {}),
        )
        for first_pass in (True, False):
            for data in ordered:
                depends = "parent" in data or "funded_by" in data.get("phd", {})
                if depends == first_pass:
                    continue
                self._project(data, areas, sdgs)
            self.s.flush()

    def _project(
        self,
        data: dict[str, Any],
        areas: dict[str, PriorityArea | None],
        sdgs: dict[int, Sdg | None],
    ) -> None:
        key = data["key"]
        start = self.when(data.get("start"))
        end = self.when(data.get("end"))
        if start and end and end < start:
            end = start
        funding = data.get("funding", [])
        applied = any(
            (d := self.when(f.get("applied_on"))) is not None and d <= self.today for f in funding
        )
        status = _project_status(self.today, start, end, data.get("status"), applied)
        phd = data.get("phd", {})
        edu = data.get("education", {})
        rcn = next(
            (
                f["ref"]
                for f in funding
                if re.fullmatch(r"\d{6}", f.get("ref", ""))
                and _SCHEME_FUNDER.get(_SCHEME_IDS.get(f.get("scheme", ""), ""))
                in (reference.FUNDER_RCN, reference.FUNDER_RFF_HOVEDSTADEN)
            ),
            "",
        )
        defence = self.when(phd.get("defence"))
        project = Project(
            id=demo_id("project", key),
            title=data["title"],
            short_name=data.get("short_name", ""),
            form=_code(ProjectForm, data["form"]),
            status=status,
            service_area_id=self.areas[data["service_area"]],
            project_manager_id=self.person_id(data.get("manager")),
            agreement_id=self.agreements[data["agreement"]].id if "agreement" in data else None,
            parent_project_id=(self.projects[data["parent"]].obj.id if "parent" in data else None),
            start_date=start,
            end_date=end,
            horizon=_code(Horizon, data.get("horizon", "short")),
            rcn_project_number=rcn,
            summary=data.get("summary", ""),
            results=data.get("results", "") if status == ProjectStatus.COMPLETED else "",
            notes=data.get("notes", ""),
            phd_candidate_id=self.person_id(phd.get("candidate")),
            phd_institution_id=self.orgs[phd["institution"]] if "institution" in phd else None,
            phd_position_percent=phd.get("position"),
            phd_duration_years=phd.get("years"),
            phd_permanently_employed=bool(phd.get("permanent", False)),
            phd_expected_defence=defence,
            phd_funded_by_project_id=(
                self.projects[phd["funded_by"]].obj.id if "funded_by" in phd else None
            ),
            edu_programme=edu.get("programme", ""),
            edu_campus=edu.get("campus", ""),
            edu_students_admitted=edu.get("students"),
        )
        project.priority_areas = [
            area for name in data.get("priority_areas", []) if (area := areas[_PRIORITY[name]])
        ]
        project.sdgs = [goal for n in data.get("sdgs", []) if (goal := sdgs[n])]
        first_application = min(
            (d for f in funding if (d := self.when(f.get("applied_on")))), default=None
        )
        created = first_application or ((start or self.today) - timedelta(days=60))
        updated = end if status == ProjectStatus.COMPLETED else start
        self.add(project, created - timedelta(days=30), updated)
        orgs = set()
        for org_key, role in data.get("partners", []):
            orgs.add(org_key)
            self.add(
                ProjectPartner(
                    id=demo_id("project_partner", f"{key}/{org_key}"),
                    project_id=project.id,
                    organisation_id=self.orgs[org_key],
                    role=_code(ProjectPartnerRole, role),
                ),
                created,
            )
        if "institution" in phd:
            orgs.add(phd["institution"])
        for person_key, role in data.get("supervisors", []):
            self.add(
                Supervisor(
                    id=demo_id("supervisor", f"{key}/{person_key}"),
                    project_id=project.id,
                    person_id=self.people[person_key].id,
                    role=_code(SupervisorRole, role),
                ),
                start or created,
            )
        if defence and project.form == ProjectForm.PHD and status != ProjectStatus.IDEA:
            self.deadlines.append(
                self.deadline(
                    f"defence/{key}",
                    title=f"Disputas: {project.short_name or project.title}",
                    kind=DeadlineKind.MILESTONE,
                    due=defence,
                    done=defence if defence <= self.today else None,
                    responsible=project.project_manager_id,
                    project_id=project.id,
                    reminder_days=30,
                    created=start,
                )
            )
        decisions = [
            d
            for f in funding
            if f.get("outcome") == "granted"
            and (d := self.when(f.get("decided_on"))) is not None
            and d <= self.today
        ]
        self.projects[key] = _ProjectFacts(
            key=key,
            obj=project,
            orgs=orgs,
            fund_per_year=int(data.get("fund_per_year", 0)),
            decision=min(decisions) if decisions else None,
            applications=[
                (self.when.required(f["applied_on"]), self.when(f.get("decided_on")))
                for f in funding
                if f.get("applied_on")
            ],
        )

    def build_funding(self) -> None:
        templates: dict[str, list[DeadlineTemplate]] = defaultdict(list)
        for template in self.s.scalars(
            select(DeadlineTemplate).order_by(DeadlineTemplate.sort_order)
        ):
            templates[template.scheme_id].append(template)
        for data in self.src["projects"]:
            facts = self.projects[data["key"]]
            for n, line_data in enumerate(data.get("funding", [])):
                line = self._funding_line(facts, n, line_data)
                if line.status == FundingStatus.GRANTED and line.scheme_id:
                    self._template_deadlines(facts, line, templates[line.scheme_id])

    def _funding_line(self, facts: _ProjectFacts, n: int, data: dict[str, Any]) -> FundingLine:
        project = facts.obj
        applied_on = self.when(data.get("applied_on"))
        decided_on = self.when(data.get("decided_on"))
        scheme_id = _SCHEME_IDS[data["scheme"]] if "scheme" in data else None
        funder_id = self.orgs[data["funder"]] if "funder" in data else None
        if funder_id is None and scheme_id:
            funder_id = _SCHEME_FUNDER[scheme_id]
        if applied_on is None or applied_on > self.today:
            status, applied_on, decided_on = FundingStatus.PLANNED, None, None
        elif decided_on is None or decided_on > self.today:
            status, decided_on = FundingStatus.APPLIED, None
        else:
            status = _code(FundingStatus, data.get("outcome", "granted"))
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
        created = applied_on or (project.start_date or self.today) - timedelta(days=120)
        self.add(line, created, decided_on)
        amount = granted if granted is not None else line.applied_amount
        if (
            amount
            and project.start_date
            and project.end_date
            and status in (FundingStatus.GRANTED, FundingStatus.APPLIED, FundingStatus.PLANNED)
        ):
            for year, share in _year_shares(amount, project.start_date, project.end_date).items():
                self.add(
                    FundingYear(
                        id=demo_id("funding_year", f"{facts.key}/{n}/{year}"),
                        funding_line_id=line.id,
                        year=year,
                        amount=share,
                    ),
                    created,
                    decided_on,
                )
        return line

    def _template_deadlines(
        self, facts: _ProjectFacts, line: FundingLine, templates: list[DeadlineTemplate]
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
            first = add_months(anchor, template.offset_months) + timedelta(
                days=template.offset_days
            )
            every = template.recurrence.months
            until = project.end_date or add_months(first, 48)
            for n, due in enumerate(occurrences(first, every, until if every else first)):
                key = f"template/{facts.key}/{template.id}/{n}"
                if due < self.today:
                    left_undone = due >= self.today - timedelta(days=45) and _stable(key) % 2 == 0
                    late = _stable(key) % 9 - 5  # most a few days early, some late
                    done = None if left_undone else due + timedelta(days=late)
                    recurrence = Recurrence.NONE
                else:
                    done = None
                    recurrence = template.recurrence
                self.deadlines.append(
                    self.deadline(
                        key,
                        title=f"{template.title}: {project.short_name or project.title}",
                        kind=template.kind,
                        due=due,
                        done=done,
                        responsible=project.project_manager_id,
                        project_id=project.id,
                        funding_line_id=line.id,
                        template_id=template.id,
                        reminder_days=template.reminder_days,
                        recurrence=recurrence,
                        recurrence_until=project.end_date
                        if recurrence != Recurrence.NONE
                        else None,
                        created=line.decision_date,
                    )
                )
                if due >= self.today:
                    break

    def deadline(
        self,
        key: str,
        *,
        title: str,
        kind: DeadlineKind,
        due: date,
        done: date | None = None,
        responsible: str | None = None,
        agreement_id: str | None = None,
        project_id: str | None = None,
        funding_line_id: str | None = None,
        meeting_id: str | None = None,
        template_id: str | None = None,
        reminder_days: int = 14,
        recurrence: Recurrence = Recurrence.NONE,
        recurrence_until: date | None = None,
        notes: str = "",
        created: date | None = None,
    ) -> Deadline:
        """A deadline row (added to the session later, after the meetings it may point at)."""
        if done is not None and done > self.today:
            done = self.today
        deadline = Deadline(
            id=demo_id("deadline", key),
            title=title[:300],
            kind=kind,
            due_date=due,
            status=DeadlineStatus.DONE if done else DeadlineStatus.OPEN,
            done_date=done,
            responsible_id=responsible,
            agreement_id=agreement_id,
            project_id=project_id,
            funding_line_id=funding_line_id,
            meeting_id=meeting_id,
            template_id=template_id,
            reminder_days=reminder_days,
            recurrence=recurrence,
            recurrence_until=recurrence_until,
            notes=notes,
        )
        created_day = created or due - timedelta(days=60)
        created_day = min(created_day, due)
        # Stamped now, added to the session by build() once the meetings exist.
        self.add(deadline, created_day, done)
        self.s.expunge(deadline)
        return deadline

    # -- the fund --

    def fund_years(self) -> range:
        return range(FUND_FIRST_YEAR, self.today.year + BUDGET_PLAN_YEARS + 1)

    def build_fund_allocations(self) -> None:
        data = self.src["fund"]
        fixed = {int(year): int(amount) for year, amount in data["appropriations"].items()}
        for year in self.fund_years():
            self.appropriations[year] = fixed.get(year, int(data["later"]))
        used: dict[int, int] = defaultdict(int)
        sequence: dict[int, int] = defaultdict(int)
        facts_in_order = sorted(
            self.projects.values(),
            key=lambda f: (f.obj.start_date or self.today, f.key),
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
            if decision > self.today or project.status == ProjectStatus.IDEA:
                decision_date = None
            else:
                decision_date = decision
            ref = ""
            if decision_date:
                sequence[decision_date.year] += 1
                ref = f"FIF {decision_date.year}/{sequence[decision_date.year]:02d}"
            amounts = _yearly_amounts(
                facts.fund_per_year, project.start_date, project.end_date, self.fund_years()
            )
            for year, wanted in amounts.items():
                amount = min(wanted, self.appropriations[year] - used[year])
                if amount <= 0:
                    continue
                used[year] += amount
                if decision_date is None:
                    note = "Reservert i budsjettplanen; ikke vedtatt."
                elif year > self.today.year:
                    note = "Forpliktelse i budsjettplanen."
                else:
                    note = "Medfinansiering (egenandel)."
                self.add(
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
                    decision_date or self.today - timedelta(days=14),
                )

    def build_appropriations(self, extra: dict[int, int]) -> None:
        data = self.src["fund"]
        fixed = {int(year) for year in data["appropriations"]}
        for year, amount in self.appropriations.items():
            notes = (
                f"Vedtatt i budsjettet for {year}."
                if year in fixed and year <= self.today.year
                else str(data.get("later_note", ""))
            )
            if extra.get(year):
                # Synthetic allocations stay within the appropriation: raise it to match.
                amount += -(-extra[year] // 100_000) * 100_000
                notes += " Økt for syntetiske testdata."
            self.add(
                FundAppropriation(
                    id=demo_id("fund_appropriation", str(year)),
                    year=year,
                    amount=amount,
                    notes=notes.strip(),
                ),
                date(year - 1, 12, 15),
            )

    # -- agreements' own deadlines --

    def build_agreement_deadlines(self) -> None:
        for key, agreement in self.agreements.items():
            if agreement.kind != AgreementKind.MEMBERSHIP or agreement.status != (
                AgreementStatus.ACTIVE
            ):
                continue
            due = date(self.today.year, 9, 30)
            if due < self.today:
                due = date(self.today.year + 1, 9, 30)
            self.deadlines.append(
                self.deadline(
                    f"notice/{key}",
                    title=f"Frist for å si opp for neste år: {agreement.title}",
                    kind=DeadlineKind.NOTICE,
                    due=due,
                    responsible=agreement.responsible_id,
                    agreement_id=agreement.id,
                    reminder_days=45,
                    recurrence=Recurrence.YEARLY,
                    created=agreement.start_date,
                )
            )

    # -- meetings --

    def build_meetings(self) -> None:
        for series in self.src["meeting_series"]:
            self._series(series)
        for data in self.src.get("meetings", []):
            self._single_meeting(data)

    def _series_dates(self, series: dict[str, Any]) -> list[date]:
        first: date = series["first"]
        dates: list[date] = []
        for year in range(first.year, self.today.year + 2):
            for month in series["months"]:
                day = _nth_weekday(year, month, series["weekday"], series["week"])
                if day >= first:
                    dates.append(day)
        past = [d for d in dates if d < self.today]
        upcoming = [d for d in dates if d >= self.today][:1]
        return past + upcoming

    def _series(self, series: dict[str, Any]) -> None:
        agreement = self.agreements[series["agreement"]]
        members = self.contact_groups[series["agreement"]]
        partner_orgs = {
            key
            for key, org_id in self.orgs.items()
            if key != "baerum"
            and any(p.organisation_id == org_id for p in self._parties(agreement))
        }
        secretary = next(
            (
                p
                for p, side, role in members
                if role == ContactRole.SECRETARY and side == Side.MUNICIPALITY
            ),
            members[0][0],
        )
        leader = next(
            (p for p, side, role in members if role == ContactRole.LEADERSHIP),
            members[0][0],
        )
        topics = series["topics"]
        at = time.fromisoformat(series["time"])
        length = int(series["minutes"])
        status_minutes = 20 if length <= 90 else 30
        topic_minutes = (length - 10 - status_minutes - 10) // 2 // 5 * 5
        cancelled = set(series.get("cancelled", []))
        for index, day in enumerate(self._series_dates(series)):
            key = f"{series['key']}/{day.isoformat()}"
            if day in cancelled:
                status = MeetingStatus.CANCELLED
            elif day < self.today:
                status = MeetingStatus.HELD
            else:
                status = MeetingStatus.PLANNED
            digital = series.get("digital_from") and series["digital_from"] <= day <= series.get(
                "digital_until", day
            )
            place = (
                series["digital"] if digital else series["places"][index % len(series["places"])]
            )
            meeting = self.add(
                Meeting(
                    id=demo_id("meeting", key),
                    title=series["title"],
                    kind=MeetingKind.CONTACT_GROUP,
                    status=status,
                    agreement_id=agreement.id,
                    starts_at=datetime.combine(day, at),
                    duration_minutes=length,
                    place=place,
                    notes=series.get("cancel_note", "")
                    if status == MeetingStatus.CANCELLED
                    else "",
                ),
                day - timedelta(days=21),
                day if status != MeetingStatus.PLANNED else None,
            )
            for j, (person_key, _side, _role) in enumerate(members):
                present: bool | None = None
                if status == MeetingStatus.HELD:
                    present = (index + j) % 7 != 3
                self.add(
                    MeetingParticipant(
                        id=demo_id("meeting_participant", f"{key}/{person_key}"),
                        meeting_id=meeting.id,
                        person_id=self.people[person_key].id,
                        invited=True,
                        present=present,
                    ),
                    day - timedelta(days=21),
                    day if present is not None else None,
                )
            held = status == MeetingStatus.HELD
            running = [f for f in self.projects.values() if f.orgs & partner_orgs and f.ran_on(day)]
            pending = [
                f
                for f in self.projects.values()
                if f.orgs & partner_orgs
                and any(a <= day and (d is None or d > day) for a, d in f.applications)
            ]
            items: list[dict[str, Any]] = [
                {
                    "title": "Godkjenning av innkalling og saksliste",
                    "minutes": 5,
                    "presenter": leader,
                    "text": "Innkalling og saksliste ble godkjent.",
                },
                {
                    "title": "Referat fra forrige møte" if index else "Kontaktgruppens mandat",
                    "minutes": 5,
                    "presenter": secretary,
                    "text": (
                        "Referatet ble godkjent. Oppfølgingspunktene er fulgt opp eller står "
                        "på fristlisten."
                        if index
                        else "Mandatet i samarbeidsavtalen ble gjennomgått."
                    ),
                },
                {
                    "title": "Status i porteføljen",
                    "description": "Prosjekter, søknader og frister under avtalen.",
                    "minutes": status_minutes,
                    "presenter": secretary,
                    "text": (
                        f"Sekretariatet la fram porteføljeoversikten: {len(running)} "
                        f"prosjekter pågår, og {len(pending)} søknader er til behandling."
                    ),
                    "outcomes": [
                        {
                            "kind": "information",
                            "text": "Porteføljeoversikten ble tatt til orientering.",
                        }
                    ],
                },
            ]
            for t in (topics[(2 * index) % len(topics)], topics[(2 * index + 1) % len(topics)]):
                items.append(
                    {
                        "title": t["title"],
                        "description": t.get("description", ""),
                        "minutes": topic_minutes,
                        "presenter": t.get("presenter"),
                        "text": t.get("minutes", ""),
                        "outcomes": t.get("outcomes", []),
                    }
                )
            items.append(
                {"title": "Eventuelt", "minutes": 10, "presenter": leader, "text": "Ingen saker."}
            )
            self._agenda(key, meeting, items, held, agreement_id=agreement.id)
            if held:
                self.documents.append(
                    DocumentRef(
                        id=demo_id("document_ref", f"minutes/{key}"),
                        title=f"Referat: {series['title']} {day.strftime('%d.%m.%Y')}",
                        location="\\\\baerum.kommune.no\\felles\\UD\\Forskning og innovasjon\\"
                        f"Kontaktgrupper\\{series['key'].upper()}\\Referat {day.isoformat()}.docx",
                        archive_ref=f"{agreement.archive_case_number}-{40 + index}",
                        agreement_id=agreement.id,
                        meeting_id=meeting.id,
                    )
                )

    def _parties(self, agreement: Agreement) -> list[AgreementParty]:
        return [
            obj
            for obj in self.created
            if isinstance(obj, AgreementParty) and obj.agreement_id == agreement.id
        ]

    def _agenda(
        self,
        key: str,
        meeting: Meeting,
        items: Sequence[dict[str, Any]],
        held: bool,
        *,
        agreement_id: str | None = None,
        project_id: str | None = None,
    ) -> None:
        day = meeting.starts_at.date()
        for position, item in enumerate(items, start=1):
            agenda = self.add(
                AgendaItem(
                    id=demo_id("agenda_item", f"{key}/{position}"),
                    meeting_id=meeting.id,
                    position=position,
                    title=item["title"],
                    description=item.get("description", ""),
                    presenter_id=self.person_id(item.get("presenter")),
                    duration_minutes=int(item["minutes"]),
                    minutes=item.get("text", "") if held else "",
                ),
                day - timedelta(days=21),
                day if held else None,
            )
            if not held:
                continue
            for j, data in enumerate(item.get("outcomes", [])):
                kind = _code(OutcomeKind, data["kind"])
                responsible = self.person_id(data.get("responsible"))
                due = day + timedelta(days=int(data["days"])) if "days" in data else None
                deadline_id = None
                if kind == OutcomeKind.ACTION and due is not None:
                    dkey = f"meeting/{key}/{position}/{j}"
                    done = None
                    if due <= self.today - timedelta(days=21):
                        done = due - timedelta(days=_stable(dkey) % 9)
                    deadline = self.deadline(
                        dkey,
                        title=data["text"],
                        kind=DeadlineKind.FOLLOW_UP,
                        due=due,
                        done=done,
                        responsible=responsible,
                        agreement_id=agreement_id,
                        project_id=project_id,
                        meeting_id=meeting.id,
                        reminder_days=7,
                        created=day,
                    )
                    self.deadlines.append(deadline)
                    deadline_id = deadline.id
                outcome = Outcome(
                    id=demo_id("outcome", f"{key}/{position}/{j}"),
                    agenda_item_id=agenda.id,
                    kind=kind,
                    text=data["text"],
                    responsible_id=responsible,
                    due_date=due,
                    deadline_id=deadline_id,
                )
                self.add(outcome, day)
                self.s.expunge(outcome)
                self.outcomes.append(outcome)

    def _single_meeting(self, data: dict[str, Any]) -> None:
        key = f"single/{data['key']}"
        day = self.when.required(data["at"])
        while day.weekday() >= 5:
            day += timedelta(days=1)
        status = MeetingStatus.HELD if day < self.today else MeetingStatus.PLANNED
        project_id = self.projects[data["project"]].obj.id if "project" in data else None
        agreement_id = self.agreements[data["agreement"]].id if "agreement" in data else None
        meeting = self.add(
            Meeting(
                id=demo_id("meeting", key),
                title=data["title"],
                kind=_code(MeetingKind, data.get("kind", "project")),
                status=status,
                agreement_id=agreement_id,
                project_id=project_id,
                starts_at=datetime.combine(day, time.fromisoformat(data.get("time", "09:00"))),
                duration_minutes=int(data.get("minutes", 60)),
                place=data.get("place", ""),
            ),
            min(day, self.today) - timedelta(days=14),
        )
        for person_key in data.get("participants", []):
            self.add(
                MeetingParticipant(
                    id=demo_id("meeting_participant", f"{key}/{person_key}"),
                    meeting_id=meeting.id,
                    person_id=self.people[person_key].id,
                    invited=True,
                    present=True if status == MeetingStatus.HELD else None,
                ),
                min(day, self.today) - timedelta(days=14),
            )
        items = [
            {
                "title": item["title"],
                "description": item.get("description", ""),
                "minutes": item.get("minutes", 10),
                "presenter": item.get("presenter"),
            }
            for item in data.get("agenda", [])
        ]
        self._agenda(
            key,
            meeting,
            items,
            status == MeetingStatus.HELD,
            agreement_id=agreement_id,
            project_id=project_id,
        )

    # -- explicit deadlines, lessons, documents --

    def build_deadlines(self) -> None:
        for n, data in enumerate(self.src.get("deadlines", [])):
            due = self.when.required(data["due"])
            done = self.when(data.get("done"))
            recurrence = _code(Recurrence, data.get("recurrence", "none"))
            self.deadlines.append(
                self.deadline(
                    f"explicit/{n}",
                    title=data["title"],
                    kind=_code(DeadlineKind, data["kind"]),
                    due=due,
                    done=done if done and done <= self.today else None,
                    responsible=self.person_id(data.get("responsible")),
                    agreement_id=(
                        self.agreements[data["agreement"]].id if "agreement" in data else None
                    ),
                    project_id=self.projects[data["project"]].obj.id if "project" in data else None,
                    reminder_days=int(data.get("reminder_days", 14)),
                    recurrence=recurrence,
                    created=due - timedelta(days=45),
                )
            )
        if recurrence_rows := [
            d
            for d in self.deadlines
            if d.recurrence != Recurrence.NONE and d.status == DeadlineStatus.DONE
        ]:
            # A recurring deadline that is done moves on: add its next occurrence.
            for d in recurrence_rows:
                self.deadlines.append(
                    self.deadline(
                        f"next/{d.id}",
                        title=d.title,
                        kind=d.kind,
                        due=add_months(d.due_date, d.recurrence.months),
                        responsible=d.responsible_id,
                        agreement_id=d.agreement_id,
                        project_id=d.project_id,
                        reminder_days=d.reminder_days,
                        recurrence=d.recurrence,
                        created=d.done_date,
                    )
                )
                d.recurrence = Recurrence.NONE

    def build_lessons(self) -> None:
        for n, data in enumerate(self.src.get("lessons", [])):
            recorded = self.when(data.get("recorded_on"))
            lesson = Lesson(
                id=demo_id("lesson", str(n + 1)),
                title=data["title"],
                description=data.get("description", ""),
                recorded_on=recorded,
            )
            lesson.agreements = [self.agreements[k] for k in data.get("agreements", [])]
            lesson.projects = [self.projects[k].obj for k in data.get("projects", [])]
            self.add(lesson, recorded)

    def build_documents(self) -> None:
        for key, agreement in self.agreements.items():
            if agreement.signed_date is None or not agreement.archive_case_number:
                continue
            self.documents.append(
                DocumentRef(
                    id=demo_id("document_ref", f"agreement/{key}"),
                    title=f"Signert avtale: {agreement.title}",
                    location="\\\\baerum.kommune.no\\felles\\UD\\Forskning og innovasjon\\"
                    f"Avtaler\\{agreement.archive_case_number.replace('/', '-')} signert.pdf",
                    archive_ref=f"{agreement.archive_case_number}-1",
                    agreement_id=agreement.id,
                )
            )
        for n, data in enumerate(self.src.get("documents", [])):
            self.documents.append(
                DocumentRef(
                    id=demo_id("document_ref", f"source/{n}"),
                    title=data["title"],
                    location=data.get("location", ""),
                    archive_ref=data.get("archive_ref", ""),
                    agreement_id=(
                        self.agreements[data["agreement"]].id if "agreement" in data else None
                    ),
                    project_id=self.projects[data["project"]].obj.id if "project" in data else None,
                    notes=data.get("notes", ""),
                )
            )
        for document in self.documents:
            self.add(document, None)

    # -- history --

    def build_change_log(self) -> None:
        """One "created" entry per demo row, at its story time, as the audit would have written."""
        entries = sorted(
            self.created,
            key=lambda o: (o.created_at, o.__tablename__, o.id),  # type: ignore[attr-defined]
        )
        self.s.execute(
            insert(ChangeLog),
            [
                {
                    "at": obj.created_at,
                    "user": DEMO_USER,
                    "entity": obj.__tablename__,  # type: ignore[attr-defined]
                    "row_id": obj.id,
                    "action": ChangeAction.CREATE,
                    "field": "",
                    "old_value": None,
                    "new_value": _label_of(obj),
                }
                for obj in entries
            ],
        )


# --- Synthetic projects for benchmarks ------------------------------------------------------

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


class _Synthetic:
    """N made-up projects with proportionate agreements (one per three projects), funding,
    fund allocations and deadlines, inserted in bulk without the change log."""

    CHUNK = 1500  # a multiple of 3: an agreement's projects stay in one chunk

    def __init__(self, builder: _Builder, n: int) -> None:
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
        self.priority = sorted(_PRIORITY.values())
        self.start_span = (date(self.today.year + 3, 12, 31) - date(2017, 1, 1)).days

    @classmethod
    def chunks(cls, n: int) -> int:
        return -(-n // cls.CHUNK) if n else 0

    def build(self) -> dict[int, int]:
        for first in range(0, self.n, self.CHUNK):
            self.b.step(f"Syntetiske prosjekter {first + 1}–{min(first + self.CHUNK, self.n)}")
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
        scheme_id = _SCHEME_IDS[code]
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
                "funder_id": _SCHEME_FUNDER[scheme_id],
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
            for year, share in _year_shares(granted or applied, start, end).items():
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
        for year, amount in _yearly_amounts(per_year, start, end, self.b.fund_years()).items():
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


__all__ = ["REFUSAL", "create_demo", "demo_id", "load_source"]
