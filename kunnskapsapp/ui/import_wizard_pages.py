"""The import wizard's mapping and preview pages (the wizard itself: ui/import_wizard.py)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from kunnskapsapp.domain.errors import DomainError
from kunnskapsapp.exchange import importer, mapping
from kunnskapsapp.exchange.workbook import sheet_name
from kunnskapsapp.ui import settings
from kunnskapsapp.ui.formatting import count_noun, domain_message
from kunnskapsapp.ui.i18n import QT_TRANSLATE_NOOP
from kunnskapsapp.ui.import_mappings import remember, remembered

if TYPE_CHECKING:
    from kunnskapsapp.ui.import_wizard import ImportWizard

# What the preview says each row will do; translated where it is shown (ImportWizard).
ACTION_TEXT = {
    "add": QT_TRANSLATE_NOOP("ImportWizard", "Legges til"),
    "update": QT_TRANSLATE_NOOP("ImportWizard", "Oppdateres"),
    "unchanged": QT_TRANSLATE_NOOP("ImportWizard", "Uendret"),
    "refuse": QT_TRANSLATE_NOOP("ImportWizard", "Avvises"),
}


def action_text(action: str) -> str:
    return QCoreApplication.translate("ImportWizard", ACTION_TEXT[action])


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class MappingPage(QWizardPage):
    """The file's columns beside the table's: matched where the app can, the rest chosen by
    the user or left out."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Koble kolonnene"))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("importMapping")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kolonne i filen"), self.tr("Første verdi"), self.tr("Importeres som")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.matched = QLabel(self)
        self.matched.setObjectName("importMatched")
        row.addWidget(self.matched, 1)
        self.save_button = QPushButton(self.tr("Lagre koblingen …"), self)
        self.save_button.setObjectName("importSaveMapping")
        self.save_button.setToolTip(
            self.tr("Som JSON-fil, for kommandolinjen: kunnskapsapp import FIL --map FIL.json")
        )
        self.save_button.clicked.connect(self.save_mapping)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.combos: dict[str, QComboBox] = {}

    def initializePage(self) -> None:
        spec = self.owner.spec()
        assert spec is not None
        header = self.owner.header()
        self.setSubTitle(
            self.tr(
                "Velg hvilket felt i %1 hver kolonne skal fylle, eller «Importeres ikke». "
                "Koblingen huskes til neste fil med de samme kolonnene."
            ).replace("%1", sheet_name(spec))
        )
        chosen = mapping.suggest(spec, header)
        earlier = remembered(header)
        if earlier:
            chosen.update({k: v for k, v in earlier.items() if k in chosen})
        columns = [c for c in mapping.mappable_columns(spec)]
        shape = self.owner.shape()
        assert shape is not None
        first = dict(zip(shape.header, shape.first, strict=False))
        texts = [h for h in header if h.strip()]
        self.table.setRowCount(len(texts))
        self.combos = {}
        for row, text in enumerate(texts):
            self.table.setItem(row, 0, _item(text))
            value = first.get(text, "")
            self.table.setItem(row, 1, _item(value))
            combo = QComboBox(self.table)
            combo.setObjectName(f"map_{row}")
            combo.setAccessibleName(text)
            combo.addItem(self.tr("Importeres ikke"), None)
            for col in columns:
                combo.addItem(col.header, col.header)
            combo.setCurrentIndex(max(combo.findData(chosen.get(text)), 0))
            combo.currentIndexChanged.connect(self._update_matched)
            self.table.setCellWidget(row, 2, combo)
            self.combos[text] = combo
        self.table.resizeRowsToContents()
        self._update_matched()

    def chosen(self) -> dict[str, str | None]:
        return {text: combo.currentData() for text, combo in self.combos.items()}

    def _update_matched(self, *_args: Any) -> None:
        chosen = self.chosen()
        used = [v for v in chosen.values() if v]
        doubles = sorted({v for v in used if used.count(v) > 1})
        if doubles:
            self.matched.setText(
                self.tr("«%1» er valgt for flere kolonner.").replace("%1", doubles[0])
            )
        else:
            self.matched.setText(
                self.tr("%1 av %2 importeres.")
                .replace("%1", str(len(used)))
                .replace("%2", count_noun(len(chosen), self.tr("kolonne"), self.tr("kolonner")))
            )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        used = [v for v in self.chosen().values() if v]
        return bool(used) and len(used) == len(set(used))

    def validatePage(self) -> bool:
        self.owner.column_map = self.chosen()
        remember(self.owner.header(), self.owner.column_map)
        return True

    def save_mapping(self) -> None:
        folder = settings.LAST_EXPORT_DIR.get() or str(Path.home())
        text, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Lagre koblingen"),
            str(Path(folder) / "kobling.json"),
            self.tr("JSON-fil (*.json)"),
        )
        if not text:
            return
        path = Path(text) if text.lower().endswith(".json") else Path(text + ".json")
        try:
            mapping.save_mapping(path, self.chosen())
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Lagre koblingen"), domain_message(error))
            return
        self.matched.setText(self.tr("Koblingen er lagret i %1").replace("%1", str(path)))


