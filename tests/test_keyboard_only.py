"""The newcomer's path with the keyboard alone: every step is a key press or typed text sent to
the widget that has the keyboard focus (or the open popup), as a user without a mouse works.

Register a framework agreement (Ctrl+2, Ctrl+N, type, Tab, Ctrl+S), a project under it
(Ctrl+3), its Research Council funding (Tab to Legg til under Finansiering, Space, type, Enter,
confirm the generated deadlines with Enter), see the deadlines on Frister (Ctrl+5), and open
the meeting handout with Ctrl+P on Møter (Ctrl+6).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from kunnskapsapp.domain import models as m
from kunnskapsapp.services import clock, crud
from kunnskapsapp.ui.main_window import MainWindow
from tests.ui_helpers import answer_next_dialog

TODAY = date(2026, 11, 26)
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def _today() -> Any:
    clock.fix(TODAY)
    yield
    clock.fix(None)


class Keyboard:
    """Keys to whatever has the focus, the way the keyboard delivers them."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot

    def focused(self) -> QWidget:
        popup = QApplication.activePopupWidget()
        if popup is not None:
            return popup.focusWidget() or popup
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
        self.qtbot.keyClick(self.focused(), key, modifier)

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focused(), text)

    def name(self) -> str:
        """What a screen reader says the focused control is."""
        widget = self.focused()
        parent = widget.parentWidget()
        return widget.accessibleName() or (parent.accessibleName() if parent else "")

    def tab_to(self, name: str, limit: int = 60) -> None:
        """Tab (forward only) until the control named `name` has the focus."""
        passed = []
        for _ in range(limit):
            if name in (self.name(), self.focused().objectName()):
                return
            passed.append(self.name() or self.focused().objectName())
            self.press(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {name!r}; passed {passed}")

    def field(self, name: str, text: str) -> None:
        self.tab_to(name)
        self.press(Qt.Key.Key_A, CTRL)  # what Tab left selected, or nothing, is replaced
        self.type(text)


def errors(form: Any) -> dict[str, str]:
    return {name: row.error.text() for name, row in form.rows.items() if row.error.text()}


def test_the_newcomers_path_with_keys_only(qtbot: Any, db: Any) -> None:
    crud.create(db, m.Organisation, {"name": "NTNU", "kind": "university"})
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    keys = Keyboard(qtbot)
    assert keys.focused() is window.nav  # the keyboard starts somewhere useful

    # 1. A framework agreement
    keys.press(Qt.Key.Key_2, CTRL)
    agreements = window.current_page()
    assert agreements.page_id == "agreements"
    keys.press(Qt.Key.Key_N, CTRL)
    assert keys.name() == "Tittel"
    keys.type("Samarbeidsavtale med NTNU")
    keys.field("Initiativtaker", "Gjensidig")
    keys.field("Startdato", "01.03.2019")
    keys.field("Oppsigelsestid (måneder)", "6")
    keys.field("Evalueringsintervall (måneder)", "24")
    keys.press(Qt.Key.Key_S, CTRL)
    framework = agreements.form.record
    assert framework is not None, errors(agreements.form)
    assert framework.kind.value == "framework" and framework.initiator.value == "mutual"

    # 2. A project under it
    keys.press(Qt.Key.Key_3, CTRL)
    projects = window.current_page()
    assert projects.page_id == "projects"
    keys.press(Qt.Key.Key_N, CTRL)
    keys.type("Velferdsteknologi i hjemmetjenesten")
    keys.field("Avtale", "Samarbeidsavtale med NTNU")
    keys.field("Startdato", "05.09.2026")
    keys.field("Sluttdato", "04.09.2030")
    keys.press(Qt.Key.Key_S, CTRL)
    project = projects.form.record
    assert project is not None, errors(projects.form)
    assert project.agreement_id == framework.id

    # 3. Its Research Council funding, and the deadlines that follow from it
    confirmed: list[int] = []

    def confirm(dialog: Any) -> None:
        assert dialog.objectName() == "deadlineConfirmDialog"
        qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
        confirmed.append(len(dialog.proposals))
        keys.press(Qt.Key.Key_Return)

    def funding(dialog: Any) -> None:
        assert dialog.objectName() == "dialog_funding_line"
        qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
        keys.field("Ordning", "Offentlig sektor-ph.d.")
        keys.field("Status", "Innvilget")
        keys.field("Innvilget beløp (kr)", "2 400 000")
        answer_next_dialog(confirm)
        keys.press(Qt.Key.Key_Return)

    keys.tab_to("formTabs")  # the form's tabs: the arrow keys go from tab to tab
    tabs = keys.focused()
    for _ in range(tabs.count()):
        if tabs.tabText(tabs.currentIndex()).startswith("Finansiering"):
            break
        keys.press(Qt.Key.Key_Right)
    assert tabs.tabText(tabs.currentIndex()).startswith("Finansiering")
    keys.tab_to("fundingLinesAdd")
    answer_next_dialog(funding)
    keys.press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(confirmed))
    # The keyboard comes back to where it was when the dialogs close (the offscreen platform
    # has no window manager to activate the window again: the test does what one does).
    window.activateWindow()
    add = window.findChild(QWidget, "fundingLinesAdd")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is add)
    lines = crud.list_rows(db, m.FundingLine, where={"project_id": project.id})
    assert len(lines) == 1 and lines[0].granted_amount == 2_400_000
    assert confirmed[0] > 0

    # 4. The deadlines on Frister
    keys.press(Qt.Key.Key_5, CTRL)
    deadlines = window.current_page()
    assert deadlines.page_id == "deadlines"
    keys.field("Søk", "Velferdsteknologi")
    assert deadlines.proxy.rowCount() == confirmed[0]

    # 5. The meeting handout
    keys.press(Qt.Key.Key_6, CTRL)
    assert window.current_page().page_id == "meetings"
    keys.press(Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is not window)
    report = QApplication.activeWindow()
    assert report.objectName() == "reportDialog_handout"
    assert report.isAncestorOf(keys.focused())  # the keyboard is in the dialog
    keys.press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not report.isVisible())


def test_tab_goes_through_a_page_as_it_reads(qtbot: Any, db: Any) -> None:
    crud.create(db, m.Project, {"title": "Mobilitet"})
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_3, CTRL)
    projects = window.current_page()
    assert keys.focused() is projects.view
    keys.press(Qt.Key.Key_F, CTRL)
    seen = []
    for _ in range(len(projects.filters) + 4):
        seen.append(keys.focused())
        keys.press(Qt.Key.Key_Tab)
    assert seen == [
        projects.search,
        *projects.filters,
        projects.new_button,
        projects.view,
        projects.form.rows["title"].widget,
    ]
