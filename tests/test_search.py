"""The global search: what a query finds, on every engine, and that every save keeps it so."""

from __future__ import annotations

import os
import uuid
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from kunnskapsapp.domain import models as m
from kunnskapsapp.services import crud, meetings
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.demo import create_demo
from kunnskapsapp.services.search import Hit, search
from kunnskapsapp.storage import migrations, search_index

pytestmark = pytest.mark.db

DEMO_DAY = date(2026, 11, 2)


def found(db: Database, query: str, **kwargs: Any) -> list[tuple[str, str]]:
    return [(hit.kind, hit.name) for hit in search(db, query, **kwargs)]


def project(db: Database, title: str, **values: Any) -> str:
    return str(crud.create(db, m.Project, {"title": title, **values}).id)


def test_each_word_finds_the_words_it_begins(db: Database) -> None:
    project(db, "Klimatilpasning i Bærum", summary="Overvann og grønne tak")
    project(db, "Mobilitet", summary="Sykkelveier")
    assert found(db, "klima") == [("projects", "Klimatilpasning i Bærum")]
    assert found(db, "klima grønn") == [("projects", "Klimatilpasning i Bærum")]
    assert found(db, "tilpasning") == []  # the middle of a word is not its beginning
    assert found(db, "klima sykkel") == []  # every word must match
    assert found(db, "   ") == []


def test_norwegian_letters_case_and_accents(db: Database) -> None:
    project(db, "Bærum Kafé på Østerås")
    project(db, "Barum og Osteras")  # other letters than æ, ø and å
    for query in ("bærum", "BÆRUM", "Bær", "øster", "ØSTERÅS", "kafe", "KAFÉ", "på"):
        assert found(db, query) == [("projects", "Bærum Kafé på Østerås")], query
    assert found(db, "barum") == [("projects", "Barum og Osteras")]
    assert found(db, "osteras") == [("projects", "Barum og Osteras")]


def test_every_kind_grouped_in_a_fixed_order_names_first(db: Database) -> None:
    org = crud.create(db, m.Organisation, {"name": "Havforskningsinstituttet"})
    crud.create(db, m.Person, {"name": "Hanne Hav", "organisation_id": org.id})
    crud.create(
        db,
        m.Agreement,
        {"title": "Avtale om havbruk", "start_date": DEMO_DAY, "end_date": DEMO_DAY},
    )
    crud.create(db, m.Deadline, {"title": "Rapport om havet", "due_date": DEMO_DAY})
    crud.create(db, m.Lesson, {"title": "Lærdom", "description": "Havet stiger"})
    crud.create(db, m.Meeting, {"title": "Havmøte", "starts_at": datetime(2026, 11, 3, 10, 0)})
    project(db, "Zoner", summary="Om havnivå")
    project(db, "Havnivå", short_name="Hav")
    project(db, "Andre ting")
    assert found(db, "hav") == [
        ("projects", "Hav"),  # the name matches: first, whatever the alphabet says
        ("projects", "Zoner"),
        ("agreements", "Avtale om havbruk"),
        ("organisations", "Havforskningsinstituttet"),
        ("people", "Hanne Hav"),
        ("deadlines", "Rapport om havet"),
        ("meetings", "Havmøte (03.11.2026)"),
        ("lessons", "Lærdom"),
    ]
    hits = search(db, "hav", limit_per_kind=1)
    assert [hit.kind for hit in hits] == [
        "projects",
        "agreements",
        "organisations",
        "people",
        "deadlines",
        "meetings",
        "lessons",
    ]
    lesson = next(hit for hit in hits if hit.kind == "lessons")
    assert lesson.snippet == "Havet stiger"


def test_names_sort_in_norwegian_order(db: Database) -> None:
    for title in ("Åsen skole", "Ærlig skole", "Øya skole", "Zebra skole", "aker skole"):
        project(db, title)
    assert [name for _kind, name in found(db, "skole")] == [
        "aker skole",
        "Zebra skole",
        "Ærlig skole",
        "Øya skole",
        "Åsen skole",
    ]


