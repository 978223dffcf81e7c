"""Unexpected errors: logged to a file in the user log folder and shown in a dialog with a
copyable report; the app keeps running. Expected errors get a plain Norwegian sentence."""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kunnskapsapp import __version__, paths
from kunnskapsapp.domain.errors import DomainError

log = logging.getLogger("kunnskapsapp")


def setup_logging() -> str:
    folder = paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "kunnskapsapp.log"
    handler = paths.private_log_handler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return str(path)


class CrashDialog(QDialog):
    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Uventet feil – Kunnskapsapp"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Det oppstod en uventet feil. Det du allerede har lagret, er trygt. "
                "Endringer som ikke var lagret, kan du prøve å lagre på nytt.\n\n"
                "Kopier rapporten under og send den til brukerstøtte, med en kort beskrivelse "
                "av hva du gjorde."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = QPlainTextEdit(report)
        self.text.setObjectName("crashReport")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Feilrapport"))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Lukk"))
        copy = buttons.addButton(
            self.tr("Kopier rapporten"), QDialogButtonBox.ButtonRole.ActionRole
        )
        copy.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy_report(self) -> None:
        QApplication.clipboard().setText(self.text.toPlainText())


def build_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    lines = traceback.format_exception(exc_type, exc, tb)
    return (
        f"Kunnskapsapp {__version__}\nPython {platform.python_version()}, Qt {qVersion()}, "
        f"{platform.platform()}\n\n" + "".join(lines)
    )


_showing = False


def report_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """The one place unexpected errors end up."""
    global _showing
    from kunnskapsapp.ui.backups import offer_for_damage

    if offer_for_damage(exc):  # a damaged database: a restore offered, not a crash dialog
        return
    if isinstance(exc, DomainError):
        from kunnskapsapp.ui.formatting import domain_message  # the domain's words: not at start

        QMessageBox.warning(QApplication.activeWindow(), "Kunnskapsapp", domain_message(exc))
        return
    log.error("Uventet feil", exc_info=(exc_type, exc, tb))
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        dialog = CrashDialog(build_report(exc_type, exc, tb), QApplication.activeWindow())
        dialog.exec()
    finally:
        _showing = False


def install_excepthook() -> None:
    sys.excepthook = report_exception
