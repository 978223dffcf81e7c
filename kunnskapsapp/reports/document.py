"""The document: metadata, the letterhead block, the numbered canvas ("Side x av y") and
building the PDF to bytes; small helpers the reports share."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
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
)

from kunnskapsapp.domain.errors import Number, Phrase
from kunnskapsapp.domain.language import time_text
from kunnskapsapp.domain.rules import format_date
from kunnskapsapp.reports.style import (
    ACCENT,
    CONTENT_HEIGHT,
    CONTENT_WIDTH,
    FONT,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    register_fonts,
    styles,
)
from kunnskapsapp.reports.text import clip, esc, para
from kunnskapsapp.services.progress import NoProgress, Progress
from kunnskapsapp.services.reporting.common import Letterhead

# --- The document -----------------------------------------------------------------------------


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
                min(self.done, self.total),
                self.total,
                Phrase("Setter opp side %1", Number(self.page), context="Report"),
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


def yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    return "Ja" if value else "Nei"


ProgressFn = Callable[[int, int, str], None]


def start_progress(progress: Progress | None, text: str = "Henter data …") -> Progress:
    progress = progress or NoProgress()
    progress.step(0, 0, text)
    return progress
