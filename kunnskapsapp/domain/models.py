"""The portfolio's data model: organisations, people, agreements, projects, funding, the fund,
deadlines, meetings, lessons learned, documents and the change log.

Every editable row is `Tracked` (UUID, audit stamps, version). Money is whole kroner in
integers. Columns carry their Norwegian label in `info["label"]`; the services name fields
by attribute and show the label.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kunnskapsapp.domain.base import Base, Tracked, enum_column, label, utcnow
from kunnskapsapp.domain.enums import (
    AgreementKind,
    AgreementStatus,
    ChangeAction,
    ContactRole,
    DeadlineKind,
    DeadlineStatus,
    FundingStatus,
    Horizon,
    Initiator,
    LegalBasis,
    MeetingKind,
    MeetingStatus,
    OrganisationKind,
    OutcomeKind,
    PartyRole,
    ProjectForm,
    ProjectPartnerRole,
    ProjectStatus,
    Recurrence,
    Side,
    SupervisorRole,
    TemplateAnchor,
)

ID = String(36)


def fk(target: str, ondelete: str = "RESTRICT") -> ForeignKey:
    return ForeignKey(target, ondelete=ondelete)


# --- Reference data -------------------------------------------------------------------------


class Sdg(Base):
    """One of the 17 UN Sustainable Development Goals; id is the goal's number."""

    __tablename__ = "sdg"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(String(200), info=label("Navn"))


class PriorityArea(Tracked, Base):
    __tablename__ = "priority_area"
    name: Mapped[str] = mapped_column(String(200), unique=True, info=label("Navn"))
    description: Mapped[str] = mapped_column(Text, default="", info=label("Beskrivelse"))
    sort_order: Mapped[int] = mapped_column(Integer, default=0, info=label("Rekkefølge"))


class ServiceArea(Tracked, Base):
    """A service area of the municipality that can own projects (tjenesteområde)."""

    __tablename__ = "service_area"
    name: Mapped[str] = mapped_column(String(200), unique=True, info=label("Navn"))
    short_name: Mapped[str] = mapped_column(String(40), default="", info=label("Kortnavn"))
    active: Mapped[bool] = mapped_column(Boolean, default=True, info=label("Aktiv"))


class MunicipalityProfile(Tracked, Base):
    """The municipality itself, printed on every report. One row, fixed id."""

    __tablename__ = "municipality_profile"
    name: Mapped[str] = mapped_column(String(200), default="", info=label("Kommunens navn"))
    unit_name: Mapped[str] = mapped_column(String(200), default="", info=label("Enhet"))
    org_number: Mapped[str | None] = mapped_column(
        String(9), nullable=True, info=label("Organisasjonsnummer")
    )
    address: Mapped[str] = mapped_column(Text, default="", info=label("Adresse"))
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True, info=label("Logo"))
    logo_mime: Mapped[str] = mapped_column(String(40), default="", info=label("Logoformat"))


# --- Organisations and people ---------------------------------------------------------------


class Organisation(Tracked, Base):
    __tablename__ = "organisation"
    name: Mapped[str] = mapped_column(String(300), info=label("Navn"))
    short_name: Mapped[str] = mapped_column(
        String(60), default="", index=True, info=label("Kortnavn")
    )
    kind: Mapped[OrganisationKind] = mapped_column(
        enum_column(OrganisationKind), default=OrganisationKind.OTHER, info=label("Type")
    )
    org_number: Mapped[str | None] = mapped_column(
        String(9), nullable=True, unique=True, info=label("Organisasjonsnummer")
    )
    website: Mapped[str] = mapped_column(String(300), default="", info=label("Nettside"))
    notes: Mapped[str] = mapped_column(Text, default="", info=label("Merknader"))

    @property
    def display_name(self) -> str:
        return self.short_name or self.name


