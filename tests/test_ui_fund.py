"""Finansiering og fond, as a user works with it: the fund's appropriation per year, allocations
within it (and over it, only with an approved override), the budget plan, and every funding
line with its support rate, per-year amounts and the scheme's deadlines."""

from __future__ import annotations

import re
import sys
import types
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.enums import FundingStatus, ProjectForm
from kunnskapsapp.domain.reference import SCHEME_OFFPHD
from kunnskapsapp.services import clock, crud
from kunnskapsapp.ui.pages.fund import FundPage
from tests.helpers import snapshot
from tests.ui_helpers import (
    answer_next_dialog,
    choose,
    click_message_button,
    click_row,
    shown_page,
    type_into,
)

NBSP = "\u00a0"


def kr(text: str) -> str:
    """Amounts in `text` as the app writes them: "1 250 000 kr" with no-break spaces."""
    return re.sub(r"(?<=\d) (?=\d|kr)", NBSP, text)


@pytest.fixture(autouse=True)
def _today() -> Any:
    clock.fix(date(2026, 3, 2))
    yield
    clock.fix(None)


@pytest.fixture
def project(db: Any) -> Any:
    return crud.create(
        db,
        m.Project,
        {
            "title": "Ph.d. om skoleledelse",
            "short_name": "Ph.d. skoleledelse",
            "form": ProjectForm.PHD,
            "start_date": date(2025, 8, 1),
            "end_date": date(2029, 7, 31),
        },
    )


def open_page(qtbot: Any, db: Any) -> FundPage:
    return shown_page(qtbot, FundPage(db))  # type: ignore[no-any-return]


def year_row(page: FundPage, year: int) -> Any:
    model = page.fund_tab.table_model
    for row in range(model.rowCount()):
        if model.record(row).year == year:
            return row, model.record(row)
    raise AssertionError(f"no row for {year}")


def save_button(dialog: Any) -> Any:
    box = dialog.findChild(QDialogButtonBox)
    return box.button(QDialogButtonBox.StandardButton.Save)


def test_add_an_appropriation_through_the_form(qtbot: Any, db: Any) -> None:
    page = open_page(qtbot, db)
    tab = page.fund_tab
    # the budget plan's years are there before any money is registered
    years = sorted(tab.table_model.record(r).year for r in range(tab.table_model.rowCount()))
    assert years == [2026, 2027, 2028, 2029]
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert tab.form.rows["year"].value() == 2026  # the first year without an appropriation
    type_into(qtbot, tab.form, "amount", "4 500 000")
    type_into(qtbot, tab.form, "notes", "Vedtatt i budsjettet for 2026.")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: year_row(page, 2026)[1].registered)
    saved = crud.list_rows(db, m.FundAppropriation)
    assert [(a.year, a.amount) for a in saved] == [(2026, 4_500_000)]
    row, _record = year_row(page, 2026)
    shown = tab.table_model.index(row, 1).data()
    assert shown == kr("4 500 000 kr")
    assert tab.form.heading.text() == "Bevilgning til fondet 2026"
    assert not tab.form.dirty

    # Ctrl+N: the next year, ready for its amount
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert tab.form.record is None
    assert tab.form.rows["year"].value() == 2027


def test_add_an_allocation_within_the_appropriation(qtbot: Any, db: Any, project: Any) -> None:
    crud.create(db, m.FundAppropriation, {"year": 2026, "amount": 1_000_000})
    page = open_page(qtbot, db)
    box = page.fund_tab.allocations
    assert box.year == 2026  # this year is shown first
    seen: dict[str, Any] = {}

    def fill(dialog: Any) -> None:
        seen["hint"] = dialog.findChild(type(dialog.form.heading), "fundYearHint").text()
        seen["project"] = dialog.form.rows["project_id"].value()
        choose(dialog.form, "project_id", "Ph.d. skoleledelse")
        type_into(qtbot, dialog.form, "amount", "600 000")
        type_into(qtbot, dialog.form, "decision_ref", "FIF 2026/01")
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    answer_next_dialog(fill)
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    assert seen["project"] is None  # no project picked silently
    assert kr("Ledig for denne tildelingen: 1 000 000 kr") in seen["hint"]
    assert box.model.rowCount() == 1
    assert box.model.record(0).amount == 600_000
    assert box.summary.text() == kr("Ledig: 400 000 kr")
    assert year_row(page, 2026)[1].left == 400_000
    assert not page.fund_tab.warning.isVisible()


