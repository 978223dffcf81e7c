"""The dashboard's charts printed: FoU-fond draws the budget plan's appropriation against its
allocations, Fristliste the deadlines per week with the overdue ones apart; both from the
figures Oversikt shows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing

from kunnskapsapp.reports import charts, deadlines, fund
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
