"""Issue 11, second defect: a picker lists what was saved a moment ago, on any page, without
pressing Oppdater (the PhD form's *Finansiert av prosjekt* stayed empty after innovation
projects were created)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from kunnskapsapp.domain import models as m
from kunnskapsapp.services import crud
from kunnskapsapp.ui.main_window import MainWindow
from kunnskapsapp.ui.pages.projects import ProjectsPage
from tests.ui_helpers import choose, field, open_choices, type_into


def _choices(form: Any, name: str) -> list[str]:
    combo = field(form, name)
    assert isinstance(combo, QComboBox)
    open_choices(combo)  # the user opens the list
    return [combo.itemText(i) for i in range(combo.count())]


def test_innovation_project_just_saved_funds_a_phd_on_the_same_page(qtbot: Any, db: Any) -> None:
    page = ProjectsPage(db)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    page.ensure_loaded()
    for title in ("KI i byggesak", "Velferdsteknologi"):
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
        type_into(qtbot, page.form, "title", title)
        choose(page.form, "form", "Innovasjonsprosjekt")
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda t=title: any(r.title == t for r in crud.list_rows(db, m.Project)))

    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, page.form, "title", "Ph.d. om KI i byggesak")
    choose(page.form, "form", "Ph.d.-prosjekt")
    assert {"KI i byggesak", "Velferdsteknologi"} <= set(
        _choices(page.form, "phd_funded_by_project_id")
    )
    choose(page.form, "phd_funded_by_project_id", "Velferdsteknologi")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    phd = next(r for r in crud.list_rows(db, m.Project) if r.title.startswith("Ph.d."))
    funder = next(r for r in crud.list_rows(db, m.Project) if r.title == "Velferdsteknologi")
    assert phd.phd_funded_by_project_id == funder.id


def test_organisation_saved_on_its_page_is_a_choice_in_the_project_form(
    qtbot: Any, db: Any
) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    projects = window.show_page("projects")
    qtbot.mouseClick(projects.new_button, Qt.MouseButton.LeftButton)
    assert "NTNU" not in " ".join(_choices(projects.form, "phd_institution_id"))

    orgs = window.show_page("organisations")
    qtbot.mouseClick(orgs.new_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, orgs.form, "name", "Norges teknisk-naturvitenskapelige universitet (NTNU)")
    choose(orgs.form, "kind", "Universitet")
    qtbot.mouseClick(orgs.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any("NTNU" in r.name for r in crud.list_rows(db, m.Organisation)))

    projects = window.show_page("projects")
    qtbot.mouseClick(projects.new_button, Qt.MouseButton.LeftButton)
    assert any("NTNU" in c for c in _choices(projects.form, "phd_institution_id"))


def test_a_picker_reads_its_choices_when_opened(qtbot: Any, db: Any) -> None:
    """A form fills its pickers lazily (a picker over 20 000 projects costs nothing until
    used): the current value shows its name at once, the list is read when opened."""
    org = crud.create(db, m.Organisation, {"name": "NTNU"})
    crud.create(db, m.Organisation, {"name": "OsloMet"})
    person = crud.create(db, m.Person, {"name": "Kari Nordmann", "organisation_id": org.id})
    from kunnskapsapp.ui.pages.people import PeoplePage

    page = PeoplePage(db)
    qtbot.addWidget(page)
    page.show()
    page.ensure_loaded()
    page.select_id(person.id)
    combo = field(page.form, "organisation_id")
    assert isinstance(combo, QComboBox)
    assert combo.currentText() == "NTNU"
    assert combo.findText("OsloMet") < 0  # not read yet
    combo.showPopup()
    qtbot.waitUntil(lambda: combo.view().isVisible())
    assert combo.findText("OsloMet") >= 0
    assert combo.currentText() == "NTNU"  # reading the list keeps the value
    combo.hidePopup()
    assert not page.form.dirty


def test_a_record_without_a_value_shows_none_after_one_with_a_value(qtbot: Any, db: Any) -> None:
    """An optional picker not yet opened keeps no name of the record shown before it: a save
    of the next record must not write it back."""
    from kunnskapsapp.ui.pages.people import PeoplePage

    ntnu = crud.create(db, m.Organisation, {"name": "NTNU"})
    kari = crud.create(db, m.Person, {"name": "Kari Nordmann", "organisation_id": ntnu.id})
    ola = crud.create(db, m.Person, {"name": "Ola Nordmann"})
    page = PeoplePage(db)
    qtbot.addWidget(page)
    page.show()
    page.ensure_loaded()
    page.select_id(kari.id)
    combo = field(page.form, "organisation_id")
    assert combo.currentText() == "NTNU"
    page.select_id(ola.id)
    assert combo.value() is None and combo.currentText() == ""
    type_into(qtbot, page.form, "phone", "900 00 000")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = crud.get(db, m.Person, ola.id)
    assert saved.phone == "900 00 000" and saved.organisation_id is None
    page.new_record()
    assert combo.value() is None and combo.currentText() == ""
