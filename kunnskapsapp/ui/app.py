"""Starting the desktop application."""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QSettings,
    QThread,
    QThreadPool,
    QTimer,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from kunnskapsapp import paths
from kunnskapsapp.ui import focus_ring, i18n, palette

if TYPE_CHECKING:  # Qt only at start: the database's modules come behind the window's frame
    from kunnskapsapp.services.database import Database

ORGANISATION = "Kunnskapsapp"
APPLICATION = "Kunnskapsapp"
DESKTOP_ID = "no.kunnskapsapp.Kunnskapsapp"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
        QApplication.setOrganizationName(ORGANISATION)
        QApplication.setApplicationName(APPLICATION)
    assert isinstance(app, QApplication)
    QApplication.setApplicationDisplayName("Kunnskapsapp")
    # The icon from resources/icons (PNGs rendered from the SVG), and the .desktop file's id,
    # which Wayland uses to find the icon of the packaged app.
    QApplication.setWindowIcon(QIcon(str(paths.icon_path("kunnskapsapp-256.png"))))
    QApplication.setDesktopFileName(DESKTOP_ID)
    # Qt's pool has a thread per core: on a two-core PC a report being written and a page's
    # rows would leave the search waiting. Background work here mostly waits on the database.
    pool = QThreadPool.globalInstance()
    pool.setMaxThreadCount(max(4, QThread.idealThreadCount()))
    install_translations(app)
    install_appearance(app)
    return app


def install_appearance(app: QApplication) -> None:
    """Innstillinger → Utseende, once per start: the system's light or dark palette, or the
    one chosen (ui.palette.apply), and the ring that shows which control has the focus."""
    if getattr(app, "_kunnskapsapp_appearance", None):
        return
    palette.apply(app, palette.chosen_appearance())
    focus_ring.install(app)
    app._kunnskapsapp_appearance = True  # type: ignore[attr-defined]


def install_translations(app: QApplication, language: str | None = None) -> None:
    """The language chosen (`--language`, else Innstillinger → Språk, else Bokmål) and its
    catalogues; the locale (dates in Qt's own widgets) follows it.

    Bokmål: Qt's own dialogs in Bokmål, then the app's catalogue (the source strings are
    Bokmål). PySide6 ships Qt's catalogue in Nynorsk but not in Bokmål, so the project ships
    its own (resources/translations/qtbase_nb.ts, compiled to the .qm beside it): the file,
    print and message dialogs, the standard buttons, the wizard and the text menus.
    English: every resources/translations/*_en.qm (the app's, the domain's); Qt's own
    strings are English already. The domain's hook (kunnskapsapp.domain.i18n), where there
    is one, translates through the same translators."""
    if getattr(app, "_kunnskapsapp_translators", None):
        return
    chosen = language if language in i18n.LANGUAGES else i18n.chosen()
    i18n.set_current(chosen)
    translators = i18n.load_translators(chosen, app)
    for translator in translators:
        app.installTranslator(translator)
    i18n.install_domain_hook(chosen)
    app._kunnskapsapp_translators = translators  # type: ignore[attr-defined]


def show_startup_error(message: str) -> None:
    """The database could not be opened: say why in a window (when there is a screen)."""
    from PySide6.QtWidgets import QMessageBox

    try:
        make_application()
    except Exception:  # no display at all: the command line's message is all we can give
        return
    box = QMessageBox(QMessageBox.Icon.Critical, "Kunnskapsapp", message)
    box.setObjectName("startupErrorBox")
    box.setInformativeText(
        QApplication.translate(
            "Startup",
            "Programmet avsluttes. Rett opp det som er beskrevet over, og start på nytt.",
        )
    )
    box.exec()


def run_window_first(open_database: Callable[[], AbstractContextManager[Database]]) -> int:
    """The window at once, then the database: the frame (navigation, menus, the dashboard's
    heading) is shown before `open_database` imports the models and opens the file or the
    server, which at 20 000 projects takes longer than the window itself. The database is
    closed when `open_database`'s context ends, after the window has closed. A start that
    fails (a DomainError from opening) takes the frame away again before it is reported."""
    from kunnskapsapp.ui.errors import install_excepthook, setup_logging
    from kunnskapsapp.ui.main_window import MainWindow
    from kunnskapsapp.ui.signals import SignalClose

    app = make_application()
    setup_logging()
    paths.private_settings(QSettings().fileName())
    install_excepthook()
    # SIGTERM and SIGINT close the window as Ctrl+Q does (ui.signals): the window showing
    # then, which after a switch of database from Kom i gang is another than this one.
    # Installed before the window and its lock file, so that a signal sent as soon as the
    # lock file is there (as a session manager or the tests do) is already handled.
    closer = SignalClose(lambda _name: _close_windows(), app)
    window = MainWindow(None)
    show_at_once(app, window)
    try:
        with open_database() as db:
            window.attach(db)
            return _run_attached(app, window)
    except BaseException:
        if window.db is None:  # the start failed: no half-built window left behind
            window.hide()
            window.deleteLater()
        raise
    finally:
        closer.uninstall()


def show_at_once(app: QApplication, window: QWidget, wait: float = 1.0) -> None:
    """Show `window` and draw it before going on: on a real display its first paint waits
    for the window system's expose event, which would otherwise come only once the event
    loop runs (after the database had been opened). At most `wait` seconds (a window that
    is never exposed, e.g. started minimised)."""
    window.show()
    handle = window.windowHandle()
    deadline = time.monotonic() + wait
    app.processEvents()
    while handle is not None and not handle.isExposed() and time.monotonic() < deadline:
        time.sleep(0.002)
        app.processEvents()
    window.repaint()
    app.processEvents()


def _run_attached(app: QApplication, window: Any) -> int:
    from kunnskapsapp.ui import database_guards, first_start

    # The daily backup, the damage check and the lock entry; they move with the window to
    # another database (first_start.switch_database) and stop when it closes.
    database_guards.start(window)
    first_start.maybe_show(window)  # Kom i gang, the first time on an empty database
    QTimer.singleShot(0, _freeze_after_start)
    try:
        return app.exec()
    finally:
        database_guards.stop_all()


def _close_windows() -> None:
    from kunnskapsapp.ui.main_window import MainWindow

    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    for window in windows:
        if window.isVisible():
            window.close_without_questions()
    QApplication.quit()


def _freeze_after_start() -> None:
    """Once, when the window is up: what start-up made (modules, widgets, settings) lives as
    long as the app, so later garbage-collection passes need not walk it again."""
    gc.freeze()
