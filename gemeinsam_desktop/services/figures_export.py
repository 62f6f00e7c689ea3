"""The figures of a period as a table (CSV or XLSX) German Excel opens as it is. No Qt here.

One row a figure: Bereich, Kennzahl, Wert. Rates are real percentages in XLSX (cell format
``0.0 %``) and "85,4 %" in CSV. Only counts — never a name — so the file can go to the
JobCenter and the city as it is. Written like every export (``services.exporting``):
atomically, formula-like text escaped; logged as "figures.exported".
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from gemeinsam_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from gemeinsam_desktop.services import audit, exporting
from gemeinsam_desktop.services.calendar_types import KIND_NAMES
from gemeinsam_desktop.services.figures import (
    LEAD_STAGE_NAMES,
    PLACEMENT_KIND_NAMES,
    STATUS_NAMES,
    Figures,
)
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.models import ParticipantStatus

HEADERS = ("Bereich", "Kennzahl", "Wert")


@dataclass(frozen=True)
class Row:
    section: str
    label: str
    value: int | float | str | dt.date | None
    percent: bool = False  # value is a share 0…1


def percent_de(value: float | None) -> str:
    """0.8542 → "85,4 %"; None → "–"."""
    if value is None:
        return "–"
    return f"{value * 100:.1f}".removesuffix(".0").replace(".", ",") + " %"


def _share(value: object) -> str:
    return percent_de(float(value) if isinstance(value, int | float) else None)


def rows(fig: Figures) -> list[Row]:
    """Every figure of the report, in the report's order."""
    out = [
        Row("Zeitraum", "Projekt", fig.project_name),
        Row("Zeitraum", "von", fig.start),
        Row("Zeitraum", "bis", fig.end),
    ]
    section = "Teilnehmende"
    out += [
        Row(section, "im Zeitraum betreut", fig.in_period),
        Row(section, "Eintritte", fig.entries),
        Row(section, "Austritte", fig.exits),
    ]
    out += [
        Row(section, f"Stand heute: {STATUS_NAMES[status]}", fig.status_count(status))
        for status in ParticipantStatus
    ]
    out += [
        Row(
            "Austritte nach Grund",
            f"{STATUS_NAMES[e.status]}: {e.reason or 'ohne Angabe'}",
            e.count,
        )
        for e in fig.exits_by_reason
    ]
    att, section = fig.attendance, "Anwesenheit"
    out += [
        Row(section, "erfasste Teilnahmen an Terminen", att.counted),
        Row(section, "anwesend (mit verspätet)", att.present),
        Row(section, "davon verspätet", att.late),
        Row(section, "entschuldigt (E)", att.excused),
        Row(section, "krank (K)", att.sick),
        Row(section, "unentschuldigt (UE)", att.unexcused),
        Row(section, "Anwesenheitsquote", att.rate, percent=True),
    ]
    out += [Row("Termine", KIND_NAMES[k], n) for k, n in fig.sessions_by_kind.items()]
    out += [
        Row("Termine", "durchgeführt insgesamt", fig.sessions_held),
        Row("Termine", "abgesagt", fig.sessions_cancelled),
        Row("Kinderbetreuung", "Kind-Termine (betreute Kinder je Termin)", fig.child_sessions),
        Row("Kinderbetreuung", "verschiedene Kinder betreut", fig.children_cared),
        Row("Hinweise (Leads)", "neu im Zeitraum", fig.leads_new),
    ]
    out += [
        Row("Hinweise (Leads)", f"Stufe: {LEAD_STAGE_NAMES[stage]}", n)
        for stage, n in fig.leads_by_stage.items()
    ]
    for kind, name in PLACEMENT_KIND_NAMES.items():
        out.append(Row("Vermittlungen im Zeitraum", name, fig.placements_by_kind.get(kind, 0)))
    for kind, name in PLACEMENT_KIND_NAMES.items():
        total = fig.placements_total_by_kind.get(kind, 0)
        out.append(Row("Vermittlungen seit Projektbeginn", name, total))
    quota, section = fig.integration, "Integrationsquote"
    out += [
        Row(section, "Teilnahme beendet", quota.finished),
        Row(section, "in Arbeit, Ausbildung oder Selbstständigkeit", quota.integrated),
        Row(section, "Integrationsquote", quota.rate, percent=True),
        Row(section, "Ziel", quota.target, percent=True),
        Row(section, "daneben: Minijob", quota.minijob),
        Row(section, "daneben: Praktikum", quota.praktikum),
    ]
    sus, section = fig.sustained, "Nachhaltigkeit"
    out += [
        Row(section, "nach 3 Monaten fällig", sus.due_3m),
        Row(section, "nach 3 Monaten nachgefragt", sus.checked_3m),
        Row(section, "nach 3 Monaten beschäftigt", sus.employed_3m),
        Row(section, "Quote nach 3 Monaten", sus.rate_3m, percent=True),
        Row(section, "nach 6 Monaten fällig", sus.due_6m),
        Row(section, "nach 6 Monaten nachgefragt", sus.checked_6m),
        Row(section, "nach 6 Monaten beschäftigt", sus.employed_6m),
        Row(section, "Quote nach 6 Monaten", sus.rate_6m, percent=True),
    ]
    return out


def csv_bytes(fig: Figures) -> bytes:
    table: list[list[object]] = [
        [r.section, r.label, _share(r.value) if r.percent else r.value] for r in rows(fig)
    ]
    return exporting._csv_bytes(list(HEADERS), table)


def xlsx_bytes(fig: Figures) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Kennzahlen"
    for letter, width in zip("ABC", (34, 50, 16), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.append(list(HEADERS))
    for head in sheet[1]:
        head.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for r in rows(fig):
        sheet.append([None, None, None])
        line = sheet.max_row
        for column, text in ((1, r.section), (2, r.label)):
            cell = sheet.cell(line, column)
            exporting._set_text(cell, text)
        cell = sheet.cell(line, 3)
        if isinstance(r.value, str):
            exporting._set_text(cell, r.value)
        elif isinstance(r.value, dt.date):
            cell.value = r.value
            cell.number_format = "DD.MM.YYYY"
        elif r.value is not None:
            cell.value = r.value
            if r.percent:
                cell.number_format = "0.0 %"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def export(ws: Workspace, fig: Figures, path: Path | str) -> Path:
    """Write the figures to ``path`` (.xlsx or .csv); logged as "figures.exported"."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Bitte wählen Sie einen Dateinamen, der auf .xlsx oder .csv endet."
            )
        )
    data = csv_bytes(fig) if suffix == ".csv" else xlsx_bytes(fig)
    exporting._write(path, data)
    with ws.db.session() as s:
        audit.record(s, ws.current_coach.id, "figures.exported", "project", fig.project_id)
    return path


def write_report(ws: Workspace, project_id: int, path: Path | str, data: bytes) -> Path:
    """Write a finished report PDF to ``path`` (atomically, owner-only) and log it."""
    path = Path(path)
    exporting._write(path, data)
    record_report(ws, project_id)
    return path


def record_report(ws: Workspace, project_id: int) -> None:
    """Log that a report of the project was made (to preview, print or save; ids only)."""
    with ws.db.session() as s:
        audit.record(s, ws.current_coach.id, "report.exported", "project", project_id)
