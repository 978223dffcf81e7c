"""Table models over records: named columns, Norwegian display, real values to sort by."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import compress
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableView

from kunnskapsapp.domain import i18n as domain_i18n
from kunnskapsapp.domain.entities import EntitySpec, FieldKind
from kunnskapsapp.services.records import Record
from kunnskapsapp.ui import palette as colours
from kunnskapsapp.ui.formatting import display, sort_key

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """A table column. Over a page's own entity, a column named after a field takes the
    field's declared kind (whole kroner show as `1 250 000 kr`, right-aligned) and, when
    `header` is empty, the field's label."""

    key: str
    header: str = ""
    money: bool = False
    value: Callable[[Record], Any] | None = None
    align_right: bool = False
    sort: Callable[[Record], Any] | None = None
    kind: FieldKind | None = None
    # Fitting the table's width (ui.columns): the column that takes the room left over
    # (default: the first), the order in which columns give way when the window is narrow
    # (1 stays longest, 3 goes first), and the widest the column is made from its rows.
    stretch: bool = False
    priority: int = 2
    widest: int = 320
    chip: bool = False  # drawn as a coloured status chip (ui/status_chip.py)

    def get(self, record: Record) -> Any:
        return self.value(record) if self.value else record.get(self.key)

    def text(self, record: Record) -> str:
        return display(self.get(record), money=self.money, kind=self.kind)

    @property
    def right_aligned(self) -> bool:
        return self.money or self.align_right or self.kind is FieldKind.KRONER

    def declared_by(self, spec: EntitySpec | None) -> Column:
        """This column with the kind and label its entity declares for it."""
        if spec is None or self.value is not None or not spec.has_field(self.key):
            return self
        declared = spec.field(self.key)
        header = self.header or domain_i18n.field_label(declared)
        return replace(self, kind=self.kind or declared.kind, header=header)

    def sort_value(self, record: Record) -> Any:
        return self.sort(record) if self.sort else sort_key(self.get(record))


# Row styles a page may ask for: (text, background), in the light or the dark palette (read
# as a row is drawn, so a palette chosen while the app runs colours the rows at once).
@functools.cache
def _style_colours(dark: bool) -> dict[str, tuple[QColor | None, QColor | None]]:
    return {
        "overdue": (QColor(colours.DANGER.value(dark)), None),
        "soon": (None, QColor(colours.SOON.value(dark))),
        "done": (QColor(colours.MUTED.value(dark)), None),
        "warning": (QColor(colours.WARNING.value(dark)), None),
    }


_ROLES = {
    Qt.ItemDataRole.DisplayRole,
    SORT_ROLE,
    RECORD_ROLE,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ToolTipRole,
}
_ROLES |= {int(role) for role in _ROLES}  # Qt may hand the role over as a plain int
# The roles as plain ints, compared in data(): reading `Qt.ItemDataRole.DisplayRole` goes
# through the enum's descriptor, and painting asks for about 700 roles per repaint.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_SORT = int(SORT_ROLE)
_RECORD = int(RECORD_ROLE)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags


def _id_index(rows: list[Record]) -> dict[Any, int]:
    """Each row's place by its id, built in C (half the time of a comprehension: a search
    typed with a record open builds it after every letter, to keep that record selected).
    By attribute: a record read from the database holds its id in a slot
    (kunnskapsapp.services.compact), which `attrgetter` reads without a Python call."""
    return dict(zip(map(_record_id, rows), range(len(rows)), strict=True))


_record_id = attrgetter("id")


def _matches(texts: list[str], needle: str) -> list[bool]:
    """Whether each text holds `needle`: one pass of bools, then `compress` picks the rows
    and their texts in C (an index list and two comprehensions over it took twice as long
    for 20 000 rows)."""
    return [needle in text for text in texts]


@dataclass(frozen=True)
class PreparedRows:
    """Rows sorted (and, without a search, filtered) off the UI thread, and the model state
    they were prepared for."""

    state: tuple[Any, ...]
    ordered: list[Record]
    shown: list[Record] | None


