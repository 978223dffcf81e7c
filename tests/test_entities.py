"""The entity declarations: complete for every table, checked against the models, and read
by the services that used to keep tables of their own."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import inspect

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.base import Base
from kunnskapsapp.domain.entities import (
    AUDIT_FIELDS,
    ENTITIES,
    FieldKind,
    entity,
    find_entity,
)
from kunnskapsapp.domain.entities.spec import declare, first, kinds

LINK_TABLES = {"project_priority_area", "project_sdg", "lesson_agreement", "lesson_project"}


def test_every_table_with_rows_has_one_declaration() -> None:
    tables = {mapper.class_.__tablename__ for mapper in Base.registry.mappers}
    declared = [spec.table for spec in ENTITIES]
    assert sorted(declared) == sorted(tables)
    assert set(Base.metadata.tables) - tables == LINK_TABLES


@pytest.mark.parametrize("spec", ENTITIES, ids=lambda s: s.table)
def test_declaration_is_complete(spec) -> None:  # type: ignore[no-untyped-def]
    columns = [c.key for c in inspect(spec.model).columns if c.key not in AUDIT_FIELDS]
    assert [f.name for f in spec.fields] == columns
    assert spec.singular and spec.plural
    assert spec.natural_keys, "every entity says how a row is recognised without its id"
    for f in spec.fields:
        assert f.label and f.label != f.name, f"{spec.table}.{f.name} has no Norwegian label"
    assert entity(spec.model) is spec is entity(spec.table)


def test_lookup_by_model_and_table() -> None:
    assert entity(m.Project).plural == "prosjekter"
    assert entity("funding_line").singular == "finansiering"
    assert find_entity("project_sdg") is None
    with pytest.raises(KeyError):
        entity("project_sdg")


def test_money_is_declared_not_guessed() -> None:
    line = entity(m.FundingLine)
    assert line.field("granted_amount").kind is FieldKind.KRONER
    assert line.field("own_cash").kind is FieldKind.KRONER
    assert entity(m.FundingScheme).field("max_support_percent").kind is FieldKind.PERCENT
    assert entity(m.FundingYear).field("year").kind is FieldKind.YEAR
    assert entity(m.Meeting).field("duration_minutes").kind is FieldKind.COUNT
    # every amount in kroner, and nothing else, says "(kr)" in its label
    for spec in ENTITIES:
        for f in spec.fields:
            assert (f.kind is FieldKind.KRONER) == ("(kr)" in f.label), (spec.table, f.name)


def test_personal_data_is_marked() -> None:
    assert set(entity(m.Person).personal_fields) >= {"name", "email", "phone"}
    assert entity(m.Project).personal_fields == ()


def test_natural_keys_are_ordered_alternatives() -> None:
    org = entity(m.Organisation)
    assert org.natural_key({"org_number": "974760673", "name": "NTNU"}) == (
        ("org_number",),
        ("974760673",),
    )
    assert org.natural_key({"org_number": None, "name": "NTNU"}) == (("name",), ("NTNU",))
    assert org.natural_key({"short_name": "NTNU"}) == (("short_name",), ("NTNU",))
    person = entity(m.Person)
    assert person.natural_key({"email": "", "name": "Kari"}) == (("name",), ("Kari",))
    assert entity(m.Deadline).natural_keys[0] == ("title", "due_date", "project_id")
    assert entity(m.Meeting).natural_keys == (("title", "starts_at"),)


def test_names_links_and_warnings() -> None:
    assert entity(m.Project).name_of({"short_name": "", "title": "Velferd"}) == "Velferd"
    assert entity(m.Organisation).name_of({"short_name": "NTNU", "name": "Norges ..."}) == "NTNU"
    meeting = {"title": "Styremøte", "starts_at": datetime(2026, 3, 5, 9, 0)}
    assert entity(m.Meeting).name_of(meeting) == "Styremøte (05.03.2026)"
    assert entity(m.FundAllocation).name_of({"year": 2026, "amount": 250000}) == (
        "Tildeling 2026: 250\u00a0000\u00a0kr"
    )
    assert entity(m.Sdg).name_of({"id": 3, "name": "God helse"}) == "3. God helse"
    assert [link.label for link in entity(m.Project).links] == [
        "Prioriterte områder",
        "Bærekraftsmål",
    ]
    assert entity(m.Lesson).label_of("project_ids") == "Prosjekter"
    assert [w.key for w in entity(m.Deadline).warnings] == ["overdue"]


def test_a_column_without_a_declared_kind_is_refused() -> None:
    with pytest.raises(TypeError, match="missing: \\['short_name'\\]"):
        declare(
            m.ServiceArea,
            ("a", "b"),
            first("name"),
            kinds(name=FieldKind.TEXT, active=FieldKind.YES_NO),
            (("name",),),
        )
    with pytest.raises(TypeError, match="cannot be stored"):
        declare(
            m.ServiceArea,
            ("a", "b"),
            first("name"),
            kinds(name=FieldKind.DATE, short_name=FieldKind.TEXT, active=FieldKind.YES_NO),
            (("name",),),
        )
