"""The reports' charts, drawn with ReportLab's own graphics (vector, no images).

Porteføljeoversikt draws the granted funding by source and by year, and prints the charts
Oversikt shows: the fund's appropriation against its allocations over the budget plan's years
(also in FoU-fond) and the open deadlines per week with the overdue ones apart (also in
Fristliste). Those two take the dashboard's own figures (`services.fund.budget_plan`,
`services.dashboard.deadline_weeks` and `count_by_week`) and its colours
(`chart_colours.CHART_HEX`), and each has a caption that says its figures in words, for a
reader who cannot see the picture. The value axis makes room for its widest label, so large
amounts and counts are neither clipped nor run into the bars."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from kunnskapsapp.chart_colours import CHART_HEX
from kunnskapsapp.domain.language import count_noun, format_count
from kunnskapsapp.domain.rules import format_date, format_kroner
from kunnskapsapp.reports.base import CONTENT_WIDTH, FONT, FONT_BOLD, INK, MUTED, SERIES, clip
from kunnskapsapp.reports.style import register_fonts
from kunnskapsapp.services.dashboard import DeadlineWeeks

# The dashboard's colour roles, in the reports' colours: set aside, taken, over or overdue.
PLANNED = colors.HexColor(CHART_HEX["planned"])
USED = colors.HexColor(CHART_HEX["used"])
OVER = colors.HexColor(CHART_HEX["warning"])
# More weeks than this and the Fristliste has no chart (its table groups by week anyway).
MAX_CHART_WEEKS = 26
LABEL_SIZE = 7  # axis labels, bar labels and legends


class YearAmounts(Protocol):
    """A year of the budget plan (`services.fund.FundYear`, `reporting.FundYearLine`)."""

    @property
    def year(self) -> int: ...

    @property
    def appropriation(self) -> int: ...

    @property
    def allocated(self) -> int: ...


# --- Figures on the axes --------------------------------------------------------------------


def _decimal(value: float, decimals: int, strip: bool = False) -> str:
    """`1 234,5`: Norwegian decimals, no-break spaces between the thousands."""
    text = f"{value:,.{decimals}f}"
    if strip and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(",", "\u00a0").replace(".", ",")


def millions(value: float) -> str:
    """`33,5`, `0,25`, `1 200`: an amount in millions of kroner, one decimal from a million
    up, two below."""
    if value == 0:
        return "0"
    if abs(value) >= 1_000_000:
        return _decimal(value / 1_000_000, 1).removesuffix(",0")
    return _decimal(value / 1_000_000, 2)


def plan_millions(value: float) -> str:
    """`2,5`, `0,25`, `0`, `12 500`: the budget plan's axis in millions, as Oversikt writes it."""
    return _decimal(value / 1_000_000, 2, strip=True)


def axis_step(maximum: float) -> float:
    """A round step for an axis that ends at or above `maximum` in about 5 steps."""
    if maximum <= 0:
        return 1_000_000
    raw = maximum / 5
    magnitude = 10 ** (len(str(int(raw))) - 1)
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def style_axis_labels(chart: VerticalBarChart | HorizontalBarChart) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = LABEL_SIZE
        axis.labels.fillColor = INK
        axis.strokeColor = MUTED
        axis.strokeWidth = 0.5
    chart.valueAxis.labelTextFormat = millions
    chart.valueAxis.gridStrokeColor = MUTED
    chart.valueAxis.gridStrokeWidth = 0.2
    chart.valueAxis.visibleGrid = 1


def _value_axis(
    chart: VerticalBarChart | HorizontalBarChart, maximum: float, step: float | None = None
) -> list[float]:
    """An axis from 0 in round steps, past `maximum`; returns its ticks."""
    step = step or axis_step(maximum)
    top = step * (int(maximum / step) + 1) if maximum else step
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = step
    return [step * i for i in range(round(top / step) + 1)]


def text_width(text: str, size: float = LABEL_SIZE, font: str = FONT) -> float:
    register_fonts()
    return stringWidth(text, font, size)


def _widest(labels: Sequence[str], size: float = LABEL_SIZE) -> float:
    return max((text_width(label, size) for label in labels), default=0.0)


def _fit_value_axis(
    chart: VerticalBarChart, ticks: Sequence[float], label: Callable[[float], str]
) -> None:
    """Put the plot right of the value axis's widest label (ReportLab draws them 5 points
    left of the axis), so `12 500` is not cut at the page's margin."""
    chart.x = _widest([label(t) for t in ticks]) + 10


