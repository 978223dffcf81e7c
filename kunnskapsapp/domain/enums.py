"""The closed vocabularies of the domain, each value with its Norwegian label.

Values are stored as their lowercase code (portable between SQLite and PostgreSQL and stable
in exports); labels are what users read in forms and reports.
"""

from __future__ import annotations

import enum


class LabelledEnum(str, enum.Enum):
    """A string enum whose members carry a Norwegian label."""

    label: str

    def __new__(cls, value: str, label: str) -> LabelledEnum:
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj

    def __str__(self) -> str:
        return self.value

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(m.value, m.label) for m in cls]

    @classmethod
    def parse(cls, value: str) -> LabelledEnum:
        """A member from its code or its Norwegian label (case-insensitive)."""
        text = value.strip().lower()
        for member in cls:
            if text in (member.value, member.label.lower()):
                return member
        raise ValueError(value)


class OrganisationKind(LabelledEnum):
    UNIVERSITY = ("university", "Universitet")
    COLLEGE = ("college", "Høgskole")
    INSTITUTE = ("institute", "Forskningsinstitutt")
    CLUSTER = ("cluster", "Næringsklynge")
    ASSOCIATION = ("association", "Forening")
    FUNDER = ("funder", "Finansiør")
    COMPANY = ("company", "Bedrift")
    PUBLIC = ("public", "Offentlig virksomhet")
    MUNICIPAL_UNIT = ("municipal_unit", "Kommunal enhet")
    OTHER = ("other", "Annet")

    @property
    def is_research_partner(self) -> bool:
        return self in (
            OrganisationKind.UNIVERSITY,
            OrganisationKind.COLLEGE,
            OrganisationKind.INSTITUTE,
        )


class LegalBasis(LabelledEnum):
    """GDPR art. 6 legal bases for holding a person's data."""

    CONSENT = ("consent", "Samtykke")
    CONTRACT = ("contract", "Avtale")
    LEGAL_OBLIGATION = ("legal_obligation", "Rettslig forpliktelse")
    PUBLIC_TASK = ("public_task", "Offentlig myndighetsutøvelse / allmennhetens interesse")
    LEGITIMATE_INTEREST = ("legitimate_interest", "Berettiget interesse")


class AgreementKind(LabelledEnum):
    FRAMEWORK = ("framework", "Samarbeidsavtale")
    PROJECT = ("project", "Prosjektavtale")
    PARTNERSHIP = ("partnership", "Partnerskap")
    MEMBERSHIP = ("membership", "Medlemskap")
    EDUCATION = ("education", "Utdanningsavtale")
    OTHER = ("other", "Annen avtale")


class AgreementStatus(LabelledEnum):
    DRAFT = ("draft", "Under utarbeidelse")
    ACTIVE = ("active", "Aktiv")
    TERMINATED = ("terminated", "Sagt opp")
    EXPIRED = ("expired", "Utløpt")


class Initiator(LabelledEnum):
    MUNICIPALITY = ("municipality", "Kommunen")
    PARTNER = ("partner", "Partneren")
    MUTUAL = ("mutual", "Gjensidig")


class PartyRole(LabelledEnum):
    PARTY = ("party", "Avtalepart")
    COORDINATOR = ("coordinator", "Koordinator")
    FUNDER = ("funder", "Finansiør")
    OTHER = ("other", "Annen rolle")


class Side(LabelledEnum):
    MUNICIPALITY = ("municipality", "Kommunen")
    PARTNER = ("partner", "Partneren")


class ContactRole(LabelledEnum):
    LEADERSHIP = ("leadership", "Ledelsesrepresentant")
    SECRETARY = ("secretary", "Sekretær")
    MEMBER = ("member", "Medlem")


class ProjectForm(LabelledEnum):
    PHD = ("phd", "Ph.d.-prosjekt")
    INNOVATION = ("innovation", "Innovasjonsprosjekt")
    EDUCATION = ("education", "Utdanningstilbud")
    MASTER = ("master", "Masteroppgave")
    PILOT = ("pilot", "Forprosjekt")
    OTHER = ("other", "Annet")

    @property
    def has_supervisors(self) -> bool:
        """A PhD project has supervisors (hovedveileder, medveiledere); the other forms not."""
        return self is ProjectForm.PHD


