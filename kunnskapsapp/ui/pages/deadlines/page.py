"""Frister: the deadlines' list, the calendar and filters above it, and the form."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kunnskapsapp.domain import i18n as domain_i18n
from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.enums import DeadlineKind, DeadlineStatus
from kunnskapsapp.domain.errors import DomainError
from kunnskapsapp.domain.rules import holiday_name
from kunnskapsapp.services import clock, crud, deadlines
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.records import Record
from kunnskapsapp.ui.form import FormSpec, choices_of
from kunnskapsapp.ui.formatting import days_to_deadline, domain_message, format_date, long_date
from kunnskapsapp.ui.i18n import QT_TRANSLATE_NOOP
from kunnskapsapp.ui.icons import set_icon
from kunnskapsapp.ui.page import ListPage
from kunnskapsapp.ui.pages.deadlines.calendar import (
    DeadlineCalendar,
    calendar_colours,
    is_open,
    qdate,
)
from kunnskapsapp.ui.table import Column


# The widest a column starts out (by column; 0: as wide as its contents), so that the short
# and telling columns fit beside the form; the user's own widths are remembered.
def _in_period(record: Record, period: str) -> bool:
    """Period filters, counted from today: this month, the next 30 or 90 days, this year."""
    today = clock.today()
    due: date = record.due_date
    if period == "month":
        return (due.year, due.month) == (today.year, today.month)
    if period == "year":
        return due.year == today.year
    return today <= due <= today + timedelta(days=int(period))


def _days_left(record: Record) -> str:
    """`12 dager igjen`, `i dag`, `3 dager over`: the same words as Oversikt; a deadline done
    has none. The column sorts by the number of days itself."""
    return days_to_deadline(record.days_left) if is_open(record) else ""


class DeadlinesPage(ListPage):
    title = QT_TRANSLATE_NOOP("DeadlinesPage", "Frister")
    page_id = "deadlines"
    calendar_rows = "deadline_ids"  # Eksporter til kalender: the deadlines shown

    def columns(self) -> list[Column]:
        return [
            Column("due_date", self.tr("Frist"), sort=lambda r: r.due_date.toordinal(), priority=1),
            Column(
                "days_left",
                self.tr("Dager"),
                value=_days_left,
                align_right=True,
                sort=lambda r: r.days_left if is_open(r) else 10**6,
                priority=1,
            ),
            Column("title", self.tr("Hva"), stretch=True),
            Column("kind", self.tr("Type"), widest=150, priority=3),
            Column("status", self.tr("Status"), priority=1),
            Column("responsible_name", self.tr("Ansvarlig"), widest=190),
            Column("project_name", self.tr("Prosjekt"), widest=190),
            Column("agreement_name", self.tr("Avtale"), widest=190, priority=3),
            Column("non_working", self.tr("Merknad"), priority=3),
        ]

    def form_spec(self) -> FormSpec:
        return FormSpec(
            m.Deadline,
            [
                (
                    self.tr("Frist"),
                    ["title", "kind", "due_date", "status", "done_date", "responsible_id"],
                ),
                (
                    self.tr("Gjelder"),
                    ["project_id", "agreement_id", "funding_line_id", "meeting_id", "template_id"],
                ),
                (
                    self.tr("Varsel og gjentakelse"),
                    ["reminder_days", "recurrence", "recurrence_until"],
                ),
                (self.tr("Merknader"), ["notes"]),
            ],
            choices={
                "responsible_id": choices_of(m.Person),
                "project_id": _project_choices,
                "funding_line_id": self._funding_choices,
            },
            defaults={"status": DeadlineStatus.OPEN, "kind": DeadlineKind.OTHER},
        )

    def fetch(self) -> list[Record]:
        return deadlines.list_deadlines(self.db)

    def row_style(self, record: Record) -> str | None:
        if not is_open(record):
            return "done"
        if record.get("overdue"):
            return "overdue"
        if record.get("within_30_days"):
            return "soon"
        return None

    # --- layout: the calendar and the filters above the table ---
    def setup_filters(self) -> None:
        self._day: date | None = None
        self._week: tuple[date, date] | None = None  # a week chosen on Oversikt's chart
        panel = self._build_calendar_panel()
        self.add_filter(
            "status",
            self.tr("Status"),
            domain_i18n.enum_choices(DeadlineStatus),
            lambda r, v: r.status.value == v,
        )
        self.add_filter(
            "kind",
            self.tr("Type"),
            domain_i18n.enum_choices(DeadlineKind),
            lambda r, v: r.kind.value == v,
        )
        self.responsible_filter = self.add_filter(
            "responsible",
            self.tr("Ansvarlig"),
            [],
            lambda r, v: (r.responsible_id or "") == v,
        )
        self.add_filter(
            "overdue",
            self.tr("Forfalt"),
            [("overdue", self.tr("Bare forfalte"))],
            lambda r, v: bool(r.get("overdue")),
        )
        self.add_filter(
            "period",
            self.tr("Periode"),
            [
                ("month", self.tr("Denne måneden")),
                ("30", self.tr("Neste 30 dager")),
                ("90", self.tr("Neste 90 dager")),
                ("year", self.tr("I år")),
            ],
            _in_period,
        )
        for i, combo in enumerate(self.filters):
            self.filter_bar.removeWidget(combo)
            combo.setSizeAdjustPolicy(combo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
            self.filter_grid.addWidget(combo, i // 2, i % 2)
        self.splitter.insertWidget(0, panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        # What is still to do comes first: open deadlines, earliest (overdue) at the top.
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        status = self.filters[0]
        status.setCurrentIndex(status.findData(DeadlineStatus.OPEN.value))

        self.done_button = QPushButton(self.tr("Marker som utført"))
        set_icon(self.done_button, "check")
        self.done_button.setObjectName("markDone")
        self.done_button.setToolTip(self.tr("Marker fristen som utført i dag"))
        self.done_button.clicked.connect(self.mark_done)
        self.reopen_button = QPushButton(self.tr("Gjenåpne"))
        set_icon(self.reopen_button, "rotate-ccw")
        self.reopen_button.setObjectName("reopenDeadline")
        self.reopen_button.clicked.connect(self.reopen)
        self.extra_buttons.addWidget(self.done_button)
        self.extra_buttons.addWidget(self.reopen_button)
        self.view.selectionModel().currentRowChanged.connect(self._follow_selection)
        # Tab order as the page reads: search, calendar, filters, the table, then the form.
        chain = [self.search, self.calendar, *self.filters, self.clear_day_button, self.view]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._update_extra()

    def setup_form(self) -> None:
        self.form.saved.connect(lambda _r: self._after_form_change())
        self.form.deleted.connect(lambda _id: self._update_extra())
        self.form.rows["project_id"].widget.edited.connect(  # type: ignore[attr-defined]
            self._reload_funding_choices
        )
        self._update_extra()

    def _build_calendar_panel(self) -> QWidget:
        panel = QWidget(self.splitter)
        panel.setObjectName("deadlinesTablePanel")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        upper = QHBoxLayout()
        self.calendar = DeadlineCalendar(panel)
        self.calendar.day_chosen.connect(self.show_day)
        upper.addWidget(self.calendar, 0, Qt.AlignmentFlag.AlignTop)

        side = QVBoxLayout()
        self.overview_label = QLabel(panel)
        self.overview_label.setObjectName("deadlinesOverview")
        self.overview_label.setWordWrap(True)
        side.addWidget(self.overview_label)
        self.filter_grid = QGridLayout()
        self.filter_grid.setHorizontalSpacing(6)
        side.addLayout(self.filter_grid)
        day_row = QHBoxLayout()
        self.day_label = QLabel(panel)
        self.day_label.setObjectName("deadlinesDayFilter")
        self.day_label.setWordWrap(True)
        self.clear_day_button = QPushButton(self.tr("Vis alle dager"), panel)
        self.clear_day_button.setObjectName("clearDayFilter")
        self.clear_day_button.setToolTip(self.tr("Fjern dagsfilteret fra kalenderen"))
        self.clear_day_button.clicked.connect(self.clear_day)
        day_row.addWidget(self.day_label, 1)
        day_row.addWidget(self.clear_day_button)
        side.addLayout(day_row)
        side.addStretch(1)
        self.legend = QLabel(panel)
        self.legend.setObjectName("calendarLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        side.addWidget(self.legend)
        upper.addLayout(side, 1)
        layout.addLayout(upper)
        layout.addWidget(self.view, 1)
        self._show_day_state()
        self._update_legend()
        return panel

    def changeEvent(self, event: QEvent) -> None:
        """A new palette (Innstillinger → Utseende): the calendar's legend in its colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "legend"):
            self._update_legend()

    def _update_legend(self) -> None:
        colours = calendar_colours()

        def chip(kind: str, text: str) -> str:
            fg, bg = colours[kind]
            background = f"background-color:{bg.name()};" if bg is not None else ""
            return (
                f'<span style="color:{fg.name()};{background}font-weight:bold">'
                f"&nbsp;12&nbsp;</span>&nbsp;{text}"
            )

        self.legend.setText(
            "&nbsp;&nbsp; ".join(
                [
                    chip("overdue", self.tr("Forfalt")),
                    chip("open", self.tr("Frist")),
                    chip("done", self.tr("Utført")),
                    chip("holiday", self.tr("Helligdag")),
                ]
            )
        )

    # --- loading ---
    def summariser(self) -> Callable[[list[Record]], object]:
        return deadlines.overview_of

    def rows_shown(self) -> None:
        overview = self.rows_summary
        assert isinstance(overview, deadlines.DeadlinesOverview)
        self.calendar.set_days(overview.by_day)
        self._update_responsible_choices(overview)
        self._update_overview(overview)
        self._update_extra()

    def _update_responsible_choices(self, overview: deadlines.DeadlinesOverview) -> None:
        choices = list(overview.responsible)
        if overview.any_without_responsible:
            choices.append(("", self.tr("Uten ansvarlig")))
        chosen = self.responsible_filter.currentData()
        self.responsible_filter.set_choices(self.tr("Ansvarlig"), choices)
        if self.responsible_filter.currentData() != chosen:  # the chosen one is gone
            self._filter_changed(self.responsible_filter)

    def _update_overview(self, overview: deadlines.DeadlinesOverview) -> None:
        self.overview_label.setText(
            self.tr("I dag %s. <b>%s forfalte</b>, %s de neste 30 dagene.")
            % (format_date(clock.today()), overview.overdue, overview.within_30_days)
        )

    # --- the calendar's day filter ---
    def show_day(self, day: date) -> None:
        """Show only the deadlines due on `day`."""
        self._day = day
        self._week = None
        self.proxy.set_predicate("day", lambda r: r.due_date == day)
        self._update_count()
        self._show_day_state()

    def show_week(self, first: date, last: date) -> None:
        """Show only the deadlines due from `first` to `last` (a bar of Oversikt's chart)."""
        self._day = None
        self._week = (first, last)
        self.proxy.set_predicate("day", lambda r: first <= r.due_date <= last)
        self._update_count()
        self._show_day_state()

    def clear_day(self) -> None:
        self._day = None
        self._week = None
        self.proxy.set_predicate("day", None)
        self._update_count()
        self._show_day_state()

    def _show_day_state(self) -> None:
        if self._week is not None:
            first, last = self._week
            self.day_label.setText(
                self.tr("Viser fristene i uke %1, %2–%3.")
                .replace("%1", str(first.isocalendar()[1]))
                .replace("%2", format_date(first))
                .replace("%3", format_date(last))
            )
            self.clear_day_button.show()
            return
        if self._day is None:
            self.day_label.setText(self.tr("Klikk på en dag i kalenderen for å se dens frister."))
            self.clear_day_button.hide()
            return
        text = long_date(self._day)
        reason = holiday_name(self._day)
        if reason:
            text += f" ({domain_message(reason)})"
        self.day_label.setText(self.tr("Viser fristene %s.") % text)
        self.clear_day_button.show()

    def _follow_selection(self, current: Any, _previous: Any) -> None:
        """The calendar shows the month of the selected deadline."""
        record = self.current_record()
        if record is not None and current.isValid():
            self.calendar.setSelectedDate(qdate(record.due_date))

    def select_id(self, record_id: str, load: bool = True) -> bool:
        """Select a deadline. Opening one (load=True, e.g. from the dashboard) clears the
        filters that hide it; a refresh (load=False) keeps the user's filters."""
        record = next((r for r in self.table_model.records() if r["id"] == record_id), None)
        if record is None:
            return super().select_id(record_id, load)  # remembered if the rows are coming
        hidden = self.table_model.row_of(record_id) < 0
        if hidden and not load:
            return False
        if self._day is not None and record.due_date != self._day:
            self.clear_day()
        return super().select_id(record_id, load)

    # --- the form ---
    def new_record(self, defaults: dict[str, Any] | None = None) -> None:
        values = dict(defaults) if isinstance(defaults, dict) else {}
        if self._day is not None:
            values.setdefault("due_date", self._day)
        super().new_record(values)
        self._reload_funding_choices()
        self._update_extra()

    def open_record(self, record_id: str) -> None:
        super().open_record(record_id)
        self._after_form_change()

    def cancel(self) -> None:
        super().cancel()
        self._after_form_change()

    def _after_form_change(self) -> None:
        record = self.form.record
        self._reload_funding_choices(record.funding_line_id if record else None)
        self._update_extra()

    def _funding_choices(self, db: Database) -> list[tuple[Any, str]]:
        """Funding lines of the project chosen in the form (so the list stays short)."""
        form = getattr(self, "form", None)
        project_id = form.rows["project_id"].value() if form is not None else None
        if not project_id:
            return []
        lines = crud.list_rows(db, m.FundingLine, where={"project_id": project_id})
        result = []
        for line in lines:
            parts = [line.get("funder_label") or line.get("scheme_name") or ""]
            if line.get("scheme_code"):
                parts.append(line.scheme_code)
            if line.external_ref:
                parts.append(line.external_ref)
            parts.append(f"({domain_i18n.enum_label(line.status).lower()})")
            result.append((line.id, " ".join(p for p in parts if p)))
        return result

    def _reload_funding_choices(self, keep: Any = None) -> None:
        row = self.form.rows["funding_line_id"]
        current = keep if isinstance(keep, str) else row.value()
        # Both calls block the widget's signals, so the form does not turn dirty.
        row.widget.set_choices(self._funding_choices(self.db))  # type: ignore[attr-defined]
        row.set_value(current)

    # --- actions ---
    def _update_extra(self, *_args: Any) -> None:
        record = self.form_record()
        self.done_button.setEnabled(record is not None and is_open(record))
        self.reopen_button.setEnabled(record is not None and not is_open(record))

    def context_actions(self, record: Record | None) -> list[QAction]:
        if record is None:
            return []
        if is_open(record):
            done = QAction(self.tr("Marker som utført"), self)
            done.triggered.connect(self.mark_done)
            return [done]
        reopen = QAction(self.tr("Gjenåpne"), self)
        reopen.triggered.connect(self.reopen)
        return [reopen]

    def mark_done(self) -> None:
        record = self.form.record
        if record is None or not is_open(record) or not self.form.maybe_discard():
            return
        record = self.form.record  # reloaded if the user discarded changes
        if record is None:
            return
        try:
            following = deadlines.mark_done(self.db, record.id, expected_version=record.version)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Kan ikke markere som utført"), domain_message(exc))
            self.refresh()
            return
        self._show_after_change(record.id)
        self.data_changed.emit()
        if following is not None:
            QMessageBox.information(
                self,
                self.tr("Neste frist er opprettet"),
                self.tr(
                    "«%s» er markert som utført. Fristen gjentas (%s), så neste frist er "
                    "opprettet med dato %s."
                )
                % (
                    record.title,
                    domain_i18n.enum_label(record.recurrence).lower(),
                    format_date(following.due_date),
                ),
            )
        else:
            self._status(self.tr("«%s» er markert som utført.") % record.title)

    def reopen(self) -> None:
        record = self.form.record
        if record is None or is_open(record) or not self.form.maybe_discard():
            return
        record = self.form.record  # reloaded if the user discarded changes
        if record is None:
            return
        try:
            deadlines.reopen(self.db, record.id, expected_version=record.version)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Kan ikke gjenåpne"), domain_message(exc))
            self.refresh()
            return
        self._show_after_change(record.id)
        self.data_changed.emit()
        self._status(self.tr("«%s» er åpen igjen.") % record.title)

    def _show_after_change(self, record_id: str) -> None:
        """Reload, and keep the changed deadline in the form (so the change can be undone),
        selected in the table if the filters still show it."""
        self.refresh()
        if self.table_model.row_of(record_id) >= 0:
            self.select_id(record_id)
        else:
            self.view.clearSelection()
            self.open_record(record_id)

    def _status(self, message: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 6000)

    def print_report(self) -> None:
        from kunnskapsapp.ui.reports import open_report_dialog

        open_report_dialog(self, self.db, "deadlines")


def _project_choices(db: Database) -> list[tuple[Any, str]]:
    """Every project by name, from the name columns alone (fast with thousands)."""
    return choices_of(m.Project)(db)
