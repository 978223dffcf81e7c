"""Oversikt's charts: the fund's appropriation against its allocations over the budget plan's
years, and the open deadlines per week ahead with the overdue ones apart. The figures are the
services' (`DashboardData.plan`, `DashboardData.weeks`); each bar has its tooltip, and the
chart's description says the figures in words for a screen reader."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QWidget

from kunnskapsapp.services.dashboard import DeadlineWeeks, WeekCount
from kunnskapsapp.services.fund import FundYear
from kunnskapsapp.ui import i18n
from kunnskapsapp.ui.bar_chart import Bar, BarChart, BarGroup
from kunnskapsapp.ui.formatting import count_noun, format_date, format_kroner
from kunnskapsapp.ui.pages.dashboard.sections import Section


def millions(amount: float) -> str:
    """An axis label in millions: `2,5` (`2.5` in English), `0`."""
    text = f"{amount / 1_000_000:.2f}".rstrip("0").rstrip(".")
    return text if i18n.is_english() else text.replace(".", ",")


class ChartRow(QWidget):
    """The charts side by side, or one above the other where the column is too narrow for
    two (a small window, a large font or scale)."""

    def __init__(self, sections: list[Section], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardCharts")
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        for section in sections:
            self.box.addWidget(section, 1)

    def side_by_side(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.LeftToRight

    def resizeEvent(self, e: QResizeEvent) -> None:
        wide = self.width() >= 2 * 22 * self.fontMetrics().averageCharWidth() + 120
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.box.direction() != direction:
            self.box.setDirection(direction)
        super().resizeEvent(e)


class FundChartSection(Section):
    """Bevilget against tildelt for each year of the budget plan; a year over its
    appropriation has its allocation drawn in the warning colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("fund_chart", "", "", parent)
        self.heading_template = self.tr("Fondet i budsjettplanen")
        self.empty_text = self.tr("Ingen bevilgning eller tildeling i budsjettplanen.")
        self.set_heading(None)
        self.chart = BarChart("fundChart", self)
        self.layout_.addWidget(self.chart)
        self.chart.hide()

    def set_plan(self, plan: list[FundYear]) -> None:
        if not plan:
            return
        self.set_heading(f"{plan[0].year}–{plan[-1].year}")
        empty = not any(fy.appropriation or fy.allocated for fy in plan)
        self.show_empty(self.empty_text if empty else None)
        self.chart.setVisible(not empty)
        over = any(fy.over_committed for fy in plan)
        legend = [(self.tr("Bevilget"), "planned"), (self.tr("Tildelt"), "used")]
        if over:
            legend.append((self.tr("Tildelt over bevilgningen"), "warning"))
        self.chart.set_groups(
            [self._group(fy) for fy in plan],
            name=self.tr("Fondet: bevilget og tildelt per år %1–%2")
            .replace("%1", str(plan[0].year))
            .replace("%2", str(plan[-1].year)),
            description=" ".join(self._in_words(fy) for fy in plan),
            legend=legend,
            axis_caption=self.tr("mill. kr"),
            axis_label=millions,
        )

    def _group(self, fy: FundYear) -> BarGroup:
        year = str(fy.year)
        appropriation = Bar(
            fy.appropriation,
            self.tr("%1: bevilget %2")
            .replace("%1", year)
            .replace("%2", format_kroner(fy.appropriation)),
            "planned",
        )
        if fy.over_committed:
            tip = (
                self.tr("%1: tildelt %2, %3 mer enn bevilget")
                .replace("%1", year)
                .replace("%2", format_kroner(fy.allocated))
                .replace("%3", format_kroner(fy.allocated - fy.appropriation))
            )
        elif fy.appropriation:
            tip = (
                self.tr("%1: tildelt %2 (%3 % av bevilgningen), igjen %4")
                .replace("%1", year)
                .replace("%2", format_kroner(fy.allocated))
                .replace("%3", str(round(100 * fy.allocated / fy.appropriation)))
                .replace("%4", format_kroner(fy.left))
            )
        else:
            tip = (
                self.tr("%1: tildelt %2")
                .replace("%1", year)
                .replace("%2", format_kroner(fy.allocated))
            )
        allocated = Bar(fy.allocated, tip, "warning" if fy.over_committed else "used")
        return BarGroup(year, [appropriation, allocated], spoken=self._in_words(fy))

    def _in_words(self, fy: FundYear) -> str:
        text = (
            self.tr("%1: bevilget %2, tildelt %3.")
            .replace("%1", str(fy.year))
            .replace("%2", format_kroner(fy.appropriation))
            .replace("%3", format_kroner(fy.allocated))
        )
        if fy.over_committed:
            text += " " + self.tr("Tildelt %1 mer enn bevilget.").replace(
                "%1", format_kroner(fy.allocated - fy.appropriation)
            )
        return text


