"""Import of the exchange workbook (or one sheet of it, or a CSV per entity). Qt-free.

Each row is matched on its id, else on the entity's natural keys (the first whose fields are
all filled in), and becomes an addition, an update (the file's values win) or is refused
with a Norwegian message naming sheet, row and column. References are given by id, or by
name where the id column is blank; an unknown or ambiguous name is refused with the
candidates listed. The whole import runs in one transaction through the same services a form
uses (validation, change log); a preview runs it and rolls it back, so it shows exactly what
a real import would do and writes nothing. A refused row means nothing is written, unless
refused rows are skipped. An import generates nothing by itself (no scheme deadlines),
except, when asked (`create_missing`), an organisation or person that a reference names and
the database does not have: it is added with just its name, and listed in the result.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from kunnskapsapp.domain.base import Base
from kunnskapsapp.domain.entities import EntitySpec, entity
from kunnskapsapp.domain.errors import Count, DomainError, Phrase, ValidationError
from kunnskapsapp.domain.rules import format_date
from kunnskapsapp.exchange.import_file import Mapping, Row, Sheet, parse_row, read_file
from kunnskapsapp.exchange.matching import (
    Index,
    column_of,
    link_label,
    match_row,
    phrase_of,
    resolve_references,
)
from kunnskapsapp.exchange.values import ExchangeError, Location
from kunnskapsapp.exchange.workbook import LIST_SEPARATOR
from kunnskapsapp.services import crud
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.progress import NoProgress, Progress

Action = Literal["add", "update", "unchanged", "refuse"]
ACTION_TEXT = {
    "add": "legges til",
    "update": "oppdateres",
    "unchanged": "uendret",
    "refuse": "avvist",
}


@dataclass
class Change:
    """A field the import changes: its label and the values before and after, as text (the
    window shows the phrases among them in its own language)."""

    label: str
    old: str
    new: str


@dataclass
class RowResult:
    """What the import does with one row of the file."""

    sheet: str
    row: int
    action: Action
    name: str = ""
    row_id: Any = None
    # For a refused row: where (column) and why; for an organisation or person the import
    # adds, why. A `Phrase` (Norwegian as text) the window shows in its own language.
    message: str = ""
    changes: list[Change] = field(default_factory=list)

    def line(self) -> str:
        head = f"{self.sheet}, rad {self.row}"
        if self.action == "refuse":
            return f"Avvist – {self.message}"
        text = f"{head}: {ACTION_TEXT[self.action]} «{self.name}»"
        if self.changes:
            text += ": " + "; ".join(
                f"{c.label}: {c.old or '–'} → {c.new or '–'}" for c in self.changes
            )
        return text


@dataclass
class ImportResult:
    rows: list[RowResult]
    written: bool = False

    def count(self, action: Action) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def refused(self) -> list[RowResult]:
        return [r for r in self.rows if r.action == "refuse"]

    @property
    def has_changes(self) -> bool:
        return any(r.action in ("add", "update") for r in self.rows)

    def summary(self) -> str:
        """`1 ny, 2 endrede, 0 uendrede og 1 avvist – 4 rader i alt.` (a `Phrase`)"""
        return Phrase(
            "%1, %2, %3 og %4 – %5 i alt.",
            Count(self.count("add"), "ny", "nye"),
            Count(self.count("update"), "endret", "endrede"),
            Count(self.count("unchanged"), "uendret", "uendrede"),
            Count(self.count("refuse"), "avvist", "avviste"),
            Count(len(self.rows), "rad", "rader"),
            context="Import",
        )


class _Rollback(Exception):
    pass


# --- Applying ------------------------------------------------------------------------------------


def _dependency_order(specs: Iterable[EntitySpec]) -> list[EntitySpec]:
    """Entities with the ones they reference first (self-references aside)."""
    pending = list(specs)
    done: list[EntitySpec] = []
    present = {s.model for s in pending}
    while pending:
        for spec in pending:
            needs = {
                f.target for f in spec.fields if f.target is not None and f.target is not spec.model
            }
            needs |= {link.target for link in spec.links}
            if not (needs & present) - {d.model for d in done}:
                done.append(spec)
                pending.remove(spec)
                break
        else:  # a cycle: keep the file's order for the rest
            done += pending
            break
    return done


def _self_order(rows: list[Row]) -> list[Row]:
    """Rows that another row of the sheet points to (a parent) before that row."""
    if not rows:
        return rows
    spec = rows[0].sheet.spec
    own = [f.name for f in spec.fields if f.target is spec.model]
    if not own:
        return rows
    ids = {r.row_id for r in rows}
    placed: set[Any] = set()
    ordered: list[Row] = []
    pending = list(rows)
    while pending:
        ready = [
            r
            for r in pending
            if all(
                r.fields.get(n) in (None, r.row_id)
                or r.fields.get(n) not in ids
                or r.fields.get(n) in placed
                for n in own
            )
        ]
        if not ready:
            ready = pending[:1]
        for r in ready:
            ordered.append(r)
            placed.add(r.row_id)
            pending.remove(r)
    return ordered


def _shown(value: Any) -> str:
    """A value in a change (`Status: Idé → Pågående`): a choice, Ja/Nei and dates as phrases
    the window writes its own way."""
    if value is None:
        return ""
    if isinstance(value, enum.Enum) and hasattr(value, "label"):
        return Phrase("%1", value, context="Import")
    if hasattr(value, "label"):
        return str(value.label)
    if isinstance(value, bool):
        return Phrase("Ja", context="Import") if value else Phrase("Nei", context="Import")
    if isinstance(value, datetime):
        return Phrase("%1", value, context="Import")
    if isinstance(value, date):
        return Phrase("%1", value, context="Import")
    if hasattr(value, "strftime"):
        return value.strftime("%d.%m.%Y %H:%M") if hasattr(value, "hour") else format_date(value)
    if isinstance(value, list):
        return LIST_SEPARATOR.join(str(v) for v in sorted(value, key=str))
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _write(session: Any, row: Row, held: list[Any]) -> RowResult:
    """Add or update one row through crud; `held` keeps the written objects alive, so the
    session's (weak) identity map still has them when later rows refer to them."""
    spec = row.sheet.spec
    model = spec.model
    result = RowResult(row.sheet.name, row.number, "add", row_id=row.row_id)
    try:
        if row.exists:
            obj = crud.load(session, model, row.row_id)
            held.append(obj)
            current = crud.current_values(obj)
            changed = {}
            for key, value in row.fields.items():
                clean = crud.coerce(model, {key: value})[key]
                old = current.get(key)
                if isinstance(old, list) or isinstance(clean, list):
                    if sorted(old or [], key=str) == sorted(clean or [], key=str):
                        continue
                elif old == clean:
                    continue
                changed[key] = clean
                result.changes.append(Change(link_label(spec, key), _shown(old), _shown(clean)))
            result.action = "update" if changed else "unchanged"
            if changed:
                crud.update_in(session, model, row.row_id, changed)
            result.name = _name(spec, {**current, **changed})
        else:
            held.append(crud.create_in(session, model, row.fields, row_id=row.row_id))
            result.name = _name(spec, {**row.fields, "id": row.row_id})
    except ValidationError as error:
        where = Location(row.number, column_of(row.sheet, error.field), row.sheet.name)
        return RowResult(
            row.sheet.name,
            row.number,
            "refuse",
            row_id=row.row_id,
            message=Phrase("%1: %2", where.phrase(), Phrase.of(error), context="Import"),
        )
    except DomainError as error:
        where = Location(row.number, "", row.sheet.name)
        return RowResult(
            row.sheet.name,
            row.number,
            "refuse",
            row_id=row.row_id,
            message=Phrase("%1: %2", where.phrase(), phrase_of(error), context="Import"),
        )
    return result


