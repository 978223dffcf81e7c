"""The change log of a row, as people read it."""

from __future__ import annotations

from sqlalchemy import select

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.base import Base
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.records import Record, fields_of, id_column


def history(
    db: Database, model: type[Base], row_id: str, *, include_children: bool = True
) -> list[Record]:
    """Every change to a row (and, optionally, to rows owned by it), newest first."""
    labels = {f.name: f.label for f in fields_of(model)}
    with db.session() as s:
        ids = {row_id}
        if include_children:
            ids |= _child_ids(s, model, row_id)
        rows = s.scalars(
            select(m.ChangeLog)
            .where(m.ChangeLog.row_id.in_(ids))
            .order_by(m.ChangeLog.at.desc(), m.ChangeLog.id.desc())
        ).all()
        result = []
        for row in rows:
            result.append(
                Record(
                    at=row.at,
                    user=row.user,
                    entity=row.entity,
                    row_id=row.row_id,
                    action=row.action,
                    action_label=row.action.label,
                    field=row.field,
                    field_label=labels.get(row.field, row.field)
                    if row.row_id == row_id
                    else row.field,
                    old_value=row.old_value,
                    new_value=row.new_value,
                )
            )
        return result


def _child_ids(session, model, row_id):  # type: ignore[no-untyped-def]
    children: dict[type[Base], list[tuple[type[Base], str]]] = {
        m.Agreement: [
            (m.AgreementParty, "agreement_id"),
            (m.AgreementEvaluation, "agreement_id"),
            (m.ContactGroupMember, "agreement_id"),
        ],
        m.Project: [
            (m.ProjectPartner, "project_id"),
            (m.Supervisor, "project_id"),
            (m.FundingLine, "project_id"),
        ],
        m.Meeting: [(m.MeetingParticipant, "meeting_id"), (m.AgendaItem, "meeting_id")],
        m.FundingScheme: [(m.DeadlineTemplate, "scheme_id")],
    }
    ids: set[str] = set()
    for child, column in children.get(model, []):
        ids |= set(
            session.scalars(select(id_column(child)).where(getattr(child, column) == row_id))
        )
    return ids
