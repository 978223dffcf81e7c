"""Innstillinger: the service areas that own projects, and the funding schemes with their
deadline rules. Funders change their rules; here they are data the unit edits, not code.

Each dialog holds a small list page (search, table, form) of its own."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kunnskapsapp.domain import i18n as domain_i18n
from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.enums import Recurrence
from kunnskapsapp.services import crud
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.records import Record
from kunnskapsapp.ui import settings
from kunnskapsapp.ui.form import ChildSpec, FormSpec, choices_of
from kunnskapsapp.ui.formatting import days_word
from kunnskapsapp.ui.i18n import QT_TRANSLATE_NOOP
from kunnskapsapp.ui.page import ListPage
from kunnskapsapp.ui.table import Column


def _active_choices(page: ListPage) -> list[tuple[Any, str]]:
    return [
        (True, QCoreApplication.translate("ListPage", "Aktive")),
        (False, QCoreApplication.translate("ListPage", "Ikke aktive")),
    ]


def rule_text(template: Record) -> str:
    """A deadline rule in words: «12 mnd. etter prosjektstart, hvert år»."""
    months, days = template.get("offset_months") or 0, template.get("offset_days") or 0
    parts = []
    if months:
        parts.append(f"{months} mnd.")
    if days:
        parts.append(days_word(days))
    anchor = domain_i18n.enum_label(template.anchor).lower()
    text = (" og ".join(parts) + f" etter {anchor}") if parts else f"Ved {anchor}"
    recurrence = template.get("recurrence")
    if recurrence is not None and recurrence is not Recurrence.NONE:
        text += f", {domain_i18n.enum_label(recurrence).lower()}"
    return text[0].upper() + text[1:]


class _DialogPage(ListPage):
    """A list page inside a settings dialog."""

    initial_sizes = (560, 440)

    def restore_state(self) -> None:
        """The first time, room for the table's columns; later, as the user left it."""
        super().restore_state()
        if settings.splitter_state(self.page_id).get().isEmpty():
            self.splitter.setSizes(list(self.initial_sizes))


class ServiceAreasPage(_DialogPage):
    title = QT_TRANSLATE_NOOP("ServiceAreasPage", "Tjenesteområder")
    page_id = "service_areas"

    def columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Tjenesteområde")),
            Column("short_name", self.tr("Kortnavn")),
            Column("project_count", self.tr("Prosjekter"), align_right=True),
            Column("active", self.tr("Aktiv")),
        ]

    def row_style(self, record: Record) -> str | None:
        return None if record.active else "done"

    def form_spec(self) -> FormSpec:
        return FormSpec(
            m.ServiceArea,
            [(self.tr("Tjenesteområde"), ["name", "short_name", "active"])],
            defaults={"active": True},
        )

    def fetch(self) -> list[Record]:
        areas = crud.list_rows(self.db, m.ServiceArea, order_by=("name",))
        owners = [
            p.service_area_id
            for p in crud.list_rows(
                self.db, m.Project, where={"service_area_id": [a.id for a in areas]}
            )
        ]
        for area in areas:
            area["project_count"] = owners.count(area.id)
        return areas

    def setup_filters(self) -> None:
        self.add_filter(
            "active", self.tr("Aktiv"), _active_choices(self), lambda r, v: r.active == v
        )


class SchemesPage(_DialogPage):
    title = QT_TRANSLATE_NOOP("SchemesPage", "Finansieringsordninger")
    page_id = "schemes"
    initial_sizes = (420, 780)

    def columns(self) -> list[Column]:
        return [
            Column("code", self.tr("Kode")),
            Column("name", self.tr("Ordning")),
            Column("funder_name", self.tr("Finansiør")),
            Column(
                "max_support_percent",
                self.tr("Maks. støtte"),
                value=lambda r: (
                    f"{r.max_support_percent} %" if r.max_support_percent is not None else ""
                ),
                sort=lambda r: r.max_support_percent if r.max_support_percent is not None else -1,
                align_right=True,
            ),
            Column("template_count", self.tr("Fristregler"), align_right=True),
            Column("active", self.tr("Aktiv")),
        ]

    def row_style(self, record: Record) -> str | None:
        return None if record.active else "done"

    def form_spec(self) -> FormSpec:
        return FormSpec(
            m.FundingScheme,
            [
                (
                    self.tr("Ordning"),
                    ["funder_id", "code", "name", "max_support_percent", "active", "description"],
                ),
            ],
            choices={"funder_id": choices_of(m.Organisation)},
            children=[
                ChildSpec(
                    self.tr("Fristregler"),
                    m.DeadlineTemplate,
                    "scheme_id",
                    [
                        Column("sort_order", self.tr("Nr."), align_right=True),
                        Column("title", self.tr("Frist")),
                        Column("rule", self.tr("Når"), value=rule_text),
                        Column("reminder_days", self.tr("Varsel (dager)"), align_right=True),
                    ],
                    FormSpec(
                        m.DeadlineTemplate,
                        [
                            (self.tr("Frist"), ["scheme_id", "title", "kind", "sort_order"]),
                            (
                                self.tr("Regel"),
                                [
                                    "anchor",
                                    "offset_months",
                                    "offset_days",
                                    "recurrence",
                                    "reminder_days",
                                ],
                            ),
                        ],
                    ),
                    "deadlineTemplates",
                    order_by=("sort_order", "title"),
                )
            ],
            defaults={"active": True},
        )

    def fetch(self) -> list[Record]:
        schemes = crud.list_rows(self.db, m.FundingScheme, order_by=("code",))
        owners = [
            t.scheme_id
            for t in crud.list_rows(
                self.db, m.DeadlineTemplate, where={"scheme_id": [s.id for s in schemes]}
            )
        ]
        for scheme in schemes:
            scheme["template_count"] = owners.count(scheme.id)
        return schemes

    def setup_filters(self) -> None:
        self.add_filter(
            "active", self.tr("Aktiv"), _active_choices(self), lambda r, v: r.active == v
        )
        for child in self.form.child_tables:
            child.changed.connect(self.refresh)
            child.view.setWordWrap(False)


class _PageDialog(QDialog):
    """A list page in a dialog, closed with «Lukk» (asking first about unsaved changes)."""

    def __init__(self, page: ListPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addWidget(page, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Lukk"))
        close.setAutoDefault(False)
        close.setObjectName(f"close_{page.page_id}")
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        page.restore_state()
        page.ensure_loaded()

    def reject(self) -> None:
        if not self.page.maybe_leave():
            return
        self.page.save_state()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.page.maybe_leave():
            event.ignore()
            return
        self.page.save_state()
        super().closeEvent(event)


class ServiceAreasDialog(_PageDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(ServiceAreasPage(db), parent)
        self.setObjectName("serviceAreasDialog")
        self.setWindowTitle(self.tr("Tjenesteområder"))
        self.intro.setText(
            self.tr(
                "Tjenesteområdene eier prosjektene (prosjekteier). Et område som ikke lenger "
                "brukes, kan merkes som ikke aktivt; prosjektene beholder koblingen."
            )
        )
        self.resize(920, 560)


class SchemesDialog(_PageDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(SchemesPage(db), parent)
        self.setObjectName("schemesDialog")
        self.setWindowTitle(self.tr("Finansieringsordninger og fristregler"))
        self.intro.setText(
            self.tr(
                "Fristreglene til en ordning gir prosjektene forslag til frister når "
                "finansieringen registreres. Når finansiøren endrer kravene, endrer du reglene "
                "her; frister som allerede er lagt inn, endres ikke."
            )
        )
        self.resize(1240, 720)
