"""Deadlines and meetings as an iCalendar file (RFC 5545) for Outlook and other calendars.

Qt-free. Each row keeps its UID between exports (`<id>@kunnskapsapp`) and carries its
version as SEQUENCE, so importing the file again updates the events instead of duplicating
them. Deadlines are all-day events with an alarm from their reminder lead time; meetings are
in Europe/Oslo time with a VTIMEZONE and their agenda in the description. DTSTAMP and
LAST-MODIFIED come from the rows' last change, never from the clock, so two exports of the same
data are the same bytes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event

from kunnskapsapp import paths
from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.enums import DeadlineStatus, LabelledEnum, MeetingStatus
from kunnskapsapp.domain.language import days_word
from kunnskapsapp.exchange import values
from kunnskapsapp.services import crud
from kunnskapsapp.services import deadlines as deadline_service
from kunnskapsapp.services.database import Database

E = TypeVar("E", bound=LabelledEnum)
OSLO = ZoneInfo("Europe/Oslo")
UID_DOMAIN = "kunnskapsapp"
PRODID = "-//Kunnskapsapp//Frister og møter//NB"
_EPOCH = datetime(2000, 1, 1)


def uid(row_id: str) -> str:
    """The event's UID: the same for the same row in every export."""
    return f"{row_id}@{UID_DOMAIN}"


def _utc(moment: datetime | None) -> datetime:
    """A stored naive-UTC stamp as an aware UTC datetime (the data's, never the clock's)."""
    return (moment or _EPOCH).replace(tzinfo=UTC, microsecond=0)


def _member(enum_cls: type[E], value: Any) -> E:
    """The enum member for a member or its stored code."""
    return value if isinstance(value, enum_cls) else enum_cls._value2member_map_[str(value)]  # type: ignore[return-value]


def _label(value: Any) -> str:
    return str(getattr(value, "label", value or ""))


def _lines(*pairs: tuple[str, Any]) -> list[str]:
    return [f"{name}: {value}" for name, value in pairs if value not in (None, "")]


def deadline_event(d: Mapping[str, Any]) -> Event:
    """A deadline as an all-day event; an alarm `reminder_days` before, if still open."""
    event = Event()
    status = _member(DeadlineStatus, d["status"])
    is_open = status is DeadlineStatus.OPEN
    prefix = "Frist" if is_open else f"Frist ({status.label.lower()})"
    event.add("uid", uid(d["id"]))
    event.add("dtstamp", _utc(d.get("updated_at")))
    event.add("last-modified", _utc(d.get("updated_at")))
    event.add("sequence", max(int(d.get("version") or 1) - 1, 0))
    event.add("summary", f"{prefix}: {d['title']}")
    event.add("dtstart", d["due_date"])
    event.add("dtend", d["due_date"] + timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    event.add("status", "CANCELLED" if status is DeadlineStatus.CANCELLED else "CONFIRMED")
    if d.get("kind"):
        event.add("categories", [_label(d["kind"])])
    reminder = d.get("reminder_days")
    description = _lines(
        ("Type", _label(d.get("kind"))),
        ("Status", status.label),
        ("Ansvarlig", d.get("responsible_name")),
        ("Avtale", d.get("agreement_name")),
        ("Prosjekt", d.get("project_name")),
        ("Varsel", f"{days_word(reminder)} før" if is_open and reminder is not None else ""),
    )
    if d.get("notes"):
        description += ["", str(d["notes"])]
    event.add("description", "\n".join(description).strip("\n"))
    reminder = d.get("reminder_days")
    if is_open and reminder is not None and reminder >= 0:
        alarm = Alarm()
        alarm.add("uid", uid(f"{d['id']}-varsel"))
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"Frist {d['due_date']:%d.%m.%Y}: {d['title']}")
        alarm.add("trigger", timedelta(days=-int(reminder)))
        event.add_component(alarm)
    return event


def agenda_text(items: Sequence[Mapping[str, Any]]) -> str:
    """The agenda as numbered lines: `1. Sak (10 min, Kari Nordmann)` and its description."""
    lines = []
    for number, item in enumerate(items, start=1):
        details = [f"{item['duration_minutes']} min"] if item.get("duration_minutes") else []
        if item.get("presenter_name"):
            details.append(str(item["presenter_name"]))
        suffix = f" ({', '.join(details)})" if details else ""
        lines.append(f"{number}. {item['title']}{suffix}")
        if item.get("description"):
            lines.extend(f"   {line}" for line in str(item["description"]).splitlines())
    return "\n".join(lines)


