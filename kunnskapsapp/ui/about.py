"""Hjelp → Om Kunnskapsapp: versions, the database in use, the log folder and the licences.

Brukerstøtte asks for exactly this: which version, which database (file or server, and the
engine's version), which Python and Qt, where the logs are. The components and their licences
come from the installed packages' metadata, so the list is what is really installed (in the
bundle, too: the build copies the metadata and a licence file for each component).
"""

from __future__ import annotations

import platform
import sys
import sysconfig
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kunnskapsapp import __version__, paths
from kunnskapsapp.domain.collation import norwegian_key
from kunnskapsapp.services.database import Database
from kunnskapsapp.ui.icons import ICON_SET_LICENCE, ICON_SET_VERSION

# What the app needs when it is not installed (a source checkout): pyproject's dependencies.
DIRECT = (
    "PySide6-Essentials", "SQLAlchemy", "alembic", "reportlab", "rl_accel", "pypdfium2",
    "psycopg", "psycopg-binary", "platformdirs", "openpyxl", "icalendar", "python-docx",
    "keyring",
)  # fmt: skip
LICENCE_NAMES = ("LICENSE", "LICENCE", "COPYING", "NOTICE")


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    files: tuple[Path, ...]


def components() -> list[Component]:
    """Every installed component the app runs on, with its licence, sorted by name."""
    try:
        roots = [r.split(";")[0] for r in metadata.requires("kunnskapsapp") or []]
        roots = [r for r in roots if "extra ==" not in r] + ["psycopg-binary"]
    except metadata.PackageNotFoundError:
        roots = list(DIRECT)
    found: dict[str, metadata.Distribution] = {}
    todo = [_name_of(r) for r in roots]
    while todo:
        name = todo.pop()
        key = name.lower().replace("_", "-")
        if key in found:
            continue
        try:
            found[key] = dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        todo += [_name_of(r) for r in dist.requires or [] if "extra ==" not in r]
    listed = [_component(d) for d in found.values()]
    python = _bundled_licences("Python") or _python_licence()
    listed.append(Component("Python", platform.python_version(), "PSF-2.0", python))
    fonts = paths.font_path("LICENSE-DejaVu.txt")
    listed.append(Component("DejaVu-skriftene", "2.37", "Bitstream Vera / DejaVu", (fonts,)))
    icon_licence = (paths.icon_path("ui") / "LICENSE",)
    listed.append(Component("Lucide-ikonene", ICON_SET_VERSION, ICON_SET_LICENCE, icon_licence))
    return sorted(listed, key=lambda c: norwegian_key(c.name))


def _name_of(requirement: str) -> str:
    name = requirement.strip()
    for stop in "<>=!~[; (":
        name = name.split(stop)[0]
    return name


def _component(dist: metadata.Distribution) -> Component:
    meta = dist.metadata

    def field(name: str) -> str:  # absent fields: "" (item access raises or warns for them)
        return next(iter(meta.get_all(name) or []), "") or ""

    licence = field("License-Expression")
    if not licence:
        text = field("License").strip()
        licence = text if text and "\n" not in text and len(text) < 80 else ""
    if not licence:
        classifiers = [c for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
        licence = ", ".join(c.split(" :: ")[-1] for c in classifiers)
    files = tuple(
        Path(str(dist.locate_file(f)))
        for f in dist.files or []
        if ".dist-info" in str(f)
        and (f.name.upper().startswith(LICENCE_NAMES) or "licenses" in f.parts)
    )
    name = meta["Name"]
    files = files or _bundled_licences(name) or _common_licences(licence)
    return Component(name, dist.version, licence or "?", files)


def _python_licence() -> tuple[Path, ...]:
    major_minor = f"{sys.version_info[0]}.{sys.version_info[1]}"
    for path in (
        Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt",
        Path(f"/usr/share/doc/python{major_minor}/copyright"),  # Debian's Python
    ):
        if path.is_file():
            return (path,)
    return ()


def _bundled_licences(name: str) -> tuple[Path, ...]:
    """The licence files the bundle build collected (for packages whose wheel has none)."""
    base = getattr(sys, "_MEIPASS", None)
    folder = Path(base) / "licenses" / name if base else None
    if folder is None or not folder.is_dir():
        return ()
    return tuple(sorted(p for p in folder.rglob("*") if p.is_file()))


def _common_licences(licence: str) -> tuple[Path, ...]:
    """Debian's copies of the LGPL and GPL, for wheels that carry no licence file (PySide6)."""
    common = Path("/usr/share/common-licenses")
    if "LGPL-3.0" not in licence:
        return ()
    return tuple(p for p in (common / "LGPL-3", common / "GPL-3") if p.is_file())


def engine_text(db: Database) -> str:
    """ "SQLite 3.40.1" or "PostgreSQL 16.4": the engine behind the database, with its version."""
    with db.engine.connect() as connection:
        version = connection.dialect.server_version_info or ()
    name = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}.get(db.dialect, db.dialect)
    return f"{name} {'.'.join(str(part) for part in version)}".strip()


class AboutDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("Om Kunnskapsapp"))
        self.resize(760, 620)
        layout = QVBoxLayout(self)

        title = QLabel(self.tr("<b>Kunnskapsapp %s</b>") % __version__)
        title.setObjectName("aboutTitle")
        layout.addWidget(title)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Avtaler, prosjekter, finansiering og frister for kommunens forsknings- "
                    "og innovasjonsarbeid."
                )
            )
        )

        facts = QFormLayout()
        self.database_label = self._fact(db.display_url, "aboutDatabase")
        self.engine_label = self._fact(engine_text(db), "aboutEngine")
        facts.addRow(self.tr("Database:"), self.database_label)
        facts.addRow(self.tr("Databasemotor:"), self.engine_label)
        versions = self.tr("Python %s, Qt %s, PySide6 %s") % (
            platform.python_version(),
            qVersion(),
            PySide6.__version__,
        )
        self.versions_label = self._fact(versions, "aboutVersions")
        facts.addRow(self.tr("Kjører på:"), self.versions_label)
        log_row = QHBoxLayout()
        self.log_label = self._fact(str(paths.log_dir()), "aboutLogFolder")
        self.open_logs = QPushButton(self.tr("Åpne loggmappen"))
        self.open_logs.setObjectName("openLogFolder")
        self.open_logs.clicked.connect(self.open_log_folder)
        log_row.addWidget(self.log_label, 1)
        log_row.addWidget(self.open_logs)
        facts.addRow(self.tr("Logger:"), log_row)
        layout.addLayout(facts)

        components_label = QLabel(self.tr("Komponenter og lisenser:"))
        layout.addWidget(components_label)
        self.components = components()
        self.table = QTableWidget(len(self.components), 3)
        self.table.setObjectName("componentTable")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        components_label.setBuddy(self.table)
        self.table.setAccessibleName(self.tr("Komponenter og lisenser"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Komponent"), self.tr("Versjon"), self.tr("Lisens")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, component in enumerate(self.components):
            for column, text in enumerate((component.name, component.version, component.licence)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.currentCellChanged.connect(lambda row, *_: self.show_licence(row))
        layout.addWidget(self.table, 3)

        self.licence_text = QPlainTextEdit()
        self.licence_text.setObjectName("licenceText")
        self.licence_text.setAccessibleName(self.tr("Lisenstekst"))
        self.licence_text.setReadOnly(True)
        self.licence_text.setPlaceholderText(self.tr("Velg en komponent for å se lisensteksten."))
        layout.addWidget(self.licence_text, 2)

        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("Lukk"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("closeAbout")
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _fact(self, text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        return label

    def show_licence(self, row: int) -> None:
        if not 0 <= row < len(self.components):
            return
        component = self.components[row]
        texts = []
        for file in component.files:
            try:
                texts.append(
                    f"— {file.name} —\n\n{file.read_text(encoding='utf-8', errors='replace')}"
                )
            except OSError:
                continue
        if not texts:
            texts.append(
                self.tr("%s er lisensiert under %s. Lisensteksten følger ikke med pakken.")
                % (component.name, component.licence)
            )
        self.licence_text.setPlainText("\n\n".join(texts))

    def open_log_folder(self) -> None:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
