"""Plain data the UI can hold: a `Record` per row, and what each field of a model is.

Records are dicts with attribute access, detached from any Session. Field descriptions come
from the entity declarations (`domain.entities`: the declared kind, the column's nullability,
length, enum, target and Norwegian label), so a form, a table, an import and a validation
message all agree about a field.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any, cast

from sqlalchemy import Table, inspect, select
from sqlalchemy.orm import Session

from kunnskapsapp.domain.base import Base
from kunnskapsapp.domain.collation import norwegian_key
from kunnskapsapp.domain.entities import ENTITIES, FieldKind, FieldSpec, entity, find_entity
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
    """A field as the services coerce and check it: the entity declaration's `FieldSpec`
    with the storage kind the coercion works on."""

    name: str
    label: str
    kind: str  # "str", "text", "int", "date", "datetime", "bool", "enum", "ref", "binary"
    nullable: bool
    required: bool
    max_length: int | None = None
    enum: type[enum.Enum] | None = None
    target: type[Base] | None = None  # for "ref"
    money: bool = False  # declared as whole kroner
    signed: bool = False  # may be negative
    field_kind: FieldKind | None = None  # the declared kind
    personal: bool = False
    spec: FieldSpec | None = None  # the declaration (messages name the field by it)


# How each declared kind is stored and coerced.
_STORAGE_KIND = {
    FieldKind.TEXT: "str",
    FieldKind.LONG_TEXT: "text",
    FieldKind.DATE: "date",
    FieldKind.DATETIME: "datetime",
    FieldKind.KRONER: "int",
    FieldKind.PERCENT: "int",
    FieldKind.COUNT: "int",
    FieldKind.YEAR: "int",
    FieldKind.CHOICE: "enum",
    FieldKind.REFERENCE: "ref",
    FieldKind.YES_NO: "bool",
    FieldKind.BINARY: "binary",
}


@cache
def fields_of(model: type[Base]) -> tuple[FieldInfo, ...]:
    """The editable fields of a model, in declaration order (from its `EntitySpec`)."""
    return tuple(
        FieldInfo(
            name=f.name,
            label=f.label,
            kind=_STORAGE_KIND[f.kind],
            nullable=f.nullable,
            required=f.required,
            max_length=f.max_length,
            enum=f.enum,
            target=f.target,
            money=f.kind is FieldKind.KRONER,
            signed=f.signed,
            field_kind=f.kind,
            personal=f.personal,
            spec=f,
        )
        for f in entity(model).fields
    )


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
    """How a row is named in pickers, tables and messages (its entity's `Naming`)."""
    spec = find_entity(type(obj))
    if spec is not None:
        return spec.name_of({c: getattr(obj, c, None) for c in spec.naming.columns})
    for attr in ("title", "name", "text"):
        value = getattr(obj, attr, None)
        if value:
            return str(value)
    return str(getattr(obj, "id", ""))


def display_from_values(model: type[Base], values: Mapping[str, Any]) -> str:
    """`display_name` from a row's column values, without an ORM object."""
    return entity(model).name_of(values)


def _collections() -> dict[type[Base], dict[str, tuple[str, type[Base]]]]:
    return {
        spec.model: {link.key: (link.attribute, link.target) for link in spec.links}
        for spec in ENTITIES
        if spec.links
    }


# Many-to-many collections edited as lists of ids: record key → (attribute, target model).
# Kept for callers of the old table; the declarations' `links` are the source.
COLLECTIONS: dict[type[Base], dict[str, tuple[str, type[Base]]]] = _collections()


def to_record(obj: Any) -> Record:
    """Columns and many-to-many ids of a loaded row, as plain data."""
    record = Record()
    for column in inspect(type(obj)).columns:
        record[column.key] = getattr(obj, column.key)
    for link in entity(type(obj)).links:
        items = sorted(getattr(obj, link.attribute), key=_item_rank)
        record[link.key] = [item.id for item in items]
    record["display_name"] = display_name(obj)
    return record


def add_links(session: Session, model: type[Base], records: list[Record]) -> None:
    """For every many-to-many link, `record[key]` = the linked ids, in the target's own order
    (or by name), read from the link table joined to the target in one query per link (the
    order's columns with the ids: a form's open read them in a second query per link)."""
    spec = entity(model)
    if not spec.links or not records:
        return
    ids = [r["id"] for r in records]
    own = {i: i for i in ids}  # the records' own ids: `linked` keeps no copy of each
    for link in spec.links:
        prop = inspect(model).relationships[link.attribute]
        secondary = cast(Table, prop.secondary)
        local = next(c for c in secondary.columns if c.references(table_of(model).c.id))
        remote = next(c for c in secondary.columns if c is not local)
        target = entity(link.target)
        target_id = id_column(link.target)
        keys = [key.lstrip("-") for key in target.order or ()] or list(target.naming.columns)
        query = select(local, remote, target_id, *(getattr(link.target, k) for k in keys))
        query = query.outerjoin(link.target, target_id == remote)
        restricted = len(ids) <= _MAX_IN
        if restricted:
            query = query.where(local.in_(ids))
        linked: dict[Any, list[Any]] = {}
        rank: dict[Any, Any] = {}
        shared: dict[Any, Any] = {}  # each target's id once, however many rows link to it
        read = streamed(query, len(ids) if restricted else None)
        for owner, target_key, found, *values in session.execute(read):
            target_key = shared.setdefault(target_key, target_key)
            linked.setdefault(own.get(owner, owner), []).append(target_key)
            if found is None:
                continue  # no such row (never with the foreign key): first, as before
            if target_key in rank:
                continue  # ranked already: a target linked from many rows
            if target.order:
                rank[target_key] = (*values, target_key)
            else:
                name = target.name_of(dict(zip(keys, values, strict=True)))
                rank[target_key] = (norwegian_key(name), target_key)
        for r in records:
            r[link.key] = sorted(linked.get(r["id"], []), key=lambda t: rank.get(t, ()))


def _item_rank(item: Any) -> tuple[Any, ...]:
    spec = entity(type(item))
    if spec.order:
        return (*(getattr(item, key.lstrip("-")) for key in spec.order), item.id)
    return (norwegian_key(display_name(item)), item.id)


# Above this many ids, one query for every name beats a huge IN list (and SQLite's limit).
_MAX_IN = 2000
READ_SLICE = 2000  # rows a long read takes from the database at a time (`streamed`)


def streamed(query: Any, rows: int | None = None) -> Any:
    """`query` read `READ_SLICE` rows at a time. A session otherwise fetches every row of a
    result before the first is seen: the 40 000 rows of the projects' links or the 26 000
    of their partners all existed at once beside what was made of them, and a process's
    peak memory is where such rows met.

    `rows`: about how many rows the query reads, where that is known (an IN list of ids). A
    short read is left as one fetch: on PostgreSQL a read in slices is a server-side cursor,
    three round trips where one does (a form's open and save were 6-7 ms slower)."""
    if rows is not None and rows <= READ_SLICE:
        return query
    return query.execution_options(yield_per=READ_SLICE)


def name_pairs(
    session: Session,
    model: type[Base],
    ids: set[Any] | None = None,
    where: dict[str, Any] | None = None,
) -> list[tuple[Any, str]]:
    """(id, display name) of rows of `model`: all, those with `ids`, or those matching `where`.
    Reads only the columns the entity's name is made of."""
    return list(_named_rows(session, model, ids, where))


def _named_rows(
    session: Session,
    model: type[Base],
    ids: Collection[Any] | None = None,
    where: dict[str, Any] | None = None,
) -> Iterator[tuple[Any, str]]:
    """`name_pairs` as the rows come (above `_MAX_IN` ids, every row of `model`)."""
    spec = entity(model)
    id_col = id_column(model)
    columns = spec.naming.columns
    query: Any = select(id_col, *(getattr(model, c) for c in columns))
    rows = None  # every row of the table, unless a short list of ids restricts it
    if ids is not None and len(ids) <= _MAX_IN:
        query = query.where(id_col.in_(list(ids)))
        rows = len(ids)
    for key, value in (where or {}).items():
        query = query.where(getattr(model, key) == value)
    for row in session.execute(streamed(query, rows)):
        yield row[0], spec.name_of(dict(zip(columns, row[1:], strict=True)))


def sort_records(model: type[Base], records: list[Record], order_by: Iterable[str]) -> None:
    """Sort records in place by fields (a "-" prefix for descending): text in Norwegian
    alphabetical order, choices by their Norwegian name, empty values first."""
    spec = entity(model)
    for key in reversed(list(order_by)):
        name = key.lstrip("-")
        kind = spec.field(name).kind if spec.has_field(name) else None
        records.sort(key=_field_key(name, kind), reverse=key.startswith("-"))


def _field_key(name: str, kind: FieldKind | None) -> Callable[[Record], tuple[Any, ...]]:
    return lambda record: _order_key(record.get(name), kind)


def _order_key(value: Any, kind: FieldKind | None) -> tuple[Any, ...]:
    if value is None or value == "":
        return (0,)
    if isinstance(value, enum.Enum):
        return (1, norwegian_key(str(getattr(value, "label", value.value))))
    if isinstance(value, str):
        return (1, norwegian_key(value))
    return (1, value)


def ref_names(session: Session, model: type[Base], ids: set[Any]) -> dict[Any, str]:
    """Display names for a set of ids of one model, in one query."""
    # Keyed by the ids asked for, not the copies the rows bring: 20 000 deadlines' projects
    # are every project, read in one pass of the table, names of projects not asked for left.
    wanted = {i: i for i in ids if i is not None}
    if not wanted:
        return {}
    return {wanted[i]: name for i, name in _named_rows(session, model, wanted) if i in wanted}


def ref_name_key(f: FieldInfo) -> str:
    """The key of a foreign key's referenced name: `agreement_id` → `agreement_name`."""
    return f.name[:-3] + "_name" if f.name.endswith("_id") else f.name + "_name"


def ref_name_keys(model: type[Base]) -> list[str]:
    """The keys `add_ref_names` gives a model's records, in its order."""
    return [ref_name_key(f) for f in fields_of(model) if f.kind == "ref" and f.target]


def add_ref_names(session: Session, model: type[Base], records: list[Record]) -> None:
    """For every foreign key `x_id`, add `x_name` with the referenced row's display name."""
    for f in fields_of(model):
        if f.kind != "ref" or f.target is None:
            continue
        refs = {r[f.name]: r[f.name] for r in records}  # each referenced id once
        names = ref_names(session, f.target, set(refs))
        key = ref_name_key(f)
        for r in records:
            ref = r[f.name] = refs[r[f.name]]  # the one copy, so long lists keep each id once
            r[key] = names.get(ref, "")


def plain(value: Any) -> Any:
    """A JSON-friendly form of a value (exports, the command line)."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return None
    return value


@dataclass(frozen=True)
class ValueStyle:
    """How `format_value` writes each kind of value: Norwegian here, English in the window's
    formatting (ui.formatting) when the user has chosen English."""

    yes_no: Callable[[bool], str]
    date: Callable[[date], str]
    datetime: Callable[[datetime], str]
    kroner: Callable[[int], str]
    big_count: Callable[[int], str]  # 10 000 and more: with thousands separators
    decimal: Callable[[float], str]
    choice: Callable[[enum.Enum], str]  # a LabelledEnum's member


def _label(member: enum.Enum) -> str:
    """A choice's Norwegian label (its value where it has none)."""
    return str(getattr(member, "label", member.value))


NORWEGIAN = ValueStyle(
    yes_no=lambda v: "Ja" if v else "Nei",
    date=format_date,
    datetime=lambda v: v.strftime("%d.%m.%Y %H:%M"),
    kroner=format_kroner,
    big_count=lambda v: f"{v:,}".replace(",", "\u00a0"),
    decimal=lambda v: f"{v:.1f}".replace(".", ","),
    choice=_label,
)


def format_value(value: Any, kind: FieldKind | None = None, style: ValueStyle = NORWEGIAN) -> str:
    """A value as the form and the tables show it: dd.mm.åååå, `1 250 000 kr`, the choice's
    Norwegian name, Ja/Nei."""
    if value is None:
        return ""
    if isinstance(value, enum.Enum):
        return style.choice(value)
    if isinstance(value, bool):
        return style.yes_no(value)
    if isinstance(value, datetime):
        return style.datetime(value)
    if isinstance(value, date):
        return style.date(value)
    if isinstance(value, int) and kind is FieldKind.KRONER:
        return style.kroner(value)
    if isinstance(value, int) and kind is FieldKind.YEAR:
        return str(value)
    if isinstance(value, int):
        return style.big_count(value) if abs(value) >= 10000 else str(value)
    if isinstance(value, float):
        return style.decimal(value)
    return str(value)
    if isinstance(value, int):
        return f"{value:,}".replace(",", "\u00a0") if abs(value) >= 10000 else str(value)
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    return str(value)
