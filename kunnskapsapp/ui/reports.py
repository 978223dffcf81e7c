"""Reports in the app: an options dialog per report, generation in the background with
progress and Avbryt, then preview, print or save as PDF.

`open_report_dialog(parent, db, kind, **preselect)` is what menus and pages call; `kind` is
one of `kunnskapsapp.reports.REPORT_KINDS` ("handout", "portfolio", "deadlines",
"agreements", "fund", "project"), and `preselect` fills in the options (`meeting_id=`,
`project_id=`, `project_ids=`, `on=`, `date_from=`, `date_to=`, `from_year=`, `minutes=`).

The handout and the minutes can also be saved as Word (*Lagre som Word …*, `exchange.docx_handout`),
for the secretary to adjust and send; the other reports are PDF only.

The preview, printing and saving live in `ui.report_preview` (re-exported here).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kunnskapsapp.domain.errors import DomainError
from kunnskapsapp.reports import REPORT_KINDS
from kunnskapsapp.reports.base import Rendered
from kunnskapsapp.reports.cli import write_atomically
from kunnskapsapp.services import clock, reporting
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.progress import Progress
from kunnskapsapp.ui.formatting import domain_message, qt_date_format
from kunnskapsapp.ui.i18n import QT_TRANSLATE_NOOP
from kunnskapsapp.ui.worker import Task, run_task

try:  # PDFium, for the preview and for printing
    import pypdfium2 as pdfium
except ImportError:  # pragma: no cover - a dependency; the system viewer is the fallback
    pdfium = None

from kunnskapsapp.ui.report_preview import (  # noqa: F401  (the public names stay here too)
    PageView,
    PdfPages,
    PreviewDialog,
    _keep_open,
    _open_dialogs,
    can_render_pages,
    preview_rendered,
    print_pdf,
    print_rendered,
    save_rendered,
)

# The reports that also have a Word version (exchange.docx_handout).
# The reports (Qt-free, printed in Bokmål) name their kinds and the handout's sections in
# Bokmål; the dialog shows those names in the window's language. Marked here for lupdate
# (tests/test_translation_en.py checks that every name of the reports is among them).
SHOWN_NAMES = (
    QT_TRANSLATE_NOOP("ReportDialog", "Møteunderlag"),
    QT_TRANSLATE_NOOP("ReportDialog", "Porteføljeoversikt"),
    QT_TRANSLATE_NOOP("ReportDialog", "Fristliste"),
    QT_TRANSLATE_NOOP("ReportDialog", "Avtaleregister"),
    QT_TRANSLATE_NOOP("ReportDialog", "FoU-fond"),
    QT_TRANSLATE_NOOP("ReportDialog", "Prosjektark"),
    QT_TRANSLATE_NOOP("ReportDialog", "Deltakere"),
    QT_TRANSLATE_NOOP("ReportDialog", "Saksliste"),
    QT_TRANSLATE_NOOP("ReportDialog", "Oppfølging fra forrige møte"),
    QT_TRANSLATE_NOOP("ReportDialog", "Avtalen og kontaktgruppen"),
    QT_TRANSLATE_NOOP("ReportDialog", "Prosjekter"),
    QT_TRANSLATE_NOOP("ReportDialog", "Frister"),
    QT_TRANSLATE_NOOP("ReportDialog", "FoU-fondet"),
    QT_TRANSLATE_NOOP("ReportDialog", "Erfaringer"),
)

WORD_KINDS = frozenset({"handout"})

# --- Options dialogs ------------------------------------------------------------------------------


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date_edit(day: date, name: str) -> QDateEdit:
    edit = QDateEdit(_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(qt_date_format())
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
        self.setWindowTitle(self.tr(REPORT_KINDS[kind]))
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
        self.word_button = buttons.addButton(
            self.tr("Lagre som Word …"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.word_button.setObjectName("reportWordButton")
        self.word_button.setToolTip(
            self.tr("Lagre som Word-dokument (.docx), som du kan redigere før du sender det.")
        )
        self.word_button.setVisible(kind in WORD_KINDS)  # the other reports are PDF only
        self.word_button.clicked.connect(self.save_word)
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(lambda: self.generate(self._preview))
        self.print_button.clicked.connect(lambda: self.generate(self._print))
        self.save_button.clicked.connect(lambda: self.generate(self._save))
        buttons.rejected.connect(self.reject)

        self.saved_label = QLabel()
        self.saved_label.setObjectName("reportSavedLabel")
        self.saved_label.setWordWrap(True)
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved_label.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.saved_label)
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
            self.preselect.get("date_to")
            or today + timedelta(days=reporting.DEFAULT_DEADLINE_DAYS),
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
        self.filter.setObjectName("reportProjectFilter")
        self.filter.setPlaceholderText(self.tr("Søk etter prosjekt …"))
        self.filter.setAccessibleName(self.tr("Søk etter prosjekt"))
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
                raise DomainError(self.tr("Velg et møte først."))
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
                raise DomainError(self.tr("Fra-datoen kan ikke være etter til-datoen."))
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
            raise DomainError(self.tr("Velg minst ett prosjekt."))
        sheet_options = project_sheet.ProjectSheetOptions(ids)
        return lambda progress: project_sheet.render(db, sheet_options, progress)

    def generate(self, then: Callable[[Rendered], None]) -> Task | None:
        """Render in the background (progress, Avbryt), then `then(rendered)`."""
        try:
            job = self.job()
        except DomainError as exc:
            QMessageBox.warning(self, self.windowTitle(), domain_message(exc))
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
        buttons = (self.preview_button, self.print_button, self.save_button, self.word_button)
        for button in buttons:
            button.setEnabled(not busy)

    def _tell_saved(self, path: Path) -> None:
        """Where the file went: in the dialog, and in the main window's status bar."""
        text = self.tr("Lagret i %1").replace("%1", str(path))
        self.saved_label.setText(text)
        self.saved_label.show()
        window = self.parent()
        status = getattr(window, "statusBar", None) if window is not None else None
        if callable(status):
            status().showMessage(text, 6000)

    def save_word(self) -> Task | None:
        """Lagre som Word …: ask where, then write the handout or the minutes as .docx in the
        background (progress, Avbryt)."""
        from kunnskapsapp.domain import models as m
        from kunnskapsapp.exchange import docx_handout
        from kunnskapsapp.services import crud
        from kunnskapsapp.ui.exchange_actions import ask_save_path

        title = self.tr("Lagre som Word")
        meeting_id = self.meeting.currentData()
        try:
            if not meeting_id:
                raise DomainError(self.tr("Velg et møte først."))
            meeting = crud.get(self.db, m.Meeting, meeting_id)
        except DomainError as exc:
            QMessageBox.warning(self, title, domain_message(exc))
            return None
        minutes = self.variant_minutes.isChecked()
        sections = frozenset(c for c, box in self.sections.items() if box.isChecked())
        path = ask_save_path(
            self,
            title,
            docx_handout.filename(meeting, minutes),
            [(self.tr("Word-dokument"), ".docx")],
        )
        if path is None:
            return None
        db = self.db
        making = self.tr("Lager %1 …").replace("%1", path.name)
        writing = self.tr("Skriver %1 …").replace("%1", path.name)
        not_saved = self.tr("Word-filen ble ikke lagret: %1")

        def work(progress: Progress) -> Path:
            progress.step(0, 2, making)
            rendered = docx_handout.render(db, meeting_id, sections=sections, minutes=minutes)
            progress.step(1, 2, writing)
            try:
                write_atomically(path, rendered.data)  # owner-only (0600) from the first byte
            except OSError as exc:
                raise DomainError(not_saved.replace("%1", str(exc.strerror or exc))) from exc
            return path

        self._set_busy(True)
        self.task = run_task(self, self.tr("Lagrer som Word …"), work, self._word_saved)
        self.task.failed.connect(lambda _exc: self._set_busy(False))
        self.task.cancelled.connect(lambda: self._set_busy(False))
        return self.task

    def _word_saved(self, path: Path) -> None:
        self._set_busy(False)
        self._tell_saved(path)

    def _preview(self, rendered: Rendered) -> None:
        preview_rendered(self, rendered)

    def _print(self, rendered: Rendered) -> None:
        print_rendered(self, rendered)

    def _save(self, rendered: Rendered) -> None:
        path = save_rendered(self, rendered)
        if path is not None:
            self._tell_saved(path)


def open_report_dialog(
    parent: QWidget | None, db: Database, kind: str, **preselect: Any
) -> ReportDialog:
    """The options dialog of report `kind`, shown without blocking; returned for tests."""
    dialog = ReportDialog(db, kind, parent, **preselect)
    _keep_open(dialog)
    dialog.show()
    return dialog
