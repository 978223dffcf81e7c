"""Issue 12, "the window first": the window's frame (navigation, menus, the dashboard's
heading) shows before the database and its modules are opened; the database then brings
it to life, and a database that cannot be opened takes the frame away again."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from kunnskapsapp.domain.errors import DomainError
from kunnskapsapp.domain.progress import Progress
from kunnskapsapp.ui import app as ui_app
from kunnskapsapp.ui.main_window import MainWindow
from tests.ui_helpers import fresh_windows

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
