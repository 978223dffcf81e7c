"""Tables and blocks: a table that pages through thousands of rows in linear time,
key-value tables, headings and sections."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeAlias
from weakref import WeakKeyDictionary

from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import (
    Flowable,
    Paragraph,
    Table,
    TableStyle,
)

from kunnskapsapp.reports.style import (
    ACCENT,
    CELL_FONT_SIZE,
    CELL_LEADING,
    CELL_PAD_X,
    CELL_PAD_Y,
    CONTENT_HEIGHT,
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    HEADER_FILL,
    INK,
    MUTED,
    RULE,
    WARN,
    WARN_FILL,
    ZEBRA,
    styles,
)
from kunnskapsapp.reports.text import clean, esc, para, wrap_lines
from kunnskapsapp.services.reporting.outline import BOLD_ROW, MUTED_ROW, WARN_ROW, Column

# --- Paged tables ---------------------------------------------------------------------------


Cell: TypeAlias = str | Flowable | None


@dataclass
class _Row:
    cells: list[list[str] | Flowable]
    height: float
    mark: str | None = None


class PagedTable(Flowable):
    """A table of any length that splits page by page in linear time.

    ReportLab's own `Table` recomputes every remaining row at each page break, which makes
    a 20 000-row table quadratic, and it pays a style lookup per cell. This flowable wraps
    each cell once (plain strings with `wrap_lines`; cells may also be flowables), keeps the
    running heights, and at a page break hands on the rest: each page draws the header row
    and its own rows straight onto the canvas. A caption (a heading) stays with the first
    rows. Cell text is drawn as it is, never parsed as markup.
    """

    def __init__(
        self,
        columns: Sequence[Column],
        rows: Iterable[Sequence[Cell]],
        *,
        caption: Flowable | None = None,
        width: float = CONTENT_WIDTH,
        marks: Sequence[str | None] | None = None,
        zebra: bool = True,
    ) -> None:
        super().__init__()
        self.columns = list(columns)
        self.total_width = width
        self.widths = [c.width * width for c in self.columns]
        self.caption = caption
        self.zebra = zebra
        self._header = self._measure([c.header for c in self.columns], header=True)
        marks = list(marks or [])
        self._rows: list[_Row] = []
        wrapped: dict[tuple[int, str], list[str]] = {}
        for index, row in enumerate(rows):
            measured = self._measure(list(row), header=False, wrapped=wrapped)
            if index < len(marks):
                measured.mark = marks[index]
            self._rows.append(measured)
        self._cum = [0.0]
        for measured in self._rows:
            self._cum.append(self._cum[-1] + measured.height)
        self._start = 0
        self._end = len(self._rows)
        self._continued = False
        self._caption_height = 0.0

    def _slice(self, start: int, end: int, *, continued: bool) -> PagedTable:
        part = object.__new__(PagedTable)
        Flowable.__init__(part)
        part.columns = self.columns
        part.total_width = self.total_width
        part.widths = self.widths
        part.caption = self.caption
        part.zebra = self.zebra
        part._header = self._header
        part._rows = self._rows
        part._cum = self._cum
        part._start, part._end = start, end
        part._continued = continued
        part._caption_height = 0.0
        return part

    # Measuring -------------------------------------------------------------------------------

    def _measure(
        self,
        cells: list[Cell],
        *,
        header: bool,
        wrapped: dict[tuple[int, str], list[str]] | None = None,
    ) -> _Row:
        """Wrap a row's cells; `wrapped` remembers each column's lines for a text already
        seen (statuses, funders, owners and periods repeat from row to row)."""
        out: list[list[str] | Flowable] = []
        height = 0.0
        for index, col in enumerate(self.columns):
            value = cells[index] if index < len(cells) else ""
            inner = self.widths[index] - 2 * CELL_PAD_X
            if isinstance(value, Flowable):
                _w, h = value.wrap(inner, CONTENT_HEIGHT / 2)
                out.append(value)
                height = max(height, h)
                continue
            text = value if value is not None else ""
            lines = wrapped.get((index, text)) if wrapped is not None else None
            if lines is None:
                lines = wrap_lines(
                    text,
                    inner,
                    font=FONT_BOLD if header or col.bold else FONT,
                    size=CELL_FONT_SIZE,
                    max_lines=3 if header else col.max_lines,
                )
                if wrapped is not None:
                    wrapped[(index, text)] = lines
            out.append(lines)
            height = max(height, len(lines) * CELL_LEADING)
        return _Row(out, height + 2 * CELL_PAD_Y + 1)

    @property
    def row_count(self) -> int:
        return self._end - self._start

    # Flowable protocol -----------------------------------------------------------------------

    def _caption_size(self, avail_width: float) -> float:
        if self.caption is None or self._continued:
            return 0.0
        _w, h = self.caption.wrap(avail_width, CONTENT_HEIGHT)
        return self._caption_gap() + h + self.caption.getSpaceAfter()

    def _caption_gap(self) -> float:
        """Space above the caption, unless the table starts a page."""
        if self.caption is None or self._continued:
            return 0.0
        at_top = bool(getattr(getattr(self, "_frame", None), "_atTop", False))
        return 0.0 if at_top else self.caption.getSpaceBefore()

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._caption_height = self._caption_size(availWidth)
        body = self._header.height + self._cum[self._end] - self._cum[self._start]
        self.width = self.total_width
        self.height = self._caption_height + body
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._caption_height = self._caption_size(availWidth)
        room = availHeight - self._caption_height - self._header.height
        limit = self._cum[self._start] + room
        end = bisect.bisect_right(self._cum, limit, lo=self._start, hi=self._end + 1) - 1
        count = max(end - self._start, 0)
        at_top = bool(getattr(getattr(self, "_frame", None), "_atTop", False))
        needed = min(2, self.row_count)  # never leave a caption or header with a single row
        if count < needed:
            if not at_top:
                return []
            count = max(count, 1)
        if count >= self.row_count:
            return [self]
        first = self._slice(self._start, self._start + count, continued=self._continued)
        rest = self._slice(self._start + count, self._end, continued=True)
        return [first, rest]

    def draw(self) -> None:
        canv = self.canv
        y = self.height
        if self.caption is not None and not self._continued:
            _w, h = self.caption.wrap(self.total_width, CONTENT_HEIGHT)
            y -= self._caption_gap() + h
            self.caption.drawOn(canv, 0, y)
            y -= self.caption.getSpaceAfter()
        self._draw_rows(canv, y)

    def _draw_rows(self, canv: Canvas, top: float) -> None:
        rows = [self._header, *self._rows[self._start : self._end]]
        lefts = [0.0]
        for width in self.widths:
            lefts.append(lefts[-1] + width)
        canv.saveState()
        # Backgrounds first, then rules, then text on top.
        y = top
        fills: list[tuple[float, float, colors.Color]] = []
        for index, row in enumerate(rows):
            fill = None
            if index == 0:
                fill = HEADER_FILL
            elif row.mark == WARN_ROW:
                fill = WARN_FILL
            elif self.zebra and index % 2 == 0:
                fill = ZEBRA
            if fill is not None:
                fills.append((y - row.height, row.height, fill))
            y -= row.height
        for bottom, height, fill in fills:
            canv.setFillColor(fill)
            canv.rect(0, bottom, self.total_width, height, stroke=0, fill=1)
        canv.setLineWidth(0.25)
        canv.setStrokeColor(RULE)
        y = top - rows[0].height
        rules = []
        for row in rows[1:]:
            y -= row.height
            rules.append((0, y, self.total_width, y))
        canv.lines(rules)
        canv.setLineWidth(0.8)
        canv.setStrokeColor(ACCENT)
        canv.line(0, top - rows[0].height, self.total_width, top - rows[0].height)

        text = canv.beginText()
        writer = _CellText(canv, text)
        y = top
        current_font = ""
        current_color: colors.Color | None = None
        for index, row in enumerate(rows):
            color = WARN if row.mark == WARN_ROW else MUTED if row.mark == MUTED_ROW else INK
            for col_index, cell in enumerate(row.cells):
                col = self.columns[col_index]
                left = lefts[col_index] + CELL_PAD_X
                if isinstance(cell, Flowable):
                    _w, h = cell.wrap(self.widths[col_index] - 2 * CELL_PAD_X, row.height)
                    cell.drawOn(canv, left, y - CELL_PAD_Y - h)
                    continue
                bold = index == 0 or col.bold or row.mark == BOLD_ROW
                font = FONT_BOLD if bold else FONT
                if font != current_font:
                    writer.set_font(font)
                    current_font = font
                if color is not current_color:
                    text.setFillColor(color)
                    current_color = color
                baseline = y - CELL_PAD_Y - CELL_FONT_SIZE + 0.6
                right = lefts[col_index + 1] - CELL_PAD_X
                for line in cell:
                    if line:
                        if col.align == "RIGHT":
                            x = right - pdfmetrics.stringWidth(line, font, CELL_FONT_SIZE)
                        elif col.align == "CENTER":
                            width = pdfmetrics.stringWidth(line, font, CELL_FONT_SIZE)
                            x = (left + right - width) / 2
                        else:
                            x = left
                        writer.line(x, baseline, line)
                    baseline -= CELL_LEADING
            y -= row.height
        canv.drawText(text)
        canv.restoreState()


# Text already encoded for a document: (font, line) -> its (subset, "(...) Tj") runs.
_encoded: WeakKeyDictionary[Any, dict[tuple[str, str], tuple[tuple[int, str], ...]]] = (
    WeakKeyDictionary()
)


class _CellText:
    """Cell lines into a text object, the same operators `setTextOrigin` + `textOut` write.

    `textOut` re-encodes every string into the font's subsets, escapes it and measures it
    (for a cursor the table never uses), which was most of the time a 141-page portfolio
    took to draw. Here a line that repeats (a status, a funder, a period) is encoded once per
    document; the subsets a string maps to are fixed for a document once assigned. Fonts
    other than embedded TrueType go through `textOut` as before.
    """

    def __init__(self, canv: Canvas, text: PDFTextObject) -> None:
        self.text = text
        self.doc = canv._doc
        self.escape = canv._escape
        self.direct = bool(canv.bottomup)
        cache = _encoded.get(self.doc)
        if cache is None:
            cache = _encoded[self.doc] = {}
        self.cache = cache
        self.tf = f"{fp_str(CELL_FONT_SIZE)} Tf {fp_str(CELL_LEADING)} TL"
        self.name = ""
        self.font: Any = None
        self.subset_names: dict[int, str] = {}
        self.xs: dict[float, str] = {}  # a column's left edge repeats on every row
        self.y = float("nan")
        self.ys = ""

    def set_font(self, name: str) -> None:
        self.text.setFont(name, CELL_FONT_SIZE, CELL_LEADING)
        self.name = name
        self.font = pdfmetrics.getFont(name)
        self.subset_names = {}

    def line(self, x: float, y: float, line: str) -> None:
        text = self.text
        if not (self.direct and getattr(self.font, "_dynamicFont", False)):
            text.setTextOrigin(x, y)
            text.textOut(line)
            return
        key = (self.name, line)
        runs = self.cache.get(key)
        if runs is None:
            runs = tuple(
                (subset, f"({self.escape(chunk)}) Tj")
                for subset, chunk in self.font.splitString(line, self.doc)
            )
            self.cache[key] = runs
        parts = []
        for subset, shown in runs:
            if subset != text._curSubset:
                name = self.subset_names.get(subset)
                if name is None:
                    name = self.subset_names[subset] = self.font.getSubsetInternalName(
                        subset, self.doc
                    )
                parts.append(f"{name} {self.tf}")
                text._curSubset = subset
            parts.append(shown)
        xs = self.xs.get(x)
        if xs is None:
            xs = self.xs[x] = fp_str(x)
        if y != self.y:  # a row's cells share their baselines
            self.y, self.ys = y, fp_str(y)
        text._code.append(f"1 0 0 1 {xs} {self.ys} Tm")
        text._code.append(" ".join(parts))


def key_value_table(
    pairs: Sequence[tuple[str, object]], *, label_width: float = 0.28, width: float = CONTENT_WIDTH
) -> Table | None:
    """Facts as label: value rows; values are user text, escaped; empty values left out."""
    st = styles()
    data = []
    for label_text, value in pairs:
        if value is None or value == "":
            continue
        shown = value if isinstance(value, Flowable) else para(value, st.small)
        data.append([Paragraph(esc(label_text), st.label), shown])
    if not data:
        return None
    return Table(
        data,
        colWidths=[label_width * width, (1 - label_width) * width],
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        ),
        hAlign="LEFT",
    )


class Heading(Paragraph):
    """A heading that moves to the next page unless `min_room` points are left below it,
    so it never stands alone at the foot of a page (unlike `keepWithNext`, this works when
    what follows is a long, splittable table)."""

    def __init__(self, text: str, style: ParagraphStyle, min_room: float) -> None:
        super().__init__(text, style)
        self.min_room = min_room

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        width, height = super().wrap(availWidth, availHeight)
        if availHeight < height + self.min_room and availHeight < CONTENT_HEIGHT * 0.9:
            return width, availHeight + 1  # does not fit here: start a new page
        return width, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []


def heading(text: str, level: int = 1) -> Heading:
    st = styles()
    if level == 1:
        return Heading(esc(text), st.h1, 32 * mm)
    return Heading(esc(text), st.h2, 18 * mm)


def empty_note(text: str) -> Paragraph:
    """What an empty section says instead of disappearing."""
    return Paragraph(esc(text), styles().empty)


def section(title: str, body: Sequence[Flowable] | None, empty_text: str) -> list[Flowable]:
    """A heading and its content, or the heading and a sentence saying there is nothing."""
    if not body:
        return [heading(title), empty_note(empty_text)]
    return [heading(title), *body]


def long_text(text: str, style: ParagraphStyle | None = None) -> list[Flowable]:
    """Free text of any length as paragraphs that split across pages."""
    value = clean(text).strip()
    if not value:
        return []
    chunks = [c for c in re.split(r"\n\s*\n", value) if c.strip()]
    return [para(c.strip(), style or styles().body) for c in chunks]
