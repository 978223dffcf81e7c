"""A page's title, as every page shows it (and the window's frame before the pages are
built: Qt only, so the window can show it before the database is open)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def page_heading(title: str, parent: QWidget | None = None) -> QLabel:
    """A page's title, large and bold, as every page shows it."""
    heading = QLabel(title, parent)
    font = heading.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    heading.setFont(font)
    return heading
