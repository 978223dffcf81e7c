"""`Latest`: a background fetch whose result arrives after a newer one began is dropped."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from kunnskapsapp.ui import worker


@pytest.fixture(autouse=True)
def _on_the_thread_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests need real threads: a fetch that waits while a newer one finishes."""
    monkeypatch.setattr(worker, "_synchronous", False)


def test_a_late_older_result_is_dropped(qtbot: Any) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    latest = worker.Latest(owner)
    release_first = threading.Event()
    shown: list[str] = []

    def slow() -> str:
        release_first.wait(10)
        return "old"

    first = latest.run(slow, shown.append)
    second = latest.run(lambda: "new", shown.append)
    with qtbot.waitSignal(second.finished, timeout=10_000):
        pass
    with qtbot.waitSignal(first.finished, timeout=10_000):
        release_first.set()
    assert shown == ["new"]


def test_drop_pending_ignores_what_is_running(qtbot: Any) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    latest = worker.Latest(owner)
    release = threading.Event()
    shown: list[str] = []
    errors: list[BaseException] = []

    def fails() -> str:
        release.wait(10)
        raise RuntimeError("for sent")

    task = latest.run(fails, shown.append, on_error=errors.append)
    latest.drop_pending()
    with qtbot.waitSignal(task.failed, timeout=10_000):
        release.set()
    assert shown == [] and errors == []

    task = latest.run(lambda: "fresh", shown.append)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert shown == ["fresh"] and latest.generation == 3
