"""Porteføljeoversikt: the portfolio on a date, counted several ways, funding charted by
source and by year, then every project that ran on the date, grouped by form."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from kunnskapsapp.domain.enums import ProjectForm
from kunnskapsapp.domain.language import count_noun
from kunnskapsapp.domain.rules import format_date, format_kroner
from kunnskapsapp.reports.base import (
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    SERIES,
    Column,
    PagedTable,
    Rendered,
    ReportMeta,
    build_pdf,
    date_range,
    empty_note,
    heading,
    kroner,
    para,
    start_progress,
    styles,
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


def _millions(value: float) -> str:
    if abs(value) >= 1_000_000:
        text = f"{value / 1_000_000:.1f}".replace(".", ",").removesuffix(",0")
        return text
    if value == 0:
        return "0"
    return f"{value / 1_000_000:.2f}".replace(".", ",")


def _axis_step(maximum: float) -> float:
    """A round step for an axis that ends at or above `maximum` in about 5 steps."""
    if maximum <= 0:
        return 1_000_000
    raw = maximum / 5
    magnitude = 10 ** (len(str(int(raw))) - 1)
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def _style_axis_labels(chart: VerticalBarChart | HorizontalBarChart) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = 7
        axis.labels.fillColor = INK
        axis.strokeColor = MUTED
        axis.strokeWidth = 0.5
    chart.valueAxis.labelTextFormat = _millions
    chart.valueAxis.gridStrokeColor = MUTED
    chart.valueAxis.gridStrokeWidth = 0.2
    chart.valueAxis.visibleGrid = 1


def _title(drawing: Drawing, text: str, y: float) -> None:
    drawing.add(String(0, y, text, fontName=FONT_BOLD, fontSize=9, fillColor=INK))


def source_chart(sources: Sequence[tuple[str, int]], width: float = CONTENT_WIDTH) -> Drawing:
    """Granted funding by source, as horizontal bars."""
    shown = list(sources[:8])
    if len(sources) > 8:
        shown.append((f"Andre ({len(sources) - 8})", sum(v for _, v in sources[8:])))
    shown.reverse()  # largest on top
    bar = 11.0
    plot_height = max(bar * len(shown) * 1.5, 40)
    height = plot_height + 34
    drawing = Drawing(width, height)
    _title(drawing, "Innvilget finansiering etter kilde (mill. kr)", height - 10)
    chart = HorizontalBarChart()
    chart.x = 120
    chart.y = 14
    chart.width = width - chart.x - 20
    chart.height = plot_height
    chart.data = [[v for _, v in shown]]
    chart.categoryAxis.categoryNames = [_short(name, 28) for name, _ in shown]
    chart.bars[0].fillColor = SERIES[0]
    chart.bars[0].strokeColor = None
    chart.barWidth = bar
    _style_axis_labels(chart)
    maximum = max((v for _, v in shown), default=0)
    step = _axis_step(maximum)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = step * (int(maximum / step) + 1)
    chart.valueAxis.valueStep = step
    chart.barLabelFormat = _millions
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    drawing.add(chart)
    return drawing


def year_chart(
    by_year: dict[int, dict[str, int]], width: float = CONTENT_WIDTH, max_series: int = 6
) -> Drawing:
    """Granted funding per year, stacked by source."""
    years = sorted(by_year)
    totals: dict[str, int] = {}
    for amounts in by_year.values():
        for source, amount in amounts.items():
            totals[source] = totals.get(source, 0) + amount
    ranked = sorted(totals, key=lambda k: (-totals[k], k))
    sources = ranked[:max_series]
    other = ranked[max_series:]
    series_names = sources + (["Andre kilder"] if other else [])
    rows = []
    for source in sources:
        rows.append([by_year[y].get(source, 0) for y in years])
    if other:
        rows.append([sum(by_year[y].get(o, 0) for o in other) for y in years])
    height = 190.0
    drawing = Drawing(width, height)
    _title(drawing, "Innvilget finansiering per år og kilde (mill. kr)", height - 10)
    chart = VerticalBarChart()
    chart.x = 34
    chart.y = 22
    chart.width = width - chart.x - 150
    chart.height = height - 50
    chart.data = rows
    chart.categoryAxis.categoryNames = [str(y) for y in years]
    chart.categoryAxis.style = "stacked"
    chart.barSpacing = 1
    chart.groupSpacing = 6
    _style_axis_labels(chart)
    maximum = max((sum(col) for col in zip(*rows, strict=False)), default=0)
    step = _axis_step(maximum)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = step * (int(maximum / step) + 1)
    chart.valueAxis.valueStep = step
    if len(years) > 12:
        chart.categoryAxis.labels.angle = 45
        chart.categoryAxis.labels.boxAnchor = "ne"
    for index in range(len(rows)):
        chart.bars[index].fillColor = SERIES[index % len(SERIES)]
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    legend = Legend()
    legend.x = chart.x + chart.width + 14
    legend.y = chart.y + chart.height
    legend.alignment = "right"
    legend.fontName = FONT
    legend.fontSize = 7
    legend.columnMaximum = 10
    legend.dx = 7
    legend.dy = 7
    legend.deltay = 11
    legend.colorNamePairs = [
        (SERIES[i % len(SERIES)], _short(name, 26)) for i, name in enumerate(series_names)
    ]
    drawing.add(legend)
    return drawing


def _short(text: str, limit: int) -> str:
    from kunnskapsapp.reports.base import clip

    return clip(text, limit)


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
    Column("Prosjekt", 0.27),
    Column("Status", 0.10),
    Column("Partnere", 0.15),
    Column("Finansiører", 0.15),
    Column("Eier", 0.10),
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
