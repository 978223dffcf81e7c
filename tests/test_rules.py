"""Every rule users rely on: its Norwegian message, the field it names, and a database that is
exactly as it was after a refused change. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import pytest

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.enums import (
    AgreementKind,
    AgreementStatus,
    DeadlineStatus,
    OutcomeKind,
    ProjectForm,
    Recurrence,
)
from kunnskapsapp.domain.errors import (
    DependencyError,
    DomainError,
    StaleVersionError,
    ValidationError,
)
from kunnskapsapp.domain.reference import SCHEME_OFFPHD
from kunnskapsapp.services import agreements, clock, crud, deadlines, funding, meetings
from kunnskapsapp.services.database import Database
from tests.helpers import snapshot

pytestmark = pytest.mark.db


def refused(
    db: Database, action: Callable[[], Any], field: str | None, message: str
) -> DomainError:
    """Run `action`, expect a domain error naming `field` with `message`, and no change."""
    before = snapshot(db)
    with pytest.raises(DomainError) as caught:
        action()
    error = caught.value
    assert message in error.message
    if field is not None:
        assert isinstance(error, ValidationError)
        assert error.field == field
    assert snapshot(db) == before
    return error


@pytest.fixture(autouse=True)
def _fixed_today() -> Any:
    clock.fix(date(2026, 11, 26))
    yield
    clock.fix(None)


def framework(db: Database, **extra: Any) -> Any:
    values = {
        "title": "Samarbeidsavtale med NTNU",
        "kind": AgreementKind.FRAMEWORK,
        "start_date": date(2019, 3, 1),
        "evaluation_interval_months": 24,
        "notice_period_months": 3,
        **extra,
    }
    return crud.create(db, m.Agreement, values)


def project(db: Database, **extra: Any) -> Any:
    values = {
        "title": "Digital hjemmeoppfølging",
        "form": ProjectForm.PHD,
        "start_date": date(2024, 1, 1),
        "end_date": date(2027, 12, 31),
        **extra,
    }
    return crud.create(db, m.Project, values)


# --- Dates and evaluations ------------------------------------------------------------------


def test_end_before_start_is_refused(db: Database) -> None:
    refused(
        db,
        lambda: project(db, start_date=date(2025, 1, 1), end_date=date(2024, 12, 31)),
        "end_date",
        "kan ikke være før startdato",
    )


def test_open_ended_agreement_needs_an_evaluation_interval(db: Database) -> None:
    refused(
        db,
        lambda: framework(db, evaluation_interval_months=None),
        "evaluation_interval_months",
        "En avtale uten sluttdato må ha et evalueringsintervall",
    )


def test_next_evaluation_is_start_plus_interval_and_moves_when_recorded(db: Database) -> None:
    agreement = framework(db)
    assert agreement.next_evaluation == date(2021, 3, 1)
    after = agreements.record_evaluation(db, agreement.id, date(2025, 6, 15), "God framdrift")
    assert after.last_evaluation == date(2025, 6, 15)
    assert after.next_evaluation == date(2027, 6, 15)


def test_evaluation_before_the_agreement_started_is_refused(db: Database) -> None:
    agreement = framework(db)
    refused(
        db,
        lambda: agreements.record_evaluation(db, agreement.id, date(2018, 1, 1)),
        "evaluated_on",
        "før avtalen startet",
    )


# --- Framework and project agreements -------------------------------------------------------


def test_project_agreement_parent_must_be_a_framework_agreement(db: Database) -> None:
    membership = framework(db, title="SmartCity Bærum", kind=AgreementKind.MEMBERSHIP)
    refused(
        db,
        lambda: crud.create(
            db,
            m.Agreement,
            {
                "title": "Prosjektavtale",
                "kind": AgreementKind.PROJECT,
                "parent_id": membership.id,
                "end_date": date(2027, 1, 1),
            },
        ),
        "parent_id",
        "er ikke en samarbeidsavtale",
    )


def test_terminating_a_framework_returns_project_agreements_to_fulfil(db: Database) -> None:
    parent = framework(db)
    keep = crud.create(
        db,
        m.Agreement,
        {
            "title": "Prosjektavtale ph.d. Hansen",
            "kind": AgreementKind.PROJECT,
            "parent_id": parent.id,
            "start_date": date(2022, 1, 1),
            "end_date": date(2026, 12, 31),
        },
    )
    ends = crud.create(
        db,
        m.Agreement,
        {
            "title": "Intensjonsavtale, uten egen forpliktelse",
            "kind": AgreementKind.PROJECT,
            "parent_id": parent.id,
            "end_date": date(2027, 6, 30),
            "fulfil_after_parent_terminated": False,
        },
    )
    result = agreements.terminate(
        db, parent.id, requested=date(2026, 11, 1), reason="Omprioritering"
    )
    assert result.agreement.status is AgreementStatus.TERMINATED
    assert result.agreement.termination_effective == date(2027, 2, 1)  # 3 months' notice
    assert [r.id for r in result.to_fulfil] == [keep.id]
    assert [r.id for r in result.ended] == [ends.id]
    assert crud.get(db, m.Agreement, keep.id).status is AgreementStatus.ACTIVE
    assert [r.id for r in agreements.to_fulfil_after_termination(db)] == [keep.id]


def test_a_project_agreement_defaults_to_being_fulfilled(db: Database) -> None:
    record = crud.create(
        db, m.Agreement, {"title": "P", "kind": AgreementKind.PROJECT, "end_date": date(2027, 1, 1)}
    )
    assert record.fulfil_after_parent_terminated is True


def test_terminating_twice_is_refused(db: Database) -> None:
    parent = framework(db)
    agreements.terminate(db, parent.id, requested=date(2026, 1, 1))
    refused(
        db,
        lambda: agreements.terminate(db, parent.id, requested=date(2026, 2, 1)),
        "status",
        "er allerede sagt opp",
    )


# --- Funding and the fund -------------------------------------------------------------------


def test_support_rate_warns_above_the_schemes_maximum(db: Database) -> None:
    p = project(db)
    line = crud.create(
        db,
        m.FundingLine,
        {
            "project_id": p.id,
            "scheme_id": SCHEME_OFFPHD,
            "status": "granted",
            "granted_amount": 2_400_000,
            "total_cost": 4_000_000,
            "own_cash": 1_000_000,
            "own_in_kind": 600_000,
        },
    )
    assert line.support_rate == pytest.approx(0.6)
    assert line.own_contribution == 1_600_000
    assert "over maksimum for OFFPHD (50 %)" in line.support_warning
    # Down to the maximum, with the parts still adding up to the total: no warning.
    ok = crud.update(
        db,
        m.FundingLine,
        line.id,
        {"granted_amount": 2_000_000, "own_cash": 1_400_000},
        line.version,
    )
    assert ok.support_warning == ""


def test_granted_above_total_cost_is_refused(db: Database) -> None:
    p = project(db)
    refused(
        db,
        lambda: crud.create(
            db,
            m.FundingLine,
            {"project_id": p.id, "scheme_id": SCHEME_OFFPHD, "granted_amount": 5, "total_cost": 4},
        ),
        "granted_amount",
        "kan ikke være større enn totalkostnaden",
    )


def test_fund_allocations_may_not_exceed_the_appropriation(db: Database) -> None:
    p = project(db)
    crud.create(db, m.FundAppropriation, {"year": 2026, "amount": 1_000_000})
    crud.create(db, m.FundAllocation, {"project_id": p.id, "year": 2026, "amount": 700_000})
    error = refused(
        db,
        lambda: crud.create(
            db, m.FundAllocation, {"project_id": p.id, "year": 2026, "amount": 400_000}
        ),
        "amount",
        "Tildelingene for 2026 blir 1\u00a0100\u00a0000\u00a0kr",
    )
    assert "ledig: 300\u00a0000\u00a0kr" in error.message


def test_an_override_needs_a_reason_and_is_logged(db: Database) -> None:
    p = project(db)
    crud.create(db, m.FundAppropriation, {"year": 2026, "amount": 100})
    refused(
        db,
        lambda: crud.create(
            db,
            m.FundAllocation,
            {"project_id": p.id, "year": 2026, "amount": 200, "override": True},
        ),
        "override_reason",
        "Skriv en begrunnelse",
    )
    allocation = crud.create(
        db,
        m.FundAllocation,
        {
            "project_id": p.id,
            "year": 2026,
            "amount": 200,
            "override": True,
            "override_reason": "Vedtatt i kommunalsjefens ledermøte",
        },
    )
    from kunnskapsapp.services.history import history

    log = history(db, m.FundAllocation, allocation.id)
    assert log[0].action.value == "create"
    assert log[0].user == "testbruker"


def test_deadlines_generated_from_the_offphd_templates(db: Database) -> None:
    p = project(db, start_date=date(2024, 8, 1), end_date=date(2027, 7, 31))
    proposals = funding.propose_deadlines(db, p.id, SCHEME_OFFPHD)
    meetings_ = [d for d in proposals if d["kind"].value == "collaboration_meeting"]
    finals = [d for d in proposals if d["kind"].value == "final_report"]
    # a collaboration meeting every semester through the project period
    assert meetings_[0]["due_date"] == date(2024, 11, 1)
    assert meetings_[1]["due_date"] == date(2025, 5, 1)
    assert len(meetings_) == 6
    # final report one month after the end
    assert [d["due_date"] for d in finals] == [date(2027, 8, 31)]
    line = funding.save_funding(
        db,
        {"project_id": p.id, "scheme_id": SCHEME_OFFPHD, "status": "granted"},
        deadlines=proposals,
    )
    saved = deadlines.list_deadlines(db, project_id=p.id)
    assert len(saved) == len(proposals)
    assert all(d.funding_line_id == line.id for d in saved)


# --- Deadlines ------------------------------------------------------------------------------


def test_overdue_recurring_and_holiday_flags(db: Database) -> None:
    late = crud.create(db, m.Deadline, {"title": "Regnskap", "due_date": date(2026, 11, 20)})
    assert late.overdue is True
    christmas = crud.create(db, m.Deadline, {"title": "Rapport", "due_date": date(2026, 12, 25)})
    assert christmas.non_working == "Første juledag"
    saturday = crud.create(db, m.Deadline, {"title": "Lørdag", "due_date": date(2026, 11, 28)})
    assert saturday.non_working == "Lørdag"
    yearly = crud.create(
        db,
        m.Deadline,
        {"title": "Årsrapport", "due_date": date(2026, 3, 1), "recurrence": Recurrence.YEARLY},
    )
    nxt = deadlines.mark_done(db, yearly.id, date(2026, 2, 20), yearly.version)
    assert nxt is not None and nxt.due_date == date(2027, 3, 1)
    done = crud.get(db, m.Deadline, yearly.id)
    assert done.status is DeadlineStatus.DONE and done.overdue is False


def test_done_date_without_done_status_is_refused(db: Database) -> None:
    refused(
        db,
        lambda: crud.create(
            db,
            m.Deadline,
            {"title": "X", "due_date": date(2026, 1, 1), "done_date": date(2026, 1, 2)},
        ),
        "done_date",
        "bare fylles ut når fristen er markert som utført",
    )


# --- Meetings -------------------------------------------------------------------------------


def test_agenda_longer_than_the_meeting_warns_and_actions_become_deadlines(db: Database) -> None:
    meeting = crud.create(
        db,
        m.Meeting,
        {
            "title": "Kontaktgruppemøte",
            "starts_at": datetime(2026, 12, 3, 9, 0),
            "duration_minutes": 60,
        },
    )
    first = meetings.add_agenda_item(db, meeting.id, {"title": "Status", "duration_minutes": 40})
    second = meetings.add_agenda_item(
        db, meeting.id, {"title": "Nye prosjekter", "duration_minutes": 30}
    )
    assert crud.get(db, m.Meeting, meeting.id).agenda_warning.startswith(
        "Sakslisten er beregnet til 70 minutter, men møtet varer 60 minutter."
    )
    reordered = meetings.move_agenda_item(db, second.id, 0)
    assert [(r.title, r.position) for r in reordered] == [("Status", 2), ("Nye prosjekter", 1)][
        ::-1
    ]
    refused(
        db,
        lambda: meetings.save_outcome(
            db, {"agenda_item_id": first.id, "kind": OutcomeKind.ACTION, "text": "Lag notat"}
        ),
        "due_date",
        "må ha en frist",
    )
    refused(
        db,
        lambda: meetings.save_outcome(
            db,
            {
                "agenda_item_id": first.id,
                "kind": OutcomeKind.ACTION,
                "text": "Lag notat",
                "due_date": date(2027, 1, 15),
            },
        ),
        "responsible_id",
        "må ha en ansvarlig",
    )
    kari = crud.create(db, m.Person, {"name": "Kari Nordmann"})
    outcome = meetings.save_outcome(
        db,
        {
            "agenda_item_id": first.id,
            "kind": OutcomeKind.ACTION,
            "text": "Lag notat om ny ph.d.",
            "due_date": date(2027, 1, 15),
            "responsible_id": kari.id,
        },
    )
    deadline = crud.get(db, m.Deadline, outcome.deadline_id)
    assert deadline.title == "Lag notat om ny ph.d."
    assert deadline.meeting_id == meeting.id
    assert deadline.kind.value == "follow_up"
    # notes written in the deadline list survive a later edit of the follow-up item
    crud.update(db, m.Deadline, deadline.id, {"notes": "Utkast sendt 10.01."}, deadline.version)
    outcome = meetings.save_outcome(
        db,
        {"due_date": date(2027, 1, 20)},
        outcome_id=outcome.id,
        expected_version=outcome.version,
    )
    deadline = crud.get(db, m.Deadline, outcome.deadline_id)
    assert deadline.notes == "Utkast sendt 10.01." and deadline.due_date == date(2027, 1, 20)
    # made a decision instead: the follow-up leaves the deadline list
    meetings.save_outcome(
        db, {"kind": OutcomeKind.DECISION}, outcome_id=outcome.id, expected_version=outcome.version
    )
    assert crud.list_rows(db, m.Deadline, where={"id": deadline.id}) == []


# --- Organisations and people ---------------------------------------------------------------


def test_organisation_number_must_pass_modulus_11(db: Database) -> None:
    refused(
        db,
        lambda: crud.create(db, m.Organisation, {"name": "NTNU", "org_number": "974767881"}),
        "org_number",
        "er ikke gyldig",
    )
    ok = crud.create(db, m.Organisation, {"name": "NTNU", "org_number": "974767880"})
    assert ok.org_number == "974767880"


def test_email_must_look_like_email(db: Database) -> None:
    refused(
        db,
        lambda: crud.create(
            db, m.Person, {"name": "Kari Nordmann", "email": "kari(at)baerum.kommune"}
        ),
        "email",
        "ser ikke ut som en e-postadresse",
    )


def test_unknown_types_name_the_field(db: Database) -> None:
    refused(
        db,
        lambda: crud.create(db, m.FundAppropriation, {"year": "tjue", "amount": 5}),
        "year",
        "er ikke et heltall",
    )
    refused(
        db,
        lambda: crud.create(db, m.Deadline, {"title": "X", "due_date": "31.02.2026"}),
        "due_date",
        "er ikke en gyldig dato",
    )
    refused(db, lambda: crud.create(db, m.Project, {"title": "  "}), "title", "Tittel må fylles ut")


def test_duplicates_of_unique_fields_are_refused(db: Database) -> None:
    crud.create(db, m.FundAppropriation, {"year": 2025, "amount": 1})
    refused(
        db,
        lambda: crud.create(db, m.FundAppropriation, {"year": 2025, "amount": 2}),
        "year",
        "finnes allerede",
    )


# --- Versions and deletion ------------------------------------------------------------------


def test_a_save_based_on_a_stale_version_is_refused(db: Database) -> None:
    p = project(db)
    crud.update(db, m.Project, p.id, {"title": "Endret av en kollega"}, p.version)
    error = refused(
        db,
        lambda: crud.update(db, m.Project, p.id, {"title": "Min endring"}, p.version),
        None,
        "er endret av testbruker etter at du åpnet den",
    )
    assert isinstance(error, StaleVersionError)
    assert error.current["title"] == "Endret av en kollega"


def test_deleting_a_row_others_depend_on_is_refused(db: Database) -> None:
    parent = framework(db)
    crud.create(
        db,
        m.Agreement,
        {
            "title": "Prosjektavtale",
            "kind": AgreementKind.PROJECT,
            "parent_id": parent.id,
            "end_date": date(2027, 1, 1),
        },
    )
    refused(
        db,
        lambda: crud.delete(db, m.Agreement, parent.id),
        None,
        "kan ikke slettes fordi 1 avtale viser til den",
    )
    with pytest.raises(DependencyError):
        crud.delete(db, m.Agreement, parent.id)


def test_deleting_a_project_takes_its_owned_rows_along(db: Database) -> None:
    p = project(db)
    line = funding.save_funding(db, {"project_id": p.id, "scheme_id": SCHEME_OFFPHD})
    crud.create(
        db, m.Deadline, {"title": "Frist", "due_date": date(2027, 1, 1), "project_id": p.id}
    )
    deps = crud.dependents(db, m.Project, p.id)
    assert deps["deletes"] == {"finansiering": 1, "frist": 1}
    crud.delete(db, m.Project, p.id, p.version)
    assert crud.list_rows(db, m.FundingLine, where={"id": line.id}) == []
    assert crud.list_rows(db, m.Deadline) == []


def test_a_template_may_count_backwards_from_the_end(db: Database) -> None:
    scheme = crud.list_rows(db, m.FundingScheme, where={"code": "IPO"})[0]
    crud.create(
        db,
        m.DeadlineTemplate,
        {
            "scheme_id": scheme.id,
            "title": "Søknad om forlengelse",
            "kind": "application",
            "anchor": "end",
            "offset_months": "-3",
        },
    )
    p = project(
        db, form=ProjectForm.INNOVATION, start_date=date(2025, 1, 1), end_date=date(2027, 12, 31)
    )
    proposals = funding.propose_deadlines(db, p.id, scheme.id)
    extension = next(d for d in proposals if d["title"] == "Søknad om forlengelse")
    assert extension["due_date"] == date(2027, 9, 30)


def test_rows_that_own_rows_can_be_deleted_and_the_count_includes_every_level(
    db: Database,
) -> None:
    agreement = framework(db)
    org = crud.create(db, m.Organisation, {"name": "NTNU"})
    crud.create(db, m.AgreementParty, {"agreement_id": agreement.id, "organisation_id": org.id})
    agreements.record_evaluation(db, agreement.id, date(2021, 3, 1), "OK")
    p = project(db)
    line = funding.save_funding(db, {"project_id": p.id, "scheme_id": SCHEME_OFFPHD})
    funding.set_years(db, line.id, {2025: 100, 2026: 200})
    meeting = crud.create(
        db, m.Meeting, {"title": "Kontaktgruppemøte", "starts_at": datetime(2026, 12, 3, 9, 0)}
    )
    item = meetings.add_agenda_item(db, meeting.id, {"title": "Status"})
    meetings.save_outcome(
        db, {"agenda_item_id": item.id, "kind": OutcomeKind.DECISION, "text": "Godkjent"}
    )
    deps = crud.dependents(db, m.Meeting, meeting.id)
    assert deps["deletes"] == {"sak": 1, "vedtak eller oppfølgingspunkt": 1}
    assert crud.dependents(db, m.Project, p.id)["deletes"] == {"finansiering": 1, "årsbeløp": 2}
    for model, row in ((m.Agreement, agreement), (m.Project, p), (m.Meeting, meeting)):
        crud.delete(db, model, row.id, crud.get(db, model, row.id).version)
    assert crud.list_rows(db, m.FundingYear) == []
    assert crud.list_rows(db, m.Outcome) == []
    assert crud.list_rows(db, m.AgreementParty) == []
