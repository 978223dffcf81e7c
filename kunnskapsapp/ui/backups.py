"""Fil → Sikkerhetskopier …: the backups the app took, one taken now, and a restore.

The list shows when each backup was taken, why, its size and what it holds. A restore checks
the chosen file first (`PRAGMA integrity_check`), keeps a copy of what it replaces in the
backup folder, and reloads the pages. The work runs off the UI thread (`run_task`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kunnskapsapp import paths
from kunnskapsapp.services import backups
from kunnskapsapp.services.backups import BackupSummary
from kunnskapsapp.services.database import Database
from kunnskapsapp.storage import backup_files, migrations
from kunnskapsapp.storage.engine import sqlite_path
from kunnskapsapp.ui.retention_box import RetentionBox
from kunnskapsapp.ui.worker import run_task

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def when_text(at: datetime) -> str:
    """«02.12.2026 kl. 17.00», with no-break spaces: a wrapped message never leaves «kl.» at
    the end of one line and the time at the start of the next."""
    return f"{at:%d.%m.%Y}\u00a0kl.\u00a0{at:%H.%M}"


def size_text(size: int) -> str:
    """«840 kB», «12,5 MB»: what a file manager would say, with a decimal comma."""
    if size < 1_000_000:
        return f"{max(1, round(size / 1000))} kB"
    return f"{size / 1_000_000:.1f} MB".replace(".", ",")


class BackupTableModel(QAbstractTableModel):
    """The backups, newest first, in named columns; the sort role gives real values."""

    COLUMNS = ("taken", "reason", "size", "holds")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[BackupSummary] = []
        self._headers = {
            "taken": self.tr("Tatt"),
            "reason": self.tr("Hvorfor"),
            "size": self.tr("Størrelse"),
            "holds": self.tr("Innhold"),
        }

    def set_rows(self, rows: list[BackupSummary]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[self.COLUMNS[section]]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "taken": when_text(row.taken_at),
                "reason": row.reason,
                "size": size_text(row.size),
                "holds": row.holds if row.ok else self.tr("Skadet: kan ikke brukes"),
            }[column]
        if role == SORT_ROLE:
            return {
                "taken": row.taken_at.isoformat(),
                "reason": row.reason.lower(),
                "size": row.size,
                "holds": row.projects if row.projects is not None else -1,
            }[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "size":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class BackupsDialog(QDialog):
    """The list of backups with «Ta sikkerhetskopi nå …» and «Gjenopprett …»."""

    restored = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.database = sqlite_path(db.url)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Sikkerhetskopier"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)

        intro = QLabel(self)
        intro.setObjectName("backupsIntro")
        intro.setWordWrap(True)
        if self.database is not None:
            intro.setText(
                self.tr(
                    "Kunnskapsapp tar sikkerhetskopi av seg selv: ved oppstart når den nyeste "
                    "er over et døgn gammel, når du avslutter etter endringer, og før hver "
                    "oppgradering og gjenoppretting. Hver kopi sjekkes før en eldre slettes. "
                    "Kopiene ligger i %1."
                ).replace("%1", str(paths.backup_dir()))
            )
        else:
            intro.setText(
                self.tr(
                    "Databasen ligger på en databaseserver, og serveren tar vare på "
                    "sikkerhetskopiene. Her kan du likevel ta en kopi til en fil, eller "
                    "gjenopprette fra en."
                )
            )
        layout.addWidget(intro)
        self.retention_box: RetentionBox | None = None
        if self.database is not None:
            self.retention_box = RetentionBox(self)
            layout.addWidget(self.retention_box)

        self.model = BackupTableModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        self.proxy = proxy
        self.table = QTableView(self)
        self.table.setObjectName("backupsTable")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setAccessibleName(self.tr("Sikkerhetskopier"))
        self.table.setModel(proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.backup_button = self._button(
            buttons, "backupNowButton", self.tr("Ta sikkerhetskopi nå …"), self.backup_now
        )
        self.restore_button = self._button(
            buttons, "restoreSelectedButton", self.tr("Gjenopprett valgt …"), self.restore_selected
        )
        self.restore_file_button = self._button(
            buttons, "restoreFileButton", self.tr("Gjenopprett fra fil …"), self.restore_from_file
        )
        buttons.addStretch(1)
        self._button(buttons, "closeButton", self.tr("Lukk"), self.accept)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    def _button(
        self, layout: QHBoxLayout, name: str, text: str, slot: Callable[[], None]
    ) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        layout.addWidget(button)
        return button

    def reload(self) -> None:
        rows = [] if self.database is None else backups.list_backups(self.database)
        self.model.set_rows(rows)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def selected(self) -> BackupSummary | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.rows[self.proxy.mapToSource(rows[0]).row()]

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.restore_button.setEnabled(chosen is not None and chosen.ok)

    # --- Actions ----------------------------------------------------------------------------

    def backup_now(self) -> None:
        default = Path.home() / f"kunnskapsapp-sikkerhetskopi-{backups.now():%Y%m%d-%H%M}.sqlite3"
        path_text, _ = QFileDialog.getSaveFileName(
            self, self.tr("Ta sikkerhetskopi"), str(default), self.tr("SQLite-database (*.sqlite3)")
        )
        if not path_text:
            return
        target = Path(path_text)

        def work(progress: Any) -> Path:
            migrations.backup(self.db.engine, target, lambda d, t: progress.step(d, t))
            return target

        def done(path: Path) -> None:
            QMessageBox.information(
                self,
                self.tr("Sikkerhetskopi"),
                self.tr("Sikkerhetskopien er skrevet til %1.").replace("%1", str(path)),
            )

        run_task(self, self.tr("Tar sikkerhetskopi …"), work, done)

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or not chosen.ok:
            return
        self._restore(chosen.path, when_text(chosen.taken_at), chosen.holds)

    def restore_from_file(self) -> None:
        path_text, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Gjenopprett fra sikkerhetskopi"),
            str(paths.backup_dir()),
            self.tr("SQLite-database (*.sqlite3 *.db);;Alle filer (*)"),
        )
        if not path_text:
            return
        path = Path(path_text)
        summary = backups.summarise(path, check=True)
        if not summary.ok:
            QMessageBox.warning(
                self,
                self.tr("Gjenopprett"),
                self.tr(
                    "%1 er skadet eller ikke en sikkerhetskopi fra Kunnskapsapp, og kan "
                    "ikke brukes. Velg en annen fil."
                ).replace("%1", str(path)),
            )
            return
        self._restore(path, when_text(summary.taken_at), summary.holds)

    def _restore(self, source: Path, when: str, holds: str) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Gjenopprett"),
            self.tr(
                "Erstatte databasen med sikkerhetskopien fra %1 (%2)?\n\nDet databasen "
                "inneholder nå, blir tatt vare på som en egen kopi i %3."
            )
            .replace("%1", when)
            .replace("%2", holds)
            .replace("%3", str(paths.backup_dir())),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def work(_progress: Any) -> Path:
            return restore_database(self.db, source)

        def done(_result: Path) -> None:
            self.reload()
            self.restored.emit()
            QMessageBox.information(
                self,
                self.tr("Gjenopprett"),
                self.tr("Databasen er gjenopprettet fra sikkerhetskopien fra %1.").replace(
                    "%1", when
                ),
            )

        run_task(self, self.tr("Gjenoppretter …"), work, done)


def restore_database(db: Database, source: Path) -> Path:
    """Replace `db`'s database with the checked backup `source`; returns what was restored.

    SQLite: `migrations.restore` keeps what it replaces (a damaged file byte for byte).
    PostgreSQL: a SQLite copy of what is replaced is written to the backup folder first.
    """
    migrations.verify_backup(source).dispose()
    if sqlite_path(db.url) is None:
        name = db.engine.url.database or "kunnskapsapp"
        folder = backup_files.folder_for(None)
        keep = folder / f"{name}-før-gjenoppretting-{backups.now():%Y%m%d-%H%M%S}.sqlite3"
        migrations.backup(db.engine, keep)
    # The open connections point at the file being replaced: new ones open the restored file.
    db.engine.dispose()
    try:
        migrations.restore(source, db.url)
    finally:
        db.engine.dispose()
    return source


def open_backups_dialog(
    parent: QWidget | None, db: Database, on_restored: Callable[[], None]
) -> BackupsDialog:
    """Fil → Sikkerhetskopier …; `on_restored` reloads the pages after a restore."""
    dialog = BackupsDialog(db, parent)
    dialog.restored.connect(on_restored)
    dialog.exec()
    return dialog


# --- A damaged database: said in Norwegian, with a restore offered ---------------------------

_offer: DamageOffer | None = None


class DamageOffer(QObject):
    """At start (in the background) and on any damage error while working: the database is
    damaged, when the newest good backup was taken and what it holds, and a button that
    restores it (the damaged file is kept in the backup folder)."""

    def __init__(self, window: QWidget, db: Database, on_restored: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.db = db
        self.on_restored = on_restored
        self.path = sqlite_path(db.url)
        self.showing = False

    def install(self) -> DamageOffer:
        """Make this the offer `offer_for_damage` uses (one per running app)."""
        global _offer
        _offer = self
        return self

    def uninstall(self) -> None:
        """Its window's database is closing: errors no longer lead to this offer."""
        global _offer
        if _offer is self:
            _offer = None

    def check_in_background(self) -> None:
        if self.path is None:
            return
        path = self.path
        run_task(
            self.window,
            "",
            lambda _progress: backups.diagnose(path),
            self.show_if_damaged,
            show_progress=False,
            on_error=lambda _exc: None,  # a check that cannot run is not a damage report
        )

    def show_if_damaged(self, diagnosis: backups.Diagnosis) -> None:
        if diagnosis.damaged:
            self.offer(diagnosis)

    def offer(self, diagnosis: backups.Diagnosis) -> None:
        if self.showing:
            return
        self.showing = True
        try:
            self._ask(diagnosis)
        finally:
            self.showing = False

    def _ask(self, diagnosis: backups.Diagnosis) -> None:
        box = QMessageBox(self.window)
        box.setObjectName("damagedDatabaseBox")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Databasen er skadet"))
        text = self.tr(
            "Databasefilen %1 er skadet, så det som står i den kan ikke leses sikkert."
        ).replace("%1", str(diagnosis.path))
        backup = diagnosis.backup
        restore = None
        if backup is not None:
            text += " " + self.tr(
                "Den nyeste gode sikkerhetskopien er fra %1 og har %2. Vil du gjenopprette "
                "den? Den skadede filen blir tatt vare på i %3."
            ).replace("%1", when_text(backup.taken_at)).replace("%2", backup.holds).replace(
                "%3", str(paths.backup_dir())
            )
            restore = box.addButton(
                self.tr("Gjenopprett kopien fra %1").replace("%1", when_text(backup.taken_at)),
                QMessageBox.ButtonRole.AcceptRole,
            )
        else:
            text += " " + self.tr(
                "Det finnes ingen god sikkerhetskopi i %1. Ta en kopi av filen før du gjør noe "
                "annet, og kontakt den som drifter Kunnskapsapp."
            ).replace("%1", str(paths.backup_dir()))
        box.setText(text)
        close = box.addButton(self.tr("Lukk"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore or close)
        box.exec()
        if backup is not None and box.clickedButton() is restore:
            self._restore(backup)

    def _restore(self, backup: BackupSummary) -> None:
        when = when_text(backup.taken_at)

        def done(_result: Path) -> None:
            self.on_restored()
            QMessageBox.information(
                self.window,
                self.tr("Gjenopprett"),
                self.tr(
                    "Databasen er gjenopprettet fra sikkerhetskopien fra %1. Den skadede "
                    "filen ligger i %2."
                )
                .replace("%1", when)
                .replace("%2", str(paths.backup_dir())),
            )

        run_task(
            self.window,
            self.tr("Gjenoppretter …"),
            lambda _progress: restore_database(self.db, backup.path),
            done,
        )


def offer_for_damage(exc: BaseException) -> bool:
    """For the error handlers: a damage error gets the restore offer instead of a message."""
    from kunnskapsapp.storage.engine import DamagedDatabaseError

    if _offer is None or not isinstance(exc, DamagedDatabaseError):
        return False
    path = exc.path or _offer.path
    if path is None:
        return False
    _offer.offer(backups.diagnose(path, known_damaged=True))
    return True
