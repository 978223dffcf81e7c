"""Kom i gang: the guide a new user meets when the app starts on an empty database.

First the municipality's name, unit and logo (the same form and service call as
Kommuneprofil), then how to begin: try the demo data (in a file of its own, so the user's
database stays untouched), open an existing file, connect to a shared server, import
spreadsheets (the import wizard of Fil → Importer …), or start empty.

It opens by itself once, on an empty database; after that (finished or closed) only from
Hjelp → Kom i gang. Choosing another database replaces the main window with one on that
database (`switch_database`): pages hold their Database, so a new window is the one way to be
sure nothing still points at the old one. The automatic backup, the damage check and the lock
entry (ui.database_guards) move with it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFileDialog,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kunnskapsapp import paths
from kunnskapsapp.domain import models as m
from kunnskapsapp.domain import reference
from kunnskapsapp.domain.errors import DomainError
from kunnskapsapp.services import clock, crud, demo, profile
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.progress import Progress
from kunnskapsapp.storage.engine import sqlite_path
from kunnskapsapp.ui import database_guards, settings
from kunnskapsapp.ui.preset_locks import database_lock
from kunnskapsapp.ui.profile_dialog import LogoBox, profile_form
from kunnskapsapp.ui.widgets import ask_unsaved

if TYPE_CHECKING:
    from kunnskapsapp.ui.main_window import MainWindow

DEMO = "demo"
OPEN = "open"
SERVER = "server"
IMPORT = "import"
EMPTY = "empty"

_windows: list[MainWindow] = []  # windows opened here; Python must hold them to keep them


# --- the database ---------------------------------------------------------------------------


def database_is_empty(db: Database) -> bool:
    """No agreements, projects or organisations of the user's own (the funders the app ships
    with do not count), and the municipality profile as it was created."""
    if crud.list_rows(db, m.Agreement, limit=1) or crud.list_rows(db, m.Project, limit=1):
        return False
    seeded = {row["id"] for row in reference.FUNDERS}
    organisations = crud.list_rows(db, m.Organisation, limit=len(seeded) + 1)
    if any(row["id"] not in seeded for row in organisations):
        return False
    record = profile.get_profile(db)
    return not any(record.get(name) for name in ("name", "unit_name", "org_number", "address"))


def is_demo_database(db: Database) -> bool:
    """The demo file Kom i gang makes, wherever it was opened from."""
    path = sqlite_path(db.url)
    return path is not None and path.resolve() == paths.demo_database_path().resolve()


def open_demo(progress: Progress | None = None) -> Database:
    """The demo data in its own file in the data folder, created on first use."""
    db = Database.open(str(paths.demo_database_path()), create=True)
    try:
        if database_is_empty(db):
            demo.create_demo(db, today=clock.today(), progress=progress)
    except BaseException:
        db.dispose()
        raise
    return db


def switch_database(window: MainWindow, db: Database) -> MainWindow | None:
    """Replace `window` by a main window on `db`; None (and `db` closed) if the user keeps
    unsaved changes in the old window."""
    from kunnskapsapp.ui.main_window import MainWindow

    page = window.current_page()
    if page is not None and not page.maybe_leave():
        db.dispose()
        return None
    page_id = page.page_id if page is not None else "dashboard"
    new = MainWindow(db)
    new.setGeometry(window.geometry())
    new.show_page(page_id)
    new.show()  # before the old one closes, so the app never has no window
    if window.guards is not None:  # the backup, damage check and lock move to the new file
        database_guards.start(new)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if not window.close():  # (its close stops its guards: backup at close, lock released)
        new.close()
        new.deleteLater()
        db.dispose()
        return None
    if window in _windows:
        _windows.remove(window)
    if window.db is not db:
        window.db.dispose()
    if not _windows:
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(close_databases)
    _windows.append(new)
    new.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "Åpnet %s") % db.display_url, 8000
    )
    return new


def _switch_to(window: MainWindow, db: Database) -> None:
    switch_database(window, db)


def close_databases() -> None:
    """Close the databases of the windows Kom i gang opened (at quit; tests after each)."""
    for each in _windows:
        each.db.dispose()
    _windows.clear()


# --- showing it -----------------------------------------------------------------------------


def maybe_show(window: MainWindow) -> FirstStartWizard | None:
    """Open Kom i gang over `window` when it starts on an empty database for the first time."""
    if settings.FIRST_START_DONE.get():
        return None
    try:
        empty = database_is_empty(window.db)
    except DomainError:  # a database that cannot be read: the start's own checks say why
        return None
    return show(window) if empty else None


def show(window: MainWindow) -> FirstStartWizard:
    wizard = FirstStartWizard(window)
    wizard.open()
    return wizard


# --- the wizard -----------------------------------------------------------------------------


def _text(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


class ProfilePage(QWizardPage):
    """The municipality's name, unit and logo, saved when the user goes on."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartProfilePage")
        self.setTitle(self.tr("Velkommen til Kunnskapsapp"))
        self.setSubTitle(
            self.tr(
                "Skriv inn kommunens navn og enheten din. Navnet, enheten og logoen står på "
                "alle rapporter og møteunderlag. Du kan endre dem senere under Innstillinger → "
                "Kommuneprofil."
            )
        )
        layout = QVBoxLayout(self)
        self.logo = LogoBox(self)
        self.form = profile_form(db, ["name", "unit_name"], self.logo)
        layout.addWidget(self.form, 1)
        where = _text(
            self.tr("Opplysningene lagres i databasen som er åpen nå: %s") % db.display_url
        )
        where.setObjectName("firstStartDatabase")
        where.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(where)
        record = profile.get_profile(db)
        self.form.load(record)
        self.logo.load(record.get("logo"), record.get("logo_mime") or "")

    @property
    def dirty(self) -> bool:
        return self.form.dirty or self.logo.changed

    def save(self) -> bool:
        if not self.dirty:
            return True
        saved = self.form.save()
        if saved is None:
            return False
        self.logo.load(saved.get("logo"), saved.get("logo_mime") or "")
        return True

    def validatePage(self) -> bool:
        return self.save()


