"""Issue 11, sixth defect: Qt's own dialogs spoke English ("Look in", "File name", "Cancel",
"Printer", "Options >>"). PySide6 has no Bokmål catalogue for Qt, so the project ships its own
(resources/translations/qtbase_nb.ts and the compiled .qm), loaded beside the app's own."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
)

from kunnskapsapp import paths
from kunnskapsapp.ui.app import install_translations

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "qtbase_nb.ts"
QM = ROOT / "resources" / "translations" / "qtbase_nb.qm"


@pytest.fixture
def bokmaal(qapp: QApplication) -> Iterator[QApplication]:
    """The app's translators installed as at start-up, and removed again afterwards."""
    install_translations(qapp)
    yield qapp
    for translator in qapp._kunnskapsapp_translators:  # type: ignore[attr-defined]
        qapp.removeTranslator(translator)
    qapp._kunnskapsapp_translators = []  # type: ignore[attr-defined]


def _texts(widget: Any, kind: type) -> list[str]:
    return [w.text().replace("&", "") for w in widget.findChildren(kind)]


def test_the_committed_qm_is_the_compiled_ts(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    compiled = tmp_path / "qtbase_nb.qm"
    subprocess.run([lrelease, "-silent", str(TS), "-qm", str(compiled)], check=True)
    assert compiled.read_bytes() == QM.read_bytes(), "run: pyside6-lrelease " + str(TS)


def test_the_qm_travels_in_the_package() -> None:
    """`pip install .` carries resources/ as kunnskapsapp/resources (hatch force-include), and
    the app finds the catalogue there through paths.resources_dir()."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    included = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert included["resources"] == "kunnskapsapp/resources"
    assert (paths.resources_dir() / "translations" / "qtbase_nb.qm").is_file()
    if not (ROOT / ".git").exists():  # an unpacked sdist: nothing to be committed in
        return
    tracked = subprocess.run(
        ["git", "ls-files", "--error-unmatch", str(QM.relative_to(ROOT))],
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    assert tracked.returncode == 0, "the .qm is not committed"


def test_standard_buttons_speak_bokmaal(bokmaal: QApplication, qtbot: Any) -> None:
    translate = QCoreApplication.translate
    assert translate("QPlatformTheme", "Cancel") == "Avbryt"
    assert translate("QPlatformTheme", "&Yes") == "&Ja"
    assert translate("QPlatformTheme", "Save") == "Lagre"
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Kunnskapsapp",
        "Vil du lagre?",
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel
        | QMessageBox.StandardButton.Help,
    )
    qtbot.addWidget(box)
    assert sorted(_texts(box, QAbstractButton)) == ["Avbryt", "Hjelp", "Ja", "Nei"]
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save
        | QDialogButtonBox.StandardButton.Discard
        | QDialogButtonBox.StandardButton.Close
        | QDialogButtonBox.StandardButton.Open
        | QDialogButtonBox.StandardButton.Apply
        | QDialogButtonBox.StandardButton.Reset
    )
    qtbot.addWidget(buttons)
    assert sorted(_texts(buttons, QPushButton)) == [
        "Bruk",
        "Forkast",
        "Lagre",
        "Lukk",
        "Tilbakestill",
        "Åpne",
    ]


def test_the_file_dialog_speaks_bokmaal(bokmaal: QApplication, qtbot: Any, tmp_path: Path) -> None:
    (tmp_path / "avtaler.xlsx").write_bytes(b"")
    dialog = QFileDialog(None, "Eksporter tabell", str(tmp_path), "Excel-arbeidsbok (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = _texts(dialog, QLabel)
    assert {"Se i:", "Filnavn:", "Filtype:"} <= set(labels), labels
    assert {"Lagre", "Avbryt"} <= set(_texts(dialog, QPushButton))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    assert "Åpne" in _texts(dialog, QPushButton)
    assert not any(text in labels for text in ("Look in:", "File name:", "Files of type:"))


def test_the_print_dialog_speaks_bokmaal(bokmaal: QApplication, qtbot: Any) -> None:
    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    buttons = _texts(dialog, QPushButton)
    assert {"Skriv ut", "Avbryt", "Valg >>", "Egenskaper"} <= set(buttons), buttons
    options = next(
        b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == "Valg >>"
    )
    qtbot.mouseClick(options, Qt.MouseButton.LeftButton)
    assert options.text().replace("&", "") == "Valg <<"
    assert "Skriver" in [box.title() for box in dialog.findChildren(QGroupBox)]
    dialog.reject()
