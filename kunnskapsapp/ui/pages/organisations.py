"""Organisasjoner: universities, institutes, clusters, funders and the municipality's units."""

from __future__ import annotations

from kunnskapsapp.domain import i18n as domain_i18n
from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.enums import OrganisationKind
from kunnskapsapp.services import crud
from kunnskapsapp.services.records import Record
from kunnskapsapp.ui.form import FormSpec
from kunnskapsapp.ui.i18n import QT_TRANSLATE_NOOP
from kunnskapsapp.ui.page import ListPage
from kunnskapsapp.ui.table import Column


class OrganisationsPage(ListPage):
    title = QT_TRANSLATE_NOOP("OrganisationsPage", "Organisasjoner")
    page_id = "organisations"
    single_row_refresh = True

    def columns(self) -> list[Column]:
        return [
            Column("short_name", self.tr("Kortnavn"), priority=1),
            Column("name", self.tr("Navn"), stretch=True),
            Column("kind", self.tr("Type")),
            Column("org_number", self.tr("Org.nr.")),
            Column("website", self.tr("Nettside"), priority=3),
        ]

    def form_spec(self) -> FormSpec:
        return FormSpec(
            m.Organisation,
            [
                (self.tr("Organisasjon"), ["name", "short_name", "kind", "org_number", "website"]),
                (self.tr("Merknader"), ["notes"]),
            ],
        )

    def fetch(self) -> list[Record]:
        return crud.list_rows(self.db, m.Organisation, order_by=["short_name", "name"])

    def setup_filters(self) -> None:
        self.add_filter(
            "kind",
            self.tr("Type"),
            domain_i18n.enum_choices(OrganisationKind),
            lambda r, v: r.kind.value == v,
        )
