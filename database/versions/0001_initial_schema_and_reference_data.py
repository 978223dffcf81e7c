"""Initial schema and reference data (SDGs, priority areas, funders, schemes, profile)

Revision ID: 0001
Revises:
Create Date: 2026-11-26 06:10:29.355518
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# The reference rows as this revision wrote them: fixed data, not an import of today's
# kunnskapsapp/domain/reference.py, so a later change there cannot change what this revision
# did. tests/test_migrations.py checks that reference.py still declares the same rows.
PROFILE_ID = "00000000-0000-4000-8000-000000000001"
SDG_NAMES: dict[int, str] = {
    1: "Utrydde fattigdom",
    2: "Utrydde sult",
    3: "God helse og livskvalitet",
    4: "God utdanning",
    5: "Likestilling mellom kjønnene",
    6: "Rent vann og gode sanitærforhold",
    7: "Ren energi for alle",
    8: "Anstendig arbeid og økonomisk vekst",
    9: "Innovasjon, industri og infrastruktur",
    10: "Mindre ulikhet",
    11: "Bærekraftige byer og lokalsamfunn",
    12: "Ansvarlig forbruk og produksjon",
    13: "Stoppe klimaendringene",
    14: "Livet i havet",
    15: "Livet på land",
    16: "Fred, rettferdighet og velfungerende institusjoner",
    17: "Samarbeid for å nå målene",
}
PRIORITY_AREAS: list[dict[str, Any]] = [
    {
        "id": "00000000-0000-4000-8000-000000000101",
        "name": "De store tjenesteområdene",
        "description": "Som grunnskole og helse og omsorg.",
        "sort_order": 1,
    },
    {
        "id": "00000000-0000-4000-8000-000000000102",
        "name": "Områder der kommunen er markedsaktør",
        "description": "For eksempel eiendom og grunnleggende tekniske tjenester.",
        "sort_order": 2,
    },
    {
        "id": "00000000-0000-4000-8000-000000000103",
        "name": "Områder der kommunen har beslutningsmyndighet",
        "description": "Etter plan- og bygningsloven, for eksempel byutvikling og transport.",
        "sort_order": 3,
    },
    {
        "id": "00000000-0000-4000-8000-000000000104",
        "name": "Klimautfordringer",
        "description": "Med særskilt betydning for kommunens prioriteringer, "
        "for eksempel mobilitet og energi.",
        "sort_order": 4,
    },
]
FUNDERS: list[dict[str, Any]] = [
    {
        "id": "00000000-0000-4000-8000-000000000201",
        "name": "Norges forskningsråd",
        "short_name": "Forskningsrådet",
        "kind": "funder",
        "org_number": "970141669",
        "website": "https://www.forskningsradet.no",
    },
    {
        "id": "00000000-0000-4000-8000-000000000202",
        "name": "Regionale forskningsfond Hovedstaden",
        "short_name": "RFF Hovedstaden",
        "kind": "funder",
        "org_number": None,
        "website": "",
    },
    {
        "id": "00000000-0000-4000-8000-000000000203",
        "name": "Innovasjon Norge",
        "short_name": "Innovasjon Norge",
        "kind": "funder",
        "org_number": "986399445",
        "website": "https://www.innovasjonnorge.no",
    },
    {
        "id": "00000000-0000-4000-8000-000000000204",
        "name": "EØS-midlene / EU-programmer",
        "short_name": "EØS/EU",
        "kind": "funder",
        "org_number": None,
        "website": "",
    },
]
SCHEMES: list[dict[str, Any]] = [
    {
        "id": "00000000-0000-4000-8000-000000000301",
        "funder_id": "00000000-0000-4000-8000-000000000201",
        "code": "OFFPHD",
        "name": "Offentlig sektor-ph.d.",
        "max_support_percent": 50,
        "description": "Fast ansatt kandidat, 3 eller 4 år, minst ett samarbeidsmøte per semester.",
    },
    {
        "id": "00000000-0000-4000-8000-000000000302",
        "funder_id": "00000000-0000-4000-8000-000000000201",
        "code": "IPO",
        "name": "Innovasjonsprosjekt i offentlig sektor",
        "max_support_percent": 70,
        "description": "Forskningsbasert innovasjon i offentlig sektor med forskningspartnere.",
    },
    {
        "id": "00000000-0000-4000-8000-000000000303",
        "funder_id": "00000000-0000-4000-8000-000000000202",
        "code": "RFF-HOVED",
        "name": "Regionalt forskningsfond Hovedstaden, offentlig sektor",
        "max_support_percent": 50,
        "description": "Kvalifiserings- og innovasjonsprosjekter i offentlig sektor i regionen.",
    },
    {
        "id": "00000000-0000-4000-8000-000000000304",
        "funder_id": "00000000-0000-4000-8000-000000000203",
        "code": "IN-OFF",
        "name": "Innovasjon Norge, offentlige innovasjonspartnerskap",
        "max_support_percent": 50,
        "description": "",
    },
    {
        "id": "00000000-0000-4000-8000-000000000305",
        "funder_id": "00000000-0000-4000-8000-000000000204",
        "code": "EOS",
        "name": "EØS-midlene og EU-programmer",
        "max_support_percent": 85,
        "description": "",
    },
]
DEADLINE_TEMPLATES: list[dict[str, Any]] = [
    {
        "id": "00000000-0000-4000-8000-000000000401",
        "scheme_id": "00000000-0000-4000-8000-000000000301",
        "title": "Samarbeidsmøte (kandidat, veiledere og arbeidsgiver)",
        "kind": "collaboration_meeting",
        "anchor": "start",
        "offset_months": 3,
        "offset_days": 0,
        "recurrence": "semester",
        "reminder_days": 21,
        "sort_order": 1,
    },
    {
        "id": "00000000-0000-4000-8000-000000000402",
        "scheme_id": "00000000-0000-4000-8000-000000000301",
        "title": "Framdriftsrapport til Forskningsrådet",
        "kind": "progress_report",
        "anchor": "start",
        "offset_months": 12,
        "offset_days": 0,
        "recurrence": "yearly",
        "reminder_days": 30,
        "sort_order": 2,
    },
    {
        "id": "00000000-0000-4000-8000-000000000403",
        "scheme_id": "00000000-0000-4000-8000-000000000301",
        "title": "Sluttrapport til Forskningsrådet",
        "kind": "final_report",
        "anchor": "end",
        "offset_months": 1,
        "offset_days": 0,
        "recurrence": "none",
        "reminder_days": 30,
        "sort_order": 3,
    },
    {
        "id": "00000000-0000-4000-8000-000000000404",
        "scheme_id": "00000000-0000-4000-8000-000000000302",
        "title": "Framdriftsrapport til Forskningsrådet",
        "kind": "progress_report",
        "anchor": "start",
        "offset_months": 12,
        "offset_days": 0,
        "recurrence": "yearly",
        "reminder_days": 30,
        "sort_order": 1,
    },
    {
        "id": "00000000-0000-4000-8000-000000000405",
        "scheme_id": "00000000-0000-4000-8000-000000000302",
        "title": "Sluttrapport og regnskap til Forskningsrådet",
        "kind": "final_report",
        "anchor": "end",
        "offset_months": 3,
        "offset_days": 0,
        "recurrence": "none",
        "reminder_days": 30,
        "sort_order": 2,
    },
    {
        "id": "00000000-0000-4000-8000-000000000406",
        "scheme_id": "00000000-0000-4000-8000-000000000303",
        "title": "Sluttrapport til RFF Hovedstaden",
        "kind": "final_report",
        "anchor": "end",
        "offset_months": 2,
        "offset_days": 0,
        "recurrence": "none",
        "reminder_days": 30,
        "sort_order": 1,
    },
]


def upgrade() -> None:
    # ### commands auto generated by Alembic - please adjust! ###
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user", sa.String(length=100), nullable=False),
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column(
            "action",
            sa.Enum(
                "create", "update", "delete", name="changeaction", native_enum=False, length=40
            ),
            nullable=False,
        ),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_change_log_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_change_log_entity"), ["entity"], unique=False)
        batch_op.create_index(batch_op.f("ix_change_log_row_id"), ["row_id"], unique=False)

    op.create_table(
        "fund_appropriation",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fund_appropriation")),
        sa.UniqueConstraint("year", name=op.f("uq_fund_appropriation_year")),
    )
    op.create_table(
        "lesson",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lesson")),
    )
    op.create_table(
        "municipality_profile",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("unit_name", sa.String(length=200), nullable=False),
        sa.Column("org_number", sa.String(length=9), nullable=True),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("logo", sa.LargeBinary(), nullable=True),
        sa.Column("logo_mime", sa.String(length=40), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_municipality_profile")),
    )
    op.create_table(
        "organisation",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("short_name", sa.String(length=60), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "university",
                "college",
                "institute",
                "cluster",
                "association",
                "funder",
                "company",
                "public",
                "municipal_unit",
                "other",
                name="organisationkind",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("org_number", sa.String(length=9), nullable=True),
        sa.Column("website", sa.String(length=300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
        sa.UniqueConstraint("org_number", name=op.f("uq_organisation_org_number")),
    )
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_organisation_short_name"), ["short_name"], unique=False
        )

    op.create_table(
        "priority_area",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_priority_area")),
        sa.UniqueConstraint("name", name=op.f("uq_priority_area_name")),
    )
    op.create_table(
        "sdg",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sdg")),
    )
    op.create_table(
        "service_area",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("short_name", sa.String(length=40), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_area")),
        sa.UniqueConstraint("name", name=op.f("uq_service_area_name")),
    )
    op.create_table(
        "funding_scheme",
        sa.Column("funder_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("max_support_percent", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["funder_id"],
            ["organisation.id"],
            name=op.f("fk_funding_scheme_funder_id_organisation"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funding_scheme")),
        sa.UniqueConstraint("code", name=op.f("uq_funding_scheme_code")),
    )
    with op.batch_alter_table("funding_scheme", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_funding_scheme_funder_id"), ["funder_id"], unique=False
        )

    op.create_table(
        "person",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column(
            "legal_basis",
            sa.Enum(
                "consent",
                "contract",
                "legal_obligation",
                "public_task",
                "legitimate_interest",
                name="legalbasis",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("last_confirmed", sa.Date(), nullable=True),
        sa.Column("delete_after", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_person_organisation_id_organisation"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_name"), ["name"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_person_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "agreement",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "framework",
                "project",
                "partnership",
                "membership",
                "education",
                "other",
                name="agreementkind",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("parent_id", sa.String(length=36), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "active",
                "terminated",
                "expired",
                name="agreementstatus",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "initiator",
            sa.Enum(
                "municipality", "partner", "mutual", name="initiator", native_enum=False, length=40
            ),
            nullable=True,
        ),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("signed_date", sa.Date(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("notice_period_months", sa.Integer(), nullable=True),
        sa.Column("evaluation_interval_months", sa.Integer(), nullable=True),
        sa.Column("termination_requested", sa.Date(), nullable=True),
        sa.Column("termination_effective", sa.Date(), nullable=True),
        sa.Column("termination_reason", sa.Text(), nullable=False),
        sa.Column("fulfil_after_parent_terminated", sa.Boolean(), nullable=False),
        sa.Column("political_anchoring", sa.Text(), nullable=False),
        sa.Column("political_case_ref", sa.String(length=60), nullable=False),
        sa.Column("administrative_anchoring", sa.Text(), nullable=False),
        sa.Column("administrative_case_ref", sa.String(length=60), nullable=False),
        sa.Column("archive_case_number", sa.String(length=60), nullable=False),
        sa.Column("responsible_id", sa.String(length=36), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["agreement.id"],
            name=op.f("fk_agreement_parent_id_agreement"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["responsible_id"],
            ["person.id"],
            name=op.f("fk_agreement_responsible_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement")),
    )
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreement_parent_id"), ["parent_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_agreement_responsible_id"), ["responsible_id"], unique=False
        )

    op.create_table(
        "deadline_template",
        sa.Column("scheme_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "application",
                "progress_report",
                "final_report",
                "accounts",
                "evaluation",
                "notice",
                "collaboration_meeting",
                "milestone",
                "follow_up",
                "other",
                name="deadlinekind",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "anchor",
            sa.Enum(
                "start", "end", "decision", name="templateanchor", native_enum=False, length=40
            ),
            nullable=False,
        ),
        sa.Column("offset_months", sa.Integer(), nullable=False),
        sa.Column("offset_days", sa.Integer(), nullable=False),
        sa.Column(
            "recurrence",
            sa.Enum(
                "none",
                "monthly",
                "quarterly",
                "semester",
                "yearly",
                name="recurrence",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("reminder_days", sa.Integer(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["scheme_id"],
            ["funding_scheme.id"],
            name=op.f("fk_deadline_template_scheme_id_funding_scheme"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deadline_template")),
    )
    with op.batch_alter_table("deadline_template", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_deadline_template_scheme_id"), ["scheme_id"], unique=False
        )

    op.create_table(
        "agreement_evaluation",
        sa.Column("agreement_id", sa.String(length=36), nullable=False),
        sa.Column("evaluated_on", sa.Date(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("follow_up", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_agreement_evaluation_agreement_id_agreement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_evaluation")),
    )
    with op.batch_alter_table("agreement_evaluation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreement_evaluation_agreement_id"), ["agreement_id"], unique=False
        )

    op.create_table(
        "agreement_party",
        sa.Column("agreement_id", sa.String(length=36), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "party",
                "coordinator",
                "funder",
                "other",
                name="partyrole",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_agreement_party_agreement_id_agreement"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_agreement_party_organisation_id_organisation"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_party")),
        sa.UniqueConstraint(
            "agreement_id", "organisation_id", name=op.f("uq_agreement_party_agreement_id")
        ),
    )
    with op.batch_alter_table("agreement_party", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreement_party_agreement_id"), ["agreement_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_agreement_party_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "contact_group_member",
        sa.Column("agreement_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column(
            "side",
            sa.Enum("municipality", "partner", name="side", native_enum=False, length=40),
            nullable=False,
        ),
        sa.Column(
            "role",
            sa.Enum(
                "leadership",
                "secretary",
                "member",
                name="contactrole",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_contact_group_member_agreement_id_agreement"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_contact_group_member_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_group_member")),
        sa.UniqueConstraint(
            "agreement_id", "person_id", name=op.f("uq_contact_group_member_agreement_id")
        ),
    )
    with op.batch_alter_table("contact_group_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_group_member_agreement_id"), ["agreement_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_contact_group_member_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "lesson_agreement",
        sa.Column("lesson_id", sa.String(length=36), nullable=False),
        sa.Column("agreement_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_lesson_agreement_agreement_id_agreement"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["lesson_id"],
            ["lesson.id"],
            name=op.f("fk_lesson_agreement_lesson_id_lesson"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("lesson_id", "agreement_id", name=op.f("pk_lesson_agreement")),
    )
    op.create_table(
        "project",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("short_name", sa.String(length=60), nullable=False),
        sa.Column(
            "form",
            sa.Enum(
                "phd",
                "innovation",
                "education",
                "master",
                "pilot",
                "other",
                name="projectform",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "idea",
                "application",
                "ongoing",
                "completed",
                "rejected",
                "cancelled",
                name="projectstatus",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("service_area_id", sa.String(length=36), nullable=True),
        sa.Column("project_manager_id", sa.String(length=36), nullable=True),
        sa.Column("agreement_id", sa.String(length=36), nullable=True),
        sa.Column("parent_project_id", sa.String(length=36), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column(
            "horizon",
            sa.Enum("short", "long", name="horizon", native_enum=False, length=40),
            nullable=False,
        ),
        sa.Column("rcn_project_number", sa.String(length=6), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("results", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("phd_candidate_id", sa.String(length=36), nullable=True),
        sa.Column("phd_institution_id", sa.String(length=36), nullable=True),
        sa.Column("phd_position_percent", sa.Integer(), nullable=True),
        sa.Column("phd_duration_years", sa.Integer(), nullable=True),
        sa.Column("phd_permanently_employed", sa.Boolean(), nullable=False),
        sa.Column("phd_expected_defence", sa.Date(), nullable=True),
        sa.Column("phd_funded_by_project_id", sa.String(length=36), nullable=True),
        sa.Column("edu_programme", sa.String(length=200), nullable=False),
        sa.Column("edu_campus", sa.String(length=200), nullable=False),
        sa.Column("edu_students_admitted", sa.Integer(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_project_agreement_id_agreement"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["parent_project_id"],
            ["project.id"],
            name=op.f("fk_project_parent_project_id_project"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["phd_candidate_id"],
            ["person.id"],
            name=op.f("fk_project_phd_candidate_id_person"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["phd_funded_by_project_id"],
            ["project.id"],
            name=op.f("fk_project_phd_funded_by_project_id_project"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["phd_institution_id"],
            ["organisation.id"],
            name=op.f("fk_project_phd_institution_id_organisation"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["project_manager_id"],
            ["person.id"],
            name=op.f("fk_project_project_manager_id_person"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["service_area_id"],
            ["service_area.id"],
            name=op.f("fk_project_service_area_id_service_area"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project")),
    )
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_project_agreement_id"), ["agreement_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_form"), ["form"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_project_parent_project_id"), ["parent_project_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_project_phd_funded_by_project_id"),
            ["phd_funded_by_project_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_project_phd_institution_id"), ["phd_institution_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_project_project_manager_id"), ["project_manager_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_project_service_area_id"), ["service_area_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_project_status"), ["status"], unique=False)

    op.create_table(
        "fund_allocation",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("decision_date", sa.Date(), nullable=True),
        sa.Column("decision_ref", sa.String(length=60), nullable=False),
        sa.Column("override", sa.Boolean(), nullable=False),
        sa.Column("override_reason", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_fund_allocation_project_id_project"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fund_allocation")),
    )
    with op.batch_alter_table("fund_allocation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_fund_allocation_project_id"), ["project_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_fund_allocation_year"), ["year"], unique=False)

    op.create_table(
        "funding_line",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("scheme_id", sa.String(length=36), nullable=True),
        sa.Column("funder_id", sa.String(length=36), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "applied",
                "granted",
                "rejected",
                "withdrawn",
                name="fundingstatus",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("external_ref", sa.String(length=60), nullable=False),
        sa.Column("application_date", sa.Date(), nullable=True),
        sa.Column("decision_date", sa.Date(), nullable=True),
        sa.Column("applied_amount", sa.Integer(), nullable=True),
        sa.Column("granted_amount", sa.Integer(), nullable=True),
        sa.Column("total_cost", sa.Integer(), nullable=True),
        sa.Column("own_cash", sa.Integer(), nullable=False),
        sa.Column("own_in_kind", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["funder_id"],
            ["organisation.id"],
            name=op.f("fk_funding_line_funder_id_organisation"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_funding_line_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["scheme_id"],
            ["funding_scheme.id"],
            name=op.f("fk_funding_line_scheme_id_funding_scheme"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funding_line")),
    )
    with op.batch_alter_table("funding_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_funding_line_funder_id"), ["funder_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_funding_line_project_id"), ["project_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_funding_line_scheme_id"), ["scheme_id"], unique=False)

    op.create_table(
        "lesson_project",
        sa.Column("lesson_id", sa.String(length=36), nullable=False),
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["lesson_id"],
            ["lesson.id"],
            name=op.f("fk_lesson_project_lesson_id_lesson"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_lesson_project_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("lesson_id", "project_id", name=op.f("pk_lesson_project")),
    )
    op.create_table(
        "meeting",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "contact_group",
                "project",
                "collaboration",
                "other",
                name="meetingkind",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "planned", "held", "cancelled", name="meetingstatus", native_enum=False, length=40
            ),
            nullable=False,
        ),
        sa.Column("agreement_id", sa.String(length=36), nullable=True),
        sa.Column("project_id", sa.String(length=36), nullable=True),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_meeting_agreement_id_agreement"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_meeting_project_id_project"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_agreement_id"), ["agreement_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_project_id"), ["project_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "project_partner",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "research_partner",
                "degree_institution",
                "partner",
                "funder",
                "other",
                name="projectpartnerrole",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_project_partner_organisation_id_organisation"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_project_partner_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_partner")),
        sa.UniqueConstraint(
            "project_id", "organisation_id", name=op.f("uq_project_partner_project_id")
        ),
    )
    with op.batch_alter_table("project_partner", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_project_partner_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_project_partner_project_id"), ["project_id"], unique=False
        )

    op.create_table(
        "project_priority_area",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("priority_area_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["priority_area_id"],
            ["priority_area.id"],
            name=op.f("fk_project_priority_area_priority_area_id_priority_area"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_project_priority_area_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "project_id", "priority_area_id", name=op.f("pk_project_priority_area")
        ),
    )
    op.create_table(
        "project_sdg",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("sdg_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_project_sdg_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["sdg_id"], ["sdg.id"], name=op.f("fk_project_sdg_sdg_id_sdg"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("project_id", "sdg_id", name=op.f("pk_project_sdg")),
    )
    op.create_table(
        "supervisor",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column(
            "role",
            sa.Enum("main", "co", name="supervisorrole", native_enum=False, length=40),
            nullable=False,
        ),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_supervisor_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_supervisor_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervisor")),
        sa.UniqueConstraint("project_id", "person_id", name=op.f("uq_supervisor_project_id")),
    )
    with op.batch_alter_table("supervisor", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_supervisor_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_supervisor_project_id"), ["project_id"], unique=False)

    op.create_table(
        "agenda_item",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("presenter_id", sa.String(length=36), nullable=True),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_agenda_item_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["presenter_id"],
            ["person.id"],
            name=op.f("fk_agenda_item_presenter_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
    )
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_item_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "deadline",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "application",
                "progress_report",
                "final_report",
                "accounts",
                "evaluation",
                "notice",
                "collaboration_meeting",
                "milestone",
                "follow_up",
                "other",
                name="deadlinekind",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "open", "done", "cancelled", name="deadlinestatus", native_enum=False, length=40
            ),
            nullable=False,
        ),
        sa.Column("done_date", sa.Date(), nullable=True),
        sa.Column("responsible_id", sa.String(length=36), nullable=True),
        sa.Column("agreement_id", sa.String(length=36), nullable=True),
        sa.Column("project_id", sa.String(length=36), nullable=True),
        sa.Column("funding_line_id", sa.String(length=36), nullable=True),
        sa.Column("meeting_id", sa.String(length=36), nullable=True),
        sa.Column("template_id", sa.String(length=36), nullable=True),
        sa.Column("reminder_days", sa.Integer(), nullable=False),
        sa.Column(
            "recurrence",
            sa.Enum(
                "none",
                "monthly",
                "quarterly",
                "semester",
                "yearly",
                name="recurrence",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("recurrence_until", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_deadline_agreement_id_agreement"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["funding_line_id"],
            ["funding_line.id"],
            name=op.f("fk_deadline_funding_line_id_funding_line"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_deadline_meeting_id_meeting"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_deadline_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["responsible_id"],
            ["person.id"],
            name=op.f("fk_deadline_responsible_id_person"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["deadline_template.id"],
            name=op.f("fk_deadline_template_id_deadline_template"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deadline")),
    )
    with op.batch_alter_table("deadline", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_deadline_agreement_id"), ["agreement_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_deadline_due_date"), ["due_date"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_deadline_funding_line_id"), ["funding_line_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_deadline_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_deadline_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_deadline_project_id"), ["project_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_deadline_responsible_id"), ["responsible_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_deadline_status"), ["status"], unique=False)

    op.create_table(
        "document_ref",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("location", sa.String(length=1000), nullable=False),
        sa.Column("archive_ref", sa.String(length=60), nullable=False),
        sa.Column("agreement_id", sa.String(length=36), nullable=True),
        sa.Column("project_id", sa.String(length=36), nullable=True),
        sa.Column("meeting_id", sa.String(length=36), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_document_ref_agreement_id_agreement"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_document_ref_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_document_ref_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_ref")),
    )
    with op.batch_alter_table("document_ref", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_document_ref_agreement_id"), ["agreement_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_document_ref_meeting_id"), ["meeting_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_document_ref_project_id"), ["project_id"], unique=False
        )

    op.create_table(
        "funding_year",
        sa.Column("funding_line_id", sa.String(length=36), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["funding_line_id"],
            ["funding_line.id"],
            name=op.f("fk_funding_year_funding_line_id_funding_line"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funding_year")),
        sa.UniqueConstraint(
            "funding_line_id", "year", name=op.f("uq_funding_year_funding_line_id")
        ),
    )
    with op.batch_alter_table("funding_year", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_funding_year_funding_line_id"), ["funding_line_id"], unique=False
        )

    op.create_table(
        "meeting_participant",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("invited", sa.Boolean(), nullable=False),
        sa.Column("present", sa.Boolean(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_participant_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_meeting_participant_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_participant")),
        sa.UniqueConstraint(
            "meeting_id", "person_id", name=op.f("uq_meeting_participant_meeting_id")
        ),
    )
    with op.batch_alter_table("meeting_participant", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_participant_meeting_id"), ["meeting_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_meeting_participant_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "outcome",
        sa.Column("agenda_item_id", sa.String(length=36), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "information",
                "decision",
                "action",
                name="outcomekind",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("responsible_id", sa.String(length=36), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("deadline_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_outcome_agenda_item_id_agenda_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["deadline_id"],
            ["deadline.id"],
            name=op.f("fk_outcome_deadline_id_deadline"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["responsible_id"],
            ["person.id"],
            name=op.f("fk_outcome_responsible_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outcome")),
    )
    with op.batch_alter_table("outcome", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_outcome_agenda_item_id"), ["agenda_item_id"], unique=False
        )

    # ### end Alembic commands ###
    _seed_reference_data()


def _stamps() -> dict[str, object]:
    now = datetime.now(UTC).replace(tzinfo=None)
    return {"created_at": now, "updated_at": now, "created_by": "", "updated_by": "", "version": 1}


def _seed_reference_data() -> None:
    stamps = _stamps()
    sdg = sa.table("sdg", sa.column("id", sa.Integer), sa.column("name", sa.String))
    op.bulk_insert(sdg, [{"id": n, "name": name} for n, name in SDG_NAMES.items()])

    def table(name: str, *columns: str) -> sa.TableClause:
        all_columns = [*columns, "created_at", "updated_at", "created_by", "updated_by", "version"]
        return sa.table(name, *(sa.column(c) for c in all_columns))

    op.bulk_insert(
        table("priority_area", "id", "name", "description", "sort_order"),
        [{**row, **stamps} for row in PRIORITY_AREAS],
    )
    op.bulk_insert(
        table("organisation", "id", "name", "short_name", "kind", "org_number", "website", "notes"),
        [{**row, "notes": "", **stamps} for row in FUNDERS],
    )
    op.bulk_insert(
        table(
            "funding_scheme",
            "id",
            "funder_id",
            "code",
            "name",
            "max_support_percent",
            "description",
            "active",
        ),
        [{**row, "active": True, **stamps} for row in SCHEMES],
    )
    op.bulk_insert(
        table(
            "deadline_template",
            "id",
            "scheme_id",
            "title",
            "kind",
            "anchor",
            "offset_months",
            "offset_days",
            "recurrence",
            "reminder_days",
            "sort_order",
        ),
        [{**row, **stamps} for row in DEADLINE_TEMPLATES],
    )
    op.bulk_insert(
        table(
            "municipality_profile", "id", "name", "unit_name", "org_number", "address", "logo_mime"
        ),
        [
            {
                "id": PROFILE_ID,
                "name": "",
                "unit_name": "",
                "org_number": None,
                "address": "",
                "logo_mime": "",
                **stamps,
            }
        ],
    )


def downgrade() -> None:
    # ### commands auto generated by Alembic - please adjust! ###
    with op.batch_alter_table("outcome", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outcome_agenda_item_id"))

    op.drop_table("outcome")
    with op.batch_alter_table("meeting_participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_participant_person_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_participant_meeting_id"))

    op.drop_table("meeting_participant")
    with op.batch_alter_table("funding_year", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_funding_year_funding_line_id"))

    op.drop_table("funding_year")
    with op.batch_alter_table("document_ref", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_ref_project_id"))
        batch_op.drop_index(batch_op.f("ix_document_ref_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_document_ref_agreement_id"))

    op.drop_table("document_ref")
    with op.batch_alter_table("deadline", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deadline_status"))
        batch_op.drop_index(batch_op.f("ix_deadline_responsible_id"))
        batch_op.drop_index(batch_op.f("ix_deadline_project_id"))
        batch_op.drop_index(batch_op.f("ix_deadline_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_deadline_kind"))
        batch_op.drop_index(batch_op.f("ix_deadline_funding_line_id"))
        batch_op.drop_index(batch_op.f("ix_deadline_due_date"))
        batch_op.drop_index(batch_op.f("ix_deadline_agreement_id"))

    op.drop_table("deadline")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_item_meeting_id"))

    op.drop_table("agenda_item")
    with op.batch_alter_table("supervisor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_supervisor_project_id"))
        batch_op.drop_index(batch_op.f("ix_supervisor_person_id"))

    op.drop_table("supervisor")
    op.drop_table("project_sdg")
    op.drop_table("project_priority_area")
    with op.batch_alter_table("project_partner", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_partner_project_id"))
        batch_op.drop_index(batch_op.f("ix_project_partner_organisation_id"))

    op.drop_table("project_partner")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_starts_at"))
        batch_op.drop_index(batch_op.f("ix_meeting_project_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_agreement_id"))

    op.drop_table("meeting")
    op.drop_table("lesson_project")
    with op.batch_alter_table("funding_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_funding_line_scheme_id"))
        batch_op.drop_index(batch_op.f("ix_funding_line_project_id"))
        batch_op.drop_index(batch_op.f("ix_funding_line_funder_id"))

    op.drop_table("funding_line")
    with op.batch_alter_table("fund_allocation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_fund_allocation_year"))
        batch_op.drop_index(batch_op.f("ix_fund_allocation_project_id"))

    op.drop_table("fund_allocation")
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_status"))
        batch_op.drop_index(batch_op.f("ix_project_service_area_id"))
        batch_op.drop_index(batch_op.f("ix_project_project_manager_id"))
        batch_op.drop_index(batch_op.f("ix_project_phd_institution_id"))
        batch_op.drop_index(batch_op.f("ix_project_phd_funded_by_project_id"))
        batch_op.drop_index(batch_op.f("ix_project_parent_project_id"))
        batch_op.drop_index(batch_op.f("ix_project_form"))
        batch_op.drop_index(batch_op.f("ix_project_agreement_id"))

    op.drop_table("project")
    op.drop_table("lesson_agreement")
    with op.batch_alter_table("contact_group_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_group_member_person_id"))
        batch_op.drop_index(batch_op.f("ix_contact_group_member_agreement_id"))

    op.drop_table("contact_group_member")
    with op.batch_alter_table("agreement_party", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_party_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_agreement_party_agreement_id"))

    op.drop_table("agreement_party")
    with op.batch_alter_table("agreement_evaluation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_evaluation_agreement_id"))

    op.drop_table("agreement_evaluation")
    with op.batch_alter_table("deadline_template", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deadline_template_scheme_id"))

    op.drop_table("deadline_template")
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_responsible_id"))
        batch_op.drop_index(batch_op.f("ix_agreement_parent_id"))

    op.drop_table("agreement")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_person_name"))

    op.drop_table("person")
    with op.batch_alter_table("funding_scheme", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_funding_scheme_funder_id"))

    op.drop_table("funding_scheme")
    op.drop_table("service_area")
    op.drop_table("sdg")
    op.drop_table("priority_area")
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_short_name"))

    op.drop_table("organisation")
    op.drop_table("municipality_profile")
    op.drop_table("lesson")
    op.drop_table("fund_appropriation")
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_change_log_row_id"))
        batch_op.drop_index(batch_op.f("ix_change_log_entity"))
        batch_op.drop_index(batch_op.f("ix_change_log_at"))

    op.drop_table("change_log")
    # ### end Alembic commands ###
