"""Icons for the navigation and the buttons, from one set: Lucide's stroke SVGs, bundled in
resources/icons/ui (see the README and LICENSE there).

The SVGs draw in `currentColor`; each is rendered in the palette's colours (its text colour,
the disabled text colour, and the highlighted text colour for a selected navigation entry) at
1x and 2x, so an icon is crisp at 100 %, 150 % and 200 % and readable in a light or dark
palette. A button, action or navigation entry given its icon here is drawn again in the new
colours when the palette changes (a dark mode switch, the system's theme).

Icons go beside a text, never in place of it: the text and accessible names stay as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import shiboken6
from PySide6.QtCore import QByteArray, QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from kunnskapsapp import paths

# The set and its version (resources/icons/ui/README.md says where it came from).
ICON_SET = "Lucide"
ICON_SET_VERSION = "1.62.0"
ICON_SET_LICENCE = "ISC"

# Logical sizes the app shows (buttons 16, the toolbar and the navigation 18, 24 for larger
# ones), each drawn for 100 %, 150 % and 200 %: never a scaled copy of another size.
SIZES = (16, 18, 24)
RATIOS = (1.0, 1.5, 2.0)
PIXELS = sorted({round(size * ratio) for size in SIZES for ratio in RATIOS})
# A QListWidgetItem keeps the name of its icon here, to draw it again in a new palette.
ICON_NAME_ROLE = Qt.ItemDataRole.UserRole + 77

_Target = QAbstractButton | QAction

_rendered: dict[tuple[str, tuple[str, str, str]], QIcon] = {}


@cache
def svg_source(name: str) -> bytes:
    """The SVG text of icon `name` (a file name in resources/icons/ui without `.svg`)."""
    path = paths.icon_path("ui") / f"{name}.svg"
    if not path.is_file():
        raise KeyError(f"no icon named {name!r} in {path.parent}")
    return path.read_bytes()


def colours(palette: QPalette, role: QPalette.ColorRole) -> tuple[str, str, str]:
    """The colours an icon is drawn in under `palette`: normal, disabled, selected."""
    group = QPalette.ColorGroup
    return (
        palette.color(group.Active, role).name(QColor.NameFormat.HexArgb),
        palette.color(group.Disabled, role).name(QColor.NameFormat.HexArgb),
        palette.color(group.Active, QPalette.ColorRole.HighlightedText).name(
            QColor.NameFormat.HexArgb
        ),
    )


def icon(
    name: str,
    palette: QPalette | None = None,
    role: QPalette.ColorRole = QPalette.ColorRole.ButtonText,
) -> QIcon:
    """Icon `name` in the colours of `palette` (the application's by default): a pixmap for
    each size at each scale, for the normal, disabled and selected modes. Cached."""
    tint = colours(palette if palette is not None else QApplication.palette(), role)
    key = (name, tint)
    found = _rendered.get(key)
    if found is not None:
        return found
    renderer = QSvgRenderer(QByteArray(svg_source(name)))
    result = QIcon()
    modes = (QIcon.Mode.Normal, QIcon.Mode.Disabled, QIcon.Mode.Selected)
    for pixels in PIXELS:
        shape = _render(renderer, pixels)
        for mode, colour in zip(modes, tint, strict=True):
            result.addPixmap(_coloured(shape, QColor(colour)), mode, QIcon.State.Off)
    _rendered[key] = result
    return result


def _render(renderer: QSvgRenderer, pixels: int) -> QImage:
    """The drawing's shape (its coverage in the alpha channel) at `pixels` × `pixels`."""
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    return image


def _coloured(shape: QImage, colour: QColor) -> QPixmap:
    """`shape` filled with `colour`, its edges as soft as drawn."""
    image = shape.copy()
    painter = QPainter(image)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(image.rect(), colour)
    painter.end()
    return QPixmap.fromImage(image)


class _Retint(QObject):
    """Watches one widget's palette and gives the icons that follow it their new colours."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.setObjectName("iconRetint")
        self.updates: dict[int, Callable[[], None]] = {}
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange:
            for key, update in list(self.updates.items()):
                try:
                    update()
                except RuntimeError:  # its button or action was deleted before the widget
                    self.updates.pop(key, None)
        return False


def _follow(widget: QWidget, key: object, update: Callable[[], None]) -> None:
    retint = widget.findChild(_Retint, "iconRetint", Qt.FindChildOption.FindDirectChildrenOnly)
    if not isinstance(retint, _Retint):
        retint = _Retint(widget)
    retint.updates[id(key)] = update
    update()


def set_icon(
    target: _Target,
    name: str,
    role: QPalette.ColorRole = QPalette.ColorRole.ButtonText,
) -> None:
    """Give a button or an action icon `name`, drawn in the palette of the button (of the
    action's parent widget) now and after every change of it."""
    watched = target if isinstance(target, QWidget) else target.parent()
    if not isinstance(watched, QWidget):
        raise ValueError("an action with an icon needs a widget as its parent")

    def update() -> None:
        if shiboken6.isValid(target):
            target.setIcon(icon(name, watched.palette(), role))

    _follow(watched, target, update)


def add_search_icon(line: QLineEdit) -> QAction:
    """A magnifier at the start of a search field (a click on it puts the cursor there), in
    the field's text colour (a palette's placeholder colour is often left unset, so too faint
    in a dark one); its text is the field's accessible name."""
    action = line.addAction(QIcon(), QLineEdit.ActionPosition.LeadingPosition)
    action.setText(line.accessibleName())
    action.triggered.connect(lambda _checked=False: line.setFocus())
    set_icon(action, "search", QPalette.ColorRole.Text)
    return action


def set_item_icon(view: QListWidget, item: QListWidgetItem, name: str) -> None:
    """Give an entry of `view` icon `name`, in the view's text colours (selected: its
    highlighted text colour), now and after every change of its palette."""
    item.setData(ICON_NAME_ROLE, name)

    def update() -> None:
        palette = view.palette()
        for row in range(view.count()):
            each = view.item(row)
            each_name = each.data(ICON_NAME_ROLE)
            if each_name:
                each.setIcon(icon(each_name, palette, QPalette.ColorRole.Text))

    _follow(view, view, update)


# The navigation's icon for each page (main_window.PAGES).
PAGE_ICONS = {
    "dashboard": "layout-dashboard",
    "agreements": "handshake",
    "projects": "folder-kanban",
    "fund": "piggy-bank",
    "deadlines": "calendar-clock",
    "meetings": "presentation",
    "organisations": "building-2",
    "people": "users",
    "lessons": "lightbulb",
}
