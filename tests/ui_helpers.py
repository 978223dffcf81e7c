"""Helpers for driving the UI in tests the way a user does."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QWidget


def field(form: Any, name: str) -> QWidget:
    widget = form.findChild(QWidget, f"field_{name}")
    assert widget is not None, f"no field {name}"
    return widget


def type_into(qtbot: Any, form: Any, name: str, text: str) -> None:
    """Clear a field and type into it as a user would."""
    widget = field(form, name)
    target = getattr(widget, "line", widget)  # DateEdit types into its line edit
    if hasattr(target, "selectAll"):
        target.selectAll()
    if hasattr(target, "clear"):
        target.clear()
    qtbot.keyClicks(target, text)
    if hasattr(target, "editingFinished"):
        target.editingFinished.emit()


def open_choices(widget: Any) -> None:
    """What opening a picker's list does before it shows: the choices are read then (a
    picker reads them lazily, see test_a_picker_reads_its_choices_when_opened)."""
    if hasattr(widget, "ensure_choices"):
        widget.ensure_choices()


def choose(form: Any, name: str, text: str) -> None:
    """Pick the entry whose label contains `text` in a choice combo or check list."""
    widget: Any = field(form, name)  # a combo box or a check list
    if hasattr(widget, "findText"):
        open_choices(widget)
        index = widget.findText(text, Qt.MatchFlag.MatchContains)
        assert index >= 0, f"{text!r} not among choices of {name}"
        widget.setCurrentIndex(index)
        widget.activated.emit(index)
        return
    for i in range(widget.count()):
        item = widget.item(i)
        if text in item.text():
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"{text!r} not among choices of {name}")


# How long a test waits for the dialog it expects, and for an answered dialog to close, before
# it fails with a message (instead of hanging until pytest-timeout stops the whole run).
DIALOG_TIMEOUT_S = 5.0

_waiting: set[_Answer] = set()


class _Answer:
    """One `answer_next_dialog`: polls for the next modal dialog, answers it, and watches that
    the answer closed it."""

    def __init__(self, handler: Callable[[QWidget], None], timeout: float) -> None:
        self.handler = handler
        self.timeout = timeout
        self.started = time.monotonic()
        self.answered: QWidget | None = None
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.poll)
        _waiting.add(self)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        _waiting.discard(self)

    def overdue(self) -> bool:
        return time.monotonic() - self.started > self.timeout

    def poll(self) -> None:
        if self.answered is not None:
            self.watch(self.answered)
            return
        widget = QApplication.activeModalWidget()
        if widget is None:
            if self.overdue():
                self.stop()
                raise AssertionError(f"no dialog opened within {self.timeout:g} s for {self}")
            return
        self.answered = widget
        self.started = time.monotonic()
        try:
            self.handler(widget)
        except BaseException:
            self.stop()
            _close(widget)  # so the code that opened it goes on and the test fails, not hangs
            raise

    def watch(self, widget: QWidget) -> None:
        """Done once the answered dialog has closed; closed by force (a failure) when the
        answer left it open too long."""
        try:
            still_open = widget.isVisible()
        except RuntimeError:  # deleted: closed
            still_open = False
        if not still_open:
            self.stop()
        elif self.overdue():
            self.stop()
            title = widget.windowTitle()
            _close(widget)
            raise AssertionError(
                f"dialog {type(widget).__name__} {title!r} still open {self.timeout:g} s after "
                f"{self} answered it (closed now)"
            )

    def __repr__(self) -> str:
        return getattr(self.handler, "__qualname__", repr(self.handler))


def _close(widget: QWidget) -> None:
    if isinstance(widget, QDialog):
        widget.reject()
    else:
        widget.close()


def answer_next_dialog(
    handler: Callable[[QWidget], None], timeout: float = DIALOG_TIMEOUT_S
) -> None:
    """Handle the next modal dialog (message box or dialog) when it opens.

    Fails with a clear message instead of hanging when no dialog opens within `timeout`
    seconds, when `handler` fails (the dialog is closed), or when the dialog is still open
    `timeout` seconds after `handler` answered it.
    """
    _Answer(handler, timeout)


def unanswered() -> list[str]:
    """The answers still waiting for a dialog; stops them all (between tests)."""
    waiting = [repr(a) for a in list(_waiting) if a.answered is None]
    for answer in list(_waiting):
        answer.stop()
    return waiting


def click_message_button(text: str) -> Callable[[QWidget], None]:
    def handler(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox), type(widget)
        for button in widget.buttons():
            if button.text().replace("&", "") == text:
                button.click()
                return
        raise AssertionError(f"no button {text!r} in {[b.text() for b in widget.buttons()]}")

    return handler


def press(qtbot: Any, dialog: QWidget, which: QDialogButtonBox.StandardButton) -> None:
    """Click one of the dialog's own buttons (Save, Ok, Cancel, ...) as a user would."""
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None, f"{type(dialog).__name__} has no button box"
    button = box.button(which)
    assert button is not None, f"{type(dialog).__name__} has no {which.name} button"
    assert button.isEnabled(), f"{button.text()!r} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_tab(qtbot: Any, form: Any, object_name: str) -> Any:
    """Click the form's tab that holds the child table `object_name` (Finansiering, Frister,
    ...), as a user does to see a record's owned rows; the table, with its rows read."""
    from PySide6.QtWidgets import QTabWidget

    table = form.findChild(QWidget, object_name)
    assert table is not None, f"no child table {object_name}"
    tabs = form.findChild(QTabWidget)
    assert tabs is not None, "the form has no tabs"
    index = tabs.indexOf(table)
    assert index >= 0, f"{object_name} is not on a tab of its own"
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    qtbot.waitUntil(lambda: table.isVisible())
    return table


