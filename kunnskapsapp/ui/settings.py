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
        # QSettings converts the stored value to `type`; its stub only says "object".
        return cast(T, QSettings().value(self.key, self.default, type=self.type))

    def set(self, value: T) -> None:
        QSettings().setValue(self.key, value)


WINDOW_GEOMETRY = Setting[QByteArray]("window/geometry", QByteArray(), QByteArray)
WINDOW_STATE = Setting[QByteArray]("window/state", QByteArray(), QByteArray)
LAST_PAGE = Setting[str]("window/last_page", "dashboard", str)
LAST_EXPORT_DIR = Setting[str]("files/last_export_dir", "", str)
# Fil → Koble til database …: the shared server (services.connection.Server as JSON; never
# the password, which is in the keyring or pgpass) and where its password is kept.
DATABASE_SERVER = Setting[str]("database/server", "", str)
DATABASE_PASSWORD_STORE = Setting[str]("database/password_store", "keyring", str)

# Innstillinger → Språk: "nb" (the default) or "en"; read at start (ui.i18n), and
# `--language` wins over it.
LANGUAGE = Setting[str]("ui/language", "nb", str)
# Innstillinger → Utseende: "system" (follow the system's light or dark), "light" or "dark"
# (ui.palette.Appearance); read at start.
APPEARANCE = Setting[str]("ui/appearance", "system", str)

# Kom i gang has been gone through (or closed): it no longer opens by itself on an empty
# database; Hjelp → Kom i gang opens it again.
FIRST_START_DONE = Setting[bool]("first_start/done", False, bool)
# Finansiering og fond: the tab in front, and the split between the years and their allocations.
FUND_TAB = Setting[int]("pages/fund/tab", 0, int)
FUND_YEARS_LEFT_SPLITTER = Setting[QByteArray](
    "pages/fund_years/left_splitter", QByteArray(), QByteArray
)


# One family of settings per list page, keyed by the page's id (`ListPage.page_id`).


def splitter_state(page: str) -> Setting[QByteArray]:
    """The split between a page's table and its form."""
    return Setting[QByteArray](f"pages/{page}/splitter", QByteArray(), QByteArray)


def header_state(page: str) -> Setting[QByteArray]:
    """Column widths, order and the sort column of a page's table."""
    return Setting[QByteArray](f"pages/{page}/header", QByteArray(), QByteArray)


def page_value(page: str, name: str, default: Any) -> Setting[Any]:
    """An ad-hoc page setting. Kept for callers not yet moved over; declare a new setting
    above instead, with its key, type and default."""
    return Setting[Any](f"pages/{page}/{name}", default, type(default))


# The import wizard's column mappings, remembered per shape of file: a JSON object from
# `exchange.mapping.shape_key(header)` to the mapping (the file's header → column or null).
IMPORT_MAPPINGS = Setting[str]("import/mappings", "", str)