class Person(Tracked, Base):
    __tablename__ = "person"
    name: Mapped[str] = mapped_column(String(200), index=True, info=label("Navn"))
    organisation_id: Mapped[str | None] = mapped_column(
        ID, fk("organisation.id"), nullable=True, index=True, info=label("Organisasjon")
    )
    title: Mapped[str] = mapped_column(String(200), default="", info=label("Tittel"))
    email: Mapped[str] = mapped_column(String(254), default="", info=label("E-post"))
    phone: Mapped[str] = mapped_column(String(40), default="", info=label("Telefon"))
    # Personal data (GDPR): why we hold it, on what basis, from where, and when to delete it.
    purpose: Mapped[str] = mapped_column(Text, default="", info=label("Formål med registreringen"))
    legal_basis: Mapped[LegalBasis] = mapped_column(
        enum_column(LegalBasis), default=LegalBasis.PUBLIC_TASK, info=label("Behandlingsgrunnlag")
    )
    source: Mapped[str] = mapped_column(String(300), default="", info=label("Kilde"))
    last_confirmed: Mapped[date | None] = mapped_column(
        Date, nullable=True, info=label("Sist bekreftet")
    )
    delete_after: Mapped[date | None] = mapped_column(
        Date, nullable=True, info=label("Slettes etter")
    )
    notes: Mapped[str] = mapped_column(Text, default="", info=label("Merknader"))


# --- Agreements -----------------------------------------------------------------------------


class Agreement(Tracked, Base):
    __tablename__ = "agreement"
    title: Mapped[str] = mapped_column(String(300), info=label("Tittel"))
    kind: Mapped[AgreementKind] = mapped_column(
        enum_column(AgreementKind), default=AgreementKind.FRAMEWORK, info=label("Avtaletype")
    )
    parent_id: Mapped[str | None] = mapped_column(
        ID, fk("agreement.id"), nullable=True, index=True, info=label("Samarbeidsavtale")
    )
    status: Mapped[AgreementStatus] = mapped_column(
        enum_column(AgreementStatus), default=AgreementStatus.ACTIVE, info=label("Status")
    )
    initiator: Mapped[Initiator | None] = mapped_column(
        enum_column(Initiator), nullable=True, info=label("Initiativtaker")
    )
    purpose: Mapped[str] = mapped_column(Text, default="", info=label("Formål"))
    signed_date: Mapped[date | None] = mapped_column(Date, nullable=True, info=label("Signert"))
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True, info=label("Startdato"))
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True, info=label("Sluttdato"))
    notice_period_months: Mapped[int | None] = mapped_column(
        Integer, nullable=True, info=label("Oppsigelsestid (måneder)")
    )
    evaluation_interval_months: Mapped[int | None] = mapped_column(
        Integer, nullable=True, info=label("Evalueringsintervall (måneder)")
    )
    termination_requested: Mapped[date | None] = mapped_column(
        Date, nullable=True, info=label("Oppsigelse levert")
    )
    termination_effective: Mapped[date | None] = mapped_column(
        Date, nullable=True, info=label("Oppsigelsen gjelder fra")
    )
    termination_reason: Mapped[str] = mapped_column(
        Text, default="", info=label("Begrunnelse for oppsigelse")
    )
    fulfil_after_parent_terminated: Mapped[bool] = mapped_column(
        Boolean, default=True, info=label("Oppfylles selv om samarbeidsavtalen sies opp")
    )
    political_anchoring: Mapped[str] = mapped_column(
        Text, default="", info=label("Politisk forankring")
    )
    political_case_ref: Mapped[str] = mapped_column(
        String(60), default="", info=label("Saksreferanse, politisk vedtak")
    )
    administrative_anchoring: Mapped[str] = mapped_column(
        Text, default="", info=label("Administrativ forankring")
    )
    administrative_case_ref: Mapped[str] = mapped_column(
        String(60), default="", info=label("Saksreferanse, administrativt vedtak")
    )
    archive_case_number: Mapped[str] = mapped_column(
        String(60), default="", info=label("Saksnummer i arkivet")
    )
    responsible_id: Mapped[str | None] = mapped_column(
        ID, fk("person.id"), nullable=True, index=True, info=label("Ansvarlig")
    )
    notes: Mapped[str] = mapped_column(Text, default="", info=label("Merknader"))

    parties: Mapped[list[AgreementParty]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan", lazy="selectin"
    )
    evaluations: Mapped[list[AgreementEvaluation]] = relationship(
        back_populates="agreement",
        cascade="all, delete-orphan",
        lazy="selectin",
        order_by="AgreementEvaluation.evaluated_on",
    )
    contact_group: Mapped[list[ContactGroupMember]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan", lazy="selectin"
    )


