"""Test set-up: no real user data, no real settings, a fresh database per test on every engine.

Database tests take the `db` (a `Database`) or `db_url` fixture; they run once per engine in
KUNNSKAPSAPP_TEST_DATABASES (default: sqlite, plus postgresql when KUNNSKAPSAPP_TEST_PG_URL
is set). With CI=true a requested PostgreSQL that cannot be reached fails the run; locally it
is skipped with a reason.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

_TMP_HOME = Path(tempfile.mkdtemp(prefix="kunnskapsapp-tests-"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["KUNNSKAPSAPP_DATA_DIR"] = str(_TMP_HOME / "data")
os.environ.pop("KUNNSKAPSAPP_DATABASE", None)
os.environ["KUNNSKAPSAPP_PRESETS"] = ""  # no IT preset file from the machine; tests set their own
os.environ["KUNNSKAPSAPP_USER"] = "testbruker"
os.environ.setdefault("XDG_CONFIG_HOME", str(_TMP_HOME / "config"))

PG_URL_ENV = "KUNNSKAPSAPP_TEST_PG_URL"
ENGINES_ENV = "KUNNSKAPSAPP_TEST_DATABASES"


def _engines() -> list[str]:
    configured = os.environ.get(ENGINES_ENV)
    if configured:
        return [e.strip() for e in configured.split(",") if e.strip()]
    return ["sqlite", "postgresql"] if os.environ.get(PG_URL_ENV) else ["sqlite"]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine_name" in metafunc.fixturenames:
        metafunc.parametrize("engine_name", _engines(), scope="session")


# --- SQLite ---------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kunnskapsapp.storage.migrations import open_engine

    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    engine = open_engine(str(path), create=True)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


# --- PostgreSQL -----------------------------------------------------------------------------


def _pg_admin_url() -> str:
    url = os.environ.get(PG_URL_ENV)
    if not url:
        message = f"PostgreSQL-testene trenger {PG_URL_ENV} (postgresql://bruker@vert/database)."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from kunnskapsapp.storage.engine import normalise_url

    return normalise_url(url)


@pytest.fixture(scope="session")
def _pg_template() -> Iterator[tuple[str, str]]:
    """A migrated template database; each test gets a copy (CREATE DATABASE ... TEMPLATE)."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import OperationalError

    from kunnskapsapp.storage.migrations import open_engine

    admin_url = _pg_admin_url()
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            name = f"ka_template_{uuid.uuid4().hex[:8]}"
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    except OperationalError as exc:
        message = f"PostgreSQL på {admin_url} svarer ikke: {exc.orig}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    template_url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    engine = open_engine(template_url, create=True)
    engine.dispose()
    yield admin_url, name
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


@pytest.fixture
def db_url(engine_name: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a fresh, migrated database with only the reference data."""
    if engine_name == "sqlite":
        template: Path = request.getfixturevalue("_sqlite_template")
        path = tmp_path / "kunnskapsapp.sqlite3"
        shutil.copyfile(template, path)
        yield str(path)
        return
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    admin_url, template_name = request.getfixturevalue("_pg_template")
    name = f"ka_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{template_name}"')
    yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


@pytest.fixture
def db(db_url: str) -> Iterator[object]:
    from kunnskapsapp.services.database import Database

    database = Database.open(db_url, user="testbruker")
    yield database
    database.dispose()


# --- Qt -------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["kunnskapsapp-test"]


@pytest.fixture(scope="session", autouse=True)
def _isolated_qt_settings() -> None:
    """QSettings under a test application name in a temporary folder, never the user's."""
    try:
        from PySide6.QtCore import QCoreApplication, QSettings
    except ImportError:  # pragma: no cover - Qt is a hard dependency
        return
    QCoreApplication.setOrganizationName("Kunnskapsapp-test")
    QCoreApplication.setApplicationName("kunnskapsapp-test")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(_TMP_HOME / "qt"))


@pytest.fixture(scope="session", autouse=True)
def _garbage_collected_on_the_main_thread(qapp: Any) -> None:
    """As the app does (ui.app.make_application): a collector pass set off by a test's
    background work would otherwise free the test's widgets on that work's thread."""
    from kunnskapsapp.ui.app import collect_garbage_on_main_thread

    collect_garbage_on_main_thread(qapp)


@pytest.fixture(autouse=True)
def _fresh_settings(_isolated_qt_settings: None) -> None:
    """Every test starts from the settings of a first start: a column width, a header or
    a splitter one test left behind is not the next test's starting point."""
    from PySide6.QtCore import QSettings

    QSettings().clear()


@pytest.fixture(autouse=True)
def _nothing_set_aside_outlives_its_test() -> Iterator[None]:
    """A long read sets every object there is aside from the garbage collector
    (kunnskapsapp.memory); the next test's objects are collected as usual again."""
    yield
    import gc

    gc.unfreeze()


@pytest.fixture(autouse=True)
def _dialog_answers_were_used() -> Iterator[None]:
    """A test that waited for a dialog which never opened fails (and its waiting stops here,
    so it cannot answer a dialog of the next test)."""
    yield
    from tests.ui_helpers import unanswered

    if waiting := unanswered():
        pytest.fail(f"answer_next_dialog waited for a dialog that never opened: {waiting}")


@pytest.fixture(autouse=True)
def _no_dialog_outlives_its_test() -> Iterator[None]:
    """A dialog a test left open (Kom i gang shown by an empty database's window, say) is
    closed and deleted, so the next test does not find it as the active modal widget; and
    background work a test left running has ended."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication, QDialog

    if QApplication.instance() is None:
        return
    # Background work a test started and did not wait for (a page's rows, a search) ends
    # here: the pool has one thread per core, and a leftover would hold up the next test's
    # own background work until its wait times out.
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(30_000)
    QCoreApplication.processEvents()
    left = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    for dialog in left:
        dialog.hide()
        dialog.deleteLater()
    if left:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def english(qapp: Any) -> Iterator[Any]:  # a QApplication
    """The app's English catalogues installed as `--language en` does at start-up, and what
    was installed before (Bokmål, by another test's start-up) back afterwards."""
    from kunnskapsapp.ui import i18n
    from tests.ui_helpers import window_language

    with window_language(qapp, i18n.EN) as app:
        assert i18n.is_english()
        yield app


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_TMP_HOME, ignore_errors=True)
