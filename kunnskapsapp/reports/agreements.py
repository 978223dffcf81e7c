"""Avtaleregister: every agreement with its status and when it is next evaluated, and the
terminated framework agreements with the project agreements that must still be fulfilled."""

from __future__ import annotations

from reportlab.platypus import Flowable

from kunnskapsapp.domain.enums import AgreementKind, AgreementStatus
from kunnskapsapp.domain.language import count_noun
from kunnskapsapp.domain.rules import format_date
from kunnskapsapp.reports.base import (
    MUTED_ROW,
    WARN_ROW,
    Column,
    PagedTable,
    Rendered,
    ReportMeta,
    build_pdf,
    date_range,
    empty_note,
    heading,
    join_names,
    long_text,
    para,
    section,
    start_progress,
    styles,
)
from kunnskapsapp.services import reporting
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.progress import Progress

PLURAL = {
    AgreementKind.FRAMEWORK: "Samarbeidsavtaler",
    AgreementKind.PROJECT: "Prosjektavtaler",
    AgreementKind.PARTNERSHIP: "Partnerskap",
    AgreementKind.MEMBERSHIP: "Medlemskap",
    AgreementKind.EDUCATION: "Utdanningsavtaler",
    AgreementKind.OTHER: "Andre avtaler",
}

COLUMNS = [
    Column("Avtale", 0.21, max_lines=14),
    Column("Parter", 0.14),
    Column("Status", 0.11),
    Column("Periode", 0.12),
    Column("Neste evaluering", 0.12),
    Column("Opp-\nsigelse", 0.09),
    Column("Ansvarlig", 0.11),
    Column("Saksnr.", 0.10),
]


def render(db: Database, options: object = None, progress: Progress | None = None) -> Rendered:
    progress = start_progress(progress)
    facts = reporting.agreement_register_facts(db)
    return Rendered(
        data=build(facts, progress),
        filename=f"avtaleregister-{facts.today.isoformat()}.pdf",
        title="Avtaleregister",
    )


def _months(n: int | None) -> str:
    if not n:
        return ""
    return f"{n} mnd."


def _evaluation(a: reporting.AgreementLine) -> str:
    if a.next_evaluation is None:
        return ""
    text = format_date(a.next_evaluation)
    if a.evaluation_overdue:
        return text + "\n(på overtid)"
    if a.evaluation_soon:
        return text + "\n(innen 90 dager)"
    return text


def _status(a: reporting.AgreementLine) -> str:
    if a.status == AgreementStatus.TERMINATED and a.termination_effective:
        return f"{a.status.label}\nfra {format_date(a.termination_effective)}"
    return a.status.label


def _row(a: reporting.AgreementLine) -> list[str]:
    name = a.title
    if a.parent_title:
        name += f"\nUnder: {a.parent_title}"
    if a.project_count:
        name += "\n" + count_noun(a.project_count, "prosjekt", "prosjekter")
    return [
        name,
        join_names(a.parties, 4),
        _status(a),
        date_range(a.start, a.end) or "",
        _evaluation(a),
        _months(a.notice_period_months),
        a.responsible,
        a.archive_case_number,
    ]


def _mark(a: reporting.AgreementLine) -> str | None:
    if a.status in (AgreementStatus.TERMINATED, AgreementStatus.EXPIRED):
        return MUTED_ROW
    if a.evaluation_overdue:
        return WARN_ROW
    return None


def build(facts: reporting.AgreementRegisterFacts, progress: Progress) -> bytes:
    st = styles()
    active = sum(1 for a in facts.agreements if a.status == AgreementStatus.ACTIVE)
    meta = ReportMeta(
        title="Avtaleregister",
        subject=f"Avtaler per {format_date(facts.today)}",
        letterhead=facts.letterhead,
        subtitle=[
            f"Per {format_date(facts.today)}: "
            f"{count_noun(len(facts.agreements), 'avtale', 'avtaler')}, "
            f"{active} av dem aktive."
        ],
        running_title=f"Avtaleregister per {format_date(facts.today)}",
        keywords="avtaler, samarbeidsavtaler, prosjektavtaler",
    )
    story: list[Flowable] = []

    due = [a for a in facts.agreements if a.evaluation_overdue or a.evaluation_soon]
    due.sort(key=lambda a: a.next_evaluation or facts.today)
    if due:
        rows = [[a.title, a.kind.label, _evaluation(a), a.responsible] for a in due]
        columns = [
            Column("Avtale", 0.45),
            Column("Type", 0.18),
            Column("Neste evaluering", 0.17),
            Column("Ansvarlig", 0.20),
        ]
        marks = [WARN_ROW if a.evaluation_overdue else None for a in due]
        story += [
            heading("Evalueringer på overtid eller innen 90 dager"),
            PagedTable(columns, rows, marks=marks),
        ]
    else:
        story += section(
            "Evalueringer på overtid eller innen 90 dager",
            None,
            "Ingen avtaler skal evalueres de neste 90 dagene, og ingen er på overtid.",
        )

    story += _terminated(facts)

    story.append(heading("Alle avtaler"))
    if not facts.agreements:
        story.append(empty_note("Ingen avtaler er registrert."))
    for kind in AgreementKind:
        lines = [a for a in facts.agreements if a.kind == kind]
        if not lines:
            continue
        story.append(
            PagedTable(
                COLUMNS,
                [_row(a) for a in lines],
                marks=[_mark(a) for a in lines],
                caption=heading(f"{PLURAL[kind]} ({len(lines)})", 2),
            )
        )
    story.append(
        para(
            "Oppsagte og utløpte avtaler er grå. Rødt: evalueringen er på overtid.",
            st.muted,
        )
    )
    return build_pdf(story, meta, progress)


def _terminated(facts: reporting.AgreementRegisterFacts) -> list[Flowable]:
    st = styles()
    title = "Oppsagte samarbeidsavtaler: prosjektavtaler som fortsatt skal oppfylles"
    if not facts.terminated:
        return section(title, None, "Ingen samarbeidsavtaler er sagt opp.")
    story: list[Flowable] = [heading(title)]
    columns = [
        Column("Prosjektavtale", 0.40),
        Column("Parter", 0.18),
        Column("Periode", 0.16),
        Column("Ansvarlig", 0.14),
        Column("Prosjekter", 0.12, align="RIGHT"),
    ]
    for t in facts.terminated:
        a = t.agreement
        story.append(heading(a.title, 2))
        facts_line = "Sagt opp"
        if t.requested:
            facts_line += f" {format_date(t.requested)}"
        if a.termination_effective:
            facts_line += f", med virkning fra {format_date(a.termination_effective)}"
        story.append(para(facts_line + ".", st.body))
        if t.reason.strip():
            story += long_text("Begrunnelse: " + t.reason, st.muted)
        if not t.to_fulfil:
            story.append(empty_note("Ingen prosjektavtaler under avtalen skal oppfylles."))
            continue
        rows = [
            [
                c.title,
                join_names(c.parties, 4),
                date_range(c.start, c.end),
                c.responsible,
                str(c.project_count),
            ]
            for c in t.to_fulfil
        ]
        story.append(PagedTable(columns, rows))
    return story
