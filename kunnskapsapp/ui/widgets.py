"""Input widgets for the domain's field kinds, each with `value()`, `set_value()` and `edited`.

Dates are typed as dd.mm.åååå (or picked in a calendar popup) and may be empty; amounts are
whole kroner shown with thousands separators; pickers show Norwegian names and search as
you type.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QIdentityProxyModel,
    QObject,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from kunnskapsapp.domain.language import parse_date_text, parse_datetime_text
from kunnskapsapp.services.clock import today
from kunnskapsapp.ui import palette as colours
from kunnskapsapp.ui.formatting import (
    amount_text,
    format_date,
    format_datetime,
    format_kroner,
    money_placeholder,
)


def _to_date(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


class _CalendarLine(QWidget):
    """A line edit for typed text with a calendar button (Alt+Down) beside it. Typing is plain
    text, parsed when the value is asked for: no sections that eat digits as they are typed."""

    edited = Signal()
    placeholder = ""
    max_length = 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.placeholder_text())
        self.line.setMaxLength(self.max_length)
        self.line.textEdited.connect(lambda _t: self.edited.emit())
        self.line.editingFinished.connect(self._tidy)
        self.button = QToolButton(self)
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setToolTip(self.tr("Velg dato i kalender (Alt+Pil ned)"))
        self.button.setAccessibleName(self.tr("Åpne kalender"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.show_calendar)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        QShortcut(QKeySequence("Alt+Down"), self.line, self.show_calendar)
        self.calendar: QCalendarWidget | None = None
        self.line.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A click into the field selects what is there, so typing replaces the whole date
        instead of mixing with it (Tab into a line edit already does so)."""
        if (
            watched is self.line
            and event.type() == QEvent.Type.FocusIn
            and isinstance(event, QFocusEvent)
            and event.reason() == Qt.FocusReason.MouseFocusReason
        ):
            QTimer.singleShot(0, self.line.selectAll)
        return super().eventFilter(watched, event)

    def placeholder_text(self) -> str:
        return self.tr("dd.mm.åååå")

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)

    def show_calendar(self) -> None:
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        calendar.setObjectName("datePopupCalendar")
        calendar.setGridVisible(True)
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        current = self.raw_date()
        if current:
            calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def picked(qdate: QDate) -> None:
            self._picked(_to_date(qdate))
            self.edited.emit()
            menu.close()

        calendar.clicked.connect(picked)
        calendar.activated.connect(picked)
        self.calendar = calendar
        menu.popup(self.line.mapToGlobal(self.line.rect().bottomLeft()))
        calendar.setFocus()

    def raw_date(self) -> date | None:
        raise NotImplementedError

    def _picked(self, day: date) -> None:
        raise NotImplementedError

    def _parse(self) -> Any:
        raise NotImplementedError

    def _format(self, value: Any) -> str:
        raise NotImplementedError

    def _tidy(self) -> None:
        """Leaving the field: what was understood is shown the one way (`14.1.27` →
        `14.01.2027`), so the user sees it; text that is no date stays for the error."""
        try:
            value = self._parse()
        except ValueError:
            return
        text = self._format(value)
        if text != self.line.text():
            self.line.setText(text)

    def value(self) -> Any:
        """The parsed value, None, or the raw text (the service names the field if it is
        not understood)."""
        try:
            return self._parse()
        except ValueError:
            return self.line.text().strip()


class DateEdit(_CalendarLine):
    """A date that may be empty: typed as dd.mm.åååå (also 14.1.27, 1.2.2027, 2027-01-14),
    or picked in a calendar popup."""

    def raw_date(self) -> date | None:
        try:
            return self._parse()
        except ValueError:
            return None

    def _picked(self, day: date) -> None:
        self.set_value(day)

    def _parse(self) -> date | None:
        return parse_date_text(self.line.text())

    def _format(self, value: Any) -> str:
        return format_date(value) if value else ""

    def set_value(self, value: date | None) -> None:
        self.line.setText(format_date(value) if value else "")


class DateTimeEdit(_CalendarLine):
    """A date and time as people write them: `14.01.2027 10:00`, `14.1.2027 10.00`,
    `14.01.27 kl. 10`; the calendar sets the date and keeps the time."""

    max_length = 32

    def placeholder_text(self) -> str:
        return self.tr("dd.mm.åååå tt:mm")

    def raw_date(self) -> date | None:
        moment = self._moment()
        return moment.date() if moment else None

    def _moment(self) -> datetime | None:
        try:
            return self._parse()
        except ValueError:
            return None

    def _picked(self, day: date) -> None:
        moment = self._moment()
        hour, minute = (moment.hour, moment.minute) if moment else (9, 0)
        self.set_value(datetime(day.year, day.month, day.day, hour, minute))

    def _parse(self) -> datetime | None:
        return parse_datetime_text(self.line.text())

    def _format(self, value: Any) -> str:
        return format_datetime(value)

    def set_value(self, value: datetime | None) -> None:
        """None: today at the start of the current hour (a starting point to type over)."""
        if value is None:
            now = datetime.now()
            value = datetime.combine(today(), now.time()).replace(minute=0, second=0, microsecond=0)
        self.line.setText(format_datetime(value))


