"""The dialogs around a form: confirm a deletion, resolve a conflicting save, show the
history of a record."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kunnskapsapp.domain import i18n as domain_i18n
from kunnskapsapp.domain.base import Base
from kunnskapsapp.domain.entities import entity
from kunnskapsapp.services import crud
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.history import history
from kunnskapsapp.services.records import Record
from kunnskapsapp.ui.formatting import display, record_name, value_style


def confirm_delete(parent: QWidget, db: Database, model: type[Base], record: Record) -> bool:
    deps = crud.dependents(db, model, record["id"])
    name = record_name(model, record)
    if deps["blocks"]:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("ConfirmDelete", "Kan ikke slette"),
            QCoreApplication.translate(
                "ConfirmDelete",
                "«%s» kan ikke slettes fordi %s viser til den. Fjern eller flytt dem først.",
            )
            % (name, domain_i18n.counts_text(deps["blocks"])),
        )
        return False
    text = QCoreApplication.translate("ConfirmDelete", "Vil du slette «%s»?") % name
    details = []
    if deps["deletes"]:
        details.append(
            QCoreApplication.translate("ConfirmDelete", "Dette sletter også %s.")
            % domain_i18n.counts_text(deps["deletes"])
        )
    if deps["clears"]:
        details.append(
            QCoreApplication.translate("ConfirmDelete", "%s mister koblingen hit.")
            % domain_i18n.counts_text(deps["clears"]).capitalize()
        )
    box = QMessageBox(parent)
    box.setObjectName("confirmDeleteBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ConfirmDelete", "Slett"))
    box.setText(text)
    box.setInformativeText(
        " ".join(details)
        or QCoreApplication.translate("ConfirmDelete", "Slettingen kan ikke angres.")
    )
    yes = box.addButton(
        QCoreApplication.translate("ConfirmDelete", "Slett"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(
        QCoreApplication.translate("ConfirmDelete", "Avbryt"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    return box.clickedButton() is yes


class ConflictDialog(QDialog):
    """Somebody else saved first: show both versions, let the user choose."""

    KEEP_MINE = 10
    USE_THEIRS = 11

    def __init__(
        self,
        model: type[Base],
        mine: dict[str, Any],
        theirs: dict[str, Any],
        message: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Noen andre har lagret først"))
        layout = QVBoxLayout(self)
        label = QLabel(message)
        label.setWordWrap(True)
        layout.addWidget(label)
        table = QTableWidget(0, 3, self)
        table.setObjectName("conflictTable")
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        table.setHorizontalHeaderLabels(
            [self.tr("Felt"), self.tr("Din versjon"), self.tr("Lagret versjon")]
        )
        table.verticalHeader().hide()
        spec = entity(model)
        for name, value in mine.items():
            caption = domain_i18n.label_of(spec, name)
            kind = spec.field(name).kind if spec.has_field(name) else None
            row = table.rowCount()
            table.insertRow(row)
            table.setItem(row, 0, QTableWidgetItem(caption))
            table.setItem(row, 1, QTableWidgetItem(display(value, kind=kind)))
            table.setItem(row, 2, QTableWidgetItem(display(theirs.get(name), kind=kind)))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(table)
        buttons = QDialogButtonBox()
        keep = buttons.addButton(
            self.tr("Lagre min versjon"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        theirs_button = buttons.addButton(
            self.tr("Bruk den lagrede versjonen"), QDialogButtonBox.ButtonRole.RejectRole
        )
        cancel = buttons.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        keep.clicked.connect(lambda: self.done(self.KEEP_MINE))
        theirs_button.clicked.connect(lambda: self.done(self.USE_THEIRS))
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 360)


class HistoryDialog(QDialog):
    def __init__(
        self, db: Database, model: type[Base], record: Record, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("Historikk – %s") % record_name(model, record))
        layout = QVBoxLayout(self)
        rows = history(db, model, record["id"], style=value_style())
        table = QTableWidget(len(rows), 5, self)
        table.setObjectName("historyTable")
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        table.setHorizontalHeaderLabels(
            [
                self.tr("Tidspunkt"),
                self.tr("Bruker"),
                self.tr("Handling"),
                self.tr("Felt"),
                self.tr("Endring"),
            ]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for i, row in enumerate(rows):
            change = (
                f"{row.old_text or '–'} → {row.new_text or '–'}"
                if row.action.value == "update"
                else (row.new_text or row.old_text or "")
            )
            what = domain_i18n.entity_text(row.entity, row.field_label) if row.field else ""
            if row.row_id != record["id"]:  # a change to an owned row: say which kind
                noun = domain_i18n.singular(row.entity).capitalize()
                what = f"{noun}: {what}" if row.field else noun
            action = domain_i18n.enum_label(row.action)
            for col, text in enumerate([display(row.at), row.user, action, what, change]):
                table.setItem(i, col, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(table)
        if not rows:
            layout.addWidget(QLabel(self.tr("Ingen endringer er registrert.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Lukk"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 420)
