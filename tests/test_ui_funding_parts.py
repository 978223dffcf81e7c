"""A funding line's own contribution: derived from the total cost unless the user gives it,
with a warning when the parts do not add up, as a user types it in the project form."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.enums import FundingStatus, ProjectForm
from kunnskapsapp.services import clock, crud
from kunnskapsapp.ui.pages.projects import ProjectsPage
from tests.ui_helpers import answer_next_dialog, choose, open_tab, type_into


@pytest.fixture(autouse=True)
def _today() -> Any:
    clock.fix(date(2026, 11, 26))
    yield
    clock.fix(None)


def funding_table(qtbot: Any, page: ProjectsPage) -> Any:
    return open_tab(qtbot, page.form, "fundingLines")


def cell(table: Any, header: str) -> str:
    model = table.model
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == header
    )
    return str(model.index(0, column).data())


def fill_and_save(qtbot: Any, values: dict[str, str], seen: dict[str, str]) -> Any:
    def handler(dialog: QWidget) -> None:
        assert isinstance(dialog, QDialog) and dialog.objectName() == "dialog_funding_line"
        form = dialog.form  # type: ignore[attr-defined]
        seen["banner"] = form.banner.text() if form.banner.isVisible() else ""
        for name, text in values.items():
            if name in ("status", "funder_id"):
                choose(form, name, text)
            else:
                type_into(qtbot, form, name, text)
        buttons = dialog.findChild(QDialogButtonBox)
        buttons.button(QDialogButtonBox.StandardButton.Save).click()
        if dialog.isVisible():  # refused: say why instead of hanging on the open dialog
            errors = [r.error.text() for r in form.rows.values() if r.error.text()]
            seen["refused"] = "; ".join(errors) or "the dialog stayed open"
            dialog.done(QDialog.DialogCode.Rejected)

    answer_next_dialog(handler)


def test_own_contribution_is_derived_and_a_mismatch_is_warned(qtbot: Any, db: Any) -> None:
    project = crud.create(
        db,
        m.Project,
        {"title": "Innovasjon i hjemmetjenesten", "form": ProjectForm.INNOVATION},
    )
    page = ProjectsPage(db)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    page.ensure_loaded()
    page.select_id(project.id)
    table = funding_table(qtbot, page)
    seen: dict[str, str] = {}

    # Total cost 3 000 000, granted 2 250 000, no own contribution typed: 750 000 kr.
    fill_and_save(
        qtbot,
        {
            "funder_id": "Forskningsrådet",
            "status": "Innvilget",
            "granted_amount": "2250000",
            "total_cost": "3000000",
        },
        seen,
    )
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    assert "refused" not in seen, seen
    qtbot.waitUntil(lambda: table.model.rowCount() == 1)
    assert cell(table, "Egenandel") == "750\u00a0000\u00a0kr"
    line = crud.list_rows(db, m.FundingLine)[0]
    assert line.own_contribution == 750_000 and line.own_contribution_derived
    assert line.support_warning == "" and line.parts_warning == ""
    assert line.status is FundingStatus.GRANTED

    # The user overrides it with 500 000 in cash: that is shown, and the gap is warned about.
    table.view.selectRow(0)
    fill_and_save(qtbot, {"own_cash": "500000"}, seen)
    qtbot.mouseClick(table.edit_button, Qt.MouseButton.LeftButton)
    assert "refused" not in seen, seen
    qtbot.waitUntil(lambda: cell(table, "Egenandel") == "500\u00a0000\u00a0kr")
    assert seen["banner"] == ""
    # Opening the line again shows why it does not add up.
    table.view.selectRow(0)
    fill_and_save(qtbot, {}, seen)
    qtbot.mouseClick(table.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "banner" in seen and seen["banner"] != "")
    assert "Delene går ikke opp i totalkostnaden" in seen["banner"]
    assert "2\u00a0750\u00a0000\u00a0kr" in seen["banner"]
    assert "3\u00a0000\u00a0000\u00a0kr" in seen["banner"]
    # The project's own contribution in the list follows the same rule.
    assert crud.get(db, m.Project, project.id).own_contribution_total == 500_000
