"""Every colour the screen shows, by role, each with a light and a dark value.

Widgets ask for a role (`palette.DANGER.css()`, `palette.CHART_USED.get(widget.palette())`)
and get the value for the palette in use: the dark one where the palette's window colour is
dark. Which palette is in use follows the system or Innstillinger → Utseende (`apply`, at
start); where the platform's style ignores the request, the app switches to Fusion with the
palette built here (`qt_palette`).

`TEXT_CHECKS` and `NON_TEXT_CHECKS` name each role's background: tests/test_palette.py holds
every pair to WCAG 2.1's contrast (4.5:1 for text, 3:1 for bars, rings and borders) in both
palettes, and fails on a role no check names.

The printed reports keep their colours in reports/style.py; the charts' light colours are read
from there, so a chart looks the same on screen and on paper.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from kunnskapsapp.chart_colours import CHART_HEX
from kunnskapsapp.ui import settings


@dataclass(frozen=True)
class Role:
    name: str
    light: str
    dark: str

    def value(self, dark: bool) -> str:
        return self.dark if dark else self.light

    def get(self, palette: QPalette | None = None) -> QColor:
        """The role's colour for `palette` (the application's by default)."""
        return QColor(self.value(is_dark(palette)))

    def css(self, palette: QPalette | None = None) -> str:
        """The colour as a style sheet writes it (`#rrggbb`)."""
        return self.value(is_dark(palette))


_WINDOW_ROLE = QPalette.ColorRole.Window  # read once: a table's cells ask for every repaint


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether `palette` (the application's by default) is a dark one."""
    chosen = palette if palette is not None else QApplication.palette()
    return chosen.color(_WINDOW_ROLE).lightness() < 128


# --- Surfaces and their text (the Fusion palette where the platform gives none) ---
WINDOW = Role("window", "#efefef", "#2b2b2b")
WINDOW_TEXT = Role("window_text", "#1f2328", "#e6e6e6")
BASE = Role("base", "#ffffff", "#1e1e1e")
ALTERNATE_BASE = Role("alternate_base", "#f7f7f7", "#262626")
TEXT = Role("text", "#1f2328", "#e6e6e6")
BUTTON = Role("button", "#efefef", "#353535")
BUTTON_TEXT = Role("button_text", "#1f2328", "#e6e6e6")
MID = Role("mid", "#b8c2cc", "#5a5f66")  # grid lines, frames
# The edge of a check box or radio button: Fusion draws it darker than the window, which in
# a dark palette is as dark as the field behind it.
CONTROL_BORDER = Role("control_border", "#7a8793", "#8a939c")
# A control that cannot be used now (WCAG exempts it from contrast): dimmer than MUTED, so
# Opp/Ned greyed out do not look like the buttons beside them.
DISABLED_TEXT = Role("disabled_text", "#9aa0a6", "#7d848c")
TOOLTIP = Role("tooltip", "#ffffdc", "#3a3a3a")
TOOLTIP_TEXT = Role("tooltip_text", "#1f2328", "#e6e6e6")

# --- The accent: selection, the current navigation entry, links ---
ACCENT = Role("accent", "#1d5f99", "#2f65ca")
ON_ACCENT = Role("on_accent", "#ffffff", "#ffffff")
LINK = Role("link", "#1d5f99", "#8ab4f8")
FOCUS_RING = Role("focus_ring", "#1d6fd6", "#6cb4ff")

# --- Text that says something: on the window or in a table ---
MUTED = Role("muted", "#5b6470", "#a8b0b8")  # hints, done rows, weekends
WARNING = Role("warning", "#955400", "#ffb74d")  # a sum that differs, a meeting that runs over
DANGER = Role("danger", "#b00020", "#ff8a80")  # errors, overdue, over the appropriation
SUCCESS = Role("success", "#256b29", "#81c784")  # done, saved
SOON = Role("soon", "#fff4c2", "#4a4010")  # the background of a row due soon

