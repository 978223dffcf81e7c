"""Reading an import file: the sheets (or the CSV) bound to their entities, each column
to what it holds, and each row parsed into field values (references still by id or name).
Qt-free; `importer` matches and writes the rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Integer

from kunnskapsapp.domain.base import Base
from kunnskapsapp.domain.entities import EntitySpec, FieldKind
from kunnskapsapp.domain.errors import DomainError, Phrase, Plural
from kunnskapsapp.exchange import csv_format, values, xlsx_format
from kunnskapsapp.exchange.values import ExchangeError, Location, column_name
from kunnskapsapp.exchange.workbook import (
    DOCUMENTATION_SHEET,
    SheetColumn,
    exchange_entities,
    find_entity,
    sheet_columns,
    sheet_name,
)


@dataclass
class Sheet:
    """One sheet of the file, bound to its entity, with each column's meaning."""

    spec: EntitySpec
    name: str
    header: list[str]
    columns: list[SheetColumn | None]
    rows: list[list[Any]]
    row_numbers: list[int]
    from_csv: bool


@dataclass
class Row:
    sheet: Sheet
    index: int
    number: int
    row_id: Any = None
    exists: bool = False
    fields: dict[str, Any] = field(default_factory=dict)
    ref_names: dict[str, str] = field(default_factory=dict)  # field → name (id was blank)
    link_names: dict[str, list[str]] = field(default_factory=dict)


def norm(text: Any) -> str:
    return " ".join(str(text).split()).casefold()


# --- Reading the file ----------------------------------------------------------------------


Mapping = dict[str, str | None]  # a file's header → a column's header or field name; None: skip


def command_line(text: str) -> str:
    """A message only the command line gives (the window always names the table), which
    stays Norwegian: the window's catalogue does not hold it."""
    return text


def load_mapping(path: str | Path) -> Mapping:
    """A `--map` file: JSON {"the file's header": "Tittel" or "title", "Ignorer meg": null}."""
    import json

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise values.unreadable(Path(path).name, error) from None
    except (ValueError, UnicodeDecodeError) as error:
        raise ExchangeError(
            Phrase("%1 er ikke gyldig JSON: %2.", Path(path).name, str(error), context="Import")
        ) from None
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in data.items()
    ):
        raise ExchangeError(
            Phrase(
                "%1 må være et JSON-objekt fra filens overskrift til kolonnens overskrift "
                'eller feltnavn, f.eks. {"Prosjektnavn": "Tittel", "Kommentar": null}.',
                Path(path).name,
                context="Import",
            )
        )
    return {norm(k): v for k, v in data.items()}


def bind(
    spec: EntitySpec,
    name: str,
    header: list[str],
    where_sheet: str,
    mapping: Mapping | None = None,
) -> list[SheetColumn | None]:
    mapping = mapping or {}
    by_header: dict[str, SheetColumn] = {}
    for col in sheet_columns(spec):
        by_header.setdefault(norm(col.header), col)
        if col.role in ("field", "ref_id", "link_ids"):
            by_header.setdefault(norm(col.name), col)
    bound: list[SheetColumn | None] = []
    seen: dict[str, int] = {}
    for index, text in enumerate(header):
        where = Location(1, column_name(index, text), where_sheet)
        if not text.strip():
            bound.append(None)
            continue
        target = text
        if norm(text) in mapping:
            mapped = mapping[norm(text)]
            if not mapped:  # left out on purpose
                bound.append(None)
                continue
            target = mapped
        found = by_header.get(norm(target))
        if found is None:
            if target != text:
                unknown = Phrase(
                    "Ukjent kolonne for %1: «%2» er ikke en av kolonnene i arket %3 i en "
                    "eksportert arbeidsbok. Gi kolonnen et av de navnene, eller pek den ut med "
                    "--map.",
                    Plural(spec),
                    target,
                    DOCUMENTATION_SHEET,
                    context="Import",
                )
            else:
                unknown = Phrase(
                    "Ukjent kolonne for %1: Den er ikke en av kolonnene i arket %2 i en "
                    "eksportert arbeidsbok. Gi kolonnen et av de navnene, eller pek den ut med "
                    "--map.",
                    Plural(spec),
                    DOCUMENTATION_SHEET,
                    context="Import",
                )
            raise ExchangeError(unknown, where)
        if found.header in seen:
            raise ExchangeError(
                Phrase(
                    "Kolonnen finnes to ganger (også i kolonne %1).",
                    column_name(seen[found.header]),
                    context="Import",
                ),
                where,
            )
        seen[found.header] = index
        bound.append(found)
    return bound


def _csv_entity(header: list[str], table: str | None, mapping: Mapping) -> EntitySpec:
    if table:
        return find_entity(table)
    wanted = set()
    for h in header:
        target = mapping.get(norm(h), h) if norm(h) in mapping else h
        if target and target.strip():
            wanted.add(norm(target))
    fitting = []
    for spec in exchange_entities():
        known = {norm(c.header) for c in sheet_columns(spec)}
        if wanted == known:
            return spec  # every column of one sheet: an exported CSV
        if wanted <= known:
            fitting.append(spec)
    if len(fitting) == 1:
        return fitting[0]
    if not fitting:
        raise ExchangeError(
            command_line(
                "Overskriftene passer ikke til noen tabell. Oppgi tabellen med --table, "
                "f.eks. --table Prosjekter."
            )
        )
    names = ", ".join(sheet_name(s) for s in fitting)
    raise ExchangeError(
        command_line(
            f"Overskriftene passer til flere tabeller ({names}). Oppgi tabellen med --table."
        )
    )


