"""Organisations, people and lessons: create, edit, delete through the form; validation beside
the field; search and filters; the unsaved-changes guard."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from kunnskapsapp.domain import models as m
from kunnskapsapp.services import crud
from kunnskapsapp.ui.pages.lessons import LessonsPage
from kunnskapsapp.ui.pages.organisations import OrganisationsPage
from kunnskapsapp.ui.pages.people import PeoplePage
from tests.helpers import snapshot
from tests.ui_helpers import (
    answer_next_dialog,
    choose,
    click_message_button,
    click_row,
    field,
    open_choices,
    type_into,
)


@pytest.fixture
def org_page(qtbot: Any, db: Any) -> OrganisationsPage:
    page = OrganisationsPage(db)
    qtbot.addWidget(page)
    page.show()
    page.ensure_loaded()
    return page


def test_create_an_organisation_through_the_form(
    qtbot: Any, org_page: OrganisationsPage, db: Any
) -> None:
    rows_before = org_page.proxy.rowCount()
    qtbot.mouseClick(org_page.new_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, org_page.form, "name", "Norges teknisk-naturvitenskapelige universitet")
    type_into(qtbot, org_page.form, "short_name", "NTNU")
    choose(org_page.form, "kind", "Universitet")
    type_into(qtbot, org_page.form, "org_number", "974767880")
    qtbot.mouseClick(org_page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: org_page.proxy.rowCount() == rows_before + 1)
    assert org_page.count_label.text() == f"{rows_before + 1} rader"
    saved = crud.list_rows(db, m.Organisation, where={"short_name": "NTNU"})
    assert saved[0].org_number == "974767880"
    assert not org_page.form.dirty


def test_a_bad_org_number_is_shown_beside_the_field_and_nothing_is_saved(
    qtbot: Any, org_page: OrganisationsPage, db: Any
) -> None:
    before = snapshot(db)
    org_page.new_record()
    type_into(qtbot, org_page.form, "name", "Feil AS")
    type_into(qtbot, org_page.form, "org_number", "123456789")
    qtbot.mouseClick(org_page.save_button, Qt.MouseButton.LeftButton)
    error = org_page.form.rows["org_number"].error
    assert error.isVisible()
    assert "er ikke gyldig" in error.text()
    assert snapshot(db) == before


def test_search_and_filter(qtbot: Any, org_page: OrganisationsPage) -> None:
    total = org_page.proxy.rowCount()
    qtbot.keyClicks(org_page.search, "forskningsråd")
    assert org_page.proxy.rowCount() == 1
    org_page.search.clear()
    assert org_page.proxy.rowCount() == total
    combo = org_page.filters[0]
    combo.setCurrentIndex(combo.findText("Universitet"))
    assert org_page.proxy.rowCount() == 0
    assert "0 av" in org_page.count_label.text()


def test_edit_and_delete(qtbot: Any, db: Any) -> None:
    person = crud.create(db, m.Person, {"name": "Kari Nordmann", "email": "kari@example.no"})
    page = PeoplePage(db)
    qtbot.addWidget(page)
    page.show()
    page.ensure_loaded()
    assert page.select_id(person.id)
    type_into(qtbot, page.form, "title", "Seniorrådgiver")
    assert page.form.dirty
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    field(page.form, "title").setFocus()
    qtbot.keyClick(field(page.form, "title"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: crud.get(db, m.Person, person.id).title == "Seniorrådgiver")
    answer_next_dialog(click_message_button("Slett"))
    page.delete()
    assert crud.list_rows(db, m.Person) == []
    assert page.proxy.rowCount() == 0


def test_unsaved_changes_guard_keeps_the_user_on_the_record(qtbot: Any, db: Any) -> None:
    first = crud.create(db, m.Lesson, {"title": "Samarbeid forplikter – og vil gi resultater"})
    second = crud.create(db, m.Lesson, {"title": "Samarbeid handler om langsiktig satsning"})
    page = LessonsPage(db)
    qtbot.addWidget(page)
    page.show()
    page.ensure_loaded()
    page.select_id(first.id)
    type_into(qtbot, page.form, "description", "Ulagret tekst")
    answer_next_dialog(click_message_button("Avbryt"))
    assert page.maybe_leave() is False
    assert page.form.record.id == first.id
    assert field(page.form, "description").value() == "Ulagret tekst"
    answer_next_dialog(click_message_button("Lagre"))
    click_row(qtbot, page, second.id)
    assert crud.get(db, m.Lesson, first.id).description == "Ulagret tekst"


def test_table_models_pass_qtmodeltester(qtmodeltester: Any, org_page: OrganisationsPage) -> None:
    qtmodeltester.check(org_page.table_model)
    qtmodeltester.check(org_page.proxy)


def test_keeping_my_version_keeps_the_other_users_changes_to_other_fields(
    qtbot: Any, org_page: OrganisationsPage, db: Any
) -> None:
    from kunnskapsapp.ui.form import ConflictDialog

    org = crud.create(db, m.Organisation, {"name": "VID vitenskapelige høgskole"})
    org_page.refresh()
    org_page.select_id(org.id)
    crud.update(db, m.Organisation, org.id, {"website": "https://www.vid.no"}, org.version)
    type_into(qtbot, org_page.form, "notes", "Kontaktgruppen møtes to ganger i året.")
    answer_next_dialog(lambda dialog: dialog.done(ConflictDialog.KEEP_MINE))
    org_page.save()
    saved = crud.get(db, m.Organisation, org.id)
    assert saved.notes == "Kontaktgruppen møtes to ganger i året."
    assert saved.website == "https://www.vid.no"
    assert not org_page.form.dirty


# --- What the declarations drive ------------------------------------------------------------


def test_pickers_and_tables_sort_in_norwegian_order(qtbot: Any, db: Any) -> None:
    from kunnskapsapp.ui.form import choices_of

    for name in ("Ålesund", "Ørsta", "aker", "Zeta", "Ærø"):
        crud.create(db, m.Organisation, {"name": name})
    names = [label for _id, label in choices_of(m.Organisation)(db)]
    mine = [n for n in names if n in {"Ålesund", "Ørsta", "aker", "Zeta", "Ærø"}]
    assert mine == ["aker", "Zeta", "Ærø", "Ørsta", "Ålesund"]
    page = PeoplePage(db)  # the organisation picker in the person form
    qtbot.addWidget(page)
    page.ensure_loaded()
    combo = field(page.form, "organisation_id")
    open_choices(combo)
    shown = [combo.itemText(i) for i in range(combo.count()) if combo.itemText(i) in mine]
    assert shown == mine
    org_page = OrganisationsPage(db)
    qtbot.addWidget(org_page)
    org_page.ensure_loaded()
    column = [c.key for c in org_page.table_model.columns].index("name")
    org_page.view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    listed = [
        org_page.proxy.index(row, column).data()
        for row in range(org_page.proxy.rowCount())
        if org_page.proxy.index(row, column).data() in mine
    ]
    assert listed == mine


def test_a_column_over_a_declared_amount_shows_kroner(qtmodeltester: Any) -> None:
    from kunnskapsapp.domain.entities import FieldKind, entity
    from kunnskapsapp.services.records import Record
    from kunnskapsapp.ui.table import Column, RecordTableModel

    model = RecordTableModel(
        [Column("granted_amount"), Column("year", "År", value=lambda r: 2026)],
        entity=entity(m.FundingLine),
    )
    model.set_rows([Record(id="a", granted_amount=1250000)])
    qtmodeltester.check(model)
    assert model.columns[0].kind is FieldKind.KRONER
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Innvilget beløp (kr)"
    assert model.index(0, 0).data() == "1\u00a0250\u00a0000\u00a0kr"
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )
    assert model.index(0, 1).data() == "2026"


def test_a_lesson_links_projects_chosen_by_typing(qtbot: Any, db: Any) -> None:
    from PySide6.QtWidgets import QLineEdit, QListWidget

    first = crud.create(db, m.Project, {"title": "Klimavennlige bygg i Bærum"})
    second = crud.create(db, m.Project, {"title": "Velferdsteknologi i hjemmetjenesten"})
    crud.create(db, m.Project, {"title": "Mobilitet i Sandvika"})
    lesson = crud.create(db, m.Lesson, {"title": "Tidlig dialog", "project_ids": [first.id]})
    page = LessonsPage(db)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    page.ensure_loaded()
    page.select_id(lesson.id)
    links = field(page.form, "project_ids")
    line = links.findChild(QLineEdit, "linkListAdd")
    chosen = links.findChild(QListWidget, "linkListChosen")
    assert [chosen.item(i).text() for i in range(chosen.count())] == [first.title]

    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(line.hasFocus)
    qtbot.keyClicks(line, "velferd")
    popup = line.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: chosen.count() == 2 and line.text() == "")
    assert page.form.dirty
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert sorted(crud.get(db, m.Lesson, lesson.id).project_ids) == sorted([first.id, second.id])

    chosen.item(0).setCheckState(Qt.CheckState.Unchecked)  # the user unticks the first
    assert chosen.count() == 1
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert crud.get(db, m.Lesson, lesson.id).project_ids == [second.id]


def test_two_projects_of_one_name_can_both_be_linked(qtbot: Any, db: Any) -> None:
    from PySide6.QtWidgets import QLineEdit, QListWidget

    one = crud.create(db, m.Project, {"title": "Pilot i Sandvika", "short_name": "Pilot A"})
    two = crud.create(db, m.Project, {"title": "Pilot i Bekkestua", "short_name": "Pilot A"})
    lesson = crud.create(db, m.Lesson, {"title": "Tidlig dialog"})
    page = LessonsPage(db)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    page.ensure_loaded()
    page.select_id(lesson.id)
    links = field(page.form, "project_ids")
    line = links.findChild(QLineEdit, "linkListAdd")
    chosen = links.findChild(QListWidget, "linkListChosen")
    for presses in (1, 2):  # the first suggestion, then the second of the same name
        qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(line.hasFocus)
        qtbot.keyClicks(line, "pilot a")
        popup = line.completer().popup()
        qtbot.waitUntil(popup.isVisible)
        for _ in range(presses):
            qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda n=presses: chosen.count() == n and line.text() == "")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert sorted(crud.get(db, m.Lesson, lesson.id).project_ids) == sorted([one.id, two.id])
