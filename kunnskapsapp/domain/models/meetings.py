"""Meetings with participants, agenda items and outcomes; the deadlines."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kunnskapsapp.domain.base import Base, Tracked, enum_column, label
from kunnskapsapp.domain.enums import (
    DeadlineKind,
    DeadlineStatus,
    MeetingKind,
    MeetingStatus,
    OutcomeKind,
    Recurrence,
)
from kunnskapsapp.domain.models._common import ID, fk


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
