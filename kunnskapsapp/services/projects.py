"""Projects: the derived figures lists and forms show (funding, fund, partners)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.enums import FundingStatus
from kunnskapsapp.services import crud
from kunnskapsapp.services.records import Record


@crud.enricher(m.Project)
def _enrich(session: Session, records: list[Record]) -> None:
    ids = [r.id for r in records]
    granted = dict(
        session.execute(
            select(m.FundingLine.project_id, func.sum(m.FundingLine.granted_amount))
            .where(m.FundingLine.project_id.in_(ids))
            .where(m.FundingLine.status == FundingStatus.GRANTED)
            .group_by(m.FundingLine.project_id)
        ).all()
    )
    own = dict(
        session.execute(
            select(
                m.FundingLine.project_id,
                func.sum(m.FundingLine.own_cash + m.FundingLine.own_in_kind),
            )
            .where(m.FundingLine.project_id.in_(ids))
            .group_by(m.FundingLine.project_id)
        ).all()
    )
    fund = dict(
        session.execute(
            select(m.FundAllocation.project_id, func.sum(m.FundAllocation.amount))
            .where(m.FundAllocation.project_id.in_(ids))
            .group_by(m.FundAllocation.project_id)
        ).all()
    )
    partners: dict[str, list[str]] = {}
    for project_id, short, name in session.execute(
        select(m.ProjectPartner.project_id, m.Organisation.short_name, m.Organisation.name)
        .join(m.Organisation, m.Organisation.id == m.ProjectPartner.organisation_id)
        .where(m.ProjectPartner.project_id.in_(ids))
    ):
        partners.setdefault(project_id, []).append(short or name)
    for r in records:
        r["granted_total"] = int(granted.get(r.id) or 0)
        r["own_contribution_total"] = int(own.get(r.id) or 0)
        r["fund_total"] = int(fund.get(r.id) or 0)
        r["partner_names"] = ", ".join(sorted(partners.get(r.id, [])))
