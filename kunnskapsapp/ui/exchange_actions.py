"""Excel, CSV and calendar files from the app: a table as shown, the whole database, the
import template and deadlines/meetings as .ics. The work runs off the UI thread
(`ui.worker.run_task`, with progress and Avbryt); the files are written by `exchange`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QWidget

from kunnskapsapp.exchange.values import Kind
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.progress import CancelFlag
from kunnskapsapp.services.records import Record
from kunnskapsapp.ui import settings
from kunnskapsapp.ui.formatting import count_noun

# The exchange modules (openpyxl, icalendar: 0.5 s to import) load when an export starts,
# not with the menus at start.
from kunnskapsapp.ui.i18n import Context
from kunnskapsapp.ui.table import Column
from kunnskapsapp.ui.worker import Task, run_task

_TYPED: dict[Kind, tuple[type, ...]] = {
    "date": (date,),
    "datetime": (datetime,),
    "kroner": (int, Decimal),
    "count": (int,),
    "decimal": (int, float, Decimal),
    "percent": (int, float, Decimal),
}


Exchange = Context("Exchange")  # this module's texts: Exchange.tr("…")


def ask_save_path(
    parent: QWidget | None, title: str, name: str, filters: Sequence[tuple[str, str]]
) -> Path | None:
    """A save dialog in the last export folder; `filters` are (description, suffix). A name
    typed without one of the suffixes gets the chosen filter's."""
    folder = settings.LAST_EXPORT_DIR.get() or str(Path.home())
    patterns = [f"{text} (*{suffix})" for text, suffix in filters]
    chosen_text, chosen_filter = QFileDialog.getSaveFileName(
        parent, title, str(Path(folder) / name), ";;".join(patterns)
    )
    if not chosen_text:
        return None
    path = Path(chosen_text)
    suffixes = [suffix for _text, suffix in filters]
    if path.suffix.lower() not in suffixes:
        index = patterns.index(chosen_filter) if chosen_filter in patterns else 0
        path = path.with_name(path.name + suffixes[index])
    settings.LAST_EXPORT_DIR.set(str(path.parent))
    return path


def _tell(parent: QWidget | None, text: str) -> None:
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 10_000)


# --- A table as shown --------------------------------------------------------------------------


def list_page_of(page: Any) -> Any:
    """The list page whose table is in view: the page itself, or the tab in front."""
    if page is None:
        return None
    if hasattr(page, "current_tab"):
        return page.current_tab()
    return page if hasattr(page, "table_model") and hasattr(page, "view") else None


def shown_columns(page: Any) -> list[tuple[str, Column]]:
    """The table's columns in the header's order, with the header's text. A column the
    window is too narrow to show (ui.columns) is exported too: a narrow window is no choice
    of what the spreadsheet holds."""
    header = page.view.horizontalHeader()
    model = page.table_model
    shown = []
    for visual in range(header.count()):
        logical = header.logicalIndex(visual)
        text = model.headerData(logical, Qt.Orientation.Horizontal)
        shown.append((str(text), model.columns[logical]))
    return shown


def shown_records(page: Any) -> list[Record]:
    """Every row that passes the search and the filters, in the shown order (not only those
    scrolled into view)."""
    model = page.table_model
    return [model.record(row) for row in range(model.rowCount())]


def filter_text(page: Any) -> str:
    """The search and the filters in words, e.g. "Søk: «helse»; Status: Aktiv"."""
    parts = []
    needle = page.search.text().strip()
    if needle:
        parts.append(Exchange.tr("Søk: «%1»").replace("%1", needle))
    for combo in page.filters:
        if combo.currentIndex() > 0:
            parts.append(f"{combo.accessibleName()}: {combo.currentText()}")
    return "; ".join(parts)


