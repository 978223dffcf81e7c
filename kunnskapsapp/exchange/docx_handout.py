"""Møteunderlag and referat as a Word file (.docx), with the same content as the PDF.

Qt-free (python-docx). The secretary adjusts and sends it, so it is made of what Word knows:
the title in the Title style, sections in Heading 1, sub-sections and agenda items in
Heading 2, agenda items numbered by Word itself ("Sak 1.", "Sak 2.", ... renumbered when an
item is inserted), tables with a repeating header row, A4 pages with "Side x av y" in the
footer and Norwegian (Bokmål) as the proofing language.
"""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

from kunnskapsapp.domain.enums import MeetingStatus
from kunnskapsapp.domain.rules import format_date, format_kroner

# The facts the PDF handout prints. H2 moves them to services.reporting: this is the one
# line to change at that merge (`from kunnskapsapp.services import reporting as facts`).
from kunnskapsapp.reports import data as facts
from kunnskapsapp.reports.base import (
    Rendered,
    date_range,
    join_names,
    kroner,
    long_date,
    slug,
    time_text,
)
from kunnskapsapp.reports.common import (
    DEADLINE_COLUMNS,
    PROJECT_COLUMNS,
    deadline_rows,
    project_rows,
)
from kunnskapsapp.services import clock
from kunnskapsapp.services.database import Database

SECTIONS = (
    "deltakere",
    "saksliste",
    "oppfolging",
    "avtale",
    "prosjekter",
    "frister",
    "fond",
    "erfaringer",
)
TEXT_WIDTH_MM = 170  # A4 less 20 mm margins
MUTED = RGBColor(0x5B, 0x64, 0x70)
WARNING = RGBColor(0xA3, 0x3A, 0x1F)
# Characters XML 1.0 cannot hold (Word would refuse the file).
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: Any) -> str:
    return _NOT_XML.sub("", str(text or ""))


class _Writer:
    """The document being written and the few kinds of block a handout is made of."""

    def __init__(self, title: str, author: str, subject: str, keywords: str) -> None:
        self.doc = Document()
        props = self.doc.core_properties
        props.title = _clean(title)
        props.author = _clean(author)
        props.subject = _clean(subject)
        props.keywords = _clean(keywords)
        props.last_modified_by = _clean(author)
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
        return self.doc.add_heading(_clean(text), level=level)

    def text(self, text: str, *, muted: bool = False, warning: bool = False) -> Any:
        paragraph = self.doc.add_paragraph()
        run = paragraph.add_run(_clean(text))
        if muted:
            run.font.color.rgb = MUTED
            run.font.size = Pt(9)
        if warning:
            run.font.color.rgb = WARNING
            run.bold = True
        return paragraph

    def long_text(self, text: str) -> None:
        value = _clean(text).strip()
        for chunk in re.split(r"\n\s*\n", value) if value else []:
            if chunk.strip():
                self.doc.add_paragraph(chunk.strip())

    def empty(self, text: str) -> None:
        paragraph = self.doc.add_paragraph()
        run = paragraph.add_run(_clean(text))
        run.italic = True
        run.font.color.rgb = MUTED

    def section(self, title: str, empty_text: str) -> None:
        self.heading(title)
        self.empty(empty_text)

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
        table = self.doc.add_table(rows=1, cols=len(headers))
        table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        head = table.rows[0]
        _repeat_header(head)
        for cell, text in zip(head.cells, headers, strict=True):
            cell.text = ""
            run = cell.paragraphs[0].add_run(_clean(text))
            run.bold = True
            _shade(cell, "DCE6EE")
        for index, row in enumerate(rows):
            cells = table.add_row().cells
            for column, (cell, value) in enumerate(zip(cells, row, strict=True)):
                paragraph = cell.paragraphs[0]
                run = paragraph.add_run(_clean(value))
                if bold_last and index == len(rows) - 1:
                    run.bold = True
                if column in right:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if widths:
            table.autofit = False
            for row in table.rows:
                for cell, share in zip(row.cells, widths, strict=True):
                    cell.width = Mm(TEXT_WIDTH_MM * share)
        self.doc.add_paragraph()
        return table

    def key_values(self, pairs: Sequence[tuple[str, Any]]) -> None:
        shown = [(k, v) for k, v in pairs if v not in (None, "")]
        if not shown:
            return
        table = self.doc.add_table(rows=0, cols=2)
        table.style = self.doc.styles["Table Grid"]
        table.autofit = False
        for key, value in shown:
            cells = table.add_row().cells
            cells[0].width, cells[1].width = Mm(TEXT_WIDTH_MM * 0.3), Mm(TEXT_WIDTH_MM * 0.7)
            cells[0].paragraphs[0].add_run(_clean(key)).bold = True
            _shade(cells[0], "F1F4F7")
            cells[1].paragraphs[0].add_run(_clean(value))
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
        footer.add_run(_clean(running_title) + "\t")
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
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, code), ("separate", None), (None, "1")):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif text == code:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {code} "
        else:
            element = OxmlElement("w:t")
            element.text = text
        run._r.append(element)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)


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


