"""What runs beside a main window on its database, and moves with it to another database.

- the automatic backup (services.backups.AutoBackup): at start when the newest is over a day
  old, and at close after changes;
- the damage check and restore offer (ui.backups.DamageOffer);
- this window's entry in the lock file that tells others who has the file open
  (ui.instance_notice.InstanceNotice).

`app.run_window_first` starts them for the first window; `first_start.switch_database`
(Kom i gang, Fil → Koble til database …) starts new ones for the window on the new database,
and the old window's close stops the old ones: its backup at close, its lock entry released.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kunnskapsapp.services.backups import AutoBackup, quietly
from kunnskapsapp.services.database import Database
from kunnskapsapp.storage.engine import sqlite_path

if TYPE_CHECKING:
    from kunnskapsapp.ui.backups import DamageOffer
    from kunnskapsapp.ui.instance_notice import InstanceNotice
    from kunnskapsapp.ui.main_window import MainWindow

_running: list[DatabaseGuards] = []


class DatabaseGuards:
    def __init__(self, window: MainWindow, db: Database) -> None:
        self.window = window
        self.db = db
        self.auto_backup = AutoBackup(db)  # nothing for PostgreSQL
        self.offer: DamageOffer | None = None
        self.notice: InstanceNotice | None = None
        self.running = False

    def start(self) -> DatabaseGuards:
        """Start all three; the window must be shown (the notices are its children)."""
        from kunnskapsapp.ui.backups import DamageOffer
        from kunnskapsapp.ui.instance_notice import InstanceNotice

        window = self.window
        self.auto_backup.start_in_background()
        self.offer = DamageOffer(window, self.db, window.reload_pages).install()
        self.offer.check_in_background()
        self.notice = InstanceNotice(window, sqlite_path(self.db.url))
        self.notice.start()
        self.running = True
        _running.append(self)
        window.guards = self
        return self

    def stop(self) -> None:
        """Release the lock entry and take the backup at close (once; before the database
        is closed)."""
        if not self.running:
            return
        self.running = False
        if self in _running:
            _running.remove(self)
        if self.notice is not None:
            self.notice.stop()
        if self.offer is not None:
            self.offer.uninstall()
        quietly(self.auto_backup.at_close)


def start(window: MainWindow) -> DatabaseGuards:
    return DatabaseGuards(window, window.db).start()


def stop_all() -> None:
    """At the app's end: whatever a window's close did not stop."""
    for guards in list(_running):
        guards.stop()


def running() -> list[DatabaseGuards]:
    return list(_running)
