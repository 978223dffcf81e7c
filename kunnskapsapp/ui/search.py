"""Find anything: the search box in the toolbar (Ctrl+K) and its list of results.

Results come grouped by kind as the user types (a short pause first, the query off the UI
thread, a late older answer dropped); the arrow keys move in the list while the typing
stays in the box, Enter opens the record on its page, Escape closes the list.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP as _QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from kunnskapsapp.services.database import Database
from kunnskapsapp.services.search import KINDS, Hit, search
from kunnskapsapp.ui.icons import add_search_icon
from kunnskapsapp.ui.worker import Latest

QT_TRANSLATE_NOOP: Callable[[str, str], str] = _QT_TRANSLATE_NOOP  # type: ignore[assignment]

HEADINGS = {
    "projects": QT_TRANSLATE_NOOP("GlobalSearch", "Prosjekter"),
    "agreements": QT_TRANSLATE_NOOP("GlobalSearch", "Avtaler"),
    "organisations": QT_TRANSLATE_NOOP("GlobalSearch", "Organisasjoner"),
    "people": QT_TRANSLATE_NOOP("GlobalSearch", "Personer"),
    "deadlines": QT_TRANSLATE_NOOP("GlobalSearch", "Frister"),
    "meetings": QT_TRANSLATE_NOOP("GlobalSearch", "Møter"),
    "lessons": QT_TRANSLATE_NOOP("GlobalSearch", "Erfaringer"),
}
assert set(HEADINGS) == set(KINDS)

PAUSE_MS = 120  # after the last keystroke, before searching
PER_KIND = 5
HIT_ROLE = Qt.ItemDataRole.UserRole


class GlobalSearch(QWidget):
    """The box for the toolbar; its result list floats over `window` below the box."""

    open_record_requested = Signal(str, str)  # page id (the hit's kind), record id
    results_shown = Signal()

    def __init__(self, db: Database, window: QWidget) -> None:
        super().__init__(window)
        self.db = db
        self._window = window
        self._latest = Latest(self)
        self._pending = False  # a search is running
        self._open_when_shown = False  # Enter came before its results
        self.box = QLineEdit(self)
        self.box.setObjectName("globalSearch")
        self.box.setPlaceholderText(self.tr("Søk i alt (Ctrl+K)"))
        self.box.setAccessibleName(self.tr("Søk i alt"))
        self.box.setToolTip(
            self.tr(
                "Søk i prosjekter, avtaler, organisasjoner, personer, frister, møter og erfaringer"
            )
        )
        self.box.setClearButtonEnabled(True)
        add_search_icon(self.box)
        self.box.setMinimumWidth(280)
        self.box.installEventFilter(self)
        self.box.textEdited.connect(self._edited)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 4, 0)
        layout.addWidget(self.box)

        self.results = QListWidget(window)
        self.results.setObjectName("globalSearchResults")
        self.results.setAccessibleName(self.tr("Søkeresultater"))
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the typing stays in the box
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setWordWrap(True)
        self.results.itemClicked.connect(self._open_item)
        self.results.hide()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self._search)

        shortcut = QShortcut(QKeySequence("Ctrl+K"), window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self.focus_box)

    # --- the box ---
    def focus_box(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()
        if self.box.text().strip() and self.results.count():
            self._show_list()

    def _edited(self, _text: str) -> None:
        if not self.box.text().strip():
            self._timer.stop()
            self._latest.drop_pending()
            self._pending = self._open_when_shown = False
            self.close_results()
            return
        self._timer.start()

    def _search(self) -> None:
        query = self.box.text()
        db = self.db
        self._pending = True
        self._latest.run(
            lambda: search(db, query, limit_per_kind=PER_KIND),
            self._show_hits,
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self._pending = self._open_when_shown = False
        self.results.clear()
        message = getattr(exc, "message", None) or self.tr("Søket kunne ikke gjennomføres.")
        item = QListWidgetItem(message)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.results.addItem(item)
        self._show_list()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.isVisible():
                self._move(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive() or self._pending:
                    # Enter before the results of what was typed: open the best when they come.
                    self._open_when_shown = True
                    if self._timer.isActive():
                        self._timer.stop()
                        self._search()
                elif self.results.isVisible():
                    self._open_current()
                return True
            if key == Qt.Key.Key_Escape and self.results.isVisible():
                self.close_results()
                return True
        if watched is self.box and event.type() == QEvent.Type.FocusOut:
            self.close_results()
        return super().eventFilter(watched, event)

    # --- the list ---
    def _show_hits(self, hits: list[Hit]) -> None:
        self._pending = False
        if not self.box.text().strip():
            return
        # A later answer (the words typed after the first results) keeps the hit the user
        # has moved to, if it is still there: the selection must not jump under their keys.
        chosen = self.results.currentItem()
        kept = chosen.data(HIT_ROLE) if chosen is not None else None
        self.results.clear()
        bold = QFont(self.results.font())
        bold.setBold(True)
        kind = None
        for hit in hits:
            if hit.kind != kind:
                kind = hit.kind
                heading = QListWidgetItem(
                    QCoreApplication.translate("GlobalSearch", HEADINGS[kind])
                )
                heading.setFlags(Qt.ItemFlag.NoItemFlags)
                heading.setFont(bold)
                self.results.addItem(heading)
            text = f"{hit.name}\n{hit.snippet}" if hit.snippet else hit.name
            item = QListWidgetItem(text)
            item.setData(HIT_ROLE, (hit.kind, hit.id))
            item.setToolTip(hit.snippet or hit.name)
            self.results.addItem(item)
        if not hits:
            empty = QListWidgetItem(self.tr("Ingen treff for «%s»") % self.box.text().strip())
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(empty)
        same = next(
            (
                self.results.item(i)
                for i in range(self.results.count())
                if kept is not None and self.results.item(i).data(HIT_ROLE) == kept
            ),
            None,
        )
        first = same or self._first_hit()
        if first is not None:
            self.results.setCurrentItem(first)
        self._show_list()
        self.results_shown.emit()
        if self._open_when_shown:
            self._open_when_shown = False
            self._open_current()

    def _open_current(self) -> None:
        item = self.results.currentItem() or self._first_hit()
        if item is not None:
            self._open_item(item)

    def _show_list(self) -> None:
        if not self.box.hasFocus():
            return
        below = self.box.mapTo(self._window, QPoint(0, self.box.height()))
        width = max(self.box.width(), 420)
        x = min(below.x(), max(0, self._window.width() - width))
        rows = sum(self.results.sizeHintForRow(i) for i in range(self.results.count()))
        height = min(rows + 2 * self.results.frameWidth() + 4, self._window.height() - below.y())
        self.results.setGeometry(x, below.y(), width, max(height, 24))
        self.results.show()
        self.results.raise_()

    def close_results(self) -> None:
        self.results.hide()

    def _first_hit(self) -> QListWidgetItem | None:
        for row in range(self.results.count()):
            item = self.results.item(row)
            if item.data(HIT_ROLE):
                return item
        return None

    def _move(self, step: int) -> None:
        rows = [r for r in range(self.results.count()) if self.results.item(r).data(HIT_ROLE)]
        if not rows:
            return
        current = self.results.currentRow()
        later = [r for r in rows if (r > current if step > 0 else r < current)]
        row = (later[0] if step > 0 else later[-1]) if later else current
        if row in rows:
            self.results.setCurrentRow(row)
            self.results.scrollToItem(self.results.item(row))

    def _open_item(self, item: QListWidgetItem) -> None:
        target = item.data(HIT_ROLE)
        if not target:
            return
        kind, record_id = target
        self.close_results()
        self.open_record_requested.emit(kind, record_id)
