"""The dashboard's sections: a heading with a count, a list of records, this year's fund,
and the portfolio summary."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP as _QT_TRANSLATE_NOOP
from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kunnskapsapp.domain import i18n as domain_i18n
from kunnskapsapp.domain import reference
from kunnskapsapp.domain.enums import AgreementKind, LabelledEnum, ProjectForm
from kunnskapsapp.services import dashboard, fund
from kunnskapsapp.services.fund import FundYear
from kunnskapsapp.services.records import Record
from kunnskapsapp.ui import palette as colours
from kunnskapsapp.ui.formatting import count_noun, format_kroner
from kunnskapsapp.ui.table import Column, RecordTableModel

# PySide6's stub types QT_TRANSLATE_NOOP as returning object; it returns the text unchanged.
# The name stays QT_TRANSLATE_NOOP so that lupdate finds the texts.
QT_TRANSLATE_NOOP: Callable[[str, str], str] = _QT_TRANSLATE_NOOP  # type: ignore[assignment]

MAX_VISIBLE_ROWS = 8

# Known schemes by name ("Offentlig sektor-ph.d."), not code; a scheme added later shows its code.
_SCHEME_NAMES = {scheme["code"]: scheme["name"] for scheme in reference.SCHEMES}


def _counts_text(counts: Any, labels: dict[str, str] | None = None) -> str:
    """`{"NTNU": 6, "UiO": 1}` as "NTNU 6 · UiO 1" (largest first), a number as itself."""
    if isinstance(counts, dict):
        # Lines break only between the items, never inside "Ph.d.-prosjekt 2".
        text = " · ".join(
            f"{label} {n}".replace(" ", "\u00a0").replace("-", "\u2011")
            for label, n in dashboard.largest_first(counts, labels)
        )
        return text or "–"
    return str(counts)


def _labels(cls: type[LabelledEnum]) -> dict[str, str]:
    """Code → label in the window's language (read when shown: the language is installed
    after this module is imported)."""
    return dict(domain_i18n.enum_choices(cls))


# Rows of the portfolio summary: key in `portfolio_summary`, Norwegian label, how to show it.
SUMMARY_ROWS: list[tuple[str, str, Callable[[Any], str]]] = [
    (
        "by_form",
        QT_TRANSLATE_NOOP("SummarySection", "Prosjekter etter form"),
        lambda v: _counts_text(v, _labels(ProjectForm)),
    ),
    (
        "phd_by_institution",
        QT_TRANSLATE_NOOP("SummarySection", "Ph.d. etter gradsgivende institusjon"),
        _counts_text,
    ),
    (
        "phd_by_scheme",
        QT_TRANSLATE_NOOP("SummarySection", "Ph.d. etter finansieringsordning"),
        lambda v: _counts_text(v, _SCHEME_NAMES),
    ),
    (
        "innovation_by_funder",
        QT_TRANSLATE_NOOP("SummarySection", "Innovasjonsprosjekter etter finansiør"),
        _counts_text,
    ),
    (
        "innovation_partners",
        QT_TRANSLATE_NOOP("SummarySection", "Faglige partnere i innovasjonsprosjektene"),
        _counts_text,
    ),
    (
        "innovation_funding_phd",
        QT_TRANSLATE_NOOP("SummarySection", "Innovasjonsprosjekter som finansierer ph.d."),
        _counts_text,
    ),
    (
        "students_admitted",
        QT_TRANSLATE_NOOP("SummarySection", "Studenter tatt opp i utdanningstilbud"),
        _counts_text,
    ),
    (
        "funding_granted_total",
        QT_TRANSLATE_NOOP("SummarySection", "Innvilget ekstern finansiering"),
        lambda v: format_kroner(int(v)),
    ),
    (
        "agreements_active",
        QT_TRANSLATE_NOOP("SummarySection", "Aktive avtaler"),
        lambda v: _counts_text(v, _labels(AgreementKind)),
    ),
]


class Section(QFrame):
    """A heading with a count, a line for when there is nothing, and the content."""

    def __init__(self, name: str, heading: str, empty: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"section_{name}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading_template = heading
        self.empty_text = empty
        self.layout_ = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName(f"heading_{name}")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.layout_.addWidget(self.heading)
        self.empty = QLabel(self)
        self.empty.setObjectName(f"empty_{name}")
        self.empty.setWordWrap(True)
        # Muted, 4.5:1 on the window (a disabled label's grey is about 2:1, and a screen
        # reader calls it unavailable).
        colours.set_colour_style(self.empty, "color: {};", colours.MUTED)
        self.layout_.addWidget(self.empty)
        self.set_heading(None)
        self.show_empty(self.tr("Henter …"))

    def set_heading(self, count: int | str | None) -> None:
        text = self.heading_template
        if count is not None:
            text = f"{text} ({count})"
        self.heading.setText(text)
        self.heading.setAccessibleName(text)

    def show_empty(self, text: str | None) -> None:
        self.empty.setText(text or "")
        self.empty.setVisible(bool(text))


class ListSection(Section):
    """A section listing records; Enter or double-click opens the record on `page_id`."""

    open_record_requested = Signal(str, str)

    def __init__(
        self,
        name: str,
        heading: str,
        empty: str,
        page_id: str,
        columns: list[Column],
        stretch: tuple[int, ...],
        row_style: Any = None,
        optional: tuple[int, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(name, heading, empty, parent)
        self.page_id = page_id
        self.stretch = stretch  # columns that share the width left; the others fit
        self.optional = optional  # columns hidden while no row has a value in them
        self.model = RecordTableModel(columns, row_style, self)
        self.view = QTableView(self)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.view.setObjectName(f"table_{name}")
        self.view.setAccessibleName(heading)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.view.setToolTip(self.tr("Dobbeltklikk eller trykk Enter for å åpne"))
        self.view.activated.connect(self._activated)
        self.layout_.addWidget(self.view)
        self.view.hide()

    def set_records(self, records: list[Record]) -> None:
        self.model.set_rows(records)
        self.set_heading(len(records))
        self.show_empty(None if records else self.empty_text)
        self.view.setVisible(bool(records))
        if records:
            header = self.view.horizontalHeader()
            for col in range(self.model.columnCount()):
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.view.resizeColumnsToContents()
            for col in range(self.model.columnCount()):
                if col not in self.stretch:
                    self.view.setColumnWidth(col, min(self.view.columnWidth(col), 220))
            for col in self.stretch:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
            for col in self.optional:
                column = self.model.columns[col]
                self.view.setColumnHidden(col, not any(column.get(r) for r in records))
            rows = min(len(records), MAX_VISIBLE_ROWS)
            height = (
                self.view.horizontalHeader().sizeHint().height()
                + rows * self.view.verticalHeader().defaultSectionSize()
                + 2 * self.view.frameWidth()
            )
            self.view.setFixedHeight(height)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_record_requested.emit(self.page_id, self.model.record(index.row())["id"])


class FundSection(Section):
    """This year's fund: appropriation, allocated, left, and the budget plan's years."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("fund", "", "", parent)
        self.heading_template = self.tr("Fondet i år")
        self.empty_text = self.tr("Ingen bevilgning eller tildeling i år.")
        self.set_heading(None)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.layout_.addLayout(self.grid)
        self.cells: dict[tuple[int, int], QLabel] = {}
        self.warning = QLabel(self)
        self.warning.setObjectName("fundWarning")
        self.warning.setWordWrap(True)
        colours.set_colour_style(self.warning, "color: {}; font-weight: bold;", colours.DANGER)
        self.warning.hide()
        self.layout_.addWidget(self.warning)

    def _cell(self, row: int, col: int, text: str, bold: bool = False) -> None:
        label = self.cells.get((row, col))
        if label is None:
            label = QLabel(self)
            label.setObjectName(f"fund_{row}_{col}")
            if col > 0:
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(label, row, col)
            self.cells[(row, col)] = label
        font = label.font()
        font.setBold(bold)
        label.setFont(font)
        label.setText(text)

    def set_plan(self, plan: list[FundYear]) -> None:
        if not plan:
            return
        this_year = plan[0]
        self.set_heading(this_year.year)
        self.show_empty(
            None if (this_year.appropriation or this_year.allocated) else self.empty_text
        )
        self._cell(0, 0, "")
        for col, fy in enumerate(plan, start=1):
            self._cell(0, col, str(fy.year), bold=True)
            self._cell(1, col, format_kroner(fy.appropriation), bold=col == 1)
            self._cell(2, col, format_kroner(fy.allocated), bold=col == 1)
            self._cell(3, col, format_kroner(fy.left), bold=col == 1)
        self._cell(1, 0, self.tr("Bevilget"))
        self._cell(2, 0, self.tr("Tildelt"))
        self._cell(3, 0, self.tr("Igjen"))
        over = fund.over_committed(plan)
        if over:
            self.warning.setText(
                " ".join(
                    self.tr("%s: tildelt %s mer enn bevilget.")
                    % (fy.year, format_kroner(fy.allocated - fy.appropriation))
                    for fy in over
                )
            )
            self.warning.show()
        else:
            self.warning.hide()


class SummarySection(Section):
    """The portfolio summary, as `kunnskapsapp summary` gives it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("summary", "", "", parent)
        self.heading_template = self.tr("Porteføljen")
        self.empty_text = self.tr("Porteføljeoversikten er ikke tilgjengelig.")
        self.set_heading(None)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setColumnStretch(1, 1)
        self.layout_.addLayout(self.grid)
        self.rows: dict[str, QLabel] = {}

    def set_summary(self, summary: dict[str, Any] | None) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = {}
        if summary is None:
            self.set_heading(None)
            self.show_empty(self.empty_text)
            return
        total = summary.get("projects_total")
        if total is None:
            self.set_heading(None)
        else:
            self.set_heading(count_noun(total, self.tr("prosjekt"), self.tr("prosjekter")))
        self.show_empty(None)
        row = 0
        for key, label, show in SUMMARY_ROWS:
            if key not in summary:
                continue
            caption = QLabel(QCoreApplication.translate("SummarySection", label), self)
            caption.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            value = QLabel(show(summary[key]), self)
            value.setObjectName(f"summary_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.grid.addWidget(caption, row, 0)
            self.grid.addWidget(value, row, 1)
            self.rows[key] = value
            row += 1
