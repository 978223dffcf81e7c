"""Tab 2, Finansiering: every funding line across the projects."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGroupBox,
    QVBoxLayout,
    QWidget,
)

from kunnskapsapp.domain import i18n as domain_i18n
from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.enums import FundingStatus
from kunnskapsapp.services import fund, funding
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.records import Record
from kunnskapsapp.ui.form import FieldRow, FormSpec, choices_of
from kunnskapsapp.ui.i18n import QT_TRANSLATE_NOOP
from kunnskapsapp.ui.page import ListPage
from kunnskapsapp.ui.pages.fund.common import (
    first_look,
    hide_heading,
    no_project_chosen,
)
from kunnskapsapp.ui.pages.projects import (
    funding_line_sections,
    save_funding_confirming_deadlines,
)
from kunnskapsapp.ui.table import Column
from kunnskapsapp.ui.year_amounts import YearAmountsEditor

# --- Tab 2: every funding line ----------------------------------------------------------------


def _support_sort(record: Record) -> float:
    rate = record.get("support_rate")
    return -1.0 if rate is None else float(rate)


class FundingLinesTab(ListPage):
    """Every funding line across the projects, with support rate, own contribution and the
    per-year breakdown."""

    title = QT_TRANSLATE_NOOP("FundingLinesTab", "Finansiering")
    page_id = "funding_lines"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        self._sorted_once = False
        super().__init__(db, parent)
        hide_heading(self)
        self.splitter.setSizes([1000, 320])  # the table's ten columns want the room
        self.new_button.setText(self.tr("Ny finansiering"))
        self.view.setAccessibleName(self.tr("Finansiering i alle prosjekter"))
        self.act_open_project = QAction(self.tr("Åpne prosjektet"), self)
        self.act_open_project.triggered.connect(self._open_project)

    def setup_form(self) -> None:
        no_project_chosen(self.form.rows["project_id"].widget)
        self._add_years_field()
        self.form.rows["granted_amount"].widget.edited.connect(  # type: ignore[attr-defined]
            self._years_editor.update_summary
        )

    @property
    def years_editor(self) -> YearAmountsEditor:
        self._build_form()
        return self._years_editor

    def _add_years_field(self) -> None:
        """The per-year amounts, held by the form like any field (saved by `_save`)."""
        editor = self._years_editor = YearAmountsEditor(
            reference=lambda: self.form.rows["granted_amount"].value(),
            reference_label=self.tr("innvilget"),
            parent=self.form,
        )
        label = self.tr("Beløp per år")
        editor.setObjectName("field_years")
        editor.setAccessibleName(label)
        row = FieldRow("years", label, editor, None)
        box = QGroupBox(label, self.form)
        box.setObjectName("section_funding_line_years")
        layout = QVBoxLayout(box)
        layout.addWidget(editor)
        layout.addWidget(row.error)
        self.form.body_layout.insertWidget(self.form.body_layout.count() - 1, box)
        self.form.rows["years"] = row
        editor.edited.connect(self.form._mark_dirty)

    def columns(self) -> list[Column]:
        return [
            Column("project_name", self.tr("Prosjekt")),
            Column("funder_label", self.tr("Finansiør"), widest=118, priority=1),
            Column("scheme_code", self.tr("Ordning"), widest=84),
            Column("status", self.tr("Status"), widest=68, priority=1),
            Column("external_ref", self.tr("Ekstern ref."), widest=86, priority=3),
            Column("applied_amount", self.tr("Søkt"), money=True, priority=3),
            Column("granted_amount", self.tr("Innvilget"), money=True, priority=1),
            Column("total_cost", self.tr("Totalkostnad"), money=True, priority=3),
            Column(
                "support_rate_text",
                self.tr("Støttegrad"),
                align_right=True,
                sort=_support_sort,
                priority=3,
            ),
            Column("own_contribution", self.tr("Egenandel"), money=True),
            Column("decision_date", self.tr("Vedtaksdato"), priority=3),
        ]

    def row_style(self, record: Record) -> str | None:
        if record.get("support_warning"):
            return "warning"
        if record.get("status") in (FundingStatus.REJECTED, FundingStatus.WITHDRAWN):
            return "done"
        return None

    def form_spec(self) -> FormSpec:
        return FormSpec(
            m.FundingLine,
            funding_line_sections(self),
            choices={"project_id": choices_of(m.Project)},
            save=self._save,
            defaults={"status": FundingStatus.PLANNED},
        )

    def _save(
        self, db: Database, values: dict[str, Any], record_id: str | None, version: int | None
    ) -> Record:
        """The line through the shared confirm-the-scheme's-deadlines flow, then its years."""
        values = dict(values)
        years = values.pop("years", None)
        saved = save_funding_confirming_deadlines(self, db, values, record_id, version)
        if years is not None and years != saved.get("years"):
            saved = funding.set_years(db, saved["id"], dict(years))
        return saved

    def fetch(self) -> list[Record]:
        return fund.funding_lines(self.db)

    def setup_filters(self) -> None:
        self.add_filter("funder", self.tr("Finansiør"), [], lambda r, v: r.funder_label == v)
        self.add_filter("scheme", self.tr("Ordning"), [], lambda r, v: r.scheme_id == v)
        self.add_filter(
            "status",
            self.tr("Status"),
            domain_i18n.enum_choices(FundingStatus),
            lambda r, v: r.status.value == v,
        )
        self.add_filter(
            "year",
            self.tr("Vedtaksår"),
            [],
            lambda r, v: r.decision_date is not None and r.decision_date.year == v,
        )

    def refresh(self) -> None:
        # Reloading the pickers would put the first project into a new line's empty field.
        if not self.form_built():  # (a form built later starts with no project chosen)
            super().refresh()
            return
        no_project = self.form.record is None and self.form.rows["project_id"].value() is None
        super().refresh()
        if no_project and self.form.record is None:
            no_project_chosen(self.form.rows["project_id"].widget)

    def rows_shown(self) -> None:
        if not self._sorted_once:
            first_look(self, 0, Qt.SortOrder.AscendingOrder)
        self._sorted_once = True
        rows = self.table_model.records()
        by_name = {f.name: f for f in self.filters}
        choices = fund.funding_filter_choices(rows)
        by_name["funder"].set_choices(self.tr("Finansiør"), [(f, f) for f in choices.funders])
        by_name["scheme"].set_choices(self.tr("Ordning"), choices.schemes)
        by_name["year"].set_choices(self.tr("Vedtaksår"), [(y, str(y)) for y in choices.years])

    def open_record(self, record_id: str) -> None:
        self.form.load(fund.funding_line(self.db, record_id))
        self._update_buttons()

    def new_record(self, defaults: dict[str, Any] | None = None) -> None:
        super().new_record(defaults)
        given = isinstance(defaults, dict) and "project_id" in defaults
        if self.form.record is None and not self.form.dirty and not given:
            no_project_chosen(self.form.rows["project_id"].widget)

    def cancel(self) -> None:
        if self.form.record is not None:
            self.open_record(self.form.record["id"])
        else:
            self.form.clear()
            no_project_chosen(self.form.rows["project_id"].widget)
        self._update_buttons()

    def context_actions(self, record: Record | None) -> list[QAction]:
        return [self.act_open_project] if record is not None else []

    def _open_project(self) -> None:
        record = self.current_record()
        if record is not None:
            self.open_record_requested.emit("projects", record["project_id"])

    def print_report(self) -> None:
        from kunnskapsapp.ui.reports import open_report_dialog

        open_report_dialog(self, self.db, "fund")
