"""Exporting the roster as a table German Excel opens as it is. No Qt here.

CSV: UTF-8 with BOM, ``;``, CRLF (what "CSV (Trennzeichen-getrennt)" means in a German
Excel). XLSX: one sheet, real date cells shown as TT.MM.JJJJ, every text cell an explicit
string. Either way the file is written atomically, owner-only (it holds personal data).

Cells Excel would run as formulas (text starting with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return) never become formulas: in CSV they get a leading apostrophe (Excel shows
the text, the importer drops the apostrophe again), in XLSX they are stored as strings.

The headers are the import's own (``importing.FIELD_LABELS``), so an export re-imports
cleanly into another project, and into the same project as "bereits vorhanden".
"""

from __future__ import annotations

import csv
import datetime as dt
import errno
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gemeinsam_desktop.errors import QT_TRANSLATE_NOOP, DiskFullError, ValidationError
from gemeinsam_desktop.files import atomic_write_bytes
from gemeinsam_desktop.services import audit
from gemeinsam_desktop.services.importing import FIELD_LABELS, normalize_header
from gemeinsam_desktop.services.text import fold
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.models import Child, Consent, Participant, Project

# (key, German header) in the order of the file; the first fourteen are the sample's.
EXPORT_COLUMNS: tuple[tuple[str, str], ...] = tuple(
    (key, FIELD_LABELS[key])
    for key in (
        "last_name",
        "first_name",
        "birth_date",
        "street",
        "postal_code",
        "city",
        "phone",
        "email",
        "customer_number",
        "children",
        "childcare",
        "unemployed_since",
        "occupation_wishes",
        "max_weekly_hours",
        "status",
        "entry_date",
        "exit_date",
        "exit_reason",
        "salutation",
        "languages",
        "consent_date",
    )
)
_DATE_KEYS = {"birth_date", "unemployed_since", "entry_date", "exit_date", "consent_date"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_SALUTATION_TEXT = {"frau": "Frau", "herr": "Herr"}


def column_keys(columns: Sequence[str] | None) -> list[str]:
    """Keys in export order from keys or German headers ("Nachname", "last_name")."""
    if columns is None:
        return [key for key, _header in EXPORT_COLUMNS]
    by_name = {normalize_header(header): key for key, header in EXPORT_COLUMNS}
    by_name.update({key: key for key, _header in EXPORT_COLUMNS})
    wanted = []
    for name in columns:
        key = by_name.get(name.strip()) or by_name.get(normalize_header(name))
        if key is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Die Spalte „{column}“ gibt es nicht. Möglich sind: {allowed}."
                ),
                column=name.strip(),
                allowed=", ".join(key for key, _header in EXPORT_COLUMNS),
            )
        if key not in wanted:
            wanted.append(key)
    if not wanted:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Bitte wählen Sie mindestens eine Spalte aus.")
        )
    order = [key for key, _header in EXPORT_COLUMNS]
    return sorted(wanted, key=order.index)


