"""Fil → Koble til database …: the URL it builds, the password in the keyring (a fake, in-memory
backend) or pgpass and never in the settings, the dialog driven through its fields and
buttons, and the remembered choice used at the next start."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtCore import QSettings, Qt

from kunnskapsapp import cli
from kunnskapsapp.services import connection
from kunnskapsapp.services.connection import Server, describe_url
from kunnskapsapp.services.progress import NoProgress
from kunnskapsapp.ui import connect_dialog, settings
from kunnskapsapp.ui.connect_dialog import ConnectDialog, remembered_url


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def clean_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    yield
    settings.DATABASE_SERVER.set("")
    settings.DATABASE_PASSWORD_STORE.set("keyring")


SERVER = Server("db.kommune.no", "kunnskap", "kari", 5433, "verify-full", "/etc/ssl/rot.crt")


def _settings_text() -> str:
    QSettings().sync()
    return Path(QSettings().fileName()).read_text(encoding="utf-8")


# --- the URL --------------------------------------------------------------------------------


def test_the_url_carries_the_tls_mode_and_never_a_password() -> None:
    url = SERVER.url()
    assert url == (
        "postgresql+psycopg://kari@db.kommune.no:5433/kunnskap"
        "?sslmode=verify-full&sslrootcert=%2Fetc%2Fssl%2Frot.crt"
    )
    assert ":hemmelig@" in SERVER.url("hemmelig")  # only when asked, in memory
    assert "sslrootcert" not in Server("h", "d", "u", sslmode="require", sslrootcert="/x").url()
    assert "hemmelig" not in SERVER.to_text()
    assert Server.from_text(SERVER.to_text()) == SERVER
    assert Server.from_url(SERVER.url("hemmelig")) == SERVER
    assert describe_url(SERVER.url("hemmelig")) == "kari@db.kommune.no:5433/kunnskap"
    assert describe_url("sqlite:////home/kari/k.sqlite3") == "/home/kari/k.sqlite3"
    assert Server.from_text("{ikke json") is None


def test_bad_fields_get_a_norwegian_sentence() -> None:
    with pytest.raises(Exception, match="Oppgi serverens navn"):
        Server("", "d", "u").check()
    with pytest.raises(Exception, match="Finner ikke rotsertifikatet"):
        Server("h", "d", "u", sslmode="verify-ca", sslrootcert="/finnes/ikke.crt").check()


# --- where the password is kept -------------------------------------------------------------


def test_the_password_goes_to_the_keyring(memory_keyring: MemoryKeyring) -> None:
    assert connection.keyring_available()
    connection.store_password(SERVER, "hemmelig")
    assert memory_keyring.store == {("Kunnskapsapp", SERVER.key): "hemmelig"}
    assert connection.load_password(SERVER) == "hemmelig"
    connection.forget_password(SERVER)
    assert connection.load_password(SERVER) is None


def test_without_a_keyring_backend_nothing_breaks(no_keyring: None) -> None:
    assert not connection.keyring_available()
    assert connection.load_password(SERVER) is None
    connection.forget_password(SERVER)  # nothing to forget, no error


def test_pgpass_is_written_for_the_user_only(tmp_path: Path) -> None:
    path = tmp_path / "pgpass"
    path.write_text("annen:5432:*:ola:x\n", encoding="utf-8")
    connection.store_in_pgpass(SERVER, "pass:med\\tegn")
    connection.store_in_pgpass(SERVER, "nytt:passord")  # replaces the line
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines == ["annen:5432:*:ola:x", "db.kommune.no:5433:kunnskap:kari:nytt\\:passord"]
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_server_that_does_not_answer_is_said_in_norwegian() -> None:
    server = Server("127.0.0.1", "kunnskap", "kari", port=1, sslmode="disable")
    with pytest.raises(Exception, match="svarer ikke på port 1"):
        connection.try_connection(server, "x")


def test_a_real_server_answers(engine_name: str, db_url: str) -> None:
    if engine_name != "postgresql":
        pytest.skip("trenger PostgreSQL (KUNNSKAPSAPP_TEST_PG_URL)")
    from sqlalchemy.engine import make_url

    server = Server.from_url(db_url)
    assert server is not None
    text = connection.try_connection(server, make_url(db_url).password)
    assert text.startswith("Tilkoblingen virker: PostgreSQL")
    assert "Kunnskapsapp-tabeller" in text


# --- the dialog -----------------------------------------------------------------------------


def _dialog(qtbot: Any) -> ConnectDialog:
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _type(qtbot: Any, dialog: ConnectDialog) -> None:
    qtbot.keyClicks(dialog.host, "db.kommune.no")
    dialog.port.setValue(5433)
    qtbot.keyClicks(dialog.database, "kunnskap")
    qtbot.keyClicks(dialog.user, "kari")
    qtbot.keyClicks(dialog.password, "hemmelig")


def test_the_root_certificate_is_offered_for_the_verifying_modes(qtbot: Any) -> None:
    dialog = _dialog(qtbot)
    assert dialog.sslmode.currentData() == "verify-full"  # the safe default
    assert dialog.rootcert.isEnabled() and dialog.rootcert_button.isEnabled()
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("require"))
    assert not dialog.rootcert.isEnabled() and not dialog.rootcert_button.isEnabled()
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("verify-ca"))
    assert dialog.rootcert.isEnabled()


def test_save_keeps_the_password_in_the_keyring_and_not_in_the_settings(
    qtbot: Any, memory_keyring: MemoryKeyring
) -> None:
    dialog = _dialog(qtbot)
    _type(qtbot, dialog)
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("require"))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    remembered = Server.from_text(settings.DATABASE_SERVER.get())
    assert remembered == Server("db.kommune.no", "kunnskap", "kari", 5433, "require")
    assert "hemmelig" not in _settings_text()
    assert memory_keyring.store[("Kunnskapsapp", remembered.key)] == "hemmelig"
    # the next start: the URL with the password from the keyring, in memory
    assert remembered_url() == (
        "postgresql+psycopg://kari:hemmelig@db.kommune.no:5433/kunnskap?sslmode=require"
    )
    again = _dialog(qtbot)  # opened again: filled in, password too
    assert again.host.text() == "db.kommune.no" and again.password.text() == "hemmelig"
    with qtbot.waitSignal(again.accepted):
        qtbot.mouseClick(again.local_button, Qt.MouseButton.LeftButton)
    assert remembered_url() is None and memory_keyring.store == {}


def test_without_a_keyring_the_dialog_offers_pgpass_and_explains(
    qtbot: Any, no_keyring: None, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot)
    assert dialog.store.currentData() == "pgpass"
    assert dialog.store_note.isVisible() and "nøkkelring" in dialog.store_note.text()
    _type(qtbot, dialog)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "hemmelig" in (tmp_path / "pgpass").read_text(encoding="utf-8")
    assert "hemmelig" not in _settings_text()
    assert remembered_url() == (
        "postgresql+psycopg://kari@db.kommune.no:5433/kunnskap?sslmode=verify-full"
    )


def test_missing_fields_are_said_and_nothing_is_saved(qtbot: Any) -> None:
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.host, "db.kommune.no")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.result_label.text() == "Oppgi navnet på databasen."
    assert settings.DATABASE_SERVER.get() == ""


def test_the_test_button_runs_off_the_ui_thread_and_answers_in_norwegian(qtbot: Any) -> None:
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.host, "127.0.0.1")
    dialog.port.setValue(1)
    qtbot.keyClicks(dialog.database, "kunnskap")
    qtbot.keyClicks(dialog.user, "kari")
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("disable"))
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "svarer ikke" in dialog.result_label.text(), timeout=15_000)
    assert dialog.test_button.isEnabled()


# --- the next start -------------------------------------------------------------------------


class _Remembered:
    url = "postgresql+psycopg://kari@db/kunnskap"

    def dispose(self) -> None:
        pass


def test_the_remembered_server_comes_after_database_and_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    def run_gui(open_database: Any) -> int:
        with open_database(NoProgress()) as db:
            opened.append(db.url)
        return 0

    monkeypatch.setattr(cli, "_run_gui", run_gui)
    monkeypatch.setattr(connect_dialog, "open_remembered_server", lambda _p: _Remembered())
    monkeypatch.delenv("KUNNSKAPSAPP_DATABASE", raising=False)
    assert cli.main([]) == 0
    assert opened[-1] == _Remembered.url
    explicit = tmp_path / "eksplisitt.sqlite3"
    from kunnskapsapp.services.database import Database

    Database.open(str(explicit), create=True).dispose()
    assert cli.main(["--database", str(explicit)]) == 0
    assert opened[-1].endswith("eksplisitt.sqlite3")
    monkeypatch.setenv("KUNNSKAPSAPP_DATABASE", str(explicit))
    assert cli.main([]) == 0
    assert opened[-1].endswith("eksplisitt.sqlite3")


def test_the_file_menu_opens_the_dialog_and_the_status_bar_names_the_database(
    qtbot: Any, db: Any, memory_keyring: MemoryKeyring
) -> None:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication, QLabel

    from kunnskapsapp.ui.main_window import MainWindow
    from tests.ui_helpers import answer_next_dialog

    window = MainWindow(db)
    qtbot.addWidget(window)
    label = window.findChild(QLabel, "statusDatabase")
    assert label is not None
    assert label.text() == f"Database: {describe_url(db.url)}"
    assert "***" not in label.text() and "postgresql+psycopg" not in label.text()
    action = window.findChild(QAction, "actionConnect")
    assert action is not None and action.text() == "Koble til database …"
    seen: list[str] = []

    def cancel(widget: Any) -> None:
        seen.append(widget.objectName())
        widget.reject()

    answer_next_dialog(cancel)
    action.trigger()
    assert seen == ["connectDialog"]
    assert QApplication.activeModalWidget() is None
