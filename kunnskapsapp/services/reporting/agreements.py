"""The facts of the agreement register (avtaleregister)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.collation import norwegian_key
from kunnskapsapp.domain.enums import (
    AgreementKind,
    AgreementStatus,
)
from kunnskapsapp.domain.rules import (
    left_to_fulfil,
    next_evaluation,
)
from kunnskapsapp.services import clock
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.reporting.common import (
    Letterhead,
    _letterhead,
    _names,
)


@dataclass
class AgreementLine:
    id: str
    title: str
    kind: AgreementKind
    status: AgreementStatus
    parties: list[str]
    start: date | None
    end: date | None
    next_evaluation: date | None
    evaluation_overdue: bool
    evaluation_soon: bool
    notice_period_months: int | None
    responsible: str
    archive_case_number: str
    parent_title: str
    termination_effective: date | None
    fulfil_after_parent_terminated: bool
    project_count: int


@dataclass
class TerminatedFramework:
    agreement: AgreementLine
    reason: str
    requested: date | None
    to_fulfil: list[AgreementLine]


@dataclass
class AgreementRegisterFacts:
    letterhead: Letterhead
    today: date
    agreements: list[AgreementLine]
    terminated: list[TerminatedFramework]


def agreement_register_facts(db: Database) -> AgreementRegisterFacts:
    today = clock.today()
    soon = today + timedelta(days=90)
    with db.session(audit=False) as s:
        names = _names(s)
        head = _letterhead(s)
        agreements = list(
            s.scalars(
                select(m.Agreement).options(
                    selectinload(m.Agreement.parties), selectinload(m.Agreement.evaluations)
                )
            )
        )
        titles = {a.id: a.title for a in agreements}
        project_counts = Counter(
            s.scalars(
                select(m.Project.agreement_id).where(m.Project.agreement_id.isnot(None))
            ).all()
        )
        lines: dict[str, AgreementLine] = {}
        for a in agreements:
            last = a.evaluations[-1].evaluated_on if a.evaluations else None
            upcoming = next_evaluation(
                a.start_date, last, a.evaluation_interval_months, a.signed_date
            )
            active = a.status == AgreementStatus.ACTIVE
            lines[a.id] = AgreementLine(
                id=a.id,
                title=a.title,
                kind=a.kind,
                status=a.status,
                parties=sorted(
                    (names.org(p.organisation_id) for p in a.parties), key=norwegian_key
                ),
                start=a.start_date,
                end=a.end_date,
                next_evaluation=upcoming if active else None,
                evaluation_overdue=bool(active and upcoming and upcoming < today),
                evaluation_soon=bool(active and upcoming and today <= upcoming <= soon),
                notice_period_months=a.notice_period_months,
                responsible=names.person(a.responsible_id),
                archive_case_number=a.archive_case_number or "",
                parent_title=titles.get(a.parent_id or "", ""),
                termination_effective=a.termination_effective,
                fulfil_after_parent_terminated=a.fulfil_after_parent_terminated,
                project_count=project_counts.get(a.id, 0),
            )
        kinds = list(AgreementKind)
        ordered = sorted(
            lines.values(),
            key=lambda a: (
                kinds.index(a.kind),
                norwegian_key(a.parent_title),
                norwegian_key(a.title),
            ),
        )
        terminated: list[TerminatedFramework] = []
        for a in agreements:
            if a.kind != AgreementKind.FRAMEWORK or a.status != AgreementStatus.TERMINATED:
                continue
            children = [
                lines[c.id]
                for c in agreements
                if c.parent_id == a.id
                and left_to_fulfil(c.status, c.fulfil_after_parent_terminated)
            ]
            children.sort(key=lambda c: (c.end or date.max, norwegian_key(c.title)))
            terminated.append(
                TerminatedFramework(
                    agreement=lines[a.id],
                    reason=a.termination_reason or "",
                    requested=a.termination_requested,
                    to_fulfil=children,
                )
            )
        terminated.sort(key=lambda t: norwegian_key(t.agreement.title))
    return AgreementRegisterFacts(head, today, ordered, terminated)


# --- FoU-fond -----------------------------------------------------------------------------------
