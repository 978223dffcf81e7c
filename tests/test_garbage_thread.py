"""Python's garbage collector runs on the window's thread only (kunnskapsapp.memory,
ui.app.collect_garbage_on_main_thread): a pass set off by a background read once freed a
widget there and crashed the app."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QThreadPool


class _Node:
    """Garbage that only a collector pass frees: it refers to itself."""

    def __init__(self, freed_on: list[threading.Thread]) -> None:
        self.me = self
        self.freed_on = freed_on

    def __del__(self) -> None:
        self.freed_on.append(threading.current_thread())


_read: list[list[int]] = []


def _read_rows() -> None:
    """What a background read does to the collector's counts: thousands of new containers
    that it keeps."""
    _read.extend([n] for n in range(50_000))


def test_garbage_made_while_a_background_job_allocates_is_freed_on_the_main_thread(
    qtbot: Any,
) -> None:
    freed_on: list[threading.Thread] = []
    _Node(freed_on)  # garbage at once: nothing refers to it from outside
    pool = QThreadPool.globalInstance()
    pool.start(_read_rows)
    assert pool.waitForDone(10_000)
    qtbot.waitUntil(lambda: bool(freed_on), timeout=5000)
    _read.clear()
    assert freed_on == [threading.main_thread()]
