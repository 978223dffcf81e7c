"""What the handout (møteunderlag) and the minutes (referat) of a meeting say, once.

The PDF (`reports.handout`) and the Word file (`exchange.docx_handout`) both lay out the
outline built here, so the two always carry the same headings, facts, tables and sentences.
"""

from __future__ import annotations

from datetime import timedelta

from kunnskapsapp.domain.enums import MeetingStatus
from kunnskapsapp.domain.language import (
    count_noun,
    date_range,
    join_names,
    kroner_figure,
    long_date,
    time_text,
)
from kunnskapsapp.domain.rules import format_date, format_kroner
from kunnskapsapp.services.reporting.common import HANDOUT_DEADLINE_DAYS, ProjectLine
from kunnskapsapp.services.reporting.handout import HandoutFacts, OutcomeLine
from kunnskapsapp.services.reporting.outline import (
    BOLD_ROW,
    MUTED_ROW,
    PROJECT_COLUMNS,
    WARN_ROW,
    AgendaItem,
    Block,
    Column,
    Empty,
    Facts,
    Heading,
    Lead,
    LongText,
    Outline,
    Text,
    deadline_table,
    project_rows,
    section,
    table,
)

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


def kind_name(minutes: bool) -> str:
    return "Referat" if minutes else "Møteunderlag"


def handout_outline(facts: HandoutFacts, sections: frozenset[str], minutes: bool) -> Outline:
    meeting = facts.meeting
    kind = kind_name(minutes)
    day = format_date(meeting.starts_at.date())
    when = (
        f"{long_date(meeting.starts_at.date()).capitalize()} kl. "
        f"{time_text(meeting.starts_at)}–{time_text(meeting.ends_at)}"
    )
    subtitle = [f"{kind} · {meeting.kind}", when]
    if meeting.place:
        subtitle.append(f"Sted: {meeting.place}")
    blocks: list[Block] = []
    if meeting.notes.strip():
        blocks += [Heading("Merknader", 2), LongText(meeting.notes)]
    builders = {
        "deltakere": lambda: _participants(facts, minutes),
        "saksliste": lambda: _agenda(facts, minutes),
        "oppfolging": lambda: _follow_ups(facts),
        "avtale": lambda: _agreement(facts),
        "prosjekter": lambda: _projects(facts),
        "frister": lambda: _deadlines(facts),
        "fond": lambda: _fund(facts),
        "erfaringer": lambda: _lessons(facts),
    }
    for code in SECTIONS:
        if code in sections:
            blocks += builders[code]()
        if code == "saksliste" and minutes and "saksliste" in sections:
            blocks += _actions_of_this_meeting(facts)
    if not blocks:
        blocks.append(Empty("Ingen deler av møteunderlaget er valgt."))
    return Outline(
        title=meeting.title or kind,
        subject=f"{kind} for {meeting.title}, {day}",
        keywords=f"{kind}, {meeting.kind}",
        running_title=f"{kind} – {meeting.title} – {day}",
        subtitle=tuple(subtitle),
        warning="Møtet er avlyst." if meeting.status == MeetingStatus.CANCELLED else "",
        blocks=tuple(blocks),
    )


# --- Sections -------------------------------------------------------------------------------


def _participants(facts: HandoutFacts, minutes: bool) -> list[Block]:
    people = facts.participants
    if not people:
        return section("Deltakere", "Ingen deltakere er registrert for møtet.")
    if not minutes:
        names = (Column("Navn", 0.45), Column("Organisasjon", 0.55))
        return [Heading("Deltakere"), table(names, [[p.name, p.organisation] for p in people])]
    columns = (Column("Navn", 0.38), Column("Organisasjon", 0.42), Column("Til stede", 0.20))
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
    return [
        Heading("Deltakere"),
        table(columns, rows, marks),
        Text(f"{present} av {len(people)} til stede.", "muted"),
    ]