def click_row(qtbot: Any, page: Any, record_id: str) -> None:
    """Click the table row that shows `record_id`, as a user moving to another record does."""
    row = page.table_model.row_of(record_id)
    assert row >= 0, f"{record_id} is not in the table"
    index = page.proxy.mapFromSource(page.table_model.index(row, 0))
    page.view.scrollTo(index)
    center = page.view.visualRect(index).center()
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=center)


@contextmanager
def fresh_windows(
    monkeypatch: Any, tmp_path: Path, *, first_start_done: bool, guards: bool = True
) -> Iterator[None]:
    """A data folder of the test's own and synchronous workers; afterwards every main window
    closed, its database guards stopped and the databases Kom i gang opened closed again."""
    from kunnskapsapp.ui import database_guards, first_start, settings, worker
    from kunnskapsapp.ui.main_window import MainWindow

    monkeypatch.setenv("KUNNSKAPSAPP_DATA_DIR", str(tmp_path / "data"))
    settings.FIRST_START_DONE.set(first_start_done)
    worker.set_synchronous(True)
    try:
        yield
    finally:
        worker.set_synchronous(False)
        settings.FIRST_START_DONE.set(False)
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget.close()
                widget.deleteLater()
        if guards:
            database_guards.stop_all()
        first_start.close_databases()


def menu_dialogs(window: Any) -> list[tuple[str, QWidget]]:
    """Every dialog the menus open, built on the window's database, with a name saying which:
    the report dialogs, the profile, backups, about, connect, import, the admin lists and the
    user guide (for the tests that walk every dialog)."""
    from kunnskapsapp.reports import REPORT_KINDS
    from kunnskapsapp.ui.about import AboutDialog
    from kunnskapsapp.ui.admin import SchemesDialog, ServiceAreasDialog
    from kunnskapsapp.ui.backups import BackupsDialog
    from kunnskapsapp.ui.connect_dialog import ConnectDialog
    from kunnskapsapp.ui.help import show_help
    from kunnskapsapp.ui.import_wizard import ImportWizard
    from kunnskapsapp.ui.profile_dialog import ProfileDialog
    from kunnskapsapp.ui.reports import open_report_dialog

    db = window.db
    dialogs: list[tuple[str, QWidget]] = [
        (f"report {kind}", open_report_dialog(window, db, kind)) for kind in REPORT_KINDS
    ]
    return [
        *dialogs,
        ("profile", ProfileDialog(db, window)),
        ("backups", BackupsDialog(db, window)),
        ("about", AboutDialog(db, window)),
        ("connect", ConnectDialog(db.url, window)),
        ("import", ImportWizard(db, window)),
        ("service areas", ServiceAreasDialog(db, window)),
        ("schemes", SchemesDialog(db, window)),
        ("user guide", show_help(window, "agreements")),
    ]


@contextmanager
def window_language(qapp: Any, language: str) -> Iterator[Any]:
    """The window's translators for `language`, as `--language` installs them at start-up;
    whatever was installed before (another test's start-up) is put back afterwards."""
    from kunnskapsapp.ui import i18n
    from kunnskapsapp.ui.app import install_translations

    before = list(getattr(qapp, "_kunnskapsapp_translators", []))
    was = i18n.current()
    for translator in before:
        qapp.removeTranslator(translator)
    qapp._kunnskapsapp_translators = []
    install_translations(qapp, language)
    try:
        yield qapp
    finally:
        for translator in qapp._kunnskapsapp_translators:
            qapp.removeTranslator(translator)
        for translator in before:
            qapp.installTranslator(translator)
        qapp._kunnskapsapp_translators = before
        i18n.set_current(was)
        i18n.install_domain_hook(was)


def select_first_rows(page: QWidget) -> None:
    """A record open in every list on the page (the page itself, or its tabs), so that its
    form shows."""
    from kunnskapsapp.ui.page import ListPage

    lists = [page] if isinstance(page, ListPage) else []
    lists += page.findChildren(ListPage)
    for each in lists:
        each.ensure_loaded()
        if each.table_model.rowCount():
            each.select_id(each.table_model.record(0)["id"])
            assert each.form.record is not None


def each_row_dialog(qtbot: Any, window: Any, look: Callable[[QWidget, str], None]) -> list[str]:
    """Press Legg til on every owned list of every page, with a record open, and hand each
    dialog that opens to `look(dialog, where)` (which closes it); the places, in order."""
    from kunnskapsapp.ui.form import ChildTable
    from kunnskapsapp.ui.main_window import PAGES

    opened: list[str] = []
    for entry in PAGES:
        page = window.show_page(entry.page_id)
        select_first_rows(page)
        for table in page.findChildren(ChildTable):
            if not table.add_button.isEnabled():
                continue
            where = f"{entry.page_id} / {table.spec.title}"

            def seen(dialog: QWidget, where: str = where) -> None:
                QApplication.processEvents()
                look(dialog, where)
                opened.append(where)

            answer_next_dialog(seen)
            qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda where=where: where in opened)
    return opened


def shown_page(qtbot: Any, page: Any, size: tuple[int, int] = (1400, 900)) -> Any:
    """A list page on screen at `size`, its rows read, as when a user first opens it."""
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    page.ensure_loaded()
    return page


def active_dashboard(qtbot: Any, db: Any) -> tuple[Any, Any]:
    """A main window on `db`, active and large enough for every chart, with Oversikt's
    figures in: (window, dashboard page)."""
    from kunnskapsapp.ui.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1400, 950)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page = window.show_page("dashboard")
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    return window, page
