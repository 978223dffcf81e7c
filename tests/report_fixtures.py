"""A small portfolio for the report tests, with Norwegian letters everywhere, and a hostile
variant that puts markup, entities, emoji, right-to-left text and a 10 000-character note
into every text field a report prints."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from kunnskapsapp.domain import models as m
from kunnskapsapp.domain.enums import (
    AgreementKind,
    AgreementStatus,
    ContactRole,
    DeadlineKind,
    DeadlineStatus,
    FundingStatus,
    MeetingKind,
    MeetingStatus,
    OrganisationKind,
    OutcomeKind,
    ProjectForm,
    ProjectPartnerRole,
    ProjectStatus,
    Side,
    SupervisorRole,
)
from kunnskapsapp.domain.reference import (
    FUNDER_RCN,
    FUNDER_RFF_HOVEDSTADEN,
    PRIORITY_SERVICES,
    PROFILE_ID,
    SCHEME_IPO,
    SCHEME_OFFPHD,
    SCHEME_RFF,
)

TODAY = date(2025, 3, 10)  # a Monday
MEETING_AT = datetime(2025, 3, 12, 9, 0)

HOSTILE = [
    "<b>unclosed",
    "&nbsp; &amp; &lt;",
    "<script>alert('x')</script>",
    "emoji 😀🎉",
    "עברית ועוד",  # right-to-left
    "العربية",
    "<para><font size=40>",
    "]]> \\ ` ${x} %s {0}",
]
LONG_NOTE = ("Lang merknad om æøå ÆØÅ. " * 420)[:10_000]


def hostile(label: str, i: int = 0) -> str:
    """A label with hostile text around it, so the label itself can still be found."""
    return f"{label} {HOSTILE[i % len(HOSTILE)]} {HOSTILE[(i + 3) % len(HOSTILE)]}"


@dataclass
class Portfolio:
    meeting_id: str
    previous_meeting_id: str
    framework_id: str
    project_ids: list[str]
    phd_id: str
    innovation_id: str
    texts: dict[str, str] = field(default_factory=dict)


def logo_png() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (120, 90), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((10, 10, 110, 80), fill=(29, 79, 115))
    draw.ellipse((40, 25, 80, 65), fill=(224, 138, 30))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def build(db: Any, *, hostile_text: bool = False, long_fields: bool = True) -> Portfolio:
    """Fill `db` with a framework agreement, its projects, funding, fund, deadlines, two
    meetings and lessons. With `hostile_text`, every printed text field is hostile;
    `long_fields` puts the 10 000-character note into free-text fields too."""

    counter = {"n": 0}

    def t(label: str, limit: int = 300) -> str:
        if not hostile_text:
            return label
        counter["n"] += 1
        return hostile(label, counter["n"])[:limit]

    def long(label: str) -> str:
        if hostile_text and long_fields:
            return f"{t(label)}\n\n{LONG_NOTE}"
        return t(label, 10_000)

    with db.session() as s:
        profile = s.get(m.MunicipalityProfile, PROFILE_ID)
        profile.name = t("Bærum kommune", 200)
        profile.unit_name = t("Utvikling og digitalisering", 200)
        profile.logo = logo_png()
        profile.logo_mime = "image/png"

        ntnu = m.Organisation(
            name=t("Norges teknisk-naturvitenskapelige universitet"),
            short_name=t("NTNU", 60),
            kind=OrganisationKind.UNIVERSITY,
        )
        vid = m.Organisation(
            name="VID vitenskapelige høgskole", short_name="VID", kind=OrganisationKind.COLLEGE
        )
        toi = m.Organisation(
            name="Transportøkonomisk institutt",
            short_name="TØI",
            kind=OrganisationKind.INSTITUTE,
        )
        s.add_all([ntnu, vid, toi])
        area = m.ServiceArea(name=t("Helse og omsorg", 200), short_name="")
        school = m.ServiceArea(name="Skole", short_name="")
        s.add_all([area, school])
        s.flush()
        people = {
            key: m.Person(name=t(name, 200), organisation_id=org)
            for key, name, org in [
                ("leder", "Åse Ødegård", None),
                ("sekr", "Øystein Ærø", None),
                ("prof", "Professor Åsmund Lærum", ntnu.id),
                ("kand", "Kari Nordmann", None),
                ("pl", "Per Ås", None),
            ]
        }
        s.add_all(people.values())
        s.flush()

        framework = m.Agreement(
            title=t("Samarbeidsavtale NTNU – Bærum kommune"),
            kind=AgreementKind.FRAMEWORK,
            status=AgreementStatus.ACTIVE,
            purpose=long("Forskning, innovasjon og utdanning"),
            signed_date=date(2019, 5, 1),
            start_date=date(2019, 6, 1),
            notice_period_months=6,
            evaluation_interval_months=24,
            responsible_id=people["leder"].id,
            archive_case_number=t("19/01234", 60),
        )
        s.add(framework)
        s.flush()
        framework.parties.append(m.AgreementParty(organisation_id=ntnu.id))
        framework.evaluations.append(
            m.AgreementEvaluation(evaluated_on=date(2023, 6, 1), summary=t("Bra"))
        )
        framework.contact_group.extend(
            [
                m.ContactGroupMember(
                    person_id=people["leder"].id,
                    side=Side.MUNICIPALITY,
                    role=ContactRole.LEADERSHIP,
                ),
                m.ContactGroupMember(
                    person_id=people["sekr"].id,
                    side=Side.MUNICIPALITY,
                    role=ContactRole.SECRETARY,
                ),
                m.ContactGroupMember(
                    person_id=people["prof"].id, side=Side.PARTNER, role=ContactRole.LEADERSHIP
                ),
            ]
        )
        project_agreement = m.Agreement(
            title=t("Prosjektavtale «Velferdsteknologi i hjemmetjenesten»"),
            kind=AgreementKind.PROJECT,
            parent_id=framework.id,
            status=AgreementStatus.ACTIVE,
            start_date=date(2021, 1, 1),
            end_date=date(2026, 12, 31),
        )
        terminated = m.Agreement(
            title=t("Samarbeidsavtale VID (oppsagt)"),
            kind=AgreementKind.FRAMEWORK,
            status=AgreementStatus.TERMINATED,
            start_date=date(2019, 1, 1),
            evaluation_interval_months=24,
            termination_requested=date(2024, 6, 1),
            termination_effective=date(2024, 12, 1),
            termination_reason=t("Omlegging av samarbeidet"),
        )
        s.add_all([project_agreement, terminated])
        s.flush()
        survivor = m.Agreement(
            title=t("Prosjektavtale vernepleie, Sandvika"),
            kind=AgreementKind.PROJECT,
            parent_id=terminated.id,
            status=AgreementStatus.ACTIVE,
            start_date=date(2022, 8, 1),
            end_date=date(2026, 6, 30),
            fulfil_after_parent_terminated=True,
        )
        s.add(survivor)
        s.flush()

        phd = m.Project(
            title=t("Ph.d. om læring i skolen – Ørsta og Åsane"),
            short_name="",
            form=ProjectForm.PHD,
            status=ProjectStatus.ONGOING,
            service_area_id=school.id,
            project_manager_id=people["pl"].id,
            agreement_id=framework.id,
            start_date=date(2021, 8, 1),
            end_date=date(2025, 7, 31),
            summary=long("Sammendrag"),
            results=long("Resultater"),
            notes=long("Merknad"),
            phd_candidate_id=people["kand"].id,
            phd_institution_id=ntnu.id,
            phd_position_percent=100,
            phd_duration_years=4,
            phd_permanently_employed=True,
            rcn_project_number="123456",
        )
        innovation = m.Project(
            title=t("Velferdsteknologi i hjemmetjenesten"),
            form=ProjectForm.INNOVATION,
            status=ProjectStatus.ONGOING,
            service_area_id=area.id,
            project_manager_id=people["pl"].id,
            agreement_id=project_agreement.id,
            start_date=date(2021, 1, 1),
            end_date=date(2026, 12, 31),
            summary=t("Innovasjon i helse og omsorg", 10_000),
        )
        education = m.Project(
            title=t("Deltidsbachelor i vernepleie"),
            form=ProjectForm.EDUCATION,
            status=ProjectStatus.ONGOING,
            service_area_id=area.id,
            agreement_id=survivor.id,
            start_date=date(2021, 8, 1),
            edu_programme=t("Vernepleie", 200),
            edu_campus=t("Sandvika", 200),
            edu_students_admitted=70,
        )
        s.add_all([phd, innovation, education])
        s.flush()
        phd.phd_funded_by_project_id = innovation.id
        phd.partners.append(
            m.ProjectPartner(organisation_id=ntnu.id, role=ProjectPartnerRole.DEGREE_INSTITUTION)
        )
        phd.supervisors.append(m.Supervisor(person_id=people["prof"].id, role=SupervisorRole.MAIN))
        innovation.partners.extend(
            [
                m.ProjectPartner(organisation_id=ntnu.id, role=ProjectPartnerRole.RESEARCH_PARTNER),
                m.ProjectPartner(organisation_id=toi.id, role=ProjectPartnerRole.RESEARCH_PARTNER),
            ]
        )
        education.partners.append(
            m.ProjectPartner(organisation_id=vid.id, role=ProjectPartnerRole.PARTNER)
        )
        s.flush()
        s.execute(
            m.project_priority_area.insert(),
            [{"project_id": innovation.id, "priority_area_id": PRIORITY_SERVICES}],
        )
        s.execute(
            m.project_sdg.insert(),
            [{"project_id": innovation.id, "sdg_id": 3}, {"project_id": phd.id, "sdg_id": 4}],
        )

        offphd = m.FundingLine(
            project_id=phd.id,
            scheme_id=SCHEME_OFFPHD,
            funder_id=FUNDER_RCN,
            status=FundingStatus.GRANTED,
            external_ref=t("321654", 60),
            applied_amount=2_600_000,
            granted_amount=2_500_000,
            total_cost=4_000_000,  # 62,5 % > 50 %: over the scheme's maximum
            own_cash=500_000,
            own_in_kind=1_000_000,
            decision_date=date(2021, 6, 15),
            notes=t("Finansieringsnotat"),
        )
        offphd.years.extend(
            [m.FundingYear(year=y, amount=625_000) for y in (2021, 2022, 2023, 2024)]
        )
        ipo = m.FundingLine(
            project_id=innovation.id,
            scheme_id=SCHEME_IPO,
            funder_id=FUNDER_RCN,
            status=FundingStatus.GRANTED,
            granted_amount=12_000_000,
            total_cost=20_000_000,
            own_cash=2_000_000,
            own_in_kind=3_000_000,
            decision_date=date(2020, 12, 1),
        )
        ipo.years.extend([m.FundingYear(year=y, amount=3_000_000) for y in range(2021, 2025)])
        rff = m.FundingLine(
            project_id=innovation.id,
            scheme_id=SCHEME_RFF,
            funder_id=FUNDER_RFF_HOVEDSTADEN,
            status=FundingStatus.APPLIED,
            applied_amount=1_000_000,
        )
        s.add_all([offphd, ipo, rff])

        for year, amount in [(2017, 1_000_000), (2024, 2_000_000), (2025, 2_000_000)]:
            s.add(m.FundAppropriation(year=year, amount=amount, notes=t("Bevilgning")))
        s.add_all(
            [
                m.FundAllocation(
                    project_id=phd.id,
                    year=2025,
                    amount=1_250_000,
                    decision_date=date(2025, 1, 20),
                    decision_ref=t("25/00042", 60),
                ),
                m.FundAllocation(
                    project_id=innovation.id,
                    year=2025,
                    amount=1_000_000,
                    decision_date=date(2025, 1, 20),
                    override=True,
                    override_reason=t("Vedtatt i formannskapet"),
                ),
                m.FundAllocation(project_id=innovation.id, year=2026, amount=400_000),
            ]
        )

        def deadline(title: str, due: date, **kw: Any) -> m.Deadline:
            d = m.Deadline(
                title=t(title),
                due_date=due,
                responsible_id=people["sekr"].id,
                notes=t("Fristnotat"),
                **kw,
            )
            s.add(d)
            return d

        deadline(
            "Framdriftsrapport til Forskningsrådet",
            TODAY - timedelta(days=5),
            kind=DeadlineKind.PROGRESS_REPORT,
            project_id=phd.id,
        )
        deadline(
            "Evaluering av samarbeidsavtalen",
            TODAY + timedelta(days=20),
            kind=DeadlineKind.EVALUATION,
            agreement_id=framework.id,
        )
        deadline(
            "Samarbeidsmøte (kandidat, veiledere og arbeidsgiver)",
            date(2025, 5, 17),  # Grunnlovsdag
            kind=DeadlineKind.COLLABORATION_MEETING,
            project_id=phd.id,
        )
        deadline(
            "Sluttrapport levert",
            TODAY - timedelta(days=30),
            kind=DeadlineKind.FINAL_REPORT,
            project_id=innovation.id,
            status=DeadlineStatus.DONE,
            done_date=TODAY - timedelta(days=31),
        )
        deadline(
            "Regnskap for 2025 (langt fram)",
            TODAY + timedelta(days=200),
            kind=DeadlineKind.ACCOUNTS,
            project_id=innovation.id,
        )
        s.flush()

        previous = m.Meeting(
            title=t("Kontaktgruppemøte NTNU, høst"),
            kind=MeetingKind.CONTACT_GROUP,
            status=MeetingStatus.HELD,
            agreement_id=framework.id,
            starts_at=datetime(2024, 10, 10, 13, 0),
            duration_minutes=90,
            place=t("Rådhuset"),
        )
        s.add(previous)
        s.flush()
        old_item = m.AgendaItem(
            meeting_id=previous.id, position=0, title=t("Status i prosjektene"), duration_minutes=30
        )
        s.add(old_item)
        s.flush()
        action_deadline = deadline(
            "Sende utkast til ny avtaletekst",
            date(2024, 12, 1),
            kind=DeadlineKind.FOLLOW_UP,
            agreement_id=framework.id,
            meeting_id=previous.id,
        )
        done_deadline = deadline(
            "Invitere til fagdag",
            date(2024, 11, 1),
            kind=DeadlineKind.FOLLOW_UP,
            agreement_id=framework.id,
            meeting_id=previous.id,
            status=DeadlineStatus.DONE,
            done_date=date(2024, 10, 30),
        )
        s.flush()
        s.add_all(
            [
                m.Outcome(
                    agenda_item_id=old_item.id,
                    kind=OutcomeKind.ACTION,
                    text=t("Sende utkast til ny avtaletekst"),
                    responsible_id=people["leder"].id,
                    due_date=date(2024, 12, 1),
                    deadline_id=action_deadline.id,
                ),
                m.Outcome(
                    agenda_item_id=old_item.id,
                    kind=OutcomeKind.ACTION,
                    text=t("Invitere til fagdag"),
                    responsible_id=people["sekr"].id,
                    deadline_id=done_deadline.id,
                ),
                m.Outcome(
                    agenda_item_id=old_item.id,
                    kind=OutcomeKind.DECISION,
                    text=t("Kontaktgruppen slutter seg til planen"),
                ),
            ]
        )

        meeting = m.Meeting(
            title=t("Kontaktgruppemøte NTNU – Bærum, vår 2025"),
            kind=MeetingKind.CONTACT_GROUP,
            status=MeetingStatus.PLANNED,
            agreement_id=framework.id,
            starts_at=MEETING_AT,
            duration_minutes=60,
            place=t("Bærum rådhus, møterom Kalvøya"),
            notes=long("Møtenotat"),
        )
        s.add(meeting)
        s.flush()
        for person, present in [
            (people["leder"], True),
            (people["sekr"], True),
            (people["prof"], False),
        ]:
            s.add(
                m.MeetingParticipant(
                    meeting_id=meeting.id, person_id=person.id, invited=True, present=present
                )
            )
        items = [
            m.AgendaItem(
                meeting_id=meeting.id,
                position=i,
                title=t(title),
                description=long(description) if i == 0 else t(description, 10_000),
                presenter_id=people[presenter].id,
                duration_minutes=minutes,
                minutes=t(minutes_text, 10_000),
            )
            for i, (title, description, presenter, minutes, minutes_text) in enumerate(
                [
                    (
                        "Godkjenning av innkalling",
                        "Innkalling og saksliste",
                        "leder",
                        5,
                        "Godkjent",
                    ),
                    (
                        "Status for ph.d.-prosjektene",
                        "Kort status fra hver kandidat",
                        "prof",
                        30,
                        "Alle kandidater er i rute",
                    ),
                    ("Evaluering av avtalen", "Opplegg for evalueringen", "sekr", 40, "Drøftet"),
                ]
            )
        ]
        s.add_all(items)
        s.flush()
        s.add_all(
            [
                m.Outcome(
                    agenda_item_id=items[2].id,
                    kind=OutcomeKind.DECISION,
                    text=t("Evalueringen gjennomføres innen juni"),
                ),
                m.Outcome(
                    agenda_item_id=items[2].id,
                    kind=OutcomeKind.ACTION,
                    text=t("Lage spørreskjema til evalueringen"),
                    responsible_id=people["sekr"].id,
                    due_date=date(2025, 4, 1),
                ),
            ]
        )
        lesson = m.Lesson(
            title=t("Samarbeid krever ressurser til oppfølging"),
            description=long("Erfaring fra kontaktgruppen"),
            recorded_on=date(2023, 6, 1),
        )
        lesson.agreements.append(framework)
        lesson.projects.append(phd)
        s.add(lesson)
        s.flush()
        return Portfolio(
            meeting_id=meeting.id,
            previous_meeting_id=previous.id,
            framework_id=framework.id,
            project_ids=[phd.id, innovation.id, education.id],
            phd_id=phd.id,
            innovation_id=innovation.id,
        )
