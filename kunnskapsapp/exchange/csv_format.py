"""CSV as Norwegian Excel reads and writes it. Qt-free.

Reading: the encoding is detected in this order: a byte-order mark (UTF-8 or UTF-16), valid
UTF-8, else Windows-1252; UTF-16 without a mark and files that are none of these (or not text
at all) are refused with a Norwegian message. The separator (`;`, `,` or tab) is sniffed; an
Excel `sep=;` first line is honoured. Every cell is text: nothing is evaluated, so a title
`=HYPERLINK(...)` stays a title. Parse values with `exchange.values.parse`.

Writing: UTF-8 with a byte-order mark and `;` (what Norwegian Excel opens correctly), dates as
dd.mm.åååå. Against CSV injection (OWASP), text that starts with `=`, `+`, `-`, `@`, tab or
carriage return gets a leading `'`; reading removes it again, so a round trip is exact.

NUL is not text here (the database drops it too): the writer leaves it out, and a file with
NUL bytes is refused as not a text file (or as UTF-16 without a mark).
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kunnskapsapp import paths
from kunnskapsapp.domain.errors import Count, Number, Phrase
from kunnskapsapp.exchange import values
from kunnskapsapp.exchange.values import ExchangeError, Location, column_name, format_plain

DELIMITERS = (";", "\t", ",")
INJECTION_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_CELL_CHARS = 16 * 1024 * 1024

_DELIMITER_NAMES = {
    ";": Phrase("semikolon", context="Import"),
    ",": Phrase("komma", context="Import"),
    "\t": Phrase("tabulator", context="Import"),
}


def _delimiter_name(delimiter: str) -> str:
    return _DELIMITER_NAMES.get(delimiter, delimiter)


@dataclass
class CsvTable:
    """A CSV file's header and data rows, all text, rows padded to the header's width."""

    header: list[str]
    rows: list[list[str]]
    encoding: str
    delimiter: str
    # The file row of each data row (the header is row 1; blank rows are skipped).
    row_numbers: list[int] = field(default_factory=list)

    def where(self, index: int, column: int) -> Location:
        """The location of data row `index`, column `column`, for a message."""
        header = self.header[column] if column < len(self.header) else ""
        return Location(self.row_numbers[index], column_name(column, header))


# --- Injection protection -----------------------------------------------------------------------


def _needs_quote_mark(text: str) -> bool:
    return text.lstrip("'")[:1] in INJECTION_TRIGGERS


def protect(text: str) -> str:
    """The text with a leading `'` if a spreadsheet could take it for a formula.

    A text that already starts with `'` before such a character gets one more, so that
    `unprotect` gives back exactly the original."""
    if text[:1] in INJECTION_TRIGGERS or (text[:1] == "'" and _needs_quote_mark(text)):
        return "'" + text
    return text


def unprotect(text: str) -> str:
    """Undo `protect`: remove one leading `'` that stands before a formula character."""
    if text[:1] == "'" and _needs_quote_mark(text):
        return text[1:]
    return text


# --- Decoding --------------------------------------------------------------------------------


def _looks_like_utf16(data: bytes) -> bool:
    sample = data[:4096]
    if len(sample) < 4:
        return False
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    return max(even_nuls, odd_nuls) > 0.3 * half and min(even_nuls, odd_nuls) < 0.05 * half


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n")
    return controls / len(text)


def decode(data: bytes) -> tuple[str, str]:
    """The file's text and the name of its encoding, or ExchangeError in Norwegian."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "UTF-8"
        except UnicodeDecodeError as error:
            raise ExchangeError(
                Phrase(
                    "Filen sier at den er UTF-8, men byte %1 er ikke gyldig UTF-8. "
                    "Lagre den på nytt som «CSV UTF-8» i Excel.",
                    Number(error.start + 3),
                    context="Import",
                )
            ) from None
    for bom, codec, name in (
        (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
    ):
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError:
                raise ExchangeError(
                    Phrase(
                        "Filen sier at den er UTF-16, men innholdet er ikke gyldig UTF-16.",
                        context="Import",
                    )
                ) from None
            if "\x00" in text:
                raise ExchangeError(
                    Phrase("Filen inneholder NUL-tegn og er ikke en tekstfil.", context="Import")
                )
            return text, name
    if b"\x00" in data:
        if _looks_like_utf16(data):
            raise ExchangeError(
                Phrase(
                    "Filen ser ut til å være UTF-16 uten byte-rekkefølgemerke (BOM), og da kan "
                    "ikke tegnene leses sikkert. Lagre den på nytt som «CSV UTF-8» i Excel.",
                    context="Import",
                )
            )
        raise ExchangeError(
            Phrase(
                "Filen inneholder NUL-tegn og er ikke en CSV-fil (kanskje en binærfil med feil "
                "navn). Velg en CSV-fil lagret fra Excel.",
                context="Import",
            )
        )
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as error:
        raise ExchangeError(
            Phrase(
                "Filen er verken UTF-8 eller Windows-1252 (byte %1 kan ikke leses). "
                "Lagre den på nytt som «CSV UTF-8» i Excel.",
                Number(error.start + 1),
                context="Import",
            )
        ) from None
    letters = [ch for ch in text if ch.isalpha()]
    foreign = sum(1 for ch in letters if ord(ch) > 127)
    if _control_share(text) > 0.01 or (len(letters) >= 8 and foreign > 0.3 * len(letters)):
        raise ExchangeError(
            Phrase(
                "Filen ser ikke ut som tekst i UTF-8 eller Windows-1252 (kanskje en annen "
                "tegnkoding eller en binærfil). Lagre den på nytt som «CSV UTF-8» i Excel.",
                context="Import",
            )
        )
    return text, "Windows-1252"


# --- Reading ---------------------------------------------------------------------------------


def _parse(text: str, delimiter: str, strict: bool) -> list[list[str]]:
    old_limit = csv.field_size_limit()
    csv.field_size_limit(max(old_limit, MAX_CELL_CHARS))
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=strict))