class DeadlineChartSection(Section):
    """The open deadlines: the overdue ones in one bar apart, then one bar per week (this
    week from today). Clicking a week's bar asks for Frister with that week's deadlines."""

    week_requested = Signal(object, object)  # the first and last day (date) of the week

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("deadline_chart", "", "", parent)
        self.heading_template = self.tr("Åpne frister per uke")
        self.empty_text = self.tr("Ingen åpne frister de neste ukene.")
        self.set_heading(None)
        self.chart = BarChart("deadlineChart", self)
        self.chart.clickable = True
        self.chart.group_clicked.connect(self._clicked)
        self.layout_.addWidget(self.chart)
        self.chart.hide()
        self.weeks: list[WeekCount] = []

    def set_weeks(self, weeks: DeadlineWeeks | None) -> None:
        if weeks is None or not weeks.weeks:
            return
        self.weeks = weeks.weeks
        self.set_heading(None)
        empty = not (weeks.overdue or weeks.ahead)
        self.show_empty(self.empty_text if empty else None)
        self.chart.setVisible(not empty)
        overdue = BarGroup(
            self.tr("Forfalt"),
            [
                Bar(
                    weeks.overdue,
                    self.tr("Forfalt: %1").replace("%1", self._deadlines(weeks.overdue)),
                    "warning",
                    label=str(weeks.overdue) if weeks.overdue else "",
                )
            ],
            apart=True,
        )
        groups = [overdue] + [
            BarGroup(
                str(w.week),
                [Bar(w.count, self._tooltip(w), "used", label=str(w.count) if w.count else "")],
            )
            for w in weeks.weeks
        ]
        in_words = ", ".join(
            self.tr("uke %1: %2").replace("%1", str(w.week)).replace("%2", str(w.count))
            for w in weeks.weeks
        )
        self.chart.set_groups(
            groups,
            name=self.tr("Åpne frister per uke de neste %1 ukene").replace(
                "%1", str(len(weeks.weeks))
            ),
            description=self.tr("Forfalt: %1. Per uke: %2.")
            .replace("%1", self._deadlines(weeks.overdue))
            .replace("%2", in_words)
            + " "
            + self.tr("Enter viser ukens frister under Frister."),
            axis_caption=self.tr("Antall"),
            group_caption=self.tr("Uke"),
            integer=True,
        )

    def _deadlines(self, n: int) -> str:
        return count_noun(n, self.tr("frist"), self.tr("frister"))

    def _tooltip(self, week: WeekCount) -> str:
        return (
            self.tr("Uke %1 (%2–%3): %4")
            .replace("%1", str(week.week))
            .replace("%2", format_date(week.first))
            .replace("%3", format_date(week.sunday))
            .replace("%4", self._deadlines(week.count))
        )

    def _clicked(self, group: int) -> None:
        if group > 0:  # the first bar is the overdue ones
            week = self.weeks[group - 1]
            self.week_requested.emit(week.first, week.sunday)
