"""Innstillinger → Utseende (follow the system, light, dark), applied at start, and the focus
ring that shows in both palettes which control the keyboard is on."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from kunnskapsapp.services.demo import create_demo
from kunnskapsapp.ui import focus_ring, palette, settings
from kunnskapsapp.ui.bar_chart import BarChart
from kunnskapsapp.ui.main_window import MainWindow
from tests.ui_helpers import active_dashboard


@pytest.fixture
def app_look(qapp: QApplication) -> Iterator[QApplication]:
    """The application's style, palette and saved choice as they were, after the test."""
    style, before = qapp.style().name(), QPalette(qapp.palette())
    yield qapp
    QSettings().remove(settings.APPEARANCE.key)
    QGuiApplication.styleHints().unsetColorScheme()
    qapp.setStyle(style)
    qapp.setPalette(before)


def test_utseende_in_the_settings_menu_saves_the_choice(
    qtbot: Any, db: Any, app_look: QApplication
) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    menu = window.findChild(QWidget, "menuAppearance")
    assert menu is not None and menu.title() == "Utseende"
    actions = {a.objectName(): a for a in menu.actions()}
    assert [a.text() for a in menu.actions()] == ["Følg systemet", "Lyst", "Mørkt"]
    assert actions["actionAppearance_system"].isChecked()  # the default
    actions["actionAppearance_dark"].trigger()  # no dialog: used at once
    qtbot.waitUntil(lambda: settings.APPEARANCE.get() == "dark")
    assert palette.chosen_appearance() is palette.Appearance.DARK

    again = MainWindow(db)
    qtbot.addWidget(again)
    menu = again.findChild(QWidget, "menuAppearance")
    checked = [a.objectName() for a in menu.actions() if a.isChecked()]
    assert checked == ["actionAppearance_dark"]


@pytest.mark.parametrize("choice", ["dark", "light"])
def test_the_chosen_appearance_is_applied_at_start(
    qtbot: Any, app_look: QApplication, choice: str
) -> None:
    settings.APPEARANCE.set(choice)
    palette.apply(app_look, palette.chosen_appearance())
    dark = choice == "dark"
    assert palette.is_dark() is dark
    assert QGuiApplication.styleHints().colorScheme() in (
        Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light,
        Qt.ColorScheme.Unknown,  # a platform that ignores the request: Fusion's palette then
    )
    field = QLineEdit()
    qtbot.addWidget(field)
    # A widget built now reads on the palette chosen, and the roles answer for it.
    base = field.palette().color(QPalette.ColorRole.Base)
    assert (base.lightness() < 128) is dark
    assert palette.DANGER.css() == palette.DANGER.value(dark)
    # An unticked box is seen: its edge stands out from the window by 3:1.
    box = QCheckBox("Oppfylles selv om samarbeidsavtalen sies opp")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    option = QStyleOptionButton()
    option.initFrom(box)
    edge = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = box.grab().toImage()
    ratio = image.devicePixelRatio()
    window = palette.WINDOW.value(dark)
    column = [
        image.pixelColor(round(edge.left() * ratio) + dx, round(y * ratio)).name()
        for dx in (0, 1)
        for y in range(edge.top() + 2, edge.bottom() - 1)
    ]
    assert max(palette.contrast(c, window) for c in column) >= 3.0


def test_following_the_system_leaves_the_system_s_palette(app_look: QApplication) -> None:
    before = app_look.palette().color(QPalette.ColorRole.Window).name()
    settings.APPEARANCE.set("something a later version wrote")
    assert palette.chosen_appearance() is palette.Appearance.SYSTEM
    palette.apply(app_look, palette.chosen_appearance())
    assert app_look.palette().color(QPalette.ColorRole.Window).name() == before


