"""Records read from the database keep their keys in slots (kunnskapsapp.services.compact):
they must behave as the plain dicts they replace, everywhere, and be smaller."""

from __future__ import annotations

import copy
import json
import pickle
import sys
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.enums import DeadlineKind
from kunnskapsapp.services import crud, deadlines, projects, reading
from kunnskapsapp.services.compact import CompactRecord, record_class
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.records import Record

SHAPE = ("id", "title", "start_date", "sdg_ids", "display_name")


def make_pair() -> tuple[Record, dict[str, Any]]:
    values = ("p1", "Klimatilpasning", date(2026, 1, 1), [3, 13])
    record = record_class(SHAPE)(*values)
    return record, dict(zip(SHAPE, (*values, None), strict=True))


def test_a_compact_record_reads_as_the_dict_it_stands_for() -> None:
    record, plain = make_pair()
    assert isinstance(record, CompactRecord) and isinstance(record, Record)
    assert isinstance(record, dict)
    assert record == plain and plain == record
    assert not record != plain  # noqa: SIM202  # __ne__ as well as __eq__
    assert record["title"] == record.title == record.get("title") == "Klimatilpasning"
    assert record["display_name"] is None  # a key of the shape not given a value
    assert list(record) == list(SHAPE) and len(record) == 5
    assert list(record.keys()) == list(SHAPE)
    assert list(record.items()) == list(plain.items())
    assert list(record.values()) == list(plain.values())
    assert dict(record) == plain and {**record} == plain
    assert "title" in record and "nothing" not in record
    assert record.get("nothing") is None and record.get("nothing", 7) == 7
    with pytest.raises(KeyError):
        _ = record["nothing"]
    with pytest.raises(AttributeError):
        _ = record.nothing
    # C code that reads a dict's own table sees an empty one (json's encoder): give it dict().
    assert json.loads(json.dumps(dict(record), default=str))["title"] == "Klimatilpasning"
    assert "%(title)s" % record == "Klimatilpasning"  # noqa: UP031  # the mapping protocol
    assert "{title}".format_map(record) == "Klimatilpasning"
    assert bool(record) and repr(record) == f"Record({plain!r})"


def test_keys_added_and_removed_later_behave_as_a_dicts() -> None:
    record, plain = make_pair()
    for target in (record, plain):
        target["extra"] = 1  # not in the shape
        target["title"] = "Ny tittel"
        del target["start_date"]
        target.setdefault("id", "ignored")
        target.setdefault("more", 2)
        target.update({"display_name": "Navn"}, sdg_ids=[])
    assert record == plain and list(record) == list(plain)
    assert "start_date" not in record and record.get("start_date", "borte") == "borte"
    with pytest.raises(KeyError):
        del record["start_date"]
    with pytest.raises(AttributeError):
        _ = record.start_date
    assert record.pop("extra") == 1 and record.pop("title") == "Ny tittel"
    assert record.pop("title", "borte") == "borte"
    with pytest.raises(KeyError):
        record.pop("title")
    record["start_date"] = date(2027, 1, 1)  # back at its place in the shape, not at the end
    assert list(record)[:2] == ["id", "start_date"]
    record.clear()
    assert len(record) == 0 and not record and dict(record) == {}


def test_copies_are_independent_and_equal() -> None:
    record, _ = make_pair()
    record["extra"] = "x"
    for twin in (record.copy(), copy.copy(record), copy.deepcopy(record)):
        assert twin == record and twin is not record
        twin["title"] = "Endret"
        twin["extra"] = "y"
        assert record["title"] == "Klimatilpasning" and record["extra"] == "x"
    unpickled = pickle.loads(pickle.dumps(record))
    assert unpickled == record and isinstance(unpickled, Record)
    merged = record | {"title": "Flettet"}
    assert merged["title"] == "Flettet" and record["title"] == "Klimatilpasning"
    assert ({"a": 1} | record)["a"] == 1
    record |= {"title": "Oppdatert"}
    assert record.title == "Oppdatert"


def test_a_shape_that_cannot_be_slots_gives_plain_records() -> None:
    for shape in (("id", "items"), ("id", "not a name"), ("id", "_private"), ("id", "class")):
        record = record_class(shape)("x")
        assert type(record) is Record and record == dict.fromkeys(shape) | {"id": "x"}


def test_a_compact_project_is_a_quarter_of_a_dicts_size(db: Database) -> None:
    crud.create(db, m.Project, {"title": "Klimatilpasning i byggesaken"})
    (record,) = projects.project_rows(db)
    assert isinstance(record, CompactRecord)
    plain = Record(record.items())
    assert sys.getsizeof(record) * 3 < sys.getsizeof(plain)


def test_records_read_from_the_database_equal_the_plain_ones(db: Database) -> None:
    project = crud.create(db, m.Project, {"title": "Tjenestedesign", "sdg_ids": [3, 11]})
    crud.create(
        db,
        m.Deadline,
        {"title": "Sluttrapport", "kind": DeadlineKind.FINAL_REPORT, "due_date": date(2027, 3, 1)},
    )
    (row,) = projects.project_rows(db)
    assert row == crud.get(db, m.Project, project.id) == project
    assert row.sdg_ids == [3, 11] and row.display_name == "Tjenestedesign"
    (deadline,) = deadlines.list_deadlines(db)
    assert isinstance(deadline, CompactRecord) and deadline.due_date == date(2027, 3, 1)
    assert "days_left" in deadline  # the enricher's key, in the shape


def test_dates_read_together_are_held_once_lists_are_not_shared(db: Database) -> None:
    for n in range(3):
        crud.create(
            db,
            m.Project,
            {"title": f"Prosjekt {n}", "start_date": date(2026, 1, 1), "sdg_ids": [3]},
        )
    with db.session() as s:
        rows = reading.records_from_query(s, m.Project, select(m.Project.__table__))
    assert len({id(r["start_date"]) for r in rows}) == 1
    assert len({id(r["sdg_ids"]) for r in rows}) == 3  # a list could be changed in place
    rows[0]["sdg_ids"].append(4)
    assert rows[1]["sdg_ids"] == [3]


KEYS = st.sampled_from([*SHAPE, "extra", "more"])
OPERATIONS = st.lists(
    st.tuples(st.sampled_from(["set", "del", "pop", "setdefault", "update"]), KEYS, st.integers()),
    max_size=30,
)


@settings(max_examples=150, deadline=None)
@given(OPERATIONS)
def test_any_sequence_of_changes_leaves_it_equal_to_a_dict_given_the_same(
    operations: list[tuple[str, str, int]],
) -> None:
    record, plain = make_pair()
    for operation, key, value in operations:
        outcomes = []
        for target in (record, plain):
            try:
                if operation == "set":
                    target[key] = value
                elif operation == "del":
                    del target[key]
                elif operation == "pop":
                    outcomes.append(target.pop(key, None))
                elif operation == "setdefault":
                    outcomes.append(target.setdefault(key, value))
                else:
                    target.update({key: value})
                outcomes.append("ok")
            except KeyError:
                outcomes.append("KeyError")
        assert outcomes[: len(outcomes) // 2] == outcomes[len(outcomes) // 2 :]
        # Equal as dicts; the order differs in one way only: a key of the shape deleted and
        # set again comes back at its place in the shape, not at the end.
        assert record == plain and dict(record.items()) == plain
        assert len(record) == len(plain) and sorted(record) == sorted(plain)
        assert all((k in record) == (k in plain) for k in (*SHAPE, "extra", "more"))
