"""Reading a table as Excel writes it (CSV or XLSX) into its cells. No Qt here.

- CSV with ``;`` or ``,`` (sniffed from the header line), UTF-8 with or without BOM, else
  Windows-1252 (strict UTF-8 is tried first); Excel's "Unicode-Text" (UTF-16) as well.
- XLSX (openpyxl, read-only, first/active sheet; formulas are read as their text, never
  evaluated: ``importing`` refuses them with a reason).
- Anything else (an old .xls, a binary file, an empty file) is refused with a German reason.

``importing`` maps the columns to fields and checks the rows; it re-exports these names.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from gemeinsam_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from gemeinsam_desktop.services.text import clean

MAX_FILE_BYTES = 50 * 1024 * 1024  # a roster of thousands of people is a few megabytes


@dataclass
class Table:
    """The cells of a file: the header row and each data row with its line number."""

    headers: list[str]
    rows: list[tuple[int, list[object]]]  # (line as in the file, 1 = header line; cells)
    kind: str  # "csv" or "xlsx"
    name: str = ""


def read_table(source: Path | str | bytes, *, name: str = "") -> Table:
    """Read a CSV or XLSX file (path or bytes); refuses what is no table with a reason."""
    if isinstance(source, bytes):
        raw = source
    else:
        path = Path(source)
        name = name or path.name
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Die Datei „{name}“ ist zu groß für eine Teilnehmendenliste "
                        "(mehr als 50 MB).",
                    ),
                    name=path.name,
                )
            raw = path.read_bytes()
        except FileNotFoundError:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Die Datei „{name}“ gibt es nicht."), name=str(path)
            ) from None
        except OSError:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Die Datei „{name}“ lässt sich nicht lesen. Bitte schließen Sie sie in "
                    "anderen Programmen und versuchen Sie es erneut.",
                ),
                name=str(path),
            ) from None
    if raw.startswith(b"PK\x03\x04"):
        table = _read_xlsx(raw)
    elif raw.startswith(b"\xd0\xcf\x11\xe0"):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Das ist eine Excel-Datei im alten Format (.xls). Bitte speichern Sie sie in "
                "Excel als „Excel-Arbeitsmappe (.xlsx)“ oder als „CSV (Trennzeichen-getrennt)“.",
            )
        )
    else:
        table = _read_csv(raw)
    table.name = name
    return table


def _not_a_table() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Die Datei ist keine Tabelle, die sich lesen lässt. Bitte wählen Sie eine "
            "CSV-Datei oder eine Excel-Arbeitsmappe (.xlsx). Es wurde nichts verändert.",
        )
    )


def decode_text(raw: bytes) -> str:
    """UTF-8 (with or without BOM) if it decodes strictly, else Windows-1252."""
    if raw.startswith(b"\xef\xbb\xbf"):
        encodings: tuple[str, ...] = ("utf-8-sig",)
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ("utf-16",)  # Excel's "Unicode-Text"
    else:
        if b"\x00" in raw:
            raise _not_a_table()
        encodings = ("utf-8", "cp1252")
    for encoding in encodings:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for ch in text if ch < " " and ch not in "\t\r\n")
        if controls > max(2, len(text) // 200):
            raise _not_a_table()
        return text
    raise _not_a_table()


def _sniff_delimiter(text: str) -> str:
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: (counts[d], d == ";"))
    return best if counts[best] else ";"


def _read_csv(raw: bytes) -> Table:
    text = decode_text(raw)
    delimiter = _sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    headers: list[str] | None = None
    rows: list[tuple[int, list[object]]] = []
    previous = 0
    try:
        for record in reader:
            line = previous + 1
            previous = reader.line_num
            if not any(cell.strip() for cell in record):
                continue
            if headers is None:
                headers = [clean(cell) for cell in record]
                continue
            rows.append((line, list(record)))
    except csv.Error:
        raise _not_a_table() from None
    if headers is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Die Datei ist leer."))
    return Table(headers, rows, "csv")


def _read_xlsx(raw: bytes) -> Table:
    import openpyxl  # a few hundred ms to import: only when an Excel file comes

    try:
        book = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError):
        raise _not_a_table() from None
    except Exception as exc:  # openpyxl's InvalidFileException and friends
        if type(exc).__module__.startswith("openpyxl"):
            raise _not_a_table() from None
        raise
    try:
        sheet = book.active if book.active is not None else book.worksheets[0]
        headers: list[str] | None = None
        rows: list[tuple[int, list[object]]] = []
        for line, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = list(values)
            if not any(display_value(v) for v in cells):
                continue
            if headers is None:
                headers = [clean(display_value(v)) for v in cells]
                continue
            rows.append((line, cells))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise _not_a_table() from None
    finally:
        book.close()
    if headers is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Die Datei ist leer."))
    while headers and not headers[-1]:
        headers.pop()
    return Table(headers, rows, "xlsx")


def display_value(value: object) -> str:
    """A cell as text, the way the preview shows it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.strftime("%d.%m.%Y")
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