def column_kind(column: Column, records: Sequence[Record]) -> Kind:
    """The cell kind of a column: its declared kind, kroner for a money column, else what
    its values are (dates and numbers stay real cells)."""
    if column.kind is not None:
        from kunnskapsapp.exchange.workbook import exchange_kind

        return exchange_kind(column.kind)
    if column.money:
        return "kroner"
    for record in records:
        value = column.get(record)
        if value is None or value == "":
            continue
        if isinstance(value, datetime):
            return "datetime"
        if isinstance(value, date):
            return "date"
        if isinstance(value, int) and not isinstance(value, bool) and column.right_aligned:
            return "count"
        return "text"
    return "text"


def cell(column: Column, kind: Kind, record: Record) -> Any:
    """A real date or number where the column holds one, else the text the table shows."""
    value = column.get(record)
    typed = _TYPED.get(kind)
    if typed and isinstance(value, typed) and not isinstance(value, bool):
        if kind == "date" and isinstance(value, datetime):
            return column.text(record) or None
        return value
    return column.text(record) or None


def export_table(page: Any, parent: QWidget | None = None) -> Task | None:
    """Ask where, then write the page's table as shown (XLSX or CSV)."""
    page = list_page_of(page)
    if page is None:
        return None
    parent = parent or page
    name = page.shown_title() or page.view.accessibleName() or Exchange.tr("Tabell")
    path = ask_save_path(
        parent,
        Exchange.tr("Eksporter tabell"),
        f"{name}.xlsx",
        [(Exchange.tr("Excel-arbeidsbok"), ".xlsx"), (Exchange.tr("CSV for Excel"), ".csv")],
    )
    if path is None:
        return None
    columns = shown_columns(page)
    records = shown_records(page)
    kinds = [column_kind(col, records) for _h, col in columns]
    from kunnskapsapp.exchange import table_export
    from kunnskapsapp.exchange.xlsx_format import Column as SheetColumn

    sheet_columns = [SheetColumn(h, k) for (h, _c), k in zip(columns, kinds, strict=True)]
    described = filter_text(page)

    def work(progress: CancelFlag) -> int:
        def rows() -> Any:
            total = len(records)
            for number, record in enumerate(records):
                if number % 200 == 0:
                    progress.step(
                        number, total, Exchange.tr("Skriver %1 …").replace("%1", path.name)
                    )
                yield [cell(col, k, record) for (_h, col), k in zip(columns, kinds, strict=True)]

        table_export.export_table(path, name, sheet_columns, rows(), filter_text=described)
        return len(records)

    return run_task(
        parent,
        Exchange.tr("Eksporterer tabellen …"),
        work,
        lambda count: _tell(
            parent,
            Exchange.tr("%1 (%2) eksportert til %3")
            .replace("%1", name)
            .replace("%2", count_noun(count, Exchange.tr("rad"), Exchange.tr("rader")))
            .replace("%3", str(path)),
        ),
    )


# --- The whole database and the template --------------------------------------------------------


def export_workbook(parent: QWidget | None, db: Database, *, template: bool = False) -> Task | None:
    """Fil → Eksporter alt … (every table, the exchange format) or Fil → Importmal …"""
    title = (
        Exchange.tr("Lagre importmalen") if template else Exchange.tr("Eksporter hele databasen")
    )
    name = "kunnskapsapp-importmal.xlsx" if template else "kunnskapsapp-eksport.xlsx"
    path = ask_save_path(parent, title, name, [(Exchange.tr("Excel-arbeidsbok"), ".xlsx")])
    if path is None:
        return None

    def work(progress: CancelFlag) -> int:
        from kunnskapsapp.exchange import workbook

        counts = workbook.export_workbook(db, path, template=template, progress=progress)
        return sum(counts.values())

    def done(total: int) -> None:
        text = (
            Exchange.tr("Importmalen er lagret i %1").replace("%1", str(path))
            if template
            else Exchange.tr("Hele databasen (%1) eksportert til %2")
            .replace("%1", count_noun(total, Exchange.tr("rad"), Exchange.tr("rader")))
            .replace("%2", str(path))
        )
        _tell(parent, text)

    busy = (
        Exchange.tr("Lagrer importmalen …")
        if template
        else Exchange.tr("Eksporterer hele databasen …")
    )
    return run_task(parent, busy, work, done)