# --- The deadline calendar: (text, background) per kind of day ---
DAY_OVERDUE = Role("day_overdue", "#c62828", "#b3261e")
DAY_OVERDUE_TEXT = Role("day_overdue_text", "#ffffff", "#ffffff")
DAY_OPEN = Role("day_open", "#cfe0fc", "#1f5fbf")
DAY_OPEN_TEXT = Role("day_open_text", "#0b3d91", "#ffffff")
DAY_HOLIDAY = Role("day_holiday", "#fde4e4", "#4a1f1f")
DAY_HOLIDAY_TEXT = Role("day_holiday_text", "#b00020", "#ff8a80")

# --- A word found in the user guide ---
SEARCH_HIT = Role("search_hit", "#ffe066", "#ffe066")
SEARCH_HIT_TEXT = Role("search_hit_text", "#000000", "#000000")

# --- Chart bars: the light values are the printed charts' (reports/style.py) ---
CHART_PLANNED = Role("chart_planned", CHART_HEX["planned"], "#6f8fb0")
CHART_USED = Role("chart_used", CHART_HEX["used"], "#9cc8f0")
CHART_WARNING = Role("chart_warning", CHART_HEX["warning"], "#ff8a80")
CHART = {"planned": CHART_PLANNED, "used": CHART_USED, "warning": CHART_WARNING}


# --- Status chips in tables: a fill, its text and a border, by tone ---
@dataclass(frozen=True)
class Chip:
    fill: Role
    text: Role
    border: Role


class Tone(Enum):
    POSITIVE = "positive"
    WARNING = "warning"
    NEGATIVE = "negative"
    INFO = "info"
    NEUTRAL = "neutral"


CHIPS: dict[Tone, Chip] = {
    Tone.POSITIVE: Chip(
        Role("chip_positive", "#e3f1e4", "#1d3b20"),
        Role("chip_positive_text", "#1b5e20", "#b9e4bb"),
        Role("chip_positive_border", "#2e7d32", "#66bb6a"),
    ),
    Tone.WARNING: Chip(
        Role("chip_warning", "#fdf0d8", "#45330f"),
        Role("chip_warning_text", "#7a4500", "#ffd699"),
        Role("chip_warning_border", "#a15c00", "#d99a3a"),
    ),
    Tone.NEGATIVE: Chip(
        Role("chip_negative", "#fbe4e6", "#4a1f22"),
        Role("chip_negative_text", "#8e1b24", "#ffc2c2"),
        Role("chip_negative_border", "#b3261e", "#e57373"),
    ),
    Tone.INFO: Chip(
        Role("chip_info", "#e1ecf8", "#1c2f4a"),
        Role("chip_info_text", "#163e6a", "#bcd6f5"),
        Role("chip_info_border", "#2f6db0", "#6fa3e0"),
    ),
    Tone.NEUTRAL: Chip(
        Role("chip_neutral", "#eceef0", "#34383d"),
        Role("chip_neutral_text", "#3a4048", "#d6dadf"),
        Role("chip_neutral_border", "#7a8793", "#8a939c"),
    ),
}

# What each status says, by its stored code (domain.enums: agreements', projects' and
# funding's statuses share the codes they have in common).
STATUS_TONES: dict[str, Tone] = {
    # agreements
    "draft": Tone.INFO,
    "active": Tone.POSITIVE,
    "expired": Tone.WARNING,
    "terminated": Tone.NEGATIVE,
    # projects
    "idea": Tone.NEUTRAL,
    "application": Tone.INFO,
    "ongoing": Tone.POSITIVE,
    "completed": Tone.NEUTRAL,
    "rejected": Tone.NEGATIVE,
    "cancelled": Tone.NEUTRAL,
    # funding
    "planned": Tone.NEUTRAL,
    "applied": Tone.INFO,
    "granted": Tone.POSITIVE,
    "withdrawn": Tone.NEUTRAL,
}


def chip(status: str) -> Chip:
    """The chip a status is drawn in (neutral for a code not listed)."""
    return CHIPS[STATUS_TONES.get(status, Tone.NEUTRAL)]


