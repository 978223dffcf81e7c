"""CSV as Norwegian Excel writes it: encodings, separators, values, injection, round trips."""

from __future__ import annotations

import codecs
import os
from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kunnskapsapp.exchange import values
from kunnskapsapp.exchange.csv_format import protect, read_csv, unprotect, write_csv
from kunnskapsapp.exchange.values import ExchangeError, Location

# Text as people type it, plus every control character but NUL.
_text = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"))


@settings(max_examples=300, deadline=None)
@given(
    header=st.lists(st.text("abcæøå XYZ", min_size=1).filter(str.strip), min_size=1, max_size=5),
    data=st.data(),
)
def test_any_text_round_trips_through_write_and_read(header, data):
    header = [h.strip() for h in header]
    width = len(header)
    rows = data.draw(
        st.lists(
            st.lists(_text, min_size=width, max_size=width).filter(
                lambda r: any(c.strip() for c in r)
            ),
            max_size=5,
        )
    )
    table = read_csv(write_csv(header, rows))
    assert table.header == header
    assert table.rows == rows
    assert table.encoding == "UTF-8"


@given(_text)
def test_protect_and_unprotect_are_inverse(text):
    assert unprotect(protect(text)) == text
    assert protect(text)[:1] not in ("=", "+", "-", "@", "\t", "\r")


@given(st.text())
def test_nul_is_left_out_and_never_crashes(text):
    table = read_csv(write_csv(["Tittel"], [[text + "x"]]))
    assert table.rows == [[text.replace("\x00", "") + "x"]]


def test_formula_like_text_is_quoted_on_export_and_restored_on_import():
    data = write_csv(["Tittel"], [['=HYPERLINK("http://x","klikk")'], ["-5"], ["@a"], ["'=b"]])
    text = data.decode("utf-8-sig")
    assert '"\'=HYPERLINK(""http://x"",""klikk"")"' in text
    assert '"\'-5"' in text and "\"''=b\"" in text
    assert read_csv(data).rows == [['=HYPERLINK("http://x","klikk")'], ["-5"], ["@a"], ["'=b"]]


def test_a_formula_in_a_csv_cell_is_just_text():
    table = read_csv(b'Tittel;Belop\n=HYPERLINK("http://x");=1+1\n')
    assert table.rows == [['=HYPERLINK("http://x")', "=1+1"]]


def test_written_file_is_utf8_with_bom_semicolons_and_norwegian_dates():
    data = write_csv(
        ["Tittel", "Frist", "Tid", "Beløp", "Andel", "Ferdig"],
        [["Søknad", date(2026, 3, 1), datetime(2026, 3, 1, 9, 30), 1250000, Decimal("12.5"), True]],
    )
    assert data.startswith(codecs.BOM_UTF8)
    assert data.decode("utf-8-sig").splitlines()[1] == (
        '"Søknad";"01.03.2026";"01.03.2026 09:30";"1250000";"12,5";"Ja"'
    )


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + "Navn;By\nÆrlig;Tromsø\n".encode(), "UTF-8"),
        ("Navn;By\nÆrlig;Tromsø\n".encode(), "UTF-8"),
        ("Navn;By\nÆrlig;Tromsø\n".encode("cp1252"), "Windows-1252"),
        (codecs.BOM_UTF16_LE + "Navn;By\nÆrlig;Tromsø\n".encode("utf-16-le"), "UTF-16"),
        (codecs.BOM_UTF16_BE + "Navn;By\nÆrlig;Tromsø\n".encode("utf-16-be"), "UTF-16"),
    ],
)
def test_encodings_are_detected_bom_then_utf8_then_windows_1252(data, encoding):
    table = read_csv(data)
    assert table.encoding == encoding
    assert table.header == ["Navn", "By"]
    assert table.rows == [["Ærlig", "Tromsø"]]


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_the_separator_is_sniffed(delimiter):
    text = delimiter.join(["Navn", "Beløp", "Dato"]) + "\r\n"
    text += delimiter.join(['"Nord, Sør; Øst"', "1 250", "01.02.2026"]) + "\r\n"
    table = read_csv(text.encode("cp1252"))
    assert table.delimiter == delimiter
    assert table.rows == [["Nord, Sør; Øst", "1 250", "01.02.2026"]]


def test_excel_sep_line_is_honoured_and_rows_are_numbered_as_in_the_file():
    table = read_csv(b"sep=,\nA,B\n\n1,2\n")
    assert table.delimiter == ","
    assert table.rows == [["1", "2"]]
    assert table.row_numbers == [4]


def test_utf16_without_bom_is_refused():
    with pytest.raises(ExchangeError, match="UTF-16 uten byte-rekkefølgemerke"):
        read_csv("Navn;By\nÆrlig;Tromsø\n".encode("utf-16-le"))


