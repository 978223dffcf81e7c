"""Møteunderlag and referat as a Word file (.docx), with the same content as the PDF.

Qt-free (python-docx). The secretary adjusts and sends it, so it is made of what Word knows:
the title in the Title style, sections in Heading 1, sub-sections and agenda items in
Heading 2, agenda items numbered by Word itself ("Sak 1.", "Sak 2.", ... renumbered when an
item is inserted), tables with a repeating header row, A4 pages with "Side x av y" in the
footer and Norwegian (Bokmål) as the proofing language.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from docx.shared import Mm, Pt

from kunnskapsapp.domain.enums import MeetingStatus
from kunnskapsapp.domain.rules import format_date, format_kroner
from kunnskapsapp.exchange.docx_writer import MUTED, WordWriter, clean
from kunnskapsapp.reports.base import (
    Rendered,
    date_range,
    join_names,
    kroner,
    long_date,
    slug,
    time_text,
)
from kunnskapsapp.reports.common import (
    DEADLINE_COLUMNS,
    PROJECT_COLUMNS,
    deadline_rows,
    project_rows,
)
from kunnskapsapp.services import clock

# The facts the PDF handout prints, from the same service.
from kunnskapsapp.services import reporting as facts
from kunnskapsapp.services.database import Database

SECTIONS = (
    "deltakere",
    "saksliste",
    "oppfolging",
    "avtale",
    "prosjekter",
    "frister",
    "fond",
    "erfaringer",
)  # the PDF handout's sections (reports.handout.SECTIONS), in the order they print


# Column widths (shares of the text width): the PDF's columns, with room for a whole date,
# period ("19.08.2019 –") and amount ("47 150 000") at Word's larger table font.
_PROJECT_WIDTHS = [0.20, 0.15, 0.11, 0.11, 0.15, 0.14, 0.14]
_DEADLINE_WIDTHS = [0.14, 0.23, 0.18, 0.20, 0.14, 0.11]
assert len(_PROJECT_WIDTHS) == len(PROJECT_COLUMNS) and len(_DEADLINE_WIDTHS) == len(
    DEADLINE_COLUMNS
)

# --- The handout ------------------------------------------------------------------------------


def _kind(minutes: bool) -> str:
    return "Referat" if minutes else "Møteunderlag"


def filename(meeting: Any, minutes: bool) -> str:
    day = meeting.starts_at.date().isoformat()
    prefix = "referat" if minutes else "moteunderlag"
    return f"{prefix}-{day}-{slug(meeting.title, 40)}.docx"


def render(
    db: Database,
    meeting_id: str,
    *,
    sections: frozenset[str] | None = None,
    minutes: bool = False,
) -> Rendered:
    """The handout (or the minutes) of a meeting as .docx, like the PDF renderer's result."""
    handout = facts.handout_facts(db, meeting_id)
    chosen = frozenset(SECTIONS) if sections is None else sections
    return Rendered(
        data=build(handout, chosen, minutes),
        filename=filename(handout.meeting, minutes),
        title=f"{_kind(minutes)} – {handout.meeting.title}",
    )


