"""Porteføljeoversikt: the portfolio on a date, counted several ways, funding charted by
source and by year, Oversikt's charts of the fund's budget plan and the deadlines per week,
then every project that ran on the date, grouped by form."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from kunnskapsapp.domain.enums import ProjectForm
from kunnskapsapp.domain.language import count_noun
from kunnskapsapp.domain.rules import format_date, format_kroner
from kunnskapsapp.reports.base import (
    CONTENT_HEIGHT,
    CONTENT_WIDTH,
    FONT,
    INK,
    MUTED,
    Column,
    Heading,
    PagedTable,
    Rendered,
    ReportMeta,
    build_pdf,
    date_range,
    empty_note,
    esc,
    heading,
    kroner,
    para,
    start_progress,
    styles,
)
from kunnskapsapp.reports.charts import (
    deadline_week_chart,
    deadline_weeks_caption,
    fund_plan_caption,
    fund_plan_chart,
    source_chart,
    year_chart,
    years_text,
)
from kunnskapsapp.services import clock, reporting
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.progress import Progress

TOP_PARTNERS = 15


@dataclass(frozen=True)
class PortfolioOptions:
    on: date | None = None  # default today
    include_projects: bool = True


def render(
    db: Database, options: PortfolioOptions | None = None, progress: Progress | None = None
) -> Rendered:
    options = options or PortfolioOptions()
    on = options.on or clock.today()
    progress = start_progress(progress)
    facts = reporting.portfolio_facts(db, on)
    shown = count_noun(len(facts.projects), "prosjekt", "prosjekter")
    progress.step(0, 0, f"Lager tabellen over {shown} …")
    return Rendered(
        data=build(facts, options, progress),
        filename=f"portefoljeoversikt-{on.isoformat()}.pdf",
        title=f"Porteføljeoversikt per {format_date(on)}",
    )


def build(facts: reporting.PortfolioFacts, options: PortfolioOptions, progress: Progress) -> bytes:
    on = facts.on
    meta = ReportMeta(
        title=f"Porteføljeoversikt per {format_date(on)}",
        subject="Forsknings- og innovasjonsporteføljen: prosjekter, partnere og finansiering",
        letterhead=facts.letterhead,
        subtitle=[
            f"Prosjekter som pågikk {format_date(on)}: startet, ikke avsluttet, med status "
            "pågående eller avsluttet.",
        ],
        keywords="portefølje, prosjekter, finansiering",
    )
    story: list[Flowable] = [para(summary_text(facts), styles().body)]
    story += _counts_section(facts)
    story += _charts(facts)
    story += _fund_and_deadlines(facts)
    if options.include_projects:
        story += _project_tables(facts)
    return build_pdf(story, meta, progress)


# --- The summary in words ------------------------------------------------------------------------


def _n(count: int, one: str, many: str) -> str:
    return count_noun(count, one, many)


def _and(items: Sequence[str]) -> str:
    """`a, b og c`."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " og " + items[-1]


def summary_text(facts: reporting.PortfolioFacts) -> str:
    """The portfolio in a paragraph, as the unit writes it in its own documents."""
    total = len(facts.projects)
    if total == 0:
        return (
            f"Ingen prosjekter pågikk {format_date(facts.on)}. "
            f"{_n(facts.registered, 'prosjekt er', 'prosjekter er')} registrert i alt."
        )
    forms = {c.label: c.n for c in facts.by_form}
    parts: list[str] = []
    phd = forms.get(ProjectForm.PHD.label, 0)
    if phd:
        text = _n(phd, "ph.d.-prosjekt", "ph.d.-prosjekter")
        details = []
        if facts.phd_by_institution:
            details.append(", ".join(f"{c.n} med {c.label}" for c in facts.phd_by_institution))
        for c in facts.phd_by_scheme:
            details.append(f"{c.n} av dem finansiert gjennom {c.label}")
        if details:
            text += " (" + "; ".join(details) + ")"
        parts.append(text)
    innovation = forms.get(ProjectForm.INNOVATION.label, 0)
    if innovation:
        text = _n(innovation, "innovasjonsprosjekt", "innovasjonsprosjekter")
        details = []
        if facts.innovation_by_funder:
            details.append(
                "finansiert av " + _and([f"{c.label} ({c.n})" for c in facts.innovation_by_funder])
            )
        if facts.innovation_funding_phd:
            details.append(
                f"{facts.innovation_funding_phd} av dem finansierer også ph.d.-stipendiater"
            )
        if facts.innovation_partners:
            details.append(
                "forskningspartnere "
                + _and(
                    [c.label + (f" ({c.n})" if c.n > 1 else "") for c in facts.innovation_partners]
                )
            )
        if details:
            text += " (" + "; ".join(details) + ")"
        parts.append(text)
    education = forms.get(ProjectForm.EDUCATION.label, 0)
    if education:
        text = _n(education, "utdanningstilbud", "utdanningstilbud")
        if facts.students_admitted:
            text += f" med {_n(facts.students_admitted, 'student', 'studenter')} tatt opp"
        parts.append(text)
    for form in (ProjectForm.MASTER, ProjectForm.PILOT, ProjectForm.OTHER):
        n = forms.get(form.label, 0)
        if n:
            parts.append(f"{n} {form.label.lower()}")
    listing = "; ".join(parts[:-1]) + ("; og " if len(parts) > 1 else "") + parts[-1]
    return (
        f"Per {format_date(facts.on)} omfatter porteføljen "
        f"{_n(total, 'prosjekt', 'prosjekter')}: {listing}."
    )