def test_an_over_allocation_is_refused_beside_the_amount(qtbot: Any, db: Any, project: Any) -> None:
    crud.create(db, m.FundAppropriation, {"year": 2026, "amount": 1_000_000})
    crud.create(db, m.FundAllocation, {"project_id": project.id, "year": 2026, "amount": 600_000})
    page = open_page(qtbot, db)
    before = snapshot(db)
    seen: dict[str, Any] = {}

    def fill(dialog: Any) -> None:
        choose(dialog.form, "project_id", "Ph.d. skoleledelse")
        type_into(qtbot, dialog.form, "amount", "500 000")
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
        error = dialog.form.rows["amount"].error
        seen["visible"] = error.isVisible() and dialog.isVisible()
        seen["text"] = error.text()
        dialog.done(0)

    answer_next_dialog(fill)
    page.fund_tab.allocations.add()
    assert seen["visible"]
    assert kr("ledig: 400 000 kr") in seen["text"]
    assert "merk tildelingen som godkjent overskridelse" in seen["text"]
    assert snapshot(db) == before
    assert page.fund_tab.allocations.model.rowCount() == 1


def test_an_approved_override_saves_and_the_year_turns_red(
    qtbot: Any, db: Any, project: Any
) -> None:
    crud.create(db, m.FundAppropriation, {"year": 2027, "amount": 1_000_000})
    crud.create(db, m.FundAllocation, {"project_id": project.id, "year": 2027, "amount": 650_000})
    page = open_page(qtbot, db)
    tab = page.fund_tab
    assert tab.select_year(2027)
    assert tab.allocations.year == 2027
    seen: dict[str, Any] = {}

    def fill(dialog: Any) -> None:
        form = dialog.form
        choose(form, "project_id", "Ph.d. skoleledelse")
        type_into(qtbot, form, "amount", "700 000")
        assert not form.rows["override_reason"].widget.isEnabled()
        form.rows["override"].widget.click()
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
        seen["reason_error"] = form.rows["override_reason"].error.text()
        type_into(qtbot, form, "override_reason", "Formannskapet vedtok ekstra midler.")
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    answer_next_dialog(fill)
    tab.allocations.add()
    assert "begrunnelse" in seen["reason_error"]
    allocations = crud.list_rows(db, m.FundAllocation, where={"year": 2027})
    assert sorted(a.amount for a in allocations) == [650_000, 700_000]
    assert any(a.override for a in allocations)

    row, record = year_row(page, 2027)
    assert record.over_committed and record.left == -350_000
    assert tab.table_model.row_style(record) == "overdue"
    brush = tab.table_model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert brush is not None and brush.color().red() > 150
    assert tab.warning.isVisible()
    assert kr("2027 er overbelastet med 350 000 kr") in tab.warning.text()
    # the budget plan shows the commitment in red, too
    plan = tab.plan_model
    column = [fy.year for fy in plan.years()].index(2027)
    assert plan.index(2, column).data() == kr("−350 000 kr")
    assert plan.index(2, column).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert tab.allocations.summary.text() == kr("Overbelastet med 350 000 kr")


