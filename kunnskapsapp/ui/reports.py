"""Reports in the app: an options dialog per report, generation in the background with
progress and Avbryt, then preview, print or save as PDF.

`open_report_dialog(parent, db, kind, **preselect)` is what menus and pages call; `kind` is
one of `kunnskapsapp.reports.REPORT_KINDS` ("handout", "portfolio", "deadlines",
"agreements", "fund", "project"), and `preselect` fills in the options (`meeting_id=`,
`project_id=`, `project_ids=`, `on=`, `date_from=`, `date_to=`, `from_year=`, `minutes=`).

PySide6-Essentials has no QtPdf, so pages are drawn with pypdfium2 (PDFium): the preview
shows them inside the app, and printing paints them, at the printer's resolution, on the
QPrinter the system print dialog set up. Without pypdfium2 the preview opens the PDF in
the system's viewer, and printing is done from there.
"""

from __future__ import annotations

import tempfile
import threading
from collections import OrderedDict
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QRect, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QPainter, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kunnskapsapp.domain.errors import DomainError
from kunnskapsapp.reports import REPORT_KINDS
from kunnskapsapp.services import reporting
from kunnskapsapp.reports.base import Rendered
from kunnskapsapp.services import clock
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.progress import NoProgress, Progress
from kunnskapsapp.ui import settings
from kunnskapsapp.ui.worker import Task, run_task

try:  # PDFium, for the preview and for printing
    import pypdfium2 as pdfium
except ImportError:  # pragma: no cover - a dependency; the system viewer is the fallback
    pdfium = None

# PDFium may only be used from one thread at a time, whatever the document.
_PDFIUM_LOCK = threading.Lock()
PRINT_DPI_MAX = 300

_open_dialogs: set[QDialog] = set()


def _t(text: str) -> str:
    return QCoreApplication.translate("Rapporter", text)


def can_render_pages() -> bool:
    return pdfium is not None


# --- Drawing PDF pages ------------------------------------------------------------------------


class PdfPages:
    """A PDF's pages as images, drawn by PDFium."""

    def __init__(self, pdf: bytes) -> None:
        if pdfium is None:  # pragma: no cover
            raise DomainError("Kan ikke vise PDF-sider: pypdfium2 er ikke installert.")
        self._bytes = pdf  # PDFium reads from this buffer for as long as the document lives
        with _PDFIUM_LOCK:
            self._doc = pdfium.PdfDocument(pdf)
            self.sizes = [self._doc.get_page_size(i) for i in range(len(self._doc))]

    def __len__(self) -> int:
        return len(self.sizes)

    def image(self, index: int, scale: float) -> QImage:
        """Page `index` at `scale` pixels per point."""
        with _PDFIUM_LOCK:
            page = self._doc[index]
            try:
                bitmap = page.render(scale=scale, rev_byteorder=True)
                width, height, stride = bitmap.width, bitmap.height, bitmap.stride
                channels = bitmap.n_channels
                buffer = bytes(bitmap.buffer)
            finally:
                page.close()
        fmt = QImage.Format.Format_RGB888 if channels == 3 else QImage.Format.Format_RGBA8888
        if channels == 1:
            fmt = QImage.Format.Format_Grayscale8
        return QImage(buffer, width, height, stride, fmt).copy()

    def close(self) -> None:
        with _PDFIUM_LOCK:
            self._doc.close()


def print_pdf(pdf: bytes, printer: QPrinter, progress: Progress | None = None) -> int:
    """Paint the PDF's pages on `printer`, each scaled to the paper; returns pages printed.

    Honours the page range chosen in the print dialog. Runs on any thread.
    """
    progress = progress or NoProgress()
    pages = PdfPages(pdf)
    try:
        first, last = 0, len(pages) - 1
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first = max(printer.fromPage() - 1, 0)
            last = min(max(printer.toPage(), printer.fromPage()) - 1, len(pages) - 1)
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            raise DomainError(
                "Skriveren kunne ikke startes. Sjekk at den er slått på og tilgjengelig, "
                "eller lagre rapporten som PDF og skriv den ut derfra."
            )
        try:
            dpi = min(printer.resolution(), PRINT_DPI_MAX)
            count = last - first + 1
            for number, index in enumerate(range(first, last + 1)):
                progress.step(number, count, f"Skriver ut side {number + 1} av {count} …")
                if number > 0 and not printer.newPage():
                    raise DomainError("Skriveren tok ikke imot flere sider.")
                image = pages.image(index, dpi / 72)
                target = printer.paperRect(QPrinter.Unit.DevicePixel).toRect()
                scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(target.topLeft(), scaled), image)
            progress.step(count, count, "Ferdig")
        finally:
            painter.end()
        return count
    finally:
        pages.close()


