"""The charts Oversikt shows, printed: the fund's appropriation against its allocations over
the budget plan's years (FoU-fond), and the deadlines per week with the overdue ones apart
(Fristliste). The same figures as the dashboard's: the years' amounts and
`services.dashboard.count_by_week`. Drawn with ReportLab's own graphics."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Protocol

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors

from kunnskapsapp.chart_colours import CHART_HEX
from kunnskapsapp.reports.base import CONTENT_WIDTH, FONT, INK, MUTED
from kunnskapsapp.reports.portfolio import _axis_step, _style_axis_labels, _title
from kunnskapsapp.services.dashboard import DeadlineWeeks

# The dashboard's colour roles, in the reports' colours: set aside, taken, over or overdue.
PLANNED = colors.HexColor(CHART_HEX["planned"])
USED = colors.HexColor(CHART_HEX["used"])
OVER = colors.HexColor(CHART_HEX["warning"])
# More weeks than this and the Fristliste has no chart (its table groups by week anyway).
MAX_CHART_WEEKS = 26


class YearAmounts(Protocol):
    """A year of the budget plan (`services.fund.FundYear`, `reporting.FundYearLine`)."""

    @property
    def year(self) -> int: ...

    @property
    def appropriation(self) -> int: ...

    @property
    def allocated(self) -> int: ...


def _one_decimal_millions(value: float) -> str:
    """`2,5`, `0`: the axis in millions of kroner."""
    return f"{value / 1_000_000:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def _value_axis(chart: VerticalBarChart, maximum: float, step: float | None = None) -> None:
    step = step or _axis_step(maximum)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = step * (int(maximum / step) + 1) if maximum else step
    chart.valueAxis.valueStep = step


def fund_plan_chart(years: Sequence[YearAmounts], width: float = CONTENT_WIDTH) -> Drawing:
    """Bevilget against tildelt per year; a year's allocation over its appropriation in the
    warning colour."""
    height = 150.0
    drawing = Drawing(width, height)
    first, last = years[0].year, years[-1].year
    _title(drawing, f"Bevilget og tildelt per år {first}–{last} (mill. kr)", height - 10)
    chart = VerticalBarChart()
    chart.x = 34
    chart.y = 18
    chart.width = min(width - chart.x - 150, 60.0 * len(years))
    chart.height = height - 48
    chart.data = [[y.appropriation for y in years], [y.allocated for y in years]]
    chart.categoryAxis.categoryNames = [str(y.year) for y in years]
    chart.barSpacing = 2
    chart.groupSpacing = 14
    _style_axis_labels(chart)
    chart.valueAxis.labelTextFormat = _one_decimal_millions
    _value_axis(chart, max(max(row) for row in chart.data))
    for series, colour in enumerate((PLANNED, USED)):
        chart.bars[series].fillColor = colour
        chart.bars[series].strokeColor = None
    over = [i for i, y in enumerate(years) if y.allocated > y.appropriation]
    for i in over:
        chart.bars[(1, i)].fillColor = OVER
    drawing.add(chart)
    legend = Legend()
    legend.x = chart.x + chart.width + 20
    legend.y = chart.y + chart.height
    legend.alignment = "right"
    legend.fontName = FONT
    legend.fontSize = 7
    legend.dx = 7
    legend.dy = 7
    legend.deltay = 11
    legend.colorNamePairs = [(PLANNED, "Bevilget"), (USED, "Tildelt")]
    if over:
        legend.colorNamePairs.append((OVER, "Tildelt over bevilgningen"))
    drawing.add(legend)
    return drawing


def deadline_week_chart(
    weeks: DeadlineWeeks, width: float = CONTENT_WIDTH, overdue_bar: bool = True
) -> Drawing:
    """The deadlines per week (week numbers under the bars, the count above), the overdue
    ones first in a bar of their own in the warning colour."""
    height = 140.0
    drawing = Drawing(width, height)
    _title(drawing, "Frister per uke", height - 10)
    counts = [w.count for w in weeks.weeks]
    names = [str(w.week) for w in weeks.weeks]
    if overdue_bar:
        counts.insert(0, weeks.overdue)
        names.insert(0, "Forfalt")
    chart = VerticalBarChart()
    chart.x = 28
    chart.y = 26
    chart.width = min(width - chart.x - 10, 28.0 * len(counts))
    chart.height = height - 56
    chart.data = [counts]
    chart.categoryAxis.categoryNames = names
    chart.groupSpacing = 6
    _style_axis_labels(chart)
    chart.valueAxis.labelTextFormat = "%d"
    maximum = max(counts, default=0)
    _value_axis(chart, maximum, 1 if maximum <= 5 else max(1, math.ceil(_axis_step(maximum))))
    chart.bars[0].fillColor = USED
    chart.bars[0].strokeColor = None
    if overdue_bar:
        chart.bars[(0, 0)].fillColor = OVER
    chart.barLabelFormat = lambda v: str(int(v)) if v else ""
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "s"
    chart.barLabels.dy = 2
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
            fontSize=7,
            fillColor=MUTED,
            textAnchor="middle",
        )
    )
    return drawing
