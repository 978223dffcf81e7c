"""Organisations and the people the unit works with (with the basis for holding their data)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Date,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from kunnskapsapp.domain.base import Base, Tracked, enum_column, label
from kunnskapsapp.domain.enums import (
    LegalBasis,
    OrganisationKind,
)
from kunnskapsapp.domain.models._common import ID, fk


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
