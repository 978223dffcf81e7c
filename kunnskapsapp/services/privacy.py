"""Personal data: everything held about one person, anonymising them, and forgetting them.

- `export_person` gathers the person's row, every row that names them (found through every
  foreign key to `person` in the metadata, so a new one is covered by itself) and their
  change-log entries (rows about them and values naming them).
- `anonymise` replaces the fields the entity declares `personal` with "Anonymisert person N"
  (the name) and blanks, in the row, in the change log's old and new values, and in free text
  elsewhere; the row and its links stay, so every count and report figure stays the same.
  The change log gets one entry saying THAT it was done (with the new name), never the data.
- `forget_deleted` does the same to the change log after a person is deleted (crud's delete
  calls it), so the deleted name does not live on in the history.
- `due_for_deletion` lists the people past their "Slettes etter" date.

N is a running number: the next one is one more than the highest ever logged, so it is
never reused, even after the anonymised person is deleted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, Enum, String, Table, Text, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.base import Base, utcnow
from kunnskapsapp.domain.collation import norwegian_key
from kunnskapsapp.domain.entities import ENTITIES, FieldKind, entity, find_entity
from kunnskapsapp.domain.enums import ChangeAction
from kunnskapsapp.domain.errors import DomainError, NotFoundError
from kunnskapsapp.services import clock
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.records import Record, display_name, format_value, plain

ANONYMOUS_PREFIX = "Anonymisert person"
# The change-log entry that says a person was anonymised (field) and as whom (new value).
ANONYMISED_FIELD = "personopplysninger"
REMOVED = "[fjernet]"  # what an e-mail address or phone number in free text becomes
_NUMBER = re.compile(rf"^{ANONYMOUS_PREFIX} (\d+)$")


# --- Where a person is named ------------------------------------------------------------------


@dataclass(frozen=True)
class Reference:
    """A column that names a person: a foreign key to `person`."""

    table: Table
    column: Column[Any]
    model: type[Base] | None  # the mapped class of the table (None for a plain link table)

    @property
    def label(self) -> str:
        info = self.column.info or {}
        return str(info.get("label") or self.column.name)

    @property
    def noun(self) -> str:
        spec = find_entity(self.model) if self.model is not None else None
        return spec.singular if spec is not None else self.table.name


def person_references() -> list[Reference]:
    """Every foreign key to `person` in the schema, in a stable order."""
    person = m.Person.__table__
    by_table = {mapper.local_table: mapper.class_ for mapper in Base.registry.mappers}
    result = []
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if any(fk.column.table is person for fk in column.foreign_keys):
                result.append(Reference(table, column, by_table.get(table)))
    return result


@dataclass
class PersonExport:
    """Everything the app holds about one person, as plain data."""

    person_id: str
    name: str
    fields: list[Record]  # label, name, value (plain)
    named_in: list[Record]  # entity, table, row_id, row_name, field, field_label
    change_log: list[Record]  # at, user, entity, row_id, action, field, old_value, new_value
    exported_at: datetime = field(default_factory=datetime.now)

    def as_json(self) -> dict[str, Any]:
        return {
            "person_id": self.person_id,
            "navn": self.name,
            "eksportert": self.exported_at.isoformat(timespec="seconds"),
            "opplysninger": [dict(r) for r in self.fields],
            "nevnt_i": [dict(r) for r in self.named_in],
            "endringslogg": [dict(r) for r in self.change_log],
        }


def _load_person(session: Session, person_id: str) -> m.Person:
    person = session.get(m.Person, person_id)
    if person is None:
        raise NotFoundError("Personen finnes ikke lenger. Oppdater listen og prøv igjen.")
    return person


_AUDIT_LABELS = {
    "id": "Id",
    "created_at": "Opprettet",
    "created_by": "Opprettet av",
    "updated_at": "Sist endret",
    "updated_by": "Sist endret av",
}


def export_person(db: Database, person_id: str) -> PersonExport:
    with db.session() as s:
        person = _load_person(s, person_id)
        spec = entity(m.Person)
        fields = []
        for f in spec.fields:
            value = getattr(person, f.name)
            if f.kind is FieldKind.REFERENCE and f.target is not None and value is not None:
                target = s.get(f.target, value)
                shown = display_name(target) if target is not None else str(value)
            else:
                shown = format_value(value, f.kind)
            fields.append(Record(name=f.name, label=f.label, value=plain(value), shown=shown))
        for name, label_text in _AUDIT_LABELS.items():
            value = getattr(person, name)
            fields.append(
                Record(name=name, label=label_text, value=plain(value), shown=format_value(value))
            )
        named = _named_in(s, person_id)
        log = _log_entries(s, person, {(r.table, r.row_id) for r in named})
        return PersonExport(person_id, person.name, fields, named, log)


def _owners() -> dict[type[Base], tuple[type[Base], str]]:
    """Owned rows (a meeting's participants, ...) and the row that owns them."""
    return {child: (spec.model, column) for spec in ENTITIES for child, column in spec.owned}


def _named_in(session: Session, person_id: str) -> list[Record]:
    result = []
    owners = _owners()
    for ref in person_references():
        if ref.table is m.Person.__table__ and ref.column.name == "id":
            continue
        rows = session.execute(select(ref.table).where(ref.column == person_id)).all()
        for row in rows:
            values = row._mapping
            row_id = "/".join(str(values[c.name]) for c in ref.table.primary_key.columns)
            row_name, noun = "", ref.noun
            if ref.model is not None:
                obj = session.get(ref.model, [values[c.name] for c in ref.table.primary_key])
                row_name = display_name(obj) if obj is not None else ""
                owner = owners.get(ref.model)
                if obj is not None and owner is not None:
                    # "møte: Kontaktgruppemøte mars" rather than "deltaker: Person"
                    parent = session.get(owner[0], getattr(obj, owner[1]))
                    if parent is not None:
                        row_name = display_name(parent)
                        noun = f"{entity(owner[0]).singular} ({ref.noun})"
            result.append(
                Record(
                    entity=noun,
                    table=ref.table.name,
                    row_id=row_id,
                    row_name=row_name,
                    field=ref.column.name,
                    field_label=ref.label,
                )
            )
    result.sort(key=lambda r: (norwegian_key(r.entity), norwegian_key(r.row_name), r.row_id))
    return result


def _identifying(person: m.Person) -> list[str]:
    """The values that identify a person in text elsewhere: name, e-mail, phone."""
    values = [person.name or "", person.email or "", person.phone or ""]
    return [v.strip() for v in values if len(v.strip()) >= 3]


def _log_entries(session: Session, person: m.Person, rows: set[tuple[str, str]]) -> list[Record]:
    log = m.ChangeLog
    needles = [person.id, *_identifying(person)]
    conditions: list[ColumnElement[bool]] = [(log.entity == "person") & (log.row_id == person.id)]
    conditions += [log.old_value.contains(n, autoescape=True) for n in needles]
    conditions += [log.new_value.contains(n, autoescape=True) for n in needles]
    for table, row_id in rows:
        conditions.append((log.entity == table) & (log.row_id == row_id))
    entries = session.scalars(select(log).where(or_(*conditions)).order_by(log.at, log.id)).all()
    return [
        Record(
            at=e.at.isoformat(sep=" ", timespec="seconds"),
            user=e.user,
            entity=e.entity,
            entity_label=_noun_of(e.entity),
            row_id=e.row_id,
            action=e.action.label,
            field=e.field,
            old_value=e.old_value,
            new_value=e.new_value,
        )
        for e in entries
    ]


def _noun_of(table: str) -> str:
    spec = find_entity(table)
    return spec.singular if spec is not None else table


# --- Anonymising and forgetting ---------------------------------------------------------------


@dataclass(frozen=True)
class Anonymised:
    person_id: str
    number: int
    name: str  # "Anonymisert person N"
    texts_changed: int  # change-log values and free-text values rewritten


def is_anonymised(name: str) -> bool:
    return _NUMBER.match(name or "") is not None


def _next_number(session: Session) -> int:
    """One more than the highest N ever given (logged, or still on a row)."""
    taken = set(
        session.scalars(select(m.ChangeLog.new_value).where(m.ChangeLog.field == ANONYMISED_FIELD))
    )
    taken |= set(
        session.scalars(select(m.Person.name).where(m.Person.name.like(f"{ANONYMOUS_PREFIX} %")))
    )
    numbers = [int(found.group(1)) for v in taken if v and (found := _NUMBER.match(v))]
    return max(numbers, default=0) + 1


@dataclass(frozen=True)
class _Scrub:
    """What to replace: the identifying values and the whole values of the personal fields."""

    person_id: str
    new_name: str
    name: str
    others: tuple[str, ...]  # e-mail, phone
    personal: dict[str, str]  # field -> old value (the person's own row)

    def text(self, value: str) -> str:
        if self.name and len(self.name) >= 3:
            value = _replace_word(value, self.name, self.new_name)
        for other in self.others:
            value = _replace_word(value, other, REMOVED)
        return value

    @property
    def needles(self) -> list[str]:
        return [v for v in (self.name, *self.others) if len(v) >= 3]


def _replace_word(text: str, old: str, new: str) -> str:
    """`old` replaced where it stands as a whole word (so "Ola" leaves "Olav" alone)."""
    return re.sub(rf"(?<!\w){re.escape(old)}(?!\w)", lambda _m: new, text)


def _scrub_for(session: Session, person: m.Person, new_name: str) -> _Scrub:
    spec = entity(m.Person)
    personal = {name: str(getattr(person, name) or "") for name in spec.personal_fields}
    others = tuple(
        value
        for column, value in ((m.Person.email, person.email), (m.Person.phone, person.phone))
        if value and len(value.strip()) >= 3 and not _shared(session, person.id, column, value)
    )
    return _Scrub(person.id, new_name, (person.name or "").strip(), others, personal)


def _shared(session: Session, person_id: str, column: Any, value: str) -> bool:
    """A switchboard number or a shared mailbox identifies nobody: leave it where others
    still use it."""
    query = select(m.Person.id).where(column == value, m.Person.id != person_id).limit(1)
    return session.scalar(query) is not None


def _scrub_log(session: Session, scrub: _Scrub) -> int:
    """Rewrite the change log: the person's own personal fields blanked (the name becomes
    the new name), their name/e-mail/phone replaced in every other logged value."""
    log = m.ChangeLog
    changed = 0
    own = (log.entity == "person") & (log.row_id == scrub.person_id)
    for entry in session.scalars(select(log).where(own)):
        if entry.field == ANONYMISED_FIELD:
            continue
        if entry.action is not ChangeAction.UPDATE:
            blank = scrub.new_name  # "Opprettet"/"Slettet" name the row as it was then
        elif entry.field in scrub.personal:
            blank = scrub.new_name if entry.field == "name" else ""
        else:
            continue
        for attr in ("old_value", "new_value"):
            if getattr(entry, attr):
                setattr(entry, attr, blank)
                changed += 1
    if scrub.needles:
        matches = or_(
            *[log.old_value.contains(n, autoescape=True) for n in scrub.needles],
            *[log.new_value.contains(n, autoescape=True) for n in scrub.needles],
        )
        for entry in session.scalars(select(log).where(matches)):
            for attr in ("old_value", "new_value"):
                value = getattr(entry, attr)
                if value:
                    new = scrub.text(value)
                    if new != value:
                        setattr(entry, attr, new)
                        changed += 1
    return changed


def _text_columns() -> Iterable[tuple[Table, Column[Any]]]:
    skip = {m.ChangeLog.__table__, m.Person.__table__}
    for table in Base.metadata.sorted_tables:
        if table in skip:
            continue
        for column in table.columns:
            if isinstance(column.type, Enum) or not isinstance(column.type, String | Text):
                continue
            if not column.foreign_keys and not column.primary_key:
                yield table, column


def _scrub_free_text(session: Session, scrub: _Scrub) -> int:
    """The name, e-mail and phone where they are written in free text in other rows
    (a meeting's minutes, a project's notes); the counts and amounts are never touched."""
    if not scrub.needles:
        return 0
    changed = 0
    for table, column in _text_columns():
        pk = list(table.primary_key.columns)
        matches = or_(*[column.contains(n, autoescape=True) for n in scrub.needles])
        for row in session.execute(select(*pk, column).where(matches)).all():
            value = row[-1]
            new = scrub.text(value) if isinstance(value, str) else value
            if new != value:
                where = [c == row[i] for i, c in enumerate(pk)]
                session.execute(update(table).where(*where).values({column.name: new}))
                changed += 1
    return changed


def _log_anonymisation(session: Session, user: str, person_id: str, new_name: str) -> None:
    session.add(
        m.ChangeLog(
            at=utcnow(),
            user=user,
            entity="person",
            row_id=person_id,
            action=ChangeAction.UPDATE,
            field=ANONYMISED_FIELD,
            old_value=None,
            new_value=new_name,
        )
    )


def anonymise(db: Database, person_id: str) -> Anonymised:
    """Replace one person's name and contact details everywhere the app keeps them."""
    # Without the audit: it would log the old values this is here to remove.
    with db.session(audit=False) as s:
        person = _load_person(s, person_id)
        if is_anonymised(person.name):
            raise DomainError(f"{person.name} er allerede anonymisert.")
        number = _next_number(s)
        new_name = f"{ANONYMOUS_PREFIX} {number}"
        scrub = _scrub_for(s, person, new_name)
        changed = _scrub_log(s, scrub) + _scrub_free_text(s, scrub)
        for name in scrub.personal:
            setattr(person, name, new_name if name == "name" else "")
        person.updated_by = db.user
        person.updated_at = utcnow()
        s.flush()
        _log_anonymisation(s, db.user, person_id, new_name)
        return Anonymised(person_id, number, new_name, changed)


def personal_snapshot(session: Session, obj: Any) -> _Scrub | None:
    """Before a row is deleted: what must be purged from the change log afterwards (None
    for rows that are not a person)."""
    if not isinstance(obj, m.Person) or is_anonymised(obj.name):
        return None
    return _scrub_for(session, obj, "")


def forget_deleted(session: Session, snapshot: _Scrub | None, user: str) -> None:
    """After a person's row is deleted (in the same unit of work): their values in the change
    log become "Anonymisert person N", and the log says that this was done."""
    if snapshot is None:
        return
    new_name = f"{ANONYMOUS_PREFIX} {_next_number(session)}"
    scrub = _Scrub(snapshot.person_id, new_name, snapshot.name, snapshot.others, snapshot.personal)
    _scrub_log(session, scrub)
    _log_anonymisation(session, user, snapshot.person_id, new_name)
    session.flush()


# --- Due for deletion -------------------------------------------------------------------------


def due_for_deletion(db: Database, on: date | None = None) -> list[Record]:
    """People whose "Slettes etter" date has passed and who still have their personal data,
    the longest overdue first."""
    on = on or clock.today()
    with db.session() as s:
        rows = s.execute(
            select(m.Person.id, m.Person.name, m.Person.delete_after, m.Organisation.name)
            .outerjoin(m.Organisation, m.Person.organisation_id == m.Organisation.id)
            .where(m.Person.delete_after.is_not(None), m.Person.delete_after < on)
        ).all()
    result = [
        Record(id=pid, name=name, delete_after=after, organisation_name=org or "")
        for pid, name, after, org in rows
        if not is_anonymised(name)
    ]
    result.sort(key=lambda r: (r.delete_after, norwegian_key(r.name)))
    return result
