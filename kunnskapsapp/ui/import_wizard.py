"""Fil → Importer …: a wizard that brings a spreadsheet in without damaging what is saved.

Choose the file (the exchange workbook, a CSV per table, Norwegian Excel's CSV or the unit's
own spreadsheet); for a file whose headers are its own, map its columns onto the table's
(suggested by `exchange.mapping`, remembered per shape of file, savable for `--map`); then a
preview of what each row will do. Nothing is written until *Importer* is pressed; preview and
import run off the UI thread with progress and Avbryt (`ui.worker.run_task`), through
`exchange.importer` (one transaction, a backup of a SQLite file first).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kunnskapsapp.domain.collation import norwegian_key
from kunnskapsapp.domain.entities import EntitySpec
from kunnskapsapp.domain.errors import DomainError
from kunnskapsapp.exchange import importer, mapping
from kunnskapsapp.exchange.workbook import exchange_entities, sheet_name
from kunnskapsapp.services.database import Database
from kunnskapsapp.ui import settings
from kunnskapsapp.ui.formatting import count_noun, domain_message
from kunnskapsapp.ui.import_wizard_pages import MappingPage, PreviewPage
from kunnskapsapp.ui.worker import Task, run_task

FILE_PAGE, MAPPING_PAGE, PREVIEW_PAGE = 0, 1, 2


class FilePage(QWizardPage):
    """Which file, and (for a CSV or a sheet of its own) which table it holds."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Velg filen"))
        self.setSubTitle(
            self.tr(
                "Arbeidsboken fra Eksporter alt, en CSV-fil per tabell eller et eget regneark. "
                "Ingenting lagres før du trykker Importer."
            )
        )
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("importPath")
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("Ingen fil valgt"))
        self.path_edit.setAccessibleName(self.tr("Valgt fil"))
        self.browse = QPushButton(self.tr("Velg fil …"), self)
        self.browse.setObjectName("importBrowse")
        self.browse.clicked.connect(self.choose_file)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        layout.addLayout(row)
        self.about = QLabel(self)
        self.about.setObjectName("importAbout")
        self.about.setWordWrap(True)
        layout.addWidget(self.about)
        form = QFormLayout()
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setObjectName("importSheet")
        self.sheet_combo.setToolTip(
            self.tr(
                "Arbeidsboken fra Eksporter alt importeres med alle ark. Et eget regneark med "
                "flere ark importeres ett ark om gangen: velg arket og tabellen det hører til."
            )
        )
        self.sheet_combo.currentIndexChanged.connect(self._sheet_changed)
        self.sheet_label = QLabel(self.tr("Ark som skal importeres:"), self)
        form.addRow(self.sheet_label, self.sheet_combo)
        self.table_combo = QComboBox(self)
        self.table_combo.setObjectName("importTable")
        self.table_combo.addItem(self.tr("Velg tabell …"), None)
        specs = sorted(exchange_entities(), key=lambda s: norwegian_key(sheet_name(s)))
        for spec in specs:
            self.table_combo.addItem(sheet_name(spec), spec.table)
        self.table_combo.currentIndexChanged.connect(self._table_changed)
        self.table_label = QLabel(self.tr("Tabellen filen hører til:"), self)
        form.addRow(self.table_label, self.table_combo)
        layout.addLayout(form)
        self.create_missing = QCheckBox(
            self.tr("Opprett organisasjoner og personer som ikke finnes"), self
        )
        self.create_missing.setObjectName("importCreateMissing")
        self.create_missing.setToolTip(
            self.tr(
                "En organisasjon eller person som filen nevner ved navn, men som ikke finnes, "
                "legges til med navnet. Uten dette avvises raden."
            )
        )
        layout.addWidget(self.create_missing)
        layout.addStretch(1)
        self._show_table_choice(False)
        self._show_sheet_choice(False)

    def _show_table_choice(self, shown: bool) -> None:
        self.table_label.setVisible(shown)
        self.table_combo.setVisible(shown)

    def _show_sheet_choice(self, shown: bool) -> None:
        self.sheet_label.setVisible(shown)
        self.sheet_combo.setVisible(shown)

    def _fill_sheets(self, shapes: list[mapping.SheetShape]) -> None:
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItem(self.tr("Alle ark (arbeidsboken fra Eksporter alt)"), None)
        for shape in shapes:
            self.sheet_combo.addItem(
                self.tr("%1 (%2 rader)").replace("%1", shape.name).replace("%2", str(shape.rows)),
                shape.name,
            )
        self.sheet_combo.setCurrentIndex(0)
        self.sheet_combo.blockSignals(False)

    def chosen_shape(self) -> mapping.SheetShape | None:
        """The one sheet (or CSV) to import; None for every sheet of a workbook."""
        shapes = self.owner.shapes
        if len(shapes) == 1:
            return shapes[0]
        name = self.sheet_combo.currentData()
        return next((s for s in shapes if s.name == name), None) if name else None

    def _sheet_changed(self, _index: int) -> None:
        shape = self.chosen_shape()
        self._show_table_choice(shape is not None)
        if shape is not None:
            index = self.table_combo.findData(shape.spec.table if shape.spec else None)
            self.table_combo.setCurrentIndex(max(index, 0))
        self.completeChanged.emit()

    def choose_file(self) -> None:
        folder = settings.LAST_EXPORT_DIR.get() or str(Path.home())
        text, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Velg filen som skal importeres"),
            folder,
            self.tr("Regneark (*.xlsx *.csv);;Excel-arbeidsbok (*.xlsx);;CSV-fil (*.csv)"),
        )
        if text:
            self.load(Path(text))

    def load(self, path: Path) -> None:
        self.owner.path = path
        self.owner.shapes = []
        self.path_edit.setText(str(path))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            shapes = mapping.describe(path)
        except DomainError as error:
            self.about.setText(
                self.tr("Filen kan ikke leses: %1").replace("%1", domain_message(error))
            )
            self._show_table_choice(False)
            self.completeChanged.emit()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.owner.shapes = shapes
        single = len(shapes) == 1
        self._fill_sheets(shapes if not single else [])
        if single:
            shape = shapes[0]
            kind = self.tr("CSV-fil") if path.suffix.lower() == ".csv" else self.tr("Ark")
            columns = len([h for h in shape.header if h.strip()])
            self.about.setText(
                self.tr("%1 med %2 og %3.")
                .replace("%1", f"{kind} «{shape.name}»" if shape.name else kind)
                .replace("%2", count_noun(columns, self.tr("kolonne"), self.tr("kolonner")))
                .replace("%3", count_noun(shape.rows, self.tr("rad"), self.tr("rader")))
            )
            index = self.table_combo.findData(shape.spec.table if shape.spec else None)
            self.table_combo.setCurrentIndex(max(index, 0))
        else:
            rows = sum(s.rows for s in shapes)
            self.about.setText(
                self.tr("Arbeidsbok med %1 ark (%2): %3.")
                .replace("%1", str(len(shapes)))
                .replace("%2", count_noun(rows, self.tr("rad"), self.tr("rader")))
                .replace("%3", ", ".join(s.name for s in shapes))
            )
        self._show_table_choice(single)
        self._show_sheet_choice(not single)
        self.completeChanged.emit()

    def _table_changed(self, _index: int) -> None:
        self.completeChanged.emit()

    def chosen_spec(self) -> EntitySpec | None:
        table = self.table_combo.currentData()
        return next((s for s in exchange_entities() if s.table == table), None)

    def isComplete(self) -> bool:
        shapes = self.owner.shapes
        if not shapes:
            return False
        if self.chosen_shape() is None:
            return True  # every sheet, each by its name
        return self.chosen_spec() is not None

    def nextId(self) -> int:
        return MAPPING_PAGE if self.owner.needs_mapping() else PREVIEW_PAGE