def test_the_budget_plan_shows_this_year_and_three_more_as_commitments(
    qtbot: Any, db: Any, project: Any
) -> None:
    for year in (2025, 2026, 2027):
        crud.create(db, m.FundAppropriation, {"year": year, "amount": 2_000_000})
    for year, amount in ((2028, 300_000), (2030, 100_000)):
        crud.create(
            db,
            m.FundAllocation,
            {
                "project_id": project.id,
                "year": year,
                "amount": amount,
                "override": True,
                "override_reason": "Vedtatt før bevilgningen.",
            },
        )
    page = open_page(qtbot, db)
    plan = page.fund_tab.plan_model
    assert [fy.year for fy in plan.years()] == [2026, 2027, 2028, 2029]
    assert plan.columnCount() == 5  # four years and their sum
    headers = [plan.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["2026 (i år)", "2027", "2028", "2029", "Sum 2026–2029"]
    assert plan.index(1, 2).data() == kr("300 000 kr")  # committed in 2028
    assert plan.index(0, 4).data() == kr("4 000 000 kr")
    assert "Budsjettplanen 2026–2029" in page.fund_tab.plan_box.title()
    # 2028 has allocations but no appropriation: over-committed, and said so
    assert kr("2028 er overbelastet med 300 000 kr") in page.fund_tab.warning.text()
    years = {page.fund_tab.table_model.record(r).year for r in range(6)}
    assert years == {2025, 2026, 2027, 2028, 2029, 2030}


def test_double_click_on_an_allocations_project_opens_the_project(
    qtbot: Any, db: Any, project: Any
) -> None:
    crud.create(db, m.FundAppropriation, {"year": 2026, "amount": 1_000_000})
    allocation = crud.create(
        db, m.FundAllocation, {"project_id": project.id, "year": 2026, "amount": 200_000}
    )
    page = open_page(qtbot, db)
    view = page.fund_tab.allocations.view
    rect = view.visualRect(view.model().index(0, 0))
    with qtbot.waitSignal(page.open_record_requested) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["projects", project.id]
    # and the main window can open an allocation or a year on this page
    page.fund_tab.select_id(page.fund_tab.table_model.record(0).id)
    assert page.select_id(allocation.id)
    assert page.fund_tab.allocations.selected()["id"] == allocation.id
    assert page.select_id("2026")


def test_removing_an_allocation_asks_first(qtbot: Any, db: Any, project: Any) -> None:
    crud.create(db, m.FundAppropriation, {"year": 2026, "amount": 1_000_000})
    crud.create(db, m.FundAllocation, {"project_id": project.id, "year": 2026, "amount": 200_000})
    page = open_page(qtbot, db)
    box = page.fund_tab.allocations
    box.view.selectRow(0)
    answer_next_dialog(click_message_button("Slett"))
    qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    assert crud.list_rows(db, m.FundAllocation) == []
    assert box.model.rowCount() == 0
    assert year_row(page, 2026)[1].left == 1_000_000


def _funding(db: Any, project: Any, **values: Any) -> Any:
    return crud.create(db, m.FundingLine, {"project_id": project.id, **values})


def test_funding_lines_show_support_rate_and_warning(qtbot: Any, db: Any, project: Any) -> None:
    over = _funding(
        db,
        project,
        scheme_id=SCHEME_OFFPHD,
        status=FundingStatus.GRANTED,
        external_ref="334455",
        granted_amount=600_000,
        total_cost=1_000_000,
        own_cash=100_000,
        own_in_kind=300_000,
        decision_date=date(2025, 6, 20),
    )
    _funding(
        db,
        project,
        scheme_id=SCHEME_OFFPHD,
        status=FundingStatus.REJECTED,
        applied_amount=900_000,
        total_cost=2_000_000,
        decision_date=date(2024, 6, 20),
    )
    page = open_page(qtbot, db)
    page.tabs.setCurrentIndex(1)
    tab = page.funding_tab
    assert tab.proxy.rowCount() == 2
    row = tab.table_model.row_of(over.id)
    headers = [tab.table_model.headerData(c, Qt.Orientation.Horizontal) for c in range(10)]
    assert headers == [
        "Prosjekt",
        "Finansiør",
        "Ordning",
        "Status",
        "Ekstern ref.",
        "Søkt",
        "Innvilget",
        "Totalkostnad",
        "Støttegrad",
        "Egenandel",
    ]
    shown = [tab.table_model.index(row, c).data() for c in range(10)]
    assert shown[:5] == ["Ph.d. skoleledelse", "Forskningsrådet", "OFFPHD", "Innvilget", "334455"]
    assert shown[6:] == [kr("600 000 kr"), kr("1 000 000 kr"), "60,0 %", kr("400 000 kr")]
    assert tab.table_model.row_style(tab.table_model.record(row)) == "warning"
    assert tab.table_model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None

    assert page.select_id(over.id)
    assert tab.form.banner.isVisible()
    assert "Støttegraden er 60,0 %" in tab.form.banner.text()

    filters = {f.name: f for f in tab.filters}
    filters["status"].setCurrentIndex(filters["status"].findText("Avslått"))
    assert tab.proxy.rowCount() == 1
    filters["status"].setCurrentIndex(0)
    filters["year"].setCurrentIndex(filters["year"].findText("2025"))
    assert tab.proxy.rowCount() == 1
    assert "1 av 2" in tab.count_label.text()
    filters["year"].setCurrentIndex(0)
    filters["funder"].setCurrentIndex(filters["funder"].findText("Forskningsrådet"))
    filters["scheme"].setCurrentIndex(filters["scheme"].findText("OFFPHD"))
    assert tab.proxy.rowCount() == 2


def test_a_new_funding_line_confirms_the_schemes_deadlines_and_saves_its_years(
    qtbot: Any, db: Any, project: Any
) -> None:
    page = open_page(qtbot, db)
    page.tabs.setCurrentIndex(1)
    tab = page.funding_tab
    assert tab.form.rows["project_id"].value() is None  # not the first project, silently
    page.new_record()
    assert tab.form.rows["project_id"].value() is None
    choose(tab.form, "project_id", "Ph.d. skoleledelse")
    choose(tab.form, "scheme_id", "Offentlig sektor-ph.d.")
    choose(tab.form, "status", "Innvilget")
    type_into(qtbot, tab.form, "granted_amount", "2 000 000")
    type_into(qtbot, tab.form, "total_cost", "4 800 000")
    editor = tab.years_editor
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    editor.model.setData(editor.model.index(0, 0), "2025")
    editor.model.setData(editor.model.index(0, 1), "1 200 000")
    assert "differanse" in editor.sum_label.text()
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    editor.model.setData(editor.model.index(1, 1), "800 000")
    assert editor.sum_label.text() == kr("Sum: 2 000 000 kr")
    assert tab.form.dirty
    seen: dict[str, Any] = {}

    def confirm(dialog: Any) -> None:
        seen["name"] = dialog.objectName()
        seen["count"] = dialog.table.rowCount()
        dialog.accept()

    answer_next_dialog(confirm)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 1)
    assert seen["name"] == "deadlineConfirmDialog" and seen["count"] > 0
    line = crud.list_rows(db, m.FundingLine)[0]
    assert line.years == [(2025, 1_200_000), (2026, 800_000)]
    deadlines = crud.list_rows(db, m.Deadline, where={"funding_line_id": line.id})
    assert len(deadlines) == seen["count"]
    assert tab.form.record["id"] == line.id and not tab.form.dirty

    # a change to one year's amount alone is saved through set_years
    editor.model.setData(editor.model.index(1, 1), "750 000")
    assert tab.form.dirty
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.form.dirty)
    assert crud.get(db, m.FundingLine, line.id).years == [(2025, 1_200_000), (2026, 750_000)]


