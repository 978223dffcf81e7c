"""The fund's rows as the services give them, without Qt: years with and without an
appropriation, the budget plan's empty years, what is free for an allocation, and the funding
lines' filter choices in Norwegian order."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.enums import FundingStatus, OrganisationKind, ProjectForm
from kunnskapsapp.services import clock, crud, fund
from kunnskapsapp.services.records import Record


@pytest.fixture(autouse=True)
def _today() -> Iterator[None]:
    clock.fix(date(2026, 3, 2))
    yield
    clock.fix(None)


@pytest.fixture
def project(db: Any) -> Record:
    return crud.create(
        db,
        m.Project,
        {"title": "Ph.d. om skoleledelse", "form": ProjectForm.PHD},
    )


def _allocate(db: Any, project: Record, year: int, amount: int, **extra: Any) -> Record:
    return crud.create(
        db,
        m.FundAllocation,
        {"project_id": project.id, "year": year, "amount": amount, **extra},
    )


def test_year_rows_cover_appropriations_allocations_and_the_plan(db: Any, project: Any) -> None:
    crud.create(db, m.FundAppropriation, {"year": 2026, "amount": 1_000_000, "notes": " Vedtatt "})
    _allocate(db, project, 2026, 400_000)
    _allocate(
        db, project, 2024, 50_000, override=True, override_reason="Vedtak"
    )  # a year with allocations but no appropriation

    rows = {r.year: r for r in fund.fund_year_rows(db)}

    assert sorted(rows) == [2024, 2026, 2027, 2028, 2029]
    this = rows[2026]
    assert (this.appropriation, this.allocated, this.left, this.allocations) == (
        1_000_000,
        400_000,
        600_000,
        1,
    )
    assert this.registered and this.this_year and this.in_plan
    assert this.notes == "Vedtatt"
    assert not this.id.startswith(fund.YEAR_ROW_PREFIX)
    old = rows[2024]
    assert old.id == f"{fund.YEAR_ROW_PREFIX}2024"
    assert not old.registered and not old.in_plan
    assert old.over_committed and old.left == -50_000
    assert rows[2029].id == f"{fund.YEAR_ROW_PREFIX}2029" and rows[2029].allocated == 0
    assert fund.year_of_row(this) == fund.year_status(db, 2026)


def test_a_new_year_follows_the_last_appropriation(db: Any) -> None:
    assert fund.next_new_year(fund.fund_year_rows(db)) == 2026  # none yet: this year
    crud.create(db, m.FundAppropriation, {"year": 2027, "amount": 10})
    assert fund.next_new_year(fund.fund_year_rows(db)) == 2028


def test_room_for_an_allocation_counts_its_own_amount_back(db: Any, project: Any) -> None:
    crud.create(db, m.FundAppropriation, {"year": 2026, "amount": 1_000_000})
    saved = _allocate(db, project, 2026, 700_000)

    assert fund.room_for_allocation(db, 2026).free == 300_000
    # Editing the saved allocation: its own 700 000 is free for it again.
    assert fund.room_for_allocation(db, 2026, saved.amount, saved.year).free == 1_000_000
    # Moving it to another year frees nothing there.
    room = fund.room_for_allocation(db, 2027, saved.amount, saved.year)
    assert (room.appropriation, room.free) == (0, 0)
    assert fund.allocation_year(db, saved.id) == 2026
    assert fund.allocation_year(db, "no-such-id") is None


def test_over_committed_years_are_named_in_order(db: Any, project: Any) -> None:
    crud.create(db, m.FundAppropriation, {"year": 2027, "amount": 100})
    _allocate(db, project, 2027, 300, override=True, override_reason="Vedtak i bystyret")
    _allocate(db, project, 2028, 50, override=True, override_reason="Vedtak")
    over = fund.over_committed(fund.budget_plan(db))
    assert [(fy.year, fy.left) for fy in over] == [(2027, -200), (2028, -50)]


def test_saving_through_the_service_names_the_rows(db: Any, project: Any) -> None:
    saved = fund.save_appropriation(db, {"year": 2026, "amount": 500}, None, None)
    assert saved.display_name == "Bevilgning til fondet 2026"
    again = fund.save_appropriation(db, {"amount": 900}, saved.id, saved.version)
    assert fund.appropriation(db, saved.id).amount == again.amount == 900
    allocation = fund.save_allocation(
        db, {"project_id": project.id, "year": 2026, "amount": 400}, None, None
    )
    assert [r.id for r in fund.allocations(db, 2026)] == [allocation.id]
    assert fund.allocations(db, 2026)[0].project_name == "Ph.d. om skoleledelse"


def test_funding_filter_choices_sort_funders_in_norwegian_order(db: Any, project: Any) -> None:
    for name, decided in (
        ("Åsnes kommune", date(2024, 5, 1)),
        ("Ørsta fond", None),
        ("aker stiftelse", date(2026, 1, 2)),
        ("Zeta AS", date(2024, 9, 9)),
        ("Ærø-fondet", None),
    ):
        funder = crud.create(db, m.Organisation, {"name": name, "kind": OrganisationKind.FUNDER})
        crud.create(
            db,
            m.FundingLine,
            {
                "project_id": project.id,
                "funder_id": funder.id,
                "status": FundingStatus.PLANNED,
                "decision_date": decided,
            },
        )
    rows = fund.funding_lines(db)
    assert len(rows) == 5
    choices = fund.funding_filter_choices(rows)
    assert choices.funders == [
        "aker stiftelse",
        "Zeta AS",
        "Ærø-fondet",
        "Ørsta fond",
        "Åsnes kommune",
    ]
    assert choices.years == [2026, 2024]
    assert fund.funding_line(db, rows[0].id).id == rows[0].id
