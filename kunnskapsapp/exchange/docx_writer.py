"""A small Word (.docx) writer for the exchange: headings in Word's own styles, paragraphs,
tables with a repeating header row, key/value tables, Word-numbered agenda headings, A4 pages
with "Side x av y" and Bokmål proofing. Qt-free (python-docx)."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

from kunnskapsapp.services.reporting.outline import (
    BOLD_ROW,
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

TEXT_WIDTH_MM = 170  # A4 less 20 mm margins
CELL_FONT = Pt(9)  # table text, a little smaller than the body (the PDF's is 8 pt)
CELL_MARGIN_TWIPS = 80  # 1.4 mm each side, a little less than Word's 1.9 mm
MUTED = RGBColor(0x5B, 0x64, 0x70)
WARNING = RGBColor(0xA3, 0x3A, 0x1F)
# Characters XML 1.0 cannot hold (Word would refuse the file).
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: Any) -> str:
    return _NOT_XML.sub("", str(text or ""))


class WordWriter:
    """The document being written and the few kinds of block a handout is made of."""

    def __init__(self, title: str, author: str, subject: str, keywords: str) -> None:
        self.doc = Document()
        props = self.doc.core_properties
        props.title = clean(title)
        props.author = clean(author)
        props.subject = clean(subject)
        props.keywords = clean(keywords)
        props.last_modified_by = clean(author)
        section = self.doc.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Mm(20))
        self._norwegian()
        self._agenda_num_id: int | None = None

    def _norwegian(self) -> None:
        styles = self.doc.styles.element
        defaults = styles.find(qn("w:docDefaults"))
        if defaults is None:  # pragma: no cover - python-docx's template has them
            return
        rpr = defaults.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
        if rpr is None:  # pragma: no cover
            return
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), "nb-NO")
        normal = self.doc.styles["Normal"]
        normal.font.name = "Calibri"
        normal.font.size = Pt(10.5)

    # --- blocks ---------------------------------------------------------------------------

    def heading(self, text: str, level: int = 1) -> Any:
        return self.doc.add_heading(clean(text), level=level)

    def text(self, text: str, *, muted: bool = False, warning: bool = False) -> Any:
        paragraph = self.doc.add_paragraph()
        run = paragraph.add_run(clean(text))
        if muted:
            run.font.color.rgb = MUTED
            run.font.size = Pt(9)
        if warning:
            run.font.color.rgb = WARNING
            run.bold = True
        return paragraph

    def long_text(self, text: str) -> None:
        value = clean(text).strip()
        for chunk in re.split(r"\n\s*\n", value) if value else []:
            if chunk.strip():
                self.doc.add_paragraph(chunk.strip())

    def empty(self, text: str) -> None:
        paragraph = self.doc.add_paragraph()
        run = paragraph.add_run(clean(text))
        run.italic = True
        run.font.color.rgb = MUTED

    def lead(self, bold: str, text: str = "", note: str = "") -> None:
        paragraph = self.doc.add_paragraph()
        paragraph.add_run(clean(bold)).bold = True
        if text:
            paragraph.add_run(" " + clean(text))
        if note:
            run = paragraph.add_run(" " + clean(note))
            run.font.size = Pt(8)
            run.font.color.rgb = MUTED

    def write(self, blocks: Iterable[Block]) -> None:
        """An outline's blocks (`services.reporting.outline`), as the PDF lays them out."""
        for block in blocks:
            if isinstance(block, Heading):
                self.heading(block.text, block.level)
            elif isinstance(block, Text):
                self.text(block.text, muted=block.tone == "muted", warning=block.tone == "warning")
            elif isinstance(block, LongText):
                self.long_text(block.text)
            elif isinstance(block, Empty):
                self.empty(block.text)
            elif isinstance(block, Facts):
                self.key_values(block.pairs)
            elif isinstance(block, Table):
                if block.caption is not None:
                    self.heading(block.caption.text, block.caption.level)
                self.table(
                    [c.header for c in block.columns],
                    block.rows,
                    bold_last=bool(block.marks) and block.marks[-1] == BOLD_ROW,
                    right=[i for i, c in enumerate(block.columns) if c.align == "RIGHT"],
                    widths=[c.width for c in block.columns],
                )
            elif isinstance(block, AgendaItem):
                self.agenda_item(block.title)
            elif isinstance(block, Lead):
                self.lead(block.bold, block.text, block.note)

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[Any]],
        *,
        bold_last: bool = False,
        right: Sequence[int] = (),
        widths: Sequence[float] = (),
    ) -> Any:
        """A table with a bold, shaded header row that repeats on every page; `widths` are
        fractions of the text width (as the PDF's columns)."""
        table = self._new_table(len(headers))
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.add_row()
        head = table.rows[0]
        _repeat_header(head)
        for cell, text in zip(head.cells, headers, strict=True):
            cell.text = ""
            run = cell.paragraphs[0].add_run(clean(text))
            run.bold = True
            run.font.size = CELL_FONT
            _shade(cell, "DCE6EE")
        for index, row in enumerate(rows):
            cells = table.add_row().cells
            for column, (cell, value) in enumerate(zip(cells, row, strict=True)):
                paragraph = cell.paragraphs[0]
                run = paragraph.add_run(clean(value))
                run.font.size = CELL_FONT
                if bold_last and index == len(rows) - 1:
                    run.bold = True
                if column in right:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if widths:
            _column_widths(table, widths)
        self.doc.add_paragraph()
        return table

    def _new_table(self, columns: int) -> Any:
        """An empty grid table with slim cell margins."""
        table = self.doc.add_table(rows=0, cols=columns)
        table.style = self.doc.styles["Table Grid"]
        margins = OxmlElement("w:tblCellMar")
        for side in ("left", "right"):
            margin = OxmlElement(f"w:{side}")
            margin.set(qn("w:w"), str(CELL_MARGIN_TWIPS))
            margin.set(qn("w:type"), "dxa")
            margins.append(margin)
        table_pr = table._tbl.tblPr
        look = table_pr.find(qn("w:tblLook"))  # the schema's order: tblCellMar before tblLook
        if look is not None:
            look.addprevious(margins)
        else:
            table_pr.append(margins)
        return table

    def key_values(self, pairs: Sequence[tuple[str, Any]]) -> None:
        shown = [(k, v) for k, v in pairs if v not in (None, "")]
        if not shown:
            return
        table = self._new_table(2)
        for key, value in shown:
            cells = table.add_row().cells
            key_run = cells[0].paragraphs[0].add_run(clean(key))
            key_run.bold = True
            key_run.font.size = CELL_FONT
            _shade(cells[0], "F1F4F7")
            cells[1].paragraphs[0].add_run(clean(value)).font.size = CELL_FONT
        _column_widths(table, (0.3, 0.7))
        self.doc.add_paragraph()

    def agenda_item(self, title: str) -> Any:
        """A Heading 2 numbered by Word: "Sak 1.", "Sak 2.", ..."""
        if self._agenda_num_id is None:
            self._agenda_num_id = _agenda_numbering(self.doc)
        paragraph = self.heading(title, 2)
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = self._agenda_num_id
        return paragraph

    def footer(self, running_title: str) -> None:
        footer = self.doc.sections[0].footer.paragraphs[0]
        footer.add_run(clean(running_title) + "\t")
        footer.add_run("Side ")
        _field(footer, "PAGE")
        footer.add_run(" av ")
        _field(footer, "NUMPAGES")
        for run in footer.runs:
            run.font.size = Pt(8)
            run.font.color.rgb = MUTED

    def to_bytes(self) -> bytes:
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()


def _column_widths(table: Any, shares: Sequence[float]) -> None:
    """Fixed column widths, `shares` of the text width. Word reads each cell's width,
    LibreOffice the table grid's: both are set, or LibreOffice splits the columns evenly and
    breaks words in the narrow ones."""
    table.autofit = False  # w:tblLayout fixed
    widths = [Mm(TEXT_WIDTH_MM * share) for share in shares]
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def _repeat_header(row: Any) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def _shade(cell: Any, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    )


def _field(paragraph: Any, code: str) -> None:
    """A Word field (PAGE, NUMPAGES) as Word writes it: one run per part."""

    def char(kind: str) -> Any:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        return element

    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = f" {code} "
    shown = OxmlElement("w:t")
    shown.text = "1"
    for element in (char("begin"), instruction, char("separate"), shown, char("end")):
        paragraph.add_run()._r.append(element)


def _agenda_numbering(doc: Any) -> int:
    """A numbering definition "Sak %1." for the agenda headings; its numId."""
    numbering = doc.part.numbering_part.element
    ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    abstract_id = max(ids, default=-1) + 1
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="Sak %1."/><w:suff w:val="space"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl></w:abstractNum>'
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    return int(numbering.add_num(abstract_id).numId)
