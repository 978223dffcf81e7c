"""Agreements: evaluations, termination, and what must still be fulfilled after one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.collation import norwegian_key
from kunnskapsapp.domain.enums import AgreementKind, AgreementStatus
from kunnskapsapp.domain.errors import ValidationError
from kunnskapsapp.domain.reference import PROFILE_ID
from kunnskapsapp.domain.rules import (
    STILL_RUNNING_AGREEMENT_STATUSES,
    evaluation_basis,
    left_to_fulfil,
    next_evaluation,
)
from kunnskapsapp.services import clock, crud
from kunnskapsapp.services.database import Database
from kunnskapsapp.services.records import Record, sort_records, streamed


@crud.enricher(
    m.Agreement,
    adds=(
        "evaluation_from",
        "last_evaluation",
        "next_evaluation",
        "evaluation_due",
        "partner_names",
        "project_agreement_count",
    ),
)
def _enrich(session: Session, records: list[Record]) -> None:
    """Evaluation dates, party names and the number of project agreements, from three
    grouped queries (the agreements page lists thousands)."""
    if not records:
        return
    ids = [r.id for r in records]
    few = len(ids) <= 2000  # above that, one pass over everything beats a huge IN list

    def only(query: Any, column: Any) -> Any:
        return query.where(column.in_(ids)) if few else query

    last_evaluation = dict(
        session.execute(
            only(
                select(
                    m.AgreementEvaluation.agreement_id,
                    func.max(m.AgreementEvaluation.evaluated_on),
                ).group_by(m.AgreementEvaluation.agreement_id),
                m.AgreementEvaluation.agreement_id,
            )
        ).all()
    )
    parties: dict[str, list[str]] = {}
    own_ids = {i: i for i in ids}  # the records' own ids: `parties` keeps no copy of each
    for agreement_id, short, name in session.execute(
        streamed(
            only(
                select(
                    m.AgreementParty.agreement_id, m.Organisation.short_name, m.Organisation.name
                ).join(m.Organisation, m.Organisation.id == m.AgreementParty.organisation_id),
                m.AgreementParty.agreement_id,
            ),
            len(ids) if few else None,  # short: one fetch (`streamed`)
        )
    ):
        parties.setdefault(own_ids.get(agreement_id, agreement_id), []).append(short or name)
    # The partners first, the municipality itself last: it is a party to nearly every
    # agreement, and two agreements with the same title differ by their partner.
    profile = session.get(m.MunicipalityProfile, PROFILE_ID)
    own = profile.name.strip().casefold() if profile is not None and profile.name else None

    def party_order(party: str) -> tuple[bool, tuple[str, str, str]]:
        return (party.strip().casefold() == own, norwegian_key(party))

    children = dict(
        session.execute(
            only(
                select(m.Agreement.parent_id, func.count())
                .where(m.Agreement.parent_id.is_not(None))
                .group_by(m.Agreement.parent_id),
                m.Agreement.parent_id,
            )
        ).all()
    )
    today = clock.today()
    for r in records:
        last = last_evaluation.get(r.id)
        nxt = next_evaluation(r.start_date, last, r.evaluation_interval_months, r.signed_date)
        r["evaluation_from"] = evaluation_basis(r.start_date, last, r.signed_date)[1]
        r["last_evaluation"] = last
        r["next_evaluation"] = nxt
        r["evaluation_due"] = bool(
            nxt and r.status is AgreementStatus.ACTIVE and nxt <= today + timedelta(days=90)
        )
        r["partner_names"] = ", ".join(sorted(parties.get(r.id, []), key=party_order))
        r["project_agreement_count"] = int(children.get(r.id, 0))


def record_evaluation(
    db: Database, agreement_id: str, evaluated_on: date, summary: str = "", follow_up: str = ""
) -> Record:
    """Record an evaluation; the agreement's next evaluation moves to this date + interval."""
    with db.session() as s:
        crud.create_in(
            s,
            m.AgreementEvaluation,
            {
                "agreement_id": agreement_id,
                "evaluated_on": evaluated_on,
                "summary": summary,
                "follow_up": follow_up,
            },
        )
        agreement = crud.load(s, m.Agreement, agreement_id)
        s.refresh(agreement)
        return crud.records(s, m.Agreement, [agreement])[0]


@dataclass
class Termination:
    agreement: Record
    to_fulfil: list[Record]  # project agreements that stay active and must be fulfilled
    ended: list[Record]  # project agreements that end with the framework agreement


