"""Matching an import's rows: each row found by its id or its natural keys, its references
resolved by id or by name (an unknown or ambiguous name refused with the candidates, or added
when the user asks for it), each refusal placed at its sheet, row and column. Qt-free; the
import (kunnskapsapp.exchange.importer) applies what this finds."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.base import Base, new_id
from kunnskapsapp.domain.entities import EntitySpec, FieldKind, entity
from kunnskapsapp.domain.errors import DomainError, Phrase, ValidationError
from kunnskapsapp.exchange.import_file import Row, Sheet, norm
from kunnskapsapp.exchange.values import ExchangeError, Location, column_name
from kunnskapsapp.services import crud


class Refused(Exception):
    """A value of a row that cannot be used, before its column is known."""

    def __init__(self, message: str) -> None:
        self.message = message


def phrase_of(error: DomainError) -> str:
    """A domain error's message as the window may translate it."""
    if isinstance(error, ValidationError):
        return Phrase.of(error)
    if isinstance(error, ExchangeError):
        return error.phrase
    return error.message


# What a reference by name may create when the user asks for it: only what a name says enough
# about (an organisation, a person); anything else unknown is refused.
CREATABLE: tuple[type[Base], ...] = (m.Organisation, m.Person)


class Index:
    """Ids, names and natural keys of the rows in the database and in the file."""

    def __init__(self, session: Any, create_missing: bool = False) -> None:
        self.session = session
        self.create_missing = create_missing
        self.created: list[tuple[type[Base], Any, str]] = []  # (model, id, name) added
        self.held: list[Any] = []
        self.ids: dict[type[Base], set[Any]] = {}
        self.names: dict[type[Base], dict[str, set[Any]]] = {}
        self.labels: dict[type[Base], dict[Any, str]] = {}
        self.keys: dict[type[Base], dict[tuple[Any, ...], set[Any]]] = {}
        self.stored: dict[type[Base], set[Any]] = {}  # ids in the database before the import
        # A file's id for a row the database knows under another id (matched on its keys).
        self.alias: dict[type[Base], dict[Any, Any]] = {}

    def load(self, model: type[Base]) -> None:
        if model in self.ids:
            return
        spec = entity(model)
        table = model.__table__
        self.ids[model], self.names[model], self.labels[model], self.keys[model] = set(), {}, {}, {}
        for row in self.session.execute(select(table)):
            self.add(spec, row.id, dict(row._mapping))
        self.stored[model] = set(self.ids[model])
        self.alias[model] = {}

    def add(self, spec: EntitySpec, row_id: Any, record: dict[str, Any]) -> None:
        model = spec.model
        self.ids[model].add(row_id)
        label = spec.name_of(record)
        self.labels[model][row_id] = label
        names = {label}
        for key in spec.natural_keys:
            if len(key) == 1 and key[0] != "id" and isinstance(record.get(key[0]), str):
                names.add(record[key[0]])
        for name in names:
            if name and str(name).strip():
                self.names[model].setdefault(norm(name), set()).add(row_id)
        for key in spec.natural_keys:
            self.keys[model].setdefault(self.key_of(key, record), set()).add(row_id)

    def create(self, model: type[Base], name: str) -> Any:
        """Add the named organisation or person (the same transaction as the import)."""
        clean = " ".join(name.split())
        try:
            obj = crud.create_in(self.session, model, {"name": clean})
        except DomainError as error:
            raise Refused(phrase_of(error)) from None
        self.held.append(obj)
        self.add(entity(model), obj.id, {**crud.current_values(obj), "id": obj.id})
        self.created.append((model, obj.id, clean))
        return obj.id

    @staticmethod
    def key_of(names: Sequence[str], record: dict[str, Any]) -> tuple[Any, ...]:
        return (
            tuple(names),
            *(norm(v) if isinstance(v, str) else v for v in (record.get(n) for n in names)),
        )

    def resolve(self, model: type[Base], name: str) -> Any:
        self.load(model)
        found = sorted(self.names[model].get(norm(name), set()), key=str)
        if not found and self.create_missing and model in CREATABLE:
            return self.create(model, name)
        if not found:
            raise Refused(
                Phrase("Fant ingen %1 som heter «%2».", entity(model), name, context="Import")
            )
        if len(found) > 1:
            shown = ", ".join(f"{self.labels[model][i]} (id {str(i)[:8]})" for i in found[:5])
            raise Refused(
                Phrase("«%1» passer på flere: %2. Oppgi id-en.", name, shown, context="Import")
            )
        return found[0]


