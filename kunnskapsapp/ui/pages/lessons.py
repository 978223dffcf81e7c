"""Erfaringer: the municipality's lessons learned, linked to agreements and projects."""

from __future__ import annotations

from kunnskapsapp.domain import models as m
from kunnskapsapp.services import crud
from kunnskapsapp.services.records import Record
from kunnskapsapp.ui.form import FormSpec
from kunnskapsapp.ui.i18n import QT_TRANSLATE_NOOP
from kunnskapsapp.ui.page import ListPage
from kunnskapsapp.ui.table import Column


class LessonsPage(ListPage):
    title = QT_TRANSLATE_NOOP("LessonsPage", "Erfaringer")
    page_id = "lessons"
    single_row_refresh = True

    def empty_hint(self) -> str:
        return self.tr(
            "Her samler dere det dere har lært i prosjektene og avtalene: hva som virket, hva "
            "som ikke gjorde det, og hva neste prosjekt bør gjøre annerledes."
        )

    def columns(self) -> list[Column]:
        return [
            Column("title", self.tr("Læringspunkt")),
            Column("recorded_on", self.tr("Registrert"), priority=1),
            Column(
                "agreement_ids",
                self.tr("Avtaler"),
                value=lambda r: len(r.agreement_ids),
                align_right=True,
            ),
            Column(
                "project_ids",
                self.tr("Prosjekter"),
                value=lambda r: len(r.project_ids),
                align_right=True,
            ),
            Column("description", self.tr("Beskrivelse"), priority=3),
        ]

    def form_spec(self) -> FormSpec:
        return FormSpec(
            m.Lesson,
            [
                (self.tr("Læringspunkt"), ["title", "recorded_on", "description"]),
                (self.tr("Koblet til"), ["agreement_ids", "project_ids"]),
            ],
        )

    def fetch(self) -> list[Record]:
        return crud.list_rows(self.db, m.Lesson, order_by=["title"])
