"""The declarations: one `declare(...)` per model, in the order of the data model."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.entities.spec import (
    Derived,
    EntitySpec,
    FieldKind,
    FormWarning,
    Link,
    Naming,
    declare,
    first,
    kinds,
)
from kunnskapsapp.domain.rules import format_date, format_kroner

K = FieldKind

# --- How composed names read ----------------------------------------------------------------


def _meeting_name(v: Mapping[str, Any]) -> str:
    title, starts = v.get("title") or "", v.get("starts_at")
    return f"{title} ({starts:%d.%m.%Y})" if starts else title


def _funding_line_name(v: Mapping[str, Any]) -> str:
    return f"Finansiering {v.get('external_ref') or ''}".strip()


def _appropriation_name(v: Mapping[str, Any]) -> str:
    return f"Bevilgning til fondet {v.get('year')}"


def _allocation_name(v: Mapping[str, Any]) -> str:
    return f"Tildeling {v.get('year')}: {format_kroner(v.get('amount'))}"


def _funding_year_name(v: Mapping[str, Any]) -> str:
    return f"{v.get('year')}: {format_kroner(v.get('amount'))}"


def _evaluation_name(v: Mapping[str, Any]) -> str:
    return f"Evaluering {format_date(v.get('evaluated_on'))}"


def _sdg_name(v: Mapping[str, Any]) -> str:
    return f"{v.get('id')}. {v.get('name') or ''}"


def _fixed(text: str) -> Callable[[Mapping[str, Any]], str]:
    return lambda _values: text


def _change_name(v: Mapping[str, Any]) -> str:
    return f"{v.get('entity') or ''} {v.get('field') or ''}".strip()


# --- The declarations -----------------------------------------------------------------------

ENTITIES: tuple[EntitySpec, ...] = (
    # Reference data
    declare(
        m.Sdg,
        ("bærekraftsmål", "bærekraftsmål"),
        Naming(("id", "name"), _sdg_name),
        kinds(name=K.TEXT),
        (("id",), ("name",)),
        order=("id",),
    ),
    declare(
        m.PriorityArea,
        ("prioritert område", "prioriterte områder"),
        first("name"),
        kinds(name=K.TEXT, description=K.LONG_TEXT, sort_order=K.COUNT),
        (("name",),),
        order=("sort_order",),
    ),
    declare(
        m.ServiceArea,
        ("tjenesteområde", "tjenesteområder"),
        first("name"),
        kinds(name=K.TEXT, short_name=K.TEXT, active=K.YES_NO),
        (("name",), ("short_name",)),
    ),
    declare(
        m.MunicipalityProfile,
        ("kommuneprofil", "kommuneprofiler"),
        first("name", "unit_name"),
        kinds(
            name=K.TEXT,
            unit_name=K.TEXT,
            org_number=K.TEXT,
            address=K.LONG_TEXT,
            logo=K.BINARY,
            logo_mime=K.TEXT,
        ),
        (("id",),),  # one row with a fixed id
    ),
    # Organisations and people
    declare(
        m.Organisation,
        ("organisasjon", "organisasjoner"),
        first("short_name", "name"),
        kinds(
            name=K.TEXT,
            short_name=K.TEXT,
            kind=K.CHOICE,
            org_number=K.TEXT,
            website=K.TEXT,
            notes=K.LONG_TEXT,
        ),
        (("org_number",), ("name",), ("short_name",)),
    ),
    declare(
        m.Person,
        ("person", "personer"),
        first("name"),
        kinds(
            name=K.TEXT,
            organisation_id=K.REFERENCE,
            title=K.TEXT,
            email=K.TEXT,
            phone=K.TEXT,
            purpose=K.LONG_TEXT,
            legal_basis=K.CHOICE,
            source=K.TEXT,
            last_confirmed=K.DATE,
            delete_after=K.DATE,
            notes=K.LONG_TEXT,
        ),
        (("email",), ("name",)),
        personal=("name", "title", "email", "phone", "notes"),
    ),
    # Agreements
    declare(
        m.Agreement,
        ("avtale", "avtaler"),
        first("title"),
        kinds(
            title=K.TEXT,
            kind=K.CHOICE,
            parent_id=K.REFERENCE,
            status=K.CHOICE,
            initiator=K.CHOICE,
            purpose=K.LONG_TEXT,
            signed_date=K.DATE,
            start_date=K.DATE,
            end_date=K.DATE,
            notice_period_months=K.COUNT,
            evaluation_interval_months=K.COUNT,
            termination_requested=K.DATE,
            termination_effective=K.DATE,
            termination_reason=K.LONG_TEXT,
            fulfil_after_parent_terminated=K.YES_NO,
            political_anchoring=K.LONG_TEXT,
            political_case_ref=K.TEXT,
            administrative_anchoring=K.LONG_TEXT,
            administrative_case_ref=K.TEXT,
            archive_case_number=K.TEXT,
            responsible_id=K.REFERENCE,
            notes=K.LONG_TEXT,
        ),
        (("archive_case_number",), ("title", "parent_id"), ("title",)),
        derived=(
            Derived("last_evaluation", K.DATE, "Sist evaluert"),
            Derived("next_evaluation", K.DATE, "Neste evaluering"),
            Derived("evaluation_from", K.TEXT, "Evaluering regnes fra"),
            Derived("evaluation_due", K.YES_NO, "Evaluering innen 90 dager"),
            Derived("partner_names", K.TEXT, "Parter"),
            Derived("project_agreement_count", K.COUNT, "Prosjektavtaler"),
        ),
        owned=(
            (m.AgreementParty, "agreement_id"),
            (m.AgreementEvaluation, "agreement_id"),
            (m.ContactGroupMember, "agreement_id"),
        ),
    ),
    declare(
        m.AgreementParty,
        ("avtalepart", "avtaleparter"),
        Naming((), _fixed("Part")),
        kinds(agreement_id=K.REFERENCE, organisation_id=K.REFERENCE, role=K.CHOICE),
        (("agreement_id", "organisation_id"),),
    ),
    declare(
        m.AgreementEvaluation,
        ("evaluering", "evalueringer"),
        Naming(("evaluated_on",), _evaluation_name),
        kinds(
            agreement_id=K.REFERENCE,
            evaluated_on=K.DATE,
            summary=K.LONG_TEXT,
            follow_up=K.LONG_TEXT,
        ),
        (("agreement_id", "evaluated_on"),),
        order=("evaluated_on",),
    ),
    declare(
        m.ContactGroupMember,
        ("kontaktgruppemedlem", "kontaktgruppemedlemmer"),
        Naming((), _fixed("Person")),
        kinds(agreement_id=K.REFERENCE, person_id=K.REFERENCE, side=K.CHOICE, role=K.CHOICE),
        (("agreement_id", "person_id"),),
    ),
    # Projects
    declare(
        m.Project,
        ("prosjekt", "prosjekter"),
        first("short_name", "title"),
        kinds(
            title=K.TEXT,
            short_name=K.TEXT,
            form=K.CHOICE,
            status=K.CHOICE,
            service_area_id=K.REFERENCE,
            project_manager_id=K.REFERENCE,
            agreement_id=K.REFERENCE,
            parent_project_id=K.REFERENCE,
            start_date=K.DATE,
            end_date=K.DATE,
            horizon=K.CHOICE,
            rcn_project_number=K.TEXT,
            summary=K.LONG_TEXT,
            results=K.LONG_TEXT,
            notes=K.LONG_TEXT,
            phd_candidate_id=K.REFERENCE,
            phd_institution_id=K.REFERENCE,
            phd_position_percent=K.PERCENT,
            phd_duration_years=K.COUNT,
            phd_permanently_employed=K.YES_NO,
            phd_expected_defence=K.DATE,
            phd_funded_by_project_id=K.REFERENCE,
            edu_programme=K.TEXT,
            edu_campus=K.TEXT,
            edu_students_admitted=K.COUNT,
        ),
        (("rcn_project_number",), ("title",), ("short_name",)),
        links=(
            Link("priority_area_ids", "priority_areas", m.PriorityArea, "Prioriterte områder"),
            Link("sdg_ids", "sdgs", m.Sdg, "Bærekraftsmål"),
        ),
        derived=(
            Derived("granted_total", K.KRONER, "Innvilget"),
            Derived("own_contribution_total", K.KRONER, "Egenandel"),
            Derived("fund_total", K.KRONER, "Fra fondet"),
            Derived("partner_names", K.TEXT, "Partnere"),
        ),
        owned=(
            (m.ProjectPartner, "project_id"),
            (m.Supervisor, "project_id"),
            (m.FundingLine, "project_id"),
        ),
    ),
    declare(
        m.ProjectPartner,
        ("prosjektpartner", "prosjektpartnere"),
        Naming((), _fixed("Part")),
        kinds(project_id=K.REFERENCE, organisation_id=K.REFERENCE, role=K.CHOICE),
        (("project_id", "organisation_id"),),
    ),
    declare(
        m.Supervisor,
        ("veileder", "veiledere"),
        Naming((), _fixed("Person")),
        kinds(project_id=K.REFERENCE, person_id=K.REFERENCE, role=K.CHOICE),
        (("project_id", "person_id"),),
    ),
    # Funding
    declare(
        m.FundingScheme,
        ("finansieringsordning", "finansieringsordninger"),
        first("name"),
        kinds(
            funder_id=K.REFERENCE,
            name=K.TEXT,
            code=K.TEXT,
            max_support_percent=K.PERCENT,
            description=K.LONG_TEXT,
            active=K.YES_NO,
        ),
        (("code",), ("funder_id", "name"), ("name",)),
        owned=((m.DeadlineTemplate, "scheme_id"),),
    ),
    declare(
        m.DeadlineTemplate,
        ("fristmal", "fristmaler"),
        first("title"),
        kinds(
            scheme_id=K.REFERENCE,
            title=K.TEXT,
            kind=K.CHOICE,
            anchor=K.CHOICE,
            offset_months=K.COUNT,
            offset_days=K.COUNT,
            recurrence=K.CHOICE,
            reminder_days=K.COUNT,
            sort_order=K.COUNT,
        ),
        (("scheme_id", "title"),),
    ),
    declare(
        m.FundingLine,
        ("finansiering", "finansieringer"),
        Naming(("external_ref",), _funding_line_name),
        kinds(
            project_id=K.REFERENCE,
            scheme_id=K.REFERENCE,
            funder_id=K.REFERENCE,
            status=K.CHOICE,
            external_ref=K.TEXT,
            application_date=K.DATE,
            decision_date=K.DATE,
            applied_amount=K.KRONER,
            granted_amount=K.KRONER,
            total_cost=K.KRONER,
            own_cash=K.KRONER,
            own_in_kind=K.KRONER,
            notes=K.LONG_TEXT,
        ),
        (
            ("external_ref",),
            ("project_id", "scheme_id", "application_date"),
            ("project_id", "funder_id", "application_date"),
        ),
        warnings=(FormWarning("support_warning"), FormWarning("parts_warning")),
        derived=(
            Derived("scheme_code", K.TEXT, "Ordningskode"),
            Derived("funder_label", K.TEXT, "Finansiør"),
            Derived("support_rate_text", K.TEXT, "Støttegrad"),
            Derived("max_support_percent", K.PERCENT, "Maksimal støttegrad (%)"),
            Derived("own_contribution", K.KRONER, "Egenandel"),
            Derived("other_external_funding", K.KRONER, "Annen ekstern finansiering"),
            Derived("own_contribution_derived", K.YES_NO, "Egenandel beregnet"),
            Derived("support_warning", K.TEXT, "Varsel om støttegrad"),
            Derived("parts_warning", K.TEXT, "Varsel om delene av totalkostnaden"),
        ),
        belongs_to="project_id",
    ),
    declare(
        m.FundingYear,
        ("årsbeløp", "årsbeløp"),
        Naming(("year", "amount"), _funding_year_name),
        kinds(funding_line_id=K.REFERENCE, year=K.YEAR, amount=K.KRONER),
        (("funding_line_id", "year"),),
        order=("year",),
    ),
    declare(
        m.FundAppropriation,
        ("bevilgning til fondet", "bevilgninger til fondet"),
        Naming(("year",), _appropriation_name),
        kinds(year=K.YEAR, amount=K.KRONER, notes=K.LONG_TEXT),
        (("year",),),
        order=("year",),
    ),
    declare(
        m.FundAllocation,
        ("tildeling fra fondet", "tildelinger fra fondet"),
        Naming(("year", "amount"), _allocation_name),
        kinds(
            project_id=K.REFERENCE,
            year=K.YEAR,
            amount=K.KRONER,
            decision_date=K.DATE,
            decision_ref=K.TEXT,
            override=K.YES_NO,
            override_reason=K.LONG_TEXT,
            notes=K.LONG_TEXT,
        ),
        (("project_id", "year", "decision_ref"), ("project_id", "year")),
        order=("year",),
        belongs_to="project_id",
    ),
    # Meetings and deadlines
    declare(
        m.Meeting,
        ("møte", "møter"),
        Naming(("title", "starts_at"), _meeting_name),
        kinds(
            title=K.TEXT,
            kind=K.CHOICE,
            status=K.CHOICE,
            agreement_id=K.REFERENCE,
            project_id=K.REFERENCE,
            starts_at=K.DATETIME,
            duration_minutes=K.COUNT,
            place=K.TEXT,
            notes=K.LONG_TEXT,
        ),
        (("title", "starts_at"),),
        warnings=(FormWarning("agenda_warning"),),
        derived=(
            Derived("agenda_minutes", K.COUNT, "Sakslistens lengde (minutter)"),
            Derived("participant_count", K.COUNT, "Innkalte"),
            Derived("ends_at", K.DATETIME, "Slutter"),
            Derived("agenda_warning", K.TEXT, "Varsel om sakslisten"),
        ),
        owned=((m.MeetingParticipant, "meeting_id"), (m.AgendaItem, "meeting_id")),
    ),
    declare(
        m.MeetingParticipant,
        ("deltaker", "deltakere"),
        Naming((), _fixed("Person")),
        kinds(meeting_id=K.REFERENCE, person_id=K.REFERENCE, invited=K.YES_NO, present=K.YES_NO),
        (("meeting_id", "person_id"),),
    ),
    declare(
        m.AgendaItem,
        ("sak", "saker"),
        first("title"),
        kinds(
            meeting_id=K.REFERENCE,
            position=K.COUNT,
            title=K.TEXT,
            description=K.LONG_TEXT,
            presenter_id=K.REFERENCE,
            duration_minutes=K.COUNT,
            minutes=K.LONG_TEXT,
        ),
        (("meeting_id", "position"), ("meeting_id", "title")),
        order=("position",),
    ),
    declare(
        m.Outcome,
        ("vedtak eller oppfølgingspunkt", "vedtak og oppfølgingspunkter"),
        first("text"),
        kinds(
            agenda_item_id=K.REFERENCE,
            kind=K.CHOICE,
            text=K.LONG_TEXT,
            responsible_id=K.REFERENCE,
            due_date=K.DATE,
            deadline_id=K.REFERENCE,
        ),
        (("agenda_item_id", "text"),),
    ),
    declare(
        m.Deadline,
        ("frist", "frister"),
        first("title"),
        kinds(
            title=K.TEXT,
            kind=K.CHOICE,
            due_date=K.DATE,
            status=K.CHOICE,
            done_date=K.DATE,
            responsible_id=K.REFERENCE,
            agreement_id=K.REFERENCE,
            project_id=K.REFERENCE,
            funding_line_id=K.REFERENCE,
            meeting_id=K.REFERENCE,
            template_id=K.REFERENCE,
            reminder_days=K.COUNT,
            recurrence=K.CHOICE,
            recurrence_until=K.DATE,
            notes=K.LONG_TEXT,
        ),
        (
            ("title", "due_date", "project_id"),
            ("title", "due_date", "agreement_id"),
            ("title", "due_date", "responsible_id"),
            ("title", "due_date"),
        ),
        warnings=(FormWarning("overdue", "Fristen er passert."),),
        derived=(
            Derived("overdue", K.YES_NO, "Forfalt"),
            Derived("days_left", K.COUNT, "Dager igjen"),
            Derived("within_30_days", K.YES_NO, "Innen 30 dager"),
            Derived("non_working", K.TEXT, "Ikke arbeidsdag"),
            Derived("reminder_active", K.YES_NO, "Varsel aktivt"),
        ),
    ),
    # Lessons learned and documents
    declare(
        m.Lesson,
        ("læringspunkt", "læringspunkter"),
        first("title"),
        kinds(title=K.TEXT, description=K.LONG_TEXT, recorded_on=K.DATE),
        (("title",),),
        links=(
            Link("agreement_ids", "agreements", m.Agreement, "Avtaler"),
            Link("project_ids", "projects", m.Project, "Prosjekter"),
        ),
    ),
    declare(
        m.DocumentRef,
        ("dokument", "dokumenter"),
        first("title"),
        kinds(
            title=K.TEXT,
            location=K.TEXT,
            archive_ref=K.TEXT,
            agreement_id=K.REFERENCE,
            project_id=K.REFERENCE,
            meeting_id=K.REFERENCE,
            notes=K.LONG_TEXT,
        ),
        (("archive_ref",), ("location",), ("title",)),
    ),
    # History
    declare(
        m.ChangeLog,
        ("endring", "endringer"),
        Naming(("entity", "field"), _change_name),
        kinds(
            at=K.DATETIME,
            user=K.TEXT,
            entity=K.TEXT,
            row_id=K.TEXT,
            action=K.CHOICE,
            field=K.TEXT,
            old_value=K.LONG_TEXT,
            new_value=K.LONG_TEXT,
        ),
        (("id",),),
        personal=("user",),
        order=("-at",),
    ),
)
