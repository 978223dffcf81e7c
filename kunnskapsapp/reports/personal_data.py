"""Innsyn: everything the app holds about one person, as a readable PDF or a JSON file.

The data comes from `services.privacy.export_person`; this module only lays it out. The
file is written whole or not at all (a half-written export never replaces a good one).
"""

from __future__ import annotations

import json
from pathlib import Path

from reportlab.platypus import Flowable

from kunnskapsapp.domain.errors import ValidationError
from kunnskapsapp.domain.rules import format_date
from kunnskapsapp.reports.base import (
    Column,
    PagedTable,
    ReportMeta,
    build_pdf,
    key_value_table,
    section,
)
from kunnskapsapp.reports.cli import write_atomically
from kunnskapsapp.services import clock
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.privacy import PersonExport, export_person
from kunnskapsapp.services.reporting.common import letterhead

FORMATS = (".json", ".pdf")

_NAMED_COLUMNS = [
    Column("Type", 0.22),
    Column("Post", 0.48),
    Column("Som", 0.30),
]
_LOG_COLUMNS = [
    Column("Tidspunkt", 0.15),
    Column("Bruker", 0.11),
    Column("Post", 0.14),
    Column("Handling", 0.10),
    Column("Felt", 0.14),
    Column("Gammel verdi", 0.18),
    Column("Ny verdi", 0.18),
]


def to_json(export: PersonExport) -> bytes:
    text = json.dumps(export.as_json(), ensure_ascii=False, indent=2, default=str)
    return (text + "\n").encode("utf-8")


def to_pdf(db: Database, export: PersonExport) -> bytes:
    meta = ReportMeta(
        title=f"Personopplysninger: {export.name}",
        subject="Innsyn i personopplysninger",
        letterhead=letterhead(db),
        subtitle=[f"Alt Kunnskapsapp har lagret om personen per {format_date(clock.today())}"],
        running_title=f"Personopplysninger: {export.name}",
    )
    facts = key_value_table([(f.label, f.shown) for f in export.fields], label_width=0.32)
    story: list[Flowable] = []
    story += section("Opplysninger", [facts] if facts else None, "Ingen opplysninger.")
    named = [[r.entity, r.row_name or r.row_id, r.field_label] for r in export.named_in]
    story += section(
        "Nevnt i",
        [PagedTable(_NAMED_COLUMNS, named)] if named else None,
        "Personen er ikke nevnt i andre poster.",
    )
    log = [
        [
            r.at,
            r.user,
            f"{r.entity_label} {r.row_id[:8]}",
            r.action,
            r.field,
            r.old_value or "",
            r.new_value or "",
        ]
        for r in export.change_log
    ]
    story += section(
        "Endringslogg",
        [PagedTable(_LOG_COLUMNS, log)] if log else None,
        "Endringsloggen har ingen oppføringer om personen.",
    )
    return build_pdf(story, meta)


def write_export(db: Database, person_id: str, path: Path) -> PersonExport:
    """Write the export to `path`: JSON for `.json`, a PDF for `.pdf`."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError("fil", "Filen må slutte på .json eller .pdf (ikke «%1»).", path.name)
    export = export_person(db, person_id)
    data = to_json(export) if suffix == ".json" else to_pdf(db, export)
    write_atomically(path, data)
    return export
