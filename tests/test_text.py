"""Text a database cannot hold: removed the same way on both engines, never reaching a driver."""

from __future__ import annotations

import itertools
import sqlite3
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.errors import ValidationError
from kunnskapsapp.domain.text import clean_text
from kunnskapsapp.services import crud
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.records import fields_of
from kunnskapsapp.storage import migrations

# What the drill typed and pasted into every text field.
HOSTILE = [
    "\x00",
    "før\x00etter",
    "\x01\x02\x07\x08\x0b\x0c\x0e\x1b[31mrødt\x1b[0m\x7f",
    "C1: \x80\x85\x9f",
    "lone \ud800 high, lone \udfff low",
    "emoji 😀 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "e\u0301 combining, \u202eRTL override\u202c, zero\u200bwidth, \ufeffBOM",
    "Windows\r\nline\rbreaks\n\ttab",
    "'; DROP TABLE project; --",
    "<b>&amp;</b> %s {0} \\N",
    "  leading and trailing  ",
    "",
]

BASE: dict[type[Any], dict[str, Any]] = {
    m.Organisation: {"name": "Organisasjon"},
    m.Person: {"name": "Person"},
    m.Project: {"title": "Prosjekt"},
    m.Agreement: {"title": "Avtale", "evaluation_interval_months": 12},
    m.Lesson: {"title": "Læringspunkt"},
}

UNWANTED = {chr(c) for c in [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]}


def is_clean(text: str) -> bool:
    return not any(ch in UNWANTED or unicodedata.category(ch) == "Cs" for ch in text)


def test_clean_text_keeps_tab_and_newline_and_makes_line_breaks_newlines() -> None:
    assert clean_text("a\tb\nc") == "a\tb\nc"
    assert clean_text("a\r\nb\rc") == "a\nb\nc"
    assert clean_text("før\x00etter\x1b") == "føretter"
    assert clean_text("x\ud800y") == "xy"
    assert clean_text("æøå 😀 \u202e") == "æøå 😀 \u202e"


@given(st.text())
def test_clean_text_leaves_only_what_both_engines_hold(value: str) -> None:
    cleaned = clean_text(value)
    assert is_clean(cleaned) and "\r" not in cleaned
    assert clean_text(cleaned) == cleaned
    cleaned.encode("utf-8")  # a lone surrogate would raise here, as in the drivers
    # Nothing else is removed: the wanted characters stay, in order.
    expected = "".join(
        ch
        for ch in value.replace("\r\n", "\n").replace("\r", "\n")
        if ch not in UNWANTED and unicodedata.category(ch) != "Cs"
    )
    assert cleaned == expected


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(min_size=1, max_size=60))
def test_any_text_saved_reads_back_cleaned_on_both_engines(db: Database, value: str) -> None:
    """The last guard before the driver: whatever a caller writes, nothing crashes."""
    with db.session() as session:
        org = m.Organisation(name="Tekst", notes=value)
        session.add(org)
    with db.session() as session:
        notes = session.execute(select(m.Organisation.notes).where(m.Organisation.id == org.id))
        assert notes.scalar_one() == clean_text(value)


def _save_hostile(db: Database, model: type[Any], hostile: str, n: int) -> tuple[Any, set[str]]:
    """Every text field of `model` set to `hostile`; a field whose check refuses it is reset."""
    base = BASE[model]
    texts = [f.name for f in fields_of(model) if f.kind in ("str", "text")]
    values = {**base, **{name: hostile for name in texts if name not in base}}
    for name in base:
        if name in texts:
            values[name] = f"{base[name]} {n} {hostile}"
    refused: set[str] = set()
    while True:
        try:
            return crud.create(db, model, values), refused
        except ValidationError as exc:
            assert exc.field in texts and exc.field not in refused, str(exc)
            refused.add(exc.field)
            values[exc.field] = base.get(exc.field, "") if exc.field not in base else f"{n}"


def test_every_hostile_string_in_every_text_field_saves_and_reads_back(db: Database) -> None:
    counter = itertools.count()
    for model, hostile in itertools.product(BASE, HOSTILE):
        saved, refused = _save_hostile(db, model, hostile, next(counter))
        again = crud.get(db, model, saved.id)
        for f in fields_of(model):
            if f.kind not in ("str", "text"):
                continue
            value = getattr(again, f.name)
            assert value == getattr(saved, f.name), (model.__name__, f.name, hostile)
            if value is not None:
                assert is_clean(value), (model.__name__, f.name, value)
            if f.name not in refused and f.name not in BASE[model] and is_clean(hostile):
                assert (value or "").strip() == hostile.replace("\r\n", "\n").replace(
                    "\r", "\n"
                ).strip()
    # The change log holds the cleaned text too.
    with db.session() as session:
        logged = session.scalars(select(m.ChangeLog.new_value)).all()
    assert all(is_clean(v) for v in logged if v is not None)


def test_a_sqlite_file_holding_a_nul_restores_into_either_engine(
    db: Database, db_url: str, tmp_path: Path
) -> None:
    source = tmp_path / "med-nul.sqlite3"
    made = Database.open(str(source), create=True)
    org = crud.create(made, m.Organisation, {"name": "Med NUL"})
    made.dispose()
    with sqlite3.connect(source) as conn:  # as an older version, or another tool, left it
        conn.execute(
            "UPDATE organisation SET notes = ?, name = ? WHERE id = ?",
            ("før\x00etter", "Med\x00 NUL\x1b", org.id),
        )
    conn.close()
    db.dispose()
    migrations.restore(source, db_url)
    restored = Database.open(db_url)
    try:
        got = crud.get(restored, m.Organisation, org.id)
    finally:
        restored.dispose()
    if migrations.sqlite_path(migrations.normalise_url(db_url)) is None:
        assert (got.name, got.notes) == ("Med NUL", "føretter")
    else:  # a SQLite target is a byte-for-byte copy: the NUL is gone at the next save
        assert got.notes in ("før\x00etter", "føretter")


@pytest.mark.parametrize("hostile", HOSTILE)
def test_clean_text_output_is_accepted_by_sqlite(hostile: str) -> None:
    with sqlite3.connect(":memory:") as conn:
        conn.execute("CREATE TABLE t (v TEXT)")
        conn.execute("INSERT INTO t VALUES (?)", (clean_text(hostile),))
        assert conn.execute("SELECT v FROM t").fetchone()[0] == clean_text(hostile)
    conn.close()
