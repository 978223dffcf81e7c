"""The state one demo build shares between its areas, and the plumbing every area uses:
stamping a new row with its story time, making a deadline, writing the change log."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, TypeVar, cast

from sqlalchemy import insert
from sqlalchemy.orm import Session

from kunnskapsapp.domain.base import Tracked
from kunnskapsapp.domain.enums import (
    ChangeAction,
    ContactRole,
    DeadlineKind,
    DeadlineStatus,
    ProjectStatus,
    Recurrence,
    Side,
)
from kunnskapsapp.domain.models import (
    Agreement,
    ChangeLog,
    Deadline,
    DocumentRef,
    FundingLine,
    Outcome,
    Person,
    Project,
)
from kunnskapsapp.services.demo.common import DEMO_USER, demo_id, fund_years
from kunnskapsapp.services.demo.dates import Dates
from kunnskapsapp.services.progress import Progress

T = TypeVar("T", bound=Tracked)


@dataclass
class ProjectFacts:
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


@dataclass(frozen=True)
class Links:
    """Who answers for a deadline and what it belongs to (named as the deadline's columns)."""

    responsible_id: str | None = None
    agreement_id: str | None = None
    project_id: str | None = None
    funding_line_id: str | None = None
    meeting_id: str | None = None
    template_id: str | None = None

    @classmethod
    def of_agreement(cls, agreement: Agreement) -> Links:
        return cls(agreement.responsible_id, agreement_id=agreement.id)

    @classmethod
    def of_project(cls, project: Project, line: FundingLine | None = None) -> Links:
        return cls(
            project.project_manager_id,
            project_id=project.id,
            funding_line_id=line.id if line else None,
        )


class Builder:
    """One demo build: the session, the source, the day, and what the areas built so far."""

    def __init__(
        self, session: Session, source: dict[str, Any], today: date, progress: Progress, total: int
    ) -> None:
        self.s = session
        self.src = source
        self.today = today
        self.when = Dates(today)
        self.progress = progress
        self.fund_years = fund_years(today)
        self.created: list[Tracked] = []
        self.orgs: dict[str, str] = {}
        self.org_mail: dict[str, str] = {}
        self.people: dict[str, Person] = {}
        self.areas: dict[str, str] = {}
        self.agreements: dict[str, Agreement] = {}
        self.contact_groups: dict[str, list[tuple[str, Side, ContactRole]]] = {}
        self.projects: dict[str, ProjectFacts] = {}
        self.deadlines: list[Deadline] = []
        self.outcomes: list[Outcome] = []
        self.documents: list[DocumentRef] = []
        self.appropriations: dict[int, int] = {}
        self.done = 0
        self.total = total

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

    def row(
        self,
        model: type[T],
        key: str,
        created: date | None,
        *,
        updated: date | None = None,
        **values: Any,
    ) -> T:
        """A new `model` row with the demo id for `key` (its kind is the table's name)."""
        values["id"] = demo_id(cast(Any, model).__tablename__, key)
        return self.add(model(**values), created, updated)

    def organisation_roles(
        self,
        model: type[T],
        key: str,
        created: date | None,
        roles: Sequence[tuple[str, enum.Enum]],
        **owner: Any,
    ) -> None:
        """A `model` row per (organisation key, role), under `owner` (e.g. agreement_id=...)."""
        for org_key, role in roles:
            org_id = self.orgs[org_key]
            self.row(model, f"{key}/{org_key}", created, organisation_id=org_id, role=role, **owner)

    def document(
        self, key: str, title: str, location: str, archive_ref: str, links: Links, notes: str = ""
    ) -> None:
        """A document reference, added with the others once the meetings' minutes exist."""
        self.documents.append(
            DocumentRef(
                id=demo_id("document_ref", key),
                title=title,
                location=location,
                archive_ref=archive_ref,
                agreement_id=links.agreement_id,
                project_id=links.project_id,
                meeting_id=links.meeting_id,
                notes=notes,
            )
        )

    def person_id(self, key: str | None) -> str | None:
        return self.people[key].id if key else None

    def agreement_id(self, data: dict[str, Any]) -> str | None:
        """The id of the agreement a source entry names under "agreement", if any."""
        return self.agreements[data["agreement"]].id if "agreement" in data else None

    def project_id(self, data: dict[str, Any]) -> str | None:
        """The id of the project a source entry names under "project", if any."""
        return self.projects[data["project"]].obj.id if "project" in data else None

    def deadline(
        self,
        key: str,
        title: str,
        kind: DeadlineKind,
        due: date,
        links: Links,
        *,
        done: date | None = None,
        reminder_days: int = 14,
        recurrence: Recurrence = Recurrence.NONE,
        recurrence_until: date | None = None,
        created: date | None = None,
    ) -> Deadline:
        """A deadline row, kept in `deadlines` (and out of the session until the meetings it
        may point at exist: `add_deadlines` puts them in)."""
        if done is not None and done > self.today:
            done = self.today
        deadline = Deadline(
            id=demo_id("deadline", key),
            title=title[:300],
            kind=kind,
            due_date=due,
            status=DeadlineStatus.DONE if done else DeadlineStatus.OPEN,
            done_date=done,
            reminder_days=reminder_days,
            recurrence=recurrence,
            recurrence_until=recurrence_until,
            notes="",
            **dataclasses.asdict(links),
        )
        created_day = min(created or due - timedelta(days=60), due)
        self.add(deadline, created_day, done)
        self.s.expunge(deadline)
        self.deadlines.append(deadline)
        return deadline

    def add_deadlines(self) -> None:
        for deadline in self.deadlines:
            self.s.add(deadline)
        self.s.flush()
        for outcome in self.outcomes:
            self.s.add(outcome)

    def write_change_log(self) -> None:
        """One "created" entry per demo row, at its story time, as the audit would have."""
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


def _label_of(obj: Any) -> str:
    for name in ("title", "name", "short_name", "text"):
        value = getattr(obj, name, None)
        if value:
            return str(value)[:200]
    return ""