def _name(spec: EntitySpec, values: dict[str, Any]) -> str:
    """A row's name (`EntitySpec.name_of`); one with words of its own (`Finansiering 269866`)
    as a phrase the window translates."""
    naming = spec.naming
    if naming.template is None:
        return spec.name_of(values)
    name = Phrase(naming.template, *naming.values_of(values), context=spec.model.__name__)
    return name if name == name.strip() else spec.name_of(values)


def _refusal(sheet: Sheet, number: int, error: ExchangeError) -> RowResult:
    return RowResult(sheet.name, number, "refuse", message=error.phrase)


def _run(
    session: Any,
    sheets: list[Sheet],
    skip_invalid: bool,
    progress: Progress,
    create_missing: bool = False,
) -> list[RowResult]:
    total = 2 * sum(len(s.rows) for s in sheets)
    done = 0
    index = Index(session, create_missing)
    held: list[Any] = []
    seen: dict[tuple[type[Base], Any], tuple[str, int]] = {}
    parsed: dict[str, list[Row]] = {}
    results: list[RowResult] = []
    for sheet in sheets:
        rows: list[Row] = []
        for i in range(len(sheet.rows)):
            done += 1
            if done % 100 == 0:
                progress.step(done, total, Phrase("Leser %1", sheet.name, context="Import"))
            try:
                row = parse_row(sheet, i)
                match_row(row, index, seen)
            except ExchangeError as error:
                results.append(_refusal(sheet, sheet.row_numbers[i], error))
                continue
            rows.append(row)
        parsed[sheet.spec.table] = parsed.get(sheet.spec.table, []) + rows
    by_table = {s.spec.table: s.spec for s in sheets}
    for spec in _dependency_order(by_table.values()):
        for row in _self_order(parsed[spec.table]):
            done += 1
            if done % 50 == 0:
                progress.step(
                    done, total, Phrase("Importerer %1", row.sheet.name, context="Import")
                )
            before = len(index.created)
            try:
                resolve_references(row, index)
            except ExchangeError as error:
                results.append(_refusal(row.sheet, row.number, error))
                continue
            for model, new, name in index.created[before:]:
                results.append(
                    RowResult(
                        row.sheet.name,
                        row.number,
                        "add",
                        name=name,
                        row_id=new,
                        message=Phrase("Ny %1, nevnt i raden.", entity(model), context="Import"),
                    )
                )
            result = _write(session, row, held)
            if result.action == "refuse" and skip_invalid:
                index.ids[spec.model].discard(row.row_id)
            results.append(result)
    order = {s.name: i for i, s in enumerate(sheets)}
    # Stable: a created organisation or person stays just before the row that named it.
    return sorted(results, key=lambda r: (order.get(r.sheet, 0), r.row))


