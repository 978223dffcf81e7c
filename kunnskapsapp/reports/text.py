"""Text helpers: escaping user text, clipping, Norwegian dates, measuring and wrapping."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from kunnskapsapp.reports.style import CELL_FONT_SIZE, FONT, styles

# --- Text -----------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


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
