"""Any table as shown in the app (its columns, filtered and sorted rows) to XLSX or CSV,
picked by the file's suffix. Qt-free: the UI passes plain headers, kinds and values."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from kunnskapsapp.exchange import csv_format, values, xlsx_format
from kunnskapsapp.exchange.xlsx_format import Column


def export_table(
    path: str | Path,
    name: str,
    columns: Sequence[Column],
    rows: Iterable[Sequence[Any]],
    *,
    filter_text: str = "",
    moment: datetime | None = None,
) -> None:
    """Write the rows to `path` (.xlsx or .csv). In XLSX the filter goes into the sheet's name
    and the document properties; a CSV has no place for it."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix == ".csv":
        csv_format.save_csv(target, [c.header for c in columns], rows)
        return
    if suffix != ".xlsx":
        raise values.not_a_table_file(target.name)
    title = f"{name} – {filter_text}" if filter_text else name
    properties = xlsx_format.Properties(
        title=title,
        description=f"Filter: {filter_text}" if filter_text else "Alle rader",
        created=moment,
        modified=moment,
    )
    xlsx_format.write_table(target, title, columns, rows, properties)