class NumberEdit(QLineEdit):
    """A whole number that may be empty; money is shown as `1 250 000 kr`."""

    edited = Signal()

    def __init__(self, *, money: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.money = money
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText(money_placeholder() if money else "")
        self.textEdited.connect(lambda _t: self.edited.emit())
        self.editingFinished.connect(self._reformat)

    def _reformat(self) -> None:
        value = self.value()
        if isinstance(value, int):
            self.set_value(value)

    def value(self) -> Any:
        text = self.text().strip()
        if not text:
            return None
        from kunnskapsapp.services.crud import parse_int

        try:
            return parse_int(amount_text(text))
        except ValueError:
            return text  # the service names the field

    def set_value(self, value: int | None) -> None:
        if value is None:
            self.setText("")
        elif self.money:
            self.setText(format_kroner(value).replace("\u00a0", " "))
        else:
            self.setText(str(value))


class TextEdit(QPlainTextEdit):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(60)
        self.setMaximumHeight(110)
        self.textChanged.connect(self.edited.emit)

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, value: str | None) -> None:
        self.blockSignals(True)
        self.setPlainText(value or "")
        self.blockSignals(False)


class LineEdit(QLineEdit):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.textEdited.connect(lambda _t: self.edited.emit())

    def value(self) -> str:
        return self.text()

    def set_value(self, value: str | None) -> None:
        self.setText(value or "")
        self.setCursorPosition(0)  # show the start of a long title


class CheckBox(QCheckBox):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggled.connect(lambda _c: self.edited.emit())

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: bool | None) -> None:
        self.blockSignals(True)
        self.setChecked(bool(value))
        self.blockSignals(False)


