"""The exchange workbook: the whole database as one XLSX file, a sheet per entity.

Everything comes from the entity declarations (`domain.entities`): the sheet is named with
the entity's Norwegian plural, the header row holds the form's field labels, and the kind of
each column is the field's declared kind. The workbook holds the data, not its history: no
version, timestamp or change-log columns, and the export's date only in the document
properties, so two exports of the same data are identical cell for cell.

Columns of a sheet: `ID`, then every field in declaration order. A reference is two columns:
`<label> (id)` with the referenced row's id and `<label>` with its name, for people (the
import uses the name where the id is blank). A many-to-many link is the same pair, with the
ids and names separated by "; ". Binary fields (the logo) are left out. Rows are in the
entity's own order (or by name in Norwegian order), ties by id, so the order is stable.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Integer, select

from kunnskapsapp import __version__
from kunnskapsapp.domain.base import Base, utcnow
from kunnskapsapp.domain.collation import norwegian_key
from kunnskapsapp.domain.entities import ENTITIES, EntitySpec, FieldKind, FieldSpec, Link, entity
from kunnskapsapp.domain.errors import DomainError, Phrase
from kunnskapsapp.domain.language import count_noun
from kunnskapsapp.exchange import csv_format, xlsx_format
from kunnskapsapp.exchange.values import ACCEPTS, Kind
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.progress import NoProgress, Progress

ID_HEADER = "ID"
LIST_SEPARATOR = "; "
DOCUMENTATION_SHEET = "Dokumentasjon"
# The history is not data to exchange.
LEFT_OUT = ("change_log",)

_KINDS: dict[FieldKind, Kind] = {
    FieldKind.TEXT: "text",
    FieldKind.LONG_TEXT: "text",
    FieldKind.DATE: "date",
    FieldKind.DATETIME: "datetime",
    FieldKind.KRONER: "kroner",
    FieldKind.PERCENT: "percent",
    FieldKind.COUNT: "count",
    FieldKind.YEAR: "count",
    FieldKind.CHOICE: "text",
    FieldKind.REFERENCE: "text",
    FieldKind.YES_NO: "bool",
}
_KIND_NAMES: dict[FieldKind, str] = {
    FieldKind.TEXT: "Tekst (én linje)",
    FieldKind.LONG_TEXT: "Tekst (flere linjer)",
    FieldKind.DATE: "Dato",
    FieldKind.DATETIME: "Dato og klokkeslett",
    FieldKind.KRONER: "Beløp i hele kroner",
    FieldKind.PERCENT: "Prosent",
    FieldKind.COUNT: "Antall",
    FieldKind.YEAR: "År",
    FieldKind.CHOICE: "Valg",
    FieldKind.REFERENCE: "Henvisning",
    FieldKind.YES_NO: "Ja/Nei",
}


def exchange_kind(kind: FieldKind | None) -> Kind:
    """The cell kind an exchange file uses for a field of this kind ("text" for None)."""
    return _KINDS.get(kind, "text") if kind is not None else "text"


Role = Literal["id", "field", "ref_id", "ref_name", "link_ids", "link_names"]


@dataclass(frozen=True)
class SheetColumn:
    """One column of an entity's sheet and what it holds."""

    header: str
    kind: Kind
    role: Role
    name: str  # the field name, or the link's record key ("id" for the id column)
    field: FieldSpec | None = None
    link: Link | None = None


def exchange_entities() -> tuple[EntitySpec, ...]:
    """The entities the workbook holds, in declaration order (the data model's)."""
    return tuple(spec for spec in ENTITIES if spec.table not in LEFT_OUT)


def sheet_name(spec: EntitySpec) -> str:
    return xlsx_format.sheet_title(spec.plural[:1].upper() + spec.plural[1:])


def find_entity(name: str) -> EntitySpec:
    """The entity a `--table` names: its sheet (Prosjekter), plural, singular or table."""
    wanted = " ".join(name.split()).casefold()
    for spec in exchange_entities():
        names = {sheet_name(spec), spec.plural, spec.singular, spec.table, spec.model.__name__}
        if wanted in {n.casefold() for n in names}:
            return spec
    choices = ", ".join(sheet_name(s) for s in exchange_entities())
    raise DomainError(f"Ukjent tabell «{name}». Velg blant: {choices}.")


def _id_kind(spec: EntitySpec) -> Kind:
    column = spec.model.__table__.c.id
    return "count" if isinstance(column.type, Integer) else "text"


def sheet_columns(spec: EntitySpec) -> list[SheetColumn]:
    columns = [SheetColumn(ID_HEADER, _id_kind(spec), "id", "id")]
    for f in spec.fields:
        if f.kind is FieldKind.BINARY:
            continue
        if f.kind is FieldKind.REFERENCE:
            columns.append(SheetColumn(f"{f.label} (id)", "text", "ref_id", f.name, f))
            columns.append(SheetColumn(f.label, "text", "ref_name", f.name, f))
        else:
            columns.append(SheetColumn(f.label, _KINDS[f.kind], "field", f.name, f))
    for link in spec.links:
        columns.append(SheetColumn(f"{link.label} (id)", "text", "link_ids", link.key, link=link))
        columns.append(SheetColumn(link.label, "text", "link_names", link.key, link=link))
    return columns