def test_neither_utf8_nor_windows_1252_is_refused():
    with pytest.raises(ExchangeError, match="verken UTF-8 eller Windows-1252"):
        read_csv("Navn;By\nこんにちは、世界;東京\n".encode("shift_jis"))
    with pytest.raises(ExchangeError, match="ser ikke ut som tekst"):
        read_csv("Имя;Город\nПривет мир;Москва Санкт-Петербург\n".encode("cp1251"))


def test_binary_garbage_named_csv_is_refused(tmp_path):
    path = tmp_path / "data.csv"
    path.write_bytes(os.urandom(4096))
    with pytest.raises(ExchangeError, match=r"NUL-tegn|verken|ikke ut som tekst"):
        read_csv(path)
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    with pytest.raises(ExchangeError, match="NUL-tegn"):
        read_csv(png)


def test_a_row_wider_than_the_header_is_refused_with_row_and_column():
    with pytest.raises(ExchangeError) as info:
        read_csv(b"A;B\n1;2\n3;4;5\n")
    assert str(info.value).startswith("Rad 3, kolonne C:")


def test_an_empty_file_is_refused():
    with pytest.raises(ExchangeError, match="tom"):
        read_csv(b"\n\n")


def test_a_one_megabyte_cell_is_read():
    big = "x" * 1_000_000
    assert read_csv(write_csv(["Notat"], [[big]])).rows == [[big]]


def test_messages_name_row_and_column():
    table = read_csv("Tittel;Frist;Beløp\nA;31.02.2021;1 250 000,50 kr\n".encode())
    with pytest.raises(ExchangeError) as info:
        values.parse("date", table.rows[0][1], table.where(0, 1))
    assert str(info.value) == (
        "Rad 2, kolonne «Frist» (B): «31.02.2021» er ikke en gyldig dato: "
        "februar 2021 har 28 dager."
    )
    with pytest.raises(ExchangeError) as info:
        values.parse("kroner", table.rows[0][2], table.where(0, 2))
    assert str(info.value).startswith("Rad 2, kolonne «Beløp» (C): «1 250 000,50 kr» har øre.")


@pytest.mark.parametrize(
    ("kind", "text", "value"),
    [
        ("kroner", "1 250 000", 1250000),
        ("kroner", "1\u00a0250\u00a0000\u00a0kr", 1250000),
        ("kroner", "1 250 000 kr", 1250000),
        ("kroner", "-5 000 kr", -5000),
        ("kroner", "1 250 000,00", 1250000),
        ("kroner", "1 250,-", 1250),
        ("kroner", "", None),
        ("decimal", "12,5", Decimal("12.5")),
        ("decimal", "1 250,75", Decimal("1250.75")),
        ("decimal", "12.5", Decimal("12.5")),
        ("percent", "12,5 %", Decimal("12.5")),
        ("count", "14", 14),
        ("date", "01.02.2026", date(2026, 2, 1)),
        ("date", "1.2.2026", date(2026, 2, 1)),
        ("date", "2026-02-01", date(2026, 2, 1)),
        ("date", "29.02.2024", date(2024, 2, 29)),
        ("datetime", "01.02.2026 09:30", datetime(2026, 2, 1, 9, 30)),
        ("bool", "Ja", True),
        ("bool", "nei", False),
        ("text", " =1+1 ", " =1+1 "),
    ],
)
def test_values_are_parsed_the_norwegian_way(kind, text, value):
    assert values.parse(kind, text) == value


@pytest.mark.parametrize(
    ("kind", "text", "message"),
    [
        ("date", "31.02.2021", "februar 2021 har 28 dager"),
        ("date", "29.02.2023", "februar 2023 har 28 dager"),
        ("date", "01.13.2021", "måneden må være 1–12"),
        ("date", "i morgen", "er ikke en dato"),
        ("kroner", "1 250 000,50 kr", "har øre"),
        ("kroner", "abc", "er ikke et beløp"),
        ("kroner", "12.5", "er ikke et beløp"),
        ("count", "1,5", "er ikke et helt tall"),
        ("decimal", "1,2,3", "er ikke et tall"),
        ("percent", "mye", "er ikke en prosentsats"),
        ("datetime", "01.02.2026 25:00", "klokkeslett som ikke finnes"),
        ("bool", "kanskje", "verken Ja eller Nei"),
    ],
)
def test_bad_values_are_refused_with_a_norwegian_message(kind, text, message):
    with pytest.raises(ExchangeError, match=message) as info:
        values.parse(kind, text, Location(7, "«X» (B)", "Frister"))
    assert str(info.value).startswith("Ark «Frister», rad 7, kolonne «X» (B): ")


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_kroner_as_displayed_parse_back(amount):
    from kunnskapsapp.domain.rules import format_kroner

    assert values.parse_kroner(format_kroner(amount)) == amount
