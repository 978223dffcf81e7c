"""A newcomer's path through the real main window, end to end.

Register a framework agreement with NTNU, a project agreement under it, a public-sector PhD
project under that with Research Council funding and a fund allocation, confirm its generated
deadlines, then find them on the dashboard and in the deadline calendar.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from kunnskapsapp.domain import models as m
from kunnskapsapp.services import clock, crud
from kunnskapsapp.ui.main_window import MainWindow
from tests.ui_helpers import answer_next_dialog, choose, open_tab, press, type_into

TODAY = date(2026, 11, 26)


@pytest.fixture(autouse=True)
def _today() -> Any:
    clock.fix(TODAY)
    yield
    clock.fix(None)


def fill_dialog(
    qtbot: Any, values: dict[str, str], choices: dict[str, str], then: Any = None
) -> Any:
    """Answer the next dialog: type and choose, then press Save."""

    def handler(dialog: Any) -> None:
        form = dialog.form
        for name, text in choices.items():
            choose(form, name, text)
        for name, text in values.items():
            type_into(qtbot, form, name, text)
        if then is not None:
            answer_next_dialog(then)
        press(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
        assert dialog.result_record is not None, {
            n: r.error.text() for n, r in form.rows.items() if r.error.text()
        }

    return handler


def test_newcomer_registers_an_offphd_project_and_finds_its_deadlines(qtbot: Any, db: Any) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    assert "Kunnskapsapp" in window.windowTitle()
    assert window.db_label.text().startswith("Database: ")

    # 1. NTNU
    orgs = window.show_page("organisations")
    orgs.new_record()
    type_into(qtbot, orgs.form, "name", "Norges teknisk-naturvitenskapelige universitet")
    type_into(qtbot, orgs.form, "short_name", "NTNU")
    choose(orgs.form, "kind", "Universitet")
    orgs.save()
    assert orgs.form.record is not None

    # 2. The framework agreement, with NTNU as party
    agreements = window.show_page("agreements")
    agreements.new_record()
    type_into(qtbot, agreements.form, "title", "Samarbeidsavtale med NTNU")
    type_into(qtbot, agreements.form, "start_date", "01.03.2019")
    type_into(qtbot, agreements.form, "evaluation_interval_months", "24")
    type_into(qtbot, agreements.form, "notice_period_months", "6")
    choose(agreements.form, "initiator", "Gjensidig")
    agreements.save()
    framework = agreements.form.record
    assert framework is not None and framework.kind.value == "framework"
    parties = open_tab(qtbot, agreements.form, "agreementParties")
    answer_next_dialog(fill_dialog(qtbot, {}, {"organisation_id": "NTNU"}))
    qtbot.mouseClick(parties.add_button, Qt.MouseButton.LeftButton)
    assert parties.model.rowCount() == 1

    # 3. A project agreement under it
    children = open_tab(qtbot, agreements.form, "projectAgreements")
    answer_next_dialog(
        fill_dialog(
            qtbot,
            {"title": "Prosjektavtale: ph.d. om velferdsteknologi", "end_date": "31.07.2030"},
            {"kind": "Prosjektavtale"},
        )
    )
    qtbot.mouseClick(children.add_button, Qt.MouseButton.LeftButton)
    assert children.model.rowCount() == 1
    project_agreement = children.model.record(0)
    assert project_agreement.parent_id == framework.id

    # 4. An appropriation for this year in the fund
    fund = window.show_page("fund")
    fund.fund_tab.new_record()
    type_into(qtbot, fund.fund_tab.form, "year", "2026")
    type_into(qtbot, fund.fund_tab.form, "amount", "3 000 000")
    fund.fund_tab.save()
    assert crud.list_rows(db, m.FundAppropriation)[0].amount == 3_000_000

    # 5. The PhD project under the project agreement
    projects = window.show_page("projects")
    projects.new_record()
    type_into(qtbot, projects.form, "title", "Velferdsteknologi i hjemmetjenesten")
    choose(projects.form, "form", "Ph.d.-prosjekt")
    choose(projects.form, "status", "Pågående")
    choose(projects.form, "agreement_id", "Prosjektavtale: ph.d. om velferdsteknologi")
    choose(projects.form, "phd_institution_id", "NTNU")
    type_into(qtbot, projects.form, "start_date", "05.09.2026")  # first meeting 05.12.2026
    type_into(qtbot, projects.form, "end_date", "04.09.2030")
    type_into(qtbot, projects.form, "phd_duration_years", "4")
    projects.save()
    project = projects.form.record
    assert project is not None, {n: r.error.text() for n, r in projects.form.rows.items()}

    # 6. Research Council funding: the generated deadlines are shown for confirmation
    confirmed: dict[str, Any] = {}

    def confirm(dialog: Any) -> None:
        assert dialog.objectName() == "deadlineConfirmDialog"
        confirmed["n"] = len(dialog.proposals)
        confirmed["first"] = dialog.proposals[0]
        dialog.accept()

    funding = open_tab(qtbot, projects.form, "fundingLines")
    answer_next_dialog(
        fill_dialog(
            qtbot,
            {
                "external_ref": "327700",
                "granted_amount": "2 400 000",
                "total_cost": "4 800 000",
                "own_cash": "1 200 000",
                "own_in_kind": "1 200 000",
            },
            {"scheme_id": "Offentlig sektor-ph.d.", "status": "Innvilget"},
            then=confirm,
        )
    )
    qtbot.mouseClick(funding.add_button, Qt.MouseButton.LeftButton)
    assert funding.model.rowCount() == 1
    line = funding.model.record(0)
    assert line.support_rate_text == "50,0 %" and line.support_warning == ""
    assert confirmed["first"]["due_date"] == date(2026, 12, 5)
    saved = crud.list_rows(db, m.Deadline, where={"project_id": project.id})
    assert len(saved) == confirmed["n"]

    # 7. A fund allocation for this year
    allocations = open_tab(qtbot, projects.form, "fundAllocations")
    answer_next_dialog(fill_dialog(qtbot, {"year": "2026", "amount": "250 000"}, {}))
    qtbot.mouseClick(allocations.add_button, Qt.MouseButton.LeftButton)
    assert allocations.model.rowCount() == 1

    # 8. The dashboard lists the first collaboration meeting among the next 30 days
    dashboard = window.show_page("dashboard")
    qtbot.waitUntil(
        lambda: (
            dashboard.data is not None
            and any(r.project_id == project.id for r in dashboard.data.upcoming)
        )
    )
    section = dashboard.upcoming
    row = next(
        i
        for i in range(section.model.rowCount())
        if section.model.record(i).project_id == project.id
    )
    deadline_id = section.model.record(row)["id"]
    section.view.activated.emit(section.model.index(row, 0))
    deadlines = window.pages["deadlines"]
    qtbot.waitUntil(lambda: window.current_page() is deadlines)
    assert deadlines.form.record is not None and deadlines.form.record.id == deadline_id

    # 9. ... and the deadline calendar marks its day
    assert deadlines.calendar.day_kind(date(2026, 12, 5)) == "open"
    assert QApplication.activeModalWidget() is None


def test_the_navigation_names_each_page_as_its_heading() -> None:
    from kunnskapsapp.ui.main_window import PAGES

    for entry in PAGES:
        cls = entry.load()
        assert (cls.page_id, cls.title) == (entry.page_id, entry.title)
