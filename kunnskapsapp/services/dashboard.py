"""Oversikt's figures, as plain data fetched in one go (safe to run off the UI thread).

Overdue deadlines (the most urgent, and how many there are in all), the next 30 days,
agreements due for evaluation in the next 90 days, project agreements to fulfil after their
framework agreement was terminated, the budget plan's years and the portfolio summary.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from kunnskapsapp.domain.collation import norwegian_key
from kunnskapsapp.domain.enums import AgreementStatus
from kunnskapsapp.services import agreements, deadlines, fund, summary
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.fund import FundYear
from kunnskapsapp.services.records import Record

# The most urgent overdue deadlines listed; `overdue_total` counts them all.
MAX_OVERDUE_LISTED = 100
UPCOMING_DAYS = 30
EVALUATION_DAYS = 90


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
    return DashboardData(
        today=today,
        overdue=_with_concerns(deadlines.overdue(db, today, limit=MAX_OVERDUE_LISTED)),
        overdue_total=deadlines.count_open(db, end=today - timedelta(days=1)),
        upcoming=_with_concerns(deadlines.upcoming(db, today, UPCOMING_DAYS)),
        evaluations=agreements.due_for_evaluation(db, today, EVALUATION_DAYS),
        to_fulfil=agreements.to_fulfil_after_termination(db),
        plan=fund.budget_plan(db, today.year),
        summary=summary.portfolio_summary(db, today),
    )


def largest_first(
    counts: dict[Any, Any], labels: dict[str, str] | None = None
) -> list[tuple[str, int]]:
    """A summary's counts (`{"NTNU": 6, "UiO": 1}`) as (label, count), largest first, equal
    counts in Norwegian alphabetical order, zeros left out. `labels` names the keys (a
    project form's value by its Norwegian name); a key without a label shows as itself."""
    items = [((labels or {}).get(str(k), str(k)), int(v or 0)) for k, v in counts.items()]
    return sorted(((k, v) for k, v in items if v), key=lambda kv: (-kv[1], norwegian_key(kv[0])))
