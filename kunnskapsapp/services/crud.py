"""Create, read, update and delete for every entity, with the domain's checks.

One function per verb, for every model: values are coerced and checked field by field (a
`ValidationError` names the field), then by the entity's own rules (`validation.py`), and
only then written, in one transaction with its change log. A save carries the version the
user started from; if the row has moved on, `StaleVersionError` hands back the current one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint, func, or_, select
from sqlalchemy.orm import Session, lazyload

from kunnskapsapp.domain.base import Base
from kunnskapsapp.domain.entities import ENTITIES, entity, find_entity
from kunnskapsapp.domain.errors import (
    DependencyError,
    Lower,
    NotFoundError,
    StaleVersionError,
    ValidationError,
)
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.reading import Enricher as Enricher
from kunnskapsapp.services.reading import enricher as enricher
from kunnskapsapp.services.reading import records_from_query as records_from_query
from kunnskapsapp.services.records import (
    FieldInfo,
    Record,
    display_name,
    fields_of,
    id_column,
    sort_records,
    table_of,
    to_record,
)

# Above this many ids, read the whole table rather than a huge IN list (and SQLite's limit).
_MAX_IN = 2000
# Entity rules: (session, merged values, existing row or None) → None, raising ValidationError.
Validator = Callable[[Session, dict[str, Any], Any], None]
_VALIDATORS: dict[type[Base], list[Validator]] = {}


def _nouns() -> dict[str, tuple[str, str]]:
    return {spec.table: (spec.singular, spec.plural) for spec in ENTITIES}


# table → (singular, plural), Norwegian, for messages; read from the entity declarations.
NOUNS: dict[str, tuple[str, str]] = _nouns()


def noun(model: type[Base] | str, plural: bool = False) -> str:
    spec = find_entity(model)
    if spec is None:
        table = model if isinstance(model, str) else model.__tablename__
        return table
    return spec.plural if plural else spec.singular


def validator(*models: type[Base]) -> Callable[[Validator], Validator]:
    def register(fn: Validator) -> Validator:
        for model in models:
            _VALIDATORS.setdefault(model, []).append(fn)
        return fn

    return register


# --- Coercion -------------------------------------------------------------------------------

_DATE_NO = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")


def parse_date(text: str) -> date:
    """dd.mm.åååå or ÅÅÅÅ-MM-DD."""
    match = _DATE_NO.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return date(year, month, day)
    return date.fromisoformat(text.strip())


def parse_int(text: str) -> int:
    cleaned = text.strip().lower().removesuffix("kr").replace("\u00a0", "").replace(" ", "")
    cleaned = cleaned.replace("\u2212", "-")
    if re.fullmatch(r"-?\d+", cleaned):
        return int(cleaned)
    if re.fullmatch(r"-?\d+,0+", cleaned):
        return int(cleaned.split(",")[0])
    raise ValueError(text)


def coerce_value(f: FieldInfo, value: Any) -> Any:
    """The value in the field's own type, or ValidationError naming the field."""
    if isinstance(value, str) and f.kind not in ("str", "text") and not value.strip():
        value = None
    if value is None:
        if f.kind in ("str", "text") and not f.nullable:
            value = ""
        elif f.required or (not f.nullable and f.kind not in ("bool",)):
            if f.required:
                raise ValidationError(f.name, "%1 må fylles ut.", f.spec, context="Records")
            return None
        else:
            return None
    try:
        if f.kind in ("str", "text", "ref"):
            if f.kind == "ref" and isinstance(value, int) and not isinstance(value, bool):
                return value
            text = str(value).strip() if f.kind != "text" else str(value)
            if f.kind == "text":
                text = text.strip("\n")
            if f.max_length and len(text) > f.max_length:
                raise ValidationError(
                    f.name,
                    "%1 kan ikke være lengre enn %2 tegn.",
                    f.spec,
                    f.max_length,
                    context="Records",
                )
            if f.required and not text.strip():
                raise ValidationError(f.name, "%1 må fylles ut.", f.spec, context="Records")
            if f.kind == "ref":
                return text or None
            if f.nullable and not text:
                return None
            return text
        if f.kind == "int":
            number = value if isinstance(value, int) else parse_int(str(value))
            if isinstance(number, bool):
                raise ValueError(value)
            if number < 0 and not f.signed:
                raise ValidationError(
                    f.name, "%1 kan ikke være negativt.", f.spec, context="Records"
                )
            if number > 10**13:
                raise ValidationError(
                    f.name, "%1 er urimelig stort. Sjekk tallet.", f.spec, context="Records"
                )
            return number
        if f.kind == "date":
            if isinstance(value, datetime):
                return value.date()
            if isinstance(value, date):
                return value
            return parse_date(str(value))
        if f.kind == "datetime":
            if isinstance(value, datetime):
                return value.replace(second=0, microsecond=0)
            text = str(value).strip()
            match = re.fullmatch(r"(\d{1,2}\.\d{1,2}\.\d{4})\s+(\d{1,2})[:.](\d{2})", text)
            if match:
                day = parse_date(match.group(1))
                return datetime(
                    day.year, day.month, day.day, int(match.group(2)), int(match.group(3))
                )
            return datetime.fromisoformat(text)
        if f.kind == "bool":
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in ("ja", "j", "true", "1", "yes", "x"):
                return True
            if text in ("nei", "n", "false", "0", "no", ""):
                return False
            raise ValueError(value)
        if f.kind == "enum":
            assert f.enum is not None
            if isinstance(value, f.enum):
                return value
            return f.enum.parse(str(value))  # type: ignore[attr-defined]
        if f.kind == "binary":
            if not isinstance(value, bytes):
                raise ValueError(value)
            return value
    except ValidationError:
        raise
    except (ValueError, TypeError, OverflowError):
        raise _type_error(f, value) from None
    return value


