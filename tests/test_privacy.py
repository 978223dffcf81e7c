"""Personal data: the export names every place a person is held, anonymising removes them from
every table and the change log while every count and figure stays, deleting purges the log,
and the `person` commands."""

from __future__ import annotations

import io
import json
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from kunnskapsapp.cli import main
from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.errors import DomainError
from kunnskapsapp.services import clock, crud, demo, privacy, summary
from tests.helpers import snapshot

TODAY = date(2026, 12, 2)


@pytest.fixture
def demo_db(db: Any) -> Any:
    clock.fix(TODAY)
    demo.create_demo(db)
    yield db
    clock.fix(None)


def _most_named(db: Any) -> str:
    """The demo person named in the most places."""
    rows = snapshot(db)
    at = [c.name for c in m.Person.__table__.columns].index("id")
    ids = [r[at] for r in rows["person"]]
    counts = {pid: sum(pid in row for t, rs in rows.items() for row in rs) for pid in ids}
    return max(counts, key=lambda pid: counts[pid])


def _places(db: Any, person_id: str) -> set[tuple[str, str]]:
    """(table, row) for every row outside `person` that holds the id, straight from a dump."""
    found = set()
    for table, rows in snapshot(db).items():
        if table in ("person", "change_log"):
            continue
        pk = [c.name for c in m.Base.metadata.tables[table].primary_key.columns]
        names = [c.name for c in m.Base.metadata.tables[table].columns]
        for row in rows:
            if person_id in row:
                found.add((table, "/".join(str(row[names.index(c)]) for c in pk)))
    return found


def _dump_text(db: Any) -> str:
    return repr(snapshot(db))


def _counts(db: Any) -> dict[str, int]:
    return {t: len(rows) for t, rows in snapshot(db).items()}


def test_export_names_every_place_the_database_holds_the_person(demo_db: Any) -> None:
    pid = _most_named(demo_db)
    export = privacy.export_person(demo_db, pid)
    expected = _places(demo_db, pid)
    assert len(expected) >= 3  # a project manager, a member, a participant, ...
    assert {(r.table, r.row_id) for r in export.named_in} == expected
    fields = {f.name: f.value for f in export.fields}
    person = crud.get(demo_db, m.Person, pid)
    assert fields["name"] == person.name and fields["email"] == person.email
    # every change-log entry about the person's row is in it
    with demo_db.session() as s:
        own = s.scalar(
            select(func.count()).select_from(m.ChangeLog).where(m.ChangeLog.row_id == pid)
        )
    assert own and sum(1 for e in export.change_log if e.row_id == pid) == own
    assert json.loads(json.dumps(export.as_json(), default=str))["navn"] == person.name


def test_a_new_foreign_key_to_person_is_found_by_itself() -> None:
    from sqlalchemy import Column, ForeignKey, String, Table

    refs = {(r.table.name, r.column.name) for r in privacy.person_references()}
    assert {
        ("project", "project_manager_id"),
        ("project", "phd_candidate_id"),
        ("supervisor", "person_id"),
        ("contact_group_member", "person_id"),
        ("meeting_participant", "person_id"),
        ("deadline", "responsible_id"),
    } <= refs
    witness = Table(
        "privacy_witness",
        m.Base.metadata,
        Column("id", String(36), primary_key=True),
        Column("someone_id", String(36), ForeignKey("person.id")),
    )
    try:
        refs = {(r.table.name, r.column.name) for r in privacy.person_references()}
        assert ("privacy_witness", "someone_id") in refs
    finally:
        m.Base.metadata.remove(witness)


def _identify(db: Any, pid: str) -> dict[str, str]:
    """Give the person a unique e-mail and phone (demo people share a switchboard number)
    and mention them in a project's notes, so that the log and free text hold them."""
    person = crud.get(db, m.Person, pid)
    crud.update(db, m.Person, pid, {"email": "kari.unik@example.no", "phone": "+47 912 34 567"})
    crud.update(db, m.Person, pid, {"email": "kari.ny@example.no", "title": "Seniorrådgiver"})
    project = crud.list_rows(db, m.Project, limit=1)[0]
    crud.update(db, m.Project, project.id, {"notes": f"Avklart med {person.name} i møtet."})
    return {
        "name": person.name,
        "email": "kari.unik@example.no",
        "email2": "kari.ny@example.no",
        "phone": "+47 912 34 567",
    }


def test_anonymise_removes_the_person_everywhere_and_keeps_every_figure(demo_db: Any) -> None:
    pid = _most_named(demo_db)
    old = _identify(demo_db, pid)
    places = _places(demo_db, pid)
    counts = _counts(demo_db)
    figures = summary.portfolio_summary(demo_db, TODAY)
    assert all(v in _dump_text(demo_db) for v in old.values())

    done = privacy.anonymise(demo_db, pid)

    dump = _dump_text(demo_db)
    for value in old.values():
        assert value not in dump, value
    assert done.name == "Anonymisert person 1"
    person = crud.get(demo_db, m.Person, pid)
    assert person.name == done.name and person.email == person.phone == person.title == ""
    assert _places(demo_db, pid) == places  # every link stays
    after = _counts(demo_db)
    assert after.pop("change_log") == counts.pop("change_log") + 1  # "that it was done"
    assert after == counts
    assert summary.portfolio_summary(demo_db, TODAY) == figures
    with demo_db.session() as s:
        entry = s.scalars(
            select(m.ChangeLog).where(m.ChangeLog.field == privacy.ANONYMISED_FIELD)
        ).one()
    assert entry.row_id == pid and entry.old_value is None and entry.new_value == done.name
    with pytest.raises(DomainError, match="allerede anonymisert"):
        privacy.anonymise(demo_db, pid)