# --- The handout ------------------------------------------------------------------------------


def _kind(minutes: bool) -> str:
    return "Referat" if minutes else "Møteunderlag"


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
        title=f"{_kind(minutes)} – {handout.meeting.title}",
    )


def build(handout: Any, chosen: frozenset[str], minutes: bool) -> bytes:
    meeting = handout.meeting
    kind = _kind(minutes)
    head = handout.letterhead
    w = _Writer(
        title=meeting.title or kind,
        author=head.author,
        subject=f"{kind} for {meeting.title}, {format_date(meeting.starts_at.date())}",
        keywords=f"{kind}, {meeting.kind}",
    )
    if head.logo:
        # A logo Word cannot read is left out, as in the PDF.
        with contextlib.suppress(Exception):
            w.doc.add_picture(io.BytesIO(head.logo), height=Mm(16))
    w.text(head.name or "Kommunen").runs[0].bold = True
    if head.unit:
        w.text(head.unit, muted=True)
    w.text(f"Utskrevet {format_date(clock.today())}", muted=True)
    w.doc.add_heading(_clean(meeting.title or kind), level=0)
    when = (
        f"{long_date(meeting.starts_at.date()).capitalize()} kl. "
        f"{time_text(meeting.starts_at)}–{time_text(meeting.ends_at)}"
    )
    w.text(f"{kind} · {meeting.kind}")
    w.text(when)
    if meeting.place:
        w.text(f"Sted: {meeting.place}")
    if meeting.status == MeetingStatus.CANCELLED:
        w.text("Møtet er avlyst.", warning=True)
    w.footer(f"{kind} – {meeting.title} – {format_date(meeting.starts_at.date())}")
    if meeting.notes.strip():
        w.heading("Merknader", 2)
        w.long_text(meeting.notes)
    builders = {
        "deltakere": lambda: _participants(w, handout, minutes),
        "saksliste": lambda: _agenda(w, handout, minutes),
        "oppfolging": lambda: _follow_ups(w, handout),
        "avtale": lambda: _agreement(w, handout),
        "prosjekter": lambda: _projects(w, handout),
        "frister": lambda: _deadlines(w, handout),
        "fond": lambda: _fund(w, handout),
        "erfaringer": lambda: _lessons(w, handout),
    }
    shown = False
    for code in SECTIONS:
        if code in chosen:
            builders[code]()
            shown = True
        if code == "saksliste" and minutes and "saksliste" in chosen:
            _actions_of_this_meeting(w, handout)
    if not shown:
        w.empty("Ingen deler av møteunderlaget er valgt.")
    return w.to_bytes()


def _participants(w: _Writer, h: Any, minutes: bool) -> None:
    people = h.participants
    if not people:
        w.section("Deltakere", "Ingen deltakere er registrert for møtet.")
        return
    w.heading("Deltakere")
    if minutes:
        rows = [
            [
                p.name,
                p.organisation,
                "Ja" if p.present else "Nei" if p.present is False else "Ikke registrert",
            ]
            for p in people
        ]
        w.table(["Navn", "Organisasjon", "Til stede"], rows)
        present = sum(1 for p in people if p.present)
        w.text(f"{present} av {len(people)} til stede.", muted=True)
        return
    w.table(["Navn", "Organisasjon"], [[p.name, p.organisation] for p in people])


def _agenda(w: _Writer, h: Any, minutes: bool) -> None:
    if not h.agenda:
        w.section("Saksliste", "Sakslisten er tom.")
        return
    w.heading("Saksliste")
    clock_at = h.meeting.starts_at
    total = 0
    for item in h.agenda:
        start = clock_at
        clock_at = clock_at + timedelta(minutes=item.duration_minutes)
        total += item.duration_minutes
        w.agenda_item(item.title)
        details = []
        if item.presenter:
            details.append(f"Innleder: {item.presenter}")
        if item.duration_minutes:
            details.append(
                f"{item.duration_minutes} min ({time_text(start)}–{time_text(clock_at)})"
            )
        if details:
            w.text(" · ".join(details), muted=True)
        w.long_text(item.description)
        if minutes:
            if item.minutes.strip():
                w.text("Referat").runs[0].bold = True
                w.long_text(item.minutes)
            for outcome in item.outcomes:
                _outcome(w, outcome)
    if h.meeting.duration_minutes and total > h.meeting.duration_minutes:
        w.text(
            f"Merk: sakslisten er beregnet til {total} minutter, men møtet er satt av til "
            f"{h.meeting.duration_minutes} minutter.",
            warning=True,
        )


