"""The project form in tabs: the fields first, each kind of owned row one click away, read only
when its tab is opened; sections that apply only to one kind of project shown for that kind."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTabWidget
from sqlalchemy import event

from kunnskapsapp.domain import models as m
from kunnskapsapp.services import crud
from kunnskapsapp.ui.pages.projects import ProjectsPage
from tests.ui_helpers import choose, click_row, open_tab, shown_page


def open_projects(qtbot: Any, db: Any) -> ProjectsPage:
    return shown_page(qtbot, ProjectsPage(db), (1280, 800))  # type: ignore[no-any-return]


def section(page: ProjectsPage, title: str) -> Any:
    from PySide6.QtWidgets import QGroupBox

    return next(b for b in page.form.findChildren(QGroupBox) if b.title() == title)


def test_owned_rows_are_on_tabs_and_read_when_their_tab_is_opened(qtbot: Any, db: Any) -> None:
    project = crud.create(db, m.Project, {"title": "Velferdsteknologi", "form": "innovation"})
    for day in ("2027-01-15", "2027-06-15"):
        crud.create(db, m.Deadline, {"project_id": project.id, "title": "Rapport", "due_date": day})
    page = open_projects(qtbot, db)
    statements: list[str] = []
    listen = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(db.engine, "before_cursor_execute", listen)
    try:
        click_row(qtbot, page, project.id)
        qtbot.waitUntil(lambda: page.form.record is not None)
        tabs = page.form.findChild(QTabWidget)
        assert tabs.currentIndex() == 0 and tabs.tabText(0) == "Opplysninger"
        assert [tabs.tabText(i) for i in range(1, tabs.count()) if tabs.isTabVisible(i)] == [
            "Partnere",  # no Veiledere: an innovation project has none
            "Finansiering",
            "Fondet",
            "Frister",
        ]
        assert not any("deadline" in s for s in statements)  # not read: not shown

        deadlines = open_tab(qtbot, page.form, "projectDeadlines")
        assert deadlines.model.rowCount() == 2
        assert tabs.tabText(tabs.indexOf(deadlines)).endswith("(2)")  # the count, once read
        assert any("deadline" in s for s in statements)
    finally:
        event.remove(db.engine, "before_cursor_execute", listen)


def test_an_error_on_the_first_tab_is_shown_from_another_tab(qtbot: Any, db: Any) -> None:
    project = crud.create(db, m.Project, {"title": "Klimatilpasning"})
    page = open_projects(qtbot, db)
    click_row(qtbot, page, project.id)
    qtbot.waitUntil(lambda: page.form.record is not None)
    open_tab(qtbot, page.form, "projectDeadlines")
    page.form.rows["title"].widget.clear()
    page.form.rows["title"].widget.edited.emit()
    assert page.form.save() is None
    tabs = page.form.findChild(QTabWidget)
    assert tabs.currentIndex() == 0
    error = page.form.rows["title"].error
    qtbot.waitUntil(lambda: error.isVisible())


def test_phd_and_education_sections_follow_the_project_form(qtbot: Any, db: Any) -> None:
    page = open_projects(qtbot, db)
    page.new_record()
    phd, education = section(page, "Ph.d."), section(page, "Utdanningstilbud")
    assert not phd.isVisible() and not education.isVisible()
    choose(page.form, "form", "Ph.d.-prosjekt")
    assert phd.isVisible() and not education.isVisible()
    choose(page.form, "form", "Utdanningstilbud")
    assert education.isVisible() and not phd.isVisible()


def test_a_section_holding_values_stays_in_sight(qtbot: Any, db: Any) -> None:
    """A project whose form was changed from PhD keeps its PhD values visible, not hidden."""
    project = crud.create(
        db, m.Project, {"title": "Omsorg", "form": "innovation", "phd_duration_years": 4}
    )
    page = open_projects(qtbot, db)
    click_row(qtbot, page, project.id)
    qtbot.waitUntil(lambda: page.form.record is not None)
    assert section(page, "Ph.d.").isVisible()
    assert not section(page, "Utdanningstilbud").isVisible()


def visible_tabs(page: ProjectsPage) -> list[str]:
    tabs = page.form.findChild(QTabWidget)
    return [tabs.tabText(i) for i in range(tabs.count()) if tabs.isTabVisible(i)]


def test_the_supervisors_tab_follows_the_project_form(qtbot: Any, db: Any) -> None:
    phd = crud.create(db, m.Project, {"title": "Skoleledelse", "form": "phd"})
    other = crud.create(db, m.Project, {"title": "Mobilitet", "form": "pilot"})
    page = open_projects(qtbot, db)
    page.new_record()
    assert "Veiledere" not in visible_tabs(page)
    choose(page.form, "form", "Ph.d.-prosjekt")
    assert "Veiledere" in visible_tabs(page)
    choose(page.form, "form", "Innovasjonsprosjekt")
    assert "Veiledere" not in visible_tabs(page)

    page.cancel()
    click_row(qtbot, page, phd.id)
    qtbot.waitUntil(lambda: page.form.record is not None and page.form.record["id"] == phd.id)
    supervisors = open_tab(qtbot, page.form, "supervisors")
    assert supervisors.isVisible()
    click_row(qtbot, page, other.id)
    qtbot.waitUntil(lambda: page.form.record["id"] == other.id)
    assert "Veiledere" not in visible_tabs(page)
    tabs = page.form.findChild(QTabWidget)
    assert tabs.isTabVisible(tabs.currentIndex())  # the neighbouring tab, not a hidden one


def test_a_project_with_supervisors_keeps_the_tab_whatever_its_form(qtbot: Any, db: Any) -> None:
    """A PhD project turned into a pilot keeps its supervisors in sight, as a section does."""
    person = crud.create(db, m.Person, {"name": "Kari Nordmann"})
    project = crud.create(db, m.Project, {"title": "Omsorg", "form": "pilot"})
    crud.create(db, m.Supervisor, {"project_id": project.id, "person_id": person.id})
    page = open_projects(qtbot, db)
    click_row(qtbot, page, project.id)
    qtbot.waitUntil(lambda: page.form.record is not None)
    assert "Veiledere" in visible_tabs(page)
    choose(page.form, "form", "Utdanningstilbud")
    assert "Veiledere" in visible_tabs(page)
    supervisors = open_tab(qtbot, page.form, "supervisors")
    assert supervisors.model.rowCount() == 1
