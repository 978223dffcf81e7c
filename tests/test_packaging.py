"""The files the packages are made of: icons, the desktop entry, AppStream metainfo, licences."""

from __future__ import annotations

import configparser
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from kunnskapsapp import paths
from kunnskapsapp.ui.app import DESKTOP_ID, make_application

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@pytest.mark.parametrize("size", SIZES)
def test_every_icon_size_is_rendered_from_the_svg(size: int) -> None:
    image = QImage(str(paths.icon_path(f"kunnskapsapp-{size}.png")))
    assert (image.width(), image.height()) == (size, size)
    # The rounded square's corner is transparent, its middle is not.
    assert image.pixelColor(0, 0).alpha() == 0
    assert image.pixelColor(size // 2, size - size // 5).alpha() == 255


def test_the_window_carries_the_icon(qtbot: Any) -> None:
    app = make_application()
    assert not app.windowIcon().isNull()
    assert app.desktopFileName() == DESKTOP_ID


def test_the_desktop_entry_starts_the_command_with_the_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(LINUX / f"{DESKTOP_ID}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"].split()[0] == "kunnskapsapp"
    assert desktop["Icon"] == DESKTOP_ID
    assert desktop["Terminal"] == "false"


def test_the_metainfo_names_the_desktop_entry() -> None:
    root = ET.parse(LINUX / f"{DESKTOP_ID}.metainfo.xml").getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == DESKTOP_ID
    assert root.findtext("launchable") == f"{DESKTOP_ID}.desktop"
    assert root.find("releases/release").get("version") == "@VERSION@"  # filled in by the build


def test_the_bundle_carries_every_dependency_and_only_those_for_this_platform() -> None:
    script = ROOT / "packaging" / "collect_licenses.py"
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); import collect_licenses as c; "
        "print('\\n'.join(d.metadata['Name'] for d in c.closure('pytest-qt')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(script.parent)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    names = done.stdout.split()
    assert {"pytest-qt", "pytest", "pluggy", "iniconfig"} <= set(names)  # transitive, too
    if sys.platform != "win32":
        assert "colorama" not in names  # pytest needs it only on Windows
