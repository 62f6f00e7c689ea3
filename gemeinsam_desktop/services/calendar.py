"""The session calendar: locations, single sessions, conflicts, individual coaching.

API first (issue #4): the signatures below and the dataclasses of ``calendar_types.py``
(re-exported here) are the contract the calendar UI is built against. Weekly series (dates
skip public holidays in Hessen; edits for one date, the following ones or all) live in
``series.py``, the iCalendar export in ``ics.py``; their public names are re-exported here,
so ``calendar.create_series(...)`` keeps working.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
from dataclasses import replace
from typing import TYPE_CHECKING

import holidays
from sqlalchemy import ColumnElement, Subquery, case, delete, func, select, update
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import aliased

from gemeinsam_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from gemeinsam_desktop.services import audit
from gemeinsam_desktop.services.calendar_types import GROUP_KINDS as GROUP_KINDS
from gemeinsam_desktop.services.calendar_types import KIND_NAMES as KIND_NAMES
from gemeinsam_desktop.services.calendar_types import (
    PRESENT_STATES,
    Conflict,
    LocationInfo,
    SessionData,
    SessionInfo,
)
from gemeinsam_desktop.services.calendar_types import EditScope as EditScope
from gemeinsam_desktop.services.calendar_types import SeriesData as SeriesData
from gemeinsam_desktop.services.text import bounded, clean, fold
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.models import (
    Attendance,
    AttendanceChild,
    AttendanceState,
    Coach,
    CoachingNote,
    Employer,
    Location,
    Participant,
    Project,
    SessionCoach,
    SessionKind,
)
from gemeinsam_desktop.store.models import Session as SessionRow

if TYPE_CHECKING:
    from gemeinsam_desktop.services.ics import BERLIN as BERLIN
    from gemeinsam_desktop.services.ics import PRODID as PRODID
    from gemeinsam_desktop.services.ics import export_ics as export_ics
    from gemeinsam_desktop.services.ics import ics_summary as ics_summary
    from gemeinsam_desktop.services.series import MAX_SERIES_DATES as MAX_SERIES_DATES
    from gemeinsam_desktop.services.series import create_series as create_series
    from gemeinsam_desktop.services.series import load_series as load_series
    from gemeinsam_desktop.services.series import series_dates as series_dates
    from gemeinsam_desktop.services.series import update_series as update_series


# -- holidays -------------------------------------------------------------------------------
@functools.lru_cache(maxsize=16)
def _holidays_of(year: int) -> dict[dt.date, str]:
    return dict(holidays.Germany(subdiv="HE", years=year, language="de").items())


def holiday_name(day: dt.date) -> str | None:
    """The public holiday in Hessen on ``day`` (German name), or None."""
    return _holidays_of(day.year).get(day)


# -- locations ------------------------------------------------------------------------------
def _rooms_of(text: str) -> tuple[str, ...]:
    return tuple(r.strip() for r in text.splitlines() if r.strip())


def list_locations(ws: Workspace, *, include_archived: bool = False) -> list[LocationInfo]:
    query = select(Location).order_by(Location.name, Location.id)
    if not include_archived:
        query = query.where(Location.archived.is_(False))
    with ws.db.session() as s:
        return [
            LocationInfo(loc.id, loc.name, loc.address, _rooms_of(loc.rooms))
            for loc in s.scalars(query)
        ]


def save_location(
    ws: Workspace,
    name: str,
    address: str = "",
    rooms: tuple[str, ...] = (),
    location_id: int | None = None,
    *,
    archived: bool | None = None,
) -> int:
    """Create or update a location; ``archived`` (optional) hides it from new sessions."""
    name = bounded(name, 200, QT_TRANSLATE_NOOP("fields", "Name des Orts"))
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Bitte geben Sie einen Namen für den Ort an.")
        )
    address = bounded(address, 300, QT_TRANSLATE_NOOP("fields", "Adresse"))
    cleaned: list[str] = []
    for room in rooms:
        room = bounded(room, 120, QT_TRANSLATE_NOOP("fields", "Raum"))
        if room and room not in cleaned:
            cleaned.append(room)
    joined = bounded("\n".join(cleaned), 500, QT_TRANSLATE_NOOP("fields", "Räume"), multiline=True)
    with ws.db.session() as s:
        if location_id is None:
            loc = Location(name=name, address=address, rooms=joined, archived=bool(archived))
            s.add(loc)
            s.flush()
            audit.record(s, ws.current_coach.id, "location.created", "location", loc.id)
        else:
            found = s.get(Location, location_id)
            if found is None:
                raise _missing(QT_TRANSLATE_NOOP("fields", "Ort"), location_id)
            loc = found
            loc.name, loc.address, loc.rooms = name, address, joined
            if archived is not None:
                loc.archived = archived
            audit.record(s, ws.current_coach.id, "location.updated", "location", loc.id)
        return loc.id


def _missing(what: str, ident: int) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors", "{what} Nr. {id} gibt es nicht (mehr). Bitte laden Sie die Ansicht neu."
        ),
        arg_contexts={"what": "fields"},
        what=what,
        id=ident,
    )


# -- reading sessions -----------------------------------------------------------------------
def _counts_subquery() -> Subquery:
    present = func.sum(case((Attendance.state.in_(PRESENT_STATES), 1), else_=0))
    return (
        select(
            Attendance.session_id.label("sid"),
            func.count(Attendance.id).label("expected"),
            present.label("present"),
        )
        .group_by(Attendance.session_id)
        .subquery()
    )


def _infos(s: DbSession, *conditions: ColumnElement[bool]) -> list[SessionInfo]:
    """SessionInfo rows for the sessions matching ``conditions``: three queries in all."""
    counts = _counts_subquery()
    lead = aliased(Coach)
    query = (
        select(
            SessionRow,
            Location.name,
            lead.name,
            Employer.name,
            func.coalesce(counts.c.expected, 0),
            func.coalesce(counts.c.present, 0),
        )
        .outerjoin(Location, Location.id == SessionRow.location_id)
        .outerjoin(lead, lead.id == SessionRow.coach_id)
        .outerjoin(Employer, Employer.id == SessionRow.employer_id)
        .outerjoin(counts, counts.c.sid == SessionRow.id)
        .where(*conditions)
        .order_by(SessionRow.starts_at, SessionRow.id)
    )
    rows = s.execute(query).all()
    if not rows:
        return []
    extra: dict[int, list[str]] = {}
    ids = [row[0].id for row in rows]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for sid, name in s.execute(
            select(SessionCoach.session_id, Coach.name)
            .join(Coach, Coach.id == SessionCoach.coach_id)
            .where(SessionCoach.session_id.in_(chunk))
            .order_by(SessionCoach.session_id, Coach.name)
        ):
            extra.setdefault(sid, []).append(name)
    result = []
    for row, location_name, lead_name, employer_name, expected, present in rows:
        names = ([lead_name] if lead_name else []) + [
            n for n in extra.get(row.id, []) if n != lead_name
        ]
        result.append(
            SessionInfo(
                id=row.id,
                project_id=row.project_id,
                series_id=row.series_id,
                kind=row.kind,
                topic=row.topic,
                starts_at=row.starts_at,
                ends_at=row.ends_at,
                location_id=row.location_id,
                location_name=location_name or "",
                room=row.room,
                coach_names=tuple(names),
                employer_name=employer_name or "",
                capacity=row.capacity,
                childcare_offered=row.childcare_offered,
                childcare_capacity=row.childcare_capacity,
                cancelled=row.cancelled,
                cancel_reason=row.cancel_reason,
                expected=int(expected or 0),
                present=int(present or 0),
                holiday=holiday_name(row.starts_at.date()),
            )
        )
    return result


def _day_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def sessions_between(
    ws: Workspace,
    project_id: int,
    start: dt.date,
    end: dt.date,
    *,
    include_cancelled: bool = True,
) -> list[SessionInfo]:
    """Sessions whose start lies in [start, end] (both days included), by start time."""
    conditions = [
        SessionRow.project_id == project_id,
        SessionRow.starts_at >= _day_start(start),
        SessionRow.starts_at < _day_start(end + dt.timedelta(days=1)),
    ]
    if not include_cancelled:
        conditions.append(SessionRow.cancelled.is_(False))
    with ws.db.session() as s:
        return _infos(s, *conditions)


def _coach_ids(s: DbSession, row: SessionRow) -> list[int]:
    extra = s.scalars(
        select(SessionCoach.coach_id)
        .where(SessionCoach.session_id == row.id)
        .order_by(SessionCoach.coach_id)
    ).all()
    lead = [row.coach_id] if row.coach_id is not None else []
    return lead + [c for c in extra if c != row.coach_id]


def load_session(ws: Workspace, session_id: int) -> SessionData:
    with ws.db.session() as s:
        row = s.get(SessionRow, session_id)
        if row is None:
            raise _missing(QT_TRANSLATE_NOOP("fields", "Termin"), session_id)
        return SessionData(
            project_id=row.project_id,
            kind=row.kind,
            starts_at=row.starts_at,
            ends_at=row.ends_at,
            topic=row.topic,
            location_id=row.location_id,
            room=row.room,
            coach_ids=_coach_ids(s, row),
            employer_id=row.employer_id,
            capacity=row.capacity,
            childcare_offered=row.childcare_offered,
            childcare_capacity=row.childcare_capacity,
            cancelled=row.cancelled,
            cancel_reason=row.cancel_reason,
            series_id=row.series_id,
            id=row.id,
        )


def session_info(ws: Workspace, session_id: int) -> SessionInfo:
    with ws.db.session() as s:
        found = _infos(s, SessionRow.id == session_id)
    if not found:
        raise _missing(QT_TRANSLATE_NOOP("fields", "Termin"), session_id)
    return found[0]


# -- writing sessions -----------------------------------------------------------------------
def _check_count(value: int | None, label: str) -> int | None:
    if value is not None and value < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "„{field}“ darf nicht negativ sein."),
            arg_contexts={"field": "fields"},
            field=label,
        )
    return value


def _check_times(starts_at: dt.datetime, ends_at: dt.datetime) -> None:
    if ends_at <= starts_at:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Das Ende ({end}) muss nach dem Beginn ({start}) liegen."),
            start=starts_at.strftime("%H:%M"),
            end=ends_at.strftime("%H:%M"),
        )
    if ends_at.date() != starts_at.date():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Ein Termin muss am selben Tag enden, an dem er beginnt ({day}). Für mehrere "
                "Tage legen Sie bitte je Tag einen Termin an.",
            ),
            day=starts_at.strftime("%d.%m.%Y"),
        )


def _check_refs(
    s: DbSession, project_id: int, location_id: int | None, coach_ids: list[int]
) -> None:
    if s.get(Project, project_id) is None:
        raise _missing(QT_TRANSLATE_NOOP("fields", "Projekt"), project_id)
    if location_id is not None and s.get(Location, location_id) is None:
        raise _missing(QT_TRANSLATE_NOOP("fields", "Ort"), location_id)
    for coach_id in coach_ids:
        if s.get(Coach, coach_id) is None:
            raise _missing(QT_TRANSLATE_NOOP("fields", "Coach-Konto"), coach_id)


def _clean_session(data: SessionData) -> SessionData:
    _check_times(data.starts_at, data.ends_at)
    coach_ids: list[int] = []
    for c in data.coach_ids:
        if c not in coach_ids:
            coach_ids.append(c)
    return replace(
        data,
        kind=SessionKind(data.kind),
        topic=bounded(data.topic, 200, QT_TRANSLATE_NOOP("fields", "Thema")),
        room=bounded(data.room, 120, QT_TRANSLATE_NOOP("fields", "Raum")),
        cancel_reason=bounded(
            data.cancel_reason, 300, QT_TRANSLATE_NOOP("fields", "Grund der Absage")
        )
        if data.cancelled
        else "",
        capacity=_check_count(data.capacity, QT_TRANSLATE_NOOP("fields", "Plätze")),
        childcare_capacity=_check_count(
            data.childcare_capacity, QT_TRANSLATE_NOOP("fields", "Plätze Kinderbetreuung")
        ),
        coach_ids=coach_ids,
        starts_at=data.starts_at.replace(tzinfo=None, microsecond=0),
        ends_at=data.ends_at.replace(tzinfo=None, microsecond=0),
    )


def _set_coaches(s: DbSession, row: SessionRow, coach_ids: list[int]) -> None:
    row.coach_id = coach_ids[0] if coach_ids else None
    s.execute(delete(SessionCoach).where(SessionCoach.session_id == row.id))
    for coach_id in coach_ids[1:]:
        s.add(SessionCoach(session_id=row.id, coach_id=coach_id))


def save_session(ws: Workspace, data: SessionData) -> int:
    """Create or update one session; a changed series date becomes ``detached``."""
    data = _clean_session(data)
    values = {
        "project_id": data.project_id,
        "kind": data.kind,
        "topic": data.topic,
        "starts_at": data.starts_at,
        "ends_at": data.ends_at,
        "location_id": data.location_id,
        "room": data.room,
        "employer_id": data.employer_id,
        "capacity": data.capacity,
        "childcare_offered": data.childcare_offered,
        "childcare_capacity": data.childcare_capacity,
        "cancelled": data.cancelled,
        "cancel_reason": data.cancel_reason,
        "series_id": data.series_id,
    }
    with ws.db.session() as s:
        _check_refs(s, data.project_id, data.location_id, data.coach_ids)
        if data.id is None:
            row = SessionRow(**values, detached=data.series_id is not None)
            s.add(row)
            s.flush()
            _set_coaches(s, row, data.coach_ids)
            audit.record(s, ws.current_coach.id, "session.created", "session", row.id)
            return row.id
        found = s.get(SessionRow, data.id)
        if found is None:
            raise _missing(QT_TRANSLATE_NOOP("fields", "Termin"), data.id)
        row = found
        changed = any(getattr(row, k) != v for k, v in values.items())
        changed = changed or _coach_ids(s, row) != data.coach_ids
        if changed and row.series_id is not None:
            row.detached = True
        for key, value in values.items():
            setattr(row, key, value)
        _set_coaches(s, row, data.coach_ids)
        audit.record(s, ws.current_coach.id, "session.updated", "session", row.id)
        return row.id


def _recorded(s: DbSession, session_ids: list[int]) -> set[int]:
    """The sessions among ``session_ids`` with attendance recorded (any state but erwartet)."""
    found: set[int] = set()
    for start in range(0, len(session_ids), 500):
        chunk = session_ids[start : start + 500]
        found.update(
            s.scalars(
                select(Attendance.session_id)
                .where(
                    Attendance.session_id.in_(chunk),
                    Attendance.state != AttendanceState.ERWARTET,
                )
                .distinct()
            )
        )
    return found


def delete_session(ws: Workspace, session_id: int) -> None:
    """Delete a session and its enrolments; one with recorded attendance is refused (cancel
    it instead, so that the attendance stays on record)."""
    with ws.db.session() as s:
        row = s.get(SessionRow, session_id)
        if row is None:
            raise _missing(QT_TRANSLATE_NOOP("fields", "Termin"), session_id)
        if _recorded(s, [session_id]):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Für den Termin am {day} ist schon Anwesenheit erfasst. Er kann nicht "
                    "gelöscht werden; bitte sagen Sie ihn stattdessen ab.",
                ),
                day=row.starts_at.strftime("%d.%m.%Y"),
            )
        _delete_rows(s, [session_id])
        audit.record(s, ws.current_coach.id, "session.deleted", "session", session_id)


def _delete_rows(s: DbSession, session_ids: list[int]) -> None:
    if not session_ids:
        return
    s.execute(
        update(CoachingNote).where(CoachingNote.session_id.in_(session_ids)).values(session_id=None)
    )
    attendance_ids = select(Attendance.id).where(Attendance.session_id.in_(session_ids))
    s.execute(delete(AttendanceChild).where(AttendanceChild.attendance_id.in_(attendance_ids)))
    s.execute(delete(Attendance).where(Attendance.session_id.in_(session_ids)))
    s.execute(delete(SessionCoach).where(SessionCoach.session_id.in_(session_ids)))
    s.execute(delete(SessionRow).where(SessionRow.id.in_(session_ids)))


# -- conflicts ------------------------------------------------------------------------------
def conflicts(ws: Workspace, data: SessionData) -> list[Conflict]:
    """Other sessions overlapping in time in the same location+room, or with a same coach."""
    starts = data.starts_at.replace(tzinfo=None)
    ends = data.ends_at.replace(tzinfo=None)
    if data.cancelled or ends <= starts:
        return []
    room = fold(clean(data.room))
    wanted = set(data.coach_ids)
    found: list[Conflict] = []
    with ws.db.session() as s:
        conditions = [
            SessionRow.cancelled.is_(False),
            SessionRow.starts_at < ends,
            SessionRow.ends_at > starts,
        ]
        if data.id is not None:
            conditions.append(SessionRow.id != data.id)
        others = _infos(s, *conditions)
        if not others:
            return []
        ids = [o.id for o in others]
        coaches_of: dict[int, set[int]] = {}
        for sid, coach_id in s.execute(
            select(SessionRow.id, SessionRow.coach_id).where(SessionRow.id.in_(ids))
        ).all():
            coaches_of[sid] = {coach_id} if coach_id is not None else set()
        for sid, coach_id in s.execute(
            select(SessionCoach.session_id, SessionCoach.coach_id).where(
                SessionCoach.session_id.in_(ids)
            )
        ).all():
            coaches_of.setdefault(sid, set()).add(coach_id)
        names = dict(s.execute(select(Coach.id, Coach.name).where(Coach.id.in_(wanted))).all())
    for other in others:
        if (
            room
            and data.location_id is not None
            and other.location_id == data.location_id
            and fold(other.room) == room
        ):
            found.append(Conflict("room", other, other.room))
        for coach_id in sorted(wanted & coaches_of.get(other.id, set())):
            found.append(Conflict("coach", other, names.get(coach_id, "")))
    return found


# -- individual coaching --------------------------------------------------------------------
def book_coaching(
    ws: Workspace,
    participant_id: int,
    starts_at: dt.datetime,
    minutes: int = 45,
    *,
    coach_id: int | None = None,
    location_id: int | None = None,
    room: str = "",
    topic: str = "",
) -> int:
    """An Einzelcoaching appointment for one participant (enrolled), from the record."""
    if minutes <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Die Dauer muss mindestens eine Minute betragen.")
        )
    starts_at = starts_at.replace(tzinfo=None, second=0, microsecond=0)
    coach = ws.current_coach.id
    with ws.db.session() as s:
        person = s.get(Participant, participant_id)
        if person is None or person.erased_at is not None:
            raise _missing(QT_TRANSLATE_NOOP("fields", "Teilnehmende"), participant_id)
        data = _clean_session(
            SessionData(
                project_id=person.project_id,
                kind=SessionKind.EINZELCOACHING,
                starts_at=starts_at,
                ends_at=starts_at + dt.timedelta(minutes=minutes),
                topic=topic,
                location_id=location_id,
                room=room,
                coach_ids=[coach_id if coach_id is not None else coach],
                capacity=1,
                childcare_offered=False,
            )
        )
        _check_refs(s, data.project_id, data.location_id, data.coach_ids)
        row = SessionRow(
            project_id=data.project_id,
            kind=data.kind,
            topic=data.topic,
            starts_at=data.starts_at,
            ends_at=data.ends_at,
            location_id=data.location_id,
            room=data.room,
            coach_id=data.coach_ids[0],
            capacity=1,
            childcare_offered=False,
            cancelled=False,
            detached=False,
        )
        s.add(row)
        s.flush()
        s.add(
            Attendance(
                session_id=row.id, participant_id=participant_id, state=AttendanceState.ERWARTET
            )
        )
        audit.record(s, coach, "session.created", "session", row.id)
        audit.record(s, coach, "session.enrolled", "participant", participant_id)
        return row.id


# -- re-exports -----------------------------------------------------------------------------
# series.py and ics.py build on the dataclasses and helpers above, so they import this module;
# their public names are looked up on first use (PEP 562) instead of importing them here,
# which would make the import order matter.
_MOVED = {
    "series_dates": "series",
    "load_series": "series",
    "create_series": "series",
    "update_series": "series",
    "MAX_SERIES_DATES": "series",
    "export_ics": "ics",
    "ics_summary": "ics",
    "PRODID": "ics",
    "BERLIN": "ics",
}


def __getattr__(name: str) -> object:
    module = _MOVED.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"gemeinsam_desktop.services.{module}"), name)
    globals()[name] = value
    return value
