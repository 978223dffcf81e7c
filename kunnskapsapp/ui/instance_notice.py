"""At start: say who else has the SQLite file open, and warn when it is on a network share.

Both are non-blocking notices: the window opens and works as usual (saving stays protected
by each row's version check). The lock entry is refreshed every ten minutes and removed
when the window closes (services.instance_lock).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from kunnskapsapp.services.instance_lock import (
    HEARTBEAT_SECONDS,
    InstanceLock,
    network_warning,
)


class InstanceNotice(QObject):
    """This window's entry in the lock file beside its database, and the notices."""

    def __init__(self, window: QWidget, database: Path | None) -> None:
        super().__init__(window)
        self.window = window
        self.lock = InstanceLock(database) if database is not None else None
        self.box: QMessageBox | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(HEARTBEAT_SECONDS * 1000)
        if self.lock is not None:
            self.timer.timeout.connect(self.lock.heartbeat)
        self.database = database

    def start(self) -> list[str]:
        """Write our entry and show what the user should know; the lines shown."""
        if self.lock is None or self.database is None:
            return []
        lines = [f"{holder.describe()}." for holder in self.lock.acquire()]
        warning = network_warning(self.database)
        if warning:
            lines.append(warning)
        self.timer.start()
        if lines:
            self._show(lines)
        return lines

    def _show(self, lines: list[str]) -> None:
        box = QMessageBox(self.window)
        box.setObjectName("instanceNotice")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Delt database"))
        box.setText("\n\n".join(lines))
        if any("har også denne databasen åpen" in line for line in lines):
            box.setInformativeText(
                self.tr(
                    "Dere kan arbeide samtidig. Lagrer dere den samme posten, får den som "
                    "lagrer sist beskjed og kan velge hva som skal gjelde."
                )
            )
        box.setModal(False)
        box.show()  # never exec(): the window is usable while the notice is up
        self.box = box

    def stop(self) -> None:
        self.timer.stop()
        if self.lock is not None:
            self.lock.release()
