"""Attendance and childcare per session, and attendance summaries per participant.

API first (issue #4): the signatures and dataclasses below are the contract the session
page is built against. Rates count only sessions inside a person's enrolment window (from
entry to exit or placement): a session before someone joined or after they found work is
not an absence.

Decisions (documented here because reports and the UI rely on them):

- What counts (the enrolment window, counted sessions, hours, unexcused in a row) is one
  rule for the whole app: ``attendance_rules``.
- **Children**: a row lists the participant's children who need care at the session date
  (``needs_childcare`` and younger than ``CHILDCARE_AGE_LIMIT``) plus any already chosen.
  Marking someone present (from a state that was not present) selects those children when
  none are chosen yet; marking them absent clears the choice. ``children_in_care`` always
  equals the number chosen. The childcare figures count the chosen children of present and
  expected rows, and for expected rows with no choice yet the children who need care (the
  forecast the childcare staff plan with).
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

import holidays
from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session as DbSession

from gemeinsam_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from gemeinsam_desktop.services import audit
from gemeinsam_desktop.services.attendance_rules import (
    ABSENT,
    EXCUSED,
    PRESENT,
    AttendanceSummary,
    compute_summaries,
    counts,
    enrolment_windows,
)
from gemeinsam_desktop.services.calendar import SessionInfo
from gemeinsam_desktop.services.text import bounded, fold
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.models import (
    Attendance,
    AttendanceChild,
    AttendanceState,
    Child,
    Coach,
    Employer,
    Location,
    Participant,
    SessionCoach,
    SessionKind,
)
from gemeinsam_desktop.store.models import Session as SessionRow

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


# Children this old (whole years at the session date) or older are not looked after; the
# same limit as ``roster.CHILDCARE_AGE_LIMIT`` (roster imports this module, not vice versa).
CHILDCARE_AGE_LIMIT = 12


# -- public API ---------------------------------------------------------------------------
def enrol(ws: Workspace, session_id: int, participant_ids: list[int]) -> int:
    """Expect these participants (state ``erwartet``); returns how many were new."""
    wanted = list(dict.fromkeys(participant_ids))
    if not wanted:
        return 0
    with ws.db.session() as s:
        sess = _get_session(s, session_id)
        _refuse_cancelled(sess)
        _check_people(s, sess.project_id, wanted)
        already = set(
            s.scalars(
                select(Attendance.participant_id).where(
                    Attendance.session_id == session_id, Attendance.participant_id.in_(wanted)
                )
            )
        )
        new = [pid for pid in wanted if pid not in already]
        if new:
            s.execute(
                insert(Attendance),
                [{"session_id": session_id, "participant_id": pid} for pid in new],
            )
            audit.record(s, ws.current_coach.id, "attendance.enrolled", "session", session_id)
        return len(new)


def enrol_series(ws: Workspace, series_id: int, participant_ids: list[int]) -> int:
    """Expect them at every date of the series that lies in their enrolment window.

    Cancelled dates are left out; returns how many rows were new.
    """
    wanted = list(dict.fromkeys(participant_ids))
    with ws.db.session() as s:
        sessions = s.execute(
            select(SessionRow.id, SessionRow.project_id, SessionRow.starts_at)
            .where(SessionRow.series_id == series_id, SessionRow.cancelled.is_(False))
            .order_by(SessionRow.starts_at)
        ).all()
        if not wanted or not sessions:
            return 0
        _check_people(s, sessions[0].project_id, wanted)
        windows = enrolment_windows(s, wanted)
        ids = [row.id for row in sessions]
        already = set(
            s.execute(
                select(Attendance.session_id, Attendance.participant_id).where(
                    Attendance.session_id.in_(ids), Attendance.participant_id.in_(wanted)
                )
            )
        )
        new: list[tuple[int, int]] = []
        for sid, _project, starts_at in sessions:
            day = starts_at.date()
            for pid in wanted:
                lo, hi = windows[pid]
                inside = (lo is None or lo <= day) and (hi is None or day <= hi)
                if inside and (sid, pid) not in already:
                    new.append((sid, pid))
        if new:
            s.execute(
                insert(Attendance),
                [{"session_id": sid, "participant_id": pid} for sid, pid in new],
            )
            touched = sorted({sid for sid, _pid in new})
            audit.record_many(s, ws.current_coach.id, "attendance.enrolled", "session", touched)
        return len(new)


def session_sheet(ws: Workspace, session_id: int) -> SessionSheet:
    with ws.db.session() as s:
        sess = _get_session(s, session_id)
        rows, care = _rows(s, sess)
        present = sum(1 for r in rows if r.state in PRESENT)
        return SessionSheet(_session_info(s, sess, len(rows), present), rows, care)


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
    """Change some fields of one row (arguments left out stay as they are).

    ``entschuldigt`` keeps a reason given before, ``krank`` starts without one (the illness
    is the reason) unless one is passed; any other state clears reason and sick note, and
    any state but anwesend/verspätet clears arrival and leaving times. Passing a reason, a
    sick note or a time that does not fit the (new) state is refused.
    """
    with ws.db.session() as s:
        att, sess = _get_attendance(s, attendance_id)
        _apply(
            s,
            att,
            sess,
            state=state,
            excuse_reason=excuse_reason,
            sick_note=sick_note,
            arrived_at=arrived_at,
            left_at=left_at,
            note=note,
        )
        audit.record(s, ws.current_coach.id, "attendance.changed", "session", sess.id)
        return _one_row(s, sess, att.id)


def add_walk_in(ws: Workspace, session_id: int, participant_id: int) -> AttendanceRow:
    """Someone came who was not expected: enrolled and marked anwesend.

    When the person is already enrolled, their row is marked anwesend.
    """
    with ws.db.session() as s:
        sess = _get_session(s, session_id)
        _refuse_cancelled(sess)
        _check_people(s, sess.project_id, [participant_id])
        att = s.scalars(
            select(Attendance).where(
                Attendance.session_id == session_id, Attendance.participant_id == participant_id
            )
        ).first()
        if att is None:
            att = Attendance(
                session_id=session_id,
                participant_id=participant_id,
                state=AttendanceState.ERWARTET,
                excuse_reason="",
                sick_note=False,
                children_in_care=0,
                note="",
            )
            s.add(att)
            s.flush()
        if att.state not in PRESENT:
            _apply(s, att, sess, state=AttendanceState.ANWESEND)
        audit.record(s, ws.current_coach.id, "attendance.walk_in", "session", session_id)
        return _one_row(s, sess, att.id)


def remove_enrolment(ws: Workspace, attendance_id: int) -> None:
    with ws.db.session() as s:
        att, sess = _get_attendance(s, attendance_id)
        s.execute(delete(AttendanceChild).where(AttendanceChild.attendance_id == att.id))
        s.delete(att)
        s.flush()
        audit.record(s, ws.current_coach.id, "attendance.removed", "session", sess.id)


def set_children(ws: Workspace, attendance_id: int, child_ids: list[int]) -> None:
    """Which of the participant's children are looked after during this session."""
    wanted = list(dict.fromkeys(child_ids))
    with ws.db.session() as s:
        att, sess = _get_attendance(s, attendance_id)
        if wanted and not sess.childcare_offered:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Bei diesem Termin gibt es keine Kinderbetreuung.")
            )
        if wanted and att.state in ABSENT:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Die Person war nicht da: Es können keine Kinder betreut worden sein.",
                )
            )
        own = set(
            s.scalars(
                select(Child.id).where(
                    Child.participant_id == att.participant_id, Child.id.in_(wanted)
                )
            )
        )
        if len(own) != len(wanted):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Mindestens eines der gewählten Kinder gehört nicht zu dieser Person.",
                )
            )
        _choose(s, att, wanted)
        audit.record(s, ws.current_coach.id, "attendance.children", "session", sess.id)


