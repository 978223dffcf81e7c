"""FoU-fond: the research and innovation fund's appropriation against its allocations per
year, the commitments across the four-year budget plan, over-commitment flagged."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from kunnskapsapp.domain.rules import format_date, format_kroner
from kunnskapsapp.reports.base import (
    BOLD_ROW,
    WARN_ROW,
    Column,
    PagedTable,
    Rendered,
    ReportMeta,
    build_pdf,
    esc,
    heading,
    kroner,
    long_text,
    para,
    section,
    start_progress,
    styles,
)
from kunnskapsapp.reports.charts import fund_plan_chart
from kunnskapsapp.services import reporting
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.progress import Progress


@dataclass(frozen=True)
class FundOptions:
    from_year: int | None = None  # first year of the budget plan; default this year


def render(
    db: Database, options: FundOptions | None = None, progress: Progress | None = None
) -> Rendered:
    options = options or FundOptions()
    progress = start_progress(progress)
    facts = reporting.fund_facts(db, options.from_year)
    return Rendered(
        data=build(facts, progress),
        filename=f"fou-fond-{facts.today.isoformat()}.pdf",
        title="FoU-fondet",
    )


def _note(y: reporting.FundYearLine) -> str:
    notes = []
    if y.over:
        notes.append("Overdisponert")
    if not y.has_appropriation and y.allocated:
        notes.append("Ingen bevilgning registrert")
    if y.overridden:
        notes.append(
            f"{y.overridden} godkjent{'e' if y.overridden > 1 else ''} overskridelse"
            + ("r" if y.overridden > 1 else "")
        )
    return ", ".join(notes)


def build(facts: reporting.FundFacts, progress: Progress) -> bytes:
    st = styles()
    first, last = facts.plan_years[0], facts.plan_years[-1]
    meta = ReportMeta(
        title="FoU-fondet",
        subject="Forsknings- og innovasjonsfondet: bevilgninger, tildelinger og forpliktelser",
        letterhead=facts.letterhead,
        subtitle=[
            "Forsknings- og innovasjonsfondet",
            f"Per {format_date(facts.today)}. Budsjettplanen {first}–{last}.",
        ],
        running_title=f"FoU-fondet per {format_date(facts.today)}",
        keywords="FoU-fond, bevilgning, tildeling",
    )
    story: list[Flowable] = []

    # Warnings first: what the reader must act on.
    warnings = []
    for y in facts.plan:
        if y.over:
            warnings.append(
                f"{y.year}: tildelt {format_kroner(y.allocated)}, men bevilget "
                f"{format_kroner(y.appropriation)}: overdisponert med "
                f"{format_kroner(y.allocated - y.appropriation)}."
            )
    if warnings:
        story.append(heading("Overdisponering i budsjettplanen"))
        story += [para(w, st.warning) for w in warnings]

    # Every year.
    title = "Bevilgning og tildelinger per år"
    if not facts.years:
        story += section(title, None, "Ingen bevilgninger eller tildelinger er registrert.")
    else:
        columns = [
            Column("År", 0.08),
            Column("Bevilget (kr)", 0.17, align="RIGHT"),
            Column("Tildelt (kr)", 0.17, align="RIGHT"),
            Column("Igjen (kr)", 0.17, align="RIGHT"),
            Column("Antall", 0.11, align="RIGHT"),
            Column("Merknad", 0.30),
        ]
        rows = [
            [
                str(y.year),
                kroner(y.appropriation) if y.has_appropriation else "",
                kroner(y.allocated),
                kroner(y.left),
                str(y.allocations),
                _note(y),
            ]
            for y in facts.years
        ]
        marks: list[str | None] = [WARN_ROW if y.over else None for y in facts.years]
        rows.append(
            [
                "Sum",
                kroner(sum(y.appropriation for y in facts.years)),
                kroner(sum(y.allocated for y in facts.years)),
                kroner(sum(y.left for y in facts.years)),
                str(sum(y.allocations for y in facts.years)),
                "",
            ]
        )
        marks.append(BOLD_ROW)
        story += [heading(title), PagedTable(columns, rows, marks=marks)]

    story += _plan(facts)
    story += _overrides(facts)
    return build_pdf(story, meta, progress)


def _plan(facts: reporting.FundFacts) -> list[Flowable]:
    years = facts.plan_years
    title = f"Forpliktelser i budsjettplanen {years[0]}–{years[-1]}"
    year_share = 0.13
    columns = [
        Column("Prosjekt", 1 - year_share * (len(years) + 1)),
        *[Column(f"{y} (kr)", year_share, align="RIGHT") for y in years],
        Column("Sum (kr)", year_share, align="RIGHT"),
    ]
    rows: list[list[str]] = []
    marks: list[str | None] = []
    for c in facts.commitments:
        rows.append(
            [
                f"{c.project} ({c.status.label.lower()})",
                *[kroner(c.amounts[y]) if c.amounts.get(y) else "" for y in years],
                kroner(c.total),
            ]
        )
        marks.append(None)
    plan = {y.year: y for y in facts.plan}
    allocated = [plan[y].allocated for y in years]
    appropriated = [plan[y].appropriation for y in years]
    rows.append(["Sum tildelt", *[kroner(v) for v in allocated], kroner(sum(allocated))])
    marks.append(BOLD_ROW)
    rows.append(
        [
            "Bevilget",
            *[kroner(plan[y].appropriation) if plan[y].has_appropriation else "–" for y in years],
            kroner(sum(appropriated)),
        ]
    )
    marks.append(None)
    left = [plan[y].left for y in years]
    rows.append(["Igjen", *[kroner(v) for v in left], kroner(sum(left))])
    marks.append(WARN_ROW if any(plan[y].over for y in years) else BOLD_ROW)
    story: list[Flowable] = [heading(title)]
    if any(y.appropriation or y.allocated for y in facts.plan):
        story += [fund_plan_chart(facts.plan), Spacer(1, 3 * mm)]
    if not facts.commitments:
        story.append(
            para(
                f"Ingen tildelinger fra fondet er registrert for {years[0]}–{years[-1]}.",
                styles().empty,
            )
        )
    story.append(PagedTable(columns, rows, marks=marks))
    story.append(
        para(
            "«–» betyr at ingen bevilgning er registrert for året ennå. Beløpene er tildelinger "
            "til prosjekter; senere års tildelinger er forpliktelser i budsjettplanen.",
            styles().muted,
        )
    )
    return story


def _overrides(facts: reporting.FundFacts) -> list[Flowable]:
    st = styles()
    title = "Godkjente overskridelser"
    if not facts.overrides:
        return section(title, None, "Ingen tildelinger er godkjent ut over årets bevilgning.")
    story: list[Flowable] = [heading(title)]
    for o in facts.overrides:
        line = f"<b>{o.year}: {esc(o.project)}</b>, {esc(format_kroner(o.amount))}"
        if o.decision_date or o.decision_ref:
            parts = [format_date(o.decision_date), o.decision_ref]
            line += esc(" (vedtatt " + ", ".join(p for p in parts if p) + ")")
        story.append(Paragraph(line, st.body))
        story += long_text(o.override_reason or "Ingen begrunnelse er registrert.", st.muted)
    return story
