"""An empty table says why and offers the next step: an empty page its first record, a search
that finds nothing every row again, an agenda item without outcomes its first decision."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from kunnskapsapp.domain import models as m
from kunnskapsapp.services import crud, meetings
from kunnskapsapp.ui.pages.lessons import LessonsPage
from kunnskapsapp.ui.pages.meetings import MeetingsPage
from kunnskapsapp.ui.pages.projects import ProjectsPage
from tests.ui_helpers import answer_next_dialog, choose, shown_page, type_into


def shown(qtbot: Any, page: Any) -> Any:
    shown_page(qtbot, page, (1280, 800))
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page


def test_an_empty_lessons_page_says_what_it_is_for_and_registers_the_first(
    qtbot: Any, db: Any
) -> None:
    page = shown(qtbot, LessonsPage(db))
    empty = page.findChild(QWidget, "empty_lessons")
    qtbot.waitUntil(lambda: empty.isVisible())
    text = page.findChild(QWidget, "empty_lessonsText").text()
    assert text.startswith("Ingen læringspunkter er registrert ennå.")
    assert "lært" in text
    button = page.findChild(QWidget, "empty_lessonsButton")
    assert button.text() == "Registrer læringspunkt"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.form.rows["title"].widget)
    type_into(qtbot, page.form, "title", "Involver tjenestene tidlig")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    assert not empty.isVisible()


def test_a_search_without_hits_offers_every_row_again(qtbot: Any, db: Any) -> None:
    for title in ("Klimatilpasning", "Velferdsteknologi"):
        crud.create(db, m.Project, {"title": title})
    page = shown(qtbot, ProjectsPage(db))
    qtbot.keyClicks(page.search, "zzz")
    empty = page.findChild(QWidget, "empty_projects")
    qtbot.waitUntil(lambda: empty.isVisible())
    text = page.findChild(QWidget, "empty_projectsText").text()
    assert text == "Ingen av de 2 radene passer til søket og filtrene."
    button = page.findChild(QWidget, "empty_projectsButton")
    assert button.text() == "Vis alle"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.search.text() == "" and page.proxy.rowCount() == 2
    assert not empty.isVisible()


def test_an_agenda_item_without_outcomes_offers_the_first_decision(qtbot: Any, db: Any) -> None:
    from datetime import datetime

    meeting = crud.create(
        db, m.Meeting, {"title": "Kontaktgruppemøte", "starts_at": datetime(2027, 1, 14, 10)}
    )
    meetings.add_agenda_item(db, meeting.id, {"title": "Søknad til Forskningsrådet"})
    page = shown(qtbot, MeetingsPage(db))
    page.select_id(meeting.id)
    page.agenda.select_row(0)
    empty = page.findChild(QWidget, "outcomesEmpty")
    qtbot.waitUntil(lambda: empty.isVisible())
    assert (
        "Ingen vedtak eller oppfølgingspunkter"
        in page.findChild(QWidget, "outcomesEmptyText").text()
    )

    def decide(dialog: QWidget) -> None:
        form = dialog.form  # type: ignore[attr-defined]
        choose(form, "kind", "Vedtak")
        type_into(qtbot, form, "text", "Søknaden sendes innen fristen")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    answer_next_dialog(decide)
    qtbot.mouseClick(page.findChild(QWidget, "outcomesEmptyButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.outcomes.model.rowCount() == 1)
    assert not empty.isVisible()
