"""`memory.tidy` when the window has been left alone: no key, click or wheel for a while and
no background work running, so the full garbage-collection pass it costs stops nobody."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from kunnskapsapp import memory

IDLE_AFTER_S = 30.0  # no input for this long: the user is away, or reading
CHECK_EVERY_MS = 20_000

_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleTidy(QObject):
    """Watches the application's input; every `check_every_ms`, if the last input is
    `idle_after` seconds old and the thread pool is idle, tidies."""

    def __init__(
        self,
        app: QApplication,
        idle_after: float = IDLE_AFTER_S,
        check_every_ms: int = CHECK_EVERY_MS,
    ) -> None:
        super().__init__(app)
        self.idle_after = idle_after
        self.last_input = time.monotonic()
        self.tidied = 0  # how many times it has tidied (for the curious, and tests)
        app.installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setInterval(check_every_ms)
        self._timer.timeout.connect(self.maybe_tidy)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self.last_input = time.monotonic()
        return False

    def maybe_tidy(self) -> bool:
        """Tidy now if the user is away and no background work runs; whether it did."""
        if time.monotonic() - self.last_input < self.idle_after:
            return False
        if QThreadPool.globalInstance().activeThreadCount() > 0:
            return False
        if memory.tidy():
            self.tidied += 1
            return True
        return False
