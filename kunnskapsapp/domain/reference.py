"""Reference rows that migrations seed, with fixed ids that are the same in every database.

What a database at head holds: the migrations carry these rows as fixed data of their own (they
never import this module), and tests/test_migrations.py checks that the two agree. Append-only:
a row once released keeps its id and code; a change is a new migration plus the same change here.
"""

from __future__ import annotations

from typing import Any

PROFILE_ID = "00000000-0000-4000-8000-000000000001"

SDG_NAMES: dict[int, str] = {
    1: "Utrydde fattigdom",
    2: "Utrydde sult",
    3: "God helse og livskvalitet",
    4: "God utdanning",
    5: "Likestilling mellom kjønnene",
    6: "Rent vann og gode sanitærforhold",
    7: "Ren energi for alle",
    8: "Anstendig arbeid og økonomisk vekst",
    9: "Innovasjon, industri og infrastruktur",
    10: "Mindre ulikhet",
    11: "Bærekraftige byer og lokalsamfunn",
    12: "Ansvarlig forbruk og produksjon",
    13: "Stoppe klimaendringene",
    14: "Livet i havet",
    15: "Livet på land",
    16: "Fred, rettferdighet og velfungerende institusjoner",
    17: "Samarbeid for å nå målene",
}

PRIORITY_SERVICES = "00000000-0000-4000-8000-000000000101"
PRIORITY_MARKET = "00000000-0000-4000-8000-000000000102"
PRIORITY_PLANNING = "00000000-0000-4000-8000-000000000103"
PRIORITY_CLIMATE = "00000000-0000-4000-8000-000000000104"

PRIORITY_AREAS: list[dict[str, Any]] = [
    {
        "id": PRIORITY_SERVICES,
        "name": "De store tjenesteområdene",
        "description": "Som grunnskole og helse og omsorg.",
        "sort_order": 1,
    },
    {
        "id": PRIORITY_MARKET,
        "name": "Områder der kommunen er markedsaktør",
        "description": "For eksempel eiendom og grunnleggende tekniske tjenester.",
        "sort_order": 2,
    },
    {
        "id": PRIORITY_PLANNING,
        "name": "Områder der kommunen har beslutningsmyndighet",
        "description": "Etter plan- og bygningsloven, for eksempel byutvikling og transport.",
        "sort_order": 3,
    },
    {
        "id": PRIORITY_CLIMATE,
        "name": "Klimautfordringer",
        "description": "Med særskilt betydning for kommunens prioriteringer, "
        "for eksempel mobilitet og energi.",
        "sort_order": 4,
    },
]

FUNDER_RCN = "00000000-0000-4000-8000-000000000201"
FUNDER_RFF_HOVEDSTADEN = "00000000-0000-4000-8000-000000000202"
FUNDER_INNOVATION_NORWAY = "00000000-0000-4000-8000-000000000203"
FUNDER_EEA = "00000000-0000-4000-8000-000000000204"

FUNDERS: list[dict[str, Any]] = [
    {
        "id": FUNDER_RCN,
        "name": "Norges forskningsråd",
        "short_name": "Forskningsrådet",
        "kind": "funder",
        "org_number": "970141669",
        "website": "https://www.forskningsradet.no",
    },
    {
        "id": FUNDER_RFF_HOVEDSTADEN,
        "name": "Regionale forskningsfond Hovedstaden",
        "short_name": "RFF Hovedstaden",
        "kind": "funder",
        "org_number": None,
        "website": "",
    },
    {
        "id": FUNDER_INNOVATION_NORWAY,
        "name": "Innovasjon Norge",
        "short_name": "Innovasjon Norge",
        "kind": "funder",
        "org_number": "986399445",
        "website": "https://www.innovasjonnorge.no",
    },
    {
        "id": FUNDER_EEA,
        "name": "EØS-midlene / EU-programmer",
        "short_name": "EØS/EU",
        "kind": "funder",
        "org_number": None,
        "website": "",
    },
]

SCHEME_OFFPHD = "00000000-0000-4000-8000-000000000301"
SCHEME_IPO = "00000000-0000-4000-8000-000000000302"
SCHEME_RFF = "00000000-0000-4000-8000-000000000303"
SCHEME_IN = "00000000-0000-4000-8000-000000000304"
SCHEME_EEA = "00000000-0000-4000-8000-000000000305"

