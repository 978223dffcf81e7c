"""Meetings: the contact groups' series with their agendas, minutes and follow-up deadlines,
and the single meetings the source lists."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from kunnskapsapp.domain.enums import (
    ContactRole,
    DeadlineKind,
    MeetingKind,
    MeetingStatus,
    OutcomeKind,
    Side,
)
from kunnskapsapp.domain.language import count_noun
from kunnskapsapp.domain.models import (
    AgendaItem,
    Agreement,
    AgreementParty,
    Meeting,
    MeetingParticipant,
    Outcome,
)
from kunnskapsapp.services.demo.builder import Builder, Links
from kunnskapsapp.services.demo.common import ARCHIVE, code, demo_id, stable
from kunnskapsapp.services.demo.dates import nth_weekday


def build_meetings(b: Builder) -> None:
    for series in b.src["meeting_series"]:
        _series(b, series)
    for data in b.src.get("meetings", []):
        _single_meeting(b, data)


def _series_dates(b: Builder, series: dict[str, Any]) -> list[date]:
    first: date = series["first"]
    dates: list[date] = []
    for year in range(first.year, b.today.year + 2):
        for month in series["months"]:
            day = nth_weekday(year, month, series["weekday"], series["week"])
            if day >= first:
                dates.append(day)
    past = [d for d in dates if d < b.today]
    upcoming = [d for d in dates if d >= b.today][:1]
    return past + upcoming


def _series(b: Builder, series: dict[str, Any]) -> None:
    agreement = b.agreements[series["agreement"]]
    members = b.contact_groups[series["agreement"]]
    partner_orgs = {
        key
        for key, org_id in b.orgs.items()
        if key != "baerum" and any(p.organisation_id == org_id for p in _parties(b, agreement))
    }
    secretary = next(
        (
            p
            for p, side, role in members
            if role == ContactRole.SECRETARY and side == Side.MUNICIPALITY
        ),
        members[0][0],
    )
    leader = next(
        (p for p, side, role in members if role == ContactRole.LEADERSHIP),
        members[0][0],
    )
    topics = series["topics"]
    at = time.fromisoformat(series["time"])
    length = int(series["minutes"])
    status_minutes = 20 if length <= 90 else 30
    topic_minutes = (length - 10 - status_minutes - 10) // 2 // 5 * 5
    cancelled = set(series.get("cancelled", []))
    for index, day in enumerate(_series_dates(b, series)):
        key = f"{series['key']}/{day.isoformat()}"
        if day in cancelled:
            status = MeetingStatus.CANCELLED
        elif day < b.today:
            status = MeetingStatus.HELD
        else:
            status = MeetingStatus.PLANNED
        digital = series.get("digital_from") and series["digital_from"] <= day <= series.get(
            "digital_until", day
        )
        place = series["digital"] if digital else series["places"][index % len(series["places"])]
        meeting = b.add(
            Meeting(
                id=demo_id("meeting", key),
                title=series["title"],
                kind=MeetingKind.CONTACT_GROUP,
                status=status,
                agreement_id=agreement.id,
                starts_at=datetime.combine(day, at),
                duration_minutes=length,
                place=place,
                notes=series.get("cancel_note", "") if status == MeetingStatus.CANCELLED else "",
            ),
            day - timedelta(days=21),
            day if status != MeetingStatus.PLANNED else None,
        )
        for j, (person_key, _side, _role) in enumerate(members):
            present: bool | None = None
            if status == MeetingStatus.HELD:
                present = (index + j) % 7 != 3
            updated = day if present is not None else None
            _invite(b, key, meeting, person_key, present, day - timedelta(days=21), updated)
        held = status == MeetingStatus.HELD
        running = [f for f in b.projects.values() if f.orgs & partner_orgs and f.ran_on(day)]
        pending = [
            f
            for f in b.projects.values()
            if f.orgs & partner_orgs
            and any(a <= day and (d is None or d > day) for a, d in f.applications)
        ]
        items: list[dict[str, Any]] = [
            {
                "title": "Godkjenning av innkalling og saksliste",
                "minutes": 5,
                "presenter": leader,
                "text": "Innkalling og saksliste ble godkjent.",
            },
            {
                "title": "Referat fra forrige møte" if index else "Kontaktgruppens mandat",
                "minutes": 5,
                "presenter": secretary,
                "text": (
                    "Referatet ble godkjent. Oppfølgingspunktene er fulgt opp eller står "
                    "på fristlisten."
                    if index
                    else "Mandatet i samarbeidsavtalen ble gjennomgått."
                ),
            },
            {
                "title": "Status i porteføljen",
                "description": "Prosjekter, søknader og frister under avtalen.",
                "minutes": status_minutes,
                "presenter": secretary,
                "text": (
                    "Sekretariatet la fram porteføljeoversikten: "
                    f"{count_noun(len(running), 'prosjekt', 'prosjekter')} pågår, og "
                    f"{count_noun(len(pending), 'søknad', 'søknader')} er til behandling."
                ),
                "outcomes": [
                    {
                        "kind": "information",
                        "text": "Porteføljeoversikten ble tatt til orientering.",
                    }
                ],
            },
        ]
        for t in (topics[(2 * index) % len(topics)], topics[(2 * index + 1) % len(topics)]):
            items.append(
                {
                    "title": t["title"],
                    "description": t.get("description", ""),
                    "minutes": topic_minutes,
                    "presenter": t.get("presenter"),
                    "text": t.get("minutes", ""),
                    "outcomes": t.get("outcomes", []),
                }
            )
        items.append(
            {"title": "Eventuelt", "minutes": 10, "presenter": leader, "text": "Ingen saker."}
        )
        _agenda(b, key, meeting, items, held, Links(agreement_id=agreement.id))
        if held:
            folder = f"{ARCHIVE}Kontaktgrupper\\{series['key'].upper()}"
            b.document(
                f"minutes/{key}",
                f"Referat: {series['title']} {day.strftime('%d.%m.%Y')}",
                f"{folder}\\Referat {day.isoformat()}.docx",
                f"{agreement.archive_case_number}-{40 + index}",
                Links(agreement_id=agreement.id, meeting_id=meeting.id),
            )


def _invite(
    b: Builder,
    key: str,
    meeting: Meeting,
    person_key: str,
    present: bool | None,
    created: date,
    updated: date | None = None,
) -> None:
    """A person invited to the meeting; `present` once it is held (None before)."""
    person_id = b.people[person_key].id
    values = {"meeting_id": meeting.id, "person_id": person_id, "invited": True}
    b.row(
        MeetingParticipant,
        f"{key}/{person_key}",
        created,
        updated=updated,
        present=present,
        **values,
    )


def _parties(b: Builder, agreement: Agreement) -> list[AgreementParty]:
    return [
        obj
        for obj in b.created
        if isinstance(obj, AgreementParty) and obj.agreement_id == agreement.id
    ]


def _agenda(
    b: Builder,
    key: str,
    meeting: Meeting,
    items: Sequence[dict[str, Any]],
    held: bool,
    links: Links,
) -> None:
    """The agenda items, and when the meeting is held their minutes and outcomes: an action
    with a due date becomes a follow-up deadline under the meeting and `links`."""
    day = meeting.starts_at.date()
    for position, item in enumerate(items, start=1):
        agenda = b.add(
            AgendaItem(
                id=demo_id("agenda_item", f"{key}/{position}"),
                meeting_id=meeting.id,
                position=position,
                title=item["title"],
                description=item.get("description", ""),
                presenter_id=b.person_id(item.get("presenter")),
                duration_minutes=int(item["minutes"]),
                minutes=item.get("text", "") if held else "",
            ),
            day - timedelta(days=21),
            day if held else None,
        )
        if not held:
            continue
        for j, data in enumerate(item.get("outcomes", [])):
            kind = code(OutcomeKind, data["kind"])
            responsible = b.person_id(data.get("responsible"))
            due = day + timedelta(days=int(data["days"])) if "days" in data else None
            deadline_id = None
            if kind == OutcomeKind.ACTION and due is not None:
                dkey = f"meeting/{key}/{position}/{j}"
                done = None
                if due <= b.today - timedelta(days=21):
                    done = due - timedelta(days=stable(dkey) % 9)
                deadline = b.deadline(
                    dkey,
                    data["text"],
                    DeadlineKind.FOLLOW_UP,
                    due,
                    dataclasses.replace(links, responsible_id=responsible, meeting_id=meeting.id),
                    done=done,
                    reminder_days=7,
                    created=day,
                )
                deadline_id = deadline.id
            outcome = Outcome(
                id=demo_id("outcome", f"{key}/{position}/{j}"),
                agenda_item_id=agenda.id,
                kind=kind,
                text=data["text"],
                responsible_id=responsible,
                due_date=due,
                deadline_id=deadline_id,
            )
            b.add(outcome, day)
            b.s.expunge(outcome)
            b.outcomes.append(outcome)


def _single_meeting(b: Builder, data: dict[str, Any]) -> None:
    key = f"single/{data['key']}"
    day = b.when.required(data["at"])
    while day.weekday() >= 5:
        day += timedelta(days=1)
    status = MeetingStatus.HELD if day < b.today else MeetingStatus.PLANNED
    project_id = b.project_id(data)
    agreement_id = b.agreement_id(data)
    meeting = b.add(
        Meeting(
            id=demo_id("meeting", key),
            title=data["title"],
            kind=code(MeetingKind, data.get("kind", "project")),
            status=status,
            agreement_id=agreement_id,
            project_id=project_id,
            starts_at=datetime.combine(day, time.fromisoformat(data.get("time", "09:00"))),
            duration_minutes=int(data.get("minutes", 60)),
            place=data.get("place", ""),
        ),
        min(day, b.today) - timedelta(days=14),
    )
    for person_key in data.get("participants", []):
        present = True if status == MeetingStatus.HELD else None
        _invite(b, key, meeting, person_key, present, min(day, b.today) - timedelta(days=14))
    items = [
        {
            "title": item["title"],
            "description": item.get("description", ""),
            "minutes": item.get("minutes", 10),
            "presenter": item.get("presenter"),
        }
        for item in data.get("agenda", [])
    ]
    held = status == MeetingStatus.HELD
    links = Links(agreement_id=agreement_id, project_id=project_id)
    _agenda(b, key, meeting, items, held, links)
