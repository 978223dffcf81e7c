"""The shape of an entity's declaration (`EntitySpec`, `FieldSpec`, ...) and the builder that
checks a declaration against its model."""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, LargeBinary, String, Text, inspect

from kunnskapsapp.domain.base import Base
from kunnskapsapp.domain.errors import Kroner, fill, norwegian


class FieldKind(enum.Enum):
    """What a field holds, as a user and an export see it."""

    TEXT = "text"  # one line
    LONG_TEXT = "long_text"  # several lines
    DATE = "date"
    DATETIME = "datetime"
    KRONER = "kroner"  # whole kroner, shown `1 250 000 kr`
    PERCENT = "percent"  # a whole percentage, 0–100
    COUNT = "count"  # a whole number of things (months, days, minutes, students, ...)
    YEAR = "year"  # a calendar year
    CHOICE = "choice"  # one of a closed vocabulary (a LabelledEnum)
    REFERENCE = "reference"  # another row, by id
    YES_NO = "yes_no"
    BINARY = "binary"  # bytes (the municipality's logo)

    @property
    def is_number(self) -> bool:
        return self in (FieldKind.KRONER, FieldKind.PERCENT, FieldKind.COUNT, FieldKind.YEAR)

    @property
    def is_text(self) -> bool:
        return self in (FieldKind.TEXT, FieldKind.LONG_TEXT)


K = FieldKind
# The column types each kind may be stored in (checked when the declarations are built).
_STORAGE: dict[FieldKind, tuple[type, ...]] = {
    K.TEXT: (String,),
    K.LONG_TEXT: (Text,),
    K.DATE: (Date,),
    K.DATETIME: (DateTime,),
    K.KRONER: (Integer,),
    K.PERCENT: (Integer,),
    K.COUNT: (Integer,),
    K.YEAR: (Integer,),
    K.CHOICE: (String,),  # a portable enum column is a VARCHAR
    K.REFERENCE: (String, Integer),
    K.YES_NO: (Boolean,),
    K.BINARY: (LargeBinary,),
}

# Stamps every editable row carries (`Tracked`); not declared per entity. `created_by` and
# `updated_by` name a user, so they are personal data too.
AUDIT_FIELDS = ("id", "created_at", "created_by", "updated_at", "updated_by", "version")
AUDIT_PERSONAL = ("created_by", "updated_by")


@dataclass(frozen=True)
class FieldSpec:
    """One field of an entity: what the user sees and what the column allows."""

    name: str
    kind: FieldKind
    label: str
    nullable: bool
    required: bool  # not null and no default: a form marks it with *
    personal: bool = False  # personal data (GDPR): exports may leave it out
    max_length: int | None = None
    enum: type[enum.Enum] | None = None  # for CHOICE
    target: type[Base] | None = None  # for REFERENCE
    signed: bool = False  # may be negative (a template's offset)


@dataclass(frozen=True)
class Link:
    """A many-to-many link edited as a list of ids: `record[key]` holds the target ids."""

    key: str  # record key, e.g. "priority_area_ids"
    attribute: str  # the model's relationship, e.g. "priority_areas"
    target: type[Base]
    label: str


@dataclass(frozen=True)
class Derived:
    """A value the services derive for every record of the entity (a total, a next date, a
    flag): not stored, never edited, but listed, shown and exported like a field."""

    key: str
    kind: FieldKind
    label: str


@dataclass(frozen=True)
class FormWarning:
    """A record key a form shows above the fields when it is set: its own text, or
    `message` when given (for keys that hold a flag)."""

    key: str
    message: str | None = None


@dataclass(frozen=True)
class Naming:
    """How a row is named in pickers, tables and messages: the first non-empty of `columns`,
    or `compose(values)` when given (reading only `columns`), or `template` filled in from
    `columns` (`%1` the first; the columns in `kroner` written as amounts, those in `dates`
    by their day). A name with words
    of its own is a template, so that a window in English can translate it
    (kunnskapsapp.domain.i18n.name_of)."""

    columns: tuple[str, ...]
    compose: Callable[[Mapping[str, Any]], str] | None = None
    template: str | None = None
    kroner: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()  # moments named by their day alone

    def values_of(self, values: Mapping[str, Any]) -> tuple[Any, ...]:
        """The template's values: "" for an empty column, `Kroner` for an amount, the day
        of a moment in `dates`."""
        return tuple(self._value(c, values.get(c)) for c in self.columns)

    def _value(self, column: str, value: Any) -> Any:
        if value is None:
            return ""
        if column in self.kroner:
            return Kroner(value)
        if column in self.dates and isinstance(value, datetime):
            return value.date()
        return value

    def of(self, values: Mapping[str, Any]) -> str:
        if self.template is not None:
            return fill(self.template, self.values_of(values), norwegian).strip()
        if self.compose is not None:
            return self.compose(values)
        return str(next((values[c] for c in self.columns if values.get(c)), ""))


