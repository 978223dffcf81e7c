"""What the meetings page's parts share: past or upcoming, the list's derived columns,
colours, and the keys and widths of the form's tables."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
)

from kunnskapsapp.domain.enums import OutcomeKind
from kunnskapsapp.services import clock
from kunnskapsapp.services.records import Record
from kunnskapsapp.ui.form import ChildTable

UPCOMING = "upcoming"
PAST = "past"


def is_past(record: Record) -> bool:
    """A meeting is past from the day after it ended; today's meetings are still upcoming."""
    ends: datetime = record.get("ends_at") or record.starts_at
    return ends.date() < clock.today()


def upcoming_first(record: Record) -> float:
    """Sort key for the time column: upcoming meetings soonest first, then past ones, the
    most recent first."""
    stamp = record.starts_at.timestamp()
    return 1e11 - stamp if is_past(record) else stamp


def linked_to(record: Record) -> str:
    names = [record.get("agreement_name"), record.get("project_name")]
    return " / ".join(n for n in names if n)


def agenda_minutes(record: Record) -> str:
    total = record.get("agenda_minutes", 0)
    if not total:
        return ""
    return f"{total} / {record.duration_minutes}"


def stretch_column(table: ChildTable, column: int, widest: int = 150) -> None:
    """Size the columns to their contents (at most `widest`) and give the rest of the width
    to one column."""
    header = table.view.horizontalHeader()
    header.setStretchLastSection(False)
    table.view.resizeColumnsToContents()
    for each in range(header.count()):
        if each != column and header.sectionSize(each) > widest:
            header.resizeSection(each, widest)
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def add_row_keys(table: ChildTable) -> None:
    """Enter opens the selected row, Delete removes it (after asking), in a form's table."""
    for text, key, slot in (
        (
            QCoreApplication.translate("ChildTable", "Endre …"),
            QKeySequence(Qt.Key.Key_Return),
            table.edit,
        ),
        (
            QCoreApplication.translate("ChildTable", "Endre …"),
            QKeySequence(Qt.Key.Key_Enter),
            table.edit,
        ),
        (
            QCoreApplication.translate("ChildTable", "Fjern"),
            QKeySequence(QKeySequence.StandardKey.Delete),
            table.remove,
        ),
    ):
        act = QAction(text, table.view)
        act.setShortcut(key)
        act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        act.triggered.connect(slot)
        table.view.addAction(act)


_SHORT = {
    OutcomeKind.INFORMATION: "orientering",
    OutcomeKind.DECISION: "vedtak",
    OutcomeKind.ACTION: "oppfølging",
}


def outcome_summary(outcomes: list[Record]) -> str:
    """«1 vedtak, 2 oppfølging»: what came out of an agenda item, short enough for a column."""
    counts = {kind: 0 for kind in OutcomeKind}
    for outcome in outcomes:
        counts[outcome.kind] += 1
    return ", ".join(f"{n} {_SHORT[kind]}" for kind, n in counts.items() if n)