class PageView(QWidget):
    """The pages one under the other, drawn only when they come into view."""

    GAP = 12

    def __init__(self, pages: PdfPages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportPageView")
        self.pages = pages
        self.zoom = 1.0
        self._cache: OrderedDict[tuple[int, float], QImage] = OrderedDict()
        self._relayout()

    def _scale(self) -> float:
        return self.zoom * self.logicalDpiX() / 72

    def _page_rects(self) -> list[QRect]:
        scale = self._scale()
        width = max((int(w * scale) for w, _ in self.pages.sizes), default=0)
        rects = []
        y = self.GAP
        for w, h in self.pages.sizes:
            pw, ph = int(w * scale), int(h * scale)
            rects.append(QRect(self.GAP + (width - pw) // 2, y, pw, ph))
            y += ph + self.GAP
        return rects

    def _relayout(self) -> None:
        rects = self._page_rects()
        width = max((r.right() for r in rects), default=0) + self.GAP
        height = (rects[-1].bottom() if rects else 0) + self.GAP
        self.setFixedSize(QSize(width, height))
        self.update()

    def set_zoom(self, zoom: float) -> None:
        self.zoom = max(0.25, min(zoom, 4.0))
        self._relayout()

    def page_top(self, index: int) -> int:
        rects = self._page_rects()
        return rects[index].top() if 0 <= index < len(rects) else 0

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().dark())
        scale = self._scale()
        for index, rect in enumerate(self._page_rects()):
            if not rect.intersects(event.rect()):
                continue
            key = (index, round(scale, 3))
            image = self._cache.get(key)
            if image is None:
                image = self.pages.image(index, scale)
                self._cache[key] = image
                while len(self._cache) > 12:
                    self._cache.popitem(last=False)
            painter.fillRect(rect, Qt.GlobalColor.white)
            painter.drawImage(rect, image)
        painter.end()


class PreviewDialog(QDialog):
    """The report as it will print, with Skriv ut, Lagre som PDF and zoom."""

    def __init__(self, rendered: Rendered, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportPreviewDialog")
        self.rendered = rendered
        self.setWindowTitle(rendered.title)
        self.pages = PdfPages(rendered.data)
        self.view = PageView(self.pages)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.view)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        count = len(self.pages)
        self.page_label = QLabel(
            self.tr("1 side") if count == 1 else self.tr("%1 sider").replace("%1", str(count))
        )
        self.page_label.setObjectName("reportPageCount")

        zoom_out = QPushButton(self.tr("Forminsk"))
        zoom_in = QPushButton(self.tr("Forstørr"))
        zoom_out.clicked.connect(lambda: self.view.set_zoom(self.view.zoom / 1.25))
        zoom_in.clicked.connect(lambda: self.view.set_zoom(self.view.zoom * 1.25))
        print_button = QPushButton(self.tr("Skriv ut …"))
        print_button.setObjectName("reportPrintButton")
        save_button = QPushButton(self.tr("Lagre som PDF …"))
        save_button.setObjectName("reportSaveButton")
        close_button = QPushButton(self.tr("Lukk"))
        print_button.clicked.connect(lambda: print_rendered(self, rendered))
        save_button.clicked.connect(lambda: save_rendered(self, rendered))
        close_button.clicked.connect(self.accept)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, print_button.click)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, save_button.click)

        bar = QHBoxLayout()
        for widget in (zoom_out, zoom_in, self.page_label):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (print_button, save_button, close_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(bar)
        self.resize(int(self.view.width() + 60), 860)

    def done(self, result: int) -> None:
        self.pages.close()
        super().done(result)


# --- Preview, print, save -----------------------------------------------------------------------


def preview_rendered(parent: QWidget | None, rendered: Rendered) -> QDialog | None:
    """Show the report: inside the app when PDFium is there, else in the system viewer."""
    if can_render_pages():
        dialog = PreviewDialog(rendered, parent)
        _keep_open(dialog)
        dialog.show()
        return dialog
    path = Path(tempfile.mkdtemp(prefix="kunnskapsapp-rapport-")) / rendered.filename
    path.write_bytes(rendered.data)
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        QMessageBox.information(
            parent,
            _t("Rapport"),
            _t("Fant ikke noe program som viser PDF. Rapporten er lagret her:\n%1").replace(
                "%1", str(path)
            ),
        )
    return None


def print_rendered(
    parent: QWidget | None,
    rendered: Rendered,
    *,
    printer: QPrinter | None = None,
    ask: bool = True,
    on_done: Callable[[int], None] | None = None,
) -> Task | None:
    """The system print dialog, then the pages to the chosen printer in the background."""
    if not can_render_pages():  # pragma: no cover - pypdfium2 is a dependency
        QMessageBox.information(
            parent,
            _t("Skriv ut"),
            _t("Åpner rapporten i PDF-leseren. Skriv den ut derfra."),
        )
        preview_rendered(parent, rendered)
        return None
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(rendered.title)
    printer.setFromTo(0, 0)
    if ask:
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(_t("Skriv ut %1").replace("%1", rendered.title))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
    chosen = printer
    return run_task(
        parent,
        _t("Skriver ut …"),
        lambda progress: print_pdf(rendered.data, chosen, progress),
        on_done or (lambda _pages: None),
    )


def save_rendered(parent: QWidget | None, rendered: Rendered) -> Path | None:
    folder = settings.LAST_EXPORT_DIR.get() or str(Path.home())
    path_text, _ = QFileDialog.getSaveFileName(
        parent,
        _t("Lagre rapporten som PDF"),
        str(Path(folder) / rendered.filename),
        _t("PDF-filer (*.pdf)"),
    )
    if not path_text:
        return None
    path = Path(path_text)
    if path.suffix.lower() != ".pdf":
        path = path.with_suffix(".pdf")
    try:
        from kunnskapsapp.reports.cli import write_atomically

        write_atomically(path, rendered.data)
    except (OSError, DomainError) as exc:
        QMessageBox.warning(
            parent,
            _t("Lagre rapporten"),
            _t("Rapporten ble ikke lagret: %1").replace("%1", str(exc)),
        )
        return None
    settings.LAST_EXPORT_DIR.set(str(path.parent))
    return path


def _keep_open(dialog: QDialog) -> None:
    _open_dialogs.add(dialog)
    dialog.finished.connect(lambda _result: _open_dialogs.discard(dialog))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)


