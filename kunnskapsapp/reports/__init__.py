"""Printed reports: A4, Norwegian Bokmål, embedded fonts, "Side x av y".

One module per report (`handout`, `portfolio`, `deadlines`, `agreements`, `fund`,
`project_sheet`), each with `render(db, options, progress) -> Rendered`; `data` reads the
facts, `base` holds what they share. Nothing here imports Qt.
"""

REPORT_KINDS: dict[str, str] = {
    "handout": "Møteunderlag",
    "portfolio": "Porteføljeoversikt",
    "deadlines": "Fristliste",
    "agreements": "Avtaleregister",
    "fund": "FoU-fond",
    "project": "Prosjektark",
}
