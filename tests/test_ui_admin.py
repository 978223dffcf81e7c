"""Settings: the municipality's profile (with its logo), service areas, and funding schemes with
their deadline rules as data."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.enums import DeadlineKind, Recurrence, TemplateAnchor
from kunnskapsapp.domain.reference import FUNDER_RCN
from kunnskapsapp.services import crud, funding, profile
from kunnskapsapp.ui import profile_dialog
from kunnskapsapp.ui.admin import SchemesDialog, ServiceAreasDialog, rule_text
from kunnskapsapp.ui.profile_dialog import ProfileDialog
from tests.helpers import snapshot
from tests.ui_helpers import answer_next_dialog, choose, field, type_into


def logo_file(folder: Path, name: str = "logo.png", fmt: str = "PNG") -> Path:
    image = QImage(240, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#1d4f73"))
    path = folder / name
    assert image.save(str(path), fmt)
    return path


@pytest.fixture
def dialog(qtbot: Any, db: Any) -> Iterator[ProfileDialog]:
    dialog = ProfileDialog(db)
    dialog.show()
    yield dialog
    dialog.done(0)  # closed without the unsaved-changes question a failed test would leave
    dialog.deleteLater()


def pick_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The file dialog answers with `path`, as if the user had chosen it."""
    monkeypatch.setattr(
        profile_dialog.QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *_a, **_k: (str(path), "")),
    )


def test_profile_dialog_saves_name_org_number_and_logo(
    qtbot: Any, dialog: ProfileDialog, db: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    type_into(qtbot, dialog.form, "name", "Bærum kommune")
    type_into(qtbot, dialog.form, "unit_name", "Utvikling og digitalisering")
    type_into(qtbot, dialog.form, "org_number", "974 767 880")
    field(dialog.form, "address").setPlainText("Arnold Haukelands plass 10\n1304 Sandvika")
    path = logo_file(tmp_path)
    pick_file(monkeypatch, path)
    qtbot.mouseClick(dialog.logo.choose_button, Qt.MouseButton.LeftButton)
    assert not dialog.logo.preview.pixmap().isNull()
    assert "PNG, 240 × 80 piksler" in dialog.logo.info.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = profile.get_profile(db)
    assert saved.name == "Bærum kommune"
    assert saved.unit_name == "Utvikling og digitalisering"
    assert saved.org_number == "974767880"
    assert saved.address == "Arnold Haukelands plass 10\n1304 Sandvika"
    assert saved.logo == path.read_bytes()
    assert saved.logo_mime == "image/png"


def test_a_bad_org_number_is_refused_beside_the_field(
    qtbot: Any, dialog: ProfileDialog, db: Any
) -> None:
    before = snapshot(db)
    type_into(qtbot, dialog.form, "name", "Feil kommune")
    type_into(qtbot, dialog.form, "org_number", "123456789")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    error = dialog.form.rows["org_number"].error
    assert error.isVisible()
    assert "er ikke gyldig" in error.text()
    assert dialog.isVisible()
    assert snapshot(db) == before


def test_someone_else_saved_the_profile_first(qtbot: Any, dialog: ProfileDialog, db: Any) -> None:
    type_into(qtbot, dialog.form, "unit_name", "Min enhet")
    profile.update_profile(db, {"unit_name": "Enheten en kollega skrev"})
    shown: list[str] = []

    def use_theirs(box: QWidget) -> None:
        assert box.objectName() == "conflictDialog"
        table = box.findChild(QWidget, "conflictTable")
        shown.extend([table.item(0, 1).text(), table.item(0, 2).text()])
        for button in box.findChildren(QPushButton):
            if button.text() == "Bruk den lagrede versjonen":
                button.click()

    answer_next_dialog(use_theirs)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert shown == ["Min enhet", "Enheten en kollega skrev"]
    assert profile.get_profile(db).unit_name == "Enheten en kollega skrev"
    assert field(dialog.form, "unit_name").text() == "Enheten en kollega skrev"
    assert dialog.isVisible()


def test_a_logo_that_is_too_large_or_no_image_is_refused(
    qtbot: Any, dialog: ProfileDialog, db: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "stor.png"
    big.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * (2 * 1024 * 1024 + 1))
    pick_file(monkeypatch, big)
    qtbot.mouseClick(dialog.logo.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.logo.error.isVisible()
    assert "høyst 2 MB" in dialog.logo.error.text()
    text = tmp_path / "logo.png"
    text.write_text("ikke et bilde")
    pick_file(monkeypatch, text)
    qtbot.mouseClick(dialog.logo.choose_button, Qt.MouseButton.LeftButton)
    assert "ikke et PNG- eller JPEG-bilde" in dialog.logo.error.text()
    assert dialog.logo.values() == {}
    assert not dialog.dirty


def test_remove_the_logo(qtbot: Any, db: Any, tmp_path: Path) -> None:
    data = logo_file(tmp_path, "logo.jpg", "JPEG").read_bytes()
    profile.update_profile(db, {"logo": data, "logo_mime": "image/jpeg"})
    dialog = ProfileDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "JPEG" in dialog.logo.info.text()
    qtbot.mouseClick(dialog.logo.remove_button, Qt.MouseButton.LeftButton)
    assert not dialog.logo.remove_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = profile.get_profile(db)
    assert saved.logo is None
    assert saved.logo_mime == ""


def test_create_a_service_area(qtbot: Any, db: Any) -> None:
    dialog = ServiceAreasDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.page
    rows_before = page.proxy.rowCount()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, page.form, "name", "Helse og omsorg")
    type_into(qtbot, page.form, "short_name", "HO")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == rows_before + 1)
    saved = crud.list_rows(db, m.ServiceArea, where={"name": "Helse og omsorg"})
    assert saved[0].short_name == "HO" and saved[0].active is True
    # the same name twice is refused beside the field
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, page.form, "name", "Helse og omsorg")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "finnes allerede" in page.form.rows["name"].error.text()


