"""Every rule once: the domain rules themselves, and the portfolio report counting from the same
summary service as `summary --json`, on the demo data and on a generated portfolio."""

from __future__ import annotations

from datetime import date

import pytest

from kunnskapsapp.domain import rules
from kunnskapsapp.domain.enums import AgreementStatus, FundingStatus, ProjectForm, ProjectStatus
from kunnskapsapp.services import reporting
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.demo import create_demo
from kunnskapsapp.services.summary import portfolio_summary

D = date(2024, 6, 1)
TODAY = date(2026, 11, 26)


@pytest.mark.parametrize(
    ("start", "end", "status", "runs"),
    [
        (date(2024, 1, 1), None, ProjectStatus.ONGOING, True),
        (date(2024, 6, 1), date(2024, 6, 1), ProjectStatus.COMPLETED, True),
        (date(2024, 6, 2), None, ProjectStatus.ONGOING, False),
        (date(2020, 1, 1), date(2024, 5, 31), ProjectStatus.COMPLETED, False),
        (None, None, ProjectStatus.ONGOING, False),
        (date(2024, 1, 1), None, ProjectStatus.APPLICATION, False),
        (date(2024, 1, 1), None, ProjectStatus.CANCELLED, False),
    ],
)
def test_a_project_runs_on_a_day(
    start: date | None, end: date | None, status: ProjectStatus, runs: bool
) -> None:
    assert rules.project_runs_on(start, end, status, D) is runs


def test_an_agreement_is_active_from_its_start_or_else_its_signing() -> None:
    active = AgreementStatus.ACTIVE
    assert rules.agreement_active_on(D, active, None, date(2024, 1, 1), None, None, None)
    assert not rules.agreement_active_on(D, active, date(2024, 7, 1), date(2024, 1, 1), *[None] * 3)
    assert not rules.agreement_active_on(
        D, AgreementStatus.DRAFT, date(2024, 1, 1), None, None, None, None
    )
    terminated = AgreementStatus.TERMINATED
    # Terminated with effect later still runs; with effect by the day it does not.
    assert rules.agreement_active_on(
        D, terminated, date(2020, 1, 1), None, None, D, date(2024, 9, 1)
    )
    assert not rules.agreement_active_on(D, terminated, date(2020, 1, 1), None, None, D, D)
    assert not rules.agreement_active_on(D, terminated, date(2020, 1, 1), None, None, None, None)


def test_next_evaluation_counts_from_the_last_then_the_start_then_the_signing() -> None:
    signed, start, last = date(2023, 2, 1), date(2023, 3, 1), date(2024, 3, 15)
    assert rules.evaluation_basis(start, last, signed) == (last, rules.EVALUATION_FROM_LAST)
    assert rules.evaluation_basis(start, None, signed) == (start, rules.EVALUATION_FROM_START)
    assert rules.evaluation_basis(None, None, signed) == (signed, rules.EVALUATION_FROM_SIGNED)
    assert rules.evaluation_basis(None, None, None) == (None, "")
    assert rules.next_evaluation(None, None, 12, signed) == date(2024, 2, 1)
    assert rules.next_evaluation(start, None, 24, signed) == date(2025, 3, 1)
    assert rules.next_evaluation(None, None, None, signed) is None


def test_the_budget_plan_is_four_years() -> None:
    assert rules.budget_plan_years(2026) == [2026, 2027, 2028, 2029]


def test_own_contribution_is_derived_unless_given() -> None:
    assert rules.own_contribution(3_000_000, 2_250_000) == 750_000
    assert rules.own_contribution(3_000_000, 2_250_000, other_external=500_000) == 250_000
    assert rules.own_contribution(3_000_000, 2_250_000, 100_000, 200_000) == 300_000
    assert rules.own_contribution(None, 2_250_000) == 0
    assert rules.own_contribution(1_000_000, 2_000_000) == 0
    assert rules.funding_parts_warning(3_000_000, 2_250_000) == ""
    assert rules.funding_parts_warning(3_000_000, 2_250_000, 750_000) == ""
    warning = rules.funding_parts_warning(3_000_000, 2_250_000, 500_000)
    assert "går ikke opp" in warning and "2\u00a0750\u00a0000\u00a0kr" in warning
    assert "3\u00a0000\u00a0000\u00a0kr" in warning
    assert rules.other_external_funding(3_000_000, FundingStatus.GRANTED, 2_000_000) == 1_000_000
    assert rules.other_external_funding(3_000_000, FundingStatus.APPLIED, 2_000_000) == 3_000_000


def test_support_rate_against_the_scheme_maximum() -> None:
    assert rules.support_rate(500, 1000) == 0.5
    assert not rules.over_scheme_maximum(0.5, 50)
    assert rules.over_scheme_maximum(0.5001, 50)
    assert not rules.over_scheme_maximum(None, 50) and not rules.over_scheme_maximum(0.9, None)


def test_what_a_termination_leaves_to_be_fulfilled() -> None:
    assert rules.left_to_fulfil(AgreementStatus.ACTIVE, True)
    assert rules.left_to_fulfil(AgreementStatus.DRAFT, True)
    assert not rules.left_to_fulfil(AgreementStatus.ACTIVE, False)
    assert not rules.left_to_fulfil(AgreementStatus.EXPIRED, True)


# --- The portfolio report and `summary --json` agree --------------------------------------------


def _counts(lines: list[reporting.Count], drop: str = "") -> dict[str, int]:
    return {c.label: c.n for c in lines if c.label != drop}


def assert_report_agrees_with_summary(db: Database, on: date) -> None:
    summary = portfolio_summary(db, on)
    facts = reporting.portfolio_facts(db, on)
    assert len(facts.projects) == summary["projects_total"]
    labels = {f.label: f.value for f in ProjectForm}
    assert {labels[c.label]: c.n for c in facts.by_form} == summary["by_form"]
    # The report says "Ukjent" where the summary says "Ikke registrert".
    institutions = _counts(facts.phd_by_institution)
    if "Ukjent" in institutions:
        institutions["Ikke registrert"] = institutions.pop("Ukjent")
    assert institutions == summary["phd_by_institution"]
    # The report names a scheme by its name, the summary by its code: compare the figures.
    assert sorted(c.n for c in facts.phd_by_scheme) == sorted(summary["phd_by_scheme"].values())
    # Funding without a known funder is a line of its own in the report only.
    assert (
        _counts(facts.innovation_by_funder, "Ukjent finansiør") == summary["innovation_by_funder"]
    )
    assert _counts(facts.innovation_partners) == summary["innovation_partners"]
    assert facts.innovation_funding_phd == summary["innovation_funding_phd"]
    assert facts.students_admitted == summary["students_admitted"]
    external = sum(n for source, n in facts.granted_by_source if source != reporting.FUND_SOURCE)
    assert external == summary["funding_granted_total"]
    assert sum(line.granted for line in facts.projects) == summary["funding_granted_total"]


@pytest.mark.parametrize("on", [date(2021, 10, 1), TODAY, date(2019, 1, 1)])
def test_the_portfolio_report_agrees_with_the_summary_on_the_demo(db: Database, on: date) -> None:
    create_demo(db, today=TODAY)
    assert_report_agrees_with_summary(db, on)


def test_the_portfolio_report_agrees_with_the_summary_on_a_generated_portfolio(
    db: Database,
) -> None:
    create_demo(db, today=TODAY, scale=60)
    running = reporting.portfolio_facts(db, TODAY).projects
    assert any(p.short_name.startswith("Syntetisk") for p in running)  # generated ones count
    for on in (TODAY, date(2023, 3, 1)):
        assert_report_agrees_with_summary(db, on)