class RecordTableModel(QAbstractTableModel):
    """Rows of records with named columns. `row_style(record)` may return "overdue", "soon",
    "done" or "warning"."""

    def __init__(
        self,
        columns: list[Column],
        row_style: Callable[[Record], str | None] | None = None,
        parent: Any = None,
        *,
        entity: EntitySpec | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = [column.declared_by(entity) for column in columns]
        self.row_style = row_style
        self._all: list[Record] = []  # every loaded row, in sort order
        self._rows: list[Record] = []  # the rows that pass search and filters
        self._row_index: tuple[list[Record], dict[Any, int]] | None = None
        self._all_index: tuple[list[Record], dict[Any, int]] | None = None  # the same, of _all
        self._search: dict[int, str] = {}  # id(record) → its lowercase text
        self._texts: list[str] | None = None  # the same, aligned with _all
        self._shown_texts: list[str] | None = None  # the same, aligned with _rows
        self._cell_cache: dict[int, list[str]] = {}  # id(record) → display text per column
        self._style_cache: dict[int, str | None] = {}
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._needle = ""
        self._predicates: dict[str, Callable[[Record], bool]] = {}
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None  # what _all is sorted by

    # --- data in ---
    def set_rows(self, rows: list[Record]) -> None:
        self._reset(self._sorted(list(rows)), None)

    def _reset(self, ordered: list[Record], shown: list[Record] | None) -> None:
        """Show `ordered` (in the model's sort order), filtered here unless `shown` says
        which of them pass."""
        self.beginResetModel()
        self._all = ordered
        self._sorted_by = (self._sort_column, self._sort_order)
        self._search = {}
        self._texts = None
        self._cell_cache = {}
        self._style_cache = {}
        if shown is None:
            self._rows = self._filtered(self._all)
        else:
            self._shown_texts = None
            self._rows = shown
        self.endResetModel()

    def _state(self) -> tuple[Any, ...]:
        """What sorting and filtering depend on (the predicates by identity)."""
        return (
            self._sort_column,
            self._sort_order,
            self._needle,
            tuple(id(p) for p in self._predicates.values()),
        )

    def preparer(self) -> Callable[[list[Record]], PreparedRows]:
        """A function that sorts and filters rows as this model would now, to be run off the
        UI thread on rows read there (`set_prepared` then only shows them): 33 000 deadlines
        sorted and filtered on the UI thread froze the window for a third of a second. A
        search's filtering, which needs each row's display texts, stays with the model."""
        state = self._state()
        column = (
            self.columns[self._sort_column] if 0 <= self._sort_column < len(self.columns) else None
        )
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        predicates = list(self._predicates.values())
        needle = self._needle

        def prepare(rows: list[Record]) -> PreparedRows:
            ordered = (
                sorted(rows, key=column.sort_value, reverse=descending) if column else list(rows)
            )
            shown: list[Record] | None = None
            if not needle:
                shown = ordered
                for predicate in predicates:
                    shown = [r for r in shown if predicate(r)]
                if shown is ordered:
                    shown = list(ordered)  # never the same list as _all
            return PreparedRows(state, ordered, shown)

        return prepare

    def set_prepared(self, prepared: PreparedRows) -> None:
        """Rows a `preparer()` sorted and filtered; as `set_rows` if the sort or a filter
        changed meanwhile."""
        if prepared.state != self._state():
            self.set_rows(prepared.ordered)
        else:
            self._reset(prepared.ordered, prepared.shown)

    def _sorted(self, rows: list[Record]) -> list[Record]:
        if not 0 <= self._sort_column < len(self.columns):
            return rows
        column = self.columns[self._sort_column]
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        return sorted(rows, key=column.sort_value, reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python with each column's sort key: far faster than a proxy asking
        `data()` for every comparison, which matters at 20 000 rows."""
        if (column, order) == self._sorted_by:
            return  # already in this order (rows sorted off the UI thread, a header restored)
        self._sort_column, self._sort_order = column, order
        self._sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = list(self._rows)
        self._all = self._sorted(self._all)
        self._texts = None
        self._rows = self._filtered(self._all)
        position = {id(r): i for i, r in enumerate(self._rows)}
        old = [i for i in self.persistentIndexList() if 0 <= i.row() < len(before)]
        new = [self.index(position[id(before[i.row()])], i.column()) for i in old]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # --- search and filters (in Python over the whole list: one pass per keystroke) ---
    def set_search(self, text: str) -> None:
        needle = text.strip().lower()
        narrower = bool(self._needle) and needle.startswith(self._needle)
        self._needle = needle
        if narrower:  # one more letter typed: only the rows shown now can still match
            rows = self._rows
            texts = self._shown_texts
            if texts is None or len(texts) != len(rows):
                texts = [self._text_of(r) for r in rows]
            kept = _matches(texts, needle)
            self.beginResetModel()
            self._rows = list(compress(rows, kept))
            self._shown_texts = list(compress(texts, kept))
            self.endResetModel()
        else:
            self._refilter()

    def set_predicate(self, name: str, predicate: Callable[[Record], bool] | None) -> None:
        if predicate is None:
            self._predicates.pop(name, None)
        else:
            self._predicates[name] = predicate
        self._refilter()

    def _filtered(self, rows: list[Record]) -> list[Record]:
        self._shown_texts = None
        if not self._needle and not self._predicates:
            return list(rows)  # never the same list as _all: append() adds to both
        result = rows
        if self._needle:
            needle = self._needle
            if rows is self._all:  # the common case: one pass over the aligned texts
                texts = self._all_texts()
                kept = _matches(texts, needle)
                result = list(compress(rows, kept))
                if not self._predicates:  # ready for the next letter
                    self._shown_texts = list(compress(texts, kept))
            else:
                result = [r for r in rows if needle in self._text_of(r)]
        for predicate in self._predicates.values():
            result = [r for r in result if predicate(r)]
        return result if result is not rows else list(rows)

    def _refilter(self) -> None:
        self.beginResetModel()
        self._rows = self._filtered(self._all)
        self.endResetModel()

    def filtering(self) -> bool:
        return bool(self._needle or self._predicates)

    # --- rows ---
    def record(self, row: int) -> Record:
        return self._rows[row]

    def records(self) -> list[Record]:
        """Every loaded row, shown or filtered away."""
        return list(self._all)

    def total_count(self) -> int:
        return len(self._all)

    def row_of(self, record_id: Any) -> int:
        """The row of a shown record, or -1 (an index by id, made again when the rows shown
        have changed: a save or a click looks up one row among 20 000 often)."""
        rows = self._rows
        index = self._row_index
        if index is None or index[0] is not rows or len(rows) != len(index[1]):
            row = self._row_from_position(record_id)
            if row is not None:
                return row
            index = self._row_index = (rows, _id_index(rows))
        row = index[1].get(record_id, -1)
        if row < 0 or rows[row].get("id") == record_id:
            return row  # a miss in a current index is a miss: no second pass over the rows
        # The list was changed in place (another row at that place): index it again.
        self._row_index = (rows, _id_index(rows))
        return self._row_index[1].get(record_id, -1)

    def _row_from_position(self, record_id: Any) -> int | None:
        """The row of a record found from its place among all rows, without an index of the
        rows shown (a search typed with a record open made one after every letter, to keep
        that record selected: 20 000 ids each time). The rows shown keep the order of all
        rows, so the record is at most at its place there and at least that many rows less
        the rows left out: that stretch is searched in C, the record itself matching first.
        None when it cannot tell (the index then answers)."""
        place = self._position(record_id)
        if place < 0:
            return None
        record, rows = self._all[place], self._rows
        low = max(0, place - (len(self._all) - len(rows)))
        for start, stop in ((low, min(place + 1, len(rows))), (0, len(rows))):
            try:
                row = rows.index(record, start, stop)
            except ValueError:
                continue
            return row if rows[row].get("id") == record_id else None
        return -1  # not among the rows shown (a search or a filter leaves it out)

    def _position(self, record_id: Any) -> int:
        """The place of a loaded record in `_all`, or -1 (indexed by id as `row_of` is: a save
        looked for its row among 20 000 one by one)."""
        rows = self._all
        index = self._all_index
        if index is None or index[0] is not rows or len(rows) != len(index[1]):
            index = self._all_index = (rows, _id_index(rows))
        place = index[1].get(record_id, -1)
        if place < 0 or rows[place].get("id") == record_id:
            return place
        self._all_index = (rows, _id_index(rows))
        return self._all_index[1].get(record_id, -1)

    def contains(self, record_id: Any) -> bool:
        return self._position(record_id) >= 0

    def replace(self, record: Record) -> bool:
        """Put a fresh copy of one row in place (after a save) without reloading the rest."""
        place = self._position(record.get("id"))
        if place < 0:
            return False
        r = self._all[place]
        row = self.row_of(record.get("id"))  # while the shown row is still the one in _all
        self._all[place] = record
        self._sorted_by = None  # its sort value may have changed
        self._search.pop(id(r), None)
        self._cell_cache.pop(id(r), None)
        self._style_cache.pop(id(r), None)
        if self._texts is not None and len(self._texts) == len(self._all):
            self._texts[place] = self._text_of(record)  # the search texts stay aligned
        else:
            self._texts = None
        if 0 <= row < len(self._rows) and self._rows[row] is r:
            self._rows[row] = record
            shown = self._shown_texts
            if shown is not None and len(shown) == len(self._rows):
                shown[row] = self._text_of(record)  # a narrower search reads the new text
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        return True

    def append(self, record: Record) -> None:
        """Add a new row (after a save) at the end of the shown rows."""
        self._all.append(record)
        self._sorted_by = None
        self._texts = None
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(record)
        self.endInsertRows()

    def _all_texts(self) -> list[str]:
        """The search text of every loaded row, in the order of `_all` (cached)."""
        if self._texts is None or len(self._texts) != len(self._all):
            self._texts = [self._text_of(r) for r in self._all]
        return self._texts

    def _text_of(self, record: Record) -> str:
        cached = self._search.get(id(record))
        if cached is None:
            key = id(record)
            cached = "\u0001".join(c.text(record) for c in self.columns).lower()
            self._search[key] = cached
        return cached

    def search_text(self, row: int) -> str:
        return self._text_of(self._rows[row])

    def warm_search_cache(self, start: int, count: int) -> int:
        """Fill the search cache for a slice of all rows; returns the next start."""
        end = min(start + count, len(self._all))
        for record in self._all[start:end]:
            self._text_of(record)
        if end == len(self._all):  # and the aligned list the first letter searches
            self._all_texts()
        return end

    # --- Qt model ---
    # What Qt asks for answers as an empty model once the garbage collector has emptied the
    # model's attributes (getattr's defaults): freeing a widget tree that became garbage, it
    # clears the model before the views that still ask it are gone.
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(getattr(self, "_rows", ()))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(getattr(self, "columns", ()))

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # Painting asks for a dozen roles per cell; answer the ones we never set at once. An
        # invalid index has row and column -1, so the range checks cover it.
        if role not in _ROLES:
            return None
        row, col = index.row(), index.column()
        rows, columns = getattr(self, "_rows", ()), getattr(self, "columns", ())
        if not (0 <= row < len(rows) and 0 <= col < len(columns)):
            return None
        record = rows[row]
        if role == _DISPLAY:
            return self._cells(record)[col]
        if role == _SORT:
            return columns[col].sort_value(record)
        if role == _RECORD:
            return record
        if role == _ALIGNMENT:
            return _RIGHT if columns[col].right_aligned else None
        if role in (_FOREGROUND, _BACKGROUND):
            style = self._style(record)
            if not style:
                return None
            fg, bg = _style_colours(colours.is_dark()).get(style, (None, None))
            colour = fg if role == _FOREGROUND else bg
            return QBrush(colour) if colour is not None else None
        if role == _TOOLTIP:
            text = self._cells(record)[col]
            return text if len(text) > 40 else None
        return None

    def _cells(self, record: Record) -> list[str]:
        """The row's display texts, computed once per loaded row."""
        key = id(record)
        cells = self._cell_cache.get(key)
        if cells is None:
            cells = [c.text(record) for c in self.columns]
            self._cell_cache[key] = cells
        return cells

    def _style(self, record: Record) -> str | None:
        if self.row_style is None:
            return None
        key = id(record)
        if key not in self._style_cache:
            self._style_cache[key] = self.row_style(record)
        return self._style_cache[key]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        columns = getattr(self, "columns", ())
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(columns):
            return columns[section].header
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS


def size_columns_from_first_rows(view: QTableView) -> None:
    """Column widths fitted to the first 200 rows, not Qt's default 1 000: 0.4 s less for a
    fund year with thousands of allocations, and the widths come out the same."""
    view.horizontalHeader().setResizeContentsPrecision(200)
