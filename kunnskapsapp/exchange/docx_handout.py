"""Møteunderlag and referat as a Word file (.docx), with the same content as the PDF.

Qt-free (python-docx). The secretary adjusts and sends it, so it is made of what Word knows:
the title in the Title style, sections in Heading 1, sub-sections and agenda items in
Heading 2, agenda items numbered by Word itself ("Sak 1.", "Sak 2.", ... renumbered when an
item is inserted), tables with a repeating header row, A4 pages with "Side x av y" in the
footer and Norwegian (Bokmål) as the proofing language. What it says comes from
`services.reporting.handout_outline`, as the PDF's does.
"""

from __future__ import annotations

import contextlib
import io
from typing import Any

from docx.shared import Mm

from kunnskapsapp.domain.language import slug
from kunnskapsapp.domain.rules import format_date
from kunnskapsapp.exchange.docx_writer import WordWriter, clean
from kunnskapsapp.services import clock
from kunnskapsapp.services import reporting as facts
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.reporting.handout_outline import SECTIONS, handout_outline, kind_name
from kunnskapsapp.services.reporting.outline import Rendered

__all__ = ["SECTIONS", "build", "filename", "render"]


def filename(meeting: Any, minutes: bool) -> str:
    day = meeting.starts_at.date().isoformat()
    prefix = "referat" if minutes else "moteunderlag"
    return f"{prefix}-{day}-{slug(meeting.title, 40)}.docx"


def render(
    db: Database,
    meeting_id: str,
    *,
    sections: frozenset[str] | None = None,
    minutes: bool = False,
) -> Rendered:
    """The handout (or the minutes) of a meeting as .docx, like the PDF renderer's result."""
    handout = facts.handout_facts(db, meeting_id)
    chosen = frozenset(SECTIONS) if sections is None else sections
    return Rendered(
        data=build(handout, chosen, minutes),
        filename=filename(handout.meeting, minutes),
        title=f"{kind_name(minutes)} – {handout.meeting.title}",
    )


def build(handout: facts.HandoutFacts, chosen: frozenset[str], minutes: bool) -> bytes:
    outline = handout_outline(handout, chosen, minutes)
    head = handout.letterhead
    w = WordWriter(
        title=outline.title,
        author=head.author,
        subject=outline.subject,
        keywords=outline.keywords,
    )
    if head.logo:
        # A logo Word cannot read is left out, as in the PDF.
        with contextlib.suppress(Exception):
            w.doc.add_picture(io.BytesIO(head.logo), height=Mm(16))
    w.text(head.name or "Kommunen").runs[0].bold = True
    if head.unit:
        w.text(head.unit, muted=True)
    w.text(f"Utskrevet {format_date(clock.today())}", muted=True)
    w.doc.add_heading(clean(outline.title), level=0)
    for line in outline.subtitle:
        w.text(line)
    if outline.warning:
        w.text(outline.warning, warning=True)
    w.footer(outline.running_title)
    w.write(outline.blocks)
    return w.to_bytes()
