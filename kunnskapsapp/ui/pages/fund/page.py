"""Finansiering og fond: the fund and the funding lines, as two tabs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QTimer,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kunnskapsapp.domain import models as m
from kunnskapsapp.services import crud, fund
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.records import Record
from kunnskapsapp.ui import settings
from kunnskapsapp.ui.i18n import QT_TRANSLATE_NOOP
from kunnskapsapp.ui.page import ListPage
from kunnskapsapp.ui.pages.fund.years import FundYearsTab
from kunnskapsapp.ui.table import RecordTableModel
from kunnskapsapp.ui.widgets import ProxyFilter

if TYPE_CHECKING:
    from kunnskapsapp.ui.pages.fund.lines import FundingLinesTab

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
        # The funding lines' tab is built when first needed (chosen, or a line opened from
        # elsewhere): most visits are to the fund, and building both held the first open.
        self._funding_tab: FundingLinesTab | None = None
        self._funding_host = QWidget(self.tabs)
        self._funding_host.setObjectName("fundFundingHost")
        QVBoxLayout(self._funding_host).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.fund_tab, self.tr("Forsknings- og innovasjonsfondet"))
        self.tabs.addTab(self._funding_host, self.tr("Finansiering"))
        self.tabs.setTabToolTip(
            0, self.tr("Bevilgning og tildelinger per år, og forpliktelser i budsjettplanen")
        )
        self.tabs.setTabToolTip(1, self.tr("Finansiering i alle prosjekter"))
        layout.addWidget(self.tabs, 1)
        self._connect(self.fund_tab)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._state_restored = False
        self._load_when_shown = False
        self._shown = False

    def _connect(self, tab: ListPage) -> None:
        tab.data_changed.connect(self.data_changed)
        tab.open_record_requested.connect(self.open_record_requested)

    @property
    def funding_tab(self) -> FundingLinesTab:
        """Finansiering: built now if it is not yet."""
        if self._funding_tab is None:
            from kunnskapsapp.ui.pages.fund.lines import FundingLinesTab

            tab = self._funding_tab = FundingLinesTab(self.db, self._funding_host)
            layout = self._funding_host.layout()
            assert layout is not None
            layout.addWidget(tab)
            tab.show()  # now, not a turn later: its keys and focus work at once
            self._connect(tab)
            if self._state_restored:
                tab.restore_state()
        return self._funding_tab

    def all_tabs(self) -> list[ListPage]:
        """The tabs built so far."""
        return [self.fund_tab] + ([self._funding_tab] if self._funding_tab is not None else [])

    def current_tab(self) -> ListPage:
        if self.tabs.currentWidget() is self._funding_host:
            return self.funding_tab
        return self.fund_tab

    def show_tab(self, tab: ListPage) -> None:
        self.tabs.setCurrentWidget(self._funding_host if tab is self._funding_tab else tab)

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
        if not self._shown and not self.isVisible():
            # Opened from the navigation: the page is drawn first and its years read two turns
            # later (together they held the window for 100 ms). Whatever needs the rows
            # sooner (a record opened from elsewhere, Ny) reads them at once.
            self._load_when_shown = True
            return
        if self._load_when_shown:
            return  # (shown, and the read is two turns away)
        self.current_tab().ensure_loaded()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._shown = True
        if self._load_when_shown:
            QTimer.singleShot(0, self, lambda: QTimer.singleShot(0, self, self._first_load))

    def _first_load(self) -> None:
        self._load_when_shown = False
        self.ensure_loaded()

    def refresh(self) -> None:
        self.current_tab().refresh()
        for tab in self.all_tabs():
            if tab is not self.current_tab():
                tab._loaded = False

    def maybe_leave(self) -> bool:
        """Both tabs' forms stay open behind the tabs: ask about each with changes."""
        for tab in [self.current_tab(), *self.all_tabs()]:
            if tab.form_built() and tab.form.dirty:
                self.show_tab(tab)
                if not tab.maybe_leave():
                    return False
        return True

    def save_state(self) -> None:
        for tab in self.all_tabs():
            tab.save_state()
        settings.FUND_TAB.set(self.tabs.currentIndex())

    def restore_state(self) -> None:
        self._state_restored = True
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
            self.show_tab(self.fund_tab)
            self.fund_tab.ensure_loaded()
            return self.fund_tab.select_year(int(text))
        self.fund_tab.ensure_loaded()
        if self.fund_tab.table_model.row_of(text) >= 0:
            self.show_tab(self.fund_tab)
            return self.fund_tab.select_id(text, load)
        year = fund.allocation_year(self.db, text)
        if year is not None:
            self.show_tab(self.fund_tab)
            if self.fund_tab.select_year(year):
                return self.fund_tab.allocations.select_id(text)
            return False
        if crud.count(self.db, m.FundingLine, where={"id": text}) == 0:
            return False
        # A funding line: opened now, or when the tab's rows come in from the background, or
        # after the tab has read them again (a line saved since it read them).
        tab = self.funding_tab
        tab.ensure_loaded()
        self.show_tab(tab)
        return tab.select_id(text, load)

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
