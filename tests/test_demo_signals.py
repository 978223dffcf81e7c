"""Issue 11, seventh defect: ending `kunnskapsapp --demo` with SIGTERM left its temporary
folder behind (Ctrl+Q cleaned up). SIGTERM and SIGINT now close the app as Ctrl+Q does,
without the unsaved-changes question: the demo folder goes, and so does the lock file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from kunnskapsapp.domain import models as m
from kunnskapsapp.services import crud
from kunnskapsapp.ui.main_window import MainWindow
from kunnskapsapp.ui.signals import SignalClose
from tests.ui_helpers import type_into

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def _start_demo(tmp_path: Path) -> tuple[subprocess.Popen[str], Path]:
    """`python -m kunnskapsapp --demo` offscreen, its temporary folders under tmp_path."""
    temp = tmp_path / "tmp"
    home = tmp_path / "home"
    for folder in (temp, home):
        folder.mkdir()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TMPDIR": str(temp),  # where tempfile.mkdtemp makes the demo folder
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "KUNNSKAPSAPP_DATA_DIR": str(tmp_path / "data"),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "kunnskapsapp", "--demo"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    return process, temp


def _wait_for(
    condition: Callable[[], bool], process: subprocess.Popen[str], seconds: float = 60
) -> None:
    """Poll a file-system condition of the child process (not a sleep in the test's place:
    the child is another process, and files are all it shows)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if process.poll() is not None:
            out, _ = process.communicate()
            raise AssertionError(f"the app ended early: {out}")
        if time.monotonic() > deadline:
            process.kill()
            raise AssertionError("the demo did not start")
        time.sleep(0.05)


@pytest.mark.slow
@pytest.mark.parametrize("which", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_closes_the_demo_like_ctrl_q(tmp_path: Path, which: signal.Signals) -> None:
    process, temp = _start_demo(tmp_path)
    # The window is up once the lock file beside the demo database exists.
    _wait_for(lambda: any(temp.glob("kunnskapsapp-demo-*/demo.sqlite3.lock")), process)
    (folder,) = temp.glob("kunnskapsapp-demo-*")
    process.send_signal(which)
    try:
        out, _ = process.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        raise
    assert process.returncode == 0, out
    assert not folder.exists()
    assert list(temp.iterdir()) == []
    assert "Traceback" not in out
    log = (tmp_path / "data" / "logs" / "kunnskapsapp.log").read_text(encoding="utf-8")
    assert f"{which.name}: programmet lukkes som ved Ctrl+Q" in log


@pytest.mark.slow
def test_a_signal_while_the_demo_is_being_made_removes_the_folder(tmp_path: Path) -> None:
    process, temp = _start_demo(tmp_path)
    _wait_for(lambda: any(temp.glob("kunnskapsapp-demo-*/demo.sqlite3")), process)
    process.send_signal(signal.SIGTERM)
    try:
        out, _ = process.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        raise
    assert process.returncode in (0, 128 + signal.SIGTERM), out
    assert list(temp.iterdir()) == []
    assert "Traceback" not in out


def test_unsaved_changes_do_not_hold_up_a_signal(qtbot: Any, db: Any) -> None:
    """In the app's own process: a SIGTERM with an unsaved form closes the window without
    asking (nobody is there to answer), and the unsaved edit stays unsaved."""
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("organisations")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, page.form, "name", "Halvferdig organisasjon")
    asked: list[str] = []

    def refuse_any_question() -> None:
        box = QApplication.activeModalWidget()
        if box is not None:
            asked.append(box.objectName())
            box.close()

    watcher = QTimer()
    watcher.timeout.connect(refuse_any_question)
    watcher.start(100)
    closer = SignalClose(lambda _name: window.close_without_questions())
    try:
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: not window.isVisible())
    finally:
        closer.uninstall()
        watcher.stop()
    assert asked == []
    assert not any(r.name == "Halvferdig organisasjon" for r in crud.list_rows(db, m.Organisation))
