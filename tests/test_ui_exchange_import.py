"""Fil → Importer …: the wizard with the unit's own CSV, mapping, preview and import."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QTableWidget, QWizard

from kunnskapsapp.domain import models as m
from kunnskapsapp.exchange import workbook
from kunnskapsapp.services import clock, crud
from kunnskapsapp.services.database import Database
from kunnskapsapp.ui import import_wizard
from kunnskapsapp.ui.main_window import MainWindow

OWN_CSV = "Prosjektnavn;Startdato;Budsjett;Kort\r\nHelseløft;01.02.2026;1 250 000;HL\r\n"


@pytest.fixture
def work_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    monkeypatch.setenv("KUNNSKAPSAPP_DATA_DIR", str(tmp_path / "data"))
    clock.fix(date(2026, 3, 2))
    db = Database.open(str(tmp_path / "arbeid.sqlite3"), create=True)
    yield db
    db.dispose()
    clock.fix(None)


def open_wizard(qtbot: Any, db: Database, file: Path, monkeypatch: Any) -> tuple[Any, QWizard]:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.show_page("projects")
    action = window.findChild(QAction, "actionImport")
    action.trigger()
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(QWizard)))
    (wizard,) = [w for w in window.findChildren(QWizard) if w.isVisible()]
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(file), ""))
    )
    qtbot.mouseClick(wizard.page(0).browse, Qt.MouseButton.LeftButton)
    return window, wizard


def mapping_combos(wizard: QWizard) -> dict[str, QComboBox]:
    """The file's column → its "Importeres som" choice."""
    found = wizard.findChildren(QComboBox)
    return {c.accessibleName(): c for c in found if c.objectName().startswith("map_")}


def click(qtbot: Any, wizard: QWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def preview_texts(wizard: QWizard) -> list[list[str]]:
    table = wizard.findChild(QTableWidget, "importPreview")
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def full_export(db: Database, path: Path) -> Any:
    workbook.export_workbook(db, path, moment=None)
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    cells = {ws.title: list(ws.iter_rows(values_only=True)) for ws in wb.worksheets}
    wb.close()
    return cells


def test_the_units_own_csv_is_mapped_previewed_and_imported(
    qtbot: Any, work_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "prosjekter.csv"
    source.write_bytes(OWN_CSV.encode("cp1252"))
    window, wizard = open_wizard(qtbot, work_db, source, monkeypatch)
    about = wizard.findChild(QLabel, "importAbout")
    assert "4 kolonner og 1 rad" in about.text()
    table = wizard.findChild(QComboBox, "importTable")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # which table?
    table.setCurrentIndex(table.findText("Prosjekter"))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    combos = mapping_combos(wizard)
    assert {k: c.currentText() for k, c in combos.items()} == {
        "Prosjektnavn": "Tittel",
        "Startdato": "Startdato",
        "Budsjett": "Importeres ikke",
        "Kort": "Importeres ikke",
    }
    combos["Kort"].setCurrentIndex(combos["Kort"].findText("Kortnavn"))
    saved = tmp_path / "kobling.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(saved), ""))
    )
    qtbot.mouseClick(wizard.page(1).save_button, Qt.MouseButton.LeftButton)
    assert json.loads(saved.read_text(encoding="utf-8")) == {
        "Prosjektnavn": "Tittel",
        "Startdato": "Startdato",
        "Budsjett": None,
        "Kort": "Kortnavn",
    }
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    counts = wizard.findChild(QLabel, "importCounts")
    qtbot.waitUntil(lambda: "1 ny," in counts.text())
    assert preview_texts(wizard) == [["Prosjekter", "2", "Legges til", "HL", ""]]  # its short name
    assert crud.list_rows(work_db, m.Project) == []  # nothing written before Importer

    told: list[str] = []
    monkeypatch.setattr(
        import_wizard.QMessageBox,
        "information",
        staticmethod(lambda _p, _t, text, *_a: told.append(text)),
    )
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: bool(told))
    assert not shiboken6.isValid(wizard) or not wizard.isVisible()  # closed after the import
    assert told[0].startswith("Importert: 1 ny, 0 endrede") and "Sikkerhetskopi" in told[0]
    page = window.show_page("projects")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    (project,) = crud.list_rows(work_db, m.Project)
    assert (project["title"], project["short_name"], project["start_date"]) == (
        "Helseløft",
        "HL",
        date(2026, 2, 1),
    )

    # The next file of the same shape gets the same mapping without asking again.
    again = tmp_path / "flere.csv"
    again.write_bytes("Kort;Budsjett;Startdato;Prosjektnavn\r\nX;1;;Nytt\r\n".encode("cp1252"))
    _window, second = open_wizard(qtbot, work_db, again, monkeypatch)
    table = second.findChild(QComboBox, "importTable")
    table.setCurrentIndex(table.findText("Prosjekter"))
    click(qtbot, second, QWizard.WizardButton.NextButton)
    combos = mapping_combos(second)
    assert combos["Kort"].currentText() == "Kortnavn"
    click(qtbot, second, QWizard.WizardButton.CancelButton)


