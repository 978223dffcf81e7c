"""Render resources/icons/kunnskapsapp.svg to the PNG sizes the desktop and installers use.

Run from the repository root after changing the SVG, and commit the PNGs:

    QT_QPA_PLATFORM=offscreen python packaging/render_icons.py

Qt's own SVG renderer (QtSvg, part of PySide6-Essentials) does the work, so no extra tool
is needed. It also writes a multi-size .ico for the Windows installer.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 256)
ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "kunnskapsapp.svg"))
    if not renderer.isValid():
        print("kunnskapsapp.svg could not be read", file=sys.stderr)
        return 1
    pngs: dict[int, bytes] = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        out = ICONS / f"kunnskapsapp-{size}.png"
        image.save(str(out), "PNG")  # type: ignore[call-overload]
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]
        pngs[size] = bytes(data.data())
        print(out.relative_to(ROOT))
    (ICONS / "kunnskapsapp.ico").write_bytes(_ico({s: pngs[s] for s in ICO_SIZES}))
    print((ICONS / "kunnskapsapp.ico").relative_to(ROOT))
    return 0


def _ico(images: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG-compressed images (supported since Windows Vista)."""
    header = (0).to_bytes(2, "little") + (1).to_bytes(2, "little")
    header += len(images).to_bytes(2, "little")
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images.items():
        dim = 0 if size >= 256 else size  # 0 means 256 in an .ico directory entry
        entries += bytes([dim, dim, 0, 0]) + (1).to_bytes(2, "little") + (32).to_bytes(2, "little")
        entries += len(png).to_bytes(4, "little") + offset.to_bytes(4, "little")
        offset += len(png)
        blobs += png
    return header + entries + blobs


if __name__ == "__main__":
    raise SystemExit(main())
