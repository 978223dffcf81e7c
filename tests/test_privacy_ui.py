"""Personal data from the window: the Personer page's actions and the dashboard's list of
people past their "Slettes etter" date."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kunnskapsapp.domain import models as m
from kunnskapsapp.services import clock, crud
from kunnskapsapp.ui.pages.dashboard.page import DashboardPage
from kunnskapsapp.ui.pages.people import PeoplePage
from tests.ui_helpers import answer_next_dialog, click_message_button

TODAY = date(2026, 12, 2)


@pytest.fixture(autouse=True)
def fixed_today() -> Iterator[None]:
    clock.fix(TODAY)
    yield
    clock.fix(None)


def _page(qtbot: Any, db: Any, person_id: str) -> PeoplePage:
    page = PeoplePage(db)
    qtbot.addWidget(page)
    page.show()
    page.ensure_loaded()
    assert page.select_id(person_id)
    return page


def test_anonymise_from_the_people_page_after_the_confirmation(qtbot: Any, db: Any) -> None:
    person = crud.create(
        db, m.Person, {"name": "Kari Nordmann", "email": "kari@x.no", "phone": "90000001"}
    )
    page = _page(qtbot, db, person.id)
    assert page.anonymise_button.isEnabled()

    seen: list[str] = []

    def cancel(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        seen.append(widget.informativeText())
        click_message_button("Avbryt")(widget)

    answer_next_dialog(cancel)
    qtbot.mouseClick(page.anonymise_button, Qt.MouseButton.LeftButton)
    assert "Anonymisert person N" in seen[0] and "kan ikke angres" in seen[0]
    assert crud.get(db, m.Person, person.id).name == "Kari Nordmann"

    answer_next_dialog(click_message_button("Anonymiser"))
    qtbot.mouseClick(page.anonymise_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: crud.get(db, m.Person, person.id).name == "Anonymisert person 1")
    assert page.form.record["name"] == "Anonymisert person 1"
    assert page.current_record()["email"] == ""  # the table shows the new row
    assert not page.anonymise_button.isEnabled()


def test_export_from_the_people_page(
    qtbot: Any, db: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = crud.create(db, m.Person, {"name": "Per Innsyn", "email": "per@x.no"})
    target = tmp_path / "per.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "JSON"))
    )
    page = _page(qtbot, db, person.id)
    answer_next_dialog(click_message_button("OK"))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists)
    assert json.loads(target.read_text(encoding="utf-8"))["navn"] == "Per Innsyn"


def test_the_dashboard_lists_people_to_delete_with_the_action_beside_them(
    qtbot: Any, db: Any
) -> None:
    due = crud.create(
        db, m.Person, {"name": "Gammel Kontakt", "delete_after": TODAY - timedelta(days=1)}
    )
    page = DashboardPage(db, background=False)
    qtbot.addWidget(page)
    page.show()
    page.ensure_loaded()
    box = page.people_due
    assert box.isVisible()
    assert box.heading.text() == "Personer som skal slettes (1)"
    assert box.current()["id"] == due.id
    with qtbot.waitSignal(page.data_changed):
        answer_next_dialog(click_message_button("Anonymiser"))
        qtbot.mouseClick(box.anonymise_button, Qt.MouseButton.LeftButton)
    assert crud.get(db, m.Person, due.id).name == "Anonymisert person 1"
    assert not box.isVisible()  # nobody is due any more


def test_the_dashboard_box_is_hidden_when_nobody_is_due(qtbot: Any, db: Any) -> None:
    crud.create(db, m.Person, {"name": "Ny Kontakt", "delete_after": TODAY + timedelta(days=9)})
    page = DashboardPage(db, background=False)
    qtbot.addWidget(page)
    page.show()
    page.ensure_loaded()
    assert not page.people_due.isVisible()
