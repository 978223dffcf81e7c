"""XLSX tables: one sheet per table, written so Norwegian Excel shows it right, read back
safely. Qt-free (openpyxl).

Writing: the header in row 1, bold and frozen; real date cells shown dd.mm.åååå; kroner with
the number format `#,##0 "kr"` (stored in the file's invariant notation: Norwegian Excel and
LibreOffice show it as `1 250 000 kr`, with the locale's space as thousands separator); every
text is a text cell, never a formula; column widths that fit (capped); document properties
from the caller, with no clock involved, so two exports of the same data are the same bytes.

Reading: rows as Python values; a real formula is refused (naming sheet, row and column); a
zip bomb, a truncated or corrupt file and a sheet claiming a million empty rows are refused or
cut short before they cost memory.
"""

from __future__ import annotations

import contextlib
import enum
import io
import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from itertools import islice
from pathlib import Path
from typing import IO, Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

from kunnskapsapp import paths
from kunnskapsapp.domain.errors import Count, Number, Phrase
from kunnskapsapp.exchange import values
from kunnskapsapp.exchange.values import ExchangeError, Kind, Location, column_name

HEADER_FONT = "Calibri"  # the workbook's default font (openpyxl's, as Excel's)
DATE_FORMAT = "dd.mm.yyyy"
DATETIME_FORMAT = "dd.mm.yyyy hh:mm"
KRONER_FORMAT = '#,##0 "kr"'
COUNT_FORMAT = "0"
DECIMAL_FORMAT = "#,##0.00"
PERCENT_FORMAT = 'General" %"'  # 50 %, 12,5 %
NUMBER_FORMATS: dict[Kind, str] = {
    "date": DATE_FORMAT,
    "datetime": DATETIME_FORMAT,
    "kroner": KRONER_FORMAT,
    "count": COUNT_FORMAT,
    "decimal": DECIMAL_FORMAT,
    "percent": PERCENT_FORMAT,
}
MAX_WIDTH = 60
MAX_CELL_CHARS = 32_767  # Excel's limit for one cell
WIDTH_SAMPLE_ROWS = 1000
# Reading limits.
MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 200
EMPTY_TAIL_ROWS = 10_000
_FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_FORBIDDEN_IN_TITLE = re.compile(r"[\[\]:*?/\\]")
# OOXML writes characters XML cannot hold as _xHHHH_ (and a literal _xHHHH_ as _x005F_xHHHH_).
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")
_NEEDS_ESCAPE = re.compile(r"[\x01-\x08\x0b\x0c\x0d\x0e-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")


@dataclass(frozen=True)
class Column:
    """One column: its header, the kind of its values and, if wanted, a fixed width."""

    header: str
    kind: Kind = "text"
    width: int | None = None


@dataclass(frozen=True)
class Properties:
    """Document properties. `created`/`modified` come from the data (never the clock);
    None leaves them out."""

    title: str = ""
    creator: str = "Kunnskapsapp"
    description: str = ""
    subject: str = ""
    keywords: str = ""
    created: datetime | None = None
    modified: datetime | None = None


@dataclass
class Sheet:
    name: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[Any]]


def sheet_title(name: str, taken: Iterable[str] = ()) -> str:
    """A valid, unused sheet name: at most 31 characters, none of `[]:*?/\\`."""
    title = _FORBIDDEN_IN_TITLE.sub("-", name).strip().strip("'").strip() or "Ark"
    title = title[:31].rstrip()
    used = {t.casefold() for t in taken}
    candidate, n = title, 2
    while candidate.casefold() in used:
        suffix = f" ({n})"
        candidate = title[: 31 - len(suffix)].rstrip() + suffix
        n += 1
    return candidate


def _escape(text: str) -> str:
    text = text.replace("\x00", "")
    return _NEEDS_ESCAPE.sub(lambda m: f"_x{ord(m.group(0)):04X}_", text)


