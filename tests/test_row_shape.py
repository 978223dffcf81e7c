"""One row shape per entity: a list page's load and its reload of one row after a save give
the same record (same keys, same derived totals), and the record a save hands back to the
form has that shape too. Checked for the entity of every list page, through the page's own
`fetch` and `fetch_one`, on the demo data."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import inspect

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.entities import AUDIT_FIELDS, FieldKind, entity
from kunnskapsapp.services import crud
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.demo import create_demo
from kunnskapsapp.ui.page import ListPage
from kunnskapsapp.ui.pages.agreements import AgreementsPage
from kunnskapsapp.ui.pages.deadlines import DeadlinesPage
from kunnskapsapp.ui.pages.fund.lines import FundingLinesTab
from kunnskapsapp.ui.pages.lessons import LessonsPage
from kunnskapsapp.ui.pages.meetings import MeetingsPage
from kunnskapsapp.ui.pages.organisations import OrganisationsPage
from kunnskapsapp.ui.pages.people import PeoplePage
from kunnskapsapp.ui.pages.projects import ProjectsPage

TODAY = date(2026, 3, 2)

# (page, its entity, a text field a user edits, keys the page itself sets on its records)
PAGES: list[tuple[type[ListPage], type[Any], str, set[str]]] = [
    (OrganisationsPage, m.Organisation, "notes", set()),
    (PeoplePage, m.Person, "notes", set()),
    (LessonsPage, m.Lesson, "description", set()),
    (ProjectsPage, m.Project, "notes", set()),
    (AgreementsPage, m.Agreement, "notes", set()),
    (DeadlinesPage, m.Deadline, "notes", set()),
    (MeetingsPage, m.Meeting, "notes", set()),
    (FundingLinesTab, m.FundingLine, "notes", {"display_name"}),
]


def _page(page: type[ListPage], db: Database, model: type[Any]) -> Any:
    """What `fetch` and `fetch_one` read of a page: its database and its form's model."""
    return SimpleNamespace(
        db=db, single_row_refresh=page.single_row_refresh, form=SimpleNamespace(model=model)
    )


def _listed(page: type[ListPage], host: Any, row_id: str) -> Any:
    return next(r for r in page.fetch(host) if r["id"] == row_id)


@pytest.mark.parametrize(
    ("page", "model", "text_field", "page_keys"), PAGES, ids=[p[0].__name__ for p in PAGES]
)
def test_list_load_and_reload_after_save_agree(
    qapp: Any,
    db: Database,
    page: type[ListPage],
    model: type[Any],
    text_field: str,
    page_keys: set[str],
) -> None:
    create_demo(db, today=TODAY)
    host = _page(page, db, model)
    rows = page.fetch(host)
    assert rows, f"the demo has {crud.noun(model, plural=True)}"
    first = rows[0]
    # every column of the table is in the list's record, so a new column never stays blank
    columns = {c.key for c in inspect(model).columns}
    assert columns <= set(first), sorted(columns - set(first))

    saved = crud.update(db, model, first["id"], {text_field: "Endret i testen"}, first["version"])
    listed = _listed(page, host, first["id"])
    reloaded = page.fetch_one(host, first["id"]) or _listed(page, host, first["id"])
    assert set(reloaded) == set(listed)
    assert reloaded == listed
    assert listed[text_field] == "Endret i testen"
    # the record the form holds after the save has the same shape and values
    assert set(saved) == set(listed)
    assert {k: v for k, v in saved.items() if k not in page_keys} == {
        k: v for k, v in listed.items() if k not in page_keys
    }
    # and the first load had the same keys as the reload
    assert set(first) == set(listed)
    assert set(listed) - columns - set(AUDIT_FIELDS), "derived keys are in both"


def test_projects_carry_the_same_totals_in_the_list_and_after_a_save(db: Database) -> None:
    from kunnskapsapp.services import projects

    create_demo(db, today=TODAY)
    rows = [r for r in projects.project_rows(db) if r["granted_total"]]
    assert rows
    project = rows[0]
    saved = crud.update(db, m.Project, project["id"], {"notes": "x"}, project["version"])
    for key in ("granted_total", "own_contribution_total", "fund_total", "partner_names"):
        assert saved[key] == project[key]
    assert projects.project_rows(db, ids=[project["id"]]) == [saved]


# Derived values that have no kind of their own: a share 0..1 (shown as `support_rate_text`)
# and the plan's (year, amount) pairs (edited in the years editor).
UNDECLARED = {m.FundingLine: {"support_rate", "years"}}


@pytest.mark.parametrize(
    ("page", "model", "text_field", "page_keys"), PAGES, ids=[p[0].__name__ for p in PAGES]
)
def test_every_key_of_a_list_record_is_declared(
    qapp: Any,
    db: Database,
    page: type[ListPage],
    model: type[Any],
    text_field: str,
    page_keys: set[str],
) -> None:
    create_demo(db, today=TODAY)
    record = page.fetch(_page(page, db, model))[0]
    spec = entity(model)
    expected = {c.key for c in inspect(model).columns} | {"display_name"}
    expected |= {link.key for link in spec.links}
    expected |= {f.name[:-3] + "_name" for f in spec.fields if f.kind is FieldKind.REFERENCE}
    expected |= {d.key for d in spec.derived}
    assert set(record) - UNDECLARED.get(model, set()) == expected