def _sniff(text: str) -> str:
    """The separator that splits the first lines into the most, equally wide, columns."""
    sample_lines = text[:65536]
    cut = sample_lines.rfind("\n")
    sample = sample_lines if len(text) <= 65536 or cut < 0 else sample_lines[:cut]
    best, best_score = ";", (0, 0)
    for delimiter in DELIMITERS:
        try:
            rows = [r for r in _parse(sample, delimiter, strict=True) if r][:50]
        except csv.Error:
            continue
        if not rows:
            continue
        width = len(rows[0])
        consistent = sum(1 for r in rows if len(r) == width)
        score = (consistent if width > 1 else 0, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv(source: bytes | str | Path, *, delimiter: str | None = None) -> CsvTable:
    """A CSV file (its bytes or path) as header and text rows, or ExchangeError."""
    if isinstance(source, bytes):
        data = source
    else:
        path = Path(source)
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise ExchangeError(
                    Phrase(
                        "Filen er for stor (%1 MB); grensen er %2 MB.",
                        Number(path.stat().st_size // 1_000_000),
                        Number(MAX_FILE_BYTES // 1_000_000),
                        context="Import",
                    )
                )
            data = path.read_bytes()
        except OSError as error:
            raise values.unreadable(path.name, error) from None
    if len(data) > MAX_FILE_BYTES:
        raise ExchangeError(
            Phrase(
                "Filen er for stor; grensen er %1 MB.",
                Number(MAX_FILE_BYTES // 1_000_000),
                context="Import",
            )
        )
    text, encoding = decode(data)
    first_line, newline, rest = text.partition("\n")
    skipped = 0
    if first_line.strip().lower().startswith("sep=") and len(first_line.strip()) == 5:
        delimiter = delimiter or first_line.strip()[4]
        text, skipped = rest, 1
    delimiter = delimiter or _sniff(text)
    try:
        records = _parse(text, delimiter, strict=False)
    except csv.Error as error:
        raise ExchangeError(
            Phrase("Filen kan ikke leses som CSV: %1.", str(error), context="Import")
        ) from None
    numbered = [(n + 1 + skipped, r) for n, r in enumerate(records) if any(c.strip() for c in r)]
    if not numbered:
        raise ExchangeError(Phrase("Filen er tom: den har ingen overskriftsrad.", context="Import"))
    header_number, header = numbered[0]
    header = [unprotect(h).strip() for h in header]
    while header and not header[-1]:
        header.pop()
    width = len(header)
    rows: list[list[str]] = []
    numbers: list[int] = []
    for number, record in numbered[1:]:
        cells = [unprotect(c) for c in record]
        extra = [i for i in range(width, len(cells)) if cells[i].strip()]
        if extra:
            raise ExchangeError(
                Phrase(
                    "Raden har %1, men overskriftsraden har bare %2 (skilletegn: %3).",
                    Count(len(cells), "celle", "celler"),
                    Count(width, "kolonne", "kolonner"),
                    _delimiter_name(delimiter),
                    context="Import",
                ),
                Location(number, column_name(extra[0])),
            )
        cells = (cells + [""] * width)[:width]
        rows.append(cells)
        numbers.append(number)
    _ = header_number, newline
    return CsvTable(header, rows, encoding, delimiter, numbers)


# --- Writing ---------------------------------------------------------------------------------


def _cell(value: Any) -> str:
    if isinstance(value, str):
        return protect(value.replace("\x00", ""))
    return format_plain(value)


def write_csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    """A CSV that Norwegian Excel opens correctly: UTF-8 with BOM, `;`, every cell quoted."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow([_cell(h) for h in header])
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return codecs.BOM_UTF8 + buffer.getvalue().encode("utf-8", errors="replace")


def save_csv(path: str | Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Write the CSV to `path` (through a temporary file, so a failure leaves no half file)."""
    target = Path(path)
    data = write_csv(header, rows)
    temporary = target.with_name(target.name + ".tmp")
    try:
        paths.write_private(temporary, data)
        temporary.replace(target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise values.unwritable(target.name, error) from None