class PreviewPage(QWizardPage):
    """What each row will do: added, updated (field: old → new) or refused and why."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Forhåndsvisning"))
        self.setSubTitle(self.tr("Ingenting er lagret ennå. Trykk Importer for å lagre."))
        layout = QVBoxLayout(self)
        self.counts = QLabel(self)
        self.counts.setObjectName("importCounts")
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("importPreview")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Ark"),
                self.tr("Rad"),
                self.tr("Hva skjer"),
                self.tr("Navn"),
                self.tr("Detaljer"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.skip = QCheckBox(self.tr("Hopp over rader som avvises"), self)
        self.skip.setObjectName("importSkipInvalid")
        self.skip.setToolTip(self.tr("Uten dette lagres ingenting så lenge én rad avvises."))
        self.skip.toggled.connect(lambda _on: self.initializePage())
        layout.addWidget(self.skip)
        self.result: importer.ImportResult | None = None
        self.running = False
        self.written = False

    def initializePage(self) -> None:
        self.result = None
        self.table.setRowCount(0)
        self.counts.setText(self.tr("Leser filen …"))
        self.completeChanged.emit()
        self.running = True
        task = self.owner.run(False, self.skip.isChecked(), self._previewed, self._failed)
        task.cancelled.connect(self._cancelled)

    def _previewed(self, result: importer.ImportResult) -> None:
        self.running = False
        self.result = result
        self.table.setRowCount(len(result.rows))
        for row, r in enumerate(result.rows):
            details = domain_message(r.message)
            if r.changes:
                details = "; ".join(
                    f"{domain_message(c.label)}: {domain_message(c.old) or '–'} → "
                    f"{domain_message(c.new) or '–'}"
                    for c in r.changes
                )
            name = domain_message(r.name)
            cells = [r.sheet, str(r.row), action_text(r.action), name, details]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, _item(text))
        self.table.resizeRowsToContents()
        text = domain_message(result.summary())
        if result.refused and not self.skip.isChecked():
            text += " " + self.tr(
                "Så lenge en rad avvises, lagres ingenting: rett filen, eller hopp over "
                "rader som avvises."
            )
        elif not result.has_changes:
            text += " " + self.tr("Det er ingenting å importere.")
        self.counts.setText(text)
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.running = False
        self.result = None
        if isinstance(error, DomainError):
            self.counts.setText(
                self.tr("Filen kan ikke importeres: %1").replace("%1", domain_message(error))
            )
            self.completeChanged.emit()
            return
        from kunnskapsapp.ui.errors import report_exception

        report_exception(type(error), error, error.__traceback__)

    def isComplete(self) -> bool:
        result = self.result
        if result is None or self.running or not result.has_changes:
            return False
        return not result.refused or self.skip.isChecked()

    def validatePage(self) -> bool:
        """Importer: run the import off the UI thread; the wizard closes when it is done."""
        if self.written:
            return True  # the import is done: the wizard may close
        if self.running or not self.isComplete():
            return False
        self.running = True
        self.completeChanged.emit()
        self.counts.setText(self.tr("Importerer …"))
        task = self.owner.run(True, self.skip.isChecked(), self._imported, self._failed)
        task.cancelled.connect(self._cancelled)
        return False

    def _imported(self, outcome: Any) -> None:
        self.running = False
        self.written = True
        result, backup = outcome
        self.owner.imported(result, backup)

    def _cancelled(self) -> None:
        self.running = False
        self.counts.setText(self.tr("Avbrutt. Ingenting er lagret."))
        self.completeChanged.emit()
