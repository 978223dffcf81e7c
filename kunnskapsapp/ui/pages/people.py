"""Personer: contacts, contact-group members, project managers, candidates, supervisors.

Personal data: the form keeps why we hold it, on what basis, from where, and when to delete it;
*Eksporter personopplysninger …* writes everything held about the person to a file, and
*Anonymiser …* replaces their name and contact details everywhere (services.privacy).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QWidget

from kunnskapsapp.domain import models as m
from kunnskapsapp.services import clock, crud, privacy
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.records import Record
from kunnskapsapp.ui.form import FormSpec, choices_of
from kunnskapsapp.ui.i18n import QT_TRANSLATE_NOOP
from kunnskapsapp.ui.icons import set_icon
from kunnskapsapp.ui.page import ListPage
from kunnskapsapp.ui.privacy_actions import confirm_and_anonymise, export_person_data
from kunnskapsapp.ui.table import Column


class PeoplePage(ListPage):
    title = QT_TRANSLATE_NOOP("PeoplePage", "Personer")
    page_id = "people"
    single_row_refresh = True

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.export_button = QPushButton(self.tr("Eksporter personopplysninger …"), self)
        set_icon(self.export_button, "download")
        self.export_button.setObjectName("export_person_data")
        self.export_button.setToolTip(
            self.tr("Skriv alt som er lagret om personen til en PDF- eller JSON-fil")
        )
        self.anonymise_button = QPushButton(self.tr("Anonymiser …"), self)
        set_icon(self.anonymise_button, "user-x")
        self.anonymise_button.setObjectName("anonymise_person")
        self.extra_buttons.addWidget(self.export_button)
        self.extra_buttons.addWidget(self.anonymise_button)
        self.export_button.clicked.connect(self.export_person_data)
        self.anonymise_button.clicked.connect(self.anonymise)
        self._update_buttons()

    def columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Navn")),
            Column("organisation_name", self.tr("Organisasjon"), priority=1),
            Column("title", self.tr("Tittel")),
            Column("email", self.tr("E-post")),
            Column("phone", self.tr("Telefon"), priority=3),
            Column("delete_after", self.tr("Slettes etter")),
        ]

    def form_spec(self) -> FormSpec:
        return FormSpec(
            m.Person,
            [
                (self.tr("Person"), ["name", "organisation_id", "title", "email", "phone"]),
                (
                    self.tr("Personopplysninger"),
                    ["purpose", "legal_basis", "source", "last_confirmed", "delete_after"],
                ),
                (self.tr("Merknader"), ["notes"]),
            ],
        )

    def fetch(self) -> list[Record]:
        return crud.list_rows(self.db, m.Person, order_by=["name"])

    def row_style(self, record: Record) -> str | None:
        due: date | None = record.get("delete_after")
        return "overdue" if due and due < clock.today() else None

    def setup_filters(self) -> None:
        self.add_filter(
            "organisation",
            self.tr("Organisasjon"),
            choices_of(m.Organisation)(self.db),
            lambda r, v: r.organisation_id == v,
        )
        self.add_filter(
            "gdpr",
            self.tr("Personvern"),
            [("due", self.tr("Skal slettes"))],
            lambda r, v: bool(r.delete_after and r.delete_after < clock.today()),
        )

    def _update_buttons(self, *args: Any) -> None:
        super()._update_buttons(*args)
        if not hasattr(self, "anonymise_button"):
            return  # called from the base class before the buttons exist
        record = self.form_record()
        self.export_button.setEnabled(record is not None)
        self.anonymise_button.setEnabled(
            record is not None and not privacy.is_anonymised(record["name"])
        )

    def context_actions(self, record: Record | None) -> list[QAction]:
        if record is None:
            return []
        export = QAction(self.tr("Eksporter personopplysninger …"), self)
        export.triggered.connect(self.export_person_data)
        result = [export]
        if not privacy.is_anonymised(record["name"]):
            anonymise = QAction(self.tr("Anonymiser …"), self)
            anonymise.triggered.connect(self.anonymise)
            result.append(anonymise)
        return result

    def export_person_data(self) -> None:
        record = self.form.record
        if record is None or not self.form.maybe_discard():
            return
        export_person_data(self, self.db, record["id"], record["name"])

    def anonymise(self) -> None:
        record = self.form.record
        if record is None or not self.form.maybe_discard():
            return
        if confirm_and_anonymise(self, self.db, record["id"], record["name"]):
            self.form.load_id(record["id"])
            fresh = self.fetch_one(record["id"])
            if fresh is not None:
                self.table_model.replace(fresh)
            self._update_buttons()
            self.data_changed.emit()
