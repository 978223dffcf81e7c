"""The dashboard's charts printed: FoU-fond draws the budget plan's appropriation against its
allocations, Fristliste the deadlines per week with the overdue ones apart, and
Porteføljeoversikt both, with their figures in words; all from the figures Oversikt shows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing

from kunnskapsapp.reports import charts, deadlines, fund, portfolio
from kunnskapsapp.services import clock, dashboard, reporting
from kunnskapsapp.services import fund as fund_service
from tests import report_fixtures as fx
from tests.test_reports import all_text

pytestmark = pytest.mark.db


@pytest.fixture(autouse=True)
def _fixed_today() -> Iterator[None]:
    clock.fix(fx.TODAY)
    yield
    clock.fix(None)


def bar_chart(drawing: Drawing) -> VerticalBarChart:
    found = [c for c in drawing.contents if isinstance(c, VerticalBarChart)]
    assert len(found) == 1
    return found[0]


def test_the_fund_report_draws_the_dashboards_budget_plan(db: Any) -> None:
    fx.build(db)
    text = all_text(fund.render(db).data)
    assert "Bevilget og tildelt per år 2025–2028 (mill. kr)" in text
    assert "Tildelt over bevilgningen" in text  # 2025 and 2026 are over-committed

    plan = fund_service.budget_plan(db, fx.TODAY.year)  # what Oversikt draws
    facts = reporting.fund_facts(db)
    chart = bar_chart(charts.fund_plan_chart(facts.plan))
    assert chart.categoryAxis.categoryNames == [str(fy.year) for fy in plan]
    assert chart.data == [
        [fy.appropriation for fy in plan],
        [fy.allocated for fy in plan],
    ]
    over = [i for i, fy in enumerate(plan) if fy.over_committed]
    assert over and all(chart.bars[(1, i)].fillColor == charts.OVER for i in over)


def test_an_empty_fund_has_no_chart(db: Any) -> None:
    text = all_text(fund.render(db).data)
    assert "Bevilget og tildelt per år" not in text


def test_the_deadline_list_counts_per_week_as_the_dashboard(db: Any) -> None:
    fx.build(db)
    text = all_text(deadlines.render(db).data)
    assert "Frister per uke" in text and "Forfalt" in text

    facts = reporting.deadline_list_facts(db, reporting.DeadlineFilter())
    weeks = deadlines.chart_weeks(facts)
    assert weeks is not None
    assert weeks.weeks[0].week == fx.TODAY.isocalendar()[1]
    assert weeks.last_day >= facts.end
    shown = dashboard.deadline_weeks(db, fx.TODAY, len(weeks.weeks))
    assert (weeks.overdue, [w.count for w in weeks.weeks]) == (
        shown.overdue,
        [w.count for w in shown.weeks],
    )
    assert weeks.overdue + weeks.ahead == len(facts.overdue) + len(facts.lines)
    chart = bar_chart(charts.deadline_week_chart(weeks))
    assert chart.data == [[weeks.overdue, *[w.count for w in weeks.weeks]]]
    assert chart.categoryAxis.categoryNames[:2] == ["Forfalt", str(weeks.weeks[0].week)]
    assert chart.bars[(0, 0)].fillColor == charts.OVER


def test_a_deadline_list_by_month_or_over_a_year_has_no_week_chart(db: Any) -> None:
    fx.build(db)
    by_month = reporting.DeadlineFilter(group_by="month")
    a_year = reporting.DeadlineFilter(start=date(2025, 1, 1), end=date(2025, 12, 31))
    for options in (by_month, a_year):
        assert deadlines.chart_weeks(reporting.deadline_list_facts(db, options)) is None
        assert "Frister per uke" not in all_text(deadlines.render(db, options).data)


# --- Porteføljeoversikt: Oversikt's two charts ----------------------------------------------


def test_the_portfolio_prints_the_dashboards_two_charts_from_its_figures(db: Any) -> None:
    fx.build(db)
    shown = dashboard.load_dashboard(db, fx.TODAY)  # what Oversikt draws
    facts = reporting.portfolio_facts(db, fx.TODAY)
    assert facts.plan == shown.plan
    assert facts.weeks == shown.weeks
    assert shown.weeks is not None and shown.weeks.overdue and shown.weeks.ahead

    text = all_text(portfolio.render(db, portfolio.PortfolioOptions(on=fx.TODAY)).data)
    assert "Fondet og fristene" in text
    assert "Fondet i budsjettplanen 2025–2028 (mill. kr)" in text
    assert "Tildelt over bevilgningen" in text  # 2025 and 2026 are over-committed
    # The figures in words beside the picture, in kroner and with the weeks' days.
    assert "2025: bevilget 2 000 000 kr, tildelt 2 250 000 kr, 250 000 kr mer enn bevilget." in (
        text
    )
    assert "Åpne frister per uke fra 10.03.2025" in text
    assert f"Forfalt: {shown.weeks.overdue} frister." in text
    assert "Uke 13 (24.03.2025–30.03.2025): 1 frist; uke 20 (12.05.2025–18.05.2025)" in text
    assert "Fristene er talt slik de står i dag" not in text

    fund_chart = bar_chart(charts.fund_plan_chart(facts.plan))
    assert fund_chart.categoryAxis.categoryNames == ["2025", "2026", "2027", "2028"]
    assert fund_chart.data == [
        [fy.appropriation for fy in shown.plan],
        [fy.allocated for fy in shown.plan],
    ]
    assert [fund_chart.bars[(1, i)].fillColor for i in range(4)] == [
        charts.OVER,
        charts.OVER,
        charts.USED,
        charts.USED,
    ]
    week_chart = bar_chart(charts.deadline_week_chart(facts.weeks))
    assert len(week_chart.data[0]) == 1 + dashboard.CHART_WEEKS  # the overdue bar, then weeks
    assert week_chart.data == [[shown.weeks.overdue, *[w.count for w in shown.weeks.weeks]]]
    assert week_chart.categoryAxis.categoryNames == [
        "Forfalt",
        *[str(w.week) for w in shown.weeks.weeks],
    ]


def test_the_portfolio_on_an_earlier_date_counts_the_deadlines_from_today(db: Any) -> None:
    fx.build(db)
    text = all_text(portfolio.render(db, portfolio.PortfolioOptions(on=date(2024, 1, 1))).data)
    assert "Fondet i budsjettplanen 2024–2027 (mill. kr)" in text
    assert "Åpne frister per uke fra 10.03.2025" in text
    assert "Fristene er talt slik de står i dag." in text


def test_an_empty_portfolio_says_there_is_no_fund_and_no_deadlines(db: Any) -> None:
    text = all_text(portfolio.render(db).data)
    assert "Ingen bevilgning eller tildeling i budsjettplanen 2025–2028." in text
    assert "Ingen åpne frister: ingen er forfalt, og ingen faller de neste 10 ukene" in text
    assert "Åpne frister per uke" not in text and "(mill. kr)" not in text


def weeks_of(overdue: int, counts: list[int]) -> dashboard.DeadlineWeeks:
    return dashboard.count_by_week(
        [fx.TODAY - timedelta(days=1)] * overdue
        + [fx.TODAY + timedelta(weeks=i) for i, n in enumerate(counts) for _ in range(n)],
        fx.TODAY,
        len(counts),
    )


def test_the_week_chart_in_words_counts_in_singular_and_plural() -> None:
    assert charts.deadline_weeks_caption(weeks_of(0, [0, 1, 0])) == (
        "Ingen er forfalt. De neste 3 ukene (10.03.2025–30.03.2025): 1 frist. "
        "Uke 12 (17.03.2025–23.03.2025): 1 frist; ingen de andre ukene."
    )
    assert charts.deadline_weeks_caption(weeks_of(1, [0, 0])) == (
        "Forfalt: 1 frist. De neste 2 ukene (10.03.2025–23.03.2025): ingen."
    )


def test_a_deadline_in_each_week_ahead_only_and_a_single_year_chart(db: Any) -> None:
    only_ahead = weeks_of(0, [2, 0, 5])
    chart = bar_chart(charts.deadline_week_chart(only_ahead))
    assert chart.data == [[0, 2, 0, 5]]
    one_year = [fund_service.FundYear(year=2025, appropriation=0, allocated=250_000, allocations=1)]
    drawing = charts.fund_plan_chart(one_year, heading=None)
    assert bar_chart(drawing).categoryAxis.categoryNames == ["2025"]
    assert any(
        getattr(item, "text", "") == "Bevilget og tildelt per år 2025 (mill. kr)"
        for item in drawing.contents
    )


@pytest.mark.parametrize(
    "drawing",
    [
        charts.fund_plan_chart(
            [
                fund_service.FundYear(2025, 12_345_678_900_000, 13_000_000_000_000, 3),
                fund_service.FundYear(2026, 9_000_000_000_000, 1, 1),
            ]
        ),
        charts.deadline_week_chart(weeks_of(123_456_789, [1])),
        charts.source_chart([("Forskningsrådet", 987_654_321_000_000), ("NTNU", 1)]),
        charts.year_chart({2025: {"Forskningsrådet": 987_654_321_000_000}}),
    ],
    ids=["fund plan", "weeks", "sources", "years"],
)
def test_large_figures_stay_inside_the_chart(drawing: Drawing) -> None:
    """The axis makes room for its widest label: nothing is drawn left of the page's margin
    or past the drawing's right edge, where the PDF would cut it."""
    left, bottom, right, top = drawing.getBounds()
    assert left >= 0 and bottom >= 0
    assert right <= drawing.width and top <= drawing.height


def test_many_deadlines_a_week_keep_their_figures_apart() -> None:
    weeks = dashboard.DeadlineWeeks(
        today=fx.TODAY,
        overdue=1_234_567,
        weeks=[
            dashboard.WeekCount(w.monday, 98_765 + i, w.first)
            for i, w in enumerate(weeks_of(0, [0] * 10).weeks)
        ],
    )
    drawing = charts.deadline_week_chart(weeks)
    chart = bar_chart(drawing)
    group = chart.width / len(chart.data[0])
    widest = max(
        charts.text_width(f"{n:,}".replace(",", "\u00a0"), chart.barLabels.fontSize)
        for n in chart.data[0]
    )
    assert widest < group - 2  # the figures above neighbouring bars do not run together
    left, _bottom, right, _top = drawing.getBounds()
    assert left >= 0 and right <= drawing.width