# --- Counts ---------------------------------------------------------------------------------------


def _count_table(title: str, counts: Sequence[reporting.Count], width: float) -> list[Flowable]:
    st = styles()
    if not counts:
        return [para(title, st.h2), empty_note("Ingen.")]
    rows = [[para(c.label, st.cell), str(c.n)] for c in counts]
    table = Table(
        rows,
        colWidths=[width - 14 * mm, 14 * mm],
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTSIZE", (0, 0), (-1, -1), 8),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, MUTED),
            ]
        ),
        hAlign="LEFT",
    )
    return [para(title, st.h2), table]


def _top(counts: list[reporting.Count], limit: int) -> list[reporting.Count]:
    if len(counts) <= limit:
        return counts
    rest = counts[limit:]
    return [*counts[:limit], reporting.Count(f"Andre ({len(rest)})", sum(c.n for c in rest))]


def _counts_section(facts: reporting.PortfolioFacts) -> list[Flowable]:
    half = (CONTENT_WIDTH - 8 * mm) / 2
    blocks = [
        ("Prosjekter etter form", facts.by_form),
        ("Etter status (alle registrerte prosjekter)", facts.by_status),
        ("Ph.d.-prosjekter etter gradsgivende institusjon", facts.phd_by_institution),
        ("Ph.d.-prosjekter etter finansieringsordning", facts.phd_by_scheme),
        ("Innovasjonsprosjekter etter finansiør", facts.innovation_by_funder),
        ("Forskningspartnere i innovasjonsprosjektene", facts.innovation_partners),
        ("Etter finansieringskilde (innvilget)", facts.by_funder),
        (f"Etter partner (de {TOP_PARTNERS} største)", _top(facts.by_partner, TOP_PARTNERS)),
        ("Etter prioritert område", facts.by_priority),
        ("Etter bærekraftsmål", facts.by_sdg),
    ]
    if len(facts.by_partner) <= TOP_PARTNERS:
        blocks[7] = ("Etter partner", facts.by_partner)
    cells = [_count_table(title, counts, half) for title, counts in blocks]
    rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
    grid = Table(
        rows,
        colWidths=[half + 8 * mm, half],
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        ),
        hAlign="LEFT",
    )
    story: list[Flowable] = [heading("Porteføljen i tall"), grid]
    if facts.students_admitted:
        story.append(
            para(
                f"Studenter tatt opp på utdanningstilbudene: {facts.students_admitted}.",
                styles().body,
            )
        )
    return story


# --- Charts ---------------------------------------------------------------------------------------


def _charts(facts: reporting.PortfolioFacts) -> list[Flowable]:
    story: list[Flowable] = [heading("Finansiering")]
    if not facts.granted_by_source:
        story.append(empty_note("Ingen innvilget finansiering for prosjektene i porteføljen."))
        return story
    total = sum(v for _, v in facts.granted_by_source)
    story.append(
        para(
            f"Innvilget i alt til prosjektene i porteføljen: {format_kroner(total)}, "
            "fra eksterne finansiører og kommunens FoU-fond. Egenandeler er ikke med.",
            styles().body,
        )
    )
    story.append(source_chart(facts.granted_by_source))
    story.append(Spacer(1, 4 * mm))
    if facts.granted_by_year:
        story.append(year_chart(facts.granted_by_year))
    else:
        story.append(empty_note("Ingen innvilgede beløp er fordelt på år."))
    if facts.without_years:
        story.append(
            para(
                f"{format_kroner(facts.without_years)} av det innvilgede er ikke fordelt på år "
                "og er ikke med i figuren over.",
                styles().muted,
            )
        )
    return story


