"""The change log of a row, as people read it.

The log stores values as text (`2026-12-31`, `1250000`, an enum's code, a row's id); the
history shows them as the form does (31.12.2026, `1 250 000 kr`, the choice's Norwegian name,
Ja/Nei, the referenced row's name), driven by each field's declared kind.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.base import Base
from kunnskapsapp.domain.collation import norwegian_key
from kunnskapsapp.domain.entities import EntitySpec, FieldKind, FieldSpec, find_entity
from kunnskapsapp.domain.enums import ChangeAction
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.records import (
    NORWEGIAN,
    Record,
    ValueStyle,
    format_value,
    id_column,
    ref_names,
)


def history(
    db: Database,
    model: type[Base],
    row_id: str,
    *,
    include_children: bool = True,
    style: ValueStyle = NORWEGIAN,
) -> list[Record]:
    """Every change to a row (and, optionally, to rows owned by it), newest first.

    Each record has the stored `old_value`/`new_value` and `old_text`/`new_text`, the values
    as the form shows them (written in `style`); `field_label` is the field's Norwegian
    label (for an owned row, the label in that row's own form)."""
    with db.session() as s:
        ids = {row_id}
        if include_children:
            ids |= _child_ids(s, model, row_id)
        rows = s.scalars(
            select(m.ChangeLog)
            .where(m.ChangeLog.row_id.in_(ids))
            .order_by(m.ChangeLog.at.desc(), m.ChangeLog.id.desc())
        ).all()
        names = _referenced_names(s, rows)
        result = []
        for row in rows:
            spec = find_entity(row.entity)
            old_text, new_text = row.old_value, row.new_value
            if row.action == ChangeAction.UPDATE and spec is not None:
                old_text = shown_value(spec, row.field, row.old_value, names, style)
                new_text = shown_value(spec, row.field, row.new_value, names, style)
            result.append(
                Record(
                    at=row.at,
                    user=row.user,
                    entity=row.entity,
                    row_id=row.row_id,
                    action=row.action,
                    action_label=row.action.label,
                    field=row.field,
                    field_label=_field_label(spec, row.field),
                    old_value=row.old_value,
                    new_value=row.new_value,
                    old_text=old_text,
                    new_text=new_text,
                )
            )
        return result


def _field_label(spec: EntitySpec | None, name: str) -> str:
    if spec is None:
        return name
    link = next((link for link in spec.links if link.attribute == name), None)
    return link.label if link is not None else spec.label_of(name)


def shown_value(
    spec: EntitySpec,
    field: str,
    text: str | None,
    names: dict[type[Base], dict[Any, str]],
    style: ValueStyle = NORWEGIAN,
) -> str | None:
    """A logged value as the form shows it; the stored text when it cannot be read back."""
    if text is None or text == "":
        return text
    link = next((link for link in spec.links if link.attribute == field), None)
    if link is not None:
        target_names = names.get(link.target, {})
        shown = [
            (i, target_names.get(i, str(i))) for i in (_id_of(link.target, t) for t in _split(text))
        ]
        # in the target's order: the goals by number, other rows by name
        shown.sort(key=lambda pair: pair[0] if isinstance(pair[0], int) else norwegian_key(pair[1]))
        return ", ".join(name for _i, name in shown)
    if not spec.has_field(field):
        return text
    f = spec.field(field)
    try:
        value = _parse(f, text)
    except (ValueError, TypeError):
        return text
    if f.kind is FieldKind.REFERENCE and f.target is not None:
        return names.get(f.target, {}).get(value, text)
    return format_value(value, f.kind, style)


def _parse(f: FieldSpec, text: str) -> Any:
    if f.kind is FieldKind.DATE:
        return date.fromisoformat(text)
    if f.kind is FieldKind.DATETIME:
        return datetime.fromisoformat(text)
    if f.kind.is_number:
        return int(text)
    if f.kind is FieldKind.CHOICE and f.enum is not None:
        return f.enum(text)
    if f.kind is FieldKind.YES_NO:
        return {"ja": True, "nei": False, "true": True, "false": False}[text.lower()]
    if f.kind is FieldKind.REFERENCE and f.target is not None:
        return _id_of(f.target, text)
    return text


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _id_of(model: type[Base], text: str) -> Any:
    """Ids as the table keeps them (the SDGs have whole-number ids)."""
    return int(text) if model is m.Sdg and text.isdigit() else text


def _referenced_names(session: Session, rows: Any) -> dict[type[Base], dict[Any, str]]:
    """The names of every row the logged values refer to, one query per target model."""
    wanted: dict[type[Base], set[Any]] = {}
    for row in rows:
        spec = find_entity(row.entity)
        if spec is None or row.action != ChangeAction.UPDATE:
            continue
        values = [v for v in (row.old_value, row.new_value) if v]
        link = next((link for link in spec.links if link.attribute == row.field), None)
        if link is not None:
            for value in values:
                wanted.setdefault(link.target, set()).update(
                    _id_of(link.target, i) for i in _split(value)
                )
        elif spec.has_field(row.field):
            f = spec.field(row.field)
            if f.kind is FieldKind.REFERENCE and f.target is not None:
                wanted.setdefault(f.target, set()).update(_id_of(f.target, v) for v in values)
    return {model: ref_names(session, model, ids) for model, ids in wanted.items()}


def _child_ids(session: Session, model: type[Base], row_id: str) -> set[str]:
    """The ids of the rows owned by a row (its entity's declared `owned` rows)."""
    spec = find_entity(model)
    ids: set[str] = set()
    for child, column in spec.owned if spec is not None else ():
        ids |= set(
            session.scalars(select(id_column(child)).where(getattr(child, column) == row_id))
        )
    return ids
