"""What the source lists on its own: deadlines (and the next occurrence of a recurring one that
is done), lessons learned, and document references (with one per signed agreement)."""

from __future__ import annotations

from datetime import timedelta

from kunnskapsapp.domain.enums import DeadlineKind, DeadlineStatus, Recurrence
from kunnskapsapp.domain.models import Lesson
from kunnskapsapp.domain.rules import add_months
from kunnskapsapp.services.demo.builder import Builder, Links
from kunnskapsapp.services.demo.common import ARCHIVE, code, demo_id


def build_deadlines(b: Builder) -> None:
    for n, data in enumerate(b.src.get("deadlines", [])):
        due = b.when.required(data["due"])
        done = b.when(data.get("done"))
        links = Links(
            b.person_id(data.get("responsible")),
            agreement_id=b.agreement_id(data),
            project_id=b.project_id(data),
        )
        b.deadline(
            f"explicit/{n}",
            data["title"],
            code(DeadlineKind, data["kind"]),
            due,
            links,
            done=done if done and done <= b.today else None,
            reminder_days=int(data.get("reminder_days", 14)),
            recurrence=code(Recurrence, data.get("recurrence", "none")),
            created=due - timedelta(days=45),
        )
    # A recurring deadline that is done moves on: add its next occurrence.
    for d in [
        d
        for d in b.deadlines
        if d.recurrence != Recurrence.NONE and d.status == DeadlineStatus.DONE
    ]:
        b.deadline(
            f"next/{d.id}",
            d.title,
            d.kind,
            add_months(d.due_date, d.recurrence.months),
            Links(d.responsible_id, agreement_id=d.agreement_id, project_id=d.project_id),
            reminder_days=d.reminder_days,
            recurrence=d.recurrence,
            created=d.done_date,
        )
        d.recurrence = Recurrence.NONE


def build_lessons(b: Builder) -> None:
    for n, data in enumerate(b.src.get("lessons", [])):
        recorded = b.when(data.get("recorded_on"))
        lesson = Lesson(
            id=demo_id("lesson", str(n + 1)),
            title=data["title"],
            description=data.get("description", ""),
            recorded_on=recorded,
        )
        lesson.agreements = [b.agreements[k] for k in data.get("agreements", [])]
        lesson.projects = [b.projects[k].obj for k in data.get("projects", [])]
        b.add(lesson, recorded)


def build_documents(b: Builder) -> None:
    """The minutes the meetings left, a signed copy of each archived agreement, and the
    source's own documents."""
    for key, agreement in b.agreements.items():
        if agreement.signed_date is None or not agreement.archive_case_number:
            continue
        number = agreement.archive_case_number
        b.document(
            f"agreement/{key}",
            f"Signert avtale: {agreement.title}",
            f"{ARCHIVE}Avtaler\\{number.replace('/', '-')} signert.pdf",
            f"{number}-1",
            Links.of_agreement(agreement),
        )
    for n, data in enumerate(b.src.get("documents", [])):
        b.document(
            f"source/{n}",
            data["title"],
            data.get("location", ""),
            data.get("archive_ref", ""),
            Links(agreement_id=b.agreement_id(data), project_id=b.project_id(data)),
            data.get("notes", ""),
        )
    for document in b.documents:
        b.add(document, None)
