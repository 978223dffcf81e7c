"""Reports from the app: the options dialog, generation in the background, the preview,
printing through QPrinter to a PDF file (offscreen) and saving."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit

from kunnskapsapp.services import clock
from kunnskapsapp.ui import reports as ui_reports
from kunnskapsapp.ui import worker
from tests import report_fixtures as fx
from tests.ui_helpers import answer_next_dialog

pytestmark = pytest.mark.db


@pytest.fixture(autouse=True)
def _fixed_today() -> Iterator[None]:
    clock.fix(fx.TODAY)
    yield
    clock.fix(None)
    worker.set_synchronous(False)
    _close_all()  # the dialogs delete themselves when closed


@pytest.fixture
def portfolio_db(db: Any) -> tuple[Any, fx.Portfolio]:
    return db, fx.build(db)


def _close_all() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.close()


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_handout_dialog_generates_in_the_background_and_previews(
    qtbot: Any, portfolio_db: tuple[Any, fx.Portfolio]
) -> None:
    db, p = portfolio_db
    dialog = ui_reports.open_report_dialog(None, db, "handout", meeting_id=p.meeting_id)
    assert dialog.meeting.currentData() == p.meeting_id
    dialog.sections["erfaringer"].setChecked(False)
    dialog.variant_minutes.setChecked(True)
    results: list[Any] = []
    task = dialog.generate(results.append)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=20_000):
        pass
    rendered = results[0]
    assert rendered.filename.startswith("referat-2025-03-12-")
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(rendered.data)).pages)
    assert "Alle kandidater er i rute" in text
    assert "Erfaringer" not in text
    assert dialog.preview_button.isEnabled()

    preview = ui_reports.preview_rendered(dialog, rendered)
    assert preview is not None
    qtbot.waitExposed(preview)
    assert preview.page_label.text() in {"1 side", f"{len(preview.pages)} sider"}
    preview.view.set_zoom(1.5)
    preview.grab()  # paints the visible pages through PDFium
    preview.close()


def test_printing_through_qprinter_to_a_pdf_file(
    qtbot: Any, portfolio_db: tuple[Any, fx.Portfolio], tmp_path: Path
) -> None:
    db, p = portfolio_db
    from kunnskapsapp.reports import handout

    rendered = handout.render(db, handout.HandoutOptions(p.meeting_id))
    pages = len(PdfReader(io.BytesIO(rendered.data)).pages)
    out = tmp_path / "utskrift.pdf"
    done: list[int] = []
    task = ui_reports.print_rendered(
        None, rendered, printer=pdf_printer(out), ask=False, on_done=done.append
    )
    assert task is not None
    qtbot.waitUntil(lambda: done == [pages], timeout=30_000)
    printed = PdfReader(str(out))
    assert len(printed.pages) == pages
    width, height = float(printed.pages[0].mediabox.width), float(printed.pages[0].mediabox.height)
    assert abs(width - 595) < 3 and abs(height - 842) < 3


def test_printing_a_page_range(qtbot: Any, db: Any, tmp_path: Path) -> None:
    from kunnskapsapp.reports import portfolio

    rendered = portfolio.render(db)
    out = tmp_path / "side.pdf"
    printer = pdf_printer(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(1, 1)
    assert ui_reports.print_pdf(rendered.data, printer) == 1
    assert len(PdfReader(str(out)).pages) == 1


def test_every_report_dialog_opens_and_saves(
    qtbot: Any,
    portfolio_db: tuple[Any, fx.Portfolio],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db, p = portfolio_db
    worker.set_synchronous(True)
    targets = iter(str(tmp_path / f"rapport-{i}.pdf") for i in range(10))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (next(targets), "PDF"))
    )
    preselect: dict[str, dict[str, Any]] = {
        "handout": {"meeting_id": p.meeting_id},
        "project": {"project_id": p.phd_id},
        "deadlines": {},
        "portfolio": {},
        "agreements": {},
        "fund": {},
    }
    for kind, extra in preselect.items():
        dialog = ui_reports.open_report_dialog(None, db, kind, **extra)
        dialog.save_button.click()
        assert dialog.last is not None, kind
        dialog.close()
    saved = sorted(tmp_path.glob("rapport-*.pdf"))
    assert len(saved) == len(preselect)
    for file in saved:
        assert file.read_bytes().startswith(b"%PDF")


def test_a_project_dialog_without_a_choice_explains(
    qtbot: Any, db: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages: list[str] = []
    monkeypatch.setattr(
        ui_reports.QMessageBox, "warning", staticmethod(lambda _p, _t, text: messages.append(text))
    )
    dialog = ui_reports.open_report_dialog(None, db, "project")
    assert dialog.generate(lambda _r: None) is None
    assert messages == ["Velg minst ett prosjekt."]
    dialog.close()


def _save_file_as(target: Path, offered: list[str]) -> Any:
    """An answer to the save dialog: records the name it offered, types `target`, saves."""

    def handler(widget: Any) -> None:
        assert isinstance(widget, QFileDialog), type(widget)
        offered.append(widget.selectedFiles()[0])
        # Typed as the user types it: the folder, then the name in the name field. (With
        # selectFile alone the dialog's folder listing, still loading, can put the offered
        # name back before accept() reads the field.)
        widget.setDirectory(str(target.parent))
        name = widget.findChild(QLineEdit, "fileNameEdit")
        assert name is not None
        name.setText(target.name)
        widget.accept()

    return handler


def test_the_handout_saved_as_word_from_the_dialog(
    qtbot: Any, portfolio_db: tuple[Any, fx.Portfolio], tmp_path: Path
) -> None:
    from docx import Document

    from kunnskapsapp.domain import models as m
    from kunnskapsapp.services import crud

    db, p = portfolio_db
    dialog = ui_reports.open_report_dialog(None, db, "handout", meeting_id=p.meeting_id)
    qtbot.waitExposed(dialog)
    assert dialog.word_button.isVisible()
    dialog.sections["erfaringer"].setChecked(False)
    target = tmp_path / "til sekretæren"  # typed without .docx: the suffix is added
    offered: list[str] = []
    answer_next_dialog(_save_file_as(target, offered))
    qtbot.mouseClick(dialog.word_button, Qt.MouseButton.LeftButton)
    saved = target.with_name("til sekretæren.docx")
    qtbot.waitUntil(lambda: dialog.saved_label.isVisible(), timeout=20_000)
    assert Path(offered[0]).name.startswith("moteunderlag-2025-03-12-")
    assert offered[0].endswith(".docx")
    assert dialog.saved_label.text() == f"Lagret i {saved}"
    assert saved.stat().st_mode & 0o777 == 0o600
    assert dialog.word_button.isEnabled()

    doc = Document(str(saved))
    meeting = crud.get(db, m.Meeting, p.meeting_id)
    assert [x.text for x in doc.paragraphs if x.style.name == "Title"] == [meeting["title"]]
    headings = [x.text for x in doc.paragraphs if x.style.name == "Heading 1"]
    assert headings[:2] == ["Deltakere", "Saksliste"]
    assert "Erfaringer" not in " ".join(headings)
    items = crud.list_rows(
        db, m.AgendaItem, where={"meeting_id": p.meeting_id}, order_by=["position"]
    )
    numbered = [x for x in doc.paragraphs if x._p.pPr is not None and x._p.pPr.numPr is not None]
    assert [x.text for x in numbered] == [i["title"] for i in items]

    dialog.variant_minutes.click()
    minutes = tmp_path / "referat.docx"
    answer_next_dialog(_save_file_as(minutes, offered))
    qtbot.mouseClick(dialog.word_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved_label.text() == f"Lagret i {minutes}", timeout=20_000)
    assert Path(offered[1]).name.startswith("referat-2025-03-12-")
    presence = Document(str(minutes)).tables[0]
    assert [c.text for c in presence.rows[0].cells] == ["Navn", "Organisasjon", "Til stede"]


def test_word_is_offered_only_for_the_handout(
    qtbot: Any, portfolio_db: tuple[Any, fx.Portfolio]
) -> None:
    db, _p = portfolio_db
    for kind in ("portfolio", "deadlines", "agreements", "fund", "project"):
        dialog = ui_reports.open_report_dialog(None, db, kind)
        qtbot.waitExposed(dialog)
        assert not dialog.word_button.isVisible(), kind
        dialog.close()