def resolve_references(row: Row, index: Index) -> None:
    spec = row.sheet.spec
    for name, text in row.ref_names.items():
        if row.fields.get(name) is None:
            target = spec.field(name).target
            assert target is not None
            row.fields[name] = _located(
                row, name, lambda t=target, x=text: index.resolve(t, x), names=True
            )
    for key, names in row.link_names.items():
        if not row.fields.get(key):
            target = spec.link(key).target
            row.fields[key] = [
                _located(row, key, lambda t=target, x=n: index.resolve(t, x), names=True)
                for n in names
            ]
    for f in spec.fields:
        ref = row.fields.get(f.name)
        if f.kind is FieldKind.REFERENCE and ref is not None and f.target is not None:
            index.load(f.target)
            ref = row.fields[f.name] = index.alias[f.target].get(ref, ref)
            if ref not in index.ids[f.target]:
                row.fields[f.name] = _located(row, f.name, lambda r=ref, t=f.target: _missing(t, r))
    for link in spec.links:
        index.load(link.target)
        if row.fields.get(link.key):
            aliases = index.alias[link.target]
            row.fields[link.key] = [aliases.get(r, r) for r in row.fields[link.key]]
        for ref in row.fields.get(link.key) or []:
            if ref not in index.ids[link.target]:
                _located(row, link.key, lambda r=ref, t=link.target: _missing(t, r))


def _missing(model: type[Base], ref: Any) -> Any:
    raise Refused(Phrase("Fant ingen %1 med id «%2».", entity(model), ref, context="Import"))


def column_of(sheet: Sheet, name: str, *, names: bool = False) -> str:
    roles = ("ref_name", "link_names") if names else ("field", "ref_id", "link_ids")
    for c, col in enumerate(sheet.columns):
        if col is not None and col.name == name and col.role in roles:
            return column_name(c, sheet.header[c])
    spec = sheet.spec
    if spec.has_field(name):
        return Phrase("«%1» (finnes ikke i filen)", spec.field(name), context="Import")
    if spec.has_link(name):
        return Phrase("«%1» (finnes ikke i filen)", link_label(spec, name), context="Import")
    return ""


def link_label(spec: EntitySpec, name: str) -> str:
    """A field's or a link's label, as a phrase the window translates (the entity's words)."""
    label = spec.label_of(name)
    return label if label == name else Phrase(label, context=spec.model.__name__)


def _located(row: Row, name: str, fn: Any, *, names: bool = False) -> Any:
    try:
        return fn()
    except Refused as refused:
        where = Location(row.number, column_of(row.sheet, name, names=names), row.sheet.name)
        raise ExchangeError(refused.message, where) from None


def match_row(row: Row, index: Index, seen: dict[tuple[type[Base], Any], tuple[str, int]]) -> None:
    spec = row.sheet.spec
    model = spec.model
    index.load(model)
    given = row.row_id
    if row.row_id is None or row.row_id not in index.stored[model]:
        names, _values = spec.natural_key(row.fields)
        if names:
            found = index.keys[model].get(index.key_of(names, row.fields), set())
            if given is not None:  # an id this database does not know: a row it has?
                found = {i for i in found if i in index.stored[model]}
            if len(found) > 1:
                raise ExchangeError(
                    Phrase(
                        "Flere rader har samme %1; oppgi id-en.",
                        _key_words([names], spec),
                        context="Import",
                    ),
                    Location(row.number, "", row.sheet.name),
                )
            if found:
                row.row_id = next(iter(found))
                if given is not None:
                    index.alias[model][given] = row.row_id
    if row.row_id is not None:
        if (model, row.row_id) in seen:
            sheet, number = seen[(model, row.row_id)]
            raise ExchangeError(
                Phrase(
                    "Samme rad som rad %1 i %2 (samme id eller %3).",
                    number,
                    sheet,
                    _key_words(spec.natural_keys, spec),
                    context="Import",
                ),
                Location(row.number, "", row.sheet.name),
            )
        row.exists = row.row_id in index.stored[model]
    if row.row_id is None:
        row.row_id = new_id()
    seen[(model, row.row_id)] = (row.sheet.name, row.number)
    record = {**row.fields, "id": row.row_id}
    index.add(spec, row.row_id, record)


def _key_words(keys: Sequence[Sequence[str]], spec: EntitySpec) -> str:
    """`Tittel + Startdato eller Kode`: the labels of natural keys, as a phrase the window
    translates."""
    either: str = ""
    for key in keys:
        labels: str = ""
        for name in key:
            label = link_label(spec, name)
            labels = Phrase("%1 + %2", labels, label, context="Import") if labels else label
        either = Phrase("%1 eller %2", either, labels, context="Import") if either else labels
    return either
