"""Personer: contacts, contact-group members, project managers, candidates, supervisors.

Personal data: the form keeps why we hold it, on what basis, from where, and when to delete it.
"""

from __future__ import annotations

from datetime import date

from kunnskapsapp.domain import models as m
from kunnskapsapp.services import clock, crud
from kunnskapsapp.services.records import Record
from kunnskapsapp.ui.form import FormSpec, choices_of
from kunnskapsapp.ui.page import ListPage
from kunnskapsapp.ui.table import Column


class PeoplePage(ListPage):
    title = "Personer"
    page_id = "people"
    single_row_refresh = True

    def columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Navn")),
            Column("organisation_name", self.tr("Organisasjon")),
            Column("title", self.tr("Tittel")),
            Column("email", self.tr("E-post")),
            Column("phone", self.tr("Telefon")),
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
