"""Issue 12, "the window first": the window's frame (navigation, menus, the dashboard's
heading) shows before the database and its modules are opened; the database then brings
it to life, and a database that cannot be opened takes the frame away again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from sqlalchemy import text

from kunnskapsapp import cli
from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.errors import DomainError
from kunnskapsapp.domain.progress import Progress
from kunnskapsapp.services import crud
from kunnskapsapp.services.connection import Server
from kunnskapsapp.services.database import Database
from kunnskapsapp.storage import migrations
from kunnskapsapp.storage.engine import normalise_url
from kunnskapsapp.ui import app as ui_app
from kunnskapsapp.ui import settings, worker
from kunnskapsapp.ui.main_window import MainWindow
from tests.ui_helpers import answer_next_dialog, fresh_windows

ROOT = Path(__file__).resolve().parent.parent


def test_the_frame_shows_before_sqlalchemy_is_imported(tmp_path: Path) -> None:
    """In a fresh process, as at start: the window is up with its navigation while neither
    SQLAlchemy nor the models (nor ReportLab) have been imported."""
    code = textwrap.dedent(
        """
        import sys
        from kunnskapsapp import cli  # the command line the app starts from
        from kunnskapsapp.domain.errors import DomainError
        from kunnskapsapp.ui import app
        from kunnskapsapp.ui.main_window import MainWindow
        from kunnskapsapp.ui.worker import call_on_ui_thread
        seen = []

        def frame():  # on the UI thread, where widgets may be looked at
            window = next(w for w in app.QApplication.topLevelWidgets()
                          if isinstance(w, MainWindow))
            return window.isVisible(), window.nav.count()

        def opening(_progress):  # called by the start once the frame is up: look, then stop
            heavy = [m for m in ("sqlalchemy", "reportlab", "openpyxl",
                                 "kunnskapsapp.domain.models", "kunnskapsapp.services")
                     if m in sys.modules]
            seen.append((*call_on_ui_thread(frame), heavy))
            raise DomainError("stop")

        try:
            app.run_window_first(opening)
        except DomainError:
            pass
        print(*seen[0])
        """
    )
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "KUNNSKAPSAPP_DATA_DIR": str(tmp_path),
        "HOME": str(tmp_path),
    }
    import os

    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[0] == "True 9 []"


def test_the_frame_waits_for_the_database_then_comes_to_life(qtbot: Any, db: Any) -> None:
    window = MainWindow(None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.db_label.text() == "Åpner databasen …"
    assert not window.nav.isEnabled() and not window.menuBar().isEnabled()
    heading = window.findChild(QLabel, "frameHeading")
    assert heading is not None and heading.text() == "Oversikt"  # the page shown last

    window.attach(db)
    assert window.nav.isEnabled() and window.menuBar().isEnabled()
    assert window.db_label.text().startswith("Database: ")
    page = window.current_page()
    assert page is not None and page.page_id == "dashboard"
    qtbot.waitUntil(lambda: window.findChild(QLabel, "frameHeading") is None)
    names = [a.objectName() for a in window.menuBar().actions()[0].menu().actions()]
    # Fil: the exchange's actions came in before Avslutt
    assert names.index("actionImport") < names.index("actionQuit")
    assert window.findChild(QWidget, "globalSearch") is not None


def test_a_database_that_cannot_be_opened_leaves_no_window(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    @contextmanager
    def refused(_progress: Progress) -> Any:
        raise DomainError("Databasefilen er skadet.")
        yield  # pragma: no cover

    with fresh_windows(monkeypatch, tmp_path, first_start_done=True):
        with pytest.raises(DomainError):
            ui_app.run_window_first(refused)
        qtbot.waitUntil(
            lambda: (
                not [
                    w
                    for w in QApplication.topLevelWidgets()
                    if isinstance(w, MainWindow) and w.isVisible()
                ]
            )
        )


# --- the opening runs behind a live frame ---------------------------------------------------


def _frame() -> MainWindow | None:
    """The start's window, while it is shown."""
    windows = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]
    return windows[0] if windows else None