def title(drawing: Drawing, text: str, y: float) -> None:
    drawing.add(String(0, y, text, fontName=FONT_BOLD, fontSize=9, fillColor=INK))


def _legend(x: float, y: float, pairs: list[tuple[colors.Color, str]]) -> Legend:
    legend = Legend()
    legend.x = x
    legend.y = y
    legend.alignment = "right"
    legend.fontName = FONT
    legend.fontSize = LABEL_SIZE
    legend.dx = 7
    legend.dy = 7
    legend.deltay = 11
    legend.colorNamePairs = pairs
    return legend


# --- Porteføljeoversikt's funding ------------------------------------------------------------


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
    title(drawing, "Innvilget finansiering etter kilde (mill. kr)", height - 10)
    chart = HorizontalBarChart()
    chart.x = 120
    chart.y = 14
    chart.data = [[v for _, v in shown]]
    chart.categoryAxis.categoryNames = [clip(name, 28) for name, _ in shown]
    chart.bars[0].fillColor = SERIES[0]
    chart.bars[0].strokeColor = None
    chart.barWidth = bar
    style_axis_labels(chart)
    maximum = max((v for _, v in shown), default=0)
    _value_axis(chart, maximum)
    chart.barLabelFormat = millions
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = LABEL_SIZE
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    # The largest bar's label stands right of it: room for it inside the drawing.
    chart.width = width - chart.x - max(20, _widest([millions(maximum)]) + 6)
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.height = plot_height
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
    title(drawing, "Innvilget finansiering per år og kilde (mill. kr)", height - 10)
    chart = VerticalBarChart()
    chart.y = 22
    chart.height = height - 50
    chart.data = rows
    chart.categoryAxis.categoryNames = [str(y) for y in years]
    chart.categoryAxis.style = "stacked"
    chart.barSpacing = 1
    chart.groupSpacing = 6
    style_axis_labels(chart)
    maximum = max((sum(col) for col in zip(*rows, strict=False)), default=0)
    _fit_value_axis(chart, _value_axis(chart, maximum), millions)
    chart.width = width - chart.x - 150
    if len(years) > 12:
        chart.categoryAxis.labels.angle = 45
        chart.categoryAxis.labels.boxAnchor = "ne"
    for index in range(len(rows)):
        chart.bars[index].fillColor = SERIES[index % len(SERIES)]
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    legend = _legend(
        chart.x + chart.width + 14,
        chart.y + chart.height,
        [(SERIES[i % len(SERIES)], clip(name, 26)) for i, name in enumerate(series_names)],
    )
    legend.columnMaximum = 10
    drawing.add(legend)
    return drawing


# --- Oversikt's charts ------------------------------------------------------------------------


def years_text(years: Sequence[YearAmounts]) -> str:
    """`2026–2029`, or `2026` for a single year."""
    first, last = years[0].year, years[-1].year
    return str(first) if first == last else f"{first}–{last}"


def fund_plan_chart(
    years: Sequence[YearAmounts], width: float = CONTENT_WIDTH, heading: str | None = None
) -> Drawing:
    """Bevilget against tildelt per year; a year's allocation over its appropriation in the
    warning colour."""
    height = 150.0
    drawing = Drawing(width, height)
    heading = heading or f"Bevilget og tildelt per år {years_text(years)} (mill. kr)"
    title(drawing, heading, height - 10)
    chart = VerticalBarChart()
    chart.y = 18
    chart.height = height - 48
    chart.data = [[y.appropriation for y in years], [y.allocated for y in years]]
    chart.categoryAxis.categoryNames = [str(y.year) for y in years]
    chart.barSpacing = 2
    chart.groupSpacing = 14
    style_axis_labels(chart)
    chart.valueAxis.labelTextFormat = plan_millions
    ticks = _value_axis(chart, max(max(row) for row in chart.data))
    _fit_value_axis(chart, ticks, plan_millions)
    chart.width = min(width - chart.x - 150, 60.0 * len(years))
    for series, colour in enumerate((PLANNED, USED)):
        chart.bars[series].fillColor = colour
        chart.bars[series].strokeColor = None
    over = [i for i, y in enumerate(years) if y.allocated > y.appropriation]
    for i in over:
        chart.bars[(1, i)].fillColor = OVER
    drawing.add(chart)
    pairs = [(PLANNED, "Bevilget"), (USED, "Tildelt")]
    if over:
        pairs.append((OVER, "Tildelt over bevilgningen"))
    drawing.add(_legend(chart.x + chart.width + 20, chart.y + chart.height, pairs))
    return drawing


