"""What IT's locked preset file (kunnskapsapp.presets) keeps users from changing in the window.

Each function returns the Norwegian text for the locked control's tooltip, or None when the
user may change it. The command line enforces the same locks (`presets.resolve_database`).
"""

from __future__ import annotations

from kunnskapsapp import presets
from kunnskapsapp.ui.i18n import Context

PresetLocks = Context("PresetLocks")  # this module's texts: PresetLocks.tr("…")


def name_lock() -> str | None:
    """The municipality's name, when the preset names it and locks it."""
    found = presets.load()
    if not (found.locked and found.municipality):
        return None
    return PresetLocks.tr("Navnet er satt av IT-avdelingen (i %1) og kan ikke endres her.").replace(
        "%1", str(found.source)
    )


def database_lock() -> str | None:
    """The database, when the preset names it and locks it: no other file or server."""
    found = presets.load()
    if not (found.locked and found.database):
        return None
    from kunnskapsapp.storage.engine import display_url, normalise_url

    return (
        PresetLocks.tr("IT-avdelingen har valgt databasen %1 (i %2). Den kan ikke byttes her.")
        .replace("%1", display_url(normalise_url(found.database)))
        .replace("%2", str(found.source))
    )