def test_cancelling_the_deadlines_saves_nothing(qtbot: Any, db: Any, project: Any) -> None:
    page = open_page(qtbot, db)
    page.tabs.setCurrentIndex(1)
    tab = page.funding_tab
    before = snapshot(db)
    tab.new_record()
    choose(tab.form, "project_id", "Ph.d. skoleledelse")
    choose(tab.form, "scheme_id", "Offentlig sektor-ph.d.")
    messages: list[str] = []  # the "Kan ikke lagre" message follows the cancelled dialog

    def dismiss(box: Any) -> None:
        messages.append(box.text())
        box.accept()

    def chain(dialog: Any) -> None:
        answer_next_dialog(dismiss)
        dialog.reject()

    answer_next_dialog(chain)
    tab.save()
    assert snapshot(db) == before
    assert any("Ingenting er lagret" in text for text in messages)


def test_year_amounts_refuse_a_bad_year(qtbot: Any, db: Any) -> None:
    page = open_page(qtbot, db)
    page.tabs.setCurrentIndex(1)
    editor = page.funding_tab.years_editor
    editor.add_year()
    editor.add_year()
    model = editor.model
    assert not model.setData(model.index(1, 0), str(model.pairs()[0][0]))
    assert "står der allerede" in editor.message.text()
    assert not model.setData(model.index(1, 0), "1999")
    assert not model.setData(model.index(1, 1), "mange")
    assert editor.message.text() == "«mange» er ikke et beløp i kroner."
    assert len(model.pairs()) == 2


def test_unsaved_appropriation_guards_leaving_the_page(qtbot: Any, db: Any) -> None:
    page = open_page(qtbot, db)
    page.fund_tab.new_record()
    type_into(qtbot, page.fund_tab.form, "amount", "3 000 000")
    page.tabs.setCurrentIndex(1)
    answer_next_dialog(click_message_button("Avbryt"))
    assert page.maybe_leave() is False
    assert page.current_tab() is page.fund_tab
    answer_next_dialog(click_message_button("Lagre"))
    assert page.maybe_leave() is True
    assert [(a.year, a.amount) for a in crud.list_rows(db, m.FundAppropriation)] == [
        (2026, 3_000_000)
    ]