def fund_plan_caption(years: Sequence[YearAmounts]) -> str:
    """The chart in words, a sentence a year, as Oversikt says it to a screen reader:
    `2027: bevilget 5 000 000 kr, tildelt 5 400 000 kr, 400 000 kr mer enn bevilget.`"""
    sentences = []
    for y in years:
        text = (
            f"{y.year}: bevilget {format_kroner(y.appropriation)}, "
            f"tildelt {format_kroner(y.allocated)}"
        )
        if y.allocated > y.appropriation:
            text += f", {format_kroner(y.allocated - y.appropriation)} mer enn bevilget"
        sentences.append(text + ".")
    return " ".join(sentences)


def _deadlines(n: int) -> str:
    return count_noun(n, "frist", "frister")


def deadline_week_chart(
    weeks: DeadlineWeeks,
    width: float = CONTENT_WIDTH,
    overdue_bar: bool = True,
    heading: str = "Frister per uke",
) -> Drawing:
    """The deadlines per week (week numbers under the bars, the count above), the overdue
    ones first in a bar of their own in the warning colour."""
    height = 140.0
    drawing = Drawing(width, height)
    title(drawing, heading, height - 10)
    counts = [w.count for w in weeks.weeks]
    names = [str(w.week) for w in weeks.weeks]
    if overdue_bar:
        counts.insert(0, weeks.overdue)
        names.insert(0, "Forfalt")
    chart = VerticalBarChart()
    chart.y = 26
    chart.height = height - 56
    chart.data = [counts]
    chart.categoryAxis.categoryNames = names
    chart.groupSpacing = 6
    style_axis_labels(chart)

    def count_label(value: float) -> str:
        return format_count(int(value))

    chart.valueAxis.labelTextFormat = count_label
    maximum = max(counts, default=0)
    step = 1 if maximum <= 5 else max(1, int(axis_step(maximum) + 0.999))
    _fit_value_axis(chart, _value_axis(chart, maximum, step), count_label)
    # Wide enough for the widest figure above a bar and name under one, up to the page.
    bar_labels = [count_label(c) for c in counts if c]
    group = max(28.0, _widest(bar_labels) + 8, _widest(names) + 4)
    chart.width = min(width - chart.x - 10, group * len(counts))
    room = chart.width / max(len(counts), 1) - 2
    widest = _widest(bar_labels)
    chart.barLabelFormat = lambda v: count_label(v) if v else ""
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = (
        LABEL_SIZE if widest <= room else max(4.0, LABEL_SIZE * room / widest)
    )
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "s"
    chart.barLabels.dy = 2
    chart.bars[0].fillColor = USED
    chart.bars[0].strokeColor = None
    if overdue_bar:
        chart.bars[(0, 0)].fillColor = OVER
    drawing.add(chart)
    if overdue_bar:  # the overdue ones set apart from the weeks by a dashed line
        x = chart.x + chart.width / len(counts)
        drawing.add(Line(x, chart.y, x, chart.y + chart.height, strokeColor=MUTED, strokeWidth=0.5))
        drawing.contents[-1].strokeDashArray = [2, 2]
    drawing.add(
        String(
            chart.x + chart.width / 2,
            4,
            "Uke",
            fontName=FONT,
            fontSize=LABEL_SIZE,
            fillColor=MUTED,
            textAnchor="middle",
        )
    )
    return drawing


def deadline_weeks_caption(weeks: DeadlineWeeks) -> str:
    """The chart in words: the overdue ones, the weeks' total, and each week that has
    deadlines with its days (`uke 11 (10.03.2025–16.03.2025): 2 frister`)."""
    busy = [
        f"uke {w.week} ({format_date(w.first)}–{format_date(w.sunday)}): {_deadlines(w.count)}"
        for w in weeks.weeks
        if w.count
    ]
    text = f"Forfalt: {_deadlines(weeks.overdue)}." if weeks.overdue else "Ingen er forfalt."
    if not weeks.weeks:
        return text
    span = f"{format_date(weeks.today)}–{format_date(weeks.last_day)}"
    ahead = "Denne uken" if len(weeks.weeks) == 1 else f"De neste {len(weeks.weeks)} ukene"
    text += f" {ahead} ({span}): "
    if not busy:
        return text + "ingen."
    listing = "; ".join(busy)
    text += _deadlines(weeks.ahead) + ". " + listing[0].upper() + listing[1:]
    if len(busy) < len(weeks.weeks):
        text += "; ingen de andre ukene"
    return text + "."
