"""What the app keeps in memory: no module's source held by PySide6's import hook, and rows
read in their one shape with repeated values stored once."""

from __future__ import annotations

import builtins
import gc
import linecache
import sys
import time
import tracemalloc
import weakref
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

import kunnskapsapp.ui  # noqa: F401  # PySide6 loaded, its import hook lightened
from kunnskapsapp import memory
from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.base import new_id
from kunnskapsapp.services import crud, projects, reading, records
from kunnskapsapp.services.database import Database
from kunnskapsapp.ui.idle_tidy import IdleTidy


def test_a_module_imported_after_pyside6_leaves_no_source_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module_file = tmp_path / "h44_imported_late.py"
    module_file.write_text('"""No Qt here."""\n\nVALUE = 1\n', encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    module = builtins.__import__("h44_imported_late")  # as `import` does
    try:
        assert module.VALUE == 1
        assert str(module_file) not in linecache.cache
    finally:
        sys.modules.pop("h44_imported_late", None)


def test_pyside6_still_tells_modules_that_use_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feature = sys.modules["shibokensupport.feature"]
    (tmp_path / "h44_with_qt.py").write_text("import PySide6.QtCore\n", encoding="utf-8")
    (tmp_path / "h44_without_qt.py").write_text("import json\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        builtins.__import__("h44_with_qt")
        builtins.__import__("h44_without_qt")
        assert feature.pyside_feature_dict["h44_with_qt"] == 0  # may switch features
        assert feature.pyside_feature_dict["h44_without_qt"] == -1  # ignored
    finally:
        for name in ("h44_with_qt", "h44_without_qt"):
            sys.modules.pop(name, None)


def test_rows_read_together_keep_each_repeated_value_once(db: Database) -> None:
    """Thousands of projects under one service area, by one author, in one priority area: a
    long list holds that id, that name and that author once, not once per row."""
    area = crud.create(db, m.ServiceArea, {"name": "Helse og omsorg"})
    with db.session() as session:
        priority = session.scalars(select(m.PriorityArea.id)).first()
    values = {"service_area_id": area.id, "priority_area_ids": [priority]}
    for title in ("Velferdsteknologi", "Klimatilpasning", "Helseløft"):
        crud.create(db, m.Project, {"title": title, **values})
    first, *others = projects.project_rows(db)
    assert first["service_area_name"] == "Helse og omsorg"
    assert first["created_by"] == "testbruker"
    assert first["priority_area_ids"] == [priority]
    for other in others:
        assert other["service_area_id"] is first["service_area_id"]
        assert other["service_area_name"] is first["service_area_name"]
        assert other["created_by"] is first["created_by"]
        assert other["priority_area_ids"][0] is first["priority_area_ids"][0]


def test_a_long_read_needs_less_than_twice_the_memory_it_keeps(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A process's peak memory is where a read's rows meet what is made of them. Read a slice
    at a time (the slice made small here, as 2 000 of 20 000 projects are), a list of projects
    with their priority areas, partners and fund allocations needs less than twice what it
    keeps (1.4 times on both engines): with every row of the links and the partners fetched
    before the first was seen, and each row's own copies of its dates and ids until the end,
    it needed 2.4. More projects than an IN list takes (2 000), as at 20 000: the list's own
    parameters would otherwise be measured, on PostgreSQL a fifth of what the read keeps."""
    with db.session() as session:
        areas = list(session.scalars(select(m.PriorityArea)))[:2]
        partner = m.Organisation(id=new_id(), name="Høgskolen i Innlandet")
        session.add(partner)
        made = [
            m.Project(
                id=new_id(),
                title=f"Prosjekt {n}",
                start_date=date(2026, 1 + n % 12, 1),
                priority_areas=areas,
                partners=[m.ProjectPartner(organisation_id=partner.id)],
            )
            for n in range(2100)
        ]
        session.add_all(made)
        session.flush()
        session.add_all(
            m.FundAllocation(project_id=p.id, year=2026, amount=1000 * n)
            for n, p in enumerate(made)
        )
        session.commit()
    monkeypatch.setattr(records, "READ_SLICE", 100, raising=False)
    projects.project_rows(db)  # once before: what the first read sets up is not measured
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        rows = projects.project_rows(db)
        kept, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(rows) == 2100
    assert rows[0]["partner_names"] == "Høgskolen i Innlandet"
    assert peak - before < 2 * (kept - before)


class _Cycle:
    """An object in a reference cycle: only the garbage collector frees it."""

    def __init__(self) -> None:
        self.me = self


def _collected_as_usual(obj: object) -> bool:
    return any(o is obj for o in gc.get_objects())


def test_a_long_list_is_set_aside_from_the_garbage_collector(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its records no longer make the collector's full passes longer (they held the window
    up for 0.3–0.7 s at 80 000 projects); a short list stays where it was."""
    for title in ("Velferdsteknologi", "Klimatilpasning"):
        crud.create(db, m.Project, {"title": title})
    gc.unfreeze()
    monkeypatch.setattr(reading, "SET_ASIDE_AT", 3)
    short = projects.project_rows(db)
    assert _collected_as_usual(short[0])
    monkeypatch.setattr(reading, "SET_ASIDE_AT", 2)
    long = projects.project_rows(db)
    assert {r["title"] for r in long} == {"Velferdsteknologi", "Klimatilpasning"}
    assert not _collected_as_usual(long[0])


def test_tidying_frees_the_garbage_cycles_set_aside() -> None:
    cycle = _Cycle()
    gone = weakref.ref(cycle)
    memory.set_aside()
    del cycle
    gc.collect()
    assert gone() is not None  # set aside: the collector's passes skip it
    assert memory.tidy()
    assert gone() is None
    assert not memory.tidy()  # nothing set aside since


def test_the_window_left_alone_is_tidied(qapp: Any, qtbot: Any) -> None:
    tidy = IdleTidy(qapp, idle_after=0.0, check_every_ms=10)
    try:
        cycle = _Cycle()
        gone = weakref.ref(cycle)
        memory.set_aside()
        del cycle
        qtbot.waitUntil(lambda: gone() is None)
        assert tidy.tidied == 1
    finally:
        tidy.deleteLater()


def test_the_window_in_use_is_not_tidied(qapp: Any, qtbot: Any) -> None:
    tidy = IdleTidy(qapp, idle_after=60.0, check_every_ms=60_000)
    try:
        memory.set_aside()
        field = _typing_field(qtbot)
        tidy.last_input = time.monotonic() - 120  # away for two minutes
        qtbot.keyClick(field, "a")  # and back at work
        assert not tidy.maybe_tidy()
        assert tidy.tidied == 0
    finally:
        memory.tidy()
        tidy.deleteLater()


def _typing_field(qtbot: Any) -> Any:
    from PySide6.QtWidgets import QLineEdit

    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    return field