def test_summary_json_is_the_same_after_anonymising(demo_db: Any, db_url: str, capsys: Any) -> None:
    pid = _most_named(demo_db)
    assert main(["--database", db_url, "summary", "--json", "--date", "2026-12-02"]) == 0
    before = capsys.readouterr().out
    assert main(["--database", db_url, "person", "anonymise", pid[:8], "--yes"]) == 0
    assert "Anonymisert person 1" in capsys.readouterr().out
    assert main(["--database", db_url, "summary", "--json", "--date", "2026-12-02"]) == 0
    assert capsys.readouterr().out == before


def test_deleting_a_person_purges_their_values_from_the_change_log(db: Any) -> None:
    person = crud.create(
        db, m.Person, {"name": "Tora Testesen", "email": "tora@x.no", "phone": "99887766"}
    )
    crud.update(db, m.Person, person.id, {"phone": "11223344", "title": "Forsker"})
    meeting = crud.create(
        db, m.Meeting, {"title": "Møte", "starts_at": datetime(2026, 12, 1, 10, 0)}
    )
    crud.create(db, m.MeetingParticipant, {"meeting_id": meeting.id, "person_id": person.id})
    assert "Tora Testesen" in _dump_text(db)
    participant = crud.list_rows(db, m.MeetingParticipant)[0]
    crud.delete(db, m.MeetingParticipant, participant.id)
    crud.delete(db, m.Person, person.id)
    dump = _dump_text(db)
    for value in ("Tora Testesen", "tora@x.no", "99887766", "11223344", "Forsker"):
        assert value not in dump, value
    with db.session() as s:
        log = s.scalars(select(m.ChangeLog).where(m.ChangeLog.row_id == person.id)).all()
    assert {e.action.value for e in log} == {"create", "update", "delete"}
    assert any(e.field == privacy.ANONYMISED_FIELD for e in log)


def test_the_running_number_is_never_reused(db: Any) -> None:
    a = crud.create(db, m.Person, {"name": "Første Person"})
    b = crud.create(db, m.Person, {"name": "Andre Person"})
    assert privacy.anonymise(db, a.id).number == 1
    crud.delete(db, m.Person, a.id)  # the anonymised row goes; its number stays taken
    assert privacy.anonymise(db, b.id).number == 2
    c = crud.create(db, m.Person, {"name": "Tredje Person"})
    crud.delete(db, m.Person, c.id)  # a purged deletion takes a number too
    d = crud.create(db, m.Person, {"name": "Fjerde Person"})
    assert privacy.anonymise(db, d.id).name == "Anonymisert person 4"


def test_people_past_their_delete_after_date_are_listed(db: Any) -> None:
    clock.fix(TODAY)
    try:
        due = crud.create(
            db, m.Person, {"name": "Gammel Kontakt", "delete_after": TODAY - timedelta(days=3)}
        )
        crud.create(db, m.Person, {"name": "Ny Kontakt", "delete_after": TODAY})
        crud.create(db, m.Person, {"name": "Uten Dato"})
        assert [r.name for r in privacy.due_for_deletion(db)] == ["Gammel Kontakt"]
        privacy.anonymise(db, due.id)
        assert privacy.due_for_deletion(db) == []
    finally:
        clock.fix(None)


def test_a_short_name_is_replaced_only_as_a_whole_word(db: Any) -> None:
    ola = crud.create(db, m.Person, {"name": "Ola"})
    crud.create(db, m.Person, {"name": "Olav Haraldsen"})
    privacy.anonymise(db, ola.id)
    assert "Olav Haraldsen" in [p.name for p in crud.list_rows(db, m.Person)]


# --- The command line ---------------------------------------------------------------------


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_cli_export_json_and_pdf(db: Any, db_url: str, tmp_path: Path, capsys: Any) -> None:
    person = crud.create(db, m.Person, {"name": "Per Eksport", "email": "per@x.no"})
    target = tmp_path / "per.json"
    assert main(["--database", db_url, "person", "export", person.id[:6], "-o", str(target)]) == 0
    assert "skrevet til" in capsys.readouterr().out
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["navn"] == "Per Eksport"
    email = next(f for f in data["opplysninger"] if f["name"] == "email")
    assert email["label"] == "E-post" and email["value"] == email["shown"] == "per@x.no"
    pdf = tmp_path / "per.pdf"
    assert main(["--database", db_url, "person", "export", person.id, "-o", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    code = main(["--database", db_url, "person", "export", person.id, "-o", str(tmp_path / "x")])
    assert code == 1
    assert "slutte på .json eller .pdf" in capsys.readouterr().err


def test_cli_anonymise_asks_first(
    db: Any, db_url: str, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = crud.create(db, m.Person, {"name": "Siri Spørsmål"})
    monkeypatch.setattr(sys, "stdin", _Terminal("nei\n"))
    assert main(["--database", db_url, "person", "anonymise", person.id]) == 1
    out = capsys.readouterr().out
    assert "Skriv «ja»" in out and "Ingenting er endret." in out
    assert crud.get(db, m.Person, person.id).name == "Siri Spørsmål"
    monkeypatch.setattr(sys, "stdin", _Terminal("ja\n"))
    assert main(["--database", db_url, "person", "anonymise", person.id]) == 0
    assert crud.get(db, m.Person, person.id).name == "Anonymisert person 1"


def test_cli_anonymise_without_a_terminal_needs_yes(
    db: Any, db_url: str, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = crud.create(db, m.Person, {"name": "Uten Terminal"})
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["--database", db_url, "person", "anonymise", person.id]) == 1
    assert "--yes" in capsys.readouterr().err
    assert main(["--database", db_url, "person", "anonymise", "abc"]) == 1
    assert "for kort" in capsys.readouterr().err
