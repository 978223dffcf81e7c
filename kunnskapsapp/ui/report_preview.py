"""The preview, printing and saving of a rendered report.

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
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QPainter, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kunnskapsapp import paths
from kunnskapsapp.domain.errors import DomainError
from kunnskapsapp.reports.base import Rendered
from kunnskapsapp.services.progress import NoProgress, Progress
from kunnskapsapp.ui import settings
from kunnskapsapp.ui.formatting import count_noun
from kunnskapsapp.ui.i18n import Context
from kunnskapsapp.ui.icons import set_icon
from kunnskapsapp.ui.worker import Task, run_task

try:  # PDFium, for the preview and for printing
    import pypdfium2 as pdfium
except ImportError:  # pragma: no cover - a dependency; the system viewer is the fallback
    pdfium = None

# PDFium may only be used from one thread at a time, whatever the document.
_PDFIUM_LOCK = threading.Lock()
PRINT_DPI_MAX = 300

_open_dialogs: set[QDialog] = set()


Rapporter = Context("Rapporter")  # this module's texts: Rapporter.tr("…")


def can_render_pages() -> bool:
    return pdfium is not None


# --- Drawing PDF pages ------------------------------------------------------------------------


class PdfPages:
    """A PDF's pages as images, drawn by PDFium."""

    def __init__(self, pdf: bytes) -> None:
        if pdfium is None:  # pragma: no cover
            raise DomainError(
                QCoreApplication.translate(
                    "PdfPrinting", "Kan ikke vise PDF-sider: pypdfium2 er ikke installert."
                )
            )
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
                QCoreApplication.translate(
                    "PdfPrinting",
                    "Skriveren kunne ikke startes. Sjekk at den er slått på og tilgjengelig, "
                    "eller lagre rapporten som PDF og skriv den ut derfra.",
                )
            )
        try:
            dpi = min(printer.resolution(), PRINT_DPI_MAX)
            count = last - first + 1
            for number, index in enumerate(range(first, last + 1)):
                progress.step(
                    number,
                    count,
                    QCoreApplication.translate("PdfPrinting", "Skriver ut side %1 av %2 …")
                    .replace("%1", str(number + 1))
                    .replace("%2", str(count)),
                )
                if number > 0 and not printer.newPage():
                    raise DomainError(
                        QCoreApplication.translate(
                            "PdfPrinting", "Skriveren tok ikke imot flere sider."
                        )
                    )
                image = pages.image(index, dpi / 72)
                target = printer.paperRect(QPrinter.Unit.DevicePixel).toRect()
                scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(target.topLeft(), scaled), image)
            progress.step(count, count, QCoreApplication.translate("PdfPrinting", "Ferdig"))
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
        self.page_label = QLabel(count_noun(count, self.tr("side"), self.tr("sider")))
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
        for button, icon_name in (
            (zoom_out, "zoom-out"),
            (zoom_in, "zoom-in"),
            (print_button, "printer"),
            (save_button, "file-down"),
        ):
            set_icon(button, icon_name)
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
    paths.write_private(path, rendered.data)
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        QMessageBox.information(
            parent,
            Rapporter.tr("Rapport"),
            Rapporter.tr(
                "Fant ikke noe program som viser PDF. Rapporten er lagret her:\n%1"
            ).replace("%1", str(path)),
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
            Rapporter.tr("Skriv ut"),
            Rapporter.tr("Åpner rapporten i PDF-leseren. Skriv den ut derfra."),
        )
        preview_rendered(parent, rendered)
        return None
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(rendered.title)
    printer.setFromTo(0, 0)
    if ask:
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(Rapporter.tr("Skriv ut %1").replace("%1", rendered.title))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
    chosen = printer
    return run_task(
        parent,
        Rapporter.tr("Skriver ut …"),
        lambda progress: print_pdf(rendered.data, chosen, progress),
        on_done or (lambda _pages: None),
    )


def save_rendered(parent: QWidget | None, rendered: Rendered) -> Path | None:
    folder = settings.LAST_EXPORT_DIR.get() or str(Path.home())
    path_text, _ = QFileDialog.getSaveFileName(
        parent,
        Rapporter.tr("Lagre rapporten som PDF"),
        str(Path(folder) / rendered.filename),
        Rapporter.tr("PDF-filer (*.pdf)"),
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
            Rapporter.tr("Lagre rapporten"),
            Rapporter.tr("Rapporten ble ikke lagret: %1").replace("%1", str(exc)),
        )
        return None
    settings.LAST_EXPORT_DIR.set(str(path.parent))
    return path


def _keep_open(dialog: QDialog) -> None:
    _open_dialogs.add(dialog)
    dialog.finished.connect(lambda _result: _open_dialogs.discard(dialog))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