def _type_error(f: FieldInfo, value: Any) -> ValidationError:
    shown = str(value)[:40]
    if f.kind == "int":
        return ValidationError(
            f.name,
            "%1: «%2» er ikke et heltall. Skriv bare sifre, for eksempel 250 000.",
            f.spec,
            shown,
            context="Records",
        )
    if f.kind == "date":
        return ValidationError(
            f.name,
            "%1: «%2» er ikke en gyldig dato. Bruk formen dd.mm.åååå.",
            f.spec,
            shown,
            context="Records",
        )
    if f.kind == "datetime":
        return ValidationError(
            f.name,
            "%1: «%2» er ikke et gyldig tidspunkt. Bruk dd.mm.åååå tt:mm.",
            f.spec,
            shown,
            context="Records",
        )
    if f.kind == "bool":
        return ValidationError(
            f.name, "%1: «%2» må være ja eller nei.", f.spec, shown, context="Records"
        )
    if f.kind == "enum":
        assert f.enum is not None
        options = ", ".join(m.label for m in f.enum)  # type: ignore[attr-defined]
        return ValidationError(
            f.name,
            "%1: «%2» er ikke et gyldig valg. Velg en av: %3.",
            f.spec,
            shown,
            options,
            context="Records",
        )
    return ValidationError(f.name, "%1: ugyldig verdi «%2».", f.spec, shown, context="Records")


def coerce(model: type[Base], values: dict[str, Any]) -> dict[str, Any]:
    fields = {f.name: f for f in fields_of(model)}
    spec = entity(model)
    clean: dict[str, Any] = {}
    for key, value in values.items():
        if spec.has_link(key):
            clean[key] = list(dict.fromkeys(value or []))
            continue
        f = fields.get(key)
        if f is None:
            raise ValidationError(
                key, "Feltet «%1» finnes ikke for %2.", key, entity(model), context="Records"
            )
        clean[key] = coerce_value(f, value)
    return clean


def _check_required(model: type[Base], merged: dict[str, Any]) -> None:
    for f in fields_of(model):
        if not f.required:
            continue
        value = merged.get(f.name)
        if value is None or (isinstance(value, str) and not value.strip()):
            raise ValidationError(f.name, "%1 må fylles ut.", f.spec, context="Records")


