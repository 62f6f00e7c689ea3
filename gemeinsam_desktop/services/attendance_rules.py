"""The one rule of what counts as attendance: used by the attendance summaries, the
Übersicht's and the reports' figures, the Fehlzeitenbescheinigung and the certificates.

- **Enrolment window** = entry date .. the earlier of the exit date and the day before the
  first placement starts. Without an entry date the window starts at the first session the
  person is enrolled in.
- **Counted** sessions lie before ``today``, are not cancelled, have an attendance row and
  fall inside the window. A past row still ``erwartet`` (nobody recorded it) is *not*
  counted: neither an absence nor a presence, so a forgotten list does not lower anyone's
  rate.
- **Hours** of an attended session run from the arrival time (else the session's start) to
  the leaving time (else its end).
- ``unexcused_in_a_row`` walks the counted sessions from the latest backwards and stops at
  the first one that was not ``unentschuldigt``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from gemeinsam_desktop.store.models import Attendance, AttendanceState, Participant, Placement
from gemeinsam_desktop.store.models import Session as SessionRow

PRESENT = frozenset({AttendanceState.ANWESEND, AttendanceState.VERSPAETET})
EXCUSED = frozenset({AttendanceState.ENTSCHULDIGT, AttendanceState.KRANK})
ABSENT = EXCUSED | {AttendanceState.UNENTSCHULDIGT}


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


def compute_summaries(
    s: DbSession, project_id: int, today: dt.date, *, participant_id: int | None = None
) -> dict[int, AttendanceSummary]:
    """``summaries`` inside an open database session (three queries for the project)."""
    people = select(Participant.id, Participant.entry_date, Participant.exit_date).where(
        Participant.project_id == project_id, Participant.erased_at.is_(None)
    )
    placed = (
        select(Placement.participant_id, func.min(Placement.start_date))
        .join(Participant, Participant.id == Placement.participant_id)
        .where(Participant.project_id == project_id)
        .group_by(Placement.participant_id)
    )
    rows = (
        select(
            Attendance.participant_id,
            Attendance.state,
            Attendance.arrived_at,
            Attendance.left_at,
            SessionRow.starts_at,
            SessionRow.ends_at,
            SessionRow.cancelled,
        )
        .join(SessionRow, SessionRow.id == Attendance.session_id)
        .where(
            SessionRow.project_id == project_id,
            SessionRow.starts_at < dt.datetime.combine(today, dt.time()),
        )
        .order_by(Attendance.participant_id, SessionRow.starts_at, SessionRow.id)
    )
    if participant_id is not None:
        people = people.where(Participant.id == participant_id)
        placed = placed.where(Placement.participant_id == participant_id)
        rows = rows.where(Attendance.participant_id == participant_id)
    first_job = dict(s.execute(placed).all())
    windows = {
        pid: enrolment_window(entry, leave, first_job.get(pid))
        for pid, entry, leave in s.execute(people)
    }
    by_person: dict[int, list[tuple[Any, ...]]] = {}
    for row in s.execute(rows):
        by_person.setdefault(row[0], []).append(row)
    return {
        pid: _summary(pid, lo, hi, by_person.get(pid, []), today)
        for pid, (lo, hi) in windows.items()
    }


def enrolment_window(
    entry: dt.date | None, leave: dt.date | None, first_job: dt.date | None
) -> tuple[dt.date | None, dt.date | None]:
    ends = [d for d in (leave, first_job - dt.timedelta(days=1) if first_job else None) if d]
    return entry, min(ends) if ends else None


def enrolment_windows(
    s: DbSession, participant_ids: Iterable[int]
) -> dict[int, tuple[dt.date | None, dt.date | None]]:
    ids = list(participant_ids)
    first_job = dict(
        s.execute(
            select(Placement.participant_id, func.min(Placement.start_date))
            .where(Placement.participant_id.in_(ids))
            .group_by(Placement.participant_id)
        ).all()
    )
    return {
        pid: enrolment_window(entry, leave, first_job.get(pid))
        for pid, entry, leave in s.execute(
            select(Participant.id, Participant.entry_date, Participant.exit_date).where(
                Participant.id.in_(ids)
            )
        )
    }


def counts(
    day: dt.date,
    cancelled: bool,
    state: AttendanceState,
    lo: dt.date | None,
    hi: dt.date | None,
    today: dt.date,
) -> bool:
    return (
        day < today
        and not cancelled
        and state is not AttendanceState.ERWARTET
        and (lo is None or lo <= day)
        and (hi is None or day <= hi)
    )


def _summary(
    pid: int,
    lo: dt.date | None,
    hi: dt.date | None,
    rows: list[tuple[Any, ...]],
    today: dt.date,
) -> AttendanceSummary:
    if lo is None and rows:
        lo = rows[0][4].date()  # no entry date: from the first enrolled session
    counted = attended = excused = unexcused = run = 0
    seconds = 0.0
    for _pid, state, arrived, left, starts_at, ends_at, cancelled in rows:
        if not counts(starts_at.date(), cancelled, state, lo, hi, today):
            continue
        counted += 1
        if state in PRESENT:
            attended += 1
            begin = dt.datetime.combine(starts_at.date(), arrived) if arrived else starts_at
            end = dt.datetime.combine(starts_at.date(), left) if left else ends_at
            seconds += max(0.0, (end - begin).total_seconds())
        elif state in EXCUSED:
            excused += 1
        else:
            unexcused += 1
        run = run + 1 if state is AttendanceState.UNENTSCHULDIGT else 0
    return AttendanceSummary(
        participant_id=pid,
        counted=counted,
        attended=attended,
        excused=excused,
        unexcused=unexcused,
        hours=round(seconds / 3600, 2),
        unexcused_in_a_row=run,
    )
