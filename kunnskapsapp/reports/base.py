"""What every report shares: fonts, page geometry, styles, the numbered canvas, metadata,
escaping, and a table that pages through thousands of rows in linear time.

A report module gathers its facts (`reports.data`), turns them into a story of flowables
with the helpers here and calls `build_pdf`, which returns the PDF as bytes. User text
reaches a `Paragraph` only through `esc()`/`para()`; table cells are plain strings drawn
literally, so markup-like text (`<b>`, `&nbsp;`) prints as typed.
"""

from __future__ import annotations

import bisect
import io
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeAlias
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
    tables,
)

from kunnskapsapp.domain.rules import format_date, format_kroner
from kunnskapsapp.paths import font_path
from kunnskapsapp.services.progress import NoProgress, Progress

# --- Fonts ----------------------------------------------------------------------------------

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
_font_lock = threading.Lock()
_fonts_ready = False


def register_fonts() -> None:
    """Register the embedded DejaVu family once, and make it ReportLab's default everywhere.

    ReportLab otherwise writes an unembedded Helvetica into every page (the canvas' initial
    font) and into drawings; `pdffonts` must list only embedded fonts.
    """
    global _fonts_ready
    with _font_lock:
        if _fonts_ready:
            return
        pdfmetrics.registerFont(TTFont(FONT, str(font_path("DejaVuSans.ttf"))))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(font_path("DejaVuSans-Bold.ttf"))))
        pdfmetrics.registerFont(TTFont(FONT_ITALIC, str(font_path("DejaVuSans-Oblique.ttf"))))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD
        )
        rl_config.canvas_basefontname = FONT
        rl_config.defaultGraphicsFontName = FONT  # chart labels, legends, strings
        tables.CellStyle.fontname = FONT  # table cells whose style names no font
        _fix_to_unicode_cmap()
        _fonts_ready = True


def _fix_to_unicode_cmap() -> None:
    """Make ReportLab write characters beyond the BMP (emoji) into a font's ToUnicode map as
    UTF-16 surrogate pairs, as the PDF format wants; it writes them as 5 hex digits, which
    text extraction (copy and paste, search, pypdf) cannot read."""
    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "_kunnskapsapp", False):
        return

    def make_to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
        cmap = original(fontname, [c if c <= 0xFFFF else 0xFFFD for c in subset])
        for index, code in enumerate(subset):
            if code > 0xFFFF:
                pair = chr(code).encode("utf-16-be").hex().upper()
                cmap = cmap.replace(f"<{index:02X}> <FFFD>", f"<{index:02X}> <{pair}>", 1)
        return cmap

    make_to_unicode_cmap._kunnskapsapp = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap


# --- Page geometry and colours --------------------------------------------------------------

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 20 * mm
MARGIN_RIGHT = 18 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 18 * mm
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
CONTENT_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

INK = colors.HexColor("#1f2328")
MUTED = colors.HexColor("#5b6470")
ACCENT = colors.HexColor("#1d4f73")
RULE = colors.HexColor("#b8c2cc")
HEADER_FILL = colors.HexColor("#e3eaf1")
ZEBRA = colors.HexColor("#f5f7f9")
WARN = colors.HexColor("#a4262c")
WARN_FILL = colors.HexColor("#fbe9ea")

# Series colours for charts: distinguishable in print and in grey.
SERIES = [
    colors.HexColor("#1d4f73"),
    colors.HexColor("#e08a1e"),
    colors.HexColor("#4f9d69"),
    colors.HexColor("#8c5fa8"),
    colors.HexColor("#c7433d"),
    colors.HexColor("#7a8793"),
    colors.HexColor("#2a9bb7"),
]

CELL_FONT_SIZE = 8
CELL_LEADING = 9.6
CELL_PAD_X = 3
CELL_PAD_Y = 2.5


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    empty: ParagraphStyle
    warning: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    label: ParagraphStyle
    letterhead: ParagraphStyle
    letterhead_small: ParagraphStyle