def _ring_pixel(container: QWidget, control: QWidget) -> QColor:
    """The colour drawn where the ring goes, at the middle of `control`'s top edge: just
    above a field or a button, on the edge of a table (which fills its place to the edge)."""
    image = container.grab().toImage()
    ratio = image.devicePixelRatio()
    top = control.mapTo(container, control.rect().topLeft())
    inside = isinstance(control, QAbstractScrollArea)
    x, y = top.x() + control.width() // 2, top.y() + (0 if inside else -1)
    return image.pixelColor(round(x * ratio), round(y * ratio))


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_focus_ring_follows_the_tab_key_in_both_palettes(
    qtbot: Any, qapp: QApplication, dark: bool
) -> None:
    focus_ring.install(qapp)
    container = QWidget()
    qtbot.addWidget(container)
    container.setPalette(palette.qt_palette(dark))
    layout = QVBoxLayout(container)
    layout.setSpacing(12)
    field, button, table = QLineEdit(), QPushButton("Lagre"), QTableWidget(2, 2)
    table.setTabKeyNavigation(False)  # as the app's tables: Tab leaves them
    for widget in (field, button, table):
        layout.addWidget(widget)
    container.show()
    qtbot.waitExposed(container)
    container.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    ring = palette.FOCUS_RING.value(dark)
    background = palette.WINDOW.value(dark)
    qtbot.waitUntil(lambda: _ring_pixel(container, field).name() == ring)
    assert _ring_pixel(container, button).name() != ring
    for control in (button, table):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.waitUntil(control.hasFocus)
        qtbot.waitUntil(lambda c=control: _ring_pixel(container, c).name() == ring)
        assert _ring_pixel(container, field).name() == background  # it left the field
    qtbot.keyClick(table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(button.hasFocus)
    qtbot.waitUntil(lambda: _ring_pixel(container, table).name() != ring)  # and the table


def _pixel(widget: QWidget, x: float, y: float) -> str:
    image = widget.grab().toImage()
    ratio = image.devicePixelRatio()
    return image.pixelColor(round(x * ratio), round(y * ratio)).name()


def test_a_new_appearance_is_used_at_once_without_a_restart(
    qtbot: Any, db: Any, app_look: QApplication
) -> None:
    focus_ring.install(app_look)
    create_demo(db)
    window, page = active_dashboard(qtbot, db)
    light_window = app_look.palette().color(QPalette.ColorRole.Window).name()
    assert not palette.is_dark()
    chart = page.findChild(BarChart, "fundChart")
    bar = chart.bars()[0][0].center()  # the first year's appropriation
    empty = page.findChild(QLabel, "empty_evaluations")
    section = chart.parentWidget()
    chart.setFocus()
    qtbot.waitUntil(chart.hasFocus)

    def look(dark: bool) -> bool:
        return (
            _pixel(chart, bar.x(), bar.y()) == palette.CHART_PLANNED.value(dark)
            and palette.MUTED.value(dark) in empty.styleSheet()
            and _pixel(section, chart.x() + chart.width() // 2, chart.y() - 1)
            == palette.FOCUS_RING.value(dark)
        )

    qtbot.waitUntil(lambda: look(False))
    menu = window.findChild(QWidget, "menuAppearance")
    actions = {a.objectName(): a for a in menu.actions()}
    actions["actionAppearance_dark"].trigger()
    assert app_look.palette().color(QPalette.ColorRole.Window).name() == palette.WINDOW.dark
    qtbot.waitUntil(lambda: palette.is_dark(window.palette()))
    qtbot.waitUntil(lambda: look(True))

    # An overdue deadline's row, loaded before the switch, in the new palette's red.
    deadlines = window.show_page("deadlines")
    qtbot.waitUntil(lambda: deadlines.proxy.rowCount() > 0, timeout=10_000)

    def row_colours() -> set[str]:
        model = deadlines.table_model
        found = set()
        for row in range(model.rowCount()):
            brush = model.data(model.index(row, 0), Qt.ItemDataRole.ForegroundRole)
            if brush is not None:
                found.add(brush.color().name())
        return found

    assert palette.DANGER.dark in row_colours()
    actions["actionAppearance_light"].trigger()
    assert palette.DANGER.light in row_colours() and palette.DANGER.dark not in row_colours()
    window.show_page("dashboard")
    assert app_look.palette().color(QPalette.ColorRole.Window).name() == palette.WINDOW.light
    chart.setFocus()
    qtbot.waitUntil(lambda: look(False))

    actions["actionAppearance_dark"].trigger()
    qtbot.waitUntil(lambda: look(True))
    actions["actionAppearance_system"].trigger()  # the system's own palette again
    assert app_look.palette().color(QPalette.ColorRole.Window).name() == light_window
    qtbot.waitUntil(lambda: look(False))


def test_the_focus_ring_stays_when_the_style_changes(qtbot: Any, app_look: QApplication) -> None:
    """Back to the system's appearance may bring the platform's own style back: the ring
    around the control the keyboard is on is drawn again in it."""
    focus_ring.install(app_look)
    container = QWidget()
    qtbot.addWidget(container)
    layout = QVBoxLayout(container)
    field = QLineEdit()
    layout.addWidget(field)
    container.show()
    qtbot.waitExposed(container)
    container.activateWindow()
    field.setFocus()
    ring = palette.FOCUS_RING.get(field.palette()).name()
    qtbot.waitUntil(lambda: _ring_pixel(container, field).name() == ring)
    app_look.setStyle("Windows")
    qtbot.waitUntil(lambda: _ring_pixel(container, field).name() == ring)


def test_the_deadline_calendar_marks_its_days_in_the_new_palette(
    qtbot: Any, app_look: QApplication
) -> None:
    from kunnskapsapp.ui.pages.deadlines.calendar import DeadlineCalendar

    calendar = DeadlineCalendar()
    qtbot.addWidget(calendar)
    calendar.show()

    def weekend() -> str:
        return calendar.weekdayTextFormat(Qt.DayOfWeek.Saturday).foreground().color().name()

    dark = palette.is_dark()
    assert weekend() == palette.MUTED.value(dark)
    chosen = palette.Appearance.LIGHT if dark else palette.Appearance.DARK
    palette.apply(app_look, chosen)
    qtbot.waitUntil(lambda: weekend() == palette.MUTED.value(not dark))
