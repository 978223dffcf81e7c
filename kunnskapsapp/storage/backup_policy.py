"""How many automatic backups rotation keeps: IT's preset, or the user's own choice.

The policy in force, the first that applies:

1. IT's preset (`backup_daily`, `backup_weekly`, `backup_monthly`) when the preset file says
   `locked = true`: users may not change it;
2. the user's own choice (*Fil → Sikkerhetskopier …*), kept in the data folder as
   `sikkerhetskopiregler.json` (owner-only);
3. IT's preset, unlocked: the workstation's default;
4. 7 daily, 4 weekly, 12 monthly.

It is read at each backup, by the window and by the command line alike (a migration's backup
rotates too), so it lives here, Qt-free, and not in the window's settings.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from kunnskapsapp import paths, presets
from kunnskapsapp.domain.errors import DomainError
from kunnskapsapp.storage.backup_files import Retention

log = logging.getLogger(__name__)

OWN_FILE = "sikkerhetskopiregler.json"
LIMIT = 1000  # as in the preset file


@dataclass(frozen=True)
class Policy:
    """The retention in force, whether IT has locked it, and the preset file it came from."""

    retention: Retention
    locked: bool = False
    source: Path | None = None  # IT's file, when the numbers are IT's

    @property
    def from_it(self) -> bool:
        return self.source is not None


def own_path() -> Path:
    return paths.data_dir() / OWN_FILE


def _presets() -> presets.Presets:
    try:
        return presets.load()
    except presets.PresetError as exc:  # the start already refused it; a backup goes on
        log.warning("Forhåndsinnstillingene kan ikke leses: %s", exc.message)
        return presets.Presets()


def _from_preset(found: presets.Presets) -> Retention:
    return Retention(found.backup.daily, found.backup.weekly, found.backup.monthly)


def load_own() -> Retention | None:
    """The user's own choice, or None when there is none (or the file is not ours)."""
    path = own_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        numbers = [int(data[key]) for key in ("daily", "weekly", "monthly")]
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError, KeyError) as exc:
        log.warning("%s kan ikke leses (%s); standardreglene gjelder.", path, exc)
        return None
    if not all(0 <= n <= LIMIT for n in numbers):
        log.warning("%s har tall utenfor 0–%s; standardreglene gjelder.", path, LIMIT)
        return None
    return Retention(*numbers)


def in_force() -> Policy:
    found = _presets()
    if found.any and found.locked:
        return Policy(_from_preset(found), locked=True, source=found.source)
    own = load_own()
    if own is not None:
        return Policy(own)
    if found.any:
        return Policy(_from_preset(found), source=found.source)
    return Policy(Retention())


def retention() -> Retention:
    """What rotation keeps now (see the module's docstring for the order)."""
    return in_force().retention


def save_own(chosen: Retention) -> Path:
    """Keep the user's choice; refused (DomainError) when IT has locked the policy."""
    policy = in_force()
    if policy.locked:
        raise DomainError(
            f"IT-avdelingen har bestemt hvor mange sikkerhetskopier som beholdes (i "
            f"{policy.source}), og det kan ikke endres her."
        )
    path = own_path()
    paths.private_dir(path.parent)
    text = json.dumps(
        {"daily": chosen.daily, "weekly": chosen.weekly, "monthly": chosen.monthly}, indent=1
    )
    return paths.write_private(path, text.encode("utf-8"))