class AgreementParty(Tracked, Base):
    __tablename__ = "agreement_party"
    __table_args__ = (UniqueConstraint("agreement_id", "organisation_id"),)
    agreement_id: Mapped[str] = mapped_column(
        ID, fk("agreement.id", "CASCADE"), index=True, info=label("Avtale")
    )
    organisation_id: Mapped[str] = mapped_column(
        ID, fk("organisation.id"), index=True, info=label("Organisasjon")
    )
    role: Mapped[PartyRole] = mapped_column(
        enum_column(PartyRole), default=PartyRole.PARTY, info=label("Rolle")
    )
    agreement: Mapped[Agreement] = relationship(back_populates="parties")


class AgreementEvaluation(Tracked, Base):
    __tablename__ = "agreement_evaluation"
    agreement_id: Mapped[str] = mapped_column(
        ID, fk("agreement.id", "CASCADE"), index=True, info=label("Avtale")
    )
    evaluated_on: Mapped[date] = mapped_column(Date, info=label("Evaluert dato"))
    summary: Mapped[str] = mapped_column(Text, default="", info=label("Oppsummering"))
    follow_up: Mapped[str] = mapped_column(
        Text, default="", info=label("Justeringer og oppfølging")
    )
    agreement: Mapped[Agreement] = relationship(back_populates="evaluations")


class ContactGroupMember(Tracked, Base):
    __tablename__ = "contact_group_member"
    __table_args__ = (UniqueConstraint("agreement_id", "person_id"),)
    agreement_id: Mapped[str] = mapped_column(
        ID, fk("agreement.id", "CASCADE"), index=True, info=label("Avtale")
    )
    person_id: Mapped[str] = mapped_column(ID, fk("person.id"), index=True, info=label("Person"))
    side: Mapped[Side] = mapped_column(
        enum_column(Side), default=Side.MUNICIPALITY, info=label("Side")
    )
    role: Mapped[ContactRole] = mapped_column(
        enum_column(ContactRole), default=ContactRole.MEMBER, info=label("Rolle")
    )
    agreement: Mapped[Agreement] = relationship(back_populates="contact_group")


# --- Projects -------------------------------------------------------------------------------

