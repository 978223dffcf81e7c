"""Export from the app: a table as shown (context menu and Fil), the whole database, the
import template and deadlines/meetings to a calendar, as a user does it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QMenu

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.enums import ProjectStatus
from kunnskapsapp.exchange import csv_format
from kunnskapsapp.services import clock, crud
from kunnskapsapp.services.database import Database
from kunnskapsapp.ui.main_window import MainWindow

TODAY = date(2026, 3, 2)


@pytest.fixture
def work_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    monkeypatch.setenv("KUNNSKAPSAPP_DATA_DIR", str(tmp_path / "data"))
    clock.fix(TODAY)
    db = Database.open(str(tmp_path / "arbeid.sqlite3"), create=True)
    yield db
    db.dispose()
    clock.fix(None)


def save_as(monkeypatch: pytest.MonkeyPatch, target: Path, chosen_filter: str = "") -> list[str]:
    """The save dialog answers `target`; what it offered is recorded."""
    offered: list[str] = []

    def answer(_parent: Any, _title: str, _name: str, filters: str, *_a: Any) -> tuple[str, str]:
        offered.append(filters)
        return str(target), chosen_filter or filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return offered


def open_window(qtbot: Any, db: Database, page_id: str) -> tuple[MainWindow, Any]:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    return window, window.show_page(page_id)


def context_menu(qtbot: Any, page: Any, row: int = 0) -> QMenu:
    """Right-click a row of the page's table; the menu that opens."""
    index = page.proxy.index(row, 0)
    pos = page.view.visualRect(index).center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, page.view.mapToGlobal(pos))
    QApplication.sendEvent(page.view.viewport(), event)
    menus = page.findChildren(QMenu, f"menu_{page.page_id}")
    qtbot.waitUntil(lambda: any(menu.isVisible() for menu in menus))
    return next(menu for menu in menus if menu.isVisible())


def click_menu(qtbot: Any, menu: QMenu, name: str) -> None:
    action = next((a for a in menu.actions() if a.objectName() == name), None)
    assert action is not None, [a.text() for a in menu.actions()]
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def file_menu_action(window: MainWindow, name: str) -> QAction:
    action = window.findChild(QAction, name)
    assert action is not None, name
    return action


def status_says(window: MainWindow, text: str) -> bool:
    return text in window.statusBar().currentMessage()