def childcare_summary(ws: Workspace, session_id: int) -> ChildcareSummary:
    with ws.db.session() as s:
        return _rows(s, _get_session(s, session_id))[1]


def summaries(
    ws: Workspace, project_id: int, today: dt.date | None = None
) -> dict[int, AttendanceSummary]:
    """Per participant of the project (one pass over the attendance rows)."""
    with ws.db.session() as s:
        return compute_summaries(s, project_id, today or dt.date.today())


def summary_for(
    ws: Workspace, participant_id: int, today: dt.date | None = None
) -> AttendanceSummary:
    with ws.db.session() as s:
        project_id = s.scalar(
            select(Participant.project_id).where(
                Participant.id == participant_id, Participant.erased_at.is_(None)
            )
        )
        if project_id is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Diese Person gibt es nicht mehr (gelöscht).")
            )
        found = compute_summaries(
            s, project_id, today or dt.date.today(), participant_id=participant_id
        )
        return found[participant_id]


@dataclass(frozen=True)
class SessionLine:
    """One of a person's sessions, for the record's attendance tab."""

    attendance_id: int
    session_id: int
    kind: SessionKind
    topic: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    cancelled: bool
    state: AttendanceState
    counted: bool  # inside the window, past, not cancelled, recorded


def sessions_of(
    ws: Workspace, participant_id: int, today: dt.date | None = None
) -> list[SessionLine]:
    """Every session the person is enrolled in, latest first."""
    today = today or dt.date.today()
    with ws.db.session() as s:
        window = enrolment_windows(s, [participant_id])[participant_id]
        rows = s.execute(
            select(
                Attendance.id,
                SessionRow.id,
                SessionRow.kind,
                SessionRow.topic,
                SessionRow.starts_at,
                SessionRow.ends_at,
                SessionRow.cancelled,
                Attendance.state,
            )
            .join(SessionRow, SessionRow.id == Attendance.session_id)
            .where(Attendance.participant_id == participant_id)
            .order_by(SessionRow.starts_at.desc(), SessionRow.id.desc())
        ).all()
    lo, hi = window
    if lo is None and rows:
        lo = min(r[4] for r in rows).date()
    return [
        SessionLine(
            aid,
            sid,
            kind,
            topic,
            start,
            end,
            cancelled,
            state,
            counts(start.date(), cancelled, state, lo, hi, today),
        )
        for aid, sid, kind, topic, start, end, cancelled, state in rows
    ]