def _agenda(facts: HandoutFacts, minutes: bool) -> list[Block]:
    if not facts.agenda:
        return section("Saksliste", "Sakslisten er tom.")
    blocks: list[Block] = [Heading("Saksliste")]
    clock_at = facts.meeting.starts_at
    total = 0
    for item in facts.agenda:
        start = clock_at
        clock_at = clock_at + timedelta(minutes=item.duration_minutes)
        total += item.duration_minutes
        blocks.append(AgendaItem(item.number, item.title))
        details = []
        if item.presenter:
            details.append(f"Innleder: {item.presenter}")
        if item.duration_minutes:
            details.append(
                f"{item.duration_minutes} min ({time_text(start)}–{time_text(clock_at)})"
            )
        if details:
            blocks.append(Text(" · ".join(details), "muted"))
        blocks.append(LongText(item.description))
        if minutes:
            if item.minutes.strip():
                blocks += [Lead("Referat"), LongText(item.minutes)]
            blocks += [_outcome(outcome) for outcome in item.outcomes]
    planned = facts.meeting.duration_minutes
    if planned and total > planned:
        blocks.append(
            Text(
                f"Merk: sakslisten er beregnet til {count_noun(total, 'minutt', 'minutter')}, "
                f"men møtet er satt av til {count_noun(planned, 'minutt', 'minutter')}.",
                "warning",
            )
        )
    return blocks


def _outcome(outcome: OutcomeLine) -> Lead:
    extra = []
    if outcome.responsible:
        extra.append(f"ansvarlig {outcome.responsible}")
    if outcome.due:
        extra.append(f"frist {format_date(outcome.due)}")
    text = outcome.text + (" (" + ", ".join(extra) + ")" if extra else "")
    return Lead(f"{outcome.kind.label}:", text)


FOLLOW_UP_COLUMNS = (
    Column("Oppfølgingspunkt", 0.38),
    Column("Sak", 0.17),
    Column("Ansvarlig", 0.16),
    Column("Frist", 0.14),
    Column("Status", 0.15),
)


def _follow_up_table(lines: list[OutcomeLine]) -> Block:
    rows = [[o.text, o.item_title, o.responsible, format_date(o.due), o.status] for o in lines]
    marks = [WARN_ROW if o.overdue else MUTED_ROW if o.done else None for o in lines]
    return table(FOLLOW_UP_COLUMNS, rows, marks)


def _follow_ups(facts: HandoutFacts) -> list[Block]:
    title = "Oppfølging fra forrige møte"
    if facts.previous_meeting is None:
        return section(title, "Det finnes ikke noe tidligere møte i denne serien.")
    name, when = facts.previous_meeting
    blocks: list[Block] = [Heading(title), Text(f"{name}, {format_date(when.date())}.", "muted")]
    if not facts.follow_ups:
        return [*blocks, Empty("Forrige møte hadde ingen oppfølgingspunkter.")]
    return [*blocks, _follow_up_table(facts.follow_ups)]


def _actions_of_this_meeting(facts: HandoutFacts) -> list[Block]:
    title = "Oppfølgingspunkter fra møtet"
    if not facts.this_meeting_actions:
        return section(title, "Møtet ga ingen oppfølgingspunkter.")
    return [Heading(title), _follow_up_table(facts.this_meeting_actions)]


def _months(n: int | None) -> str:
    return count_noun(n, "måned", "måneder") if n else ""


def _agreement(facts: HandoutFacts) -> list[Block]:
    a = facts.agreement
    if a is None:
        if facts.project is not None:
            return _project_facts(facts.project)
        return section("Avtalen og kontaktgruppen", "Møtet er ikke knyttet til en avtale.")
    evaluation = format_date(a.next_evaluation)
    if a.next_evaluation and a.next_evaluation < facts.reference_date:
        evaluation += " (på overtid)"
    pairs = (
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
    )
    blocks: list[Block] = [Heading("Avtalen og kontaktgruppen"), Facts(pairs)]
    if a.purpose.strip():
        blocks += [Heading("Formål", 2), LongText(a.purpose)]
    blocks.append(Heading("Kontaktgruppen", 2))
    if not a.contact_group:
        return [*blocks, Empty("Ingen medlemmer av kontaktgruppen er registrert.")]
    columns = (
        Column("Navn", 0.32),
        Column("Organisasjon", 0.28),
        Column("Side", 0.16),
        Column("Rolle", 0.24),
    )
    rows = [[c.name, c.organisation, c.side, c.role] for c in a.contact_group]
    return [*blocks, table(columns, rows)]


def _project_facts(project: ProjectLine) -> list[Block]:
    pairs = (
        ("Prosjekt", project.title),
        ("Prosjektform", project.form.label),
        ("Status", project.status.label),
        ("Prosjekteier", project.service_area),
        ("Prosjektleder", project.manager),
        ("Partnere", join_names(project.partners, 10)),
        ("Periode", date_range(project.start, project.end)),
        ("Avtale", project.agreement),
        ("Innvilget finansiering", format_kroner(project.granted) if project.granted else ""),
        ("Egenandel", format_kroner(project.own_contribution) if project.own_contribution else ""),
    )
    return [Heading("Prosjektet"), Facts(pairs)]


