"""Opening and saving a project's form: what the user sees after a save (the row, its totals,
the page's search and the global search), and how many SQL statements each takes, so that a
change that adds round trips to the database (each one a wait on a shared PostgreSQL server)
is seen."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event, select

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.enums import FundingStatus, ProjectForm
from kunnskapsapp.services import crud
from kunnskapsapp.services.search import search
from kunnskapsapp.ui.pages.projects import ProjectsPage
from tests.ui_helpers import choose, click_row, shown_page, type_into

# Measured on this project when the bounds were set: 7 statements to open its form, 17 to
# save it (12 and 27 before). One more is allowed; raise a bound only for a reason.
OPEN_AT_MOST = 8
SAVE_AT_MOST = 18


@contextmanager
def statements(db: Any) -> Iterator[list[str]]:
    seen: list[str] = []
    listen = lambda *args: seen.append(args[2])  # noqa: E731
    event.listen(db.engine, "before_cursor_execute", listen)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", listen)


def _project(db: Any) -> Any:
    with db.session() as s:
        area_id = s.scalars(select(m.PriorityArea.id).order_by(m.PriorityArea.sort_order)).first()
    project = crud.create(
        db,
        m.Project,
        {
            "title": "Velferdsteknologi i hjemmet",
            "form": ProjectForm.INNOVATION,
            "priority_area_ids": [area_id],
            "sdg_ids": [3, 11],
        },
    )
    uni = crud.create(db, m.Organisation, {"name": "Universitetet i Oslo", "short_name": "UiO"})
    crud.create(db, m.ProjectPartner, {"project_id": project.id, "organisation_id": uni.id})
    crud.create(
        db,
        m.FundingLine,
        {
            "project_id": project.id,
            "funder_id": uni.id,
            "status": FundingStatus.GRANTED,
            "total_cost": 1_000_000,
            "granted_amount": 600_000,
        },
    )
    crud.create(db, m.Project, {"title": "Skolemiljø", "form": ProjectForm.INNOVATION})
    return project


def test_a_saved_form_shows_in_its_row_the_page_search_and_the_global_search(
    qtbot: Any, db: Any
) -> None:
    project = _project(db)
    page = shown_page(qtbot, ProjectsPage(db), (1280, 800))
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 2)
    click_row(qtbot, page, project.id)
    qtbot.waitUntil(lambda: page.form.record is not None)
    assert page.form.record["granted_total"] == 600_000
    assert page.form.record["own_contribution_total"] == 400_000
    assert page.form.record["partner_names"] == "UiO"

    type_into(qtbot, page.form, "title", "Velferdsteknologi og kunstig intelligens")
    choose(page.form, "sdg_ids", "4.")
    page.save()
    assert not page.form.dirty

    row = page.table_model.row_of(project.id)
    shown = page.table_model.record(row)
    assert shown["title"] == "Velferdsteknologi og kunstig intelligens"
    assert shown["sdg_ids"] == [3, 4, 11]
    assert shown == crud.get(db, m.Project, project.id)  # the row as a reload reads it
    assert shown["granted_total"] == 600_000 and shown["partner_names"] == "UiO"
    # The page's search finds the new title letter by letter (each letter narrows the rows
    # shown before), and not the old one.
    for end in range(1, len("kunstig") + 1):
        page.search.setText("kunstig"[:end])
    assert page.proxy.rowCount() == 1
    assert page.table_model.record(0)["id"] == project.id
    current = page.current_record()  # the open record stays selected as the rows narrow
    assert current is not None and current["id"] == project.id
    page.search.setText("velferdsteknologi i")
    assert page.proxy.rowCount() == 0
    # The global search's index was updated in the save's own transaction.
    assert [hit.id for hit in search(db, "kunstig intelligens")] == [project.id]


def test_opening_and_saving_a_form_take_few_statements(qtbot: Any, db: Any) -> None:
    project = _project(db)
    other = crud.list_rows(db, m.Project, where={"title": "Skolemiljø"})[0]
    page = shown_page(qtbot, ProjectsPage(db), (1280, 800))
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 2)
    click_row(qtbot, page, other.id)
    qtbot.waitUntil(lambda: page.form.record is not None)

    with statements(db) as opened:
        click_row(qtbot, page, project.id)
        qtbot.waitUntil(lambda: page.form.record["id"] == project.id)
    assert len(opened) <= OPEN_AT_MOST, "\n".join(opened)

    page.form.rows["notes"].widget.setPlainText("Oppstartsmøte holdt.")
    with statements(db) as saved:
        page.save()
    assert not page.form.dirty
    assert len(saved) <= SAVE_AT_MOST, "\n".join(saved)
    assert crud.get(db, m.Project, project.id)["notes"] == "Oppstartsmøte holdt."