def export_participants(
    ws: Workspace,
    project_id: int,
    path: Path | str,
    columns: Sequence[str] | None = None,
    *,
    include_archived: bool = False,
) -> int:
    """Write the project's participants (as the roster lists them) to ``path`` (.csv or
    .xlsx); returns the number of rows. Logged as "participants.exported"."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Bitte wählen Sie einen Dateinamen, der auf .csv oder .xlsx endet.",
            )
        )
    keys = column_keys(columns)
    with ws.db.session() as s:
        if s.get(Project, project_id) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Ein Projekt mit der Nummer {id} gibt es nicht."),
                id=project_id,
            )
        records = _records(s, project_id, include_archived)
        rows = [[record[key] for key in keys] for record in records]
        headers = [FIELD_LABELS[key] for key in keys]
        data = _csv_bytes(headers, rows) if suffix == ".csv" else _xlsx_bytes(headers, rows, keys)
        _write(path, data)
        audit.record(s, ws.current_coach.id, "participants.exported", "project", project_id)
    return len(rows)


def _records(s: Session, project_id: int, include_archived: bool) -> list[dict[str, object]]:
    query = select(Participant).where(
        Participant.project_id == project_id, Participant.erased_at.is_(None)
    )
    if not include_archived:
        query = query.where(Participant.archived.is_(False))
    people = sorted(s.scalars(query), key=lambda p: (fold(p.last_name), fold(p.first_name), p.id))
    children: dict[int, list[Child]] = {}
    for child in s.scalars(
        select(Child)
        .join(Participant)
        .where(Participant.project_id == project_id)
        .order_by(Child.birth_year, Child.birth_month, Child.id)
    ):
        children.setdefault(child.participant_id, []).append(child)
    consent: dict[int, dt.date] = {}
    for pid, given, withdrawn in s.execute(
        select(Consent.participant_id, Consent.given_on, Consent.withdrawn_on)
        .join(Participant)
        .where(Participant.project_id == project_id)
        .order_by(Consent.given_on, Consent.id)
    ):
        if withdrawn is None:
            consent[pid] = given  # the latest one wins
        else:
            consent.pop(pid, None)
    records: list[dict[str, object]] = []
    for p in people:
        kids = children.get(p.id, [])
        records.append(
            {
                "last_name": p.last_name,
                "first_name": p.first_name,
                "birth_date": p.birth_date,
                "street": p.street,
                "postal_code": p.postal_code,
                "city": p.city,
                "phone": p.phone,
                "email": p.email,
                "customer_number": p.customer_number,
                "children": ", ".join(f"{c.birth_year:04d}-{c.birth_month:02d}" for c in kids),
                "childcare": "ja" if any(c.needs_childcare for c in kids) else "nein",
                "unemployed_since": p.unemployed_since,
                "occupation_wishes": p.occupation_wishes,
                "max_weekly_hours": p.max_weekly_hours,
                "status": p.status.value,
                "entry_date": p.entry_date,
                "exit_date": p.exit_date,
                "exit_reason": p.exit_reason,
                "salutation": _SALUTATION_TEXT.get(p.salutation, ""),
                "languages": p.languages,
                "consent_date": consent.get(p.id),
            }
        )
    return records


def escape_formula(text: str) -> str:
    """A leading apostrophe before anything Excel would run as a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _csv_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return escape_formula(str(value))


def _csv_bytes(headers: list[str], rows: list[list[object]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(headers)
    for row in rows:
        writer.writerow([_csv_text(value) for value in row])
    return buffer.getvalue().encode("utf-8-sig")


def _xlsx_bytes(headers: list[str], rows: list[list[object]], keys: list[str]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Teilnehmende")
    for index, key in enumerate(keys, start=1):
        width = 14 if key in _DATE_KEYS else max(12, min(40, len(FIELD_LABELS[key]) + 4))
        sheet.column_dimensions[_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header_cells = []
    for header in headers:
        cell = WriteOnlyCell(sheet, value=None)
        _set_text(cell, header)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    for row in rows:
        cells = []
        for key, value in zip(keys, row, strict=True):
            cell = WriteOnlyCell(sheet, value=None)
            if value is None:
                pass
            elif isinstance(value, dt.date):
                cell.value = value
                cell.number_format = "DD.MM.YYYY"
            elif isinstance(value, int) and key == "max_weekly_hours":
                cell.value = value
            else:
                _set_text(cell, str(value))
            cells.append(cell)
        sheet.append(cells)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _set_text(cell: Any, text: str) -> None:
    # Assigning "=…" would make openpyxl write a formula; an explicit string type never is.
    cell.value = text
    cell.data_type = "s"


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index))


def _write(path: Path, data: bytes) -> None:
    try:
        atomic_write_bytes(path, data, mode=0o600)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise DiskFullError() from None
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Die Datei „{name}“ kann nicht geschrieben werden. Bitte wählen Sie einen anderen "
                "Ordner (zum Beispiel „Dokumente“) oder schließen Sie die Datei in Excel.",
            ),
            name=path.name,
        ) from None
