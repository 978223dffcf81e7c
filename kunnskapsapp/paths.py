"""Every file location the application uses, in one place.

User data (the default database, backups, logs) comes from platformdirs, so it lands where
each platform expects it. Bundled files (migrations, fonts, icons, demo sources) are found
inside the installed package, or beside it in a source checkout.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "Kunnskapsapp"
APP_AUTHOR = "Kunnskapsapp"

_PACKAGE_DIR = Path(__file__).resolve().parent


def _dirs() -> PlatformDirs:
    return PlatformDirs(APP_NAME, APP_AUTHOR, roaming=False)


def _bundled(name: str) -> Path:
    """A top-level folder shipped with the app: inside the wheel, or in the source tree."""
    inside = _PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return _PACKAGE_DIR.parent / name


def data_dir() -> Path:
    override = os.environ.get("KUNNSKAPSAPP_DATA_DIR")
    return Path(override) if override else Path(_dirs().user_data_dir)


def log_dir() -> Path:
    override = os.environ.get("KUNNSKAPSAPP_DATA_DIR")
    return Path(override) / "logs" if override else Path(_dirs().user_log_dir)


def default_database_path() -> Path:
    return data_dir() / "kunnskapsapp.sqlite3"


def demo_database_path() -> Path:
    """The demo data Kom i gang opens, apart from the user's own database."""
    return data_dir() / "kunnskapsapp-demo.sqlite3"


def backup_dir() -> Path:
    return data_dir() / "backups"


def database_dir() -> Path:
    """The Alembic environment and revisions."""
    return _bundled("database")


def resources_dir() -> Path:
    return _bundled("resources")


def font_path(name: str) -> Path:
    return resources_dir() / "fonts" / name


def icon_path(name: str) -> Path:
    return resources_dir() / "icons" / name
