"""Projects, their partners and supervisors, and their links to priority areas and goals."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kunnskapsapp.domain.base import Base, Tracked, enum_column, label
from kunnskapsapp.domain.enums import (
    Horizon,
    ProjectForm,
    ProjectPartnerRole,
    ProjectStatus,
    SupervisorRole,
)
from kunnskapsapp.domain.models._common import ID, fk
from kunnskapsapp.domain.models.reference_data import PriorityArea, Sdg

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
