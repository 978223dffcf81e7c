"""Fil → Koble til database …: the shared PostgreSQL server without the command line.

Host, port, database, user, the TLS mode (`sslmode`) and, for verify-ca/verify-full, the
root certificate; *Test tilkobling* connects off the UI thread and answers in Norwegian. Saving
switches the window to the server at once (the same `first_start.switch_database` Kom i gang
uses), and the choice is remembered (ui.settings.DATABASE_SERVER, no password) for the next
start (`open_remembered_server`, called by cli.py when neither --database nor
KUNNSKAPSAPP_DATABASE is given). «Bruk lokal databasefil» forgets it and switches back. The
password goes to the operating system's keyring, or to pgpass where there is no keyring;
never to the settings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kunnskapsapp.domain.errors import DomainError
from kunnskapsapp.services import connection
from kunnskapsapp.services.connection import SSLMODES, VERIFYING, Server
from kunnskapsapp.services.progress import Cancelled, Progress
from kunnskapsapp.ui import palette as colours
from kunnskapsapp.ui import settings
from kunnskapsapp.ui.formatting import domain_message
from kunnskapsapp.ui.i18n import Context
from kunnskapsapp.ui.worker import Latest, call_on_ui_thread

if TYPE_CHECKING:
    from kunnskapsapp.ui.main_window import MainWindow

KEYRING, PGPASS = "keyring", "pgpass"


W = TypeVar("W", bound=QWidget)


Connecting = Context("Connecting")  # the texts of this module's functions: Connecting.tr("…")


def _named(widget: W, name: str) -> W:
    widget.setObjectName(name)
    return widget


def sslmode_labels() -> dict[str, str]:
    return {
        "disable": Connecting.tr("disable – ukryptert (bare på et lukket nett)"),
        "prefer": Connecting.tr("prefer – kryptert hvis serveren tilbyr det"),
        "require": Connecting.tr("require – alltid kryptert, sertifikatet sjekkes ikke"),
        "verify-ca": Connecting.tr(
            "verify-ca – kryptert, sertifikatet sjekkes mot rotsertifikatet"
        ),
        "verify-full": Connecting.tr(
            "verify-full – kryptert, sertifikat og servernavn sjekkes (anbefalt)"
        ),
    }


class ConnectDialog(QDialog):
    """Edit, test and remember the shared server; `accepted` when it is saved."""

    def __init__(self, current_url: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Koble til database"))
        self._latest = Latest(self)
        self.forgotten = False
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Koble til den felles PostgreSQL-databasen. Spør IT om servernavn, database, "
                "brukernavn og TLS-modus. Valget huskes og brukes også neste gang programmet "
                "starter."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.host = _named(QLineEdit(), "connectHost")
        self.port = _named(QSpinBox(), "connectPort")
        self.port.setRange(1, 65535)
        self.port.setValue(connection.DEFAULT_PORT)
        self.database = _named(QLineEdit(), "connectDatabase")
        self.user = _named(QLineEdit(), "connectUser")
        self.password = _named(QLineEdit(), "connectPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sslmode = _named(QComboBox(), "connectSslmode")
        for mode, label in sslmode_labels().items():
            self.sslmode.addItem(label, mode)
        self.rootcert = _named(QLineEdit(), "connectRootCert")
        self.rootcert.setPlaceholderText(self.tr("Rotsertifikat fra IT (.crt eller .pem)"))
        self.rootcert.setAccessibleName(self.tr("Rotsertifikat"))
        self.rootcert.setAccessibleDescription(self.tr("Rotsertifikat fra IT (.crt eller .pem)"))
        self.rootcert_button = _named(QPushButton(self.tr("Velg …")), "connectRootCertPick")
        cert_row = QHBoxLayout()
        cert_row.addWidget(self.rootcert, 1)
        cert_row.addWidget(self.rootcert_button)
        self.store = _named(QComboBox(), "connectPasswordStore")
        self.store.addItem(self.tr("Nøkkelringen i operativsystemet"), KEYRING)
        self.store.addItem(self.tr("PostgreSQL-passordfilen (pgpass)"), PGPASS)
        self.store_note = _named(QLabel(), "connectStoreNote")
        self.store_note.setWordWrap(True)
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("Brukernavn"), self.user)
        form.addRow(self.tr("Passord"), self.password)
        form.addRow(self.tr("TLS-modus"), self.sslmode)
        form.addRow(self.tr("Rotsertifikat"), cert_row)
        form.addRow(self.tr("Lagre passordet i"), self.store)
        form.addRow("", self.store_note)
        layout.addLayout(form)
        test_row = QHBoxLayout()
        self.test_button = _named(QPushButton(self.tr("Test tilkobling")), "connectTest")
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        layout.addLayout(test_row)
        self.result_label = _named(QLabel(), "connectResult")
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("Koble til"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("connectSave")
        self.local_button = self.buttons.addButton(
            self.tr("Bruk lokal databasefil"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.local_button.setObjectName("connectLocal")
        self.buttons.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(self.buttons)

        self.sslmode.currentIndexChanged.connect(self._sslmode_changed)
        self.rootcert_button.clicked.connect(self._pick_rootcert)
        self.test_button.clicked.connect(self.test)
        self.save_button.clicked.connect(self.save)
        self.local_button.clicked.connect(self.use_local_file)
        self.buttons.rejected.connect(self.reject)
        self._keyring = connection.keyring_available()
        self._setup_store()
        self._fill(current_url)
        self._sslmode_changed()

    # --- filling in ---
    def _setup_store(self) -> None:
        if self._keyring:
            wanted = settings.DATABASE_PASSWORD_STORE.get()
            self.store.setCurrentIndex(max(self.store.findData(wanted), 0))
            self.store_note.hide()
            return
        self.store.model().item(0).setEnabled(False)  # type: ignore[attr-defined]
        self.store.setCurrentIndex(1)
        # connection.NO_KEYRING, in the window's language (lupdate reads only literals here).
        self.store_note.setText(
            self.tr(
                "Operativsystemet har ingen nøkkelring som Kunnskapsapp kan bruke (på Linux "
                "trengs for eksempel GNOME Keyring eller KWallet). Passordet kan i stedet lagres "
                "i PostgreSQL sin passordfil (pgpass), som bare du kan lese, eller oppgis ved "
                "hver oppstart."
            )
        )
        self.store_note.show()

    def _fill(self, current_url: str | None) -> None:
        server = Server.from_text(settings.DATABASE_SERVER.get())
        if server is None and current_url:
            server = Server.from_url(current_url)
        if server is None:
            self.sslmode.setCurrentIndex(self.sslmode.findData("verify-full"))
            return
        self.host.setText(server.host)
        self.port.setValue(server.port)
        self.database.setText(server.database)
        self.user.setText(server.user)
        self.sslmode.setCurrentIndex(max(self.sslmode.findData(server.sslmode), 0))
        self.rootcert.setText(server.sslrootcert)
        if self._keyring:
            self.password.setText(connection.load_password(server) or "")

    def _sslmode_changed(self, *_args: Any) -> None:
        verifying = self.sslmode.currentData() in VERIFYING
        self.rootcert.setEnabled(verifying)
        self.rootcert_button.setEnabled(verifying)

    def _pick_rootcert(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Velg rotsertifikat"),
            self.rootcert.text(),
            self.tr("Sertifikater (*.crt *.pem *.cer);;Alle filer (*)"),
        )
        if path:
            self.rootcert.setText(path)

    def server(self) -> Server:
        mode = str(self.sslmode.currentData() or "prefer")
        assert mode in SSLMODES
        return Server(
            host=self.host.text().strip(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            port=self.port.value(),
            sslmode=mode,
            sslrootcert=self.rootcert.text().strip() if mode in VERIFYING else "",
        )

    def _checked_server(self) -> Server | None:
        server = self.server()
        try:
            server.check()
        except DomainError as exc:
            self._say(domain_message(exc), ok=False)
            return None
        return server

    def _say(self, text: str, *, ok: bool) -> None:
        self.result_label.setText(text)
        self.result_label.setProperty("ok", ok)
        colours.set_colour_style(self.result_label, "" if ok else "color: {};", colours.DANGER)

    # --- the buttons ---
    def test(self) -> None:
        server = self._checked_server()
        if server is None:
            return
        password = self.password.text() or None
        self._say(self.tr("Kobler til %s …") % server.describe(), ok=True)
        self.test_button.setEnabled(False)
        self._latest.run(
            lambda: connection.try_connection(server, password),
            self._tested,
            on_error=self._test_failed,
        )

    def _tested(self, text: str) -> None:
        self.test_button.setEnabled(True)
        self._say(text, ok=True)

    def _test_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        message = domain_message(exc) if isinstance(exc, DomainError) else str(exc)
        self._say(message, ok=False)

    def save(self) -> None:
        server = self._checked_server()
        if server is None:
            return
        store = str(self.store.currentData())
        password = self.password.text()
        try:
            if password and store == KEYRING:
                connection.store_password(server, password)
            elif password:
                path = connection.store_in_pgpass(server, password)
                connection.forget_password(server)
                self._say(self.tr("Passordet er lagret i %s.") % path, ok=True)
        except (DomainError, OSError) as exc:
            message = domain_message(exc) if isinstance(exc, DomainError) else str(exc)
            self._say(message, ok=False)
            return
        settings.DATABASE_SERVER.set(server.to_text())
        settings.DATABASE_PASSWORD_STORE.set(store)
        self.accept()

    def use_local_file(self) -> None:
        """Forget the server: the next start opens the local database file again."""
        server = Server.from_text(settings.DATABASE_SERVER.get())
        if server is not None:
            connection.forget_password(server)
        settings.DATABASE_SERVER.set("")
        self.forgotten = True
        self.accept()


def open_connect_dialog(window: MainWindow) -> bool:
    """The dialog from the File menu; True when a choice was saved. The window switches to the
    chosen database at once (the choice is also remembered for the next start)."""
    dialog = ConnectDialog(window.db.url, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    if dialog.forgotten:
        switch_to_local_file(window)
    else:
        switch_to_server(window)
    return True


def _same_database(a: str, b: str) -> bool:
    from sqlalchemy.engine import make_url

    return make_url(a).set(password=None) == make_url(b).set(password=None)


def switch_to_server(window: MainWindow) -> None:
    """Replace `window` by one on the remembered server, opened off the UI thread."""
    url = remembered_url()
    if url is None:
        return
    if _same_database(url, window.db.url):
        QMessageBox.information(
            window,
            Connecting.tr("Koble til database"),
            Connecting.tr("Kunnskapsapp er allerede koblet til %s.") % connection.describe_url(url),
        )
        return
    later = Connecting.tr(
        "Valget er lagret, og Kunnskapsapp prøver igjen neste gang programmet starter."
    )
    _switch(window, url, create=False, later=later)


def switch_to_local_file(window: MainWindow) -> None:
    """Replace `window` by one on the database the start opens without a server: IT's
    preset or the default file in the data folder (created if it is missing)."""
    from kunnskapsapp import presets
    from kunnskapsapp.storage.engine import resolve_url

    try:
        value, _origin = presets.resolve_database(None)
    except DomainError as exc:
        QMessageBox.warning(window, Connecting.tr("Koble til database"), domain_message(exc))
        return
    url, is_default = resolve_url(value)
    if _same_database(url, window.db.url):
        QMessageBox.information(
            window,
            Connecting.tr("Koble til database"),
            Connecting.tr("Kunnskapsapp bruker allerede den lokale databasen %s.")
            % connection.describe_url(url),
        )
        return
    later = Connecting.tr("Kunnskapsapp åpner den lokale databasen neste gang programmet starter.")
    _switch(window, url, create=is_default, later=later)


def _switch(window: MainWindow, url: str, *, create: bool, later: str) -> None:
    from kunnskapsapp.services.database import Database
    from kunnskapsapp.ui.first_start import switch_database
    from kunnskapsapp.ui.worker import run_task

    shown = connection.describe_url(url)

    def work(progress: Any) -> Any:
        db = Database.open(url, create=create)
        if progress.cancelled:  # the user gave up waiting: stay where we are
            db.dispose()
            raise Cancelled
        return db

    def failed(exc: BaseException) -> None:
        why = domain_message(exc) if isinstance(exc, DomainError) else str(exc)
        QMessageBox.warning(
            window,
            Connecting.tr("Koble til database"),
            Connecting.tr("Kunne ikke åpne %1: %2\n\n%3 Du arbeider videre i %4.")
            .replace("%1", shown)
            .replace("%2", why)
            .replace("%3", later)
            .replace("%4", window.db.display_url),
        )

    def opened(db: Any) -> None:
        switch_database(window, db)  # the new window's status bar says what it opened

    run_task(
        window,
        Connecting.tr("Kobler til %s …") % shown,
        work,
        opened,
        on_error=failed,
    )


def ask_for_server(parent: QWidget, current_url: str | None = None) -> bool:
    """Kom i gang's «Koble til en delt server»: the dialog; True when a server was saved."""
    dialog = ConnectDialog(current_url, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted and not dialog.forgotten


# --- At start -------------------------------------------------------------------------------


def remembered_url() -> str | None:
    """The remembered server's URL with its password from the keyring (in memory only; with
    pgpass, libpq reads the password itself), or None when nothing is remembered."""
    from kunnskapsapp.ui.app import APPLICATION, ORGANISATION

    if not QApplication.organizationName():
        QApplication.setOrganizationName(ORGANISATION)
        QApplication.setApplicationName(APPLICATION)
    server = Server.from_text(settings.DATABASE_SERVER.get())
    if server is None:
        return None
    password = None
    if settings.DATABASE_PASSWORD_STORE.get() == KEYRING:
        password = connection.load_password(server)
    return server.url(password)


def open_remembered_server(progress: Progress | None = None) -> Any:
    """A `Database` on the remembered server, or None when none is remembered or it cannot
    be reached (then the user is told, and the app opens the local file instead).

    At start it runs on the thread pool (ui.app.run_window_first): the message is shown on
    the UI thread, and the opening waits for the user's OK as it always has. `progress`
    raises Cancelled instead when the window has been closed meanwhile: nobody is there to
    read the message."""
    from kunnskapsapp.services.database import Database

    url = remembered_url()
    if url is None:
        return None
    try:
        return Database.open(url)
    except DomainError as exc:
        failure = exc

    def tell() -> None:
        from kunnskapsapp.ui.app import make_application

        if progress is not None:
            progress.step(0, 0)  # raises Cancelled once the window has been closed
        make_application()
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            Connecting.tr("Koble til database"),
            Connecting.tr("Kunne ikke koble til den felles databasen %s: %s")
            % (connection.describe_url(url), domain_message(failure)),
        )
        box.setObjectName("rememberedServerFailed")
        box.setInformativeText(
            Connecting.tr(
                "Kunnskapsapp åpner den lokale databasefilen i stedet. Velg Fil → Koble til "
                "database … for å rette opp tilkoblingen."
            )
        )
        box.exec()

    call_on_ui_thread(tell)
    return None