@dataclass(frozen=True)
class EntitySpec:
    model: type[Base]
    singular: str
    plural: str
    naming: Naming
    fields: tuple[FieldSpec, ...]
    natural_keys: tuple[tuple[str, ...], ...]
    # The entity's own order (reference lists: SDG 1–17, priority areas as numbered); None
    # means by name, in Norwegian alphabetical order. A "-" prefix sorts descending.
    order: tuple[str, ...] | None = None
    links: tuple[Link, ...] = ()
    warnings: tuple[FormWarning, ...] = ()
    derived: tuple[Derived, ...] = ()
    # The rows owned by this one (edited inside its form, deleted with it): (model, column).
    owned: tuple[tuple[type[Base], str], ...] = ()
    # The reference that says whose row this is, where the row's own name does not (a
    # funding line's project): form headings and messages name it beside the row.
    belongs_to: str | None = None
    _by_name: dict[str, FieldSpec] = dataclass_field(
        default_factory=dict, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        self._by_name.update({f.name: f for f in self.fields})

    @property
    def table(self) -> str:
        return str(self.model.__tablename__)

    def field(self, name: str) -> FieldSpec:
        """The field called `name`; KeyError when the entity has none."""
        return self._by_name[name]

    def has_field(self, name: str) -> bool:
        return name in self._by_name

    def link(self, key: str) -> Link:
        return next(link for link in self.links if link.key == key)

    def has_link(self, key: str) -> bool:
        return any(link.key == key for link in self.links)

    def owner_name(self, record: Mapping[str, Any]) -> str:
        """The name of whose row this is (`belongs_to`'s referenced row), or ""."""
        if self.belongs_to is None:
            return ""
        return str(record.get(self.belongs_to.removesuffix("_id") + "_name") or "")

    def derived_value(self, key: str) -> Derived | None:
        return next((d for d in self.derived if d.key == key), None)

    def kind_of(self, key: str) -> FieldKind | None:
        """The declared kind of a field or a derived value; None for any other key."""
        if key in self._by_name:
            return self._by_name[key].kind
        derived = self.derived_value(key)
        return derived.kind if derived is not None else None

    def label_of(self, name: str) -> str:
        """A field's, a link's or a derived value's label; the name itself otherwise."""
        if name in self._by_name:
            return self._by_name[name].label
        derived = self.derived_value(name)
        if derived is not None:
            return derived.label
        return next((link.label for link in self.links if link.key == name), name)

    def name_of(self, values: Mapping[str, Any]) -> str:
        return self.naming.of(values)

    @property
    def personal_fields(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.personal)

    def natural_key(self, values: Mapping[str, Any]) -> tuple[tuple[str, ...], tuple[Any, ...]]:
        """The first natural key whose fields are all filled in: (fields, values); ((), ())
        when none is."""
        for names in self.natural_keys:
            key = tuple(values.get(n) for n in names)
            if all(v is not None and v != "" for v in key):
                return names, key
        return (), ()


# --- Building and checking ------------------------------------------------------------------


def _build_fields(
    model: type[Base], kinds: Mapping[str, FieldKind], personal: tuple[str, ...]
) -> tuple[FieldSpec, ...]:
    mapper = inspect(model)
    columns = [c for c in mapper.columns if c.key not in AUDIT_FIELDS]
    declared, present = set(kinds), {c.key for c in columns}
    if declared != present:
        raise TypeError(
            f"{model.__name__}: declare the kind of every field in domain/entities/declarations.py "
            f"(missing: {sorted(present - declared)}, unknown: {sorted(declared - present)})"
        )
    unknown_personal = set(personal) - present
    if unknown_personal:
        raise TypeError(f"{model.__name__}: personal fields {sorted(unknown_personal)} unknown")
    by_table = {mp.class_.__tablename__: mp.class_ for mp in Base.registry.mappers}
    result = []
    for column in sorted(columns, key=lambda c: list(kinds).index(c.key)):
        kind = kinds[column.key]
        col_type = column.type
        if not isinstance(col_type, _STORAGE[kind]):
            raise TypeError(f"{model.__name__}.{column.key}: {kind} cannot be stored in {col_type}")
        if (kind is K.REFERENCE) != bool(column.foreign_keys):
            raise TypeError(f"{model.__name__}.{column.key}: a reference is a foreign key")
        enum_cls = getattr(col_type, "enum_class", None)
        if (kind is K.CHOICE) != (enum_cls is not None):
            raise TypeError(f"{model.__name__}.{column.key}: a choice is an enum column")
        target = None
        if column.foreign_keys:
            target = by_table[next(iter(column.foreign_keys)).column.table.name]
        has_default = column.default is not None or column.server_default is not None
        max_length = getattr(col_type, "length", None) if kind is K.TEXT else None
        result.append(
            FieldSpec(
                name=column.key,
                kind=kind,
                label=str(column.info.get("label", column.key)),
                nullable=bool(column.nullable),
                required=not column.nullable and not has_default,
                personal=column.key in personal,
                max_length=max_length,
                enum=enum_cls,
                target=target,
                signed=bool(column.info.get("signed")),
            )
        )
    return tuple(result)


def declare(
    model: type[Base],
    nouns: tuple[str, str],
    naming: Naming,
    kinds: Mapping[str, FieldKind],
    natural_keys: tuple[tuple[str, ...], ...],
    *,
    personal: tuple[str, ...] = (),
    order: tuple[str, ...] | None = None,
    links: tuple[Link, ...] = (),
    warnings: tuple[FormWarning, ...] = (),
    derived: tuple[Derived, ...] = (),
    owned: tuple[tuple[type[Base], str], ...] = (),
    belongs_to: str | None = None,
) -> EntitySpec:
    fields = _build_fields(model, kinds, personal)
    known = {f.name for f in fields} | {"id"}
    extra = (belongs_to,) if belongs_to else ()
    for key in (*naming.columns, *(n for keys in natural_keys for n in keys), *extra):
        if key not in known:
            raise TypeError(f"{model.__name__}: unknown field {key!r} in its naming or keys")
    return EntitySpec(
        model=model,
        singular=nouns[0],
        plural=nouns[1],
        naming=naming,
        fields=fields,
        natural_keys=natural_keys,
        order=order,
        links=links,
        warnings=warnings,
        derived=derived,
        owned=owned,
        belongs_to=belongs_to,
    )


def kinds(**kinds: FieldKind) -> dict[str, FieldKind]:
    return kinds


def first(*columns: str) -> Naming:
    return Naming(columns)
