"""The month calendar beside the deadlines: days with deadlines, holidays and weekends marked."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QSizePolicy,
    QWidget,
)

from kunnskapsapp.domain import i18n as domain_i18n
from kunnskapsapp.domain.enums import DeadlineStatus
from kunnskapsapp.domain.rules import holiday_name
from kunnskapsapp.services import clock
from kunnskapsapp.services.records import Record
from kunnskapsapp.ui import palette as colours
from kunnskapsapp.ui.formatting import count_noun, domain_message, ui_locale


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def is_open(record: Record) -> bool:
    return record.status is DeadlineStatus.OPEN


def calendar_colours() -> dict[str, tuple[QColor, QColor | None]]:
    """(text, background) per kind of day, readable on light and dark palettes."""
    return {
        "overdue": (colours.DAY_OVERDUE_TEXT.get(), colours.DAY_OVERDUE.get()),
        "open": (colours.DAY_OPEN_TEXT.get(), colours.DAY_OPEN.get()),
        "done": (colours.MUTED.get(), None),
        "holiday": (colours.DAY_HOLIDAY_TEXT.get(), colours.DAY_HOLIDAY.get()),
        "weekend": (colours.MUTED.get(), None),
    }


class DeadlineCalendar(QCalendarWidget):
    """A month calendar with the days that have deadlines marked.

    Days with open deadlines are bold on blue, with overdue ones bold on red, with only done
    ones bold grey; public holidays are red on pink and weekends grey. Hovering a day lists
    its holiday and deadlines. `day_chosen` is emitted when the user clicks a day or presses
    Enter on it."""

    day_chosen = Signal(object)  # date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deadlineCalendar")
        self.setAccessibleName(self.tr("Kalender med frister"))
        self.setLocale(ui_locale())
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setSelectedDate(qdate(clock.today()))
        self._by_day: dict[date, list[Record]] = {}
        self._formatted: list[QDate] = []
        self._colours = calendar_colours()
        self._paint_weekends()
        self.currentPageChanged.connect(lambda _y, _m: self._paint_page())
        self.clicked.connect(lambda d: self.day_chosen.emit(pydate(d)))
        self.activated.connect(lambda d: self.day_chosen.emit(pydate(d)))

    def set_days(self, by_day: dict[date, list[Record]]) -> None:
        """The deadlines to mark, by due date (services.deadlines.overview_of groups them)."""
        self._by_day = by_day
        self._colours = calendar_colours()
        self._paint_page()

    def changeEvent(self, event: QEvent) -> None:
        """A new palette (Innstillinger → Utseende): the days marked in its colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._colours = calendar_colours()
            self._paint_weekends()
            self._paint_page()

    def _paint_weekends(self) -> None:
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            weekend = QTextCharFormat()
            weekend.setForeground(self._colours["weekend"][0])
            self.setWeekdayTextFormat(day, weekend)

    def deadlines_on(self, day: date) -> list[Record]:
        return list(self._by_day.get(day, []))

    def day_kind(self, day: date) -> str | None:
        """How a day is marked: "overdue", "open", "done", "holiday", "weekend" or None."""
        records = self._by_day.get(day, [])
        if any(r.get("overdue") for r in records):
            return "overdue"
        if any(is_open(r) for r in records):
            return "open"
        if records:
            return "done"
        if holiday_name(day):
            return "holiday"
        if day.weekday() >= 5:
            return "weekend"
        return None

    def _visible_days(self) -> list[date]:
        first = date(self.yearShown(), self.monthShown(), 1)
        start = first - timedelta(days=first.weekday() + 7)  # the grid may begin a week early
        return [start + timedelta(days=n) for n in range(7 * 8)]

    def _paint_page(self) -> None:
        for qday in self._formatted:
            self.setDateTextFormat(qday, QTextCharFormat())
        self._formatted = []
        today = clock.today()
        for day in self._visible_days():
            fmt = self._format_of(day, today)
            if fmt is not None:
                qday = qdate(day)
                self.setDateTextFormat(qday, fmt)
                self._formatted.append(qday)

    def _format_of(self, day: date, today: date) -> QTextCharFormat | None:
        records = self._by_day.get(day, [])
        holiday = holiday_name(day)
        if not records and not holiday and day != today:
            return None
        fmt = QTextCharFormat()
        kind = self.day_kind(day)
        if kind is not None:
            foreground, background = self._colours[kind]
            fmt.setForeground(foreground)
            if background is not None:
                fmt.setBackground(background)
        if holiday and records:
            # A deadline on a public holiday: keep the deadline's colour, flag the holiday.
            fmt.setFontItalic(True)
        if records:
            fmt.setFontWeight(QFont.Weight.Bold)
        if day == today:
            fmt.setFontUnderline(True)
        lines = []
        if day == today:
            lines.append(self.tr("I dag"))
        if holiday:
            lines.append(domain_message(holiday))
        if records:
            lines.append(count_noun(len(records), self.tr("frist"), self.tr("frister")) + ":")
            for record in records[:8]:
                state = ""
                if record.get("overdue"):
                    state = self.tr(" (forfalt)")
                elif not is_open(record):
                    state = f" ({domain_i18n.enum_label(record.status).lower()})"
                lines.append(f"• {record.title}{state}")
            if len(records) > 8:
                lines.append(self.tr("… og %s til") % (len(records) - 8))
        fmt.setToolTip("\n".join(lines))
        return fmt