def _outcome(w: _Writer, outcome: Any) -> None:
    paragraph = w.doc.add_paragraph()
    paragraph.add_run(_clean(f"{outcome.kind.label}: ")).bold = True
    text = outcome.text
    extra = []
    if outcome.responsible:
        extra.append(f"ansvarlig {outcome.responsible}")
    if outcome.due:
        extra.append(f"frist {format_date(outcome.due)}")
    if extra:
        text += " (" + ", ".join(extra) + ")"
    paragraph.add_run(_clean(text))


def _follow_up_table(w: _Writer, lines: Sequence[Any]) -> None:
    rows = [[o.text, o.item_title, o.responsible, format_date(o.due), o.status] for o in lines]
    w.table(
        ["Oppfølgingspunkt", "Sak", "Ansvarlig", "Frist", "Status"],
        rows,
        widths=[0.44, 0.17, 0.15, 0.11, 0.13],
    )


def _follow_ups(w: _Writer, h: Any) -> None:
    title = "Oppfølging fra forrige møte"
    if h.previous_meeting is None:
        w.section(title, "Det finnes ikke noe tidligere møte i denne serien.")
        return
    name, when = h.previous_meeting
    w.heading(title)
    w.text(f"{name}, {format_date(when.date())}.", muted=True)
    if not h.follow_ups:
        w.empty("Forrige møte hadde ingen oppfølgingspunkter.")
        return
    _follow_up_table(w, h.follow_ups)


def _actions_of_this_meeting(w: _Writer, h: Any) -> None:
    title = "Oppfølgingspunkter fra møtet"
    if not h.this_meeting_actions:
        w.section(title, "Møtet ga ingen oppfølgingspunkter.")
        return
    w.heading(title)
    _follow_up_table(w, h.this_meeting_actions)


def _months(n: int | None) -> str:
    if not n:
        return ""
    return f"{n} måned" if n == 1 else f"{n} måneder"


def _agreement(w: _Writer, h: Any) -> None:
    a = h.agreement
    if a is None:
        if h.project is not None:
            _project_facts(w, h.project)
            return
        w.section("Avtalen og kontaktgruppen", "Møtet er ikke knyttet til en avtale.")
        return
    evaluation = format_date(a.next_evaluation)
    if a.next_evaluation and a.next_evaluation < h.reference_date:
        evaluation += " (på overtid)"
    w.heading("Avtalen og kontaktgruppen")
    w.key_values(
        [
            ("Avtale", a.title),
            ("Avtaletype", a.kind.label),
            ("Status", a.status.label),
            ("Parter", join_names(a.parties, 10)),
            ("Signert", format_date(a.signed)),
            ("Gjelder fra", format_date(a.start)),
            ("Gjelder til", format_date(a.end) or ("Løpende, uten sluttdato" if a.start else "")),
            ("Sist evaluert", format_date(a.last_evaluation) or "Ikke evaluert ennå"),
            ("Neste evaluering", evaluation),
            ("Evalueringsintervall", _months(a.evaluation_interval_months)),
            ("Oppsigelsestid", _months(a.notice_period_months)),
            ("Oppsagt med virkning fra", format_date(a.termination_effective)),
            ("Ansvarlig i kommunen", a.responsible),
            ("Saksnummer i arkivet", a.archive_case_number),
        ]
    )
    if a.purpose.strip():
        w.heading("Formål", 2)
        w.long_text(a.purpose)
    w.heading("Kontaktgruppen", 2)
    if a.contact_group:
        rows = [[c.name, c.organisation, c.side, c.role] for c in a.contact_group]
        w.table(["Navn", "Organisasjon", "Side", "Rolle"], rows)
    else:
        w.empty("Ingen medlemmer av kontaktgruppen er registrert.")


