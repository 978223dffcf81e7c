"""Reference data: the UN goals, the priority areas, the service areas and the municipality's
own profile."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from kunnskapsapp.domain.base import Base, Tracked, label


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