def test_create_a_scheme_with_a_deadline_rule(qtbot: Any, db: Any) -> None:
    dialog = SchemesDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.page
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    choose(page.form, "funder_id", "Forskningsrådet")
    type_into(qtbot, page.form, "code", "KOMMUNEPROSJEKT")
    type_into(qtbot, page.form, "name", "Kommunerettet forskningsprosjekt")
    type_into(qtbot, page.form, "max_support_percent", "60")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    scheme = crud.list_rows(db, m.FundingScheme, where={"code": "KOMMUNEPROSJEKT"})[0]
    assert scheme.funder_id == FUNDER_RCN
    assert scheme.max_support_percent == 60

    templates = page.findChild(QWidget, "deadlineTemplates")
    assert templates.add_button.isEnabled()

    def fill(dialog: QWidget) -> None:
        form = dialog.form  # type: ignore[attr-defined]
        type_into(qtbot, form, "title", "Framdriftsrapport")
        choose(form, "kind", "Framdriftsrapport")
        choose(form, "anchor", "Prosjektstart")
        type_into(qtbot, form, "offset_months", "12")
        choose(form, "recurrence", "Hvert år")
        type_into(qtbot, form, "reminder_days", "30")
        type_into(qtbot, form, "sort_order", "1")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    answer_next_dialog(fill)
    qtbot.mouseClick(templates.add_button, Qt.MouseButton.LeftButton)
    rule = crud.list_rows(db, m.DeadlineTemplate, where={"scheme_id": scheme.id})[0]
    assert rule.kind is DeadlineKind.PROGRESS_REPORT
    assert rule.anchor is TemplateAnchor.START
    assert (rule.offset_months, rule.recurrence, rule.reminder_days) == (12, Recurrence.YEARLY, 30)
    assert templates.model.rowCount() == 1
    assert rule_text(rule) == "12 mnd. etter prosjektstart, hvert år"
    row = page.table_model.row_of(scheme.id)
    assert page.table_model.record(row).template_count == 1

    # the rule is data: a project funded by the scheme is offered its deadline
    project = crud.create(
        db,
        m.Project,
        {"title": "Smart mobilitet", "start_date": "01.01.2026", "end_date": "31.12.2028"},
    )
    proposals = funding.propose_deadlines(db, project.id, scheme.id, None)
    assert [p["due_date"] for p in proposals if p["title"].startswith("Framdriftsrapport")] == [
        date(2027, 1, 1),
        date(2028, 1, 1),
    ]


def test_table_models_pass_qtmodeltester(qtmodeltester: Any, qtbot: Any, db: Any) -> None:
    schemes = SchemesDialog(db)
    qtbot.addWidget(schemes)
    assert schemes.page.table_model.rowCount() > 0
    qtmodeltester.check(schemes.page.table_model)
    qtmodeltester.check(schemes.page.proxy)
    schemes.page.select_id(schemes.page.table_model.record(0).id)
    templates = schemes.page.findChild(QWidget, "deadlineTemplates")
    qtmodeltester.check(templates.model)
    areas = ServiceAreasDialog(db)
    qtbot.addWidget(areas)
    qtmodeltester.check(areas.page.table_model)
    qtmodeltester.check(areas.page.proxy)
