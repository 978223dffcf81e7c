"""Starting the desktop application."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, ExitStack
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QEventLoop,
    QObject,
    QSettings,
    QThread,
    QThreadPool,
    QTimer,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from kunnskapsapp import paths
from kunnskapsapp.domain.progress import Progress
from kunnskapsapp.ui import focus_ring, i18n, palette

if TYPE_CHECKING:  # Qt only at start: the database's modules come behind the window's frame
    from kunnskapsapp.services.database import Database

log = logging.getLogger(__name__)

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
    collect_garbage_on_main_thread(app)
    return app


GARBAGE_EVERY_MS = 200  # how often the main thread runs the collector's passes that are due


def collect_garbage_on_main_thread(app: QApplication) -> None:
    """Python's garbage collector, run on the window's thread only (kunnskapsapp.memory): a
    pass set off by a background read freed a widget on the read's thread and crashed the
    app. Once per application."""
    if getattr(app, "_kunnskapsapp_collector", None) is not None:
        return
    from kunnskapsapp import memory

    memory.collect_on_main_thread_only()
    timer = QTimer(app)
    timer.setObjectName("garbageCollector")
    timer.setInterval(GARBAGE_EVERY_MS)
    timer.timeout.connect(memory.collect_due)
    timer.start()
    app._kunnskapsapp_collector = timer  # type: ignore[attr-defined]


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


def run_window_first(
    open_database: Callable[[Progress], AbstractContextManager[Database]],
) -> int:
    """The window at once, then the database: the frame (navigation, menus, the dashboard's
    heading) is shown before `open_database` imports the models and opens the file or the
    server, which at 20 000 projects (or for `--demo`, building the demo data) takes longer
    than the window itself. The opening runs on the thread pool (ui.worker) while the frame
    stays live: it repaints, moves, and closing it (or SIGTERM, SIGINT) ends the start, the
    opening cancelled through the `Progress` it is given. The database is closed when
    `open_database`'s context ends, on the UI thread, after the window has closed. A start
    that fails (a DomainError from opening) takes the frame away again before it is
    reported."""
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
    opening = _Opening(open_database)
    try:
        db = opening.wait(window)
        if db is None:  # the window was closed while the database opened
            return 0
        window.attach(db)
        return _run_attached(app, window)
    except BaseException:
        if window.db is None:  # the start failed: no half-built window left behind
            window.hide()
            window.deleteLater()
        raise
    finally:
        opening.close()
        closer.uninstall()


class _Opening(QObject):
    """`open_database`'s context entered on the thread pool, and left on the UI thread.

    The `with` of run_window_first split in two: the slow entry (migrations, checks, the
    demo's data) as a ui.worker task, the exit (the database disposed, the demo's folder
    removed) on the UI thread when the window has closed. An entry that fails has cleaned up
    after itself already (a context manager's own `finally`), on the task's thread."""

    def __init__(self, open_database: Callable[[Progress], AbstractContextManager[Database]]):
        super().__init__()
        from kunnskapsapp.ui.worker import Task

        self._contexts = contexts = ExitStack()
        self._outcome: tuple[str, Any] | None = None  # ("finished", db), ("failed", exc), ...

        # Not a method: the pool's thread drops the work's last references when it is done,
        # and this QObject (which the UI thread may have let go of by then) must not go there.
        def enter(progress: Progress) -> Database:
            return contexts.enter_context(open_database(progress))

        self._task = Task(None, "", enter, show_progress=False, on_error=self._failed)
        self._task.finished.connect(lambda db: self._ended("finished", db))
        self._task.cancelled.connect(lambda: self._ended("cancelled", None))
        self._loop = QEventLoop(self)
        self._window: QWidget | None = None

    def _failed(self, exc: BaseException) -> None:
        self._ended("failed", exc)

    def _ended(self, kind: str, value: Any) -> None:
        self._outcome = (kind, value)
        self._loop.quit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The window closed (by the user, or SIGTERM, SIGINT): stop waiting for the
        database. A minimised window is hidden too, but still visible to Qt."""
        if (
            watched is self._window
            and event.type() == QEvent.Type.Hide
            and not self._window.isVisible()
        ):
            self._loop.quit()
        return False

    def wait(self, window: QWidget) -> Database | None:
        """The database once open, raising what the opening raised; None when the window
        was closed first (the opening then cancelled, and waited for: its context must be
        left, and the task's thread must not outlive the app)."""
        self._task.start()
        self._window = window
        window.installEventFilter(self)
        try:
            while self._outcome is None and window.isVisible():
                self._loop.exec()  # ended by the outcome or the window's closing
        finally:
            window.removeEventFilter(self)
        if not window.isVisible():
            self._task.flag.cancel()
            while self._outcome is None:
                self._loop.exec()
            if self._outcome[0] == "failed":
                log.info("Databasen ble ikke åpnet før vinduet ble lukket: %s", self._outcome[1])
            return None
        assert self._outcome is not None
        kind, value = self._outcome
        if kind == "failed":
            raise value
        if kind == "cancelled":  # by the opening itself: nothing to show
            return None
        return value

    def close(self) -> None:
        """Leave the context entered (when it was): on the UI thread, after the window."""
        self._contexts.close()


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
    long as the app, so later garbage-collection passes need not walk it again; and from
    now on, the garbage among what is set aside is freed when the window is left alone."""
    from kunnskapsapp import memory
    from kunnskapsapp.ui.idle_tidy import IdleTidy

    memory.set_aside()
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.findChild(IdleTidy) is None:
        IdleTidy(app)