project_priority_area = Table(
    "project_priority_area",
    Base.metadata,
    Column("project_id", ID, ForeignKey("project.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "priority_area_id",
        ID,
        ForeignKey("priority_area.id", ondelete="RESTRICT"),
        primary_key=True,
    ),
)

project_sdg = Table(
    "project_sdg",
    Base.metadata,
    Column("project_id", ID, ForeignKey("project.id", ondelete="CASCADE"), primary_key=True),
    Column("sdg_id", Integer, ForeignKey("sdg.id", ondelete="RESTRICT"), primary_key=True),
)


class Project(Tracked, Base):
    __tablename__ = "project"
    title: Mapped[str] = mapped_column(String(300), info=label("Tittel"))
    short_name: Mapped[str] = mapped_column(String(60), default="", info=label("Kortnavn"))
    form: Mapped[ProjectForm] = mapped_column(
        enum_column(ProjectForm), default=ProjectForm.OTHER, index=True, info=label("Prosjektform")
    )
    status: Mapped[ProjectStatus] = mapped_column(
        enum_column(ProjectStatus), default=ProjectStatus.IDEA, index=True, info=label("Status")
    )
    service_area_id: Mapped[str | None] = mapped_column(
        ID,
        fk("service_area.id"),
        nullable=True,
        index=True,
        info=label("Prosjekteier (tjenesteområde)"),
    )
    project_manager_id: Mapped[str | None] = mapped_column(
        ID, fk("person.id"), nullable=True, index=True, info=label("Prosjektleder")
    )
    agreement_id: Mapped[str | None] = mapped_column(
        ID, fk("agreement.id"), nullable=True, index=True, info=label("Avtale")
    )
    parent_project_id: Mapped[str | None] = mapped_column(
        ID, fk("project.id"), nullable=True, index=True, info=label("Overordnet prosjekt")
    )
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True, info=label("Startdato"))
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True, info=label("Sluttdato"))
    horizon: Mapped[Horizon] = mapped_column(
        enum_column(Horizon), default=Horizon.SHORT, info=label("Tidsperspektiv")
    )
    rcn_project_number: Mapped[str] = mapped_column(
        String(6), default="", info=label("Prosjektnummer i Forskningsrådet")
    )
    summary: Mapped[str] = mapped_column(Text, default="", info=label("Sammendrag"))
    results: Mapped[str] = mapped_column(Text, default="", info=label("Resultater og erfaringer"))
    notes: Mapped[str] = mapped_column(Text, default="", info=label("Merknader"))
    # PhD details (form = phd)
    phd_candidate_id: Mapped[str | None] = mapped_column(
        ID, fk("person.id"), nullable=True, info=label("Ph.d.-kandidat")
    )
    phd_institution_id: Mapped[str | None] = mapped_column(
        ID, fk("organisation.id"), nullable=True, index=True, info=label("Gradsgivende institusjon")
    )
    phd_position_percent: Mapped[int | None] = mapped_column(
        Integer, nullable=True, info=label("Stillingsandel (%)")
    )
    phd_duration_years: Mapped[int | None] = mapped_column(
        Integer, nullable=True, info=label("Varighet (år)")
    )
    phd_permanently_employed: Mapped[bool] = mapped_column(
        Boolean, default=False, info=label("Kandidaten er fast ansatt i kommunen")
    )
    phd_expected_defence: Mapped[date | None] = mapped_column(
        Date, nullable=True, info=label("Forventet disputas")
    )
    phd_funded_by_project_id: Mapped[str | None] = mapped_column(
        ID, fk("project.id"), nullable=True, index=True, info=label("Finansiert av prosjekt")
    )
    # Education details (form = education)
    edu_programme: Mapped[str] = mapped_column(String(200), default="", info=label("Studieprogram"))
    edu_campus: Mapped[str] = mapped_column(String(200), default="", info=label("Studiested"))
    edu_students_admitted: Mapped[int | None] = mapped_column(
        Integer, nullable=True, info=label("Studenter tatt opp")
    )

    partners: Mapped[list[ProjectPartner]] = relationship(
        back_populates="project", cascade="all, delete-orphan", lazy="selectin"
    )
    supervisors: Mapped[list[Supervisor]] = relationship(
        back_populates="project", cascade="all, delete-orphan", lazy="selectin"
    )
    priority_areas: Mapped[list[PriorityArea]] = relationship(
        secondary=project_priority_area, lazy="selectin", order_by="PriorityArea.sort_order"
    )
    sdgs: Mapped[list[Sdg]] = relationship(
        secondary=project_sdg, lazy="selectin", order_by="Sdg.id"
    )


class ProjectPartner(Tracked, Base):
    __tablename__ = "project_partner"
    __table_args__ = (UniqueConstraint("project_id", "organisation_id"),)
    project_id: Mapped[str] = mapped_column(
        ID, fk("project.id", "CASCADE"), index=True, info=label("Prosjekt")
    )
    organisation_id: Mapped[str] = mapped_column(
        ID, fk("organisation.id"), index=True, info=label("Organisasjon")
    )
    role: Mapped[ProjectPartnerRole] = mapped_column(
        enum_column(ProjectPartnerRole), default=ProjectPartnerRole.PARTNER, info=label("Rolle")
    )
    project: Mapped[Project] = relationship(back_populates="partners")