def _styles() -> Styles:
    register_fonts()
    base = {"fontName": FONT, "textColor": INK, "splitLongWords": 1, "alignment": TA_LEFT}
    return Styles(
        title=ParagraphStyle(
            "title",
            fontName=FONT_BOLD,
            fontSize=17,
            leading=21,
            textColor=ACCENT,
            spaceAfter=3,
            splitLongWords=1,
        ),
        subtitle=ParagraphStyle("subtitle", **base, fontSize=10, leading=13, spaceAfter=1),
        h1=ParagraphStyle(
            "h1",
            fontName=FONT_BOLD,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=4,
            splitLongWords=1,
        ),
        h2=ParagraphStyle(
            "h2",
            fontName=FONT_BOLD,
            fontSize=10,
            leading=13,
            textColor=INK,
            spaceBefore=6,
            spaceAfter=2,
            splitLongWords=1,
        ),
        body=ParagraphStyle("body", **base, fontSize=9.5, leading=12.5, spaceAfter=3),
        small=ParagraphStyle("small", **base, fontSize=8, leading=10),
        muted=ParagraphStyle(
            "muted",
            fontName=FONT,
            fontSize=8,
            leading=10,
            spaceBefore=2,
            spaceAfter=2,
            textColor=MUTED,
            splitLongWords=1,
        ),
        empty=ParagraphStyle(
            "empty",
            fontName=FONT_ITALIC,
            fontSize=9,
            leading=12,
            textColor=MUTED,
            spaceAfter=3,
            splitLongWords=1,
        ),
        warning=ParagraphStyle(
            "warning",
            fontName=FONT_BOLD,
            fontSize=9,
            leading=12,
            textColor=WARN,
            spaceAfter=3,
            splitLongWords=1,
        ),
        cell=ParagraphStyle(
            "cell", **base, fontSize=CELL_FONT_SIZE, leading=CELL_LEADING, spaceAfter=0
        ),
        cell_bold=ParagraphStyle(
            "cell_bold",
            fontName=FONT_BOLD,
            fontSize=CELL_FONT_SIZE,
            leading=CELL_LEADING,
            textColor=INK,
            splitLongWords=1,
        ),
        label=ParagraphStyle(
            "label",
            fontName=FONT_BOLD,
            fontSize=8.5,
            leading=11,
            textColor=MUTED,
            splitLongWords=1,
        ),
        letterhead=ParagraphStyle(
            "letterhead",
            fontName=FONT_BOLD,
            fontSize=11,
            leading=14,
            textColor=INK,
            splitLongWords=1,
        ),
        letterhead_small=ParagraphStyle(
            "letterhead_small",
            fontName=FONT,
            fontSize=8.5,
            leading=11,
            textColor=MUTED,
            splitLongWords=1,
        ),
    )


_style_cache: Styles | None = None


def styles() -> Styles:
    global _style_cache
    if _style_cache is None:
        _style_cache = _styles()
    return _style_cache


# --- Text -----------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")

WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
MONTHS = [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
]


