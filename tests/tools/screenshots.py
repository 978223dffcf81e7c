"""Start the real app on the demo data and save a screenshot of every page and main form.

    Xvfb :99 -screen 0 1600x1000x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb python tests/tools/screenshots.py OUT_DIR [--scale 1.0] [--dark]

Each page is shown with its first row's form open, as a user would see it after a click.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", default="1")
    parser.add_argument("--dark", action="store_true")
    args = parser.parse_args()
    os.environ["QT_SCALE_FACTOR"] = args.scale
    args.out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="kunnskapsapp-shots-"))
    os.environ["KUNNSKAPSAPP_DATA_DIR"] = str(folder)

    from PySide6.QtCore import QCoreApplication, QSettings, QTimer
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QWidget

    QCoreApplication.setOrganizationName("Kunnskapsapp-screenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "qt"))

    from kunnskapsapp.services import demo
    from kunnskapsapp.services.database import Database
    from kunnskapsapp.ui.app import make_application
    from kunnskapsapp.ui.main_window import MainWindow

    app = make_application()
    if args.dark:
        app.setStyle("Fusion")
        palette = QPalette()
        for role, colour in (
            (QPalette.ColorRole.Window, "#2b2b2b"),
            (QPalette.ColorRole.WindowText, "#e0e0e0"),
            (QPalette.ColorRole.Base, "#1e1e1e"),
            (QPalette.ColorRole.AlternateBase, "#2a2a2a"),
            (QPalette.ColorRole.Text, "#e0e0e0"),
            (QPalette.ColorRole.Button, "#353535"),
            (QPalette.ColorRole.ButtonText, "#e0e0e0"),
            (QPalette.ColorRole.Highlight, "#2f65ca"),
            (QPalette.ColorRole.HighlightedText, "#ffffff"),
        ):
            palette.setColor(role, QColor(colour))
        app.setPalette(palette)
    db = Database.open(str(folder / "demo.sqlite3"), create=True)
    demo.create_demo(db)
    window = MainWindow(db)
    window.resize(1500, 950)
    window.show()

    def grab(name: str, widget: QWidget | None = None) -> None:
        for _ in range(5):
            app.processEvents()
        (widget or window).grab().save(str(args.out / f"{name}.png"))
        print(args.out / f"{name}.png")

    for page_id in window.page_entries:
        page = window.show_page(page_id)
        grab(f"{page_id}-list")
        model = getattr(page, "table_model", None)
        if model is not None and model.rowCount():
            index = page.proxy.index(0, 0)
            page.view.setCurrentIndex(index)
            grab(f"{page_id}-form")

    # dialogs a user meets often
    agreements = window.show_page("agreements")
    from kunnskapsapp.ui.pages.agreements import EvaluationDialog, TerminateDialog

    record = agreements.current_record()
    if record is not None:
        for name, dialog in (
            ("dialog-evaluation", EvaluationDialog(record, agreements)),
            ("dialog-terminate", TerminateDialog(db, record, agreements)),
        ):
            dialog.show()
            grab(name, dialog)
            dialog.close()
    QTimer.singleShot(0, app.quit)
    app.exec()
    db.dispose()


if __name__ == "__main__":
    main()