# --- Reading the database ------------------------------------------------------------------


class _Names:
    """Display names of rows, loaded once per referenced entity."""

    def __init__(self, session: Any) -> None:
        self._session = session
        self._cache: dict[type[Base], dict[Any, str]] = {}

    def of(self, model: type[Base]) -> dict[Any, str]:
        if model not in self._cache:
            spec = entity(model)
            table = model.__table__
            wanted = [table.c.id, *(table.c[c] for c in spec.naming.columns if c != "id")]
            names = {}
            for row in self._session.execute(select(*wanted)):
                values = dict(row._mapping)
                names[values["id"]] = spec.name_of(values)
            self._cache[model] = names
        return self._cache[model]


def _link_pairs(session: Any, spec: EntitySpec, link: Link) -> dict[Any, list[Any]]:
    """For each row of `spec`, the ids it links to through `link`."""
    secondary = getattr(spec.model, link.attribute).property.secondary
    own = next(
        c for c in secondary.c if next(iter(c.foreign_keys)).column.table is spec.model.__table__
    )
    other = next(c for c in secondary.c if c is not own)
    result: dict[Any, list[Any]] = {}
    for own_id, other_id in session.execute(select(own, other)):
        result.setdefault(own_id, []).append(other_id)
    return result


def _sort_key(spec: EntitySpec) -> Callable[[dict[str, Any]], Any]:
    if spec.order:  # ascending: only the change log (left out) sorts descending

        def by_order(values: dict[str, Any]) -> Any:
            key = []
            for name in spec.order or ():
                value = values.get(name.lstrip("-"))
                if isinstance(value, str):
                    value = norwegian_key(value)
                key.append((value is None, value if value is not None else 0))
            return (*key, str(values["id"]))

        return by_order
    return lambda values: (norwegian_key(spec.name_of(values)), str(values["id"]))


def _choice_text(value: Any) -> Any:
    return getattr(value, "label", value)


def read_rows(session: Any, spec: EntitySpec, names: _Names | None = None) -> list[list[Any]]:
    """The entity's rows as sheet cells, in the sheet's stable order."""
    names = names or _Names(session)
    table = spec.model.__table__
    records = [dict(r._mapping) for r in session.execute(select(table))]
    records.sort(key=_sort_key(spec))
    links = {link.key: _link_pairs(session, spec, link) for link in spec.links}
    columns = sheet_columns(spec)
    rows = []
    for record in records:
        row: list[Any] = []
        for col in columns:
            if col.role == "id":
                row.append(record["id"])
            elif col.role == "field":
                value = record.get(col.name)
                row.append(_choice_text(value) if col.field and col.field.enum else value)
            elif col.role == "ref_id":
                row.append(record.get(col.name))
            elif col.role == "ref_name":
                target = col.field.target if col.field else None
                ref = record.get(col.name)
                row.append(names.of(target).get(ref, "") if target and ref is not None else None)
            else:
                assert col.link is not None
                ids = sorted(links[col.name].get(record["id"], []), key=str)
                if col.role == "link_ids":
                    row.append(LIST_SEPARATOR.join(str(i) for i in ids) or None)
                else:
                    target_names = names.of(col.link.target)
                    row.append(LIST_SEPARATOR.join(target_names.get(i, "") for i in ids) or None)
        rows.append(row)
    return rows


# --- Documentation -------------------------------------------------------------------------


def _accepts(col: SheetColumn) -> str:
    if col.role == "id":
        return "Radens id. Tom for en ny rad; uendret for en rad som finnes."
    if col.role in ("ref_id", "link_ids"):
        what = col.field.target if col.field else col.link.target if col.link else None
        if what is None:
            return ""
        sheet = sheet_name(entity(what))
        # No noun with an article: the entity declarations do not say en or et.
        if col.role == "link_ids":
            return f"Id-ene til rader i arket «{sheet}», skilt med semikolon."
        return f"Id-en til en rad i arket «{sheet}»."
    if col.role in ("ref_name", "link_names"):
        return "Navnet, for lesere; brukes når id-kolonnen er tom."
    f = col.field
    assert f is not None
    if f.kind is FieldKind.CHOICE and f.enum is not None:
        return "Én av: " + ", ".join(str(getattr(e, "label", e.value)) for e in f.enum) + "."
    text = ACCEPTS[col.kind]
    if f.kind is FieldKind.PERCENT:
        text = "Helt tall 0–100, f.eks. 50 eller 50 %"
    if f.kind is FieldKind.YEAR:
        text = "År med fire sifre, f.eks. 2026"
    if f.max_length:
        text += f"; høyst {f.max_length} tegn"
    return text + "."