def clean(text: object) -> str:
    """User text as printable characters: control characters (and lone surrogates) removed,
    line breaks normalised to `\\n`."""
    if text is None:
        return ""
    value = str(text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", value)


def esc(text: object) -> str:
    """User text made safe for a Paragraph: `<b>`, `&nbsp;` and `<script>` print literally."""
    return escape(clean(text)).replace("\n", "<br/>")


def para(text: object, style: ParagraphStyle | None = None) -> Paragraph:
    """A Paragraph of user text, escaped."""
    return Paragraph(esc(text), style or styles().body)


def clip(text: object, limit: int) -> str:
    value = clean(text)
    if len(value) <= limit:
        return value
    return value[: limit - 1].rstrip() + "…"


def time_text(moment: datetime) -> str:
    return moment.strftime("%H.%M")


def long_date(day: date) -> str:
    """`tirsdag 12. mars 2025`."""
    return f"{WEEKDAYS[day.weekday()]} {day.day}. {MONTHS[day.month - 1]} {day.year}"


def month_name(day: date) -> str:
    return f"{MONTHS[day.month - 1].capitalize()} {day.year}"


def date_range(start: date | None, end: date | None) -> str:
    if not start and not end:
        return ""
    if start and not end:
        return f"{format_date(start)}\u00a0–"
    if end and not start:
        return f"–\u00a0{format_date(end)}"
    return f"{format_date(start)}\u00a0– {format_date(end)}"


_word_widths: dict[tuple[str, float], dict[str, float]] = {}


def text_width(text: str, font: str = FONT, size: float = CELL_FONT_SIZE) -> float:
    """The width of one line in points; word widths are cached (fonts here do not kern)."""
    cache = _word_widths.setdefault((font, size), {})
    total = 0.0
    space = cache.get(" ")
    if space is None:
        space = cache[" "] = pdfmetrics.stringWidth(" ", font, size)
    words = text.split(" ")
    for word in words:
        width = cache.get(word)
        if width is None:
            width = pdfmetrics.stringWidth(word, font, size)
            if len(cache) < 200_000:
                cache[word] = width
        total += width
    return total + space * (len(words) - 1)


def wrap_lines(
    text: object,
    width: float,
    *,
    font: str = FONT,
    size: float = CELL_FONT_SIZE,
    max_lines: int = 12,
) -> list[str]:
    """Break text into lines no wider than `width` points (long words are cut), at most
    `max_lines`, the last ending in `…` when text was left out."""
    value = clean(text)
    if not value:
        return [""]
    width = max(width, size)
    space = text_width(" ", font, size)
    lines: list[str] = []
    for paragraph in value.split("\n"):
        current: list[str] = []
        current_width = 0.0
        for word in paragraph.split(" "):
            word_width = text_width(word, font, size)
            if current and current_width + space + word_width <= width:
                current.append(word)
                current_width += space + word_width
                continue
            if not current and word_width <= width:
                current, current_width = [word], word_width
                continue
            if current:
                lines.append(" ".join(current))
                current, current_width = [], 0.0
            while word_width > width and len(lines) <= max_lines:
                cut = _fit_chars(word, width, font, size)
                lines.append(word[:cut])
                word = word[cut:]
                word_width = text_width(word, font, size)
            current, current_width = [word], word_width
            if len(lines) > max_lines:
                break
        lines.append(" ".join(current))
        if len(lines) > max_lines:
            break
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and text_width(last + " …", font, size) > width:
            last = last[:-1]
        lines[-1] = last.rstrip() + " …"
    return lines


def _fit_chars(word: str, width: float, font: str, size: float) -> int:
    """How many characters of `word` to put on a line: after the last hyphen or slash that
    fits, else as many as fit."""
    lo, hi = 1, len(word)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if pdfmetrics.stringWidth(word[:mid], font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    fit = max(lo, 1)
    for mark in ("-", "/", "\u00ad"):
        cut = word.rfind(mark, 0, fit)
        if cut >= 2:
            return cut + 1
    return fit


# --- Paged tables ---------------------------------------------------------------------------


@dataclass
class Column:
    """A table column: its header, share of the content width and alignment."""

    header: str
    width: float  # a fraction of the content width (the fractions of a table add up to 1)
    align: str = "LEFT"  # LEFT, RIGHT or CENTER
    max_lines: int = 8
    bold: bool = False


Cell: TypeAlias = str | Flowable | None

# How a row is marked: drawn in warning colours, greyed out, or bold.
WARN_ROW = "warn"
MUTED_ROW = "muted"
BOLD_ROW = "bold"


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
        for index, row in enumerate(rows):
            measured = self._measure(list(row), header=False)
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

    def _measure(self, cells: list[Cell], *, header: bool) -> _Row:
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
            font = FONT_BOLD if header or col.bold else FONT
            lines = wrap_lines(
                value if value is not None else "",
                inner,
                font=font,
                size=CELL_FONT_SIZE,
                max_lines=3 if header else col.max_lines,
            )
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
                    text.setFont(font, CELL_FONT_SIZE, CELL_LEADING)
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
                        text.setTextOrigin(x, baseline)
                        text.textOut(line)
                    baseline -= CELL_LEADING
            y -= row.height
        canv.drawText(text)
        canv.restoreState()


def kroner(amount: int | None) -> str:
    """An amount for a column headed "(kr)": `1 250 000`, no-break spaces."""
    if amount is None:
        return ""
    return format_kroner(amount).removesuffix("\u00a0kr")


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


# --- The document -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Letterhead:
    """The municipality as printed on every report (from its profile in the database)."""

    name: str = ""
    unit: str = ""
    logo: bytes | None = None

    @property
    def author(self) -> str:
        parts = [p for p in (self.name, self.unit) if p]
        return ", ".join(parts) or "Kunnskapsapp"


@dataclass
class ReportMeta:
    title: str
    subject: str
    letterhead: Letterhead
    subtitle: list[str] = field(default_factory=list)
    running_title: str = ""
    generated_at: datetime = field(default_factory=datetime.now)
    keywords: str = ""


class NumberedCanvas(Canvas):
    """A canvas that knows the page count when it finishes, for "Side x av y"."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            self._draw_page_number(total)
            Canvas.showPage(self)
        Canvas.save(self)

    def _draw_page_number(self, total: int) -> None:
        self.saveState()
        self.setFont(FONT, 7.5)
        self.setFillColor(MUTED)
        self.drawRightString(
            PAGE_WIDTH - MARGIN_RIGHT, MARGIN_BOTTOM - 9 * mm, f"Side {self._pageNumber} av {total}"
        )
        self.restoreState()


class _Document(BaseDocTemplate):
    def __init__(self, buffer: io.BytesIO, meta: ReportMeta, progress: Progress, total: int):
        register_fonts()
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=meta.title,
            author=meta.letterhead.author,
            subject=meta.subject,
            creator="Kunnskapsapp",
            producer="Kunnskapsapp (ReportLab)",
            keywords=meta.keywords,
            lang="nb-NO",
            initialFontName=FONT,
            initialFontSize=9,
            initialLeading=11,
            invariant=0,
        )
        self.meta = meta
        self.progress = progress
        self.total = max(total, 1)
        self.done = 0
        frame = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            CONTENT_WIDTH,
            CONTENT_HEIGHT,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])

    def afterFlowable(self, flowable: Flowable) -> None:
        self.done += 1
        if self.done % 5 == 0:
            self.progress.step(
                min(self.done, self.total), self.total, f"Setter opp side {self.page}"
            )

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        meta = self.meta
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        if doc.page > 1:
            top = PAGE_HEIGHT - MARGIN_TOP + 6 * mm
            canvas.drawString(MARGIN_LEFT, top, clip(meta.running_title or meta.title, 90))
            canvas.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, top, clip(meta.letterhead.name, 60))
            canvas.line(MARGIN_LEFT, top - 2 * mm, PAGE_WIDTH - MARGIN_RIGHT, top - 2 * mm)
        bottom = MARGIN_BOTTOM - 9 * mm
        canvas.line(MARGIN_LEFT, bottom + 4 * mm, PAGE_WIDTH - MARGIN_RIGHT, bottom + 4 * mm)
        stamp = meta.generated_at
        canvas.drawString(
            MARGIN_LEFT,
            bottom,
            f"Utskrevet {format_date(stamp.date())} kl. {time_text(stamp)} · "
            + clip(meta.letterhead.author, 70),
        )
        canvas.restoreState()


def letterhead_block(meta: ReportMeta) -> list[Flowable]:
    """The first page's head: logo and municipality, title and subtitle lines."""
    st = styles()
    head = meta.letterhead
    name_lines: list[Flowable] = [para(head.name or "Kommunen", st.letterhead)]
    if head.unit:
        name_lines.append(para(head.unit, st.letterhead_small))
    logo = _logo(head.logo)
    stamp = meta.generated_at
    printed = Paragraph(
        esc(f"Utskrevet {format_date(stamp.date())}"),
        ParagraphStyle("printed", parent=st.letterhead_small, alignment=TA_RIGHT),
    )
    cells: list[Any] = [logo or "", name_lines, printed]
    widths = [22 * mm if logo else 0.1, CONTENT_WIDTH - 70 * mm, 48 * mm]
    widths[1] = CONTENT_WIDTH - widths[0] - widths[2]
    top = Table(
        [cells],
        colWidths=widths,
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ]
        ),
        hAlign="LEFT",
    )
    story: list[Flowable] = [top, Spacer(1, 7 * mm), para(meta.title, st.title)]
    story += [para(line, st.subtitle) for line in meta.subtitle if line]
    story.append(Spacer(1, 3 * mm))
    return story


