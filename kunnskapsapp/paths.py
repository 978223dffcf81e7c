"""Every file location the application uses, in one place.

User data (the default database, backups, logs) comes from platformdirs, so it lands where
each platform expects it. On POSIX what the app writes is the owner's only, whatever the
umask: folders 0700, files 0600 (`private_dir`, `private_file`, `write_private`,
`private_umask`); on Windows the per-user data folder is private already. Bundled files
(migrations, fonts, icons, demo sources) are found inside the installed package, or beside it
in a source checkout.
"""

from __future__ import annotations

import logging.handlers
import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

from platformdirs import PlatformDirs

APP_NAME = "Kunnskapsapp"
APP_AUTHOR = "Kunnskapsapp"

_PACKAGE_DIR = Path(__file__).resolve().parent

POSIX = os.name == "posix"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


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


# --- Owner-only files -----------------------------------------------------------------------


def private_dir(path: Path) -> Path:
    """`path` created if missing (with its parents) and made owner-only: 0700 on POSIX.

    For the app's own folders (the data folder, backups, logs, settings); a folder the user
    chose for a database is only created owner-only, never changed.
    """
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    if POSIX:
        with suppress(OSError):  # not ours to change (another owner)
            path.chmod(PRIVATE_DIR_MODE)
    return path


def private_file(path: Path, *, create: bool = False) -> Path:
    """`path` made owner-only (0600 on POSIX); `create` makes an empty one if missing."""
    if create and not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE_MODE))
    if POSIX and path.exists():
        with suppress(OSError):
            path.chmod(PRIVATE_FILE_MODE)
    return path


def write_private(path: Path, data: bytes) -> Path:
    """Write `data` to a file that is owner-only from its first byte."""
    with open_private(path) as out:
        out.write(data)
    return path


def open_private(path: Path) -> BinaryIO:
    """`path` opened for writing (truncated), owner-only from its first byte, also when a file
    of that name was there already."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
    private_file(path)
    return os.fdopen(fd, "wb")


@contextmanager
def private_umask() -> Iterator[None]:
    """Files created inside the block (SQLite's journals, a library's output) are 0600.

    The umask is the process's: keep the block short.
    """
    if not POSIX:
        yield
        return
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose every file, the rotated ones too, is owner-only."""

    def _open(self):  # type: ignore[no-untyped-def]
        with private_umask():
            stream = super()._open()
        private_file(Path(self.baseFilename))
        return stream


def private_log_handler(path: Path, **kwargs: object) -> logging.handlers.RotatingFileHandler:
    """The app's log file handler: its folder 0700, the files 0600."""
    private_dir(path.parent)
    return PrivateRotatingFileHandler(path, **kwargs)  # type: ignore[arg-type]


def private_settings(file_name: str) -> None:
    """The settings file (QSettings().fileName()) and its folder, owner-only on POSIX.

    Qt keeps a file's mode when it rewrites it, so making it 0600 once is enough.
    """
    if POSIX and file_name:
        path = Path(file_name)
        private_dir(path.parent)
        private_file(path, create=True)