def test_the_filtered_and_sorted_projects_table_as_shown_to_xlsx(
    qtbot: Any, work_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for title, start, status in [
        ("Helse i hjemmet", date(2024, 5, 1), ProjectStatus.ONGOING),
        ("Helsefremmende skole", date(2025, 1, 15), ProjectStatus.ONGOING),
        ("Helsedata", date(2023, 9, 1), ProjectStatus.COMPLETED),  # filtered away by status
        ("Veilys", date(2022, 2, 1), ProjectStatus.ONGOING),  # filtered away by the search
        ("Helseteknologi", None, ProjectStatus.ONGOING),
    ]:
        crud.create(work_db, m.Project, {"title": title, "start_date": start, "status": status})
    window, page = open_window(qtbot, work_db, "projects")
    qtbot.keyClicks(page.search, "helse")
    status = page.findChild(QComboBox, "filter_status")
    status.setCurrentIndex(status.findText("Pågående"))
    start = next(i for i, c in enumerate(page.table_model.columns) if c.key == "start_date")
    header = page.view.horizontalHeader()
    window.resize(2400, 900)  # wide enough for every column, Start among them
    page.splitter.setSizes([1800, 600])
    qtbot.waitUntil(lambda: not header.isSectionHidden(start))
    for _click in range(2):  # newest first
        x = header.sectionViewportPosition(start) + header.sectionSize(start) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    shown = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert shown == ["Helsefremmende skole", "Helse i hjemmet", "Helseteknologi"]

    target = tmp_path / "prosjekter.xlsx"
    offered = save_as(monkeypatch, target)
    click_menu(qtbot, context_menu(qtbot, page), "export_projects")
    qtbot.waitUntil(lambda: status_says(window, "eksportert til"))
    assert offered == ["Excel-arbeidsbok (*.xlsx);;CSV for Excel (*.csv)"]

    wb = load_workbook(target)
    ws = wb.worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    headers = [
        page.proxy.headerData(header.logicalIndex(v), Qt.Orientation.Horizontal)
        for v in range(header.count())
    ]
    assert list(rows[0]) == headers
    assert [r[0] for r in rows[1:]] == shown  # exactly the rows shown, in the shown order
    assert len(rows) == 1 + page.proxy.rowCount() == 4
    dates = [r[headers.index("Start")] for r in rows[1:]]
    assert dates[:2] == [datetime(2025, 1, 15), datetime(2024, 5, 1)]  # real date cells
    assert ws.freeze_panes == "A2"
    assert "helse" in ws.title and "Status: Pågående" in (wb.properties.description or "")


def test_fil_export_table_writes_the_current_page_as_csv(
    qtbot: Any, work_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    crud.create(work_db, m.Organisation, {"name": "=Formel AS", "short_name": "F"})
    crud.create(work_db, m.Organisation, {"name": "Nord universitet", "short_name": "Nord"})
    window, page = open_window(qtbot, work_db, "organisations")
    target = tmp_path / "organisasjoner"  # no suffix: the chosen filter's
    save_as(monkeypatch, target, "CSV for Excel (*.csv)")
    file_menu_action(window, "actionExportTable").trigger()
    qtbot.waitUntil(lambda: status_says(window, "eksportert til"))
    table = csv_format.read_csv(tmp_path / "organisasjoner.csv")
    columns = page.proxy.columnCount()
    assert table.header == [
        page.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(columns)
    ]
    shown = [
        [page.proxy.index(r, c).data() or "" for c in range(columns)]
        for r in range(page.proxy.rowCount())
    ]
    assert table.rows == shown and len(shown) >= 2
    raw = (tmp_path / "organisasjoner.csv").read_bytes().decode("utf-8-sig")
    assert "'=Formel AS" in raw  # no formula for Excel to run


def test_fil_export_all_and_the_import_template(
    qtbot: Any, work_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    crud.create(work_db, m.Project, {"title": "Med i eksporten"})
    window, _page = open_window(qtbot, work_db, "projects")
    save_as(monkeypatch, tmp_path / "alt.xlsx")
    file_menu_action(window, "actionExportAll").trigger()
    qtbot.waitUntil(lambda: status_says(window, "Hele databasen"))
    wb = load_workbook(tmp_path / "alt.xlsx", read_only=True)
    assert "Dokumentasjon" in wb.sheetnames
    rows = list(wb["Prosjekter"].iter_rows(values_only=True))
    assert rows[1][1] == "Med i eksporten"
    wb.close()

    save_as(monkeypatch, tmp_path / "mal.xlsx")
    file_menu_action(window, "actionImportTemplate").trigger()
    qtbot.waitUntil(lambda: status_says(window, "Importmalen er lagret"))
    template = load_workbook(tmp_path / "mal.xlsx", read_only=True)
    assert [r for r in template["Prosjekter"].iter_rows(values_only=True)][1:] == []
    template.close()


def test_calendar_of_the_shown_deadlines_and_of_one_project(
    qtbot: Any, work_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = crud.create(work_db, m.Project, {"title": "Prosjekt med frister"})
    mine = crud.create(
        work_db,
        m.Deadline,
        {"title": "Sluttrapport", "due_date": date(2026, 6, 1), "project_id": project["id"]},
    )
    other = crud.create(work_db, m.Deadline, {"title": "Søknad", "due_date": date(2026, 4, 1)})
    window, deadlines = open_window(qtbot, work_db, "deadlines")
    qtbot.keyClicks(deadlines.search, "søknad")
    qtbot.waitUntil(lambda: deadlines.proxy.rowCount() == 1)
    save_as(monkeypatch, tmp_path / "frister.ics")
    click_menu(qtbot, context_menu(qtbot, deadlines), "calendar_deadlines")
    qtbot.waitUntil(lambda: status_says(window, "1 hendelse eksportert"))
    text = (tmp_path / "frister.ics").read_text(encoding="utf-8")
    assert f"UID:{other['id']}@kunnskapsapp" in text and mine["id"] not in text

    projects = window.show_page("projects")
    save_as(monkeypatch, tmp_path / "prosjekt.ics")
    click_menu(qtbot, context_menu(qtbot, projects), "calendar_one_projects")
    qtbot.waitUntil(lambda: (tmp_path / "prosjekt.ics").exists())
    text = (tmp_path / "prosjekt.ics").read_text(encoding="utf-8")
    assert f"UID:{mine['id']}@kunnskapsapp" in text and other["id"] not in text