def test_a_refused_row_leaves_the_database_unchanged(
    qtbot: Any, work_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    crud.create(work_db, m.Project, {"title": "Finnes fra før"})
    before = full_export(work_db, tmp_path / "for.xlsx")
    source = tmp_path / "feil.csv"
    source.write_bytes(
        "Prosjektnavn;Startdato\r\nGod rad;01.02.2026\r\nDårlig rad;31.02.2021\r\n".encode("cp1252")
    )
    _window, wizard = open_wizard(qtbot, work_db, source, monkeypatch)
    table = wizard.findChild(QComboBox, "importTable")
    table.setCurrentIndex(table.findText("Prosjekter"))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    counts = wizard.findChild(QLabel, "importCounts")
    qtbot.waitUntil(lambda: "1 avvist " in counts.text())
    rows = preview_texts(wizard)
    refused = next(r for r in rows if r[2] == "Avvises")
    assert refused[:2] == ["Prosjekter", "3"] and "Startdato" in refused[4]
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    skip = wizard.page(2).skip
    skip.click()
    qtbot.waitUntil(lambda: wizard.button(QWizard.WizardButton.FinishButton).isEnabled())
    click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert full_export(work_db, tmp_path / "etter.xlsx") == before


def test_the_units_own_workbook_is_imported_one_sheet_at_a_time(
    qtbot: Any, work_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    projects = book.active
    projects.title = "Prosjekter"
    projects.append(["Prosjektnavn", "Oppstart", "Kommentar"])
    projects.append(["Helseløft", "01.02.2026", "fra gammelt ark"])
    agreements = book.create_sheet("Avtaler 2025")
    agreements.append(["Avtalenavn", "Type avtale", "Evaluering hver"])
    agreements.append(["Samarbeid med NTNU", "Samarbeidsavtale", 24])
    source = tmp_path / "enhetens regneark.xlsx"
    book.save(source)
    told: list[str] = []
    monkeypatch.setattr(
        import_wizard.QMessageBox,
        "information",
        staticmethod(lambda _p, _t, text, *_a: told.append(text)),
    )

    def import_sheet(sheet: str, table_name: str, by_hand: dict[str, str]) -> None:
        _window, wizard = open_wizard(qtbot, work_db, source, monkeypatch)
        assert "2 ark" in wizard.findChild(QLabel, "importAbout").text()
        sheets = wizard.findChild(QComboBox, "importSheet")
        assert sheets.isVisible()
        sheets.setCurrentIndex(sheets.findText(sheet, Qt.MatchFlag.MatchStartsWith))
        table = wizard.findChild(QComboBox, "importTable")
        assert table.isVisible()
        if table.currentText() != table_name:  # a sheet's own name says no table
            assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
            table.setCurrentIndex(table.findText(table_name))
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
        combos = mapping_combos(wizard)
        for column, field_label in by_hand.items():
            combos[column].setCurrentIndex(combos[column].findText(field_label))
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
        counts = wizard.findChild(QLabel, "importCounts")
        qtbot.waitUntil(lambda: "i alt" in counts.text(), timeout=10_000)
        assert "1 ny," in counts.text(), preview_texts(wizard)
        assert [row[:3] for row in preview_texts(wizard)] == [[sheet, "2", "Legges til"]]
        told.clear()
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)
        qtbot.waitUntil(lambda: bool(told), timeout=10_000)
        assert told[0].startswith("Importert: 1 ny,")

    import_sheet("Prosjekter", "Prosjekter", {"Oppstart": "Startdato"})
    (project,) = crud.list_rows(work_db, m.Project)
    assert (project["title"], project["start_date"]) == ("Helseløft", date(2026, 2, 1))

    import_sheet(
        "Avtaler 2025",
        "Avtaler",
        {
            "Avtalenavn": "Tittel",
            "Type avtale": "Avtaletype",
            "Evaluering hver": "Evalueringsintervall (måneder)",
        },
    )
    (agreement,) = crud.list_rows(work_db, m.Agreement)
    assert agreement["title"] == "Samarbeid med NTNU"
    assert len(crud.list_rows(work_db, m.Project)) == 1  # the other sheet is left alone