SCHEMES: list[dict[str, Any]] = [
    {
        "id": SCHEME_OFFPHD,
        "funder_id": FUNDER_RCN,
        "code": "OFFPHD",
        "name": "Offentlig sektor-ph.d.",
        "max_support_percent": 50,
        "description": "Fast ansatt kandidat, 3 eller 4 år, minst ett samarbeidsmøte per semester.",
    },
    {
        "id": SCHEME_IPO,
        "funder_id": FUNDER_RCN,
        "code": "IPO",
        "name": "Innovasjonsprosjekt i offentlig sektor",
        "max_support_percent": 70,
        "description": "Forskningsbasert innovasjon i offentlig sektor med forskningspartnere.",
    },
    {
        "id": SCHEME_RFF,
        "funder_id": FUNDER_RFF_HOVEDSTADEN,
        "code": "RFF-HOVED",
        "name": "Regionalt forskningsfond Hovedstaden, offentlig sektor",
        "max_support_percent": 50,
        "description": "Kvalifiserings- og innovasjonsprosjekter i offentlig sektor i regionen.",
    },
    {
        "id": SCHEME_IN,
        "funder_id": FUNDER_INNOVATION_NORWAY,
        "code": "IN-OFF",
        "name": "Innovasjon Norge, offentlige innovasjonspartnerskap",
        "max_support_percent": 50,
        "description": "",
    },
    {
        "id": SCHEME_EEA,
        "funder_id": FUNDER_EEA,
        "code": "EOS",
        "name": "EØS-midlene og EU-programmer",
        "max_support_percent": 85,
        "description": "",
    },
]

# Deadline rules of the schemes: what the funders ask for, as data.
DEADLINE_TEMPLATES: list[dict[str, Any]] = [
    {
        "id": "00000000-0000-4000-8000-000000000401",
        "scheme_id": SCHEME_OFFPHD,
        "title": "Samarbeidsmøte (kandidat, veiledere og arbeidsgiver)",
        "kind": "collaboration_meeting",
        "anchor": "start",
        "offset_months": 3,
        "offset_days": 0,
        "recurrence": "semester",
        "reminder_days": 21,
        "sort_order": 1,
    },
    {
        "id": "00000000-0000-4000-8000-000000000402",
        "scheme_id": SCHEME_OFFPHD,
        "title": "Framdriftsrapport til Forskningsrådet",
        "kind": "progress_report",
        "anchor": "start",
        "offset_months": 12,
        "offset_days": 0,
        "recurrence": "yearly",
        "reminder_days": 30,
        "sort_order": 2,
    },
    {
        "id": "00000000-0000-4000-8000-000000000403",
        "scheme_id": SCHEME_OFFPHD,
        "title": "Sluttrapport til Forskningsrådet",
        "kind": "final_report",
        "anchor": "end",
        "offset_months": 1,
        "offset_days": 0,
        "recurrence": "none",
        "reminder_days": 30,
        "sort_order": 3,
    },
    {
        "id": "00000000-0000-4000-8000-000000000404",
        "scheme_id": SCHEME_IPO,
        "title": "Framdriftsrapport til Forskningsrådet",
        "kind": "progress_report",
        "anchor": "start",
        "offset_months": 12,
        "offset_days": 0,
        "recurrence": "yearly",
        "reminder_days": 30,
        "sort_order": 1,
    },
    {
        "id": "00000000-0000-4000-8000-000000000405",
        "scheme_id": SCHEME_IPO,
        "title": "Sluttrapport og regnskap til Forskningsrådet",
        "kind": "final_report",
        "anchor": "end",
        "offset_months": 3,
        "offset_days": 0,
        "recurrence": "none",
        "reminder_days": 30,
        "sort_order": 2,
    },
    {
        "id": "00000000-0000-4000-8000-000000000406",
        "scheme_id": SCHEME_RFF,
        "title": "Sluttrapport til RFF Hovedstaden",
        "kind": "final_report",
        "anchor": "end",
        "offset_months": 2,
        "offset_days": 0,
        "recurrence": "none",
        "reminder_days": 30,
        "sort_order": 1,
    },
]
