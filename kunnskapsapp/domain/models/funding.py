"""Funding: schemes and their deadline templates, funding lines with their years, the fund."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    Date,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kunnskapsapp.domain.base import Base, Tracked, enum_column, label
from kunnskapsapp.domain.enums import (
    DeadlineKind,
    FundingStatus,
    Recurrence,
    TemplateAnchor,
)
from kunnskapsapp.domain.models._common import ID, fk


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
    # Year and amount together: each year's sum (the fund page, the dashboard, the budget
    # plan) is read from the index alone, not from every allocation's row.
    __table_args__ = (Index("ix_fund_allocation_year_amount", "year", "amount"),)
    project_id: Mapped[str] = mapped_column(
        ID, fk("project.id"), index=True, info=label("Prosjekt")
    )
    year: Mapped[int] = mapped_column(Integer, info=label("År"))
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