def _check_references(session: Session, model: type[Base], clean: dict[str, Any]) -> None:
    for f in fields_of(model):
        if f.kind != "ref" or f.target is None or clean.get(f.name) is None:
            continue
        if session.get(f.target, clean[f.name]) is None:
            raise ValidationError(
                f.name,
                "%1: valgt %2 finnes ikke lenger. Velg på nytt.",
                f.spec,
                entity(f.target),
                context="Records",
            )
    for link in entity(model).links:
        for item_id in clean.get(link.key, []):
            if session.get(link.target, item_id) is None:
                raise ValidationError(
                    link.key, "Valgt %1 finnes ikke lenger.", entity(link.target), context="Records"
                )


def _check_unique(
    session: Session, model: type[Base], merged: dict[str, Any], existing: Any
) -> None:
    """Unique columns and constraints, checked before the database would refuse them."""
    table = table_of(model)
    groups: list[list[str]] = [[c.key] for c in table.columns if c.unique]
    groups += [
        [c.key for c in constraint.columns]
        for constraint in table.constraints
        if isinstance(constraint, UniqueConstraint) and len(constraint.columns) > 1
    ]
    for keys in groups:
        values = [merged.get(k) for k in keys]
        if any(v is None or v == "" for v in values):
            continue
        query = select(func.count()).select_from(model)
        for key, value in zip(keys, values, strict=True):
            query = query.where(getattr(model, key) == value)
        if existing is not None:
            query = query.where(id_column(model) != existing.id)
        if session.scalar(query):
            spec = entity(model)
            last = keys[-1]
            label = spec.field(last) if spec.has_field(last) else last
            if len(keys) == 1:
                raise ValidationError(
                    last,
                    "%1 «%2» finnes allerede. Bruk den som er registrert.",
                    label,
                    values[0],
                    context="Records",
                )
            raise ValidationError(
                last, "Denne %1 er allerede registrert her.", Lower(label), context="Records"
            )


def _validate(session: Session, model: type[Base], merged: dict[str, Any], existing: Any) -> None:
    _check_required(model, merged)
    for fn in _VALIDATORS.get(model, []):
        fn(session, merged, existing)


def _apply(session: Session, obj: Any, model: type[Base], clean: dict[str, Any]) -> None:
    spec = entity(model)
    for key, value in clean.items():
        if spec.has_link(key):
            link = spec.link(key)
            setattr(obj, link.attribute, [session.get(link.target, i) for i in value])
        else:
            setattr(obj, key, value)


def current_values(obj: Any) -> dict[str, Any]:
    return dict(to_record(obj))


# --- Reads ----------------------------------------------------------------------------------


def records(session: Session, model: type[Base], rows: Iterable[Any]) -> list[Record]:
    """Loaded rows as records, read back the way `list_rows` reads them (one row shape)."""
    rows = list(rows)
    if not rows:
        return []
    session.flush()
    ids = [row.id for row in rows]
    query = select(*table_of(model).columns)
    few = len(ids) <= _MAX_IN
    if few:
        query = query.where(id_column(model).in_(ids))
    records = records_from_query(session, model, query, set(ids), len(ids) if few else None)
    by_id = {r["id"]: r for r in records}
    return [by_id[i] for i in ids]


def _not_found(model: type[Base], row_id: Any) -> NotFoundError:
    return NotFoundError(
        f"Fant ikke {noun(model)} med id {row_id}. Den kan være slettet av noen andre."
    )


def load(session: Session, model: type[Base], row_id: Any) -> Any:
    obj = session.get(model, row_id)
    if obj is None:
        raise _not_found(model, row_id)
    return obj


def get(db: Database, model: type[Base], row_id: Any) -> Record:
    """One row, in the same shape as `list_rows` gives it: read as `list_rows` reads, without
    building the ORM object first (a form opens on every click in a list)."""
    with db.session() as s:
        query = select(*table_of(model).columns).where(id_column(model) == row_id)
        found = records_from_query(s, model, query, rows=1)
    if not found:
        raise _not_found(model, row_id)
    return found[0]


