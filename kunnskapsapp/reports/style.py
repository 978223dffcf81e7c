"""Fonts, page geometry, colours and paragraph styles of every report."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    tables,
)

from kunnskapsapp.chart_colours import CHART_HEX  # noqa: F401  (the reports' colours)
from kunnskapsapp.paths import font_path

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
