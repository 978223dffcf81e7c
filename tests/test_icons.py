"""Icons in the navigation and on the buttons: one bundled set (Lucide) with its licence,
beside the texts, crisp at 200 %, and drawn in the palette's colours, light or dark."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QToolBar, QToolButton

from kunnskapsapp import paths
from kunnskapsapp.ui import icons
from kunnskapsapp.ui.main_window import PAGES, MainWindow
from kunnskapsapp.ui.page import ListPage

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons" / "ui"


@pytest.fixture
def window(qtbot: Any, db: Any) -> MainWindow:
    main = MainWindow(db)
    qtbot.addWidget(main)
    main.show()
    return main


@pytest.fixture
def restore_palette() -> Iterator[None]:
    before = QPalette(QApplication.palette())
    yield
    QApplication.setPalette(before)
    QApplication.processEvents()


def dark_palette() -> QPalette:
    palette = QPalette(QApplication.palette())
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e0e0e0"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#e0e0e0"),
        (QPalette.ColorRole.Button, "#353535"),
        (QPalette.ColorRole.ButtonText, "#e0e0e0"),
    ):
        palette.setColor(QPalette.ColorGroup.Active, role, QColor(colour))
        palette.setColor(QPalette.ColorGroup.Inactive, role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#777"))
    return palette


def ink(qicon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal, ratio: float = 1.0) -> list[QColor]:
    """The drawn (opaque) pixels of the icon at 16 px."""
    image = qicon.pixmap(QSize(16, 16), ratio, mode).toImage()
    return [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 200
    ]


def lightness(qicon: QIcon) -> float:
    pixels = ink(qicon)
    assert pixels, "the icon draws nothing"
    return sum(colour.lightnessF() for colour in pixels) / len(pixels)


def toolbar_buttons(window: MainWindow) -> list[tuple[Any, QToolButton]]:
    toolbar = window.findChild(QToolBar, "mainToolbar")
    pairs = []
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        if isinstance(button, QToolButton):
            pairs.append((action, button))
    return pairs


def test_every_navigation_entry_has_its_own_icon(window: MainWindow) -> None:
    names = []
    for row in range(window.nav.count()):
        item = window.nav.item(row)
        assert not item.icon().isNull(), item.text()
        assert ink(item.icon()), item.text()
        names.append(item.data(icons.ICON_NAME_ROLE))
    assert len(names) == len(PAGES)
    assert len(set(names)) == len(names)  # no two pages look alike
    # The title is still there beside it.
    assert [window.nav.item(r).text() for r in range(window.nav.count())] == [
        window.tr(entry.title) for entry in PAGES
    ]


def test_every_toolbar_button_shows_its_icon_beside_its_text(window: MainWindow) -> None:
    pairs = toolbar_buttons(window)
    assert [action.objectName() for action, _ in pairs] == [
        "actionNew",
        "actionSave",
        "actionDelete",
        "actionRefresh",
        "actionPrint",
    ]
    for action, button in pairs:
        assert not action.icon().isNull(), action.text()
        assert ink(action.icon()), action.text()
        assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        assert button.text() == action.iconText() != ""
    assert not window.act_find.icon().isNull()  # Søk, in the Rediger menu


@pytest.mark.parametrize(
    "page_id", [entry.page_id for entry in PAGES if entry.page_id != "dashboard"]
)
def test_every_list_page_has_icons_on_its_buttons(window: MainWindow, page_id: str) -> None:
    shown = window.show_page(page_id)
    lists = [shown] if isinstance(shown, ListPage) else shown.findChildren(ListPage)
    assert lists  # Finansiering og fond: one list page per tab
    for page in lists:
        for button in (page.new_button, page.save_button, page.cancel_button, page.delete_button):
            assert not button.icon().isNull(), button.objectName()
            assert button.text(), button.objectName()  # the icon never replaces the text
        # The search field's magnifier is named, as everything a screen reader meets.
        (search,) = [a for a in page.search.actions() if not a.icon().isNull()]
        assert search.text() == page.search.accessibleName() == "Søk"


def test_the_dashboard_refresh_button_has_an_icon(window: MainWindow) -> None:
    page = window.show_page("dashboard")
    assert not page.refresh_button.icon().isNull()
    assert page.refresh_button.text() == "Oppdater"


def test_a_dark_palette_redraws_every_icon_light(
    window: MainWindow, qtbot: Any, restore_palette: None
) -> None:
    projects = window.show_page("projects")

    def nav_icon() -> QIcon:
        return window.nav.item(0).icon()

    assert lightness(nav_icon()) < 0.3
    assert lightness(window.act_new.icon()) < 0.3
    assert lightness(projects.new_button.icon()) < 0.3

    QApplication.setPalette(dark_palette())  # what a dark mode switch does

    qtbot.waitUntil(lambda: lightness(window.act_new.icon()) > 0.8)
    qtbot.waitUntil(lambda: lightness(nav_icon()) > 0.8)
    qtbot.waitUntil(lambda: lightness(projects.new_button.icon()) > 0.8)
    global_search = window.global_search.box
    (magnifier,) = [a for a in global_search.actions() if not a.icon().isNull()]
    qtbot.waitUntil(lambda: lightness(magnifier.icon()) > 0.8)
    # A disabled button draws its icon in the palette's disabled colour.
    assert not projects.cancel_button.isEnabled()
    disabled = ink(projects.cancel_button.icon(), QIcon.Mode.Disabled)
    assert disabled
    assert all(abs(colour.red() - 0x77) <= 2 for colour in disabled)


def test_the_selected_navigation_entry_draws_its_icon_in_the_highlighted_text_colour(
    window: MainWindow,
) -> None:
    highlighted = QApplication.palette().color(QPalette.ColorRole.HighlightedText).name()
    item = window.nav.item(window.nav.currentRow())
    assert {c.name() for c in ink(item.icon(), QIcon.Mode.Selected)} == {highlighted}


def test_each_icon_is_drawn_for_150_and_200_percent_not_scaled_up() -> None:
    qicon = icons.icon("save")
    sizes = {(s.width(), s.height()) for s in qicon.availableSizes()}
    for size in (16, 18, 24):
        for ratio in (1.0, 1.5, 2.0):
            pixels = round(size * ratio)
            assert (pixels, pixels) in sizes
            pixmap = qicon.pixmap(QSize(size, size), ratio)
            assert pixmap.size() == QSize(pixels, pixels)
            assert pixmap.devicePixelRatio() == ratio


def test_an_unknown_icon_name_is_an_error_not_an_empty_icon() -> None:
    with pytest.raises(KeyError):
        icons.icon("no-such-icon")


def test_the_bundled_icons_are_those_used_and_all_from_one_version() -> None:
    code = "\n".join(
        path.read_text(encoding="utf-8") for path in (ROOT / "kunnskapsapp" / "ui").rglob("*.py")
    )
    readme = (ICONS / "README.md").read_text(encoding="utf-8")
    (version,) = re.findall(r"version\s+\*\*(\d+\.\d+\.\d+)\*\*", readme)
    assert version == icons.ICON_SET_VERSION  # what Om Kunnskapsapp shows
    bundled = sorted(ICONS.glob("*.svg"))
    assert len(bundled) >= len(PAGES)
    for path in bundled:
        assert f'"{path.stem}"' in code, f"{path.name} is bundled but not used"
        assert f"@license lucide-static v{version} - ISC" in path.read_text(encoding="utf-8")


def test_the_icons_licence_travels_in_the_wheel_the_sdist_and_the_bundle() -> None:
    licence = paths.icon_path("ui") / "LICENSE"
    assert "ISC License" in licence.read_text(encoding="utf-8")
    assert "Lucide Icons and Contributors" in licence.read_text(encoding="utf-8")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    build = project["tool"]["hatch"]["build"]["targets"]
    assert build["wheel"]["force-include"]["resources"] == "kunnskapsapp/resources"
    assert "resources" in build["sdist"]["include"]
    spec = (ROOT / "packaging" / "kunnskapsapp.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "kunnskapsapp/resources")' in spec
    assert 'QtSvg"' not in spec  # the renderer is not left out of the bundle


def test_the_search_fields_keep_their_names(window: MainWindow) -> None:
    box = window.findChild(QLineEdit, "globalSearch")
    assert box.accessibleName() == "Søk i alt"
    (magnifier,) = [a for a in box.actions() if not a.icon().isNull()]
    assert magnifier.text() == "Søk i alt"
