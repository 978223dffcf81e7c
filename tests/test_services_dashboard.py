"""Oversikt's figures from the service, without Qt: what is overdue (listed and counted),
what each deadline concerns, which evaluations are late, and the summary's counts in order."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.enums import AgreementStatus, DeadlineKind, ProjectForm
from kunnskapsapp.services import clock, crud, dashboard
from kunnskapsapp.services.records import Record

TODAY = date(2021, 12, 10)


@pytest.fixture(autouse=True)
def _today() -> Iterator[None]:
    clock.fix(TODAY)
    yield
    clock.fix(None)


def _deadline(db: Any, title: str, due: date, **extra: Any) -> Record:
    return crud.create(
        db, m.Deadline, {"title": title, "due_date": due, "kind": DeadlineKind.OTHER, **extra}
    )


def test_overdue_and_upcoming_with_what_they_concern(db: Any) -> None:
    project = crud.create(db, m.Project, {"title": "Skoleledelse", "form": ProjectForm.PHD})
    _deadline(db, "Sluttrapport", date(2021, 12, 3), project_id=project.id)
    _deadline(db, "Utført", date(2021, 11, 1), status="done", done_date=TODAY)
    _deadline(db, "Søknadsfrist", date(2021, 12, 25))
    _deadline(db, "Langt fram", date(2022, 3, 1))

    data = dashboard.load_dashboard(db, TODAY)

    assert [(r.title, r.concerns) for r in data.overdue] == [("Sluttrapport", "Skoleledelse")]
    assert data.overdue_total == 1 and not data.overdue_cut
    assert [(r.title, r.concerns) for r in data.upcoming] == [("Søknadsfrist", "")]
    assert [fy.year for fy in data.plan] == [2021, 2022, 2023, 2024]
    assert data.this_year is not None and data.this_year.year == 2021
    assert data.over_committed == []
    assert data.summary is not None and "projects_total" in data.summary


def test_only_the_most_urgent_overdue_are_listed(db: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dashboard, "MAX_OVERDUE_LISTED", 2)
    for day in (1, 2, 3):
        _deadline(db, f"Frist {day}", date(2021, 11, day))
    data = dashboard.load_dashboard(db, TODAY)
    assert [r.title for r in data.overdue] == ["Frist 1", "Frist 2"]
    assert data.overdue_total == 3 and data.overdue_cut


def test_an_evaluation_is_overdue_only_for_an_active_agreement() -> None:
    late = Record(status=AgreementStatus.ACTIVE, next_evaluation=date(2021, 12, 9))
    assert dashboard.evaluation_overdue(late, TODAY)
    assert not dashboard.evaluation_overdue(Record(late, next_evaluation=TODAY), TODAY)
    assert not dashboard.evaluation_overdue(Record(late, status=AgreementStatus.DRAFT), TODAY)
    assert not dashboard.evaluation_overdue(Record(late, next_evaluation=None), TODAY)


def test_counts_largest_first_then_in_norwegian_order() -> None:
    counts = {"Åsnes": 2, "UiO": 2, "Ørsta": 2, "NTNU": 6, "aker": 2, "Tom": 0}
    assert dashboard.largest_first(counts) == [
        ("NTNU", 6),
        ("aker", 2),
        ("UiO", 2),
        ("Ørsta", 2),
        ("Åsnes", 2),
    ]
    assert dashboard.largest_first({"phd": 1}, {"phd": "Ph.d.-prosjekt"}) == [("Ph.d.-prosjekt", 1)]


def test_dates_are_counted_per_week_from_today_with_the_overdue_apart() -> None:
    # TODAY is Friday 10.12.2021, in week 49; the 2nd of January 2022 ends week 52.
    dates = [
        date(2021, 11, 1),  # overdue
        date(2021, 12, 9),  # overdue: yesterday, though in this week
        date(2021, 12, 10),
        date(2021, 12, 12),  # Sunday: still this week
        date(2021, 12, 13),
        date(2022, 1, 2),
        date(2022, 1, 3),  # week 1 of 2022: after the four weeks counted
    ]
    counted = dashboard.count_by_week(dates, TODAY, 4)
    assert counted.overdue == 2
    assert [(w.year, w.week, w.count) for w in counted.weeks] == [
        (2021, 49, 2),
        (2021, 50, 1),
        (2021, 51, 0),
        (2021, 52, 1),
    ]
    assert counted.weeks[0].first == TODAY and counted.weeks[0].monday == date(2021, 12, 6)
    assert counted.weeks[1].first == date(2021, 12, 13)
    assert counted.weeks[-1].sunday == date(2022, 1, 2) == counted.last_day
    assert counted.ahead == 4


def test_the_deadline_chart_counts_the_open_deadlines(db: Any) -> None:
    _deadline(db, "Forfalt", date(2021, 12, 1))
    _deadline(db, "Utført", date(2021, 12, 1), status="done", done_date=TODAY)
    _deadline(db, "I dag", TODAY)
    _deadline(db, "Også utført", date(2021, 12, 14), status="done", done_date=TODAY)
    _deadline(db, "Neste uke", date(2021, 12, 15))
    _deadline(db, "Om ti uker", date(2022, 2, 14))  # the Monday after the ten weeks

    weeks = dashboard.load_dashboard(db, TODAY).weeks

    assert weeks is not None and weeks.overdue == 1
    assert len(weeks.weeks) == dashboard.CHART_WEEKS
    assert [w.count for w in weeks.weeks] == [1, 1, 0, 0, 0, 0, 0, 0, 0, 0]
    assert weeks.weeks[-1].sunday == date(2022, 2, 13)