def test_models_pass_qtmodeltester(qtbot: Any, db: Any, project: Any, qtmodeltester: Any) -> None:
    crud.create(db, m.FundAppropriation, {"year": 2026, "amount": 1_000_000})
    crud.create(db, m.FundAllocation, {"project_id": project.id, "year": 2026, "amount": 200_000})
    _funding(db, project, scheme_id=SCHEME_OFFPHD, granted_amount=1, total_cost=3)
    page = open_page(qtbot, db)
    page.tabs.setCurrentIndex(1)
    page.funding_tab.years_editor.set_value([(2026, 1), (2027, 2)])
    tab = page.fund_tab
    for model in (
        tab.table_model,
        tab.proxy,
        tab.plan_model,
        tab.allocations.model,
        tab.allocations.proxy,
        page.funding_tab.table_model,
        page.funding_tab.proxy,
        page.funding_tab.years_editor.model,
    ):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_ctrl_p_opens_the_fund_report_from_either_tab(
    qtbot: Any, db: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[Any, str]] = []
    fake = types.ModuleType("kunnskapsapp.ui.reports")
    fake.open_report_dialog = lambda parent, db, kind, **kw: calls.append((db, kind))  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "kunnskapsapp.ui.reports", fake)
    page = open_page(qtbot, db)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    for index in (0, 1):
        page.tabs.setCurrentIndex(index)
        page.current_tab().view.setFocus()
        qtbot.keyClick(page.current_tab().view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    page.print_report()  # the main window's menu and toolbar
    assert calls == [(db, "fund")] * 3


def test_deleting_an_appropriation_leaves_the_year_with_its_allocations(
    qtbot: Any, db: Any, project: Any
) -> None:
    crud.create(db, m.FundAppropriation, {"year": 2026, "amount": 1_000_000})
    crud.create(db, m.FundAllocation, {"project_id": project.id, "year": 2026, "amount": 200_000})
    page = open_page(qtbot, db)
    tab = page.fund_tab
    assert tab.form.record is not None and tab.form.record.year == 2026
    answer_next_dialog(click_message_button("Slett"))
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert crud.list_rows(db, m.FundAppropriation) == []
    _row, record = year_row(page, 2026)
    assert not record.registered and record.over_committed
    assert tab.form.record is None and tab.form.rows["year"].value() == 2026
    assert tab.form.heading.text() == "2026: ingen bevilgning registrert"
    assert tab.allocations.model.rowCount() == 1
    assert kr("2026 er overbelastet med 200 000 kr") in tab.warning.text()
    # a second appropriation for a year is refused beside the year
    crud.create(db, m.FundAppropriation, {"year": 2027, "amount": 1})
    before = snapshot(db)
    tab.form.rows["year"].set_value(2027)
    type_into(qtbot, tab.form, "amount", "5")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert "finnes allerede" in tab.form.rows["year"].error.text()
    assert snapshot(db) == before


def test_a_funding_lines_form_names_its_project(qtbot: Any, db: Any, project: Any) -> None:
    line = _funding(db, project, scheme_id=SCHEME_OFFPHD, external_ref="334455")
    page = open_page(qtbot, db)
    page.tabs.setCurrentIndex(1)
    tab = page.funding_tab
    click_row(qtbot, tab, line.id)
    qtbot.waitUntil(lambda: (tab.current_record() or {}).get("id") == line.id)
    assert tab.form.heading.text() == "Finansiering 334455 – Ph.d. skoleledelse"  # its short name


def test_a_year_with_many_allocations_is_read_off_the_ui_thread(
    qtbot: Any, db: Any, project: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A year of thousands of allocations froze the window while they were read: they arrive
    in the background (here above a lowered threshold), and the one asked for (from the
    search, say) is selected when they do."""
    from kunnskapsapp.ui.pages.fund.allocations import AllocationsBox

    monkeypatch.setattr(AllocationsBox, "background_above", 1)
    crud.create(db, m.FundAppropriation, {"year": 2026, "amount": 1_000_000})
    for amount in (100_000, 200_000, 300_000):
        wanted = crud.create(
            db, m.FundAllocation, {"project_id": project.id, "year": 2026, "amount": amount}
        )
    page = open_page(qtbot, db)
    box = page.fund_tab.allocations
    qtbot.waitUntil(lambda: box.model.rowCount() == 3)
    assert box.summary.text() == kr("Ledig: 400 000 kr")

    assert page.select_id(wanted.id)  # the year is read again, the allocation chosen
    assert box.reading
    qtbot.waitUntil(lambda: box.selected() is not None)
    assert box.selected()["amount"] == 300_000
    assert box.edit_button.isEnabled()
