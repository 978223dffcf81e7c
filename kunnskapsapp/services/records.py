"""Plain data the UI can hold: a `Record` per row, and what each field of a model is.

Records are dicts with attribute access, detached from any Session. Field descriptions come
from the model's columns (type, nullability, length, enum, foreign key, Norwegian label), so a
form, a table, an import and a validation message all agree about a field.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any, cast

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    inspect,
)
from sqlalchemy.orm import Session, lazyload

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.base import Base
from kunnskapsapp.domain.rules import format_date, format_kroner


class Record(dict[str, Any]):
    """A row as plain data: `record["title"]` or `record.title`."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


@dataclass(frozen=True)
class FieldInfo:
    name: str
    label: str
    kind: str  # "str", "text", "int", "date", "datetime", "bool", "enum", "ref", "binary"
    nullable: bool
    required: bool
    max_length: int | None = None
    enum: type[enum.Enum] | None = None
    target: type[Base] | None = None  # for "ref"
    money: bool = False
    signed: bool = False  # may be negative


AUDIT_FIELDS = ("id", "created_at", "created_by", "updated_at", "updated_by", "version")


def _model_for_table(table_name: str) -> type[Base] | None:
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if getattr(cls, "__tablename__", None) == table_name:
            return cls
    return None


@cache
def fields_of(model: type[Base]) -> tuple[FieldInfo, ...]:
    """The editable fields of a model, in declaration order."""
    result: list[FieldInfo] = []
    mapper = inspect(model)
    for column in mapper.columns:
        name = column.key
        if name in AUDIT_FIELDS:
            continue
        info = column.info
        label = info.get("label", name)
        kind = "str"
        enum_cls = None
        target = None
        max_length = None
        col_type = column.type
        if column.foreign_keys:
            kind = "ref"
            fk = next(iter(column.foreign_keys))
            target = _model_for_table(fk.column.table.name)
        elif hasattr(col_type, "enum_class") and col_type.enum_class is not None:
            kind = "enum"
            enum_cls = col_type.enum_class
        elif isinstance(col_type, Boolean):
            kind = "bool"
        elif isinstance(col_type, Integer):
            kind = "int"
        elif isinstance(col_type, DateTime):
            kind = "datetime"
        elif isinstance(col_type, Date):
            kind = "date"
        elif isinstance(col_type, LargeBinary):
            kind = "binary"
        elif isinstance(col_type, Text):
            kind = "text"
        elif isinstance(col_type, String):
            kind = "str"
            max_length = col_type.length
        has_default = column.default is not None or column.server_default is not None
        result.append(
            FieldInfo(
                name=name,
                label=label,
                kind=kind,
                nullable=bool(column.nullable),
                required=not column.nullable and not has_default,
                max_length=max_length,
                enum=enum_cls,
                target=target,
                money=kind == "int" and "(kr)" in label,
                signed=bool(info.get("signed")),
            )
        )
    return tuple(result)


def table_of(model: type[Base]) -> Table:
    return cast(Table, model.__table__)


def id_column(model: type[Base]) -> Any:
    return model.id  # type: ignore[attr-defined]


def field_info(model: type[Base], name: str) -> FieldInfo:
    for f in fields_of(model):
        if f.name == name:
            return f
    raise KeyError(name)


def display_name(obj: Any) -> str:
    """How a row is named in pickers, tables and messages."""
    if isinstance(obj, m.Organisation):
        return obj.short_name or obj.name
    if isinstance(obj, m.Project):
        return obj.short_name or obj.title
    if isinstance(obj, m.Person):
        return obj.name
    if isinstance(obj, m.Sdg):
        return f"{obj.id}. {obj.name}"
    if isinstance(obj, m.Meeting):
        return f"{obj.title} ({obj.starts_at:%d.%m.%Y})" if obj.starts_at else obj.title
    if isinstance(obj, m.FundingLine):
        return f"Finansiering {obj.external_ref}".strip()
    if isinstance(obj, m.FundAppropriation):
        return f"Bevilgning til fondet {obj.year}"
    if isinstance(obj, m.FundAllocation):
        return f"Tildeling {obj.year}: {format_kroner(obj.amount)}"
    if isinstance(obj, m.FundingYear):
        return f"{obj.year}: {format_kroner(obj.amount)}"
    if isinstance(obj, m.AgreementEvaluation):
        return f"Evaluering {format_date(obj.evaluated_on)}"
    if isinstance(obj, m.AgreementParty | m.ProjectPartner):
        return "Part"
    if isinstance(obj, m.ContactGroupMember | m.MeetingParticipant | m.Supervisor):
        return "Person"
    for attr in ("title", "name", "text"):
        value = getattr(obj, attr, None)
        if value:
            return str(value)
    return str(getattr(obj, "id", ""))


