"""The municipality's profile, its service areas, the partner organisations and the people."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from kunnskapsapp.domain import reference
from kunnskapsapp.domain.enums import ChangeAction, LegalBasis, OrganisationKind
from kunnskapsapp.domain.models import (
    ChangeLog,
    MunicipalityProfile,
    Organisation,
    Person,
    ServiceArea,
)
from kunnskapsapp.domain.rules import add_months, valid_org_number
from kunnskapsapp.services.demo.builder import Builder
from kunnskapsapp.services.demo.common import DEMO_USER, REGISTERED, code, demo_id


def build_profile(b: Builder) -> None:
    data = b.src["profile"]
    if not valid_org_number(data["org_number"]):
        raise ValueError("Kommunens organisasjonsnummer i demodataene er ugyldig")
    profile = b.s.get(MunicipalityProfile, reference.PROFILE_ID)
    if profile is None:
        profile = MunicipalityProfile(id=reference.PROFILE_ID)
        b.s.add(profile)
    changes = {
        "name": data["name"],
        "unit_name": data["unit_name"],
        "org_number": data["org_number"],
        "address": data.get("address", ""),
    }
    stamp = datetime.combine(min(REGISTERED, b.today), time(8, 0))
    for name, value in changes.items():
        old = getattr(profile, name)
        setattr(profile, name, value)
        b.s.add(
            ChangeLog(
                at=stamp,
                user=DEMO_USER,
                entity="municipality_profile",
                row_id=reference.PROFILE_ID,
                action=ChangeAction.UPDATE,
                field=name,
                old_value=old or None,
                new_value=value,
            )
        )
    profile.updated_at = stamp
    profile.updated_by = DEMO_USER


def build_service_areas(b: Builder) -> None:
    for data in b.src["service_areas"]:
        area = ServiceArea(
            id=demo_id("service_area", data["key"]),
            name=data["name"],
            short_name=data.get("short_name", ""),
            active=True,
        )
        b.areas[data["key"]] = b.add(area, REGISTERED).id


def build_organisations(b: Builder) -> None:
    for data in b.src["organisations"]:
        key = data["key"]
        b.org_mail[key] = data.get("mail", "")
        if "reference" in data:
            b.orgs[key] = getattr(reference, data["reference"])
            continue
        number = data.get("org_number")
        if number and not valid_org_number(number):
            raise ValueError(f"Ugyldig organisasjonsnummer i demodataene: {number}")
        kind = code(OrganisationKind, data["kind"])
        texts = {name: data.get(name, "") for name in ("short_name", "website", "notes")}
        org = b.row(
            Organisation, key, REGISTERED, name=data["name"], kind=kind, org_number=number, **texts
        )
        b.orgs[key] = org.id


def build_people(b: Builder) -> None:
    gdpr = b.src["gdpr"]
    for index, data in enumerate(b.src["people"]):
        rules = gdpr[data["role"]]
        confirmed = max(date(2019, 1, 15), b.today - timedelta(days=20 + (index * 37) % 300))
        confirmed = min(confirmed, b.today)
        domain = b.org_mail.get(data["org"]) or "baerum.example"
        person = Person(
            id=demo_id("person", data["key"]),
            name=data["name"],
            organisation_id=b.orgs[data["org"]],
            title=data.get("title", ""),
            email=_email(data["name"], domain),
            phone="67 50 40 50" if data["org"] == "baerum" else "",
            purpose=rules["purpose"],
            legal_basis=code(LegalBasis, rules["legal_basis"]),
            source=rules["source"],
            last_confirmed=confirmed,
            delete_after=add_months(confirmed, 36),
            notes="",
        )
        b.people[data["key"]] = b.add(person, date(2019, 1, 15), confirmed)


def _email(name: str, domain: str) -> str:
    local = name.lower()
    for a, c in (("æ", "ae"), ("ø", "o"), ("å", "a"), ("é", "e"), ("ö", "o"), ("ü", "u")):
        local = local.replace(a, c)
    local = re.sub(r"[^a-z0-9]+", ".", local).strip(".")
    return f"{local}@{domain}"