# --- Calendar -----------------------------------------------------------------------------------


def export_calendar(
    parent: QWidget | None, db: Database, name: str, **selection: Any
) -> Task | None:
    """Deadlines and meetings as an .ics file; `selection` as `exchange.calendar.export_calendar`
    takes it (agreement_id, project_id, deadline_ids, meeting_ids; none: everything)."""
    path = ask_save_path(
        parent,
        Exchange.tr("Eksporter til kalender"),
        f"{name}.ics",
        [(Exchange.tr("iCalendar-fil"), ".ics")],
    )
    if path is None:
        return None

    def work(progress: CancelFlag) -> int:
        from kunnskapsapp.exchange import calendar

        progress.step(0, 2, Exchange.tr("Leser fristene og møtene …"))
        data = calendar.export_calendar(db, **selection)
        progress.step(1, 2, Exchange.tr("Skriver %1 …").replace("%1", path.name))
        calendar.save_calendar(path, data)
        return data.count(b"BEGIN:VEVENT")

    return run_task(
        parent,
        Exchange.tr("Eksporterer til kalender …"),
        work,
        lambda count: _tell(
            parent,
            Exchange.tr("%1 eksportert til %2")
            .replace("%1", count_noun(count, Exchange.tr("hendelse"), Exchange.tr("hendelser")))
            .replace("%2", str(path)),
        ),
    )


def export_shown_calendar(page: Any) -> Task | None:
    """The deadlines or meetings the page shows (its search and filters applied)."""
    key = getattr(page, "calendar_rows", "")
    if not key:
        return None
    ids = [record["id"] for record in shown_records(page)]
    return export_calendar(page, page.db, page.shown_title(), **{key: ids})


def export_record_calendar(page: Any, record: Record) -> Task | None:
    """The deadlines and meetings of one project or agreement."""
    key = getattr(page, "calendar_record", "")
    if not key:
        return None
    name = str(
        record.get("display_name")
        or record.get("title")
        or record.get("name")
        or page.shown_title()
    )
    return export_calendar(page, page.db, name, **{key: record["id"]})


# --- The file menu -----------------------------------------------------------------------------


def add_file_actions(
    window: Any,
    menu: QMenu,
    on_data_changed: Callable[[], None],
    before: QAction | None = None,
) -> list[QAction]:
    """Fil → Eksporter tabell …, Eksporter alt …, Eksporter til kalender …, Importer …,
    Importmal …: added to `menu` of the main window (before `before`, else at the end)."""

    def action(text: str, name: str, slot: Callable[[], Any]) -> QAction:
        act = QAction(text, window)
        act.setObjectName(name)
        act.triggered.connect(lambda _checked=False: slot())
        menu.insertAction(before, act)  # type: ignore[arg-type]  # None: at the end
        return act

    def calendar_of_page() -> None:
        page = list_page_of(window.current_page())
        if page is not None and bool(getattr(page, "calendar_rows", "")):
            export_shown_calendar(page)
        else:
            export_calendar(window, window.db, Exchange.tr("Frister og møter"))

    def import_wizard() -> None:
        from kunnskapsapp.ui.import_wizard import open_import_wizard

        open_import_wizard(window, window.db, on_data_changed)

    return [
        action(
            Exchange.tr("Eksporter tabell …"),
            "actionExportTable",
            lambda: export_table(window.current_page(), window),
        ),
        action(
            Exchange.tr("Eksporter alt …"),
            "actionExportAll",
            lambda: export_workbook(window, window.db),
        ),
        action(
            Exchange.tr("Eksporter til kalender (.ics) …"), "actionExportCalendar", calendar_of_page
        ),
        action(Exchange.tr("Importer …"), "actionImport", import_wizard),
        action(
            Exchange.tr("Importmal …"),
            "actionImportTemplate",
            lambda: export_workbook(window, window.db, template=True),
        ),
    ]