class _Paints(QObject):
    """Counts the window's paint events."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


@pytest.mark.db
def test_the_frame_stays_live_while_the_database_opens(
    qtbot: Any, db_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A slow opening (it waits for the test) runs off the UI thread: a timer on the UI
    thread keeps ticking and the frame repaints meanwhile; then the database, opened on the
    other thread, brings the window to life and is read on the UI thread."""
    release = threading.Event()
    opened_on: list[threading.Thread] = []
    closed: list[bool] = []
    paints = _Paints()
    seen: list[tuple[bool, int]] = []  # each tick: still the frame, its paints so far
    people: list[int] = []

    @contextmanager
    def slow(_progress: Progress) -> Iterator[Database]:
        opened_on.append(threading.current_thread())
        assert release.wait(60)  # until the UI thread's timer lets it go on
        database = Database.open(db_url)
        try:
            yield database
        finally:
            database.dispose()
            closed.append(True)

    def tick() -> None:
        window = _frame()
        if window is None:
            return
        if not seen:
            window.installEventFilter(paints)
        seen.append((window.db is None, paints.count))
        if window.db is None:
            window.update()  # as a window moved over it asks for
            if len(seen) >= 5 and paints.count >= 2:
                release.set()
            return
        if people:  # read once; the window is closing
            return
        people.append(len(crud.list_rows(window.db, m.Person)))  # on the UI thread
        window.close()

    assert _start_with_ticks(monkeypatch, tmp_path, slow, tick, release) == 0
    assert opened_on and opened_on[0] is not threading.main_thread()
    frame_ticks = [paint for still_frame, paint in seen if still_frame]
    assert len(frame_ticks) >= 5 and frame_ticks[-1] >= 2
    assert people == [0]
    assert closed == [True]


@pytest.mark.parametrize("how", ["close", "SIGTERM"])
@pytest.mark.parametrize("heeds_progress", [True, False], ids=["cancelled", "runs-to-end"])
def test_closing_the_frame_while_the_database_opens_ends_the_start(
    qtbot: Any,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    how: str,
    heeds_progress: bool,
) -> None:
    """The window closed (or SIGTERM) while the database opens: the start ends without
    the window coming back, and the opening's `with` is left, once, whether it stopped at
    its next progress step (as the demo's data do) or ran to its end."""
    entered = threading.Event()
    release = threading.Event()
    left: list[str] = []

    @contextmanager
    def slow(progress: Progress) -> Iterator[Database]:
        try:
            entered.set()
            assert release.wait(60)
            if heeds_progress:
                progress.step(1, 2, "")  # the window is closed by now: Cancelled
            yield db
        finally:
            left.append("left")

    shown: list[MainWindow] = []

    def tick() -> None:
        window = _frame()
        if window is not None and not shown:
            shown.append(window)
        if not shown or not entered.is_set():
            return
        if window is not None:
            if how == "close":
                window.close()  # the window's close button
            else:
                os.kill(os.getpid(), signal.SIGTERM)
        else:
            release.set()  # the opening goes on only now that the window has gone

    assert _start_with_ticks(monkeypatch, tmp_path, slow, tick, release) == 0
    assert left == ["left"]
    assert shown and shown[0].db is None  # never attached
    assert _frame() is None


