"""Fehlzeitenbescheinigung: a participant's absences in one month, as the JobCenter asks.

Per person and month: every session that counts (the rule of ``services.attendance``: held,
inside the enrolment window, recorded) where the person was absent, with its code —
**E** entschuldigt, **UE** unentschuldigt, **K** krank — and the reason given (for K: whether
a sick note was handed in). Also how many sessions counted and how many the person attended,
so the form shows the absences in proportion. No notes, no attendance remarks.

The CSV has one line per absence (people without absences get one line without a date, so
the list stays complete); cells are escaped like every export (``services.exporting``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from gemeinsam_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from gemeinsam_desktop.services import audit, exporting
from gemeinsam_desktop.services.attendance_rules import PRESENT, counts, enrolment_window
from gemeinsam_desktop.services.calendar_types import KIND_NAMES
from gemeinsam_desktop.services.text import fold
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.models import (
    Attendance,
    AttendanceState,
    Participant,
    Placement,
    Project,
)
from gemeinsam_desktop.store.models import Session as SessionRow

CODES = {
    AttendanceState.ENTSCHULDIGT: "E",
    AttendanceState.UNENTSCHULDIGT: "UE",
    AttendanceState.KRANK: "K",
}
CODE_NAMES = {"E": "entschuldigt", "UE": "unentschuldigt", "K": "krank"}
SICK_NOTE = "Arbeitsunfähigkeitsbescheinigung liegt vor"
CSV_HEADERS = (
    "Nachname",
    "Vorname",
    "Kundennummer",
    "Monat",
    "Datum",
    "Termin",
    "Code",
    "Grund",
    "Termine gezählt",
    "davon anwesend",
)


@dataclass(frozen=True)
class Absence:
    day: dt.date
    starts_at: dt.datetime
    session: str  # kind and topic, e.g. "Workshop: Bewerbungsmappe"
    code: str  # E, UE or K
    reason: str


@dataclass(frozen=True)
class PersonMonth:
    participant_id: int
    last_name: str
    first_name: str
    customer_number: str
    counted: int  # sessions that count in the month
    present: int
    absences: list[Absence] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"{self.last_name}, {self.first_name}" if self.first_name else self.last_name

    def count(self, code: str) -> int:
        return sum(1 for a in self.absences if a.code == code)


@dataclass(frozen=True)
class AbsenceReport:
    project_name: str
    year: int
    month: int
    people: list[PersonMonth]

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @property
    def last_day(self) -> dt.date:
        return month_bounds(self.year, self.month)[1]


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return first, following - dt.timedelta(days=1)


def parse_month(text: str) -> tuple[int, int]:
    """``2026-06`` or ``06/2026`` or ``6.2026`` → (2026, 6); refuses anything else."""
    cleaned = text.strip().replace("/", "-").replace(".", "-")
    parts = cleaned.split("-")
    try:
        if len(parts) == 2 and len(parts[0]) == 4:
            year, month = int(parts[0]), int(parts[1])
        elif len(parts) == 2 and len(parts[1]) == 4:
            month, year = int(parts[0]), int(parts[1])
        else:
            raise ValueError(text)
        if not 1 <= month <= 12 or not 1900 <= year <= 2200:
            raise ValueError(text)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "„{text}“ ist kein gültiger Monat. Bitte als JJJJ-MM angeben, z. B. 2026-06.",
            ),
            text=text.strip(),
        ) from None
    return year, month


def session_title(kind_name: str, topic: str) -> str:
    return f"{kind_name}: {topic}" if topic and topic != kind_name else kind_name


def reason_text(state: AttendanceState, reason: str, sick_note: bool) -> str:
    if state is AttendanceState.KRANK:
        return "; ".join(x for x in (reason, SICK_NOTE if sick_note else "") if x)
    return reason


def load(
    ws: Workspace,
    project_id: int,
    year: int,
    month: int,
    participant_id: int | None = None,
    *,
    today: dt.date | None = None,
) -> AbsenceReport:
    """Everyone with a counted session in the month (or just ``participant_id``)."""
    today = today or dt.date.today()
    first, last = month_bounds(year, month)
    with ws.db.session() as s:
        project = s.get(Project, project_id)
        if project is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Ein Projekt mit der Nummer {id} gibt es nicht."),
                id=project_id,
            )
        people_query = select(Participant).where(
            Participant.project_id == project_id, Participant.erased_at.is_(None)
        )
        if participant_id is not None:
            people_query = people_query.where(Participant.id == participant_id)
        people = {p.id: p for p in s.scalars(people_query)}
        if participant_id is not None and not people:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Diese Person gibt es in diesem Projekt nicht.")
            )
        first_job = dict(
            s.execute(
                select(Placement.participant_id, func.min(Placement.start_date))
                .where(Placement.participant_id.in_(list(people)))
                .group_by(Placement.participant_id)
            ).all()
        )
        first_session = dict(
            s.execute(
                select(Attendance.participant_id, func.min(SessionRow.starts_at))
                .join(SessionRow, SessionRow.id == Attendance.session_id)
                .where(Attendance.participant_id.in_(list(people)))
                .group_by(Attendance.participant_id)
            ).all()
        )
        rows = s.execute(
            select(
                Attendance.participant_id,
                Attendance.state,
                Attendance.excuse_reason,
                Attendance.sick_note,
                SessionRow.starts_at,
                SessionRow.cancelled,
                SessionRow.kind,
                SessionRow.topic,
            )
            .join(SessionRow, SessionRow.id == Attendance.session_id)
            .where(
                SessionRow.project_id == project_id,
                Attendance.participant_id.in_(list(people)),
                SessionRow.starts_at >= dt.datetime.combine(first, dt.time()),
                SessionRow.starts_at < dt.datetime.combine(last + dt.timedelta(days=1), dt.time()),
            )
            .order_by(SessionRow.starts_at, SessionRow.id)
        ).all()
        found: dict[int, tuple[int, int, list[Absence]]] = {}
        for pid, state, reason, sick, starts_at, cancelled, kind, topic in rows:
            p = people[pid]
            lo, hi = enrolment_window(p.entry_date, p.exit_date, first_job.get(pid))
            if lo is None and pid in first_session:
                lo = first_session[pid].date()
            if not counts(starts_at.date(), cancelled, state, lo, hi, today):
                continue
            counted, present, absences = found.get(pid, (0, 0, []))
            if state in CODES:
                absences.append(
                    Absence(
                        starts_at.date(),
                        starts_at,
                        session_title(KIND_NAMES[kind], topic),
                        CODES[state],
                        reason_text(state, reason, sick),
                    )
                )
            found[pid] = (counted + 1, present + (state in PRESENT), absences)
        result = [
            PersonMonth(pid, p.last_name, p.first_name, p.customer_number, *found[pid])
            for pid, p in people.items()
            if pid in found
        ]
        result.sort(key=lambda x: (fold(x.last_name), fold(x.first_name), x.participant_id))
        return AbsenceReport(project.name, year, month, result)


def csv_rows(report: AbsenceReport) -> list[list[object]]:
    month = f"{report.month:02d}/{report.year}"
    rows: list[list[object]] = []
    for p in report.people:
        base = [p.last_name, p.first_name, p.customer_number, month]
        if not p.absences:
            rows.append([*base, None, "", "", "keine Fehlzeiten", p.counted, p.present])
        for a in p.absences:
            rows.append([*base, a.day, a.session, a.code, a.reason, p.counted, p.present])
    return rows


def csv_bytes(report: AbsenceReport) -> bytes:
    """UTF-8 with BOM, ``;``, formula-like cells escaped (as the participant export)."""
    return exporting._csv_bytes(list(CSV_HEADERS), csv_rows(report))


def write(ws: Workspace, project_id: int, path: Path | str, data: bytes) -> None:
    """Write a finished CSV or PDF to ``path`` (atomically, owner-only) and log it."""
    exporting._write(Path(path), data)
    record_made(ws, project_id)


def record_made(ws: Workspace, project_id: int) -> None:
    """Log that a Fehlzeitenbescheinigung was made (to preview, print or save; ids only)."""
    with ws.db.session() as s:
        audit.record(s, ws.current_coach.id, "absences.exported", "project", project_id)


def people(ws: Workspace, project_id: int) -> list[tuple[int, str]]:
    """(id, "Nachname, Vorname") of everyone who took part, for choosing one person."""
    with ws.db.session() as s:
        found = list(
            s.execute(
                select(Participant.id, Participant.last_name, Participant.first_name).where(
                    Participant.project_id == project_id,
                    Participant.erased_at.is_(None),
                    Participant.entry_date.is_not(None),
                )
            )
        )
    found.sort(key=lambda r: (fold(r.last_name), fold(r.first_name), r.id))
    return [
        (r.id, f"{r.last_name}, {r.first_name}" if r.first_name else r.last_name) for r in found
    ]