def _unescape(text: str) -> str:
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)


def _display_width(kind: Kind, value: Any) -> int:
    if value is None:
        return 0
    if kind == "kroner" and isinstance(value, int):
        return len(f"{value:,}") + 3
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    text = str(value)
    return max((len(line) for line in text.splitlines()), default=0)


class _TooLong(Exception):
    """A text longer than a cell holds; the caller adds where it is."""

    def __init__(self, length: int) -> None:
        super().__init__(length)
        self.length = length


def _too_long(length: int, where: Location) -> ExchangeError:
    return ExchangeError(
        Phrase(
            "Teksten har %1 tegn, men Excel tillater høyst %2 i en celle. "
            "Eksporter tabellen som CSV i stedet.",
            Number(length),
            Number(32767),
            context="Import",
        ),
        where,
    )


def _text_cell(ws: Any, text: str) -> str | WriteOnlyCell:
    """A text cell, never a formula. Plain text goes to openpyxl as a str (which it writes as
    text, and fast); only a text it would take for a formula ("=...") or an error code
    ("#N/A") gets a cell of its own, marked as text."""
    if len(text) > MAX_CELL_CHARS:
        raise _TooLong(len(text))
    text = _escape(text)
    if not text.startswith("=") and text not in ERROR_CODES:
        return text
    cell = WriteOnlyCell(ws, value=None)
    cell.value = text
    cell.data_type = "s"
    return cell


def _label(value: Any) -> Any:
    return getattr(value, "label", value.value) if isinstance(value, enum.Enum) else value