def test_an_opening_that_fails_behind_the_frame_is_raised_as_it_was(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The error of an opening on the pool reaches the start's caller, the same object (so
    the same message), and the frame is taken away."""
    refusal = DomainError("Databasefilen er skadet.")
    threads: list[threading.Thread] = []

    @contextmanager
    def refused(_progress: Progress) -> Iterator[Database]:
        threads.append(threading.current_thread())
        raise refusal
        yield  # pragma: no cover

    with fresh_windows(monkeypatch, tmp_path, first_start_done=True):
        worker.set_synchronous(False)
        with pytest.raises(DomainError) as raised:
            ui_app.run_window_first(refused)
        qtbot.waitUntil(lambda: _frame() is None)
    assert raised.value is refusal
    assert threads and threads[0] is not threading.main_thread()


def _newer_database(path: Path) -> str:
    engine = migrations.open_engine(str(path), create=True)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    engine.dispose()
    return str(path)


def _damaged_database(path: Path) -> str:
    path.write_bytes(b"SQLite format 3\x00" + b"\x00\xff" * 2048)
    return str(path)


def _not_a_database(path: Path) -> str:
    path.write_text("Møtereferat", encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    "make",
    [
        lambda tmp: str(tmp / "borte.sqlite3"),
        lambda tmp: _damaged_database(tmp / "skadet.sqlite3"),
        lambda tmp: _newer_database(tmp / "nyere.sqlite3"),
        lambda tmp: _not_a_database(tmp / "referat.sqlite3"),
        lambda _tmp: "postgresql://postgres@127.0.0.1:1/kunnskap?connect_timeout=2",
    ],
    ids=["missing", "damaged", "newer", "not-sqlite", "server-unreachable"],
)
def test_the_window_says_why_as_before(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make: Any
) -> None:
    """`kunnskapsapp --database X` on a database that cannot be opened: the message in the
    window is the one opening it on the UI thread gives (what the window said before the
    opening moved behind the frame)."""
    where = make(tmp_path)
    try:
        Database.open(normalise_url(where)).dispose()
    except DomainError as exc:
        expected = exc.message
    else:  # pragma: no cover
        pytest.fail(f"{where} opened")
    shown: list[str] = []
    monkeypatch.setattr(ui_app, "show_startup_error", shown.append)
    assert cli.main(["--database", where]) == 1
    assert shown == [expected]


def test_a_remembered_server_out_of_reach_is_told_on_the_ui_thread(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The remembered server does not answer: the message box (which the opening on the
    pool asks the UI thread for) says so over the frame, and after OK the window opens on
    the local file."""
    server = Server("127.0.0.1", "kunnskap", "kari", 1, "disable")
    settings.DATABASE_SERVER.set(server.to_text())
    settings.DATABASE_PASSWORD_STORE.set("pgpass")
    monkeypatch.delenv("KUNNSKAPSAPP_DATABASE", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    boxes: list[tuple[str, bool]] = []

    def answer(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        boxes.append((widget.text(), threading.current_thread() is threading.main_thread()))
        widget.accept()

    def close_when_open() -> None:
        window = _frame()
        if window is not None and window.db is not None:
            timer.stop()
            databases.append(window.db.display_url)
            window.close()

    databases: list[str] = []
    timer = QTimer()
    timer.timeout.connect(close_when_open)
    try:
        with fresh_windows(monkeypatch, tmp_path, first_start_done=True):
            worker.set_synchronous(False)
            answer_next_dialog(answer)
            timer.start(20)
            assert cli.main([]) == 0
    finally:
        timer.stop()
        settings.DATABASE_SERVER.set("")
        settings.DATABASE_PASSWORD_STORE.set("keyring")
    assert len(boxes) == 1
    text_shown, on_ui_thread = boxes[0]
    assert on_ui_thread
    assert text_shown.startswith("Kunne ikke koble til den felles databasen")
    assert "Kan ikke koble til databaseserveren" in text_shown
    assert databases and databases[0].endswith(".sqlite3")


def _start_with_ticks(
    monkeypatch: Any,
    tmp_path: Path,
    open_database: Any,
    tick: Callable[[], None],
    release: threading.Event,
) -> int:
    """The app started as `kunnskapsapp` starts it, the opening on the pool, while a timer on
    the UI thread calls `tick` every 20 ms; `release` set at the end, whatever happened."""
    timer = QTimer()
    timer.timeout.connect(tick)
    with fresh_windows(monkeypatch, tmp_path, first_start_done=True):
        worker.set_synchronous(False)  # the opening runs on the pool, as in the app
        timer.start(20)
        try:
            return ui_app.run_window_first(open_database)
        finally:
            timer.stop()
            release.set()
