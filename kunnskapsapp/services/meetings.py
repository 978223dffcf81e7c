"""Meetings: agenda order and length, participants, and outcomes whose actions become deadlines."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.enums import DeadlineKind, DeadlineStatus, MeetingStatus, OutcomeKind
from kunnskapsapp.domain.rules import agenda_warning
from kunnskapsapp.services import clock, crud
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.records import Record


@crud.enricher(
    m.Meeting,
    adds=(
        "agenda_minutes",
        "participant_count",
        "ends_at",
        "agenda_warning",
    ),
)
def _enrich(session: Session, records: list[Record]) -> None:
    ids = [r.id for r in records]
    minutes = dict(
        session.execute(
            select(
                m.AgendaItem.meeting_id, func.coalesce(func.sum(m.AgendaItem.duration_minutes), 0)
            )
            .where(m.AgendaItem.meeting_id.in_(ids))
            .group_by(m.AgendaItem.meeting_id)
        ).all()
    )
    invited = dict(
        session.execute(
            select(m.MeetingParticipant.meeting_id, func.count())
            .where(m.MeetingParticipant.meeting_id.in_(ids))
            .group_by(m.MeetingParticipant.meeting_id)
        ).all()
    )
    for r in records:
        total = int(minutes.get(r.id, 0))
        r["agenda_minutes"] = total
        r["participant_count"] = int(invited.get(r.id, 0))
        r["ends_at"] = r.starts_at + timedelta(minutes=r.duration_minutes or 0)
        r["agenda_warning"] = agenda_warning(total, r.duration_minutes)


def add_agenda_item(db: Database, meeting_id: str, values: dict[str, Any]) -> Record:
    """Append an item at the end of the agenda."""
    with db.session() as s:
        crud.load(s, m.Meeting, meeting_id)
        last = s.scalar(
            select(func.max(m.AgendaItem.position)).where(m.AgendaItem.meeting_id == meeting_id)
        )
        item = crud.create_in(
            s, m.AgendaItem, {**values, "meeting_id": meeting_id, "position": (last or 0) + 1}
        )
        return crud.records(s, m.AgendaItem, [item])[0]


def move_agenda_item(db: Database, item_id: str, new_index: int) -> list[Record]:
    """Move an item to `new_index` (0-based) and number the agenda 1, 2, 3, ..."""
    with db.session() as s:
        item = crud.load(s, m.AgendaItem, item_id)
        items = list(
            s.scalars(
                select(m.AgendaItem)
                .where(m.AgendaItem.meeting_id == item.meeting_id)
                .order_by(m.AgendaItem.position, m.AgendaItem.created_at)
            )
        )
        items.remove(item)
        items.insert(max(0, min(new_index, len(items))), item)
        for position, each in enumerate(items, start=1):
            if each.position != position:
                each.position = position
        s.flush()
        return crud.records(s, m.AgendaItem, items)


def agenda(db: Database, meeting_id: str) -> list[Record]:
    return crud.list_rows(db, m.AgendaItem, where={"meeting_id": meeting_id}, order_by=["position"])


def save_outcome(
    db: Database,
    values: dict[str, Any],
    *,
    outcome_id: str | None = None,
    expected_version: int | None = None,
) -> Record:
    """Create or update an outcome; an action gets (or updates) its deadline in the same
    transaction, linked to the meeting and its agreement or project."""
    with db.session() as s:
        if outcome_id is None:
            outcome = crud.create_in(s, m.Outcome, values)
        else:
            outcome = crud.update_in(s, m.Outcome, outcome_id, values, expected_version)
        if outcome.kind is OutcomeKind.ACTION:
            item = crud.load(s, m.AgendaItem, outcome.agenda_item_id)
            meeting = crud.load(s, m.Meeting, item.meeting_id)
            deadline_values = {
                "title": outcome.text.strip().splitlines()[0][:300],
                "kind": DeadlineKind.FOLLOW_UP,
                "due_date": outcome.due_date,
                "responsible_id": outcome.responsible_id,
                "meeting_id": meeting.id,
                "agreement_id": meeting.agreement_id,
                "project_id": meeting.project_id,
                "notes": (
                    f"Fra møtet «{meeting.title}» {meeting.starts_at:%d.%m.%Y}, "
                    f"sak {item.position}."
                ),
            }
            if outcome.deadline_id and s.get(m.Deadline, outcome.deadline_id) is not None:
                # Only what the follow-up item itself says: notes or links edited in the
                # deadline list stay as they are.
                own = ("title", "due_date", "responsible_id")
                crud.update_in(
                    s, m.Deadline, outcome.deadline_id, {k: deadline_values[k] for k in own}
                )
            else:
                deadline = crud.create_in(s, m.Deadline, deadline_values)
                outcome.deadline_id = deadline.id
                s.flush()
        elif outcome.deadline_id:
            # No longer an action: its follow-up leaves the deadline list unless already done.
            deadline = s.get(m.Deadline, outcome.deadline_id)
            outcome.deadline_id = None
            s.flush()
            if deadline is not None and deadline.status is DeadlineStatus.OPEN:
                crud.delete_in(s, m.Deadline, deadline.id)
        return crud.records(s, m.Outcome, [outcome])[0]


def next_meeting(db: Database, after: datetime | None = None) -> Record | None:
    """The next planned meeting from now (or `after`)."""
    after = after or datetime.combine(clock.today(), datetime.min.time())
    with db.session() as s:
        meeting = s.scalars(
            select(m.Meeting)
            .where(m.Meeting.starts_at >= after)
            .where(m.Meeting.status != MeetingStatus.CANCELLED)
            .order_by(m.Meeting.starts_at)
            .limit(1)
        ).first()
        return crud.records(s, m.Meeting, [meeting])[0] if meeting else None
