"""Demo data: Bærum kommune's research and innovation portfolio, as it stands on a given day.

`create_demo` fills a new database from `resources/demo/portfolio.toml` (the hand-written
history, including the autumn-2021 portfolio of the municipality's own description) and adds
what depends on the day: statuses, evaluations, contact-group meetings, deadlines from the
funders' templates, the fund's allocations through the budget plan. With `scale` it adds that
many synthetic projects for benchmarks.

Everything is deterministic: ids are uuid5 over a fixed namespace and a stable key, texts come
from the source file, and the rest depends only on `today` (and on `scale`). Two demo databases
made on the same day are identical.

The package: `dates` (the source's relative-date language), `common` (ids, constants, yearly
amounts), `builder` (the state and plumbing every area shares), one module per area
(`organisations`, `agreements`, `projects`, `funding`, `meetings`, `records`), and `synthetic`
(the `--scale` data).
"""

from __future__ import annotations

import tomllib
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kunnskapsapp import paths
from kunnskapsapp.domain import reference
from kunnskapsapp.domain.base import Base
from kunnskapsapp.domain.errors import DomainError, Phrase
from kunnskapsapp.domain.models import MunicipalityProfile
from kunnskapsapp.services import clock
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.demo import (
    agreements,
    funding,
    meetings,
    organisations,
    projects,
    records,
)
from kunnskapsapp.services.demo.builder import Builder
from kunnskapsapp.services.demo.common import demo_id
from kunnskapsapp.services.demo.synthetic import Synthetic
from kunnskapsapp.services.progress import NoProgress, Progress

SOURCE_FILE = "portfolio.toml"

REFUSAL = (
    "Databasen inneholder allerede data, så demodata kan ikke legges inn her. Bruk en ny "
    "databasefil, eller velg en annen database med --database."
)

# Tables the first migration seeds; anything else in them (beyond these ids) is user data.
_REFERENCE_TABLES = {"sdg", "priority_area", "funding_scheme", "deadline_template"}
_STAGES = 12


def load_source() -> dict[str, Any]:
    path = paths.resources_dir() / "demo" / SOURCE_FILE
    with path.open("rb") as handle:
        return tomllib.load(handle)


def create_demo(
    db: Database,
    scale: int = 0,
    today: date | None = None,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Fill a new database with the demo portfolio; return the rows added per table.

    Refuses (and writes nothing) when the database already holds data of its own.
    """
    today = today or clock.today()
    progress = progress or NoProgress()
    source = load_source()
    with db.session(audit=False) as session:
        _refuse_if_not_empty(session)
        before = _row_counts(session)
        builder = Builder(session, source, today, progress, _STAGES + Synthetic.chunks(scale))
        _build(builder, scale)
        after = _row_counts(session)
    return {name: after[name] - before[name] for name in after if after[name] > before[name]}


def _build(b: Builder, scale: int) -> None:
    """Every area in the order the later ones need the earlier (a stage per progress step)."""
    b.step(Phrase("Kommunen, tjenesteområder og organisasjoner", context="Demo"))
    organisations.build_profile(b)
    organisations.build_service_areas(b)
    organisations.build_organisations(b)
    b.s.flush()
    b.step(Phrase("Personer", context="Demo"))
    organisations.build_people(b)
    b.s.flush()
    b.step(Phrase("Avtaler", context="Demo"))
    agreements.build_agreements(b)
    b.s.flush()
    b.step(Phrase("Prosjekter", context="Demo"))
    projects.build_projects(b)
    b.step(Phrase("Finansiering", context="Demo"))
    funding.build_funding(b)
    b.s.flush()
    b.step(Phrase("Forsknings- og innovasjonsfondet", context="Demo"))
    funding.build_fund_allocations(b)
    b.step(Phrase("Evalueringer og avtalefrister", context="Demo"))
    agreements.build_notice_deadlines(b)
    b.step(Phrase("Kontaktgruppemøter", context="Demo"))
    meetings.build_meetings(b)
    b.s.flush()
    b.step(Phrase("Frister", context="Demo"))
    records.build_deadlines(b)
    b.add_deadlines()
    b.step(Phrase("Erfaringer og dokumenter", context="Demo"))
    records.build_lessons(b)
    records.build_documents(b)
    b.s.flush()
    extra = Synthetic(b, scale).build() if scale else {}
    b.step(Phrase("Bevilgninger til fondet", context="Demo"))
    funding.build_appropriations(b, extra)
    b.s.flush()
    b.step(Phrase("Endringslogg", context="Demo"))
    b.write_change_log()
    b.s.flush()
    b.progress.step(b.total, b.total, Phrase("Ferdig", context="Demo"))


def _row_counts(session: Session) -> dict[str, int]:
    return {
        name: session.execute(select(func.count()).select_from(table)).scalar_one()
        for name, table in Base.metadata.tables.items()
    }


def _refuse_if_not_empty(session: Session) -> None:
    seeded_orgs = {row["id"] for row in reference.FUNDERS}
    for name, table in Base.metadata.tables.items():
        if name in _REFERENCE_TABLES or name == "municipality_profile":
            continue
        query = select(func.count()).select_from(table)
        if name == "organisation":
            query = query.where(table.c.id.not_in(seeded_orgs))
        if session.execute(query).scalar_one():
            raise DomainError(REFUSAL)
    profile = session.get(MunicipalityProfile, reference.PROFILE_ID)
    if profile is not None and (profile.name or profile.org_number):
        raise DomainError(REFUSAL)


__all__ = ["REFUSAL", "create_demo", "demo_id", "load_source"]