# -- writing --------------------------------------------------------------------------------
def _apply(
    s: DbSession,
    att: Attendance,
    sess: SessionRow,
    *,
    state: AttendanceState | None = None,
    excuse_reason: str | None = None,
    sick_note: bool | None = None,
    arrived_at: object = _UNSET,
    left_at: object = _UNSET,
    note: str | None = None,
) -> None:
    old = att.state
    new = AttendanceState(state) if state is not None else old
    reason = (
        bounded(excuse_reason, 120, QT_TRANSLATE_NOOP("fields", "Grund"))
        if excuse_reason is not None
        else None
    )
    if new in EXCUSED:
        if reason is not None:
            att.excuse_reason = reason
        elif new is AttendanceState.KRANK and old is not AttendanceState.KRANK:
            att.excuse_reason = ""
        if sick_note is not None:
            att.sick_note = sick_note
    else:
        if reason or sick_note:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Einen Grund oder eine Krankmeldung gibt es nur bei „entschuldigt“ "
                    "oder „krank“.",
                )
            )
        att.excuse_reason, att.sick_note = "", False
    arrived = att.arrived_at if arrived_at is _UNSET else _time(arrived_at)
    leaving = att.left_at if left_at is _UNSET else _time(left_at)
    if new not in PRESENT:
        given = [t for t in (arrived_at, left_at) if t is not _UNSET and t is not None]
        if given:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Ankunfts- und Gehzeit gibt es nur bei „anwesend“ oder „verspätet“.",
                )
            )
        arrived = leaving = None
    if arrived is not None and leaving is not None and leaving <= arrived:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Die Gehzeit ({left}) muss nach der Ankunftszeit ({arrived}) liegen."
            ),
            left=leaving.strftime("%H:%M"),
            arrived=arrived.strftime("%H:%M"),
        )
    att.arrived_at, att.left_at = arrived, leaving
    if note is not None:
        att.note = bounded(note, 500, QT_TRANSLATE_NOOP("fields", "Notiz"))
    att.state = new
    if new in ABSENT and old not in ABSENT:
        _choose(s, att, [])
    elif new in PRESENT and old not in PRESENT and sess.childcare_offered:
        has_choice = s.scalar(
            select(func.count())
            .select_from(AttendanceChild)
            .where(AttendanceChild.attendance_id == att.id)
        )
        if not has_choice:
            day = sess.starts_at.date()
            kids = _kids_of(s, [att.participant_id]).get(att.participant_id, [])
            _choose(s, att, [k.id for k in kids if _needs_care(k, day)])
    s.flush()