def build(handout: Any, chosen: frozenset[str], minutes: bool) -> bytes:
    meeting = handout.meeting
    kind = _kind(minutes)
    head = handout.letterhead
    w = WordWriter(
        title=meeting.title or kind,
        author=head.author,
        subject=f"{kind} for {meeting.title}, {format_date(meeting.starts_at.date())}",
        keywords=f"{kind}, {meeting.kind}",
    )
    if head.logo:
        # A logo Word cannot read is left out, as in the PDF.
        with contextlib.suppress(Exception):
            w.doc.add_picture(io.BytesIO(head.logo), height=Mm(16))
    w.text(head.name or "Kommunen").runs[0].bold = True
    if head.unit:
        w.text(head.unit, muted=True)
    w.text(f"Utskrevet {format_date(clock.today())}", muted=True)
    w.doc.add_heading(clean(meeting.title or kind), level=0)
    when = (
        f"{long_date(meeting.starts_at.date()).capitalize()} kl. "
        f"{time_text(meeting.starts_at)}–{time_text(meeting.ends_at)}"
    )
    w.text(f"{kind} · {meeting.kind}")
    w.text(when)
    if meeting.place:
        w.text(f"Sted: {meeting.place}")
    if meeting.status == MeetingStatus.CANCELLED:
        w.text("Møtet er avlyst.", warning=True)
    w.footer(f"{kind} – {meeting.title} – {format_date(meeting.starts_at.date())}")
    if meeting.notes.strip():
        w.heading("Merknader", 2)
        w.long_text(meeting.notes)
    builders = {
        "deltakere": lambda: _participants(w, handout, minutes),
        "saksliste": lambda: _agenda(w, handout, minutes),
        "oppfolging": lambda: _follow_ups(w, handout),
        "avtale": lambda: _agreement(w, handout),
        "prosjekter": lambda: _projects(w, handout),
        "frister": lambda: _deadlines(w, handout),
        "fond": lambda: _fund(w, handout),
        "erfaringer": lambda: _lessons(w, handout),
    }
    shown = False
    for code in SECTIONS:
        if code in chosen:
            builders[code]()
            shown = True
        if code == "saksliste" and minutes and "saksliste" in chosen:
            _actions_of_this_meeting(w, handout)
    if not shown:
        w.empty("Ingen deler av møteunderlaget er valgt.")
    return w.to_bytes()


def _participants(w: WordWriter, h: Any, minutes: bool) -> None:
    people = h.participants
    if not people:
        w.section("Deltakere", "Ingen deltakere er registrert for møtet.")
        return
    w.heading("Deltakere")
    if minutes:
        rows = [
            [
                p.name,
                p.organisation,
                "Ja" if p.present else "Nei" if p.present is False else "Ikke registrert",
            ]
            for p in people
        ]
        w.table(["Navn", "Organisasjon", "Til stede"], rows)
        present = sum(1 for p in people if p.present)
        w.text(f"{present} av {len(people)} til stede.", muted=True)
        return
    w.table(["Navn", "Organisasjon"], [[p.name, p.organisation] for p in people])


def _agenda(w: WordWriter, h: Any, minutes: bool) -> None:
    if not h.agenda:
        w.section("Saksliste", "Sakslisten er tom.")
        return
    w.heading("Saksliste")
    clock_at = h.meeting.starts_at
    total = 0
    for item in h.agenda:
        start = clock_at
        clock_at = clock_at + timedelta(minutes=item.duration_minutes)
        total += item.duration_minutes
        w.agenda_item(item.title)
        details = []
        if item.presenter:
            details.append(f"Innleder: {item.presenter}")
        if item.duration_minutes:
            details.append(
                f"{item.duration_minutes} min ({time_text(start)}–{time_text(clock_at)})"
            )
        if details:
            w.text(" · ".join(details), muted=True)
        w.long_text(item.description)
        if minutes:
            if item.minutes.strip():
                w.text("Referat").runs[0].bold = True
                w.long_text(item.minutes)
            for outcome in item.outcomes:
                _outcome(w, outcome)
    if h.meeting.duration_minutes and total > h.meeting.duration_minutes:
        w.text(
            f"Merk: sakslisten er beregnet til {total} minutter, men møtet er satt av til "
            f"{h.meeting.duration_minutes} minutter.",
            warning=True,
        )


def _outcome(w: WordWriter, outcome: Any) -> None:
    paragraph = w.doc.add_paragraph()
    paragraph.add_run(clean(f"{outcome.kind.label}: ")).bold = True
    text = outcome.text
    extra = []
    if outcome.responsible:
        extra.append(f"ansvarlig {outcome.responsible}")
    if outcome.due:
        extra.append(f"frist {format_date(outcome.due)}")
    if extra:
        text += " (" + ", ".join(extra) + ")"
    paragraph.add_run(clean(text))


