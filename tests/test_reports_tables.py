"""The reports' long table: every row on paper, in order, with its header on every page, and
its text read back exactly as given, however many of the font's subsets it spans."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from kunnskapsapp.reports.base import (
    Column,
    Letterhead,
    PagedTable,
    ReportMeta,
    build_pdf,
    heading,
)

COLUMNS = [
    Column("Nummer", 0.2),
    Column("Status", 0.2),
    Column("Tegn", 0.4),
    Column("Beløp", 0.2, align="RIGHT"),
]

# More different characters than one font subset holds (Latin Extended-A and -B, Greek,
# Cyrillic), so a line's text switches subsets, and the same words come back on later pages.
BLOCKS = [(0x100, 0x17F), (0x180, 0x1C0), (0x391, 0x3A2), (0x3A3, 0x3AA)]
BLOCKS += [(0x3B1, 0x3CA), (0x410, 0x450)]
POOL = [chr(c) for start, end in BLOCKS for c in range(start, end)]


def word(i: int) -> str:
    return "".join(POOL[(i * 7 + k) % len(POOL)] for k in range(6))


def rows(n: int) -> list[list[str]]:
    return [
        [f"Rad {i:04d}", ("Pågående", "Avsluttet", "Søknad")[i % 3], word(i), f"{i * 1000:,}"]
        for i in range(n)
    ]


def build(table_rows: list[list[str]]) -> list[str]:
    table = PagedTable(COLUMNS, table_rows, caption=heading("Tabellen", 2))
    meta = ReportMeta("Tabellprøve", "Tabell", Letterhead("Bærum kommune"))
    pdf = build_pdf([table], meta)
    reader = PdfReader(io.BytesIO(pdf))
    return [(page.extract_text() or "").replace("\xa0", " ") for page in reader.pages]


def test_a_long_table_keeps_every_row_in_order_with_the_header_on_every_page() -> None:
    given = rows(700)
    pages = build(given)
    assert len(pages) >= 8
    numbers: list[int] = []
    for page in pages:
        on_page = [int(n) for n in re.findall(r"Rad (\d{4})", page)]
        assert on_page, "a page without rows"
        assert "Nummer Status Tegn Beløp" in re.sub(r"\s+", " ", page)
        numbers += on_page
    assert numbers == list(range(len(given)))
    assert "Tabellen" in pages[0] and all("Tabellen" not in p for p in pages[1:])


def test_cell_text_reads_back_exactly_across_font_subsets_and_pages() -> None:
    given = rows(700)
    text = "\n".join(build(given))
    found = re.findall(r"Rad (\d{4})\s+(\S+)\s+(\S+)\s+([\d,]+)", text)
    assert [list(f) for f in found] == [
        [f"{i:04d}", status, chars, amount] for i, (_n, status, chars, amount) in enumerate(given)
    ]


def test_the_portfolio_table_holds_its_owners_and_funders_names_without_breaking_a_word() -> None:
    """A word wider than its cell is broken inside it ("Forskningsråd/et", "Barnehag/e"): the
    portfolio's columns are wide enough for the funders' short names and the unit's own
    service areas, each word whole."""
    from kunnskapsapp.domain.reference import FUNDERS
    from kunnskapsapp.reports.portfolio import PORTFOLIO_COLUMNS
    from kunnskapsapp.reports.style import CELL_FONT_SIZE, CELL_PAD_X, CONTENT_WIDTH, FONT
    from kunnskapsapp.reports.text import wrap_lines

    names = {
        "Finansiører": [str(f["short_name"]) for f in FUNDERS],
        "Eier": ["Barnehage", "Utvikling og Digitalisering", "Tekniske tjenester", "Skole"],
    }
    for column in PORTFOLIO_COLUMNS:
        inner = column.width * CONTENT_WIDTH - 2 * CELL_PAD_X
        for name in names.get(column.header, []):
            lines = wrap_lines(name, inner, font=FONT, size=CELL_FONT_SIZE, max_lines=8)
            assert " ".join(lines).split() == name.split(), (column.header, name, lines)