def _projects(facts: HandoutFacts) -> list[Block]:
    title = "Prosjekter under avtalen"
    if facts.agreement is None:
        if facts.project is not None:
            return []  # a project meeting: "Prosjektet" above says it all
        return section(title, "Møtet er ikke knyttet til en avtale med prosjekter.")
    projects = facts.projects
    if not projects:
        return section(title, "Ingen prosjekter er registrert under avtalen.")
    granted = sum(p.granted for p in projects)
    own = sum(p.own_contribution for p in projects)
    total = [
        f"Sum, {count_noun(len(projects), 'prosjekt', 'prosjekter')}",
        *([""] * 4),
        kroner_figure(granted),
        kroner_figure(own),
    ]
    marks = [*([None] * len(projects)), BOLD_ROW]
    return [Heading(title), table(PROJECT_COLUMNS, [*project_rows(projects), total], marks)]


def _deadlines(facts: HandoutFacts) -> list[Block]:
    title = f"Frister per {format_date(facts.reference_date)}"
    days = HANDOUT_DEADLINE_DAYS
    if facts.agreement is None and facts.project is None:
        return section(title, "Møtet er ikke knyttet til en avtale eller et prosjekt.")
    if not facts.deadlines:
        return section(title, f"Ingen forfalte frister og ingen frister de neste {days} dagene.")
    overdue = [d for d in facts.deadlines if d.overdue]
    coming = [d for d in facts.deadlines if not d.overdue]
    blocks: list[Block] = [Heading(title)]
    if overdue:
        blocks.append(deadline_table(overdue, Heading(f"Forfalt ({len(overdue)})", 2)))
    else:
        blocks.append(Empty("Ingen forfalte frister."))
    if coming:
        caption = Heading(f"De neste {days} dagene ({len(coming)})", 2)
        blocks.append(deadline_table(coming, caption))
    else:
        blocks.append(Empty(f"Ingen frister de neste {days} dagene."))
    return blocks


def _fund(facts: HandoutFacts) -> list[Block]:
    year = facts.fund_year
    left = facts.fund_appropriation - facts.fund_allocated
    summary = (
        f"Bevilget {format_kroner(facts.fund_appropriation)}, fordelt "
        f"{format_kroner(facts.fund_allocated)}, igjen {format_kroner(left)}."
        if facts.fund_appropriation or facts.fund_allocated
        else f"Ingen bevilgning til fondet er registrert for {year}."
    )
    blocks: list[Block] = [Heading(f"FoU-fondet {year}"), Text(summary)]
    if left < 0:
        blocks.append(Text("Fondet er overdisponert dette året.", "warning"))
    allocations = facts.fund_allocations
    if not allocations:
        scope = "under avtalen" if facts.agreement else "i prosjektet"
        return [*blocks, Empty(f"Ingen tildelinger fra fondet i {year} til prosjekter {scope}.")]
    columns = (
        Column("Prosjekt", 0.50),
        Column("Vedtatt", 0.14),
        Column("Saksreferanse", 0.18),
        Column("Beløp (kr)", 0.18, align="RIGHT"),
    )
    rows = [
        [
            a.project + (" (godkjent overskridelse)" if a.override else ""),
            format_date(a.decision_date),
            a.decision_ref,
            kroner_figure(a.amount),
        ]
        for a in allocations
    ]
    rows.append(["Sum", "", "", kroner_figure(sum(a.amount for a in allocations))])
    marks = [*([None] * len(allocations)), BOLD_ROW]
    return [*blocks, table(columns, rows, marks)]


def _lessons(facts: HandoutFacts) -> list[Block]:
    if not facts.lessons:
        scope = "avtalen" if facts.agreement else "prosjektet" if facts.project else "møtet"
        return section("Erfaringer", f"Ingen erfaringer er knyttet til {scope}.")
    blocks: list[Block] = [Heading("Erfaringer")]
    for lesson in facts.lessons:
        note = f"({format_date(lesson.recorded_on)})" if lesson.recorded_on else ""
        blocks += [Lead(lesson.title, note=note), LongText(lesson.description)]
    return blocks
