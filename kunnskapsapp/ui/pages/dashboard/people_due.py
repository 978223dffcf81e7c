"""Oversikt: "Personer som skal slettes", the people past their "Slettes etter" date, with
the two actions (export, anonymise) beside the list. Hidden while nobody is due."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from kunnskapsapp.services import privacy
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.records import Record
from kunnskapsapp.ui.icons import set_icon
from kunnskapsapp.ui.pages.dashboard.sections import ListSection
from kunnskapsapp.ui.privacy_actions import confirm_and_anonymise, export_person_data
from kunnskapsapp.ui.table import Column


class PeopleDueSection(ListSection):
    changed = Signal()  # a person was anonymised

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(
            "people_due",
            self.tr("Personer som skal slettes"),
            self.tr("Ingen personer har passert «Slettes etter»."),
            "people",
            [
                Column("delete_after", self.tr("Slettes etter")),
                Column("name", self.tr("Navn")),
                Column("organisation_name", self.tr("Organisasjon")),
            ],
            (1, 2),
            row_style=lambda _r: "overdue",
            parent=parent,
        )
        self.db = db
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Eksporter personopplysninger …"), self)
        set_icon(self.export_button, "download")
        self.export_button.setObjectName("people_due_export")
        self.anonymise_button = QPushButton(self.tr("Anonymiser …"), self)
        set_icon(self.anonymise_button, "user-x")
        self.anonymise_button.setObjectName("people_due_anonymise")
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.anonymise_button)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)
        self.export_button.clicked.connect(self._export)
        self.anonymise_button.clicked.connect(self._anonymise)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.setVisible(False)

    def load(self) -> None:
        """The list is small and one query: fetched on the UI thread with the rest."""
        records = privacy.due_for_deletion(self.db)
        self.set_records(records)
        self.setVisible(bool(records))
        if records:
            self.view.selectRow(0)
        self._update_buttons()

    def current(self) -> Record | None:
        index = self.view.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _update_buttons(self, *_args: object) -> None:
        has = self.current() is not None
        self.export_button.setEnabled(has)
        self.anonymise_button.setEnabled(has)

    def _export(self) -> None:
        record = self.current()
        if record is not None:
            export_person_data(self, self.db, record["id"], record["name"])

    def _anonymise(self) -> None:
        record = self.current()
        if record is not None and confirm_and_anonymise(
            self, self.db, record["id"], record["name"]
        ):
            self.load()
            self.changed.emit()