def list_rows(
    db: Database,
    model: type[Base],
    *,
    search: str = "",
    where: dict[str, Any] | None = None,
    order_by: Iterable[str] = (),
    limit: int | None = None,
) -> list[Record]:
    """Rows matching `where` (field → value, or a list of values) and a free-text search over
    every text column, sorted by the given fields (prefix "-" for descending).

    This is the one row shape of an entity: `get()` and the records a save returns have the
    same keys and the same derived values."""
    with db.session() as s:
        query: Any = select(*table_of(model).columns)
        for key, value in (where or {}).items():
            column = getattr(model, key)
            if isinstance(value, list | tuple | set):
                query = query.where(column.in_(list(value)))
            else:
                query = query.where(column == value)
        if search.strip():
            pattern = f"%{search.strip().lower()}%"
            text_columns = [
                c
                for c in table_of(model).columns
                if isinstance(c.type, String | Text) and not c.foreign_keys and c.name != "id"
            ]
            query = query.where(or_(*(func.lower(c).like(pattern) for c in text_columns)))
        for key in order_by:
            column = getattr(model, key.lstrip("-"))
            query = query.order_by(column.desc() if key.startswith("-") else column)
        if limit:
            query = query.limit(limit)
        result = records_from_query(s, model, query)
    if order_by and not limit:  # the database's order is not Norwegian: sort text again
        sort_records(model, result, order_by)
    return result


# --- Writes ---------------------------------------------------------------------------------


def create_in(
    session: Session, model: type[Base], values: dict[str, Any], *, row_id: Any = None
) -> Any:
    """Create a row inside an open unit of work (for services composing several writes);
    `row_id` keeps a given id (an import of exported rows) instead of a new one."""
    clean = coerce(model, values)
    defaults = {f.name: None for f in fields_of(model)}
    for column in table_of(model).columns:
        default = column.default
        if default is not None and default.is_scalar:
            defaults[column.key] = default.arg  # type: ignore[attr-defined]
    merged = {**defaults, **clean}
    _check_references(session, model, clean)
    _check_unique(session, model, merged, None)
    _validate(session, model, merged, None)
    obj = model() if row_id is None else model(id=row_id)
    _apply(session, obj, model, clean)
    session.add(obj)
    session.flush()
    return obj


def create(db: Database, model: type[Base], values: dict[str, Any]) -> Record:
    with db.session() as s:
        obj = create_in(s, model, values)
        return records(s, model, [obj])[0]


def count(db: Database, model: type[Base], where: dict[str, Any] | None = None) -> int:
    """How many rows `model` has (one quick query: whether a page loads them off-thread),
    or how many match `where` (field → value: whether a record has owned rows)."""
    query: Any = select(func.count()).select_from(model)
    for key, value in (where or {}).items():
        query = query.where(getattr(model, key) == value)
    with db.session() as s:
        return int(s.scalar(query) or 0)


def update_in(
    session: Session,
    model: type[Base],
    row_id: Any,
    values: dict[str, Any],
    expected_version: int | None = None,
) -> Any:
    # Its relationships read when something reads them (its links do, for the merged
    # values), not all at once: a project's partners and supervisors were two more queries
    # on every save, and the save leaves them as they are.
    obj: Any = session.get(model, row_id, options=[lazyload("*")])
    if obj is None:
        raise _not_found(model, row_id)
    if expected_version is not None and obj.version != expected_version:
        current = records(session, model, [obj])[0]
        raise StaleVersionError(
            f"{display_name(obj)} er endret av {obj.updated_by or 'en annen bruker'} etter at du "
            "åpnet den. Se begge versjonene og velg hva som skal gjelde.",
            current=current,
        )
    clean = coerce(model, values)
    merged = {**current_values(obj), **clean}
    _check_references(session, model, clean)
    _check_unique(session, model, merged, obj)
    _validate(session, model, merged, obj)
    _apply(session, obj, model, clean)
    session.flush()
    return obj


def update(
    db: Database,
    model: type[Base],
    row_id: Any,
    values: dict[str, Any],
    expected_version: int | None = None,
) -> Record:
    with db.session() as s:
        obj = update_in(s, model, row_id, values, expected_version)
        return records(s, model, [obj])[0]


# --- Deletion -------------------------------------------------------------------------------


def _referencing(model: type[Base]) -> list[tuple[type[Base], str, str]]:
    """(referencing model, column, ondelete) for every foreign key pointing at `model`."""
    table = model.__tablename__
    result = []
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        for column in cls.__table__.columns:
            for fk in column.foreign_keys:
                assert isinstance(fk, ForeignKey)
                if fk.column.table.name == table:
                    result.append((cls, column.key, (fk.ondelete or "RESTRICT").upper()))
    return result