def _kind_name(col: SheetColumn) -> str:
    if col.role == "id":
        return "Id"
    if col.role in ("ref_id", "ref_name"):
        return "Henvisning"
    if col.role in ("link_ids", "link_names"):
        return "Liste av henvisninger"
    return _KIND_NAMES[col.field.kind] if col.field else ""


def documentation_rows(specs: Sequence[EntitySpec]) -> list[list[Any]]:
    rows: list[list[Any]] = []
    for spec in specs:
        keys = "; ellers ".join(
            " + ".join(spec.label_of(n) if n != "id" else ID_HEADER for n in key)
            for key in spec.natural_keys
        )
        rows.append([sheet_name(spec), "", "", "", f"Gjenkjennes uten id på: {keys}.", "", ""])
        for col in sheet_columns(spec):
            f = col.field
            required = bool(f and f.required and col.role in ("field", "ref_id"))
            rows.append(
                [
                    sheet_name(spec),
                    col.header,
                    col.name,
                    _kind_name(col),
                    _accepts(col),
                    "Ja" if required else "Nei",
                    "Ja" if f and f.personal else "Nei",
                ]
            )
    return rows


DOCUMENTATION_COLUMNS = [
    xlsx_format.Column("Ark"),
    xlsx_format.Column("Kolonne"),
    xlsx_format.Column("Felt"),
    xlsx_format.Column("Type"),
    xlsx_format.Column("Godtar", width=60),
    xlsx_format.Column("Påkrevd"),
    xlsx_format.Column("Personopplysning"),
]


# --- Export ----------------------------------------------------------------------------------


def _xlsx_columns(spec: EntitySpec) -> list[xlsx_format.Column]:
    return [xlsx_format.Column(c.header, c.kind) for c in sheet_columns(spec)]


def _properties(title: str, description: str, moment: datetime | None) -> xlsx_format.Properties:
    moment = moment or utcnow().replace(microsecond=0)
    return xlsx_format.Properties(
        title=title,
        creator="Kunnskapsapp",
        description=description,
        keywords=f"Kunnskapsapp {__version__}",
        created=moment,
        modified=moment,
    )


def export_workbook(
    db: Database,
    target: str | Path | Any,
    *,
    specs: Iterable[EntitySpec] | None = None,
    moment: datetime | None = None,
    template: bool = False,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Write the workbook (every entity, or `specs`); the number of rows per sheet. A
    `template` has the headers and the documentation but no rows: a blank start for an
    import."""
    progress = progress or NoProgress()
    chosen = list(specs) if specs is not None else list(exchange_entities())
    counts: dict[str, int] = {}
    sheets: list[xlsx_format.Sheet] = []
    with db.session(audit=False) as session:
        names = _Names(session)
        for number, spec in enumerate(chosen):
            progress.step(
                number, len(chosen) + 1, Phrase("Leser %1", sheet_name(spec), context="Import")
            )
            rows = [] if template else read_rows(session, spec, names)
            counts[sheet_name(spec)] = len(rows)
            sheets.append(xlsx_format.Sheet(sheet_name(spec), _xlsx_columns(spec), rows))
    if specs is None:
        sheets.append(
            xlsx_format.Sheet(
                DOCUMENTATION_SHEET, DOCUMENTATION_COLUMNS, documentation_rows(chosen)
            )
        )
    progress.step(len(chosen), len(chosen) + 1, Phrase("Skriver arbeidsboken", context="Import"))
    title = "Kunnskapsapp – hele databasen" if specs is None else sheets[0].name
    if template:
        title = "Kunnskapsapp – importmal"
    description = (
        "Alle tabeller, ett ark per type, og arket Dokumentasjon."
        if specs is None
        else f"Tabellen {sheets[0].name}, alle rader."
    )
    xlsx_format.write_workbook(target, sheets, _properties(title, description, moment))
    return counts


def export_csv(db: Database, spec: EntitySpec, target: str | Path) -> int:
    """One entity's sheet as a CSV Norwegian Excel opens; the number of rows."""
    with db.session(audit=False) as session:
        rows = read_rows(session, spec)
    csv_format.save_csv(target, [c.header for c in sheet_columns(spec)], rows)
    return len(rows)


def export_file(db: Database, path: Path, table: str | None, template: bool = False) -> str:
    """What `kunnskapsapp export FILE.xlsx|FILE.csv [--table NAME] [--template]` does; the
    line to print."""
    if template:
        specs = [find_entity(table)] if table else None
        export_workbook(db, path, specs=specs, template=True)
        return f"Importmal: skrevet til {path.resolve()}"
    if table is None:
        counts = export_workbook(db, path)
        total = sum(counts.values())
        rows = count_noun(total, "rad", "rader")
        return f"Hele databasen ({rows} i {len(counts)} ark): skrevet til {path.resolve()}"
    spec = find_entity(table)
    if path.suffix.lower() == ".csv":
        count = export_csv(db, spec, path)
    else:
        count = export_workbook(db, path, specs=[spec])[sheet_name(spec)]
    return f"{sheet_name(spec)} ({count_noun(count, 'rad', 'rader')}): skrevet til {path.resolve()}"
