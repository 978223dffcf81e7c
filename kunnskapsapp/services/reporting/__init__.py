"""The facts each report prints, one module per report, read from the database into plain
dataclasses (the renderers in `kunnskapsapp.reports` never see a Session).

Every public name is re-exported here, so `from kunnskapsapp.services import reporting` and
`reporting.portfolio_facts(...)` read as before `reports.data` did.
"""

from __future__ import annotations

from kunnskapsapp.services.reporting.agreements import (
    AgreementLine,
    AgreementRegisterFacts,
    TerminatedFramework,
    agreement_register_facts,
)
from kunnskapsapp.services.reporting.common import (
    DEFAULT_DEADLINE_DAYS,
    HANDOUT_DEADLINE_DAYS,
    PROJECT_COLUMNS,
    AllocationLine,
    Choice,
    DeadlineLine,
    LessonLine,
    Letterhead,
    Names,
    ProjectLine,
    all_project_ids,
    letterhead,
    meeting_choices,
    project_choices,
)
from kunnskapsapp.services.reporting.deadlines import (
    DeadlineFilter,
    DeadlineListFacts,
    deadline_list_facts,
)
from kunnskapsapp.services.reporting.fund import (
    CommitmentLine,
    FundAllocationDetail,
    FundFacts,
    FundYearLine,
    fund_facts,
)
from kunnskapsapp.services.reporting.handout import (
    AgendaLine,
    AgreementFacts,
    ContactLine,
    HandoutFacts,
    MeetingFacts,
    OutcomeLine,
    Participant,
    handout_facts,
    next_meeting_id,
)
from kunnskapsapp.services.reporting.portfolio import (
    FUND_SOURCE,
    UNKNOWN_FUNDER,
    UNKNOWN_INSTITUTION,
    Count,
    PortfolioFacts,
    portfolio_facts,
)
from kunnskapsapp.services.reporting.project_sheet import (
    FundingFacts,
    ProjectSheetFacts,
    ProjectSheetsFacts,
    project_sheet_facts,
)

__all__ = [
    "DEFAULT_DEADLINE_DAYS",
    "FUND_SOURCE",
    "HANDOUT_DEADLINE_DAYS",
    "PROJECT_COLUMNS",
    "UNKNOWN_FUNDER",
    "UNKNOWN_INSTITUTION",
    "AgendaLine",
    "AgreementFacts",
    "AgreementLine",
    "AgreementRegisterFacts",
    "AllocationLine",
    "Choice",
    "CommitmentLine",
    "ContactLine",
    "Count",
    "DeadlineFilter",
    "DeadlineLine",
    "DeadlineListFacts",
    "FundAllocationDetail",
    "FundFacts",
    "FundYearLine",
    "FundingFacts",
    "HandoutFacts",
    "LessonLine",
    "Letterhead",
    "MeetingFacts",
    "Names",
    "OutcomeLine",
    "Participant",
    "PortfolioFacts",
    "ProjectLine",
    "ProjectSheetFacts",
    "ProjectSheetsFacts",
    "TerminatedFramework",
    "agreement_register_facts",
    "all_project_ids",
    "deadline_list_facts",
    "fund_facts",
    "handout_facts",
    "letterhead",
    "meeting_choices",
    "next_meeting_id",
    "portfolio_facts",
    "project_choices",
    "project_sheet_facts",
]
