"""Attendance and childcare per session, and attendance summaries per participant.

API first (issue #4): the signatures and dataclasses below are the contract the session
page is built against. Rates count only sessions inside a person's enrolment window (from
entry to exit or placement): a session before someone joined or after they found work is
not an absence.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from gemeinsam_desktop.services.calendar import SessionInfo
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.models import AttendanceState

# Reasons for an excused absence, in the order the UI offers them (stored as shown).
EXCUSE_REASONS = (
    "Kind krank",
    "Betreuung ausgefallen",
    "Termin beim JobCenter",
    "Vorstellungsgespräch",
    "Sonstiges",
)
# One letter per state for quick keyboard entry on the session page.
STATE_KEYS = {
    "A": AttendanceState.ANWESEND,
    "V": AttendanceState.VERSPAETET,
    "E": AttendanceState.ENTSCHULDIGT,
    "K": AttendanceState.KRANK,
    "U": AttendanceState.UNENTSCHULDIGT,
}


@dataclass(frozen=True)
class ChildCare:
    child_id: int
    first_name: str
    age: int
    selected: bool  # looked after during this session
    care_notes: str


@dataclass(frozen=True)
class AttendanceRow:
    attendance_id: int
    participant_id: int
    last_name: str
    first_name: str
    state: AttendanceState
    excuse_reason: str
    sick_note: bool
    arrived_at: dt.time | None
    left_at: dt.time | None
    note: str
    children: tuple[ChildCare, ...]  # the participant's children needing care

    @property
    def name(self) -> str:
        return f"{self.last_name}, {self.first_name}" if self.first_name else self.last_name


@dataclass(frozen=True)
class ChildcareSummary:
    under_3: int
    age_3_to_6: int
    school_age: int
    capacity: int | None

    @property
    def total(self) -> int:
        return self.under_3 + self.age_3_to_6 + self.school_age

    @property
    def over_capacity(self) -> bool:
        return self.capacity is not None and self.total > self.capacity


@dataclass(frozen=True)
class SessionSheet:
    session: SessionInfo
    rows: tuple[AttendanceRow, ...]  # sorted by last name, first name
    childcare: ChildcareSummary


@dataclass(frozen=True)
class AttendanceSummary:
    participant_id: int
    counted: int  # past, not cancelled, enrolled sessions inside the enrolment window
    attended: int  # anwesend or verspätet
    excused: int  # entschuldigt or krank
    unexcused: int
    hours: float  # hours of the attended sessions (arrival/leaving times when recorded)
    unexcused_in_a_row: int  # the current run of unexcused absences, latest first

    @property
    def rate(self) -> float | None:
        return self.attended / self.counted if self.counted else None


def enrol(ws: Workspace, session_id: int, participant_ids: list[int]) -> int:
    """Expect these participants (state ``erwartet``); returns how many were new."""
    raise NotImplementedError


def enrol_series(ws: Workspace, series_id: int, participant_ids: list[int]) -> int:
    """Expect them at every date of the series that lies in their enrolment window."""
    raise NotImplementedError


def session_sheet(ws: Workspace, session_id: int) -> SessionSheet:
    raise NotImplementedError


_UNSET = object()


def set_attendance(
    ws: Workspace,
    attendance_id: int,
    *,
    state: AttendanceState | None = None,
    excuse_reason: str | None = None,
    sick_note: bool | None = None,
    arrived_at: dt.time | None | object = _UNSET,
    left_at: dt.time | None | object = _UNSET,
    note: str | None = None,
) -> AttendanceRow:
    """Change some fields of one row (arguments left out stay as they are)."""
    raise NotImplementedError


def add_walk_in(ws: Workspace, session_id: int, participant_id: int) -> AttendanceRow:
    """Someone came who was not expected: enrolled and marked anwesend."""
    raise NotImplementedError


def remove_enrolment(ws: Workspace, attendance_id: int) -> None:
    raise NotImplementedError


def set_children(ws: Workspace, attendance_id: int, child_ids: list[int]) -> None:
    """Which of the participant's children are looked after during this session."""
    raise NotImplementedError


def childcare_summary(ws: Workspace, session_id: int) -> ChildcareSummary:
    raise NotImplementedError


def summaries(
    ws: Workspace, project_id: int, today: dt.date | None = None
) -> dict[int, AttendanceSummary]:
    """Per participant of the project (one pass over the attendance rows)."""
    raise NotImplementedError


def summary_for(
    ws: Workspace, participant_id: int, today: dt.date | None = None
) -> AttendanceSummary:
    raise NotImplementedError
