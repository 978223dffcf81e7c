"""Table layouts more than one report prints: projects and deadlines."""

from __future__ import annotations

from collections.abc import Iterable

from kunnskapsapp.domain.enums import DeadlineStatus
from kunnskapsapp.domain.rules import format_date
from kunnskapsapp.reports.base import MUTED_ROW, WARN_ROW, Column, date_range, kroner
from kunnskapsapp.services import reporting

PROJECT_COLUMNS = [
    Column("Prosjekt", 0.23),
    Column("Form og status", 0.18),
    Column("Partnere", 0.13),
    Column("Eier", 0.12),
    Column("Periode", 0.12),
    Column("Innvilget (kr)", 0.11, align="RIGHT"),
    Column("Egenandel (kr)", 0.11, align="RIGHT"),
]


def project_rows(projects: Iterable[reporting.ProjectLine]) -> list[list[str]]:
    return [
        [
            p.name,
            f"{p.form.label}\n{p.status.label}",
            ", ".join(p.partners),
            p.service_area,
            date_range(p.start, p.end),
            kroner(p.granted) if p.granted else "",
            kroner(p.own_contribution) if p.own_contribution else "",
        ]
        for p in projects
    ]


DEADLINE_COLUMNS = [
    Column("Frist", 0.14),
    Column("Hva", 0.28),
    Column("Type", 0.16),
    Column("Knyttet til", 0.17),
    Column("Ansvarlig", 0.14),
    Column("Status", 0.11),
]


def due_text(d: reporting.DeadlineLine) -> str:
    """The due date, with the reason when it falls on a weekend or public holiday."""
    text = format_date(d.due)
    if d.non_working:
        reason = d.non_working.lower() if d.non_working in ("Lørdag", "Søndag") else d.non_working
        text += f"\n({reason})"
    return text


def deadline_mark(d: reporting.DeadlineLine) -> str | None:
    if d.overdue:
        return WARN_ROW
    if d.status != DeadlineStatus.OPEN:
        return MUTED_ROW
    return None


def deadline_rows(
    lines: Iterable[reporting.DeadlineLine],
) -> tuple[list[list[str]], list[str | None]]:
    rows: list[list[str]] = []
    marks: list[str | None] = []
    for d in lines:
        rows.append([due_text(d), d.title, d.kind.label, d.linked_to, d.responsible, d.status_text])
        marks.append(deadline_mark(d))
    return rows, marks
