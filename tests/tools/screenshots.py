"""Start the real app on the demo data and save a screenshot of every page and main form.

    Xvfb :99 -screen 0 1600x1000x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb python tests/tools/screenshots.py OUT_DIR [--scale 1.0] [--dark]
    DISPLAY=:99 QT_QPA_PLATFORM=xcb python tests/tools/screenshots.py --guide resources/help/img

Each page is shown with its first row's form open, as a user would see it after a click; then
Kom i gang (each step) and the help window. With --guide it writes instead the images the user
guide (resources/help/) shows, at the size the help window shows them.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

GUIDE_WIDTH = 760  # what the help window shows without scrolling sideways
MAX_IMAGE_BYTES = 100_000


LOAD_TIMEOUT_SECONDS = 30


def settle(app: Any) -> None:
    for _ in range(8):
        app.processEvents()


def wait_until(app: Any, condition: Any, what: str, timeout: float = LOAD_TIMEOUT_SECONDS) -> None:
    """Process events until `condition()` holds (as qtbot.waitUntil does); fail after `timeout`
    seconds, so a screenshot never shows a page that is still loading."""
    import time

    from PySide6.QtCore import QEventLoop

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"screenshots: {what} did not load within {timeout:.0f} s")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def show_loaded(app: Any, window: Any, page_id: str) -> Any:
    """Show a page and wait until it shows its figures: the dashboard fetches them in the
    background and says so with `loaded` (its `data` is set when they are shown)."""
    page = window.show_page(page_id)
    if hasattr(page, "loaded") and hasattr(page, "data"):
        wait_until(app, lambda: page.data is not None, f"the page {page_id!r}")
    settle(app)
    return page


def first_start_steps(app: Any, folder: Path, tidy_paths: bool = False) -> list[tuple[str, Any]]:
    """Kom i gang on an empty database, step by step: (name, the wizard at that step).

    Each step is grabbed before the next is shown, so the caller grabs as they come."""
    from PySide6.QtWidgets import QLabel

    from kunnskapsapp.services.database import Database
    from kunnskapsapp.ui import first_start
    from kunnskapsapp.ui.main_window import MainWindow

    empty = Database.open(str(folder / "tom.sqlite3"), create=True)
    window = MainWindow(empty)
    window.resize(1100, 700)
    window.show()
    wizard = first_start.show(window)
    if tidy_paths:  # the guide shows a plain file name, not the temporary folder
        where = wizard.profile_page.findChild(QLabel, "firstStartDatabase")
        where.setText(where.text().replace(str(folder / "tom.sqlite3"), "kunnskapsapp.sqlite3"))
    wizard.profile_page.form.rows["name"].widget.setText("Eksempel kommune")
    wizard.profile_page.form.rows["unit_name"].widget.setText("Forskning og innovasjon")
    settle(app)
    shots = [("first-start-1", wizard.grab())]
    wizard.next()
    wizard.choice_page.buttons[first_start.DEMO].setChecked(True)
    settle(app)
    shots.append(("first-start-2", wizard.grab()))
    wizard.choice_page.buttons[first_start.SERVER].setChecked(True)
    settle(app)
    shots.append(("first-start-3", wizard.grab()))
    wizard.done(0)
    window.close()
    empty.dispose()
    return shots


def _save_small(image: Any, path: Path) -> None:
    """PNG at most MAX_IMAGE_BYTES: fewer colours when the full-colour file is too big."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    image.save(str(path))
    if path.stat().st_size > MAX_IMAGE_BYTES:
        flags = Qt.ImageConversionFlag.AvoidDither | Qt.ImageConversionFlag.ThresholdDither
        image.convertToFormat(QImage.Format.Format_Indexed8, flags).save(str(path))
    print(path, path.stat().st_size // 1024, "kB")


def guide_grab(app: Any, widget: Any, path: Path) -> None:
    settle(app)
    save_for_guide(widget.grab(), path)


def save_for_guide(pixmap: Any, path: Path) -> None:
    from PySide6.QtCore import Qt

    image = pixmap.toImage()
    if image.width() > GUIDE_WIDTH:
        image = image.scaledToWidth(GUIDE_WIDTH, Qt.TransformationMode.SmoothTransformation)
    _save_small(image, path)


def write_guide_images(app: Any, db: Any, folder: Path, out: Path) -> None:
    """Every image resources/help/*.md shows, from the demo data."""
    from kunnskapsapp.domain import models as m
    from kunnskapsapp.services import crud, funding
    from kunnskapsapp.ui.main_window import MainWindow
    from kunnskapsapp.ui.pages.agreements import EvaluationDialog, TerminateDialog
    from kunnskapsapp.ui.pages.projects import DeadlineConfirmDialog
    from kunnskapsapp.ui.reports import open_report_dialog

    for name, pixmap in first_start_steps(app, folder, tidy_paths=True)[:2]:
        save_for_guide(pixmap, out / f"{name}.png")
    window = MainWindow(db)
    window.resize(1000, 660)
    window.db_label.setText(window.db_label.text().replace(db.display_url, "kunnskapsapp.sqlite3"))
    window.show()

    def show_first_row(page: Any) -> Any:
        if page.proxy.rowCount():
            page.view.setCurrentIndex(page.proxy.index(0, 0))
        return page

    def side(page: Any, index: int, file: str) -> None:
        """One side of a page's splitter at full size: 0 the list, 1 the form."""
        guide_grab(app, page.splitter.widget(index), out / file)

    show_loaded(app, window, "dashboard")
    guide_grab(app, window, out / "oversikt.png")
    agreements = show_first_row(window.show_page("agreements"))
    guide_grab(app, window, out / "avtaler.png")
    record = agreements.current_record()
    for file, dialog in (
        ("evaluering.png", EvaluationDialog(record, agreements)),
        ("oppsigelse.png", TerminateDialog(db, record, agreements)),
    ):
        dialog.show()
        guide_grab(app, dialog, out / file)
        dialog.close()
    side(show_first_row(window.show_page("projects")), 1, "prosjekter.png")
    fund = window.show_page("fund")
    fund.tabs.setCurrentIndex(0)
    side(show_first_row(fund.fund_tab), 0, "fond.png")
    fund.tabs.setCurrentIndex(1)
    side(show_first_row(fund.funding_tab), 1, "finansiering.png")
    for line in crud.list_rows(db, m.FundingLine):
        proposals = funding.propose_deadlines(db, line["project_id"], line["scheme_id"])
        if proposals:
            scheme = crud.get(db, m.FundingScheme, line["scheme_id"])
            dialog = DeadlineConfirmDialog(proposals, scheme.code, window)
            dialog.show()
            guide_grab(app, dialog, out / "frister-fra-ordning.png")
            dialog.close()
            break
    side(show_first_row(window.show_page("deadlines")), 0, "frister.png")
    side(show_first_row(window.show_page("meetings")), 1, "moter.png")
    dialog = open_report_dialog(window, db, "handout")
    guide_grab(app, dialog, out / "moteunderlag.png")
    dialog.close()
    window.close()


def funding_form_with_warning(app: Any, window: Any, grab: Any) -> None:
    """Finansiering og fond → Finansiering with the first line whose form shows a warning."""
    fund = window.show_page("fund")
    fund.tabs.setCurrentIndex(1)
    tab = fund.funding_tab
    tab.ensure_loaded()
    for record in tab.table_model.records():
        if record.get("support_warning") or record.get("parts_warning"):
            tab.select_id(record.id)
            wait_until(app, tab.form.banner.isVisible, "the funding form's warning")
            grab("fund-funding-warning")
            return


def proposed_deadlines(app: Any, window: Any, db: Any, grab: Any) -> None:
    """The deadlines a scheme proposes, one on a day off if the demo has one."""
    from kunnskapsapp.domain import models as m
    from kunnskapsapp.services import crud, funding
    from kunnskapsapp.ui.pages.projects import DeadlineConfirmDialog

    lines = [r for r in crud.list_rows(db, m.FundingLine) if r["scheme_id"]]
    found = [
        (line, funding.propose_deadlines(db, line["project_id"], line["scheme_id"]))
        for line in lines
    ]
    found = [(line, p) for line, p in found if p]
    if not found:
        return
    line, proposals = max(found, key=lambda f: any(p["non_working"] for p in f[1]))
    scheme = crud.get(db, m.FundingScheme, line["scheme_id"])
    dialog = DeadlineConfirmDialog(proposals, scheme.code, window)
    dialog.show()
    settle(app)
    grab("dialog-proposed-deadlines", dialog)
    dialog.close()


def import_preview(app: Any, window: Any, db: Any, folder: Path, grab: Any) -> None:
    """Fil → Importer … with Prosjekter as exported, edited: a row changed, one new, two
    refused."""
    from kunnskapsapp.domain import models as m
    from kunnskapsapp.domain.entities import entity
    from kunnskapsapp.exchange import csv_format, workbook
    from kunnskapsapp.ui.import_wizard import PREVIEW_PAGE, ImportWizard

    path = folder / "prosjekter.csv"
    workbook.export_csv(db, entity(m.Project), path)
    table = csv_format.read_csv(path)
    column = {h: i for i, h in enumerate(table.header)}

    def edited(row: list[str], **values: str) -> list[str]:
        row = list(row)
        for header, value in values.items():
            row[column[header]] = value
        return row

    blank = [""] * len(table.header)
    first, second = table.rows[:2]
    rows = [
        edited(first, Status="Pågående" if first[column["Status"]] != "Pågående" else "Idé"),
        edited(blank, Tittel="Helseløft i hjemmetjenesten", Status="Idé"),
        edited(second, Startdato="31.02.2026"),
        edited(blank, Tittel="Boligsosialt arbeid", Prosjektleder="Ola Nordmann"),
    ]
    csv_format.save_csv(path, table.header, rows)
    wizard = ImportWizard(db, window)
    wizard.show()
    wizard.file_page.load(path)
    settle(app)
    grab("import-file", wizard)
    while wizard.currentId() != PREVIEW_PAGE:
        wizard.next()
        settle(app)
    preview = wizard.preview_page
    wait_until(app, lambda: preview.result is not None, "the import's preview")
    settle(app)
    grab("import-preview", wizard)
    wizard.reject()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path, nargs="?")
    parser.add_argument("--scale", default="1")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--guide", type=Path, metavar="DIR", help="the user guide's images")
    parser.add_argument(
        "--language", choices=("nb", "en"), default="nb", help="as `kunnskapsapp --language`"
    )
    parser.add_argument(
        "--size", default="1280x800", metavar="WxH", help="the main window's size (1280x800)"
    )
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.lower().split("x"))
    if (args.out is None) == (args.guide is None):
        parser.error("give OUT_DIR or --guide DIR")
    os.environ["QT_SCALE_FACTOR"] = args.scale
    (args.out or args.guide).mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="kunnskapsapp-shots-"))
    os.environ["KUNNSKAPSAPP_DATA_DIR"] = str(folder)

    from PySide6.QtCore import QCoreApplication, QSettings, QTimer
    from PySide6.QtWidgets import QWidget

    QCoreApplication.setOrganizationName("Kunnskapsapp-screenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "qt"))

    from kunnskapsapp.services import demo
    from kunnskapsapp.services.database import Database
    from kunnskapsapp.ui import i18n, palette
    from kunnskapsapp.ui.app import make_application
    from kunnskapsapp.ui.main_window import MainWindow

    i18n.request(args.language)  # before the application installs its translations
    app = make_application()
    if args.dark:  # as Innstillinger → Utseende → Mørkt does at start
        palette.apply(app, palette.Appearance.DARK)
    db = Database.open(str(folder / "demo.sqlite3"), create=True)
    demo.create_demo(db)
    if args.guide is not None:
        write_guide_images(app, db, folder, args.guide)
        db.dispose()
        return
    window = MainWindow(db)
    window.resize(width, height)
    window.show()

    def grab(name: str, widget: QWidget | None = None) -> None:
        for _ in range(5):
            app.processEvents()
        (widget or window).grab().save(str(args.out / f"{name}.png"))
        print(args.out / f"{name}.png")

    for page_id in window.page_entries:
        page = show_loaded(app, window, page_id)
        grab(f"{page_id}-list")
        model = getattr(page, "table_model", None)
        if model is not None and model.rowCount():
            index = page.proxy.index(0, 0)
            page.view.setCurrentIndex(index)
            grab(f"{page_id}-form")

    # the focus ring on a table, a field and a button (Tab moves it)
    agreements = window.show_page("agreements")
    window.activateWindow()
    wait_until(app, window.isActiveWindow, "the window's activation")
    for name, control in (
        ("focus-table", agreements.view),
        ("focus-field", agreements.search),
        ("focus-button", agreements.new_button),
    ):
        control.setFocus()
        wait_until(app, control.hasFocus, f"the focus on {name}")
        grab(name)

    # a dashboard chart with the keyboard on it: the ring, a week highlighted by the arrows
    from kunnskapsapp.ui.bar_chart import BarChart

    dashboard = show_loaded(app, window, "dashboard")
    chart = dashboard.findChild(BarChart, "deadlineChart")
    dashboard.findChild(QWidget, "dashboardScroll").ensureWidgetVisible(chart)
    chart.setFocus()
    wait_until(app, chart.hasFocus, "the focus on the chart")
    chart.highlight(2)
    grab("focus-chart")

    # a project's tabs: Veiledere for a PhD project, none for another form
    projects = show_loaded(app, window, "projects")
    by_form: dict[str, int] = {}
    for row in range(projects.proxy.rowCount()):
        record = projects.table_model.record(
            projects.proxy.mapToSource(projects.proxy.index(row, 0)).row()
        )
        by_form.setdefault(str(record.get("form")), row)
    for form, name in (("phd", "projects-form-phd"), ("innovation", "projects-form-innovation")):
        if form in by_form:
            projects.view.setCurrentIndex(projects.proxy.index(by_form[form], 0))
            grab(name)

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

    # a funding line whose form warns, the scheme's proposed deadlines, the import's preview
    funding_form_with_warning(app, window, grab)
    proposed_deadlines(app, window, db, grab)
    import_preview(app, window, db, folder, grab)

    # Kom i gang on an empty database, each step, and the user guide
    for name, pixmap in first_start_steps(app, folder):
        pixmap.save(str(args.out / f"{name}.png"))
    from kunnskapsapp.ui.help import show_help

    help_window = show_help(window, "agreements")
    grab("help-agreements", help_window)
    help_window.search.setText("evaluering")
    grab("help-search", help_window)
    help_window.close()
    QTimer.singleShot(0, app.quit)
    app.exec()
    db.dispose()


if __name__ == "__main__":
    main()
