"""The domain's rules for each entity, checked before anything is written.

Each rule receives the row as it would be after the change (`v`: field → value) and the row
as it is (`existing`, None on create), and raises `ValidationError` naming the field.
Warnings that do not stop a save (a support rate above the scheme's maximum, an agenda longer
than the meeting) are derived fields on the records instead (the services' `crud.enricher`s).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.entities import entity
from kunnskapsapp.domain.enums import AgreementKind, DeadlineStatus, ProjectForm
from kunnskapsapp.domain.errors import Kroner, Lower, ValidationError
from kunnskapsapp.domain.rules import valid_email, valid_org_number
from kunnskapsapp.services.crud import validator


def _end_after_start(model: type[m.Base], v: dict[str, Any], start: str, end: str) -> None:
    if v.get(start) and v.get(end) and v[end] < v[start]:
        fields = entity(model)
        raise ValidationError(
            end,
            "%1 (%2) kan ikke være før %3 (%4).",
            fields.field(end),
            v[end],
            Lower(fields.field(start)),
            v[start],
        )


@validator(m.Organisation, m.MunicipalityProfile)
def _org_number(session: Session, v: dict[str, Any], existing: Any) -> None:
    number = v.get("org_number")
    if number and not valid_org_number(number):
        raise ValidationError(
            "org_number",
            "Organisasjonsnummeret «%1» er ikke gyldig: det skal ha 9 sifre og riktig "
            "kontrollsiffer. Sjekk nummeret i Enhetsregisteret.",
            number,
        )


@validator(m.Person)
def _person(session: Session, v: dict[str, Any], existing: Any) -> None:
    email = v.get("email")
    if email and not valid_email(email):
        raise ValidationError(
            "email", "«%1» ser ikke ut som en e-postadresse (navn@eksempel.no).", email
        )
    if (
        v.get("last_confirmed")
        and v.get("delete_after")
        and v["delete_after"] < v["last_confirmed"]
    ):
        raise ValidationError(
            "delete_after",
            "Slettes etter kan ikke være før datoen opplysningene sist ble bekreftet.",
        )


@validator(m.Agreement)
def _agreement(session: Session, v: dict[str, Any], existing: Any) -> None:
    _end_after_start(m.Agreement, v, "start_date", "end_date")
    if v.get("signed_date") and v.get("end_date") and v["end_date"] < v["signed_date"]:
        raise ValidationError("end_date", "Sluttdatoen kan ikke være før avtalen ble signert.")
    interval = v.get("evaluation_interval_months")
    if interval is not None and interval == 0:
        raise ValidationError(
            "evaluation_interval_months", "Evalueringsintervallet må være minst én måned."
        )
    if v.get("end_date") is None and not interval:
        raise ValidationError(
            "evaluation_interval_months",
            "En avtale uten sluttdato må ha et evalueringsintervall, så den blir fulgt opp "
            "jevnlig. Fyll inn antall måneder mellom evalueringene, eller en sluttdato.",
        )
    parent_id = v.get("parent_id")
    if parent_id:
        if existing is not None and parent_id == existing.id:
            raise ValidationError("parent_id", "En avtale kan ikke ligge under seg selv.")
        parent = session.get(m.Agreement, parent_id)
        if parent is not None and parent.kind is not AgreementKind.FRAMEWORK:
            raise ValidationError(
                "parent_id",
                "«%1» er ikke en samarbeidsavtale. En prosjektavtale kan bare "
                "ligge under en samarbeidsavtale.",
                parent.title,
            )
        if v.get("kind") is AgreementKind.FRAMEWORK:
            raise ValidationError(
                "parent_id", "En samarbeidsavtale kan ikke ligge under en annen avtale."
            )
    if (
        v.get("termination_requested")
        and v.get("termination_effective")
        and v["termination_effective"] < v["termination_requested"]
    ):
        raise ValidationError(
            "termination_effective",
            "Oppsigelsen kan ikke gjelde fra en dato før den ble levert.",
        )
    if existing is not None and v.get("kind") is not AgreementKind.FRAMEWORK:
        children = session.scalar(
            select(func.count())
            .select_from(m.Agreement)
            .where(m.Agreement.parent_id == existing.id)
        )
        if children:
            raise ValidationError(
                "kind",
                "Prosjektavtaler ligger under denne avtalen (%1), så den må være en "
                "samarbeidsavtale.",
                children,
            )


@validator(m.AgreementEvaluation)
def _evaluation(session: Session, v: dict[str, Any], existing: Any) -> None:
    agreement = session.get(m.Agreement, v.get("agreement_id"))
    start = agreement.start_date if agreement else None
    if start and v.get("evaluated_on") and v["evaluated_on"] < start:
        raise ValidationError(
            "evaluated_on",
            "Evalueringen kan ikke være før avtalen startet (%1).",
            start,
        )


@validator(m.Project)
def _project(session: Session, v: dict[str, Any], existing: Any) -> None:
    _end_after_start(m.Project, v, "start_date", "end_date")
    number = v.get("rcn_project_number")
    if number and not (len(number) == 6 and number.isdigit()):
        raise ValidationError(
            "rcn_project_number",
            "Prosjektnummeret i Forskningsrådet skal være seks sifre, ikke «%1».",
            number,
        )
    percent = v.get("phd_position_percent")
    if percent is not None and not 0 < percent <= 100:
        raise ValidationError(
            "phd_position_percent", "Stillingsandelen må være mellom 1 og 100 prosent."
        )
    years = v.get("phd_duration_years")
    if years is not None and not 1 <= years <= 8:
        raise ValidationError("phd_duration_years", "Varigheten må være mellom 1 og 8 år.")
    own_id = existing.id if existing is not None else None
    for key in ("parent_project_id", "phd_funded_by_project_id"):
        if own_id and v.get(key) == own_id:
            raise ValidationError(key, "Et prosjekt kan ikke vise til seg selv.")
    funder_id = v.get("phd_funded_by_project_id")
    if funder_id:
        funder = session.get(m.Project, funder_id)
        if funder is not None and funder.form is ProjectForm.PHD:
            raise ValidationError(
                "phd_funded_by_project_id",
                "Stipendiaten må være finansiert av et innovasjons- eller forskningsprosjekt, "
                "ikke av et annet ph.d.-prosjekt.",
            )
    if v.get("edu_students_admitted") is not None and v["edu_students_admitted"] > 100000:
        raise ValidationError("edu_students_admitted", "Antall studenter er urimelig stort.")


@validator(m.FundingLine)
def _funding_line(session: Session, v: dict[str, Any], existing: Any) -> None:
    if not v.get("scheme_id") and not v.get("funder_id"):
        raise ValidationError(
            "funder_id", "Velg en finansieringsordning eller en finansiør for finansieringen."
        )
    granted, total = v.get("granted_amount"), v.get("total_cost")
    if granted and total is not None and granted > total:
        raise ValidationError(
            "granted_amount",
            "Innvilget beløp (%1) kan ikke være større enn totalkostnaden (%2).",
            Kroner(granted),
            Kroner(total),
        )
    own = (v.get("own_cash") or 0) + (v.get("own_in_kind") or 0)
    if total is not None and own > total:
        raise ValidationError(
            "own_cash",
            "Egenandelen (%1) kan ikke være større enn totalkostnaden (%2).",
            Kroner(own),
            Kroner(total),
        )
    if (
        v.get("application_date")
        and v.get("decision_date")
        and v["decision_date"] < v["application_date"]
    ):
        raise ValidationError(
            "decision_date", "Vedtaksdatoen kan ikke være før søknaden ble sendt."
        )


@validator(m.FundingYear, m.FundAppropriation, m.FundAllocation)
def _year(session: Session, v: dict[str, Any], existing: Any) -> None:
    year = v.get("year")
    if year is not None and not 2000 <= year <= 2100:
        raise ValidationError(
            "year", "Året %1 er utenfor det programmet regner med (2000–2100).", year
        )


@validator(m.FundAllocation)
def _fund_allocation(session: Session, v: dict[str, Any], existing: Any) -> None:
    if v.get("override") and not (v.get("override_reason") or "").strip():
        raise ValidationError(
            "override_reason", "Skriv en begrunnelse når tildelingen skal overskride bevilgningen."
        )
    year = v.get("year")
    if year is None or v.get("override"):
        return
    appropriation = (
        session.scalar(select(m.FundAppropriation.amount).where(m.FundAppropriation.year == year))
        or 0
    )
    query = select(func.coalesce(func.sum(m.FundAllocation.amount), 0)).where(
        m.FundAllocation.year == year
    )
    if existing is not None:
        query = query.where(m.FundAllocation.id != existing.id)
    others = session.scalar(query) or 0
    total = others + (v.get("amount") or 0)
    if total > appropriation:
        left = max(appropriation - others, 0)
        raise ValidationError(
            "amount",
            "Tildelingene for %1 blir %2, men bevilgningen er %3 (ledig: %4). Reduser beløpet, "
            "eller merk tildelingen som godkjent overskridelse og skriv en begrunnelse.",
            year,
            Kroner(total),
            Kroner(appropriation),
            Kroner(left),
        )


@validator(m.Deadline)
def _deadline(session: Session, v: dict[str, Any], existing: Any) -> None:
    if v.get("recurrence_until") and v.get("due_date") and v["recurrence_until"] < v["due_date"]:
        raise ValidationError("recurrence_until", "«Gjentas til» kan ikke være før fristen.")
    if v.get("done_date") and v.get("status") is not DeadlineStatus.DONE:
        raise ValidationError(
            "done_date", "Utført dato kan bare fylles ut når fristen er markert som utført."
        )
    if v.get("reminder_days") is not None and v["reminder_days"] > 366:
        raise ValidationError("reminder_days", "Varselet kan være høyst 366 dager før fristen.")


@validator(m.DeadlineTemplate)
def _template(session: Session, v: dict[str, Any], existing: Any) -> None:
    if abs(v.get("offset_months") or 0) > 120:
        raise ValidationError("offset_months", "Forskyvningen kan være høyst 120 måneder.")


@validator(m.Meeting)
def _meeting(session: Session, v: dict[str, Any], existing: Any) -> None:
    if not v.get("duration_minutes"):
        raise ValidationError("duration_minutes", "Møtet må vare minst ett minutt.")
    if v["duration_minutes"] > 24 * 60:
        raise ValidationError("duration_minutes", "Et møte kan vare høyst 24 timer.")


@validator(m.AgendaItem)
def _agenda_item(session: Session, v: dict[str, Any], existing: Any) -> None:
    if (v.get("duration_minutes") or 0) > 24 * 60:
        raise ValidationError("duration_minutes", "En sak kan vare høyst 24 timer.")


@validator(m.Outcome)
def _outcome(session: Session, v: dict[str, Any], existing: Any) -> None:
    from kunnskapsapp.domain.enums import OutcomeKind

    if v.get("kind") is OutcomeKind.ACTION and not v.get("due_date"):
        raise ValidationError(
            "due_date", "Et oppfølgingspunkt må ha en frist, så det kommer med i fristlisten."
        )
    if v.get("kind") is OutcomeKind.ACTION and not v.get("responsible_id"):
        raise ValidationError(
            "responsible_id", "Et oppfølgingspunkt må ha en ansvarlig, så noen følger det opp."
        )