class ChoiceCombo(QComboBox):
    """A choice among (value, label) pairs; optional empty first entry; type to search."""

    edited = Signal()

    def _edit(self) -> QLineEdit:
        edit = self.lineEdit()
        assert edit is not None  # the combo box is editable
        return edit

    def __init__(self, nullable: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nullable = nullable
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.completer()
        assert completer is not None  # an editable combo box always has one
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setMaxVisibleItems(20)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        self.activated.connect(lambda _i: self.edited.emit())
        self._edit().editingFinished.connect(self._match_text)
        self._source: Callable[[], list[tuple[Any, str]]] | None = None
        self._stale = False
        if nullable:
            self.addItem("", None)  # "none": there before the choices are read

    def set_source(self, load: Callable[[], list[tuple[Any, str]]]) -> None:
        """Choices read by `load()` when the user first needs them (the list opened, the
        field focused, a value without a name set), not when the form is filled: a picker
        over 20 000 projects costs nothing until it is used. A later call marks the choices
        stale again (data changed elsewhere)."""
        self._source = load
        self._stale = True

    def ensure_choices(self) -> None:
        if self._source is not None and self._stale:
            self._stale = False
            self.set_choices(self._source())

    def showPopup(self) -> None:
        self.ensure_choices()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.ensure_choices()  # typing searches the choices (the completer reads them)
        super().focusInEvent(event)

    def set_choices(self, choices: list[tuple[Any, str]]) -> None:
        self._stale = False  # these are the choices now (e.g. filtered by another field)
        current, current_label = self.value(), self.currentText()
        self.blockSignals(True)
        self.clear()
        if self.nullable:
            self.addItem("", None)
        for value, label in choices:
            self.addItem(label, value)
        self.blockSignals(False)
        self.set_value(current, current_label)

    def _match_text(self) -> None:
        text = self.currentText().strip()
        if not text:
            if self.nullable:
                self.setCurrentIndex(0)
            return
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            index = self.findText(text, Qt.MatchFlag.MatchContains)
        if index >= 0 and index != self.currentIndex():
            self.setCurrentIndex(index)
            self.edited.emit()
        elif index < 0:
            self.setCurrentIndex(self.currentIndex())
            self.setEditText(self.itemText(self.currentIndex()))

    def value(self) -> Any:
        index = self.currentIndex()
        if index < 0:
            return None
        return self.itemData(index)

    def _index_of(self, value: Any) -> int:
        return next((i for i in range(self.count()) if self.itemData(i) == value), -1)

    def set_value(self, value: Any, label: str | None = None) -> None:
        """Select `value`. A value the choices do not offer (a row outside a filtered picker)
        is added with `label` rather than silently replaced by the first choice, which a
        later save would write back. Before its choices are read (see `set_source`) the
        picker holds only the value shown (and the blank entry of an optional one)."""
        empty = value is None or value == ""
        if label is None and not empty and self._index_of(value) < 0:
            self.ensure_choices()  # the name of a value comes from the choices
        self.blockSignals(True)
        if self._source is not None and self._stale:
            self.clear()  # no other record's value left behind to be saved with this one
            if self.nullable:
                self.addItem("", None)
        index = self._index_of(None if empty else value)
        if index >= 0:
            self.setCurrentIndex(index)
        elif not empty:
            self.addItem(label or str(value), value)
            self.setCurrentIndex(self.count() - 1)
        elif self.count() and not self.nullable and self._source is None:
            self.setCurrentIndex(0)  # a required fixed choice (a status) starts at the first
        else:  # a reference (a project, a person) is never picked for the user
            self.setCurrentIndex(-1)
            self.setEditText("")
        self._edit().setCursorPosition(0)  # show the start of a long name
        self.blockSignals(False)


class CheckList(QListWidget):
    """Several choices at once (priority areas, SDGs, linked projects)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaximumHeight(130)
        self.itemChanged.connect(lambda _i: self.edited.emit())
        self._choices: list[tuple[Any, str]] | None = None  # what the items were made from

    def set_choices(self, choices: list[tuple[Any, str]]) -> None:
        choices = list(choices)
        if choices == self._choices:
            return  # the same list (read again after a save elsewhere): keep the items
        self._choices = choices
        current = set(self.value())
        self.blockSignals(True)
        self.clear()
        for value, label in choices:
            item = QListWidgetItem(label, self)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if value in current else Qt.CheckState.Unchecked
            )
        self.blockSignals(False)

    def value(self) -> list[Any]:
        return [
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_value(self, values: list[Any] | None) -> None:
        wanted = set(values or [])
        self.blockSignals(True)
        for i in range(self.count()):
            item = self.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.blockSignals(False)


def error_label(object_name: str, parent: QWidget | None = None) -> QLabel:
    """A hidden-until-needed label for an error message, in the error colour."""
    label = QLabel(parent)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    colours.set_colour_style(label, "color: {};", colours.DANGER)
    return label


def accept_cancel_buttons(
    dialog: QDialog,
    accept_text: str,
    on_accept: Callable[[], None],
    accept: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok,
) -> QDialogButtonBox:
    """The dialog's two buttons in Bokmål: `accept_text` (calls `on_accept`) and Avbryt."""
    buttons = QDialogButtonBox(accept | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.button(accept).setText(accept_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("UnsavedChanges", "Avbryt")
    )
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def ask_unsaved(parent: QWidget, text: str, question: str) -> str:
    """Ask what to do with unsaved changes: "save", "discard" or "cancel" (stay).

    One question box for every place that guards unsaved input (forms, the profile, Kom i
    gang), so the buttons read the same everywhere: Lagre (the default), Forkast endringene,
    Avbryt.
    """
    box = QMessageBox(parent)
    box.setObjectName("unsavedChangesBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("UnsavedChanges", "Ulagrede endringer"))
    box.setText(text)
    box.setInformativeText(question)
    save = box.addButton(
        QCoreApplication.translate("UnsavedChanges", "Lagre"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("UnsavedChanges", "Forkast endringene"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(
        QCoreApplication.translate("UnsavedChanges", "Avbryt"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    return "save" if clicked is save else "discard" if clicked is discard else "cancel"


class SearchBox(QLineEdit):
    """The instant search field above a table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Søk … (Ctrl+F)"))
        self.setClearButtonEnabled(True)
        self.setAccessibleName(self.tr("Søk"))
        from kunnskapsapp.ui.icons import add_search_icon  # icons imports nothing from here

        add_search_icon(self)


class ProxyFilter(QIdentityProxyModel):
    """The view's model over a RecordTableModel: search, page filters and sorting are done
    by the source model in Python (one pass over the list), the proxy only passes rows on.
    An identity proxy, not a QSortFilterProxyModel: that one asks (through Python) whether to
    accept each of 20 000 rows after every keystroke, even with no filter of its own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def set_search(self, text: str) -> None:
        self.sourceModel().set_search(text)  # type: ignore[attr-defined]

    def set_predicate(self, name: str, predicate: Any) -> None:
        self.sourceModel().set_predicate(name, predicate)  # type: ignore[attr-defined]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Let the source model sort (fast, by real values); the proxy keeps its order."""
        source = self.sourceModel()
        if hasattr(source, "sort"):
            source.sort(column, order)


__all__ = [
    "CheckBox",
    "CheckList",
    "ChoiceCombo",
    "DateEdit",
    "DateTimeEdit",
    "LineEdit",
    "NumberEdit",
    "ProxyFilter",
    "QStringListModel",
    "SearchBox",
    "TextEdit",
]