def _fund_and_deadlines(facts: reporting.PortfolioFacts) -> list[Flowable]:
    """Oversikt's two charts, each with its figures in words below it."""
    st = styles()
    plan = facts.plan
    fund_parts: list[Flowable]
    if any(y.appropriation or y.allocated for y in plan):
        chart = fund_plan_chart(
            plan, heading=f"Fondet i budsjettplanen {years_text(plan)} (mill. kr)"
        )
        fund_parts = [chart, para(fund_plan_caption(plan), st.muted)]
    else:
        fund_parts = [
            empty_note(f"Ingen bevilgning eller tildeling i budsjettplanen {years_text(plan)}.")
        ]
    weeks = facts.weeks
    deadline_block: Flowable
    if weeks.overdue or weeks.ahead:
        caption = deadline_weeks_caption(weeks)
        if facts.on != weeks.today:
            caption += " Fristene er talt slik de står i dag."
        chart = deadline_week_chart(
            weeks, heading=f"Åpne frister per uke fra {format_date(weeks.today)}"
        )
        deadline_block = KeepTogether([chart, para(caption, st.muted)])
    else:
        span = f"{format_date(weeks.today)}–{format_date(weeks.last_day)}"
        deadline_block = empty_note(
            f"Ingen åpne frister: ingen er forfalt, og ingen faller de neste "
            f"{len(weeks.weeks)} ukene ({span})."
        )
    # The heading goes to the next page with the first chart rather than stand alone.
    first = sum(part.wrap(CONTENT_WIDTH, CONTENT_HEIGHT)[1] for part in fund_parts)
    title = Heading(esc("Fondet og fristene"), st.h1, first + 2 * mm)
    return [title, KeepTogether(fund_parts), Spacer(1, 4 * mm), deadline_block]


# --- The projects ---------------------------------------------------------------------------------

FORM_PLURAL = {
    ProjectForm.PHD: "Ph.d.-prosjekter",
    ProjectForm.INNOVATION: "Innovasjonsprosjekter",
    ProjectForm.EDUCATION: "Utdanningstilbud",
    ProjectForm.MASTER: "Masteroppgaver",
    ProjectForm.PILOT: "Forprosjekter",
    ProjectForm.OTHER: "Andre prosjekter",
}

PORTFOLIO_COLUMNS = [
    Column("Prosjekt", 0.24),
    Column("Status", 0.10),
    Column("Partnere", 0.14),
    # Wide enough for "Forskningsrådet", "Barnehage" and "Digitalisering" whole: a word
    # wider than its cell is broken inside it.
    Column("Finansiører", 0.15),
    Column("Eier", 0.14),
    Column("Periode", 0.12),
    Column("Innvilget (kr)", 0.11, align="RIGHT"),
]


def _project_tables(facts: reporting.PortfolioFacts) -> list[Flowable]:
    story: list[Flowable] = [heading(f"Prosjektene ({len(facts.projects)})")]
    if not facts.projects:
        story.append(empty_note(f"Ingen prosjekter pågikk {format_date(facts.on)}."))
        return story
    by_form: dict[ProjectForm, list[reporting.ProjectLine]] = {}
    for p in facts.projects:
        by_form.setdefault(p.form, []).append(p)
    columns = list(PORTFOLIO_COLUMNS)
    if facts.on != clock.today():
        columns[1] = Column("Status nå", columns[1].width)
    for form in ProjectForm:
        projects = by_form.get(form)
        if not projects:
            continue
        rows = [
            [
                p.name,
                p.status.label,
                ", ".join(p.partners),
                ", ".join(p.funders),
                p.service_area,
                date_range(p.start, p.end),
                kroner(p.granted) if p.granted else "",
            ]
            for p in projects
        ]
        story.append(
            PagedTable(
                columns,
                rows,
                caption=heading(f"{FORM_PLURAL[form]} ({len(projects)})", 2),
            )
        )
    return story
