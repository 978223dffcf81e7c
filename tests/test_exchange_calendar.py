"""Deadlines and meetings as iCalendar: stable UIDs, alarms, Europe/Oslo, identical exports."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from icalendar import Calendar

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.enums import DeadlineStatus
from kunnskapsapp.exchange.calendar import build_calendar, export_calendar
from kunnskapsapp.services import clock, crud
from tests import report_fixtures as fx


@pytest.fixture
def portfolio(db: Any) -> Iterator[fx.Portfolio]:
    clock.fix(fx.TODAY)
    yield fx.build(db, long_fields=False)
    clock.fix(None)


def _events(data: bytes) -> dict[str, Any]:
    cal = Calendar.from_ical(data)
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def test_every_deadline_and_meeting_with_stable_uids(db: Any, portfolio: fx.Portfolio) -> None:
    data = export_calendar(db)
    events = _events(data)
    deadlines = crud.list_rows(db, m.Deadline)
    meetings = crud.list_rows(db, m.Meeting)
    assert set(events) == {f"{r['id']}@kunnskapsapp" for r in deadlines + meetings}
    assert export_calendar(db) == data  # same data, same bytes: no clock in the file


def test_deadlines_are_all_day_with_an_alarm_from_the_lead_time(
    db: Any, portfolio: fx.Portfolio
) -> None:
    events = _events(export_calendar(db))
    for d in crud.list_rows(db, m.Deadline):
        event = events[f"{d['id']}@kunnskapsapp"]
        assert event.decoded("DTSTART") == d["due_date"]
        assert not isinstance(event.decoded("DTSTART"), datetime)
        assert event.decoded("DTEND") == d["due_date"] + timedelta(days=1)
        assert event.decoded("DTSTAMP").replace(tzinfo=None) == d["updated_at"].replace(
            microsecond=0
        )
        alarms = event.walk("VALARM")
        if d["status"] is DeadlineStatus.OPEN:
            assert str(event["SUMMARY"]) == f"Frist: {d['title']}"
            (alarm,) = alarms
            assert alarm.decoded("TRIGGER") == timedelta(days=-d["reminder_days"])
            assert str(alarm["ACTION"]) == "DISPLAY"
        else:
            assert alarms == []
            assert str(event["SUMMARY"]).startswith("Frist (")


def test_meetings_in_oslo_time_with_vtimezone_and_agenda(db: Any, portfolio: fx.Portfolio) -> None:
    data = export_calendar(db)
    cal = Calendar.from_ical(data)
    (zone,) = cal.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Oslo"
    event = _events(data)[f"{portfolio.meeting_id}@kunnskapsapp"]
    assert event["DTSTART"].params["TZID"] == "Europe/Oslo"
    start = event.decoded("DTSTART")
    assert start.replace(tzinfo=None) == fx.MEETING_AT
    assert start.utcoffset() == timedelta(hours=1)  # March 2025: winter time
    assert event.decoded("DTEND") - start == timedelta(minutes=60)
    description = str(event["DESCRIPTION"])
    items = crud.list_rows(
        db, m.AgendaItem, where={"meeting_id": portfolio.meeting_id}, order_by=["position"]
    )
    assert "Saksliste:" in description
    for number, item in enumerate(items, start=1):
        assert f"{number}. {item['title']}" in description
    assert "BEGIN:VTIMEZONE" in data.decode()
    assert data.decode().index("BEGIN:VTIMEZONE") < data.decode().index("BEGIN:VEVENT")


def test_one_project_or_agreement(db: Any, portfolio: fx.Portfolio) -> None:
    project_id = portfolio.project_ids[0]
    events = _events(export_calendar(db, project_id=project_id))
    expected = crud.list_rows(db, m.Deadline, where={"project_id": project_id})
    expected += crud.list_rows(db, m.Meeting, where={"project_id": project_id})
    assert set(events) == {f"{r['id']}@kunnskapsapp" for r in expected}
    events = _events(export_calendar(db, agreement_id=portfolio.framework_id))
    assert f"{portfolio.meeting_id}@kunnskapsapp" in events
    assert all(
        r["agreement_id"] == portfolio.framework_id
        for r in crud.list_rows(db, m.Deadline, where={"id": [u[:36] for u in events]})
    )


def test_a_given_list_and_a_changed_row_keeps_its_uid(db: Any, portfolio: fx.Portfolio) -> None:
    deadline = crud.list_rows(db, m.Deadline)[0]
    first = _events(export_calendar(db, deadline_ids=[deadline["id"]], meeting_ids=[]))
    assert list(first) == [f"{deadline['id']}@kunnskapsapp"]
    crud.update(db, m.Deadline, deadline["id"], {"title": "Ny tittel"})
    second = _events(export_calendar(db, deadline_ids=[deadline["id"]], meeting_ids=[]))
    event = second[f"{deadline['id']}@kunnskapsapp"]
    assert str(event["SUMMARY"]).endswith("Ny tittel")
    assert int(event["SEQUENCE"]) == int(first[f"{deadline['id']}@kunnskapsapp"]["SEQUENCE"]) + 1


def test_summer_time_and_no_meetings_means_no_timezone() -> None:
    meeting = {
        "id": "m1",
        "title": "Sommermøte",
        "status": "planned",
        "starts_at": datetime(2025, 6, 12, 9, 0),
        "duration_minutes": 30,
        "updated_at": datetime(2025, 1, 1),
        "version": 1,
    }
    event = _events(build_calendar([], [meeting]))["m1@kunnskapsapp"]
    assert event.decoded("DTSTART").utcoffset() == timedelta(hours=2)
    deadline = {
        "id": "d1",
        "title": "Søknad",
        "status": DeadlineStatus.OPEN,
        "due_date": date(2025, 6, 1),
        "reminder_days": 0,
        "version": 1,
    }
    data = build_calendar([deadline])
    assert b"VTIMEZONE" not in data
    (alarm,) = _events(data)["d1@kunnskapsapp"].walk("VALARM")
    assert alarm.decoded("TRIGGER") == timedelta(0)


def test_command_line_export_for_one_project(
    db: Any, portfolio: fx.Portfolio, tmp_path: Any, capsys: Any
) -> None:
    from kunnskapsapp.cli import main

    path = tmp_path / "frister.ics"
    project_id = portfolio.project_ids[0]
    code = main(["--database", db.url, "export", str(path), "--project", project_id[:8]])
    assert code == 0, capsys.readouterr().err
    assert "Kalender med" in capsys.readouterr().out
    assert _events(path.read_bytes()) == _events(export_calendar(db, project_id=project_id))
    assert main(["--database", db.url, "export", str(path), "--table", "Frister"]) == 1
    assert "--table gjelder bare" in capsys.readouterr().err
