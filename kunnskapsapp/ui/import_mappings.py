"""The import wizard's column mappings, remembered per shape of file (the set of headers) in
the declared setting `settings.IMPORT_MAPPINGS`."""

from __future__ import annotations

import json

from kunnskapsapp.exchange import mapping
from kunnskapsapp.ui import settings


def remembered(header: list[str]) -> dict[str, str | None] | None:
    """The mapping the user chose last time for a file with these headers."""
    try:
        stored = json.loads(settings.IMPORT_MAPPINGS.get() or "{}")
    except ValueError:
        return None
    found = stored.get(mapping.shape_key(header)) if isinstance(stored, dict) else None
    return found if isinstance(found, dict) else None


def remember(header: list[str], chosen: dict[str, str | None]) -> None:
    try:
        stored = json.loads(settings.IMPORT_MAPPINGS.get() or "{}")
    except ValueError:
        stored = {}
    if not isinstance(stored, dict):
        stored = {}
    stored[mapping.shape_key(header)] = chosen
    settings.IMPORT_MAPPINGS.set(json.dumps(stored, ensure_ascii=False))
