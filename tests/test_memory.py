"""What the app keeps in memory: no module's source held by PySide6's import hook, and rows
read in their one shape with repeated values stored once."""

from __future__ import annotations

import builtins
import linecache
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

import kunnskapsapp.ui  # noqa: F401  # PySide6 loaded, its import hook lightened
from kunnskapsapp.domain import models as m
from kunnskapsapp.services import crud, projects
from kunnskapsapp.services.database import Database


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