def _follow_up_table(w: WordWriter, lines: Sequence[Any]) -> None:
    rows = [[o.text, o.item_title, o.responsible, format_date(o.due), o.status] for o in lines]
    w.table(
        ["Oppfølgingspunkt", "Sak", "Ansvarlig", "Frist", "Status"],
        rows,
        widths=[0.38, 0.17, 0.16, 0.14, 0.15],
    )


def _follow_ups(w: WordWriter, h: Any) -> None:
    title = "Oppfølging fra forrige møte"
    if h.previous_meeting is None:
        w.section(title, "Det finnes ikke noe tidligere møte i denne serien.")
        return
    name, when = h.previous_meeting
    w.heading(title)
    w.text(f"{name}, {format_date(when.date())}.", muted=True)
    if not h.follow_ups:
        w.empty("Forrige møte hadde ingen oppfølgingspunkter.")
        return
    _follow_up_table(w, h.follow_ups)


def _actions_of_this_meeting(w: WordWriter, h: Any) -> None:
    title = "Oppfølgingspunkter fra møtet"
    if not h.this_meeting_actions:
        w.section(title, "Møtet ga ingen oppfølgingspunkter.")
        return
    w.heading(title)
    _follow_up_table(w, h.this_meeting_actions)


def _months(n: int | None) -> str:
    if not n:
        return ""
    return f"{n} måned" if n == 1 else f"{n} måneder"


def _agreement(w: WordWriter, h: Any) -> None:
    a = h.agreement
    if a is None:
        if h.project is not None:
            _project_facts(w, h.project)
            return
        w.section("Avtalen og kontaktgruppen", "Møtet er ikke knyttet til en avtale.")
        return
    evaluation = format_date(a.next_evaluation)
    if a.next_evaluation and a.next_evaluation < h.reference_date:
        evaluation += " (på overtid)"
    w.heading("Avtalen og kontaktgruppen")
    w.key_values(
        [
            ("Avtale", a.title),
            ("Avtaletype", a.kind.label),
            ("Status", a.status.label),
            ("Parter", join_names(a.parties, 10)),
            ("Signert", format_date(a.signed)),
            ("Gjelder fra", format_date(a.start)),
            ("Gjelder til", format_date(a.end) or ("Løpende, uten sluttdato" if a.start else "")),
            ("Sist evaluert", format_date(a.last_evaluation) or "Ikke evaluert ennå"),
            ("Neste evaluering", evaluation),
            ("Evalueringsintervall", _months(a.evaluation_interval_months)),
            ("Oppsigelsestid", _months(a.notice_period_months)),
            ("Oppsagt med virkning fra", format_date(a.termination_effective)),
            ("Ansvarlig i kommunen", a.responsible),
            ("Saksnummer i arkivet", a.archive_case_number),
        ]
    )
    if a.purpose.strip():
        w.heading("Formål", 2)
        w.long_text(a.purpose)
    w.heading("Kontaktgruppen", 2)
    if a.contact_group:
        rows = [[c.name, c.organisation, c.side, c.role] for c in a.contact_group]
        w.table(["Navn", "Organisasjon", "Side", "Rolle"], rows)
    else:
        w.empty("Ingen medlemmer av kontaktgruppen er registrert.")


def _project_facts(w: WordWriter, project: Any) -> None:
    w.heading("Prosjektet")
    w.key_values(
        [
            ("Prosjekt", project.title),
            ("Prosjektform", project.form.label),
            ("Status", project.status.label),
            ("Prosjekteier", project.service_area),
            ("Prosjektleder", project.manager),
            ("Partnere", join_names(project.partners, 10)),
            ("Periode", date_range(project.start, project.end)),
            ("Avtale", project.agreement),
            ("Innvilget finansiering", format_kroner(project.granted) if project.granted else ""),
            (
                "Egenandel",
                format_kroner(project.own_contribution) if project.own_contribution else "",
            ),
        ]
    )