def run_import(
    db: Database,
    path: str | Path,
    *,
    table: str | None = None,
    commit: bool = False,
    skip_invalid: bool = False,
    progress: Progress | None = None,
    mapping: Mapping | None = None,
    create_missing: bool = False,
    sheet: str | None = None,
) -> ImportResult:
    """Read the file and run the import in one transaction: committed when `commit` and no row
    is refused (or refused rows are skipped); otherwise rolled back, as a preview.
    `create_missing`: a reference to an organisation or person by a name the database does not
    know adds it (instead of refusing the row). `sheet`: only that sheet of a workbook (the
    unit's own workbook, one sheet at a time, as `table`)."""
    sheets = read_file(path, table, mapping, sheet=sheet)
    outcome: ImportResult | None = None
    try:
        with db.session() as session:
            rows = _run(session, sheets, skip_invalid, progress or NoProgress(), create_missing)
            outcome = ImportResult(rows)
            refused = any(r.action == "refuse" for r in rows)
            if not commit or (refused and not skip_invalid) or not outcome.has_changes:
                raise _Rollback
            outcome.written = True
    except _Rollback:
        pass
    assert outcome is not None
    return outcome


def backup_before_import(db: Database) -> Path | None:
    """A copy of a SQLite database file before an import writes to it (None for others)."""
    from kunnskapsapp import paths
    from kunnskapsapp.domain.base import utcnow
    from kunnskapsapp.storage.engine import sqlite_path
    from kunnskapsapp.storage.migrations import backup

    if sqlite_path(db.url) is None:
        return None
    dest = paths.backup_dir() / f"for-import-{utcnow():%Y%m%d-%H%M%S-%f}.sqlite3"
    backup(db.engine, dest)
    return dest


def apply_import(
    db: Database,
    path: str | Path,
    *,
    table: str | None = None,
    skip_invalid: bool = False,
    progress: Progress | None = None,
    mapping: Mapping | None = None,
    create_missing: bool = False,
    sheet: str | None = None,
) -> tuple[ImportResult, Path | None]:
    """Back up a SQLite file, then import for real: (the result, the backup). Cancelling
    through `progress` rolls the whole import back."""
    copy = backup_before_import(db)
    result = run_import(
        db,
        path,
        table=table,
        commit=True,
        skip_invalid=skip_invalid,
        progress=progress,
        mapping=mapping,
        create_missing=create_missing,
        sheet=sheet,
    )
    return result, copy