class ChoicePage(QWizardPage):
    """How to begin: demo data, an existing file, a shared server, spreadsheets, or empty."""

    def __init__(self, wizard: FirstStartWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setObjectName("firstStartChoicePage")
        self.setTitle(self.tr("Hvordan vil du begynne?"))
        self.setSubTitle(
            self.tr("Velg ett av alternativene. Du kan åpne denne veiviseren igjen under Hjelp.")
        )
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        locked = database_lock()
        for key, title, text in (
            (
                DEMO,
                self.tr("Prøv med demodata"),
                self.tr(
                    "Åpner en egen fil med eksempler: avtaler, prosjekter, frister og møter. "
                    "Vinduet er merket DEMODATA. Din egen database blir ikke endret."
                ),
            ),
            (
                OPEN,
                self.tr("Åpne en eksisterende fil …"),
                self.tr("Velg en Kunnskapsapp-database du har fått, eller en sikkerhetskopi."),
            ),
            (
                SERVER,
                self.tr("Koble til en delt server"),
                self.tr(
                    "Bruk en felles database som flere i enheten arbeider i. "
                    "IT-avdelingen gir deg adressen."
                ),
            ),
            (
                IMPORT,
                self.tr("Importer regneark …"),
                self.tr(
                    "Hent inn avtaler, prosjekter, personer og frister fra Excel eller CSV: "
                    "enhetens egne regneark, eller en arbeidsbok eksportert fra Kunnskapsapp. "
                    "Du ser hver rad før noe lagres."
                ),
            ),
            (
                EMPTY,
                self.tr("Start tom"),
                self.tr("Begynn å registrere avtaler og prosjekter i din egen database."),
            ),
        ):
            button = QRadioButton(title, self)
            button.setObjectName(f"firstStart_{key}")
            self.group.addButton(button)
            self.buttons[key] = button
            layout.addWidget(button)
            description = _text(text)
            description.setContentsMargins(24, 0, 0, 8)
            description.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(description)
            button.toggled.connect(self._toggled)
            if key in (OPEN, SERVER) and locked:  # IT's preset file chose the database
                for widget in (button, description):
                    widget.setEnabled(False)
                    widget.setToolTip(locked)
        layout.addStretch(1)

    def choice(self) -> str | None:
        for key, button in self.buttons.items():
            if button.isChecked():
                return key
        return None

    def _toggled(self, checked: bool) -> None:
        if checked:
            self.completeChanged.emit()
            self.wizard_.update_finish_text()

    def isComplete(self) -> bool:
        return self.choice() is not None

    def validatePage(self) -> bool:
        choice = self.choice()
        if choice == OPEN:
            return self.wizard_.choose_file()
        if choice == SERVER:  # Fil → Koble til database …'s dialog; connects on Fullfør
            from kunnskapsapp.ui.connect_dialog import ask_for_server

            return ask_for_server(self, self.wizard_.db.url)
        return True


class FirstStartWizard(QWizard):
    PAGE_PROFILE = 0
    PAGE_CHOICE = 1

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main_window = window
        self.db = window.db
        self.chosen_db: Database | None = None
        self.setObjectName("firstStartWizard")
        self.setWindowTitle(self.tr("Kom i gang"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< Tilbake")),
            (QWizard.WizardButton.NextButton, self.tr("Neste >")),
            (QWizard.WizardButton.FinishButton, self.tr("Fullfør")),
            (QWizard.WizardButton.CancelButton, self.tr("Avbryt")),
        ):
            self.setButtonText(button, text)
        self.profile_page = ProfilePage(self.db, self)
        self.choice_page = ChoicePage(self)
        self.setPage(self.PAGE_PROFILE, self.profile_page)
        self.setPage(self.PAGE_CHOICE, self.choice_page)
        self.finished.connect(lambda _result: settings.FIRST_START_DONE.set(True))
        self.resize(640, 540)

    def update_finish_text(self) -> None:
        texts = {
            DEMO: self.tr("Åpne demodata"),
            OPEN: self.tr("Velg fil …"),
            SERVER: self.tr("Koble til …"),
            IMPORT: self.tr("Importer …"),
            EMPTY: self.tr("Start"),
        }
        choice = self.choice_page.choice()
        self.setButtonText(QWizard.WizardButton.FinishButton, texts.get(choice or "", ""))

    def choose_file(self) -> bool:
        """Ask for a database file and open it as the app's start does; False to stay."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Åpne en Kunnskapsapp-database"),
            str(paths.data_dir()),
            self.tr("Kunnskapsapp-database (*.sqlite3 *.sqlite *.db);;Alle filer (*)"),
        )
        if not path:
            return False
        current = sqlite_path(self.db.url)
        if current is not None and current.resolve() == Path(path).resolve():
            return True  # already open
        try:
            self.chosen_db = Database.open(path)
        except DomainError as exc:
            from kunnskapsapp.ui.formatting import domain_message  # not loaded at start

            QMessageBox.warning(self, self.tr("Kan ikke åpne filen"), domain_message(exc))
            return False
        return True

    def accept(self) -> None:
        super().accept()  # QWizard's accept validates the last page first, and may stay open
        if self.result() != QWizard.DialogCode.Accepted:
            return
        choice, chosen, window = self.choice_page.choice(), self.chosen_db, self.main_window
        if chosen is not None:
            switch_database(window, chosen)
        elif choice == SERVER:
            from kunnskapsapp.ui.connect_dialog import switch_to_server

            switch_to_server(window)
        elif choice == IMPORT:  # Fil → Importer …, into the database that is open
            from kunnskapsapp.ui.import_wizard import open_import_wizard

            open_import_wizard(window, window.db, window.reload_pages)
        elif choice == DEMO:
            from kunnskapsapp.ui.worker import run_task

            run_task(
                window,
                self.tr("Lager demodata …"),
                open_demo,
                lambda db: _switch_to(window, db),
            )

    def reject(self) -> None:
        if self.profile_page.dirty and not self._keep_or_drop_profile():
            return
        super().reject()

    def _keep_or_drop_profile(self) -> bool:
        """Unsaved name or logo: save, discard or stay. True when it is fine to close."""
        answer = ask_unsaved(
            self,
            self.tr("Kommunens opplysninger er ikke lagret."),
            self.tr("Vil du lagre dem før du lukker?"),
        )
        if answer == "save":
            return self.profile_page.save()
        return answer == "discard"