def dependents(db: Database, model: type[Base], row_id: Any) -> dict[str, dict[str, int]]:
    """What depends on a row: {"blocks": {noun: n}, "deletes": {noun: n}, "clears": {noun: n}}."""
    with db.session() as s:
        return _dependents(s, model, row_id)


def _dependents(
    session: Session,
    model: type[Base],
    row_id: Any,
    result: dict[str, dict[str, int]] | None = None,
    depth: int = 0,
) -> dict[str, dict[str, int]]:
    """Counts of rows that block, go with, or lose their link to a row, through every level
    of owned rows (a meeting's agenda items and their decisions, ...)."""
    if result is None:
        result = {"blocks": {}, "deletes": {}, "clears": {}}
    counts: dict[str, dict[type[Base], int]] = {"blocks": {}, "deletes": {}, "clears": {}}
    for cls, column, ondelete in _referencing(model):
        bucket = {"CASCADE": "deletes", "SET NULL": "clears"}.get(ondelete, "blocks")
        if bucket == "deletes" and depth < 4:
            child_ids = list(
                session.scalars(select(id_column(cls)).where(getattr(cls, column) == row_id))
            )
            if child_ids:
                counts[bucket][cls] = counts[bucket].get(cls, 0) + len(child_ids)
                for child_id in child_ids:
                    _dependents(session, cls, child_id, result, depth + 1)
            continue
        n = session.scalar(
            select(func.count()).select_from(cls).where(getattr(cls, column) == row_id)
        )
        if n:
            counts[bucket][cls] = counts[bucket].get(cls, 0) + int(n)
    for bucket, by_model in counts.items():
        for cls, n in by_model.items():
            # merge by model first, so the noun's number agrees with the total
            key_one, key_many = noun(cls), noun(cls, plural=True)
            total = result[bucket].pop(key_one, 0) + result[bucket].pop(key_many, 0) + n
            result[bucket][key_many if total != 1 else key_one] = total
    # many-to-many links are removed with the row
    return result


def describe_counts(counts: dict[str, int]) -> str:
    parts = [f"{n} {name}" for name, n in counts.items()]
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " og " + parts[-1]


def delete(
    db: Database, model: type[Base], row_id: Any, expected_version: int | None = None
) -> None:
    with db.session() as s:
        delete_in(s, model, row_id, expected_version)


def delete_in(
    session: Session, model: type[Base], row_id: Any, expected_version: int | None = None
) -> None:
    obj = load(session, model, row_id)
    if expected_version is not None and obj.version != expected_version:
        raise StaleVersionError(
            f"{display_name(obj)} er endret av {obj.updated_by or 'en annen bruker'} etter at du "
            "åpnet den. Last den på nytt før du sletter."
        )
    deps = _dependents(session, model, row_id)
    if deps["blocks"]:
        raise DependencyError(
            f"{display_name(obj)} kan ikke slettes fordi {describe_counts(deps['blocks'])} "
            "viser til den. Fjern eller flytt dem først."
        )
    # Delete and clear through the ORM so the change log sees every row that goes.
    for cls, column, ondelete in _referencing(model):
        if ondelete not in ("CASCADE", "SET NULL"):
            continue
        for child in session.scalars(select(cls).where(getattr(cls, column) == row_id)):
            if ondelete == "CASCADE":
                session.delete(child)
            else:
                setattr(child, column, None)
    session.flush()
    # The row's own relationship lists still hold the children just deleted: reload them,
    # or the ORM's cascade would delete them a second time.
    session.expire(obj)
    forget = privacy_snapshot(session, obj)
    session.delete(obj)
    session.flush()
    forget_personal_data(session, forget)


def privacy_snapshot(session: Session, obj: Any) -> Any:
    """A deleted person's values, to purge from the change log (services.privacy)."""
    from kunnskapsapp.services import privacy

    return privacy.personal_snapshot(session, obj)


def forget_personal_data(session: Session, snapshot: Any) -> None:
    from kunnskapsapp.services import privacy

    privacy.forget_deleted(session, snapshot, str(session.info.get("user", "")))
