"""The facts of the deadline list (fristliste)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.enums import (
    DeadlineKind,
    DeadlineStatus,
)
from kunnskapsapp.services import clock
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.reporting.common import (
    DEFAULT_DEADLINE_DAYS,
    DeadlineLine,
    Letterhead,
    _deadline_line,
    _letterhead,
    _linked_titles,
    _names,
)


@dataclass
class DeadlineFilter:
    """What the deadline list shows; the deadline page's filters."""

    start: date | None = None  # None: everything overdue, then from today
    end: date | None = None  # None: 90 days from today
    kinds: frozenset[DeadlineKind] = frozenset()  # empty: every kind
    statuses: frozenset[DeadlineStatus] = frozenset({DeadlineStatus.OPEN})
    responsible_id: str | None = None
    agreement_id: str | None = None
    project_id: str | None = None
    text: str = ""
    group_by: str = "week"  # "week" or "month"


@dataclass
class DeadlineListFacts:
    letterhead: Letterhead
    today: date
    start: date | None
    end: date
    overdue: list[DeadlineLine]
    lines: list[DeadlineLine]
    filter_text: list[str]
    group_by: str


def deadline_list_facts(db: Database, filters: DeadlineFilter) -> DeadlineListFacts:
    today = clock.today()
    end = filters.end or today + timedelta(days=DEFAULT_DEADLINE_DAYS)
    with db.session(audit=False) as s:
        names = _names(s)
        head = _letterhead(s)
        linked = _linked_titles(s)
        stmt = select(m.Deadline).where(m.Deadline.due_date <= end)
        if filters.start is not None:
            stmt = stmt.where(m.Deadline.due_date >= filters.start)
        if filters.kinds:
            stmt = stmt.where(m.Deadline.kind.in_(sorted(filters.kinds)))
        if filters.statuses:
            stmt = stmt.where(m.Deadline.status.in_(sorted(filters.statuses)))
        if filters.responsible_id:
            stmt = stmt.where(m.Deadline.responsible_id == filters.responsible_id)
        if filters.agreement_id:
            stmt = stmt.where(m.Deadline.agreement_id == filters.agreement_id)
        if filters.project_id:
            stmt = stmt.where(m.Deadline.project_id == filters.project_id)
        stmt = stmt.order_by(m.Deadline.due_date, m.Deadline.title, m.Deadline.id)
        rows = [_deadline_line(d, names, linked, today) for d in s.scalars(stmt)]
        filter_text: list[str] = []
        if filters.kinds:
            filter_text.append("Type: " + ", ".join(sorted(k.label for k in filters.kinds)))
        if filters.statuses and filters.statuses != frozenset({DeadlineStatus.OPEN}):
            filter_text.append("Status: " + ", ".join(sorted(st.label for st in filters.statuses)))
        if filters.responsible_id:
            filter_text.append("Ansvarlig: " + names.person(filters.responsible_id))
        if filters.agreement_id:
            filter_text.append("Avtale: " + linked.get(filters.agreement_id, ""))
        if filters.project_id:
            filter_text.append("Prosjekt: " + linked.get(filters.project_id, ""))
        if filters.text.strip():
            filter_text.append(f"Søk: «{filters.text.strip()}»")
    needle = filters.text.strip().lower()
    if needle:
        rows = [
            r
            for r in rows
            if needle in r.title.lower()
            or needle in r.linked_to.lower()
            or needle in r.responsible.lower()
            or needle in r.notes.lower()
        ]
    if filters.start is None:
        overdue = [r for r in rows if r.due < today]
        current = [r for r in rows if r.due >= today]
        if DeadlineStatus.OPEN in filters.statuses or not filters.statuses:
            # Before today only what is still open is "overdue"; done ones are history.
            overdue = [r for r in overdue if r.status == DeadlineStatus.OPEN]
    else:
        overdue, current = [], rows
    return DeadlineListFacts(
        letterhead=head,
        today=today,
        start=filters.start,
        end=end,
        overdue=overdue,
        lines=current,
        filter_text=filter_text,
        group_by=filters.group_by,
    )


# --- Avtaleregister -------------------------------------------------------------------------------
