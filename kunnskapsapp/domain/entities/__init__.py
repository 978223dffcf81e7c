"""What each kind of record is, declared once: the one place forms, tables, pickers, messages,
the change log, reports and the import/export read.

One `EntitySpec` per model (every table of the database that holds rows of its own): its
Norwegian nouns, how a row is named and from which columns, its own order (where it has one),
its many-to-many links with their labels, the record keys a form shows as warnings, the kind
of every field, which fields are personal data, and its natural keys (how a row is recognised
without its id: ordered alternatives, the first whose fields are all filled in wins).

The kind of a field is declared here, never guessed from a label or a column type; the
declaration is checked against the model when this module is imported, so a new column
without a declaration fails at once, naming the column. The Norwegian label of a field stays
in the model's column (`info=label(...)`); `FieldSpec.label` reads it from there.

    spec = entity(m.Project)            # or entity("project")
    spec.singular, spec.plural          # "prosjekt", "prosjekter"
    spec.field("start_date").kind       # FieldKind.DATE
    spec.name_of({"short_name": "", "title": "Velferd 2030"})   # "Velferd 2030"
"""

from __future__ import annotations

from kunnskapsapp.domain.base import Base
from kunnskapsapp.domain.entities.declarations import ENTITIES
from kunnskapsapp.domain.entities.spec import (
    AUDIT_FIELDS,
    AUDIT_PERSONAL,
    EntitySpec,
    FieldKind,
    FieldSpec,
    FormWarning,
    Link,
    Naming,
)

_BY_MODEL: dict[type[Base], EntitySpec] = {spec.model: spec for spec in ENTITIES}
_BY_TABLE: dict[str, EntitySpec] = {spec.table: spec for spec in ENTITIES}


def entity(model: type[Base] | str) -> EntitySpec:
    """The declaration of a model, given the class or its table name; KeyError if none."""
    if isinstance(model, str):
        return _BY_TABLE[model]
    return _BY_MODEL[model]


def find_entity(model: type[Base] | str) -> EntitySpec | None:
    """`entity()`, or None for a table without a declaration (the link tables)."""
    if isinstance(model, str):
        return _BY_TABLE.get(model)
    return _BY_MODEL.get(model)


def entities_with_links() -> tuple[EntitySpec, ...]:
    return tuple(spec for spec in ENTITIES if spec.links)


__all__ = [
    "AUDIT_FIELDS",
    "AUDIT_PERSONAL",
    "ENTITIES",
    "EntitySpec",
    "FieldKind",
    "FieldSpec",
    "FormWarning",
    "Link",
    "Naming",
    "entity",
    "find_entity",
]
