"""The portfolio's data model, a module per area: reference data, organisations and people,
agreements, projects, funding and the fund, meetings and deadlines, lessons learned and
documents, the change log. Every class is re-exported here: `models.Project`.

Every editable row is `Tracked` (UUID, audit stamps, version). Money is whole kroner in
integers. Columns carry their Norwegian label in `info["label"]`; the services name fields
by attribute and show the label. Everything else about an entity (its nouns, the kind of
each field, personal data, natural keys, ...) is declared in `domain.entities`.
"""

from kunnskapsapp.domain.base import Base, Tracked
from kunnskapsapp.domain.models._common import ID, fk
from kunnskapsapp.domain.models.agreements import (
    Agreement,
    AgreementEvaluation,
    AgreementParty,
    ContactGroupMember,
)
from kunnskapsapp.domain.models.funding import (
    DeadlineTemplate,
    FundAllocation,
    FundAppropriation,
    FundingLine,
    FundingScheme,
    FundingYear,
)
from kunnskapsapp.domain.models.history import (
    ChangeLog,
)
from kunnskapsapp.domain.models.lessons import (
    DocumentRef,
    Lesson,
    lesson_agreement,
    lesson_project,
)
from kunnskapsapp.domain.models.meetings import (
    AgendaItem,
    Deadline,
    Meeting,
    MeetingParticipant,
    Outcome,
)
from kunnskapsapp.domain.models.parties import (
    Organisation,
    Person,
)
from kunnskapsapp.domain.models.projects import (
    Project,
    ProjectPartner,
    Supervisor,
    project_priority_area,
    project_sdg,
)
from kunnskapsapp.domain.models.reference_data import (
    MunicipalityProfile,
    PriorityArea,
    Sdg,
    ServiceArea,
)

__all__ = [
    "ID",
    "AgendaItem",
    "Agreement",
    "AgreementEvaluation",
    "AgreementParty",
    "Base",
    "ChangeLog",
    "ContactGroupMember",
    "Deadline",
    "DeadlineTemplate",
    "DocumentRef",
    "FundAllocation",
    "FundAppropriation",
    "FundingLine",
    "FundingScheme",
    "FundingYear",
    "Lesson",
    "Meeting",
    "MeetingParticipant",
    "MunicipalityProfile",
    "Organisation",
    "Outcome",
    "Person",
    "PriorityArea",
    "Project",
    "ProjectPartner",
    "Sdg",
    "ServiceArea",
    "Supervisor",
    "Tracked",
    "fk",
    "lesson_agreement",
    "lesson_project",
    "project_priority_area",
    "project_sdg",
]