def meeting_event(meeting: Mapping[str, Any], agenda: Sequence[Mapping[str, Any]] = ()) -> Event:
    """A meeting in Europe/Oslo time with its agenda in the description."""
    event = Event()
    starts = meeting["starts_at"].replace(tzinfo=OSLO)
    stamps = [meeting.get("updated_at") or _EPOCH, *(i.get("updated_at") or _EPOCH for i in agenda)]
    event.add("uid", uid(meeting["id"]))
    event.add("dtstamp", _utc(max(stamps)))
    event.add("last-modified", _utc(max(stamps)))
    event.add("sequence", max(int(meeting.get("version") or 1) - 1, 0))
    event.add("summary", str(meeting["title"]))
    event.add("dtstart", starts)
    event.add("dtend", starts + timedelta(minutes=int(meeting.get("duration_minutes") or 0)))
    if meeting.get("place"):
        event.add("location", str(meeting["place"]))
    cancelled = _member(MeetingStatus, meeting["status"]) is MeetingStatus.CANCELLED
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    if meeting.get("kind"):
        event.add("categories", [_label(meeting["kind"])])
    parts = _lines(
        ("Møtetype", _label(meeting.get("kind"))),
        ("Avtale", meeting.get("agreement_name")),
        ("Prosjekt", meeting.get("project_name")),
    )
    if agenda:
        parts += ["", "Saksliste:", agenda_text(agenda)]
    if meeting.get("notes"):
        parts += ["", str(meeting["notes"])]
    event.add("description", "\n".join(parts).strip("\n"))
    return event


def build_calendar(
    deadlines: Iterable[Mapping[str, Any]],
    meetings: Iterable[Mapping[str, Any]] = (),
    agendas: Mapping[str, Sequence[Mapping[str, Any]]] | None = None,
    *,
    name: str = "Kunnskapsapp: frister og møter",
) -> bytes:
    """The rows given (e.g. those a page shows) as one iCalendar file."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Europe/Oslo")
    agendas = agendas or {}
    for d in sorted(deadlines, key=lambda r: (r["due_date"], str(r["id"]))):
        cal.add_component(deadline_event(d))
    meeting_list = sorted(meetings, key=lambda r: (r["starts_at"], str(r["id"])))
    for meeting in meeting_list:
        cal.add_component(meeting_event(meeting, agendas.get(meeting["id"], ())))
    if meeting_list:
        # From the first meeting's year to two years after the last: moving a meeting in
        # Outlook later stays inside the rules (and the range comes from the data).
        first = date(meeting_list[0]["starts_at"].year, 1, 1)
        last = date(meeting_list[-1]["starts_at"].year + 2, 12, 31)
        cal.add_missing_timezones(first_date=first, last_date=last)
    return bytes(cal.to_ical())


def _filters(agreement_id: str | None, project_id: str | None) -> dict[str, Any]:
    where: dict[str, Any] = {}
    if agreement_id:
        where["agreement_id"] = agreement_id
    if project_id:
        where["project_id"] = project_id
    return where


def export_calendar(
    db: Database,
    *,
    agreement_id: str | None = None,
    project_id: str | None = None,
    deadline_ids: Iterable[str] | None = None,
    meeting_ids: Iterable[str] | None = None,
) -> bytes:
    """All deadlines and meetings; those of one agreement or project; or the listed ids."""
    where = _filters(agreement_id, project_id)
    deadline_where = dict(where)
    meeting_where = dict(where)
    if deadline_ids is not None or meeting_ids is not None:
        deadline_where["id"] = list(deadline_ids or [])
        meeting_where["id"] = list(meeting_ids or [])
    deadlines = (
        deadline_service.list_deadlines(db, agreement_id=agreement_id, project_id=project_id)
        if "id" not in deadline_where
        else crud.list_rows(db, m.Deadline, where=deadline_where)
    )
    meetings = crud.list_rows(db, m.Meeting, where=meeting_where)
    agendas: dict[str, list[Any]] = {}
    if meetings:
        items = crud.list_rows(
            db,
            m.AgendaItem,
            where={"meeting_id": [r["id"] for r in meetings]},
            order_by=["meeting_id", "position"],
        )
        for item in items:
            agendas.setdefault(item["meeting_id"], []).append(item)
    return build_calendar(deadlines, meetings, agendas)


def save_calendar(path: str | Path, data: bytes) -> None:
    """Write the file through a temporary one, so a failure leaves no half file."""
    target = Path(path)
    temporary = target.with_name(target.name + ".tmp")
    try:
        paths.write_private(temporary, data)
        temporary.replace(target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise values.unwritable(target.name, error) from None