class Supervisor(Tracked, Base):
    __tablename__ = "supervisor"
    __table_args__ = (UniqueConstraint("project_id", "person_id"),)
    project_id: Mapped[str] = mapped_column(
        ID, fk("project.id", "CASCADE"), index=True, info=label("Prosjekt")
    )
    person_id: Mapped[str] = mapped_column(ID, fk("person.id"), index=True, info=label("Veileder"))
    role: Mapped[SupervisorRole] = mapped_column(
        enum_column(SupervisorRole), default=SupervisorRole.MAIN, info=label("Rolle")
    )
    project: Mapped[Project] = relationship(back_populates="supervisors")


# --- Funding --------------------------------------------------------------------------------


class FundingScheme(Tracked, Base):
    __tablename__ = "funding_scheme"
    funder_id: Mapped[str] = mapped_column(
        ID, fk("organisation.id"), index=True, info=label("Finansiør")
    )
    name: Mapped[str] = mapped_column(String(300), info=label("Ordning"))
    code: Mapped[str] = mapped_column(String(40), unique=True, info=label("Kode"))
    max_support_percent: Mapped[int | None] = mapped_column(
        Integer, nullable=True, info=label("Maksimal støttegrad (%)")
    )
    description: Mapped[str] = mapped_column(Text, default="", info=label("Beskrivelse"))
    active: Mapped[bool] = mapped_column(Boolean, default=True, info=label("Aktiv"))

    templates: Mapped[list[DeadlineTemplate]] = relationship(
        back_populates="scheme",
        cascade="all, delete-orphan",
        lazy="selectin",
        order_by="DeadlineTemplate.sort_order",
    )


class DeadlineTemplate(Tracked, Base):
    """A deadline rule of a funding scheme, kept as data: funders' rules change."""

    __tablename__ = "deadline_template"
    scheme_id: Mapped[str] = mapped_column(
        ID, fk("funding_scheme.id", "CASCADE"), index=True, info=label("Ordning")
    )
    title: Mapped[str] = mapped_column(String(300), info=label("Tittel"))
    kind: Mapped[DeadlineKind] = mapped_column(
        enum_column(DeadlineKind), default=DeadlineKind.OTHER, info=label("Type")
    )
    anchor: Mapped[TemplateAnchor] = mapped_column(
        enum_column(TemplateAnchor), default=TemplateAnchor.START, info=label("Regnes fra")
    )
    # Negative offsets count backwards: -3 months from the end = three months before it.
    offset_months: Mapped[int] = mapped_column(
        Integer, default=0, info=label("Forskyvning (måneder)", signed=True)
    )
    offset_days: Mapped[int] = mapped_column(
        Integer, default=0, info=label("Forskyvning (dager)", signed=True)
    )
    recurrence: Mapped[Recurrence] = mapped_column(
        enum_column(Recurrence), default=Recurrence.NONE, info=label("Gjentas")
    )
    reminder_days: Mapped[int] = mapped_column(
        Integer, default=14, info=label("Varsel (dager før)")
    )
    sort_order: Mapped[int] = mapped_column(Integer, default=0, info=label("Rekkefølge"))
    scheme: Mapped[FundingScheme] = relationship(back_populates="templates")


class FundingLine(Tracked, Base):
    __tablename__ = "funding_line"
    project_id: Mapped[str] = mapped_column(
        ID, fk("project.id", "CASCADE"), index=True, info=label("Prosjekt")
    )
    scheme_id: Mapped[str | None] = mapped_column(
        ID, fk("funding_scheme.id"), nullable=True, index=True, info=label("Ordning")
    )
    funder_id: Mapped[str | None] = mapped_column(
        ID, fk("organisation.id"), nullable=True, index=True, info=label("Finansiør")
    )
    status: Mapped[FundingStatus] = mapped_column(
        enum_column(FundingStatus), default=FundingStatus.PLANNED, info=label("Status")
    )
    external_ref: Mapped[str] = mapped_column(
        String(60), default="", info=label("Ekstern referanse")
    )
    application_date: Mapped[date | None] = mapped_column(
        Date, nullable=True, info=label("Søknad sendt")
    )
    decision_date: Mapped[date | None] = mapped_column(
        Date, nullable=True, info=label("Vedtaksdato")
    )
    applied_amount: Mapped[int | None] = mapped_column(
        Integer, nullable=True, info=label("Søkt beløp (kr)")
    )
    granted_amount: Mapped[int | None] = mapped_column(
        Integer, nullable=True, info=label("Innvilget beløp (kr)")
    )
    total_cost: Mapped[int | None] = mapped_column(
        Integer, nullable=True, info=label("Totalkostnad (kr)")
    )
    own_cash: Mapped[int] = mapped_column(Integer, default=0, info=label("Egenandel, kontant (kr)"))
    own_in_kind: Mapped[int] = mapped_column(
        Integer, default=0, info=label("Egenandel, egeninnsats (kr)")
    )
    notes: Mapped[str] = mapped_column(Text, default="", info=label("Merknader"))

    years: Mapped[list[FundingYear]] = relationship(
        back_populates="funding_line",
        cascade="all, delete-orphan",
        lazy="selectin",
        order_by="FundingYear.year",
    )


