"""Oversikt's figures, as plain data fetched in one go (safe to run off the UI thread).

Overdue deadlines (the most urgent, and how many there are in all), the next 30 days,
agreements due for evaluation in the next 90 days, project agreements to fulfil after their
framework agreement was terminated, the budget plan's years, the open deadlines per week
ahead (for the chart) and the portfolio summary.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.collation import norwegian_key
from kunnskapsapp.domain.enums import AgreementStatus, DeadlineStatus
from kunnskapsapp.services import agreements, deadlines, fund, summary
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.fund import FundYear
from kunnskapsapp.services.records import Record

# The most urgent overdue deadlines listed; `overdue_total` counts them all.
MAX_OVERDUE_LISTED = 100
UPCOMING_DAYS = 30
EVALUATION_DAYS = 90
# The deadline chart's weeks: this week and the next ones.
CHART_WEEKS = 10


@dataclass(frozen=True)
class WeekCount:
    """How many deadlines fall in the ISO week that starts on `monday` (from `first` on)."""

    monday: date
    count: int
    first: date  # the week's first day counted: today in this week, else its Monday

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)

    @property
    def week(self) -> int:
        return self.monday.isocalendar()[1]

    @property
    def year(self) -> int:
        """The ISO year the week belongs to (week 1 may start in December)."""
        return self.monday.isocalendar()[0]


@dataclass(frozen=True)
class DeadlineWeeks:
    """Deadlines before `today` (overdue) and per week from today on, for a bar chart."""

    today: date
    overdue: int
    weeks: list[WeekCount]

    @property
    def ahead(self) -> int:
        """The deadlines in the weeks shown."""
        return sum(w.count for w in self.weeks)

    @property
    def last_day(self) -> date:
        return self.weeks[-1].sunday if self.weeks else self.today


def count_by_week(due_dates: Iterable[date], today: date, weeks: int) -> DeadlineWeeks:
    """Count dates per week: those before `today` as overdue, then one count for each of
    `weeks` ISO weeks from today's (its days from today on); later dates are left out."""
    monday = today - timedelta(days=today.weekday())
    last = monday + timedelta(days=7 * weeks - 1)
    per_week: Counter[int] = Counter()
    overdue = 0
    for due in due_dates:
        if due < today:
            overdue += 1
        elif due <= last:
            per_week[(due - monday).days // 7] += 1
    return DeadlineWeeks(
        today=today,
        overdue=overdue,
        weeks=[
            WeekCount(
                monday=monday + timedelta(days=7 * i),
                count=per_week[i],
                first=today if i == 0 else monday + timedelta(days=7 * i),
            )
            for i in range(weeks)
        ],
    )


def deadline_weeks(
    db: Database, today: date, weeks: int = CHART_WEEKS, overdue: int | None = None
) -> DeadlineWeeks:
    """The open deadlines: how many are overdue (`overdue` when the caller has counted them),
    and how many fall in each of the next `weeks` weeks (this week from today on)."""
    monday = today - timedelta(days=today.weekday())
    last = monday + timedelta(days=7 * weeks - 1)
    query = select(m.Deadline.due_date).where(
        m.Deadline.status == DeadlineStatus.OPEN,
        m.Deadline.due_date >= today,
        m.Deadline.due_date <= last,
    )
    with db.session() as s:
        ahead = list(s.scalars(query))
    counted = count_by_week(ahead, today, weeks)
    if overdue is None:
        overdue = deadlines.count_open(db, end=today - timedelta(days=1))
    return DeadlineWeeks(today=today, overdue=overdue, weeks=counted.weeks)


@dataclass
class DashboardData:
    """Everything the dashboard shows."""

    today: date
    overdue: list[Record] = field(default_factory=list)
    overdue_total: int = 0
    upcoming: list[Record] = field(default_factory=list)
    evaluations: list[Record] = field(default_factory=list)
    to_fulfil: list[Record] = field(default_factory=list)
    plan: list[FundYear] = field(default_factory=list)
    summary: dict[str, Any] | None = None
    weeks: DeadlineWeeks | None = None

    @property
    def overdue_cut(self) -> bool:
        """More deadlines are overdue than are listed."""
        return self.overdue_total > len(self.overdue)

    @property
    def this_year(self) -> FundYear | None:
        return self.plan[0] if self.plan else None

    @property
    def over_committed(self) -> list[FundYear]:
        return fund.over_committed(self.plan)


def concerns(record: Record) -> str:
    """What a deadline belongs to: its project, else its agreement, else its meeting."""
    return (
        record.get("project_name") or record.get("agreement_name") or record.get("meeting_name")
    ) or ""


def _with_concerns(records: list[Record]) -> list[Record]:
    for record in records:
        record["concerns"] = concerns(record)
    return records


def evaluation_overdue(record: Record, today: date) -> bool:
    """An active agreement whose next evaluation date has passed."""
    nxt = record.get("next_evaluation")
    return record.get("status") is AgreementStatus.ACTIVE and nxt is not None and nxt < today


def load_dashboard(db: Database, today: date) -> DashboardData:
    """The dashboard's figures on `today`."""
    overdue_total = deadlines.count_open(db, end=today - timedelta(days=1))
    return DashboardData(
        today=today,
        overdue=_with_concerns(deadlines.overdue(db, today, limit=MAX_OVERDUE_LISTED)),
        overdue_total=overdue_total,
        upcoming=_with_concerns(deadlines.upcoming(db, today, UPCOMING_DAYS)),
        evaluations=agreements.due_for_evaluation(db, today, EVALUATION_DAYS),
        to_fulfil=agreements.to_fulfil_after_termination(db),
        plan=fund.budget_plan(db, today.year),
        summary=summary.portfolio_summary(db, today),
        weeks=deadline_weeks(db, today, overdue=overdue_total),
    )


def largest_first(
    counts: dict[Any, Any], labels: dict[str, str] | None = None
) -> list[tuple[str, int]]:
    """A summary's counts (`{"NTNU": 6, "UiO": 1}`) as (label, count), largest first, equal
    counts in Norwegian alphabetical order, zeros left out. `labels` names the keys (a
    project form's value by its Norwegian name); a key without a label shows as itself."""
    items = [((labels or {}).get(str(k), str(k)), int(v or 0)) for k, v in counts.items()]
    return sorted(((k, v) for k, v in items if v), key=lambda kv: (-kv[1], norwegian_key(kv[0])))
