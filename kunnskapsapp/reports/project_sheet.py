"""Prosjektark: one sheet per project (each starts on a new page), for one project or a
selection: the facts, partners, PhD or education details, funding with support rate,
fund allocations, open deadlines, summary, results and lessons learned."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable, PageBreak, Paragraph

from kunnskapsapp.domain.enums import FundingStatus
from kunnskapsapp.domain.errors import NotFoundError
from kunnskapsapp.domain.language import count_noun
from kunnskapsapp.domain.rules import format_date, format_kroner, percent_text
from kunnskapsapp.reports.base import (
    BOLD_ROW,
    WARN_ROW,
    Column,
    PagedTable,
    Rendered,
    ReportMeta,
    build_pdf,
    date_range,
    esc,
    heading,
    join_names,
    key_value_table,
    kroner,
    long_text,
    para,
    section,
    slug,
    start_progress,
    styles,
)
from kunnskapsapp.services import reporting
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.progress import Progress
from kunnskapsapp.services.reporting.outline import DEADLINE_COLUMNS, deadline_rows


@dataclass(frozen=True)
class ProjectSheetOptions:
    project_ids: tuple[str, ...]


def render(
    db: Database, options: ProjectSheetOptions, progress: Progress | None = None
) -> Rendered:
    progress = start_progress(progress)
    facts = reporting.project_sheet_facts(db, list(options.project_ids))
    if not facts.sheets:
        raise NotFoundError("Fant ingen av de valgte prosjektene.")
    if len(facts.sheets) == 1:
        sheet = facts.sheets[0]
        name = f"prosjektark-{slug(sheet.short_name or sheet.title, 40)}.pdf"
        title = f"Prosjektark – {sheet.title}"
    else:
        name = f"prosjektark-{len(facts.sheets)}-prosjekter-{facts.today.isoformat()}.pdf"
        title = f"Prosjektark ({count_noun(len(facts.sheets), 'prosjekt', 'prosjekter')})"
    return Rendered(data=build(facts, progress), filename=name, title=title)


def build(facts: reporting.ProjectSheetsFacts, progress: Progress) -> bytes:
    sheets = facts.sheets
    single = len(sheets) == 1
    meta = ReportMeta(
        title=sheets[0].title if single else f"Prosjektark for {len(sheets)} prosjekter",
        subject="Prosjektark",
        letterhead=facts.letterhead,
        subtitle=(
            [f"Prosjektark · {sheets[0].form.label} · {sheets[0].status.label}"]
            if single
            else [f"Prosjektark per {format_date(facts.today)}"]
        ),
        running_title="Prosjektark" + (f" – {sheets[0].title}" if single else ""),
        keywords="prosjekt, prosjektark",
    )
    story: list[Flowable] = []
    for index, sheet in enumerate(sheets):
        if index > 0:
            story.append(PageBreak())
        if not single or index > 0:
            story.append(para(sheet.title, styles().title))
            story.append(para(f"{sheet.form.label} · {sheet.status.label}", styles().subtitle))
        story += _sheet(sheet)
        progress.step(index + 1, len(sheets), f"Prosjekt {index + 1} av {len(sheets)}")
    return build_pdf(story, meta, progress)


def _sheet(p: reporting.ProjectSheetFacts) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = []
    pairs: list[tuple[str, object]] = [
        ("Kortnavn", p.short_name),
        ("Prosjektform", p.form.label),
        ("Status", p.status.label),
        ("Prosjekteier", p.service_area),
        ("Prosjektleder", p.manager),
        ("Avtale", p.agreement),
        ("Overordnet prosjekt", p.parent_project),
        ("Periode", date_range(p.start, p.end)),
        ("Tidsperspektiv", p.horizon),
        ("Prosjektnummer i Forskningsrådet", p.rcn_project_number),
        ("Prioriterte områder", "; ".join(p.priority_areas)),
        ("Bærekraftsmål", "; ".join(p.sdgs)),
        ("Delprosjekter", join_names(p.sub_projects, 12)),
    ]
    table = key_value_table(pairs, label_width=0.32)
    if table is not None:
        story += [heading("Fakta"), table]

    if p.partners:
        columns = [Column("Organisasjon", 0.6), Column("Rolle", 0.4)]
        story += [heading("Partnere"), PagedTable(columns, [list(x) for x in p.partners])]
    else:
        story += section("Partnere", None, "Ingen partnere er registrert.")

    if p.phd:
        details = key_value_table(p.phd, label_width=0.32)
        if details is not None:
            story += [heading("Ph.d.-prosjektet"), details]
    if p.education:
        details = key_value_table(p.education, label_width=0.32)
        if details is not None:
            story += [heading("Utdanningstilbudet"), details]

    story += _funding(p)
    story += _allocations(p)

    if p.deadlines:
        rows, marks = deadline_rows(p.deadlines)
        story += [heading("Åpne frister"), PagedTable(DEADLINE_COLUMNS, rows, marks=marks)]
    else:
        story += section("Åpne frister", None, "Prosjektet har ingen åpne frister.")

    for title, text in (
        ("Sammendrag", p.summary),
        ("Resultater og erfaringer", p.results),
        ("Merknader", p.notes),
    ):
        if text.strip():
            story.append(heading(title))
            story += long_text(text)
    if p.lessons:
        story.append(heading("Læringspunkter"))
        for lesson in p.lessons:
            line = f"<b>{esc(lesson.title)}</b>"
            if lesson.recorded_on:
                line += f" ({esc(format_date(lesson.recorded_on))})"
            story.append(Paragraph(line, st.body))
            story += long_text(lesson.description)
    return story


def _funding(p: reporting.ProjectSheetFacts) -> list[Flowable]:
    st = styles()
    title = "Finansiering"
    if not p.funding:
        return section(title, None, "Ingen finansiering er registrert.")
    columns = [
        Column("Finansiør og ordning", 0.25),
        Column("Status", 0.11),
        Column("Søkt (kr)", 0.12, align="RIGHT"),
        Column("Innvilget (kr)", 0.12, align="RIGHT"),
        Column("Total-\nkostnad (kr)", 0.13, align="RIGHT"),
        Column("Egenandel (kr)", 0.13, align="RIGHT"),
        Column("Støttegrad", 0.14, align="RIGHT"),
    ]
    rows: list[list[str]] = []
    marks: list[str | None] = []
    notes: list[str] = []
    for f in p.funding:
        source = f.funder
        if f.scheme:
            source += f"\n{f.scheme}" + (f" ({f.scheme_code})" if f.scheme_code else "")
        if f.external_ref:
            source += f"\nRef. {f.external_ref}"
        rate = percent_text(f.support_rate)
        if f.over_max:
            rate += f"\nover maks {f.max_support_percent} %"
        status = f.status.label
        if f.decision_date:
            status += f"\n{format_date(f.decision_date)}"
        own = f.own_contribution
        rows.append(
            [
                source,
                status,
                kroner(f.applied),
                kroner(f.granted),
                kroner(f.total_cost),
                kroner(own) if own else "",
                rate,
            ]
        )
        marks.append(WARN_ROW if f.over_max else None)
        if f.years and f.status == FundingStatus.GRANTED:
            spread = ", ".join(f"{y}: {format_kroner(a)}" for y, a in f.years)
            notes.append(f"{f.funder or f.scheme}, per år: {spread}.")
        if f.parts_warning:
            notes.append(f"{f.funder or f.scheme}: {f.parts_warning}")
        if own and (f.own_cash and f.own_in_kind):
            notes.append(
                f"{f.funder or f.scheme}, egenandel: {format_kroner(f.own_cash)} kontant og "
                f"{format_kroner(f.own_in_kind)} egeninnsats."
            )
    granted = [f for f in p.funding if f.status == FundingStatus.GRANTED]
    if granted:
        rows.append(
            [
                "Sum innvilget",
                "",
                "",
                kroner(sum(f.granted or 0 for f in granted)),
                kroner(sum(f.total_cost or 0 for f in granted)),
                kroner(sum(f.own_contribution for f in granted)),
                "",
            ]
        )
        marks.append(BOLD_ROW)
    story: list[Flowable] = [heading(title), PagedTable(columns, rows, marks=marks)]
    story += [para(n, st.muted) for n in notes]
    return story


def _allocations(p: reporting.ProjectSheetFacts) -> list[Flowable]:
    title = "Fra kommunens FoU-fond"
    if not p.allocations:
        return section(title, None, "Ingen tildelinger fra FoU-fondet.")
    columns = [
        Column("År", 0.12),
        Column("Vedtatt", 0.18),
        Column("Saksreferanse", 0.30),
        Column("Beløp (kr)", 0.20, align="RIGHT"),
        Column("Merknad", 0.20),
    ]
    rows = [
        [
            str(a.year),
            format_date(a.decision_date),
            a.decision_ref,
            kroner(a.amount),
            "Godkjent overskridelse" if a.override else "",
        ]
        for a in p.allocations
    ]
    rows.append(["Sum", "", "", kroner(sum(a.amount for a in p.allocations)), ""])
    marks: list[str | None] = [*([None] * len(p.allocations)), BOLD_ROW]
    return [heading(title), PagedTable(columns, rows, marks=marks)]
