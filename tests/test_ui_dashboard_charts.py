"""Oversikt's charts: a bar per figure of the services, the tooltip a user sees on hovering a
bar, the figures in words for a screen reader, the warning colour for an over-committed year
and the overdue deadlines, and the empty texts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QToolTip, QWidget

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.enums import DeadlineKind
from kunnskapsapp.services import clock, crud, dashboard
from kunnskapsapp.services.demo import create_demo
from kunnskapsapp.ui import focus_ring, palette
from kunnskapsapp.ui.bar_chart import BarChart, chart_colour
from kunnskapsapp.ui.formatting import format_kroner
from kunnskapsapp.ui.main_window import MainWindow
from kunnskapsapp.ui.pages.dashboard import DashboardPage
from tests.ui_helpers import active_dashboard

TODAY = date(2021, 12, 10)  # a Friday in week 49
KR = "\u00a0kr"


@pytest.fixture(autouse=True)
def fixed_today() -> Iterator[date]:
    clock.fix(TODAY)
    yield TODAY
    clock.fix(None)


def make_page(qtbot: Any, db: Any) -> DashboardPage:
    page = DashboardPage(db, background=True)
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.ensure_loaded()
    return page


def chart(page: DashboardPage, name: str) -> BarChart:
    found = page.findChild(BarChart, name)
    assert found is not None, name
    return found


def hover(qtbot: Any, widget: BarChart, pos: QPoint) -> str:
    """What the tooltip says where the mouse rests (as Qt asks a widget when it does)."""
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, pos, widget.mapToGlobal(pos)))
    qtbot.waitUntil(QToolTip.isVisible, timeout=2_000)
    return QToolTip.text()


def test_the_demo_datas_figures_are_drawn_bar_by_bar(qtbot: Any, db: Any) -> None:
    create_demo(db, today=TODAY)
    page = make_page(qtbot, db)
    data = dashboard.load_dashboard(db, TODAY)
    assert data.weeks is not None

    fund = chart(page, "fundChart")
    assert fund.isVisible()
    assert [g.label for g in fund.groups] == [str(fy.year) for fy in data.plan]
    bars = fund.bars()
    assert len(bars) == 2 * len(data.plan) == 8
    assert [bar.value for _rect, bar, _g in bars] == [
        v for fy in data.plan for v in (fy.appropriation, fy.allocated)
    ]
    first = data.plan[0]
    rect, bar, _ = bars[0]
    assert hover(qtbot, fund, rect.center().toPoint()) == bar.tooltip
    assert bar.tooltip == f"2021: bevilget {first.appropriation:,}".replace(",", "\u00a0") + KR
    assert fund.accessibleName() == "Fondet: bevilget og tildelt per år 2021–2024"
    for fy in data.plan:
        assert f"{fy.year}: bevilget " in fund.accessibleDescription()
        assert f"{fy.allocated:,}".replace(",", "\u00a0") + KR in fund.accessibleDescription()

    weeks = chart(page, "deadlineChart")
    assert weeks.isVisible()
    bars = weeks.bars()
    assert len(bars) == 1 + dashboard.CHART_WEEKS
    assert [bar.value for _r, bar, _g in bars] == [
        data.weeks.overdue,
        *[w.count for w in data.weeks.weeks],
    ]
    assert [g.label for g in weeks.groups][:3] == ["Forfalt", "49", "50"]
    assert bars[0][1].colour == "warning" and {b.colour for _r, b, _g in bars[1:]} == {"used"}
    busiest = max(bars[1:], key=lambda b: b[1].value)
    week = data.weeks.weeks[busiest[2] - 1]
    assert week.count > 0
    assert hover(qtbot, weeks, busiest[0].center().toPoint()) == (
        f"Uke {week.week} ({week.first:%d.%m.%Y}–{week.sunday:%d.%m.%Y}): "
        f"{week.count} frist{'er' if week.count > 1 else ''}"
    )
    assert weeks.accessibleDescription().startswith(f"Forfalt: {data.weeks.overdue} frist")
    assert f"uke 49: {data.weeks.weeks[0].count}" in weeks.accessibleDescription()


def test_hovering_beside_the_bars_shows_no_tooltip(qtbot: Any, db: Any) -> None:
    create_demo(db, today=TODAY)
    page = make_page(qtbot, db)
    fund = chart(page, "fundChart")
    assert fund.bar_at(fund.rect().topLeft().toPointF()) is None
    assert fund.bar_at(fund.bars()[3][0].center()) is not None


def test_an_over_committed_year_and_overdue_deadlines_in_the_warning_colour(
    qtbot: Any, db: Any
) -> None:
    project = crud.create(db, m.Project, {"title": "Innovasjon i skolen"})
    crud.create(db, m.FundAppropriation, {"year": 2021, "amount": 1_000_000})
    crud.create(db, m.FundAllocation, {"project_id": project.id, "year": 2021, "amount": 400_000})
    crud.create(
        db,
        m.FundAllocation,
        {
            "project_id": project.id,
            "year": 2022,
            "amount": 250_000,
            "override": True,
            "override_reason": "Vedtatt av kommunedirektøren",
        },
    )
    for due in (date(2021, 12, 1), date(2021, 12, 10), date(2021, 12, 13), date(2021, 12, 14)):
        crud.create(db, m.Deadline, {"title": "Frist", "due_date": due, "kind": DeadlineKind.OTHER})
    page = make_page(qtbot, db)

    fund = chart(page, "fundChart")
    allocated = [bar for _r, bar, _g in fund.bars()][1::2]
    assert [b.colour for b in allocated] == ["used", "warning", "used", "used"]
    assert allocated[0].tooltip == (
        f"2021: tildelt 400\u00a0000{KR} (40 % av bevilgningen), igjen 600\u00a0000{KR}"
    )
    assert (
        allocated[1].tooltip == f"2022: tildelt 250\u00a0000{KR}, 250\u00a0000{KR} mer enn bevilget"
    )
    assert ("Tildelt over bevilgningen", "warning") in fund.legend
    assert "Tildelt 250\u00a0000\u00a0kr mer enn bevilget." in fund.accessibleDescription()
    assert chart_colour("warning", fund.palette()) != chart_colour("used", fund.palette())

    weeks = chart(page, "deadlineChart")
    assert [bar.value for _r, bar, _g in weeks.bars()][:4] == [1, 1, 2, 0]
    assert weeks.bars()[0][1].tooltip == "Forfalt: 1 frist"


def test_without_figures_the_charts_say_so(qtbot: Any, db: Any) -> None:
    page = make_page(qtbot, db)
    for name, empty in (
        ("fund_chart", "Ingen bevilgning eller tildeling i budsjettplanen."),
        ("deadline_chart", "Ingen åpne frister de neste ukene."),
    ):
        label = page.findChild(QLabel, f"empty_{name}")
        assert label is not None and label.isVisible() and label.text() == empty
    assert not chart(page, "fundChart").isVisible()
    assert not chart(page, "deadlineChart").isVisible()


def test_clicking_a_weeks_bar_shows_that_weeks_deadlines_on_frister(qtbot: Any, db: Any) -> None:
    create_demo(db, today=TODAY)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1400, 950)
    window.show()
    page = window.show_page("dashboard")
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    weeks = chart(page, "deadlineChart")
    page.findChild(QWidget, "dashboardScroll").ensureWidgetVisible(weeks)
    rect, bar, group = max(weeks.bars()[1:], key=lambda b: b[1].value)
    assert bar.value > 0

    qtbot.mouseClick(weeks, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())

    deadlines = window.current_page()
    assert deadlines is not None and deadlines.page_id == "deadlines"
    week = page.data.weeks.weeks[group - 1]
    assert deadlines.proxy.rowCount() == bar.value
    label = deadlines.findChild(QLabel, "deadlinesDayFilter")
    assert label.text() == (
        f"Viser fristene i uke {week.week}, {week.first:%d.%m.%Y}–{week.sunday:%d.%m.%Y}."
    )
    qtbot.mouseClick(deadlines.clear_day_button, Qt.MouseButton.LeftButton)
    assert deadlines.proxy.rowCount() > bar.value

    # The overdue bar is no week: a click there leaves the dashboard where it is.
    window.show_page("dashboard")
    overdue = weeks.bars()[0][0]
    qtbot.mouseClick(weeks, Qt.MouseButton.LeftButton, pos=overdue.center().toPoint())
    assert window.current_page() is page


def test_the_charts_stand_one_above_the_other_in_a_narrow_window(qtbot: Any, db: Any) -> None:
    create_demo(db, today=TODAY)
    page = make_page(qtbot, db)
    assert page.charts.side_by_side()
    page.resize(760, 900)
    qtbot.waitUntil(lambda: not page.charts.side_by_side())
    fund, weeks = chart(page, "fundChart"), chart(page, "deadlineChart")
    assert (
        weeks.mapTo(page, weeks.rect().bottomLeft()).y()
        < fund.mapTo(page, fund.rect().topLeft()).y()
    )
    page.resize(1300, 900)
    qtbot.waitUntil(page.charts.side_by_side)


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


@pytest.mark.parametrize("window", ["#efefef", "#ffffff", "#2b2b2b", "#1e1e1e"])
def test_every_bar_colour_stands_out_from_the_window_by_3_to_1(window: str) -> None:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    for role in ("planned", "used", "warning"):
        bar = chart_colour(role, palette).name()
        lighter, darker = sorted((_luminance(bar), _luminance(window)), reverse=True)
        assert (lighter + 0.05) / (darker + 0.05) >= 3.0, (role, bar, window)


def tab_to(qtbot: Any, window: QWidget, widget: QWidget, most: int = 60) -> None:
    """Press Tab until `widget` has the keyboard focus, as a user without a mouse would."""
    for _ in range(most):
        if widget.hasFocus():
            return
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    assert widget.hasFocus(), f"Tab never reached {widget.objectName()}"


def key(qtbot: Any, which: Qt.Key) -> None:
    qtbot.keyClick(QApplication.focusWidget(), which)


def _pixel_above(container: QWidget, control: QWidget) -> str:
    image = container.grab().toImage()
    ratio = image.devicePixelRatio()
    top = control.mapTo(container, control.rect().topLeft())
    x, y = top.x() + control.width() // 2, top.y() - 1
    return image.pixelColor(round(x * ratio), round(y * ratio)).name()


def test_the_charts_are_read_bar_by_bar_with_the_arrow_keys(
    qtbot: Any, db: Any, qapp: QApplication
) -> None:
    focus_ring.install(qapp)
    create_demo(db, today=TODAY)
    window, page = active_dashboard(qtbot, db)
    weeks, fund = chart(page, "deadlineChart"), chart(page, "fundChart")
    data = page.data
    title = weeks.accessibleName()

    tab_to(qtbot, window, weeks)
    assert weeks.accessibleName() == title  # nothing highlighted until an arrow is pressed
    assert "piltast" in weeks.accessibleDescription()
    section = weeks.parentWidget()
    ring = palette.FOCUS_RING.get(weeks.palette()).name()
    qtbot.waitUntil(lambda: _pixel_above(section, weeks) == ring)

    key(qtbot, Qt.Key.Key_Right)
    assert weeks.accessibleName() == f"Forfalt: {data.weeks.overdue} frist" + (
        "er" if data.weeks.overdue != 1 else ""
    )
    assert title in weeks.accessibleDescription()
    key(qtbot, Qt.Key.Key_Right)
    first = data.weeks.weeks[0]
    assert weeks.accessibleName() == (
        f"Uke {first.week} ({first.first:%d.%m.%Y}–{first.sunday:%d.%m.%Y}): "
        f"{first.count} frist{'' if first.count == 1 else 'er'}"
    )
    key(qtbot, Qt.Key.Key_End)
    last = data.weeks.weeks[-1]
    assert weeks.accessibleName().startswith(f"Uke {last.week} (")
    key(qtbot, Qt.Key.Key_Right)  # the last stays the last
    assert weeks.accessibleName().startswith(f"Uke {last.week} (")
    key(qtbot, Qt.Key.Key_Home)
    assert weeks.accessibleName().startswith("Forfalt: ")
    key(qtbot, Qt.Key.Key_Left)
    assert weeks.accessibleName().startswith("Forfalt: ")

    tab_to(qtbot, window, fund)
    assert weeks.accessibleName() == title  # leaving the chart leaves no highlight behind
    key(qtbot, Qt.Key.Key_Left)  # Left from nothing: the last year
    year = data.plan[-1]
    assert fund.accessibleName() == (
        f"{year.year}: bevilget {format_kroner(year.appropriation)}, "
        f"tildelt {format_kroner(year.allocated)}."
    )
    key(qtbot, Qt.Key.Key_Home)
    assert fund.accessibleName().startswith(f"{data.plan[0].year}: bevilget ")


def test_enter_on_a_weeks_bar_shows_that_weeks_deadlines(
    qtbot: Any, db: Any, qapp: QApplication
) -> None:
    create_demo(db, today=TODAY)
    window, page = active_dashboard(qtbot, db)
    weeks = chart(page, "deadlineChart")
    tab_to(qtbot, window, weeks)
    key(qtbot, Qt.Key.Key_Return)  # nothing highlighted: Enter does nothing
    assert window.current_page() is page
    key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_Return)  # the overdue ones are no week
    assert window.current_page() is page
    key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_Return)
    deadlines = window.current_page()
    assert deadlines is not None and deadlines.page_id == "deadlines"
    week = page.data.weeks.weeks[0]
    assert deadlines.proxy.rowCount() == week.count