# --- The pairs the tests hold to WCAG 2.1 (foreground, background) ---
_TABLE = (BASE, ALTERNATE_BASE)
_WINDOW = (WINDOW, BASE)
TEXT_CHECKS: list[tuple[Role, Role]] = [
    *(
        (text, bg)
        for text in (WINDOW_TEXT, MUTED, WARNING, DANGER, SUCCESS, LINK)
        for bg in _WINDOW
    ),
    *((text, bg) for text in (TEXT, MUTED, WARNING, DANGER) for bg in _TABLE),
    (TEXT, SOON),
    (BUTTON_TEXT, BUTTON),
    (TOOLTIP_TEXT, TOOLTIP),
    (ON_ACCENT, ACCENT),
    (DAY_OVERDUE_TEXT, DAY_OVERDUE),
    (DAY_OPEN_TEXT, DAY_OPEN),
    (DAY_HOLIDAY_TEXT, DAY_HOLIDAY),
    (SEARCH_HIT_TEXT, SEARCH_HIT),
    *((c.text, c.fill) for c in CHIPS.values()),
]
NON_TEXT_CHECKS: list[tuple[Role, Role]] = [
    *((bar, bg) for bar in CHART.values() for bg in _WINDOW),
    *((FOCUS_RING, bg) for bg in (*_WINDOW, ALTERNATE_BASE, BUTTON)),
    *((CONTROL_BORDER, bg) for bg in (*_WINDOW, ALTERNATE_BASE)),
    *((c.border, bg) for c in CHIPS.values() for bg in _TABLE),
]
# Not held to a contrast: grid lines and frames (MID, beside the text they part), and the
# text of disabled controls, which WCAG exempts and which must look unavailable.
UNCHECKED = (MID, DISABLED_TEXT)