def _projects(w: WordWriter, h: Any) -> None:
    title = "Prosjekter under avtalen"
    if h.agreement is None:
        if h.project is None:
            w.section(title, "Møtet er ikke knyttet til en avtale med prosjekter.")
        return
    if not h.projects:
        w.section(title, "Ingen prosjekter er registrert under avtalen.")
        return
    rows = project_rows(h.projects)
    granted = sum(p.granted for p in h.projects)
    own = sum(p.own_contribution for p in h.projects)
    rows.append(
        [f"Sum, {len(h.projects)} prosjekter", "", "", "", "", kroner(granted), kroner(own)]
    )
    w.heading(title)
    w.table(
        [c.header for c in PROJECT_COLUMNS],
        rows,
        bold_last=True,
        right=(5, 6),
        widths=_PROJECT_WIDTHS,
    )


def _deadlines(w: WordWriter, h: Any) -> None:
    title = f"Frister per {format_date(h.reference_date)}"
    days = facts.HANDOUT_DEADLINE_DAYS
    if h.agreement is None and h.project is None:
        w.section(title, "Møtet er ikke knyttet til en avtale eller et prosjekt.")
        return
    if not h.deadlines:
        w.section(title, f"Ingen forfalte frister og ingen frister de neste {days} dagene.")
        return
    overdue = [d for d in h.deadlines if d.overdue]
    coming = [d for d in h.deadlines if not d.overdue]
    headers = [c.header for c in DEADLINE_COLUMNS]
    widths = _DEADLINE_WIDTHS
    w.heading(title)
    if overdue:
        w.heading(f"Forfalt ({len(overdue)})", 2)
        w.table(headers, deadline_rows(overdue)[0], widths=widths)
    else:
        w.empty("Ingen forfalte frister.")
    if coming:
        w.heading(f"De neste {days} dagene ({len(coming)})", 2)
        w.table(headers, deadline_rows(coming)[0], widths=widths)
    else:
        w.empty(f"Ingen frister de neste {days} dagene.")


def _fund(w: WordWriter, h: Any) -> None:
    left = h.fund_appropriation - h.fund_allocated
    summary = (
        f"Bevilget {format_kroner(h.fund_appropriation)}, fordelt "
        f"{format_kroner(h.fund_allocated)}, igjen {format_kroner(left)}."
        if h.fund_appropriation or h.fund_allocated
        else f"Ingen bevilgning til fondet er registrert for {h.fund_year}."
    )
    w.heading(f"FoU-fondet {h.fund_year}")
    w.text(summary)
    if left < 0:
        w.text("Fondet er overdisponert dette året.", warning=True)
    if not h.fund_allocations:
        scope = "under avtalen" if h.agreement else "i prosjektet"
        w.empty(f"Ingen tildelinger fra fondet i {h.fund_year} til prosjekter {scope}.")
        return
    rows = [
        [
            a.project + (" (godkjent overskridelse)" if a.override else ""),
            format_date(a.decision_date),
            a.decision_ref,
            kroner(a.amount),
        ]
        for a in h.fund_allocations
    ]
    rows.append(["Sum", "", "", kroner(sum(a.amount for a in h.fund_allocations))])
    w.table(
        ["Prosjekt", "Vedtatt", "Saksreferanse", "Beløp (kr)"],
        rows,
        bold_last=True,
        right=(3,),
        widths=[0.50, 0.14, 0.18, 0.18],
    )


def _lessons(w: WordWriter, h: Any) -> None:
    if not h.lessons:
        scope = "avtalen" if h.agreement else "prosjektet" if h.project else "møtet"
        w.section("Erfaringer", f"Ingen erfaringer er knyttet til {scope}.")
        return
    w.heading("Erfaringer")
    for lesson in h.lessons:
        paragraph = w.doc.add_paragraph()
        paragraph.add_run(clean(lesson.title)).bold = True
        if lesson.recorded_on:
            run = paragraph.add_run(f" ({format_date(lesson.recorded_on)})")
            run.font.size = Pt(8)
            run.font.color.rgb = MUTED
        w.long_text(lesson.description)