def _time(value: object) -> dt.time | None:
    if value is None or isinstance(value, dt.time):
        return value
    raise TypeError(f"time expected, got {type(value).__name__}")


def _choose(s: DbSession, att: Attendance, child_ids: list[int]) -> None:
    s.execute(delete(AttendanceChild).where(AttendanceChild.attendance_id == att.id))
    if child_ids:
        s.execute(
            insert(AttendanceChild),
            [{"attendance_id": att.id, "child_id": cid} for cid in child_ids],
        )
    att.children_in_care = len(child_ids)


def _check_people(s: DbSession, project_id: int, participant_ids: list[int]) -> None:
    found = set(
        s.scalars(
            select(Participant.id).where(
                Participant.id.in_(participant_ids),
                Participant.project_id == project_id,
                Participant.erased_at.is_(None),
            )
        )
    )
    if len(found) != len(set(participant_ids)):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Mindestens eine der gewählten Personen gehört nicht zu diesem Projekt oder "
                "wurde gelöscht.",
            )
        )


def _get_session(s: DbSession, session_id: int) -> SessionRow:
    sess = s.get(SessionRow, session_id)
    if sess is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Diesen Termin gibt es nicht mehr."))
    return sess


def _get_attendance(s: DbSession, attendance_id: int) -> tuple[Attendance, SessionRow]:
    att = s.get(Attendance, attendance_id)
    if att is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Diese Anmeldung gibt es nicht mehr (entfernt).")
        )
    return att, _get_session(s, att.session_id)


def _refuse_cancelled(sess: SessionRow) -> None:
    if sess.cancelled:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Dieser Termin ist abgesagt. Bitte wählen Sie einen anderen."
            )
        )