def terminate(
    db: Database,
    agreement_id: str,
    *,
    requested: date,
    effective: date | None = None,
    reason: str = "",
    expected_version: int | None = None,
) -> Termination:
    """Terminate an agreement. Under a framework agreement, project agreements that must be
    fulfilled stay active and are returned; the others end on the same date."""
    with db.session() as s:
        agreement = crud.load(s, m.Agreement, agreement_id)
        if agreement.status is AgreementStatus.TERMINATED:
            raise ValidationError(
                "status",
                "«%1» er allerede sagt opp (%2).",
                agreement.title,
                agreement.termination_requested or "",
            )
        if effective is None:
            from kunnskapsapp.domain.rules import add_months

            effective = add_months(requested, agreement.notice_period_months or 0)
        crud.update_in(
            s,
            m.Agreement,
            agreement_id,
            {
                "status": AgreementStatus.TERMINATED,
                "termination_requested": requested,
                "termination_effective": effective,
                "termination_reason": reason,
            },
            expected_version,
        )
        to_fulfil: list[m.Agreement] = []
        ended: list[m.Agreement] = []
        if agreement.kind is AgreementKind.FRAMEWORK:
            children = s.scalars(
                select(m.Agreement)
                .where(m.Agreement.parent_id == agreement_id)
                .where(m.Agreement.status.in_(STILL_RUNNING_AGREEMENT_STATUSES))
                .order_by(m.Agreement.title)
            ).all()
            for child in children:
                if left_to_fulfil(child.status, child.fulfil_after_parent_terminated):
                    to_fulfil.append(child)
                else:
                    crud.update_in(
                        s,
                        m.Agreement,
                        child.id,
                        {
                            "status": AgreementStatus.TERMINATED,
                            "termination_requested": requested,
                            "termination_effective": effective,
                            "termination_reason": (
                                f"Samarbeidsavtalen «{agreement.title}» er sagt opp."
                            ),
                        },
                    )
                    ended.append(child)
        return Termination(
            agreement=crud.records(s, m.Agreement, [agreement])[0],
            to_fulfil=_by_title(crud.records(s, m.Agreement, to_fulfil)),
            ended=_by_title(crud.records(s, m.Agreement, ended)),
        )


def _by_title(records: list[Record]) -> list[Record]:
    sort_records(m.Agreement, records, ["title"])
    return records


def to_fulfil_after_termination(db: Database) -> list[Record]:
    """Active (or draft) project agreements whose framework agreement is terminated."""
    with db.session() as s:
        parent = m.Agreement.__table__.alias("parent")
        rows = s.scalars(
            select(m.Agreement)
            .join(parent, parent.c.id == m.Agreement.parent_id)
            .where(parent.c.status == AgreementStatus.TERMINATED.value)
            .where(m.Agreement.status.in_(STILL_RUNNING_AGREEMENT_STATUSES))
            .order_by(m.Agreement.title)
        ).all()
        return _by_title(crud.records(s, m.Agreement, rows))


def due_for_evaluation(db: Database, on: date | None = None, within_days: int = 90) -> list[Record]:
    """Active agreements whose next evaluation is overdue or within `within_days`."""
    on = on or clock.today()
    horizon = on + timedelta(days=within_days)
    with db.session() as s:
        last = (
            select(
                m.AgreementEvaluation.agreement_id,
                func.max(m.AgreementEvaluation.evaluated_on).label("last"),
            )
            .group_by(m.AgreementEvaluation.agreement_id)
            .subquery()
        )
        candidates = s.execute(
            select(
                m.Agreement.id,
                m.Agreement.start_date,
                m.Agreement.signed_date,
                m.Agreement.evaluation_interval_months,
                last.c.last,
            )
            .outerjoin(last, last.c.agreement_id == m.Agreement.id)
            .where(m.Agreement.status == AgreementStatus.ACTIVE)
            .where(m.Agreement.evaluation_interval_months.is_not(None))
        ).all()
        due = [
            row.id
            for row in candidates
            if (
                nxt := next_evaluation(
                    row.start_date, row.last, row.evaluation_interval_months, row.signed_date
                )
            )
            and nxt <= horizon
        ]
        rows = s.scalars(select(m.Agreement).where(m.Agreement.id.in_(due))).all() if due else []
        return sorted(crud.records(s, m.Agreement, rows), key=lambda r: r["next_evaluation"])


def agreements_overview(db: Database, **filters: Any) -> list[Record]:
    """Every agreement with derived fields, framework agreements first with their children."""
    return crud.list_rows(db, m.Agreement, where=filters, order_by=["title"])
