"""Finansiering og fond: the fund and the funding lines, as two tabs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    Signal,
)
from PySide6.QtWidgets import (
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kunnskapsapp.services import fund
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.records import Record
from kunnskapsapp.ui import settings
from kunnskapsapp.ui.i18n import QT_TRANSLATE_NOOP
from kunnskapsapp.ui.page import ListPage
from kunnskapsapp.ui.pages.fund.lines import FundingLinesTab
from kunnskapsapp.ui.pages.fund.years import FundYearsTab
from kunnskapsapp.ui.table import RecordTableModel
from kunnskapsapp.ui.widgets import ProxyFilter

# --- The page ---------------------------------------------------------------------------------


class FundPage(QWidget):
    """Finansiering og fond: the fund and the funding lines, as two tabs."""

    title = QT_TRANSLATE_NOOP("FundPage", "Finansiering og fond")
    page_id = "fund"
    open_record_requested = Signal(str, str)  # page id, record id
    data_changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName(f"page_{self.page_id}")
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Finansiering og fond"))
        heading.setObjectName("heading_fund")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("fundTabs")
        self.tabs.setDocumentMode(True)
        self.fund_tab = FundYearsTab(db, self.tabs)
        self.funding_tab = FundingLinesTab(db, self.tabs)
        self.tabs.addTab(self.fund_tab, self.tr("Forsknings- og innovasjonsfondet"))
        self.tabs.addTab(self.funding_tab, self.tr("Finansiering"))
        self.tabs.setTabToolTip(
            0, self.tr("Bevilgning og tildelinger per år, og forpliktelser i budsjettplanen")
        )
        self.tabs.setTabToolTip(1, self.tr("Finansiering i alle prosjekter"))
        layout.addWidget(self.tabs, 1)
        for tab in self.all_tabs():
            tab.data_changed.connect(self.data_changed)
            tab.open_record_requested.connect(self.open_record_requested)
        self.tabs.currentChanged.connect(self._tab_changed)

    def all_tabs(self) -> list[ListPage]:
        return [self.fund_tab, self.funding_tab]

    def current_tab(self) -> ListPage:
        tab = self.tabs.currentWidget()
        assert isinstance(tab, ListPage)
        return tab

    # The tab in front's table, for code that treats every page alike (scripts, tests).
    @property
    def view(self) -> QTableView:
        return self.current_tab().view

    @property
    def table_model(self) -> RecordTableModel:
        return self.current_tab().table_model

    @property
    def proxy(self) -> ProxyFilter:
        return self.current_tab().proxy

    def current_record(self) -> Record | None:
        return self.current_tab().current_record()

    def _tab_changed(self, _index: int) -> None:
        self.current_tab().ensure_loaded()

    # The main window marks pages stale with `_loaded = False` when other pages change data.
    @property
    def _loaded(self) -> bool:
        return all(tab._loaded for tab in self.all_tabs())

    @_loaded.setter
    def _loaded(self, value: bool) -> None:
        for tab in self.all_tabs():
            tab._loaded = value

    # --- the ListPage interface, passed to the tab in front ---
    def ensure_loaded(self) -> None:
        self.current_tab().ensure_loaded()

    def refresh(self) -> None:
        self.current_tab().refresh()
        for tab in self.all_tabs():
            if tab is not self.current_tab():
                tab._loaded = False

    def maybe_leave(self) -> bool:
        """Both tabs' forms stay open behind the tabs: ask about each with changes."""
        for tab in [self.current_tab(), *self.all_tabs()]:
            if tab.form_built() and tab.form.dirty:
                self.tabs.setCurrentWidget(tab)
                if not tab.maybe_leave():
                    return False
        return True

    def save_state(self) -> None:
        for tab in self.all_tabs():
            tab.save_state()
        settings.FUND_TAB.set(self.tabs.currentIndex())

    def restore_state(self) -> None:
        for tab in self.all_tabs():
            tab.restore_state()
        index = settings.FUND_TAB.get()
        if isinstance(index, int) and 0 <= index < self.tabs.count():
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(index)
            self.tabs.blockSignals(False)

    def select_id(self, record_id: str, load: bool = True) -> bool:
        """Open a year ("2026"), an appropriation, an allocation or a funding line."""
        if load and not self.maybe_leave():
            return False
        text = str(record_id)
        if text.isdigit() and len(text) == 4:
            self.tabs.setCurrentWidget(self.fund_tab)
            self.fund_tab.ensure_loaded()
            return self.fund_tab.select_year(int(text))
        for tab in (self.fund_tab, self.funding_tab):
            tab.ensure_loaded()
            if tab.table_model.row_of(text) >= 0:
                self.tabs.setCurrentWidget(tab)
                return tab.select_id(text, load)
        year = fund.allocation_year(self.db, text)
        if year is not None:
            self.tabs.setCurrentWidget(self.fund_tab)
            if self.fund_tab.select_year(year):
                return self.fund_tab.allocations.select_id(text)
        return False

    def focus_search(self) -> None:
        self.current_tab().focus_search()

    def new_record(self, defaults: dict[str, Any] | None = None) -> None:
        self.current_tab().new_record(defaults)

    def save(self) -> None:
        self.current_tab().save()

    def delete(self) -> None:
        self.current_tab().delete()

    def print_report(self) -> None:
        from kunnskapsapp.ui.reports import open_report_dialog

        open_report_dialog(self, self.db, "fund")