# -- reading one session ----------------------------------------------------------------------
def child_age(birth_year: int, birth_month: int, day: dt.date) -> int:
    """Whole years at ``day`` from the birth month (the day of birth is not stored)."""
    return max(0, ((day.year - birth_year) * 12 + day.month - birth_month) // 12)


@dataclass(frozen=True)
class _Kid:
    id: int
    participant_id: int
    first_name: str
    birth_year: int
    birth_month: int
    needs_childcare: bool
    care_notes: str


def _needs_care(kid: _Kid, day: dt.date) -> bool:
    return (
        kid.needs_childcare
        and (kid.birth_year, kid.birth_month) <= (day.year, day.month)
        and child_age(kid.birth_year, kid.birth_month, day) < CHILDCARE_AGE_LIMIT
    )


def _kids_of(s: DbSession, participant_ids: list[int]) -> dict[int, list[_Kid]]:
    out: dict[int, list[_Kid]] = {}
    if not participant_ids:
        return out
    query = (
        select(
            Child.id,
            Child.participant_id,
            Child.first_name,
            Child.birth_year,
            Child.birth_month,
            Child.needs_childcare,
            Child.care_notes,
        )
        .where(Child.participant_id.in_(participant_ids))
        .order_by(Child.birth_year, Child.birth_month, Child.id)
    )
    for row in s.execute(query):
        out.setdefault(row[1], []).append(_Kid(*row))
    return out


def _rows(
    s: DbSession, sess: SessionRow, only: int | None = None
) -> tuple[tuple[AttendanceRow, ...], ChildcareSummary]:
    """The session's rows (or the one row ``only``), sorted, and the childcare figures."""
    query = (
        select(
            Attendance.id,
            Attendance.participant_id,
            Attendance.state,
            Attendance.excuse_reason,
            Attendance.sick_note,
            Attendance.arrived_at,
            Attendance.left_at,
            Attendance.note,
            Participant.last_name,
            Participant.first_name,
        )
        .join(Participant, Participant.id == Attendance.participant_id)
        .where(Attendance.session_id == sess.id)
    )
    if only is not None:
        query = query.where(Attendance.id == only)
    raw = s.execute(query).all()
    kids = _kids_of(s, [r.participant_id for r in raw])
    chosen: dict[int, set[int]] = {}
    link_query = (
        select(AttendanceChild.attendance_id, AttendanceChild.child_id)
        .join(Attendance, Attendance.id == AttendanceChild.attendance_id)
        .where(Attendance.session_id == sess.id)
    )
    for aid, cid in s.execute(link_query):
        chosen.setdefault(aid, set()).add(cid)
    day = sess.starts_at.date()
    groups = [0, 0, 0]
    rows = []
    for r in raw:
        picked = chosen.get(r.id, set())
        shown = [k for k in kids.get(r.participant_id, []) if k.id in picked or _needs_care(k, day)]
        rows.append(
            AttendanceRow(
                attendance_id=r.id,
                participant_id=r.participant_id,
                last_name=r.last_name,
                first_name=r.first_name,
                state=r.state,
                excuse_reason=r.excuse_reason,
                sick_note=r.sick_note,
                arrived_at=r.arrived_at,
                left_at=r.left_at,
                note=r.note,
                children=tuple(
                    ChildCare(
                        k.id,
                        k.first_name,
                        child_age(k.birth_year, k.birth_month, day),
                        k.id in picked,
                        k.care_notes,
                    )
                    for k in shown
                ),
            )
        )
        if not sess.childcare_offered or r.state in ABSENT:
            continue
        if picked:
            cared = [k for k in shown if k.id in picked]
        elif r.state is AttendanceState.ERWARTET:  # nothing chosen yet: the forecast
            cared = [k for k in shown if _needs_care(k, day)]
        else:
            cared = []
        for k in cared:
            age = child_age(k.birth_year, k.birth_month, day)
            groups[0 if age < 3 else 1 if age < 7 else 2] += 1
    rows.sort(key=lambda a: (fold(a.last_name), fold(a.first_name), a.attendance_id))
    return tuple(rows), ChildcareSummary(groups[0], groups[1], groups[2], sess.childcare_capacity)


def _one_row(s: DbSession, sess: SessionRow, attendance_id: int) -> AttendanceRow:
    return _rows(s, sess, only=attendance_id)[0][0]


@functools.lru_cache(maxsize=16)
def _holidays(year: int) -> holidays.HolidayBase:
    return holidays.Germany(subdiv="HE", years=year, language="de")


def _holiday(day: dt.date) -> str | None:
    name = _holidays(day.year).get(day)
    return str(name) if name else None


def _session_info(s: DbSession, sess: SessionRow, expected: int, present: int) -> SessionInfo:
    """``calendar.SessionInfo``, built here in the same database session.

    (``calendar.session_info`` was not written yet when this was; building it here also
    spares a second connection while the session page opens.)
    """
    location_name: str | None = ""
    if sess.location_id is not None:
        location_name = s.scalar(select(Location.name).where(Location.id == sess.location_id))
    coach_ids = [sess.coach_id] if sess.coach_id is not None else []
    for cid in s.scalars(
        select(SessionCoach.coach_id)
        .where(SessionCoach.session_id == sess.id)
        .order_by(SessionCoach.coach_id)
    ):
        if cid not in coach_ids:
            coach_ids.append(cid)
    names: dict[int, str] = {}
    if coach_ids:
        names = dict(s.execute(select(Coach.id, Coach.name).where(Coach.id.in_(coach_ids))).all())
    employer_name: str | None = ""
    if sess.employer_id is not None:
        employer_name = s.scalar(select(Employer.name).where(Employer.id == sess.employer_id))
    return SessionInfo(
        id=sess.id,
        project_id=sess.project_id,
        series_id=sess.series_id,
        kind=sess.kind,
        topic=sess.topic,
        starts_at=sess.starts_at,
        ends_at=sess.ends_at,
        location_id=sess.location_id,
        location_name=location_name or "",
        room=sess.room,
        coach_names=tuple(names[c] for c in coach_ids if c in names),
        employer_name=employer_name or "",
        capacity=sess.capacity,
        childcare_offered=sess.childcare_offered,
        childcare_capacity=sess.childcare_capacity,
        cancelled=sess.cancelled,
        cancel_reason=sess.cancel_reason,
        expected=expected,
        present=present,
        holiday=_holiday(sess.starts_at.date()),
    )
