"""Starting the desktop application."""

from __future__ import annotations

import gc
import sys
from typing import Any

from PySide6.QtCore import QLocale, QSettings, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from kunnskapsapp import paths
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
    QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
    install_translations(app)
    return app


def install_translations(app: QApplication) -> None:
    """Qt's own dialogs in Bokmål, then the app's catalogue (the source strings are Bokmål).

    PySide6 ships Qt's catalogue in Nynorsk but not in Bokmål, so the project ships its own
    (resources/translations/qtbase_nb.ts, compiled to the .qm beside it): the file, print and
    message dialogs, the standard buttons, the wizard and the text menus."""
    if getattr(app, "_kunnskapsapp_translators", None):
        return
    translators = []
    folder = str(paths.resources_dir() / "translations")
    qt = QTranslator(app)
    if qt.load("qtbase_nb", folder):
        app.installTranslator(qt)
        translators.append(qt)
    own = QTranslator(app)
    if own.load("kunnskapsapp_nb", folder):
        app.installTranslator(own)
        translators.append(own)
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


def run(db: Database) -> int:
    from kunnskapsapp.services.backups import AutoBackup, quietly
    from kunnskapsapp.ui import first_start
    from kunnskapsapp.ui.backups import DamageOffer
    from kunnskapsapp.ui.errors import install_excepthook, setup_logging
    from kunnskapsapp.ui.main_window import MainWindow
    from kunnskapsapp.ui.signals import SignalClose

    app = make_application()
    setup_logging()
    paths.private_settings(QSettings().fileName())
    install_excepthook()
    auto_backup = AutoBackup(db)  # SQLite: a daily backup, and one at close after changes
    auto_backup.start_in_background()
    window = MainWindow(db)
    window.show()
    DamageOffer(window, db, lambda: window._data_changed()).install().check_in_background()
    # SIGTERM and SIGINT close the window as Ctrl+Q does (ui.signals).
    closer = SignalClose(lambda _name: window.close_without_questions(), app)
    notice = start_instance_notice(window, db)
    first_start.maybe_show(window)  # Kom i gang, the first time on an empty database
    QTimer.singleShot(0, _freeze_after_start)
    try:
        code = app.exec()
    finally:
        closer.uninstall()
        notice.stop()
    quietly(auto_backup.at_close)
    return code


def _freeze_after_start() -> None:
    """Once, when the window is up: what start-up made (modules, widgets, settings) lives as
    long as the app, so later garbage-collection passes need not walk it again."""
    gc.freeze()


def start_instance_notice(window: QWidget, db: Database) -> Any:
    """The lock file beside a SQLite database, and who else has it open (ui.instance_notice)."""
    from kunnskapsapp.storage.engine import sqlite_path
    from kunnskapsapp.ui.instance_notice import InstanceNotice

    notice = InstanceNotice(window, sqlite_path(db.url))
    notice.start()
    return notice
