"""Kommuneprofil: the municipality's name, unit, organisation number, address and the logo
printed on every report, stored in the database and edited here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.errors import DomainError
from kunnskapsapp.domain.rules import normalise_org_number
from kunnskapsapp.services import profile
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.records import Record
from kunnskapsapp.ui.form import EntityForm, FormSpec
from kunnskapsapp.ui.formatting import domain_message
from kunnskapsapp.ui.preset_locks import name_lock
from kunnskapsapp.ui.widgets import LineEdit, ask_unsaved, error_label

MAX_LOGO_BYTES = 2 * 1024 * 1024
PREVIEW_WIDTH = 240
PREVIEW_HEIGHT = 100


def image_mime(data: bytes) -> str | None:
    """The MIME type of a PNG or JPEG file from its first bytes; None for anything else."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    return None


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(size // 1024, 1)} kB"


class LogoBox(QGroupBox):
    """The logo: a preview, «Velg bilde …» and «Fjern logo». Holds the bytes until saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Logo på rapportene"))
        self.setObjectName("profileLogoBox")
        self.data: bytes | None = None
        self.mime = ""
        self.changed = False
        layout = QVBoxLayout(self)
        self.preview = QLabel()
        self.preview.setObjectName("profileLogoPreview")
        self.preview.setAccessibleName(self.tr("Logo"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW_WIDTH, PREVIEW_HEIGHT)
        self.preview.setFrameShape(QLabel.Shape.StyledPanel)
        layout.addWidget(self.preview)
        self.info = QLabel()
        self.info.setObjectName("profileLogoInfo")
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.error = error_label("error_logo", self)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Velg bilde …"))
        self.choose_button.setObjectName("profileChooseLogo")
        self.choose_button.setToolTip(self.tr("PNG eller JPEG, høyst 2 MB"))
        self.remove_button = QPushButton(self.tr("Fjern logo"))
        self.remove_button.setObjectName("profileRemoveLogo")
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.choose_button.clicked.connect(self.choose_file)
        self.remove_button.clicked.connect(self.remove)

    def load(self, data: bytes | None, mime: str) -> None:
        self.data, self.mime, self.changed = data, mime, False
        self.error.hide()
        self._show()

    def _show(self) -> None:
        self.remove_button.setEnabled(self.data is not None)
        if self.data is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("Ingen logo. Rapportene skrives ut uten logo."))
            self.info.clear()
            self.info.hide()
            return
        image = QImage.fromData(QByteArray(self.data))
        if image.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("Logoen kan ikke vises."))
            self.info.hide()
            return
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap.fromImage(image).scaled(
            int(PREVIEW_WIDTH * ratio),
            int(PREVIEW_HEIGHT * ratio),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        pixmap.setDevicePixelRatio(ratio)
        self.preview.setPixmap(pixmap)
        kind = "PNG" if self.mime == "image/png" else "JPEG"
        self.info.setText(
            self.tr("%s, %s × %s piksler, %s")
            % (kind, image.width(), image.height(), _size_text(len(self.data)))
        )
        self.info.show()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Velg logo"),
            str(Path.home()),
            self.tr("Bilder (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.set_file(Path(path))

    def set_file(self, path: Path) -> bool:
        """Take the logo from an image file; a refused file is explained beside the logo."""
        self.error.hide()
        try:
            size = path.stat().st_size
            if size > MAX_LOGO_BYTES:
                return self._refuse(
                    self.tr(
                        "«%s» er %s. Logoen kan være høyst 2 MB; lagre bildet i mindre "
                        "størrelse og prøv igjen."
                    )
                    % (path.name, _size_text(size))
                )
            data = path.read_bytes()
        except OSError as exc:
            return self._refuse(
                self.tr("Kunne ikke lese «%s»: %s") % (path.name, exc.strerror or exc)
            )
        mime = image_mime(data)
        if mime is None or QImage.fromData(QByteArray(data)).isNull():
            return self._refuse(
                self.tr("«%s» er ikke et PNG- eller JPEG-bilde. Velg en annen fil.") % path.name
            )
        self.data, self.mime, self.changed = data, mime, True
        self._show()
        return True

    def _refuse(self, message: str) -> bool:
        self.error.setText(message)
        self.error.show()
        return False

    def remove(self) -> None:
        self.data, self.mime, self.changed = None, "", True
        self.error.hide()
        self._show()

    def values(self) -> dict[str, Any]:
        return {"logo": self.data, "logo_mime": self.mime} if self.changed else {}


def profile_form(db: Database, fields: list[str], logo: LogoBox) -> EntityForm:
    """The profile's `fields` with the logo below them, saved in one call to the profile
    service. Used by Kommuneprofil and by the first page of Kom i gang."""

    def save(
        db: Database, values: dict[str, Any], record_id: str | None, version: int | None
    ) -> Record:
        values = {**values, **logo.values()}
        number = values.get("org_number")
        if isinstance(number, str):
            values["org_number"] = normalise_org_number(number) or None
        return profile.update_profile(db, values, version)

    title = QCoreApplication.translate("ProfileDialog", "Kommunen")
    form = EntityForm(db, FormSpec(m.MunicipalityProfile, [(title, fields)], save=save))
    form.heading.hide()
    form.body_layout.insertWidget(form.body_layout.count() - 1, logo)
    if "name" in fields:
        lock_name_if_preset(form)
    return form


def lock_name_if_preset(form: EntityForm) -> bool:
    """IT's preset file names the municipality and locks it: the name is shown, read-only,
    with a tooltip that says so (the start has already written it to the profile)."""
    why = name_lock()
    if why is None:
        return False
    name = form.rows["name"].widget
    assert isinstance(name, LineEdit)
    name.setReadOnly(True)
    name.setToolTip(why)
    # Read-only looks like editable in most styles: the window's colour says "not for typing".
    name.setStyleSheet("QLineEdit { background: palette(window); }")
    return True


class ProfileDialog(QDialog):
    """Edit the municipality's profile; the save carries the version the user started from."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("profileDialog")
        self.setWindowTitle(self.tr("Kommuneprofil"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Navnet, enheten og logoen skrives på alle rapporter og møteunderlag. "
                "Endringene gjelder for alle som bruker denne databasen."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.logo = LogoBox(self)
        self.form = profile_form(db, ["name", "unit_name", "org_number", "address"], self.logo)
        org_number = self.form.rows["org_number"].widget
        assert isinstance(org_number, LineEdit)
        org_number.setMaxLength(11)  # nine digits, typed with or without spaces
        org_number.setPlaceholderText(self.tr("9 sifre, for eksempel 974 767 880"))
        layout.addWidget(self.form, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Lagre"))
        self.save_button.setObjectName("profileSave")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Avbryt"))
        cancel.setObjectName("profileCancel")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.result_record: Record | None = None
        self.load()
        self.resize(560, 600)

    def load(self) -> None:
        record = profile.get_profile(self.db)
        self.form.load(record)
        self.logo.load(record.get("logo"), record.get("logo_mime") or "")

    @property
    def dirty(self) -> bool:
        return self.form.dirty or self.logo.changed

    def save(self) -> None:
        if not self.dirty:
            self.accept()
            return
        try:
            saved = self.form.save()
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Kan ikke lagre"), domain_message(exc))
            return
        if saved is None:
            return
        self.result_record = saved
        self.logo.load(saved.get("logo"), saved.get("logo_mime") or "")
        self.accept()

    def reject(self) -> None:
        if self.logo.changed and not self.form.dirty:
            answer = ask_unsaved(
                self,
                self.tr("Logoen er endret, men ikke lagret."),
                self.tr("Vil du lagre den før du lukker?"),
            )
            if answer == "save":
                self.save()
            elif answer == "discard":
                super().reject()
            return
        if self.form.maybe_discard():
            super().reject()
