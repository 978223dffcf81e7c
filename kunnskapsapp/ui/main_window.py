"""The main window: navigation between pages, menus, a toolbar and the status bar.

It only wires pages together; each page lives in its own module under `ui/pages/`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP as _QT_TRANSLATE_NOOP
from PySide6.QtCore import QSize, Qt, QThreadPool
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kunnskapsapp.ui import settings
from kunnskapsapp.ui.heading import page_heading
from kunnskapsapp.ui.icons import PAGE_ICONS, set_icon, set_item_icon
from kunnskapsapp.ui.preset_locks import database_lock

# Qt only above: the window's frame shows before the database, the models and SQLAlchemy are
# imported (MainWindow(None), then attach()).
if TYPE_CHECKING:
    from kunnskapsapp.services.database import Database
    from kunnskapsapp.ui.database_guards import DatabaseGuards

# PySide6's stub types QT_TRANSLATE_NOOP as returning object; it returns the text unchanged.
# The name stays QT_TRANSLATE_NOOP so that lupdate finds the texts.
QT_TRANSLATE_NOOP: Callable[[str, str], str] = _QT_TRANSLATE_NOOP  # type: ignore[assignment]


@dataclass(frozen=True)
class PageEntry:
    """A page in the navigation; its module is imported when the page is first shown."""

    page_id: str
    title: str
    module: str
    class_name: str

    def load(self) -> Any:
        module = importlib.import_module(f"kunnskapsapp.ui.pages.{self.module}")
        return getattr(module, self.class_name)


PAGES = (
    PageEntry(
        "dashboard", QT_TRANSLATE_NOOP("MainWindow", "Oversikt"), "dashboard", "DashboardPage"
    ),
    PageEntry(
        "agreements", QT_TRANSLATE_NOOP("MainWindow", "Avtaler"), "agreements", "AgreementsPage"
    ),
    PageEntry(
        "projects", QT_TRANSLATE_NOOP("MainWindow", "Prosjekter"), "projects", "ProjectsPage"
    ),
    PageEntry("fund", QT_TRANSLATE_NOOP("MainWindow", "Finansiering og fond"), "fund", "FundPage"),
    PageEntry(
        "deadlines", QT_TRANSLATE_NOOP("MainWindow", "Frister"), "deadlines", "DeadlinesPage"
    ),
    PageEntry("meetings", QT_TRANSLATE_NOOP("MainWindow", "Møter"), "meetings", "MeetingsPage"),
    PageEntry(
        "organisations",
        QT_TRANSLATE_NOOP("MainWindow", "Organisasjoner"),
        "organisations",
        "OrganisationsPage",
    ),
    PageEntry("people", QT_TRANSLATE_NOOP("MainWindow", "Personer"), "people", "PeoplePage"),
    PageEntry("lessons", QT_TRANSLATE_NOOP("MainWindow", "Erfaringer"), "lessons", "LessonsPage"),
)


class MainWindow(QMainWindow):
    def __init__(self, db: Database | None, parent: QWidget | None = None) -> None:
        """The window on `db`; with None, its frame only (navigation, menus, the dashboard's
        heading), shown while the database opens, and `attach` then brings it to life."""
        super().__init__(parent)
        self.db: Database = None  # type: ignore[assignment]  # set by attach()
        # The backup, damage check and lock entry on `db` (ui.database_guards), when started.
        self.guards: DatabaseGuards | None = None
        self.setObjectName("mainWindow")
        self.ask_before_closing = True  # False: close without the unsaved-changes question
        self.is_demo = False
        self.setWindowTitle("Kunnskapsapp")
        # Pages are built the first time they are shown: start-up pays only for the dashboard.
        self.page_entries: dict[str, PageEntry] = {entry.page_id: entry for entry in PAGES}
        self.pages: dict[str, Any] = {}
        self._slots: dict[str, QWidget] = {}

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigasjon"))
        self.nav.setIconSize(QSize(18, 18))
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        for number, (page_id, entry) in enumerate(self.page_entries.items(), start=1):
            title = self.tr(entry.title)
            slot = QWidget(self.stack)
            slot.setObjectName(f"slot_{page_id}")
            self._slots[page_id] = slot
            self.stack.addWidget(slot)
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, page_id)
            item.setToolTip(self.tr("%s (Ctrl+%s)") % (title, number) if number < 10 else title)
            self.nav.addItem(item)
            set_item_icon(self.nav, item, PAGE_ICONS[page_id])
        widest = max(self.nav.fontMetrics().horizontalAdvance(self.tr(e.title)) for e in PAGES)
        self.nav.setFixedWidth(widest + 36 + self.nav.iconSize().width() + 6)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.currentRowChanged.connect(self._nav_changed)

        self._central = central = QWidget(self)
        central.setObjectName("central")
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.db_label = QLabel(self.tr("Åpner databasen …"))
        self.db_label.setObjectName("statusDatabase")
        self.statusBar().addPermanentWidget(self.db_label)
        self._build_menus()
        self.resize(1280, 800)
        self._restore_geometry()
        if db is None:
            self._show_frame()
        else:
            self.attach(db)

    def _show_frame(self) -> None:
        """Before the database is open: the heading of the page the window will open on
        (the one shown last) where it will be, and no control that needs the database (they
        come with attach)."""
        page_id = self._first_page()
        slot = self._slots[page_id]
        layout = QVBoxLayout(slot)
        heading = page_heading(self.tr(self.page_entries[page_id].title), slot)
        heading.setObjectName("frameHeading")
        layout.addWidget(heading)
        layout.addStretch(1)
        self.stack.setCurrentWidget(slot)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(list(self.page_entries).index(page_id))
        self.nav.blockSignals(False)
        self._central.setEnabled(False)
        self.menuBar().setEnabled(False)
        self._toolbar.setEnabled(False)

    def _first_page(self) -> str:
        last = settings.LAST_PAGE.get()
        return last if last in self.page_entries else "dashboard"

    def attach(self, db: Database) -> None:
        """The window on `db`: its title, the search, the last page shown, and every control
        enabled. Once, on a window built with None (MainWindow(db) calls it itself)."""
        from kunnskapsapp.services.connection import describe_url
        from kunnskapsapp.ui.exchange_actions import add_file_actions
        from kunnskapsapp.ui.first_start import is_demo_database
        from kunnskapsapp.ui.search import GlobalSearch

        self.db = db
        self.is_demo = is_demo_database(db)
        if self.is_demo:  # a separate file from Kom i gang: never mistaken for the real data
            self.setWindowTitle(self.tr("Kunnskapsapp – DEMODATA"))
        else:
            self.setWindowTitle(self.tr("Kunnskapsapp – %s") % db.display_url)
        db_text = self.tr("Demodata: %s") if self.is_demo else self.tr("Database: %s")
        self.db_label.setText(db_text % describe_url(db.url))
        add_file_actions(self, self._file_menu, self._data_changed, self._file_actions_before)
        self.global_search = GlobalSearch(db, self)  # Ctrl+K
        self.global_search.open_record_requested.connect(self.open_record)
        self._toolbar.addWidget(self.global_search)
        self._central.setEnabled(True)
        self.menuBar().setEnabled(True)
        self._toolbar.setEnabled(True)
        self.show_page(self._first_page())
        # The keyboard starts in the navigation (arrow keys between pages, Tab on into the page)
        # instead of nowhere.
        self.nav.setFocus()

    # --- navigation ---
    def page(self, page_id: str) -> Any:
        """The page, built on first use in its place in the stack."""
        page = self.pages.get(page_id)
        if page is None:
            slot = self._slots[page_id]
            index = self.stack.indexOf(slot)
            page = self.page_entries[page_id].load()(self.db, self.stack)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(slot)
            slot.deleteLater()
            self._slots[page_id] = page
            self.pages[page_id] = page
            page.data_changed.connect(self._data_changed)
            page.open_record_requested.connect(self.open_record)
            if page_id == "dashboard":
                page.week_requested.connect(self.show_deadlines_between)
            page.restore_state()
        return page

    def current_page(self) -> Any:
        widget = self.stack.currentWidget()
        return widget if widget in self.pages.values() else None

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        page_id = self.nav.item(row).data(Qt.ItemDataRole.UserRole)
        current = self.current_page()
        if current is not None and current.page_id != page_id and not current.maybe_leave():
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(list(self.page_entries).index(current.page_id))
            self.nav.blockSignals(False)
            return
        target = self.page(page_id)
        target.ensure_loaded()
        self.stack.setCurrentWidget(target)

    def show_page(self, page_id: str) -> Any:
        row = list(self.page_entries).index(page_id)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        page = self.page(page_id)
        page.ensure_loaded()
        if self.nav.currentRow() == row:  # (the frame's row was set without a page behind it)
            self.stack.setCurrentWidget(page)
        return page

    def go_to(self, page_id: str) -> None:
        """Gå til (Ctrl+1 … Ctrl+9): the page, with the keyboard in it (its list, or its first
        control), so that the page's own keys (Ctrl+N, Ctrl+S, Ctrl+P) work at once."""
        page = self.show_page(page_id)
        if self.current_page() is not page:
            return  # unsaved changes kept the user where they were
        view = getattr(page, "view", None)
        if isinstance(view, QWidget) and view.isVisible():
            view.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        widget = page.nextInFocusChain()
        while widget is not page:
            if (
                page.isAncestorOf(widget)
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.isVisible()
                and widget.isEnabled()
            ):
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
            widget = widget.nextInFocusChain()

    def open_record(self, page_id: str, record_id: str) -> None:
        page = self.show_page(page_id)
        if self.current_page() is page:
            page.select_id(record_id)

    def show_deadlines_between(self, first: date, last: date) -> None:
        """Frister with only the deadlines due from `first` to `last` (a week's bar)."""
        page = self.show_page("deadlines")
        if self.current_page() is page:
            page.show_week(first, last)

    def reload_pages(self) -> None:
        """The database changed under every page (a restore): each reads it again."""
        self._data_changed()

    def _data_changed(self) -> None:
        """Another page changed data: the page in view refreshes now, the others when shown;
        every form's pickers read their choices again before they next show a record."""
        from kunnskapsapp.ui.form_fields import choices_changed

        choices_changed()
        sender = self.sender()
        for page in self.pages.values():
            if page is sender:
                continue
            if page is self.current_page():
                page.refresh()
            else:
                page._loaded = False

    # --- menus ---
    def _action(self, text: str, slot: Any, shortcut: str | None = None, name: str = "") -> QAction:
        act = QAction(text, self)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
        if name:
            act.setObjectName(name)
        act.triggered.connect(slot)
        return act

    def _page_call(self, method: str) -> Any:
        def call() -> None:
            page = self.current_page()
            fn = getattr(page, method, None)
            if fn is not None:
                fn()

        return call

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Fil"))
        file_menu.setToolTipsVisible(True)  # a locked choice says why
        connect = self._action(
            self.tr("Koble til database …"), self.connect_database, name="actionConnect"
        )
        locked = database_lock()
        if locked:  # IT's preset file chose the database for everyone
            connect.setEnabled(False)
            connect.setToolTip(locked)
            connect.setStatusTip(locked)
        file_menu.addAction(connect)
        file_menu.addAction(
            self._action(self.tr("Ta sikkerhetskopi …"), self.backup, name="actionBackup")
        )
        file_menu.addAction(
            self._action(self.tr("Sikkerhetskopier …"), self.open_backups, name="actionBackups")
        )
        self._report_menu = file_menu.addMenu(self.tr("&Rapporter"))
        for kind, text in (
            ("handout", self.tr("Møteunderlag …")),
            ("portfolio", self.tr("Porteføljeoversikt …")),
            ("deadlines", self.tr("Fristliste …")),
            ("agreements", self.tr("Avtaleregister …")),
            ("fund", self.tr("FoU-fond …")),
            ("project", self.tr("Prosjektark …")),
        ):
            self._report_menu.addAction(
                self._action(
                    text, lambda _c=False, k=kind: self.open_report(k), name=f"actionReport_{kind}"
                )
            )
        file_menu.addSeparator()
        # Eksporter …, Importer …: added before this separator once the database is open.
        self._file_menu = file_menu
        self._file_actions_before = file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("Avslutt"), self.close, "Ctrl+Q", "actionQuit"))

        edit = bar.addMenu(self.tr("&Rediger"))
        self.act_new = self._action(self.tr("Ny"), self._page_call("new_record"), None, "actionNew")
        self.act_save = self._action(self.tr("Lagre"), self._page_call("save"), None, "actionSave")
        self.act_delete = self._action(
            self.tr("Slett …"), self._page_call("delete"), None, "actionDelete"
        )
        self.act_find = self._action(
            self.tr("Søk"), self._page_call("focus_search"), None, "actionFind"
        )
        self.act_refresh = self._action(
            self.tr("Oppdater"), self._page_call("refresh"), None, "actionRefresh"
        )
        self.act_print = self._action(
            self.tr("Skriv ut …"), self._page_call("print_report"), None, "actionPrint"
        )
        for act, hint, icon_name in (
            (self.act_new, "Ctrl+N", "plus"),
            (self.act_save, "Ctrl+S", "save"),
            (self.act_delete, "Delete", "trash-2"),
            (self.act_find, "Ctrl+F", "search"),
            (self.act_refresh, "F5", "refresh-cw"),
            (self.act_print, "Ctrl+P", "printer"),
        ):
            act.setToolTip(f"{act.text()} ({hint})")
            set_icon(act, icon_name)
            edit.addAction(act)

        go = bar.addMenu(self.tr("&Gå til"))
        for number, (page_id, entry) in enumerate(self.page_entries.items(), start=1):
            go.addAction(
                self._action(
                    self.tr(entry.title),
                    lambda _c=False, pid=page_id: self.go_to(pid),
                    f"Ctrl+{number}" if number < 10 else None,
                    f"actionGo_{page_id}",
                )
            )

        tools = bar.addMenu(self.tr("&Innstillinger"))
        tools.addAction(
            self._action(self.tr("Kommuneprofil …"), self.edit_profile, name="actionProfile")
        )
        tools.addAction(
            self._action(
                self.tr("Tjenesteområder …"), self.edit_service_areas, name="actionServiceAreas"
            )
        )
        tools.addAction(
            self._action(
                self.tr("Finansieringsordninger og fristregler …"),
                self.edit_schemes,
                name="actionSchemes",
            )
        )
        self._build_language_menu(tools)
        self._build_appearance_menu(tools)

        help_menu = bar.addMenu(self.tr("&Hjelp"))
        help_menu.addAction(
            self._action(self.tr("Brukerveiledning"), self.show_help, "F1", "actionHelp")
        )
        help_menu.addAction(
            self._action(self.tr("Kom i gang …"), self.first_start, name="actionFirstStart")
        )
        help_menu.addSeparator()
        help_menu.addAction(
            self._action(self.tr("Om Kunnskapsapp"), self.about, name="actionAbout")
        )

        toolbar = self.addToolBar(self.tr("Verktøylinje"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)  # never icon-only
        toolbar.setIconSize(QSize(18, 18))
        for act in (self.act_new, self.act_save, self.act_delete, self.act_refresh, self.act_print):
            toolbar.addAction(act)
        self._toolbar = toolbar  # the global search joins it in attach()

    def _build_language_menu(self, tools: Any) -> None:
        """Innstillinger → Språk: Norsk bokmål or English, from the next start (every widget
        takes its texts as it is built; `--language` overrides it for one start)."""
        from PySide6.QtGui import QActionGroup

        from kunnskapsapp.ui import i18n

        menu = tools.addMenu(self.tr("Språk"))
        menu.setObjectName("menuLanguage")
        group = QActionGroup(menu)
        saved = settings.LANGUAGE.get()
        for code, name in i18n.LANGUAGES.items():
            act = QAction(name, menu)  # each language named in itself
            act.setObjectName(f"actionLanguage_{code}")
            act.setCheckable(True)
            act.setChecked(code == (saved if saved in i18n.LANGUAGES else i18n.DEFAULT))
            act.triggered.connect(lambda _c=False, c=code: self.choose_language(c))
            group.addAction(act)
            menu.addAction(act)

    def _build_appearance_menu(self, tools: Any) -> None:
        """Innstillinger → Utseende: the system's light or dark, or always one of them, at
        once and at every start (ui.palette.apply)."""
        from PySide6.QtGui import QActionGroup

        from kunnskapsapp.ui import palette

        names = {
            palette.Appearance.SYSTEM: self.tr("Følg systemet"),
            palette.Appearance.LIGHT: self.tr("Lyst"),
            palette.Appearance.DARK: self.tr("Mørkt"),
        }
        menu = tools.addMenu(self.tr("Utseende"))
        menu.setObjectName("menuAppearance")
        group = QActionGroup(menu)
        chosen = palette.chosen_appearance()
        for appearance in palette.APPEARANCES:
            act = QAction(names[appearance], menu)
            act.setObjectName(f"actionAppearance_{appearance.value}")
            act.setCheckable(True)
            act.setChecked(appearance is chosen)
            act.triggered.connect(lambda _c=False, a=appearance: self.choose_appearance(a))
            group.addAction(act)
            menu.addAction(act)

    def choose_appearance(self, appearance: Any) -> None:
        """The appearance chosen, saved for the next start and used at once: every window
        open is drawn in the new palette."""
        from kunnskapsapp.ui import palette

        if appearance is palette.chosen_appearance():
            return
        settings.APPEARANCE.set(appearance.value)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            palette.apply(app, appearance)

    def choose_language(self, code: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        from kunnskapsapp.ui import i18n

        if code == settings.LANGUAGE.get():
            return
        settings.LANGUAGE.set(code)
        if code == i18n.current():
            return  # back to the language the window already speaks
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Språk"),
            self.tr("Kunnskapsapp bruker %1 neste gang programmet starter.").replace(
                "%1", i18n.LANGUAGES[code]
            ),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("languageChangedBox")
        box.exec()

    # --- commands ---
    def open_report(self, kind: str) -> None:
        from kunnskapsapp.ui.reports import open_report_dialog

        open_report_dialog(self, self.db, kind)

    def backup(self) -> None:
        from kunnskapsapp.storage import migrations
        from kunnskapsapp.ui.worker import run_task

        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Ta sikkerhetskopi"),
            "kunnskapsapp-sikkerhetskopi.sqlite3",
            self.tr("SQLite-database (*.sqlite3)"),
        )
        if not path:
            return
        from pathlib import Path

        def work(progress: Any) -> str:
            migrations.backup(self.db.engine, Path(path), lambda d, t: progress.step(d, t))
            return path

        run_task(
            self,
            self.tr("Tar sikkerhetskopi …"),
            work,
            lambda p: self.statusBar().showMessage(
                self.tr("Sikkerhetskopi skrevet til %s") % p, 8000
            ),
        )

    def open_backups(self) -> None:
        from kunnskapsapp.ui.backups import open_backups_dialog

        open_backups_dialog(self, self.db, self._data_changed)

    def connect_database(self) -> None:
        from kunnskapsapp.ui.connect_dialog import open_connect_dialog

        open_connect_dialog(self)

    def edit_profile(self) -> None:
        from kunnskapsapp.ui.profile_dialog import ProfileDialog

        ProfileDialog(self.db, self).exec()

    def edit_service_areas(self) -> None:
        from kunnskapsapp.ui.admin import ServiceAreasDialog

        ServiceAreasDialog(self.db, self).exec()
        self._data_changed()

    def edit_schemes(self) -> None:
        from kunnskapsapp.ui.admin import SchemesDialog

        SchemesDialog(self.db, self).exec()
        self._data_changed()

    def show_help(self) -> None:
        from kunnskapsapp.ui.help import show_help

        page = self.current_page()
        show_help(self, page.page_id if page is not None else None)

    def first_start(self) -> None:
        from kunnskapsapp.ui import first_start

        first_start.show(self)

    def about(self) -> None:
        from kunnskapsapp.ui.about import AboutDialog

        AboutDialog(self.db, self).exec()

    # --- state ---
    def _restore_geometry(self) -> None:
        geometry = settings.WINDOW_GEOMETRY.get()
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = settings.WINDOW_STATE.get()
        if not state.isEmpty():
            self.restoreState(state)

    def close_without_questions(self) -> None:
        """Close as Ctrl+Q does, but without asking about unsaved changes (they are left
        unsaved): the app was told to end (SIGTERM, SIGINT). Open dialogs are closed first."""
        self.ask_before_closing = False
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        self.close()
        QApplication.quit()  # also ends a dialog's own event loop

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.db is None:  # closed before the database was open: nothing to keep
            event.accept()
            return
        page = self.current_page()
        if page is not None and self.ask_before_closing and not page.maybe_leave():
            event.ignore()
            return
        settings.WINDOW_GEOMETRY.set(self.saveGeometry())
        settings.WINDOW_STATE.set(self.saveState())
        settings.LAST_PAGE.set(page.page_id if page is not None else "dashboard")
        for each in self.pages.values():
            each.save_state()
        # Let background work (a backup, a report) finish before the database closes.
        QThreadPool.globalInstance().waitForDone(30_000)
        event.accept()
        if self.guards is not None:  # the backup at close, the lock entry released
            self.guards.stop()