def _cell(ws: Any, kind: Kind, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return _text_cell(ws, str(getattr(value, "label", value.value)))
    if isinstance(value, bool):
        return "Ja" if value else "Nei"
    if isinstance(value, str):
        return _text_cell(ws, value)
    if isinstance(value, date | datetime | int | float | Decimal):
        cell = WriteOnlyCell(ws, value=value)
        number_format = NUMBER_FORMATS.get(kind)
        if isinstance(value, datetime) and kind != "datetime":
            number_format = DATETIME_FORMAT
        elif isinstance(value, date) and not isinstance(value, datetime):
            number_format = DATE_FORMAT
        if number_format:
            cell.number_format = number_format
        return cell
    return _text_cell(ws, str(value))


def _write_sheet(wb: Workbook, sheet: Sheet, taken: list[str]) -> None:
    title = sheet_title(sheet.name, taken)
    taken.append(title)
    ws = wb.create_sheet(title)
    columns = list(sheet.columns)
    rows = iter(sheet.rows)
    head = list(islice(rows, WIDTH_SAMPLE_ROWS))
    for i, col in enumerate(columns):
        width = col.width
        if width is None:
            widest = max((_display_width(col.kind, r[i]) for r in head), default=0)
            width = max(len(col.header), widest, 4) + 2
        ws.column_dimensions[get_column_letter(i + 1)].width = min(width, MAX_WIDTH)
    ws.freeze_panes = "A2"
    bold = Font(name=HEADER_FONT, size=11, bold=True)  # a font without a name is a serif
    header = []
    for i, col in enumerate(columns):
        where = Location(1, column_name(i, col.header), title)
        if len(col.header) > MAX_CELL_CHARS:
            raise _too_long(len(col.header), where)
        cell = WriteOnlyCell(ws, value=_escape(col.header))
        cell.data_type = "s"  # a header is text, even "=..."
        cell.font = bold
        cell.alignment = Alignment(vertical="top")
        header.append(cell)
    ws.append(header)
    kinds = [c.kind for c in columns]
    number = 1
    for chunk in (head, rows):
        for row in chunk:
            number += 1
            try:
                ws.append([_cell(ws, kind, v) for kind, v in zip(kinds, row, strict=False)])
            except _TooLong as error:
                i = next(
                    i
                    for i, v in enumerate(row)
                    if v is not None and len(str(_label(v))) > MAX_CELL_CHARS
                )
                where = Location(number, column_name(i, columns[i].header), title)
                raise _too_long(error.length, where) from None


class _StableZip(zipfile.ZipFile):
    """A ZipFile whose entries all carry one fixed time, so equal content gives equal bytes."""

    def __init__(
        self, file: Any, stamp: tuple[int, int, int, int, int, int], drop: Sequence[str]
    ) -> None:
        super().__init__(file, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
        self._stamp = stamp
        self._drop = drop

    def writestr(self, zinfo_or_arcname: Any, data: Any, *args: Any, **kwargs: Any) -> None:
        if zinfo_or_arcname == "docProps/core.xml" and self._drop:
            # openpyxl cannot leave these out; a date the caller did not give is not written.
            text = data.decode("utf-8") if isinstance(data, bytes) else data
            for tag in self._drop:
                text = re.sub(rf"<dcterms:{tag}\b[^>]*>[^<]*</dcterms:{tag}>", "", text)
            data = text.encode("utf-8")
        if isinstance(zinfo_or_arcname, str):
            zinfo_or_arcname = zipfile.ZipInfo(zinfo_or_arcname, date_time=self._stamp)
            zinfo_or_arcname.compress_type = zipfile.ZIP_DEFLATED
        super().writestr(zinfo_or_arcname, data, *args, **kwargs)

    def write(self, filename: Any, arcname: Any = None, *args: Any, **kwargs: Any) -> None:
        with open(filename, "rb") as source:
            self.writestr(str(arcname or filename), source.read())


def write_workbook(
    target: str | Path | IO[bytes], sheets: Iterable[Sheet], properties: Properties
) -> None:
    """Write the sheets to `target` (a path, written through a temporary file, or a stream)."""
    wb = Workbook(write_only=True)
    taken: list[str] = []
    try:
        for sheet in sheets:
            _write_sheet(wb, sheet, taken)
    except BaseException:
        for ws in wb.worksheets:  # end the sheets' open XML streams before giving up
            with contextlib.suppress(Exception):
                ws.close()
        raise
    if not taken:
        wb.create_sheet("Ark")
    props = wb.properties
    props.title = properties.title or None
    props.creator = properties.creator or None
    props.description = properties.description or None
    props.subject = properties.subject or None
    props.keywords = properties.keywords or None
    props.lastModifiedBy = None
    props.created = properties.created or datetime(2000, 1, 1)
    props.modified = properties.modified or datetime(2000, 1, 1)
    drop = [
        tag
        for tag, given in (("created", properties.created), ("modified", properties.modified))
        if given is None
    ]
    moment = properties.modified or properties.created
    stamp = _FIXED_ZIP_TIME
    if moment is not None and moment.year >= 1980:
        stamp = (moment.year, moment.month, moment.day, moment.hour, moment.minute, 0)
    if isinstance(target, str | Path):
        path = Path(target)
        temporary = path.with_name(path.name + ".tmp")
        try:
            with paths.open_private(temporary) as out:
                _save(wb, out, stamp, drop)
            temporary.replace(path)
        except OSError as error:
            temporary.unlink(missing_ok=True)
            raise values.unwritable(path.name, error) from None
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
    else:
        _save(wb, target, stamp, drop)


def _save(
    wb: Workbook, out: IO[bytes], stamp: tuple[int, int, int, int, int, int], drop: list[str]
) -> None:
    # Like openpyxl's save_workbook, but without stamping the current time into the file.
    archive = _StableZip(out, stamp, drop)
    try:
        ExcelWriter(wb, archive).save()
    finally:
        archive.close()


def write_table(
    target: str | Path | IO[bytes],
    name: str,
    columns: Sequence[Column],
    rows: Iterable[Sequence[Any]],
    properties: Properties,
) -> None:
    """One table as a one-sheet workbook."""
    write_workbook(target, [Sheet(name, columns, rows)], properties)


def to_bytes(sheets: Iterable[Sheet], properties: Properties) -> bytes:
    buffer = io.BytesIO()
    write_workbook(buffer, sheets, properties)
    return buffer.getvalue()


# --- Reading ---------------------------------------------------------------------------------


@dataclass
class SheetData:
    """A sheet's header (row 1) and data rows as Python values, padded to the header's width."""

    name: str
    header: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    row_numbers: list[int] = field(default_factory=list)

    def where(self, index: int, column: int) -> Location:
        header = self.header[column] if column < len(self.header) else ""
        return Location(self.row_numbers[index], column_name(column, header), self.name)


def _check_archive(data: IO[bytes], name: str) -> None:
    try:
        with zipfile.ZipFile(data) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        raise ExchangeError(
            Phrase(
                "%1 er ikke en gyldig Excel-fil (.xlsx): filen er skadet, avkortet eller "
                "av en annen type.",
                name,
                context="Import",
            )
        ) from None
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > 10 * 1024 * 1024 and ratio > MAX_RATIO:
            raise ExchangeError(
                Phrase(
                    "%1 pakkes ut til mye mer enn den fyller (%2 blir %3 MB): den ligner en "
                    "zip-bombe og leses ikke.",
                    name,
                    info.filename,
                    Number(info.file_size // 1_000_000),
                    context="Import",
                )
            )
    if total > MAX_UNCOMPRESSED_BYTES:
        raise ExchangeError(
            Phrase(
                "%1 blir %2 MB utpakket; grensen er %3 MB.",
                name,
                Number(total // 1_000_000),
                Number(MAX_UNCOMPRESSED_BYTES // 1_000_000),
                context="Import",
            )
        )
    names = {i.filename for i in infos}
    if "xl/workbook.xml" not in names:
        raise ExchangeError(
            Phrase("%1 er ikke en Excel-arbeidsbok (.xlsx).", name, context="Import")
        )


def _cell_value(cell: Any) -> Any:
    value = cell.value
    if isinstance(value, str):
        return _unescape(value)
    return value


def _read_sheet(ws: Any, name: str) -> SheetData:
    ws.reset_dimensions()  # a claimed A1:XFD1048576 must not pad every row
    rows_iter = ws.iter_rows()
    data = SheetData(name, [])
    number = 0
    width = 0
    blank_run = 0
    for cells in rows_iter:
        number += 1
        row: list[Any] = []
        for index, cell in enumerate(cells):
            if getattr(cell, "data_type", None) == "f":
                label = data.header[index] if index < len(data.header) else ""
                raise ExchangeError(
                    Phrase(
                        "Cellen inneholder en formel (%1), ikke en verdi. "
                        "Kopier og lim inn som verdier i Excel før du importerer.",
                        str(cell.value)[:60],
                        context="Import",
                    ),
                    Location(number, column_name(index, label), name),
                )
            row.append(_cell_value(cell))
        if not any(v is not None and (not isinstance(v, str) or v.strip()) for v in row):
            blank_run += 1
            if data.header and blank_run >= EMPTY_TAIL_ROWS:
                break
            continue
        blank_run = 0
        if not data.header:
            header = [str(v).strip() if v is not None else "" for v in row]
            while header and not header[-1]:
                header.pop()
            data.header = header
            width = len(header)
            continue
        extra = [
            i
            for i in range(width, len(row))
            if row[i] is not None and (not isinstance(row[i], str) or row[i].strip())
        ]
        if extra:
            raise ExchangeError(
                Phrase(
                    "Raden har en verdi i en kolonne uten overskrift (overskriftsraden har %1).",
                    Count(width, "kolonne", "kolonner"),
                    context="Import",
                ),
                Location(number, column_name(extra[0]), name),
            )
        data.rows.append((row + [None] * width)[:width])
        data.row_numbers.append(number)
    return data


def read_workbook(
    source: str | Path | bytes, *, sheets: Sequence[str] | None = None
) -> list[SheetData]:
    """Every sheet (or the named ones) of an XLSX file, or ExchangeError in Norwegian."""
    name: str = (
        Path(source).name if isinstance(source, str | Path) else Phrase("Filen", context="Import")
    )
    if isinstance(source, bytes):
        raw = source
    else:
        try:
            size = Path(source).stat().st_size
            if size > MAX_FILE_BYTES:
                raise ExchangeError(
                    Phrase(
                        "%1 er for stor (%2 MB); grensen er %3 MB.",
                        name,
                        Number(size // 1_000_000),
                        Number(MAX_FILE_BYTES // 1_000_000),
                        context="Import",
                    )
                )
            raw = Path(source).read_bytes()
        except OSError as error:
            raise values.unreadable(name, error) from None
    buffer = io.BytesIO(raw)
    _check_archive(buffer, name)
    buffer.seek(0)
    try:
        wb = load_workbook(buffer, read_only=True, data_only=False)
    except ExchangeError:
        raise
    except Exception:
        raise ExchangeError(
            Phrase(
                "%1 kan ikke åpnes som Excel-arbeidsbok: innholdet er skadet.",
                name,
                context="Import",
            )
        ) from None
    try:
        result = []
        for ws in wb.worksheets:
            if sheets is not None and ws.title not in sheets:
                continue
            try:
                result.append(_read_sheet(ws, ws.title))
            except ExchangeError:
                raise
            except Exception:
                raise ExchangeError(
                    Phrase(
                        "Arket «%1» i %2 kan ikke leses: innholdet er skadet.",
                        ws.title,
                        name,
                        context="Import",
                    )
                ) from None
        return result
    finally:
        wb.close()


def iter_values(sheet: SheetData, kinds: Sequence[Kind]) -> Iterator[list[Any]]:
    """The sheet's rows with each cell as its column's kind (see `coerce`)."""
    for index, row in enumerate(sheet.rows):
        yield [coerce(kinds[c], v, sheet.where(index, c)) for c, v in enumerate(row)]


def coerce(kind: Kind, value: Any, where: Location | None = None) -> Any:
    """A cell read from a workbook as a value of `kind` (text is parsed the Norwegian way)."""
    if value is None:
        return "" if kind == "text" else None
    if isinstance(value, str):
        if kind == "text":
            return value
        return values.parse(kind, value, where)
    if kind == "text":
        if isinstance(value, datetime):
            return values.format_plain(value if value.time() else value.date())
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return values.format_plain(value)
    if kind in ("date", "datetime"):
        if isinstance(value, datetime):
            return value.date() if kind == "date" else value
        if isinstance(value, date):
            return value if kind == "date" else datetime(value.year, value.month, value.day)
        raise ExchangeError(
            Phrase(
                "«%1» er ikke en dato. Skriv datoen som dd.mm.åååå.", str(value), context="Import"
            ),
            where,
        )
    if isinstance(value, bool):
        if kind == "bool":
            return value
        raise ExchangeError(Phrase("«%1» er ikke et tall.", str(value), context="Import"), where)
    if isinstance(value, int | float | Decimal):
        if kind in ("kroner", "count"):
            if float(value) != int(value):
                shown = values.format_plain(value)
                raise ExchangeError(
                    Phrase("«%1» har øre. Beløp føres i hele kroner.", shown, context="Import")
                    if kind == "kroner"
                    else Phrase("«%1» er ikke et helt tall.", shown, context="Import"),
                    where,
                )
            return int(value)
        if kind in ("decimal", "percent"):
            return Decimal(str(value))
        if kind == "bool" and value in (0, 1):
            return bool(value)
    raise ExchangeError(
        Phrase("«%1» passer ikke i denne kolonnen.", values.format_plain(value), context="Import"),
        where,
    )
