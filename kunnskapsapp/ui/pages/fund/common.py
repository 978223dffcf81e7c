"""What the fund page's tabs share: colours, the top bar of a tab, the first look of a table."""

from __future__ import annotations

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from kunnskapsapp.services import fund
from kunnskapsapp.services.fund import FundYear
from kunnskapsapp.ui import palette as colours
from kunnskapsapp.ui import settings
from kunnskapsapp.ui.formatting import format_kroner
from kunnskapsapp.ui.page import ListPage


def red() -> QColor:
    """Over the appropriation: the palette's danger colour."""
    return colours.DANGER.get()


def kr(amount: int) -> str:
    """Kroner for running text (no-break spaces kept, so "350 000 kr" never wraps)."""
    return format_kroner(amount)


def top_bar(page: ListPage) -> QHBoxLayout:
    """The row above a list page's table: heading, search, filters, row count, Ny."""
    outer = page.layout()
    item = outer.itemAt(0) if outer is not None else None
    top = item.layout() if item is not None else None
    assert isinstance(top, QHBoxLayout)
    return top


def hide_heading(page: ListPage) -> None:
    """A tab needs no heading of its own: the tab's label and the page heading say it."""
    item = top_bar(page).itemAt(0)
    heading = item.widget() if item is not None else None
    if isinstance(heading, QLabel):
        heading.hide()


def no_project_chosen(combo: QWidget) -> None:
    """A new row's project is picked by the user, never silently the first in the list."""
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(-1)
    line = combo.lineEdit()
    if line is not None:
        line.setPlaceholderText(QApplication.translate("FundPage", "Velg prosjekt …"))


def first_look(page: ListPage, column: int, order: Qt.SortOrder) -> None:
    """The sort order of a table whose header the user has not arranged yet."""
    if not settings.header_state(page.page_id).get().isEmpty():
        return
    page.view.sortByColumn(column, order)


def over_commitment_text(years: list[FundYear]) -> str:
    """One sentence per over-committed year, e.g. "2027 er overbelastet med 350 000 kr"."""
    lines = [
        QApplication.translate(
            "FundPage", "%s er overbelastet med %s (tildelt %s av en bevilgning på %s)."
        )
        % (fy.year, kr(-fy.left), kr(fy.allocated), kr(fy.appropriation))
        for fy in fund.over_committed(years)
    ]
    return "\n".join(lines)