def _project_facts(w: _Writer, project: Any) -> None:
    w.heading("Prosjektet")
    w.key_values(
        [
            ("Prosjekt", project.title),
            ("Prosjektform", project.form.label),
            ("Status", project.status.label),
            ("Prosjekteier", project.service_area),
            ("Prosjektleder", project.manager),
            ("Partnere", join_names(project.partners, 10)),
            ("Periode", date_range(project.start, project.end)),
            ("Avtale", project.agreement),
            ("Innvilget finansiering", format_kroner(project.granted) if project.granted else ""),
            (
                "Egenandel",
                format_kroner(project.own_contribution) if project.own_contribution else "",
            ),
        ]
    )


def _projects(w: _Writer, h: Any) -> None:
    title = "Prosjekter under avtalen"
    if h.agreement is None:
        if h.project is None:
            w.section(title, "Møtet er ikke knyttet til en avtale med prosjekter.")
        return
    if not h.projects:
        w.section(title, "Ingen prosjekter er registrert under avtalen.")
        return
    rows = project_rows(h.projects)
    granted = sum(p.granted for p in h.projects)
    own = sum(p.own_contribution for p in h.projects)
    rows.append(
        [f"Sum, {len(h.projects)} prosjekter", "", "", "", "", kroner(granted), kroner(own)]
    )
    w.heading(title)
    w.table(
        [c.header for c in PROJECT_COLUMNS],
        rows,
        bold_last=True,
        right=(5, 6),
        widths=[c.width for c in PROJECT_COLUMNS],
    )


def _deadlines(w: _Writer, h: Any) -> None:
    title = f"Frister per {format_date(h.reference_date)}"
    days = facts.HANDOUT_DEADLINE_DAYS
    if h.agreement is None and h.project is None:
        w.section(title, "Møtet er ikke knyttet til en avtale eller et prosjekt.")
        return
    if not h.deadlines:
        w.section(title, f"Ingen forfalte frister og ingen frister de neste {days} dagene.")
        return
    overdue = [d for d in h.deadlines if d.overdue]
    coming = [d for d in h.deadlines if not d.overdue]
    headers = [c.header for c in DEADLINE_COLUMNS]
    widths = [c.width for c in DEADLINE_COLUMNS]
    w.heading(title)
    if overdue:
        w.heading(f"Forfalt ({len(overdue)})", 2)
        w.table(headers, deadline_rows(overdue)[0], widths=widths)
    else:
        w.empty("Ingen forfalte frister.")
    if coming:
        w.heading(f"De neste {days} dagene ({len(coming)})", 2)
        w.table(headers, deadline_rows(coming)[0], widths=widths)
    else:
        w.empty(f"Ingen frister de neste {days} dagene.")


def _fund(w: _Writer, h: Any) -> None:
    left = h.fund_appropriation - h.fund_allocated
    summary = (
        f"Bevilget {format_kroner(h.fund_appropriation)}, fordelt "
        f"{format_kroner(h.fund_allocated)}, igjen {format_kroner(left)}."
        if h.fund_appropriation or h.fund_allocated
        else f"Ingen bevilgning til fondet er registrert for {h.fund_year}."
    )
    w.heading(f"FoU-fondet {h.fund_year}")
    w.text(summary)
    if left < 0:
        w.text("Fondet er overdisponert dette året.", warning=True)
    if not h.fund_allocations:
        scope = "under avtalen" if h.agreement else "i prosjektet"
        w.empty(f"Ingen tildelinger fra fondet i {h.fund_year} til prosjekter {scope}.")
        return
    rows = [
        [
            a.project + (" (godkjent overskridelse)" if a.override else ""),
            format_date(a.decision_date),
            a.decision_ref,
            kroner(a.amount),
        ]
        for a in h.fund_allocations
    ]
    rows.append(["Sum", "", "", kroner(sum(a.amount for a in h.fund_allocations))])
    w.table(
        ["Prosjekt", "Vedtatt", "Saksreferanse", "Beløp (kr)"],
        rows,
        bold_last=True,
        right=(3,),
        widths=[0.50, 0.14, 0.18, 0.18],
    )


def _lessons(w: _Writer, h: Any) -> None:
    if not h.lessons:
        scope = "avtalen" if h.agreement else "prosjektet" if h.project else "møtet"
        w.section("Erfaringer", f"Ingen erfaringer er knyttet til {scope}.")
        return
    w.heading("Erfaringer")
    for lesson in h.lessons:
        paragraph = w.doc.add_paragraph()
        paragraph.add_run(_clean(lesson.title)).bold = True
        if lesson.recorded_on:
            run = paragraph.add_run(f" ({format_date(lesson.recorded_on)})")
            run.font.size = Pt(8)
            run.font.color.rgb = MUTED
        w.long_text(lesson.description)