def read_file(
    path: str | Path,
    table: str | None = None,
    mapping: Mapping | None = None,
    *,
    sheet: str | None = None,
) -> list[Sheet]:
    """The file's sheets bound to their tables. `sheet`: only that sheet of a workbook, for
    `table` (or the table its name says) with `mapping`."""
    mapping = mapping or {}
    path = Path(path)
    if path.suffix.lower() == ".csv":
        data = csv_format.read_csv(path)
        spec = _csv_entity(data.header, table, mapping)
        name = sheet_name(spec)
        columns = bind(spec, name, data.header, name, mapping)
        return [Sheet(spec, name, data.header, columns, data.rows, data.row_numbers, True)]
    if path.suffix.lower() != ".xlsx":
        raise values.not_a_table_file(path.name)
    sheets = [s for s in xlsx_format.read_workbook(path) if s.name != DOCUMENTATION_SHEET]
    if sheet is not None:
        sheets = [s for s in sheets if s.name == sheet]
        if not sheets:
            raise ExchangeError(
                Phrase("«%1» har ikke noe ark som heter «%2».", path.name, sheet, context="Import")
            )
    chosen = find_entity(table) if table else None
    result = []
    for found in sheets:
        if sheet is not None and chosen is not None:
            spec = chosen  # the one sheet the user chose, for the table they chose
        else:
            try:
                spec = find_entity(found.name)
            except DomainError:
                if chosen is not None and len(sheets) == 1:
                    spec = chosen
                else:
                    raise ExchangeError(
                        command_line(
                            f"Arket «{found.name}» hører ikke til noen tabell. Gi arket "
                            "tabellens navn (f.eks. Prosjekter), eller velg tabellen med --table."
                        )
                    ) from None
        if chosen is not None and spec is not chosen:
            continue
        columns = bind(spec, found.name, found.header, found.name, mapping)
        result.append(
            Sheet(spec, found.name, found.header, columns, found.rows, found.row_numbers, False)
        )
    if not result:
        raise ExchangeError(Phrase("Filen har ingen ark med data å importere.", context="Import"))
    order = {spec.table: i for i, spec in enumerate(exchange_entities())}
    return sorted(result, key=lambda s: order[s.spec.table])


# --- Parsing rows -----------------------------------------------------------------------------


def _id_is_int(model: type[Base]) -> bool:
    return isinstance(model.__table__.c.id.type, Integer)


def _id_value(model: type[Base], raw: Any, where: Location) -> Any:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if _id_is_int(model):
        number = values.parse("count", str(raw), where) if isinstance(raw, str) else raw
        if not isinstance(number, int | float) or int(number) != number:
            raise ExchangeError(Phrase("«%1» er ikke en gyldig id.", raw, context="Import"), where)
        return int(number)
    text = str(raw).strip()
    if len(text) > 36:
        raise ExchangeError(
            Phrase("«%1…» er ikke en gyldig id (høyst 36 tegn).", text[:40], context="Import"),
            where,
        )
    return text


def _value(sheet: Sheet, col: SheetColumn, raw: Any, where: Location) -> Any:
    if sheet.from_csv:
        parsed = values.parse(col.kind, raw or "", where)
    else:
        parsed = xlsx_format.coerce(col.kind, raw, where)
    if isinstance(parsed, str):
        parsed = parsed.replace("\x00", "")
    f = col.field
    if f is not None and f.kind is FieldKind.PERCENT and parsed is not None:
        if parsed != int(parsed):
            raise ExchangeError(
                Phrase("«%1» er ikke en hel prosent.", raw, context="Import"), where
            )
        parsed = int(parsed)
    return parsed


def parse_row(sheet: Sheet, index: int) -> Row:
    row = Row(sheet, index, sheet.row_numbers[index])
    model = sheet.spec.model
    for c, col in enumerate(sheet.columns):
        if col is None:
            continue
        raw = sheet.rows[index][c]
        where = Location(row.number, column_name(c, sheet.header[c]), sheet.name)
        if col.role == "id":
            row.row_id = _id_value(model, raw, where)
        elif col.role == "field":
            assert col.field is not None
            parsed = _value(sheet, col, raw, where)
            if parsed in (None, "") and not col.field.nullable and not col.field.required:
                continue  # blank in a field with a default: keep what is there
            row.fields[col.name] = parsed
        elif col.role == "ref_id":
            assert col.field is not None and col.field.target is not None
            row.fields[col.name] = _id_value(col.field.target, raw, where)
        elif col.role == "ref_name":
            text = "" if raw is None else str(raw).strip()
            if text:
                row.ref_names[col.name] = text
        elif col.role == "link_ids":
            assert col.link is not None
            parts = [p for p in str(raw or "").replace(",", ";").split(";") if p.strip()]
            row.fields[col.name] = [_id_value(col.link.target, p, where) for p in parts]
        elif col.role == "link_names":
            parts = [p.strip() for p in str(raw or "").split(";") if p.strip()]
            if parts:
                row.link_names[col.name] = parts
    return row
