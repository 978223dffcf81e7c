"""XLSX tables: text cells never formulas, Norwegian formats, stable bytes, safe reading."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from kunnskapsapp.exchange.values import ExchangeError
from kunnskapsapp.exchange.xlsx_format import (
    Column,
    Properties,
    Sheet,
    coerce,
    read_workbook,
    sheet_title,
    to_bytes,
    write_table,
)

COLUMNS = [
    Column("Tittel"),
    Column("Frist", "date"),
    Column("Tidspunkt", "datetime"),
    Column("Beløp", "kroner"),
    Column("Antall", "count"),
    Column("Andel", "percent"),
    Column("Ferdig", "bool"),
]
ROW = ["=SUM(A1:A9)", date(2026, 3, 1), datetime(2026, 3, 1, 9, 30), 1250000, 3, 12.5, True]
PROPS = Properties(
    title="Frister",
    description="Filter: åpne frister",
    created=datetime(2026, 1, 5, 8, 0),
    modified=datetime(2026, 2, 1, 12, 0),
)


def _book(rows=(ROW,), columns=COLUMNS, props=PROPS, name="Frister"):
    return to_bytes([Sheet(name, columns, list(rows))], props)


def test_header_bold_frozen_formats_and_text_cells():
    wb = load_workbook(io.BytesIO(_book()))
    ws = wb["Frister"]
    assert [c.value for c in ws[1]] == [c.header for c in COLUMNS]
    assert all(c.font.b for c in ws[1])
    # in the data's font and size (a font without a name is shown as a serif)
    assert {(c.font.name, c.font.sz) for c in ws[1]} == {(ws["A2"].font.name, ws["A2"].font.sz)}
    assert ws.freeze_panes == "A2"
    title, due, at, amount, count, share, done = ws[2]
    assert title.value == "=SUM(A1:A9)" and title.data_type == "s"
    assert due.value == datetime(2026, 3, 1) and due.number_format == "dd.mm.yyyy"
    assert at.value == datetime(2026, 3, 1, 9, 30) and at.number_format == "dd.mm.yyyy hh:mm"
    assert amount.value == 1250000 and amount.number_format == '#,##0 "kr"'
    assert count.value == 3 and share.value == 12.5
    assert done.value == "Ja"
    assert ws.max_row == 2
    assert 6 <= ws.column_dimensions["A"].width <= 60


def test_no_formula_is_ever_written():
    data = _book(rows=[["=1+1", None, None, None, None, None, None]])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and 't="inlineStr"' in sheet


@pytest.mark.parametrize("text", ["=1+1", "=", "#N/A", "#DIV/0!", "plain"])
def test_text_that_looks_like_a_formula_or_an_error_is_text(text: str) -> None:
    ws = load_workbook(io.BytesIO(_book(rows=[[text, *ROW[1:]]])))["Frister"]
    assert ws["A2"].data_type == "s" and ws["A2"].value == text


def test_long_text_column_is_capped_and_long_text_is_refused():
    wb = load_workbook(io.BytesIO(_book(rows=[["x" * 500, *ROW[1:]]])))
    assert wb.active.column_dimensions["A"].width == 60
    with pytest.raises(
        ExchangeError,
        match=r"^Ark «Frister», rad 2, kolonne «Tittel» \(A\): Teksten har 40\s000 tegn, men",
    ):
        _book(rows=[["x" * 40_000, *ROW[1:]]])


def test_two_exports_of_the_same_data_are_the_same_bytes():
    first = _book()
    assert _book() == first
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        core = archive.read("docProps/core.xml").decode()
        assert {i.date_time for i in archive.infolist()} == {(2026, 2, 1, 12, 0, 0)}
    assert "2026-02-01T12:00:00Z" in core and "2026-01-05T08:00:00Z" in core
    assert "Filter: åpne frister" in core
    no_dates = _book(props=Properties(title="X"))
    assert b"dcterms:modified" not in zipfile.ZipFile(io.BytesIO(no_dates)).read(
        "docProps/core.xml"
    )


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("Frister: åpne [2026]", "Frister- åpne -2026-"),
        ("a/b\\c*d?e", "a-b-c-d-e"),
        (
            "Prosjekter med et svært langt navn som ikke får plass",
            "Prosjekter med et svært langt n",
        ),
        ("", "Ark"),
        ("'sitat'", "sitat"),
    ],
)
def test_sheet_titles_are_valid(name, title):
    assert sheet_title(name) == title
    assert len(sheet_title(name)) <= 31


def test_sheet_titles_are_unique():
    assert sheet_title("Frister", ["frister"]) == "Frister (2)"


_text = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"))


@settings(max_examples=60, deadline=None)
@given(st.lists(_text, min_size=1, max_size=4))
def test_any_text_round_trips(texts):
    data = to_bytes([Sheet("T", [Column("Tekst")], [[t] for t in texts])], PROPS)
    (sheet,) = read_workbook(data)
    got = [coerce("text", r[0]) for r in sheet.rows]
    # Blank rows are skipped on reading.
    assert got == [t for t in texts if t.strip()]


def test_values_come_back_as_their_kind():
    (sheet,) = read_workbook(_book())
    assert sheet.name == "Frister"
    assert sheet.header == [c.header for c in COLUMNS]
    row = [
        coerce(c.kind, v, sheet.where(0, i))
        for i, (c, v) in enumerate(zip(COLUMNS, sheet.rows[0], strict=True))
    ]
    assert row == [
        "=SUM(A1:A9)",
        date(2026, 3, 1),
        datetime(2026, 3, 1, 9, 30),
        1250000,
        3,
        Decimal("12.5"),
        True,
    ]
    assert sheet.row_numbers == [2]


def _openpyxl_book(fill) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Prosjekter"
    fill(ws)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_a_real_formula_is_refused_with_sheet_row_and_column():
    def fill(ws):
        ws.append(["Tittel", "Beløp"])
        ws.append(["A", 5])
        ws.append(["B", "=B2*2"])

    with pytest.raises(ExchangeError) as info:
        read_workbook(_openpyxl_book(fill))
    assert str(info.value).startswith(
        "Ark «Prosjekter», rad 3, kolonne «Beløp» (B): Cellen inneholder en formel"
    )


def test_wrong_types_are_refused_with_location():
    def fill(ws):
        ws.append(["Tittel", "Beløp", "Frist"])
        ws.append(["A", 1250000.5, "31.02.2021"])

    (sheet,) = read_workbook(_openpyxl_book(fill))
    with pytest.raises(
        ExchangeError, match=r"^Ark «Prosjekter», rad 2, kolonne «Beløp» \(B\): .*har øre"
    ):
        coerce("kroner", sheet.rows[0][1], sheet.where(0, 1))
    with pytest.raises(
        ExchangeError, match=r"kolonne «Frist» \(C\): «31.02.2021» er ikke en gyldig"
    ):
        coerce("date", sheet.rows[0][2], sheet.where(0, 2))
    with pytest.raises(ExchangeError, match="er ikke en dato"):
        coerce("date", 5, sheet.where(0, 1))
    assert coerce("kroner", "1 250 000 kr") == 1250000


def test_a_truncated_or_garbage_file_is_refused():
    data = _book()
    for broken in (data[: len(data) // 2], b"not a zip at all", b""):
        with pytest.raises(ExchangeError, match="ikke en gyldig Excel-fil"):
            read_workbook(broken)


def test_a_zip_with_corrupt_sheet_xml_is_refused():
    source = zipfile.ZipFile(io.BytesIO(_book()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                content = content[: len(content) // 2]
            target.writestr(info, content)
    with pytest.raises(ExchangeError, match="skadet"):
        read_workbook(out.getvalue())


def test_a_zip_bomb_is_refused_before_it_is_unpacked():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (200 * 1024 * 1024))
    assert len(out.getvalue()) < 1_000_000
    with pytest.raises(ExchangeError, match="zip-bombe"):
        read_workbook(out.getvalue())


def test_a_sheet_claiming_a_million_empty_rows_is_cut_short():
    rows = "".join(f'<row r="{n}"><c r="A{n}" s="0"/></row>' for n in range(3, 60_000))
    source = zipfile.ZipFile(io.BytesIO(_book(columns=[Column("Tittel")], rows=[["a"]])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                text = content.decode()
                text = text.replace(
                    "</sheetData>",
                    rows
                    + '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>z</t></is></c></row>'
                    "</sheetData>",
                )
                text = text.replace("<dimension", '<dimension ref="A1:XFD1048576"/><x', 1)
                content = text.encode()
            target.writestr(info.filename, content)
    (sheet,) = read_workbook(out.getvalue())
    assert sheet.rows == [["a"]]


def test_write_table_to_a_path(tmp_path):
    path = tmp_path / "frister.xlsx"
    write_table(path, "Frister", COLUMNS, [ROW], PROPS)
    assert read_workbook(path)[0].rows[0][0] == "=SUM(A1:A9)"
    assert not list(tmp_path.glob("*.tmp"))