class FundingYear(Tracked, Base):
    __tablename__ = "funding_year"
    __table_args__ = (UniqueConstraint("funding_line_id", "year"),)
    funding_line_id: Mapped[str] = mapped_column(
        ID, fk("funding_line.id", "CASCADE"), index=True, info=label("Finansiering")
    )
    year: Mapped[int] = mapped_column(Integer, info=label("År"))
    amount: Mapped[int] = mapped_column(Integer, default=0, info=label("Beløp (kr)"))
    funding_line: Mapped[FundingLine] = relationship(back_populates="years")


class FundAppropriation(Tracked, Base):
    """The research and innovation fund's appropriation for one year."""

    __tablename__ = "fund_appropriation"
    year: Mapped[int] = mapped_column(Integer, unique=True, info=label("År"))
    amount: Mapped[int] = mapped_column(Integer, default=0, info=label("Bevilgning (kr)"))
    notes: Mapped[str] = mapped_column(Text, default="", info=label("Merknader"))


class FundAllocation(Tracked, Base):
    __tablename__ = "fund_allocation"
    project_id: Mapped[str] = mapped_column(
        ID, fk("project.id"), index=True, info=label("Prosjekt")
    )
    year: Mapped[int] = mapped_column(Integer, index=True, info=label("År"))
    amount: Mapped[int] = mapped_column(Integer, info=label("Beløp (kr)"))
    decision_date: Mapped[date | None] = mapped_column(
        Date, nullable=True, info=label("Vedtaksdato")
    )
    decision_ref: Mapped[str] = mapped_column(String(60), default="", info=label("Saksreferanse"))
    override: Mapped[bool] = mapped_column(
        Boolean, default=False, info=label("Overskrider bevilgningen (godkjent)")
    )
    override_reason: Mapped[str] = mapped_column(
        Text, default="", info=label("Begrunnelse for overskridelse")
    )
    notes: Mapped[str] = mapped_column(Text, default="", info=label("Merknader"))


# --- Meetings and deadlines -----------------------------------------------------------------


class Meeting(Tracked, Base):
    __tablename__ = "meeting"
    title: Mapped[str] = mapped_column(String(300), info=label("Tittel"))
    kind: Mapped[MeetingKind] = mapped_column(
        enum_column(MeetingKind), default=MeetingKind.CONTACT_GROUP, info=label("Møtetype")
    )
    status: Mapped[MeetingStatus] = mapped_column(
        enum_column(MeetingStatus), default=MeetingStatus.PLANNED, info=label("Status")
    )
    agreement_id: Mapped[str | None] = mapped_column(
        ID, fk("agreement.id"), nullable=True, index=True, info=label("Avtale")
    )
    project_id: Mapped[str | None] = mapped_column(
        ID, fk("project.id"), nullable=True, index=True, info=label("Prosjekt")
    )
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True, info=label("Tidspunkt"))
    duration_minutes: Mapped[int] = mapped_column(
        Integer, default=60, info=label("Varighet (minutter)")
    )
    place: Mapped[str] = mapped_column(String(300), default="", info=label("Sted"))
    notes: Mapped[str] = mapped_column(Text, default="", info=label("Merknader"))

    participants: Mapped[list[MeetingParticipant]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", lazy="selectin"
    )
    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting",
        cascade="all, delete-orphan",
        lazy="selectin",
        order_by="AgendaItem.position",
    )