# --- Options dialogs ------------------------------------------------------------------------------


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date_edit(day: date, name: str) -> QDateEdit:
    edit = QDateEdit(_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setObjectName(name)
    return edit


def _pydate(edit: QDateEdit) -> date:
    q = edit.date()
    return date(q.year(), q.month(), q.day())


class ReportDialog(QDialog):
    """Choose the options of one report, then preview, print or save it."""

    def __init__(
        self, db: Database, kind: str, parent: QWidget | None = None, **preselect: Any
    ) -> None:
        super().__init__(parent)
        if kind not in REPORT_KINDS:
            raise ValueError(kind)
        self.db = db
        self.kind = kind
        self.preselect = preselect
        self.task: Task | None = None
        self.last: Rendered | None = None
        self.setObjectName(f"reportDialog_{kind}")
        self.setWindowTitle(REPORT_KINDS[kind])
        self.form = QFormLayout()
        self._build_options()

        buttons = QDialogButtonBox()
        self.preview_button = buttons.addButton(
            self.tr("Forhåndsvis"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.print_button = buttons.addButton(
            self.tr("Skriv ut …"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button = buttons.addButton(
            self.tr("Lagre som PDF …"), QDialogButtonBox.ButtonRole.ActionRole
        )
        buttons.addButton(self.tr("Lukk"), QDialogButtonBox.ButtonRole.RejectRole)
        self.preview_button.setObjectName("reportPreviewButton")
        self.print_button.setObjectName("reportPrintButton")
        self.save_button.setObjectName("reportSaveButton")
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(lambda: self.generate(self._preview))
        self.print_button.clicked.connect(lambda: self.generate(self._print))
        self.save_button.clicked.connect(lambda: self.generate(self._save))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)

    # Options -----------------------------------------------------------------------------------

    def _build_options(self) -> None:
        getattr(self, f"_options_{self.kind}")()

    def _options_handout(self) -> None:
        self.meeting = QComboBox()
        self.meeting.setObjectName("reportMeeting")
        choices = reporting.meeting_choices(self.db)
        for choice in choices:
            self.meeting.addItem(choice.label, choice.id)
        wanted = self.preselect.get("meeting_id") or reporting.next_meeting_id(self.db)
        index = self.meeting.findData(wanted) if wanted else -1
        self.meeting.setCurrentIndex(max(index, 0))
        self.form.addRow(self.tr("Møte"), self.meeting)

        self.variant_handout = QRadioButton(self.tr("Møteunderlag (før møtet)"))
        self.variant_minutes = QRadioButton(self.tr("Referat (etter møtet)"))
        self.variant_minutes.setObjectName("reportMinutes")
        group = QButtonGroup(self)
        group.addButton(self.variant_handout)
        group.addButton(self.variant_minutes)
        if self.preselect.get("minutes"):
            self.variant_minutes.setChecked(True)
        else:
            self.variant_handout.setChecked(True)
        variants = QVBoxLayout()
        variants.addWidget(self.variant_handout)
        variants.addWidget(self.variant_minutes)
        self.form.addRow(self.tr("Variant"), variants)

        from kunnskapsapp.reports.handout import SECTIONS

        box = QGroupBox(self.tr("Ta med"))
        box_layout = QVBoxLayout(box)
        self.sections: dict[str, QCheckBox] = {}
        for code, label in SECTIONS.items():
            check = QCheckBox(self.tr(label))
            check.setObjectName(f"reportSection_{code}")
            check.setChecked(True)
            box_layout.addWidget(check)
            self.sections[code] = check
        self.form.addRow(box)
        if not choices:
            self.form.addRow(QLabel(self.tr("Det er ikke registrert noen møter ennå.")))

    def _options_portfolio(self) -> None:
        self.on = _date_edit(self.preselect.get("on") or clock.today(), "reportDate")
        self.form.addRow(self.tr("Porteføljen per"), self.on)
        self.include_projects = QCheckBox(self.tr("Ta med tabellen over prosjektene"))
        self.include_projects.setChecked(True)
        self.form.addRow(self.include_projects)

    def _options_deadlines(self) -> None:
        today = clock.today()
        self.with_overdue = QCheckBox(self.tr("Alt som er forfalt, og fra i dag"))
        self.with_overdue.setObjectName("reportWithOverdue")
        self.date_from = _date_edit(self.preselect.get("date_from") or today, "reportFrom")
        self.date_to = _date_edit(
            self.preselect.get("date_to") or today + timedelta(days=reporting.DEFAULT_DEADLINE_DAYS),
            "reportTo",
        )
        self.with_overdue.setChecked(self.preselect.get("date_from") is None)
        self.date_from.setEnabled(not self.with_overdue.isChecked())
        self.with_overdue.toggled.connect(lambda on: self.date_from.setEnabled(not on))
        self.form.addRow(self.with_overdue)
        self.form.addRow(self.tr("Fra"), self.date_from)
        self.form.addRow(self.tr("Til"), self.date_to)
        self.group_by = QComboBox()
        self.group_by.addItem(self.tr("Uke"), "week")
        self.group_by.addItem(self.tr("Måned"), "month")
        self.form.addRow(self.tr("Grupper per"), self.group_by)
        self.include_done = QCheckBox(self.tr("Ta med utførte og avlyste frister"))
        self.form.addRow(self.include_done)

    def _options_agreements(self) -> None:
        self.form.addRow(
            QLabel(
                self.tr(
                    "Alle avtaler med status og neste evaluering, og oppsagte "
                    "samarbeidsavtaler med prosjektavtalene som fortsatt skal oppfylles."
                )
            )
        )

    def _options_fund(self) -> None:
        self.from_year = QSpinBox()
        self.from_year.setRange(2000, 2100)
        self.from_year.setValue(int(self.preselect.get("from_year") or clock.today().year))
        self.from_year.setObjectName("reportFromYear")
        self.form.addRow(self.tr("Budsjettplanen fra år"), self.from_year)

    def _options_project(self) -> None:
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Søk etter prosjekt …"))
        self.filter.setClearButtonEnabled(True)
        self.projects = QListWidget()
        self.projects.setObjectName("reportProjects")
        self.projects.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        wanted = set(self.preselect.get("project_ids") or ())
        if self.preselect.get("project_id"):
            wanted.add(self.preselect["project_id"])
        first_selected: QListWidgetItem | None = None
        for choice in reporting.project_choices(self.db):
            item = QListWidgetItem(choice.label)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            self.projects.addItem(item)
            if choice.id in wanted:
                item.setSelected(True)
                first_selected = first_selected or item
        if first_selected is not None:
            self.projects.scrollToItem(first_selected)

        def apply_filter(text: str) -> None:
            needle = text.strip().lower()
            for row in range(self.projects.count()):
                item = self.projects.item(row)
                item.setHidden(bool(needle) and needle not in item.text().lower())

        self.filter.textChanged.connect(apply_filter)
        self.form.addRow(self.filter)
        self.form.addRow(self.tr("Prosjekter (ett ark per prosjekt)"), self.projects)

    # Generating --------------------------------------------------------------------------------

    def job(self) -> Callable[[Progress], Rendered]:
        """What to render, from the options chosen now."""
        db = self.db
        if self.kind == "handout":
            from kunnskapsapp.reports import handout

            meeting_id = self.meeting.currentData()
            if not meeting_id:
                raise DomainError("Velg et møte først.")
            handout_options = handout.HandoutOptions(
                meeting_id,
                sections=frozenset(c for c, box in self.sections.items() if box.isChecked()),
                minutes=self.variant_minutes.isChecked(),
            )
            return lambda progress: handout.render(db, handout_options, progress)
        if self.kind == "portfolio":
            from kunnskapsapp.reports import portfolio

            portfolio_options = portfolio.PortfolioOptions(
                on=_pydate(self.on), include_projects=self.include_projects.isChecked()
            )
            return lambda progress: portfolio.render(db, portfolio_options, progress)
        if self.kind == "deadlines":
            from kunnskapsapp.domain.enums import DeadlineStatus
            from kunnskapsapp.reports import deadlines

            start = None if self.with_overdue.isChecked() else _pydate(self.date_from)
            end = _pydate(self.date_to)
            if start and start > end:
                raise DomainError("Fra-datoen kan ikke være etter til-datoen.")
            deadline_filter = reporting.DeadlineFilter(
                start=start,
                end=end,
                statuses=frozenset()
                if self.include_done.isChecked()
                else frozenset({DeadlineStatus.OPEN}),
                group_by=self.group_by.currentData(),
                **{
                    key: self.preselect[key]
                    for key in ("kinds", "responsible_id", "agreement_id", "project_id", "text")
                    if key in self.preselect
                },
            )
            return lambda progress: deadlines.render(db, deadline_filter, progress)
        if self.kind == "agreements":
            from kunnskapsapp.reports import agreements

            return lambda progress: agreements.render(db, None, progress)
        if self.kind == "fund":
            from kunnskapsapp.reports import fund

            fund_options = fund.FundOptions(from_year=self.from_year.value())
            return lambda progress: fund.render(db, fund_options, progress)
        from kunnskapsapp.reports import project_sheet

        ids = tuple(item.data(Qt.ItemDataRole.UserRole) for item in self.projects.selectedItems())
        if not ids:
            raise DomainError("Velg minst ett prosjekt.")
        sheet_options = project_sheet.ProjectSheetOptions(ids)
        return lambda progress: project_sheet.render(db, sheet_options, progress)

    def generate(self, then: Callable[[Rendered], None]) -> Task | None:
        """Render in the background (progress, Avbryt), then `then(rendered)`."""
        try:
            job = self.job()
        except DomainError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message)
            return None
        self._set_busy(True)

        def done(rendered: Rendered) -> None:
            self._set_busy(False)
            self.last = rendered
            then(rendered)

        self.task = run_task(
            self, self.tr("Lager %1 …").replace("%1", REPORT_KINDS[self.kind].lower()), job, done
        )
        self.task.failed.connect(lambda _exc: self._set_busy(False))
        self.task.cancelled.connect(lambda: self._set_busy(False))
        return self.task

    def _set_busy(self, busy: bool) -> None:
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setEnabled(not busy)

    def _preview(self, rendered: Rendered) -> None:
        preview_rendered(self, rendered)

    def _print(self, rendered: Rendered) -> None:
        print_rendered(self, rendered)

    def _save(self, rendered: Rendered) -> None:
        path = save_rendered(self, rendered)
        if path is not None:
            window = self.parent()
            status = getattr(window, "statusBar", None) if window is not None else None
            if callable(status):
                status().showMessage(self.tr("Lagret %1").replace("%1", str(path)), 6000)


def open_report_dialog(
    parent: QWidget | None, db: Database, kind: str, **preselect: Any
) -> ReportDialog:
    """The options dialog of report `kind`, shown without blocking; returned for tests."""
    dialog = ReportDialog(db, kind, parent, **preselect)
    _keep_open(dialog)
    dialog.show()
    return dialog