def test_the_order_holds_when_many_land_in_the_same_place(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """New names keep going between the same two neighbours until their ids need spreading."""
    spread: list[str] = []
    renumber = search_index._renumber
    monkeypatch.setattr(
        search_index, "_renumber", lambda conn, kind: (spread.append(kind), renumber(conn, kind))
    )
    project(db, "Tak 2")
    titles = [f"Tak {'1' * n}" for n in range(1, 61)]
    for title in titles:
        project(db, title)
    assert [name for _kind, name in found(db, "tak", limit_per_kind=100)] == [*titles, "Tak 2"]
    with db.engine.connect() as conn:
        by_id, by_key = (
            conn.execute(text(f"SELECT row_id FROM search_doc WHERE kind = 'projects' {order}"))
            .scalars()
            .all()
            for order in ("ORDER BY id", "ORDER BY sort_key, row_id")
        )
    assert by_id == by_key
    assert spread == ["projects"]


def test_records_saved_one_by_one_in_their_order_need_no_spreading(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An import creates rows one at a time, often in name order: each new last (or first)
    leaves room after it, so the kind is not spread again every few dozen rows."""
    spread: list[str] = []
    renumber = search_index._renumber
    monkeypatch.setattr(
        search_index, "_renumber", lambda conn, kind: (spread.append(kind), renumber(conn, kind))
    )
    titles = [f"Rekke {n:03d}" for n in range(150)]
    for title in titles[75:]:  # ascending: each a new last
        project(db, title)
    for title in reversed(titles[:75]):  # descending: each a new first
        project(db, title)
    assert [name for _kind, name in found(db, "rekke", limit_per_kind=200)] == titles
    assert spread == []


def test_many_new_records_in_one_save_take_their_places(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bulk save is placed in one sweep; with too little room, the kind is spread again."""
    low = search_index.RANGES["projects"][0]
    monkeypatch.setitem(search_index.RANGES, "projects", (low, low + 64))
    for first in ("Bro", "Bru"):  # the second batch lands after the first, where room is short
        with db.session() as s:
            s.add_all(m.Project(title=f"{first} {n:02d}") for n in range(30))
    names = [name for _kind, name in found(db, "br", limit_per_kind=100)]
    assert names == sorted(names) and len(names) == 60
    with db.engine.connect() as conn:
        ids = (
            conn.execute(
                text("SELECT id FROM search_doc WHERE kind = 'projects' ORDER BY sort_key, row_id")
            )
            .scalars()
            .all()
        )
    assert ids == sorted(ids) and low < ids[0] and ids[-1] < low + 64


def test_a_save_updates_the_index_in_its_own_transaction(db: Database) -> None:
    project_id = project(db, "Fjernvarme")
    record = crud.get(db, m.Project, project_id)
    crud.update(db, m.Project, project_id, {"title": "Solceller"}, record.version)
    assert found(db, "fjern") == []
    assert found(db, "sol") == [("projects", "Solceller")]

    with pytest.raises(RuntimeError), db.session() as s:
        crud.create_in(s, m.Project, {"title": "Vindkraft"})
        crud.update_in(s, m.Project, project_id, {"title": "Bølgekraft"})
        # Inside the transaction, the index already has both.
        inside = s.execute(text("SELECT count(*) FROM search_doc WHERE name_terms LIKE '%kraft%'"))
        assert inside.scalar_one() == 2
        raise RuntimeError("the save fails")
    assert found(db, "kraft") == []
    assert found(db, "sol") == [("projects", "Solceller")]


def test_a_deleted_record_leaves_the_index(db: Database) -> None:
    project_id = project(db, "Grønne tak")
    crud.delete(db, m.Project, project_id)
    assert found(db, "grønne") == []
    with db.engine.connect() as conn:
        left = conn.execute(
            text("SELECT count(*) FROM search_doc WHERE row_id = :id"), {"id": project_id}
        )
        assert left.scalar_one() == 0


def test_minutes_and_outcomes_find_their_meeting(db: Database) -> None:
    meeting = crud.create(
        db, m.Meeting, {"title": "Styremøte", "starts_at": datetime(2026, 5, 4, 9)}
    )
    item = meetings.add_agenda_item(db, meeting.id, {"title": "Budsjett"})
    assert found(db, "budsjett") == [("meetings", "Styremøte (04.05.2026)")]
    crud.update(db, m.AgendaItem, item.id, {"minutes": "Vedtatt med endringer i rammen"})
    hit = search(db, "ramme")[0]
    assert (hit.kind, hit.id) == ("meetings", meeting.id)
    assert "rammen" in hit.snippet
    crud.create(db, m.Outcome, {"agenda_item_id": item.id, "text": "Sekretariatet utreder saken"})
    assert found(db, "utreder") == [("meetings", "Styremøte (04.05.2026)")]
    crud.delete(db, m.AgendaItem, item.id)
    assert found(db, "ramme") == []
    assert found(db, "utreder") == []


def test_the_demo_is_indexed_and_search_works_after_backup_and_restore(
    db: Database, tmp_path: Path
) -> None:
    create_demo(db, today=DEMO_DAY)
    before = search(db, "klima")
    assert ("projects", "Klimatilpasset vegetasjon") in [(h.kind, h.name) for h in before]
    backup = tmp_path / "backup.sqlite3"
    migrations.backup(db.engine, backup)
    target = tmp_path / "restored.sqlite3"
    migrations.restore(backup, str(target))
    restored = Database.open(str(target))
    try:
        assert search(restored, "klima") == before
    finally:
        restored.dispose()
    # And back onto the database itself (for PostgreSQL: the rows are copied, then indexed).
    db.dispose()
    migrations.restore(backup, db.url)
    again = Database.open(db.url)
    try:
        assert search(again, "klima") == before
    finally:
        again.dispose()


QUERIES = (
    "klima",
    "bærum",
    "kontaktgruppe",
    "møte ntnu",
    "ph",
    "a",
    "ø",
    "2022",
    "forsk innov",
    "referat godkjent",
    "e",
)


def _results(db: Database) -> dict[str, list[Hit]]:
    return {query: search(db, query, limit_per_kind=8) for query in QUERIES}


def test_the_same_results_on_sqlite_and_postgresql(tmp_path: Path) -> None:
    admin = os.environ.get("KUNNSKAPSAPP_TEST_PG_URL")
    if not admin:
        pytest.skip("needs KUNNSKAPSAPP_TEST_PG_URL (a PostgreSQL server) to compare with")
    lite = Database.open(str(tmp_path / "lite.sqlite3"), create=True)
    create_demo(lite, today=DEMO_DAY)
    admin_url = migrations.normalise_url(admin)
    name = f"ka_search_{uuid.uuid4().hex[:10]}"
    server = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with server.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
        pg = Database.open(url, create=True)
        try:
            create_demo(pg, today=DEMO_DAY)
            expected = _results(lite)
            assert sum(len(hits) for hits in expected.values()) > 100
            assert _results(pg) == expected
        finally:
            pg.dispose()
    finally:
        lite.dispose()
        with server.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        server.dispose()