class ProjectStatus(LabelledEnum):
    IDEA = ("idea", "Idé")
    APPLICATION = ("application", "Søknad")
    ONGOING = ("ongoing", "Pågående")
    COMPLETED = ("completed", "Avsluttet")
    REJECTED = ("rejected", "Avslått")
    CANCELLED = ("cancelled", "Avbrutt")


class Horizon(LabelledEnum):
    SHORT = ("short", "Kortsiktig (budsjettplan, 4 år)")
    LONG = ("long", "Langsiktig (kommuneplan, 20 år)")


class ProjectPartnerRole(LabelledEnum):
    RESEARCH_PARTNER = ("research_partner", "Forskningspartner")
    DEGREE_INSTITUTION = ("degree_institution", "Gradsgivende institusjon")
    PARTNER = ("partner", "Samarbeidspartner")
    FUNDER = ("funder", "Finansiør")
    OTHER = ("other", "Annen rolle")


class SupervisorRole(LabelledEnum):
    MAIN = ("main", "Hovedveileder")
    CO = ("co", "Medveileder")


class FundingStatus(LabelledEnum):
    PLANNED = ("planned", "Planlagt")
    APPLIED = ("applied", "Søkt")
    GRANTED = ("granted", "Innvilget")
    REJECTED = ("rejected", "Avslått")
    WITHDRAWN = ("withdrawn", "Trukket")


class DeadlineKind(LabelledEnum):
    APPLICATION = ("application", "Søknadsfrist")
    PROGRESS_REPORT = ("progress_report", "Framdriftsrapport")
    FINAL_REPORT = ("final_report", "Sluttrapport")
    ACCOUNTS = ("accounts", "Regnskap")
    EVALUATION = ("evaluation", "Evaluering av avtale")
    NOTICE = ("notice", "Oppsigelsesfrist")
    COLLABORATION_MEETING = ("collaboration_meeting", "Samarbeidsmøte")
    MILESTONE = ("milestone", "Milepæl")
    FOLLOW_UP = ("follow_up", "Oppfølgingspunkt")
    OTHER = ("other", "Annet")


class DeadlineStatus(LabelledEnum):
    OPEN = ("open", "Åpen")
    DONE = ("done", "Utført")
    CANCELLED = ("cancelled", "Avlyst")


class Recurrence(LabelledEnum):
    NONE = ("none", "Ingen")
    MONTHLY = ("monthly", "Hver måned")
    QUARTERLY = ("quarterly", "Hvert kvartal")
    SEMESTER = ("semester", "Hvert semester")
    YEARLY = ("yearly", "Hvert år")

    @property
    def months(self) -> int:
        return {"none": 0, "monthly": 1, "quarterly": 3, "semester": 6, "yearly": 12}[self.value]


class TemplateAnchor(LabelledEnum):
    """What a deadline template counts from."""

    START = ("start", "Prosjektstart")
    END = ("end", "Prosjektslutt")
    DECISION = ("decision", "Vedtaksdato")


class MeetingKind(LabelledEnum):
    CONTACT_GROUP = ("contact_group", "Kontaktgruppemøte")
    PROJECT = ("project", "Prosjektmøte")
    COLLABORATION = ("collaboration", "Samarbeidsmøte (ph.d.)")
    OTHER = ("other", "Annet møte")


class MeetingStatus(LabelledEnum):
    PLANNED = ("planned", "Planlagt")
    HELD = ("held", "Avholdt")
    CANCELLED = ("cancelled", "Avlyst")


class OutcomeKind(LabelledEnum):
    INFORMATION = ("information", "Orientering")
    DECISION = ("decision", "Vedtak")
    ACTION = ("action", "Oppfølgingspunkt")


class ChangeAction(LabelledEnum):
    CREATE = ("create", "Opprettet")
    UPDATE = ("update", "Endret")
    DELETE = ("delete", "Slettet")
