"""Fristliste: deadlines for a period, with the deadline page's filters, grouped by week or
month. By default everything overdue and the next 90 days."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import groupby

from reportlab.platypus import Flowable

from kunnskapsapp.domain.language import count_noun
from kunnskapsapp.domain.rules import format_date
from kunnskapsapp.reports.base import (
    PagedTable,
    Rendered,
    ReportMeta,
    build_pdf,
    empty_note,
    heading,
    month_name,
    para,
    section,
    start_progress,
    styles,
)
from kunnskapsapp.reports.charts import MAX_CHART_WEEKS, deadline_week_chart
from kunnskapsapp.services import reporting
from kunnskapsapp.services.dashboard import DeadlineWeeks, count_by_week
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.progress import Progress
from kunnskapsapp.services.reporting.outline import DEADLINE_COLUMNS, deadline_rows

DeadlineOptions = reporting.DeadlineFilter


def render(
    db: Database, options: DeadlineOptions | None = None, progress: Progress | None = None
) -> Rendered:
    options = options or DeadlineOptions()
    progress = start_progress(progress)
    facts = reporting.deadline_list_facts(db, options)
    first = facts.start or facts.today
    return Rendered(
        data=build(facts, progress),
        filename=f"fristliste-{first.isoformat()}-{facts.end.isoformat()}.pdf",
        title=title(facts),
    )


def title(facts: reporting.DeadlineListFacts) -> str:
    return "Fristliste"


def period_text(facts: reporting.DeadlineListFacts) -> str:
    if facts.start is None:
        return (
            f"Forfalte frister og frister fra {format_date(facts.today)} "
            f"til {format_date(facts.end)}"
        )
    return f"Frister fra {format_date(facts.start)} til {format_date(facts.end)}"


def _week_key(day: date) -> tuple[int, int]:
    iso = day.isocalendar()
    return iso[0], iso[1]


def _week_caption(day: date, count: int) -> str:
    year, week = _week_key(day)
    monday = day - timedelta(days=day.weekday())
    sunday = monday + timedelta(days=6)
    return f"Uke {week}, {year} · {monday.strftime('%d.%m.')}–{format_date(sunday)} ({count})"


def chart_weeks(facts: reporting.DeadlineListFacts) -> DeadlineWeeks | None:
    """The listed deadlines per week for the chart (the overdue ones apart), as Oversikt
    counts them; None when the list groups by month, is empty or runs over too many weeks."""
    first = facts.start or facts.today
    monday = first - timedelta(days=first.weekday())
    weeks = (facts.end - monday).days // 7 + 1
    if facts.group_by != "week" or weeks > MAX_CHART_WEEKS or not (facts.lines or facts.overdue):
        return None
    counted = count_by_week([line.due for line in facts.lines], first, weeks)
    return DeadlineWeeks(today=first, overdue=len(facts.overdue), weeks=counted.weeks)


def build(facts: reporting.DeadlineListFacts, progress: Progress) -> bytes:
    st = styles()
    subtitle = [period_text(facts)]
    subtitle += facts.filter_text
    meta = ReportMeta(
        title="Fristliste",
        subject=period_text(facts),
        letterhead=facts.letterhead,
        subtitle=subtitle,
        running_title=f"Fristliste – {period_text(facts).lower()}",
        keywords="frister, fristliste",
    )
    story: list[Flowable] = []
    total = len(facts.overdue) + len(facts.lines)
    story.append(
        para(
            f"{count_noun(total, 'frist', 'frister')} i alt"
            + (f", av dem {len(facts.overdue)} forfalt" if facts.overdue else "")
            + ". Frister på helligdager og i helger er merket.",
            st.muted,
        )
    )
    weeks = chart_weeks(facts)
    if weeks is not None:
        story.append(deadline_week_chart(weeks, overdue_bar=facts.start is None))
    if facts.start is None:
        if facts.overdue:
            rows, marks = deadline_rows(facts.overdue)
            story.append(heading(f"Forfalt ({len(facts.overdue)})"))
            story.append(PagedTable(DEADLINE_COLUMNS, rows, marks=marks))
        else:
            story += section("Forfalt", None, "Ingen forfalte frister.")
    days = (facts.end - (facts.start or facts.today)).days
    if facts.start is None:
        empty = f"Ingen frister de neste {days} dagene."
    else:
        empty = f"Ingen frister fra {format_date(facts.start)} til {format_date(facts.end)}."
    group_title = "Kommende frister" if facts.start is None else "Frister i perioden"
    if not facts.lines:
        story += section(group_title, None, empty)
        return build_pdf(story, meta, progress)
    story.append(heading(f"{group_title} ({len(facts.lines)})"))
    if facts.group_by == "month":
        groups = groupby(facts.lines, key=lambda d: (d.due.year, d.due.month))
    else:
        groups = groupby(facts.lines, key=lambda d: _week_key(d.due))
    for _key, items in groups:
        lines = list(items)
        if facts.group_by == "month":
            caption = f"{month_name(lines[0].due)} ({len(lines)})"
        else:
            caption = _week_caption(lines[0].due, len(lines))
        rows, marks = deadline_rows(lines)
        story.append(PagedTable(DEADLINE_COLUMNS, rows, marks=marks, caption=heading(caption, 2)))
    if not story:
        story.append(empty_note(empty))
    return build_pdf(story, meta, progress)