def _logo(data: bytes | None) -> Image | None:
    """The municipality's logo, scaled into 20 × 16 mm; a broken image is left out."""
    if not data:
        return None
    try:
        reader = ImageReader(io.BytesIO(data))
        width, height = reader.getSize()
        if width <= 0 or height <= 0:
            return None
        scale = min(20 * mm / width, 16 * mm / height)
        return Image(io.BytesIO(data), width=width * scale, height=height * scale)
    except Exception:  # a damaged logo must not stop the report
        return None


def build_pdf(
    story: list[Flowable],
    meta: ReportMeta,
    progress: Progress | None = None,
) -> bytes:
    """Lay out the story on A4 pages with the letterhead, running header and "Side x av y"."""
    progress = progress or NoProgress()
    buffer = io.BytesIO()
    full = letterhead_block(meta) + story
    doc = _Document(buffer, meta, progress, total=len(full))
    doc.build(full, canvasmaker=NumberedCanvas)
    progress.step(doc.total, doc.total, "Ferdig")
    return buffer.getvalue()


# --- Small helpers the reports share -------------------------------------------------------------


def join_names(names: Iterable[str], limit: int = 6) -> str:
    values = [n for n in names if n]
    if len(values) > limit:
        return ", ".join(values[:limit]) + f" og {len(values) - limit} til"
    return ", ".join(values)


def yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    return "Ja" if value else "Nei"


ProgressFn = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Rendered:
    """A finished report: the PDF, a file name to suggest, its title."""

    data: bytes
    filename: str
    title: str


_SLUG_MAP = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "ae", "Ø": "o", "Å": "a"})


def slug(text: str, limit: int = 50) -> str:
    """A file-name-safe ASCII form: `Kontaktgruppemøte NTNU` → `kontaktgruppemote-ntnu`."""
    value = clean(text).translate(_SLUG_MAP)
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    value = re.sub(r"[^A-Za-z0-9]+", "-", value).strip("-").lower()
    return value[:limit].strip("-") or "rapport"


def start_progress(progress: Progress | None, text: str = "Henter data …") -> Progress:
    progress = progress or NoProgress()
    progress.step(0, 0, text)
    return progress
