"""Agreements: framework and project agreements, their parties, evaluations and contact group."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    Date,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kunnskapsapp.domain.base import Base, Tracked, enum_column, label
from kunnskapsapp.domain.enums import (
    AgreementKind,
    AgreementStatus,
    ContactRole,
    Initiator,
    PartyRole,
    Side,
)
from kunnskapsapp.domain.models._common import ID, fk


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
