"""Rows read in the background are sorted and filtered there too, and shown as the table
would have sorted and filtered them; a filter's choices come from the rows there are."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt

from kunnskapsapp.domain import models as m
from kunnskapsapp.services import crud
from kunnskapsapp.services.records import Record
from kunnskapsapp.ui.pages.meetings import MeetingsPage
from kunnskapsapp.ui.table import Column, RecordTableModel
from tests.ui_helpers import shown_page

ROWS = [Record(id=str(i), title=t, n=i) for i, t in enumerate(["Øvre", "Ås", "Bø", "Aure", "Eid"])]


def model() -> RecordTableModel:
    table = RecordTableModel([Column("title", "Tittel"), Column("n", "Nr.")])
    table.sort(0, Qt.SortOrder.AscendingOrder)
    table.set_predicate("no-eid", lambda r: r.title != "Eid")
    return table


def shown(table: RecordTableModel) -> list[str]:
    return [table.record(i).title for i in range(table.rowCount())]


def test_prepared_rows_are_shown_as_the_model_would_sort_and_filter_them(qtbot: Any) -> None:
    direct, prepared = model(), model()
    direct.set_rows(ROWS)
    prepared.set_prepared(prepared.preparer()(ROWS))
    assert shown(prepared) == shown(direct) == ["Aure", "Bø", "Øvre", "Ås"]


def test_a_sort_changed_while_rows_were_read_still_holds(qtbot: Any) -> None:
    table = model()
    prepare = table.preparer()
    table.sort(1, Qt.SortOrder.DescendingOrder)  # the user clicked a header meanwhile
    table.set_prepared(prepare(ROWS))
    assert shown(table) == ["Aure", "Bø", "Ås", "Øvre"]  # by Nr., highest first


def test_the_meetings_agreement_filter_offers_agreements_with_meetings(qtbot: Any, db: Any) -> None:
    def agreement(title: str) -> Any:
        return crud.create(
            db, m.Agreement, {"title": title, "kind": "framework", "evaluation_interval_months": 12}
        )

    with_meeting, _without = agreement("Samarbeidsavtale NTNU"), agreement("Uten møter")
    crud.create(
        db,
        m.Meeting,
        {"title": "Møte", "starts_at": datetime(2027, 1, 14, 10), "agreement_id": with_meeting.id},
    )
    page = shown_page(qtbot, MeetingsPage(db))
    combo = next(c for c in page.filters if c.name == "agreement")
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Avtale: alle",
        "Samarbeidsavtale NTNU",
    ]
