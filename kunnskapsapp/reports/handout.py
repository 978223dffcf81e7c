"""Møteunderlag: the handout for a meeting, and its minutes (referat) after the meeting.

The user picks the sections; a section that has nothing to show says so. For a
contact-group meeting of a framework agreement the handout also carries the agreement, its
projects, the deadlines around the meeting, this year's fund allocations, the follow-up
items from the previous meeting and the lessons learned.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from reportlab.platypus import Flowable, Paragraph, Spacer

from kunnskapsapp.domain.enums import MeetingStatus
from kunnskapsapp.domain.language import count_noun
from kunnskapsapp.domain.rules import format_date, format_kroner
from kunnskapsapp.reports.base import (
    BOLD_ROW,
    MUTED_ROW,
    WARN_ROW,
    Column,
    PagedTable,
    Rendered,
    ReportMeta,
    build_pdf,
    date_range,
    empty_note,
    esc,
    heading,
    join_names,
    key_value_table,
    kroner,
    long_date,
    long_text,
    para,
    section,
    slug,
    start_progress,
    styles,
    time_text,
)
from kunnskapsapp.reports.common import (
    DEADLINE_COLUMNS,
    PROJECT_COLUMNS,
    deadline_rows,
    project_rows,
)
from kunnskapsapp.services import reporting
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.progress import Progress

# The sections a user can choose, in the order they print.
SECTIONS: dict[str, str] = {
    "deltakere": "Deltakere",
    "saksliste": "Saksliste",
    "oppfolging": "Oppfølging fra forrige møte",
    "avtale": "Avtalen og kontaktgruppen",
    "prosjekter": "Prosjekter",
    "frister": "Frister",
    "fond": "FoU-fondet",
    "erfaringer": "Erfaringer",
}


@dataclass(frozen=True)
class HandoutOptions:
    meeting_id: str
    sections: frozenset[str] = field(default_factory=lambda: frozenset(SECTIONS))
    minutes: bool = False  # the referat variant: minutes, decisions and actions


def render(db: Database, options: HandoutOptions, progress: Progress | None = None) -> Rendered:
    progress = start_progress(progress)
    facts = reporting.handout_facts(db, options.meeting_id)
    return Rendered(
        data=build(facts, options, progress),
        filename=filename(facts, options),
        title=_kind(options) + " – " + facts.meeting.title,
    )


def _kind(options: HandoutOptions) -> str:
    return "Referat" if options.minutes else "Møteunderlag"


def filename(facts: reporting.HandoutFacts, options: HandoutOptions) -> str:
    day = facts.meeting.starts_at.date().isoformat()
    prefix = "referat" if options.minutes else "moteunderlag"
    return f"{prefix}-{day}-{slug(facts.meeting.title, 40)}.pdf"


def build(facts: reporting.HandoutFacts, options: HandoutOptions, progress: Progress) -> bytes:
    meeting = facts.meeting
    kind = _kind(options)
    when = (
        f"{long_date(meeting.starts_at.date()).capitalize()} kl. "
        f"{time_text(meeting.starts_at)}–{time_text(meeting.ends_at)}"
    )
    subtitle = [f"{kind} · {meeting.kind}", when]
    if meeting.place:
        subtitle.append(f"Sted: {meeting.place}")
    if meeting.status == MeetingStatus.CANCELLED:
        subtitle.append("Møtet er avlyst.")
    meta = ReportMeta(
        title=meeting.title or kind,
        subject=f"{kind} for {meeting.title}, {format_date(meeting.starts_at.date())}",
        letterhead=facts.letterhead,
        subtitle=subtitle,
        running_title=f"{kind} – {meeting.title} – {format_date(meeting.starts_at.date())}",
        keywords=f"{kind}, {meeting.kind}",
    )
    story: list[Flowable] = []
    if meeting.notes.strip():
        story.append(heading("Merknader", 2))
        story += long_text(meeting.notes, styles().body)
    chosen = options.sections
    builders = {
        "deltakere": lambda: _participants(facts, options),
        "saksliste": lambda: _agenda(facts, options),
        "oppfolging": lambda: _follow_ups(facts),
        "avtale": lambda: _agreement(facts),
        "prosjekter": lambda: _projects(facts),
        "frister": lambda: _deadlines(facts),
        "fond": lambda: _fund(facts),
        "erfaringer": lambda: _lessons(facts),
    }
    for code in SECTIONS:
        if code in chosen:
            story += builders[code]()
        if code == "saksliste" and options.minutes and "saksliste" in chosen:
            story += _actions_of_this_meeting(facts)
    if not story:
        story.append(empty_note("Ingen deler av møteunderlaget er valgt."))
    return build_pdf(story, meta, progress)


# --- Sections -----------------------------------------------------------------------------------


def _participants(facts: reporting.HandoutFacts, options: HandoutOptions) -> list[Flowable]:
    people = facts.participants
    if not people:
        return section("Deltakere", None, "Ingen deltakere er registrert for møtet.")
    if options.minutes:
        columns = [
            Column("Navn", 0.38),
            Column("Organisasjon", 0.42),
            Column("Til stede", 0.20),
        ]
        rows = [
            [
                p.name,
                p.organisation,
                "Ja" if p.present else "Nei" if p.present is False else "Ikke registrert",
            ]
            for p in people
        ]
        marks = [MUTED_ROW if p.present is False else None for p in people]
        present = sum(1 for p in people if p.present)
        note = para(f"{present} av {len(people)} til stede.", styles().muted)
        return [heading("Deltakere"), PagedTable(columns, rows, marks=marks), note]
    columns = [Column("Navn", 0.45), Column("Organisasjon", 0.55)]
    rows = [[p.name, p.organisation] for p in people]
    return [heading("Deltakere"), PagedTable(columns, rows)]


def _agenda(facts: reporting.HandoutFacts, options: HandoutOptions) -> list[Flowable]:
    st = styles()
    items = facts.agenda
    if not items:
        return section("Saksliste", None, "Sakslisten er tom.")
    story: list[Flowable] = [heading("Saksliste")]
    clock_at = facts.meeting.starts_at
    total = 0
    for item in items:
        start = clock_at
        clock_at = clock_at + timedelta(minutes=item.duration_minutes)
        total += item.duration_minutes
        details = []
        if item.presenter:
            details.append(f"Innleder: {item.presenter}")
        if item.duration_minutes:
            details.append(
                f"{item.duration_minutes} min ({time_text(start)}–{time_text(clock_at)})"
            )
        head = Paragraph(
            f"<b>Sak {item.number}.</b> {esc(item.title)}",
            st.h2,
        )
        story.append(head)
        if details:
            story.append(para(" · ".join(details), st.muted))
        story += long_text(item.description)
        if options.minutes:
            if item.minutes.strip():
                story.append(Paragraph("<b>Referat</b>", st.small))
                story += long_text(item.minutes)
            for outcome in item.outcomes:
                story.append(_outcome_paragraph(outcome))
    if facts.meeting.duration_minutes and total > facts.meeting.duration_minutes:
        story.append(
            para(
                f"Merk: sakslisten er beregnet til {count_noun(total, 'minutt', 'minutter')}, "
                "men møtet er satt av til "
                f"{count_noun(facts.meeting.duration_minutes, 'minutt', 'minutter')}.",
                st.warning,
            )
        )
    story.append(Spacer(1, 2))
    return story


def _outcome_paragraph(outcome: reporting.OutcomeLine) -> Paragraph:
    st = styles()
    parts = [f"<b>{esc(outcome.kind.label)}:</b> {esc(outcome.text)}"]
    extra = []
    if outcome.responsible:
        extra.append(f"ansvarlig {outcome.responsible}")
    if outcome.due:
        extra.append(f"frist {format_date(outcome.due)}")
    if extra:
        parts.append(esc(" (" + ", ".join(extra) + ")"))
    return Paragraph("".join(parts), st.body)


def _follow_up_table(lines: list[reporting.OutcomeLine]) -> PagedTable:
    columns = [
        Column("Oppfølgingspunkt", 0.44),
        Column("Sak", 0.17),
        Column("Ansvarlig", 0.15),
        Column("Frist", 0.11),
        Column("Status", 0.13),
    ]
    rows = [[o.text, o.item_title, o.responsible, format_date(o.due), o.status] for o in lines]
    marks = [WARN_ROW if o.overdue else MUTED_ROW if o.done else None for o in lines]
    return PagedTable(columns, rows, marks=marks)


def _follow_ups(facts: reporting.HandoutFacts) -> list[Flowable]:
    title = "Oppfølging fra forrige møte"
    if facts.previous_meeting is None:
        return section(title, None, "Det finnes ikke noe tidligere møte i denne serien.")
    name, when = facts.previous_meeting
    intro = para(f"{name}, {format_date(when.date())}.", styles().muted)
    if not facts.follow_ups:
        return section(
            title, [intro, empty_note("Forrige møte hadde ingen oppfølgingspunkter.")], ""
        )
    return [heading(title), intro, _follow_up_table(facts.follow_ups)]


def _actions_of_this_meeting(facts: reporting.HandoutFacts) -> list[Flowable]:
    title = "Oppfølgingspunkter fra møtet"
    if not facts.this_meeting_actions:
        return section(title, None, "Møtet ga ingen oppfølgingspunkter.")
    return [heading(title), _follow_up_table(facts.this_meeting_actions)]


def _months(n: int | None) -> str:
    if not n:
        return ""
    return count_noun(n, "måned", "måneder")


def _agreement(facts: reporting.HandoutFacts) -> list[Flowable]:
    a = facts.agreement
    if a is None:
        if facts.project is not None:
            return _project_facts(facts.project)
        return section("Avtalen og kontaktgruppen", None, "Møtet er ikke knyttet til en avtale.")
    evaluation = format_date(a.next_evaluation)
    if a.next_evaluation and a.next_evaluation < facts.reference_date:
        evaluation += " (på overtid)"
    pairs: list[tuple[str, object]] = [
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
    story: list[Flowable] = [heading("Avtalen og kontaktgruppen")]
    table = key_value_table(pairs)
    if table is not None:
        story.append(table)
    if a.purpose.strip():
        story.append(heading("Formål", 2))
        story += long_text(a.purpose)
    story.append(heading("Kontaktgruppen", 2))
    if a.contact_group:
        columns = [
            Column("Navn", 0.32),
            Column("Organisasjon", 0.28),
            Column("Side", 0.16),
            Column("Rolle", 0.24),
        ]
        rows = [[c.name, c.organisation, c.side, c.role] for c in a.contact_group]
        story.append(PagedTable(columns, rows))
    else:
        story.append(empty_note("Ingen medlemmer av kontaktgruppen er registrert."))
    return story


def _project_facts(project: reporting.ProjectLine) -> list[Flowable]:
    pairs: list[tuple[str, object]] = [
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
    story: list[Flowable] = [heading("Prosjektet")]
    table = key_value_table(pairs)
    if table is not None:
        story.append(table)
    return story


def _projects(facts: reporting.HandoutFacts) -> list[Flowable]:
    title = "Prosjekter under avtalen"
    if facts.agreement is None:
        if facts.project is not None:
            return []  # a project meeting: "Prosjektet" above says it all
        return section(title, None, "Møtet er ikke knyttet til en avtale med prosjekter.")
    if not facts.projects:
        return section(title, None, "Ingen prosjekter er registrert under avtalen.")
    rows = project_rows(facts.projects)
    granted = sum(p.granted for p in facts.projects)
    own = sum(p.own_contribution for p in facts.projects)
    rows.append(
        [
            f"Sum, {count_noun(len(facts.projects), 'prosjekt', 'prosjekter')}",
            "",
            "",
            "",
            "",
            kroner(granted),
            kroner(own),
        ]
    )
    marks: list[str | None] = [*([None] * len(facts.projects)), BOLD_ROW]
    return [heading(title), PagedTable(PROJECT_COLUMNS, rows, marks=marks)]


def _deadlines(facts: reporting.HandoutFacts) -> list[Flowable]:
    title = f"Frister per {format_date(facts.reference_date)}"
    if facts.agreement is None and facts.project is None:
        return section(title, None, "Møtet er ikke knyttet til en avtale eller et prosjekt.")
    if not facts.deadlines:
        return section(
            title,
            None,
            f"Ingen forfalte frister og ingen frister de neste {reporting.HANDOUT_DEADLINE_DAYS} "
            "dagene.",
        )
    overdue = [d for d in facts.deadlines if d.overdue]
    coming = [d for d in facts.deadlines if not d.overdue]
    story: list[Flowable] = [heading(title)]
    if overdue:
        rows, marks = deadline_rows(overdue)
        story.append(
            PagedTable(
                DEADLINE_COLUMNS,
                rows,
                marks=marks,
                caption=heading(f"Forfalt ({len(overdue)})", 2),
            )
        )
    else:
        story.append(empty_note("Ingen forfalte frister."))
    if coming:
        rows, marks = deadline_rows(coming)
        story.append(
            PagedTable(
                DEADLINE_COLUMNS,
                rows,
                marks=marks,
                caption=heading(
                    f"De neste {reporting.HANDOUT_DEADLINE_DAYS} dagene ({len(coming)})", 2
                ),
            )
        )
    else:
        story.append(
            empty_note(f"Ingen frister de neste {reporting.HANDOUT_DEADLINE_DAYS} dagene.")
        )
    return story


def _fund(facts: reporting.HandoutFacts) -> list[Flowable]:
    st = styles()
    title = f"FoU-fondet {facts.fund_year}"
    left = facts.fund_appropriation - facts.fund_allocated
    summary = (
        f"Bevilget {format_kroner(facts.fund_appropriation)}, fordelt "
        f"{format_kroner(facts.fund_allocated)}, igjen {format_kroner(left)}."
        if facts.fund_appropriation or facts.fund_allocated
        else f"Ingen bevilgning til fondet er registrert for {facts.fund_year}."
    )
    story: list[Flowable] = [heading(title), para(summary, st.body)]
    if left < 0:
        story.append(para("Fondet er overdisponert dette året.", st.warning))
    if not facts.fund_allocations:
        scope = "under avtalen" if facts.agreement else "i prosjektet"
        story.append(
            empty_note(f"Ingen tildelinger fra fondet i {facts.fund_year} til prosjekter {scope}.")
        )
        return story
    columns = [
        Column("Prosjekt", 0.50),
        Column("Vedtatt", 0.14),
        Column("Saksreferanse", 0.18),
        Column("Beløp (kr)", 0.18, align="RIGHT"),
    ]
    rows = [
        [
            a.project + (" (godkjent overskridelse)" if a.override else ""),
            format_date(a.decision_date),
            a.decision_ref,
            kroner(a.amount),
        ]
        for a in facts.fund_allocations
    ]
    total = sum(a.amount for a in facts.fund_allocations)
    rows.append(["Sum", "", "", kroner(total)])
    marks: list[str | None] = [*([None] * len(facts.fund_allocations)), BOLD_ROW]
    story.append(PagedTable(columns, rows, marks=marks))
    return story


def _lessons(facts: reporting.HandoutFacts) -> list[Flowable]:
    st = styles()
    title = "Erfaringer"
    if not facts.lessons:
        scope = "avtalen" if facts.agreement else "prosjektet" if facts.project else "møtet"
        return section(title, None, f"Ingen erfaringer er knyttet til {scope}.")
    story: list[Flowable] = [heading(title)]
    for lesson in facts.lessons:
        line = f"<b>{esc(lesson.title)}</b>"
        if lesson.recorded_on:
            line += f" <font color='#5b6470' size='8'>({format_date(lesson.recorded_on)})</font>"
        story.append(Paragraph(line, st.body))
        story += long_text(lesson.description, st.body)
    return story