class ImportWizard(QWizard):
    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        on_data_changed: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.on_data_changed = on_data_changed
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Importer"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        for which, text in (
            (QWizard.WizardButton.BackButton, self.tr("< Tilbake")),
            (QWizard.WizardButton.NextButton, self.tr("Neste >")),
            (QWizard.WizardButton.CancelButton, self.tr("Avbryt")),
            (QWizard.WizardButton.FinishButton, self.tr("Importer")),
        ):
            self.setButtonText(which, text)
        self.path: Path | None = None
        self.shapes: list[mapping.SheetShape] = []
        self.column_map: dict[str, str | None] = {}
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.setPage(FILE_PAGE, self.file_page)
        self.setPage(MAPPING_PAGE, self.mapping_page)
        self.setPage(PREVIEW_PAGE, self.preview_page)
        self.resize(960, 640)

    # --- what the pages share ---
    def shape(self) -> mapping.SheetShape | None:
        """The one sheet (or CSV) being imported; None when it is every sheet."""
        return self.file_page.chosen_shape() if self.shapes else None

    def spec(self) -> EntitySpec | None:
        if self.shape() is not None:
            return self.file_page.chosen_spec()
        return None

    def header(self) -> list[str]:
        shape = self.shape()
        return shape.header if shape is not None else []

    def needs_mapping(self) -> bool:
        spec = self.spec()
        return spec is not None and not mapping.matches_exactly(spec, self.header())

    def import_options(self) -> dict[str, Any]:
        """What the importer is told: the file, the table, the mapping, the choices."""
        spec = self.spec()
        chosen = self.column_map if self.needs_mapping() else {}
        return {
            "table": sheet_name(spec) if spec is not None else None,
            "mapping": mapping.as_mapping(chosen) if chosen else None,
            "create_missing": self.file_page.create_missing.isChecked(),
            "sheet": shape.name if len(self.shapes) > 1 and (shape := self.shape()) else None,
        }

    # --- running ---
    def run(
        self,
        commit: bool,
        skip_invalid: bool,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> Task:
        assert self.path is not None
        path, options, db = self.path, self.import_options(), self.db

        def work(progress: Any) -> Any:
            if commit:
                return importer.apply_import(
                    db, path, skip_invalid=skip_invalid, progress=progress, **options
                )
            return importer.run_import(
                db, path, skip_invalid=skip_invalid, progress=progress, **options
            )

        title = self.tr("Importerer …") if commit else self.tr("Lager forhåndsvisningen …")
        return run_task(self, title, work, on_done, on_error=on_error)

    def imported(self, result: importer.ImportResult, backup: Path | None) -> None:
        """The import is written: tell, refresh the pages, close."""
        if self.on_data_changed is not None:
            self.on_data_changed()
        text = (
            self.tr("Importert: %1").replace("%1", domain_message(result.summary()))
            if result.written
            else self.tr("Ingenting å endre: %1").replace("%1", domain_message(result.summary()))
        )
        if backup is not None:
            text += "\n\n" + self.tr("Sikkerhetskopi fra før importen: %1").replace(
                "%1", str(backup)
            )
        self.done_text = text
        QMessageBox.information(self, self.tr("Import"), text)
        self.accept()  # validates the page again: it answers yes once the import is written


_open: set[ImportWizard] = set()


def open_import_wizard(
    parent: QWidget | None, db: Database, on_data_changed: Callable[[], None] | None = None
) -> ImportWizard:
    """Show the wizard (not blocking); it keeps itself alive until closed."""
    wizard = ImportWizard(db, parent, on_data_changed)
    _open.add(wizard)

    def closed(_result: int) -> None:
        _open.discard(wizard)
        wizard.deleteLater()

    wizard.finished.connect(closed)
    wizard.setWindowModality(Qt.WindowModality.WindowModal)
    wizard.show()
    return wizard
