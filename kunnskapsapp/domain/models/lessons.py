"""Lessons learned and references to documents."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Column,
    Date,
    ForeignKey,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kunnskapsapp.domain.base import Base, Tracked, label
from kunnskapsapp.domain.models._common import ID, fk
from kunnskapsapp.domain.models.agreements import Agreement
from kunnskapsapp.domain.models.projects import Project

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
