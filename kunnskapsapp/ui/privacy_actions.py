"""The two personal-data actions the Personer page and the dashboard share: export
everything about a person to a file, and anonymise them after a confirmation that says
what happens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kunnskapsapp.domain.errors import DomainError
from kunnskapsapp.domain.language import slug
from kunnskapsapp.services import privacy
from kunnskapsapp.services.database import Database
from kunnskapsapp.ui import settings
from kunnskapsapp.ui.formatting import count_noun, domain_message
from kunnskapsapp.ui.i18n import Context

PrivacyActions = Context("PrivacyActions")  # this module's texts: PrivacyActions.tr("…")


def export_person_data(parent: QWidget, db: Database, person_id: str, name: str) -> Path | None:
    """Ask for a file (.pdf or .json) and write everything about the person to it."""
    folder = settings.LAST_EXPORT_DIR.get() or str(Path.home())
    suggested = str(Path(folder) / f"personopplysninger-{slug(name)}.pdf")
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        PrivacyActions.tr("Eksporter personopplysninger"),
        suggested,
        PrivacyActions.tr("PDF (*.pdf);;JSON (*.json)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in (".pdf", ".json"):
        path = path.with_suffix(".json" if "json" in _filter.lower() else ".pdf")
    from kunnskapsapp.reports.personal_data import write_export

    try:
        export = write_export(db, person_id, path)
    except (DomainError, OSError) as exc:
        message = domain_message(exc) if isinstance(exc, DomainError) else str(exc.strerror or exc)
        QMessageBox.warning(
            parent,
            PrivacyActions.tr("Eksporter personopplysninger"),
            PrivacyActions.tr("Filen kunne ikke skrives: %s") % message,
        )
        return None
    settings.LAST_EXPORT_DIR.set(str(path.parent))
    QMessageBox.information(
        parent,
        PrivacyActions.tr("Eksporter personopplysninger"),
        PrivacyActions.tr("Alt som er lagret om %1 (%2, %3 i endringsloggen) er skrevet til %4.")
        .replace("%1", export.name)
        .replace(
            "%2",
            count_noun(
                len(export.named_in), PrivacyActions.tr("kobling"), PrivacyActions.tr("koblinger")
            ),
        )
        .replace(
            "%3",
            count_noun(
                len(export.change_log),
                PrivacyActions.tr("innslag", "one"),
                PrivacyActions.tr("innslag", "many"),
            ),
        )
        .replace("%4", str(path)),
    )
    return path


def confirm_and_anonymise(
    parent: QWidget, db: Database, person_id: str, name: str
) -> privacy.Anonymised | None:
    """Say what happens, ask, and anonymise; None when the user says no or it failed."""
    box = QMessageBox(parent)
    box.setObjectName("anonymiseConfirm")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(PrivacyActions.tr("Anonymiser person"))
    box.setText(PrivacyActions.tr("Anonymisere %s?") % name)
    box.setInformativeText(
        PrivacyActions.tr(
            "Navnet erstattes med «Anonymisert person N», og tittel, e-post, telefon og "
            "merknader tømmes, også i endringsloggen og der navnet står i fritekst. "
            "Koblingene til prosjekter, møter, avtaler og frister beholdes, så alle tall og "
            "rapporter blir de samme. Dette kan ikke angres. Eksporter personopplysningene "
            "først hvis personen har bedt om innsyn."
        )
    )
    yes = box.addButton(PrivacyActions.tr("Anonymiser"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(PrivacyActions.tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not yes:
        return None
    try:
        return privacy.anonymise(db, person_id)
    except DomainError as exc:
        QMessageBox.warning(parent, PrivacyActions.tr("Anonymiser person"), domain_message(exc))
        return None
