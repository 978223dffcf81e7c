"""The municipality's profile: one row with a fixed id, printed on every report."""

from __future__ import annotations

from typing import Any

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.reference import PROFILE_ID
from kunnskapsapp.services import crud
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.records import Record


def get_profile(db: Database) -> Record:
    return crud.get(db, m.MunicipalityProfile, PROFILE_ID)


def update_profile(
    db: Database, values: dict[str, Any], expected_version: int | None = None
) -> Record:
    return crud.update(db, m.MunicipalityProfile, PROFILE_ID, values, expected_version)
