"""Lists that fit: at 1280×800 no list hides a column behind a horizontal scrollbar, the
columns that matter most stay when the window narrows, and a width the user drags a column
to is kept."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget

from kunnskapsapp.domain import models as m
from kunnskapsapp.services import clock, crud
from kunnskapsapp.services.demo import create_demo
from kunnskapsapp.ui.main_window import PAGES, MainWindow
from kunnskapsapp.ui.page import ListPage
from kunnskapsapp.ui.pages.agreements import AgreementsPage
from kunnskapsapp.ui.pages.projects import ProjectsPage
from tests.ui_helpers import shown_page

TODAY = date(2026, 11, 26)
AGREEMENT = {
    "title": "Samarbeidsavtale med NTNU",
    "kind": "framework",
    "evaluation_interval_months": 24,
}


@pytest.fixture(autouse=True)
def _today() -> Any:
    clock.fix(TODAY)
    yield
    clock.fix(None)


def shown_headers(page: ListPage) -> list[str]:
    header = page.view.horizontalHeader()
    return [
        page.table_model.columns[i].header
        for i in range(header.count())
        if not header.isSectionHidden(i)
    ]


def list_pages(window: MainWindow) -> list[ListPage]:
    pages: list[ListPage] = []
    for entry in PAGES:
        page = window.show_page(entry.page_id)
        pages += [page] if isinstance(page, ListPage) else page.findChildren(ListPage)
    return pages


def test_no_list_scrolls_sideways_at_1280_by_800(qtbot: Any, db: Any) -> None:
    create_demo(db, today=TODAY)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    pages = list_pages(window)
    assert len(pages) >= 8
    for page in pages:
        if not page.isVisible():  # the fund page's other tab
            page.window().show()
            continue
        qtbot.waitUntil(lambda page=page: page.table_model.total_count() > 0)
        qtbot.waitUntil(lambda page=page: page.view.horizontalScrollBar().maximum() == 0)
        assert len(shown_headers(page)) >= 3, (page.page_id, shown_headers(page))
    agreements = window.show_page("agreements")
    assert {"Avtale", "Status", "Parter"} <= set(shown_headers(agreements))


def test_columns_give_way_by_priority_and_come_back(qtbot: Any, db: Any) -> None:
    crud.create(db, m.Agreement, AGREEMENT)
    page = shown_page(qtbot, AgreementsPage(db), (1800, 700))
    page.splitter.setSizes([1300, 500])
    qtbot.waitUntil(lambda: len(shown_headers(page)) == len(page.table_model.columns))
    page.splitter.setSizes([420, 1380])
    qtbot.waitUntil(lambda: "Start" not in shown_headers(page))
    narrow = shown_headers(page)
    assert narrow[0] == "Avtale" and "Status" in narrow and "Parter" in narrow
    assert "Start" not in narrow  # priority 3: gone first
    assert page.view.horizontalScrollBar().maximum() == 0
    page.splitter.setSizes([1500, 300])
    qtbot.waitUntil(lambda: {"Start", "Saksnr."} <= set(shown_headers(page)))


def test_a_column_width_the_user_sets_is_kept(qtbot: Any, db: Any) -> None:
    crud.create(db, m.Agreement, AGREEMENT)

    def open_page() -> AgreementsPage:
        return shown_page(qtbot, AgreementsPage(db), (1800, 700))  # type: ignore[no-any-return]

    page = open_page()
    header = page.view.horizontalHeader()
    status = next(i for i, c in enumerate(page.table_model.columns) if c.key == "status")
    qtbot.waitUntil(lambda: not header.isSectionHidden(status))
    # drag the right edge of Status 40 pixels to the right, as a user does
    edge = header.sectionViewportPosition(status) + header.sectionSize(status) - 1
    y = header.height() // 2
    width = header.sectionSize(status)
    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge, y))
    qtbot.mouseMove(header.viewport(), QPoint(edge + 40, y))
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge + 40, y))
    qtbot.waitUntil(lambda: header.sectionSize(status) == width + 40)
    qtbot.waitUntil(lambda: page.view.horizontalScrollBar().maximum() == 0)
    page.close()

    again = open_page()
    qtbot.waitUntil(lambda: again.view.horizontalHeader().sectionSize(status) == width + 40)


def test_the_partner_comes_before_the_municipality(qtbot: Any, db: Any) -> None:
    from kunnskapsapp.services import agreements, profile

    profile.update_profile(db, {"name": "Bærum kommune"})
    own = crud.create(db, m.Organisation, {"name": "Bærum kommune", "kind": "public"})
    ntnu = crud.create(db, m.Organisation, {"name": "NTNU", "kind": "university"})
    agreement = crud.create(db, m.Agreement, AGREEMENT)
    for org in (own, ntnu):
        crud.create(db, m.AgreementParty, {"agreement_id": agreement.id, "organisation_id": org.id})
    (row,) = agreements.agreements_overview(db)
    assert row.partner_names == "NTNU, Bærum kommune"


def test_an_empty_list_shows_its_headers_whole(qtbot: Any, db: Any) -> None:
    """Before there are rows to measure, each shown column is as wide as its header."""
    page = shown_page(qtbot, ProjectsPage(db), (1280, 800))
    header = page.view.horizontalHeader()
    qtbot.waitUntil(lambda: page.findChild(QWidget, "empty_projects").isVisible())
    shown = [i for i in range(header.count()) if not header.isSectionHidden(i)]
    assert len(shown) >= 3
    for i in shown:
        assert header.sectionSize(i) >= header.sectionSizeHint(i), page.table_model.columns[i].key
