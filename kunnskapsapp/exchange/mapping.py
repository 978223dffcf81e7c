"""Mapping a spreadsheet's own headers onto an entity's columns. Qt-free.

A mapping is what `kunnskapsapp import --map MAP.json` reads (`import_file.load_mapping`): a
JSON object from the file's header to the column's header in the exchange workbook (or the
field's name), `null` for a column left out. The import wizard suggests one (`suggest`): a
header equal to a column's header or a field's name, case and spacing ignored, or one of the
common synonyms below; it remembers the user's mapping per shape of file (`shape_key`) and
saves it with `save_mapping` in the same format the command line reads.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kunnskapsapp import paths
from kunnskapsapp.domain.entities import EntitySpec
from kunnskapsapp.domain.errors import DomainError, Phrase
from kunnskapsapp.exchange import csv_format, values, xlsx_format
from kunnskapsapp.exchange.import_file import Mapping, norm
from kunnskapsapp.exchange.values import ExchangeError
from kunnskapsapp.exchange.workbook import (
    DOCUMENTATION_SHEET,
    SheetColumn,
    exchange_entities,
    find_entity,
    sheet_columns,
)

# Headers the unit's own spreadsheets use for a field, by the field's name. A synonym counts
# only for an entity that has that field; compared with case and spacing ignored.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "title": (
        "Prosjektnavn",
        "Prosjekttittel",
        "Navn på prosjekt",
        "Prosjekt",
        "Avtalenavn",
        "Navn på avtale",
        "Møtetittel",
        "Overskrift",
        "Fristtittel",
        "Hva",
    ),
    "name": ("Navn", "Fullt navn", "Organisasjonsnavn", "Virksomhet", "Institusjon"),
    "short_name": ("Kortnavn", "Forkortelse", "Kort navn", "Akronym"),
    "email": ("Epost", "E-post", "E-postadresse", "Epostadresse", "Email", "E-mail", "Mail"),
    "phone": ("Tlf", "Tlf.", "Telefonnummer", "Mobil", "Mobilnummer"),
    "org_number": ("Org.nr", "Org.nr.", "Orgnr", "Org nr", "Org. nr.", "Organisasjonsnr"),
    "website": ("Nettsted", "Hjemmeside", "Web", "URL"),
    "start_date": ("Startdato", "Start", "Oppstart", "Fra", "Fra dato", "Fra og med"),
    "end_date": ("Sluttdato", "Slutt", "Til", "Til dato", "Til og med", "Avslutning"),
    "due_date": ("Frist", "Fristdato", "Dato", "Forfall"),
    "notes": ("Merknad", "Merknader", "Kommentar", "Kommentarer", "Notat", "Notater"),
    "summary": ("Sammendrag", "Beskrivelse", "Om prosjektet"),
    "description": ("Beskrivelse", "Detaljer"),
    "starts_at": ("Tidspunkt", "Møtetidspunkt", "Når", "Dato og tid"),
    "place": ("Sted", "Møtested", "Rom"),
    "project_manager_id": ("Prosjektleder", "Leder", "Ansvarlig"),
    "responsible_id": ("Ansvarlig", "Ansvarlig person", "Saksbehandler"),
    "organisation_id": ("Organisasjon", "Arbeidsgiver", "Virksomhet"),
    "archive_case_number": ("Saksnummer", "Saksnr", "Arkivsak", "Arkivsaksnummer"),
    "rcn_project_number": ("Prosjektnummer", "NFR-nummer", "Forskningsrådets prosjektnummer"),
    "amount": ("Beløp", "Sum", "Kroner"),
    "year": ("År", "Budsjettår"),
}


def mappable_columns(spec: EntitySpec) -> list[SheetColumn]:
    """The columns a file's header can be mapped to: the exchange sheet's columns (a
    reference by id or by name, a field, the id)."""
    return sheet_columns(spec)


def _target(spec: EntitySpec, field_name: str) -> SheetColumn | None:
    """The column a synonym for `field_name` means: the field, or a reference by name."""
    for role in ("field", "ref_name", "link_names"):
        for col in sheet_columns(spec):
            if col.name == field_name and col.role == role:
                return col
    return None


def suggest(spec: EntitySpec, header: Sequence[str]) -> dict[str, str | None]:
    """For each of the file's headers the column's header it most likely means, or None.
    Each column is suggested at most once (the first header that fits it wins)."""
    exact: dict[str, SheetColumn] = {}
    for col in sheet_columns(spec):
        exact.setdefault(norm(col.header), col)
        if col.role in ("field", "ref_name", "link_names"):
            exact.setdefault(norm(col.name), col)
    synonyms: dict[str, SheetColumn] = {}
    for field_name, words in SYNONYMS.items():
        target = _target(spec, field_name)
        if target is None:
            continue
        for word in words:
            synonyms.setdefault(norm(word), target)
    taken: set[str] = set()
    result: dict[str, str | None] = {}
    for text in header:
        if not text.strip() or text in result:
            continue
        found = exact.get(norm(text)) or synonyms.get(norm(text))
        if found is not None and found.header not in taken:
            taken.add(found.header)
            result[text] = found.header
        else:
            result[text] = None
    return result


def matches_exactly(spec: EntitySpec, header: Sequence[str]) -> bool:
    """Every non-blank header is one of the entity's columns: no mapping needed."""
    known = {norm(c.header) for c in sheet_columns(spec)}
    return all(norm(h) in known for h in header if h.strip())