class MeetingParticipant(Tracked, Base):
    __tablename__ = "meeting_participant"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)
    meeting_id: Mapped[str] = mapped_column(
        ID, fk("meeting.id", "CASCADE"), index=True, info=label("Møte")
    )
    person_id: Mapped[str] = mapped_column(ID, fk("person.id"), index=True, info=label("Person"))
    invited: Mapped[bool] = mapped_column(Boolean, default=True, info=label("Innkalt"))
    present: Mapped[bool | None] = mapped_column(Boolean, nullable=True, info=label("Til stede"))
    meeting: Mapped[Meeting] = relationship(back_populates="participants")


class AgendaItem(Tracked, Base):
    __tablename__ = "agenda_item"
    meeting_id: Mapped[str] = mapped_column(
        ID, fk("meeting.id", "CASCADE"), index=True, info=label("Møte")
    )
    position: Mapped[int] = mapped_column(Integer, default=0, info=label("Nummer"))
    title: Mapped[str] = mapped_column(String(300), info=label("Sak"))
    description: Mapped[str] = mapped_column(Text, default="", info=label("Beskrivelse"))
    presenter_id: Mapped[str | None] = mapped_column(
        ID, fk("person.id"), nullable=True, info=label("Innleder")
    )
    duration_minutes: Mapped[int] = mapped_column(
        Integer, default=10, info=label("Varighet (minutter)")
    )
    minutes: Mapped[str] = mapped_column(Text, default="", info=label("Referat"))
    meeting: Mapped[Meeting] = relationship(back_populates="agenda")
    outcomes: Mapped[list[Outcome]] = relationship(
        back_populates="agenda_item", cascade="all, delete-orphan", lazy="selectin"
    )


class Outcome(Tracked, Base):
    __tablename__ = "outcome"
    agenda_item_id: Mapped[str] = mapped_column(
        ID, fk("agenda_item.id", "CASCADE"), index=True, info=label("Sak")
    )
    kind: Mapped[OutcomeKind] = mapped_column(
        enum_column(OutcomeKind), default=OutcomeKind.INFORMATION, info=label("Type")
    )
    text: Mapped[str] = mapped_column(Text, info=label("Tekst"))
    responsible_id: Mapped[str | None] = mapped_column(
        ID, fk("person.id"), nullable=True, info=label("Ansvarlig")
    )
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True, info=label("Frist"))
    deadline_id: Mapped[str | None] = mapped_column(
        ID, fk("deadline.id", "SET NULL"), nullable=True, info=label("Frist i fristlisten")
    )
    agenda_item: Mapped[AgendaItem] = relationship(back_populates="outcomes")


class Deadline(Tracked, Base):
    __tablename__ = "deadline"
    title: Mapped[str] = mapped_column(String(300), info=label("Tittel"))
    kind: Mapped[DeadlineKind] = mapped_column(
        enum_column(DeadlineKind), default=DeadlineKind.OTHER, index=True, info=label("Type")
    )
    due_date: Mapped[date] = mapped_column(Date, index=True, info=label("Frist"))
    status: Mapped[DeadlineStatus] = mapped_column(
        enum_column(DeadlineStatus), default=DeadlineStatus.OPEN, index=True, info=label("Status")
    )
    done_date: Mapped[date | None] = mapped_column(Date, nullable=True, info=label("Utført dato"))
    responsible_id: Mapped[str | None] = mapped_column(
        ID, fk("person.id"), nullable=True, index=True, info=label("Ansvarlig")
    )
    agreement_id: Mapped[str | None] = mapped_column(
        ID, fk("agreement.id", "CASCADE"), nullable=True, index=True, info=label("Avtale")
    )
    project_id: Mapped[str | None] = mapped_column(
        ID, fk("project.id", "CASCADE"), nullable=True, index=True, info=label("Prosjekt")
    )
    funding_line_id: Mapped[str | None] = mapped_column(
        ID, fk("funding_line.id", "SET NULL"), nullable=True, index=True, info=label("Finansiering")
    )
    meeting_id: Mapped[str | None] = mapped_column(
        ID, fk("meeting.id", "SET NULL"), nullable=True, index=True, info=label("Møte")
    )
    template_id: Mapped[str | None] = mapped_column(
        ID, fk("deadline_template.id", "SET NULL"), nullable=True, info=label("Fristmal")
    )
    reminder_days: Mapped[int] = mapped_column(
        Integer, default=14, info=label("Varsel (dager før)")
    )
    recurrence: Mapped[Recurrence] = mapped_column(
        enum_column(Recurrence), default=Recurrence.NONE, info=label("Gjentas")
    )
    recurrence_until: Mapped[date | None] = mapped_column(
        Date, nullable=True, info=label("Gjentas til")
    )
    notes: Mapped[str] = mapped_column(Text, default="", info=label("Merknader"))