def luminance(colour: str) -> float:
    """WCAG 2.1's relative luminance of `#rrggbb`."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """WCAG 2.1's contrast ratio of two `#rrggbb` colours, 1 to 21."""
    lighter, darker = sorted((luminance(a), luminance(b)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


# --- Applying the palette ---
class Appearance(str, Enum):
    """Innstillinger → Utseende."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


APPEARANCES = (Appearance.SYSTEM, Appearance.LIGHT, Appearance.DARK)


def chosen_appearance() -> Appearance:
    """Innstillinger → Utseende as saved (the system's for a value this version does not know)."""
    saved = settings.APPEARANCE.get()
    return next((a for a in APPEARANCES if a.value == saved), Appearance.SYSTEM)


def qt_palette(dark: bool) -> QPalette:
    """A whole QPalette from the roles above, for the Fusion style."""
    r = QPalette.ColorRole
    result = QPalette()
    for qt_role, role in (
        (r.Window, WINDOW),
        (r.WindowText, WINDOW_TEXT),
        (r.Base, BASE),
        (r.AlternateBase, ALTERNATE_BASE),
        (r.Text, TEXT),
        (r.Button, BUTTON),
        (r.ButtonText, BUTTON_TEXT),
        (r.ToolTipBase, TOOLTIP),
        (r.ToolTipText, TOOLTIP_TEXT),
        (r.PlaceholderText, MUTED),
        (r.Highlight, ACCENT),
        (r.HighlightedText, ON_ACCENT),
        (r.Accent, ACCENT),
        (r.Link, LINK),
        (r.LinkVisited, LINK),
        (r.Mid, MID),
        (r.BrightText, ON_ACCENT),
    ):
        result.setColor(r(qt_role), QColor(role.value(dark)))
    # Disabled text, and the 3D shades Fusion draws frames with, from the window.
    window = QColor(WINDOW.value(dark))
    for qt_role in (r.WindowText, r.Text, r.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, qt_role, QColor(DISABLED_TEXT.value(dark)))
    result.setColor(r.Light, window.lighter(150))
    result.setColor(r.Midlight, window.lighter(115))
    result.setColor(r.Dark, window.darker(160 if not dark else 130))
    result.setColor(r.Shadow, QColor("#000000"))
    return result


_INDICATORS = frozenset(
    {
        QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
        QStyle.PrimitiveElement.PE_IndicatorRadioButton,
    }
)


class FusionStyle(QProxyStyle):
    """Fusion, with the edge of check boxes and radio buttons in CONTROL_BORDER, so an
    unticked box is seen in the dark palette too."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        # Called for every cell of a table each time it is drawn: the common case returns
        # at once (an attribute of a Qt object is slow to read, a module's set is not).
        QProxyStyle.drawPrimitive(self, element, option, painter, widget)
        if element not in _INDICATORS:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(CONTROL_BORDER.get(option.palette))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)  # on whole pixels
        if element is QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, 1.5, 1.5)
        painter.restore()


def apply(app: QApplication, appearance: Appearance) -> None:
    """Ask the platform for the light or dark scheme (or the system's); where its style
    does not give it, use Fusion with the palette above. Fusion (the style on Linux) gets
    the edges of FusionStyle in any palette.

    At start or while the app runs (Innstillinger → Utseende): back to the system's after
    a palette of our own, the platform's style and palette come back; the windows open are
    drawn again in the new colours, and the widgets given a colour by `set_colour_style`
    get it for the new palette."""
    if not hasattr(app, "_kunnskapsapp_platform_style"):
        app._kunnskapsapp_platform_style = app.style().name()  # type: ignore[attr-defined]
    hints = QGuiApplication.styleHints()
    if appearance is Appearance.SYSTEM:
        hints.unsetColorScheme()
    else:
        hints.setColorScheme(
            Qt.ColorScheme.Dark if appearance is Appearance.DARK else Qt.ColorScheme.Light
        )
    dark = appearance is Appearance.DARK
    ours = getattr(app, "_kunnskapsapp_palette", None)
    ours_in_use = ours is not None and app.palette() == ours
    if appearance is Appearance.SYSTEM:
        if ours_in_use:  # the platform's own again
            platform = str(app._kunnskapsapp_platform_style)  # type: ignore[attr-defined]
            if platform.lower() == "fusion":
                _use_fusion(app)
            else:
                app.setStyle(platform)
            app.setPalette(QPalette())  # nothing set: the platform's (or the style's) palette
            app._kunnskapsapp_palette = None  # type: ignore[attr-defined]
        elif app.style().name().lower() == "fusion" and not isinstance(app.style(), FusionStyle):
            _use_fusion(app)
    elif is_dark(app.palette()) != dark or ours_in_use:
        _use_fusion(app)
        app.setPalette(qt_palette(dark))
        app._kunnskapsapp_palette = QPalette(app.palette())  # type: ignore[attr-defined]
    elif app.style().name().lower() == "fusion" and not isinstance(app.style(), FusionStyle):
        _use_fusion(app)
    restyle(app)


# A widget's style sheet in each palette (`set_colour_style`), kept on the widget.
_LIGHT_STYLE = "kunnskapsappLightStyle"
_DARK_STYLE = "kunnskapsappDarkStyle"


def set_colour_style(widget: QWidget, style: str, *roles: Role) -> None:
    """Give `widget` the style sheet `style`, each `{}` in it the colour of a role for the
    palette in use (`"color: {};"`, MUTED), and again for a new palette when the appearance
    changes while the app runs; `style` "" takes it away. A style sheet keeps the colours it
    was given: this is how a label says something in a colour of its own."""
    widget.setProperty(_LIGHT_STYLE, style.format(*(role.light for role in roles)))
    widget.setProperty(_DARK_STYLE, style.format(*(role.dark for role in roles)))
    _restyle_one(widget, is_dark())


def _restyle_one(widget: QWidget, dark: bool) -> None:
    sheet = widget.property(_DARK_STYLE if dark else _LIGHT_STYLE)
    if isinstance(sheet, str) and widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


def restyle(app: QApplication) -> None:
    """Every widget given a colour by `set_colour_style` in the colour for the app's palette
    (after a change of it), and every window drawn again."""
    dark = is_dark(app.palette())
    for widget in app.allWidgets():
        _restyle_one(widget, dark)
    for window in app.topLevelWidgets():
        window.update()


def _use_fusion(app: QApplication) -> None:
    if isinstance(app.style(), FusionStyle):
        return  # already: a new style would lay out and polish every widget again
    style = FusionStyle()
    app.setStyle(style)
    app._kunnskapsapp_style = style  # type: ignore[attr-defined]  # kept while in use
