"""The history shows old and new values as the form does: dd.mm.åååå, `1 250 000 kr`, the
choice's Norwegian name, Ja/Nei and the names of referenced rows, not the stored text."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTableWidget

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.enums import FundingStatus, MeetingKind, ProjectForm, ProjectStatus
from kunnskapsapp.services import crud
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.history import history
from kunnskapsapp.ui.pages.people import PeoplePage
from tests.ui_helpers import answer_next_dialog


def _changes(db: Database, model: Any, row_id: str) -> dict[str, tuple[str, str]]:
    return {
        r.field_label: (r.old_text, r.new_text)
        for r in history(db, model, row_id)
        if r.action.value == "update" and r.row_id == row_id
    }


def test_project_changes_read_as_in_the_form(db: Database) -> None:
    kari = crud.create(db, m.Person, {"name": "Kari Nordmann"})
    ola = crud.create(db, m.Person, {"name": "Ola Nordmann"})
    project = crud.create(
        db,
        m.Project,
        {
            "title": "Velferdsteknologi",
            "form": ProjectForm.PHD,
            "start_date": date(2024, 1, 1),
            "end_date": date(2026, 12, 31),
            "project_manager_id": kari.id,
            "phd_permanently_employed": False,
            "phd_position_percent": 50,
        },
    )
    crud.update(
        db,
        m.Project,
        project.id,
        {
            "end_date": date(2027, 6, 30),
            "status": ProjectStatus.ONGOING,
            "project_manager_id": ola.id,
            "phd_permanently_employed": True,
            "phd_position_percent": 80,
            "sdg_ids": [3, 11],
        },
    )
    changes = _changes(db, m.Project, project.id)
    assert changes["Sluttdato"] == ("31.12.2026", "30.06.2027")
    assert changes["Status"] == ("Idé", "Pågående")
    assert changes["Prosjektleder"] == ("Kari Nordmann", "Ola Nordmann")
    assert changes["Kandidaten er fast ansatt i kommunen"] == ("Nei", "Ja")
    assert changes["Stillingsandel (%)"] == ("50", "80")
    old_goals, new_goals = changes["Bærekraftsmål"]
    assert not old_goals
    assert new_goals.startswith("3. God helse") and ", 11. " in new_goals


def test_amounts_and_times_read_as_in_the_form(db: Database) -> None:
    project = crud.create(db, m.Project, {"title": "Klimatilpasning"})
    funder = crud.create(db, m.Organisation, {"name": "Regionalt forskningsfond"})
    line = crud.create(
        db,
        m.FundingLine,
        {"project_id": project.id, "funder_id": funder.id, "granted_amount": 1000000},
    )
    crud.update(
        db,
        m.FundingLine,
        line.id,
        {"granted_amount": 1250000, "status": FundingStatus.GRANTED},
    )
    changes = _changes(db, m.FundingLine, line.id)
    assert changes["Innvilget beløp (kr)"] == (
        "1\u00a0000\u00a0000\u00a0kr",
        "1\u00a0250\u00a0000\u00a0kr",
    )
    assert changes["Status"][1] == "Innvilget"
    # the project's history includes its funding line's changes, read the same way
    owned = [
        (r.entity, r.field_label, r.new_text)
        for r in history(db, m.Project, project.id)
        if r.row_id == line.id and r.action.value == "update"
    ]
    assert ("funding_line", "Innvilget beløp (kr)", "1\u00a0250\u00a0000\u00a0kr") in owned

    meeting = crud.create(
        db,
        m.Meeting,
        {
            "title": "Kontaktgruppe",
            "kind": MeetingKind.CONTACT_GROUP,
            "starts_at": datetime(2026, 3, 5, 9, 0),
        },
    )
    crud.update(db, m.Meeting, meeting.id, {"starts_at": datetime(2026, 3, 12, 13, 30)})
    assert _changes(db, m.Meeting, meeting.id)["Tidspunkt"] == (
        "05.03.2026 09:00",
        "12.03.2026 13:30",
    )


def test_a_deleted_reference_shows_its_stored_text(db: Database) -> None:
    org = crud.create(db, m.Organisation, {"name": "Gammel AS"})
    person = crud.create(db, m.Person, {"name": "Per", "organisation_id": org.id})
    crud.update(db, m.Person, person.id, {"organisation_id": None})
    crud.delete(db, m.Organisation, org.id)
    assert _changes(db, m.Person, person.id)["Organisasjon"] == (org.id, None)


def test_the_history_dialog_shows_the_form_s_values(qtbot: Any, db: Database) -> None:
    person = crud.create(db, m.Person, {"name": "Kari", "delete_after": date(2026, 12, 31)})
    crud.update(db, m.Person, person.id, {"delete_after": date(2027, 6, 30)})
    page = PeoplePage(db)
    qtbot.addWidget(page)
    page.show()
    page.ensure_loaded()
    assert page.select_id(person.id)
    seen: list[str] = []

    def read_and_close(dialog: Any) -> None:
        assert isinstance(dialog, QDialog) and dialog.objectName() == "historyDialog"
        table = dialog.findChild(QTableWidget, "historyTable")
        for row in range(table.rowCount()):
            seen.append(f"{table.item(row, 3).text()}: {table.item(row, 4).text()}")
        dialog.reject()

    answer_next_dialog(read_and_close)
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    assert "Slettes etter: 31.12.2026 → 30.06.2027" in seen
