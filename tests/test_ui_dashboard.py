"""Oversikt: the sections and their counts, empty sections saying so, reacting to new data,
and every listed item opening its record."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.enums import (
    AgreementKind,
    AgreementStatus,
    DeadlineKind,
    ProjectForm,
    ProjectStatus,
)
from kunnskapsapp.services import agreements, clock, crud
from kunnskapsapp.ui.pages.dashboard import DashboardPage
from kunnskapsapp.ui.pages.deadlines import DeadlinesPage

TODAY = date(2021, 12, 10)


@pytest.fixture(autouse=True)
def fixed_today() -> Iterator[date]:
    clock.fix(TODAY)
    yield TODAY
    clock.fix(None)


def make_page(qtbot: Any, db: Any, background: bool = False) -> DashboardPage:
    page = DashboardPage(db, background=background)
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()
    page.ensure_loaded()
    return page


def text(page: DashboardPage, name: str) -> str:
    label = page.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def table(page: DashboardPage, name: str) -> QTableView:
    view = page.findChild(QTableView, f"table_{name}")
    assert view is not None, name
    return view


def cells(page: DashboardPage, name: str, column: int = 1) -> list[str]:
    model = table(page, name).model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def deadline(db: Any, title: str, due: date, **extra: Any) -> Any:
    return crud.create(
        db, m.Deadline, {"title": title, "due_date": due, "kind": DeadlineKind.OTHER, **extra}
    )


def test_the_page_interface_the_main_window_relies_on(qtbot: Any, db: Any) -> None:
    page = make_page(qtbot, db)
    assert (page.title, page.page_id, page.objectName()) == (
        "Oversikt",
        "dashboard",
        "page_dashboard",
    )
    assert page.maybe_leave() is True
    assert page.select_id("whatever") is False
    for name in ("new_record", "save", "delete", "focus_search", "save_state", "restore_state"):
        getattr(page, name)()
    assert "Fredag 10. desember 2021" in text(page, "dashboardDate")


def test_empty_sections_say_so(qtbot: Any, db: Any) -> None:
    page = make_page(qtbot, db)
    assert text(page, "heading_overdue") == "Forfalte frister (0)"
    assert text(page, "empty_overdue") == "Ingen forfalte frister."
    assert page.findChild(QLabel, "empty_overdue").isVisible()
    assert not table(page, "overdue").isVisible()
    assert text(page, "heading_upcoming") == "Frister de neste 30 dagene (0)"
    assert text(page, "empty_upcoming") == "Ingen frister de neste 30 dagene."
    assert text(page, "heading_evaluations") == "Avtaler som skal evalueres (0)"
    assert text(page, "heading_to_fulfil") == (
        "Prosjektavtaler som må oppfylles etter oppsigelse (0)"
    )
    assert text(page, "empty_fund") == "Ingen bevilgning eller tildeling i år."


def test_a_new_overdue_deadline_appears_and_opens_its_record(qtbot: Any, db: Any) -> None:
    page = make_page(qtbot, db)
    late = deadline(db, "Sluttrapport til Forskningsrådet", date(2021, 12, 3))
    deadline(db, "Utført for lengst", date(2021, 11, 1), status="done", done_date=TODAY)
    page.refresh()
    assert text(page, "heading_overdue") == "Forfalte frister (1)"
    assert not page.findChild(QLabel, "empty_overdue").isVisible()
    view = table(page, "overdue")
    assert view.isVisible()
    assert cells(page, "overdue") == ["Sluttrapport til Forskningsrådet"]
    model = view.model()
    assert model.index(0, 4).data() == "7 dager over"
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ForegroundRole) is not None

    view.setCurrentIndex(model.index(0, 1))
    view.setFocus()
    with qtbot.waitSignal(
        page.open_record_requested, check_params_cb=lambda p, r: (p, r) == ("deadlines", late.id)
    ):
        qtbot.keyClick(view, Qt.Key.Key_Return)


def test_the_next_30_days_with_weekend_notes_and_double_click(qtbot: Any, db: Any) -> None:
    soon = deadline(db, "Søknadsfrist IPO", date(2021, 12, 25))
    deadline(db, "Langt fram", date(2022, 3, 1))
    page = make_page(qtbot, db)
    assert text(page, "heading_upcoming") == "Frister de neste 30 dagene (1)"
    assert cells(page, "upcoming") == ["Søknadsfrist IPO"]
    assert cells(page, "upcoming", 5) == ["Første juledag"]
    view = table(page, "upcoming")
    assert not view.isColumnHidden(5)
    centre = view.visualRect(view.model().index(0, 1)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    with qtbot.waitSignal(
        page.open_record_requested, check_params_cb=lambda p, r: (p, r) == ("deadlines", soon.id)
    ):
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_the_notes_column_is_hidden_when_no_deadline_falls_on_a_day_off(
    qtbot: Any, db: Any
) -> None:
    deadline(db, "Tirsdagsfrist", date(2021, 12, 14))
    page = make_page(qtbot, db)
    assert table(page, "upcoming").isColumnHidden(5)


def test_agreements_due_for_evaluation_and_to_fulfil_after_termination(qtbot: Any, db: Any) -> None:
    framework = crud.create(
        db,
        m.Agreement,
        {
            "title": "Samarbeidsavtale med NTNU",
            "kind": AgreementKind.FRAMEWORK,
            "status": AgreementStatus.ACTIVE,
            "start_date": date(2020, 1, 1),
            "evaluation_interval_months": 24,
        },
    )
    child = crud.create(
        db,
        m.Agreement,
        {
            "title": "Prosjektavtale ph.d. KI i byggesak",
            "kind": AgreementKind.PROJECT,
            "status": AgreementStatus.ACTIVE,
            "parent_id": framework.id,
            "start_date": date(2021, 1, 1),
            "end_date": date(2024, 12, 31),
            "fulfil_after_parent_terminated": True,
        },
    )
    page = make_page(qtbot, db)
    assert text(page, "heading_evaluations") == "Avtaler som skal evalueres (1)"
    assert cells(page, "evaluations") == ["Samarbeidsavtale med NTNU"]
    assert cells(page, "evaluations", 0) == ["01.01.2022"]
    view = table(page, "evaluations")
    view.setCurrentIndex(view.model().index(0, 0))
    with qtbot.waitSignal(
        page.open_record_requested,
        check_params_cb=lambda p, r: (p, r) == ("agreements", framework.id),
    ):
        qtbot.keyClick(view, Qt.Key.Key_Enter)

    agreements.terminate(db, framework.id, requested=TODAY)
    page.refresh()
    assert text(page, "heading_evaluations") == "Avtaler som skal evalueres (0)"
    assert text(page, "heading_to_fulfil") == (
        "Prosjektavtaler som må oppfylles etter oppsigelse (1)"
    )
    assert cells(page, "to_fulfil", 0) == ["Prosjektavtale ph.d. KI i byggesak"]
    assert cells(page, "to_fulfil", 1) == ["Samarbeidsavtale med NTNU"]
    view = table(page, "to_fulfil")
    view.setCurrentIndex(view.model().index(0, 0))
    with qtbot.waitSignal(
        page.open_record_requested,
        check_params_cb=lambda p, r: (p, r) == ("agreements", child.id),
    ):
        qtbot.keyClick(view, Qt.Key.Key_Return)


def test_this_years_fund_and_an_over_commitment_warning(qtbot: Any, db: Any) -> None:
    project = crud.create(db, m.Project, {"title": "Innovasjon i skolen"})
    crud.create(db, m.FundAppropriation, {"year": 2021, "amount": 1_000_000})
    crud.create(db, m.FundAllocation, {"project_id": project.id, "year": 2021, "amount": 400_000})
    page = make_page(qtbot, db)
    assert text(page, "heading_fund") == "Fondet i år (2021)"
    assert text(page, "fund_1_1") == "1\u00a0000\u00a0000\u00a0kr"
    assert text(page, "fund_2_1") == "400\u00a0000\u00a0kr"
    assert text(page, "fund_3_1") == "600\u00a0000\u00a0kr"
    assert [text(page, f"fund_0_{col}") for col in range(1, 5)] == ["2021", "2022", "2023", "2024"]
    assert not page.findChild(QLabel, "fundWarning").isVisible()

    crud.create(
        db,
        m.FundAllocation,
        {
            "project_id": project.id,
            "year": 2022,
            "amount": 250_000,
            "override": True,
            "override_reason": "Vedtatt av kommunedirektøren",
        },
    )
    page.refresh()
    warning = page.findChild(QLabel, "fundWarning")
    assert warning.isVisible()
    assert "2022: tildelt 250\u00a0000\u00a0kr mer enn bevilget." in warning.text()


def test_the_portfolio_summary(qtbot: Any, db: Any) -> None:
    ntnu = crud.create(db, m.Organisation, {"name": "NTNU", "kind": "university"})
    crud.create(
        db,
        m.Project,
        {
            "title": "Ph.d. KI i byggesak",
            "form": ProjectForm.PHD,
            "status": ProjectStatus.ONGOING,
            "start_date": date(2020, 8, 1),
            "phd_institution_id": ntnu.id,
        },
    )
    page = make_page(qtbot, db)
    assert text(page, "heading_summary") == "Porteføljen (1 prosjekt)"
    assert text(page, "summary_by_form") == "Ph.d.\u2011prosjekt\u00a01"
    assert text(page, "summary_phd_by_institution") == "NTNU\u00a01"
    assert text(page, "summary_students_admitted") == "0"


def test_refreshing_in_the_background_keeps_the_window_responsive(qtbot: Any, db: Any) -> None:
    page = DashboardPage(db, background=True)
    qtbot.addWidget(page)
    page.show()
    # The first show is the frame at once; its figures come from a background read.
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.ensure_loaded()
        assert text(page, "dashboardStatus") == "Henter oversikten …"
    assert text(page, "heading_overdue") == "Forfalte frister (0)"
    deadline(db, "Regnskap", date(2021, 12, 9))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
        assert text(page, "dashboardStatus") == "Oppdaterer …"
    assert text(page, "heading_overdue") == "Forfalte frister (1)"
    assert text(page, "dashboardStatus") == ""


def test_an_item_opens_on_the_deadlines_page(qtbot: Any, db: Any) -> None:
    late = deadline(db, "Sluttrapport", date(2021, 12, 3))
    deadline(db, "Julebrev", date(2021, 12, 24))
    page = make_page(qtbot, db)
    deadlines_page = DeadlinesPage(db)
    qtbot.addWidget(deadlines_page)
    deadlines_page.ensure_loaded()
    deadlines_page.show_day(date(2021, 12, 24))
    page.open_record_requested.connect(lambda _page, record_id: deadlines_page.select_id(record_id))
    view = table(page, "overdue")
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert deadlines_page.form.record["id"] == late.id
    assert deadlines_page.current_record()["id"] == late.id


def test_ctrl_p_opens_the_portfolio_report(
    qtbot: Any, db: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    fake = types.ModuleType("kunnskapsapp.ui.reports")
    fake.open_report_dialog = lambda parent, db, kind: calls.append(kind)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "kunnskapsapp.ui.reports", fake)
    page = make_page(qtbot, db)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.refresh_button.setFocus()
    qtbot.keyClick(page.refresh_button, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert calls == ["portfolio"]


def test_section_models_pass_qtmodeltester(qtmodeltester: Any, qtbot: Any, db: Any) -> None:
    deadline(db, "Forfalt", date(2021, 12, 1))
    deadline(db, "Snart", date(2021, 12, 13))
    page = make_page(qtbot, db)
    for section in page.list_sections:
        qtmodeltester.check(section.model)