def shape_key(header: Iterable[str]) -> str:
    """What identifies files of the same shape: the set of their headers (case, spacing and
    order ignored)."""
    return "\x1f".join(sorted({norm(h) for h in header if h.strip()}))


def to_json(mapping: dict[str, str | None]) -> str:
    return json.dumps(mapping, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def save_mapping(path: str | Path, mapping: dict[str, str | None]) -> None:
    """Write the mapping in the format `--map` reads."""
    target = Path(path)
    try:
        paths.write_private(target, to_json(mapping).encode("utf-8"))
    except OSError as error:
        raise values.unwritable(target.name, error) from None


def as_mapping(mapping: dict[str, str | None]) -> Mapping:
    """The wizard's mapping as `import_file.read_file` takes it (keys normalised)."""
    return {norm(k): v for k, v in mapping.items()}


# --- What a file holds, before it is imported ----------------------------------------------------


@dataclass(frozen=True)
class SheetShape:
    """One sheet (or the CSV): its name, header, number of data rows and the entity it
    belongs to (by the sheet's name, or a CSV's header), None when that is not known."""

    name: str
    header: list[str]
    rows: int
    spec: EntitySpec | None
    first: list[str]  # the first data row, as text (shown beside the headers)


def detect_entity(header: Sequence[str]) -> EntitySpec | None:
    """The one entity whose columns the header names (all of them, or only its own)."""
    wanted = {norm(h) for h in header if h.strip()}
    if not wanted:
        return None
    fitting = []
    for spec in exchange_entities():
        known = {norm(c.header) for c in sheet_columns(spec)}
        if wanted == known:
            return spec
        if wanted <= known:
            fitting.append(spec)
    return fitting[0] if len(fitting) == 1 else None


def _text(value: object) -> str:
    if value is None:
        return ""
    if hasattr(value, "strftime"):
        return str(value.strftime("%d.%m.%Y"))
    return str(value)


def describe(path: str | Path) -> list[SheetShape]:
    """The sheets of an import file (the Dokumentasjon sheet left out); a Norwegian
    ExchangeError for a file that cannot be read."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix == ".csv":
        table = csv_format.read_csv(target)
        first = list(table.rows[0]) if table.rows else []
        detected = detect_entity(table.header)
        return [SheetShape("", table.header, len(table.rows), detected, first)]
    if suffix != ".xlsx":
        raise values.not_a_table_file(target.name)
    shapes = []
    for sheet in xlsx_format.read_workbook(target):
        if sheet.name == DOCUMENTATION_SHEET:
            continue
        try:
            spec: EntitySpec | None = find_entity(sheet.name)
        except DomainError:
            spec = detect_entity(sheet.header)
        first = [_text(v) for v in sheet.rows[0]] if sheet.rows else []
        shapes.append(SheetShape(sheet.name, list(sheet.header), len(sheet.rows), spec, first))
    if not shapes:
        raise ExchangeError(Phrase("Filen har ingen ark med data å importere.", context="Import"))
    return shapes
