"""Agreements and projects through their pages, as a user works with them."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.enums import AgreementKind, AgreementStatus, ProjectForm
from kunnskapsapp.domain.reference import SCHEME_OFFPHD
from kunnskapsapp.services import clock, crud
from kunnskapsapp.ui.pages.agreements import (
    AgreementsPage,
    TerminateDialog,
    TerminationResultDialog,
)
from kunnskapsapp.ui.pages.projects import ProjectsPage
from tests.helpers import snapshot
from tests.ui_helpers import answer_next_dialog, choose, open_tab, press, shown_page, type_into


@pytest.fixture(autouse=True)
def _today() -> Any:
    clock.fix(date(2026, 11, 26))
    yield
    clock.fix(None)


def open_page(qtbot: Any, cls: Any, db: Any) -> Any:
    return shown_page(qtbot, cls(db))


def test_open_ended_agreement_without_interval_is_refused_beside_the_field(
    qtbot: Any, db: Any
) -> None:
    page = open_page(qtbot, AgreementsPage, db)
    before = snapshot(db)
    page.new_record()
    type_into(qtbot, page.form, "title", "Samarbeidsavtale med NTNU")
    type_into(qtbot, page.form, "start_date", "01.03.2019")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    error = page.form.rows["evaluation_interval_months"].error
    assert error.isVisible() and "evalueringsintervall" in error.text()
    assert snapshot(db) == before
    type_into(qtbot, page.form, "evaluation_interval_months", "24")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    record = page.current_record()
    assert record.title == "Samarbeidsavtale med NTNU"
    assert record.next_evaluation == date(2021, 3, 1)
    assert page.table_model.row_style(record) == "overdue"


def test_project_agreements_are_listed_under_their_framework(qtbot: Any, db: Any) -> None:
    parent = crud.create(
        db,
        m.Agreement,
        {
            "title": "Samarbeidsavtale VID",
            "kind": AgreementKind.FRAMEWORK,
            "evaluation_interval_months": 24,
        },
    )
    crud.create(
        db,
        m.Agreement,
        {
            "title": "Avtale om bachelor i vernepleie",
            "kind": AgreementKind.PROJECT,
            "parent_id": parent.id,
            "end_date": date(2028, 6, 30),
        },
    )
    crud.create(
        db,
        m.Agreement,
        {
            "title": "Medlemskap SmartCity Bærum",
            "kind": AgreementKind.MEMBERSHIP,
            "evaluation_interval_months": 12,
        },
    )
    page = open_page(qtbot, AgreementsPage, db)
    page.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    titles = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert titles == [
        "Medlemskap SmartCity Bærum",
        "Samarbeidsavtale VID",
        "    ↳ Avtale om bachelor i vernepleie",
    ]
    page.select_id(parent.id)
    children = open_tab(qtbot, page.form, "projectAgreements")
    assert children.model.rowCount() == 1


def test_terminate_lists_project_agreements_that_must_be_fulfilled(qtbot: Any, db: Any) -> None:
    parent = crud.create(
        db,
        m.Agreement,
        {
            "title": "Samarbeidsavtale NTNU",
            "kind": AgreementKind.FRAMEWORK,
            "evaluation_interval_months": 24,
            "notice_period_months": 6,
        },
    )
    crud.create(
        db,
        m.Agreement,
        {
            "title": "Prosjektavtale ph.d. helse",
            "kind": AgreementKind.PROJECT,
            "parent_id": parent.id,
            "end_date": date(2027, 8, 31),
        },
    )
    page = open_page(qtbot, AgreementsPage, db)
    page.select_id(parent.id)
    seen: dict[str, Any] = {}

    def fill(dialog: Any) -> None:
        assert isinstance(dialog, TerminateDialog)
        assert dialog.effective.value() == date(2027, 5, 26)
        dialog.reason.setPlainText("Kommunen omprioriterer")

        def on_result(result: Any) -> None:
            assert isinstance(result, TerminationResultDialog)
            listing = result.findChild(QWidget, "toFulfilList")
            seen["items"] = [listing.item(i).text() for i in range(listing.count())]
            result.accept()

        answer_next_dialog(on_result)
        press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    answer_next_dialog(fill)
    page.terminate()
    assert seen["items"] == ["Prosjektavtale ph.d. helse (til 31.08.2027)"]
    assert crud.get(db, m.Agreement, parent.id).status is AgreementStatus.TERMINATED


def test_funding_line_deadlines_are_confirmed_before_they_are_saved(qtbot: Any, db: Any) -> None:
    project = crud.create(
        db,
        m.Project,
        {
            "title": "Ph.d. om velferdsteknologi",
            "form": ProjectForm.PHD,
            "start_date": date(2025, 8, 1),
            "end_date": date(2028, 7, 31),
        },
    )
    page = open_page(qtbot, ProjectsPage, db)
    page.select_id(project.id)
    unticked: dict[str, Any] = {}

    def confirm(dialog: Any) -> None:
        assert dialog.objectName() == "deadlineConfirmDialog"
        unticked["title"] = dialog.proposals[0]["title"]
        dialog.table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
        dialog.accept()

    def fill(dialog: Any) -> None:
        choose(dialog.form, "scheme_id", "Offentlig sektor-ph.d.")
        choose(dialog.form, "status", "Innvilget")
        type_into(qtbot, dialog.form, "granted_amount", "2 000 000")
        type_into(qtbot, dialog.form, "total_cost", "4 800 000")
        answer_next_dialog(confirm)
        press(qtbot, dialog, QDialogButtonBox.StandardButton.Save)

    funding = open_tab(qtbot, page.form, "fundingLines")
    answer_next_dialog(fill)
    qtbot.mouseClick(funding.add_button, Qt.MouseButton.LeftButton)
    (saved,) = crud.list_rows(db, m.FundingLine, where={"project_id": project.id})
    assert saved.scheme_id == SCHEME_OFFPHD
    deadlines = crud.list_rows(db, m.Deadline, where={"funding_line_id": saved.id})
    titles = {d.title for d in deadlines}
    assert unticked["title"] not in titles
    assert any(t.startswith("Sluttrapport") for t in titles)
    table = open_tab(qtbot, page.form, "projectDeadlines")
    assert table.model.rowCount() == len(deadlines)


def test_project_filters_and_qtmodeltester(qtbot: Any, db: Any, qtmodeltester: Any) -> None:
    crud.create(
        db,
        m.Project,
        {
            "title": "Ph.d. A",
            "form": ProjectForm.PHD,
            "start_date": date(2020, 1, 1),
            "end_date": date(2023, 12, 31),
        },
    )
    crud.create(
        db,
        m.Project,
        {"title": "Innovasjon B", "form": ProjectForm.INNOVATION, "start_date": date(2024, 1, 1)},
    )
    page = open_page(qtbot, ProjectsPage, db)
    assert page.proxy.rowCount() == 2
    form_filter = next(f for f in page.filters if f.name == "form")
    form_filter.setCurrentIndex(form_filter.findData("phd"))
    assert page.proxy.rowCount() == 1
    form_filter.setCurrentIndex(0)
    year = next(f for f in page.filters if f.name == "year")
    year.setCurrentIndex(year.findData(2025))
    assert [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())] == ["Innovasjon B"]
    qtmodeltester.check(page.table_model)


def test_project_form_saves_priority_areas_and_sdgs(qtbot: Any, db: Any) -> None:
    page = open_page(qtbot, ProjectsPage, db)
    page.new_record()
    type_into(qtbot, page.form, "title", "Klimatilpasset byutvikling")
    choose(page.form, "form", "Innovasjonsprosjekt")
    choose(page.form, "priority_area_ids", "Klimautfordringer")
    choose(page.form, "sdg_ids", "13. Stoppe klimaendringene")
    type_into(qtbot, page.form, "start_date", "1.1.2026")
    type_into(qtbot, page.form, "end_date", "31.12.2025")
    page.save()
    assert "kan ikke være før startdato" in page.form.rows["end_date"].error.text()
    type_into(qtbot, page.form, "end_date", "31.12.2028")
    page.save()
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    saved = crud.list_rows(db, m.Project)[0]
    assert saved.sdg_ids == [13]
    assert len(saved.priority_area_ids) == 1
    assert QApplication.activeModalWidget() is None


def test_a_parent_outside_the_pickers_choices_is_kept_on_save(qtbot: Any, db: Any) -> None:
    pilot = crud.create(
        db, m.Project, {"title": "Forprosjekt om samskaping", "form": ProjectForm.PILOT}
    )
    child = crud.create(
        db,
        m.Project,
        {"title": "Masteroppgave", "form": ProjectForm.MASTER, "parent_project_id": pilot.id},
    )
    page = open_page(qtbot, ProjectsPage, db)
    page.select_id(child.id)
    page.form.reload_choices()  # as after a refresh
    assert page.form.rows["parent_project_id"].widget.currentText() == "Forprosjekt om samskaping"
    type_into(qtbot, page.form, "summary", "Ny tekst")
    page.save()
    assert crud.get(db, m.Project, child.id).parent_project_id == pilot.id


def test_many_projects_load_in_the_background_and_a_requested_one_opens(
    qtbot: Any, db: Any, monkeypatch: Any
) -> None:
    monkeypatch.setattr(ProjectsPage, "background_above", 1)
    made = [crud.create(db, m.Project, {"title": f"Prosjekt {n}"}) for n in range(3)]
    page = ProjectsPage(db)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.rows_loaded, timeout=10_000):
        page.ensure_loaded()
        assert page.count_label.text() == "Henter …"
        assert page.select_id(made[1].id) is False  # not there yet: opened when it arrives
    assert page.proxy.rowCount() == 3
    assert page.form.record is not None and page.form.record.id == made[1].id


def test_open_ended_agreement_counts_its_next_evaluation_from_the_signing_date(
    qtbot: Any, db: Any
) -> None:
    page = open_page(qtbot, AgreementsPage, db)
    page.new_record()
    note = page.findChild(QWidget, "evaluationNote")
    assert note is not None and not note.isVisible()
    type_into(qtbot, page.form, "title", "Samarbeidsavtale med VID")
    type_into(qtbot, page.form, "signed_date", "15.01.2025")
    type_into(qtbot, page.form, "evaluation_interval_months", "12")
    assert note.isVisible()
    assert note.text() == (
        "Neste evaluering: 15.01.2026, regnet fra signeringsdatoen 15.01.2025, "
        "fordi startdato mangler."
    )
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    record = page.current_record()
    assert record.start_date is None
    assert record.next_evaluation == date(2026, 1, 15)
    assert page.table_model.row_style(record) == "overdue"
    assert "signeringsdatoen" in note.text()
    # With a start date the evaluation counts from it, and the note says so while typing.
    type_into(qtbot, page.form, "start_date", "01.03.2025")
    assert note.text() == "Neste evaluering: 01.03.2026, regnet fra startdatoen 01.03.2025."
