"""An outline's blocks (`services.reporting.outline`) laid out as ReportLab flowables."""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.platypus import Flowable, Paragraph

from kunnskapsapp.reports.style import MUTED, styles
from kunnskapsapp.reports.tables import (
    PagedTable,
    empty_note,
    heading,
    key_value_table,
    long_text,
)
from kunnskapsapp.reports.text import esc, para
from kunnskapsapp.services.reporting.outline import (
    AgendaItem,
    Block,
    Empty,
    Facts,
    Heading,
    Lead,
    LongText,
    Table,
    Text,
)


def flowables(blocks: Iterable[Block]) -> list[Flowable]:
    st = styles()
    tones = {"body": st.body, "muted": st.muted, "warning": st.warning}
    story: list[Flowable] = []
    for block in blocks:
        if isinstance(block, Heading):
            story.append(heading(block.text, block.level))
        elif isinstance(block, Text):
            story.append(para(block.text, tones[block.tone]))
        elif isinstance(block, LongText):
            story += long_text(block.text, st.body)
        elif isinstance(block, Empty):
            story.append(empty_note(block.text))
        elif isinstance(block, Facts):
            facts = key_value_table(block.pairs)
            if facts is not None:
                story.append(facts)
        elif isinstance(block, Table):
            caption = heading(block.caption.text, block.caption.level) if block.caption else None
            story.append(PagedTable(block.columns, block.rows, marks=block.marks, caption=caption))
        elif isinstance(block, AgendaItem):
            story.append(Paragraph(f"<b>Sak {block.number}.</b> {esc(block.title)}", st.h2))
        elif isinstance(block, Lead):
            line = f"<b>{esc(block.bold)}</b>"
            if block.text:
                line += f" {esc(block.text)}"
            if block.note:
                line += f" <font color='#{MUTED.hexval()[2:]}' size='8'>{esc(block.note)}</font>"
            story.append(Paragraph(line, st.body))
    return story
