"""Agreements: their parties and contact groups, the evaluations held and due, and the yearly
notice deadline of a membership."""

from __future__ import annotations

from datetime import date, timedelta

from kunnskapsapp.domain.enums import (
    AgreementKind,
    AgreementStatus,
    ContactRole,
    DeadlineKind,
    Initiator,
    PartyRole,
    Recurrence,
    Side,
)
from kunnskapsapp.domain.models import (
    Agreement,
    AgreementEvaluation,
    AgreementParty,
    ContactGroupMember,
)
from kunnskapsapp.domain.rules import next_evaluation
from kunnskapsapp.services.demo.builder import Builder, Links
from kunnskapsapp.services.demo.common import code, demo_id, stable


def build_agreements(b: Builder) -> None:
    ordered = sorted(b.src["agreements"], key=lambda a: "parent" in a)
    for data in ordered:
        key = data["key"]
        kind = code(AgreementKind, data["kind"])
        signed = b.when(data.get("signed"))
        start = b.when(data.get("start"))
        end = b.when(data.get("end"))
        termination = data.get("termination") or {}
        requested = b.when(termination.get("requested"))
        terminated = requested is not None and requested <= b.today
        if terminated:
            status = AgreementStatus.TERMINATED
        elif signed is None or signed > b.today:
            status = AgreementStatus.DRAFT
        elif end is not None and end < b.today:
            status = AgreementStatus.EXPIRED
        else:
            status = AgreementStatus.ACTIVE
        agreement = Agreement(
            id=demo_id("agreement", key),
            title=data["title"],
            kind=kind,
            parent_id=b.agreements[data["parent"]].id if "parent" in data else None,
            status=status,
            initiator=code(Initiator, data["initiator"]) if "initiator" in data else None,
            purpose=data.get("purpose", ""),
            signed_date=signed if signed and signed <= b.today else None,
            start_date=start,
            end_date=end,
            notice_period_months=data.get("notice_months"),
            evaluation_interval_months=data.get("evaluation_months"),
            termination_requested=requested if terminated else None,
            termination_effective=(b.when(termination.get("effective")) if terminated else None),
            termination_reason=termination.get("reason", "") if terminated else "",
            fulfil_after_parent_terminated=data.get("fulfil", True),
            political_anchoring=data.get("political_anchoring", ""),
            political_case_ref=data.get("political_case_ref", ""),
            administrative_anchoring=data.get("administrative_anchoring", ""),
            administrative_case_ref=data.get("administrative_case_ref", ""),
            archive_case_number=_archive_number(b, key, data.get("archive", "")),
            responsible_id=b.person_id(data.get("responsible")),
            notes=data.get("notes", ""),
        )
        created = (signed or start or b.today) - timedelta(days=30)
        updated = requested if terminated else signed
        b.agreements[key] = b.add(agreement, created, updated)
        parties = [("baerum", "party"), *data.get("parties", [])]
        roles = [(org_key, code(PartyRole, role)) for org_key, role in parties]
        b.organisation_roles(AgreementParty, key, created, roles, agreement_id=agreement.id)
        members = [
            (p, code(Side, side), code(ContactRole, role))
            for p, side, role in data.get("contact_group", [])
        ]
        b.contact_groups[key] = members
        for person_key, side, role in members:
            b.add(
                ContactGroupMember(
                    id=demo_id("contact_group_member", f"{key}/{person_key}"),
                    agreement_id=agreement.id,
                    person_id=b.people[person_key].id,
                    side=side,
                    role=role,
                ),
                signed or start,
            )
        _evaluations(b, key, agreement, data.get("evaluations", []))


def _evaluations(b: Builder, key: str, agreement: Agreement, texts: list[dict[str, str]]) -> None:
    """Evaluations every interval from the start (each moves the next), and the deadlines
    that asked for them; an open one for the next evaluation unless the agreement ended."""
    interval = agreement.evaluation_interval_months
    start = agreement.start_date
    if not interval or start is None or agreement.status == AgreementStatus.DRAFT:
        return
    limit = b.today
    if agreement.termination_requested:
        limit = min(limit, agreement.termination_requested)

    def asked_for(n: int, done: date | None, last: date | None) -> None:
        due = next_evaluation(start, last, interval)
        assert due is not None
        b.deadline(
            f"evaluation/{key}/{n}",
            f"Evaluering av avtalen: {agreement.title}",
            DeadlineKind.EVALUATION,
            due,
            Links.of_agreement(agreement),
            done=done,
            reminder_days=60,
            created=last or start,
        )

    last: date | None = None
    n = 0
    while True:
        due = next_evaluation(start, last, interval)
        assert due is not None
        held = due + timedelta(days=(stable(f"{key}/{n}") % 21) - 7)
        if held > limit:
            break
        text = texts[n % len(texts)] if texts else {}
        b.add(
            AgreementEvaluation(
                id=demo_id("agreement_evaluation", f"{key}/{n}"),
                agreement_id=agreement.id,
                evaluated_on=held,
                summary=text.get("summary", "Avtalen er gjennomgått i kontaktgruppen."),
                follow_up=text.get("follow_up", "Videreføres."),
            ),
            held,
        )
        asked_for(n, held, last)
        last = held
        n += 1
    if agreement.status not in (AgreementStatus.TERMINATED, AgreementStatus.EXPIRED):
        asked_for(n, None, last)


def _archive_number(b: Builder, key: str, value: str) -> str:
    """A fixed archive case number, or one made up for an agreement dated relative to today
    (`archive = "T-9M"`): the year of that day and a stable sequence number."""
    if not value or not value.startswith("T"):
        return value
    year = b.when.required(value).year % 100
    return f"{year:02d}/{stable(key) % 90000 + 10000:05d}"


def build_notice_deadlines(b: Builder) -> None:
    """A membership that runs can be given notice by 30 September for the next year."""
    for key, agreement in b.agreements.items():
        if agreement.kind != AgreementKind.MEMBERSHIP or agreement.status != (
            AgreementStatus.ACTIVE
        ):
            continue
        due = date(b.today.year, 9, 30)
        if due < b.today:
            due = date(b.today.year + 1, 9, 30)
        b.deadline(
            f"notice/{key}",
            f"Frist for å si opp for neste år: {agreement.title}",
            DeadlineKind.NOTICE,
            due,
            Links.of_agreement(agreement),
            reminder_days=45,
            recurrence=Recurrence.YEARLY,
            created=agreement.start_date,
        )
