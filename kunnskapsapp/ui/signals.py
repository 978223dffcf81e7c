"""SIGTERM and SIGINT (a logout, `kill`, Ctrl+C in the terminal) close the app as Ctrl+Q does:
the window saves its layout, the lock file goes, the backup at close is taken and `--demo`
removes its temporary folder. The unsaved-changes question is not asked: nobody is there to
answer it.

Python runs a signal handler only when the interpreter gets control, which it does not while
Qt waits in its event loop. So the handler does nothing itself: `signal.set_wakeup_fd` writes
the signal's number to a socket, and a QSocketNotifier on the other end wakes the event loop
and closes the window from there.
"""

from __future__ import annotations

import logging
import signal
import socket
from collections.abc import Callable
from types import FrameType
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger(__name__)

SIGNALS = (signal.SIGTERM, signal.SIGINT)


def _ignore(_signum: int, _frame: FrameType | None) -> None:
    """The Python-level handler: the socket has the signal already (see the module)."""


class SignalClose(QObject):
    """Call `on_signal(name)` once, from the event loop, when SIGTERM or SIGINT arrives."""

    def __init__(self, on_signal: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_signal = on_signal
        self._done = False
        self._read, self._write = socket.socketpair()
        for end in (self._read, self._write):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._write.fileno(), warn_on_full_buffer=False)
        self._previous: dict[int, Any] = {s: signal.signal(s, _ignore) for s in SIGNALS}
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._ready)

    def _ready(self) -> None:
        try:
            data = self._read.recv(64)
        except (BlockingIOError, InterruptedError):
            return
        for number in data:
            if number in SIGNALS and not self._done:
                self._done = True
                name = signal.Signals(number).name
                log.info("%s: programmet lukkes som ved Ctrl+Q", name)
                self._on_signal(name)

    def uninstall(self) -> None:
        """The handlers as they were; the sockets closed."""
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        self._read.close()
        self._write.close()