def display_from_values(model: type[Base], values: dict[str, Any]) -> str:
    """`display_name` from a row's column values, without an ORM object."""
    columns = _NAME_COLUMNS.get(model)
    if columns is not None:
        return str(next((values[c] for c in columns if values.get(c)), ""))
    transient = model(**{k: v for k, v in values.items() if k in inspect(model).columns})
    return display_name(transient)


# Many-to-many collections edited as lists of ids: record key → (attribute, target model).
COLLECTIONS: dict[type[Base], dict[str, tuple[str, type[Base]]]] = {
    m.Project: {
        "priority_area_ids": ("priority_areas", m.PriorityArea),
        "sdg_ids": ("sdgs", m.Sdg),
    },
    m.Lesson: {
        "agreement_ids": ("agreements", m.Agreement),
        "project_ids": ("projects", m.Project),
    },
}


def to_record(obj: Any) -> Record:
    """Columns and many-to-many ids of a loaded row, as plain data."""
    record = Record()
    for column in inspect(type(obj)).columns:
        record[column.key] = getattr(obj, column.key)
    for key, (attr, _target) in COLLECTIONS.get(type(obj), {}).items():
        record[key] = [item.id for item in getattr(obj, attr)]
    record["display_name"] = display_name(obj)
    return record


# The columns `display_name` reads, per model: names load without building ORM objects.
_NAME_COLUMNS: dict[type[Base], tuple[str, ...]] = {
    m.Organisation: ("short_name", "name"),
    m.Person: ("name",),
    m.Project: ("short_name", "title"),
    m.Agreement: ("title",),
    m.ServiceArea: ("name",),
    m.PriorityArea: ("name",),
    m.FundingScheme: ("name",),
    m.Lesson: ("title",),
    m.Deadline: ("title",),
    m.DeadlineTemplate: ("title",),
    m.AgendaItem: ("title",),
}
# Above this many ids, one query for every name beats a huge IN list (and SQLite's limit).
_MAX_IN = 2000


def name_pairs(
    session: Session,
    model: type[Base],
    ids: set[Any] | None = None,
    where: dict[str, Any] | None = None,
) -> list[tuple[Any, str]]:
    """(id, display name) of rows of `model`: all, those with `ids`, or those matching `where`."""
    columns = _NAME_COLUMNS.get(model)
    id_col = id_column(model)
    if columns is None:
        # Only the row's own columns: no owned rows loaded just to name it.
        query: Any = session.query(model).options(lazyload("*"))
        if ids is not None and len(ids) <= _MAX_IN:
            query = query.filter(id_col.in_(ids))
        for key, value in (where or {}).items():
            query = query.filter(getattr(model, key) == value)
        return [(row.id, display_name(row)) for row in query.all()]
    select_cols = [id_col, *(getattr(model, c) for c in columns)]
    query = session.query(*select_cols)
    if ids is not None and len(ids) <= _MAX_IN:
        query = query.filter(id_col.in_(ids))
    for key, value in (where or {}).items():
        query = query.filter(getattr(model, key) == value)
    return [(row[0], next((v for v in row[1:] if v), "")) for row in query.all()]


def ref_names(session: Session, model: type[Base], ids: set[Any]) -> dict[Any, str]:
    """Display names for a set of ids of one model, in one query."""
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    return dict(name_pairs(session, model, ids))


def add_ref_names(session: Session, model: type[Base], records: list[Record]) -> None:
    """For every foreign key `x_id`, add `x_name` with the referenced row's display name."""
    for f in fields_of(model):
        if f.kind != "ref" or f.target is None:
            continue
        names = ref_names(session, f.target, {r[f.name] for r in records})
        key = f.name[:-3] + "_name" if f.name.endswith("_id") else f.name + "_name"
        for r in records:
            r[key] = names.get(r[f.name], "")


def plain(value: Any) -> Any:
    """A JSON-friendly form of a value (exports, the command line)."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return None
    return value
