"""The portfolio summary on a date: the seed's figures, and the rules behind every count."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest

from kunnskapsapp.domain import reference
from kunnskapsapp.domain.enums import (
    AgreementKind,
    AgreementStatus,
    DeadlineStatus,
    FundingStatus,
    OrganisationKind,
    ProjectForm,
    ProjectPartnerRole,
    ProjectStatus,
)
from kunnskapsapp.domain.models import (
    Agreement,
    Deadline,
    FundAllocation,
    FundAppropriation,
    FundingLine,
    Organisation,
    Project,
    ProjectPartner,
)
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.demo import create_demo
from kunnskapsapp.services.summary import portfolio_summary, summary_text

D = date(2021, 10, 1)
SEED = {
    "by_form": {"phd": 8, "innovation": 6, "education": 1},
    "phd_by_institution": {"NTNU": 6, "UiO": 1, "USN": 1},
    "phd_by_scheme": {"OFFPHD": 3},
    "innovation_by_funder": {"Forskningsrådet": 4, "RFF Hovedstaden": 2},
    "innovation_funding_phd": 2,
    "innovation_partners": {"NTNU": 1, "UiO": 1, "NMBU": 1, "UiS": 2, "TØI": 1},
    "students_admitted": 70,
}


@pytest.mark.parametrize("today", [date(2026, 11, 26), date(2022, 3, 1), date(2031, 6, 30)])
def test_the_demo_gives_the_seeds_autumn_2021_figures(db: Database, today: date) -> None:
    create_demo(db, today=today)
    result = portfolio_summary(db, D)
    assert {key: result[key] for key in SEED} == SEED
    assert result["agreements_active"]["framework"] == 2
    assert result["fund"]["year"] == 2021
    assert 0 < result["fund"]["allocated"] <= result["fund"]["appropriation"]
    json.dumps(result)


def test_every_count_is_an_integer(db: Database) -> None:
    create_demo(db, today=date(2026, 11, 26))
    result = portfolio_summary(db, date(2026, 11, 26))

    def check(value: Any) -> None:
        if isinstance(value, dict):
            for item in value.values():
                check(item)
        elif not isinstance(value, str):
            assert type(value) is int, value

    check(result)
    assert result["deadlines_overdue"] > 0 and result["deadlines_next_30_days"] > 0


def _project(s: Any, title: str, **fields: Any) -> Project:
    fields.setdefault("form", ProjectForm.INNOVATION)
    fields.setdefault("status", ProjectStatus.ONGOING)
    project = Project(title=title, **fields)
    s.add(project)
    s.flush()
    return project


def test_a_project_counts_when_it_ran_on_the_day(db: Database) -> None:
    day = timedelta(days=1)
    with db.session() as s:
        _project(s, "Sluttet dagen før", start_date=D - 10 * day, end_date=D - day)
        _project(
            s,
            "Sluttet samme dag",
            start_date=D - 10 * day,
            end_date=D,
            status=ProjectStatus.COMPLETED,
        )
        _project(s, "Startet samme dag", start_date=D, form=ProjectForm.PHD)
        _project(s, "Starter dagen etter", start_date=D + day)
        _project(s, "Uten sluttdato", start_date=D - 400 * day, form=ProjectForm.PILOT)
        _project(s, "Uten startdato", start_date=None)
        for status in (
            ProjectStatus.IDEA,
            ProjectStatus.APPLICATION,
            ProjectStatus.REJECTED,
            ProjectStatus.CANCELLED,
        ):
            _project(
                s, f"Status {status.value}", start_date=D - day, end_date=D + day, status=status
            )
    result = portfolio_summary(db, D)
    assert result["by_form"] == {"innovation": 1, "phd": 1, "pilot": 1}
    assert result["projects_total"] == 3
    assert portfolio_summary(db, D - 11 * day)["projects_total"] == 1  # only the open-ended one


def test_phd_and_innovation_figures_follow_their_own_granted_funding(db: Database) -> None:
    with db.session() as s:
        uni = Organisation(name="Universitetet", short_name="Uni", kind=OrganisationKind.UNIVERSITY)
        firm = Organisation(name="Firma AS", short_name="Firma", kind=OrganisationKind.COMPANY)
        s.add_all([uni, firm])
        s.flush()
        innovation = _project(s, "Innovasjon", start_date=D)
        s.add_all(
            [
                ProjectPartner(
                    project_id=innovation.id,
                    organisation_id=uni.id,
                    role=ProjectPartnerRole.RESEARCH_PARTNER,
                ),
                ProjectPartner(
                    project_id=innovation.id,
                    organisation_id=firm.id,
                    role=ProjectPartnerRole.PARTNER,
                ),
                # The funder comes from the scheme when the line names none.
                FundingLine(
                    project_id=innovation.id,
                    scheme_id=reference.SCHEME_RFF,
                    status=FundingStatus.GRANTED,
                    granted_amount=1_000_000,
                ),
            ]
        )
        fellow = _project(
            s,
            "Stipendiat",
            form=ProjectForm.PHD,
            start_date=D,
            phd_institution_id=uni.id,
            phd_funded_by_project_id=innovation.id,
        )
        offphd = _project(
            s, "OFFPHD", form=ProjectForm.PHD, start_date=D, phd_institution_id=uni.id
        )
        applied = _project(s, "Søkt", form=ProjectForm.PHD, start_date=D)
        s.add_all(
            [
                FundingLine(
                    project_id=offphd.id,
                    scheme_id=reference.SCHEME_OFFPHD,
                    status=FundingStatus.GRANTED,
                    granted_amount=2_500_000,
                ),
                FundingLine(
                    project_id=applied.id,
                    scheme_id=reference.SCHEME_OFFPHD,
                    status=FundingStatus.APPLIED,
                    applied_amount=2_500_000,
                ),
            ]
        )
        assert fellow.id
    result = portfolio_summary(db, D)
    assert result["phd_by_scheme"] == {"OFFPHD": 1}
    assert result["phd_by_institution"] == {"Uni": 2, "Ikke registrert": 1}
    assert result["innovation_by_funder"] == {"RFF Hovedstaden": 1}
    assert result["innovation_funding_phd"] == 1
    assert result["innovation_partners"] == {"Uni": 1}
    assert result["funding_granted_total"] == 3_500_000
    # The day before, nothing ran and nothing funds anybody.
    before = portfolio_summary(db, D - timedelta(days=1))
    assert before["innovation_funding_phd"] == 0 and before["phd_by_scheme"] == {}


def test_agreements_active_on_the_day(db: Database) -> None:
    day = timedelta(days=1)
    rows = [
        ("Løpende", AgreementKind.FRAMEWORK, AgreementStatus.ACTIVE, D - 900 * day, None, None),
        ("Utkast", AgreementKind.FRAMEWORK, AgreementStatus.DRAFT, D - 9 * day, None, None),
        (
            "Utløpt dagen før",
            AgreementKind.PROJECT,
            AgreementStatus.EXPIRED,
            D - 9 * day,
            D - day,
            None,
        ),
        ("Utløper samme dag", AgreementKind.PROJECT, AgreementStatus.EXPIRED, D - 9 * day, D, None),
        ("Starter senere", AgreementKind.PROJECT, AgreementStatus.ACTIVE, D + day, None, None),
        (
            "Oppsagt fra i går",
            AgreementKind.PARTNERSHIP,
            AgreementStatus.TERMINATED,
            D - 90 * day,
            None,
            D - day,
        ),
        (
            "Oppsagt fra i morgen",
            AgreementKind.MEMBERSHIP,
            AgreementStatus.TERMINATED,
            D - 90 * day,
            None,
            D + day,
        ),
    ]
    with db.session() as s:
        for title, kind, status, start, end, effective in rows:
            s.add(
                Agreement(
                    title=title,
                    kind=kind,
                    status=status,
                    start_date=start,
                    end_date=end,
                    evaluation_interval_months=24,
                    termination_requested=effective - 180 * day if effective else None,
                    termination_effective=effective,
                )
            )
    assert portfolio_summary(db, D)["agreements_active"] == {
        "framework": 1,
        "membership": 1,
        "project": 1,
    }


def test_deadlines_as_they_stood_on_the_day(db: Database) -> None:
    day = timedelta(days=1)
    open_, done, cancelled = DeadlineStatus.OPEN, DeadlineStatus.DONE, DeadlineStatus.CANCELLED
    rows = [
        ("Forfalt i går", D - day, open_, None),  # overdue
        ("Utført for sent", D - day, done, D + 2 * day),  # overdue as it stood on D
        ("Utført i tide", D - 5 * day, done, D - 6 * day),
        ("Avlyst", D - day, cancelled, None),
        ("I dag", D, open_, None),  # next 30 days
        ("Om 30 dager", D + 30 * day, open_, None),  # next 30 days
        ("Om 31 dager", D + 31 * day, open_, None),
        ("Utført på forhånd", D + 3 * day, done, D - day),
    ]
    with db.session() as s:
        for title, due, status, done_date in rows:
            s.add(Deadline(title=title, due_date=due, status=status, done_date=done_date))
    result = portfolio_summary(db, D)
    assert (result["deadlines_overdue"], result["deadlines_next_30_days"]) == (2, 2)


def test_the_fund_in_the_days_year(db: Database) -> None:
    with db.session() as s:
        project = _project(s, "Fondsprosjekt", start_date=D)
        s.add_all(
            [
                FundAppropriation(year=2021, amount=3_500_000),
                FundAppropriation(year=2022, amount=4_000_000),
                FundAllocation(project_id=project.id, year=2021, amount=1_250_000),
                FundAllocation(project_id=project.id, year=2021, amount=250_000),
                FundAllocation(project_id=project.id, year=2022, amount=900_000),
            ]
        )
    fund = portfolio_summary(db, D)["fund"]
    assert fund == {
        "year": 2021,
        "appropriation": 3_500_000,
        "allocated": 1_500_000,
        "remaining": 2_000_000,
    }
    assert portfolio_summary(db, date(2019, 5, 1))["fund"]["appropriation"] == 0


def test_summary_text_is_norwegian_with_dates_and_kroner(db: Database) -> None:
    create_demo(db, today=date(2026, 11, 26))
    text = summary_text(portfolio_summary(db, D))
    assert text.startswith("Porteføljen per 01.10.2021\n")
    assert "Bærum kommune, Utvikling og Digitalisering" in text
    assert "Ph.d.-prosjekt" in text and "Innovasjonsprosjekt" in text
    assert "Forsknings- og innovasjonsfondet 2021" in text
    assert "3\u00a0500\u00a0000\u00a0kr" in text
    assert "Samarbeidsavtale" in text


def test_summary_of_an_empty_database(db: Database) -> None:
    result = portfolio_summary(db, D)
    assert result["projects_total"] == 0 and result["by_form"] == {}
    assert "Ingen" in summary_text(result)