# --- Lessons learned and documents ----------------------------------------------------------

lesson_agreement = Table(
    "lesson_agreement",
    Base.metadata,
    Column("lesson_id", ID, ForeignKey("lesson.id", ondelete="CASCADE"), primary_key=True),
    Column("agreement_id", ID, ForeignKey("agreement.id", ondelete="CASCADE"), primary_key=True),
)

lesson_project = Table(
    "lesson_project",
    Base.metadata,
    Column("lesson_id", ID, ForeignKey("lesson.id", ondelete="CASCADE"), primary_key=True),
    Column("project_id", ID, ForeignKey("project.id", ondelete="CASCADE"), primary_key=True),
)


class Lesson(Tracked, Base):
    __tablename__ = "lesson"
    title: Mapped[str] = mapped_column(String(300), info=label("Læringspunkt"))
    description: Mapped[str] = mapped_column(Text, default="", info=label("Beskrivelse"))
    recorded_on: Mapped[date | None] = mapped_column(Date, nullable=True, info=label("Registrert"))
    agreements: Mapped[list[Agreement]] = relationship(secondary=lesson_agreement, lazy="selectin")
    projects: Mapped[list[Project]] = relationship(secondary=lesson_project, lazy="selectin")


class DocumentRef(Tracked, Base):
    __tablename__ = "document_ref"
    title: Mapped[str] = mapped_column(String(300), info=label("Tittel"))
    location: Mapped[str] = mapped_column(
        String(1000), default="", info=label("Filsti eller nettadresse")
    )
    archive_ref: Mapped[str] = mapped_column(String(60), default="", info=label("Arkivreferanse"))
    agreement_id: Mapped[str | None] = mapped_column(
        ID, fk("agreement.id", "CASCADE"), nullable=True, index=True, info=label("Avtale")
    )
    project_id: Mapped[str | None] = mapped_column(
        ID, fk("project.id", "CASCADE"), nullable=True, index=True, info=label("Prosjekt")
    )
    meeting_id: Mapped[str | None] = mapped_column(
        ID, fk("meeting.id", "CASCADE"), nullable=True, index=True, info=label("Møte")
    )
    notes: Mapped[str] = mapped_column(Text, default="", info=label("Merknader"))


# --- History --------------------------------------------------------------------------------


class ChangeLog(Base):
    """One changed field of one row: who, when, old and new value (as text)."""

    __tablename__ = "change_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(
        DateTime, default=utcnow, index=True, info=label("Tidspunkt")
    )
    user: Mapped[str] = mapped_column(String(100), default="", info=label("Bruker"))
    entity: Mapped[str] = mapped_column(String(60), index=True, info=label("Type"))
    row_id: Mapped[str] = mapped_column(String(36), index=True, info=label("Rad"))
    action: Mapped[ChangeAction] = mapped_column(enum_column(ChangeAction), info=label("Handling"))
    field: Mapped[str] = mapped_column(String(60), default="", info=label("Felt"))
    old_value: Mapped[str | None] = mapped_column(Text, nullable=True, info=label("Gammel verdi"))
    new_value: Mapped[str | None] = mapped_column(Text, nullable=True, info=label("Ny verdi"))
