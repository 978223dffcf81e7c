"""A document as a list of blocks, for content that is printed as PDF and written as Word.

The handout and the minutes exist in both formats with the same content. What they say
(headings, facts, tables, the sentence an empty section shows) is built once from the
report's facts as these blocks; `kunnskapsapp.reports` lays them out with ReportLab and
`kunnskapsapp.exchange` writes them with python-docx. Neither renderer decides any text.

Plain dataclasses, no ReportLab, no python-docx, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal, TypeAlias

from kunnskapsapp.domain.enums import DeadlineStatus
from kunnskapsapp.domain.language import date_range, kroner_figure
from kunnskapsapp.domain.rules import format_date
from kunnskapsapp.services.reporting.common import DeadlineLine, ProjectLine

# How a table row is marked: drawn in warning colours, greyed out, or bold (a sum).
WARN_ROW = "warn"
MUTED_ROW = "muted"
BOLD_ROW = "bold"

Tone: TypeAlias = Literal["body", "muted", "warning"]


@dataclass(frozen=True)
class Rendered:
    """A finished document (a PDF report, a Word file): its bytes, a file name to suggest,
    its title."""

    data: bytes
    filename: str
    title: str


@dataclass
class Column:
    """A table column: its header, share of the content width and alignment."""

    header: str
    width: float  # a fraction of the content width (the fractions of a table add up to 1)
    align: str = "LEFT"  # LEFT, RIGHT or CENTER
    max_lines: int = 8
    bold: bool = False


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1: a section, 2: a part of one


@dataclass(frozen=True)
class Text:
    """One paragraph the report writes itself (not the user's long text)."""

    text: str
    tone: Tone = "body"


@dataclass(frozen=True)
class LongText:
    """The user's free text of any length; blank lines separate its paragraphs."""

    text: str


@dataclass(frozen=True)
class Empty:
    """What a section with nothing to show says instead."""

    text: str


@dataclass(frozen=True)
class Facts:
    """Label: value rows; a pair with an empty value is left out."""

    pairs: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]
    marks: tuple[str | None, ...] = ()  # one per row where given: WARN_ROW, MUTED_ROW, BOLD_ROW
    caption: Heading | None = None  # a heading that stays with the table's first rows


@dataclass(frozen=True)
class AgendaItem:
    """An agenda item's heading: "Sak 3." and its title (Word numbers the items itself)."""

    number: int
    title: str


@dataclass(frozen=True)
class Lead:
    """A bold lead-in, the text after it and a small muted note: `Vedtak: ... (frist ...)`."""

    bold: str
    text: str = ""
    note: str = ""


Block: TypeAlias = Heading | Text | LongText | Empty | Facts | Table | AgendaItem | Lead


@dataclass(frozen=True)
class Outline:
    """A whole document: what its first page and footer say, and its blocks in order."""

    title: str
    subject: str
    keywords: str
    running_title: str  # the footer's text beside "Side x av y"
    subtitle: tuple[str, ...]  # lines under the title
    warning: str  # a line under the subtitle in warning colours ("Møtet er avlyst."), or ""
    blocks: tuple[Block, ...] = field(default=())


def table(
    columns: Sequence[Column],
    rows: Iterable[Sequence[str]],
    marks: Iterable[str | None] = (),
    caption: Heading | None = None,
) -> Table:
    return Table(tuple(columns), tuple(tuple(r) for r in rows), tuple(marks), caption=caption)


def section(title: str, empty_text: str) -> list[Block]:
    """A heading and the sentence saying there is nothing under it."""
    return [Heading(title), Empty(empty_text)]


# --- Table layouts more than one report prints: projects and deadlines ---------------------

# Widths with room for a whole date, period ("19.08.2019 –") and amount ("47 150 000") also
# at Word's larger table font.
PROJECT_COLUMNS = (
    Column("Prosjekt", 0.20),
    Column("Form og status", 0.15),
    Column("Partnere", 0.11),
    Column("Eier", 0.11),
    Column("Periode", 0.15),
    Column("Innvilget (kr)", 0.14, align="RIGHT"),
    Column("Egenandel (kr)", 0.14, align="RIGHT"),
)


def project_rows(projects: Iterable[ProjectLine]) -> list[list[str]]:
    return [
        [
            p.name,
            f"{p.form.label}\n{p.status.label}",
            ", ".join(p.partners),
            p.service_area,
            date_range(p.start, p.end),
            kroner_figure(p.granted) if p.granted else "",
            kroner_figure(p.own_contribution) if p.own_contribution else "",
        ]
        for p in projects
    ]


DEADLINE_COLUMNS = (  # "Samarbeidsmøte" fits in Type, also at Word's larger table font
    Column("Frist", 0.14),
    Column("Hva", 0.23),
    Column("Type", 0.18),
    Column("Knyttet til", 0.20),
    Column("Ansvarlig", 0.14),
    Column("Status", 0.11),
)


def due_text(d: DeadlineLine) -> str:
    """The due date, with the reason when it falls on a weekend or public holiday."""
    text = format_date(d.due)
    if d.non_working:
        reason = d.non_working.lower() if d.non_working in ("Lørdag", "Søndag") else d.non_working
        text += f"\n({reason})"
    return text


def deadline_mark(d: DeadlineLine) -> str | None:
    if d.overdue:
        return WARN_ROW
    if d.status != DeadlineStatus.OPEN:
        return MUTED_ROW
    return None


def deadline_rows(lines: Iterable[DeadlineLine]) -> tuple[list[list[str]], list[str | None]]:
    rows: list[list[str]] = []
    marks: list[str | None] = []
    for d in lines:
        rows.append([due_text(d), d.title, d.kind.label, d.linked_to, d.responsible, d.status_text])
        marks.append(deadline_mark(d))
    return rows, marks


def deadline_table(lines: Iterable[DeadlineLine], caption: Heading | None = None) -> Table:
    rows, marks = deadline_rows(lines)
    return table(DEADLINE_COLUMNS, rows, marks, caption)
