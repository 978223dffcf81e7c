"""Every setting the app remembers, declared once with its type and default, on QSettings.

Tests run under a test application name and a temporary settings folder (tests/conftest.py),
so they never read or write the user's settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    type: type

    def get(self) -> T:
        value = QSettings().value(self.key, self.default, type=self.type)
        return cast(T, value)  # QSettings converts to `type`, which holds T

    def set(self, value: T) -> None:
        QSettings().setValue(self.key, value)


WINDOW_GEOMETRY = Setting[QByteArray]("window/geometry", QByteArray(), QByteArray)
WINDOW_STATE = Setting[QByteArray]("window/state", QByteArray(), QByteArray)
LAST_PAGE = Setting[str]("window/last_page", "dashboard", str)
LAST_EXPORT_DIR = Setting[str]("files/last_export_dir", "", str)


def splitter_state(page: str) -> Setting[QByteArray]:
    return Setting[QByteArray](f"pages/{page}/splitter", QByteArray(), QByteArray)


def header_state(page: str) -> Setting[QByteArray]:
    """Column widths, order and the sort column of a page's table."""
    return Setting[QByteArray](f"pages/{page}/header", QByteArray(), QByteArray)


def page_value(page: str, name: str, default: Any) -> Setting[Any]:
    return Setting[Any](f"pages/{page}/{name}", default, type(default))
