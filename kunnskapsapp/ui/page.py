"""A list page: search, filters, a sortable table with a row count, and the record's form
beside it. Each page module configures one (columns, filters, form) and adds its actions."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kunnskapsapp import memory
from kunnskapsapp.domain import i18n as domain_i18n
from kunnskapsapp.domain.entities import find_entity
from kunnskapsapp.services import crud
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.records import Record
from kunnskapsapp.ui import settings, status_chip
from kunnskapsapp.ui.columns import ColumnFitter
from kunnskapsapp.ui.empty_state import EmptyState
from kunnskapsapp.ui.filter_bar import FilterCombo, LeftOf
from kunnskapsapp.ui.flow import FlowLayout
from kunnskapsapp.ui.form import EntityForm, FormSpec
from kunnskapsapp.ui.formatting import count_noun, format_count
from kunnskapsapp.ui.heading import page_heading
from kunnskapsapp.ui.icons import set_icon
from kunnskapsapp.ui.tab_place import TabPlace
from kunnskapsapp.ui.table import (
    Column,
    PreparedRows,
    RecordTableModel,
    size_columns_from_first_rows,
)
from kunnskapsapp.ui.widgets import ProxyFilter, SearchBox
from kunnskapsapp.ui.worker import Latest


class ListPage(QWidget):
    """Base of every list page."""

    # The page's title in Bokmål, marked QT_TRANSLATE_NOOP("TheClass", "…") by each page:
    # shown_title() is it in the window's language.
    title = ""
    page_id = ""
    # After a save, reload only the saved row (crud.get gives the same shape as fetch()).
    single_row_refresh = False
    # Pages with more rows than this load them on the thread pool: the page (heading, filters,
    # search box) is usable at once and the rows arrive after (None: always on the UI thread).
    # An agreement with its parties, evaluations and names takes 90 µs to read and show: at
    # 2 000, the 1 697 agreements of `demo --scale 5000` held the window for 150 ms.
    background_above: int | None = 500
    # Calendar export (exchange.calendar.export_calendar's keyword): the shown rows'
    # ids as "deadline_ids"/"meeting_ids", or one row's own as "project_id"/"agreement_id".
    calendar_rows = ""
    calendar_record = ""
    rows_loaded = Signal()  # rows fetched in the background are shown
    open_record_requested = Signal(str, str)  # page id, record id (for cross-page links)
    data_changed = Signal()

    def shown_title(self) -> str:
        """`title` in the window's language (tr() finds it in the page class's own context)."""
        return self.tr(self.title) if self.title else ""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName(f"page_{self.page_id}")
        self.filters: list[FilterCombo] = []
        self._loaded = False
        self._measured = False  # the columns' widths measured from rows
        self._latest = Latest(self)  # background fetches; a late, older one is dropped
        self._pending_select: str | None = None
        self._fetching = False  # a background fetch of the rows is on its way
        self._reread_for: str | None = None  # the record a re-read of the rows was for
        self.rows_summary: object = None  # what summariser() made of the rows shown
        self._sort_set = False  # the saved (or first column's) sort applied

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(page_heading(self.shown_title(), self))
        top.addSpacing(12)
        self.search = SearchBox(self)
        self.search.setObjectName(f"search_{self.page_id}")
        self.search.setMinimumWidth(220)
        top.addWidget(self.search, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName(f"count_{self.page_id}")
        top.addWidget(self.count_label)
        self.new_button = QPushButton(self.tr("Ny"))
        self.new_button.setObjectName(f"new_{self.page_id}")
        self.new_button.setToolTip(self.tr("Ny (Ctrl+N)"))
        set_icon(self.new_button, "plus")
        top.addWidget(self.new_button)
        layout.addLayout(top)
        # The filters on a row of their own that wraps: six of them beside the search box
        # held the window wider than a 1280-pixel screen.
        self.filter_bar = FlowLayout()
        layout.addLayout(self.filter_bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName(f"splitter_{self.page_id}")
        form_spec = self.form_spec()
        self.table_model = RecordTableModel(
            self.columns(), self.row_style, self, entity=find_entity(form_spec.model)
        )
        self.proxy = ProxyFilter(self)
        self.proxy.setSourceModel(self.table_model)
        self.view = QTableView(self.splitter)
        size_columns_from_first_rows(self.view)
        self.view.setObjectName(f"table_{self.page_id}")
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.view.setAccessibleName(self.shown_title())
        self.view.setModel(self.proxy)
        status_chip.install(self.view, self.table_model.columns)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        # Elided in the middle: titles that start alike ("Samarbeidsavtale for prosjektet …")
        # differ at their end, which an elision at the end would hide. The whole on hover.
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        # Fixed row heights: a reset after each keystroke need not measure 20 000 rows.
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.horizontalHeader().setSectionsMovable(True)
        self.fitter = ColumnFitter(self.view, self.table_model.columns, self.page_id)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.activated.connect(self._activated)
        self.view.doubleClicked.connect(self._activated)
        self.empty_state = EmptyState(self.view, f"empty_{self.page_id}")

        # The form is built a turn of the event loop later, or when first needed (`form`):
        # the list first, and no one turn builds and lays out both (150 ms for projects).
        self._form_spec = form_spec
        self._form: EntityForm | None = None
        self._read_after_form = False  # a background read waits for it (_build_form)
        self._editor_host = QWidget(self.splitter)
        editor_layout = self._editor_layout = QVBoxLayout(self._editor_host)
        editor_layout.setContentsMargins(6, 0, 0, 0)
        self._form_place = TabPlace(self._editor_host)  # right before Lagre
        # The buttons wrap onto two lines in a narrow form, rather than hold it wide.
        buttons = FlowLayout()
        self.save_button = QPushButton(self.tr("Lagre"))
        self.save_button.setObjectName(f"save_{self.page_id}")
        self.save_button.setToolTip(self.tr("Lagre (Ctrl+S)"))
        self.cancel_button = QPushButton(self.tr("Avbryt"))
        self.cancel_button.setObjectName(f"cancel_{self.page_id}")
        self.history_button = QPushButton(self.tr("Historikk …"))
        self.history_button.setObjectName(f"history_{self.page_id}")
        self.delete_button = QPushButton(self.tr("Slett …"))
        self.delete_button.setObjectName(f"delete_{self.page_id}")
        for button, icon_name in (
            (self.save_button, "save"),
            (self.cancel_button, "undo-2"),
            (self.history_button, "history"),
            (self.delete_button, "trash-2"),
        ):
            set_icon(button, icon_name)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.add_gap()
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.delete_button)
        self.extra_buttons = LeftOf(buttons)  # a page's own buttons, after Avbryt
        editor_layout.addLayout(buttons)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)

        self.search.textChanged.connect(self._search_changed)
        self.new_button.clicked.connect(self.new_record)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        self.delete_button.clicked.connect(self.delete)
        self.history_button.clicked.connect(lambda _c=False: self.form.show_history())
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self._selecting = False
        self._build_actions()
        self.setup_filters()
        # Tab as the page reads: search, filters, Ny, the table, then the form.
        chain = [self.search, *self.filters, self.new_button, self.view, self.empty_state.button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self._update_buttons()
        self._warm_timer = QTimer(self)
        self._warm_timer.setInterval(0)
        self._warm_timer.timeout.connect(self._warm_search)
        self._warm_row = 0

    @property
    def form(self) -> EntityForm:
        """The record's form, built now if it is not yet."""
        self._build_form()  # (nothing to do once it is)
        assert self._form is not None
        return self._form

    def form_built(self) -> bool:
        return self._form is not None

    def form_record(self) -> Record | None:
        """The record open in the form; None also while the form is not built."""
        return self._form.record if self._form is not None else None

    def showEvent(self, event: QShowEvent) -> None:
        """The form two turns after the page is first shown (the first turn lays out and
        paints the list); a page not shown (a tab behind another) builds none until it is."""
        super().showEvent(event)
        if self._form is None:
            QTimer.singleShot(0, self, lambda: QTimer.singleShot(0, self, self._build_form))

    def _build_form(self) -> None:
        if self._form is not None:
            return
        form = self._form = self._form_place.make(
            lambda: EntityForm(self.db, self._form_spec, self._editor_host)
        )
        form.saved.connect(self._saved)
        form.dirty_changed.connect(self._update_buttons)
        self.setup_form()
        self._editor_layout.insertWidget(0, form, 1)
        if self._editor_host.isVisible():  # now, not a turn later: child tables read when shown
            form.show()
        self._update_buttons()
        if self._read_after_form:
            self._read_after_form = False
            self._start_read()

    def setup_form(self) -> None:
        """A page's own rows, notes and connections on its form, once it is built."""

    # --- to override ---
    def columns(self) -> list[Column]:
        raise NotImplementedError

    def form_spec(self) -> FormSpec:
        raise NotImplementedError

    def fetch(self) -> list[Record]:
        raise NotImplementedError

    def empty_hint(self) -> str:
        """What an empty page says beside "no … yet": what the page is for."""
        return ""

    def row_style(self, record: Record) -> str | None:
        return None

    def fetch_one(self, record_id: str) -> Record | None:
        """One fresh row for the table after a save; None reloads every row."""
        if not self.single_row_refresh:
            return None
        return crud.get(self.db, self.form.model, record_id)  # (after a save: the form is there)

    def setup_filters(self) -> None:
        """Add FilterCombos with add_filter()."""

    def context_actions(self, record: Record | None) -> list[QAction]:
        return []

    def print_report(self) -> None:
        """Ctrl+P: the report that belongs to this page."""

    # --- export (ui.exchange_actions) ---
    def export_table(self) -> None:
        """The table as shown (search, filters, sort order, columns) to XLSX or CSV."""
        from kunnskapsapp.ui import exchange_actions

        exchange_actions.export_table(self)

    def _export_calendar(self, record: Record | None = None) -> None:
        from kunnskapsapp.ui import exchange_actions

        if record is None:
            exchange_actions.export_shown_calendar(self)
        else:
            exchange_actions.export_record_calendar(self, record)

    # --- filters ---
    def add_filter(
        self,
        name: str,
        label: str,
        choices: list[tuple[Any, str]],
        predicate: Callable[[Record, Any], bool],
    ) -> FilterCombo:
        combo = FilterCombo(name, label, choices, predicate, self)
        combo.currentIndexChanged.connect(lambda _i, c=combo: self._filter_changed(c))
        self.filter_bar.addWidget(combo)
        self.filters.append(combo)
        return combo

    def _filter_changed(self, combo: FilterCombo) -> None:
        self.proxy.set_predicate(combo.name, combo.row_predicate())
        self._keep_current_in_view()
        self._update_count()

    def _keep_current_in_view(self) -> None:
        """After a search or filter change, select the open record again if it is shown."""
        if self._form is not None and self.form.record is not None:
            row = self.table_model.row_of(self.form.record["id"])
            if row >= 0:
                self.select_id(self.form.record["id"], load=False)

    # --- loading ---
    def ensure_loaded(self) -> None:
        if not self._loaded:
            self.refresh()

    def refresh(self) -> None:
        if self.background_above is not None and self.count_rows() > self.background_above:
            self._refresh_in_background()
            return
        self._show_rows(self.fetch())

    def count_rows(self) -> int:
        """A quick count of the rows fetch() would return (for pages that load off-thread)."""
        return crud.count(self.db, self._form_spec.model)

    def _refresh_in_background(self) -> None:
        """Fetch on the thread pool; the window stays responsive, the rows arrive after."""
        self._loaded = True
        self._fetching = True
        self.count_label.setText(self.tr("Henter …"))
        if self.table_model.total_count() == 0:  # the sort the rows will be shown in
            self._set_sort()
        if self._form is None:
            # Read once the form is built: beside a read it took twice as long (110 ms). The
            # navigation asks for rows just before it shows the page; a page still not shown
            # a turn later (a tab behind another) reads then: its form waits until it is shown.
            self._read_after_form = True
            QTimer.singleShot(0, self, self._read_if_not_shown)
            return
        self._start_read()

    def _read_if_not_shown(self) -> None:
        if self._read_after_form and not self.isVisible():
            self._read_after_form = False
            self._start_read()

    def _start_read(self) -> None:
        prepare = self.table_model.preparer()
        summarise = self.summariser()
        fetch = self.fetch

        def read() -> tuple[PreparedRows, object]:
            with memory.long_read():  # no full collector pass to hold the window meanwhile
                prepared = prepare(fetch())
                return prepared, summarise(prepared.ordered) if summarise else None

        self._latest.run(read, self._fetched)

    def _fetched(self, result: tuple[PreparedRows, object]) -> None:
        self._fetching = False
        prepared, summary = result
        self._show_rows(prepared, summary)
        self.rows_loaded.emit()

    def _set_sort(self) -> None:
        """The sort the user left the table in, or the first column's: once, for the page's
        first rows. After that the table keeps the sort the user chooses, also one chosen
        while rows read in the background are on their way."""
        if self._sort_set:
            return
        self._sort_set = True
        if not self._restore_header():
            self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def summariser(self) -> Callable[[list[Record]], object] | None:
        """A function that derives from the rows, in the table's order, what the page shows
        beside them (a calendar's days, a filter's choices, counts); rows_shown() finds its
        result in `rows_summary`. Rows read in the background are summarised there too, so
        it must read nothing but the rows it is given (no widgets, no database)."""
        return None

    def rows_shown(self) -> None:
        """Called when fresh rows are in the table, whether read at once or in the
        background: what a page derives from its rows (a calendar, filter choices) goes here,
        not after refresh(), which may return before the rows are there."""

    def _show_rows(self, rows: list[Record] | PreparedRows, summary: object = None) -> None:
        """Rows read at once (a list), or in the background (prepared and summarised
        there)."""
        current = self.form_record()["id"] if self.form_record() else None  # type: ignore[index]
        background = isinstance(rows, PreparedRows)
        if isinstance(rows, PreparedRows):
            self.table_model.set_prepared(rows)
        else:
            self.table_model.set_rows(rows)
        self._loaded = True
        self._set_sort()
        if not background:
            summarise = self.summariser()
            summary = summarise(self.table_model.records()) if summarise else None
        self.rows_summary = summary
        if self.table_model.total_count() and not self._measured:  # widths from the first rows
            # Thousands of rows came in the background: measured a few columns at a time,
            # so the window keeps answering (nine columns at once held it for 90 ms).
            self.fitter.measure(gradually=background)
            self._measured = True
        else:
            self.fitter.fit()
        self._update_count()
        if self._form is not None:  # (a form built later reads its choices then)
            self._form.reload_choices()
        self.rows_shown()
        if self._pending_select:
            record_id, self._pending_select = self._pending_select, None
            self.select_id(record_id)
        elif current:
            self.select_id(current, load=False)
        self._warm_row = 0
        self._warm_timer.start()

    def _warm_search(self) -> None:
        """The search texts of the rows, 5 ms of them per turn of the event loop (500 rows
        at a time took 30 ms on a busy machine, beside a step of the columns' measuring)."""
        total = self.table_model.total_count()
        until = time.perf_counter() + 0.005
        while self._warm_row < total and time.perf_counter() < until:
            self._warm_row = self.table_model.warm_search_cache(self._warm_row, 100)
        if self._warm_row >= total:
            self._warm_timer.stop()

    def _restore_header(self) -> bool:
        state = settings.header_state(self.page_id).get()
        if state.isEmpty():
            return False
        return bool(self.view.horizontalHeader().restoreState(state))

    def save_state(self) -> None:
        settings.header_state(self.page_id).set(self.view.horizontalHeader().saveState())
        settings.splitter_state(self.page_id).set(self.splitter.saveState())

    def restore_state(self) -> None:
        state = settings.splitter_state(self.page_id).get()
        if not state.isEmpty():
            self.splitter.restoreState(state)
        else:  # the first time: the list a little wider than the form
            self.splitter.setSizes([560, 440])

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.table_model.total_count()
        if self._fetching:  # a search or filter chosen while the rows are on their way
            self.count_label.setText(self.tr("Henter …"))
            self._update_empty_state(shown, total)
            return
        rows = count_noun(total, self.tr("rad"), self.tr("rader"))
        text = (
            count_noun(shown, self.tr("rad"), self.tr("rader"))
            if shown == total
            else self.tr("%1 av %2").replace("%1", str(shown)).replace("%2", rows)
        )
        self.count_label.setText(text)
        self._update_empty_state(shown, total)

    def _update_empty_state(self, shown: int, total: int) -> None:
        """An empty table says why, with the button that does the next thing."""
        if shown or self._fetching or not self._loaded:
            self.empty_state.hide()
            return
        model = self._form_spec.model
        if total == 0:
            text = self.tr("Ingen %s er registrert ennå.") % domain_i18n.plural(model)
            hint = self.empty_hint()
            if hint:
                text += "\n\n" + hint
            self.empty_state.show_message(
                text, self.tr("Registrer %s") % domain_i18n.singular(model), self.new_record
            )
        else:
            text = (
                self.tr("Raden passer ikke til søket og filtrene.")
                if total == 1
                else self.tr("Ingen av de %1 radene passer til søket og filtrene.").replace(
                    "%1", format_count(total)
                )
            )
            self.empty_state.show_message(
                text,
                self.tr("Vis alle"),
                self.show_all,
                icon="rotate-ccw",
            )

    def show_all(self) -> None:
        """Clear the search and every filter: all rows again."""
        self.search.clear()
        for combo in self.filters:
            combo.setCurrentIndex(0)
        self.view.setFocus()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._keep_current_in_view()
        self._update_count()

    # --- selection and the form ---
    def current_record(self) -> Record | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.table_model.record(self.proxy.mapToSource(index).row())

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        record = self.table_model.record(self.proxy.mapToSource(current).row())
        if self.form.record and self.form.record["id"] == record["id"]:
            return
        if not self.form.maybe_discard():
            self._selecting = True
            self.view.selectionModel().setCurrentIndex(
                previous,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self._selecting = False
            return
        self.open_record(record["id"])

    def open_record(self, record_id: str) -> None:
        self.form.load_id(record_id)
        self._update_buttons()

    def _activated(self, index: QModelIndex) -> None:
        record = self.table_model.record(self.proxy.mapToSource(index).row())
        if self.form.record is None or self.form.record["id"] != record["id"]:
            if not self.form.maybe_discard():
                return
            self.open_record(record["id"])
        first = next(iter(self.form.rows.values()), None)
        if first is not None:
            first.widget.setFocus()

    def select_id(self, record_id: str, load: bool = True) -> bool:
        row = self.table_model.row_of(record_id)
        if row < 0:
            if not self.table_model.contains(record_id):
                if load and self._fetching:
                    self._pending_select = record_id  # rows still on their way
                elif load and self._loaded and self._reread_for != record_id:
                    # Saved since this page read its rows (another page, another user of
                    # the shared database, found by the search): read them again, once.
                    self._reread_for = record_id
                    self._pending_select = record_id
                    self.refresh()
                    return self.form.record is not None and self.form.record["id"] == record_id
                return False
            # Hidden by the search or a filter: show everything so the record can be seen.
            self.search.clear()
            for combo in self.filters:
                combo.setCurrentIndex(0)
            row = self.table_model.row_of(record_id)
        index = self.proxy.mapFromSource(self.table_model.index(row, 0))
        self._selecting = True
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        self._selecting = False
        if load:
            self.open_record(record_id)
        return True

    # --- actions ---
    def new_record(self, defaults: dict[str, Any] | None = None) -> None:
        if not self.form.maybe_discard():
            return
        self.view.clearSelection()
        self.form.clear(defaults if isinstance(defaults, dict) else None)
        self._update_buttons()
        first = next(iter(self.form.rows.values()), None)
        if first is not None:
            first.widget.setFocus()

    def save(self) -> None:
        self.form.save()

    def cancel(self) -> None:
        if self.form.record is not None:
            self.form.load_id(self.form.record["id"])
        else:
            self.form.clear()
        self._update_buttons()

    def delete(self) -> None:
        if self.form.delete():
            self.refresh()
            self.data_changed.emit()

    def _saved(self, record: Record) -> None:
        if self._fetching:
            # Rows read before this save are on their way and would replace the table
            # without it: read them again, and show the saved row when they come.
            self._pending_select = record["id"]
            self.refresh()
            self.data_changed.emit()
            return
        # The saved record is the row's one shape (crud gives the list, the reload and the
        # save the same keys and totals): no second read of it.
        fresh = record if self._loaded and self.single_row_refresh else None
        if fresh is None:
            self.refresh()
        elif not self.table_model.replace(fresh):
            self.table_model.append(fresh)
            self._update_count()
        self.select_id(record["id"], load=False)
        self._update_buttons()
        self.data_changed.emit()

    def _update_buttons(self, *_args: Any) -> None:
        has_record, dirty = self.form_record() is not None, bool(self._form and self._form.dirty)
        self.delete_button.setEnabled(has_record)
        self.history_button.setEnabled(has_record)
        self.save_button.setEnabled(dirty or not has_record)
        self.cancel_button.setEnabled(dirty)

    def maybe_leave(self) -> bool:
        return self._form is None or self._form.maybe_discard()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _build_actions(self) -> None:
        def action(
            text: str, shortcut: str | QKeySequence.StandardKey, slot: Callable[[], Any]
        ) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.act_new = action(self.tr("Ny"), "Ctrl+N", self.new_record)
        self.act_save = action(self.tr("Lagre"), "Ctrl+S", self.save)
        self.act_find = action(self.tr("Søk"), "Ctrl+F", self.focus_search)
        self.act_refresh = action(self.tr("Oppdater"), "F5", self.refresh)
        self.act_print = action(self.tr("Skriv ut …"), "Ctrl+P", self.print_report)
        self.act_delete = QAction(self.tr("Slett …"), self)
        self.act_delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_delete.triggered.connect(self.delete)
        self.view.addAction(self.act_delete)
        self.act_history = QAction(self.tr("Historikk …"), self)
        self.act_history.triggered.connect(lambda _c=False: self.form.show_history())
        self.act_export = QAction(self.tr("Eksporter tabell …"), self)
        self.act_export.setObjectName(f"export_{self.page_id}")
        self.act_export.triggered.connect(self.export_table)
        self.act_calendar = QAction(self.tr("Eksporter til kalender (.ics) …"), self)
        self.act_calendar.setObjectName(f"calendar_{self.page_id}")
        self.act_calendar.triggered.connect(lambda _c=False: self._export_calendar())

    def _context_menu(self, pos: Any) -> None:
        index = self.view.indexAt(pos)
        record = None
        if index.isValid():
            record = self.table_model.record(self.proxy.mapToSource(index).row())
            if self.form.record is None or self.form.record["id"] != record["id"]:
                if not self.form.maybe_discard():  # never drop unsaved edits silently
                    return
                self.select_id(record["id"])
        menu = QMenu(self)
        menu.setObjectName(f"menu_{self.page_id}")
        menu.addAction(self.act_new)
        if record is not None:
            menu.addAction(self.act_history)
            menu.addAction(self.act_delete)
        extra = self.context_actions(record)
        if extra:
            menu.addSeparator()
            for act in extra:
                menu.addAction(act)
        menu.addSeparator()
        menu.addAction(self.act_export)
        if self.calendar_rows:
            menu.addAction(self.act_calendar)
        if self.calendar_record and record is not None:
            one = menu.addAction(self.tr("Frister og møter til kalender (.ics) …"))
            one.setObjectName(f"calendar_one_{self.page_id}")
            one.triggered.connect(lambda _c=False, r=record: self._export_calendar(r))
        menu.addSeparator()
        menu.addAction(self.act_refresh)
        menu.popup(self.view.viewport().mapToGlobal(pos))
